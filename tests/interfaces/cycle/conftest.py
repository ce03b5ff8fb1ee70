"""The support cycle over REST, on SQLite and on PostgreSQL (the lawful API)."""

from __future__ import annotations

from tests.interfaces.lawful.conftest import _on_today, api

__all__ = ["_on_today", "api"]
