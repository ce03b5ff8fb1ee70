"""Lists of cases and referrals, each entry judged by the access policy.

The read models (`projections/caseloads`) name the candidates: the caller's
own cases and those that name its agency in a consent or a referral. Each
candidate is then judged by the one policy (`authorise(…, READ_CASE, …)`):
an own case on the facts the read model holds (the owner sees it whole), a
case of another agency on its stored facts as of today — loaded, since what
is shared today follows consents and referrals with their two clocks. Every
list is recorded in the access log before it is answered, as a read is.

Names are personal data and never in a read model: a search `q` decrypts
the `Person` of each candidate whose identity the caller may see (its own
cases, or a share covering `basic`), one load per such candidate.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol
from uuid import UUID

from application.access.actor import Actor
from application.access.commands import AccessCommands
from application.access.policy import (
    Action,
    CaseFacts,
    Facts,
    Scope,
    authorise,
)
from application.access.reads import Read
from application.cases.reading import BASIC
from application.errors import ForbiddenError, NotFoundError
from domain.case import Case
from domain.catalogue.categories import FIELD_CATEGORIES, visible
from domain.errors import NotPermittedError
from domain.person import Person

BATCH = 200  # candidates read per query while a page fills


class CaseCandidate(Protocol):
    """A case as a read model lists it (ids, codes and dates only)."""

    @property
    def case_id(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def worker(self) -> str: ...
    @property
    def person_id(self) -> str | None: ...
    @property
    def fields(self) -> tuple[str, ...]: ...
    @property
    def status(self) -> str: ...
    @property
    def opened_on(self) -> date: ...
    @property
    def closed_on(self) -> date | None: ...
    @property
    def review_on(self) -> date | None: ...


# (after, limit) -> the next candidates in id order, the filters applied.
Candidates = Callable[[str, int], Sequence[CaseCandidate]]


@dataclass(frozen=True)
class CaseQuery:
    """What the caller asked for: described in the log without the search text."""

    filters: dict[str, str]  # agency, worker, status, field, review_due (as sent)
    q: str | None = None
    after: str = ""
    limit: int = 50
    purpose: str = "case_work"

    def described(self) -> str:
        shown = {k: v for k, v in sorted(self.filters.items()) if v}
        if self.q:
            shown["q"] = "*"  # that a name was searched, never the name
        return "&".join(f"{k}={v}" for k, v in shown.items()) or "*"


@dataclass(frozen=True)
class ListedCase:
    """One case of a list, as far as this caller may see it."""

    case_id: UUID
    view: str  # "full" or "shared", as a read of the case would be
    intake_agency: str
    worker: str | None  # the owner's own data: not shown to a sharer
    fields: tuple[str, ...]
    status: str
    opened_on: date
    closed_on: date | None
    next_review_on: date | None


@dataclass(frozen=True)
class CasePage:
    """A page of cases; `next_after` is where the next page starts."""

    cases: tuple[ListedCase, ...]
    next_after: str | None  # the last candidate seen; None when none are left


class ListQueries(AccessCommands):
    """Pages of cases a caller may know of, each judged by the access policy."""

    def list_cases(
        self, actor: Actor, candidates: Candidates, query: CaseQuery
    ) -> CasePage:
        read = Read(actor, "case_list", query.described(), query.purpose)
        self.authorised_read(read, Action.LIST_CASES, Facts())
        self.record_read(read.allowed("list"))
        found: list[ListedCase] = []
        after = query.after
        while True:
            batch = candidates(after, BATCH)
            for row in batch:
                after = row.case_id
                listed = self._listed(actor, row, query)
                if listed is not None:
                    found.append(listed)
                if len(found) == query.limit:
                    return CasePage(tuple(found), after)
            if len(batch) < BATCH:
                return CasePage(tuple(found), None)

    def _listed(
        self, actor: Actor, row: CaseCandidate, query: CaseQuery
    ) -> ListedCase | None:
        scope = self._scope(actor, row)
        if scope is None or not _filters_hold(row, scope, query):
            return None
        if query.q and not self._name_matches(actor, row, scope, query.q):
            return None
        return listed_entry(row, scope)

    def _scope(self, actor: Actor, row: CaseCandidate) -> Scope | None:
        """The policy's judgement, on the facts it needs; None: not listed."""
        try:
            if row.agency == actor.agency:  # its own: no load of the case
                suspended = self._suspended_for(row.person_id)
                case_id = UUID(row.case_id)
                facts = CaseFacts(row.agency, case_id=case_id, suspended_for=suspended)
            else:
                case = self.load(Case, UUID(row.case_id), None)
                facts = self.facts_of(case)
            return authorise(actor, Action.READ_CASE, Facts(case=facts))
        except (ForbiddenError, NotPermittedError, NotFoundError):
            return None

    def _suspended_for(self, person_id: str | None) -> frozenset[str] | None:
        if person_id is None:
            return None
        try:
            return self.suspended_for(UUID(person_id))
        except NotFoundError:
            return None  # no person recorded: nothing to suspend

    def _name_matches(
        self, actor: Actor, row: CaseCandidate, scope: Scope, q: str
    ) -> bool:
        """Whether the person's name holds `q`; never while their use is suspended."""
        if row.person_id is None or not (scope.full or BASIC in scope.categories):
            return False
        person = self.load(Person, UUID(row.person_id), None)
        suspended = person.suspension is not None and (
            actor.recorded_by not in person.suspension.handlers
        )
        if person.erased_on is not None or suspended:
            return False
        identity = person.identity
        names = [identity.name.text]
        if identity.name_kana is not None:
            names.append(identity.name_kana.text)
        wanted = folded(q)
        return any(wanted in folded(name) for name in names)


def folded(text: str) -> str:
    """Width, case, spaces and hiragana folded: 'おおたわら' finds 'オオタワラ'."""
    plain = unicodedata.normalize("NFKC", text).casefold()
    return "".join(
        chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c
        for c in plain
        if not c.isspace()
    )


def _filters_hold(row: CaseCandidate, scope: Scope, query: CaseQuery) -> bool:
    """A sharer is not found by what it may not see (worker, hidden fields)."""
    if scope.full:
        return True
    field = query.filters.get("field")
    shown = visible(row.fields, FIELD_CATEGORIES, scope.categories)
    return not query.filters.get("worker") and (not field or field in shown)


def listed_entry(row: CaseCandidate, scope: Scope) -> ListedCase:
    full = scope.full
    return ListedCase(
        case_id=UUID(row.case_id),
        view=scope.name,
        intake_agency=row.agency,
        worker=row.worker if full else None,
        fields=row.fields
        if full
        else visible(row.fields, FIELD_CATEGORIES, scope.categories),
        status=row.status,
        opened_on=row.opened_on,
        closed_on=row.closed_on,
        next_review_on=row.review_on,
    )
