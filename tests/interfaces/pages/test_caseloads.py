"""ケース担当状況: each number, and the list behind it, filtered by the policy."""

from __future__ import annotations

import re
from datetime import date
from uuid import UUID

from application.access.log import AccessLogQuery
from tests.application.given_plans import given_grounds
from tests.interfaces.given_api import OWNER, given_case, given_referral
from tests.interfaces.pages.given_pages import Pages
from tests.projections.given import SHAKYO, a_case, a_plan_form

CHIEF = "supervisor@chuo_houkatsu"
SHAKYO_CHIEF = "supervisor@shakyo"
REPORTER = "reporter@fukushi_ka"
LINK = re.compile(r'<a href="(/ui/cases\?[^"]+)">(\d+)</a>')


def given_overdue_plan(pages: Pages) -> UUID:
    """社協's plan, to be reviewed on 15 June: overdue on the tests' day (30 June)."""
    ledger = pages.ledger
    case_id = a_case(ledger, agency="shakyo")
    ledger.create_plan(
        SHAKYO, case_id, project="outreach", form=a_plan_form(date(2026, 6, 15)),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, case_id, SHAKYO, consent_by=SHAKYO),
    )  # fmt: skip
    return case_id


def test_a_supervisor_sees_the_caseload_of_each_worker_and_field(
    pages: Pages,
) -> None:
    given_case(pages.api)
    pages.caught_up("caseloads")

    page = pages.browser(CHIEF).get("/ui/caseloads")

    assert page.status_code == 200
    assert '<span id="agency-shown">中央地域包括支援センター</span>' in page.text
    assert f'<th scope="row">{OWNER}</th><td>介護（高齢者）</td>' in page.text
    assert "受付・アセスメント中" in page.text


def test_each_number_links_to_the_list_behind_it_which_is_logged(
    pages: Pages,
) -> None:
    given_case(pages.api)
    pages.caught_up("caseloads")
    browser = pages.browser(CHIEF)
    page = browser.get("/ui/caseloads")
    link, number = LINK.findall(page.text)[0]

    listed = browser.get(link.replace("&amp;", "&"))

    chief = pages.ledger.authenticate(pages.token(CHIEF))
    log = pages.ledger.access_log(AccessLogQuery(user_id=chief.user_id, limit=500))
    assert listed.status_code == 200
    assert listed.text.count("<tr data-case=") == int(number)
    assert log.entries[-1].resource_type == "case_list"
    assert log.entries[-1].outcome == "allowed"


def test_cases_by_status_count_each_case_once(pages: Pages) -> None:
    pages.caught_up("caseloads")
    counts = pages.app.state.read_models.caseloads.status_counts("chuo_houkatsu")  # type: ignore[attr-defined]

    page = pages.browser(CHIEF).get("/ui/caseloads")

    for status, cases in counts.items():
        row = f'<tr data-status="{status}">'
        assert row in page.text
        after = page.text.split(row, 1)[1]
        assert f">{cases}</a></td>" in after.split("</tr>", 1)[0]


def test_overdue_reviews_are_counted_and_linked(pages: Pages) -> None:
    given_overdue_plan(pages)
    pages.caught_up("caseloads")

    page = pages.browser(SHAKYO_CHIEF).get("/ui/caseloads")

    total = re.search(r'<span id="due-total">(\d+)</span>', page.text)
    assert total is not None
    assert int(total.group(1)) >= 1
    assert "/ui/cases?review_due=true&amp;worker=" in page.text


def test_the_referral_inbox_is_counted_by_status_and_linked(pages: Pages) -> None:
    given_referral(pages.api)
    pages.caught_up("caseloads")
    browser = pages.browser(SHAKYO_CHIEF)

    page = browser.get("/ui/caseloads")
    listed = browser.get("/ui/referrals?to_agency=shakyo&status=requested")

    inbox = page.text.split('id="inbox"', 1)[1]
    assert '<a href="/ui/referrals?to_agency=shakyo&amp;status=requested">' in inbox
    assert listed.status_code == 200
    assert "<td>依頼中</td>" in listed.text


def test_a_supervisor_may_not_look_at_another_agencys_caseload(
    pages: Pages,
) -> None:
    page = pages.browser(CHIEF).get("/ui/caseloads?agency=shakyo")

    assert page.status_code == 403
    assert "<code>forbidden</code>" in page.text


def test_a_reporter_sees_every_agency_without_links_to_cases(pages: Pages) -> None:
    given_case(pages.api)
    pages.caught_up("caseloads")

    page = pages.browser(REPORTER).get("/ui/caseloads")

    assert page.status_code == 200
    assert '<span id="agency-shown">全機関</span>' in page.text
    assert "/ui/cases?" not in page.text  # a reporter may not list cases


def test_a_caseworker_may_not_see_caseloads(pages: Pages) -> None:
    page = pages.browser(OWNER).get("/ui/caseloads")

    assert page.status_code == 403


def test_the_case_list_shows_only_what_the_viewer_may_read_today(
    pages: Pages,
) -> None:
    case_id = given_case(pages.api)
    pages.caught_up("caseloads")

    own = pages.browser(OWNER).get("/ui/cases")
    other = pages.browser("caseworker@seibu_houkatsu").get("/ui/cases")

    assert f'<tr data-case="{case_id}">' in own.text
    assert case_id not in other.text
    assert other.status_code == 200
