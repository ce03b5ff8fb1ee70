"""The `JUSOU_*` variables as one typed, validated model (pydantic-settings).

`config.py` hands over the mapping to read (`os.environ`, or a test's dict):
pydantic-settings applies the prefix, treats an empty value as unset and
parses and bounds each value; a value that cannot work is one `ConfigError`
naming the variable (never quoting a secret).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)
from pydantic_settings.sources.utils import parse_env_vars

DEFAULT_DATABASE_URL = "sqlite:///var/jusou.db"
PREFIX = "JUSOU_"
KIB = 1024


class ConfigError(Exception):
    """The configuration cannot work; the message says what to set."""


class Environment(BaseSettings):
    """Every variable the service reads, with its default and bounds."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX, env_ignore_empty=True, extra="ignore", frozen=True
    )

    database_url: str = DEFAULT_DATABASE_URL
    master_key: SecretStr | None = None
    master_key_file: str | None = None
    # During a master-key rotation: the key being replaced (docs/erasure-and-keys.md).
    previous_master_key: SecretStr | None = None
    previous_master_key_file: str | None = None
    signing_key: SecretStr | None = None
    signing_key_file: str | None = None
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8000
    key_cache_seconds: Annotated[int, Field(ge=0)] = 10
    checkpoint_seconds: Annotated[int, Field(ge=1)] = 60
    projections: Literal["serve", "off"] = "serve"
    log_format: Literal["json", "console"] = "json"
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    max_body_bytes: Annotated[int, Field(ge=KIB, le=64 * KIB * KIB)] = 256 * KIB
    ready_max_projection_lag: Annotated[int, Field(ge=0)] = 10_000
    ready_max_sealer_lag: Annotated[int, Field(ge=0)] = 10_000
    # How far back a business date may lie from the day it is recorded (R1).
    backdate_days: Annotated[int, Field(ge=0, le=3660)] = 90
    # The city's retention periods (保存期間); unset: the catalogue's defaults.
    retention_file: str | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],  # noqa: ARG003
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,  # noqa: ARG003
        dotenv_settings: PydanticBaseSettingsSource,  # noqa: ARG003
        file_secret_settings: PydanticBaseSettingsSource,  # noqa: ARG003
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Only what `read_environment` hands over counts: no process
        # environment, no .env file, no secrets directory read behind its back.
        return (init_settings,)

    @field_validator("projections", "log_format", "log_level", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value


class _Given(EnvSettingsSource):
    """The library's own environment source, reading a given mapping.

    It overrides `_load_env_vars` as the library's `.env` source does, so
    prefix, case and empty-value rules stay the library's.
    """

    def __init__(self, environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(Environment)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return parse_env_vars(
            self._environ,
            self.case_sensitive,
            self.env_ignore_empty,
            self.env_parse_none_str,
        )


def read_environment(environ: Mapping[str, str]) -> Environment:
    """The variables in `environ`, validated; `ConfigError` names the first bad one."""
    values = _Given(environ)()
    try:
        return Environment(**values)
    except ValidationError as exc:
        raise ConfigError(_first_problem(exc)) from None


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors(include_url=False, include_input=False)[0]
    name = PREFIX + ".".join(str(part) for part in error["loc"]).upper()
    return f"{name}: {error['msg']}"
