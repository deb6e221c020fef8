"""Dialogs of the window, one per module."""
