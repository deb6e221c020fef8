"""Item-data roles as plain numbers, readable before the ``Qt`` namespace is loaded.

PySide builds every enum of the ``Qt`` namespace on its first use (about 25 ms), so
module constants and default arguments read at start-up must not touch it; the values
are fixed by Qt's API (``Qt.ItemDataRole.DisplayRole`` is 0, ``UserRole`` is 256).
"""

DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256
