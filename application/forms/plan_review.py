"""The plan form's part on its period, reviews and meetings (期間・評価・会議)."""

from __future__ import annotations

from application.cases.cycle_view import DecisionView
from application.cases.view import PlanView, RevisionView
from application.forms.labels import agency_ja
from application.forms.model import Entry, Section, Table
from application.forms.wareki import optional, wareki

CREATED = "Case.PlanCreated / PlanRevised"
APPROVED = "Case.PlanApproved"
DECISION_PENDING = "支援決定の記録待ち（手書き欄）"
DECIDED = "Case.SupportDecided"


def review_section(chosen: PlanView, revision: RevisionView) -> Section:
    history = tuple(
        (
            str(r.number),
            wareki(r.stated_on),
            optional(r.approved_on),
            wareki(r.review_on),
        )
        for r in chosen.revisions
    )
    return Section(
        "期間・評価・会議",
        (
            Entry(
                "次回見直し予定日", wareki(revision.review_on), f"{CREATED}.review_on"
            ),
            Entry("プラン終了日", optional(chosen.ended_on), "Case.PlanEnded"),
            Entry("重層的支援会議での承認日", optional(revision.approved_on), APPROVED),
            Entry("支援決定日", "", DECISION_PENDING),
            Table(
                "改訂の記録",
                ("版", "作成日", "承認日", "見直し予定日"),
                history,
                f"{CREATED} / {APPROVED}",
                widths=(1, 4, 4, 4),
            ),
        ),
    )


def decision_entries(decision: DecisionView | None) -> tuple[Entry, Entry]:
    """支援決定日 and the city section that decided; blank before the decision."""
    on, section = (decision.decided_on, decision.agency) if decision else (None, None)
    return (
        Entry("支援決定日", optional(on), DECIDED),
        Entry("決定した部署", agency_ja(section), DECIDED),
    )
