"""The cycle as printed, PDF and xlsx: present for the holder, absent for others.

The case of `cycled` was evaluated, transferred to 社協 and closed; 西部 reads
it on a consent covering `basic` alone. As of an instant before the
assessment or the decision, nothing of them prints.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import openpyxl
import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.demo.form_case import HEALTH_NOTE, MONITORED, FormCase
from application.forms.model import FormKind
from interfaces.forms.pdf import form_pdf
from interfaces.forms.xlsx import form_xlsx
from tests.application.forms.given_cycle import (
    BASIC_READER,
    EVALUATION_NOTE,
    just_before,
)
from tests.interfaces.forms.test_rendering import flat, pdf_text

Cycled = tuple[CaseLedger, FormCase]
FORMATS = ("pdf", "xlsx")
HOUSEHOLD_WORDS = "母と長男の二人暮らし"
LIVELIHOOD_WORDS = "年金のみ。家賃を2か月滞納"


def printed(
    seeded: Cycled,
    kind: FormKind,
    fmt: str,
    reader: Actor | None = None,
    as_of: datetime | None = None,
) -> str:
    """The form's text as printed in `fmt`, whitespace removed."""
    ledger, case = seeded
    form = ledger.case_form(reader or case.receiver, case.case_id, kind, as_of)
    if fmt == "pdf":
        return pdf_text(form_pdf(form))
    sheet: Any = openpyxl.load_workbook(io.BytesIO(form_xlsx(form))).active
    return flat("".join(str(c.value) for r in sheet.iter_rows() for c in r if c.value))


def missing(text: str, *expected: str) -> list[str]:
    return [e for e in expected if flat(e) not in text]


def present(text: str, *withheld: str) -> list[str]:
    return [w for w in withheld if flat(w) in text]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_holders_forms_print_the_evaluation_the_transfer_and_the_closure(
    cycled: Cycled, fmt: str
) -> None:
    plan = printed(cycled, FormKind.PLAN, fmt)
    intake = printed(cycled, FormKind.INTAKE_CONSENT, fmt)

    holder = "担当 大田原市社会福祉協議会（移管）　相談員 社協二"
    evaluated = ("評価の結果継続", "評価後の見直し日令和8年12月1日", EVALUATION_NOTE)
    closed = ("状況終結（令和8年6月30日）", "終結理由目標の達成・課題の解決")
    assert missing(plan, holder, *evaluated) == []
    assert missing(intake, holder, *closed) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reader_on_basic_alone_prints_no_area_or_words_beyond_it(
    cycled: Cycled, fmt: str
) -> None:
    sheet = printed(cycled, FormKind.ASSESSMENT, fmt, BASIC_READER)
    plan = printed(cycled, FormKind.PLAN, fmt, BASIC_READER)

    assert missing(sheet, "（閲覧の権限がありません）", "■支援を希望している") == []
    assert (
        present(
            sheet, HEALTH_NOTE, HOUSEHOLD_WORDS, "□単身世帯", "高齢の親と無業の子の世帯"
        )
        == []
    )
    assert missing(plan, "改善", "評価の結果継続", "支援決定日令和8年6月10日") == []
    assert present(plan, MONITORED, EVALUATION_NOTE, "長男が週1回") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_as_of_before_the_assessment_the_areas_print_blank(
    cycled: Cycled, fmt: str
) -> None:
    ledger, case = cycled
    before = just_before(ledger, case.case_id, "AssessmentRecorded")

    sheet = printed(cycled, FormKind.ASSESSMENT, fmt, as_of=before)

    blank = ("（アセスメントの記録なし）", "□単身世帯", "□認知症の疑い")
    assert missing(sheet, *blank) == []
    assert present(sheet, HOUSEHOLD_WORDS, LIVELIHOOD_WORDS, "■認知症の疑い") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_as_of_before_the_decision_the_sheet_has_none(cycled: Cycled, fmt: str) -> None:
    ledger, case = cycled
    before = just_before(ledger, case.case_id, "SupportDecided")

    then = printed(cycled, FormKind.ASSESSMENT, fmt, as_of=before)
    now = printed(cycled, FormKind.ASSESSMENT, fmt)

    assert missing(then, HOUSEHOLD_WORDS) == []  # assessed by then
    assert present(then, "決定した部署福祉課") == []
    assert missing(now, "決定した部署福祉課") == []
