"""The formats a form is rendered in, their media types and file names."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from application.forms.model import Form
from interfaces.forms.pdf import form_pdf
from interfaces.forms.xlsx import form_xlsx

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class FormFormat(StrEnum):
    """A printable format: PDF (A4, font embedded) or xlsx (print-ready)."""

    PDF = "pdf"
    XLSX = "xlsx"

    @property
    def media_type(self) -> str:
        return "application/pdf" if self is FormFormat.PDF else XLSX_MEDIA_TYPE


RENDERERS: dict[FormFormat, Callable[[Form], bytes]] = {
    FormFormat.PDF: form_pdf,
    FormFormat.XLSX: form_xlsx,
}


def render(form: Form, format_: FormFormat) -> bytes:
    return RENDERERS[format_](form)


def file_name(form: Form, format_: FormFormat) -> str:
    """ASCII only (`intake_consent-3681205b.pdf`): no personal data in a name."""
    return f"{form.kind.value}-{form.reference.split('-')[0]}.{format_.value}"
