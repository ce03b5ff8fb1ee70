"""The indicator projection: events in, facts and spans out (docs/indicators.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventsourcing.dispatch import singledispatchmethod
from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.agency_registry import AgencyRegistry
from domain.case import Case
from domain.community.record import CommunityRecord
from domain.community.statement import CommunityStatement
from domain.community.tally import Tally
from domain.consultation import Consultation
from projections import indicator_rules as rules
from projections.indicators import IndicatorFact, IndicatorsView, SpanChange, ref
from projections.topics import topics_of

_Registry = AgencyRegistry


class IndicatorsProjection(Projection[IndicatorsView]):
    name = "indicators"
    # 2: voided activities and plans count nowhere
    # 3: one-off consultations count until withdrawn; statistics' facts too
    version = 3  # bump on any change of handlers or tables: docs/projections.md
    topics = topics_of(
        Case.Opened,
        Case.Closed,
        Case.Reopened,
        Consultation.Recorded,
        Consultation.Withdrawn,
        Case.ActivityRecorded,
        Case.PlanCreated,
        Case.ActivityVoided,
        Case.PlanVoided,
        CommunityRecord.Recorded,
        CommunityRecord.Corrected,
        CommunityRecord.Withdrawn,
        Tally.Reported,
        Tally.Corrected,
        _Registry.AgencyRegistered,
        _Registry.AgencyChanged,
        _Registry.AgencyDeactivated,
        _Registry.CooperatingOrganisationRegistered,
        _Registry.CooperatingOrganisationDeactivated,
    )

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        self.view.insert_tracking(tracking)

    def _put(
        self,
        event: Any,
        source: Any,
        facts: list[tuple[str, str, date, int]],
        t: Tracking,
    ) -> None:
        """Replace the source's facts; (indicator, dimension, date, value) each."""
        made = [
            IndicatorFact(indicator, str(source), dimension, on, value, ref(event, t))
            for indicator, dimension, on, value in facts
        ]
        self.view.put_facts(str(source), made, t)

    # --- cases ------------------------------------------------------------------

    @process_event.register
    def _(self, domain_event: Case.ActivityRecorded, tracking: Tracking) -> None:
        e = domain_event
        indicator = rules.activity_indicator(e.kind, e.project)
        if indicator is None:
            self.view.insert_tracking(tracking)
            return
        self._put(e, e.activity_id, [(indicator, "", e.occurred_on, 1)], tracking)

    @process_event.register
    def _(self, domain_event: Case.PlanCreated, tracking: Tracking) -> None:
        e = domain_event
        indicator = rules.PLAN_PROJECTS.get(e.project)
        if indicator is None:
            self.view.insert_tracking(tracking)
            return
        self._put(e, e.plan_id, [(indicator, "", e.created_on, 1)], tracking)

    @process_event.register
    def _(self, domain_event: Case.ActivityVoided, tracking: Tracking) -> None:
        # A voided activity counts nowhere (R9): its facts are dropped.
        self._put(domain_event, domain_event.activity_id, [], tracking)

    @process_event.register
    def _(self, domain_event: Case.PlanVoided, tracking: Tracking) -> None:
        self._put(domain_event, domain_event.plan_id, [], tracking)

    @process_event.register
    def _(self, domain_event: Case.Opened, tracking: Tracking) -> None:
        intake = domain_event.intake
        on = intake.opened_on
        facts = [
            (fact, code, on, 1)
            for fact, code in rules.statistics_facts(
                "intake", intake.agency, intake.profile
            )
        ]
        if rules.counts_new_livelihood_case(tuple(intake.fields)):
            # Kept with the intake agency; the report counts the window's only.
            facts.append((rules.NEW_LIVELIHOOD_CASES, intake.agency, on, 1))
        self._put(domain_event, domain_event.originator_id, facts, tracking)

    @process_event.register
    def _(self, domain_event: Case.Closed, tracking: Tracking) -> None:
        e = domain_event
        fact = (rules.CLOSURE_REASONS, e.reason_code, e.closed_on, 1)
        self._put(e, _closure(e.originator_id), [fact], tracking)

    @process_event.register
    def _(self, domain_event: Case.Reopened, tracking: Tracking) -> None:
        # A reopened case's closure counts no more; its next closure will.
        self._put(domain_event, _closure(domain_event.originator_id), [], tracking)

    # --- one-off consultations (no person) --------------------------------------

    @process_event.register
    def _(self, domain_event: Consultation.Recorded, tracking: Tracking) -> None:
        f = domain_event.facts
        on = f.consulted_on
        facts = [
            (fact, code, on, 1)
            for fact, code in rules.statistics_facts(
                "consultation", f.agency, f.profile
            )
        ]
        if rules.counts_new_livelihood_case(tuple(f.fields)):
            facts.append((rules.NEW_LIVELIHOOD_CASES, f.agency, on, 1))
        indicator = (
            None if f.kind is None else rules.activity_indicator(f.kind, f.project)
        )
        if indicator is not None:
            facts.append((indicator, "", on, 1))
        self._put(domain_event, domain_event.originator_id, facts, tracking)

    @process_event.register
    def _(self, domain_event: Consultation.Withdrawn, tracking: Tracking) -> None:
        # A withdrawn consultation counts nowhere (R9): its facts are dropped.
        self._put(domain_event, domain_event.originator_id, [], tracking)

    # --- community records and tallies -----------------------------------------

    @process_event.register
    def _(self, domain_event: CommunityRecord.Recorded, tracking: Tracking) -> None:
        self._statement(domain_event, domain_event.statement, tracking)

    @process_event.register
    def _(self, domain_event: CommunityRecord.Corrected, tracking: Tracking) -> None:
        self._statement(domain_event, domain_event.statement, tracking)

    @process_event.register
    def _(self, domain_event: CommunityRecord.Withdrawn, tracking: Tracking) -> None:
        self._put(domain_event, domain_event.originator_id, [], tracking)

    def _statement(
        self, event: Any, statement: CommunityStatement, tracking: Tracking
    ) -> None:
        facts = [
            (indicator, dimension, statement.held_on, 1)
            for indicator, dimension in rules.statement_facts(statement)
        ]
        self._put(event, event.originator_id, facts, tracking)

    @process_event.register
    def _(self, domain_event: Tally.Reported, tracking: Tracking) -> None:
        e = domain_event
        indicator = rules.TALLY_KINDS.get(e.kind)
        if indicator is None:
            self.view.insert_tracking(tracking)
            return
        month = date(e.year, e.month, 1)
        self._put(e, e.originator_id, [(indicator, e.agency, month, e.value)], tracking)

    @process_event.register
    def _(self, domain_event: Tally.Corrected, tracking: Tracking) -> None:
        e = domain_event
        self.view.revalue(str(e.originator_id), e.value, ref(e, tracking), tracking)

    # --- the agency registry ----------------------------------------------------

    @process_event.register
    def _(self, domain_event: _Registry.AgencyRegistered, tracking: Tracking) -> None:
        self._entry(domain_event, domain_event.registered_on, tracking)

    @process_event.register
    def _(self, domain_event: _Registry.AgencyChanged, tracking: Tracking) -> None:
        self._entry(domain_event, domain_event.changed_on, tracking)

    def _entry(self, event: Any, on: date, tracking: Tracking) -> None:
        entry = event.entry
        change = SpanChange(
            source_id=entry.code,
            indicator_ids=rules.facility_indicators(tuple(entry.facility_types)),
            on=on,
            event=ref(event, tracking),
            fields=tuple(entry.fields),
            projects=tuple(entry.projects),
            operation=entry.operation,
        )
        self.view.change_spans(change, tracking)

    @process_event.register
    def _(self, domain_event: _Registry.AgencyDeactivated, tracking: Tracking) -> None:
        e = domain_event
        change = SpanChange(e.code, (), e.deactivated_on, ref(e, tracking))
        self.view.change_spans(change, tracking)

    @process_event.register
    def _(
        self,
        domain_event: _Registry.CooperatingOrganisationRegistered,
        tracking: Tracking,
    ) -> None:
        e = domain_event
        indicators = (rules.COOPERATING_ORGANISATIONS,)
        change = SpanChange(
            str(e.org_id), indicators, e.registered_on, ref(e, tracking)
        )
        self.view.change_spans(change, tracking)

    @process_event.register
    def _(
        self,
        domain_event: _Registry.CooperatingOrganisationDeactivated,
        tracking: Tracking,
    ) -> None:
        e = domain_event
        change = SpanChange(str(e.org_id), (), e.deactivated_on, ref(e, tracking))
        self.view.change_spans(change, tracking)


def _closure(case_id: Any) -> str:
    """The source of a case's closure facts, apart from its intake's."""
    return f"{case_id}:closure"
