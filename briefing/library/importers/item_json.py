"""Items as JSON and back: what official.db keeps to rebuild its library tables.

The library tables follow ``library.build``'s schema, which a new version of Briefing
may change; an imported text must survive that even when its XML file is long gone.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from briefing.core.models import ActInfo, Item, Section

_DATES = {"checked", "published", "updated", "given", "in_force", "repealed"}


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def dumps(item: Item) -> str:
    """``item`` (its sections and act included) as one JSON text."""
    return json.dumps(_plain(dataclasses.asdict(item)), ensure_ascii=False)


def _fields(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys ``cls`` knows (a field added or dropped since is no error), typed."""
    known = {f.name for f in dataclasses.fields(cls)}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue
        if key in _DATES and isinstance(value, str):
            value = date.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        out[key] = value
    return out


def loads(text: str) -> Item:
    """The ``Item`` that ``dumps`` wrote."""
    data = json.loads(text)
    act = data.get("act")
    data["act"] = ActInfo(**_fields(ActInfo, act)) if act else None
    data["sections"] = [Section(**_fields(Section, s)) for s in data.get("sections", [])]
    fields = _fields(Item, data)
    fields["act"] = data["act"]
    return Item(**fields)
