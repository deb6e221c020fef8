"""Printing for the CLI: JSON that machines read, plain lines that people read."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(value: Any) -> None:
    """Write ``value`` as UTF-8 JSON on stdout (dataclasses and dates included)."""
    text = json.dumps(value, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write(text + "\n")
