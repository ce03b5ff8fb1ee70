"""The plan form prints the cycle, on both stores, as each reader may see it.

The decision, the person's agreement, the assessment the plan rests on, the
review date, the latest monitoring and evaluation (their words to the plan's
members only).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from application.case_ledger import CaseLedger
from application.demo.form_case import MONITORED, seed_form_case
from application.forms.model import WITHHELD, FormKind
from tests.application.forms.given_cycle import (
    BASIC_READER,
    EVALUATION_NOTE,
    evaluate,
    let_basic_reader_in,
)
from tests.application.forms.read_form import all_text, rows, value
from tests.application.given import INTAKE_WORKER, RECEIVING_WORKER, given_referred_case
from tests.application.given_plans import (
    ASSESSED_ON,
    CITY_COORDINATOR,
    a_plan_form,
    a_sheet,
    given_case_with_plan,
)
from tests.support.clock import TestClock

GOAL = "長男が週1回、居場所に通う"


def test_the_owners_plan_prints_its_grounds_agreement_and_follow_up(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)
    evaluate(ledger, seeded)

    form = ledger.case_form(seeded.owner, seeded.case_id, FormKind.PLAN)

    assert value(form, "支援決定日") == "令和8年6月10日"
    assert value(form, "決定した部署") == "福祉課"
    assert value(form, "本人同意") == "令和8年6月16日（署名）"
    assert value(form, "基づくアセスメント") == "令和8年6月5日（第1版）"
    assert value(form, "次回見直し日") == "令和8年12月1日"  # the evaluation moved it
    assert value(form, "モニタリング日") == "令和8年6月27日"
    assert rows(form, "目標ごとの進捗")[0] == (
        "1",
        GOAL,
        "改善",
        MONITORED,
        "送迎なしで通えるようにする",
    )
    assert rows(form, "目標ごとの進捗")[1][2] == "変化なし"
    assert (value(form, "評価日"), value(form, "評価の結果")) == (
        "令和8年6月30日",
        "継続",
    )
    assert value(form, "評価後の見直し日") == "令和8年12月1日"
    assert value(form, "評価の所見") == EVALUATION_NOTE


def test_a_reader_outside_the_plan_sees_its_codes_and_dates_not_its_words(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)
    evaluate(ledger, seeded)
    let_basic_reader_in(ledger, seeded)

    form = ledger.case_form(BASIC_READER, seeded.case_id, FormKind.PLAN)

    assert value(form, "支援決定日") == "令和8年6月10日"
    assert rows(form, "目標ごとの進捗")[0] == (
        "1",
        WITHHELD,
        "改善",
        WITHHELD,
        WITHHELD,
    )
    assert value(form, "評価の結果") == "継続"
    assert value(form, "評価の所見") == WITHHELD
    text = all_text(form)
    assert MONITORED not in text
    assert EVALUATION_NOTE not in text
    assert GOAL not in text


def test_a_plan_past_its_review_date_says_so(
    ledger: CaseLedger, clock: TestClock
) -> None:
    opened, _ = given_case_with_plan(ledger)  # review on 2026-09-30
    clock.set(date(2026, 10, 5))

    form = ledger.case_form(INTAKE_WORKER, opened.case_id, FormKind.PLAN)

    assert value(form, "次回見直し日") == "令和8年9月30日（見直し時期を過ぎています）"


def test_as_of_before_the_decision_the_plan_has_none(ledger: CaseLedger) -> None:
    case_id = given_referred_case(ledger).case_id
    assessment_id, _ = ledger.assess(
        RECEIVING_WORKER, case_id, assessed_on=ASSESSED_ON, findings=a_sheet()
    )
    ledger.create_plan(  # アウトリーチ: a plan that needs no decision
        RECEIVING_WORKER,
        case_id,
        project="outreach",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
        assessment_id=assessment_id,
    )
    before_decision = datetime.now(UTC)
    ledger.decide_support(CITY_COORDINATOR, case_id, decided_on=date(2026, 6, 2))

    then = ledger.case_form(
        INTAKE_WORKER, case_id, FormKind.PLAN, as_of=before_decision
    )
    now = ledger.case_form(INTAKE_WORKER, case_id, FormKind.PLAN)

    assert (value(then, "支援決定日"), value(then, "決定した部署")) == ("", "")
    assert value(then, "基づくアセスメント") == "令和8年5月25日（第1版）"
    assert (value(now, "支援決定日"), value(now, "決定した部署")) == (
        "令和8年6月2日",
        "福祉課",
    )
