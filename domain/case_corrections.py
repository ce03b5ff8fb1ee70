"""Correction notes (訂正の付記) on a case's recorded texts, the original kept.

A person who finds a recorded text wrong asks for its correction (訂正請求,
`person_rights.py`). Where the text is a record of what staff wrote — the
summary at intake, an activity's note, a plan, an assessment — the ledger
never rewrites it: the correction is a note of its own that names the record
it corrects, so the history shows the text as it was and the note beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.case_state import CaseState
from domain.errors import CorrectedRecordNotFoundError, InvalidRightsRequestError
from domain.personal import Personal


class CorrectedRecord(StrEnum):
    """Which kind of recorded text a correction note is about."""

    SUMMARY = "summary"  # the case's summary at intake: its id is the case's
    ACTIVITY = "activity"
    PLAN = "plan"
    ASSESSMENT = "assessment"


@dataclass(frozen=True)
class CorrectionNote:
    """A note correcting one recorded text, on a request of the person's."""

    note_id: UUID
    record: str
    record_id: UUID
    note: Personal
    request_ref: str
    noted_on: date
    noted_by: str


class CaseCorrections(CaseState):
    """Notes correcting the case's recorded texts (訂正の付記)."""

    correction_notes: dict[str, CorrectionNote]

    class CorrectionNoteAdded(Aggregate.Event):
        """A correction note was added to a recorded text (訂正の付記)."""

        note_id: UUID
        record: str
        record_id: UUID
        note: Personal
        request_ref: str
        noted_on: date
        recorded_by: str

        def apply(self, case: CaseCorrections) -> None:
            case.correction_notes[str(self.note_id)] = CorrectionNote(
                self.note_id,
                self.record,
                self.record_id,
                self.note,
                self.request_ref,
                self.noted_on,
                self.recorded_by,
            )

    def add_correction_note(
        self, note: CorrectionNote, corrected: CorrectedRecord
    ) -> None:
        """Add the note to the record it names; the record stays as it was.

        A closed case takes notes too: the right to correct outlasts support.
        """
        if not note.note.text.strip():
            raise InvalidRightsRequestError("note: the corrected statement")
        if not self._holds(corrected, note.record_id):
            raise CorrectedRecordNotFoundError(f"{corrected.value} {note.record_id}")
        self._emit(
            "CorrectionNoteAdded",
            note_id=note.note_id,
            record=corrected.value,
            record_id=note.record_id,
            note=note.note,
            request_ref=note.request_ref,
            noted_on=note.noted_on,
            recorded_by=note.noted_by,
        )

    def _holds(self, corrected: CorrectedRecord, record_id: UUID) -> bool:
        if corrected == CorrectedRecord.SUMMARY:
            return record_id == self.id
        records = {
            CorrectedRecord.ACTIVITY: self.activities.keys(),
            CorrectedRecord.PLAN: self.plans.keys(),
            CorrectedRecord.ASSESSMENT: self.assessments.keys(),
        }
        return str(record_id) in records[corrected]
