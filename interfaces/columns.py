"""A report's columns, declared once; JSON, CSV, xlsx and the CLI table from them.

A `Column` names its JSON key, its Japanese heading (CSV, xlsx and the rich
table, which staff read), how to get its value from a row, and how xlsx
shows a number (`#,##0` for counts, `0.0%` for a ratio). Where a column
appears is declared with it (`json`, `sheet` for CSV and xlsx, `table`; all
by default), so a column added to a report's declaration appears in all four.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from rich.console import JustifyMethod
from rich.table import Table

from interfaces.sheet_layout import add_title, lay_out

R = TypeVar("R")
COUNT = "#,##0"
DECIMAL = "#,##0.0"
PERCENT = "0.0%"


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a report."""

    key: str  # the JSON key (never renamed: clients rely on it)
    heading: str  # the Japanese heading of CSV, xlsx and the table
    value: Callable[[R], Any]  # the JSON value
    number_format: str | None = None  # xlsx; a ratio as a number, shown in percent
    cell: Callable[[R], Any] | None = None  # CSV/xlsx/table value, if not `value`
    text: Callable[[R], str] | None = None  # the table's text, if not the cell's
    spread: tuple[str, ...] = ()  # a list value: one sheet column per heading
    json: bool = True
    sheet: bool = True
    table: bool = True
    width: int | None = None  # xlsx column width, for long Japanese labels

    def headings(self) -> list[str]:
        return list(self.spread) or [self.heading]

    def cells(self, row: R) -> list[Any]:
        found = (self.cell or self.value)(row)
        return list(found) if self.spread else [found]

    def texts(self, row: R) -> list[str]:
        """What the table prints (one text per heading)."""
        if self.text is not None:
            return [self.text(row)]
        return [shown(v, self.number_format) for v in self.cells(row)]


@dataclass(frozen=True)
class Columns(Generic[R]):
    """A report's columns, in the order CSV, xlsx and the table show them."""

    columns: tuple[Column[R], ...]
    frozen: int = 0  # xlsx: columns kept in view while scrolling right

    def with_column(self, column: Column[R]) -> Columns[R]:
        return Columns((*self.columns, column), self.frozen)

    def json(self, row: R) -> dict[str, Any]:
        return {c.key: c.value(row) for c in self.columns if c.json}

    def header(self) -> list[str]:
        return [h for c in self.columns if c.sheet for h in c.headings()]

    def cells(self, row: R) -> list[Any]:
        return [v for c in self.columns if c.sheet for v in c.cells(row)]

    def csv(self, rows: Iterable[R]) -> bytes:
        """UTF-8 with a BOM and CRLF line ends: Excel opens it with 日本語 intact."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(self.header())
        formats = [
            c.number_format for c in self.columns if c.sheet for _ in c.headings()
        ]
        for row in rows:
            writer.writerow(
                _csv_cell(v, f) for v, f in zip(self.cells(row), formats, strict=True)
            )
        return buffer.getvalue().encode("utf-8-sig")

    def table(self, rows: Iterable[R], title: str, style: Any = None) -> Table:
        """The rich table of the CLI: the columns marked `table`."""
        shown = [c for c in self.columns if c.table]
        table = Table(title=title)
        for column in shown:
            justify: JustifyMethod = "right" if column.number_format else "left"
            for heading in column.headings():
                table.add_column(heading, overflow="fold", justify=justify)
        for row in rows:
            texts = [t for c in shown for t in c.texts(row)]
            table.add_row(*texts, style=style and style(row))
        return table


@dataclass(frozen=True)
class Sheet(Generic[R]):
    """One sheet of a workbook: a title, its columns and its rows."""

    title: str
    columns: Columns[R]
    rows: Sequence[R]
    title_lines: tuple[str, ...] = ()  # above the header: city, year, date


def workbook(
    sheets: Sequence[Sheet[Any]], more: Callable[[Workbook], None] | None = None
) -> bytes:
    """An xlsx file: per sheet a bold header row, then numbers as numbers.

    `more` adds what is not a table of rows (a chart sheet).
    """
    book = Workbook()
    default = book.active
    if default is not None:  # a new workbook comes with one empty sheet
        book.remove(default)
    for sheet in sheets:
        _fill(book.create_sheet(sheet.title[:31]), sheet)
    if more is not None:
        more(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fill(sheet: Any, data: Sheet[Any]) -> None:
    columns = [c for c in data.columns.columns if c.sheet]
    header = add_title(sheet, data.title_lines)
    for index, heading in enumerate(data.columns.header(), start=1):
        cell = sheet.cell(row=header, column=index, value=heading)
        cell.font, cell.alignment = Font(bold=True), Alignment(wrap_text=True)
    for row in data.rows:
        sheet.append(data.columns.cells(row))
    index, widths = 1, {}
    for column in columns:
        for _ in column.headings():
            _shape(sheet, index, column, header + 1)
            if column.width is not None:
                widths[index] = column.width
            index += 1
    lay_out(sheet, header, widths)
    frozen = get_column_letter(data.columns.frozen + 1)
    sheet.freeze_panes = f"{frozen}{header + 1}"


def _shape(sheet: Any, index: int, column: Column[Any], first: int) -> None:
    if column.number_format is None:
        return
    for (cell,) in sheet.iter_rows(min_row=first, min_col=index, max_col=index):
        if isinstance(cell.value, int | float | date):
            cell.number_format = _format_of(cell.value, column.number_format)


def _format_of(value: float | date, number_format: str) -> str:
    """A count that is a mean (12.5) keeps its decimal."""
    if number_format == COUNT and isinstance(value, float) and not value.is_integer():
        return DECIMAL
    return number_format


def shown(value: Any, number_format: str | None = None) -> str:
    """A cell as the table prints it: `8,000`, `12.5%`, blank for nothing."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.1%}" if number_format == PERCENT else f"{value:,}"
    return str(value)


def _csv_cell(value: Any, number_format: str | None) -> Any:
    """Numbers as they are (Excel reads them), a ratio as `12.5%`, None blank."""
    if value is None:
        return ""
    return shown(value, number_format) if number_format == PERCENT else value
