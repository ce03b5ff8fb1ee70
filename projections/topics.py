"""The topics a projection follows: each class's own, and its topics before a move.

The follower asks the store for notifications by topic, so a projection that
named only a moved class's new topic would silently skip every event stored
before the move. `topics_of` adds the old ones (`domain/moved.py`).
"""

from __future__ import annotations

from eventsourcing.utils import get_topic

from domain.moved import MOVED


def topics_of(*classes: type) -> tuple[str, ...]:
    """The topics of these classes, old ones included, in a stable order."""
    topics: list[str] = []
    for cls in classes:
        topic = get_topic(cls)
        topics.append(topic)
        for old, moved in MOVED.items():
            new = get_topic(moved)
            if topic == new or topic.startswith(new + "."):
                topics.append(old + topic[len(new) :])
    return tuple(topics)
