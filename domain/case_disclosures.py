"""What meetings disclosed of the case, kept on the case itself."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain import case_upcasts as past
from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState, DisclosureNote


class CaseDisclosures(CaseSharing):
    """Disclosures at meetings (会議での情報提供), noted on the case."""

    class DisclosedAtMeeting(Aggregate.Event):
        """The case's information was disclosed at a meeting (会議での情報提供).

        Recorded on the case as well as the meeting, in one transaction, so a
        consent withdrawal saved meanwhile makes the disclosure retry and see
        it. `recorded_after_end`: recorded after its consent was withdrawn or
        expired, for a meeting convened and held while it was in force.
        """

        class_version = 2
        upcast_v1_v2 = staticmethod(past.disclosure_on_case)

        meeting_id: UUID
        disclosure_id: UUID
        recipients: tuple[str, ...]
        categories: tuple[str, ...]
        basis: Basis
        consent_ids: dict[str, UUID]
        held_on: date
        recorded_after_end: bool
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.disclosures[str(self.disclosure_id)] = DisclosureNote(
                self.meeting_id,
                self.held_on,
                tuple(self.recipients),
                tuple(self.categories),
                self.basis,
                dict(self.consent_ids),
            )

    def note_disclosure(
        self,
        *,
        meeting_id: UUID,
        disclosure_id: UUID,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        basis: Basis,
        consent_ids: dict[str, UUID],
        held_on: date,
        recorded_after_end: bool,
        recorded_by: str,
    ) -> None:
        """Keep on the case what a meeting disclosed of it, and on what basis.

        The meeting decided the basis (`Meeting.disclose`); saving both in one
        transaction makes a withdrawal recorded meanwhile refuse the pair.
        """
        self._check_open()
        self._emit(
            "DisclosedAtMeeting",
            meeting_id=meeting_id,
            disclosure_id=disclosure_id,
            recipients=tuple(recipients),
            categories=tuple(categories),
            basis=basis,
            consent_ids=consent_ids,
            held_on=held_on,
            recorded_after_end=recorded_after_end,
            recorded_by=recorded_by,
        )
