"""``briefing annotate``, ``annotations``, ``briefings ...``, ``backup`` and ``restore``.

The JSON printed here is a contract: fields are only ever added, never renamed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TypeAlias

from briefing import paths
from briefing.commands import entry_text
from briefing.commands.library import open_store as open_library
from briefing.commands.output import print_json
from briefing.core.errors import BadInput, BriefingError, NotFound
from briefing.core.models import Annotation, Briefing, Entry, Meeting, is_act_id
from briefing.notes import backup
from briefing.notes.exchange import export_briefing, export_web_annotations, import_briefing
from briefing.notes.fileformat import annotation_to_json, briefing_to_json, entry_to_json
from briefing.notes.reanchor import (
    ensure_anchored,
    library_texts,
    official_version,
    reanchor_all,
)
from briefing.notes.store import NotesStore, default_author, open_store
from briefing.notes.targets import Target, annotate, resolve
from briefing.settings import load_settings

_Sub: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: _Sub) -> None:
    ann = sub.add_parser("annotate", help="write a note on an item or section")
    ann.add_argument("item_id", metavar="ITEM_ID", help="an item or section id")
    ann.add_argument("--quote", metavar="TEXT", help="the passage the note is on")
    ann.add_argument("--note", metavar="TEXT", required=True)
    ann.add_argument("--private", action="store_true", help="never shared in briefing files")
    ann.add_argument("--lang", metavar="L", help="the language of the text the note is on")
    ann.add_argument("--official", action="store_true",
                     help="on the imported official text (default: our summary)")  # fmt: skip
    ann.add_argument("--tag", metavar="TAG", default="")
    ann.add_argument("--color", metavar="COLOUR", default="")
    ann.add_argument("--json", action="store_true", help="print the created note as JSON")
    ann.set_defaults(func=_annotate)

    lst = sub.add_parser("annotations", help="list, search or export notes")
    lst.add_argument("--item", metavar="ID", help="only the notes on this item or section")
    lst.add_argument("--search", metavar="WORDS", help="only notes holding these words")
    lst.add_argument("--trash", action="store_true", help="the notes in the trash")
    lst.add_argument("--json", action="store_true", help="print a JSON list")
    lst.add_argument("--export", metavar="FILE", help="write W3C Web Annotation JSON")
    lst.add_argument("--include-private", action="store_true", help="export private notes too")
    lst.set_defaults(func=_annotations)

    bk = sub.add_parser("backup", help="back up user.db (into the profile's backups)")
    bk.add_argument("-o", "--output", metavar="FILE", help="write the backup here instead")
    bk.set_defaults(func=_backup)
    rs = sub.add_parser("restore", help="replace user.db by a backup (the current one is kept)")
    rs.add_argument("file", metavar="FILE")
    rs.set_defaults(func=_restore)

    _register_briefings(sub)


def _register_briefings(sub: _Sub) -> None:
    group = sub.add_parser("briefings", help="briefing packs: create, fill, list, exchange")
    bsub = group.add_subparsers(dest="briefings_command", metavar="ACTION", required=True)
    new = bsub.add_parser("new", help="start a briefing")
    new.add_argument("title", metavar="TITLE")
    new.add_argument("--meeting", metavar="TEXT", help="the meeting body, e.g. a board")
    new.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the meeting")
    new.add_argument("--place", metavar="TEXT")
    new.add_argument("--memo", metavar="TEXT", default="", help="the cover memo")
    new.add_argument("--lang", metavar="L", default="fi", help="the meeting's language")
    new.add_argument("--json", action="store_true", help="print the created briefing")
    new.set_defaults(func=_brf_new)

    add = bsub.add_parser("add", help="add an item or section to a briefing")
    add.add_argument("briefing_id", metavar="BRIEFING_ID")
    add.add_argument("item_id", metavar="ITEM_ID")
    add.add_argument("--memo", metavar="TEXT", default="")
    add.add_argument("--excerpt", metavar="TEXT", default="")
    add.add_argument("--annotation", metavar="ID", action="append", default=[],
                     help="a note to print with the entry (repeatable)")  # fmt: skip
    add.add_argument("--position", metavar="N", type=int, help="0-based; default: at the end")
    add.add_argument("--official", action="store_true",
                     help="print the imported official text (default: our summary)")  # fmt: skip
    add.add_argument("--json", action="store_true", help="print the entry")
    add.set_defaults(func=_brf_add)
    entry_text.register(bsub)

    for name, helptext in (("list", "the briefings"), ("show", "one briefing with entries")):
        cmd = bsub.add_parser(name, help=helptext)
        cmd.add_argument("briefing_id", metavar="ID", nargs="?" if name == "list" else None)
        cmd.add_argument("--trash", action="store_true", help="deleted briefings")
        cmd.add_argument("--json", action="store_true", help="print JSON")
        cmd.set_defaults(func=_brf_show)

    exp = bsub.add_parser("export-file", help="write a .briefing file to hand to someone")
    exp.add_argument("briefing_id", metavar="ID")
    exp.add_argument("-o", "--output", metavar="FILE", required=True)
    exp.add_argument("--include-private", action="store_true", help="also private notes")
    exp.set_defaults(func=_brf_export)
    imp = bsub.add_parser("import-file", help="merge a .briefing file into yours")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print what was merged")
    imp.set_defaults(func=_brf_import)

    for name, helptext in (
        ("delete", "move a briefing to the trash"),
        ("undelete", "take a briefing out of the trash"),
        ("duplicate", "copy a briefing as a new draft"),
    ):
        cmd = bsub.add_parser(name, help=helptext)
        cmd.add_argument("briefing_id", metavar="ID")
        cmd.set_defaults(func=_brf_change, change=name)


def profile_of(args: argparse.Namespace) -> Path:
    return paths.profile_dir(args.profile)


def open_notes(args: argparse.Namespace) -> NotesStore:
    """The profile's notes store; the author is the settings' or the OS user name."""
    profile = profile_of(args)
    author = load_settings(profile).author or default_author()
    return open_store(profile, author=author)


def annotation_json(ann: Annotation) -> dict[str, Any]:
    return {**annotation_to_json(ann), "deleted": ann.deleted.isoformat() if ann.deleted else None}


def briefing_json(brf: Briefing) -> dict[str, Any]:
    return {**briefing_to_json(brf), "deleted": brf.deleted.isoformat() if brf.deleted else None}


def resolve_target(args: argparse.Namespace, target_id: str, official: bool = False) -> Target:
    """An item or section in the library the global options point at (its official text)."""
    library = open_library(args)
    try:
        if official:
            _has_official_text(library, target_id)
        return resolve(library, target_id, getattr(args, "lang", None), True if official else None)
    finally:
        library.close()


def _annotate(args: argparse.Namespace) -> int:
    library = open_library(args)
    try:
        with open_notes(args) as store:
            if args.official:
                _has_official_text(library, args.item_id)
            ann = annotate(
                store,
                library,
                args.item_id,
                args.note,
                quote=args.quote,
                lang=args.lang,
                private=args.private,
                color=args.color,
                tag=args.tag,
                official=True if args.official else None,
            )
    finally:
        library.close()
    if args.json:
        print_json(annotation_json(ann))
    else:
        print(ann.id)
    return 0


def _has_official_text(library: Any, target_id: str) -> None:
    try:
        resolve(library, target_id, official=True)
    except NotFound:
        raise NotFound(
            f"{target_id}: no imported official text has this id"
            " (`briefing import finlex FILE` imports one)"
        ) from None


def sync_anchors(args: argparse.Namespace, store: NotesStore, ids: set[str] | None = None) -> None:
    """Re-anchor notes if the library changed since (or only ``ids``, just imported)."""
    try:
        library = open_library(args)
    except BriefingError:
        return  # no library here: the notes are still there to list, as they were
    try:
        if ids is None:
            official = official_version(paths.official_db(profile_of(args)))
            ensure_anchored(store, library, official=official)
        elif ids:
            reanchor_all(store, library_texts(library), ids=ids)
    finally:
        library.close()


def official_sources(args: argparse.Namespace, notes: list[Annotation]) -> dict[str, str]:
    """Item id -> the address (ELI) of its imported official text, for notes made on it."""
    wanted = {a.item_id for a in notes if a.official}
    if not wanted:
        return {}
    found: dict[str, str] = {}
    library = open_library(args)
    try:
        for item_id in sorted(wanted):
            try:
                found[item_id] = library.get(item_id, official=True).source
            except NotFound:
                continue  # the import was removed: the note still names the text
    finally:
        library.close()
    return found


def _annotations(args: argparse.Namespace) -> int:
    with open_notes(args) as store:
        sync_anchors(args, store)
        if args.search:
            notes = store.search_annotations(args.search)
        else:
            notes = store.annotations(trash=args.trash)
    if args.item:
        notes = [a for a in notes if args.item in (a.item_id, a.section_id)]
    if args.export:
        # A file leaves the profile: private notes only when asked, as for briefing files.
        shared = [a for a in notes if args.include_private or not a.private]
        export_web_annotations(shared, Path(args.export), official_sources(args, shared))
    if args.json:
        print_json([annotation_json(a) for a in notes])
        return 0
    if args.export:
        print(f"wrote {len(shared)} annotations to {args.export}")
        return 0
    if not notes:
        print("no annotations", file=sys.stderr)
    for a in notes:
        where = a.section_id or a.item_id
        status = f"{a.status}: {a.status_reason}" if a.status_reason else a.status
        flags = ", ".join(
            f for f in ("private" if a.private else "", status) if f not in ("", "ok")
        )
        quote = f' "{a.selector.exact}"' if a.selector else ""
        print(f"{a.id} {where}{quote}{' [' + flags + ']' if flags else ''}")
        print(f"    {a.note}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    profile = profile_of(args)
    if not paths.user_db(profile).is_file():
        raise NotFound(f"nothing to back up: no {paths.user_db(profile)} yet")
    with open_notes(args):  # checks (and upgrades) the database before copying it
        pass
    out = Path(args.output) if args.output else None
    made = backup.take_backup(
        paths.user_db(profile), paths.backups_dir(profile), "manual", dest=out
    )
    print(made)
    return 0


def _restore(args: argparse.Namespace) -> int:
    profile = profile_of(args)
    result = backup.restore(Path(args.file), paths.user_db(profile), paths.backups_dir(profile))
    with open_notes(args) as store:  # brings an older schema up to date
        count = len(store.annotations())
        briefings = len(store.briefings())
    print(f"restored {args.file}: {count} annotations, {briefings} briefings")
    if result.previous_backup:
        print(f"the database it replaced is kept as {result.previous_backup}")
    if result.set_aside:
        print(f"the damaged database is kept as {result.set_aside}")
    return 0


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise BadInput(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def meeting_of(args: argparse.Namespace) -> Meeting:
    return Meeting(args.meeting or "", parse_day(args.date), args.place or "")


def _brf_new(args: argparse.Namespace) -> int:
    with open_notes(args) as store:
        brf = store.new_briefing(
            args.title, meeting=meeting_of(args), memo=args.memo, lang=args.lang
        )
    if args.json:
        print_json(briefing_json(brf))
    else:
        print(brf.id)
    return 0


def _brf_add(args: argparse.Namespace) -> int:
    target = resolve_target(args, args.item_id, args.official)
    with open_notes(args) as store:
        entry = store.add_entry(
            args.briefing_id,
            target.item_id,
            section_id=target.section_id,
            excerpt=args.excerpt,
            memo=args.memo,
            annotation_ids=args.annotation,
            position=args.position,
            official=target.official,
        )
    if args.json:
        print_json(briefing_to_json_entry(entry))
    else:
        print(entry.id)
    return 0


def briefing_to_json_entry(entry: Entry) -> dict[str, Any]:
    return {"id": entry.id, "briefing_id": entry.briefing_id, "position": entry.position,
            **entry_to_json(entry)}  # fmt: skip


def _brf_show(args: argparse.Namespace) -> int:
    with open_notes(args) as store:
        if args.briefing_id:
            found = [store.briefing(args.briefing_id)]
        else:
            found = store.briefings(trash=args.trash)
    if args.json:
        data = [briefing_json(b) for b in found]
        print_json(data[0] if args.briefings_command == "show" else data)
        return 0
    if not found:
        print("no briefings", file=sys.stderr)
    for brf in found:
        day = brf.meeting.date.isoformat() if brf.meeting.date else ""
        meeting = " ".join(x for x in (brf.meeting.body, day) if x)
        print(f"{brf.id} [{brf.status}] {brf.title}{'  — ' + meeting if meeting else ''}")
        if args.briefings_command == "show":
            for entry in brf.entries:
                notes = f" (+{len(entry.annotation_ids)} notes)" if entry.annotation_ids else ""
                if entry.official:
                    # Acts have "act-" ids; an imported page or news item is its source's text.
                    act = is_act_id(entry.item_id)
                    notes += " [official text]" if act else " [text of the source]"
                print(f"  {entry.position + 1}. {entry.section_id or entry.item_id}{notes}")
                if entry.memo:
                    print(f"     {entry.memo}")
    return 0


def _brf_export(args: argparse.Namespace) -> int:
    with open_notes(args) as store:
        brf, notes = export_briefing(
            store, args.briefing_id, Path(args.output), include_private=args.include_private
        )
    print(f"wrote {args.output}: {len(brf.entries)} entries, {len(notes)} annotations")
    return 0


def _brf_import(args: argparse.Namespace) -> int:
    with open_notes(args) as store:
        report = import_briefing(store, Path(args.file))
        sync_anchors(args, store, set(report.added + report.copied))
    if args.json:
        print_json(
            {
                "briefing_id": report.briefing_id,
                "briefing": report.briefing,
                "added": list(report.added),
                "unchanged": list(report.unchanged),
                "copied": list(report.copied),
            }
        )
        return 0
    print(
        f"{report.briefing_id}: briefing {report.briefing}; annotations: {len(report.added)} "
        f"added, {len(report.unchanged)} already here, {len(report.copied)} kept as copies"
    )
    return 0


def _brf_change(args: argparse.Namespace) -> int:
    with open_notes(args) as store:
        if args.change == "delete":
            brf = store.delete_briefing(args.briefing_id)
        elif args.change == "undelete":
            brf = store.restore_briefing(args.briefing_id)
        else:
            brf = store.duplicate_briefing(args.briefing_id)
    print(brf.id)
    return 0
