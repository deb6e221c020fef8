"""What a Linux desktop and IT inventories read: the launcher, the AppStream data, the icon."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from xml.etree import ElementTree

import pytest

from briefing import paths

PACKAGING = paths.resource("packaging")
DESKTOP = PACKAGING / "fi.briefing.Briefing.desktop"
METAINFO = PACKAGING / "fi.briefing.Briefing.metainfo.xml"
ROOT = paths.source_root()


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_the_launcher_passes_the_desktop_file_validator() -> None:
    result = subprocess.run(
        [_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_appstream_data_passes_its_validator() -> None:
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_launcher_starts_the_installed_command_in_every_language() -> None:
    entry = _desktop_entry()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    command = entry["Exec"].split()[0]
    assert command in project["scripts"], "the launcher must run the command pip installs"
    for lang in ("fi", "sv"):
        assert entry[f"Comment[{lang}]"] and entry[f"GenericName[{lang}]"]


def test_launcher_metainfo_and_window_agree_on_the_id_and_the_release() -> None:
    tree = ElementTree.parse(METAINFO).getroot()
    assert tree.findtext("id") == paths.DESKTOP_ID == DESKTOP.stem
    assert tree.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert _desktop_entry()["Icon"] == paths.DESKTOP_ID
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    releases = [r.get("version") for r in tree.iter("release")]
    assert project["version"] in releases, "add a <release> for the version being shipped"


def test_the_icon_is_a_drawing_of_our_own() -> None:
    icon = paths.resource("icons", "briefing.svg")
    svg = ElementTree.parse(icon).getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
