"""The assessment sheet prints the assessment, on both stores, as each reader may.

Its areas with every choice and the words; the revision in force as of the
instant; nothing of an area the reader's basis does not cover; the city's
decision once made (the plan form's part is `test_cycle_plan_forms.py`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from application.case_ledger import CaseLedger
from application.cases.forms import FindingForm
from application.demo.form_case import HEALTH_NOTE, seed_form_case
from application.forms.assessment_sheet import NO_ASSESSMENT, NO_RIGHT
from application.forms.model import FormKind
from domain.catalogue.assessment_areas import AREAS, Area
from tests.application.forms.given_cycle import (
    BASIC_READER,
    let_basic_reader_in,
)
from tests.application.forms.read_form import (
    all_text,
    labels,
    options,
    ticked,
    value,
)
from tests.application.given import INTAKE_WORKER, RECEIVING_WORKER, given_referred_case
from tests.application.given_plans import (
    ASSESSED_ON,
    CITY_COORDINATOR,
    a_sheet,
)

HOUSEHOLD = AREAS[Area.HOUSEHOLD].label_ja  # 世帯の状況
HEALTH = AREAS[Area.HEALTH].label_ja


def test_the_owners_sheet_prints_every_area_its_choices_and_words(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)

    form = ledger.case_form(seeded.owner, seeded.case_id, FormKind.ASSESSMENT)

    assert (value(form, "実施日"), value(form, "版")) == (
        "令和8年6月5日",
        "第1版（初回）",
    )
    assert value(form, "実施機関") == "大田原市社会福祉協議会"
    assert value(form, "記入者") == "相談員 社協二"
    assert value(form, "基づくプラン") == "令和8年6月15日作成（多機関協働事業）"
    for area in Area:
        assert len(options(form, AREAS[area].label_ja)) == len(AREAS[area].choices)
    assert ticked(form, HOUSEHOLD) == ["高齢の親と無業の子の世帯（8050）"]
    assert ticked(form, HEALTH) == ["未受診・治療中断", "認知症の疑い"]
    assert ticked(form, "日常生活の状況") == []  # not assessed: blank boxes
    assert HEALTH_NOTE in all_text(form)
    assert (value(form, "支援決定日"), value(form, "決定した部署")) == (
        "令和8年6月10日",
        "福祉課",
    )


def test_a_sharer_on_basic_alone_sees_no_area_beyond_it(ledger: CaseLedger) -> None:
    seeded = seed_form_case(ledger)
    let_basic_reader_in(ledger, seeded)

    form = ledger.case_form(BASIC_READER, seeded.case_id, FormKind.ASSESSMENT)

    assert ticked(form, "本人の状況・意向") == ["支援を希望している"]  # basic
    assert options(form, HOUSEHOLD) == []
    assert value(form, HOUSEHOLD) == NO_RIGHT
    assert value(form, HEALTH) == NO_RIGHT
    assert value(form, "課題の整理") == NO_RIGHT  # every issue code needs more
    text = all_text(form)
    assert HEALTH_NOTE not in text
    assert "母と長男の二人暮らし" not in text
    assert "8050" not in text


def test_the_sheet_prints_the_assessment_the_plan_rests_on_as_revised(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)
    (assessment,) = ledger.get_case(seeded.case_id).assessments.values()
    before = datetime.now(UTC)
    again = (FindingForm("household", ("lives_alone",), "長男が転居した"),)
    ledger.revise_assessment(
        seeded.receiver, seeded.case_id, assessment.assessment_id,
        assessed_on=date(2026, 6, 29), findings=again,
    )  # fmt: skip
    ledger.assess(
        seeded.receiver, seeded.case_id, assessed_on=date(2026, 6, 30),
        findings=(FindingForm("strengths", ("interests",)),),
    )  # a later one the plan does not rest on  # fmt: skip

    now = ledger.case_form(seeded.owner, seeded.case_id, FormKind.ASSESSMENT)
    then = ledger.case_form(
        seeded.owner, seeded.case_id, FormKind.ASSESSMENT, as_of=before
    )

    assert value(now, "版") == "第2版（再アセスメント1回目）"
    assert value(now, "実施日") == "令和8年6月29日"
    assert ticked(now, HOUSEHOLD) == ["単身世帯"]
    assert ticked(now, "本人・世帯の強み") == []  # the later sheet is not printed
    assert value(then, "版") == "第1版（初回）"
    assert ticked(then, HOUSEHOLD) == ["高齢の親と無業の子の世帯（8050）"]


def test_as_of_before_the_assessment_and_the_decision_nothing_of_them_prints(
    ledger: CaseLedger,
) -> None:
    case_id = given_referred_case(ledger).case_id
    before_assessment = datetime.now(UTC)
    ledger.assess(
        RECEIVING_WORKER, case_id, assessed_on=ASSESSED_ON, findings=a_sheet()
    )
    before_decision = datetime.now(UTC)
    ledger.decide_support(CITY_COORDINATOR, case_id, decided_on=date(2026, 6, 2))

    blank = ledger.case_form(
        INTAKE_WORKER, case_id, FormKind.ASSESSMENT, as_of=before_assessment
    )
    assessed = ledger.case_form(
        INTAKE_WORKER, case_id, FormKind.ASSESSMENT, as_of=before_decision
    )
    decided = ledger.case_form(INTAKE_WORKER, case_id, FormKind.ASSESSMENT)

    assert value(blank, "アセスメント") == NO_ASSESSMENT
    assert "実施日" not in labels(blank)
    assert all(ticked(blank, AREAS[a].label_ja) == [] for a in Area)
    assert "外に出るきっかけがほしい" not in all_text(blank)
    assert "外に出るきっかけがほしい" in all_text(assessed)
    assert (value(assessed, "支援決定日"), value(assessed, "決定した部署")) == ("", "")
    assert value(decided, "支援決定日") == "令和8年6月2日"
