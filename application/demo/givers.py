"""Who the demo's people are to one another, and who consents for a child.

A household's first intake forms it, the others join it with their 続柄; a
child of 15 or younger consents through a 親権者 (docs/lawful-basis.md).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

from application.cases.forms import ConsentForm, HouseholdChoice
from application.demo.model import DemoCase
from domain.catalogue.consent_givers import AgeBand
from domain.consent_giver import age_band_on

# 続柄 of each member archetype in its household (to the head, 世帯主).
RELATIONSHIPS = {
    "8050_parent": "head",
    "8050_son": "child",
    "young_carer_parent": "head",
    "young_carer_child": "child",
}


def household_choice(case: DemoCase, joined: UUID | None) -> HouseholdChoice:
    """Form the household (`joined` None) or join it, with the member's 続柄."""
    return HouseholdChoice(RELATIONSHIPS.get(case.archetype, "head"), joined)


def given_for(form: ConsentForm, birth_date: date | None) -> ConsentForm:
    """The person's own consent, or a 親権者's for a child on its date."""
    if age_band_on(birth_date, form.valid_from) != AgeBand.CHILD:
        return form
    return replace(
        form,
        given_by="representative",
        standing="parental_authority",
        representative="（架空）保護者",
        relationship="母",
    )
