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


class InvalidRightsRequestError(InvalidValueError):
    """A request of the person's needs its kind, its reference and its reasons."""


class RightsRequestNotFoundError(NotFoundInDomainError):
    """The person holds no pending-or-answered request of this kind with this id."""


class RightsRequestAnsweredError(DomainError):
    """The request was already answered."""


class NotSuspendedError(DomainError):
    """The use of the person's data is not suspended."""


class UseSuspendedError(NotPermittedError):
    """The use of the person's data is suspended (利用停止中)."""


class CorrectedRecordNotFoundError(NotFoundInDomainError):
    """The case holds no record of this kind with this id to add a note to."""


class DisclosureNotRecordedError(DomainError):
    """A copy is made for a disclosure request once its handing over is recorded."""
