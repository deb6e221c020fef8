"""Benchmark: ``briefing content build`` for 5,000 items written as Markdown sources.

Writes 5,000 generated items (fixed seed: 100 acts of 10 sections each, the rest news)
as ``data/<kind>/<id>.fi.md`` files in a temp folder, then times, in the same run:

- ``build``: ``build_content(src, out)`` - parse, check links, stem, index, VACUUM;
- ``parse``: ``load_sources`` alone - the share of reading and checking the sources;
- ``floor``: the same plain texts inserted into a bare FTS5 table in one transaction.

Usage::

    .venv/bin/python tests/bench/bench_build.py [--items 5000]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _library_gen import acts, news

from briefing.core.models import Item
from briefing.library.build import build_content
from briefing.library.sources import load_sources

ACTS = 100
SECTIONS_PER_ACT = 10


def to_markdown(item: Item) -> str:
    lines = [
        "---",
        f"title: {item.title}",
        f"summary: {item.summary}",
        f"source: {item.source}",
        f"checked: {item.checked.isoformat()}",
    ]
    if item.published:
        lines.append(f"published: {item.published.isoformat()}")
    if item.act:
        lines += [f"act: {item.act.number}", f"common_name: {item.act.common_name}"]
        lines.append("status: in-force")
    lines += ["---", "", item.body, ""]
    for section in item.sections:
        lines += [f"## {section.number} {section.heading}", "", section.body, ""]
    return "\n".join(lines)


def write_sources(root: Path, count: int) -> list[str]:
    texts: list[str] = []
    generated = chain(
        acts(ACTS * SECTIONS_PER_ACT, per_act=SECTIONS_PER_ACT, words=250),
        news(count - ACTS, words=250),
    )
    for item in generated:
        folder = root / item.kind
        folder.mkdir(parents=True, exist_ok=True)
        text = to_markdown(item)
        (folder / f"{item.id}.{item.lang}.md").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def floor(path: Path, texts: list[str]) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61')")
    with conn:
        conn.executemany("INSERT INTO t (body) VALUES (?)", ((t,) for t in texts))
    conn.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-build-") as tmp:
        src = Path(tmp) / "data"
        texts = write_sources(src, args.items)
        start = time.perf_counter()
        load_sources(src)
        parse = time.perf_counter() - start
        start = time.perf_counter()
        version = build_content(src, Path(tmp) / "content.db")
        build = time.perf_counter() - start
        size = (Path(tmp) / "content.db").stat().st_size / 1e6
        bare = floor(Path(tmp) / "floor.db", texts)
    items = sum(n for langs in version.counts.values() for n in langs.values())
    print(f"\ncontent build: {items:,} items, {version.sections:,} sections, {size:.0f} MB")
    print(f"{'step':<8} {'seconds':>8} {'x floor':>8}")
    for name, seconds in (("build", build), ("parse", parse), ("floor", bare)):
        print(f"{name:<8} {seconds:>8.2f} {seconds / bare:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
