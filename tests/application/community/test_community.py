"""Community records (地域の取組の記録) and tallies (集計値), on both stores."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.errors import StaleVersionError
from domain.community.tally import Tally
from domain.errors import TallyAlreadyReportedError, UnknownAgencyError
from interfaces.config import Settings
from tests.domain.given_community import a_case_study, a_statement

COORDINATOR = Actor(uuid4(), "shakyo", "coordinator")


def report_may_watch(ledger: CaseLedger, value: int) -> tuple[UUID, int]:
    """The 社会福祉協議会 reports its 見守り活動件数 for May 2026."""
    return ledger.report_tally(
        COORDINATOR,
        kind="watch_activities",
        agency="shakyo",
        year=2026,
        month=5,
        value=value,
    )


def test_a_council_meeting_is_recorded_and_read_back(ledger: CaseLedger) -> None:
    record_id, version = ledger.record_community_event(COORDINATOR, a_statement())

    record = ledger.get_community_record(record_id)
    assert version == record.version == 1
    assert record.statement == a_statement()


def test_a_record_at_an_unknown_agency_is_refused(ledger: CaseLedger) -> None:
    statement = a_statement(agency="nowhere")

    with pytest.raises(UnknownAgencyError):
        ledger.record_community_event(COORDINATOR, statement)


def test_a_case_study_with_a_deactivated_participant_is_refused(
    ledger: CaseLedger,
) -> None:
    ledger.deactivate_agency(COORDINATOR, "yuzuriha", ledger.today(), "事業終了")

    with pytest.raises(UnknownAgencyError):
        ledger.record_community_event(COORDINATOR, a_case_study())


def test_a_correction_replaces_the_statement(ledger: CaseLedger) -> None:
    record_id, version = ledger.record_community_event(COORDINATOR, a_case_study())
    fixed = a_case_study(participating_agencies=("shogai_soudan", "shakyo"))

    new_version = ledger.correct_community_record(
        COORDINATOR, record_id, fixed, "参加機関の誤り", expected=version
    )

    assert new_version == 2
    assert ledger.get_community_record(record_id).statement == fixed


def test_a_correction_on_a_stale_version_is_refused(ledger: CaseLedger) -> None:
    record_id, _ = ledger.record_community_event(COORDINATOR, a_statement())
    ledger.correct_community_record(
        COORDINATOR, record_id, a_statement(attendees=9), "人数"
    )

    with pytest.raises(StaleVersionError):
        ledger.correct_community_record(
            COORDINATOR, record_id, a_statement(attendees=8), "人数", expected=1
        )


def test_a_withdrawn_record_is_kept_as_withdrawn(ledger: CaseLedger) -> None:
    record_id, _ = ledger.record_community_event(COORDINATOR, a_statement())

    version = ledger.withdraw_community_record(COORDINATOR, record_id, "二重登録")

    record = ledger.get_community_record(record_id)
    assert version == record.version == 2
    assert record.withdrawn


def test_a_tally_is_read_back_under_its_period_id(ledger: CaseLedger) -> None:
    tally_id, version = report_may_watch(ledger, 6800)

    tally = ledger.get_tally(tally_id)
    assert tally_id == Tally.id_for("watch_activities", "shakyo", 2026, 5)
    assert (version, tally.value) == (1, 6800)


def test_reporting_a_period_again_is_refused_and_the_first_figure_stands(
    settings: Settings, ledger: CaseLedger
) -> None:
    tally_id, _ = report_may_watch(ledger, 6800)
    other_worker = settings.build_ledger()

    with pytest.raises(TallyAlreadyReportedError):
        report_may_watch(other_worker, 7000)

    assert ledger.get_tally(tally_id).value == 6800
    other_worker.close()


def test_a_tally_correction_replaces_the_figure(ledger: CaseLedger) -> None:
    tally_id, version = report_may_watch(ledger, 6800)

    new_version = ledger.correct_tally(
        COORDINATOR, tally_id, 6900, "集計漏れ", expected=version
    )

    assert new_version == 2
    assert ledger.get_tally(tally_id).value == 6900


def test_a_tally_at_a_deactivated_agency_is_refused(ledger: CaseLedger) -> None:
    ledger.deactivate_agency(COORDINATOR, "shakyo", ledger.today(), "事業終了")

    with pytest.raises(UnknownAgencyError):
        report_may_watch(ledger, 6800)
