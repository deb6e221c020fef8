"""``briefings set-text``: an entry switched to the official text and back prints it."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import Cli, build_library
from pypdf import PdfReader

FINLEX = Path(__file__).resolve().parents[1] / "data" / "finlex"
SECTION = "act-681-2023/s-1"
OURS = "Lain ensimmäinen pykälä koskee soveltamisalaa."
THEIRS = "Pysyvä ensimmäinen pykälä."  # 1 § of the Finlex test file
ACT = f"""---
title: Laki kotoutumisen edistämisestä (681/2023)
summary: Kotoutumislaki.
source: https://finlex.fi/fi/lainsaadanto/2023/681
checked: 2026-11-29
act: 681/2023
given: 2023-04-14
in_force: 2025-01-01
status: in-force
---

Kotoutumislaki tuli voimaan 1.1.2025.

## 1 § Soveltamisala {{#sec_1}}

{OURS}
"""


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_library(tmp_path_factory, {"legislation/act-681-2023.fi.md": ACT})


@pytest.fixture
def cli(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(content, tmp_path / "profile", capsys)


def _finlex_681(tmp_path: Path) -> Path:
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    text = text.replace("/2029/77", "/2023/681").replace('"77"', '"681"')
    out = tmp_path / "681-2023.xml"
    out.write_text(text.replace("77/2029", "681/2023"), encoding="utf-8")
    return out


def _pdf_words(cli: Cli, brf: str, path: Path) -> str:
    cli("export", brf, "-o", str(path))
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def test_set_text_switches_what_the_pack_prints(cli: Cli, tmp_path: Path) -> None:
    brf = cli("briefings", "new", "Lautakunta").strip()
    entry = cli("briefings", "add", brf, SECTION).strip()
    err = cli("briefings", "set-text", brf, entry, "--official", code=2)
    assert "no imported official text has this id" in err  # nothing imported yet

    cli("import", "finlex", str(_finlex_681(tmp_path)))
    shown = cli.json("briefings", "set-text", brf, entry, "--official")
    assert (shown["id"], shown["official"]) == (entry, True)  # type: ignore[index]
    assert "1. act-681-2023/s-1 [official text]" in cli("briefings", "show", brf)
    words = _pdf_words(cli, brf, tmp_path / "official.pdf")
    assert THEIRS in words and OURS not in words

    assert cli("briefings", "set-text", brf, entry, "--summary").strip() == entry
    assert "[official text]" not in cli("briefings", "show", brf)
    words = _pdf_words(cli, brf, tmp_path / "summary.pdf")
    assert OURS in words and THEIRS not in words


def test_set_text_refuses_a_wrong_briefing_or_no_choice(cli: Cli) -> None:
    brf = cli("briefings", "new", "A").strip()
    other = cli("briefings", "new", "B").strip()
    entry = cli("briefings", "add", brf, SECTION).strip()
    err = cli("briefings", "set-text", other, entry, "--summary", code=2)
    assert f"no entry {entry} in briefing {other}" in err
    assert "no entry ent-x" in cli("briefings", "set-text", brf, "ent-x", "--summary", code=2)
    with pytest.raises(SystemExit):  # argparse: one of --official / --summary is required
        cli("briefings", "set-text", brf, entry)
