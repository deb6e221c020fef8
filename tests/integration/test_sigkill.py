"""Killing a writer at random moments loses nothing it acknowledged and never damages user.db.

A child process writes notes (and briefing entries) and prints each id only after
the store call returned, i.e. after the commit. The parent SIGKILLs it at random
moments — during start-up, migration, the daily backup or a write — many times
over, then checks that every acknowledged id is there and the database is sound.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing import paths
from briefing.notes.store import open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 24

CHILD = r"""
import sys
from pathlib import Path
from briefing.notes.store import open_store

profile, tag = Path(sys.argv[1]), sys.argv[2]
store = open_store(profile, author="child")
briefings = store.briefings()
brf = briefings[0] if briefings else store.new_briefing("kill test")
print("ready", flush=True)
i = 0
while True:
    i += 1
    ann = store.add_annotation("act-681-2023", f"{tag} note {i} " + "x" * (i % 50), tag=tag)
    print("ann", ann.id, flush=True)
    if i % 3 == 0:
        entry = store.add_entry(brf.id, "act-681-2023", annotation_ids=[ann.id], position=0)
        print("ent", entry.id, flush=True)
    if i % 5 == 0:
        store.edit_annotation(ann.id, note=f"{tag} edited {i}")
        print("edit", ann.id, f"{tag} edited {i}", flush=True)
"""


def _run_and_kill(profile: Path, tag: str, delay: float) -> list[list[str]]:
    env = {**os.environ, "PYTHONPATH": str(paths.source_root())}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(profile), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    # Only whole lines were acknowledged; a line cut by the kill was not.
    lines = out.decode().split("\n")[:-1]
    return [line.split(" ", 2) for line in lines]


def test_sigkill_loses_no_acknowledged_write(tmp_path: Path) -> None:
    seed = int(time.time())
    rng = random.Random(seed)
    profile = tmp_path / "profile"
    acked: set[str] = set()
    entries: set[str] = set()
    edits: dict[str, str] = {}
    started = time.perf_counter()
    for round_no in range(ROUNDS):
        # Mostly mid-writing, sometimes while the child is still opening the store.
        delay = rng.uniform(0.0, 0.25) if round_no % 4 == 0 else rng.uniform(0.25, 0.7)
        for parts in _run_and_kill(profile, f"r{round_no}", delay):
            if parts[0] == "ann":
                acked.add(parts[1])
            elif parts[0] == "ent":
                entries.add(parts[1])
            elif parts[0] == "edit":
                edits[parts[1]] = parts[2]
    elapsed = time.perf_counter() - started

    assert len(acked) >= ROUNDS, f"seed {seed}: the children hardly wrote ({len(acked)})"
    db = paths.user_db(profile)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    with open_store(profile, auto_backup=False) as store:
        stored = {a.id: a for a in store.annotations()}
        missing = acked - stored.keys()
        assert not missing, f"seed {seed}: lost {sorted(missing)[:5]}"
        for ann_id, note in edits.items():
            assert stored[ann_id].note == note, f"seed {seed}"
        brf = store.briefings()[0]
        got = [e.id for e in brf.entries]
        assert entries <= set(got), f"seed {seed}"
        assert [e.position for e in brf.entries] == list(range(len(got)))
        assert [a.id for a in store.search_annotations("note")] != []
    assert elapsed < 30, f"{ROUNDS} rounds took {elapsed:.1f}s"
