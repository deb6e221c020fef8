"""Benchmark: the notes store on a profile with 10,000 annotations and 50 briefings.

Each figure is set against a floor measured in the same run on the same machine:

- write: ``add_annotation`` (BEGIN IMMEDIATE, synchronous=FULL, FTS triggers) against
  a bare one-row INSERT per transaction with the same pragmas and no index;
- open: ``open_store`` (quick_check, schema check, no backup) against
  ``sqlite3.connect`` plus one SELECT;
- list / search: one item's notes and a full-text search in the notes, against the
  bare SQL of the same query;
- re-anchor: ``reanchor_all`` over 1,000 notes whose texts changed (a third exact,
  a third fuzzy, a third gone), per note;
- backup, export and import of a 100-entry briefing file: absolute times.

Usage::

    .venv/bin/python tests/bench/bench_notes.py [--notes 10000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefing import paths
from briefing.core.anchoring import make_selector, text_hash
from briefing.core.models import Annotation
from briefing.notes import backup
from briefing.notes.annotations import new_id, now
from briefing.notes.exchange import export_briefing, import_briefing
from briefing.notes.reanchor import reanchor_all
from briefing.notes.store import NotesStore, open_store

SEED = 20261129
WORDS = [
    "kunta", "kotoutumisohjelma", "valtuusto", "maahanmuuttaja", "palvelu",
    "hyvinvointialue", "alkuvaihe", "osaaminen", "arviointi", "ohjelma", "laki",
    "suunnitelma", "tuki", "korvaus", "kieli",
]  # fmt: skip


def ms(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def text_of(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) + rng.choice(("", "n", "ssa", "lle")) for _ in range(n))


def populate(store: NotesStore, rng: random.Random, notes: int) -> None:
    with store.write():
        for i in range(notes):
            created = now()
            ann = Annotation(
                id=new_id("ann"), item_id=f"act-{i % 500}", note=text_of(rng, 20),
                section_id=f"act-{i % 500}/s-{i % 7}", author="bench",
                created=created, updated=created,
            )  # fmt: skip
            store.insert_annotation(ann)
        for b in range(50):
            brf = store.new_briefing(f"Briefing {b}")
            for e in range(20):
                store.add_entry(brf.id, f"act-{(b * 20 + e) % 500}", memo=text_of(rng, 8))


def floor_writes(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT, item TEXT, note TEXT)")

    def one() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", (new_id("ann"), "act-1", "note"))
        conn.execute("COMMIT")

    times = ms(one, n)
    conn.close()
    return times


def reanchor_case(folder: Path, rng: random.Random, n: int) -> tuple[float, dict[str, int]]:
    store = open_store(folder / "reanchor", author="bench")
    old: dict[tuple[str, str], str] = {}
    new: dict[tuple[str, str], str] = {}
    for i in range(n):
        key = (f"act-{i}", f"act-{i}/s-1")
        old[key] = text_of(rng, 300)
        quote = old[key][600:680]
        store.add_annotation(key[0], "n", section_id=key[1],
                             selector=make_selector(old[key], quote, near=600),
                             text_hash=text_hash(old[key]))  # fmt: skip
        if i % 3 == 0:
            new[key] = "Lisäys alkuun. " + old[key]
        elif i % 3 == 1:
            new[key] = old[key][:630] + "MUUTOS" + old[key][636:]
    start = time.perf_counter()
    report = reanchor_all(
        store, lambda item, sec, lang, official=False: None if official else new.get((item, sec))
    )
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed * 1000 / n, report.counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(SEED)
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        profile = folder / "profile"
        store = open_store(profile, author="bench")
        populate(store, rng, args.notes)
        writes = ms(lambda: store.add_annotation("act-1", text_of(rng, 20)), 300)
        rows.append(("write one note", statistics.median(writes),
                     statistics.median(floor_writes(folder, 300))))  # fmt: skip
        listed = ms(lambda: store.annotations("act-42"), 50)
        bare = ms(lambda: store.query("SELECT * FROM annotations WHERE item_id = 'act-42'"), 50)
        rows.append(("list one item's notes", statistics.median(listed), statistics.median(bare)))
        found = ms(lambda: store.search_annotations("kotoutumisohjelma valtuusto"), 30)
        raw = ms(lambda: store.query(
            "SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ? ORDER BY rank "
            "LIMIT 100", ('"kotoutumisohjelma"* "valtuusto"*',)), 30)  # fmt: skip
        rows.append(("search in notes", statistics.median(found), statistics.median(raw)))
        listed_b = ms(lambda: store.briefings(), 10)
        rows.append(("list 50 briefings", statistics.median(listed_b), float("nan")))
        brf = store.briefings()[0]
        out = folder / "x.briefing"
        exp = ms(lambda: export_briefing(store, brf.id, out), 5)
        store.close()

        db = paths.user_db(profile)
        opened = ms(lambda: open_store(profile, auto_backup=False).close(), 10)

        def bare_open() -> None:
            conn = sqlite3.connect(db)
            conn.execute("SELECT count(*) FROM annotations").fetchone()
            conn.close()

        floor_open = statistics.median(ms(bare_open, 10))
        rows.append(("open user.db", statistics.median(opened), floor_open))
        took = ms(lambda: backup.take_backup(db, folder / "backups"), 3)
        rows.append(("backup", statistics.median(took), float("nan")))
        rows.append(("export 20-entry briefing", statistics.median(exp), float("nan")))
        other = open_store(folder / "other", author="b")
        imp = ms(lambda: import_briefing(other, out), 3)
        other.close()
        rows.append(("import it (1st, then no-ops)", statistics.median(imp), float("nan")))
        per_note, counts = reanchor_case(folder, rng, 1000)
        rows.append(("re-anchor, per note", per_note, float("nan")))

    print(f"notes store, {args.notes:,} notes, 50 briefings (median ms)")
    print(f"{'operation':<30} {'ours':>9} {'floor':>9} {'ratio':>7}")
    for name, ours, floor in rows:
        ratio = ours / floor if floor == floor and floor > 0 else float("nan")
        floor_text = f"{floor:9.3f}" if floor == floor else f"{'-':>9}"
        ratio_text = f"{ratio:7.1f}" if ratio == ratio else f"{'-':>7}"
        print(f"{name:<30} {ours:9.3f} {floor_text} {ratio_text}")
    print(f"re-anchor outcome over 1,000 notes: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
