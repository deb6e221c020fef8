"""Two processes writing to one user.db at the same moment: no lost update, never "locked"."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from briefing import paths
from briefing.notes.store import open_store

WRITES = 120

CHILD = r"""
import sys, time
from pathlib import Path
from briefing.notes.store import open_store

profile, tag, brf_id, go = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
n = int(sys.argv[5])
store = open_store(profile, author=tag)
while not go.exists():
    time.sleep(0.001)
for i in range(n):
    ann = store.add_annotation("act-1", f"{tag} {i}")
    store.add_entry(brf_id, "act-1", memo=f"{tag} {i}", annotation_ids=[ann.id])
    store.update_briefing(brf_id, memo=f"{tag} {i}")
print("done", flush=True)
"""


def test_two_processes_and_a_thread_write_at_once(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    with open_store(profile, author="setup") as store:
        brf = store.new_briefing("shared")
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(paths.source_root())}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(profile), tag, brf.id, str(go), str(WRITES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for tag in ("cli", "window")
    ]
    # ...and this process as a third writer, in a thread, like the window's writer thread.
    errors: list[BaseException] = []

    def third() -> None:
        try:
            with open_store(profile, author="thread") as own:
                while not go.exists():
                    time.sleep(0.001)
                for i in range(WRITES // 2):
                    own.add_annotation("act-2", f"thread {i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    thread = threading.Thread(target=third)
    try:
        thread.start()
        time.sleep(0.3)
    finally:
        go.touch()  # never leave the children waiting
    try:
        results = [child.communicate(timeout=60) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    thread.join(timeout=60)

    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err.decode()
        assert b"locked" not in err and out.strip() == b"done"
    assert errors == []
    with open_store(profile) as store:
        notes = [a.note for a in store.annotations()]
        for tag in ("cli", "window"):
            assert sorted(n for n in notes if n.startswith(tag)) == sorted(
                f"{tag} {i}" for i in range(WRITES)
            )
        assert len([n for n in notes if n.startswith("thread")]) == WRITES // 2
        entries = store.briefing(brf.id).entries
        assert len(entries) == 2 * WRITES
        assert [e.position for e in entries] == list(range(2 * WRITES))
        assert all(len(e.annotation_ids) == 1 for e in entries)


def test_a_write_waits_for_a_lock_held_elsewhere_instead_of_failing(tmp_path: Path) -> None:
    import sqlite3

    profile = tmp_path / "profile"
    with open_store(profile, author="a") as store:
        holder = sqlite3.connect(
            paths.user_db(profile), isolation_level=None, check_same_thread=False
        )
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO meta (key, value) VALUES ('held', 'yes')")
        release = threading.Timer(0.8, lambda: holder.execute("COMMIT"))
        release.start()
        started = time.perf_counter()
        ann = store.add_annotation("act-1", "after the other writer")
        waited = time.perf_counter() - started
        release.join()
        holder.close()
        assert waited >= 0.5
        assert store.annotation(ann.id).note == "after the other writer"
        assert store.get_meta("held") == "yes"
