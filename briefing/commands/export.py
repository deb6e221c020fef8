"""``briefing export BRIEFING_ID -o FILE``: a briefing as a PDF (or accessible HTML)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TypeAlias

from briefing import paths
from briefing.commands.library import open_store as open_library
from briefing.commands.output import print_json
from briefing.core.errors import BadInput
from briefing.core.models import LANGS, no_progress
from briefing.export.html import render_html
from briefing.export.options import ExportOptions
from briefing.export.pdf import render_briefing
from briefing.notes.packing import resolve_pack
from briefing.notes.store import open_store
from briefing.settings import load_settings

_Sub: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: _Sub) -> None:
    cmd = sub.add_parser("export", help="export a briefing as a PDF (or accessible HTML)")
    cmd.add_argument("briefing_id", metavar="BRIEFING_ID")
    cmd.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    cmd.add_argument("--lang", choices=LANGS, help="labels and texts (default: the briefing's)")
    cmd.add_argument("--include-private", action="store_true", help="also private notes")
    cmd.add_argument("--html", action="store_true", help="one self-contained HTML file")
    cmd.add_argument("--full-text", action="store_true", help="whole texts, not excerpts")
    cmd.add_argument("--marking", choices=("draft", "not-public"), default="",
                     help="print 'draft' or 'not a public document' on it")  # fmt: skip
    cmd.add_argument("--organisation", metavar="TEXT", help="instead of the settings' name")
    cmd.add_argument("--logo", metavar="FILE", help="instead of the settings' logo")
    cmd.add_argument("--no-archival", action="store_true", help="skip the PDF/A-2b markings")
    cmd.add_argument("--progress", action="store_true", help="one line per entry on stderr")
    cmd.add_argument("--json", action="store_true", help="print what was written")
    cmd.set_defaults(func=_export)


def _progress(done: int, total: int, label: str) -> None:
    print(f"{done}/{total} {label}", file=sys.stderr, flush=True)


def _export(args: argparse.Namespace) -> int:
    profile = paths.profile_dir(args.profile)
    settings = load_settings(profile)
    output = Path(args.output)
    if output.is_dir():
        raise BadInput(f"{output} is a folder; give a file name")
    logo = settings.logo if args.logo is None else args.logo
    notes = open_store(profile, auto_backup=False)
    try:
        library = open_library(args)
    except BaseException:
        notes.close()
        raise
    try:
        pack = resolve_pack(
            notes,
            library,
            args.briefing_id,
            args.lang,
            include_private=args.include_private,
            full_text=args.full_text,
            organisation=settings.organisation if args.organisation is None else args.organisation,
            logo_path=str(Path(logo).expanduser()) if logo else "",
            marking=args.marking,
        )
    finally:
        library.close()
        notes.close()
    options = ExportOptions(include_private=args.include_private, archival=not args.no_archival)
    progress = _progress if args.progress else no_progress
    pages = 0
    if args.html:
        render_html(pack, output, options, progress)
    else:
        pages = render_briefing(pack, output, options, progress).pages
    if args.json:
        print_json(
            {
                "file": str(output.resolve()),
                "format": "html" if args.html else "pdf",
                "pages": pages or None,
                "entries": len(pack.entries),
                "lang": pack.lang,
                "content_version": pack.content_version,
            }
        )
    return 0
