"""Handing a case over: transfer to another agency (移管), a new worker (担当変更)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.cases.forms import BasisForm
from domain.basis import Basis, BasisKind
from domain.case import Case
from domain.errors import InvalidWorkerError
from domain.personal import Personal
from domain.user import User


class HandoverCommands(BasisChecks):
    """Each command is one transaction on the case; `expected` is its version."""

    def transfer_case(
        self,
        actor: Actor,
        case_id: UUID,
        *,
        to_agency: str,
        transferred_on: date,
        basis: BasisForm | None = None,
        note: str | None = None,
        expected: int | None = None,
    ) -> tuple[Basis, int]:
        """Hand the case on; returns the basis relied on and the new version."""
        self.check_agency(to_agency, on=transferred_on)
        case = self.load(Case, case_id, expected)
        person_id = case.intake.person_id
        relied_on = case.transfer(
            to_agency=to_agency,
            transferred_on=transferred_on,
            basis=self._transfer_basis(case, actor.agency, to_agency, basis),
            note=None if note is None else Personal(person_id, note),
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return relied_on, case.version

    def assign_worker(
        self,
        actor: Actor,
        case_id: UUID,
        *,
        worker: UUID,
        assigned_on: date,
        expected: int | None = None,
    ) -> int:
        """Name an active user of the holding agency as the case's worker."""
        case = self.load(Case, case_id, expected)
        user = self.load(User, worker, None)
        if not user.is_active or user.agency != case.owner:
            raise InvalidWorkerError(f"{worker} is not active staff of {case.owner}")
        case.assign_worker(
            worker=str(worker),
            assigned_on=assigned_on,
            agency=actor.agency,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return case.version

    def _transfer_basis(
        self, case: Case, sharer: str, to_agency: str, given: BasisForm | None
    ) -> Basis:
        given = given or BasisForm()
        if given.kind == BasisKind.STATUTE:
            return self.statute_basis(case, given, sharer, (to_agency,))
        if given.kind == BasisKind.CONSENT:
            return Basis.of_consent(given.consent_id)
        return Basis(given.kind, meeting_id=given.meeting_id)  # the case refuses it
