"""開示・訂正・利用停止 over REST: requests, answers, the copy, the refusals."""

from __future__ import annotations

import io
import json
import re
from typing import Any

from pypdf import PdfReader

from tests.interfaces.given_api import (
    ADMIN,
    AUDITOR,
    COORDINATOR,
    OWNER,
    STRANGER,
    Api,
    consent,
    intake,
    problem,
)

HOLDER = "supervisor@chuo_houkatsu"  # a supervisor of the agency holding the case
OTHER_SUPERVISOR = "supervisor@shakyo"  # holds none of the person's cases
NAME, OTHER_NAME = "大田原 花子", "那須 次郎"
OTHER_SUMMARY = "次郎さんの借金の相談"
OTHER_DISCLOSED = "次郎さんの家計を共有"


def given_case(api: Api, **changes: Any) -> tuple[str, str]:
    opened = api.post("/v1/cases", OWNER, intake(**changes))
    assert opened.status_code == 201, opened.text
    case_id = opened.json()["case_id"]
    granted = api.post(f"/v1/cases/{case_id}/consents", OWNER, consent())
    assert granted.status_code == 201, granted.text
    return case_id, opened.json()["person_id"]


def given_shared_meeting(api: Api) -> tuple[str, str, str]:
    """花子's case and 次郎's disclosed at one meeting; 次郎's case id last."""
    case_id, person_id = given_case(api)
    person = intake()["person"] | {"name": OTHER_NAME}
    other_case, _ = given_case(api, person=person, summary=OTHER_SUMMARY)
    members = ["fukushi_ka", "shakyo", "chuo_houkatsu"]
    meeting: dict[str, Any] = {"kind": "coordinated_support_meeting"}
    meeting |= {"held_on": "2026-06-10"}
    meeting |= {"agencies": members, "case_ids": [case_id, other_case]}
    meeting_id = api.post("/v1/meetings", COORDINATOR, meeting).json()["meeting_id"]
    for case, summary in ((case_id, "花子さんの通院歴"), (other_case, OTHER_DISCLOSED)):
        body: dict[str, Any] = {"case_id": case, "disclosed_by": "chuo_houkatsu"}
        body |= {"recipients": ["shakyo"], "categories": ["health"]}
        answer = api.post(
            f"/v1/meetings/{meeting_id}/disclosures",
            COORDINATOR,
            body | {"summary": summary},
        )
        assert answer.status_code == 201, answer.text
    return case_id, person_id, other_case


def given_request(api: Api, person_id: str, kind: str, by: str = ADMIN) -> str:
    body = {"kind": kind, "request_ref": f"R8-{kind}-001"}
    response = api.post(f"/v1/people/{person_id}/rights-requests", by, body)
    assert response.status_code == 201, response.text
    return str(response.json()["request_id"])


def given_disclosed(api: Api, person_id: str) -> str:
    request_id = given_request(api, person_id, "disclosure")
    path = f"/v1/people/{person_id}/rights-requests/{request_id}/disclose"
    assert api.post(path, ADMIN).status_code == 204
    return f"/v1/people/{person_id}/rights-requests/{request_id}/copy"


def given_suspended(api: Api, person_id: str) -> None:
    request_id = given_request(api, person_id, "suspension", by=HOLDER)
    path = f"/v1/people/{person_id}/rights-requests/{request_id}/suspend"
    assert api.post(path, HOLDER).status_code == 204


def pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s", "", "".join(page.extract_text() for page in pages))


def test_a_request_answers_201_with_its_id_and_the_persons_version(api: Api) -> None:
    _, person_id = given_case(api)

    response = api.post(
        f"/v1/people/{person_id}/rights-requests",
        HOLDER,
        {"kind": "disclosure", "request_ref": "R8-開示-001"},
    )

    assert response.status_code == 201
    assert response.headers["etag"] == '"2"'


def test_a_supervisor_holding_none_of_the_persons_cases_gets_404(api: Api) -> None:
    _, person_id = given_case(api)

    response = api.post(
        f"/v1/people/{person_id}/rights-requests",
        OTHER_SUPERVISOR,
        {"kind": "disclosure", "request_ref": "R8-開示-001"},
    )

    assert problem(response) == (404, "not_found")


def test_the_json_copy_holds_the_person_and_nobody_else(api: Api) -> None:
    case_id, person_id, other_case = given_shared_meeting(api)
    copy_path = given_disclosed(api, person_id)

    response = api.get(copy_path, ADMIN)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    copy = response.json()
    assert copy["person"]["identity"]["name"] == NAME
    assert [c["case_id"] for c in copy["cases"]] == [case_id]
    assert copy["cases"][0]["meetings"][0]["text"] == "花子さんの通院歴"
    text = json.dumps(copy, ensure_ascii=False)
    for theirs in (OTHER_NAME, OTHER_SUMMARY, OTHER_DISCLOSED, other_case):
        assert theirs not in text


