"""Qt item models of the window, one per module."""
