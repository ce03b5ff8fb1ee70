"""Correction notes (訂正の付記): the original kept, the note beside it."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.case import Case
from domain.case_corrections import CorrectedRecord, CorrectionNote
from domain.errors import CorrectedRecordNotFoundError, InvalidRightsRequestError
from domain.personal import Personal
from tests.domain.given import given_open_case

ON = date(2026, 6, 30)


def a_note(case: Case, record_id: UUID, text: str = "父は存命") -> CorrectionNote:
    person_id = case.intake.person_id
    return CorrectionNote(
        uuid4(), "", record_id, Personal(person_id, text), "R8-訂正-1", ON, "user-9"
    )


def test_a_note_on_the_summary_keeps_the_summary_as_recorded() -> None:
    case = given_open_case()
    before = case.summary
    note = a_note(case, case.id)

    case.add_correction_note(note, CorrectedRecord.SUMMARY)

    (added,) = case.collect_events()
    assert isinstance(added, Case.CorrectionNoteAdded)
    assert (added.record, added.record_id) == ("summary", case.id)
    assert added.note.text == "父は存命"
    assert case.summary == before
    assert case.correction_notes[str(note.note_id)].request_ref == "R8-訂正-1"


def test_a_note_on_a_record_the_case_does_not_hold_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(CorrectedRecordNotFoundError):
        case.add_correction_note(a_note(case, uuid4()), CorrectedRecord.ACTIVITY)

    assert case.collect_events() == []


def test_an_empty_note_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(InvalidRightsRequestError):
        case.add_correction_note(a_note(case, case.id, " "), CorrectedRecord.SUMMARY)
