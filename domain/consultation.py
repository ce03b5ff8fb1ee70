"""A one-off consultation (一回限りの相談): recorded without a person.

A call answered once and never made a case (電話で一度だけ, often 匿名) is
still work a window did, and the plan counts it: it is recorded by the
window, its route, fields, issue codes, 事業 and date, and the coded profile
of statistics (`domain/profile.py`) — never a name, never free text, so
nothing of it is personal data and no erasure touches it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.catalogue import Field, Project, Route
from domain.catalogue.activities import ActivityKind, fits_project
from domain.errors import ConsultationWithdrawnError, InvalidConsultationError
from domain.profile import UNRECORDED, Profile
from domain.recording import Recording

_TAG = re.compile(r"^[a-z0-9_]{1,40}$")
LONGEST_CODES = 20


@dataclass(frozen=True)
class ConsultationFacts:
    """What the window recorded of a one-off consultation: codes and a date.

    `kind` is the activity kind it counts as, where an indicator counts such
    work (❷ 総合相談支援業務 at a 地域包括, 妊婦等包括相談支援): the same rule
    (R8) decides who may record it.
    """

    agency: str
    consulted_on: date
    route: str
    fields: tuple[str, ...]
    issues: tuple[str, ...] = ()
    project: str = Project.COMPREHENSIVE_CONSULTATION.value
    kind: str | None = None
    profile: Profile = UNRECORDED

    def check(self) -> None:
        if not self.agency:
            raise InvalidConsultationError("agency is required")
        if self.route not in {r.value for r in Route}:
            raise InvalidConsultationError(f"unknown route: {self.route}")
        if not self.fields or not set(self.fields) <= {f.value for f in Field}:
            raise InvalidConsultationError("fields: one or more known fields")
        if len(self.issues) > LONGEST_CODES or not all(
            _TAG.match(tag) for tag in self.issues
        ):
            raise InvalidConsultationError("issue tags are lowercase ASCII slugs")
        if self.project not in {p.value for p in Project}:
            raise InvalidConsultationError(f"unknown project: {self.project}")
        self._check_kind()
        self.profile.check()

    def _check_kind(self) -> None:
        if self.kind is None:
            return
        if self.kind not in {k.value for k in ActivityKind}:
            raise InvalidConsultationError(f"unknown kind: {self.kind}")
        if not fits_project(ActivityKind(self.kind), Project(self.project)):
            raise InvalidConsultationError(f"{self.kind} is not of {self.project}")


class Consultation(Aggregate):
    """A one-off consultation (一回限りの相談), with no person: codes only."""

    class Recorded(Aggregate.Created):
        """A one-off consultation was recorded, without a person (相談記録)."""

        facts: ConsultationFacts
        recorded_by: str

    class Withdrawn(Aggregate.Event):
        """The consultation was withdrawn as a mistake (取下げ): it counts no more."""

        reason: str
        recorded_by: str

    @event(Recorded)
    def __init__(self, id: UUID, facts: ConsultationFacts, recorded_by: str) -> None:
        self.facts = facts
        self.withdrawn = False

    @classmethod
    def record(
        cls,
        consultation_id: UUID,
        facts: ConsultationFacts,
        recorded_by: str,
        recording: Recording,
    ) -> Consultation:
        """Record it, dated by the two clocks (R1)."""
        facts.check()
        recording.check("consulted_on", facts.consulted_on)
        return cls(id=consultation_id, facts=facts, recorded_by=recorded_by)

    def withdraw(self, reason: str, recorded_by: str) -> None:
        """Withdraw a consultation recorded by mistake (R9: nothing is rewritten)."""
        if self.withdrawn:
            raise ConsultationWithdrawnError(str(self.id))
        if not reason.strip():
            raise InvalidConsultationError("reason: why it is withdrawn")
        self._withdrawn(reason=reason.strip(), recorded_by=recorded_by)

    @event(Withdrawn)
    def _withdrawn(self, reason: str, recorded_by: str) -> None:
        self.withdrawn = True
