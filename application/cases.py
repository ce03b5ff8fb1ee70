"""CaseLedger: the one application of the ledger, composed of command groups.

One application means one notification log: projections and the integrity
sealer follow a single global order of every event the ledger holds.
"""

from __future__ import annotations

from application.access_commands import AccessCommands
from application.access_log import AccessLogQueries
from application.bulk_commands import BulkCommands
from application.case_commands import CaseCommands
from application.community_commands import CommunityCommands
from application.history import HistoryQueries
from application.integrity_commands import IntegrityCommands
from application.meeting_commands import MeetingCommands
from application.plan_commands import PlanCommands
from application.registry_commands import RegistryCommands
from application.user_commands import UserCommands


class CaseLedger(
    CaseCommands,
    PlanCommands,
    BulkCommands,
    MeetingCommands,
    RegistryCommands,
    CommunityCommands,
    HistoryQueries,
    AccessCommands,
    AccessLogQueries,
    UserCommands,
    IntegrityCommands,
):
    """The case ledger (ケース台帳): every command group over one event store."""
