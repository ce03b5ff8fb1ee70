"""The confidentiality rules of meetings (支援会議・重層的支援会議), read-only.

Kept apart from `meeting.py` so that module holds only commands and events.
The sharpest rule of the programme lives here: Social Welfare Act Art. 106-6
lets a 支援会議 share without consent only because its members are bound to
confidentiality, so nothing is disclosed to a member agency, and nothing is
decided in front of it, before it has acknowledged that duty in this very
meeting. A 重層的支援会議 shares on consent: every member agency other than
the case's own must be covered, for the categories disclosed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

from domain.basis import Basis
from domain.catalogue.categories import unknown_categories
from domain.consent import Consent
from domain.errors import (
    CaseNotDiscussedError,
    ConfidentialityNotAcknowledgedError,
    InvalidBasisError,
    InvalidDisclosureError,
    MeetingClosedError,
    NotAParticipantError,
    NotWorkingOnCaseError,
    UnknownCategoryError,
)
from domain.recording import Recording


class MeetingKind(StrEnum):
    """The two kinds of meeting, whose rules of sharing differ."""

    COORDINATED_SUPPORT_MEETING = "coordinated_support_meeting"  # 重層的支援会議
    SUPPORT_MEETING = "support_meeting"  # 支援会議 (Art. 106-6)


class CaseOnAgenda(Protocol):
    """What a meeting needs to know of a case: who works on it, its consents."""

    @property
    def id(self) -> UUID: ...

    @property
    def owner(self) -> str: ...

    def workers_on(self, today: date) -> frozenset[str]: ...

    def consent_at_meeting(
        self,
        agency: str,
        held_on: date,
        convened_at: datetime,
        recording: Recording,
        categories: Iterable[str] = (),
    ) -> tuple[Consent, bool]: ...


@dataclass(frozen=True)
class Agenda:
    """What a meeting is: its kind, date, convener, members and cases (議題).

    `convened_at` is when the convening was recorded (None before it was
    kept: the meeting's creation time stands in).
    """

    kind: str
    held_on: date
    convened_by: str
    agencies: tuple[str, ...]
    case_ids: tuple[UUID, ...]
    convened_at: datetime | None = None


@dataclass(frozen=True)
class Shared:
    """The basis a share at a meeting rested on, per recipient where consent."""

    basis: Basis
    consent_ids: dict[str, UUID]
    recorded_after_end: bool = False


class MeetingRules:
    """State of a meeting and the rules read from it."""

    agenda: Agenda
    acknowledged: dict[str, int]
    minutes: dict[str, Any]
    closed_on: date | None

    if TYPE_CHECKING:  # provided by `eventsourcing.domain.Aggregate`

        @property
        def id(self) -> UUID: ...

        @property
        def created_on(self) -> datetime: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

    def _record(self, event: str, **fields: Any) -> None:
        """Trigger the meeting's event named `event` (nested in `Meeting`)."""
        self.trigger_event(getattr(type(self), event), **fields)

    @property
    def kind(self) -> str:
        return self.agenda.kind

    @property
    def held_on(self) -> date:
        return self.agenda.held_on

    @property
    def convened_at(self) -> datetime:
        return self.agenda.convened_at or self.created_on

    @property
    def is_support_meeting(self) -> bool:
        return self.kind == MeetingKind.SUPPORT_MEETING

    def check_open(self) -> None:
        if self.closed_on is not None:
            raise MeetingClosedError(f"closed on {self.closed_on}")

    def check_participant(self, agency: str) -> None:
        if agency not in self.agenda.agencies:
            raise NotAParticipantError(f"{agency} does not take part in this meeting")

    def check_on_agenda(self, case_id: UUID) -> None:
        if case_id not in self.agenda.case_ids:
            raise CaseNotDiscussedError(f"case {case_id} is not on this agenda")

    def check_works_on(self, case: CaseOnAgenda, agency: str, today: date) -> None:
        """R6: only an agency working on the case speaks about it."""
        if agency not in case.workers_on(today):
            raise NotWorkingOnCaseError(f"{agency} does not work on case {case.id}")

    def basis_for(
        self,
        case: CaseOnAgenda,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        recording: Recording,
    ) -> Shared:
        """The lawful basis of sharing the case with `recipients`, or a refusal.

        In a 支援会議 the basis is Art. 106-6 itself, once each recipient has
        acknowledged confidentiality; in a 重層的支援会議 it is, for each
        recipient, a consent covering the categories, judged with both clocks.
        """
        if unknown_categories(categories):
            raise UnknownCategoryError(
                f"unknown categories: {unknown_categories(categories)}"
            )
        if self.is_support_meeting:
            self.check_acknowledged(recipients)
            return Shared(Basis.of_meeting(self.id), {})
        found = {
            agency: case.consent_at_meeting(
                agency, self.held_on, self.convened_at, recording, categories
            )
            for agency in recipients
        }
        consent_ids = {agency: c.consent_id for agency, (c, _) in found.items()}
        first = next(iter(consent_ids.values()), None)
        late = any(after for _, after in found.values())
        return Shared(Basis.of_consent(first), consent_ids, late)

    def check_parties(
        self, case_id: UUID, disclosed_by: str, recipients: tuple[str, ...]
    ) -> None:
        self.check_on_agenda(case_id)
        if not recipients or disclosed_by in recipients:
            raise InvalidDisclosureError("recipients are other agencies, at least one")
        for agency in (disclosed_by, *recipients):
            self.check_participant(agency)

    def check_acknowledged(self, agencies: Iterable[str]) -> None:
        missing = [a for a in agencies if not self.acknowledged.get(a)]
        if missing:
            raise ConfidentialityNotAcknowledgedError(
                f"not yet acknowledged in this meeting: {', '.join(missing)}"
            )

    def check_carries_referral(
        self, case_id: UUID, from_agency: str, to_agency: str
    ) -> None:
        """A 支援会議 carries a referral between two of its members (Art. 106-6).

        The case must have been discussed there, and the receiver must have
        acknowledged confidentiality in it.
        """
        if not self.is_support_meeting:
            raise InvalidBasisError("only a 支援会議 is a basis without consent")
        self.check_on_agenda(case_id)
        self.check_participant(from_agency)
        self.check_participant(to_agency)
        self.check_acknowledged((to_agency,))

    def hearers(self, case: CaseOnAgenda) -> tuple[str, ...]:
        """The member agencies that hear about a case: all but its own."""
        return tuple(a for a in self.agenda.agencies if a != case.owner)
