"""Households (世帯): formed, members registered and ending, read as allowed.

A household is known only to the agency that formed it and to the agencies
tied to one of its cases; any other is answered as for an unknown id (R11).
Its keepers (the agency that formed it, the holders of its cases) change
its membership; a member's name is shown only on a basis for that person.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel

from application.access.actor import Actor
from application.access.policy import Action
from application.households.forms import MemberForm
from application.households.view import HouseholdView
from domain.catalogue.relationships import Relationship
from interfaces.http.access import allowed, marked, may
from interfaces.http.auth import Caller
from interfaces.http.deps import Ledger
from interfaces.http.routes.cases import PersonRequest
from interfaces.http.values import BusinessDate, ReadPurpose
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned, tag

router = APIRouter(prefix="/v1/households", tags=["households"])


def household_keeper(household_id: UUID, caller: Caller, ledger: Ledger) -> Actor:
    ledger.authorise_household(caller, Action.MANAGE_HOUSEHOLD, household_id)
    return caller


Former = Annotated[Actor, allowed(Action.FORM_HOUSEHOLD)]
Keeper = Annotated[Actor, Depends(marked(Action.MANAGE_HOUSEHOLD, household_keeper))]
Reader = Annotated[Actor, may(Action.READ_HOUSEHOLD)]


class FormHouseholdRequest(BaseModel):
    """A household kept by the caller's own agency (世帯の登録)."""

    formed_on: BusinessDate


class FormedHouseholdResponse(BaseModel):
    household_id: UUID
    version: int


class AddMemberRequest(BaseModel):
    """A member registered through the household, under their own data key."""

    person: PersonRequest
    relationship: Relationship
    since: BusinessDate

    def form(self) -> MemberForm:
        return MemberForm(self.person.form(), self.relationship.value, self.since)


class AddedMemberResponse(BaseModel):
    person_id: UUID
    version: int


class EndMembershipRequest(BaseModel):
    """The member's last day in the household (転出・離脱)."""

    until: BusinessDate


class CorrectRelationshipRequest(BaseModel):
    relationship: Relationship


@router.post("", **CREATED)
def form_household(
    body: FormHouseholdRequest, actor: Former, ledger: Ledger, response: Response
) -> FormedHouseholdResponse:
    household_id, version = ledger.form_household(actor, body.formed_on)
    tag(response, version)
    return FormedHouseholdResponse(household_id=household_id, version=version)


@router.get("/{household_id}")
def read_household(
    household_id: UUID,
    actor: Reader,
    ledger: Ledger,
    response: Response,
    purpose: ReadPurpose = "case_work",
) -> HouseholdView:
    """The members this caller may see; the read is logged first."""
    view = ledger.read_household(actor, household_id, purpose)
    tag(response, view.version)
    return view


@router.post("/{household_id}/members", **CREATED)
def add_household_member(
    household_id: UUID,
    body: AddMemberRequest,
    actor: Keeper,
    ledger: Ledger,
    v: Versioned,
) -> AddedMemberResponse:
    """Register a person as a member, with their 続柄, from `since`."""
    person_id, version = ledger.add_member(actor, household_id, body.form(), v.expected)
    v.set(version)
    return AddedMemberResponse(person_id=person_id, version=version)


@router.post("/{household_id}/members/{person_id}/leave", **NO_CONTENT)
def end_household_membership(  # noqa: PLR0917
    household_id: UUID,
    person_id: UUID,
    body: EndMembershipRequest,
    actor: Keeper,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """The member left on `until` (their last day in the household)."""
    version = ledger.end_membership(
        actor, household_id, person_id, body.until, v.expected
    )
    v.set(version)


@router.post("/{household_id}/members/{person_id}/relationship", **NO_CONTENT)
def correct_household_relationship(  # noqa: PLR0917
    household_id: UUID,
    person_id: UUID,
    body: CorrectRelationshipRequest,
    actor: Keeper,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Correct a current member's 続柄 (訂正): an event of its own."""
    relationship = body.relationship.value
    version = ledger.correct_relationship(
        actor, household_id, person_id, relationship, v.expected
    )
    v.set(version)