def test_the_pdf_copy_is_a4_japanese_with_its_font_and_nobody_else(api: Api) -> None:
    _, person_id, _ = given_shared_meeting(api)
    copy_path = given_disclosed(api, person_id)

    response = api.get(copy_path, ADMIN, format="pdf")

    assert response.headers["content-type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "保有個人情報開示" in text
    assert re.sub(r"\s", "", NAME) in text
    for theirs in (OTHER_NAME, OTHER_SUMMARY, OTHER_DISCLOSED):
        assert re.sub(r"\s", "", theirs) not in text
    reader = PdfReader(io.BytesIO(response.content))
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages}
    assert sizes == {(595, 842)}
    fonts = [
        font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    ]
    assert fonts
    for font in fonts:
        assert "IPAexGothic" in font["/BaseFont"]
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_no_copy_before_its_handing_over_is_recorded_409(api: Api) -> None:
    _, person_id = given_case(api)
    request_id = given_request(api, person_id, "disclosure")

    response = api.get(
        f"/v1/people/{person_id}/rights-requests/{request_id}/copy", ADMIN
    )

    assert problem(response) == (409, "disclosure_not_recorded")


def test_a_supervisor_does_not_make_the_copy(api: Api) -> None:
    _, person_id = given_case(api)
    request_id = given_request(api, person_id, "disclosure")

    response = api.post(
        f"/v1/people/{person_id}/rights-requests/{request_id}/disclose", HOLDER
    )

    assert problem(response) == (403, "forbidden")


def test_the_history_shows_the_identity_and_the_summary_before_and_after(
    api: Api,
) -> None:
    case_id, person_id = given_case(api)
    request_id = given_request(api, person_id, "correction")
    body = {"request_id": request_id, "name": "大田原 華子"}
    api.post(f"/v1/people/{person_id}/identity-corrections", ADMIN, body)
    body = {"kind": "correction", "request_ref": "R8-訂正-002"}
    second = api.post(f"/v1/people/{person_id}/rights-requests", ADMIN, body)
    note = {"request_id": second.json()["request_id"], "record": "summary"}
    note |= {"record_id": case_id, "note": "長男は49歳"}
    added = api.post(f"/v1/cases/{case_id}/correction-notes", ADMIN, note)

    history = api.get(f"/v1/cases/{case_id}/history", AUDITOR).json()

    assert added.status_code == 201
    names = [
        e["data"]["identity"]["name"]
        for e in history["person_events"]
        if "identity" in e["data"]
    ]
    assert names == [NAME, "大田原 華子"]
    opened, noted = history["events"][0], history["events"][-1]
    assert opened["data"]["summary"] == intake()["summary"]
    assert (noted["type"], noted["data"]["note"]) == (
        "Case.CorrectionNoteAdded",
        "長男は49歳",
    )


def test_a_suspended_persons_case_is_403_to_its_readers_and_logged(
    api: Api,
) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    response = api.get(f"/v1/cases/{case_id}", OWNER)

    assert problem(response) == (403, "use_suspended")
    log = "/v1/audit/access-log"
    denied = api.get(log, AUDITOR, outcome="denied", case_id=case_id).json()
    assert [e["reason"] for e in denied["entries"]] == ["use_suspended"]


def test_a_stranger_to_a_suspended_persons_case_still_gets_404(api: Api) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    response = api.get(f"/v1/cases/{case_id}", STRANGER)

    assert problem(response) == (404, "not_found")


def test_the_handling_supervisor_reads_and_after_lifting_readers_read_again(
    api: Api,
) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)
    handled = api.get(f"/v1/cases/{case_id}", HOLDER)

    lifted = api.post(
        f"/v1/people/{person_id}/suspension/lift", HOLDER, {"reason": "理由が解消"}
    )

    assert handled.status_code == 200
    assert lifted.status_code == 204
    assert api.get(f"/v1/cases/{case_id}", OWNER).status_code == 200


def test_a_refused_request_is_listed_with_its_answer(api: Api) -> None:
    _, person_id = given_case(api)
    request_id = given_request(api, person_id, "suspension")
    api.post(
        f"/v1/people/{person_id}/rights-requests/{request_id}/refuse",
        ADMIN,
        {"reason": "要件に該当しない"},
    )

    response = api.get(f"/v1/people/{person_id}/rights-requests", ADMIN)

    (listed,) = response.json()
    assert (listed["status"], listed["answered_on"]) == ("refused", "2026-06-30")


def listed_ids(api: Api, who: str) -> set[str]:
    head = str(api.ledger.recorder.max_notification_id())
    response = api.get("/v1/cases", who, min_position=head, limit="200")
    assert response.status_code == 200, response.text
    return {c["case_id"] for c in response.json()["cases"]}


def test_a_suspended_persons_case_is_not_listed_but_to_its_handler(
    api: Api,
) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    owners, handlers = listed_ids(api, OWNER), listed_ids(api, HOLDER)

    assert case_id not in owners
    assert case_id in handlers


def test_an_answer_on_a_stale_version_is_412_and_a_stranger_still_gets_404(
    api: Api,
) -> None:
    _, person_id = given_case(api)
    request_id = given_request(api, person_id, "suspension", by=HOLDER)
    path = f"/v1/people/{person_id}/rights-requests/{request_id}/suspend"

    stale = api.post(path, HOLDER, **{"If-Match": '"1"'})
    stranger = api.post(path, OTHER_SUPERVISOR, **{"If-Match": '"1"'})

    assert problem(stale) == (412, "stale_version")
    assert problem(stranger) == (404, "not_found")  # the policy answers first
