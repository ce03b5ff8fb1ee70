"""プラン兼利用申込書: a support plan, which is also the application to use 事業.

One plan's newest revision (or the plan named): goals, each agency's role,
the direction, the review date, the meeting that approved it, and the 事業 it
applies for (参加支援・アウトリーチ), then the person's application and
signature. A sharer sees a plan's texts only where it has a role in it.
"""

from __future__ import annotations

from application.cases.view import PlanView, RevisionView
from application.errors import NoPlanError
from application.forms.context import (
    IDENTITY,
    NOT_RECORDED,
    CaseContext,
    birth_text,
)
from application.forms.labels import agency_ja, project_ja
from application.forms.model import (
    WITHHELD,
    Check,
    Checks,
    Entry,
    Form,
    FormKind,
    Section,
    Signature,
    Statement,
    Table,
    Text,
)
from application.forms.plan_review import (
    AGREED,
    CREATED,
    agreement,
    follow_up_section,
    review_section,
)
from application.forms.wareki import wareki
from domain.case import Case

APPLICATION = (
    "私は、上記のプランの内容について説明を受け、これに同意し、"
    "チェックした事業の利用を申し込みます。"
)


def plan(ctx: CaseContext) -> Form:
    """プラン兼利用申込書 for the chosen (or newest) plan, its newest revision."""
    chosen = _chosen(ctx)
    revision = chosen.revisions[-1]
    author = ctx.staff(
        ctx.recorded.author(Case.PlanRevised, plan_id=chosen.plan_id)
        if revision.number > 1
        else ctx.recorded.author(Case.PlanCreated, plan_id=chosen.plan_id)
    )
    return ctx.form(
        FormKind.PLAN,
        ctx.in_charge(),
        _header(ctx, chosen, revision, author),
        _goals(revision),
        _roles(revision),
        _projects(ctx, chosen),
        review_section(ctx, chosen, revision),
        follow_up_section(ctx, chosen, revision),
        _application(revision),
    )


def _application(revision: RevisionView) -> Section:
    """利用申込み・同意: the wording, the agreement recorded, a line to sign."""
    return Section(
        "利用申込み・同意",
        (
            Statement(APPLICATION),
            Entry("本人同意", agreement(revision), AGREED),
            Signature("申込日・本人署名"),
        ),
    )


def _chosen(ctx: CaseContext) -> PlanView:
    chosen = ctx.plan()
    if chosen is None:
        wanted = "this plan" if ctx.plan_id else "a support plan"
        raise NoPlanError(f"the case has no {wanted} as of {ctx.as_of}")
    return chosen


def _header(
    ctx: CaseContext, chosen: PlanView, revision: RevisionView, author: str
) -> Section:
    person = ctx.view.person
    made = "初回" if revision.number == 1 else f"見直し{revision.number - 1}回目"
    return Section(
        "プラン",
        (
            Entry("ID", str(ctx.view.case_id), "Case.Opened"),
            Entry("氏名", person.name if person else WITHHELD, IDENTITY),
            Entry(
                "ふりがな", (person.name_kana or "") if person else WITHHELD, IDENTITY
            ),
            Entry(
                "生年月日",
                birth_text(person.birth_date, ctx.day) if person else WITHHELD,
                IDENTITY,
            ),
            Entry("作成日", wareki(revision.stated_on), CREATED),
            Entry("作成回数", f"{made}（第{revision.number}版）", CREATED),
            Entry("作成機関", agency_ja(chosen.agency), "Case.PlanCreated.agency"),
            Entry("作成者", author, f"{CREATED}（記録者）"),
            Entry("事業", project_ja(chosen.project), "Case.PlanCreated.project"),
        ),
    )


def _goals(revision: RevisionView) -> Section:
    goals = revision.goals
    rows = tuple((str(i), g) for i, g in enumerate(goals or (), start=1))
    return Section(
        "意向・目標",
        (
            Text("本人・世帯の意向（目指す姿）", "", NOT_RECORDED, lines=2),
            Table(
                "目標",
                ("No.", "目標"),
                rows,
                f"{CREATED}.goals",
                widths=(1, 12),
                empty="（記録なし）" if goals is not None else WITHHELD,
            ),
            Text(
                "支援の方向性",
                WITHHELD if revision.direction is None else revision.direction,
                f"{CREATED}.direction",
            ),
        ),
    )


def _roles(revision: RevisionView) -> Section:
    rows = tuple(
        (agency_ja(r.agency), WITHHELD if r.role is None else r.role)
        for r in revision.roles
    )
    return Section(
        "役割分担",
        (
            Table(
                "機関と役割",
                ("機関", "役割・支援内容"),
                rows,
                f"{CREATED}.roles",
                widths=(4, 9),
            ),
        ),
    )


def _projects(ctx: CaseContext, chosen: PlanView) -> Section:
    live = {p.project for p in ctx.view.plans if p.voided_on is None and not p.ended_on}
    live.add(chosen.project)
    return Section(
        "利用する事業",
        (
            Checks(
                "事業",
                tuple(
                    Check(project_ja(code), code in live)
                    for code in ("participation_support", "outreach", "multi_agency")
                ),
                "Case.PlanCreated.project（ケースの有効なプラン）",
            ),
        ),
    )
