"""Property: a rebuild from zero equals the views kept incrementally.

Random sequences of commands (some refused by the rules) are recorded, with
catch-ups of random batch sizes in between; then every view is dumped,
rebuilt aside from notification 1 in batches of another size (and switched
to), and dumped again.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.case_ledger import CaseLedger
from application.errors import ApplicationError
from application.meetings.commands import DisclosureForm
from domain.community.statement import CommunityStatement
from domain.errors import DomainError
from projections.read_models import ReadModels
from tests.projections.given import CHAIR, SHAKYO, a_case, an_activity

START = date(2026, 4, 1)
AGENCIES = ("chuo_houkatsu", "shakyo", "kodomo_katei")
FIELDS = (("elderly_care",), ("livelihood",), ("child_rearing", "livelihood"))
KINDS = ("preventive_care_management", "general_consultation", "phone", "coordination")
days = st.integers(0, 400)
ops = st.one_of(
    st.tuples(st.just("open"), st.integers(0, 2), st.integers(0, 2), days),
    st.tuples(st.just("work"), st.integers(0, 9), st.integers(0, 3), days),
    st.tuples(st.just("close"), st.integers(0, 9), days),
    st.tuples(st.just("reopen"), st.integers(0, 9), days),
    st.tuples(st.just("record"), st.booleans(), days),
    st.tuples(st.just("withdraw"), st.integers(0, 5)),
    st.tuples(st.just("tally"), st.integers(1, 12), st.integers(0, 500)),
    st.tuples(st.just("catch_up"), st.integers(1, 7)),
    st.tuples(st.just("meet"), st.integers(0, 9), days),
    st.tuples(st.just("read"), st.integers(0, 9)),
)


def dump(models: ReadModels) -> dict[str, list[str]]:
    dumped = {}
    for view in models.views().values():
        for table in view.table_names:
            rows = view.read(f"SELECT * FROM {{{table}}}")
            dumped[table] = sorted(repr(sorted(row.items())) for row in rows)
    return dumped


class Script:
    """Carries out one op; refusals by the rules are part of the story."""

    def __init__(self, ledger: CaseLedger, models: ReadModels) -> None:
        self.ledger, self.models = ledger, models
        self.cases: list[Any] = []
        self.records: list[Any] = []

    def run(self, op: tuple[Any, ...]) -> None:
        with contextlib.suppress(DomainError, ApplicationError):
            getattr(self, f"_{op[0]}")(*op[1:])

    def _case(self, index: int) -> Any:
        if not self.cases:
            raise DomainError("no case yet")
        return self.cases[index % len(self.cases)]

    def _open(self, agency: int, fields: int, day: int) -> None:
        on = START + timedelta(days=day)
        self.cases.append(a_case(self.ledger, AGENCIES[agency], FIELDS[fields], on))

    def _work(self, index: int, kind: int, day: int) -> None:
        project = (
            "multi_agency"
            if KINDS[kind] == "coordination"
            else "comprehensive_consultation"
        )
        form = an_activity(KINDS[kind], project, START + timedelta(days=day))
        self.ledger.record_activities(SHAKYO, self._case(index), [form])

    def _close(self, index: int, day: int) -> None:
        self.ledger.close_case(
            SHAKYO,
            self._case(index),
            START + timedelta(days=day),
            None,
            reason_code="moved_away",
        )

    def _reopen(self, index: int, day: int) -> None:
        self.ledger.reopen_case(
            SHAKYO, self._case(index), START + timedelta(days=day), None
        )

    def _record(self, council: bool, day: int) -> None:
        statement = CommunityStatement(
            "council_meeting" if council else "training_session",
            "community_building" if council else "multi_agency",
            None, "shakyo", START + timedelta(days=day),
            "協議体", "紫塚" if council else None,
        )  # fmt: skip
        self.records.append(self.ledger.record_community_event(SHAKYO, statement)[0])

    def _withdraw(self, index: int) -> None:
        if self.records:
            record = self.records[index % len(self.records)]
            self.ledger.withdraw_community_record(SHAKYO, record, "取下げ")

    def _tally(self, month: int, value: int) -> None:
        tally = self.ledger.report_tally
        tally(
            SHAKYO,
            kind="watch_activities",
            agency="shakyo",
            year=2026,
            month=month,
            value=value,
        )

    def _meet(self, index: int, day: int) -> None:
        case_id = self._case(index)
        meeting_id = self.ledger.convene_meeting(
            CHAIR, "support_meeting", START + timedelta(days=day),
            ("fukushi_ka", "shakyo", "chuo_houkatsu"), (case_id,),
        )  # fmt: skip
        self.ledger.acknowledge_confidentiality(CHAIR, meeting_id, "shakyo", "委員")
        form = DisclosureForm(case_id, "chuo_houkatsu", ("shakyo",), ("basic",), "要旨")
        self.ledger.disclose(CHAIR, meeting_id, form)

    def _read(self, index: int) -> None:
        self.ledger.record_access(
            SHAKYO, "read_full", "case", str(self._case(index)), "x"
        )

    def _catch_up(self, batch_size: int) -> None:
        self.models.follower(batch_size=batch_size).catch_up()


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=st.lists(ops, min_size=5, max_size=40), rebuild_batch=st.integers(1, 600))
def test_a_rebuild_from_zero_equals_the_incrementally_kept_views(
    ledger: CaseLedger, models: ReadModels, script: list[Any], rebuild_batch: int
) -> None:
    story = Script(ledger, models)
    for op in [("open", i, i, 10 * i) for i in range(3)] + script:
        story.run(op)
    models.follower(batch_size=3).catch_up()
    kept = dump(models)

    models.rebuild(batch_size=rebuild_batch)

    assert dump(models) == kept
    assert models.indicator_report(2026) == models.indicator_report(2026)
