"""Consents (同意) on a case: grant and withdraw; only the case's own agency."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

from application.cases.forms import ConsentForm
from domain.catalogue.consent_givers import Standing
from domain.consent import GivenBy, Purpose
from interfaces.http.access import ManageCase
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Codes, IsoDate, ShortText, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned

router = APIRouter(prefix="/v1/cases/{case_id}/consents", tags=["consents"])


class GrantConsentRequest(BaseModel):
    """The scope of a consent: agencies, purposes, categories, period.

    A representative names their `standing` (GET /v1/consent-givers): a
    法定代理人 (親権者, 未成年後見人, 成年後見人…) or a 任意代理人. A person 15 or
    younger on the consent's date consents through a 親権者 or 未成年後見人
    (422 `child_consent`); the consent keeps the person's age band.
    """

    given_by: GivenBy
    standing: Standing | None = None
    representative: ShortText | None = None
    relationship: ShortText | None = None
    agencies: Annotated[Codes, Field(min_length=1)]
    purposes: Annotated[list[Purpose], Field(min_length=1, max_length=3)]
    categories: Annotated[Codes, Field(min_length=1)]
    valid_from: IsoDate
    valid_until: IsoDate

    def form(self) -> ConsentForm:
        return ConsentForm(
            given_by=self.given_by.value,
            agencies=tuple(self.agencies),
            purposes=tuple(p.value for p in self.purposes),
            categories=tuple(self.categories),
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            representative=self.representative,
            relationship=self.relationship,
            standing=None if self.standing is None else self.standing.value,
        )


class GrantedConsentResponse(BaseModel):
    consent_id: UUID
    version: int


class WithdrawConsentRequest(BaseModel):
    withdrawn_on: BusinessDate
    reason: Text | None = None


@router.post("", **CREATED)
def grant_consent(
    case_id: UUID,
    body: GrantConsentRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> GrantedConsentResponse:
    consent_id, version = ledger.grant_consent(actor, case_id, body.form(), v.expected)
    v.set(version)
    return GrantedConsentResponse(consent_id=consent_id, version=version)


@router.post("/{consent_id}/withdraw", **NO_CONTENT)
def withdraw_consent(
    *,
    case_id: UUID,
    consent_id: UUID,
    body: WithdrawConsentRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Works forward from `withdrawn_on`: never rewrites the basis of past acts."""
    when, why = body.withdrawn_on, body.reason
    v.set(ledger.withdraw_consent(actor, case_id, consent_id, when, why, v.expected))
