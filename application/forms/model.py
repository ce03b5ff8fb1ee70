"""A printable form (帳票) as plain data: sections of labelled items.

A builder makes a `Form` from what one reader may see; the PDF and xlsx
renderers in `interfaces/forms/` lay out any form, so a form kind is declared
once, as its builder. Every item names the event its value comes from
(`source`): `docs/forms.md` lists them, and a test checks that it does.
Values are text already (dates in 和暦, codes as Japanese labels); an empty
value is a blank to be written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

CITY = "大田原市"
CHECKED, UNCHECKED = "■", "□"  # the embedded font has no ☑/☐


class FormKind(StrEnum):
    """The printable forms of the programme (重層的支援体制整備事業の帳票)."""

    INTAKE_CONSENT = "intake_consent"
    INTAKE_NO_CONSENT = "intake_no_consent"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    MINUTES = "minutes"

    @property
    def title_ja(self) -> str:
        return FORM_TITLES[self]

    @property
    def of_meeting(self) -> bool:
        """A meeting's form (会議録), not a case's."""
        return self is FormKind.MINUTES


FORM_TITLES: dict[FormKind, str] = {
    FormKind.INTAKE_CONSENT: "相談受付・申込票【本人同意あり】",
    FormKind.INTAKE_NO_CONSENT: "相談受付・申込票【本人同意なし】",
    FormKind.ASSESSMENT: "アセスメントシート",
    FormKind.PLAN: "プラン兼利用申込書",
    FormKind.MINUTES: "会議録（支援会議・重層的支援会議）",
}


@dataclass(frozen=True)
class Entry:
    """A label and its value (項目と記入内容)."""

    label: str
    value: str
    source: str


@dataclass(frozen=True)
class Check:
    """One choice of a checkbox list, ticked or not."""

    label: str
    checked: bool

    @property
    def text(self) -> str:
        return f"{CHECKED if self.checked else UNCHECKED}{self.label}"


@dataclass(frozen=True)
class Checks:
    """A labelled list of choices (チェック欄)."""

    label: str
    options: tuple[Check, ...]
    source: str


@dataclass(frozen=True)
class Table:
    """A table of rows; `widths` are the columns' relative widths."""

    label: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: str
    widths: tuple[int, ...] = ()
    empty: str = "（記録なし）"


@dataclass(frozen=True)
class Text:
    """A block of free text (記述欄), or a blank box when there is none."""

    label: str
    text: str
    source: str
    lines: int = 3  # the blank box's height in lines


@dataclass(frozen=True)
class Statement:
    """Fixed wording the person reads before signing (申込み・同意の文言)."""

    text: str


@dataclass(frozen=True)
class Signature:
    """A line for a date and a signature, written by hand (署名欄)."""

    label: str


Item = Entry | Checks | Table | Text | Statement | Signature


@dataclass(frozen=True)
class Section:
    """A titled part of a form (欄)."""

    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Form:
    """A form as one reader may see it, as the records stood at one instant.

    `dated` is the form's date (作成日, 令和), `staff` the member of staff in
    charge (担当), `reader` who printed it (出力者, as the access log keeps it).
    """

    kind: FormKind
    city: str
    reference: str  # the case's or the meeting's id
    dated: str
    as_of: str  # the instant the records are read as of, in JST
    staff: str
    reader: str
    sections: tuple[Section, ...]
    view: str = "full"  # "shared": a sharer's view, some items withheld

    @property
    def title(self) -> str:
        return self.kind.title_ja

    def items(self) -> tuple[Item, ...]:
        return tuple(item for s in self.sections for item in s.items)


WITHHELD = "（閲覧範囲外）"  # shown where the reader may not see the value
