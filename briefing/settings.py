"""Typed settings in three layers: defaults < the IT policy file < the user's own file.

No Qt: the CLI (``doctor``) reads the same settings as the window. Keys the policy
file sets are locked; the user file can never override them. Both files are INI with
one ``[briefing]`` section; the user file also keeps the window's layout under
``[window]`` (base64 strings the window produces), so nothing lands in a registry.
"""

from __future__ import annotations

import configparser
import contextlib
import io
import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from briefing import atomic, paths
from briefing.core.errors import BadInput, StoreError

# core.models.LANGS (a test keeps them equal), here so that reading the settings at
# start-up does not load every model class.
LANGS = ("fi", "sv", "en")
SECTION = "briefing"
WINDOW_SECTION = "window"
DEFAULT_SOURCE = "default"


@dataclass(frozen=True)
class Settings:
    """What a person (or IT) can set; ``sources`` says which file gave each value."""

    interface_language: str = ""  # fi | sv | en; "" follows the system's language
    content_languages: tuple[str, ...] = ()  # fallback order; () = interface language first
    organisation: str = ""
    logo: str = ""  # path to an image shown on exported covers
    author: str = ""
    export_language: str = "fi"
    content: str = ""  # a content database to open instead of the installed one
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    locked: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()  # bad files or values, already skipped

    def ui_language(self) -> str:
        """The interface language to use: the chosen one, else the system's, else English."""
        return self.interface_language or system_language()

    def content_order(self) -> tuple[str, ...]:
        """Languages to try for content, best first, every language exactly once."""
        first = self.content_languages or (self.ui_language(),)
        order = [lang for lang in first if lang in LANGS]
        order += [lang for lang in ("fi", "sv", "en") if lang not in order]
        return tuple(order)


KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(Settings) if f.name not in ("sources", "locked", "problems")
)


def system_language() -> str:
    """fi or sv when the system speaks it, else en."""
    candidates = [os.environ.get(var, "") for var in ("LC_ALL", "LC_MESSAGES", "LANG")]
    with contextlib.suppress(ValueError):  # a malformed locale name in the environment
        candidates.append(locale.getlocale()[0] or "")
    for name in candidates:
        code = _WINDOWS_NAMES.get(name.split("_")[0].lower(), name[:2].lower())
        if code in LANGS:
            return code
        if name and name not in ("C", "POSIX") and not name.startswith("C."):
            return "en"
    return "en"


# Windows gives locale names in English words ("Swedish_Finland"), not codes.
_WINDOWS_NAMES = {"finnish": "fi", "swedish": "sv", "english": "en"}


def _parse_value(key: str, raw: str) -> str | tuple[str, ...]:
    """A typed value from INI text; raises ValueError with a message for people."""
    value = raw.strip()
    if key in ("interface_language", "export_language"):
        if value not in LANGS and not (key == "interface_language" and value == ""):
            raise ValueError(f"{key} must be one of {', '.join(LANGS)}, not {value!r}")
        return value
    if key == "content_languages":
        langs = tuple(part.strip() for part in value.split(",") if part.strip())
        bad = [lang for lang in langs if lang not in LANGS]
        if bad:
            raise ValueError(f"content_languages: unknown language {bad[0]!r}")
        return langs
    return value


def _format_value(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(part) for part in value)
    return str(value)


def _read_ini(path: Path) -> tuple[configparser.ConfigParser | None, str]:
    """The parsed file, or None and a one-line problem; a missing file is no problem."""
    parser = configparser.ConfigParser(interpolation=None)
    if not path.exists():
        return parser, ""
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (configparser.Error, UnicodeDecodeError, OSError) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return None, f"{path}: ignored, cannot be read: {first_line}"
    return parser, ""


