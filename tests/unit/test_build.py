"""content.db: what the build writes, its version, and the API the importer shares."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from briefing.core.errors import BadInput, Cancelled, StoreError
from briefing.core.models import Item
from briefing.library.build import (
    build_content,
    create_schema,
    delete_items,
    read_meta,
    write_items,
)

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "library"


def test_build_writes_items_sections_and_meta(tmp_path: Path) -> None:
    out = tmp_path / "content.db"
    version = build_content(FIXTURES, out)
    assert version.counts == {
        "legislation": {"en": 1, "fi": 2, "sv": 1},
        "news": {"en": 1, "fi": 1},
        "priority": {"fi": 1, "sv": 1},
    }
    assert version.sections == 8
    db = sqlite_utils.Database(out)
    assert read_meta(db) == version
    row = db.execute(
        "SELECT heading, anchor FROM sections WHERE id = 'act-681-2023/s-13' AND lang = 'fi'"
    ).fetchone()
    assert row == ("Kotoutumisohjelma", "chp_3__sec_13")
    assert db.execute("SELECT count(*) FROM docs_fts").fetchone()[0] == 16
    assert [p.name for p in tmp_path.iterdir()] == ["content.db"]  # no temp file left


def test_same_sources_give_the_same_version(tmp_path: Path) -> None:
    first = build_content(FIXTURES, tmp_path / "a.db")
    copy = tmp_path / "src"
    shutil.copytree(FIXTURES, copy)
    assert build_content(copy, tmp_path / "b.db").version == first.version
    news = copy / "news" / "news-2020-09-16-integration-report.en.md"
    news.write_text(news.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    assert build_content(copy, tmp_path / "c.db").version != first.version


def test_a_failed_build_keeps_the_old_database(tmp_path: Path) -> None:
    out = tmp_path / "content.db"
    good = build_content(FIXTURES, out)
    src = tmp_path / "src"
    shutil.copytree(FIXTURES, src)
    (src / "news" / "bad.fi.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    with pytest.raises(BadInput, match=r"bad\.fi\.md:1: missing field 'summary'"):
        build_content(src, out)
    assert read_meta(sqlite_utils.Database(out)) == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content.db", "src"]


def _official(item_id: str, lang: str, body: str) -> Item:
    return Item(
        id=item_id,
        kind="legislation",
        lang=lang,
        title="Official",
        summary="",
        body=body,
        source="https://example.org",
        checked=date(2026, 1, 1),
        official=True,
    )


def test_importer_api_writes_replaces_and_deletes(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "official.db")
    create_schema(db)
    create_schema(db)  # idempotent
    item = _official("act-1-2020", "fi", "eka teksti")
    assert write_items(db, [item, replace(item, lang="sv", body="första")]) == 2
    write_items(db, [replace(item, body="toka teksti")])
    rows = db.execute("SELECT lang, body, official FROM items ORDER BY lang").fetchall()
    assert rows == [("fi", "toka teksti", 1), ("sv", "första", 1)]
    assert db.execute("SELECT count(*) FROM docs_fts").fetchone()[0] == 2
    delete_items(db, ["act-1-2020"])
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM docs").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM docs_fts").fetchone()[0] == 0


def test_build_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    build_content(FIXTURES, tmp_path / "a.db", progress=lambda d, t, s: seen.append((d, t, s)))
    assert seen[0] == (0, 8, "reading sources")  # 8 files
    assert seen[-1] == (8, 8, "done")
    with pytest.raises(Cancelled):
        build_content(FIXTURES, tmp_path / "b.db", cancel=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]


def test_create_schema_joins_the_callers_transaction(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "official.db")
    with pytest.raises(RuntimeError), db.atomic():
        create_schema(db)
        raise RuntimeError("importer failed")
    assert "docs_fts" not in db.table_names()


def test_an_unwritable_output_is_one_store_error(tmp_path: Path) -> None:
    # A folder where the file should go, or a file where its folder should be: one line.
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    for out in (tmp_path, tmp_path / "a-file" / "content.db"):
        with pytest.raises(StoreError, match="cannot write"):
            build_content(FIXTURES, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
