"""``briefing import finlex|list|remove`` end to end: exit codes, lines, the profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import paths
from briefing.cli import main
from briefing.library import sources
from briefing.library.build import build_content
from briefing.library.store import LibraryStore

DATA = Path(__file__).resolve().parents[1] / "data" / "finlex"
REAL = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "finlex"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = str(tmp_path / "profile")
    code, out, err = _run(capsys, "--profile", profile, "import", "finlex", str(DATA))
    assert (code, err) == (0, "")
    assert "imported act-41-2032 (fi) 41/2032 Laki välilyöntien koettelemisesta: 3 sections" in out
    assert "repaired act-9-2031 (fi): 5 texts had been decoded in the wrong encoding" in out
    assert (tmp_path / "profile" / "official.db").is_file()

    code, out, _ = _run(capsys, "--profile", profile, "import", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and {(a["id"], a["lang"]) for a in listed} >= {("act-77-2029", "fi")}

    code, out, _ = _run(capsys, "--profile", profile, "import", "remove", "act-77-2029")
    assert code == 0 and out.startswith("removed act-77-2029 (fi) 77/2029")
    code, out, _ = _run(capsys, "--profile", profile, "import", "list")
    assert "act-77-2029" not in out and "act-41-2032\tfi\t41/2032" in out


def test_refused_file_exit_2_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(b'<!DOCTYPE a [<!ENTITY a "aaaa">]><a>&a;&a;</a>')
    profile = str(tmp_path / "profile")
    code, _out, err = _run(capsys, "--profile", profile, "import", "finlex", str(bomb))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("briefing: bomb.xml: refused: ")
    assert not (tmp_path / "profile" / "official.db").exists()

    code, _out, err = _run(capsys, "--profile", profile, "import", "finlex", str(tmp_path / "nope"))
    assert code == 2 and err.count("\n") == 1 and "no such file or folder" in err

    code, _out, err = _run(capsys, "--profile", profile, "import", "remove", "1/1999")
    assert (
        code == 2
        and err == "briefing: 1/1999: no imported text (official act, page or news) with this id\n"
    )


def test_mixed_batch_imports_the_good_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cut.xml").write_bytes((DATA / "consolidated.xml").read_bytes()[:500])
    (tmp_path / "good.xml").write_bytes((DATA / "mojibake.xml").read_bytes())
    profile = str(tmp_path / "profile")
    code, out, err = _run(capsys, "--profile", profile, "import", "finlex", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "cut.xml" in err and "truncated" in err
    assert "imported act-9-2031" in out


def test_sources_for_a_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "src"
    code, _out, err = _run(
        capsys, "import", "finlex", str(DATA / "whitespace-structure.xml"), "-o", str(out_dir)
    )
    assert (code, err) == (0, "")
    written = out_dir / "legislation" / "act-41-2032.fi.md"
    item, _links = sources.parse_file(written, "legislation")
    assert item.act is not None and item.act.number == "41/2032"
    assert [s.id for s in item.sections] == [
        "act-41-2032/s-2",
        "act-41-2032/s-4a",
        "act-41-2032/s-9",
    ]
    assert item.sections[1].anchor == "part_1__chp_2__sec_4a"
    assert item.sections[1].chapter == "2 luku — Lopuksi"
    # Our own summary of an act is never overwritten by an import.
    written.write_text("---\ntitle: Our summary\n---\n", encoding="utf-8")
    code, _out, err = _run(
        capsys, "import", "finlex", str(DATA / "whitespace-structure.xml"), "-o", str(out_dir)
    )
    assert code == 2 and "would replace our own summaries" in err
    assert written.read_text(encoding="utf-8").startswith("---\ntitle: Our summary")


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real Finlex files not present at {REAL}")
def test_real_files_through_the_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "--profile", str(tmp_path), "import", "finlex",
         str(REAL), "--json"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["refused"] == [] and summary["files"] == 9
    sections = {(a["id"], a["lang"]): a["sections"] for a in summary["imported"]}
    assert sections[("act-410-2015", "fi")] == 150
    assert sections[("act-1-2026", "fi")] == 21
    assert sections[("act-434-2003", "sv")] == 71


def test_sources_refuse_chapter_numbered_acts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = (DATA / "whitespace-structure.xml").read_text(encoding="utf-8")
    chapters = tmp_path / "chapters.xml"
    chapters.write_text(raw.replace("<num>4 a §</num>", "<num>2 §</num>"), encoding="utf-8")
    code, _out, err = _run(capsys, "import", "finlex", str(chapters), "-o", str(tmp_path / "s"))
    assert code == 2 and "numbers its sections anew in every chapter" in err
    assert not (tmp_path / "s" / "legislation").exists()


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real Finlex files not present at {REAL}")
def test_official_and_ours_on_the_same_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The bundled library (our summaries) built from data/, then the official texts.
    content = tmp_path / "content.db"
    build_content(paths.data_dir(), content)
    profile = tmp_path / "profile"
    for name in (
        "statute-2015-410-fin-local-government.xml",
        "statute-2003-434-swe-administrative-procedure.xml",
    ):
        code, _out, err = _run(
            capsys, "--profile", str(profile), "import", "finlex", str(REAL / name)
        )
        assert (code, err) == (0, "")
    store = LibraryStore(content, paths.official_db(profile))
    try:
        ours = store.get("act-410-2015", "fi", official=False)
        theirs = store.get("act-410-2015", "fi", official=True)
        assert not ours.official and theirs.official
        assert len(theirs.sections) == 150
        official_ids = {s.id: s for s in theirs.sections}
        for section in ours.sections:
            # Every section we summarise has its official text on the same id and anchor.
            assert official_ids[section.id].anchor == section.anchor
            assert official_ids[section.id].number == section.number
        swedish = store.get_section("act-434-2003/s-26", "sv", official=True)
        assert swedish.official and swedish.anchor == "part_2__chp_5__sec_26"
        assert store.get_section("act-434-2003/s-26", "sv", official=False).official is False
        hits = store.search("kuntastrategia", lang="fi")
        assert {h.official for h in hits if h.item_id == "act-410-2015"} == {True, False}
    finally:
        store.close()
    # A new build of the bundled library leaves the imports alone.
    build_content(paths.data_dir(), content)
    code, out, _err = _run(capsys, "--profile", str(profile), "import", "list")
    assert code == 0 and "act-410-2015\tfi" in out and "act-434-2003\tsv" in out


def test_on_picks_the_wording(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content.db"
    build_content(paths.data_dir(), content)
    bodies = []
    for day in ("2030-03-01", "2030-07-01"):
        profile = tmp_path / day
        code, _out, err = _run(
            capsys, "--profile", str(profile), "import", "finlex",
            str(DATA / "consolidated.xml"), "--on", day,
        )  # fmt: skip
        assert (code, err) == (0, "")
        store = LibraryStore(content, paths.official_db(profile))
        try:
            bodies.append(store.get_section("act-77-2029/s-2", "fi", official=True).body)
        finally:
            store.close()
    assert bodies == [
        "Voimassa oleva sanamuoto toisesta pykälästä.",
        "Tuleva sanamuoto toisesta pykälästä.",
    ]
    with pytest.raises(SystemExit) as stopped:  # argparse refuses it before we run
        main(["import", "finlex", str(DATA), "--on", "1.6.2030"])
    assert stopped.value.code == 2 and "not a date" in capsys.readouterr().err
