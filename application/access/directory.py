"""The referral inbox and the list of users: lists that need no case facts.

A referral is listed to the two agencies it names (from, to) only; a user
list to admins only. Both are recorded in the access log before they are
answered. The read models hold no names: a user's name is read from its
`User` aggregate, once per user on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, Protocol, TypeVar
from uuid import UUID

from application.access.actor import Actor
from application.access.lists import ListQueries
from application.access.policy import Action, Facts
from application.access.reads import Read
from domain.user import User


class ReferralRow(Protocol):
    """A referral as the read model lists it: parties, status, dates."""

    @property
    def referral_id(self) -> str: ...
    @property
    def case_id(self) -> str: ...
    @property
    def from_agency(self) -> str: ...
    @property
    def to_agency(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def requested_on(self) -> date: ...
    @property
    def changed_on(self) -> date: ...


class StaffEntry(Protocol):
    """A user as the read model lists it, without the name."""

    @property
    def user_id(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def active(self) -> bool: ...


R = TypeVar("R")


@dataclass(frozen=True)
class Page(Generic[R]):
    """Entries and where the next page starts (None: no more)."""

    entries: tuple[R, ...]
    next_after: str | None


@dataclass(frozen=True)
class ListedUser:
    """A user (利用者) as an admin's list shows it."""

    user_id: UUID
    name: str
    agency: str
    role: str
    active: bool


class DirectoryQueries(ListQueries):
    """The referral inbox and the users, each list recorded first."""

    def list_referrals(
        self,
        actor: Actor,
        rows: Callable[[str, int], Sequence[ReferralRow]],
        after: str,
        limit: int,
    ) -> Page[ReferralRow]:
        """Referrals to or from the caller's agency, in id order after `after`."""
        read = Read(actor, "referral_list", actor.agency, "case_work")
        self.authorised_read(read, Action.LIST_CASES, Facts())
        self.record_read(read.allowed("list"))
        found = [
            r
            for r in rows(after, limit + 1)
            if actor.agency in (r.from_agency, r.to_agency)
        ]
        more = len(found) > limit
        page = tuple(found[:limit])
        return Page(page, page[-1].referral_id if more else None)

    def list_users(
        self,
        actor: Actor,
        rows: Callable[[str, int], Sequence[StaffEntry]],
        after: str,
        limit: int,
    ) -> Page[ListedUser]:
        """Users in id order, with their names (admins only)."""
        read = Read(actor, "user_list", "*", "administration")
        self.authorised_read(read, Action.MANAGE_USERS, Facts())
        self.record_read(read.allowed("list"))
        found = list(rows(after, limit + 1))
        page = found[:limit]
        users = tuple(self._user(row) for row in page)
        more = len(found) > limit
        return Page(users, page[-1].user_id if more else None)

    def _user(self, row: StaffEntry) -> ListedUser:
        user = self.load(User, UUID(row.user_id), None)
        return ListedUser(user.id, user.name, row.agency, row.role, user.is_active)
