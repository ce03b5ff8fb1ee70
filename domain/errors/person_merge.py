"""Refusals of merging two records of one person (名寄せ)."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError


class InvalidMergeError(InvalidValueError):
    """Two different records are merged, one into the other."""


class PersonMergedError(DomainError):
    """This record was merged into another of the same person (名寄せ済み)."""
