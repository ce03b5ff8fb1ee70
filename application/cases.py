"""CaseLedger: the one application of the ledger, composed of command groups.

One application means one notification log: projections and the integrity
sealer follow a single global order of every event the ledger holds.
"""

from __future__ import annotations

from application.case_commands import CaseCommands
from application.community_commands import CommunityCommands
from application.meeting_commands import MeetingCommands
from application.plan_commands import PlanCommands
from application.registry_commands import RegistryCommands
from application.user_commands import UserCommands


class CaseLedger(
    CaseCommands,
    PlanCommands,
    MeetingCommands,
    RegistryCommands,
    CommunityCommands,
    UserCommands,
):
    """The case ledger (ケース台帳): every command group over one event store."""
