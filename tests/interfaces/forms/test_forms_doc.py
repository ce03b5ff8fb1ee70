"""docs/forms.md shows every form and names every item each form prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from application.case_ledger import CaseLedger
from application.demo.form_case import FormCase
from application.forms.model import Statement
from interfaces.forms.pictures import forms_of

DOC = Path(__file__).parents[3] / "docs" / "forms.md"


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_every_item_of_every_form_is_in_the_document(
    seeded: tuple[CaseLedger, FormCase], doc: str
) -> None:
    forms = forms_of(*seeded)

    missing = {
        f"{name}: {item.label}"
        for name, form in forms.items()
        for item in form.items()
        if not isinstance(item, Statement) and item.label not in doc
    }

    assert missing == set()


def test_every_form_has_its_picture(doc: str) -> None:
    pictures = sorted(p.name for p in (DOC.parent / "forms").glob("*.png"))

    assert pictures
    assert [p for p in pictures if f"forms/{p}" not in doc] == []
    assert all((DOC.parent / "forms" / p).stat().st_size < 100_000 for p in pictures)
