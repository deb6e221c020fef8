"""``briefing self-test [--json]``: what an installer runs after installing.

Each check says ok or what is wrong; exit 0 when all pass, 1 otherwise. The window is
checked in a child process on Qt's offscreen platform, so this command itself never
imports Qt and runs on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing import atomic, paths
from briefing.commands.output import print_json
from briefing.core.errors import BriefingError
from briefing.settings import content_location, load_settings

WINDOW_TIMEOUT_S = 60
# Built in a child: the window, then the first page of the library shown in it.
_WINDOW_CHECK = """
import sys
from PySide6.QtWidgets import QApplication
from briefing.app import make_window
app = QApplication(sys.argv[:1])
window = make_window(sys.argv[1], sys.argv[2])
print(window.objectName())
"""


@dataclass(frozen=True)
class Check:
    """One line of the report."""

    name: str
    ok: bool
    detail: str


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("self-test", help="check an installation: library, profile, window")
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")
    parser.add_argument(
        "--no-window", action="store_true", help="skip starting the window (no Qt libraries)"
    )
    parser.set_defaults(func=run)


def _profile_writable(profile: Path) -> str:
    profile.mkdir(parents=True, exist_ok=True)
    probe = atomic.write_bytes(profile / ".self-test", b"ok")  # the way every save writes
    probe.unlink(missing_ok=True)
    return str(profile)


def _library(profile: Path, content: Path) -> str:
    from briefing.commands.bundle import content_for
    from briefing.library.store import LibraryStore

    store = LibraryStore(content_for(profile, content))  # a bundle: verified first
    try:
        version = store.version()
        items = store.browse()
        if not items:
            raise BriefingError("the library holds no items")
        first = store.get(items[0].id)
        word = next((w for w in first.title.split() if len(w) > 3 and w.isalpha()), "")
        hits = store.search(word) if word else []
        if word and not hits:
            raise BriefingError(f"searching {word!r} found nothing")
    finally:
        store.close()
    return f"version {version.version}, {len(items)} items, search for {word!r} works"


def _translations() -> str:
    folder = paths.resource("i18n")
    missing = [lang for lang in ("fi", "sv") if not (folder / f"briefing_{lang}.qm").is_file()]
    if missing:
        raise BriefingError(f"no compiled translation for {', '.join(missing)} in {folder}")
    return "fi, sv (English built in)"


def _settings(profile: Path) -> str:
    settings = load_settings(profile)
    if settings.problems:
        raise BriefingError("; ".join(settings.problems))
    locked = ", ".join(sorted(settings.locked)) or "none"
    return f"readable; fixed by policy: {locked}"


def _window(profile: Path, content: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _WINDOW_CHECK, str(profile), str(content)],
            capture_output=True,
            text=True,
            env=env,
            timeout=WINDOW_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BriefingError(f"the window did not build within {WINDOW_TIMEOUT_S} s") from None
    if done.returncode != 0 or "mainWindow" not in done.stdout:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise BriefingError(f"the window could not be built: {last}")
    return "builds (offscreen)"


def _attempt(name: str, check: Callable[[], str]) -> Check:
    try:
        return Check(name, True, check())
    except BriefingError as exc:
        return Check(name, False, str(exc))
    except OSError as exc:
        return Check(name, False, f"{exc.strerror or exc}: {exc.filename or ''}".strip(": "))


def run_checks(profile_arg: str | None, content_arg: str | None, window: bool) -> list[Check]:
    profile = paths.profile_dir(profile_arg)
    settings = load_settings(profile)
    content = content_location(profile, settings, content_arg)
    checks = [
        _attempt("profile", lambda: _profile_writable(profile)),
        _attempt("settings", lambda: _settings(profile)),
        _attempt("library", lambda: _library(profile, content)),
        _attempt("translations", _translations),
    ]
    if window:
        checks.append(_attempt("window", lambda: _window(profile, content)))
    return checks


def run(args: argparse.Namespace) -> int:
    checks = run_checks(args.profile, args.content, not args.no_window)
    if args.json:
        print_json(checks)
    else:
        for check in checks:
            mark = "ok  " if check.ok else "FAIL"
            sys.stdout.write(f"{mark} {check.name:<13}{check.detail}\n")
    return 0 if all(check.ok for check in checks) else 1
