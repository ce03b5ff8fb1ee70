"""Builders for the people tests: a ledger with its caseloads read model."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import IntakeForm, OpenedCase, PersonForm
from application.people.access import PersonCases
from interfaces.person_cases import person_cases
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER, an_intake

STRANGER = Actor(uuid4(), "seibu_houkatsu", "caseworker")
SUPERVISOR = Actor(uuid4(), "chuo_houkatsu", "supervisor")


@dataclass
class People:
    """The ledger and its read models, kept caught up before each look-up."""

    ledger: CaseLedger
    models: ReadModels

    def cases(self, actor: Actor) -> PersonCases:
        self.models.follower().catch_up()
        return person_cases(self.models, actor)

    def open(self, form: IntakeForm, actor: Actor = INTAKE_WORKER) -> OpenedCase:
        return self.ledger.open_case(actor, form, self.cases(actor))


def of(ledger: CaseLedger) -> People:
    models = ReadModels.of(ledger)
    models.create_tables()
    return People(ledger, models)


def new_person(
    kana: str = "オオタワラ ハナコ",
    born: date = date(1944, 3, 2),
    *,
    agency: str = "chuo_houkatsu",
    confirm: bool = False,
) -> IntakeForm:
    """An intake of someone new, checked for duplicates unless confirmed."""
    person = PersonForm("大田原 花子", kana, born, "大田原市本町1丁目")
    return replace(
        an_intake(),
        intake_agency=agency,
        person=person,
        confirm_new_person=confirm,
    )


def held_person(person_id: UUID, agency: str = "chuo_houkatsu") -> IntakeForm:
    """An intake about someone held already, by their id."""
    return replace(an_intake(), intake_agency=agency, person=None, person_id=person_id)
