"""The acts of meetings, the registry, community records and tallies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from itertools import count
from uuid import UUID

from application.case_ledger import CaseLedger
from application.demo.clock import Staff
from application.demo.community_plan import CommunityPlan, RecordPlan
from application.demo.model import Act, MeetingPlan, Step, need
from application.demo.year import DemoYear
from application.meetings.commands import DisclosureForm

SUPPORT = "support_meeting"


class CityActs:
    """The acts of meetings, registry, records and tallies, bound to the ledger."""

    def __init__(
        self, ledger: CaseLedger, staff: Staff, seq: count[int], year: DemoYear
    ) -> None:
        self.ledger, self.staff, self.seq, self.year = ledger, staff, seq, year

    def _act(
        self, on: date, priority: int, run: Callable[[], object], events: int = 1
    ) -> Act:
        return Act(on, priority, next(self.seq), run, events)

    def of_meeting(self, meeting: MeetingPlan) -> Act:
        events = 2 + len(meeting.agencies) + 2 * len(meeting.disclosures)
        events += 2 * len(meeting.approvals) + len(meeting.cases)
        return self._act(
            meeting.held_on, Step.MEETING, lambda: self._meeting(meeting), events
        )

    def _meeting(self, meeting: MeetingPlan) -> None:
        chair = self.staff(meeting.convened_by, role="coordinator")
        meeting_id = self.ledger.convene_meeting(
            chair,
            meeting.kind,
            meeting.held_on,
            meeting.agencies,
            tuple(need(c.case_id) for c in meeting.cases),
        )
        if meeting.kind == SUPPORT:
            for index, agency in enumerate(meeting.agencies):
                name = f"（架空）委員{index + 1}"
                self.ledger.acknowledge_confidentiality(chair, meeting_id, agency, name)
        for case, by, recipients, categories in meeting.disclosures:
            form = DisclosureForm(
                need(case.case_id), by, recipients, categories, "（架空）支援の状況"
            )
            self.ledger.disclose(chair, meeting_id, form)
        self._decide(chair, meeting_id, meeting)
        self.ledger.close_meeting(chair, meeting_id, meeting.held_on)

    def _decide(self, chair: object, meeting_id: UUID, meeting: MeetingPlan) -> None:
        for case, plan, revision in meeting.approvals:
            self.ledger.approve_plan_at_meeting(
                chair,  # type: ignore[arg-type]
                meeting_id,
                need(case.case_id),
                need(plan.plan_id),
                revision,
            )
        for case in meeting.cases:
            text = "（架空）役割分担を確認し、次回までの支援を決定。"
            self.ledger.record_decision(chair, meeting_id, need(case.case_id), text)  # type: ignore[arg-type]

    def of_community(self, plan: CommunityPlan) -> list[Act]:
        admin = self.staff("fukushi_ka", role="admin")
        first = self.year.first_day
        acts = [
            self._act(
                first,
                Step.REGISTRY,
                partial(self.ledger.register_agency, admin, e, first),
            )
            for e in plan.centres
        ]
        for organisation in plan.organisations:
            acts += self._organisation(*organisation)
        acts += [act for record in plan.records for act in self._record(record)]
        acts += [self._tally(*tally) for tally in plan.tallies]
        return acts

    def _organisation(
        self, name: str, kind: str, district: str, on: date, stops: date | None
    ) -> list[Act]:
        admin = self.staff("fukushi_ka", role="admin")
        made: list[UUID] = []

        def register() -> None:
            org_id, _ = self.ledger.register_cooperating_organisation(
                admin, name_ja=name, kind=kind, district=district, registered_on=on
            )
            made.append(org_id)

        def stop(day: date) -> None:
            reason = "（架空）協力終了"
            self.ledger.deactivate_cooperating_organisation(admin, made[0], day, reason)

        acts = [self._act(on, Step.REGISTRY, register)]
        if stops is not None:
            acts.append(self._act(stops, Step.REGISTRY, lambda: stop(stops)))
        return acts

    def _record(self, record: RecordPlan) -> list[Act]:
        """Record on the day held; correct or withdraw once the true day came."""
        held_on = record.statement.held_on
        acts = [self._act(held_on, Step.RECORDS, lambda: self._keep(record))]
        if record.corrected is not None or record.withdrawn:
            later = max(held_on, (record.corrected or record.statement).held_on)
            run = lambda: self._amend(record)  # noqa: E731
            events = (record.corrected is not None) + record.withdrawn
            acts.append(self._act(later, Step.RECORDS, run, events))
        return acts

    def _keep(self, record: RecordPlan) -> None:
        actor = self.staff(record.statement.agency)
        record.record_id, _ = self.ledger.record_community_event(
            actor, record.statement
        )

    def _amend(self, record: RecordPlan) -> None:
        actor, record_id = self.staff(record.statement.agency), need(record.record_id)
        if record.corrected is not None:
            reason = "（架空）開催日の誤り"
            self.ledger.correct_community_record(
                actor, record_id, record.corrected, reason
            )
        if record.withdrawn:
            self.ledger.withdraw_community_record(actor, record_id, "（架空）二重登録")

    def _tally(  # noqa: PLR0917 (a tally's facts)
        self,
        kind: str,
        agency: str,
        year: int,
        month: int,
        value: int,
        fixed: int | None,
    ) -> Act:
        reported = date(year + month // 12, month % 12 + 1, 5)  # early next month
        run = lambda: self._report(kind, agency, year, month, value, fixed)  # noqa: E731
        return self._act(reported, Step.RECORDS, run, 1 + (fixed is not None))

    def _report(  # noqa: PLR0917
        self,
        kind: str,
        agency: str,
        year: int,
        month: int,
        value: int,
        fixed: int | None,
    ) -> None:
        actor = self.staff(agency)
        tally_id, _ = self.ledger.report_tally(
            actor, kind=kind, agency=agency, year=year, month=month, value=value
        )
        if fixed is not None:
            self.ledger.correct_tally(actor, tally_id, fixed, "（架空）集計誤りの訂正")
