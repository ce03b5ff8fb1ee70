"""The checks a command makes against other aggregates before the case judges.

A referral on a 支援会議 is checked against that meeting; a statute against
what the registry says of the agencies involved; an activity or a plan
against what the registry says the agency runs (R7, R8). The rules are the
domain's; this module only brings them the other aggregates' facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.forms import BasisForm, ReferralForm
from application.store.base import LedgerBase
from domain.basis import Basis, BasisKind, check_statute_share
from domain.case import Case
from domain.catalogue import agency as catalogue_agency
from domain.errors import InvalidBasisError, InvalidDateError, UnknownAgencyError
from domain.meeting import Meeting
from domain.person import Person
from domain.personal import Personal


class BasisChecks(LedgerBase):
    """Facts from the registry and meetings, for the case's rules."""

    def check_use(self, actor: Actor, *cases: Case) -> None:
        """No share of a person whose use is suspended (利用停止) but by handlers."""
        for case in cases:
            person = self.load(Person, case.intake.person_id, None)
            person.check_use(actor.recorded_by)

    def referral_basis(self, case: Case, sharer: str, form: ReferralForm) -> Basis:
        """The basis a referral names, checked where the case cannot check it."""
        given = form.basis or BasisForm()
        if given.kind == BasisKind.CONSENT:
            return Basis.of_consent(given.consent_id)
        if given.kind == BasisKind.SUPPORT_MEETING and given.meeting_id is not None:
            meeting = self.load(Meeting, given.meeting_id, None)
            meeting.check_carries_referral(case.id, sharer, form.to_agency)
            return Basis.of_meeting(meeting.id)
        if given.kind == BasisKind.STATUTE:
            return self.statute_basis(case, given, sharer, (form.to_agency,))
        raise InvalidBasisError("a basis is a consent, a 支援会議 or a statute")

    def statute_basis(
        self, case: Case, given: BasisForm, sharer: str, recipients: Iterable[str]
    ) -> Basis:
        """A statute, with its reason under the person's key, fit for this share."""
        reason = Personal(case.intake.person_id, given.reason or "")
        basis = Basis.of_statute(given.statute or "", reason)
        recipients = tuple(recipients)
        operations = {a: self.operation_of(a) for a in (sharer, *recipients)}
        check_statute_share(basis, sharer, operations, recipients)
        return basis

    def operation_of(self, code: str) -> str:
        """How the registry says the agency is run (the catalogue's, unseeded)."""
        registry = self._registry.get()
        if registry is not None:
            return registry.entry(code).operation
        try:
            return catalogue_agency(code).operation.value
        except UnknownAgencyError:
            return ""

    def check_may_record(self, agency: str, kind: str, project: str, on: date) -> None:
        """R8: the registry says the agency records this kind under this 事業."""
        registry = self._registry.get()
        if registry is not None:
            registry.check_may_record(agency, kind, project, on)

    def check_runs(self, agency: str, project: str, on: date) -> None:
        """R8: the registry says the agency runs the 事業 on that day."""
        registry = self._registry.get()
        if registry is not None:
            registry.check_runs(agency, project, on)

    def check_may_decide(self, agency: str, on: date) -> None:
        """R8: the registry says the agency records the city's support decision."""
        registry = self._registry.get()
        if registry is not None:
            registry.check_may_decide(agency, on)

    def check_decided_at(
        self, meeting_id: UUID, case_id: UUID, agency: str, decided_on: date
    ) -> None:
        """A decision naming a 重層的支援会議: held by then, the case on its agenda."""
        meeting = self.load(Meeting, meeting_id, None)
        meeting.check_on_agenda(case_id)
        meeting.check_participant(agency)
        if meeting.is_support_meeting:
            raise InvalidBasisError("a support decision is taken at a 重層的支援会議")
        if meeting.held_on > decided_on:
            raise InvalidDateError(
                "decided_on", f"is before the meeting held on {meeting.held_on}"
            )
