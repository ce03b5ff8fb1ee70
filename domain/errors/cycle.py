"""Refusals of the support cycle, from assessment to transfer.

Assessment, support decision, agreement, monitoring, evaluation, closure
reasons, transfer and assignment of a worker.
"""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError, NotFoundInDomainError


class InvalidAssessmentError(InvalidValueError):
    """The assessment names an unknown area or choice, or an area twice."""


class AssessmentNotFoundError(NotFoundInDomainError):
    """The case holds no assessment with this id."""


class AssessmentAlreadyExistsError(DomainError):
    """The case already holds an assessment with this id."""


class AssessmentRequiredError(DomainError):
    """A support plan rests on an assessment of the case made on or before it."""


class SupportDecisionRequiredError(DomainError):
    """A plan under 多機関協働 or 参加支援 needs the city's support decision first."""


class AlreadyDecidedError(DomainError):
    """The city already recorded its support decision (支援決定) for this case."""


class InvalidClosureReasonError(InvalidValueError):
    """A case is closed with one of the coded closure reasons (終結理由)."""


class InvalidMonitoringError(InvalidValueError):
    """The monitoring names a goal the plan lacks, a goal twice, or no goal."""


class InvalidEvaluationError(InvalidValueError):
    """The evaluation's outcome and its next review date do not fit together."""


class SelfTransferError(DomainError):
    """A case cannot be transferred to the agency that already holds it."""


class InvalidWorkerError(InvalidValueError):
    """A worker is named by the user id of one of the holding agency's staff."""
