"""Community records (地域の取組の記録): cross-case facts the indicators count."""

from __future__ import annotations

from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.community.statement import CommunityStatement
from domain.errors import CommunityRecordWithdrawnError, InvalidCommunityRecordError
from domain.recording import Recording


class CommunityRecord(Aggregate):
    """A record of a community fact (地域の取組の記録): session, meeting, service.

    Each record counts once toward its kind's indicators, as last corrected,
    unless it was withdrawn.
    """

    class Recorded(Aggregate.Created):
        """The fact was recorded (記録)."""

        statement: CommunityStatement
        recorded_by: str

    class Corrected(Aggregate.Event):
        """The record was replaced by a full new statement (訂正)."""

        statement: CommunityStatement
        reason: str
        recorded_by: str

    class Withdrawn(Aggregate.Event):
        """The record was withdrawn as made by mistake (取下げ); it counts no more."""

        reason: str
        recorded_by: str

    @event(Recorded)
    def __init__(
        self, id: UUID, statement: CommunityStatement, recorded_by: str
    ) -> None:
        self.statement = statement
        self.withdrawn = False

    @classmethod
    def record(
        cls,
        record_id: UUID,
        statement: CommunityStatement,
        recorded_by: str,
        recording: Recording,
    ) -> CommunityRecord:
        statement.check()
        recording.check("held_on", statement.held_on)
        return cls(id=record_id, statement=statement, recorded_by=recorded_by)

    def correct(
        self,
        statement: CommunityStatement,
        reason: str,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Replace the statement; an unchanged statement records nothing.

        A date left as it was is not checked again (old records may be
        corrected); a date changed is a business date like any other.
        """
        self._check_not_withdrawn()
        statement.check()
        _check_reason(reason)
        if statement.held_on != self.statement.held_on:
            recording.check("held_on", statement.held_on)
        if statement == self.statement:
            return
        self._corrected(statement=statement, reason=reason, recorded_by=recorded_by)

    @event(Corrected)
    def _corrected(
        self, statement: CommunityStatement, reason: str, recorded_by: str
    ) -> None:
        self.statement = statement

    def withdraw(self, reason: str, recorded_by: str) -> None:
        self._check_not_withdrawn()
        _check_reason(reason)
        self._withdrawn(reason=reason, recorded_by=recorded_by)

    @event(Withdrawn)
    def _withdrawn(self, reason: str, recorded_by: str) -> None:
        self.withdrawn = True

    def _check_not_withdrawn(self) -> None:
        if self.withdrawn:
            raise CommunityRecordWithdrawnError(str(self.id))


def _check_reason(reason: str) -> None:
    if not reason.strip():
        raise InvalidCommunityRecordError("a correction or withdrawal needs a reason")
