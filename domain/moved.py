"""Aggregates whose module changed, by the topic the ledger first stored them under.

A stored event names its class by topic (`module:Aggregate.Event`), in plain
text, forever: events are never rewritten. When a class moves, its old topic
is listed here, so that the application registers it (the past still
resolves) and the read models follow both topics (old events still count).
`docs/upgrading.md` shows the whole move as a worked example.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from domain.community.record import CommunityRecord
from domain.community.tally import Tally

# Moved into domain/community/ with the other cross-case facts (2026-12).
MOVED: Mapping[str, type] = MappingProxyType(
    {
        "domain.community_record:CommunityRecord": CommunityRecord,
        "domain.tally:Tally": Tally,
    }
)
