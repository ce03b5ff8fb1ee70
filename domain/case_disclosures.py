"""What meetings disclosed of the case, kept on the case itself."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.case_sharing import CaseSharing


class CaseDisclosures(CaseSharing):
    """Disclosures at meetings (会議での情報提供), noted on the case."""

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
