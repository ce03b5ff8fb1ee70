"""A lawful basis in a request and in a response (HTTP bodies — contract).

`{"kind": "consent", "consent_id": "…"}` | `{"kind": "support_meeting",
"meeting_id": "…"}` | `{"kind": "statute", "code": "…", "reason": "…"}`. A
request that names no basis gets the covering consent; the response always
says which basis was used.
"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import BaseModel, Field

from application.cases.forms import BasisForm
from domain.basis import Basis
from interfaces.http.values import Code, Text


class BasisRequest(BaseModel):
    """The basis a share rests on (提供の根拠)."""

    kind: Literal["consent", "support_meeting", "statute"] = "consent"
    consent_id: UUID | None = Field(None, description="a consent of the case")
    meeting_id: UUID | None = Field(None, description="a 支援会議 (Art. 106-6)")
    code: Code | None = Field(None, description="a statute's code (GET /v1/statutes)")
    reason: Text | None = Field(None, description="why the statute applies")

    def form(self) -> BasisForm:
        return BasisForm(
            self.kind, self.consent_id, self.meeting_id, self.code, self.reason
        )


class BasisResponse(BaseModel):
    """The basis used; `consent_id` stays where the first version put it."""

    kind: str
    consent_id: UUID | None = None
    meeting_id: UUID | None = None
    code: str | None = None

    @classmethod
    def of(cls, basis: Basis) -> BasisResponse:
        return cls(
            kind=basis.kind,
            consent_id=basis.consent_id,
            meeting_id=basis.meeting_id,
            code=basis.statute,
        )
