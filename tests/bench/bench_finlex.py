"""Benchmark: importing the Local Government Act 410/2015 (322 KB, 150 sections) from Finlex.

Times, in the same run, the median of ``--runs`` repetitions of:

- ``import``: ``official.import_finlex`` into a fresh profile - read, parse, stem,
  index and commit official.db (what ``briefing import finlex`` does);
- ``parse``: ``finlex.parse_file`` alone - safe XML, structure, versions, Markdown;
- ``floor``: the same bytes through ``defusedxml`` to an element tree and nothing more;

and, for scale, one import of every real file in the folder.

The goal in the issue is "well under a second" for ``import``. Without the shared
real files (``../shared/realdata/finlex``) there is nothing to measure: it says so.

Usage::

    .venv/bin/python tests/bench/bench_finlex.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from defusedxml.ElementTree import fromstring

from briefing.library import official
from briefing.library.importers.finlex import parse_file

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "finlex"
FILE = REAL / "statute-2015-410-fin-local-government.xml"
GOAL = 1.0  # seconds, for the whole import


def _median(runs: int, step: Callable[[int], None]) -> float:
    times = []
    for n in range(runs):
        start = time.perf_counter()
        step(n)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not FILE.is_file():
        print(f"bench_finlex: skipped, {FILE} is not here (shared real test inputs)")
        return 0
    data = FILE.read_bytes()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-finlex-") as tmp:
        imported = _median(
            args.runs, lambda n: official.import_finlex(Path(tmp) / f"profile{n}", [FILE])
        )
        everything = _median(
            args.runs, lambda n: official.import_finlex(Path(tmp) / f"all{n}", [REAL])
        )
    parsed = _median(args.runs, lambda _n: parse_file(FILE))
    floor = _median(args.runs, lambda _n: fromstring(data, forbid_dtd=True))
    doc = parse_file(FILE).documents[0]
    print(
        f"\nfinlex import: {FILE.name}, {len(data) / 1024:.0f} KB, "
        f"{doc.counts.sections} sections, {doc.counts.subsections} subsections, "
        f"median of {args.runs}"
    )
    print(f"{'step':<8} {'ms':>8} {'x floor':>8}")
    for name, seconds in (("import", imported), ("parse", parsed), ("floor", floor)):
        print(f"{name:<8} {seconds * 1000:>8.1f} {seconds / floor:>8.1f}")
    files = list(REAL.glob("*.xml"))
    size = sum(p.stat().st_size for p in files) / 1024
    print(f"all {len(files)} real files ({size:.0f} KB) in one import: {everything * 1000:.0f} ms")
    verdict = "within" if imported < GOAL else "OVER"
    print(f"import {verdict} the {GOAL:.0f} s goal ({imported / GOAL:.0%} of it)")
    return 0 if imported < GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
