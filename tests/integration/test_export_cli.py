"""``briefing export`` end to end: a real content build, a briefing made with the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import Cli, build_library
from pypdf import PdfReader

ACT = """---
title: Laki kotoutumisen edistämisestä
summary: Kotoutumislaki ohjaa kuntien kotoutumistyötä.
source: https://finlex.fi/fi/lainsaadanto/2023/681
checked: 2026-11-29
act: 681/2023
status: in-force
---

Kotoutumislaki tuli voimaan 1.1.2025.

## 13 § Kunnan kotoutumisohjelma {#chp_3__sec_13}

Kunnan on laadittava *kotoutumisohjelma* yhdessä hyvinvointialueen kanssa.
"""
ACT_SV = """---
title: Lag om främjande av integration
summary: Integrationslagen styr kommunernas integrationsarbete.
source: https://finlex.fi/sv/lagstiftning/2023/681
checked: 2026-11-29
act: 681/2023
status: in-force
---

Lagen trädde i kraft 1.1.2025.

## 13 § Kommunens integrationsprogram {#chp_3__sec_13}

Kommunen ska utarbeta ett *integrationsprogram* tillsammans med välfärdsområdet.
"""
NEWS = """---
title: Selonteko kotoutumisesta
summary: Valtioneuvosto valmisteli selontekoa yhdessä kuntien kanssa.
source: https://kotoutuminen.fi/uutiset/selonteko
checked: 2026-11-20
published: 2020-09-16
---

Selontekoa valmisteltiin yhdessä **kuntien** kanssa.
"""
SECTION = "act-681-2023/s-13"
NEWS_ID = "news-2020-09-16-integration-report"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_library(
        tmp_path_factory,
        {
            "legislation/act-681-2023.fi.md": ACT,
            "legislation/act-681-2023.sv.md": ACT_SV,
            f"news/{NEWS_ID}.fi.md": NEWS,
        },
    )


@pytest.fixture
def briefing(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Cli, str]:
    cli = Cli(content, tmp_path / "profile", capsys)
    shared = json.loads(cli("annotate", SECTION, "--quote", "Kunnan on laadittava",
                            "--note", "Määräaika kesäkuussa", "--json"))  # fmt: skip
    private = json.loads(cli("annotate", SECTION, "--note", "Oma arvio", "--private", "--json"))
    made = json.loads(cli("briefings", "new", "Kaupunginhallitus 3.3.", "--meeting",
                          "Kaupunginhallitus", "--date", "2026-12-03", "--memo", "Saate",
                          "--json"))  # fmt: skip
    brf = made["id"]
    cli("briefings", "add", brf, SECTION, "--memo", "Valmistelijan huomio",
        "--annotation", shared["id"], "--annotation", private["id"])  # fmt: skip
    cli("briefings", "add", brf, NEWS_ID)
    return cli, brf


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def test_export_pdf_with_contents_notes_and_sources(
    briefing: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, brf = briefing
    out = tmp_path / "pack.pdf"
    report = json.loads(cli("export", brf, "-o", str(out), "--marking", "draft",
                            "--organisation", "Esimerkkilä", "--json"))  # fmt: skip
    reader = PdfReader(out)
    assert report["pages"] == len(reader.pages) and report["entries"] == 2
    text = _text(out)
    assert "Esimerkkilä" in text and "LUONNOS" in text and "Sisällys" in text
    assert "Laki kotoutumisen edistämisestä 681/2023, 13 § Kunnan kotoutumisohjelma" in text
    assert "Määräaika kesäkuussa" in text and "Valmistelijan huomio" in text
    assert "Oma arvio" not in text
    assert "https://kotoutuminen.fi/uutiset/selonteko" in text
    titles = [item.title for item in reader.outline]
    assert titles[0] == "Sisällys" and titles[-1] == "Lähteet" and len(titles) == 5


def test_private_notes_when_asked_and_swedish_labels(
    briefing: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, brf = briefing
    out = tmp_path / "sv.pdf"
    cli("export", brf, "-o", str(out), "--lang", "sv", "--include-private")
    text = _text(out)
    assert "Oma arvio" in text
    assert "Innehåll" in text and "Källor" in text
    assert "Kommunens integrationsprogram" in text  # the Swedish text of the section
    assert "Selonteko kotoutumisesta" in text  # no Swedish version: the Finnish one


def test_export_html(briefing: tuple[Cli, str], tmp_path: Path) -> None:
    cli, brf = briefing
    out = tmp_path / "pack.html"
    cli("export", brf, "-o", str(out), "--html", "--full-text")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fi">' in page
    assert "Kunnan on laadittava" in page and "Oma arvio" not in page


def test_refusals_are_one_line(briefing: tuple[Cli, str], tmp_path: Path) -> None:
    cli, brf = briefing
    err = cli("export", "brf-nope", "-o", str(tmp_path / "x.pdf"), code=2)
    assert "brf-nope" in err
    err = cli("export", brf, "-o", str(tmp_path / "no" / "such" / "x.pdf"), code=2)
    assert "folder does not exist" in err
    err = cli("export", brf, "-o", str(tmp_path), code=2)
    assert "folder" in err
    assert list(tmp_path.glob("*.part")) == []
