"""The `jusou` command."""

from __future__ import annotations

import typer
import uvicorn
from rich.console import Console

from interfaces.config import ConfigError, Settings
from interfaces.http.main import create_app

app = typer.Typer(
    name="jusou",
    help="jusou-ledger: 重層的支援体制整備事業のケース台帳",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)


def load_settings() -> Settings:
    try:
        return Settings.from_environ()
    except ConfigError as exc:
        console.print(f"[red]設定エラー (configuration error):[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def serve(
    host: str | None = typer.Option(None, help="Bind address (JUSOU_HOST)."),
    port: int | None = typer.Option(None, help="Port (JUSOU_PORT)."),
) -> None:
    """Run the HTTP service (FastAPI) on the configured database."""
    settings = load_settings()
    bind_host, bind_port = host or settings.host, port or settings.port
    store = "SQLite" if settings.is_sqlite else "PostgreSQL"
    console.print(f"jusou-ledger on {store}; key: {settings.master_key_source}")
    console.print(f"API docs: http://{bind_host}:{bind_port}/docs")
    uvicorn.run(create_app(settings), host=bind_host, port=bind_port)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo("jusou-ledger 0.1.0")


def main() -> None:
    app()
