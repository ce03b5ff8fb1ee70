"""The confidentiality rules of meetings (支援会議・重層的支援会議), read-only.

Kept apart from `meeting.py` so that module holds only commands, events and
appliers. The sharpest rule of the programme lives here: Social Welfare Act
Art. 106-6 lets a 支援会議 share without consent only because its members are
bound to confidentiality, so nothing is disclosed to a member agency before it
has acknowledged that duty in this very meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol
from uuid import UUID

from domain.consent import Consent, Purpose
from domain.errors import (
    CaseNotDiscussedError,
    ConfidentialityNotAcknowledgedError,
    ConsentRequiredError,
    InvalidDisclosureError,
    MeetingClosedError,
    NotAParticipantError,
)

ART_106_6 = "social_welfare_act_106_6"
CONSENT = "consent"


class MeetingKind(StrEnum):
    """The two kinds of meeting, whose rules of sharing differ."""

    COORDINATED_SUPPORT_MEETING = "coordinated_support_meeting"  # 重層的支援会議
    SUPPORT_MEETING = "support_meeting"  # 支援会議 (Art. 106-6)


class ConsentHolder(Protocol):
    """What a meeting needs to know of a case: its consents as of a date."""

    @property
    def id(self) -> UUID: ...

    def covering_consent(
        self, agency: str, purpose: Purpose, day: date
    ) -> Consent | None: ...


@dataclass(frozen=True)
class Agenda:
    """What a meeting is: its kind, date, convener, members and cases (議題)."""

    kind: str
    held_on: date
    convened_by: str
    agencies: tuple[str, ...]
    case_ids: tuple[UUID, ...]


class MeetingRules:
    """State of a meeting and the rules read from it."""

    agenda: Agenda
    acknowledged: dict[str, int]
    closed_on: date | None

    @property
    def kind(self) -> str:
        return self.agenda.kind

    @property
    def held_on(self) -> date:
        return self.agenda.held_on

    def check_open(self) -> None:
        if self.closed_on is not None:
            raise MeetingClosedError(f"closed on {self.closed_on}")

    def check_participant(self, agency: str) -> None:
        if agency not in self.agenda.agencies:
            raise NotAParticipantError(f"{agency} does not take part in this meeting")

    def check_on_agenda(self, case_id: UUID) -> None:
        if case_id not in self.agenda.case_ids:
            raise CaseNotDiscussedError(f"case {case_id} is not on this agenda")

    def basis_for(
        self, case: ConsentHolder, disclosed_by: str, recipients: tuple[str, ...]
    ) -> tuple[str, dict[str, UUID]]:
        """The lawful basis of a disclosure, or a refusal.

        In a 支援会議 the basis is Art. 106-6 itself; in a 重層的支援会議 it is
        consent, and the id of the consent relied on for each recipient, judged
        as of the meeting's date like every other act.
        """
        self.check_open()
        self._check_parties(case, disclosed_by, recipients)
        if self.kind == MeetingKind.SUPPORT_MEETING:
            self._check_acknowledged(recipients)
            return ART_106_6, {}
        return CONSENT, {a: self._consent_for(case, a) for a in recipients}

    def _check_parties(
        self, case: ConsentHolder, disclosed_by: str, recipients: tuple[str, ...]
    ) -> None:
        self.check_on_agenda(case.id)
        if not recipients or disclosed_by in recipients:
            raise InvalidDisclosureError("recipients are other agencies, at least one")
        for agency in (disclosed_by, *recipients):
            self.check_participant(agency)

    def _check_acknowledged(self, recipients: tuple[str, ...]) -> None:
        missing = [a for a in recipients if not self.acknowledged.get(a)]
        if missing:
            raise ConfidentialityNotAcknowledgedError(
                f"not yet acknowledged in this meeting: {', '.join(missing)}"
            )

    def _consent_for(self, case: ConsentHolder, agency: str) -> UUID:
        for purpose in (
            Purpose.COORDINATED_SUPPORT_MEETING,
            Purpose.INFORMATION_SHARING,
        ):
            consent = case.covering_consent(agency, purpose, self.held_on)
            if consent is not None:
                return consent.consent_id
        raise ConsentRequiredError(
            f"no consent covers sharing with {agency} on {self.held_on}"
        )
