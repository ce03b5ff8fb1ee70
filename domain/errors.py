"""Refusals of the domain's rules.

Each subclass is one rule; its docstring is its public title. The four
families decide how the HTTP layer answers: a refusal for want of a lawful
basis or a right to act, an unknown thing, an invalid value, and a state the
rules forbid.
"""

from __future__ import annotations


class DomainError(Exception):
    """A domain rule refused the command."""


class NotPermittedError(DomainError):
    """The act lacks a lawful basis or the actor lacks the right to act."""


class NotFoundInDomainError(DomainError):
    """The command names something that does not exist."""


class InvalidValueError(DomainError, ValueError):
    """A value given to the command is not acceptable."""


# --- lawful basis and right to act ------------------------------------------


class ConsentRequiredError(NotPermittedError):
    """No consent covers this agency and purpose on this date (同意が必要です)."""


class NotReceivingAgencyError(NotPermittedError):
    """Only the receiving agency may accept, decline or complete a referral."""


class NotSendingAgencyError(NotPermittedError):
    """Only the sending agency may cancel a referral."""


# --- unknown things ---------------------------------------------------------


class ConsentNotFoundError(NotFoundInDomainError):
    """The case holds no consent with this id."""


class ReferralNotFoundError(NotFoundInDomainError):
    """The case holds no referral with this id."""


class UnknownAgencyError(NotFoundInDomainError, InvalidValueError):
    """No agency has this code."""


# --- invalid values ---------------------------------------------------------


class InvalidIntakeError(InvalidValueError):
    """The intake is incomplete or names unknown fields, projects or routes."""


class InvalidConsentError(InvalidValueError):
    """The consent's scope, giver or period is not acceptable."""


class InvalidPersonError(InvalidValueError):
    """The person's identity data is incomplete."""


# --- states the rules forbid ------------------------------------------------


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
