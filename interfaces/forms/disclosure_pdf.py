"""The copy of a person's data (開示) as a PDF: A4, Japanese, the font embedded.

The same page set-up as the forms (`pdf.py`): IPAexGothic shipped in
`fonts/`, subset-embedded by fpdf2, text wrapped per character. The copy's
data is printed as it is held, each name given its Japanese label; a third
party's data is printed only as the mark the copy holds in its place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fpdf import FPDF
from fpdf.enums import WrapMode

from application.people.disclosure_copy import THIRD_PARTY, DisclosureCopy
from interfaces.forms.labels_ja import LABELS, code_ja
from interfaces.forms.pdf import FONT, FONT_PATH, WIDTH

TITLE = "保有個人情報開示（写し）"
INDENT = 5.0  # mm per level of nesting


class CopyPdf(FPDF):
    """A4 portrait; the reference on every page, page numbers in the footer."""

    def __init__(self, copy: DisclosureCopy) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.copy = copy
        self.set_margins(12, 12, 12)
        self.set_auto_page_break(auto=True, margin=16)
        self.add_font(FONT, "", str(FONT_PATH))
        self.set_title(TITLE)
        self.set_creator("jusou-ledger")
        self.set_lang("ja")

    def header(self) -> None:
        self.set_font(FONT, size=9)
        self.cell(WIDTH / 2, 5, f"受付番号 {self.copy.request_ref}")
        self.cell(WIDTH / 2, 5, f"作成日 {self.copy.made_on.isoformat()}", align="R")
        self.ln(6)
        if self.page_no() == 1:
            self.set_font(FONT, size=15)
            self.cell(WIDTH, 9, TITLE, align="C")
            self.ln(11)
            self.set_font(FONT, size=8.5)
            self.multi_cell(
                WIDTH,
                4.5,
                f"第三者の個人情報は「{THIRD_PARTY}」と表示しています。"
                "職員は職員ID・機関・役割で示しています。",
                wrapmode=WrapMode.CHAR,
            )
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=7.5)
        self.cell(
            WIDTH * 0.85, 5, f"取扱注意（個人情報）　本人ID {self.copy.person_id}"
        )
        self.cell(WIDTH * 0.15, 5, f"{self.page_no()} / {{nb}}", align="R")


def copy_pdf(copy: DisclosureCopy) -> bytes:
    """The copy as PDF bytes."""
    pdf = CopyPdf(copy)
    pdf.add_page()
    for key in ("person", "cases", "access_log"):
        pdf.set_font(FONT, size=12)
        pdf.cell(WIDTH, 8, _label(key))
        pdf.ln(9)
        pdf.set_font(FONT, size=9)
        for depth, line in _lines(copy.content[key], 0):
            pdf.set_x(12 + depth * INDENT)
            pdf.multi_cell(WIDTH - depth * INDENT, 4.8, line, wrapmode=WrapMode.CHAR)
        pdf.ln(3)
    return bytes(pdf.output())


def _lines(value: Any, depth: int) -> Iterator[tuple[int, str]]:
    """(depth, text) lines: a mapping as 'label：value', a list numbered."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(inner, list) and not any(
                isinstance(i, dict | list) for i in inner
            ):
                shown = "、".join(_scalar(i, key) for i in inner) or "－"
                yield depth, f"{_label(key)}：{shown}"
            elif isinstance(inner, dict | list) and inner:
                yield depth, f"{_label(key)}："
                yield from _lines(inner, depth + 1)
            else:
                yield depth, f"{_label(key)}：{_scalar(inner, key)}"
    elif isinstance(value, list):
        if not value:
            yield depth, "（なし）"
        for number, inner in enumerate(value, start=1):
            yield depth, f"〔{number}〕"
            yield from _lines(inner, depth + 1)
    else:
        yield depth, _scalar(value)


def _label(key: str) -> str:
    return LABELS.get(key, key)


def _scalar(value: Any, key: str = "") -> str:
    if value is None or value == []:
        return "－"
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    return code_ja(key, str(value))
