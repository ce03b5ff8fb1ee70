"""Handing a case over: transfer to another agency (移管), a new worker (担当変更).

A transfer hands the whole case on, so it rests on a consent that covers
the receiving agency for referral and every category the case reveals at
intake (basic, its fields, its issue codes), or on a statute whose fit the
application checks first. From the transfer on, the receiving agency holds
the case; the one that held it keeps only what another basis gives it. The
holding agency assigns its worker; after a transfer the case has none until
it does.
"""

from __future__ import annotations

from datetime import date

from eventsourcing.domain import Aggregate

from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.catalogue.categories import FIELD_CATEGORIES, ISSUE_CATEGORIES, Category
from domain.consent import Purpose
from domain.errors import (
    InvalidBasisError,
    InvalidWorkerError,
    NotWorkingOnCaseError,
    SelfTransferError,
)
from domain.personal import Personal
from domain.recording import Recording

UNASSIGNED = ""  # no worker yet: a transferred case waits for one


class CaseHandover(CaseSharing):
    """Transfer (移管) and assignment of the worker (担当変更)."""

    class Transferred(Aggregate.Event):
        """The case was transferred to another agency (移管)."""

        from_agency: str
        to_agency: str
        transferred_on: date
        basis: Basis
        note: Personal | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.holder = self.to_agency
            case.worker = UNASSIGNED

    class WorkerAssigned(Aggregate.Event):
        """The holding agency assigned the case's worker (担当変更)."""

        worker: str
        assigned_on: date
        agency: str
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.worker = self.worker

    def revealed_categories(self) -> frozenset[str]:
        """What holding the case reveals: who the person is, fields, issues."""
        revealed = {Category.BASIC}
        for code in self.intake.fields:
            revealed |= FIELD_CATEGORIES.get(code, frozenset())
        for code in self.intake.issues:
            revealed |= ISSUE_CATEGORIES.get(code, frozenset())
        return frozenset(revealed)

    def transfer(
        self,
        *,
        to_agency: str,
        transferred_on: date,
        basis: Basis,
        note: Personal | None,
        recorded_by: str,
        recording: Recording,
    ) -> Basis:
        """Hand the case to `to_agency`; returns the basis relied on."""
        self._check_open()
        if to_agency == self.owner:
            raise SelfTransferError(to_agency)
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("transferred_on", transferred_on, after=opening)
        if basis.is_statute:
            basis.law()
        elif basis.is_consent:
            consent = self.consent_for(
                to_agency,
                (Purpose.REFERRAL,),
                day=transferred_on,
                recording=recording,
                categories=self.revealed_categories(),
                only=basis.consent_id,
            )
            basis = Basis.of_consent(consent.consent_id)
        else:
            raise InvalidBasisError("a case is transferred on a consent or a statute")
        self._emit(
            "Transferred",
            from_agency=self.owner,
            to_agency=to_agency,
            transferred_on=transferred_on,
            basis=basis,
            note=note,
            recorded_by=recorded_by,
        )
        return basis

    def assign_worker(
        self,
        *,
        worker: str,
        assigned_on: date,
        agency: str,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """The holding agency names one of its own users as the case's worker."""
        self._check_open()
        if agency != self.owner:
            raise NotWorkingOnCaseError(f"only {self.owner} assigns its worker")
        if not worker.strip():
            raise InvalidWorkerError("a worker is named by its user id")
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("assigned_on", assigned_on, after=opening)
        self._emit(
            "WorkerAssigned",
            worker=worker,
            assigned_on=assigned_on,
            agency=agency,
            recorded_by=recorded_by,
        )
