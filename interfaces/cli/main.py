"""The `jusou` command."""

from __future__ import annotations

import logging
from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from interfaces.cli import audit, demo, projections, report, users
from interfaces.cli.common import load_settings
from interfaces.http.main import create_app

app = typer.Typer(
    name="jusou",
    help="jusou-ledger: 重層的支援体制整備事業のケース台帳",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
app.add_typer(users.app, name="users")
app.add_typer(audit.app, name="audit")
app.add_typer(report.app, name="report")
app.add_typer(projections.app, name="projections")
app.add_typer(demo.app, name="demo")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (JUSOU_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (JUSOU_PORT).")] = None,
) -> None:
    """Run the HTTP service (FastAPI) on the configured database."""
    settings = load_settings()
    bind_host, bind_port = host or settings.host, port or settings.port
    store = "SQLite" if settings.is_sqlite else "PostgreSQL"
    console.print(f"jusou-ledger on {store}; key: {settings.master_key_source}")
    console.print(f"API docs: http://{bind_host}:{bind_port}/docs")
    _log_to_stderr()
    uvicorn.run(create_app(settings), host=bind_host, port=bind_port)


def _log_to_stderr() -> None:
    """The service's own lines (a read model rebuilt aside…) beside uvicorn's.

    They carry names, positions and exception types only, never event data.
    """
    logger = logging.getLogger("jusou")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo("jusou-ledger 0.1.0")


def main() -> None:
    app()
