"""`make forms-pictures`: a PNG of each form for docs/forms.md.

Seeds the fictional case of `application/demo/form_case.py` into a throwaway
SQLite ledger, renders each form as its owner (the 会議録 as the convener)
would print it, and turns each PDF page into a small greyscale PNG.
Needs the dev extras (pypdfium2). Usage: python -m interfaces.forms.pictures DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pypdfium2

from application.case_ledger import CaseLedger
from application.demo.form_case import FormCase, seed_form_case
from application.forms.model import Form, FormKind
from interfaces.config import Settings
from interfaces.forms.pdf import form_pdf

SCALE = 1.1  # 72 dpi × 1.1: readable, about 60 KB a page
GREYS = 16


def forms_of(ledger: CaseLedger, case: FormCase) -> dict[str, Form]:
    owner, target = case.owner, case.case_id
    forms = {
        kind.value: ledger.case_form(owner, target, kind)
        for kind in (FormKind.INTAKE_CONSENT, FormKind.ASSESSMENT, FormKind.PLAN)
    }
    forms["intake_no_consent"] = ledger.case_form(
        owner, case.no_consent_case_id, FormKind.INTAKE_NO_CONSENT
    )
    forms["minutes"] = ledger.meeting_form(case.coordinator, case.meeting_id)
    return forms


def pictures(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(
            database_url=f"sqlite:///{scratch}/forms.db",
            master_key=os.urandom(32),
            master_key_source="pictures",
        )
        ledger = settings.build_ledger()
        try:
            forms = forms_of(ledger, seed_form_case(ledger))
        finally:
            ledger.close()
    for name, form in forms.items():
        document = pypdfium2.PdfDocument(form_pdf(form))
        for index in range(len(document)):
            image = document[index].render(scale=SCALE).to_pil().convert("L")
            path = directory / f"{name}-{index + 1}.png"
            image.quantize(GREYS).save(path, optimize=True)
            written.append(path)
    return written


if __name__ == "__main__":
    for path in pictures(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/forms")):
        sys.stderr.write(f"wrote {path} ({path.stat().st_size:,} bytes)\n")
