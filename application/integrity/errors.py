"""Refusals of the integrity queries."""

from __future__ import annotations

from application.errors import ApplicationError
from domain.errors import InvalidValueError


class LedgerRangeError(InvalidValueError):
    """The leaves or tree sizes asked for are not in the sealed ledger."""


class CheckpointFormatError(InvalidValueError):
    """The checkpoint is not in the ledger's format."""


class IntegrityUnavailableError(ApplicationError):
    """The integrity log needs the ledger on SQLite or PostgreSQL."""


class NoSigningKeyError(ApplicationError):
    """No signing key is configured: checkpoints cannot be signed."""


class SealedTreeDamagedError(ApplicationError):
    """The sealed tree's tables lack rows they must have: run `jusou audit verify`."""
