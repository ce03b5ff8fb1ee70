"""Counts survive erasure: indicators and statistics are equal before and after.

The person's case at 社協 (the 生活困窮 window) with a coded profile, an
activity and a closure, and a one-off consultation beside it; then the
person is erased on a request approved by another admin.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from uuid import uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm
from domain.consultation import ConsultationFacts
from domain.profile import Profile
from projections.read_models import ReadModels
from tests.application.given import an_intake, given_erased
from tests.projections.given import caught_up

SHAKYO = Actor(uuid4(), "shakyo", "caseworker")
PROFILE = Profile(
    sex="female",
    household_type="parent_and_child",
    consulter="self",
    problems=("debt", "hikikomori"),
)


def given_a_person_counted_everywhere(ledger: CaseLedger) -> Any:
    form = replace(
        an_intake(),
        intake_agency="shakyo",
        fields=("livelihood", "elderly_care"),
        projects=("comprehensive_consultation",),
        profile=PROFILE,
    )
    opened = ledger.open_case(SHAKYO, form)
    visit = ActivityForm("home_visit", "outreach", "shakyo", date(2026, 5, 20))
    ledger.record_activity(SHAKYO, opened.case_id, visit)
    ledger.close_case(
        SHAKYO, opened.case_id, date(2026, 6, 1), "家計が安定", reason_code="stable"
    )
    call = ConsultationFacts("shakyo", date(2026, 6, 2), "phone", ("livelihood",))
    ledger.record_consultation(SHAKYO, call)
    return opened


def counts(models: ReadModels) -> tuple[Any, Any]:
    report = caught_up(models).indicator_report(2026)
    return (
        [(line.indicator.id, line.actual) for line in report.lines],
        models.statistics(2026),
    )


def test_indicators_and_statistics_are_equal_after_an_erasure(
    ledger: CaseLedger,
) -> None:
    models = ReadModels.of(ledger)
    models.create_tables()
    opened = given_a_person_counted_everywhere(ledger)
    before = counts(models)

    given_erased(ledger, opened.person_id)

    assert ledger.get_person(opened.person_id).erased_on is not None
    assert counts(models) == before
    statistics = {(c.origin, c.vocabulary, c.code): c.count for c in before[1]}
    assert statistics[("intake", "age_band", "age_75_over")] == 1  # born 1944
    assert statistics[("intake", "problems", "hikikomori")] == 1
    assert statistics[("closure", "reason", "stable")] == 1
    assert statistics[("consultation", "agency", "shakyo")] == 1
    indicators = dict(before[0])
    assert indicators["consultation_livelihood_new_consultations"] == 2


def test_a_rebuilt_read_model_counts_the_same_after_an_erasure(
    ledger: CaseLedger,
) -> None:
    models = ReadModels.of(ledger)
    models.create_tables()
    opened = given_a_person_counted_everywhere(ledger)
    before = counts(models)
    given_erased(ledger, opened.person_id)

    models.rebuild(["indicators"])

    assert counts(models) == before
