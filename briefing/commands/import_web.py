"""``briefing import page|feed``: saved portal pages and news feeds into the library.

Without ``-o`` the items go into the user's library (the profile's ``official.db``,
beside the official Finlex texts); with ``-o SRC_DIR`` they are written as content
sources ``SRC_DIR/<kind>/<id>.<lang>.md`` for ``briefing content build``. Either way
an item already there is replaced only when the import is newer. ``--json`` prints
``{"imported": [{"id", "kind", "lang", "title", "source", "file", "action",
"published", "updated", "notes", "imported_at"}], "kept": [{"id", "lang", "file",
"reason"}], "refused": [{"file", "reason"}], "files": n}``. A refused file or entry
makes the exit status 2 with one line naming every refusal; the rest still comes in.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from briefing import paths
from briefing.commands.output import print_json
from briefing.core.errors import BadInput
from briefing.core.models import LANGS
from briefing.library import saved_texts
from briefing.library.importers.feed import read_feeds
from briefing.library.importers.page import PAGE_KINDS, PageOptions, read_pages
from briefing.library.importers.report import Refused
from briefing.library.importers.saved import ReadResult, WebImportSummary
from briefing.library.importers.web_sources import write_sources


def register(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``page`` and ``feed`` to ``briefing import``."""
    page = what.add_parser("page", help="portal pages saved from a browser (HTML)")
    page.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER")
    page.add_argument(
        "--kind", choices=PAGE_KINDS, default="service", help="the kind of item (default: service)"
    )
    page.add_argument("--lang", choices=LANGS, help="the language (default: <html lang>)")
    page.add_argument(
        "--source", metavar="URL", help="the page's address when the saved file names none"
    )
    page.add_argument("--id", dest="item_id", metavar="ID", help="the item id (default: from URL)")
    _common(page)
    page.set_defaults(func=run_page)
    feed = what.add_parser("feed", help="news feeds (RSS 2.0, Atom 1.0)")
    feed.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER")
    feed.add_argument("--lang", choices=LANGS, help="the language (default: the feed's own)")
    _common(feed)
    feed.set_defaults(func=run_feed)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", dest="out", type=Path, metavar="SRC_DIR",
        help="write content sources (SRC_DIR/<kind>/<id>.<lang>.md) instead of the profile",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def run_page(args: argparse.Namespace) -> int:
    options = PageOptions(kind=args.kind, lang=args.lang, source=args.source, id=args.item_id)
    if args.source is not None and not args.source.startswith(("http://", "https://")):
        raise BadInput(f"--source {args.source}: not an http or https address")
    return _finish(args, read_pages(args.paths, options))


def run_feed(args: argparse.Namespace) -> int:
    return _finish(args, read_feeds(args.paths, args.lang))


def _finish(args: argparse.Namespace, read: ReadResult) -> int:
    if args.out is not None:
        summary = write_sources(read, args.out)
        where = str(args.out)
    else:
        profile = paths.profile_dir(args.profile)
        summary = saved_texts.import_items(profile, read)
        where = str(paths.official_db(profile))
    if args.json:
        print_json(summary)
    else:
        _print_summary(summary, where)
    raise_refused(summary.refused)
    return 0


def _print_summary(summary: WebImportSummary, where: str) -> None:
    for item in summary.imported:
        when = f" {item.published.isoformat()}" if item.published else ""
        notes = f" [{'; '.join(item.notes)}]" if item.notes else ""
        verb = "replaced" if item.action == "replaced" else "imported"
        print(f"{verb} {item.id} ({item.lang}){when} {item.title} <{item.source}>{notes}")
    for kept in summary.kept:
        print(f"kept {kept.id} ({kept.lang}) from {kept.file}: {kept.reason}")
    print(f"{len(summary.imported)} items from {summary.files} files into {where}")


def raise_refused(refused: Sequence[Refused], what: str = "refused") -> None:
    """One ``BadInput`` line naming every refusal (the exit status 2), if any."""
    if not refused:
        return
    if len(refused) == 1:
        raise BadInput(f"{refused[0].file}: {refused[0].reason}")
    listed = "; ".join(f"{r.file}: {r.reason}" for r in refused)
    raise BadInput(f"{len(refused)} {what}: {listed}")


def print_saved(saved: Sequence[saved_texts.SavedText]) -> None:
    """``import list``'s lines for pages and news items."""
    for text in saved:
        when = text.imported_at.date().isoformat() if text.imported_at else ""
        published = text.published.isoformat() if text.published else ""
        print(
            f"{text.id}\t{text.lang}\t{text.kind}\t{text.origin}\t{published}\t{when}\t{text.title}"
        )


def remove_saved(profile: Path, item_id: str, *, as_json: bool) -> int:
    """``import remove`` of a page or news item."""
    removed = saved_texts.remove_saved(profile, item_id)
    if as_json:
        print_json(removed)
    else:
        for text in removed:
            print(f"removed {text.id} ({text.lang}) {text.kind} {text.title}")
    return 0
