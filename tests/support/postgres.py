"""PostgreSQL for the tests: reachability, a throwaway cluster, one database per run.

Plain functions and one context manager (whose server a test may stop and start), so
that the pytest plugin stays thin and the same logic can be used from a script.
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

CONNECT_TIMEOUT_SECONDS = 2
SERVER_OS_USER = "postgres"
TEST_DATABASE_PREFIX = "jusou_test_"
_COMMAND_TIMEOUT_SECONDS = 120


def connection_error(url: str) -> str | None:
    """Why the server at `url` refuses a connection, or None when it accepts one."""
    try:
        with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS):
            return None
    except psycopg.Error as error:
        message = " ".join(str(error).split()) or type(error).__name__
    password = urlsplit(url).password
    return message.replace(password, "***") if password else message


def is_reachable(url: str) -> bool:
    return connection_error(url) is None


def redacted(url: str) -> str:
    """`url` with its password masked, fit for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def find_server_binaries() -> Path | None:
    """The directory holding `initdb` and `pg_ctl`: PATH first, then the newest
    /usr/lib/postgresql/*/bin (Debian keeps the server binaries off PATH)."""
    candidates: list[Path] = []
    initdb = shutil.which("initdb")
    if initdb is not None:
        candidates += [Path(initdb).resolve().parent, Path(initdb).parent]
    installed = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(installed, key=_major_version, reverse=True)
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    return None


def _major_version(bin_dir: Path) -> tuple[int, ...]:
    parts = bin_dir.parent.name.split(".")
    return tuple(int(part) for part in parts) if all(map(str.isdigit, parts)) else ()


def create_database(server_url: str) -> str:
    """Create a uniquely named database on `server_url`; return its URL."""
    name = f"{TEST_DATABASE_PREFIX}{uuid.uuid4().hex}"
    # template0: nobody can be connected to it, unlike template1.
    statement = sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'")
    with _admin_connection(server_url) as connection:
        connection.execute(statement.format(sql.Identifier(name)))
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def drop_database(server_url: str, db_url: str) -> None:
    """Drop the database of `db_url`, closing its connections (WITH (FORCE))."""
    name = urlsplit(db_url).path.lstrip("/")
    if not name.startswith(TEST_DATABASE_PREFIX):
        raise ValueError(f"refusing to drop {name!r}: not a test database")
    statement = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
    with _admin_connection(server_url) as connection:
        connection.execute(statement.format(sql.Identifier(name)))


def _admin_connection(server_url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        server_url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS
    )


class ThrowawayCluster:
    """A private PostgreSQL server in a temporary directory, gone after `with`.

    As root, initdb and the server run as the `postgres` OS user, since PostgreSQL
    refuses to run as root.
    """

    def __init__(self, binaries: Path | None = None) -> None:
        found = binaries or find_server_binaries()
        if found is None:
            raise FileNotFoundError("no initdb/pg_ctl on PATH or under /usr/lib")
        self.binaries = found
        self.root, self.port = Path(), 0

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def __enter__(self) -> ThrowawayCluster:
        self.root = Path(tempfile.mkdtemp(prefix="jusou-pg-"))
        try:
            self._start()
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def stop(self) -> None:
        """Stop the server as an operator would (`pg_ctl stop -m fast`)."""
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop")

    def start(self) -> None:
        """Start the (stopped) server again, on the same port."""
        options = (
            f"-p {self.port} -k {shlex.quote(str(self.root))}"
            " -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off"
        )
        data, log = str(self.data_dir), str(self.root / "server.log")
        self._run("pg_ctl", "-D", data, "-l", log, "-w", "-o", options, "start")

    def _start(self) -> None:
        if os.geteuid() == 0:
            account = pwd.getpwnam(SERVER_OS_USER)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self._run(
            "initdb", "-D", str(self.data_dir), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        self.port = _free_port()
        self.start()

    def _run(self, program: str, *args: str) -> None:
        command = [*_as_server_user(), str(self.binaries / program), *args]
        done = subprocess.run(
            command,
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=_COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stderr}{self._log_tail()}")

    def _log_tail(self) -> str:
        log = self.root / "server.log"
        text = log.read_text(errors="replace") if log.exists() else ""
        return "".join(f"\n  server.log: {line}" for line in text.splitlines()[-20:])


def _as_server_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser"):
        return ["runuser", "-u", SERVER_OS_USER, "--"]
    user = SERVER_OS_USER
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
