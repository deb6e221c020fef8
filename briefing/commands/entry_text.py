"""``briefing briefings set-text``: which text an entry prints, chosen after adding it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from briefing.commands.output import print_json

if TYPE_CHECKING:
    from briefing.commands.notes import _Sub


def register(bsub: _Sub) -> None:
    """Add ``set-text`` beside ``briefings add`` (whose ``--official`` it mirrors)."""
    cmd = bsub.add_parser(
        "set-text", help="print an entry's imported text (--official) or our summary"
    )
    cmd.add_argument("briefing_id", metavar="BRIEFING_ID")
    cmd.add_argument("entry_id", metavar="ENTRY_ID")
    which = cmd.add_mutually_exclusive_group(required=True)
    which.add_argument("--official", dest="official", action="store_true",
                       help="the imported text: an act's official text, a page's own")  # fmt: skip
    which.add_argument("--summary", dest="official", action="store_false",
                       help="our summary")  # fmt: skip
    cmd.add_argument("--json", action="store_true", help="print the entry")
    cmd.set_defaults(func=_set_text)


def _set_text(args: argparse.Namespace) -> int:
    from briefing.commands.notes import briefing_to_json_entry, open_notes, resolve_target

    with open_notes(args) as store:
        entry = store.entry(args.entry_id)
        if args.official:  # refused, as by `briefings add --official`, if nothing is imported
            resolve_target(args, entry.section_id or entry.item_id, official=True)
        entry = store.set_entry_official(args.briefing_id, args.entry_id, args.official)
    if args.json:
        print_json(briefing_to_json_entry(entry))
    else:
        print(entry.id)
    return 0
