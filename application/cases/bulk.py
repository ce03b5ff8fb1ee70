"""Commands that record many facts of one case in one transaction.

A window that enters a month's activities at once (or an operator's import,
or the demo seed) loads the case once, checks each activity exactly as
`record_activity` does, and saves them together: one load and one write
instead of one each per activity.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from application.access.actor import Actor
from application.cases.forms import ActivityForm
from application.store.base import LedgerBase
from domain.activity import Activity
from domain.case import Case
from domain.personal import Personal


class BulkCommands(LedgerBase):
    """Several activities (活動記録) of one case, saved together or not at all."""

    def record_activities(
        self,
        actor: Actor,
        case_id: UUID,
        forms: Sequence[ActivityForm],
        expected: int | None = None,
    ) -> tuple[list[UUID], int]:
        """Record the activities in order; returns their ids and the new version."""
        self.check_agency(*sorted({form.agency for form in forms}))
        case = self.load(Case, case_id, expected)
        ids = []
        for form in forms:
            activity = self._activity(case.intake.person_id, form)
            case.record_activity(activity, actor.recorded_by)
            ids.append(activity.activity_id)
        self.commit(case)
        return ids, case.version

    def _activity(self, person_id: UUID, form: ActivityForm) -> Activity:
        """The activity as recorded: its note is the case's person's data."""
        note = None if form.note is None else Personal(person_id, form.note)
        kind, project, agency, on = (
            form.kind,
            form.project,
            form.agency,
            form.occurred_on,
        )
        return Activity(self.new_id(), kind, project, agency, on, note)
