"""Every form kind as PDF and xlsx: the fields, nothing withheld, printable."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import openpyxl
import pypdfium2
import pytest
from pypdf import PdfReader

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.demo.form_case import DISCLOSED, HEALTH_NOTE, MONITORED, FormCase
from application.forms.model import Form, FormKind
from interfaces.forms.pdf import form_pdf
from interfaces.forms.xlsx import form_xlsx

Seeded = tuple[CaseLedger, FormCase]
IN_CHARGE = "担当 中央地域包括支援センター　相談員 中央一"
EXPECTED: dict[str, tuple[str, ...]] = {
    "intake_consent": (
        "相談受付・申込票【本人同意あり】",
        "見本 花子",
        "ミホン ハナコ",
        "昭和23年4月10日（78歳）",
        "中央地域包括支援センター",
        "相談員 中央一",
        "■健康・医療（心身の状況）",
        "■大田原市社会福祉協議会",
        HEALTH_NOTE,
        "申込日・本人署名",
        IN_CHARGE,
        "対応中",
    ),
    "intake_no_consent": (
        "相談受付・申込票【本人同意なし】",
        "仮名 一郎",
        "■同意の記録なし",
        "■支援会議で検討",
        "支援会議（社会福祉法第106条の6）",
        IN_CHARGE,
        "対応中",
    ),
    "assessment": (
        "アセスメントシート",
        "見本 花子",
        "玄関先で話せた",
        "長男へのアウトリーチ",
        "本人・世帯の強み",
        "■プラン作成",
        # the structured assessment: revision, date, agency, every area
        "第1版（初回）",
        "令和8年6月5日",
        "相談員 社協二",
        "令和8年6月15日作成（多機関協働事業）",
        "■支援を希望している",
        "■高齢の親と無業の子の世帯（8050）",
        "□単身世帯",
        "母と長男の二人暮らし",
        "心身の状況（健康・障害・介護）",
        "■認知症の疑い",
        HEALTH_NOTE,
        "■年金収入",
        "□食事に困難",
        "■社会的に孤立している",
        "■家族の支えがある",
        "決定した部署福祉課",
        IN_CHARGE,
    ),
    "plan": (
        "プラン兼利用申込書",
        "長男が週1回、居場所に通う",
        "訪問と居場所への同行",
        "■多機関協働事業",
        "初回（第1版）",
        "相談員 社協二",
        "令和8年6月20日",  # approved at the meeting of that day
        IN_CHARGE,
        "令和8年9月28日",  # 次回見直し日
        "支援決定日令和8年6月10日",
        "決定した部署福祉課",
        "令和8年6月5日（第1版）",
        "令和8年6月16日（署名）",
        "モニタリング・評価",
        "令和8年6月27日",
        "改善",
        "変化なし",
        MONITORED,
        "家計相談の日を決める",
    ),
    "minutes": (
        "会議録（支援会議・重層的支援会議）",
        "■重層的支援会議",
        "福祉 三子",
        "■確認済",
        DISCLOSED,
        "プランを承認し、3か月後に評価する",
        "第1版",
    ),
}


def the_form(kind: str) -> Callable[[Seeded], Form]:
    def build(seeded: Seeded) -> Form:
        ledger, case = seeded
        if kind == "minutes":
            return ledger.meeting_form(case.coordinator, case.meeting_id)
        target = (
            case.no_consent_case_id if kind == "intake_no_consent" else case.case_id
        )
        return ledger.case_form(case.owner, target, FormKind(kind))

    return build


def flat(text: str) -> str:
    return re.sub(r"\s", "", text)


def pdf_text(data: bytes) -> str:
    return flat(
        "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    )


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_pdf_holds_the_forms_fields_in_a_few_a4_pages(
    seeded: Seeded, kind: str
) -> None:
    form = the_form(kind)(seeded)

    data = form_pdf(form)

    text = pdf_text(data)
    assert [
        f
        for f in (*EXPECTED[kind], "大田原市", "作成日令和8年6月30日")
        if flat(f) not in text
    ] == []
    pages = PdfReader(io.BytesIO(data)).pages
    assert 1 <= len(pages) <= 3
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in pages}
    assert sizes == {(595, 842)}  # A4 portrait, in points


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_pdf_embeds_its_japanese_font(seeded: Seeded, kind: str) -> None:
    data = form_pdf(the_form(kind)(seeded))

    fonts: list[Any] = [
        font.get_object()
        for page in PdfReader(io.BytesIO(data)).pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    ]

    assert fonts
    for font in fonts:
        assert "IPAexGothic" in font["/BaseFont"]
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_pdf_pages_convert_to_png(seeded: Seeded, kind: str) -> None:
    data = form_pdf(the_form(kind)(seeded))

    document = pypdfium2.PdfDocument(data)
    images = [document[i].render(scale=0.5).to_pil() for i in range(len(document))]

    assert all(abs(img.height / img.width - 297 / 210) < 0.01 for img in images)
    buffer = io.BytesIO()
    images[0].save(buffer, format="PNG")
    assert buffer.getvalue().startswith(b"\x89PNG")


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_the_xlsx_is_set_to_print_on_a4_portrait_fit_to_width(
    seeded: Seeded, kind: str
) -> None:
    data = form_xlsx(the_form(kind)(seeded))

    sheet: Any = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = flat(
        "".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    )

    assert sheet.print_area.endswith(f"$A$1:$L${sheet.max_row}")
    assert sheet.page_setup.paperSize == 9  # A4 in the OOXML numbering
    assert sheet.page_setup.orientation == "portrait"
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert [f for f in EXPECTED[kind] if flat(f) not in cells] == []


def test_a_sharer_s_pdf_has_no_health_note_of_the_owner(seeded: Seeded) -> None:
    ledger, case = seeded
    sharer = Actor(case.receiver.user_id, "shakyo", "caseworker")

    for kind in (FormKind.INTAKE_CONSENT, FormKind.ASSESSMENT, FormKind.PLAN):
        text = pdf_text(form_pdf(ledger.case_form(sharer, case.case_id, kind)))

        assert flat(HEALTH_NOTE) not in text
        assert "見本花子" in text  # its consent covers basic
