"""The window's layout kept between runs: geometry, splitter, which panels are hidden.

Stored as base64 strings in the ``[window]`` section of the user's settings file (no
QSettings, so nothing lands in a registry or outside the profile folder).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from briefing import settings
from briefing.core.errors import BriefingError

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _panels(window: MainWindow) -> dict[str, object]:
    return {
        "annotations": window.actions.show_annotations,
        "briefings": window.actions.show_briefings,
    }


def restore_layout(window: MainWindow, profile: Path) -> None:
    state = settings.load_window_state(profile)
    # Panels first: the splitter's sizes were saved with them shown or hidden.
    hidden = set(state.get("hidden", "").split(","))
    for name, action in _panels(window).items():
        action.setChecked(name not in hidden)  # type: ignore[attr-defined]
    for key, restore in (
        ("geometry", window.restoreGeometry),
        ("state", window.restoreState),
        ("splitter", window.splitter.restoreState),
    ):
        if state.get(key):
            restore(QByteArray.fromBase64(state[key].encode("ascii")))
    if state.get("zoom", "").lstrip("-").isdigit():
        window.reader.zoom(int(state["zoom"]))


def save_layout(window: MainWindow, profile: Path) -> None:
    """Write the layout; a refusal (read-only profile) is logged, never raised at close."""
    raw = {
        "geometry": window.saveGeometry(),
        "state": window.saveState(),
        "splitter": window.splitter.saveState(),
    }
    state = {key: bytes(value.toBase64().data()).decode("ascii") for key, value in raw.items()}
    state["hidden"] = ",".join(
        name
        for name, action in _panels(window).items()
        if not action.isChecked()  # type: ignore[attr-defined]
    )
    state["zoom"] = str(window.reader.zoom_steps)
    try:
        settings.save_window_state(profile, state)
    except BriefingError as exc:
        log.warning("window layout not saved: %s", exc)
