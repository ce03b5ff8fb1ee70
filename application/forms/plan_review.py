"""The plan form's parts on its grounds, period and follow-up.

期間・評価・会議: the review date (a continuing evaluation moves it), the end,
the meeting's approval, the city's support decision, the assessment the plan
rests on and every revision. モニタリング・評価: the latest monitoring's
progress per goal and the latest evaluation. Codes and dates print for every
reader; words only where the case view gives them (the plan's members and
the agency that wrote them), `WITHHELD` otherwise.
"""

from __future__ import annotations

from application.cases.cycle_view import DecisionView, EvaluationView, MonitoringView
from application.cases.view import PlanView, RevisionView
from application.forms.context import CaseContext
from application.forms.labels import (
    agency_ja,
    agreement_ja,
    outcome_ja,
    progress_ja,
)
from application.forms.model import WITHHELD, Entry, Item, Section, Table, Text
from application.forms.wareki import optional, wareki

CREATED = "Case.PlanCreated / PlanRevised"
APPROVED = "Case.PlanApproved"
AGREED = "Case.PlanAgreed"
DECIDED = "Case.SupportDecided"
MONITORED = "Case.PlanMonitored"
EVALUATED = "Case.PlanEvaluated"
OVERDUE = "（見直し時期を過ぎています）"


def review_section(
    ctx: CaseContext, chosen: PlanView, revision: RevisionView
) -> Section:
    follow = chosen.follow_up
    review = wareki(follow.review_on) + (OVERDUE if follow.review_due else "")
    return Section(
        "期間・評価・会議",
        (
            Entry("次回見直し日", review, f"{CREATED}.review_on / {EVALUATED}"),
            Entry("プラン終了日", optional(chosen.ended_on), "Case.PlanEnded"),
            Entry("重層的支援会議での承認日", optional(revision.approved_on), APPROVED),
            *decision_entries(ctx.view.support_decision),
            Entry(
                "基づくアセスメント",
                _assessment(ctx, chosen, revision),
                "Case.PlanCreated.assessment_id / AssessmentRecorded / Revised",
            ),
            _history(chosen),
        ),
    )


def _history(chosen: PlanView) -> Table:
    """改訂の記録: every revision, when approved, agreed to and to be reviewed."""
    rows = tuple(
        (
            str(r.number),
            wareki(r.stated_on),
            optional(r.approved_on),
            agreement(r),
            wareki(r.review_on),
        )
        for r in chosen.revisions
    )
    return Table(
        "改訂の記録",
        ("版", "作成日", "承認日", "本人同意", "見直し予定日"),
        rows,
        f"{CREATED} / {APPROVED} / {AGREED}",
        widths=(1, 4, 4, 4, 4),
    )


def decision_entries(decision: DecisionView | None) -> tuple[Entry, Entry]:
    """支援決定日 and the city section that decided; blank before the decision."""
    on, section = (decision.decided_on, decision.agency) if decision else (None, None)
    return (
        Entry("支援決定日", optional(on), DECIDED),
        Entry("決定した部署", agency_ja(section), DECIDED),
    )


def agreement(revision: RevisionView) -> str:
    """令和8年6月16日（署名）: the person's agreement to the revision, if given."""
    if revision.agreed_on is None:
        return ""
    how = agreement_ja(revision.agreed_how) if revision.agreed_how else ""
    return (
        f"{wareki(revision.agreed_on)}（{how}）" if how else wareki(revision.agreed_on)
    )


def _assessment(ctx: CaseContext, chosen: PlanView, revision: RevisionView) -> str:
    """The date and revision of the assessment, as it stood when the plan was."""
    wanted = chosen.follow_up.assessment_id
    found = [a for a in ctx.view.assessments if a.assessment_id == wanted]
    if not found:
        return "（記録なし）"
    made = [r for r in found[0].revisions if r.assessed_on <= revision.stated_on]
    basis = made[-1] if made else found[0].revisions[0]
    return f"{wareki(basis.assessed_on)}（第{basis.number}版）"


def follow_up_section(
    ctx: CaseContext, chosen: PlanView, revision: RevisionView
) -> Section:
    """The latest monitoring, goal by goal, and the latest evaluation."""
    follow = chosen.follow_up
    monitorings = sorted(follow.monitorings, key=lambda m: m.monitored_on)
    evaluations = sorted(follow.evaluations, key=lambda e: e.evaluated_on)
    member = ctx.full or revision.goals is not None
    return Section(
        "モニタリング・評価",
        (
            *_monitoring(ctx, monitorings[-1] if monitorings else None, revision),
            *_evaluation(ctx, evaluations[-1] if evaluations else None, member),
        ),
    )


def _monitoring(
    ctx: CaseContext, monitoring: MonitoringView | None, revision: RevisionView
) -> tuple[Item, ...]:
    on, by = "", ""
    rows: tuple[tuple[str, ...], ...] = ()
    if monitoring is not None:
        on, by = wareki(monitoring.monitored_on), agency_ja(monitoring.agency)
        rows = _progress(ctx, monitoring, revision)
    return (
        Entry("モニタリング日", on, MONITORED),
        Entry("実施機関", by, MONITORED),
        Table(
            "目標ごとの進捗",
            ("No.", "目標", "進捗", "変化", "次の対応"),
            rows,
            MONITORED,
            widths=(1, 5, 2, 5, 5),
        ),
    )


def _progress(
    ctx: CaseContext, monitoring: MonitoringView, revision: RevisionView
) -> tuple[tuple[str, ...], ...]:
    shown = ctx.full or revision.goals is not None or monitoring.agency == ctx.agency
    return tuple(
        (
            str(g.goal),
            _goal(revision, g.goal, monitoring),
            progress_ja(g.progress),
            _words(g.changes, shown),
            _words(g.next_steps, shown),
        )
        for g in monitoring.goals
    )


def _goal(revision: RevisionView, number: int, monitoring: MonitoringView) -> str:
    """The goal's words, when the monitoring looked at the revision printed."""
    if revision.goals is None:
        return WITHHELD
    if monitoring.monitored_on < revision.stated_on or number > len(revision.goals):
        return ""
    return revision.goals[number - 1]


def _evaluation(
    ctx: CaseContext, evaluation: EvaluationView | None, member: bool
) -> tuple[Item, ...]:
    if evaluation is None:
        return (
            Entry("評価日", "", EVALUATED),
            Entry("評価の結果", "", EVALUATED),
            Entry("評価後の見直し日", "", EVALUATED),
            Text("評価の所見", "", EVALUATED, lines=1),
        )
    shown = member or evaluation.agency == ctx.agency
    return (
        Entry("評価日", wareki(evaluation.evaluated_on), EVALUATED),
        Entry("評価の結果", outcome_ja(evaluation.outcome), EVALUATED),
        Entry("評価後の見直し日", optional(evaluation.next_review_on), EVALUATED),
        Text("評価の所見", _words(evaluation.note, shown), EVALUATED, lines=1),
    )


def _words(text: str | None, shown: bool) -> str:
    if text is not None:
        return text
    return "" if shown else WITHHELD
