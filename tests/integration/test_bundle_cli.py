"""IT's update path on the command line: make a key, pack, verify, install, see changed notes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from briefing import paths
from briefing.cli import main
from briefing.library.build import build_content

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "library"
SECTION = "act-681-2023/s-13"
QUOTE = "kotoutumisohjelma, joka hyväksytään"


def _library(base: Path, built_at: str, amended: bool) -> Path:
    src = base / "src"
    shutil.copytree(FIXTURES, src)
    act = src / "legislation" / "act-681-2023.fi.md"
    text = act.read_text("utf-8")
    if amended:  # §13 reworded around the passage a note quotes
        text = text.replace("kotoutumisen edistämiseksi", "joka neljäs vuosi")
    act.write_text(text, "utf-8")
    out = base / "content.db"
    build_content(src, out)
    db = sqlite_utils.Database(out)
    db.execute("UPDATE meta SET value = ? WHERE key = 'built_at'", [built_at])
    db.conn.commit()
    db.close()
    return out


@pytest.fixture(scope="module")
def libs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {
        "v1": _library(tmp_path_factory.mktemp("v1"), "2026-03-01T08:00:00+00:00", False),
        "v2": _library(tmp_path_factory.mktemp("v2"), "2026-04-01T08:00:00+00:00", True),
    }


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], profile: Path) -> None:
        self.capsys = capsys
        self.profile = profile

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        code = main(["--profile", str(self.profile), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> object:
        code, out, err = self(*argv, "--json")
        assert (code, err) == (0, ""), err
        return json.loads(out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path / "profile")


@pytest.fixture
def signed(tmp_path: Path, cli: Cli, libs: dict[str, Path]) -> dict[str, Path]:
    """Bundles of v1 and v2 signed by a fresh publisher key, and that key's public half."""
    keys = cli.json("content", "keygen", "-o", str(tmp_path / "keys"))
    assert isinstance(keys, dict)
    made = {"pub": Path(keys["public_key"])}
    for name in ("v1", "v2"):
        out = tmp_path / f"{name}.briefing-content"
        code, text, err = cli("content", "pack", str(libs[name]), "-o", str(out),
                              "--key", keys["private_key"])  # fmt: skip
        assert (code, err) == (0, "") and text.startswith(f"packed {out}")
        made[name] = out
    return made


def test_install_reports_the_notes_whose_text_changed(
    cli: Cli, signed: dict[str, Path], libs: dict[str, Path]
) -> None:
    trust = ("--trusted-key", str(signed["pub"]))
    verified = cli.json("content", "verify", str(signed["v1"]), *trust)
    assert isinstance(verified, dict) and verified["ok"] is True
    first = cli.json("content", "install", str(signed["v1"]), *trust)
    assert isinstance(first, dict) and first["installed"] and first["notes"] == []

    note = cli.json("annotate", SECTION, "--lang", "fi", "--quote", QUOTE, "--note", "Check!")
    untouched = cli.json("annotate", "priority-programmes", "--lang", "fi", "--note", "Fine")
    assert isinstance(note, dict) and isinstance(untouched, dict)

    code, out, err = cli("content", "install", str(signed["v2"]), *trust)
    assert (code, err) == (0, "")
    assert "your notes: 1 on text that changed, 0 whose text is gone" in out
    assert f"changed (quote-moved): {note['id']} on {SECTION}: Check!" in out

    info = cli.json("content", "info")
    newer = cli.json("content", "verify", str(signed["v2"]), *trust)
    assert isinstance(info, dict) and isinstance(newer, dict)
    assert info["version"] == newer["content_version"] != verified["content_version"]
    assert info["origin"]["bundle"] == str(signed["v2"].resolve())
    assert info["origin"]["key_id"] == newer["key_id"] and info["origin"]["installed_at"]
    code, out, _err = cli("content", "info")
    assert f"from bundle {signed['v2'].resolve()} (signed by {newer['key_id']}, installed" in out
    plain = cli.json("--content", str(libs["v1"]), "content", "info")
    assert isinstance(plain, dict) and plain["origin"] is None
    listed = cli.json("annotations")
    assert isinstance(listed, list)
    status = {a["id"]: a["status"] for a in listed}
    assert status == {note["id"]: "changed", untouched["id"]: "ok"}


def test_install_json_lists_changed_notes(
    cli: Cli, signed: dict[str, Path], libs: dict[str, Path]
) -> None:
    trust = ("--trusted-key", str(signed["pub"]))
    cli.json("content", "install", str(signed["v1"]), *trust)
    note = cli.json("annotate", SECTION, "--lang", "fi", "--quote", QUOTE, "--note", "Check!")
    assert isinstance(note, dict)
    result = cli.json("content", "install", str(signed["v2"]), *trust)
    assert isinstance(result, dict)
    assert (result["installed"], result["changed"], result["orphaned"]) == (True, 1, 0)
    (flagged,) = result["notes"]
    assert (flagged["id"], flagged["status"], flagged["section_id"], flagged["quote"]) == (
        note["id"],
        "changed",
        SECTION,
        QUOTE,
    )
    # Back to v1 by rollback: the note is attached to the text it was written on again.
    back = cli.json("content", "rollback")
    assert isinstance(back, dict) and back["notes"] == []


