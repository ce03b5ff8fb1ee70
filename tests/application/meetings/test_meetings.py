"""Meetings through storage, on both stores: the confidentiality audit facts."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID, uuid4

import pytest
from eventsourcing.domain import Aggregate

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.meetings.commands import DisclosureForm
from domain.basis import Basis
from domain.case import Case
from domain.errors import (
    ConfidentialityNotAcknowledgedError,
    ConsentRequiredError,
    MeetingClosedError,
    NotAConvenerError,
    NotAParticipantError,
)
from domain.meeting import Meeting
from domain.personal import REDACTED_TEXT
from interfaces.config import Settings
from tests.application.given import (
    INTAKE_WORKER,
    RECEIVING_WORKER,
    given_case_with_consent,
    given_erased,
    given_opened_case,
    given_referred_case,
)
from tests.application.given_plans import a_plan_form, given_grounds

COORDINATOR = Actor(uuid4(), "fukushi_ka", "coordinator")
HELD_ON = date(2026, 6, 10)
MEMBERS = ("fukushi_ka", "shakyo", "chuo_houkatsu")


def a_disclosure(case_id: UUID) -> DisclosureForm:
    return DisclosureForm(
        case_id=case_id,
        disclosed_by="chuo_houkatsu",
        recipients=("shakyo",),
        categories=("health", "finance"),
        summary="通院歴と家計の状況を共有",
    )


def given_meeting(ledger: CaseLedger, kind: str, case_id: UUID) -> UUID:
    return ledger.convene_meeting(COORDINATOR, kind, HELD_ON, MEMBERS, (case_id,))


def test_a_coordinated_meeting_disclosure_is_kept_on_meeting_and_case(
    ledger: CaseLedger,
) -> None:
    opened, consent_id = given_case_with_consent(ledger)
    meeting_id = given_meeting(ledger, "coordinated_support_meeting", opened.case_id)

    recorded = ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))

    assert recorded.basis == Basis.of_consent(consent_id)
    assert recorded.consent_ids == {"shakyo": consent_id}
    case = ledger.get_case(opened.case_id)
    note = case.disclosures[str(recorded.disclosure_id)]
    assert (note.meeting_id, note.held_on, note.basis) == (
        meeting_id,
        HELD_ON,
        recorded.basis,
    )
    events = list(ledger.events.get(meeting_id))
    assert isinstance(events[-1], Meeting.InformationDisclosed)
    assert events[-1].summary.text == "通院歴と家計の状況を共有"


def test_a_support_meeting_discloses_after_acknowledgement_on_art_106_6(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    meeting_id = given_meeting(ledger, "support_meeting", opened.case_id)
    ledger.acknowledge_confidentiality(COORDINATOR, meeting_id, "shakyo", "相談員A")

    recorded = ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))

    assert recorded.basis == Basis.of_meeting(meeting_id)
    assert recorded.consent_ids == {}


def test_a_support_meeting_refuses_before_acknowledgement(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    meeting_id = given_meeting(ledger, "support_meeting", opened.case_id)

    with pytest.raises(ConfidentialityNotAcknowledgedError):
        ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))

    assert ledger.get_meeting(meeting_id).version == 1
    assert ledger.get_case(opened.case_id).disclosures == {}


def test_only_a_city_section_or_the_multi_agency_operator_convenes(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(NotAConvenerError):
        ledger.convene_meeting(
            INTAKE_WORKER, "support_meeting", HELD_ON, MEMBERS, (opened.case_id,)
        )


class RacingLedger(CaseLedger):
    """Lets another worker withdraw the consent just after the case is read."""

    rival: CaseLedger
    raced = False

    def load(self, cls: type[Any], aggregate_id: UUID, expected: int | None) -> Any:
        aggregate: Aggregate = super().load(cls, aggregate_id, expected)
        if cls is Case and not self.raced:
            self.raced = True
            consent_id = UUID(next(iter(aggregate.consents)))  # type: ignore[attr-defined]
            self.rival.withdraw_consent(
                INTAKE_WORKER, aggregate_id, consent_id, HELD_ON, "本人の撤回"
            )
        return aggregate


def test_a_withdrawal_racing_a_disclosure_wins_and_nothing_is_disclosed(
    settings: Settings,
) -> None:
    rival = settings.build_ledger()
    ledger = RacingLedger(settings.ledger_env(), keyring=settings.keyring())
    ledger.rival = rival
    opened, _ = given_case_with_consent(rival)
    meeting_id = given_meeting(rival, "coordinated_support_meeting", opened.case_id)

    with pytest.raises(ConsentRequiredError):
        ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))

    assert ledger.raced
    assert ledger.get_meeting(meeting_id).minutes == {}
    assert ledger.get_case(opened.case_id).disclosures == {}
    ledger.close()
    rival.close()


def test_a_disclosure_summary_is_erased_with_the_person(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    meeting_id = given_meeting(ledger, "coordinated_support_meeting", opened.case_id)
    ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))

    given_erased(ledger, opened.person_id)

    disclosed = list(ledger.events.get(meeting_id))[-1]
    assert isinstance(disclosed, Meeting.InformationDisclosed)
    assert disclosed.summary.text == REDACTED_TEXT
    assert list(disclosed.recipients) == ["shakyo"]  # structure survives


def test_a_coordinated_meeting_refuses_a_recipient_without_consent(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    meeting_id = given_meeting(ledger, "coordinated_support_meeting", opened.case_id)

    with pytest.raises(ConsentRequiredError):
        ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))

    assert ledger.get_meeting(meeting_id).minutes == {}


def test_a_recipient_outside_the_meeting_is_refused(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    meeting_id = given_meeting(ledger, "coordinated_support_meeting", opened.case_id)
    form = a_disclosure(opened.case_id)
    outsider = DisclosureForm(
        form.case_id,
        form.disclosed_by,
        ("fukushi_ka", "yuzuriha"),
        form.categories,
        form.summary,
    )

    with pytest.raises(NotAParticipantError):
        ledger.disclose(COORDINATOR, meeting_id, outsider)


def test_a_closed_meeting_refuses_further_disclosures(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    meeting_id = given_meeting(ledger, "coordinated_support_meeting", opened.case_id)
    ledger.close_meeting(COORDINATOR, meeting_id, HELD_ON)

    with pytest.raises(MeetingClosedError):
        ledger.disclose(COORDINATOR, meeting_id, a_disclosure(opened.case_id))


def test_a_plan_revision_is_approved_at_a_coordinated_meeting(
    ledger: CaseLedger,
) -> None:
    opened = given_referred_case(ledger)
    plan_id, _ = ledger.create_plan(
        RECEIVING_WORKER,
        opened.case_id,
        project="multi_agency",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, opened.case_id),
    )
    meeting_id = given_meeting(ledger, "coordinated_support_meeting", opened.case_id)

    ledger.approve_plan_at_meeting(COORDINATOR, meeting_id, opened.case_id, plan_id, 1)

    plan = ledger.get_case(opened.case_id).plan(plan_id)
    approved = list(ledger.events.get(meeting_id))[-1]
    assert isinstance(approved, Meeting.PlanApprovalRecorded)
    assert (approved.plan_id, approved.revision) == (plan_id, 1)
    assert plan.revisions[0].meeting_id == meeting_id
