"""アセスメントシート: the person and household seen whole, and what to do next.

The intake and issues, the structured assessment area by area
(`assessment_sheet.py`: the assessment the plan rests on, as the reader may
see it), the agencies involved (referrals), the activities so far and what
followed: the city's support decision, plans, closure.
"""

from __future__ import annotations

from application.forms.assessment_sheet import assessment_areas
from application.forms.context import (
    NOT_RECORDED,
    OPENED,
    CaseContext,
    concern_checks,
    person_section,
    reception,
    scope_entry,
)
from application.forms.labels import REFERRAL_STATUS_JA, agency_ja
from application.forms.model import (
    WITHHELD,
    Check,
    Checks,
    Form,
    FormKind,
    Section,
    Table,
    Text,
)
from application.forms.plan_review import decision_entries
from application.forms.wareki import wareki
from domain.catalogue.activities import ActivityKind

LATEST_ACTIVITIES = 12  # keeps the sheet to a few pages


def assessment(ctx: CaseContext) -> Form:
    """アセスメントシート."""
    return ctx.form(
        FormKind.ASSESSMENT,
        ctx.in_charge(),
        reception(ctx),
        person_section(ctx),
        Section(
            "主訴と課題の整理",
            (
                Text("主訴", ctx.view.summary or WITHHELD, f"{OPENED}.summary"),
                *concern_checks(ctx),
                scope_entry(ctx),
            ),
        ),
        assessment_areas(ctx),
        _agencies(ctx),
        _activities(ctx),
        _next_steps(ctx),
    )


def _agencies(ctx: CaseContext) -> Section:
    rows = tuple(
        (
            agency_ja(r.to_agency),
            REFERRAL_STATUS_JA.get(r.status, r.status),
            wareki(r.requested_on),
            r.reason,
        )
        for r in ctx.view.referrals
    )
    return Section(
        "関係機関（つなぎ）",
        (
            Table(
                "つなぎ先",
                ("機関", "状況", "依頼日", "理由"),
                rows,
                "Case.ReferralRequested / Referral*",
                widths=(5, 2, 3, 7),
            ),
        ),
    )


def _activities(ctx: CaseContext) -> Section:
    live = [a for a in ctx.view.activities if a.voided_on is None]
    latest = sorted(live, key=lambda a: a.occurred_on)[-LATEST_ACTIVITIES:]
    rows = tuple(
        (wareki(a.occurred_on), agency_ja(a.agency), _kind_ja(a.kind), a.note or "")
        for a in latest
    )
    more = len(live) - len(latest)
    label = (
        f"支援経過（新しい{LATEST_ACTIVITIES}件、ほか{more}件）" if more else "支援経過"
    )
    return Section(
        "支援経過",
        (
            Table(
                label,
                ("日付", "機関", "種別", "内容"),
                rows,
                "Case.ActivityRecorded",
                widths=(3, 4, 4, 7),
            ),
        ),
    )


def _kind_ja(kind: str) -> str:
    try:
        return ActivityKind(kind).label_ja
    except ValueError:
        return kind


def _next_steps(ctx: CaseContext) -> Section:
    view = ctx.view
    plans = [p for p in view.plans if p.voided_on is None]
    projects = {p.project for p in plans} | set(view.projects)
    return Section(
        "支援の方向性・次の対応",
        (
            *decision_entries(view.support_decision),
            Checks(
                "次の対応",
                (
                    Check("プラン作成", bool(plans)),
                    Check("他機関へつなぎ", bool(view.referrals)),
                    Check("見守り", False),
                    Check("終結", view.closed_on is not None),
                ),
                "Case.PlanCreated / ReferralRequested / Closed",
            ),
            Checks(
                "必要な事業",
                (
                    Check("参加支援事業", "participation_support" in projects),
                    Check(
                        "アウトリーチ等を通じた継続的支援事業", "outreach" in projects
                    ),
                    Check("多機関協働事業", "multi_agency" in projects),
                ),
                "Case.Opened.projects / Case.PlanCreated.project",
            ),
            Text("支援の方向性", "", NOT_RECORDED, lines=3),
        ),
    )
