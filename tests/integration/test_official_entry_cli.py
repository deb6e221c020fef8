"""``briefings add --official`` with a real Finlex file: the pack prints what was chosen."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from cli_runner import Cli, build_library
from pypdf import PdfReader

from briefing import paths
from briefing.core.markdown import to_plain
from briefing.library.store import LibraryStore

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "finlex"
HALLINTOLAKI = REAL / "statute-2003-434-fin-administrative-procedure.xml"
SECTION = "act-434-2003/s-8"
OURS = "Viranomaisen on omassa asiassaan neuvottava asiakasta maksutta."  # our words
ACT = f"""---
title: Hallintolaki (434/2003)
summary: Hyvän hallinnon yleislaki.
source: https://finlex.fi/fi/lainsaadanto/2003/434
checked: 2026-11-29
act: 434/2003
given: 2003-06-06
in_force: 2004-01-01
status: in-force
---

Hallintolaki koskee myös kotoutumisasioita.

## 8 § Neuvonta {{#chp_2__sec_8}}

{OURS}
"""

pytestmark = pytest.mark.skipif(
    not HALLINTOLAKI.is_file(), reason="the real Finlex files (../shared/realdata) are absent"
)


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_library(tmp_path_factory, {"legislation/act-434-2003.fi.md": ACT})


@pytest.fixture
def cli(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(content, tmp_path / "profile", capsys)


def _official_words(content: Path, profile: Path) -> str:
    """8 § as the importer stored it from the Finlex file: what the pack must print."""
    library = LibraryStore(content, paths.official_db(profile))
    try:
        return " ".join(to_plain(library.get_section(SECTION, official=True).body).split())
    finally:
        library.close()


def _html_words(path: Path) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text("utf-8"))).split())


def _pdf_words(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def test_an_official_section_added_without_notes_is_printed_as_the_official_text(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    cli("import", "finlex", str(HALLINTOLAKI))
    brf = cli("briefings", "new", "Lautakunta 3.3.").strip()
    chosen = cli.json("briefings", "add", brf, SECTION, "--official")
    ours = cli.json("briefings", "add", brf, SECTION)
    assert (chosen["official"], ours["official"]) == (True, False)  # type: ignore[index]
    assert "1. act-434-2003/s-8 [official text]" in cli("briefings", "show", brf)

    official = _official_words(content, profile)
    assert official and OURS not in official
    page = tmp_path / "pack.html"
    cli("export", brf, "-o", str(page), "--html")
    first, second = _html_words(page).split("Lainsäädäntö · ")[1:3]
    assert first.startswith("virallinen teksti") and official in first and OURS not in first
    assert second.startswith("tiivistelmä, ei virallinen teksti") and OURS in second
    pdf = tmp_path / "pack.pdf"
    cli("export", brf, "-o", str(pdf))
    words = _pdf_words(pdf)
    assert words.count("Lainsäädäntö · virallinen teksti") == 1
    assert words.count("Lainsäädäntö · tiivistelmä, ei virallinen teksti") == 1

    # The official text removed: the entry prints our summary and says why.
    cli("import", "remove", "434/2003")
    cli("export", brf, "-o", str(page), "--html")
    first = _html_words(page).split("Lainsäädäntö · ")[1]
    assert first.startswith("tiivistelmä, ei virallinen teksti: valittua virallista tekstiä")
    assert OURS in first and official not in first


def test_the_choice_travels_in_a_briefing_file_and_needs_an_official_text(
    cli: Cli, content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brf = cli("briefings", "new", "Lautakunta").strip()
    err = cli("briefings", "add", brf, SECTION, "--official", code=2)
    assert "no imported official text has this id" in err
    cli("import", "finlex", str(HALLINTOLAKI))
    cli("briefings", "add", brf, SECTION, "--official")
    out = tmp_path / "lautakunta.briefing"
    cli("briefings", "export-file", brf, "-o", str(out))

    other = Cli(content, tmp_path / "other", capsys)
    report = other.json("briefings", "import-file", str(out))
    shown = other.json("briefings", "show", report["briefing_id"])  # type: ignore[index]
    assert [e["official"] for e in shown["entries"]] == [True]  # type: ignore[index]
