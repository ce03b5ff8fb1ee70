"""Activities (活動記録): one, many of one case at once, voided, corrected.

A window that enters a month's activities at once (or an operator's import,
or the demo seed) loads the case once, checks each activity exactly as one
at a time would be checked, and saves them together: one load and one write
instead of one each per activity.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.cases.forms import ActivityForm
from application.households.about import AboutMembers
from domain.activity import Activity
from domain.case import Case
from domain.personal import Personal


class ActivityCommands(BasisChecks, AboutMembers):
    """Activities inside a case; each command is one transaction (R8, R9)."""

    def record_activity(
        self,
        actor: Actor,
        case_id: UUID,
        form: ActivityForm,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Record an activity; returns its id and the case's new version."""
        ids, version = self.record_activities(actor, case_id, [form], expected)
        return ids[0], version

    def record_activities(
        self,
        actor: Actor,
        case_id: UUID,
        forms: Sequence[ActivityForm],
        expected: int | None = None,
    ) -> tuple[list[UUID], int]:
        """Record the activities in order; returns their ids and the new version.

        What an activity is (its kind under its 事業) is checked before who
        may record it, so a malformed one is a 422, not a 403.
        """
        case = self.load(Case, case_id, expected)
        activities = [self._activity(case, f) for f in forms]
        for activity in activities:
            activity.check()
            self.check_may_record(
                activity.agency, activity.kind, activity.project, activity.occurred_on
            )
        recording = self.recording()
        for activity in activities:
            case.record_activity(activity, actor.recorded_by, recording)
        self.commit(case)
        return [a.activity_id for a in activities], case.version

    def void_activity(
        self,
        actor: Actor,
        case_id: UUID,
        activity_id: UUID,
        reason: str,
        expected: int | None = None,
    ) -> int:
        """Void an activity recorded in error (取消); it stays in history."""
        case = self.load(Case, case_id, expected)
        note = Personal(case.intake.person_id, reason)
        recording = self.recording()
        case.void_activity(
            activity_id, actor.agency, note, actor.recorded_by, recording
        )
        self.commit(case)
        return case.version

    def correct_activity_date(  # noqa: PLR0917
        self,
        actor: Actor,
        case_id: UUID,
        activity_id: UUID,
        occurred_on: date,
        reason: str,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Correct a wrong business date: void, and record again, together."""
        case = self.load(Case, case_id, expected)
        old = case.activity(activity_id)
        self.check_may_record(old.agency, old.kind, old.project, occurred_on)
        recording = self.recording()
        note = Personal(case.intake.person_id, reason)
        case.void_activity(
            activity_id, actor.agency, note, actor.recorded_by, recording
        )
        new = Activity(
            self.new_id(),
            old.kind,
            old.project,
            old.agency,
            occurred_on,
            old.note,
            replaces=activity_id,
        )
        case.record_activity(new, actor.recorded_by, recording)
        self.commit(case)
        return new.activity_id, case.version

    def _activity(self, case: Case, form: ActivityForm) -> Activity:
        """The activity as recorded: its note is the data of whom it is about."""
        subject = self.subject_of(case, form.about_person_id, form.occurred_on)
        note = None if form.note is None else Personal(subject, form.note)
        return Activity(
            self.new_id(), form.kind, form.project, form.agency, form.occurred_on, note
        )
