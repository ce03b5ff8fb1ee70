"""What a case form is built from, and the parts every case form shares.

A builder sees the case only through `CaseView` — what the reader may see,
as the records stood at the instant (`cases/reading.py` applies the rules) —
plus who recorded what, by staff id, and the names of staff.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from application.cases.view import CaseView, PlanView
from application.forms.labels import (
    agency_ja,
    categories_ja,
    closure_ja,
    field_ja,
    issue_ja,
    route_ja,
)
from application.forms.model import (
    CITY,
    WITHHELD,
    Check,
    Checks,
    Entry,
    Form,
    FormKind,
    Section,
)
from application.forms.records import Recorded
from application.forms.wareki import age_on, reiwa, wareki
from domain.case import Case
from domain.catalogue import ISSUE_TAG_LABELS_JA, Field, Route

OPENED = "Case.Opened"
IDENTITY = "Person.Registered / IdentityCorrected"
NOT_RECORDED = "台帳に項目なし（手書き欄）"
CLOSED = "Case.Closed / Reopened"
UNASSIGNED = "（未定）"  # after a transfer, until the holder names its worker


@dataclass(frozen=True)
class DisclosureRow:
    """A disclosure of the case at a meeting, as its owner sees it."""

    held_on: date
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    basis: str  # already in Japanese


@dataclass(frozen=True)
class CaseContext:
    """One reader's view of a case as of an instant, and the form's dating."""

    view: CaseView
    recorded: Recorded
    day: date  # the form's date: the instant's day in Tokyo
    as_of: str
    reader: str
    staff: Callable[[str | None], str]  # a user id to a display name
    disclosures: tuple[DisclosureRow, ...] = ()  # the owner's view only
    plan_id: UUID | None = None  # the plan to print; None: the newest
    agency: str = ""  # the reader's agency

    @property
    def full(self) -> bool:
        return self.view.view == "full"

    def form(self, kind: FormKind, staff: str, *sections: Section) -> Form:
        return Form(
            kind=kind,
            city=CITY,
            reference=str(self.view.case_id),
            dated=reiwa(self.day),
            as_of=self.as_of,
            staff=staff,
            reader=self.reader,
            sections=sections,
            view=self.view.view,
        )

    def intake_worker(self) -> str:
        return self.staff(self.recorded.author(Case.Opened))

    def in_charge(self) -> str:
        """担当: the agency holding the case (移管 moves it) and its worker, by name."""
        view = self.view
        holder = agency_ja(view.agency)
        if view.agency != view.intake_agency:
            holder = f"{holder}（移管）"
        worker = self.staff(view.worker) if view.worker else UNASSIGNED
        return f"{holder}　{worker}".strip()

    def plan(self) -> PlanView | None:
        """The plan a form prints: the one asked for, else the newest live one."""
        plans = [
            p
            for p in self.view.plans
            if p.voided_on is None
            and (self.plan_id is None or p.plan_id == self.plan_id)
        ]
        return max(plans, key=lambda p: (p.created_on, str(p.plan_id)), default=None)


def reception(ctx: CaseContext) -> Section:
    """受付: the case's id, date, window, who took it in, its status, the route."""
    view = ctx.view
    return Section(
        "受付",
        (
            Entry("ID", str(view.case_id), OPENED),
            Entry("受付日", wareki(view.opened_on), OPENED),
            Entry("受付機関", agency_ja(view.intake_agency), OPENED),
            Entry("受付者", ctx.intake_worker(), f"{OPENED}（記録者）"),
            *status_entries(ctx),
            route_checks(view.route),
        ),
    )


def status_entries(ctx: CaseContext) -> tuple[Entry, ...]:
    """状況 (対応中, or 終結 with its date) and, once closed, 終結理由."""
    view = ctx.view
    closed = view.closed_on
    if closed is None:
        return (Entry("状況", "対応中", CLOSED),)
    status = Entry("状況", f"終結（{wareki(closed)}）", CLOSED)
    if view.closure_reason is None:
        return (status,)
    return (status, Entry("終結理由", closure_ja(view.closure_reason), CLOSED))


def route_checks(route: str) -> Checks:
    options = tuple(Check(route_ja(r.value), r.value == route) for r in Route)
    return Checks("相談経路", options, OPENED)


def person_section(ctx: CaseContext, title: str = "基本情報（本人）") -> Section:
    """氏名・ふりがな・生年月日・住所・電話, or withheld outside the basis."""
    person = ctx.view.person
    if person is None:
        labels = ("ふりがな", "氏名", "生年月日", "住所", "電話")
        return Section(title, tuple(Entry(x, WITHHELD, IDENTITY) for x in labels))
    return Section(
        title,
        (
            Entry("ふりがな", person.name_kana or "", IDENTITY),
            Entry("氏名", person.name, IDENTITY),
            Entry("性別", "", NOT_RECORDED),
            Entry("生年月日", birth_text(person.birth_date, ctx.day), IDENTITY),
            Entry("住所", person.address or "", IDENTITY),
            Entry("電話", person.phone or "", IDENTITY),
        ),
    )


def birth_text(birth: str | None, day: date) -> str:
    """昭和19年3月2日（82歳）; the text as kept when it is not a date."""
    if not birth:
        return ""
    try:
        born = date.fromisoformat(birth)
    except ValueError:
        return birth  # erased (［消去済み］) or kept as written
    return f"{wareki(born)}（{age_on(born, day)}歳）"


def concern_checks(ctx: CaseContext) -> tuple[Checks, ...]:
    """分野 and 課題: every choice for the owner; a sharer, what it may see."""
    view = ctx.view
    fields = _choices([f.value for f in Field], view.fields, ctx.full)
    issues = _choices(_issue_codes(view.issues), view.issues, ctx.full)
    return (
        Checks("分野", tuple(Check(field_ja(c), on) for c, on in fields), OPENED),
        Checks("課題", tuple(Check(issue_ja(c), on) for c, on in issues), OPENED),
    )


def _issue_codes(seen: Iterable[str]) -> list[str]:
    known = list(ISSUE_TAG_LABELS_JA)
    return known + [c for c in seen if c not in known]


def _choices(
    every: list[str], chosen: tuple[str, ...], full: bool
) -> list[tuple[str, bool]]:
    if full:
        return [(code, code in chosen) for code in every]
    return [(code, True) for code in every if code in chosen]


def scope_entry(ctx: CaseContext) -> Entry:
    """Whether the reader sees all of the case or a consented share."""
    if ctx.full:
        return Entry("表示範囲", "全部（ケースを受け付けた機関）", "閲覧者の権限")
    shown = categories_ja(ctx.view.visible_categories) or "なし"
    return Entry("表示範囲", f"一部（同意・つなぎの範囲: {shown}）", "閲覧者の権限")
