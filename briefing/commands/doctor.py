"""``briefing doctor [--json]``: versions, paths, which settings file won, the content version.

What IT and support ask for first. No Qt import: versions of the Qt wheels come from
the installed packages' metadata, so doctor runs on a machine where the window cannot.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from briefing import __version__, paths
from briefing.commands.output import print_json
from briefing.core.errors import BriefingError
from briefing.settings import KEYS, content_location, load_settings

NOT_BUILT = "not built"
CRASH_LOG = "crash.log"  # written by the window (briefing.ui.crash_handler.LOG_NAME)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("doctor", help="versions, paths, settings sources, content version")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _content_info(profile: Path, path: Path) -> dict[str, Any]:
    """The content version, or why there is none; never raises for a bad database."""
    if not path.exists():
        return {"status": NOT_BUILT, "version": None}
    # Imported here so doctor still answers when the library layer itself is broken.
    from briefing.commands.bundle import content_for
    from briefing.library.store import LibraryStore

    try:
        store = LibraryStore(content_for(profile, path))  # a bundle: verified first
        try:
            version = store.version()
        finally:
            store.close()
    except BriefingError as exc:
        return {"status": f"unreadable: {exc}", "version": None}
    return {
        "status": "ok",
        "version": version.version,
        "built_at": version.built_at.isoformat(),
        "items": version.items,
        "sections": version.sections,
    }


def collect(profile_arg: str | None, content_arg: str | None) -> dict[str, Any]:
    """Everything doctor reports, as plain JSON-ready values."""
    profile = paths.profile_dir(profile_arg)
    settings = load_settings(profile)
    content = content_location(profile, settings, content_arg)
    official = paths.official_db(profile)
    return {
        "version": __version__,
        "python": f"{platform.python_version()} ({sys.executable})",
        "platform": platform.platform(),
        "qt": _package_version("PySide6-Essentials"),
        "shiboken": _package_version("shiboken6"),
        "sqlite": sqlite3.sqlite_version,
        "paths": {
            "profile": str(profile),
            "user_settings": str(paths.user_settings_file(profile)),
            "policy": str(paths.policy_file()),
            "content": str(content),
            "official": str(official) if official.exists() else None,
            "crash_log": str(profile / CRASH_LOG) if (profile / CRASH_LOG).exists() else None,
            "resources": str(paths.resources_dir()),
        },
        "settings": {
            key: {
                "value": getattr(settings, key),
                "source": settings.sources.get(key, "default"),
                "locked": key in settings.locked,
            }
            for key in KEYS
        },
        "effective": {
            "interface_language": settings.ui_language(),
            "content_languages": list(settings.content_order()),
        },
        "problems": list(settings.problems) + _file_problems(settings.logo),
        "content": _content_info(profile, content),
    }


def _file_problems(logo: str) -> list[str]:
    """Settings that name a file which is not there (exports would go without a logo)."""
    if logo and not Path(logo).expanduser().is_file():
        return [f"logo: {logo} does not exist; exports will have no logo"]
    return []


def _format_value(value: object) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value) if value not in ("", None) else "(none)"


def _print_text(report: dict[str, Any]) -> None:
    lines = [
        f"briefing {report['version']}",
        f"python   {report['python']}",
        f"platform {report['platform']}",
        f"PySide6  {report['qt']} (shiboken6 {report['shiboken']})",
        f"sqlite   {report['sqlite']}",
        "",
        "paths:",
    ]
    lines += [f"  {k:<14}{_format_value(v)}" for k, v in report["paths"].items()]
    lines += ["", "settings (value  <- where it came from):"]
    for key, entry in report["settings"].items():
        lock = "  [locked by policy]" if entry["locked"] else ""
        lines.append(f"  {key:<20}{_format_value(entry['value'])}  <- {entry['source']}{lock}")
    effective = report["effective"]
    lines.append(
        f"  in effect: interface {effective['interface_language']}, "
        f"content {_format_value(effective['content_languages'])}"
    )
    if report["problems"]:
        lines += ["", "problems:"] + [f"  {p}" for p in report["problems"]]
    content = report["content"]
    lines.append("")
    if content["status"] == "ok":
        lines.append(
            f"content  {content['version']} built {content['built_at']}, "
            f"{content['items']} items, {content['sections']} sections"
        )
    else:
        lines.append(f"content  {content['status']}")
    sys.stdout.write("\n".join(lines) + "\n")


def run(args: argparse.Namespace) -> int:
    report = collect(args.profile, args.content)
    if args.json:
        print_json(report)
    else:
        _print_text(report)
    return 0
