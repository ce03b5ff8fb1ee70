"""The ledger's commands, end to end through storage, on both stores."""

from __future__ import annotations

from datetime import date

import pytest

from application.case_ledger import CaseLedger
from application.errors import ConcurrentUpdateError, NotFoundError, StaleVersionError
from domain.errors import ConsentRequiredError, UnknownAgencyError
from domain.referral import ReferralStatus
from interfaces.config import Settings
from tests.application.given import (
    INTAKE_WORKER,
    NAME,
    RECEIVING_WORKER,
    SUMMARY,
    a_consent_form,
    a_referral,
    an_intake,
    given_case_with_consent,
    given_opened_case,
    given_requested_referral,
    recorded_after_seeding,
    unknown_id,
)
from tests.domain.given import a_consent
from tests.support.clock import TestClock


def test_a_caseworkers_day_is_recorded_and_read_back(
    ledger: CaseLedger, clock: TestClock
) -> None:
    opened, referral_id = given_requested_referral(ledger)
    ledger.move_referral(
        RECEIVING_WORKER,
        opened.case_id,
        referral_id,
        ReferralStatus.ACCEPTED,
        date(2026, 5, 21),
    )
    clock.set(date(2026, 7, 1))
    ledger.move_referral(
        RECEIVING_WORKER,
        opened.case_id,
        referral_id,
        ReferralStatus.COMPLETED,
        date(2026, 7, 1),
        "家族会につながった",
    )

    clock.set(date(2026, 8, 1))
    version = ledger.close_case(
        INTAKE_WORKER,
        opened.case_id,
        date(2026, 8, 1),
        "終結",
        reason_code="goals_reached",
    )

    case = ledger.get_case(opened.case_id)
    assert version == case.version == 6
    assert case.is_closed
    assert case.summary.text == SUMMARY
    referral = case.referral(referral_id)
    assert referral.status == ReferralStatus.COMPLETED
    assert referral.note is not None
    assert referral.note.text == "家族会につながった"
    assert ledger.get_person(opened.person_id).identity.name.text == NAME


def test_opening_a_case_saves_the_person_and_the_case_together(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)

    case = ledger.get_case(opened.case_id)

    assert case.intake.person_id == opened.person_id
    assert opened.version == 1
    assert [n.originator_id for n in recorded_after_seeding(ledger)] == [
        opened.person_id,
        opened.case_id,
    ]


def test_a_referral_without_covering_consent_is_refused_and_nothing_is_saved(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(ConsentRequiredError):
        ledger.request_referral(INTAKE_WORKER, opened.case_id, a_referral())

    assert ledger.get_case(opened.case_id).version == 1


def test_a_referral_after_the_withdrawal_date_is_refused(ledger: CaseLedger) -> None:
    opened, consent_id = given_case_with_consent(ledger)
    ledger.withdraw_consent(
        INTAKE_WORKER, opened.case_id, consent_id, date(2026, 6, 1), "本人の希望"
    )

    with pytest.raises(ConsentRequiredError):
        ledger.request_referral(
            INTAKE_WORKER, opened.case_id, a_referral(date(2026, 6, 2))
        )


def test_a_referral_records_the_consent_it_relied_on(ledger: CaseLedger) -> None:
    opened, consent_id = given_case_with_consent(ledger)

    referral = ledger.request_referral(INTAKE_WORKER, opened.case_id, a_referral())

    assert referral.consent_id == consent_id
    stored = ledger.get_case(opened.case_id).referral(referral.referral_id)
    assert stored.basis.consent_id == consent_id


@pytest.mark.parametrize("agency", ["nowhere", ""])
def test_an_unknown_agency_is_refused(ledger: CaseLedger, agency: str) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(UnknownAgencyError):
        ledger.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form((agency,)))


def test_an_intake_at_an_unknown_window_is_refused(ledger: CaseLedger) -> None:
    form = an_intake()
    object.__setattr__(form, "intake_agency", "nowhere")

    with pytest.raises(UnknownAgencyError):
        ledger.open_case(INTAKE_WORKER, form)


def test_an_unknown_case_is_not_found(ledger: CaseLedger) -> None:
    with pytest.raises(NotFoundError):
        ledger.get_case(unknown_id())


def test_a_person_id_is_not_found_as_a_case(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(NotFoundError):
        ledger.get_case(opened.person_id)


def test_a_write_on_a_stale_version_is_refused(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)

    with pytest.raises(StaleVersionError):
        ledger.grant_consent(
            INTAKE_WORKER, opened.case_id, a_consent_form(), expected=opened.version
        )


def test_two_writers_racing_on_one_case_lose_no_update(settings: Settings) -> None:
    first, second = settings.build_ledger(), settings.build_ledger()
    opened = given_opened_case(first)
    stale = second.get_case(opened.case_id)  # loaded before the other write
    first.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form())
    stale.grant_consent(a_consent(stale), "late-writer", first.recording())

    with pytest.raises(ConcurrentUpdateError):
        second.commit(stale)

    second.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form())  # retry
    assert len(first.get_case(opened.case_id).consents) == 2
    first.close()
    second.close()
