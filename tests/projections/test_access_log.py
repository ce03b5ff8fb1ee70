"""The access log view: who read which case data, kept from AccessRecord."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from projections.access_log import AccessQuery
from projections.read_models import ReadModels
from tests.projections.given import caught_up

READER = Actor(uuid4(), "chuo_houkatsu", "caseworker")
AUDITOR = Actor(uuid4(), "fukushi_ka", "auditor")


def test_every_recorded_read_is_in_the_log_in_order(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id = str(uuid4())
    ledger.record_access(READER, "read_full", "case", case_id, "support")
    ledger.record_access(AUDITOR, "read", "history", case_id, "audit")

    rows = caught_up(models).access_log.accesses(AccessQuery())

    assert [(r.user_id, r.action, r.resource_id) for r in rows] == [
        (str(READER.user_id), "read_full", case_id),
        (str(AUDITOR.user_id), "read", case_id),
    ]
    assert rows[0].notification_id < rows[1].notification_id
    assert rows[0].at.tzinfo is not None


def test_the_log_is_filtered_by_user_resource_and_time(
    ledger: CaseLedger, models: ReadModels
) -> None:
    first, second = str(uuid4()), str(uuid4())
    ledger.record_access(READER, "read_full", "case", first, "support")
    ledger.record_access(AUDITOR, "read", "case", second, "audit")
    log = caught_up(models).access_log

    by_user = log.accesses(AccessQuery(user_id=str(AUDITOR.user_id)))
    by_case = log.accesses(AccessQuery(resource_type="case", resource_id=first))
    by_agency = log.accesses(AccessQuery(agency="fukushi_ka"))
    future = log.accesses(AccessQuery(since=datetime(2999, 1, 1, tzinfo=UTC)))

    assert [r.resource_id for r in by_user] == [second]
    assert [r.user_id for r in by_case] == [str(READER.user_id)]
    assert [r.role for r in by_agency] == ["auditor"]
    assert future == []
