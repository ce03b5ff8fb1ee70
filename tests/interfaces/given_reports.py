"""Data the report and audit-trail API tests read: written once per module."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm
from application.meetings.commands import DisclosureForm
from tests.interfaces.given_api import Api
from tests.projections.given import a_case

REPORTER = "reporter@fukushi_ka"
SUPERVISOR = "supervisor@chuo_houkatsu"
PCM = "consultation_elderly_preventive_care_management"
PCM_KIND, CC = "preventive_care_management", "comprehensive_consultation"


@pytest.fixture(scope="module")
def written(api: Api) -> tuple[str, str]:
    """A case with two activities and a 支援会議 disclosure; the ledger's head."""
    ledger = api.ledger
    case_id = a_case(ledger)
    worker = Actor(uuid4(), "chuo_houkatsu", "caseworker")
    forms = [
        ActivityForm(PCM_KIND, CC, "chuo_houkatsu", date(2026, 6, day))
        for day in (1, 2)
    ]
    ledger.record_activities(worker, case_id, forms)
    given_a_disclosure(ledger, case_id)
    return str(case_id), str(ledger.recorder.max_notification_id())


def given_a_disclosure(ledger: CaseLedger, case_id: UUID) -> None:
    chair = Actor(uuid4(), "fukushi_ka", "coordinator")
    members = ("fukushi_ka", "chuo_houkatsu")
    meeting = ledger.convene_meeting(
        chair, "support_meeting", date(2026, 6, 10), members, (case_id,)
    )
    ledger.acknowledge_confidentiality(chair, meeting, "fukushi_ka", "委員")
    form = DisclosureForm(case_id, "chuo_houkatsu", ("fukushi_ka",), ("basic",), "要旨")
    ledger.disclose(chair, meeting, form)
