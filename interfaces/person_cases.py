"""A person's cases as the caseloads read model lists them for one caller's agency.

The application judges each (`application/people/access.py`); this only
finds the candidates, by the person's id, the caller's own cases and those
naming its agency, page after page.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from application.access.actor import Actor
from application.access.lists import CaseCandidate
from application.people.access import PersonCases
from projections.caseload_lists import CaseFilter
from projections.read_models import ReadModels

BATCH = 200


def person_cases(views: ReadModels, actor: Actor) -> PersonCases:
    def cases(person_id: UUID) -> Sequence[CaseCandidate]:
        where = CaseFilter(reader=actor.agency, person=str(person_id))
        found: list[CaseCandidate] = []
        after = ""
        while True:
            batch = views.caseloads.case_candidates(where, after, BATCH)
            found.extend(batch)
            if len(batch) < BATCH:
                return found
            after = batch[-1].case_id

    return cases
