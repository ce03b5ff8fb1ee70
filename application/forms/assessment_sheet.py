"""アセスメント（領域別）: the structured assessment, area by area.

The assessment printed is the one the plan rests on (the plan the plan form
would print), else the latest; of it, the revision in force on the form's
date. Each area prints its heading, every coded choice as a box (■ ticked,
□ not) and its words. An area the reader may not see prints that it may not,
never its content: the case view has already left it out; here its heading
stands with `NO_RIGHT`. Of the problems seen (課題の整理), a sharer sees the
issue codes it may see, ticked, and no words. With no assessment as of the
instant, the areas print blank, to be filled by hand.
"""

from __future__ import annotations

from application.cases.cycle_view import (
    AssessmentRevisionView,
    AssessmentView,
    FindingView,
)
from application.forms.context import CaseContext
from application.forms.labels import agency_ja, project_ja
from application.forms.model import Check, Checks, Entry, Item, Section, Text
from application.forms.wareki import wareki
from domain.case import Case
from domain.catalogue.assessment_areas import AREAS, Area

RECORDED = "Case.AssessmentRecorded / AssessmentRevised"
NO_RIGHT = "（閲覧の権限がありません）"
NO_ASSESSMENT = "（アセスメントの記録なし）"
WORDS = "記述"  # the label of an area's words, under its choices


def assessment_areas(ctx: CaseContext) -> Section:
    """The sheet's areas from the assessment in force, as the reader may see it."""
    chosen = rested_on(ctx)
    revision = in_force(chosen, ctx) if chosen else None
    areas = tuple(item for area in Area for item in _area(ctx, area, revision))
    return Section("アセスメント（領域別）", (*_about(ctx, chosen, revision), *areas))


def rested_on(ctx: CaseContext) -> AssessmentView | None:
    """The assessment the printed plan rests on, else the latest one made."""
    plan = ctx.plan()
    wanted = plan.follow_up.assessment_id if plan else None
    made = [a for a in ctx.view.assessments if in_force(a, ctx)]
    rested = [a for a in made if a.assessment_id == wanted]
    if rested:
        return rested[0]
    return max(made, key=lambda a: _newest(a, ctx), default=None)


def in_force(
    assessment: AssessmentView, ctx: CaseContext
) -> AssessmentRevisionView | None:
    """The last revision made on or before the form's date."""
    made = [r for r in assessment.revisions if r.assessed_on <= ctx.day]
    return made[-1] if made else None


def _newest(assessment: AssessmentView, ctx: CaseContext) -> tuple[object, ...]:
    revision = in_force(assessment, ctx)
    first = assessment.revisions[0].assessed_on
    return (revision.assessed_on if revision else first, first)


def _about(
    ctx: CaseContext,
    chosen: AssessmentView | None,
    revision: AssessmentRevisionView | None,
) -> tuple[Item, ...]:
    if chosen is None or revision is None:
        return (Text("アセスメント", NO_ASSESSMENT, RECORDED, lines=1),)
    number = revision.number
    made = "初回" if number == 1 else f"再アセスメント{number - 1}回目"
    author = (
        ctx.recorded.author(Case.AssessmentRecorded, assessment_id=chosen.assessment_id)
        if number == 1
        else ctx.recorded.author(
            Case.AssessmentRevised, assessment_id=chosen.assessment_id, revision=number
        )
    )
    return (
        Entry("実施日", wareki(revision.assessed_on), RECORDED),
        Entry("版", f"第{number}版（{made}）", RECORDED),
        Entry("実施機関", agency_ja(revision.agency), RECORDED),
        Entry("記入者", ctx.staff(author), f"{RECORDED}（記録者）"),
        Entry("基づくプラン", _plans_on(ctx, chosen), "Case.PlanCreated.assessment_id"),
    )


def _plans_on(ctx: CaseContext, chosen: AssessmentView) -> str:
    plans = [
        p
        for p in ctx.view.plans
        if p.voided_on is None and p.follow_up.assessment_id == chosen.assessment_id
    ]
    return (
        "、".join(
            f"{wareki(p.created_on)}作成（{project_ja(p.project)}）" for p in plans
        )
        or "（なし）"
    )


def _area(
    ctx: CaseContext, area: Area, revision: AssessmentRevisionView | None
) -> tuple[Item, ...]:
    spec = AREAS[area]
    source = f"{RECORDED}.findings[{area.value}]"
    found = _finding(revision, area)
    if ctx.full or spec.reveals <= set(ctx.view.visible_categories):
        chosen = found.choices if found else ()
        codes = [*spec.choices, *(c for c in chosen if c not in spec.choices)]
        options = tuple(Check(spec.choices.get(c, c), c in chosen) for c in codes)
        words = (found.note or "") if found else ""
        return (
            Checks(spec.label_ja, options, source),
            Text(WORDS, words, source, lines=1),
        )
    if found is not None and found.choices:  # the problems: the codes it may see
        options = tuple(Check(spec.choices.get(c, c), True) for c in found.choices)
        return (
            Checks(spec.label_ja, options, source),
            Text(WORDS, NO_RIGHT, source, lines=1),
        )
    return (Text(spec.label_ja, NO_RIGHT, source, lines=1),)


def _finding(revision: AssessmentRevisionView | None, area: Area) -> FindingView | None:
    if revision is None:
        return None
    return next((f for f in revision.findings if f.area == area.value), None)
