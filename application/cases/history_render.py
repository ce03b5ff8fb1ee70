"""How a history shows events and state: plain JSON values, personal data marked.

An auditor sees personal values as their text (an erased one as the erasure
marker); anyone else sees only that a personal value is there.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.personal import Personal

HIDDEN_TEXT = "［非表示］"  # personal data, shown to auditors only
_ENVELOPE = frozenset(
    {"originator_id", "originator_version", "timestamp", "originator_topic"}
)
_STATE_ATTRIBUTES = ("id", "version", "created_on", "modified_on")


def render(value: object, *, reveal: bool) -> Any:
    """A JSON value for `value`; `Personal` as text only when `reveal`."""
    if isinstance(value, Personal):
        return value.text if reveal or value.erased else HIDDEN_TEXT
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {f.name: render(getattr(value, f.name), reveal=reveal) for f in fields}
    if isinstance(value, dict):
        return {str(k): render(v, reveal=reveal) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [render(v, reveal=reveal) for v in value]
    return _scalar(value)


def _scalar(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (UUID, Decimal)):
        return str(value)
    return type(value).__name__  # never str(): it might carry personal text


def event_data(event: Aggregate.Event, *, reveal: bool) -> dict[str, Any]:
    """The event's own fields (not the library's envelope), rendered."""
    fields = _fields(event)
    return {name: render(v, reveal=reveal) for name, v in fields.items()}


def business_date(event: Aggregate.Event) -> date | None:
    """When it happened in the world: the event's first date field.

    A date at the top level wins (`closed_on`, `on`); otherwise the first date
    inside a value object (`intake.opened_on`, `referral.requested_on`).
    """
    fields = _fields(event)
    for value in fields.values():
        if _is_date(value):
            return value  # type: ignore[no-any-return]
    for value in fields.values():
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                inner = getattr(value, f.name)
                if _is_date(inner):
                    return inner  # type: ignore[no-any-return]
    return None


def recorded_by(event: Aggregate.Event) -> str | None:
    value = _fields(event).get("recorded_by")
    return value if isinstance(value, str) else None


def state_of(aggregate: Aggregate | None, *, reveal: bool) -> dict[str, Any] | None:
    if aggregate is None:
        return None
    state = {name: getattr(aggregate, name) for name in _STATE_ATTRIBUTES}
    state.update((k, v) for k, v in vars(aggregate).items() if not k.startswith("_"))
    return {name: render(v, reveal=reveal) for name, v in state.items()}


def _fields(event: Aggregate.Event) -> dict[str, Any]:
    return {k: v for k, v in vars(event).items() if k not in _ENVELOPE}


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)
