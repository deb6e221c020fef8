"""The accessible HTML export: one self-contained file, semantic and in the right language."""

from __future__ import annotations

import itertools
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_export_fixtures import PRIVATE_NOTE, QUOTE, SAMI, make_pack

from briefing.core.errors import BadInput, Cancelled, StoreError
from briefing.export.html import render_html, render_html_text
from briefing.export.options import ExportOptions


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


def test_document_language_title_and_headings() -> None:
    pack = make_pack(2, lang="sv")
    parsed = _parse(render_html_text(pack))
    html_attrs = next(attrs for tag, attrs in parsed.tags if tag == "html")
    assert html_attrs["lang"] == "sv"
    headings = [tag for tag, _ in parsed.tags if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}]
    assert headings.count("h1") == 1 and headings[0] == "h1"
    levels = [int(h[1]) for h in headings]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    text = "".join(parsed.text)
    assert "Innehåll" in text and "Källor" in text
    assert [t for t, _ in parsed.tags].count("article") == 2


def test_contents_links_point_at_entries() -> None:
    parsed = _parse(render_html_text(make_pack(3)))
    ids = {attrs.get("id") for _, attrs in parsed.tags}
    links = [attrs["href"] for tag, attrs in parsed.tags if tag == "a" and attrs.get("href", "")]
    internal = [href for href in links if href and href.startswith("#")]
    assert {"#entry-1", "#entry-2", "#entry-3", "#sources", "#memo"} <= set(internal)
    assert all(href[1:] in ids for href in internal if href)
    assert any(tag == "nav" for tag, _ in parsed.tags)
    assert any(tag == "main" for tag, _ in parsed.tags)


def test_nothing_is_loaded_from_anywhere(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082"
        )
    )
    pack = replace(make_pack(1), logo_path=str(logo))
    parsed = _parse(render_html_text(pack))
    tags = [tag for tag, _ in parsed.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    images = [attrs for tag, attrs in parsed.tags if tag == "img"]
    assert len(images) == 1
    assert (images[0]["src"] or "").startswith("data:image/png;base64,")
    assert images[0]["alt"] == "Esimerkkilän kaupunki"


def test_private_notes_and_raw_html_in_notes() -> None:
    pack = make_pack(1)
    entry = pack.entries[0]
    hostile = replace(entry.annotations[0], note="<script>alert(1)</script> **tärkeä**")
    pack = replace(pack, entries=(replace(entry, annotations=(hostile, entry.annotations[1])),))
    shared = render_html_text(pack)
    assert PRIVATE_NOTE not in shared
    assert "<script>" not in shared and "&lt;script&gt;" in shared
    assert "<strong>tärkeä</strong>" in shared
    assert QUOTE in shared and SAMI in shared
    assert PRIVATE_NOTE in render_html_text(pack, ExportOptions(include_private=True))


def test_an_entry_in_another_language_says_so() -> None:
    pack = make_pack(2)
    second = replace(pack.entries[1], lang="sv")
    parsed = _parse(render_html_text(replace(pack, entries=(pack.entries[0], second))))
    articles = [attrs for tag, attrs in parsed.tags if tag == "article"]
    assert "lang" not in articles[0] and articles[1]["lang"] == "sv"


def test_written_atomically_with_progress_and_cancel(tmp_path: Path) -> None:
    target = tmp_path / "briefing.html"
    seen: list[int] = []
    render_html(make_pack(2), target, progress=lambda done, total, label: seen.append(done))
    assert seen == [1, 2]
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    before = target.read_bytes()
    with pytest.raises(Cancelled):
        render_html(make_pack(2), target, cancel=lambda: True)
    assert target.read_bytes() == before
    with pytest.raises(StoreError):
        render_html(make_pack(1), tmp_path / "missing" / "x.html")


def test_unreadable_logo_is_a_clear_error(tmp_path: Path) -> None:
    pack = replace(make_pack(1), logo_path=str(tmp_path / "nope.png"))
    with pytest.raises(BadInput, match="logo"):
        render_html_text(pack)


def test_links_to_library_items_stay_inside_the_file() -> None:
    pack = make_pack(2)
    first = replace(
        pack.entries[0],
        text="Katso [pykälä 2](item:act-681-2023/s-2) ja [muu laki](item:act-1386-2010).",
    )
    page = render_html_text(replace(pack, entries=(first, pack.entries[1])))
    assert '<a href="#entry-2">pykälä 2</a>' in page
    assert "muu laki" in page and "item:" not in page
    assert '<a class="skip" href="#main">Siirry sisältöön</a>' in page
