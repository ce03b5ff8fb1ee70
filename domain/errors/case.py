"""Refusals of the case's rules: intake, consents, referrals, closure, the person."""

from __future__ import annotations

from domain.errors.base import (
    DomainError,
    InvalidValueError,
    NotFoundInDomainError,
    NotPermittedError,
)


class ConsentRequiredError(NotPermittedError):
    """No consent covers this agency and purpose on this date (同意が必要です)."""


class NotReceivingAgencyError(NotPermittedError):
    """Only the receiving agency may accept, decline or complete a referral."""


class NotSendingAgencyError(NotPermittedError):
    """Only the sending agency may cancel a referral."""


class ConsentNotFoundError(NotFoundInDomainError):
    """The case holds no consent with this id."""


class ReferralNotFoundError(NotFoundInDomainError):
    """The case holds no referral with this id."""


class InvalidIntakeError(InvalidValueError):
    """The intake is incomplete or names unknown fields, projects or routes."""


class InvalidConsentError(InvalidValueError):
    """The consent's scope, giver or period is not acceptable."""


class ChildConsentError(InvalidConsentError):
    """A child's consent is given by a 親権者 or 未成年後見人 (法定代理人)."""


class InvalidPersonError(InvalidValueError):
    """The person's identity data is incomplete."""


class CaseClosedError(DomainError):
    """The case is closed; only reopening is accepted."""


class CaseNotClosedError(DomainError):
    """The case is open, so it cannot be reopened."""


class ConsentAlreadyWithdrawnError(DomainError):
    """The consent was already withdrawn."""


class SelfReferralError(DomainError):
    """An agency cannot refer a case to itself."""


class ReferralTransitionError(DomainError):
    """The referral's state does not allow this step."""


class PersonErasedError(DomainError):
    """The person's personal data was erased; nothing personal can be added."""
