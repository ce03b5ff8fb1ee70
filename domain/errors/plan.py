"""Refusals of support plans (支援プラン) and activities (活動記録)."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError, NotFoundInDomainError


class PlanNotFoundError(NotFoundInDomainError):
    """The case holds no support plan with this id."""


class ActivityNotFoundError(NotFoundInDomainError):
    """The case holds no activity with this id."""


class RevisionNotFoundError(NotFoundInDomainError):
    """The support plan has no revision with this number."""


class PlanProjectError(InvalidValueError):
    """Support plans are made only under 参加支援, アウトリーチ or 多機関協働事業."""


class InvalidPlanError(InvalidValueError):
    """The plan's goals, roles or dates are not acceptable."""


class PlanAlreadyExistsError(DomainError):
    """The case already holds a support plan with this id."""


class StaleRevisionError(DomainError):
    """The plan was revised since the revision the caller edited."""


class RevisionAlreadyApprovedError(DomainError):
    """This revision of the plan was already approved at a meeting."""


class PlanEndedError(DomainError):
    """The support plan has ended; it takes no revisions or approvals."""


class UnknownActivityKindError(InvalidValueError):
    """No kind of activity (活動の種類) has this name."""


class ActivityProjectError(InvalidValueError):
    """This kind of activity belongs to another 事業, or the 事業 is unknown."""


class ActivityAlreadyRecordedError(DomainError):
    """The case already holds an activity with this id."""
