"""Where things live: resources, the user's profile, installed content, IT policy.

One rule for the CLI and the window alike. Works from a source checkout and from a
frozen (PyInstaller) build, where resources sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "briefing"
DESKTOP_ID = "fi.briefing.Briefing"  # the launcher: resources/packaging/<DESKTOP_ID>.desktop
PROFILE_ENV = "BRIEFING_PROFILE"
POLICY_ENV = "BRIEFING_POLICY"  # lets tests and IT point at another policy file


def source_root() -> Path:
    """The folder holding ``resources/`` and ``data/``: the checkout or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return source_root() / "resources"


def resource(*parts: str) -> Path:
    """A shipped file, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The content sources (``data/<kind>/<slug>.<lang>.md``) in a checkout."""
    return source_root() / "data"


def bundled_content() -> Path:
    """The content database built from ``data/`` and shipped with the program."""
    return source_root() / "build" / "content.db"


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var, "")
    return Path(value) if value else Path.home() / fallback


def profile_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: ``--profile``, then ``$BRIEFING_PROFILE``, then the OS default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(PROFILE_ENV, "")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "Briefing"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Briefing"
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


def user_db(profile: Path) -> Path:
    return profile / "user.db"


def official_db(profile: Path) -> Path:
    """Official texts the user imported (Finlex); they survive content updates."""
    return profile / "official.db"


def backups_dir(profile: Path) -> Path:
    return profile / "backups"


def user_settings_file(profile: Path) -> Path:
    return profile / "settings.ini"


def installed_content(profile: Path) -> Path:
    """Content installed from a bundle; preferred over the bundled database when present."""
    return profile / "content" / "content.db"


def policy_file() -> Path:
    """The system-wide settings IT places; users cannot change what it fixes."""
    env = os.environ.get(POLICY_ENV, "")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", "C:/ProgramData"))
        return base / "Briefing" / "policy.ini"
    return Path("/etc/briefing/policy.ini")


def content_db(profile: Path, override: str | os.PathLike[str] | None = None) -> Path:
    """The content database to open: ``--content``, then installed, then bundled."""
    if override:
        return Path(override).expanduser()
    installed = installed_content(profile)
    if installed.exists():
        return installed
    return bundled_content()
