"""The ``briefing`` command: argparse, sub-commands, exit codes.

Exit 0 on success, 2 on bad input or a refused file with one line on stderr, never a
traceback. With no sub-command it starts the window; the window's modules are
imported only then, so the CLI starts without Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.commands import COMMAND_MODULES
from briefing.core.errors import BriefingError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Offline library and briefing packs for integration decision-makers.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument(
        "--profile", metavar="DIR", help="user data folder (default: $BRIEFING_PROFILE or the OS's)"
    )
    parser.add_argument(
        "--content",
        metavar="FILE",
        help="a content database or bundle instead of the installed one",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the desktop app (the default)")
    gui.set_defaults(func=_run_gui)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from briefing.app import run

    status: int = run(args.profile, args.content)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None) or _run_gui
    try:
        result: int = func(args)
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK  # the reader of our output went away (e.g. `| head`)
    return result
