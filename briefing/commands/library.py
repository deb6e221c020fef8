"""``briefing search``, ``briefing show``, ``briefing content build`` and ``content info``.

The JSON printed here is a contract (DESIGN.md, "The command line is a contract"):
field names only ever get added, never renamed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.commands import bundle as content_bundle
from briefing.commands.output import print_json
from briefing.core.errors import BadInput
from briefing.core.models import (
    KINDS,
    LANGS,
    ContentVersion,
    Item,
    SearchHit,
    Section,
    no_progress,
)
from briefing.library.build import build_content
from briefing.library.query import words_of
from briefing.library.store import LibraryStore
from briefing.settings import content_location, load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser("search", help="search the library")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--kind", choices=KINDS)
    search.add_argument("--lang", choices=LANGS)
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.set_defaults(func=_search)

    show = sub.add_parser("show", help="show an item or a section of an act")
    show.add_argument("item_id", metavar="ITEM_ID")
    show.add_argument("--lang", choices=LANGS)
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(func=_show)

    content = sub.add_parser("content", help="build and inspect content databases")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    build = content_sub.add_parser("build", help="build a content database from sources")
    build.add_argument("src_dir", metavar="SRC_DIR", nargs="?", help="default: data/")
    build.add_argument("-o", "--output", metavar="FILE", help="default: build/content.db")
    build.add_argument("--json", action="store_true", help="print the version as JSON")
    build.set_defaults(func=_build)
    info = content_sub.add_parser("info", help="version, build time and counts")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(func=_info)
    content_bundle.register_content_actions(content_sub)  # keygen, pack, verify, install


def open_store(args: argparse.Namespace) -> LibraryStore:
    """The library the global ``--profile``/``--content`` options point at."""
    profile = paths.profile_dir(args.profile)
    content = content_location(profile, load_settings(profile), args.content)
    content = content_bundle.content_for(profile, content)  # a bundle: its verified db
    return LibraryStore(content, paths.official_db(profile))


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "item_id": hit.item_id,
        "kind": hit.kind,
        "lang": hit.lang,
        "title": hit.title,
        "snippet": hit.snippet,
        "score": hit.score,
        "published": hit.published.isoformat() if hit.published else None,
        "act": hit.act or None,
        "section": hit.section or None,
        "section_id": hit.section_id or None,
        "official": hit.official,
    }


def _search(args: argparse.Namespace) -> int:
    if not words_of(args.query):
        raise BadInput("nothing to search for: the query has no words")
    if args.limit < 1:
        raise BadInput("--limit must be at least 1")
    store = open_store(args)
    try:
        hits = store.search(args.query, kind=args.kind, lang=args.lang, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("no results", file=sys.stderr)
    for hit in hits:
        label = " ".join(x for x in (hit.act, hit.section) if x)
        print(f"{hit.id} [{hit.lang}] {label + ' ' if label else ''}{hit.title}")
        if hit.snippet:
            print(f"    {hit.snippet}")
    return 0


def item_json(item: Item) -> dict[str, Any]:
    act = item.act
    return {
        "id": item.id,
        "kind": item.kind,
        "lang": item.lang,
        "title": item.title,
        "summary": item.summary,
        "body": item.body,
        "source": item.source,
        "checked": item.checked.isoformat(),
        "published": item.published.isoformat() if item.published else None,
        "updated": item.updated.isoformat() if item.updated else None,
        "topics": list(item.topics),
        "links": list(item.links),
        "languages": list(item.languages),
        "official": item.official,
        "act": act.number if act else None,
        "common_name": act.common_name if act else None,
        "status": act.status if act else None,
        "in_force": act.in_force.isoformat() if act and act.in_force else None,
        "repealed": act.repealed.isoformat() if act and act.repealed else None,
        "replaces": list(act.replaces) if act else [],
        "replaced_by": act.replaced_by if act else None,
        "sections": [
            {"id": s.id, "number": s.number, "heading": s.heading, "anchor": s.anchor}
            for s in item.sections
        ],
    }


def section_json(section: Section, item: Item) -> dict[str, Any]:
    return {
        "id": section.id,
        "item_id": section.item_id,
        "kind": item.kind,
        "lang": section.lang,
        "title": f"{section.number} {section.heading}",
        "number": section.number,
        "heading": section.heading,
        "anchor": section.anchor,
        "chapter": section.chapter,
        "summary": "",
        "body": section.body,
        "source": item.source,
        "checked": item.checked.isoformat(),
        "act": item.act.number if item.act else None,
        "official": section.official,
        "sections": [],
    }


def _show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if "/s-" in args.item_id:
            section = store.get_section(args.item_id, lang=args.lang)
            item = store.get(section.item_id, lang=section.lang, official=section.official)
            data = section_json(section, item)
        else:
            data = item_json(store.get(args.item_id, lang=args.lang))
    finally:
        store.close()
    if args.json:
        print_json(data)
        return 0
    print(f"{data['title']}  [{data['id']}, {data['lang']}]")
    if data["act"]:
        print(f"Act {data['act']}")
    if data["official"]:
        # An imported text: the day it came in, and what it is (never "our summary").
        what = "official text" if data["act"] else "text of the source"
        print(f"Source: {data['source']} ({what}, imported {data['checked']})")
    else:
        print(f"Source: {data['source']} (our summary, facts checked {data['checked']})")
    for text in (data["summary"], data["body"]):
        if text:
            print(f"\n{text}")
    if data["sections"]:
        print()
        for sec in data["sections"]:
            print(f"  {sec['number']} {sec['heading']}  ({sec['id']})")
    return 0


def version_json(version: ContentVersion) -> dict[str, Any]:
    return {
        "version": version.version,
        "built_at": version.built_at.isoformat(),
        "counts": version.counts,
        "sections": version.sections,
    }


def _build(args: argparse.Namespace) -> int:
    src = Path(args.src_dir) if args.src_dir else paths.data_dir()
    out = Path(args.output) if args.output else paths.bundled_content()
    progress = _progress_line if sys.stderr.isatty() else no_progress
    version = build_content(src, out, progress=progress)
    if args.json:
        print_json({"path": str(out), **version_json(version)})
        return 0
    print(
        f"built {out}: version {version.version}, {version.items} items,"
        f" {version.sections} sections"
    )
    return 0


def _progress_line(done: int, total: int, label: str) -> None:
    # Only on a terminal: a log file or a test gets the one line at the end.
    end = "\n" if label == "done" else ""
    print(f"\r{label} {done}/{total}\033[K", end=end, file=sys.stderr, flush=True)


def _info(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        version = store.version()
        missing = store.missing_languages()
    finally:
        store.close()
    data = {**version_json(version), "missing": missing}
    data["origin"] = content_bundle.origin_of(args)  # the signed bundle it came from, if any
    if args.json:
        print_json(data)
        return 0
    print(f"version {version.version}, built {data['built_at']}, {version.sections} sections")
    for kind, langs in version.counts.items():
        print(f"  {kind}: " + ", ".join(f"{lang} {n}" for lang, n in langs.items()))
    for item_id, absent in missing.items():
        print(f"  {item_id}: missing {', '.join(absent)}")
    if data["origin"]:
        print(f"  {content_bundle.origin_text(data['origin'])}")
    return 0
