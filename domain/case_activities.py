"""Commands on a case's activities (活動記録): record, void, correct.

Kind, 事業 and date are what the indicators count. Whether the registry says
the agency may record the kind under the 事業 on that day is the registry's
rule (`AgencyRegistryRules.check_may_record`), asked by the application.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain import case_upcasts as past
from domain.activity import Activity
from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.errors import ActivityAlreadyRecordedError, NotRecordingAgencyError
from domain.personal import Personal
from domain.recording import Recording


class CaseActivities(CaseSharing):
    """Activities of the case's agency, and of agencies working on a basis."""

    class ActivityRecorded(Aggregate.Event):
        """An agency's activity for the case was recorded (活動記録)."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.activity_basis)

        activity_id: UUID
        kind: str
        project: str
        agency: str
        occurred_on: date
        note: Personal | None
        basis: Basis | None
        replaces: UUID | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.activities[str(self.activity_id)] = Activity(
                self.activity_id,
                self.kind,
                self.project,
                self.agency,
                self.occurred_on,
                self.note,
                self.basis,
                self.replaces,
            )

    class ActivityVoided(Aggregate.Event):
        """An activity recorded in error was voided (取消): it counts nowhere."""

        activity_id: UUID
        voided_on: date
        reason: Personal
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            key = str(self.activity_id)
            case.activities[key] = case.activities[key].voided(
                self.voided_on, self.reason
            )

    def record_activity(
        self, activity: Activity, recorded_by: str, recording: Recording
    ) -> None:
        """Record an activity on the basis its agency works on the case by."""
        self._check_open()
        if str(activity.activity_id) in self.activities:
            raise ActivityAlreadyRecordedError(str(activity.activity_id))
        activity.check()
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("occurred_on", activity.occurred_on, after=opening)
        basis = self.working_basis(
            activity.agency, activity.occurred_on, recording.today
        )
        self._emit(
            "ActivityRecorded",
            activity_id=activity.activity_id,
            kind=activity.kind,
            project=activity.project,
            agency=activity.agency,
            occurred_on=activity.occurred_on,
            note=activity.note,
            basis=basis,
            replaces=activity.replaces,
            recorded_by=recorded_by,
        )

    def void_activity(
        self,
        activity_id: UUID,
        agency: str,
        reason: Personal,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Void an activity recorded in error (取消): by the agency that did it.

        A wrong business date is corrected by voiding and recording again
        (the new activity `replaces` the voided one): history keeps both.
        """
        activity = self.activity(activity_id)
        activity.check_not_voided()
        if agency != activity.agency:
            raise NotRecordingAgencyError(f"only {activity.agency} may void it")
        self._emit(
            "ActivityVoided",
            activity_id=activity_id,
            voided_on=recording.today,
            reason=reason,
            recorded_by=recorded_by,
        )
