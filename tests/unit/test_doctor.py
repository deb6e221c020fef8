"""``briefing doctor``: what IT reads when something is wrong, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import __version__, cli, paths


def _doctor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = cli.main([*args, "doctor"])
    return status, capsys.readouterr().out


def test_json_names_versions_paths_and_missing_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.db"
    status, out = _doctor(capsys, "--profile", str(tmp_path / "p"), "--content", str(missing))
    assert status == 0
    status = cli.main(
        ["--profile", str(tmp_path / "p"), "--content", str(missing), "doctor", "--json"]
    )
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["version"] == __version__
    assert report["qt"].startswith("6.")
    assert report["sqlite"].count(".") == 2
    assert report["paths"]["profile"] == str(tmp_path / "p")
    assert report["paths"]["content"] == str(missing)
    assert report["content"] == {"status": "not built", "version": None}
    assert "content  not built" in out


def test_reports_which_file_gave_each_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p"
    policy = tmp_path / "policy.ini"
    policy.write_text("[briefing]\norganisation = Vaasan kaupunki\n", encoding="utf-8")
    monkeypatch.setenv(paths.POLICY_ENV, str(policy))
    paths.user_settings_file(profile).parent.mkdir(parents=True)
    paths.user_settings_file(profile).write_text(
        "[briefing]\nauthor = Aino\ninterface_language = xx\n", encoding="utf-8"
    )
    cli.main(["--profile", str(profile), "doctor", "--json"])
    report = json.loads(capsys.readouterr().out)
    org = report["settings"]["organisation"]
    assert org == {"value": "Vaasan kaupunki", "source": str(policy), "locked": True}
    author = report["settings"]["author"]
    assert author["source"] == str(paths.user_settings_file(profile))
    assert author["locked"] is False
    assert report["settings"]["export_language"]["source"] == "default"
    assert any("'xx'" in p for p in report["problems"])

    status, out = _doctor(capsys, "--profile", str(profile))
    assert status == 0
    assert "Vaasan kaupunki" in out
    assert "[locked by policy]" in out
    assert "problems:" in out


def test_names_the_content_version_of_a_built_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.library.build import build_content

    db = tmp_path / "content.db"
    built = build_content(Path(__file__).parent.parent / "ui" / "data", db)
    cli.main(["--profile", str(tmp_path / "p"), "--content", str(db), "doctor", "--json"])
    content = json.loads(capsys.readouterr().out)["content"]
    assert content["status"] == "ok"
    assert content["version"] == built.version
    assert content["sections"] == built.sections
    assert content["items"] == sum(n for langs in built.counts.values() for n in langs.values())


def test_a_damaged_library_is_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "content.db"
    db.write_bytes(b"this is not sqlite" * 100)
    status = cli.main(["--profile", str(tmp_path / "p"), "--content", str(db), "doctor", "--json"])
    assert status == 0
    content = json.loads(capsys.readouterr().out)["content"]
    assert content["status"].startswith("unreadable:")


def test_points_at_the_crash_log_when_there_is_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.commands import doctor

    profile = tmp_path / "p"
    cli.main(["--profile", str(profile), "doctor", "--json"])
    assert json.loads(capsys.readouterr().out)["paths"]["crash_log"] is None
    profile.mkdir()
    (profile / doctor.CRASH_LOG).write_text("--- a traceback\n", encoding="utf-8")
    cli.main(["--profile", str(profile), "doctor", "--json"])
    assert json.loads(capsys.readouterr().out)["paths"]["crash_log"] == str(profile / "crash.log")


def test_a_logo_that_is_not_there_is_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing import settings

    profile = tmp_path / "p"
    settings.save_user_settings(profile, {"logo": str(tmp_path / "missing.png")})
    cli.main(["--profile", str(profile), "doctor", "--json"])
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert problems == [
        f"logo: {tmp_path / 'missing.png'} does not exist; exports will have no logo"
    ]
    (tmp_path / "missing.png").write_bytes(b"\x89PNG")
    cli.main(["--profile", str(profile), "doctor", "--json"])
    assert json.loads(capsys.readouterr().out)["problems"] == []


def test_a_signed_bundle_as_content_is_verified_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from briefing.library import bundle, signing
    from briefing.library.build import build_content

    db = tmp_path / "content.db"
    built = build_content(Path(__file__).parent.parent / "ui" / "data", db)
    key, pub, _key_id = signing.generate_keypair(tmp_path / "publisher")
    packed = tmp_path / "library.briefing-content"
    bundle.pack(db, packed, key)
    args = ["--profile", str(tmp_path / "p"), "--content", str(packed), "doctor", "--json"]
    cli.main(args)  # nobody trusts the publisher yet
    assert json.loads(capsys.readouterr().out)["content"]["status"].startswith("unreadable:")
    trusted = paths.policy_file().parent / "keys"
    trusted.mkdir(parents=True, exist_ok=True)
    shutil.copy(pub, trusted / pub.name)
    cli.main(args)
    content = json.loads(capsys.readouterr().out)["content"]
    assert (content["status"], content["version"]) == ("ok", built.version)
