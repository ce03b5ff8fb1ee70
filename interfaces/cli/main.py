"""The `jusou` command."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from interfaces import logs
from interfaces.cli import (
    audit,
    cycle,
    demo,
    forms,
    household,
    keys,
    person,
    person_rights,
    projections,
    report,
    retention,
    settings,
    users,
)
from interfaces.cli.common import load_settings
from interfaces.cli.startup import run_guarded
from interfaces.http.main import create_app
from interfaces.version import package_version

app = typer.Typer(
    name="jusou",
    help="jusou-ledger: 重層的支援体制整備事業のケース台帳",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
app.add_typer(users.app, name="users")
person_rights.install(person.app)
app.add_typer(person.app, name="person")
app.add_typer(retention.app, name="retention")
app.add_typer(keys.app, name="keys")
app.add_typer(audit.app, name="audit")
app.add_typer(report.app, name="report")
app.add_typer(projections.app, name="projections")
app.add_typer(demo.app, name="demo")
app.add_typer(forms.app, name="forms")
app.add_typer(cycle.app, name="cycle")
app.add_typer(household.app, name="household")
app.add_typer(settings.app, name="config")


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"jusou-ledger {package_version()}")
        raise typer.Exit


@app.callback()
def jusou(
    _version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print the version.",
        ),
    ] = False,
) -> None:
    # Only `--version` here; the help text is the Typer app's.
    return


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (JUSOU_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (JUSOU_PORT).")] = None,
) -> None:
    """Run the HTTP service (FastAPI) on the configured database."""
    settings = load_settings()
    logs.configure(settings.log_format, settings.log_level)
    ledger = settings.build_ledger()  # before uvicorn: a failure is one line
    bind_host, bind_port = host or settings.host, port or settings.port
    store = "SQLite" if settings.is_sqlite else "PostgreSQL"
    console.print(f"jusou-ledger on {store}; key: {settings.master_key_source}")
    console.print(f"API docs: http://{bind_host}:{bind_port}/docs")
    uvicorn.run(
        create_app(settings, ledger),
        host=bind_host,
        port=bind_port,
        access_log=False,  # observe.py writes one structured line per request
        log_config=None,  # logs.configure has routed uvicorn's loggers
    )


@app.command()
def version() -> None:
    """Print the version (as `jusou --version`)."""
    typer.echo(f"jusou-ledger {package_version()}")


def main() -> None:
    run_guarded(app)
