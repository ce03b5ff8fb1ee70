"""How our value types are written into stored events and snapshots."""

from __future__ import annotations

import base64
import dataclasses
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.persistence import JSONTranscoder, Transcoding

from application.people.keys import Keyring
from domain.activity import Activity
from domain.assessment import Assessment, AssessmentRevision, Finding
from domain.basis import Basis
from domain.case_corrections import CorrectionNote
from domain.case_state import DisclosureNote, SupportDecision
from domain.community.statement import CommunityStatement
from domain.consent import Consent
from domain.consultation import ConsultationFacts
from domain.cooperating_organisation import CooperatingOrganisation
from domain.household_membership import HouseholdCase, Membership
from domain.intake import Intake
from domain.meeting import MinutesEntry
from domain.meeting_rules import Agenda
from domain.person import Identity
from domain.person_erasure import ErasureRequest
from domain.person_rights import RightsRequest
from domain.person_suspension import Suspension
from domain.personal import Personal
from domain.plan_reviews import Evaluation, GoalProgress, Monitoring
from domain.profile import Profile
from domain.referral import Referral
from domain.registry_entry import AgencyRecord, EntryVersion, RegistryEntry
from domain.support_plan import AgencyRole, PlanRevision, PlanStatement, SupportPlan


class DateAsISO(Transcoding):
    """Business dates as ISO strings (the library knows only datetime)."""

    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


class PersonalUnderSubjectKey(Transcoding):
    """Personal data, sealed with its subject's own data key.

    The subject id stays readable (inside the whole-event cipher) so that the
    right key is found; the text is AES-GCM ciphertext bound to that subject.
    A value already erased is written as a bare marker and needs no key.
    """

    type = Personal
    name = "personal"

    def __init__(self, keyring: Keyring) -> None:
        self._keyring = keyring

    def encode(self, obj: Personal) -> dict[str, Any]:
        if obj.erased:
            return {"s": obj.subject_id.hex, "x": True}
        sealed = self._keyring.encrypt(obj.subject_id, obj.text)
        return {"s": obj.subject_id.hex, "c": base64.b64encode(sealed).decode()}

    def decode(self, data: dict[str, Any]) -> Personal:
        subject_id = UUID(data["s"])
        if data.get("x"):
            return Personal.redacted(subject_id)
        text = self._keyring.decrypt(subject_id, base64.b64decode(data["c"]))
        if text is None:
            return Personal.redacted(subject_id)
        return Personal(subject_id=subject_id, text=text)


class FrozenDataclass(Transcoding):
    """A frozen value object of the domain, field by field.

    JSON turns tuples into lists; every sequence in our value objects is a
    tuple, so lists are turned back into tuples on the way in. A value whose
    shape changed declares `class_version` (N > 1): it is written with `_v`,
    and a stored value of an earlier version is upcast by the class's
    `upcast_vK_vK+1(data)` rules, as the library does for events. A field
    added with a default needs no rule: the default fills it.
    """

    def __init__(self, cls: type[Any], name: str) -> None:
        self.type = cls
        self.name = name
        self.version: int = getattr(cls, "class_version", 1)

    def encode(self, obj: Any) -> dict[str, Any]:
        data = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        if self.version > 1:
            data["_v"] = self.version
        return data

    def decode(self, data: dict[str, Any]) -> Any:
        stored = data.pop("_v", 1)
        for version in range(stored, self.version):
            getattr(self.type, f"upcast_v{version}_v{version + 1}")(data)
        return self.type(
            **{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        )


def register_ledger_transcodings(transcoder: JSONTranscoder, keyring: Keyring) -> None:
    transcoder.register(DateAsISO())
    transcoder.register(PersonalUnderSubjectKey(keyring))
    for cls, name in (
        (Intake, "intake"),
        (Profile, "profile"),
        (ConsultationFacts, "consultation_facts"),
        (Consent, "consent"),
        (Referral, "referral"),
        (Identity, "identity"),
        (AgencyRole, "agency_role"),
        (PlanStatement, "plan_statement"),
        (PlanRevision, "plan_revision"),
        (SupportPlan, "support_plan"),
        (Activity, "activity"),
        (RegistryEntry, "registry_entry"),
        (EntryVersion, "entry_version"),
        (AgencyRecord, "agency_record"),
        (CooperatingOrganisation, "cooperating_organisation"),
        (CommunityStatement, "community_statement"),
        (Agenda, "meeting_agenda"),
        (Basis, "basis"),
        (DisclosureNote, "disclosure_note"),
        (MinutesEntry, "minutes_entry"),
        (Finding, "assessment_finding"),
        (AssessmentRevision, "assessment_revision"),
        (Assessment, "assessment"),
        (SupportDecision, "support_decision"),
        (GoalProgress, "goal_progress"),
        (Monitoring, "plan_monitoring"),
        (Evaluation, "plan_evaluation"),
        (ErasureRequest, "erasure_request"),
        (RightsRequest, "rights_request"),
        (Suspension, "suspension"),
        (CorrectionNote, "correction_note"),
        (Membership, "household_membership"),
        (HouseholdCase, "household_case"),
    ):
        transcoder.register(FrozenDataclass(cls, name))
