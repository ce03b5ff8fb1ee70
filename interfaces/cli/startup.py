"""Why a `jusou` command cannot start, said in one line with exit status 2.

A PostgreSQL database that does not exist, a server that does not answer,
a key that is malformed or does not decrypt the ledger: each is an
operator's fix, not a bug, so it is told without a traceback. The database
is asked once with a short timeout before the library's pool would retry
for many seconds and end in "couldn't get a connection".
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from typing import NoReturn

import psycopg
from eventsourcing.persistence import MapperDeserialisationError, PersistenceError

from application.errors import KeyUnavailableError
from interfaces.config import ConfigError, Settings, storage_env

EXIT_CANNOT_START = 2
CONNECT_TIMEOUT_SECONDS = 5
WRONG_KEY = (
    "the master key does not decrypt this ledger: is JUSOU_MASTER_KEY "
    "(or JUSOU_MASTER_KEY_FILE) the key the ledger was made with?"
)


class StartupError(Exception):
    """The command cannot start; the message is the one line to show."""


def check_database(settings: Settings) -> None:
    """Connect once to the configured PostgreSQL; SQLite needs no check."""
    if settings.is_sqlite:
        return
    env = storage_env(settings.database_url)
    where = f"{env['POSTGRES_HOST']}:{env['POSTGRES_PORT']}"
    try:
        with psycopg.connect(
            host=env["POSTGRES_HOST"],
            port=int(env["POSTGRES_PORT"]),
            dbname=env["POSTGRES_DBNAME"],
            user=env["POSTGRES_USER"],
            password=env["POSTGRES_PASSWORD"],
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
        ) as connection:
            _check_schema(connection, env["POSTGRES_SCHEMA"])
    except psycopg.OperationalError as exc:
        raise StartupError(_unreachable(exc, env, where)) from None


def _check_schema(
    connection: psycopg.Connection[tuple[object, ...]], schema: str
) -> None:
    if not schema:
        return
    found = connection.execute(
        "SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)
    ).fetchone()
    if found is None:
        raise StartupError(
            f'PostgreSQL schema "{schema}" does not exist; create it first: '
            f"CREATE SCHEMA {schema}"
        )


def _unreachable(exc: psycopg.OperationalError, env: dict[str, str], where: str) -> str:
    """The reason psycopg gives, without its preamble; never the password."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    reason = first.rsplit("failed: ", 1)[-1].replace("FATAL:  ", "").strip()
    database = env["POSTGRES_DBNAME"]
    line = f'cannot open PostgreSQL database "{database}" at {where}: {reason}'
    if f'database "{database}" does not exist' in reason:
        line += (
            f"; create it first: createdb -h {env['POSTGRES_HOST']} "
            f"-p {env['POSTGRES_PORT']} -U {env['POSTGRES_USER']} {database}"
        )
    return line


def fail(title: str, message: str) -> NoReturn:
    """Print `title: message` on stderr, unwrapped, and exit 2."""
    sys.stderr.write(f"{title}: {message}\n")
    raise SystemExit(EXIT_CANNOT_START)


def run_guarded(command: Callable[[], object]) -> None:
    """Run the CLI; a configuration or database failure is one line, exit 2."""
    try:
        command()
    except ConfigError as exc:
        fail("設定エラー (configuration error)", str(exc))
    except StartupError as exc:
        fail("起動できません (cannot start)", str(exc))
    except (MapperDeserialisationError, KeyUnavailableError):
        fail("起動できません (cannot start)", WRONG_KEY)
    except (PersistenceError, psycopg.Error, sqlite3.Error) as exc:
        # The message can name hosts or quote a row: the class only.
        fail("データベースエラー (database error)", type(exc).__name__)
