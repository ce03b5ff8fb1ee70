"""Free text about a household member is sealed under that member's key.

On both stores: erasing one member (two people, `given_erased`) leaves the
case, the other members' texts and identities readable, while every text
about the erased member reads as erased.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm, FindingForm, PersonForm
from application.households.forms import MemberForm
from domain.errors import NotAHouseholdMemberError
from domain.personal import REDACTED_TEXT
from interfaces.config import Settings
from tests.application.given import (
    INTAKE_WORKER,
    NAME,
    SUMMARY,
    given_erased,
    given_opened_case,
)
from tests.application.households.given import SON, GivenHousehold, given_household

DAUGHTER = "大田原 二葉"


def a_note(about: UUID | None, note: str, on: date = date(2026, 6, 1)) -> ActivityForm:
    return ActivityForm(
        "home_visit", "comprehensive_consultation", "chuo_houkatsu", on, note, about
    )


def given_daughter(ledger: CaseLedger, given: GivenHousehold) -> UUID:
    form = MemberForm(PersonForm(DAUGHTER), "child", date(2026, 5, 12))
    daughter_id, _ = ledger.add_member(INTAKE_WORKER, given.household_id, form)
    return daughter_id


def test_a_note_about_a_member_is_sealed_under_that_members_key(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)

    activity_id, _ = ledger.record_activity(
        INTAKE_WORKER, given.mother.case_id, a_note(given.son_id, "長男と話せた")
    )

    note = ledger.get_case(given.mother.case_id).activities[str(activity_id)].note
    assert note is not None
    assert (note.subject_id, note.text) == (given.son_id, "長男と話せた")


def test_erasing_one_member_leaves_the_case_and_the_others_readable(
    ledger: CaseLedger, settings: Settings
) -> None:
    given = given_household(ledger)
    daughter_id = given_daughter(ledger, given)
    case_id = given.mother.case_id
    notes = {
        person: ledger.record_activity(INTAKE_WORKER, case_id, a_note(person, text))[0]
        for person, text in (
            (given.son_id, "長男は夜だけ外出"),
            (daughter_id, "長女が週末に来る"),
            (None, "母は通院を再開"),
        )
    }
    sheet = (
        FindingForm("person", ("wants_support",), "母は支援を望む"),
        FindingForm(
            "household", ("parent_and_adult_child",), "長男の昼夜逆転", given.son_id
        ),
    )
    ledger.assess(INTAKE_WORKER, case_id, assessed_on=date(2026, 6, 1), findings=sheet)

    given_erased(ledger, given.son_id)

    fresh = settings.build_ledger()  # no key cached: read from the store
    case = fresh.get_case(case_id)
    texts = {p: case.activities[str(a)].note for p, a in notes.items()}
    assert {p: n.text for p, n in texts.items() if n} == {
        given.son_id: REDACTED_TEXT,
        daughter_id: "長女が週末に来る",
        None: "母は通院を再開",
    }
    (assessment,) = case.assessments.values()
    words = {f.area: f.note.text for f in assessment.latest.findings if f.note}
    assert words == {"person": "母は支援を望む", "household": REDACTED_TEXT}
    assert case.summary.text == SUMMARY
    assert fresh.get_person(given.mother.person_id).identity.name.text == NAME
    assert fresh.get_person(daughter_id).identity.name.text == DAUGHTER
    assert fresh.get_person(given.son_id).identity.name.text == REDACTED_TEXT
    view = fresh.read_household(INTAKE_WORKER, given.household_id, "case_work")
    names = {m.person_id: m.name for m in view.members}
    assert names[given.son_id] == REDACTED_TEXT != SON
    assert names[daughter_id] == DAUGHTER
    fresh.close()


def test_a_note_about_someone_outside_the_household_is_refused(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    stranger = given_opened_case(ledger, name="那須 次郎").person_id

    with pytest.raises(NotAHouseholdMemberError):
        ledger.record_activity(
            INTAKE_WORKER, given.mother.case_id, a_note(stranger, "別世帯の人")
        )

    assert ledger.get_case(given.mother.case_id).activities == {}


def test_a_note_about_a_member_dated_after_they_left_is_refused(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    ledger.end_membership(
        INTAKE_WORKER, given.household_id, given.son_id, date(2026, 5, 31)
    )

    with pytest.raises(NotAHouseholdMemberError, match="2026-06-01"):
        ledger.record_activity(
            INTAKE_WORKER, given.mother.case_id, a_note(given.son_id, "転出後")
        )


def test_a_case_of_no_household_names_no_one_else(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    other = given_opened_case(ledger, name="那須 次郎").person_id

    with pytest.raises(NotAHouseholdMemberError, match="no household"):
        ledger.record_activity(INTAKE_WORKER, opened.case_id, a_note(other, "誰か"))


def test_a_finding_about_a_member_is_sealed_under_that_members_key(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    finding = FindingForm("household", ("parent_and_adult_child",), "長男の様子")

    ledger.assess(
        INTAKE_WORKER,
        given.mother.case_id,
        assessed_on=date(2026, 6, 1),
        findings=(replace(finding, about_person_id=given.son_id),),
    )

    case = ledger.get_case(given.mother.case_id)
    (assessment,) = case.assessments.values()
    (found,) = assessment.latest.findings
    assert found.note is not None
    assert found.note.subject_id == given.son_id
