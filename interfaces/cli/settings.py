"""`jusou config show`: the settings in effect, secrets masked."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import typer

from interfaces.cli.common import load_settings
from interfaces.config import Settings

app = typer.Typer(help="設定 (configuration)", no_args_is_help=True)
MASK = "********"


def masked_url(url: str) -> str:
    """The database URL with its password (if any) replaced by a mask."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    netloc = f"{user}:{MASK}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def effective(settings: Settings) -> list[tuple[str, str]]:
    """Each variable's value in effect; keys only by where they came from."""
    retention = settings.retention.cited
    return [
        ("JUSOU_DATABASE_URL", masked_url(settings.database_url)),
        ("JUSOU_MASTER_KEY", f"{MASK} ({settings.master_key_source})"),
        ("JUSOU_PREVIOUS_MASTER_KEY", MASK if settings.previous_master_key else ""),
        ("JUSOU_SIGNING_KEY", f"{MASK} ({settings.signing_key_source})"),
        ("JUSOU_HOST", settings.host),
        ("JUSOU_PORT", str(settings.port)),
        ("JUSOU_KEY_CACHE_SECONDS", f"{settings.key_cache_seconds:g}"),
        ("JUSOU_CHECKPOINT_SECONDS", f"{settings.checkpoint_seconds:g}"),
        ("JUSOU_PROJECTIONS", "serve" if settings.projections_in_serve else "off"),
        ("JUSOU_LOG_FORMAT", settings.log_format),
        ("JUSOU_LOG_LEVEL", settings.log_level),
        ("JUSOU_MAX_BODY_BYTES", str(settings.max_body_bytes)),
        ("JUSOU_READY_MAX_PROJECTION_LAG", str(settings.ready_max_projection_lag)),
        ("JUSOU_READY_MAX_SEALER_LAG", str(settings.ready_max_sealer_lag)),
        ("JUSOU_BACKDATE_DAYS", str(settings.backdate_days)),
        ("JUSOU_RETENTION_FILE", f"{settings.retention_source} ({retention})"),
    ]


@app.command()
def show() -> None:
    """Print the effective settings, one `NAME=value` a line (secrets masked)."""
    for name, value in effective(load_settings(check=False)):
        typer.echo(f"{name}={value}")
