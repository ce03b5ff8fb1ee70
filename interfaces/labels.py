"""Japanese names beside codes, for every report: 機関名, 分野, 事業.

A code the plan's catalogue does not know (an agency the registry added
later) is shown as it is.
"""

from __future__ import annotations

from domain.catalogue import FIELD_LABELS_JA, PROJECT_LABELS_JA, Field, Project
from domain.catalogue.agencies import agency
from domain.errors import UnknownAgencyError


def agency_ja(code: str) -> str:
    """機関名: the plan's name; a code the registry added later is shown as is."""
    try:
        return agency(code).name_ja
    except UnknownAgencyError:
        return code


def field_ja(code: str) -> str:
    return FIELD_LABELS_JA.get(Field(code), code) if code in set(Field) else code


def project_ja(code: str) -> str:
    found = code in set(Project)
    return PROJECT_LABELS_JA[Project(code)] if found else code
