"""Benchmark: pack, verify and install a signed bundle of a generated library.

Floors measured in the same run on the same database:

- ``copy+hash``: copy the database and SHA-256 it (what any verified install must do);
- ``zip``: deflate the database into a zip (what any compressed bundle must do);
- ``unzip+hash``: inflate that zip's database to a file, hashing it on the way.

Ours: ``pack`` (hash + zip + sign), ``verify`` (signature, inflate + hash to a temp file,
open as a library), ``install`` (the same plus the swap and ``content.db.previous``),
and ``--content BUNDLE`` the first time (extract to the cache) and after (signature only).
Usage::

    .venv/bin/python tests/bench/bench_bundle.py [--sections 4000]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _library_gen import acts

from briefing.library import bundle, signing
from briefing.library.build import count_version, create_schema, write_items, write_meta


def build(path: Path, sections: int, stamp: str) -> None:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = OFF")
    create_schema(db)
    items = acts(sections)
    while batch := list(islice(items, 20)):
        write_items(db, batch, replace=False)
    write_meta(db, count_version(db, stamp, datetime.now(UTC).replace(microsecond=0)))
    db.conn.commit()
    db.execute("VACUUM")
    db.close()


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def copy_and_hash(src: Path, dest: Path) -> None:
    digest = hashlib.sha256()
    with src.open("rb") as inp, dest.open("wb") as out:
        while chunk := inp.read(bundle.CHUNK):
            digest.update(chunk)
            out.write(chunk)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sections", type=int, default=4_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        base = Path(tmp)
        db = base / "content.db"
        build(db, args.sections, "bench-1")
        size_mb = db.stat().st_size / 1e6
        key, pub, _id = signing.generate_keypair(base / "keys")
        trusted = signing.trusted_keys([pub])
        out = base / "bench.briefing-content"
        profile = base / "profile"

        floor_copy = timed(lambda: copy_and_hash(db, base / "copy.db"))

        def zip_only() -> None:
            with zipfile.ZipFile(base / "plain.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(db, "content.db")

        floor_zip = timed(zip_only)

        def unzip_and_hash() -> None:
            digest = hashlib.sha256()
            with (
                zipfile.ZipFile(base / "plain.zip") as archive,
                archive.open("content.db") as inp,
                (base / "unzipped.db").open("wb") as out,
            ):
                while chunk := inp.read(bundle.CHUNK):
                    digest.update(chunk)
                    out.write(chunk)

        floor_unzip = timed(unzip_and_hash)
        rows = [
            ("pack", timed(lambda: bundle.pack(db, out, key)), floor_zip + floor_copy),
            ("verify", timed(lambda: bundle.verify(out, trusted)), floor_unzip),
            ("install", timed(lambda: bundle.install(out, profile, trusted)), floor_unzip),
            (
                "--content, first",
                timed(lambda: bundle.usable_content(profile, out, trusted)),
                floor_unzip,
            ),
            (
                "--content, cached",
                timed(lambda: bundle.usable_content(profile, out, trusted)),
                floor_copy,
            ),
        ]
        bundle_mb = out.stat().st_size / 1e6
    print(f"library {args.sections:,} sections: content.db {size_mb:.1f} MB,", end=" ")
    print(f"bundle {bundle_mb:.1f} MB")
    print(f"floors: copy+hash {floor_copy:.3f} s, zip {floor_zip:.3f} s,", end=" ")
    print(f"unzip+hash {floor_unzip:.3f} s")
    print(f"{'step':<20}{'seconds':>10}{'floor':>10}{'ratio':>8}")
    for name, seconds, floor in rows:
        print(f"{name:<20}{seconds:>10.3f}{floor:>10.3f}{seconds / floor:>8.2f}")


if __name__ == "__main__":
    main()
