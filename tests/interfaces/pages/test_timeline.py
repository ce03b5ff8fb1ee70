"""ケースの経過: the history endpoint's events and state, as of a moment, proofs."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

from application.access.log import AccessLogQuery
from application.integrity.checkpoint import Signer
from tests.interfaces.given_api import AUDITOR, OWNER, given_consented_case
from tests.interfaces.pages.given_pages import Pages
from tests.interfaces.test_api_rights import given_case, given_suspended

CHIEF = "supervisor@chuo_houkatsu"
STATE = re.compile(r'<pre class="state" id="state">(.*?)</pre>', re.S)


def state_of(page: str) -> object:
    found = STATE.search(page)
    assert found is not None
    return json.loads(html.unescape(found.group(1)))


def denied_reads(pages: Pages, who: str, case_id: str) -> list[str]:
    user = pages.ledger.authenticate(pages.token(who)).user_id
    entries = pages.ledger.access_log(
        AccessLogQuery(user_id=user, resource_id=case_id, outcome="denied", limit=500)
    ).entries
    return [e.reason or "" for e in entries]


def test_an_auditor_sees_every_event_and_the_state_the_endpoint_gives(
    pages: Pages,
) -> None:
    case_id, _ = given_consented_case(pages.api)

    page = pages.browser(AUDITOR).get(f"/ui/cases/{case_id}/history")

    rest = pages.api.get(f"/v1/cases/{case_id}/history", AUDITOR).json()
    assert page.status_code == 200
    versions = re.findall(r'<li data-version="(\d+)"', page.text)
    assert sorted(int(v) for v in versions) == [e["version"] for e in rest["events"]]
    assert state_of(page.text) == rest["state"]
    assert "相談受付" in page.text
    assert '根拠: <span class="basis">本人同意の付与</span>' in page.text


def test_as_of_shows_the_case_as_the_endpoint_says_it_stood_then(
    pages: Pages,
) -> None:
    case_id, _ = given_consented_case(pages.api)
    first = pages.api.get(f"/v1/cases/{case_id}/history", AUDITOR).json()["events"][0]
    moment = first["recorded_at"]

    page = pages.browser(AUDITOR).get(
        f"/ui/cases/{case_id}/history?as_of={quote(moment)}"
    )

    then = pages.api.get(f"/v1/cases/{case_id}/history", AUDITOR, as_of=moment).json()
    assert page.status_code == 200
    assert len(re.findall(r"<li data-version=", page.text)) == len(then["events"]) == 1
    assert state_of(page.text) == then["state"]


def test_the_picker_takes_a_local_time_in_tokyo(pages: Pages) -> None:
    case_id, _ = given_consented_case(pages.api)

    page = pages.browser(AUDITOR).get(
        f"/ui/cases/{case_id}/history?as_of=2000-01-01T09:00"
    )

    assert page.status_code == 200
    assert 'value="2000-01-01T09:00:00"' in page.text
    assert "<li data-version=" not in page.text  # nothing recorded by then


def test_a_time_that_is_no_time_is_a_page_saying_so(pages: Pages) -> None:
    case_id, _ = given_consented_case(pages.api)

    page = pages.browser(AUDITOR).get(f"/ui/cases/{case_id}/history?as_of=soon")

    assert page.status_code == 422


def test_the_owning_agencys_supervisor_sees_it_without_personal_data(
    pages: Pages,
) -> None:
    case_id, _ = given_consented_case(pages.api)

    page = pages.browser(CHIEF).get(f"/ui/cases/{case_id}/history")

    assert page.status_code == 200
    assert "［非表示］" in page.text
    assert "大田原" not in page.text


def test_a_sealed_and_signed_event_shows_its_proof_verified(pages: Pages) -> None:
    case_id, _ = given_consented_case(pages.api)
    pages.ledger.seal_and_checkpoint(Signer(pages.signing_key))

    page = pages.browser(AUDITOR).get(f"/ui/cases/{case_id}/history")

    proofs = re.findall(r'data-proof="(\w+)"', page.text)
    assert proofs
    assert set(proofs) == {"proven"}
    assert "検証済み" in page.text


def test_a_caseworker_of_an_agency_without_a_basis_is_refused_and_it_is_logged(
    pages: Pages,
) -> None:
    case_id, _ = given_consented_case(pages.api)
    stranger = "caseworker@seibu_houkatsu"

    page = pages.browser(stranger).get(f"/ui/cases/{case_id}/history")

    assert page.status_code == 404  # as the API: the case is not made known
    assert "<code>not_found</code>" in page.text
    assert "閲覧の試みはアクセス記録に残ります" in page.text
    assert denied_reads(pages, stranger, case_id) == ["not_found"]


def test_a_caseworker_of_the_owning_agency_is_told_why_and_it_is_logged(
    pages: Pages,
) -> None:
    case_id, _ = given_consented_case(pages.api)

    page = pages.browser(OWNER).get(f"/ui/cases/{case_id}/history")

    assert page.status_code == 403
    assert "この役割（相談支援員）では、このページを表示できません。" in page.text
    assert "forbidden" in denied_reads(pages, OWNER, case_id)


def test_a_supervisor_of_another_agency_with_a_consent_is_refused(
    pages: Pages,
) -> None:
    case_id, _ = given_consented_case(pages.api)  # the consent names 社協
    other = "supervisor@shakyo"

    page = pages.browser(other).get(f"/ui/cases/{case_id}/history")

    assert page.status_code == 403
    assert "所属機関（大田原市社会福祉協議会）の担当範囲外です。" in page.text
    assert denied_reads(pages, other, case_id) == ["not_your_agency"]


def test_a_suspended_persons_timeline_is_a_page_saying_so_and_it_is_logged(
    pages: Pages,
) -> None:
    case_id, person_id = given_case(pages.api)
    given_suspended(pages.api, person_id)  # handled by the holder's supervisor

    page = pages.browser(AUDITOR).get(f"/ui/cases/{case_id}/history")

    assert page.status_code == 403
    assert "<code>use_suspended</code>" in page.text
    assert "利用停止" in page.text
    assert denied_reads(pages, AUDITOR, case_id) == ["use_suspended"]
