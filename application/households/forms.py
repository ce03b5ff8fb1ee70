"""Plain inputs of the household commands (世帯), free of any web framework."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from application.cases.forms import HouseholdChoice, PersonForm

__all__ = ["HouseholdChoice", "MemberForm"]


@dataclass(frozen=True, repr=False)
class MemberForm:
    """A member registered through the household: who, 続柄, from when."""

    person: PersonForm
    relationship: str
    since: date
