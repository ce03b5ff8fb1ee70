"""The confidentiality audit trail of meetings, without any summary text."""

from __future__ import annotations

from datetime import date

from application.case_ledger import CaseLedger
from application.meetings.commands import DisclosureForm
from projections.disclosures import DisclosureQuery
from projections.read_models import ReadModels
from tests.projections.given import CHAIR, a_case, a_consented_case, caught_up

SUMMARY = "長男の通院歴と借入れの状況（要旨）"


def given_a_support_meeting(ledger: CaseLedger) -> tuple[str, str]:
    case_id = a_case(ledger)
    meeting_id = ledger.convene_meeting(
        CHAIR, "support_meeting", date(2026, 6, 10),
        ("fukushi_ka", "shakyo", "chuo_houkatsu"), (case_id,),
    )  # fmt: skip
    for agency in ("shakyo", "fukushi_ka"):
        ledger.acknowledge_confidentiality(CHAIR, meeting_id, agency, "委員")
    form = DisclosureForm(
        case_id, "chuo_houkatsu", ("shakyo", "fukushi_ka"), ("health",), SUMMARY
    )
    ledger.disclose(CHAIR, meeting_id, form)
    return str(case_id), str(meeting_id)


def test_a_support_meeting_disclosure_is_kept_with_its_statutory_basis(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id, meeting_id = given_a_support_meeting(ledger)

    (row,) = caught_up(models).disclosures.disclosures(DisclosureQuery())

    assert (row.case_id, row.meeting_id, row.kind) == (
        case_id,
        meeting_id,
        "support_meeting",
    )
    assert row.disclosed_by == "chuo_houkatsu"
    assert row.recipients == ("shakyo", "fukushi_ka")
    assert row.categories == ("health",)
    assert row.basis == "social_welfare_act_106_6"
    assert row.held_on == date(2026, 6, 10)
    assert row.recorded_by == str(CHAIR.user_id)
    acks = models.disclosures.acknowledgements(meeting_id)
    assert [a.agency for a in acks] == ["shakyo", "fukushi_ka"]


def test_a_consent_based_disclosure_names_the_consent_relied_on(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id = a_consented_case(ledger)
    meeting_id = ledger.convene_meeting(
        CHAIR, "coordinated_support_meeting", date(2026, 6, 10),
        ("fukushi_ka", "shakyo", "chuo_houkatsu"), (case_id,),
    )  # fmt: skip
    form = DisclosureForm(case_id, "chuo_houkatsu", ("shakyo",), ("basic",), SUMMARY)
    made = ledger.disclose(CHAIR, meeting_id, form)

    (row,) = caught_up(models).disclosures.disclosures(DisclosureQuery())

    assert row.basis == "consent"
    assert row.consent_ids == {"shakyo": str(made.consent_ids["shakyo"])}


def test_the_trail_is_filtered_by_case_agency_kind_and_dates(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id, _ = given_a_support_meeting(ledger)
    given_a_support_meeting(ledger)
    trail = caught_up(models).disclosures

    by_case = trail.disclosures(DisclosureQuery(case_id=case_id))
    by_recipient = trail.disclosures(DisclosureQuery(agency="shakyo"))
    by_stranger = trail.disclosures(DisclosureQuery(agency="tobu_houkatsu"))
    by_kind = trail.disclosures(DisclosureQuery(kind="coordinated_support_meeting"))
    by_dates = trail.disclosures(DisclosureQuery(held_from=date(2026, 6, 11)))
    paged = trail.disclosures(DisclosureQuery(limit=1, offset=1))

    assert [r.case_id for r in by_case] == [case_id]
    assert (len(by_recipient), by_stranger, by_kind, by_dates) == (2, [], [], [])
    assert len(paged) == 1
    assert paged[0].case_id != case_id


def test_no_disclosed_summary_or_member_name_reaches_the_view(
    ledger: CaseLedger, models: ReadModels
) -> None:
    given_a_support_meeting(ledger)

    caught_up(models)

    view = models.disclosures
    dumped = repr([view.read(f"SELECT * FROM {{{t}}}") for t in view.table_names])
    assert SUMMARY not in dumped
    assert "委員" not in dumped
