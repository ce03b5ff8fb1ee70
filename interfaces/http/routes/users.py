"""Users (利用者) and their tokens, managed by admins.

The same acts as `jusou users add` and `jusou users deactivate`; each is an
event recording which admin did it.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from domain.user import Role
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.paging import NEXT_CURSOR, PageQuery, cursor_of
from interfaces.http.read_models import Views, caught_up
from interfaces.http.values import Code, ShortText
from interfaces.http.versions import CREATED, tag

router = APIRouter(prefix="/v1/users", tags=["users"])
Admin = Annotated[Actor, allowed(Action.MANAGE_USERS)]
# A user is registered by one event, so a new user stands at version 1 (the
# command returns no version; as for a meeting convened).
NEW_USER_VERSION = 1


class AddUserRequest(BaseModel):
    name: ShortText
    agency: Code
    role: Role


class AddedUserResponse(BaseModel):
    """The new user's id and token; the token is shown this once only."""

    user_id: UUID
    token: str
    version: int


class DeactivateUserRequest(BaseModel):
    reason: ShortText


class ListedUserResponse(BaseModel):
    """A user (利用者) as the admin's list shows it."""

    user_id: UUID = Field(description="利用者ID (user id)")
    name: str = Field(description="氏名 (display name of the member of staff)")
    agency: str = Field(description="所属機関 (agency code)")
    role: Role = Field(description="権限 (role)")
    active: bool = Field(description="有効 (false once deactivated)")


class UserPageResponse(BaseModel):
    """A page of users, by id."""

    users: list[ListedUserResponse] = Field(description="利用者 (users)")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


@router.get("", operation_id="list_users", dependencies=[caught_up("caseloads")])
def list_users(
    actor: Admin,
    ledger: Ledger,
    views: Views,
    page_query: Annotated[PageQuery, Query()],
) -> UserPageResponse:
    """Every user with name, agency, role and whether active; the list is logged."""
    rows = views.caseloads.staff
    page = ledger.list_users(actor, rows, page_query.after, page_query.limit)
    return UserPageResponse(
        users=[ListedUserResponse(**vars(u)) for u in page.entries],
        next_cursor=cursor_of(page.next_after),
    )


@router.post("", **CREATED)
def add_user(
    body: AddUserRequest, actor: Admin, ledger: Ledger, response: Response
) -> AddedUserResponse:
    user_id, token = ledger.add_user(
        body.name, body.agency, body.role.value, recorded_by=actor.recorded_by
    )
    tag(response, NEW_USER_VERSION)
    return AddedUserResponse(user_id=user_id, token=token, version=NEW_USER_VERSION)


# No ETag yet: `deactivate_user` returns no version.
@router.post("/{user_id}/deactivate", status_code=204)
def deactivate_user(
    user_id: UUID, body: DeactivateUserRequest, actor: Admin, ledger: Ledger
) -> None:
    """Their tokens stop working at once."""
    ledger.deactivate_user(user_id, body.reason, recorded_by=actor.recorded_by)
