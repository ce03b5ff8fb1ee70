"""Japanese names of the codes the pages show, from where they are declared.

A case's status from the read model's own labels; a referral's from the
forms' labels; an event's from `domain/glossary.md`, where a test keeps a row
for every event class (`| 終結 | … | `Case.Closed` |`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import domain
from application.forms.labels import REFERRAL_STATUS_JA as _REFERRALS
from domain.referral import ReferralStatus
from projections.caseloads import STATUS_LABELS_JA, CaseStatus

REFERRAL_STATUS_JA = {status: _REFERRALS[status.value] for status in ReferralStatus}
GLOSSARY = Path(domain.__file__).parent / "glossary.md"
_CLASS = re.compile(r"`([A-Z]\w*\.[A-Z]\w*)`")


def status_ja(code: str) -> str:
    known = code in set(CaseStatus)
    return STATUS_LABELS_JA[CaseStatus(code)] if known else code


def referral_status_ja(code: str) -> str:
    return _REFERRALS.get(code, code)


@cache
def _event_terms() -> dict[str, str]:
    terms: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) > 2 and cells[1] and not cells[1].startswith("-"):  # noqa: PLR2004
            for name in _CLASS.findall(cells[-2]):
                terms.setdefault(name, cells[1])
    return terms


def event_ja(qualname: str) -> str:
    """`Case.Closed` → 終結, as the glossary names it; else the class's name."""
    return _event_terms().get(qualname, qualname.rpartition(".")[2])
