"""A fictional case for the printable forms: one of each act a form shows.

見本 花子 of 大田原市（架空） is taken in at 中央地域包括支援センター, consents to
sharing with 社協 and 福祉課, is referred to 社協, visited and assessed; 福祉課
decides to support her; 社協 makes a plan she signs, discussed at a
重層的支援会議 that approves it, and monitors it. A second person, 仮名 一郎,
has no consent and is discussed at a 支援会議. Dates count back from the
ledger's today. `make forms-pictures` and the forms' tests use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import (
    ActivityForm,
    ConsentForm,
    FindingForm,
    GoalForm,
    IntakeForm,
    PersonForm,
    PlanForm,
    ReferralForm,
)
from application.meetings.commands import DisclosureForm
from domain.referral import ReferralStatus

HEALTH_NOTE = "物忘れが増え、通院を中断している"  # only 中央 (the holder) reads it
MONITORED = "長男が居場所に2回顔を出した"  # the plan's members read it
DISCLOSED = "通院の中断と家計の滞納を共有"


@dataclass(frozen=True)
class FormCase:
    """The ids the forms are rendered for, and the staff who act."""

    case_id: UUID
    no_consent_case_id: UUID
    meeting_id: UUID
    support_meeting_id: UUID
    plan_id: UUID
    owner: Actor
    receiver: Actor
    coordinator: Actor


def staff(ledger: CaseLedger, name: str, agency: str, role: str) -> Actor:
    user_id, _ = ledger.add_user(name, agency, role)
    return Actor(user_id, agency, role)


def seed_form_case(ledger: CaseLedger) -> FormCase:
    """Record the acts of both cases through the ledger's commands."""
    day = ledger.today()
    owner = staff(ledger, "相談員 中央一", "chuo_houkatsu", "caseworker")
    receiver = staff(ledger, "相談員 社協二", "shakyo", "caseworker")
    coordinator = staff(ledger, "調整員 福祉三", "fukushi_ka", "coordinator")
    case_id = _consented_case(ledger, owner, receiver, day)
    _assess_and_decide(ledger, receiver, coordinator, case_id, day)
    plan_id = _plan(ledger, receiver, case_id, day)
    meeting_id = _coordinated_meeting(ledger, coordinator, case_id, plan_id, day)
    other = _intake(ledger, owner, "仮名", "一郎", day - timedelta(days=12))
    support_id = _support_meeting(ledger, coordinator, other, day)
    return FormCase(
        case_id, other, meeting_id, support_id, plan_id, owner, receiver, coordinator
    )


def _intake(
    ledger: CaseLedger, owner: Actor, family: str, given: str, opened_on: date
) -> UUID:
    kana = {"見本": "ミホン", "仮名": "カメイ", "花子": "ハナコ", "一郎": "イチロウ"}
    form = IntakeForm(
        intake_agency=owner.agency,
        fields=("elderly_care", "livelihood"),
        issues=("8050", "hikikomori", "dementia", "debt"),
        projects=("comprehensive_consultation",),
        route="walk_in",
        opened_on=opened_on,
        person=PersonForm(
            name=f"{family} {given}",
            name_kana=f"{kana[family]} {kana[given]}",
            birth_date=date(1948, 4, 10),
            address="大田原市本町1丁目（架空）",
            phone="0287-00-0000",
        ),
        summary=f"長男（50代）がひきこもり。{HEALTH_NOTE}。家計の滞納がある。",
        confirm_new_person=True,  # the forms' examples: each case its own person
    )
    return ledger.open_case(owner, form).case_id


def _consented_case(
    ledger: CaseLedger, owner: Actor, receiver: Actor, day: date
) -> UUID:
    opened_on = day - timedelta(days=40)
    case_id = _intake(ledger, owner, "見本", "花子", opened_on)
    consent = ConsentForm(
        given_by="person",
        agencies=("shakyo", "fukushi_ka"),
        purposes=("information_sharing", "referral", "coordinated_support_meeting"),
        categories=("basic", "health", "finance", "family"),
        valid_from=opened_on,
        valid_until=opened_on + timedelta(days=365),
    )
    ledger.grant_consent(owner, case_id, consent)
    referral = ReferralForm("shakyo", "長男へのアウトリーチ", day - timedelta(days=35))
    requested = ledger.request_referral(owner, case_id, referral)
    ledger.move_referral(
        receiver,
        case_id,
        requested.referral_id,
        ReferralStatus.ACCEPTED,
        day - timedelta(days=34),
    )
    visit = ActivityForm(
        "home_visit", "outreach", "shakyo", day - timedelta(days=20), "玄関先で話せた"
    )
    ledger.record_activity(receiver, case_id, visit)
    return case_id


