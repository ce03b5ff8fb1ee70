"""A person (本人) and their cases; merging two records of one person (名寄せ).

`GET /v1/persons/{id}` shows what the caller may see: the identity where one
of the person's cases it may read shows it, and those cases as a list shows
them (`docs/people.md`); anyone else's id answers 404 as an unknown one.
`POST /v1/persons/{id}/merge` merges another record into this one, by a
supervisor whose agency holds a case on each; `jusou person merge` is the
same act.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from application.cases.view import PersonView
from application.people.reading import PersonRecord
from interfaces.http.access import allowed, may
from interfaces.http.deps import Ledger
from interfaces.http.read_models import Views, caught_up
from interfaces.http.routes.case_lists import ListedCaseResponse
from interfaces.http.values import ReadPurpose
from interfaces.http.versions import NO_CONTENT, Versioned
from interfaces.person_cases import person_cases

router = APIRouter(prefix="/v1/persons", tags=["people"])
Reader = Annotated[Actor, may(Action.READ_PERSON)]
Merger = Annotated[Actor, allowed(Action.MERGE_PERSONS)]


class PersonResponse(BaseModel):
    """本人: the identity if shown to the caller, and the cases it may read."""

    person_id: UUID = Field(description="本人ID (person id; a merged id reads so)")
    merged_ids: list[UUID] = Field(description="名寄せされた本人ID (merged ids)")
    person: PersonView | None = Field(
        description="本人情報 (identity), if a case the caller reads shows it"
    )
    cases: list[ListedCaseResponse] = Field(description="ケース (cases it may read)")

    @classmethod
    def of(cls, record: PersonRecord) -> PersonResponse:
        return cls(
            person_id=record.person_id,
            merged_ids=list(record.merged_ids),
            person=record.person,
            cases=[ListedCaseResponse.of(c) for c in record.cases],
        )


class MergePersonRequest(BaseModel):
    """名寄せ: the other record of the same person, merged into this one."""

    absorbed_id: UUID = Field(description="吸収される本人ID (the record merged in)")


@router.get("/{person_id}", dependencies=[caught_up("caseloads")])
def read_person(
    person_id: UUID,
    actor: Reader,
    ledger: Ledger,
    views: Views,
    purpose: ReadPurpose = "case_work",
) -> PersonResponse:
    """The person and their cases, as this caller may see them; logged first."""
    cases = person_cases(views, actor)
    return PersonResponse.of(ledger.read_person(actor, person_id, cases, purpose))


@router.post("/{person_id}/merge", **NO_CONTENT)
def merge_person(  # noqa: PLR0917
    person_id: UUID,
    body: MergePersonRequest,
    actor: Merger,
    ledger: Ledger,
    views: Views,
    v: Versioned,
) -> None:
    """Merge `absorbed_id` into this person; the survivor's version as `ETag`."""
    cases = person_cases(views, actor)
    v.set(ledger.merge_persons(actor, person_id, body.absorbed_id, cases, v.expected))
