"""The user's official texts: import into official.db, search beside the library, remove."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from briefing import paths
from briefing.core.errors import Cancelled, NotFound, StoreError
from briefing.core.models import ContentVersion
from briefing.library import build, official
from briefing.library.importers import finlex_items, item_json
from briefing.library.importers.finlex import parse_file
from briefing.library.store import LibraryStore

DATA = Path(__file__).resolve().parents[1] / "data" / "finlex"


@pytest.fixture()
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    """An empty bundled library: the official texts are all there is to find."""
    path = tmp_path / "content.db"
    db = sqlite_utils.Database(path)
    build.create_schema(db)
    build.write_meta(db, ContentVersion("test", datetime(2030, 1, 1, tzinfo=UTC)))
    db.close()
    return path


def _rows(profile: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(paths.official_db(profile))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_import_then_search_and_read(profile: Path, content: Path) -> None:
    summary = official.import_finlex(profile, [DATA], on=date(2030, 7, 1))
    assert summary.refused == () and summary.files == len(list(DATA.glob("*.xml")))
    ids = {(a.id, a.lang) for a in summary.imported}
    assert ("act-77-2029", "fi") in ids and ("act-5-2030", "sv") in ids
    assert [a.id for a in summary.repaired] == ["act-9-2031"]
    assert ("SÃ¤Ã¤dÃ¶ksen", "Säädöksen") in summary.examples
    store = LibraryStore(content, paths.official_db(profile))
    try:
        item = store.get("act-77-2029", "fi", official=True)
        assert item.official and item.kind == "legislation"
        assert item.act is not None and item.act.number == "77/2029"
        assert item.source == "http://data.finlex.fi/eli/sd/2029/77/ajantasa/2030-06-01/fin"
        assert [s.id for s in item.sections][:2] == ["act-77-2029/s-1", "act-77-2029/s-2"]
        section = store.get_section("act-77-2029/s-2", "fi", official=True)
        assert section.official and section.body == "Tuleva sanamuoto toisesta pykälästä."
        hits = store.search("koettelemisesta")
        assert hits and hits[0].item_id == "act-41-2032" and hits[0].official
        swedish = store.search("provexemplar", lang="sv")
        assert {h.item_id for h in swedish} >= {"act-5-2030"}
    finally:
        store.close()


def test_history_and_metadata_kept_in_own_tables(profile: Path) -> None:
    official.import_finlex(profile, [DATA / "consolidated.xml"], on=date(2030, 3, 1))
    wordings = _rows(
        profile,
        "SELECT current, version, valid_from, valid_to, body FROM official_wordings"
        " WHERE section_id = 'act-77-2029/s-2' ORDER BY current DESC",
    )
    assert wordings == [
        (1, "", None, "2030-06-01", "Voimassa oleva sanamuoto toisesta pykälästä."),
        (0, "20300100", "2030-06-01", None, "Tuleva sanamuoto toisesta pykälästä."),
    ]
    (act,) = _rows(
        profile,
        "SELECT number, consolidated, version, amended_by, keywords, wording_on, file"
        " FROM official_acts",
    )
    assert act == (
        "77/2029",
        1,
        "20300100",
        '["100/2030", "300/2029"]',
        '["kotoutuminen", "kunnat"]',
        "2030-03-01",
        "consolidated.xml",
    )


def test_reimport_replaces_and_remove_removes(profile: Path, content: Path) -> None:
    official.import_finlex(profile, [DATA / "list-response.xml"])
    official.import_finlex(profile, [DATA / "list-response.xml"])
    listed = official.list_imports(profile)
    assert [(a.id, a.lang) for a in listed] == [
        ("act-5-2030", "fi"),
        ("act-5-2030", "sv"),
        ("act-6-2030", "sv"),
    ]
    assert _rows(profile, "SELECT count(*) FROM sections") == [(4,)]
    removed = official.remove(profile, "5/2030")
    assert {(a.id, a.lang) for a in removed} == {("act-5-2030", "fi"), ("act-5-2030", "sv")}
    assert [a.id for a in official.list_imports(profile)] == ["act-6-2030"]
    for table in ("items", "sections", "docs", "official_acts", "official_wordings"):
        column = "id" if table in ("items", "official_acts") else "item_id"
        assert _rows(profile, f"SELECT count(*) FROM {table} WHERE {column} = 'act-5-2030'") == [
            (0,)
        ]
    store = LibraryStore(content, paths.official_db(profile))
    try:
        assert store.search("provexemplar") == [] or all(
            h.item_id != "act-5-2030" for h in store.search("provexemplar")
        )
    finally:
        store.close()
    with pytest.raises(NotFound):
        official.remove(profile, "act-5-2030")


def test_refused_file_named_and_the_rest_imported(profile: Path, tmp_path: Path) -> None:
    bad = tmp_path / "in" / "broken.xml"
    bad.parent.mkdir()
    bad.write_bytes(b"<akomaNtoso")
    good = tmp_path / "in" / "good.xml"
    good.write_bytes((DATA / "mojibake.xml").read_bytes())
    summary = official.import_finlex(profile, [bad.parent])
    assert [(r.file, "truncated" in r.reason) for r in summary.refused] == [("broken.xml", True)]
    assert [a.id for a in summary.imported] == ["act-9-2031"]


def test_cancel_midway_imports_nothing(profile: Path) -> None:
    official.import_finlex(profile, [DATA / "mojibake.xml"])
    calls = {"n": 0}

    def cancel_on_third_call() -> bool:
        # 1: before reading the file; 2: before the first document; 3: the second.
        calls["n"] += 1
        return calls["n"] >= 3

    with pytest.raises(Cancelled):
        official.import_finlex(profile, [DATA / "list-response.xml"], cancel=cancel_on_third_call)
    assert [a.id for a in official.list_imports(profile)] == ["act-9-2031"]
    assert _rows(profile, "SELECT DISTINCT item_id FROM docs") == [("act-9-2031",)]


def test_failure_while_writing_rolls_back(profile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = finlex_items.to_item
    seen: list[str] = []

    def failing(doc, imported):  # type: ignore[no-untyped-def]
        seen.append(doc.meta.item_id)
        if len(seen) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(doc, imported)

    monkeypatch.setattr(official, "to_item", failing)
    with pytest.raises(Exception, match="disk I/O error"):
        official.import_finlex(profile, [DATA / "list-response.xml"])
    assert official.list_imports(profile) == []
    assert _rows(profile, "SELECT count(*) FROM items") == [(0,)]


def test_progress_reports_files_and_acts(profile: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    official.import_finlex(
        profile,
        [DATA / "list-response.xml"],
        progress=lambda d, t, label: seen.append((d, t, label)),
    )
    labels = [label for _d, _t, label in seen]
    assert labels[0] == "list-response.xml" and labels[-1] == "done"
    assert "5/2030 (sv)" in labels


def test_nothing_imported_leaves_no_database(profile: Path, tmp_path: Path) -> None:
    bad = tmp_path / "x.xml"
    bad.write_bytes(b"not xml")
    summary = official.import_finlex(profile, [bad])
    assert summary.imported == () and len(summary.refused) == 1
    assert not paths.official_db(profile).exists()
    assert official.list_imports(profile) == []


def test_every_change_gives_a_new_version(profile: Path) -> None:
    def version() -> str:
        db = sqlite_utils.Database(paths.official_db(profile))
        try:
            return build.read_meta(db).version
        finally:
            db.close()

    official.import_finlex(profile, [DATA / "mojibake.xml"])
    first = version()
    official.import_finlex(profile, [DATA / "list-response.xml"])
    second = version()
    official.remove(profile, "act-9-2031")
    assert len({first, second, version()}) == 3 and first.startswith("official-")


def test_damaged_official_db_is_one_clear_error(profile: Path) -> None:
    path = paths.official_db(profile)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"official\.db"):
        official.import_finlex(profile, [DATA / "mojibake.xml"])
    with pytest.raises(StoreError, match=r"official\.db"):
        official.list_imports(profile)
    assert path.read_bytes().startswith(b"this is not a database")  # left for the user


def test_database_from_before_new_columns_is_upgraded(profile: Path) -> None:
    official.import_finlex(profile, [DATA / "mojibake.xml"])
    conn = sqlite3.connect(paths.official_db(profile))
    conn.execute("ALTER TABLE official_acts DROP COLUMN editorial")
    conn.commit()
    conn.close()
    official.import_finlex(profile, [DATA / "repealed.xml"], on=date(2030, 1, 1))
    assert _rows(profile, "SELECT editorial FROM official_acts WHERE id = 'act-55-2001'") == [
        ("Tämä laki on kumottu L:lla 1.3.2029/77, joka on voimassa 1.4.2029 alkaen.",)
    ]


def test_wordings_of_a_section_for_the_reader(profile: Path) -> None:
    official.import_finlex(profile, [DATA / "consolidated.xml"], on=date(2030, 7, 1))
    found = official.wordings(profile, "act-77-2029/s-2", "fi")
    assert [(w.body, w.valid_from, w.valid_to) for w in found] == [
        ("Tuleva sanamuoto toisesta pykälästä.", date(2030, 6, 1), None),
        ("Voimassa oleva sanamuoto toisesta pykälästä.", None, date(2030, 6, 1)),
    ]
    assert official.wordings(profile, "act-77-2029/s-99", "fi") == []


def test_consolidated_text_wins_over_the_original(profile: Path, tmp_path: Path) -> None:
    raw = (DATA / "consolidated.xml").read_text(encoding="utf-8")
    original = tmp_path / "original.xml"
    original.write_text(
        raw.replace('contains="multipleVersions"', 'contains="originalVersion"').replace(
            "statute-consolidated", "statute"
        ),
        encoding="utf-8",
    )
    for order in ([DATA / "consolidated.xml", original], [original, DATA / "consolidated.xml"]):
        summary = official.import_finlex(profile, order)
        assert [(a.id, a.consolidated) for a in summary.imported] == [("act-77-2029", True)]
    assert [a.consolidated for a in official.list_imports(profile)] == [True]


def test_library_tables_of_an_older_schema_are_rebuilt(profile: Path, content: Path) -> None:
    official.import_finlex(profile, [DATA / "list-response.xml"])
    # What an older Briefing would have left: another schema number, a table less.
    conn = sqlite3.connect(paths.official_db(profile))
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    conn.execute("DROP TABLE names_fts")
    conn.execute("DROP TABLE docs_fts")
    conn.commit()
    conn.close()
    assert [a.id for a in official.list_imports(profile)] == [
        "act-5-2030",
        "act-5-2030",
        "act-6-2030",
    ]
    store = LibraryStore(content, paths.official_db(profile))
    try:
        item = store.get("act-5-2030", "sv", official=True)
        assert item.title == "Lag om provexemplar" and item.act is not None
        assert item.act.in_force == date(2030, 3, 1)
        assert [s.id for s in item.sections] == ["act-5-2030/s-1", "act-5-2030/s-2"]
        assert store.search("provexemplar")
    finally:
        store.close()


def test_item_json_round_trip() -> None:
    doc = parse_file(DATA / "consolidated.xml", date(2030, 7, 1)).documents[0]
    item = finlex_items.to_item(doc, date(2030, 7, 2))
    assert item_json.loads(item_json.dumps(item)) == item
