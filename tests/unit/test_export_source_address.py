"""A source address holding a double quote prints in the PDF as the link it is."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from briefing import paths
from briefing.export.options import ExportOptions
from briefing.export.pdf import render_briefing
from briefing.library import saved_texts
from briefing.library.build import build_content
from briefing.library.importers.page import PageOptions, read_pages
from briefing.library.store import LibraryStore
from briefing.notes.packing import resolve_pack
from briefing.notes.store import open_store

ADDRESS = 'https://example.fi/tuki"opas?a=1&b=2'
PAGE = f"""<!doctype html><html lang="fi"><head><title>Tukiopas</title>
<link rel="canonical" href='{ADDRESS.replace("&", "&amp;")}'></head>
<body><main><h1>Tukiopas</h1><p>Kunta neuvoo tuen hakemisessa.</p></main></body></html>
"""
PRIORITY = """---
title: Kumppanuudet
summary: Kunnat ja järjestöt yhdessä.
source: https://kotoutuminen.fi/kumppanuusohjelma
checked: 2026-11-20
---

Kumppanuusohjelma kokoaa toimijat yhteen.
"""


def test_a_page_whose_address_holds_a_quote_exports_with_that_link(tmp_path: Path) -> None:
    (tmp_path / "src" / "priority").mkdir(parents=True)
    (tmp_path / "src" / "priority" / "priority-partnerships.fi.md").write_text(
        PRIORITY, encoding="utf-8"
    )
    content = tmp_path / "content.db"
    build_content(tmp_path / "src", content)
    profile = tmp_path / "profile"
    profile.mkdir()
    page = tmp_path / "saved" / "tukiopas.html"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    read = read_pages([page], PageOptions(kind="service"))
    (item,) = saved_texts.import_items(profile, read).imported
    assert item.source == ADDRESS
    library = LibraryStore(content, paths.official_db(profile))
    try:
        with open_store(profile, auto_backup=False) as store:
            brf = store.new_briefing("Lautakunta")
            store.add_entry(brf.id, item.id, official=True)
            pack = resolve_pack(store, library, brf.id)
    finally:
        library.close()
    out = tmp_path / "pack.pdf"
    render_briefing(pack, out, ExportOptions(invariant=True))
    reader = PdfReader(out)
    words = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Kunta neuvoo tuen hakemisessa." in words
    assert re.search(r"tuki\"opas\?a=1&b=2 \(tuotu", words)
    links = [
        str(a.get_object()["/A"]["/URI"])
        for p in reader.pages
        for a in p.get("/Annots", []) or []
        if "/A" in a.get_object() and "/URI" in a.get_object()["/A"]
    ]
    assert links and set(links) == {ADDRESS}
