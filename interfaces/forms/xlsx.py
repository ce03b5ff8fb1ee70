"""Any form as an xlsx workbook laid out for printing: A4 portrait, fit to width.

One sheet on a grid of twelve columns: short entries two to a row (label
over two columns, value over four), choices and texts across the row, and a
table's columns spread over the twelve by their widths. Cells wrap, and row
heights follow the text, since Excel does not fit merged cells itself.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

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

COLUMNS = 12
COLUMN_WIDTH = 8.5  # characters of the default font; a Japanese one takes two
FONT = "游ゴシック"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="E1E1E1")
LIGHT = PatternFill("solid", fgColor="F3F3F3")
WRAP = Alignment(wrap_text=True, vertical="top")
LONG_VALUE = 24
ASCII = 0x7F  # above it, a character prints twice as wide


def form_xlsx(form: Form) -> bytes:
    """The form as xlsx bytes, with its print settings."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 (a new workbook has one sheet)
    sheet.title = form.title[:31].replace("【", "(").replace("】", ")")
    writer = _Writer(sheet)
    writer.heading(form)
    for section in form.sections:
        writer.section(section)
    _print_settings(sheet, form, sheet.max_row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _print_settings(sheet: Any, form: Form, last_row: int) -> None:
    for index in range(1, COLUMNS + 1):
        sheet.column_dimensions[get_column_letter(index)].width = COLUMN_WIDTH
    sheet.print_area = f"A1:{get_column_letter(COLUMNS)}{last_row}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_PORTRAIT
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddHeader.left.text = form.city
    sheet.oddHeader.right.text = f"作成日 {form.dated}"
    sheet.oddFooter.left.text = f"取扱注意（個人情報） 出力者 {form.reader}"
    sheet.oddFooter.right.text = "&P / &N"


class _Writer:
    """Writes rows downwards, merging cells over the twelve-column grid."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.row = 1

    def heading(self, form: Form) -> None:
        self.put(((form.title, COLUMNS),), size=14, centre=True)
        self.put(((f"{form.city}　作成日 {form.dated}", COLUMNS),))
        self.put(((f"担当 {form.staff}　記録の時点 {form.as_of}", COLUMNS),))
        self.row += 1

    def section(self, section: Section) -> None:
        self.put(((f"■ {section.title}", COLUMNS),), fill=GREY)
        pending: list[Entry] = []
        for item in section.items:
            if isinstance(item, Entry) and len(item.value) <= LONG_VALUE:
                pending.append(item)
                continue
            self.entries(pending)
            pending = []
            self.item(item)
        self.entries(pending)
        self.row += 1

    def entries(self, entries: list[Entry]) -> None:
        for first in range(0, len(entries), 2):
            cells: list[tuple[str, int]] = []
            for entry in entries[first : first + 2]:
                cells += [(entry.label, 2), (entry.value, 4)]
            self.put(tuple(cells), labels=(0, 2))

    def item(self, item: Item) -> None:
        if isinstance(item, Table):
            self.table(item)
        elif isinstance(item, Statement):
            self.put(((item.text, COLUMNS),))
        else:
            self.put(((_label(item), 2), (_value(item), COLUMNS - 2)), labels=(0,))

    def table(self, table: Table) -> None:
        self.put(((table.label, COLUMNS),), border=False)
        spans = spread(table.widths or tuple(1 for _ in table.columns))
        self.put(tuple(zip(table.columns, spans, strict=True)), fill=LIGHT)
        rows = table.rows or ((table.empty, *("" for _ in table.columns[1:])),)
        for values in rows:
            self.put(tuple(zip(values, spans, strict=True)))

    def put(
        self,
        cells: Sequence[tuple[str, int]],
        *,
        labels: tuple[int, ...] = (),
        fill: PatternFill | None = None,
        size: float = 10,
        centre: bool = False,
        border: bool = True,
    ) -> None:
        column, lines = 1, 1
        for index, (text, span) in enumerate(cells):
            cell = self.sheet.cell(row=self.row, column=column, value=text)
            cell.font = Font(name=FONT, size=size)
            cell.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="center" if centre else None
            )
            shade = LIGHT if index in labels else fill
            for offset in range(span):
                part = self.sheet.cell(row=self.row, column=column + offset)
                if border:
                    part.border = BOX
                if shade is not None:
                    part.fill = shade
            if span > 1:
                self.sheet.merge_cells(
                    start_row=self.row,
                    start_column=column,
                    end_row=self.row,
                    end_column=column + span - 1,
                )
            lines = max(lines, _lines(text, span))
            column += span
        self.sheet.row_dimensions[self.row].height = 15 * lines * (size / 10)
        self.row += 1


def spread(widths: Sequence[int]) -> tuple[int, ...]:
    """Share the twelve columns by relative widths, at least one each."""
    total = sum(widths)
    shares = [max(1, math.floor(w * COLUMNS / total)) for w in widths]
    while sum(shares) > COLUMNS:
        shares[shares.index(max(shares))] -= 1
    order = sorted(range(len(widths)), key=lambda i: widths[i] / total, reverse=True)
    for i in order * COLUMNS:
        if sum(shares) == COLUMNS:
            break
        shares[i] += 1
    return tuple(shares)


def _lines(text: str, span: int) -> int:
    """Printed lines for a text in `span` columns (a Japanese character is two)."""
    room = span * COLUMN_WIDTH
    return sum(
        max(1, math.ceil(sum(2 if ord(c) > ASCII else 1 for c in line) / room))
        for line in text.split("\n")
    )


def _label(item: Item) -> str:
    return getattr(item, "label", "")


def _value(item: Item) -> str:
    if isinstance(item, Entry):
        return item.value
    if isinstance(item, Checks):
        return "　".join(option.text for option in item.options)
    if isinstance(item, Text):
        return item.text or "\n" * (item.lines - 1)
    if isinstance(item, Signature):
        return "　　　　年　　月　　日　　　署名"
    raise TypeError(type(item).__name__)
