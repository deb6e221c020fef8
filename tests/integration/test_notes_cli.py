"""The notes part of the command line, end to end against a small real library."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from cli_runner import Cli, build_library

from briefing.core.markdown import to_plain
from briefing.library.build import build_content

ACT = """---
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

## 13 § Kunnan kotoutumisohjelman sisältö {#chp_3__sec_13}

Kunnan on järjestettävä *kotoutumisohjelma*, joka on maahanmuuttajan alkuvaiheen
palvelujen kokonaisuus.
"""
NEWS = """---
title: Selonteko kotoutumisesta
summary: Uutinen.
source: https://kotoutuminen.fi/
checked: 2026-11-29
published: 2020-09-16
---

Valtioneuvoston selontekoa kotoutumisesta valmisteltiin yhdessä **kuntien** kanssa.
"""
SECTION = "act-681-2023/s-13"
NEWS_ID = "news-2020-09-16-integration-report"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_library(
        tmp_path_factory,
        {"legislation/act-681-2023.fi.md": ACT, f"news/{NEWS_ID}.fi.md": NEWS},
    )


@pytest.fixture
def cli(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(content, tmp_path / "profile", capsys)


def test_annotate_a_quote_records_where_and_on_what(cli: Cli) -> None:
    created = cli.json("annotate", SECTION, "--quote", "alkuvaiheen palvelujen", "--note", "Tärkeä")
    assert isinstance(created, dict) and created["id"].startswith("ann-")
    listed = cli.json("annotations", "--item", "act-681-2023")
    assert isinstance(listed, list) and [a["id"] for a in listed] == [created["id"]]
    note = listed[0]
    assert (note["item_id"], note["section_id"], note["lang"]) == ("act-681-2023", SECTION, "fi")
    plain = to_plain(
        "Kunnan on järjestettävä *kotoutumisohjelma*, joka on maahanmuuttajan alkuvaiheen\n"
        "palvelujen kokonaisuus."
    )
    sel = note["selector"]
    assert plain[sel["start"] : sel["end"]] == "alkuvaiheen palvelujen"
    assert plain[: sel["start"]].endswith(sel["prefix"])
    assert note["text_hash"] == hashlib.sha256(plain.encode()).hexdigest()


def test_annotate_refuses_a_quote_not_in_the_text_and_an_unknown_item(cli: Cli) -> None:
    err = cli("annotate", SECTION, "--quote", "ei tällaista", "--note", "x", code=2)
    assert "quote" in err
    err = cli("annotate", "act-0-0000", "--note", "x", code=2)
    assert "act-0-0000" in err
    assert cli.json("annotations") == []


def test_briefing_commands(cli: Cli) -> None:
    note = cli.json("annotate", NEWS_ID, "--note", "Jaettava")
    assert isinstance(note, dict)
    brf = cli.json("briefings", "new", "KH 7.12.", "--meeting", "Kaupunginhallitus",
                   "--date", "2026-12-07")  # fmt: skip
    assert isinstance(brf, dict) and brf["id"].startswith("brf-")
    first = cli("briefings", "add", brf["id"], SECTION, "--memo", "velvoite").strip()
    cli("briefings", "add", brf["id"], NEWS_ID, "--annotation", note["id"], "--position", "0")
    shown = cli.json("briefings", "show", brf["id"])
    assert isinstance(shown, dict)
    assert shown["meeting"] == {"body": "Kaupunginhallitus", "date": "2026-12-07", "place": ""}
    assert [e["item_id"] for e in shown["entries"]] == [NEWS_ID, "act-681-2023"]
    assert shown["entries"][1]["id"] == first and shown["entries"][1]["memo"] == "velvoite"
    assert shown["entries"][0]["annotation_ids"] == [note["id"]]
    assert [b["id"] for b in cli.json("briefings", "list")] == [brf["id"]]  # type: ignore[union-attr]
    assert "KH 7.12." in cli("briefings", "list")
    cli("briefings", "add", brf["id"], "no-such-item", code=2)
    cli("briefings", "new", "x", "--date", "7.12.2026", code=2)
    cli("briefings", "show", "brf-missing", code=2)
    cli("briefings", "delete", brf["id"])
    assert cli.json("briefings", "list") == []
    cli("briefings", "undelete", brf["id"])
    assert len(cli.json("briefings", "list")) == 1  # type: ignore[arg-type]


def test_briefing_file_between_two_profiles_keeps_shared_not_private(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alice = Cli(content, tmp_path / "alice", capsys)
    bob = Cli(content, tmp_path / "bob", capsys)
    shared = alice.json("annotate", SECTION, "--quote", "kotoutumisohjelma", "--note", "Jaettu")
    secret = alice.json("annotate", SECTION, "--note", "Salainen", "--private")
    assert isinstance(shared, dict) and isinstance(secret, dict)
    brf = alice.json("briefings", "new", "Lautakunta")
    assert isinstance(brf, dict)
    alice("briefings", "add", brf["id"], SECTION, "--annotation", shared["id"],
          "--annotation", secret["id"])  # fmt: skip
    out = tmp_path / "lautakunta.briefing"
    alice("briefings", "export-file", brf["id"], "-o", str(out))
    assert "Salainen" not in out.read_text(encoding="utf-8")

    report = bob.json("briefings", "import-file", str(out))
    assert isinstance(report, dict) and report["briefing"] == "added"
    notes = bob.json("annotations")
    assert isinstance(notes, list) and [n["note"] for n in notes] == ["Jaettu"]
    assert {k: v for k, v in notes[0].items() if k != "updated"} == {
        k: v for k, v in shared.items() if k != "updated"
    }
    got = bob.json("briefings", "show", brf["id"])
    assert isinstance(got, dict) and got["entries"][0]["annotation_ids"] == [shared["id"]]
    again = bob.json("briefings", "import-file", str(out))
    assert isinstance(again, dict) and again["briefing"] == "unchanged" and not again["added"]

    bad = tmp_path / "future.briefing"
    bad.write_text(json.dumps({"format": "briefing-file", "version": 7}), encoding="utf-8")
    err = bob("briefings", "import-file", str(bad), code=2)
    assert "version 7" in err


def test_annotations_export_as_web_annotations(cli: Cli, tmp_path: Path) -> None:
    cli("annotate", SECTION, "--quote", "kotoutumisohjelma", "--note", "W3C")
    cli("annotate", SECTION, "--note", "oma", "--private")
    out = tmp_path / "notes.jsonld"
    cli("annotations", "--export", str(out))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["total"] == 1 and "oma" not in out.read_text(encoding="utf-8")
    everything = tmp_path / "all.jsonld"
    cli("annotations", "--export", str(everything), "--include-private")
    assert json.loads(everything.read_text(encoding="utf-8"))["total"] == 2
    item = doc["first"]["items"][0]
    types = {s["type"] for s in item["target"]["selector"]}
    assert types == {"TextQuoteSelector", "TextPositionSelector"}


def test_backup_restore_and_the_way_back_from_a_damaged_db(cli: Cli, tmp_path: Path) -> None:
    assert "nothing to back up" in cli("backup", code=2)
    cli("annotate", NEWS_ID, "--note", "ennen vahinkoa")
    made = Path(cli("backup").strip())
    assert made.is_file() and made.parent.name == "backups"
    copy = tmp_path / "mine.db"
    cli("backup", "-o", str(copy))
    assert copy.is_file()

    db = tmp_path / "profile" / "user.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(db.read_bytes()[:100] + b"\x5a" * (db.stat().st_size - 100))
    err = cli("annotations", code=2)
    command = re.search(r"`(briefing restore .+?)`", err)
    assert command is not None and "damaged" in err
    target = command.group(1).split(" ", 2)[2].strip('"')
    assert Path(target).is_file()
    cli("restore", target)
    notes = cli.json("annotations")
    assert isinstance(notes, list) and [n["note"] for n in notes] == ["ennen vahinkoa"]
    kept = list(db.parent.glob("user.db.damaged-*"))
    assert len(kept) == 1

    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello", encoding="utf-8")
    err = cli("restore", str(not_a_db), code=2)
    assert "notes.txt" in err
    assert len(cli.json("annotations")) == 1  # type: ignore[arg-type]


def test_after_a_library_update_notes_are_marked_never_dropped(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile"
    old = Cli(content, profile, capsys)
    moved = old.json("annotate", SECTION, "--quote", "alkuvaiheen palvelujen", "--note", "a")
    gone = old.json("annotate", NEWS_ID, "--quote", "kuntien", "--note", "b")
    same = old.json("annotate", "act-681-2023", "--note", "c")
    assert isinstance(moved, dict) and isinstance(gone, dict) and isinstance(same, dict)
    first = old.json("annotations")
    assert isinstance(first, list) and {n["status"] for n in first} == {"ok"}

    src = tmp_path / "src2"
    (src / "legislation").mkdir(parents=True)
    changed = ACT.replace("Kunnan on järjestettävä", "Lisätty virke. Kunnan on järjestettävä")
    (src / "legislation" / "act-681-2023.fi.md").write_text(changed, encoding="utf-8")
    newer = tmp_path / "content2.db"
    build_content(src, newer)

    new = Cli(newer, profile, capsys)
    notes = new.json("annotations")
    assert isinstance(notes, list) and len(notes) == 3
    got = {n["id"]: n for n in notes}
    assert (got[moved["id"]]["status"], got[moved["id"]]["status_reason"]) == (
        "changed",
        "quote-moved",
    )
    assert (got[gone["id"]]["status"], got[gone["id"]]["status_reason"]) == (
        "orphaned",
        "item-missing",
    )
    assert got[same["id"]]["status"] == "ok"
    assert "orphaned: item-missing" in new("annotations")


def test_annotate_official_notes_the_imported_text_and_follows_its_removal(
    cli: Cli, tmp_path: Path
) -> None:
    finlex = Path(__file__).resolve().parents[1] / "data" / "finlex" / "consolidated.xml"
    xml = finlex.read_text(encoding="utf-8").replace("/2029/77", "/2023/681")
    xml = xml.replace('"77"', '"681"').replace("77/2029", "681/2023")
    (tmp_path / "681.xml").write_text(xml, encoding="utf-8")
    cli("import", "finlex", str(tmp_path / "681.xml"))

    note = cli.json("annotate", "act-681-2023/s-1", "--official", "--quote",
                    "ensimmäinen pykälä", "--note", "Virallinen teksti")  # fmt: skip
    whole = cli.json("annotate", "act-681-2023", "--official", "--note", "Koko laki")
    ours = cli.json("annotate", "act-681-2023", "--note", "Tiivistelmä")
    assert isinstance(note, dict) and isinstance(whole, dict) and isinstance(ours, dict)
    assert (note["official"], whole["official"], ours["official"]) == (True, True, False)
    assert note["selector"]["prefix"].endswith("Pysyvä ")  # the official wording
    err = cli("annotate", NEWS_ID, "--official", "--note", "x", code=2)
    assert "no imported official text" in err

    listed = cli.json("annotations")
    assert isinstance(listed, list) and {a["status"] for a in listed} == {"ok"}
    out = tmp_path / "notes.json"
    cli("annotations", "--export", str(out))
    targets = [a["target"] for a in json.loads(out.read_text(encoding="utf-8"))["first"]["items"]]
    assert targets[0]["source"].startswith("http://data.finlex.fi/eli/sd/2023/681")
    assert targets[2]["source"] == "item:act-681-2023"

    cli("import", "remove", "681/2023")  # only the official texts change
    after = {a["id"]: a for a in cli.json("annotations")}  # type: ignore[union-attr]
    status = {key: (after[n["id"]]["status"], after[n["id"]]["status_reason"])
              for key, n in (("section", note), ("item", whole), ("ours", ours))}  # fmt: skip
    assert status == {
        "section": ("orphaned", "section-missing"),  # our summary has no § 1
        "item": ("changed", "official-text-removed"),  # now on our summary of the act
        "ours": ("ok", ""),
    }
