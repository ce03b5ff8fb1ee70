"""A read of case data as the access log keeps it: allowed or refused (R10)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from uuid import UUID

from application.access.actor import Actor
from domain.access_record import Outcome


@dataclass(frozen=True)
class Read:
    """Who reads what, why; and, once judged, with what outcome.

    `basis` names the statute a reader's access rests on (`statute:<code>`),
    so such reads stand out in the log; `reason` is a refusal's problem type.
    """

    actor: Actor
    resource_type: str
    resource_id: UUID | str
    purpose: str
    action: str = "read"
    outcome: str = Outcome.ALLOWED.value
    reason: str | None = None
    basis: str | None = None

    def allowed(self, action: str, statute: str | None = None) -> Read:
        basis = None if statute is None else f"statute:{statute}"
        return replace(self, action=action, basis=basis)

    def denied(self, refusal: Exception) -> Read:
        return replace(
            self, outcome=Outcome.DENIED.value, reason=refusal_reason(refusal)
        )


def refusal_reason(refusal: Exception) -> str:
    """The refusal's stable name, as its problem type ends (`consent_required`)."""
    name = type(refusal).__name__.removesuffix("Error")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
