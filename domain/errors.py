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


class UnknownCooperatingOrganisationError(NotFoundInDomainError):
    """The registry holds no cooperating organisation (協力機関) with this id."""


# --- invalid values ---------------------------------------------------------


class InvalidIntakeError(InvalidValueError):
    """The intake is incomplete or names unknown fields, projects or routes."""


class InvalidConsentError(InvalidValueError):
    """The consent's scope, giver or period is not acceptable."""


class InvalidPersonError(InvalidValueError):
    """The person's identity data is incomplete."""


class InvalidAgencyEntryError(InvalidValueError):
    """The agency's code, name, fields, projects, operation or facilities are wrong."""


class InvalidCooperatingOrganisationError(InvalidValueError):
    """The cooperating organisation's name, kind or district is not acceptable."""


class RegistryDateOrderError(InvalidValueError):
    """A registry entry cannot be changed or ended before its latest change."""


class InvalidCommunityRecordError(InvalidValueError):
    """The community record's project, field, date, title or count is wrong."""


class UnknownCommunityKindError(InvalidCommunityRecordError):
    """No kind of community record (地域の取組) has this name."""


class DistrictRequiredError(InvalidCommunityRecordError):
    """A 第2層協議体 meeting needs its daily-life district (日常生活圏域)."""


class ParticipatingAgenciesRequiredError(InvalidCommunityRecordError):
    """A case-study meeting (事例検討) needs its participating agencies."""


class InvalidTallyError(InvalidValueError):
    """The tally's agency, month or correction reason is not acceptable."""


class UnknownTallyKindError(InvalidTallyError):
    """No kind of tally (集計値) has this name."""


class NegativeTallyError(InvalidTallyError):
    """A reported figure cannot be negative."""


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


class AgencyAlreadyRegisteredError(DomainError):
    """An agency with this code is already registered; codes are never reused."""


class AgencyDeactivatedError(DomainError):
    """The agency was deactivated; its entry takes no more changes."""


class CooperatingOrganisationAlreadyRegisteredError(DomainError):
    """A cooperating organisation with this id is already registered."""


class CooperatingOrganisationDeactivatedError(DomainError):
    """The cooperating organisation was already deactivated."""


class CommunityRecordWithdrawnError(DomainError):
    """The community record was withdrawn; it takes no corrections."""


class TallyAlreadyReportedError(DomainError):
    """This period's figure was already reported; send a correction instead."""


# --- support plans (支援プラン) and activities (活動記録) ---------------------


class PlanNotFoundError(NotFoundInDomainError):
    """The case holds no support plan with this id."""


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


class ActivityBeforeOpeningError(InvalidValueError):
    """The activity is dated before the case was opened."""


class ActivityAlreadyRecordedError(DomainError):
    """The case already holds an activity with this id."""


# --- meetings (支援会議・重層的支援会議) ---------------------------------------


class ConfidentialityNotAcknowledgedError(NotPermittedError):
    """A recipient has not acknowledged confidentiality (守秘義務) in this meeting."""


class NotAParticipantError(NotPermittedError):
    """The agency does not take part in this meeting."""


class InvalidMeetingError(InvalidValueError):
    """The meeting's kind, members or agenda are not acceptable."""


class InvalidDisclosureError(InvalidValueError):
    """The disclosure names no recipients, or discloses to its own agency."""


class MeetingClosedError(DomainError):
    """The meeting is closed; its record takes nothing more."""


class CaseNotDiscussedError(DomainError):
    """The case is not on this meeting's agenda."""


class PlanApprovalNotAllowedError(DomainError):
    """Support plans are approved at a 重層的支援会議, not a 支援会議."""


class NotAConvenerError(NotPermittedError):
    """Meetings are convened by a city section or the 多機関協働 operator."""
