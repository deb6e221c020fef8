"""The CLI's sub-commands, one module per group; each has ``register(subparsers)``.

Split from ``cli.py`` so that each group stays small and can be changed alone.
"""

from __future__ import annotations

from types import ModuleType

from briefing.commands import doctor, export, importing, library, notes, self_test

COMMAND_MODULES: list[ModuleType] = [doctor, library, notes, importing, self_test, export]
