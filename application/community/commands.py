"""Commands on community records (地域の取組の記録) and tallies (集計値)."""

from __future__ import annotations

from uuid import UUID

from eventsourcing.persistence import RecordConflictError

from application.access.actor import Actor
from application.store.base import LedgerBase
from domain.community.record import CommunityRecord
from domain.community.statement import CommunityStatement
from domain.community.tally import Tally
from domain.errors import TallyAlreadyReportedError


class CommunityCommands(LedgerBase):
    """Cross-case facts and operators' monthly figures; one transaction each.

    Nothing here is personal data. Every write to an existing record takes an
    optional `expected` version (the HTTP If-Match) and returns the new one.
    """

    def record_community_event(
        self, actor: Actor, statement: CommunityStatement
    ) -> tuple[UUID, int]:
        """Record a session, meeting or new service; returns its id and version."""
        self.check_agency(statement.agency, *statement.participating_agencies)
        record = CommunityRecord.record(
            self.new_id(), statement, actor.recorded_by, self.recording()
        )
        self.commit(record)
        return record.id, record.version

    def correct_community_record(
        self,
        actor: Actor,
        record_id: UUID,
        statement: CommunityStatement,
        reason: str,
        expected: int | None = None,
    ) -> int:
        self.check_agency(statement.agency, *statement.participating_agencies)
        record = self.load(CommunityRecord, record_id, expected)
        record.correct(statement, reason, actor.recorded_by, self.recording())
        self.commit(record)
        return record.version

    def withdraw_community_record(
        self, actor: Actor, record_id: UUID, reason: str, expected: int | None = None
    ) -> int:
        record = self.load(CommunityRecord, record_id, expected)
        record.withdraw(reason, actor.recorded_by)
        self.commit(record)
        return record.version

    def report_tally(
        self, actor: Actor, *, kind: str, agency: str, year: int, month: int, value: int
    ) -> tuple[UUID, int]:
        """Report a month's figure once; a second report of the period is refused.

        The id comes from the period, so two reports of it collide in the store
        even when they race; the loser is told to send a correction.
        """
        self.check_agency(agency)
        tally = Tally.report(
            kind=kind,
            agency=agency,
            year=year,
            month=month,
            value=value,
            recorded_by=actor.recorded_by,
            today=self.today(),
        )
        try:
            self.save(tally)
        except RecordConflictError:
            raise TallyAlreadyReportedError(f"{kind} {agency} {year}-{month}") from None
        return tally.id, tally.version

    def correct_tally(
        self,
        actor: Actor,
        tally_id: UUID,
        value: int,
        reason: str,
        expected: int | None = None,
    ) -> int:
        tally = self.load(Tally, tally_id, expected)
        tally.correct(value, reason, actor.recorded_by)
        self.commit(tally)
        return tally.version

    def get_community_record(self, record_id: UUID) -> CommunityRecord:
        return self.load(CommunityRecord, record_id, None)

    def get_tally(self, tally_id: UUID) -> Tally:
        return self.load(Tally, tally_id, None)
