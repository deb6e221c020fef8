"""The import summary says an importer's reasons again without changing the names in them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing.library.importers.feed import read_feeds
from briefing.ui.dialogs.import_summary import reason_text

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Tiedotteet</title><link>https://example.fi/</link>
<language>fi</language>
<item><title>Alennus 50%3 kaikesta</title><link>https://example.fi/a</link>
<description>Ei päivämäärää.</description></item>
</channel></rss>
"""


def test_a_refused_feed_entry_keeps_its_title_even_with_a_percent_number(
    qtbot: QtBot, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    read = read_feeds([feed])
    assert [r.reason for r in read.refused] == [
        "entry 1 'Alennus 50%3 kaikesta' refused: it has no date"
    ]
    shown = reason_text(read.refused[0].reason)
    assert shown == "entry 1 'Alennus 50%3 kaikesta' refused: it has no date"
