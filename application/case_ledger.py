"""CaseLedger: the one application of the ledger, composed of command groups.

One application means one notification log: projections and the integrity
sealer follow a single global order of every event the ledger holds.
"""

from __future__ import annotations

from application.access.commands import AccessCommands
from application.access.directory import DirectoryQueries
from application.access.log import AccessLogQueries
from application.cases.activities import ActivityCommands
from application.cases.assessments import AssessmentCommands
from application.cases.commands import CaseCommands
from application.cases.cycle import CycleCommands
from application.cases.handover import HandoverCommands
from application.cases.history import HistoryQueries
from application.cases.plans import PlanCommands
from application.community.commands import CommunityCommands
from application.consultations.commands import ConsultationCommands
from application.forms.queries import FormQueries
from application.households.commands import HouseholdCommands
from application.integrity.commands import IntegrityCommands
from application.meetings.commands import MeetingCommands
from application.people.disclosure_copy import DisclosureCopyQueries
from application.people.intake import IntakeCommands
from application.people.merging import MergeCommands
from application.people.reading import PersonQueries
from application.people.retention import RetentionCommands
from application.people.rotation import KeyCommands
from application.registry.commands import RegistryCommands


class CaseLedger(
    IntakeCommands,
    MergeCommands,
    PersonQueries,
    CaseCommands,
    AssessmentCommands,
    CycleCommands,
    HandoverCommands,
    PlanCommands,
    ActivityCommands,
    MeetingCommands,
    RegistryCommands,
    CommunityCommands,
    ConsultationCommands,
    HistoryQueries,
    DirectoryQueries,
    FormQueries,
    DisclosureCopyQueries,
    HouseholdCommands,
    AccessCommands,
    AccessLogQueries,
    RetentionCommands,
    KeyCommands,
    IntegrityCommands,
):
    """The case ledger (ケース台帳): every command group over one event store."""
