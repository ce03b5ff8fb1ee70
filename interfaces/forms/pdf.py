"""Any form as a PDF: A4 portrait, Japanese text in an embedded font.

The font is IPAexGothic, shipped in `fonts/` with its licence; fpdf2 embeds
the subset of glyphs a document uses. Items are laid out as tables, which
fpdf2 wraps per character (Japanese has no spaces) and breaks across pages.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableCellFillMode, WrapMode

from application.forms.model import (
    Checks,
    Entry,
    Form,
    Item,
    Section,
    Signature,
    Statement,
    Table,
    Text,
)

FONT_PATH = Path(__file__).parent / "fonts" / "ipaexg.ttf"
FONT = "ipaexg"
WIDTH = 186.0  # A4's 210 mm less two margins of 12 mm
LABEL = 30.0
HALF = WIDTH / 2 - LABEL
GREY, LIGHT = (225, 225, 225), (243, 243, 243)
PLAIN = FontFace(emphasis="", fill_color=LIGHT)
LONG_VALUE = 24  # characters: a longer value takes the whole row


class FormPdf(FPDF):
    """A4 portrait, its header on every page and its footer with page numbers."""

    def __init__(self, form: Form) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.form = form
        self.set_margins(12, 12, 12)
        self.set_auto_page_break(auto=True, margin=16)
        self.add_font(FONT, "", str(FONT_PATH))
        self.set_title(form.title)
        self.set_creator("jusou-ledger")
        self.set_lang("ja")

    def header(self) -> None:
        form = self.form
        self.set_font(FONT, size=9)
        self.cell(WIDTH / 2, 5, form.city)
        self.cell(WIDTH / 2, 5, f"作成日 {form.dated}", align="R")
        self.ln(6)
        if self.page_no() == 1:
            self.set_font(FONT, size=15)
            self.cell(WIDTH, 9, form.title, align="C")
            self.ln(10)
            self.set_font(FONT, size=8.5)
            self.cell(WIDTH / 2, 5, f"担当 {form.staff or '（記録なし）'}")
            self.cell(WIDTH / 2, 5, f"記録の時点 {form.as_of}", align="R")
            self.ln(7)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=7.5)
        left = (
            f"取扱注意（個人情報）　出力者 {self.form.reader}　ID {self.form.reference}"
        )
        self.cell(WIDTH * 0.85, 5, left)
        self.cell(WIDTH * 0.15, 5, f"{self.page_no()} / {{nb}}", align="R")


def form_pdf(form: Form) -> bytes:
    """The form as PDF bytes."""
    pdf = FormPdf(form)
    pdf.add_page()
    for section in form.sections:
        _section(pdf, section)
    return bytes(pdf.output())


def _section(pdf: FPDF, section: Section) -> None:
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.set_font(FONT, size=10.5)
    pdf.set_fill_color(*GREY)
    pdf.cell(WIDTH, 6.5, f"■ {section.title}", fill=True)
    pdf.ln(7)
    pdf.set_font(FONT, size=9)
    pending: list[Entry] = []
    for item in section.items:
        if isinstance(item, Entry) and len(item.value) <= LONG_VALUE:
            pending.append(item)
            continue
        _entries(pdf, pending)
        pending = []
        _item(pdf, item)
    _entries(pdf, pending)
    pdf.ln(2)


def _grid(pdf: FPDF, widths: tuple[float, ...], heading: bool = False) -> object:
    return pdf.table(
        col_widths=widths,
        width=WIDTH,
        align="LEFT",
        text_align="LEFT",
        wrapmode=WrapMode.CHAR,
        line_height=5,
        padding=1,
        first_row_as_headings=heading,
        headings_style=PLAIN,
        cell_fill_color=LIGHT,
        cell_fill_mode=TableCellFillMode.NONE,
    )


def _entries(pdf: FPDF, entries: list[Entry]) -> None:
    """Short entries two to a row: label, value, label, value."""
    if not entries:
        return
    with _grid(pdf, (LABEL, HALF, LABEL, HALF)) as grid:  # type: ignore[attr-defined]
        for first in range(0, len(entries), 2):
            row = grid.row()
            for entry in entries[first : first + 2]:
                row.cell(entry.label, style=PLAIN)
                row.cell(entry.value)
            if len(entries[first : first + 2]) == 1:
                row.cell("", colspan=2)


def _item(pdf: FPDF, item: Item) -> None:
    if isinstance(item, Table):
        _table(pdf, item)
        return
    label, text = _labelled(item)
    with _grid(pdf, (LABEL, WIDTH - LABEL)) as grid:  # type: ignore[attr-defined]
        row = grid.row()
        if label is None:
            row.cell(text, colspan=2)
        else:
            row.cell(label, style=PLAIN)
            row.cell(text)


def _labelled(item: Item) -> tuple[str | None, str]:
    if isinstance(item, Entry):
        return item.label, item.value
    if isinstance(item, Checks):
        return item.label, "　".join(option.text for option in item.options)
    if isinstance(item, Text):
        return item.label, item.text or "\n" * item.lines
    if isinstance(item, Statement):
        return None, item.text
    if isinstance(item, Signature):
        return item.label, "　　　　年　　月　　日　　　署名\n"
    raise TypeError(type(item).__name__)


def _table(pdf: FPDF, table: Table) -> None:
    pdf.set_font(FONT, size=8.5)
    pdf.cell(WIDTH, 5, table.label)
    pdf.ln(5)
    widths = table.widths or tuple(1 for _ in table.columns)
    scale = WIDTH / sum(widths)
    rows = table.rows or ((table.empty, *("" for _ in table.columns[1:])),)
    with _grid(pdf, tuple(w * scale for w in widths), heading=True) as grid:  # type: ignore[attr-defined]
        grid.row(table.columns)
        for values in rows:
            grid.row(values)
    pdf.set_font(FONT, size=9)
    pdf.ln(1)