def _layer(path: Path) -> tuple[dict[str, str | tuple[str, ...]], list[str]]:
    """The valid ``[briefing]`` values of one file and the problems found in it."""
    parser, problem = _read_ini(path)
    if parser is None:
        return {}, [problem]
    values: dict[str, str | tuple[str, ...]] = {}
    problems: list[str] = []
    if not parser.has_section(SECTION):
        return values, problems
    for key, raw in parser.items(SECTION):
        if key not in KEYS:
            problems.append(f"{path}: unknown setting {key!r} ignored")
            continue
        try:
            values[key] = _parse_value(key, raw)
        except ValueError as exc:
            problems.append(f"{path}: {exc}; ignored")
    return values, problems


def load_settings(profile: Path) -> Settings:
    """Defaults, then the IT policy file (its keys locked), then the user's own file."""
    policy_path = paths.policy_file()
    user_path = paths.user_settings_file(profile)
    policy, policy_problems = _layer(policy_path)
    user, user_problems = _layer(user_path)
    sources = {key: DEFAULT_SOURCE for key in KEYS}
    values: dict[str, str | tuple[str, ...]] = {}
    for key, value in user.items():
        values[key] = value
        sources[key] = str(user_path)
    for key, value in policy.items():
        values[key] = value
        sources[key] = str(policy_path)
    return replace(
        Settings(),
        **values,  # type: ignore[arg-type]
        sources=sources,
        locked=frozenset(policy),
        problems=tuple(policy_problems + user_problems),
    )


def _write_atomic(path: Path, parser: configparser.ConfigParser) -> None:
    """Write the user file all or nothing; a crash leaves the old file."""
    text = io.StringIO()
    parser.write(text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Private, as it always was: it names the person and their organisation.
        atomic.write_text(path, text.getvalue(), mode=0o600)
    except OSError as exc:
        raise StoreError(f"cannot save settings to {path}: {exc.strerror or exc}") from exc


def _user_parser(path: Path) -> configparser.ConfigParser:
    """The user file to update; an unreadable one is set aside, not silently lost."""
    parser, _problem = _read_ini(path)
    if parser is None:
        path.replace(path.with_name(path.name + ".bad"))
        return configparser.ConfigParser(interpolation=None)
    return parser


def save_user_settings(profile: Path, changes: Mapping[str, object]) -> Settings:
    """Store ``changes`` in the user's file and return the settings now in effect.

    Refuses (``BadInput``) an unknown key, a bad value, or a key the IT policy locks.
    """
    current = load_settings(profile)
    cleaned: dict[str, str] = {}
    for key, value in changes.items():
        if key not in KEYS:
            raise BadInput(f"unknown setting {key!r}")
        if key in current.locked:
            raise BadInput(f"{key} is fixed by the system policy file {paths.policy_file()}")
        text = _format_value(value)
        try:
            _parse_value(key, text)
        except ValueError as exc:
            raise BadInput(str(exc)) from exc
        cleaned[key] = text
    path = paths.user_settings_file(profile)
    parser = _user_parser(path)
    if not parser.has_section(SECTION):
        parser.add_section(SECTION)
    for key, text in cleaned.items():
        parser.set(SECTION, key, text)
    _write_atomic(path, parser)
    return load_settings(profile)


def load_window_state(profile: Path) -> dict[str, str]:
    """The window layout the user file keeps (geometry, splitters): opaque strings."""
    parser, _problem = _read_ini(paths.user_settings_file(profile))
    if parser is None or not parser.has_section(WINDOW_SECTION):
        return {}
    return dict(parser.items(WINDOW_SECTION))


def save_window_state(profile: Path, state: Mapping[str, str]) -> None:
    """Replace the window layout in the user file, keeping every other setting."""
    path = paths.user_settings_file(profile)
    parser = _user_parser(path)
    if parser.has_section(WINDOW_SECTION):
        parser.remove_section(WINDOW_SECTION)
    parser.add_section(WINDOW_SECTION)
    for key, value in state.items():
        parser.set(WINDOW_SECTION, key, value)
    _write_atomic(path, parser)


def content_location(
    profile: Path, settings: Settings, override: str | os.PathLike[str] | None = None
) -> Path:
    """The content database to open: ``--content``, the setting, then installed/bundled."""
    if override:
        return Path(override).expanduser()
    if settings.content:
        return Path(settings.content).expanduser()
    return paths.content_db(profile)