SHEET = (
    FindingForm(
        "person", ("wants_support",), "母の介護を続けたい。長男にも外へ出てほしい"
    ),
    FindingForm("household", ("parent_and_adult_child",), "母と長男の二人暮らし"),
    FindingForm("health", ("suspected_dementia", "untreated"), HEALTH_NOTE),
    FindingForm("livelihood", ("arrears", "pension"), "年金のみ。家賃を2か月滞納"),
    FindingForm("relationships", ("isolated",), "近所づきあいがない"),
    FindingForm("problems", ("8050", "hikikomori", "dementia", "debt")),
    FindingForm("strengths", ("family_support",), "長男は母を気にかけている"),
)


def _assess_and_decide(
    ledger: CaseLedger, receiver: Actor, coordinator: Actor, case_id: UUID, day: date
) -> None:
    """社協 assesses; 福祉課 records the city's support decision (支援決定)."""
    on = day - timedelta(days=25)
    ledger.assess(receiver, case_id, assessed_on=on, findings=SHEET)
    ledger.decide_support(coordinator, case_id, decided_on=on + timedelta(days=5))


def _plan(ledger: CaseLedger, receiver: Actor, case_id: UUID, day: date) -> UUID:
    form = PlanForm(
        goals=("長男が週1回、居場所に通う", "家計の見通しを立てる"),
        roles=(("shakyo", "訪問と居場所への同行"), ("fukushi_ka", "家計相談")),
        direction="本人と長男のペースで、地域とのつながりを取り戻す",
        review_on=day + timedelta(days=90),
    )
    plan_id, _ = ledger.create_plan(
        receiver,
        case_id,
        project="multi_agency",
        form=form,
        created_on=day - timedelta(days=15),
        assessment_id=next(
            iter(ledger.get_case(case_id).assessments.values())
        ).assessment_id,
    )
    ledger.agree_to_plan(
        receiver,
        case_id,
        plan_id,
        revision=1,
        agreed_on=day - timedelta(days=14),
        how="signed",
    )
    ledger.monitor_plan(
        receiver, case_id, plan_id, monitored_on=day - timedelta(days=3), goals=PROGRESS
    )
    return plan_id


PROGRESS = (
    GoalForm(1, "improving", MONITORED, "送迎なしで通えるようにする"),
    GoalForm(2, "unchanged", "滞納は続いている", "家計相談の日を決める"),
)


def _coordinated_meeting(
    ledger: CaseLedger, coordinator: Actor, case_id: UUID, plan_id: UUID, day: date
) -> UUID:
    members = ("fukushi_ka", "shakyo", "chuo_houkatsu")
    held_on = day - timedelta(days=10)
    meeting_id = ledger.convene_meeting(
        coordinator, "coordinated_support_meeting", held_on, members, (case_id,)
    )
    _acknowledge(ledger, coordinator, meeting_id, members)
    disclosure = DisclosureForm(
        case_id,
        "chuo_houkatsu",
        ("shakyo", "fukushi_ka"),
        ("health", "finance"),
        DISCLOSED,
    )
    ledger.disclose(coordinator, meeting_id, disclosure)
    ledger.record_decision(
        coordinator, meeting_id, case_id, "プランを承認し、3か月後に評価する"
    )
    ledger.approve_plan_at_meeting(coordinator, meeting_id, case_id, plan_id, 1)
    return meeting_id


def _support_meeting(
    ledger: CaseLedger, coordinator: Actor, case_id: UUID, day: date
) -> UUID:
    members = ("fukushi_ka", "chuo_houkatsu", "shakyo")
    meeting_id = ledger.convene_meeting(
        coordinator, "support_meeting", day - timedelta(days=5), members, (case_id,)
    )
    _acknowledge(ledger, coordinator, meeting_id, members)
    disclosure = DisclosureForm(
        case_id, "chuo_houkatsu", ("shakyo",), ("family",), "世帯の状況を共有"
    )
    ledger.disclose(coordinator, meeting_id, disclosure)
    ledger.record_decision(
        coordinator, meeting_id, case_id, "社協が訪問し、同意を求める"
    )
    return meeting_id


def _acknowledge(
    ledger: CaseLedger, coordinator: Actor, meeting_id: UUID, members: tuple[str, ...]
) -> None:
    names = {
        "fukushi_ka": "福祉 三子",
        "shakyo": "社協 二郎",
        "chuo_houkatsu": "中央 一子",
    }
    for agency in members:
        ledger.acknowledge_confidentiality(
            coordinator, meeting_id, agency, names[agency]
        )
