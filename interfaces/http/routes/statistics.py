"""Statistics (統計): the coded profile of intakes and consultations, and counts.

`GET /v1/statistics-codes` lists every vocabulary with its Japanese labels
(age band, sex, household type, who consulted, problem categories; closure
reasons are `GET /v1/support-cycle`'s). `GET /v1/reports/statistics` counts a
fiscal year's intakes, one-off consultations and closures by each code: no
person's data is in them, and an erasure changes none.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from application.access.policy import Action
from domain.catalogue.statistics import UNKNOWN, VOCABULARIES
from domain.catalogue.support_cycle import CLOSURE_REASON_LABELS_JA, ClosureReason
from domain.profile import Profile
from interfaces.http.access import allowed
from interfaces.http.read_models import Views, caught_up, position_after
from interfaces.http.routes.reports import MinPosition
from interfaces.http.values import Code

router = APIRouter(prefix="/v1", tags=["reports"])
Problems = Annotated[list[Code], Field(max_length=15)]


class ProfileRequest(BaseModel):
    """統計用の属性: codes of `GET /v1/statistics-codes`; `unknown` if not asked.

    At intake the age band is worked out from the birth date when one is given.
    """

    age_band: Code = UNKNOWN
    sex: Code = UNKNOWN
    household_type: Code = UNKNOWN
    consulter: Code = UNKNOWN
    problems: Problems = []

    def profile(self) -> Profile:
        return Profile(
            self.age_band,
            self.sex,
            self.household_type,
            self.consulter,
            tuple(self.problems),
        )


class CodeResponse(BaseModel):
    code: str
    label_ja: str


class CountResponse(BaseModel):
    origin: str = Field(
        description="intake 受付 / consultation 一回限りの相談 / closure 終結"
    )
    vocabulary: str = Field(description="区分 (age_band, sex, … , reason)")
    code: str
    label_ja: str
    count: int


class StatisticsResponse(BaseModel):
    fiscal_year: int
    counts: list[CountResponse]


@router.get("/statistics-codes", dependencies=[allowed(Action.READ_REGISTRY)])
def list_statistics_codes() -> dict[str, list[CodeResponse]]:
    """Every vocabulary of the statistics, with its Japanese labels."""
    return {
        name: [CodeResponse(code=c, label_ja=label) for c, label in codes.items()]
        for name, codes in VOCABULARIES.items()
    }


@router.get("/reports/statistics", dependencies=[allowed(Action.READ_REPORTS)])
def statistics_report(
    _fresh: Annotated[None, caught_up("indicators")],
    views: Views,
    response: Response,
    fiscal_year: Annotated[int, Query(ge=2019, le=2100, description="年度")],
    min_position: MinPosition = None,
) -> StatisticsResponse:
    """統計: the year's intakes, consultations and closures, by each code."""
    position_after(views, "indicators", min_position, response)
    counts = [
        CountResponse(
            origin=c.origin,
            vocabulary=c.vocabulary,
            code=c.code,
            label_ja=_label(c.vocabulary, c.code),
            count=c.count,
        )
        for c in views.statistics(fiscal_year)
    ]
    return StatisticsResponse(fiscal_year=fiscal_year, counts=counts)


def _label(vocabulary: str, code: str) -> str:
    if vocabulary == "reason" and code in set(ClosureReason):
        return CLOSURE_REASON_LABELS_JA[ClosureReason(code)]
    return VOCABULARIES.get(vocabulary, {}).get(code, code)
