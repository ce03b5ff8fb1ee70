"""Coded vocabularies of the support cycle, with the Japanese staff read.

Closure reasons (終結理由), how the person agreed to a plan (同意の方法),
progress on a goal at monitoring (モニタリング) and the outcome of an
evaluation (評価). Codes are stored in events: never rename one; add new ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class ClosureReason(StrEnum):
    """Why a case was closed (終結理由)."""

    GOALS_REACHED = "goals_reached"
    STABLE = "stable"
    MOVED_AWAY = "moved_away"
    DIED = "died"
    LOST_CONTACT = "lost_contact"
    PERSONS_WISH = "persons_wish"
    HANDED_OVER = "handed_over"
    OTHER = "other"
    # Closures recorded before reasons were coded; never given anew.
    UNRECORDED = "unrecorded"

    @property
    def label_ja(self) -> str:
        return CLOSURE_REASON_LABELS_JA[self]


CLOSURE_REASON_LABELS_JA: Mapping[ClosureReason, str] = MappingProxyType(
    {
        ClosureReason.GOALS_REACHED: "目標の達成・課題の解決",
        ClosureReason.STABLE: "状態が安定し見守りへ移行",
        ClosureReason.MOVED_AWAY: "転居",
        ClosureReason.DIED: "死亡",
        ClosureReason.LOST_CONTACT: "連絡が取れなくなった",
        ClosureReason.PERSONS_WISH: "本人の希望",
        ClosureReason.HANDED_OVER: "他の制度・機関へ引継ぎ",
        ClosureReason.OTHER: "その他",
        ClosureReason.UNRECORDED: "区分の記録なし（区分導入前の終結）",
    }
)

CLOSURE_REASONS_GIVEN: frozenset[str] = frozenset(ClosureReason) - {
    ClosureReason.UNRECORDED
}


class AgreementForm(StrEnum):
    """How the person agreed to a plan (プラン兼利用申込書)."""

    SIGNED = "signed"
    ORAL = "oral"

    @property
    def label_ja(self) -> str:
        return {AgreementForm.SIGNED: "署名", AgreementForm.ORAL: "口頭"}[self]


class Progress(StrEnum):
    """Progress on one goal of a plan, seen at monitoring (モニタリング)."""

    ACHIEVED = "achieved"
    IMPROVING = "improving"
    UNCHANGED = "unchanged"
    WORSENED = "worsened"

    @property
    def label_ja(self) -> str:
        return PROGRESS_LABELS_JA[self]


PROGRESS_LABELS_JA: Mapping[Progress, str] = MappingProxyType(
    {
        Progress.ACHIEVED: "達成",
        Progress.IMPROVING: "改善",
        Progress.UNCHANGED: "変化なし",
        Progress.WORSENED: "悪化",
    }
)


class Outcome(StrEnum):
    """What an evaluation (評価) decided for the plan."""

    CONTINUE = "continue"
    REVISE = "revise"
    END = "end"

    @property
    def label_ja(self) -> str:
        return OUTCOME_LABELS_JA[self]


OUTCOME_LABELS_JA: Mapping[Outcome, str] = MappingProxyType(
    {Outcome.CONTINUE: "継続", Outcome.REVISE: "見直し", Outcome.END: "終了"}
)
