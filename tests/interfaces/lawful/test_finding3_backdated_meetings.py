"""Finding 3: a meeting cannot be dated back around a withdrawal (R1, R2).

A meeting convened after a withdrawal was recorded carries no disclosure on
that consent, whatever day it claims to have been held. A meeting convened
while the consent was in force, and held while it was valid, may have its
minutes completed after the withdrawal: the disclosure is then marked.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.interfaces.given_api import AUDITOR, TODAY, Api, problem
from tests.interfaces.lawful.given import (
    a_case,
    a_consent,
    a_meeting,
    convene,
    day,
    disclose,
    withdraw,
)


def test_a_meeting_convened_after_a_withdrawal_takes_no_disclosure_on_it(
    api: Api,
) -> None:
    case_id = a_case(api)
    consent_id = a_consent(api, case_id)
    withdraw(api, case_id, consent_id, TODAY)
    meeting_id = a_meeting(api, [case_id], held_on=day(-3))

    disclosed = disclose(api, meeting_id, case_id)

    assert problem(disclosed) == (403, "consent_required")


def test_minutes_completed_after_a_withdrawal_are_kept_and_marked(api: Api) -> None:
    api.clock.set(date(2026, 6, 10))
    case_id = a_case(api)
    consent_id = a_consent(api, case_id)
    meeting_id = a_meeting(api, [case_id], held_on="2026-06-10")
    api.clock.set(TODAY)
    withdraw(api, case_id, consent_id, TODAY)

    disclosed = disclose(api, meeting_id, case_id)

    assert disclosed.status_code == 201, disclosed.text
    basis = disclosed.json()["basis"]
    assert (basis["kind"], basis["consent_id"]) == ("consent", consent_id)
    assert basis["recorded_after_end"] is True
    head = str(api.ledger.recorder.max_notification_id())
    trail = api.get(
        "/v1/audit/disclosures", AUDITOR, meeting_id=meeting_id, min_position=head
    ).json()["disclosures"]
    assert [(d["basis"], d["recorded_after_end"]) for d in trail] == [("consent", True)]


@pytest.mark.parametrize("held_on", ["0001-01-01", "9999-12-31"])
def test_a_meeting_held_out_of_bounds_is_refused(api: Api, held_on: str) -> None:
    case_id = a_case(api)

    convened = convene(api, [case_id], held_on=held_on)

    assert problem(convened) == (422, "invalid_date")
    assert convened.json()["field"] == "held_on"
