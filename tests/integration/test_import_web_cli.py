"""``briefing import page|feed`` end to end: sources that build, the profile, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import Cli, build_library
from web_samples import ATOM, RSS, page_html, save_page

PAGE_ID = "service-kotoutuminen-fi-kotoutumisohjelma"
NEWS_SV = "news-2024-12-20-integrationslagen-fornyas-2025"
SMALL = {
    "actor/actor-municipality.fi.md": (
        "---\ntitle: Kunta\nsummary: Kunta vastaa kotoutumisesta.\n"
        "source: https://kotoutuminen.fi/kunta\nchecked: 2025-01-01\n---\nKunnan tehtävät.\n"
    )
}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    for lang in ("fi", "sv", "en"):
        save_page(folder / "pages", lang)
    (folder / "feeds").mkdir()
    (folder / "feeds" / "uutiset.rss").write_text(RSS, encoding="utf-8")
    (folder / "feeds" / "nyheter.atom").write_text(ATOM, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_library(tmp_path_factory, SMALL)


@pytest.fixture
def cli(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(content, tmp_path / "profile", capsys)


def test_sources_from_pages_and_feeds_build_a_library(
    saved: Path, tmp_path: Path, cli: Cli
) -> None:
    src = tmp_path / "src"
    out = cli("import", "page", str(saved / "pages"), "-o", str(src))
    assert f"imported {PAGE_ID} (sv) 2023-05-10 Integrationsprogram" in out
    assert out.endswith(f"3 items from 3 files into {src}\n")
    err = cli("import", "feed", str(saved / "feeds"), "-o", str(src), code=2)
    assert err == "briefing: uutiset.rss: entry 3 'Päivämäärätön tiedote' refused: it has no date\n"
    assert sorted(p.name for p in (src / "news").iterdir())[0] == (
        "news-2020-09-16-valtioneuvoston-kotoutumisselonteon-yhteiskehittaminen-alkaa.fi.md"
    )
    built = tmp_path / "built.db"
    assert "7 items" in cli("content", "build", str(src), "-o", str(built))
    run = Cli(built, tmp_path / "profile", cli.capsys)
    hits = run.json("search", "integrationslagen", "--kind", "news")
    assert isinstance(hits, list) and hits[0]["id"] == NEWS_SV
    shown = run.json("show", PAGE_ID, "--lang", "en")
    assert isinstance(shown, dict)
    assert shown["source"] == "https://kotoutuminen.fi/en/integration-programme"
    # Importing the same pages again keeps the files: they are not newer.
    again = cli("import", "page", str(saved / "pages"), "-o", str(src), "--json")
    summary = json.loads(again)
    assert summary["imported"] == [] and len(summary["kept"]) == 3 and summary["files"] == 3


def test_into_the_profile_search_list_and_remove(saved: Path, cli: Cli) -> None:
    summary = cli.json("import", "page", str(saved / "pages"))
    assert isinstance(summary, dict)
    assert {(i["id"], i["lang"], i["action"]) for i in summary["imported"]} == {
        (PAGE_ID, lang, "new") for lang in ("fi", "sv", "en")
    }
    assert set(summary["imported"][0]) == {
        "id", "kind", "lang", "title", "source", "file", "action", "published", "updated",
        "notes", "imported_at",
    }  # fmt: skip
    cli("import", "feed", str(saved / "feeds"), code=2)  # the undated entry; the rest came in
    hits = cli.json("search", "kotoutumisohjelma", "--kind", "service")
    assert isinstance(hits, list)
    assert [(h["id"], h["official"]) for h in hits] == [(PAGE_ID, True)]
    assert NEWS_SV in {h["id"] for h in cli.json("search", "integrationslagen")}  # type: ignore[union-attr]
    listed = cli("import", "list")
    assert f"{PAGE_ID}\tsv\tservice\tpage\t2023-05-10\t" in listed
    assert f"{NEWS_SV}\tsv\tnews\tfeed\t2024-12-20\t" in listed
    removed = cli("import", "remove", PAGE_ID)
    assert removed.count(f"removed {PAGE_ID}") == 3
    assert PAGE_ID not in cli("import", "list")
    assert cli("search", "kotoutumisohjelma", "--kind", "service").strip() == ""
    err = cli("import", "remove", PAGE_ID, code=2)
    assert (
        err == f"briefing: {PAGE_ID}: no imported text (official act, page or news) with this id\n"
    )


def test_refusals_exit_2_with_one_line(tmp_path: Path, cli: Cli) -> None:
    nameless = tmp_path / "nameless.html"
    nameless.write_text(
        page_html("fi", canonical=False)
        .replace("og:url", "og:x")
        .replace("saved from url", "saved by"),
        encoding="utf-8",
    )
    err = cli("import", "page", str(nameless), code=2)
    assert err == (
        "briefing: nameless.html: the page names no address (canonical link, og:url or"
        " saved-from comment); give --source URL\n"
    )
    out = cli("import", "page", str(nameless), "--source", "https://kotoutuminen.fi/x")
    assert "imported service-kotoutuminen-fi-x (fi) 2023-05-10 Kotoutumisohjelma" in out
    err = cli("import", "page", str(nameless), "--source", "kotoutuminen.fi/x", code=2)
    assert "not an http or https address" in err
    (tmp_path / "junk.html").write_bytes(b"\x00\x01\x02" * 1000)
    good = tmp_path / "good.html"
    good.write_text(page_html("sv"), encoding="utf-8")
    err = cli("import", "page", str(tmp_path / "junk.html"), str(good), code=2)
    assert err == "briefing: junk.html: not an HTML page (binary data)\n"
    assert f"{PAGE_ID}\tsv\t" in cli("import", "list")
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(b'<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss>&b;</rss>')
    err = cli("import", "feed", str(bomb), code=2)
    assert err == "briefing: bomb.xml: refused: the feed declares entities (possible entity bomb)\n"
    err = cli("import", "feed", str(tmp_path / "missing.rss"), code=2)
    assert "no such file or folder" in err


def test_briefings_show_names_an_imported_page_the_text_of_its_source(
    saved: Path, cli: Cli
) -> None:
    cli("import", "page", str(saved / "pages"))
    brf = cli.json("briefings", "new", "Valtuusto", "--json")["id"]
    cli("briefings", "add", brf, PAGE_ID, "--official")
    shown = cli("briefings", "show", brf)
    assert f"1. {PAGE_ID} [text of the source]" in shown
    assert "[official text]" not in shown


def test_show_says_an_imported_page_is_the_text_of_its_source(saved: Path, cli: Cli) -> None:
    cli("import", "page", str(saved / "pages"))
    shown = cli("show", PAGE_ID, "--lang", "fi")
    assert "(text of the source, imported " in shown
    assert "our summary" not in shown
    ours = cli("show", "actor-municipality", "--lang", "fi")
    assert "(our summary, facts checked 2025-01-01)" in ours
