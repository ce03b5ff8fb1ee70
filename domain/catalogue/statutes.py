"""Statutes (法令) a share may rest on when it rests on no consent.

Each is quoted as the law numbers it. The abuse-prevention laws oblige (or
urge) whoever finds abuse to notify the municipality and say that duties of
confidentiality do not stand in the way; the APPI lets a public body (Art.
69 ② item 4) and a private operator (Art. 27 ① item 2) share without
consent in the narrow cases quoted. A statute is invoked by a supervisor or
coordinator only (application policy), names its reason, and stands out in
the disclosure trail and the access log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Provider(StrEnum):
    """Who may invoke a statute: the city's bodies, private operators, anyone."""

    MUNICIPAL = "municipal"  # 行政機関等: city sections and directly run agencies
    OPERATOR = "operator"  # 個人情報取扱事業者: consigned and private operators
    ANYONE = "anyone"


@dataclass(frozen=True)
class Statute:
    """A statutory basis for sharing (法令に基づく提供), as the law numbers it."""

    code: str
    law_ja: str
    article_ja: str
    summary_ja: str
    provider: Provider
    to_municipality_only: bool  # notifications go to the 市町村 itself

    @property
    def citation_ja(self) -> str:
        return f"{self.law_ja} {self.article_ja}"


_ELDER = "高齢者虐待の防止、高齢者の養護者に対する支援等に関する法律"
_CHILD = "児童虐待の防止等に関する法律"
_DISABILITY = "障害者虐待の防止、障害者の養護者に対する支援等に関する法律"
_APPI = "個人情報の保護に関する法律"

STATUTES: tuple[Statute, ...] = (
    Statute(
        "elder_abuse_notification",
        _ELDER,
        "第7条",
        "養護者による高齢者虐待を受けたと思われる高齢者の市町村への通報",
        Provider.ANYONE,
        to_municipality_only=True,
    ),
    Statute(
        "child_abuse_notification",
        _CHILD,
        "第6条第1項",
        "児童虐待を受けたと思われる児童の市町村等への通告",
        Provider.ANYONE,
        to_municipality_only=True,
    ),
    Statute(
        "disability_abuse_notification",
        _DISABILITY,
        "第7条第1項",
        "養護者による障害者虐待を受けたと思われる障害者の市町村への通報",
        Provider.ANYONE,
        to_municipality_only=True,
    ),
    Statute(
        "appi_public_body_special_reason",
        _APPI,
        "第69条第2項第4号",
        "行政機関等による提供: 明らかに本人の利益になるときその他特別の理由があるとき",
        Provider.MUNICIPAL,
        to_municipality_only=False,
    ),
    Statute(
        "appi_operator_life_or_body",
        _APPI,
        "第27条第1項第2号",
        "人の生命、身体又は財産の保護のために必要で、本人の同意を得ることが困難なとき",
        Provider.OPERATOR,
        to_municipality_only=False,
    ),
)

STATUTES_BY_CODE: Mapping[str, Statute] = MappingProxyType(
    {statute.code: statute for statute in STATUTES}
)
