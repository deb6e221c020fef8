"""Content sources: parsing, sections, and every build error with its file and line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from briefing.core.errors import BadInput
from briefing.library.sources import load_sources, sources_hash

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "library"

GOOD_NEWS = """---
title: Uutinen
summary: Lyhyt.
source: https://example.org/a
checked: 2026-01-02
published: 2020-09-16
---

Teksti.
"""


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_fixture_act_is_split_into_sections_with_ids_and_anchors() -> None:
    items = {(i.id, i.lang): i for i in load_sources(FIXTURES)}
    act = items[("act-681-2023", "fi")]
    assert act.kind == "legislation"
    assert act.act is not None and act.act.number == "681/2023"
    assert act.act.common_name == "kotoutumislaki"
    assert act.act.replaces == ("act-1386-2010",)
    assert act.languages == ("fi", "sv", "en")
    numbers = [s.number for s in act.sections]
    assert numbers == ["1 §", "13 §", "18 a §"]
    s13 = act.sections[1]
    assert s13.id == "act-681-2023/s-13"
    assert s13.anchor == "chp_3__sec_13"
    assert s13.heading == "Kotoutumisohjelma"
    assert s13.chapter == "3 luku — Kotoutumista edistävät palvelut"
    assert "kotoutumisohjelma" in s13.body
    assert act.sections[2].id == "act-681-2023/s-18a"
    # A heading of another shape stays in the act's own body.
    assert "## Selkosuomeksi" in act.body
    assert "Lain tarkoituksena" not in act.body
    old = items[("act-1386-2010", "fi")]
    assert old.act is not None and old.act.status == "repealed"
    assert old.sections[0].anchor == "sec_32"


def test_text_is_nfc_normalised(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", GOOD_NEWS.replace("Uutinen", "Sää"))
    write(tmp_path, "news/n-1.fi.md", decomposed)
    (item,) = load_sources(tmp_path)
    assert item.title == "Sää"
    assert unicodedata.is_normalized("NFC", item.title)


def test_same_sources_same_version_and_a_change_changes_it(tmp_path: Path) -> None:
    path = write(tmp_path, "news/n-1.fi.md", GOOD_NEWS)
    first = sources_hash(tmp_path)
    assert sources_hash(tmp_path) == first
    path.write_text(GOOD_NEWS.replace("Teksti.", "Toinen teksti."), encoding="utf-8")
    assert sources_hash(tmp_path) != first


BAD = [
    ("news/n-1.fi.md", GOOD_NEWS.replace("title: Uutinen\n", ""), 1, "missing field 'title'"),
    ("news/n-1.fi.md", GOOD_NEWS.replace("published: 2020-09-16\n", ""), 1, "'published'"),
    ("news/n-1.fi.md", GOOD_NEWS.replace("title: Uutinen", "colour: red"), 2, "unknown key"),
    ("news/n-1.fi.md", GOOD_NEWS.replace("2026-01-02", "2026-13-02"), 5, "bad date for checked"),
    ("news/n-1.fi.md", GOOD_NEWS.replace("checked: 2026-01-02", "checked: "), 5, "missing"),
    ("blog/n-1.fi.md", GOOD_NEWS, 1, "unknown kind 'blog'"),
    ("news/n-1.de.md", GOOD_NEWS, 1, "unknown language 'de'"),
    ("news/N_1.fi.md", GOOD_NEWS, 1, "file name"),
    ("news/n-1.fi.md", GOOD_NEWS.replace("---\n", "", 1), 1, "front matter"),
    ("news/n-1.fi.md", GOOD_NEWS + "See [x](item:nowhere).\n", 10, "'nowhere'"),
    ("news/n-1.fi.md", GOOD_NEWS.replace("---\n\n", "links: gone\n---\n\n"), 7, "'gone'"),
]


@pytest.mark.parametrize(("rel", "text", "line", "what"), BAD)
def test_each_bad_source_names_file_line_and_problem(
    tmp_path: Path, rel: str, text: str, line: int, what: str
) -> None:
    path = write(tmp_path, rel, text)
    with pytest.raises(BadInput) as err:
        load_sources(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}: ")
    assert what in message


ACT = """---
title: Laki
summary: Lyhyt.
source: https://example.org/a
checked: 2026-01-02
act: 1/2020
status: in-force
---

## 1 § Eka

Teksti.
"""


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        (ACT + "\n## 1 § Toka\n", 14, "section 1 § already at line 10"),
        (ACT + "\n## § 2 Väärin\n", 14, "bad section heading"),
        (ACT.replace("status: in-force", "status: maybe"), 7, "bad status"),
        (ACT.replace("act: 1/2020", "act: one"), 6, "bad act number"),
        (ACT.replace("act: 1/2020\n", ""), 1, "missing field 'act'"),
        (ACT.replace("---\n\n", "replaced_by: act-9-2020\n---\n\n"), 8, "'act-9-2020'"),
    ],
)
def test_bad_acts(tmp_path: Path, text: str, line: int, what: str) -> None:
    path = write(tmp_path, "legislation/act-1-2020.fi.md", text)
    with pytest.raises(BadInput) as err:
        load_sources(tmp_path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert what in str(err.value)


def test_links_to_sections_and_headings_in_code_blocks(tmp_path: Path) -> None:
    write(tmp_path, "legislation/act-1-2020.fi.md", ACT + "\n```\n## 9 § not a section\n```\n")
    write(tmp_path, "news/n-1.fi.md", GOOD_NEWS + "[x](item:act-1-2020/s-1)\n")
    items = {i.id: i for i in load_sources(tmp_path)}
    assert [s.number for s in items["act-1-2020"].sections] == ["1 §"]
    assert "## 9 §" in items["act-1-2020"].sections[0].body


def test_duplicate_id_in_two_kinds_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "news/n-1.fi.md", GOOD_NEWS)
    second = write(tmp_path, "priority/n-1.fi.md", GOOD_NEWS)
    with pytest.raises(BadInput) as err:
        load_sources(tmp_path)
    assert str(err.value).startswith(f"{second}:1: duplicate id 'n-1' (fi)")


def test_several_bad_files_are_counted(tmp_path: Path) -> None:
    write(tmp_path, "news/a.fi.md", "nothing")
    write(tmp_path, "news/b.fi.md", "nothing")
    with pytest.raises(BadInput, match=r"a\.fi\.md:1: .*\(and 1 more\)"):
        load_sources(tmp_path)
