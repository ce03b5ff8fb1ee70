"""Who gave a consent (同意者の立場), and the age bands a consent is judged by.

The person (本人); a legal representative (法定代理人: 親権者, 未成年後見人,
成年後見人, and 保佐人・補助人 given a power of representation by the family
court); or a representative the person chose (任意代理人, 任意後見人).
Codes are stored in events: never rename one; add new ones. The rule for
children and its source: docs/lawful-basis.md, "Consent of a child".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class StandingKind(StrEnum):
    """The three kinds of giver."""

    PERSON = "person"
    LEGAL = "legal_representative"
    VOLUNTARY = "voluntary_representative"

    @property
    def label_ja(self) -> str:
        return {
            StandingKind.PERSON: "本人",
            StandingKind.LEGAL: "法定代理人",
            StandingKind.VOLUNTARY: "任意代理人",
        }[self]


class Standing(StrEnum):
    """The giver's standing (同意者の立場)."""

    PERSON = "person"
    PARENTAL_AUTHORITY = "parental_authority"
    MINOR_GUARDIAN = "minor_guardian"
    ADULT_GUARDIAN = "adult_guardian"
    CURATOR = "curator"
    ASSISTANT = "assistant"
    VOLUNTARY_GUARDIAN = "voluntary_guardian"
    VOLUNTARY_AGENT = "voluntary_agent"
    # Consents by a representative recorded before standings were coded.
    UNRECORDED = "unrecorded_representative"

    @property
    def label_ja(self) -> str:
        return STANDINGS[self].label_ja

    @property
    def kind(self) -> StandingKind:
        return STANDINGS[self].kind


@dataclass(frozen=True)
class StandingSpec:
    """A standing's label and its kind."""

    label_ja: str
    kind: StandingKind


STANDINGS: Mapping[Standing, StandingSpec] = MappingProxyType(
    {
        Standing.PERSON: StandingSpec("本人", StandingKind.PERSON),
        Standing.PARENTAL_AUTHORITY: StandingSpec("親権者", StandingKind.LEGAL),
        Standing.MINOR_GUARDIAN: StandingSpec("未成年後見人", StandingKind.LEGAL),
        Standing.ADULT_GUARDIAN: StandingSpec("成年後見人", StandingKind.LEGAL),
        Standing.CURATOR: StandingSpec("保佐人（代理権付与）", StandingKind.LEGAL),
        Standing.ASSISTANT: StandingSpec("補助人（代理権付与）", StandingKind.LEGAL),
        Standing.VOLUNTARY_GUARDIAN: StandingSpec("任意後見人", StandingKind.VOLUNTARY),
        Standing.VOLUNTARY_AGENT: StandingSpec("任意代理人", StandingKind.VOLUNTARY),
        Standing.UNRECORDED: StandingSpec(
            "代理人（区分の記録なし：区分導入前の同意）", StandingKind.VOLUNTARY
        ),
    }
)
STANDINGS_GIVEN: frozenset[str] = frozenset(Standing) - {Standing.UNRECORDED}
# Only a minor has a 親権者 or a 未成年後見人.
FOR_MINORS: frozenset[str] = frozenset(
    {Standing.PARENTAL_AUTHORITY, Standing.MINOR_GUARDIAN}
)


class AgeBand(StrEnum):
    """The person's age on the consent's date, as far as the rule needs it."""

    CHILD = "child"  # 15 or younger: a legal representative consents
    MINOR = "minor"  # 16 or 17: the person may consent; flagged
    ADULT = "adult"  # 18 or older (成年, 民法 Art. 4)
    UNKNOWN = "unknown"  # no birth date held (or erased)

    @property
    def label_ja(self) -> str:
        return {
            AgeBand.CHILD: "15歳以下（法定代理人の同意）",
            AgeBand.MINOR: "16・17歳（未成年）",
            AgeBand.ADULT: "18歳以上",
            AgeBand.UNKNOWN: "生年月日の記録なし",
        }[self]


ADULT_AGE = 18  # 民法 Art. 4 (since 2022-04-01)
CHILD_UP_TO = 15  # the upper end of the guidelines' 12–15: docs/lawful-basis.md
