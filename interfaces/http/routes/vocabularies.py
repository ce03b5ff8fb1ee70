"""The vocabularies a client needs: bases, and the support cycle's codes.

`GET /v1/categories`: the categories of information (情報の区分) consents and
disclosures are made of, with Japanese labels. `GET /v1/statutes`: the
statutes a share may rest on, each with its law and article as the law
numbers them, who may invoke it, and to whom it may go.
`GET /v1/assessment-areas` and `GET /v1/support-cycle`: the codes of an
assessment, closure reasons, agreements, progress and outcomes. Any
signed-in user may read them.
"""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from application.access.policy import Action
from domain.catalogue.assessment_areas import AREAS
from domain.catalogue.categories import Category
from domain.catalogue.consent_givers import STANDINGS_GIVEN, AgeBand, Standing
from domain.catalogue.relationships import Relationship
from domain.catalogue.statutes import STATUTES, Statute
from domain.catalogue.support_cycle import (
    CLOSURE_REASONS_GIVEN,
    AgreementForm,
    ClosureReason,
    Outcome,
    Progress,
)
from interfaces.http.access import allowed

router = APIRouter(prefix="/v1", tags=["agencies"])


class CategoryResponse(BaseModel):
    code: str
    label_ja: str


class StatuteResponse(BaseModel):
    code: str
    law_ja: str
    article_ja: str
    summary_ja: str
    invoked_by: str  # municipal | operator | anyone
    to_municipality_only: bool

    @classmethod
    def of(cls, statute: Statute) -> StatuteResponse:
        return cls(
            code=statute.code,
            law_ja=statute.law_ja,
            article_ja=statute.article_ja,
            summary_ja=statute.summary_ja,
            invoked_by=statute.provider.value,
            to_municipality_only=statute.to_municipality_only,
        )


@router.get("/categories", dependencies=[allowed(Action.READ_REGISTRY)])
def list_categories() -> list[CategoryResponse]:
    """The categories of information, in the catalogue's order."""
    return [CategoryResponse(code=c.value, label_ja=c.label_ja) for c in Category]


@router.get("/statutes", dependencies=[allowed(Action.READ_REGISTRY)])
def list_statutes() -> list[StatuteResponse]:
    """The statutes a referral or a disclosure may rest on (法令に基づく提供)."""
    return [StatuteResponse.of(statute) for statute in STATUTES]


class CodeLabel(BaseModel):
    code: str
    label_ja: str


class AreaResponse(BaseModel):
    """An area of the assessment sheet, what it reveals, and its choices."""

    code: str
    label_ja: str
    reveals: list[str]
    choices: list[CodeLabel]


class SupportCycleResponse(BaseModel):
    """The codes of the support cycle, each with its Japanese label."""

    closure_reasons: list[CodeLabel]
    agreement_forms: list[CodeLabel]
    progress: list[CodeLabel]
    outcomes: list[CodeLabel]


@router.get("/assessment-areas", dependencies=[allowed(Action.READ_REGISTRY)])
def list_assessment_areas() -> list[AreaResponse]:
    """The areas of an assessment (アセスメント) and the choices each offers."""
    return [
        AreaResponse(
            code=area.value,
            label_ja=spec.label_ja,
            reveals=sorted(spec.reveals),
            choices=[
                CodeLabel(code=code, label_ja=label)
                for code, label in spec.choices.items()
            ],
        )
        for area, spec in AREAS.items()
    ]


@router.get("/support-cycle", dependencies=[allowed(Action.READ_REGISTRY)])
def list_support_cycle_codes() -> SupportCycleResponse:
    """Closure reasons (終結理由), agreement forms, progress and outcomes."""
    given = [r for r in ClosureReason if r in CLOSURE_REASONS_GIVEN]
    return SupportCycleResponse(
        closure_reasons=[_coded(r) for r in given],
        agreement_forms=[_coded(f) for f in AgreementForm],
        progress=[_coded(p) for p in Progress],
        outcomes=[_coded(o) for o in Outcome],
    )


class StandingResponse(BaseModel):
    """A giver's standing, its label, and its kind (本人, 法定代理人, 任意代理人)."""

    code: str
    label_ja: str
    kind: str
    kind_ja: str


class ConsentGiversResponse(BaseModel):
    """Who may give a consent, and the age bands a consent keeps."""

    standings: list[StandingResponse]
    age_bands: list[CodeLabel]


@router.get("/consent-givers", dependencies=[allowed(Action.READ_REGISTRY)])
def list_consent_givers() -> ConsentGiversResponse:
    """Standings a consent may be given by (同意者の立場), and the age bands."""
    given = [s for s in Standing if s in STANDINGS_GIVEN]
    return ConsentGiversResponse(
        standings=[
            StandingResponse(
                code=s.value, label_ja=s.label_ja, kind=s.kind, kind_ja=s.kind.label_ja
            )
            for s in given
        ],
        age_bands=[CodeLabel(code=b.value, label_ja=b.label_ja) for b in AgeBand],
    )


@router.get("/relationships", dependencies=[allowed(Action.READ_REGISTRY)])
def list_relationships() -> list[CodeLabel]:
    """続柄: a household member's relation to the household's head (世帯主)."""
    return [_coded(r) for r in Relationship]


def _coded(
    code: ClosureReason | AgreementForm | Progress | Outcome | Relationship,
) -> CodeLabel:
    return CodeLabel(code=code.value, label_ja=code.label_ja)
