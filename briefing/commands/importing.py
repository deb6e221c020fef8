"""``briefing import finlex|page|feed|list|remove``: texts into the user's library.

``import finlex FILE|FOLDER...`` reads Finlex open data (Akoma Ntoso XML) into the
profile's ``official.db``; with ``-o SRC_DIR`` it writes content sources for a build
instead. ``import page`` and ``import feed`` (saved portal pages, news feeds) are in
``import_web``. A refused file makes the exit status 2 with one line naming every
refusal; the files that read cleanly still come in. ``list`` and ``remove`` cover
all of them.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from briefing import paths
from briefing.commands import import_web
from briefing.commands.output import print_json
from briefing.core.errors import NotFound
from briefing.library import official, saved_texts
from briefing.library.importers.finlex_sources import write_sources
from briefing.library.importers.report import ImportSummary


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import", help="import official texts, saved pages and news feeds")
    what = parser.add_subparsers(dest="import_command", metavar="SOURCE", required=True)
    fin = what.add_parser("finlex", help="Finlex Akoma Ntoso XML files or folders")
    fin.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER")
    fin.add_argument(
        "-o", dest="out", type=Path, metavar="SRC_DIR",
        help="write content sources (SRC_DIR/legislation/*.md) instead of the profile",
    )  # fmt: skip
    fin.add_argument(
        "--on", type=_day, metavar="YYYY-MM-DD",
        help="show the wording in force on this day (default: today)",
    )  # fmt: skip
    fin.add_argument("--json", action="store_true", help="print the summary as JSON")
    fin.set_defaults(func=run_finlex)
    import_web.register(what)
    listing = what.add_parser("list", help="the imported texts in your library")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(func=run_list)
    remove = what.add_parser("remove", help="remove an imported text (every language)")
    remove.add_argument(
        "act", metavar="ID", help="act-1050-2018, 1050/2018 or the id of a page or news item"
    )
    remove.add_argument("--json", action="store_true", help="print what was removed as JSON")
    remove.set_defaults(func=run_remove)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _print_summary(summary: ImportSummary, where: str) -> None:
    for act in summary.imported:
        extra = f", {act.versions} earlier/later wordings kept" if act.versions else ""
        notes = f" [{', '.join(act.notes)}]" if act.notes else ""
        print(
            f"imported {act.id} ({act.lang}) {act.number} {act.title}: "
            f"{act.sections} sections{extra}{notes}"
        )
    for act in summary.repaired:
        print(
            f"repaired {act.id} ({act.lang}): {act.repairs} texts had been decoded"
            " in the wrong encoding"
        )
    for before, after in summary.examples:
        print(f"  e.g. {before!r} -> {after!r}")
    print(f"{len(summary.imported)} texts from {summary.files} files into {where}")


def _refusals(summary: ImportSummary) -> None:
    import_web.raise_refused(summary.refused, "files refused")


def run_finlex(args: argparse.Namespace) -> int:
    if args.out is not None:
        summary = write_sources(args.paths, args.out, on=args.on)
        where = str(args.out)
    else:
        profile = paths.profile_dir(args.profile)
        summary = official.import_finlex(profile, args.paths, on=args.on)
        where = str(paths.official_db(profile))
    if args.json:
        print_json(summary)
    else:
        _print_summary(summary, where)
    _refusals(summary)
    return 0


def run_list(args: argparse.Namespace) -> int:
    profile = paths.profile_dir(args.profile)
    acts = official.list_imports(profile)
    saved = saved_texts.list_saved(profile)
    if args.json:
        # Acts first, as before; pages and news items after them (they carry "kind").
        print_json([*acts, *saved])
        return 0
    for act in acts:
        kind = "consolidated" if act.consolidated else "original"
        when = act.imported_at.date().isoformat() if act.imported_at else ""
        print(f"{act.id}\t{act.lang}\t{act.number}\t{kind}\t{act.sections} §\t{when}\t{act.title}")
    import_web.print_saved(saved)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    profile = paths.profile_dir(args.profile)
    try:
        removed = official.remove(profile, args.act)
    except NotFound:
        if not any(t.id == args.act for t in saved_texts.list_saved(profile)):
            raise
        return import_web.remove_saved(profile, args.act, as_json=args.json)
    if args.json:
        print_json(removed)
    else:
        for act in removed:
            print(f"removed {act.id} ({act.lang}) {act.number} {act.title}")
    return 0
