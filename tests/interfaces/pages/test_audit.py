"""The auditors' pages: the disclosure trail, a meeting's minutes, the access log."""

from __future__ import annotations

import re
from uuid import UUID

from application.access.log import AccessLogQuery
from tests.interfaces.given_api import AUDITOR, COORDINATOR, OWNER, given_case
from tests.interfaces.given_reports import given_a_disclosure
from tests.interfaces.pages.given_pages import Pages

TRAIL = "/ui/audit/disclosures"


def given_disclosed_case(pages: Pages) -> str:
    case_id = given_case(pages.api)
    given_a_disclosure(pages.ledger, UUID(case_id))
    pages.caught_up("disclosures")
    return case_id


def reads_of(pages: Pages, who: str) -> list[str]:
    user = pages.ledger.authenticate(pages.token(who)).user_id
    log = pages.ledger.access_log(AccessLogQuery(user_id=user, limit=500))
    return [e.resource_type for e in log.entries]


def test_an_auditor_reads_the_trail_each_row_linking_to_its_minutes(
    pages: Pages,
) -> None:
    given_disclosed_case(pages)
    browser = pages.browser(AUDITOR)

    page = browser.get(TRAIL)
    minutes = re.findall(r'<a href="(/ui/meetings/[0-9a-f-]+)">会議録</a>', page.text)
    opened = browser.get(minutes[0])

    assert page.status_code == 200
    assert "支援会議（社会福祉法第106条の6）" in page.text
    assert opened.status_code == 200
    assert "<h1>会議録</h1>" in opened.text
    assert {"disclosure_trail", "meeting"} <= set(reads_of(pages, AUDITOR))


def test_the_trail_filters_by_basis_agency_and_period(pages: Pages) -> None:
    given_disclosed_case(pages)
    browser = pages.browser(AUDITOR)

    by_basis = browser.get(f"{TRAIL}?basis=social_welfare_act_106_6&agency=")
    by_consent = browser.get(f"{TRAIL}?basis=consent")
    by_period = browser.get(f"{TRAIL}?held_from=2026-06-10&held_until=2026-06-10")
    before = browser.get(f"{TRAIL}?held_until=2026-06-09")
    by_agency = browser.get(f"{TRAIL}?agency=yuzuriha")

    assert "<tr data-disclosure=" in by_basis.text
    assert "<tr data-disclosure=" not in by_consent.text
    assert "<tr data-disclosure=" in by_period.text
    assert "<tr data-disclosure=" not in before.text
    assert "<tr data-disclosure=" not in by_agency.text


def test_a_filter_that_is_no_date_is_a_page_saying_so(pages: Pages) -> None:
    page = pages.browser(AUDITOR).get(f"{TRAIL}?held_from=yesterday")

    assert page.status_code == 422
    assert "指定された条件が正しくありません。" in page.text


def test_the_access_log_shows_who_read_what_and_the_refusals(pages: Pages) -> None:
    case_id = given_case(pages.api)
    assert pages.api.get(f"/v1/cases/{case_id}", OWNER).status_code == 200
    pages.browser("caseworker@seibu_houkatsu").get(f"/ui/cases/{case_id}/history")

    page = pages.browser(AUDITOR).get(f"/ui/audit/access-log?case_id={case_id}")
    denied = pages.browser(AUDITOR).get(
        f"/ui/audit/access-log?case_id={case_id}&outcome=denied"
    )

    assert page.status_code == 200
    assert f'data-outcome="denied" data-resource="{case_id}"' in page.text
    assert f'data-outcome="allowed" data-resource="{case_id}"' in page.text
    assert "caseworker@seibu_houkatsu" in denied.text
    assert 'data-outcome="allowed"' not in denied.text
    assert "not_found" in denied.text


def test_only_auditors_see_the_audit_pages(pages: Pages) -> None:
    browser = pages.browser(COORDINATOR)

    trail = browser.get(TRAIL)
    log = browser.get("/ui/audit/access-log")

    assert trail.status_code == log.status_code == 403
