"""How a report's sheet is laid out for an office: title, filter, widths, print.

A sheet may open with title lines (the city, the 令和 year, the day it was
output) above its header row; the header gets an autofilter, every column a
width its Japanese heading and values need, and the page A4 landscape,
fitted to one page wide (as many pages long as it takes).
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

A4 = 9  # the paper size code of A4 in SpreadsheetML
MAX_WIDTH = 60


def add_title(sheet: Any, lines: tuple[str, ...]) -> int:
    """Title lines, bold, then a blank row; the row the header goes on."""
    for number, line in enumerate(lines, start=1):
        sheet.cell(row=number, column=1, value=line).font = Font(
            bold=True, size=14 if number == 1 else 11
        )
    return len(lines) + 2 if lines else 1


def lay_out(sheet: Any, header_row: int, explicit: dict[int, int]) -> None:
    """Autofilter over the table, widths, and A4 landscape fitted to the width."""
    last = get_column_letter(max(sheet.max_column, 1))
    sheet.auto_filter.ref = f"A{header_row}:{last}{max(sheet.max_row, header_row)}"
    for index in range(1, sheet.max_column + 1):
        width = explicit.get(index) or _needed(sheet, index, header_row)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages long as the rows need
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{header_row}:{header_row}"


def _needed(sheet: Any, index: int, header_row: int) -> int:
    """Wide enough for the longest value; a Japanese character is two wide."""
    longest = 4
    for (cell,) in sheet.iter_rows(min_row=header_row, min_col=index, max_col=index):
        text = "" if cell.value is None else str(cell.value)
        longest = max(longest, sum(1 if c.isascii() else 2 for c in text))
    return min(longest + 2, MAX_WIDTH)
