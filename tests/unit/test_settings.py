"""Settings: defaults, the IT policy that locks keys, the user's file, bad files, atomic saves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing import paths, settings
from briefing.core.errors import BadInput, StoreError


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "policy.ini"
    monkeypatch.setenv(paths.POLICY_ENV, str(path))
    return path


def test_defaults_when_no_file_exists(profile: Path) -> None:
    got = settings.load_settings(profile)
    assert got.export_language == "fi"
    assert got.organisation == ""
    assert got.locked == frozenset()
    assert got.problems == ()
    assert set(got.sources.values()) == {settings.DEFAULT_SOURCE}
    # tests run with an English locale: the interface follows it
    assert got.ui_language() == "en"
    assert got.content_order() == ("en", "fi", "sv")


def test_user_file_overrides_defaults_and_is_recorded(profile: Path) -> None:
    settings.save_user_settings(profile, {"author": "Aino Virtanen", "interface_language": "sv"})
    got = settings.load_settings(profile)
    assert got.author == "Aino Virtanen"
    assert got.ui_language() == "sv"
    assert got.sources["author"] == str(paths.user_settings_file(profile))
    assert got.sources["organisation"] == settings.DEFAULT_SOURCE


def test_policy_wins_and_locks_its_keys(profile: Path, policy: Path) -> None:
    settings.save_user_settings(profile, {"organisation": "Mine", "author": "Aino"})
    policy.write_text(
        "[briefing]\norganisation = Tampereen kaupunki\ncontent_languages = sv, fi\n",
        encoding="utf-8",
    )
    got = settings.load_settings(profile)
    assert got.organisation == "Tampereen kaupunki"
    assert got.author == "Aino"
    assert got.content_order() == ("sv", "fi", "en")
    assert got.locked == {"organisation", "content_languages"}
    assert got.sources["organisation"] == str(policy)
    with pytest.raises(BadInput, match="organisation is fixed by the system policy"):
        settings.save_user_settings(profile, {"organisation": "Other"})
    # the refused save changed nothing, the allowed one still works
    assert settings.save_user_settings(profile, {"author": "Eero"}).author == "Eero"
    assert settings.load_settings(profile).organisation == "Tampereen kaupunki"


def test_bad_policy_file_is_reported_and_other_layers_still_apply(
    profile: Path, policy: Path
) -> None:
    settings.save_user_settings(profile, {"author": "Aino"})
    policy.write_text("this is not = an ini [file\n", encoding="utf-8")
    got = settings.load_settings(profile)
    assert got.author == "Aino"
    assert got.locked == frozenset()
    assert len(got.problems) == 1
    assert str(policy) in got.problems[0]
    assert "cannot be read" in got.problems[0]


def test_bad_values_and_unknown_keys_are_skipped_with_a_message(
    profile: Path, policy: Path
) -> None:
    policy.write_text(
        "[briefing]\ninterface_language = de\ncolour = red\nauthor = IT\n", encoding="utf-8"
    )
    got = settings.load_settings(profile)
    assert got.author == "IT"
    assert got.interface_language == ""
    assert "interface_language" not in got.locked
    assert any("'de'" in p for p in got.problems)
    assert any("unknown setting 'colour'" in p for p in got.problems)


def test_save_refuses_unknown_keys_and_bad_values(profile: Path) -> None:
    with pytest.raises(BadInput, match="unknown setting"):
        settings.save_user_settings(profile, {"colour": "red"})
    with pytest.raises(BadInput, match="content_languages"):
        settings.save_user_settings(profile, {"content_languages": ("fi", "xx")})
    assert not paths.user_settings_file(profile).exists()


def test_tuple_values_round_trip(profile: Path) -> None:
    settings.save_user_settings(profile, {"content_languages": ("sv", "en")})
    assert settings.load_settings(profile).content_languages == ("sv", "en")


def test_save_is_atomic_and_keeps_the_old_file_on_failure(
    profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.save_user_settings(profile, {"author": "Aino"})
    target = paths.user_settings_file(profile)
    before = target.read_text(encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StoreError, match="No space left"):
        settings.save_user_settings(profile, {"author": "Eero"})
    assert target.read_text(encoding="utf-8") == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left


def test_corrupt_user_file_is_set_aside_on_save(profile: Path) -> None:
    target = paths.user_settings_file(profile)
    target.parent.mkdir(parents=True)
    target.write_text("garbage [[[", encoding="utf-8")
    assert "cannot be read" in settings.load_settings(profile).problems[0]
    settings.save_user_settings(profile, {"author": "Aino"})
    assert settings.load_settings(profile).author == "Aino"
    assert target.with_name("settings.ini.bad").read_text(encoding="utf-8") == "garbage [[["


def test_window_state_lives_beside_the_settings(profile: Path) -> None:
    settings.save_user_settings(profile, {"author": "Aino"})
    settings.save_window_state(profile, {"geometry": "AdnQywADAAA=", "splitter": "AAAA/w=="})
    assert settings.load_window_state(profile) == {
        "geometry": "AdnQywADAAA=",
        "splitter": "AAAA/w==",
    }
    assert settings.load_settings(profile).author == "Aino"
    settings.save_user_settings(profile, {"author": "Eero"})
    assert settings.load_window_state(profile)["geometry"] == "AdnQywADAAA="


def test_content_location_order(profile: Path, tmp_path: Path) -> None:
    plain = settings.load_settings(profile)
    assert settings.content_location(profile, plain) == paths.content_db(profile)
    chosen = settings.save_user_settings(profile, {"content": str(tmp_path / "c.db")})
    assert settings.content_location(profile, chosen) == tmp_path / "c.db"
    assert settings.content_location(profile, chosen, tmp_path / "x.db") == tmp_path / "x.db"


def test_language_list_matches_the_models() -> None:
    from briefing.core.models import LANGS

    # settings keeps its own copy so start-up need not load the models
    assert settings.LANGS == LANGS


@pytest.mark.parametrize(
    ("lc_all", "lang", "expected"),
    [
        ("fi_FI.UTF-8", "", "fi"),
        ("", "sv_FI.UTF-8", "sv"),
        ("C.UTF-8", "sv_SE.UTF-8", "sv"),
        ("Swedish_Finland.1252", "", "sv"),  # Windows spells it out
        ("Finnish_Finland.1252", "", "fi"),
        ("de_DE.UTF-8", "fi_FI.UTF-8", "en"),  # the first real choice wins: not ours
        ("C", "", "en"),
    ],
)
def test_system_language(
    monkeypatch: pytest.MonkeyPatch, lc_all: str, lang: str, expected: str
) -> None:
    monkeypatch.setenv("LC_ALL", lc_all)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setattr(settings.locale, "getlocale", lambda: (None, None))
    assert settings.system_language() == expected
