"""GET /v1/audit/disclosures: the confidentiality audit trail (auditors).

Every disclosure made at a 支援会議 or 重層的支援会議: which case, by whom, to
whom, which categories, on what lawful basis (Art. 106-6, or the consent
relied on for each recipient), when held, when recorded and by whom; and who
acknowledged confidentiality. Reading the trail is itself recorded.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, ConfigDict, Field, computed_field

from application.access.actor import Actor
from application.access.policy import Action
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.read_models import Views, caught_up, position_after
from interfaces.http.values import Code, IsoDate
from interfaces.labels import agency_ja as agency_name
from projections.disclosures import DisclosureQuery

router = APIRouter(prefix="/v1/audit", tags=["audit"])
Auditor = Annotated[Actor, allowed(Action.READ_AUDIT_TRAIL)]


class DisclosureParams(BaseModel):
    """Filters and paging of the trail; `agency` matches discloser or recipient."""

    case_id: UUID | None = None
    meeting_id: UUID | None = None
    agency: Code | None = None
    kind: Annotated[
        str | None, Field(pattern="^(support_meeting|coordinated_support_meeting)$")
    ] = None
    held_from: IsoDate | None = None
    held_until: IsoDate | None = None
    basis: Annotated[
        str | None,
        Field(
            pattern="^(consent|social_welfare_act_106_6|statute(:[a-z0-9_]{1,60})?)$",
            description="by basis: consent, the 支援会議's article, statute[:code]",
        ),
    ] = None
    limit: int = Field(default=100, ge=1, le=1000)
    offset: int = Field(default=0, ge=0, le=10**9)
    min_position: int | None = Field(default=None, ge=0, le=2**62)

    def query(self) -> DisclosureQuery:
        fields = self.model_dump(exclude={"min_position"})
        ids = {
            k: None if v is None else str(v) for k, v in fields.items() if "_id" in k
        }
        return DisclosureQuery(**{**fields, **ids})


class DisclosureResponse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    disclosure_id: UUID
    meeting_id: UUID
    kind: str
    held_on: date | None
    case_id: UUID
    disclosed_by: str
    recipients: list[str]
    categories: list[str]
    basis: str
    consent_ids: dict[str, UUID]
    recorded_at: datetime
    recorded_by: str
    notification_id: int
    recorded_after_end: bool

    @computed_field(description="提供機関名 (the disclosing agency's name)")
    def disclosed_by_ja(self) -> str:
        return agency_name(self.disclosed_by)

    @computed_field(description="提供先の機関名 (the recipients' names)")
    def recipients_ja(self) -> list[str]:
        return [agency_name(code) for code in self.recipients]


class AcknowledgementResponse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    meeting_id: UUID
    agency: str
    recorded_at: datetime
    recorded_by: str
    notification_id: int

    @computed_field(description="機関名 (the agency's name)")
    def agency_ja(self) -> str:
        return agency_name(self.agency)


class TrailResponse(BaseModel):
    position: int
    disclosures: list[DisclosureResponse]


@router.get("/disclosures")
def list_disclosures(
    auditor: Auditor,
    _fresh: Annotated[None, caught_up("disclosures")],
    views: Views,
    ledger: Ledger,
    response: Response,
    params: Annotated[DisclosureParams, Depends()],
) -> TrailResponse:
    """The disclosures, in the order they were recorded."""
    position = position_after(views, "disclosures", params.min_position, response)
    rows = views.disclosures.disclosures(params.query())
    resource = str(params.case_id or params.meeting_id or "all")
    ledger.record_access(auditor, "list", "disclosure_trail", resource, "audit")
    items = [DisclosureResponse.model_validate(row) for row in rows]
    return TrailResponse(position=position, disclosures=items)


@router.get("/meetings/{meeting_id}/acknowledgements")
def list_acknowledgements(
    meeting_id: UUID, _auditor: Auditor, views: Views
) -> list[AcknowledgementResponse]:
    """Who acknowledged the duty of confidentiality at a meeting (守秘義務の確認)."""
    rows = views.disclosures.acknowledgements(str(meeting_id))
    return [AcknowledgementResponse.model_validate(row) for row in rows]
