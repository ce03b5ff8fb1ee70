"""Forms through storage, on both stores: what a reader sees, as of when, logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.cases.forms import ConsentForm
from application.demo.form_case import DISCLOSED, HEALTH_NOTE, seed_form_case
from application.errors import NoPlanError
from application.forms.model import WITHHELD, FormKind
from domain.errors import ConsentRequiredError
from tests.application.forms.read_form import ticked, value
from tests.application.given import INTAKE_WORKER, given_opened_case

SHAKYO = Actor(uuid4(), "shakyo", "caseworker")


def basic_only() -> ConsentForm:
    return ConsentForm(
        given_by="person",
        agencies=("shakyo",),
        purposes=("information_sharing",),
        categories=("basic",),
        valid_from=date(2026, 5, 12),
        valid_until=date(2027, 3, 31),
    )


def test_the_owner_sees_the_intake_and_the_consents_scope(ledger: CaseLedger) -> None:
    seeded = seed_form_case(ledger)

    form = ledger.case_form(seeded.owner, seeded.case_id, FormKind.INTAKE_CONSENT)

    assert value(form, "氏名") == "見本 花子"
    assert HEALTH_NOTE in value(form, "ご相談されたいこと（主訴）")
    assert "健康・医療（心身の状況）" in ticked(form, "情報の区分")
    assert ticked(form, "共有する機関") == ["大田原市社会福祉協議会", "福祉課"]
    assert form.dated == "令和8年6月30日"
    assert form.staff == "中央地域包括支援センター　相談員 中央一"  # holder, worker


def test_a_sharer_whose_consent_covers_only_basic_sees_no_health(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    ledger.grant_consent(INTAKE_WORKER, opened.case_id, basic_only())

    form = ledger.case_form(SHAKYO, opened.case_id, FormKind.INTAKE_CONSENT)

    assert value(form, "氏名") == "大田原 花子"
    assert value(form, "ご相談されたいこと（主訴）") == WITHHELD
    assert "ひきこもり" not in ticked(form, "課題")
    assert form.view == "shared"


def test_as_of_before_the_consent_the_owner_sees_none_and_a_sharer_is_refused(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    before = datetime.now(UTC)
    ledger.grant_consent(INTAKE_WORKER, opened.case_id, basic_only())

    owners = ledger.case_form(
        INTAKE_WORKER, opened.case_id, FormKind.INTAKE_CONSENT, before
    )

    assert ticked(owners, "情報の区分") == []
    with pytest.raises(ConsentRequiredError):
        ledger.case_form(SHAKYO, opened.case_id, FormKind.INTAKE_CONSENT, before)
    log = ledger.access_log(AccessLogQuery(resource_id=str(opened.case_id)))
    assert [(e.action, e.outcome) for e in log.entries] == [
        ("form_intake_consent_full", "allowed"),
        ("form_intake_consent", "denied"),
    ]


def test_a_case_without_a_plan_has_no_plan_form(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(NoPlanError):
        ledger.case_form(INTAKE_WORKER, opened.case_id, FormKind.PLAN)


def test_the_minutes_name_attendees_and_keep_a_disclosure_from_non_recipients(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)
    chuo_coordinator = Actor(uuid4(), "chuo_houkatsu", "coordinator")

    support = ledger.meeting_minutes(chuo_coordinator, seeded.support_meeting_id)
    convener = ledger.meeting_minutes(seeded.coordinator, seeded.support_meeting_id)
    coordinated = ledger.meeting_minutes(seeded.coordinator, seeded.meeting_id)

    assert [a.acknowledgements[0].member_name for a in support.attendees] == [
        "福祉 三子",
        "中央 一子",
        "社協 二郎",
    ]
    assert support.disclosures[0].summary == "世帯の状況を共有"  # it disclosed
    assert convener.disclosures[0].summary is None  # neither discloser nor recipient
    assert coordinated.disclosures[0].summary == DISCLOSED  # a recipient
    assert coordinated.disclosures[0].categories == ("health", "finance")
    assert coordinated.plan_approvals[0].plan_id == seeded.plan_id


def test_the_intake_form_names_a_representatives_standing(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    by_guardian = replace(
        basic_only(),
        given_by="representative",
        standing="adult_guardian",
        representative="後見 太郎",
        relationship="司法書士",
    )
    ledger.grant_consent(INTAKE_WORKER, opened.case_id, by_guardian)

    form = ledger.case_form(INTAKE_WORKER, opened.case_id, FormKind.INTAKE_CONSENT)

    assert value(form, "同意した人") == "成年後見人（後見 太郎・司法書士）"
