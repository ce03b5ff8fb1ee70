"""Refusals of the person's rights: requests to erase and their answers."""

from __future__ import annotations

from domain.errors.base import (
    DomainError,
    InvalidValueError,
    NotFoundInDomainError,
    NotPermittedError,
)


class InvalidErasureRequestError(InvalidValueError):
    """An erasure request needs its reference and its ground."""


class ErasureRequestNotFoundError(NotFoundInDomainError):
    """The person holds no erasure request with this id."""


class ErasureAlreadyRequestedError(DomainError):
    """An erasure request for this person awaits its answer already."""


class ErasureRequestAnsweredError(DomainError):
    """The erasure request was already approved or refused."""


class SelfApprovalError(NotPermittedError):
    """An erasure is approved by someone other than its requester (二者確認)."""


class ApproverNotAdminError(NotPermittedError):
    """Only a user with the admin role answers an erasure request."""
