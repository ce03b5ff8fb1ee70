"""When the event at a position of the ledger's global order was recorded.

A read model says how far it has read (its position, a notification id);
a person asks "as of when?": the recording time of that event answers.
"""

from __future__ import annotations

from datetime import datetime

from application.store.base import LedgerBase


def recorded_at(ledger: LedgerBase, position: int) -> datetime | None:
    """The recording time of the event at `position`; None before the first."""
    if position <= 0:
        return None
    found = ledger.recorder.select_notifications(start=position, limit=1)
    if not found or found[0].id != position:
        return None
    event = ledger.mapper.to_domain_event(found[0])
    moment = getattr(event, "timestamp", None)
    return moment if isinstance(moment, datetime) else None
