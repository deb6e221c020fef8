"""Write the fixture user.db of the newest schema: run once when a schema is released.

Usage: .venv/bin/python tests/data/userdb/make_fixture.py
Writes ``v<N>.db`` (N = number of migrations) if it does not exist yet. Never
regenerate an existing fixture: it stands for databases people already have.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from briefing.notes import migrations

HERE = Path(__file__).resolve().parent

# Plain SQL in the columns every schema so far has; a later schema must keep reading it.
ROWS = [
    """INSERT INTO annotations (id, item_id, section_id, lang, note, exact, prefix, suffix,
        start, "end", text_hash, color, tag, private, author, created, updated)
       VALUES ('ann-fixture00001', 'act-681-2023', 'act-681-2023/s-13', 'fi',
        'Kunnan kotoutumisohjelma: tarkista aikataulu', 'kotoutumisohjelma', 'laatia ', ' ja',
        10, 27, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'yellow',
        'kunta', 0, 'Aino', '2026-11-01T09:00:00+00:00', '2026-11-01T09:00:00+00:00')""",
    """INSERT INTO annotations (id, item_id, note, private, author, created, updated, deleted)
       VALUES ('ann-fixture00002', 'news-2020-09-16-integration-report', 'Oma huomio', 1,
        'Aino', '2026-11-02T09:00:00+00:00', '2026-11-02T09:00:00+00:00',
        '2026-11-03T09:00:00+00:00')""",
    """INSERT INTO briefings (id, title, meeting_body, meeting_date, meeting_place, author,
        status, memo, lang, created, updated)
       VALUES ('brf-fixture00001', 'KH 7.12.2026', 'Kaupunginhallitus', '2026-12-07',
        'Valtuustosali', 'Aino', 'draft', 'Kansilehden muistio', 'fi',
        '2026-11-01T10:00:00+00:00', '2026-11-01T10:00:00+00:00')""",
    """INSERT INTO entries (id, briefing_id, position, item_id, section_id, excerpt, memo)
       VALUES ('ent-fixture00001', 'brf-fixture00001', 0, 'act-681-2023',
        'act-681-2023/s-13', 'ote', 'velvoite')""",
    """INSERT INTO entries (id, briefing_id, position, item_id, memo)
       VALUES ('ent-fixture00002', 'brf-fixture00001', 1, 'priority-partnerships', '')""",
    """INSERT INTO entry_annotations (entry_id, annotation_id, position)
       VALUES ('ent-fixture00001', 'ann-fixture00001', 0)""",
]


def main() -> int:
    version = len(migrations.names())
    out = HERE / f"v{version}.db"
    if out.exists():
        print(f"{out.name} exists; fixtures are never regenerated", file=sys.stderr)
        return 1
    conn = sqlite3.connect(out, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    migrations.apply(db)
    conn.execute("BEGIN")
    for row in ROWS:
        conn.execute(row)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