@pytest.mark.parametrize(
    "damage",
    ["untrusted", "tampered", "truncated", "text file"],
)
def test_refusals_are_one_line_exit_2(
    damage: str, cli: Cli, signed: dict[str, Path], tmp_path: Path
) -> None:
    trust = ("--trusted-key", str(signed["pub"]))
    cli.json("content", "install", str(signed["v1"]), *trust)
    installed = paths.installed_content(cli.profile).read_bytes()
    bad = tmp_path / "bad.briefing-content"
    data = signed["v2"].read_bytes()
    if damage == "tampered":
        pos = data.index(b"manifest.json") + 200
        data = data[:pos] + bytes([data[pos] ^ 1]) + data[pos + 1 :]
    elif damage == "truncated":
        data = data[: len(data) - 100]
    elif damage == "text file":
        data = b"hello, I am not a bundle\n"
    bad.write_bytes(data)
    args = ("content", "install", str(bad)) + (() if damage == "untrusted" else trust)
    code, out, err = cli(*args)
    assert (code, out) == (2, "")
    assert err.startswith("briefing: ") and err.count("\n") == 1 and "Traceback" not in err
    assert paths.installed_content(cli.profile).read_bytes() == installed


def test_a_bundle_works_as_content_for_any_command(
    cli: Cli, signed: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # IT's trusted keys live in a folder beside the policy file.
    policy = tmp_path / "it" / "policy.ini"
    monkeypatch.setenv(paths.POLICY_ENV, str(policy))
    (policy.parent / "keys").mkdir(parents=True)
    shutil.copy(signed["pub"], policy.parent / "keys" / "publisher.pub")

    hits = cli.json("--content", str(signed["v2"]), "search", "neljäs vuosi")
    assert isinstance(hits, list) and hits[0]["id"] == SECTION
    shown = cli.json("--content", str(signed["v2"]), "show", SECTION)
    assert isinstance(shown, dict) and "joka neljäs vuosi" in shown["body"]
    assert not paths.installed_content(cli.profile).exists()  # used, not installed
    info = cli.json("--content", str(signed["v2"]), "content", "info")
    assert isinstance(info, dict)
    assert (info["origin"]["bundle"], info["origin"]["installed_at"]) == (str(signed["v2"]), None)

    (policy.parent / "keys" / "publisher.pub").unlink()
    code, out, err = cli("--content", str(signed["v2"]), "search", "vuosi")
    assert (code, out) == (2, "") and "untrusted key" in err


def test_another_users_notes_are_reanchored_on_their_next_start(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, signed: dict[str, Path]
) -> None:
    """One machine, two profiles: only one ran the install; the other catches up by version."""
    trust = ("--trusted-key", str(signed["pub"]))
    alice = Cli(capsys, tmp_path / "alice")
    bob = Cli(capsys, tmp_path / "bob")
    for person in (alice, bob):
        person.json("content", "install", str(signed["v1"]), *trust)
    note = bob.json("annotate", SECTION, "--lang", "fi", "--quote", QUOTE, "--note", "Bob's")
    assert isinstance(note, dict)
    # Bob's profile gets the new content without going through `install` (a copy by IT).
    alice.json("content", "install", str(signed["v2"]), *trust)
    shutil.copy(paths.installed_content(alice.profile), paths.installed_content(bob.profile))
    listed = bob.json("annotations")
    assert isinstance(listed, list)
    assert [(a["id"], a["status"]) for a in listed] == [(note["id"], "changed")]


def test_install_says_when_a_content_setting_wins(
    cli: Cli, signed: dict[str, Path], libs: dict[str, Path]
) -> None:
    trust = ("--trusted-key", str(signed["pub"]))
    cli.profile.mkdir(parents=True)
    paths.user_settings_file(cli.profile).write_text(
        f"[briefing]\ncontent = {libs['v1']}\n", "utf-8"
    )
    code, out, err = cli("content", "install", str(signed["v2"]), *trust)
    assert code == 0 and out.startswith("installed version")
    assert err == f"note: this profile opens {libs['v1']} instead (the content setting)\n"
    result = cli.json("content", "install", str(signed["v2"]), *trust)
    assert isinstance(result, dict) and result["in_use"] is False and not result["installed"]


def test_the_real_command_refuses_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    junk = tmp_path / "junk.briefing-content"
    junk.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "--profile", str(tmp_path / "p"), "content",
         "verify", str(junk)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "briefing: junk.briefing-content: damaged or truncated file;"
        " the installed content is unchanged\n"
    )
