"""GET /v1/audit/disclosures and acknowledgements: auditors only, 4xx on bad input."""

from __future__ import annotations

from interfaces.labels import agency_ja
from tests.interfaces.given_api import AUDITOR, COORDINATOR, Api, problem
from tests.interfaces.given_reports import written

__all__ = ["written"]


def test_auditors_read_the_disclosure_trail_and_the_read_is_logged(
    api: Api, written: tuple[str, str]
) -> None:
    case_id, head = written

    response = api.get(
        "/v1/audit/disclosures", AUDITOR, case_id=case_id, min_position=head
    )
    refused = api.get("/v1/audit/disclosures", COORDINATOR)
    bad = api.get("/v1/audit/disclosures", AUDITOR, kind="party")

    (row,) = response.json()["disclosures"]
    assert (row["basis"], row["kind"], row["recipients"]) == (
        "social_welfare_act_106_6", "support_meeting", ["fukushi_ka"],
    )  # fmt: skip
    acks = api.get(f"/v1/audit/meetings/{row['meeting_id']}/acknowledgements", AUDITOR)
    assert [a["agency"] for a in acks.json()] == ["fukushi_ka"]
    assert refused.status_code == 403
    assert problem(bad) == (422, "invalid_request")


def test_the_trail_names_the_agencies_beside_their_codes(
    api: Api, written: tuple[str, str]
) -> None:
    case_id, head = written

    response = api.get(
        "/v1/audit/disclosures", AUDITOR, case_id=case_id, min_position=head
    )

    (row,) = response.json()["disclosures"]
    acks = api.get(f"/v1/audit/meetings/{row['meeting_id']}/acknowledgements", AUDITOR)
    assert row["recipients_ja"] == [agency_ja("fukushi_ka")] != ["fukushi_ka"]
    assert row["disclosed_by_ja"] == agency_ja(row["disclosed_by"])
    assert [a["agency_ja"] for a in acks.json()] == [agency_ja("fukushi_ka")]
