"""Old topics of moved classes resolve to the classes where they live now.

Registered when the ledger's storage is imported, before any event is read.
"""

from __future__ import annotations

from eventsourcing.utils import register_topic

from domain.moved import MOVED


def register_moved_topics() -> None:
    """Let every topic the ledger stored for a moved class find that class."""
    for old_topic, cls in MOVED.items():
        register_topic(old_topic, cls)
