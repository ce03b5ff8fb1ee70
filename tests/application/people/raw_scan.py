"""Every byte the database keeps, read as an attacker with the files would.

SQLite: the database file, its write-ahead log and shared memory, as raw
bytes. PostgreSQL: every row of the schema's tables, and every page of every
table, TOAST table and index of the schema through `pageinspect`
(`get_raw_page`), so that dead row versions and the free space of pages are
read too, not only what a query returns.
"""

from __future__ import annotations

from pathlib import Path

import psycopg

from interfaces.config import Settings, sqlite_path, storage_env
from tests.application.people.test_personal_data_at_rest import stored_bytes

_BLOCKS = "pg_relation_size({0}.oid) / current_setting('block_size')::int"
_RELATIONS = f"""
SELECT c.oid::regclass::text, {_BLOCKS.format("c")}
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND c.relkind IN ('r', 'i', 'm')
UNION ALL
SELECT t.oid::regclass::text, {_BLOCKS.format("t")}
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class t ON t.oid = c.reltoastrelid WHERE n.nspname = %s
"""


def raw_files(settings: Settings) -> bytes:
    """The raw bytes of the database: files (SQLite) or pages (PostgreSQL)."""
    if settings.is_sqlite:
        path = Path(sqlite_path(settings.database_url))
        files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        return b"".join(p.read_bytes() for p in files)
    return _pages(settings)


def everything(settings: Settings) -> bytes:
    """Raw files or pages, and every row as a query returns it."""
    return raw_files(settings) + stored_bytes(settings)


def _pages(settings: Settings) -> bytes:
    schema = storage_env(settings.database_url)["POSTGRES_SCHEMA"]
    url = settings.database_url.split("?")[0]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        relations = conn.execute(_RELATIONS, (schema, schema)).fetchall()
        assert relations, "no relation found to inspect"
        pages = [
            conn.execute(
                "SELECT get_raw_page(%s, 'main', %s)", (name, block)
            ).fetchone()
            for name, blocks in relations
            for block in range(int(blocks))
        ]
    return b"".join(bytes(page[0]) for page in pages if page is not None)
