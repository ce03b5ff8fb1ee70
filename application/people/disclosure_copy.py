"""The copy of what the city holds about a person (開示), for their request.

Gathered from the person and from every case whose intake names them: the
identity, each case's intake, summary, consents, referrals, assessments,
plans, activities, the support decision, correction notes, what meetings
disclosed or decided about the case, and who read their cases (the access
log). Third parties' personal data is never in it: a personal value sealed
under anyone else's key (another person's name or note) is replaced by a
mark; staff appear by pseudonymous id, agency and role, never by name. The
copy is made only for a disclosure request whose handing over is recorded
(`Person.Disclosed`), and making it is itself a logged read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any
from uuid import UUID

from application.access.actor import Actor
from application.access.commands import AccessCommands
from application.access.log import AccessLogQueries, AccessLogQuery
from application.access.policy import Action, Facts
from application.access.reads import Read
from application.people.rights import RightsCommands
from domain.case import Case
from domain.errors import DisclosureNotRecordedError
from domain.meeting import Meeting
from domain.person import Person
from domain.person_rights import RightKind, RightsStatus
from domain.personal import Personal

THIRD_PARTY = "［第三者の情報のため非開示］"
PAGE = 1000


@dataclasses.dataclass(frozen=True)
class DisclosureCopy:
    """The copy as plain data (JSON-ready): what is held, as of `made_on`."""

    person_id: UUID
    request_ref: str
    made_on: date
    content: dict[str, Any]


class DisclosureCopyQueries(RightsCommands, AccessCommands, AccessLogQueries):
    """The copy of a person's data, made by the city's officer (an admin)."""

    def disclosure_copy(
        self, actor: Actor, person_id: UUID, request_id: UUID
    ) -> DisclosureCopy:
        """Authorise and record the read, then gather the copy."""
        read = Read(actor, "person", person_id, "disclosure", "disclosure_copy")
        cases = self.cases_of(person_id)
        holders = frozenset(case.owner for case in cases)
        facts = Facts(person_holders=holders)
        self.authorised_read(read, Action.DISCLOSE_COPY, facts)
        person = self.load(Person, person_id, None)
        own = frozenset(self.own_ids(person_id))
        request = person.rights_requests.get(str(request_id))
        if (
            request is None
            or request.kind != RightKind.DISCLOSURE.value
            or request.status != RightsStatus.DISCLOSED.value
        ):
            refusal = DisclosureNotRecordedError(f"request {request_id}")
            self.record_read(read.denied(refusal))
            raise refusal
        self.record_read(read)
        content = {
            "person": _person(person),
            "cases": [self._case(case) for case in cases],
            "access_log": self._reads_of({*own, *(c.id for c in cases)}),
        }
        copy = plain(content, own)
        return DisclosureCopy(person_id, request.request_ref, self.today(), copy)

    def _case(self, case: Case) -> dict[str, Any]:
        return {
            "case_id": case.id,
            "intake": case.intake,
            "summary": case.summary,
            "holder": case.owner,
            "worker": case.worker,
            "closed_on": case.closed_on,
            "closure_reason": case.closure_reason,
            "consents": list(case.consents.values()),
            "referrals": list(case.referrals.values()),
            "assessments": list(case.assessments.values()),
            "plans": list(case.plans.values()),
            "activities": list(case.activities.values()),
            "support_decision": case.support_decision,
            "correction_notes": list(case.correction_notes.values()),
            "meetings": self._minutes_about(case),
        }

    def _minutes_about(self, case: Case) -> list[dict[str, Any]]:
        """What meetings disclosed or decided about the case, from their minutes."""
        meeting_ids = {note.meeting_id for note in case.disclosures.values()}
        decision = case.support_decision
        if decision is not None and decision.meeting_id is not None:
            meeting_ids.add(decision.meeting_id)
        found: list[dict[str, Any]] = []
        for meeting_id in sorted(meeting_ids, key=str):
            meeting = self.load(Meeting, meeting_id, None)
            found.extend(
                {
                    "meeting_id": meeting_id,
                    "meeting_kind": meeting.agenda.kind,
                    "held_on": meeting.agenda.held_on,
                    **_fields(entry),
                }
                for entry in meeting.minutes.values()
                if entry.case_id == case.id
            )
        return found

    def _reads_of(self, resource_ids: Iterable[UUID]) -> list[dict[str, Any]]:
        """Every access record of the person or their cases, in the ledger's order."""
        wanted = {str(r) for r in resource_ids}
        found: list[dict[str, Any]] = []
        after: int | None = 0
        while after is not None:
            page = self.access_log(AccessLogQuery(after=after, limit=PAGE))
            found.extend(
                _fields(e, without=("position", "record_id"))
                for e in page.entries
                if e.resource_id in wanted
            )
            after = page.next_after
        return found


def _person(person: Person) -> dict[str, Any]:
    return {
        "person_id": person.id,
        "identity": person.identity,
        "erased_on": person.erased_on,
        "rights_requests": list(person.rights_requests.values()),
        "erasure_requests": list(person.erasure_requests.values()),
        "suspension": person.suspension,
    }


def _fields(value: Any, without: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        f.name: getattr(value, f.name)
        for f in dataclasses.fields(value)
        if f.name not in without
    }


def plain(value: Any, own: UUID | Collection[UUID]) -> Any:  # noqa: PLR0911
    """JSON-ready data: the person's own personal values as text, others marked.

    `own` is the person's id, or their ids: records merged into theirs (名寄せ).
    """
    if isinstance(own, UUID):
        own = frozenset({own})
    if isinstance(value, Personal):
        return value.text if value.subject_id in own else THIRD_PARTY
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(_fields(value), own)
    if isinstance(value, dict):
        return {str(k): plain(v, own) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, own) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID | date | datetime):
        return value.isoformat() if not isinstance(value, UUID) else str(value)
    return value
