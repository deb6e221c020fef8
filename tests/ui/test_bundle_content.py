"""A signed content bundle (as IT drops on a share) opens in the window once verified."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import reader, result_texts

from briefing import paths
from briefing.app import make_window
from briefing.library import bundle, signing


def _bundle(tmp_path: Path, content_db: Path, trust: bool) -> Path:
    key, pub, _key_id = signing.generate_keypair(tmp_path / "publisher")
    packed = tmp_path / "library.briefing-content"
    bundle.pack(content_db, packed, key)
    if trust:
        keys = paths.policy_file().parent / "keys"
        keys.mkdir(parents=True, exist_ok=True)
        shutil.copy(pub, keys / pub.name)
    return packed


def test_a_trusted_bundle_opens_like_a_library(
    qtbot: QtBot, tmp_path: Path, profile: Path, content_db: Path
) -> None:
    win = make_window(profile, content=_bundle(tmp_path, content_db, trust=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: any("Integration" in t for t in result_texts(win)))
    assert win.open_id("act-681-2023")


def test_an_untrusted_bundle_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, profile: Path, content_db: Path
) -> None:
    win = make_window(profile, content=_bundle(tmp_path, content_db, trust=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "could not be opened" in reader(win).toPlainText())
    assert result_texts(win) == []
