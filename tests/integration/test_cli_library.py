"""The library commands as IT and scripts drive them: JSON fields and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import paths
from briefing.cli import main
from briefing.library.sources import source_files

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "library"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "content.db"
    assert main(["content", "build", str(FIXTURES), "-o", str(out)]) == 0
    return out


def run_json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_search_json_fields(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hits = run_json(capsys, ["--content", str(built), "search", "kotoutumisohjelman", "--json"])
    assert isinstance(hits, list)
    top = hits[0]
    assert top["id"] == "act-681-2023/s-13"
    assert {"id", "kind", "lang", "title", "snippet", "score", "published"} <= set(top)
    assert (top["kind"], top["lang"], top["act"], top["section"]) == (
        "legislation",
        "fi",
        "681/2023",
        "13 §",
    )
    assert "[kotoutumisohjelma]" in top["snippet"]
    assert isinstance(top["score"], float)


def test_search_filters_and_limit(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--content", str(built), "search", "integration", "--lang", "en", "--limit", "2"]
    hits = run_json(capsys, [*argv, "--json"])
    assert isinstance(hits, list) and len(hits) == 2
    assert all(h["lang"] == "en" for h in hits)
    argv = ["--content", str(built), "search", "kunnat", "--kind", "news", "--json"]
    news = run_json(capsys, argv)
    assert isinstance(news, list) and news
    assert news[0]["published"] == "2020-09-16" and news[0]["act"] is None


def test_search_plain_output(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--content", str(built), "search", "integrationsprogrammet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("act-681-2023/s-13 [sv] 681/2023 13 § Integrationsprogram\n")


@pytest.mark.parametrize("query", ["", "!!!", '"', "*", "( )"])
def test_search_without_words_is_bad_input(
    built: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert main(["--content", str(built), "search", query]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing to search for" in err


@pytest.mark.parametrize("query", ["NEAR(a b)", "AND", '"x" OR (', "x*", "x" * 5000])
def test_hostile_queries_exit_zero(
    built: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert isinstance(run_json(capsys, ["--content", str(built), "search", query, "--json"]), list)


def test_show_item_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    item = run_json(capsys, ["--content", str(built), "show", "act-681-2023", "--json"])
    assert isinstance(item, dict)
    assert {"id", "kind", "lang", "title", "summary", "body", "source", "checked"} <= set(item)
    assert item["act"] == "681/2023" and item["lang"] == "fi"
    assert item["sections"][1] == {
        "id": "act-681-2023/s-13",
        "number": "13 §",
        "heading": "Kotoutumisohjelma",
        "anchor": "chp_3__sec_13",
    }
    argv = ["--content", str(built), "show", "act-681-2023", "--lang", "sv", "--json"]
    sv = run_json(capsys, argv)
    assert isinstance(sv, dict) and sv["title"] == "Lag om främjande av integration"


def test_show_section_and_plain(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sec = run_json(capsys, ["--content", str(built), "show", "act-681-2023/s-13", "--json"])
    assert isinstance(sec, dict)
    assert (sec["heading"], sec["item_id"], sec["act"]) == (
        "Kotoutumisohjelma",
        "act-681-2023",
        "681/2023",
    )
    assert main(["--content", str(built), "show", "act-681-2023/s-13", "--lang", "en"]) == 0
    assert "13 § Integration programme" in capsys.readouterr().out


def test_show_unknown_id_exits_2(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--content", str(built), "show", "act-0-0000"]) == 2
    assert "no item 'act-0-0000'" in capsys.readouterr().err


def test_content_info_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    info = run_json(capsys, ["--content", str(built), "content", "info", "--json"])
    assert isinstance(info, dict)
    assert info["counts"]["legislation"] == {"en": 1, "fi": 2, "sv": 1}
    assert info["sections"] == 8
    assert info["missing"]["act-1386-2010"] == ["sv", "en"]
    assert "act-681-2023" not in info["missing"]
    assert len(info["version"]) == 16 and info["built_at"]


def test_no_content_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--content", str(tmp_path / "none.db"), "search", "x"]) == 2
    err = capsys.readouterr().err
    assert "briefing content build" in err and err.count("\n") == 1


def test_build_error_exits_2_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "src" / "news" / "n-1.fi.md"
    bad.parent.mkdir(parents=True)
    bad.write_text("---\ntitle: x\nwhat: y\n---\n", encoding="utf-8")
    assert main(["content", "build", str(tmp_path / "src"), "-o", str(tmp_path / "c.db")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: unknown key 'what'" in err
    assert not (tmp_path / "c.db").exists()


def test_real_data_builds_and_finds_section_13(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = paths.data_dir()
    if not data.is_dir() or not source_files(data):
        pytest.skip("data/ has no content sources yet")
    out = tmp_path / "content.db"
    assert main(["content", "build", str(data), "-o", str(out)]) == 0
    hits = run_json(capsys, ["--content", str(out), "search", "kotoutumisohjelman", "--json"])
    assert isinstance(hits, list)
    assert "act-681-2023/s-13" in [h["id"] for h in hits[:3]]
