"""Widgets of the window, one per module, named after what they show."""
