"""A consent's giver: version 2 had no standing and no age band; version 3 has.

A version-2 consent reads through `Consent.upcast_v2_v3`: the person's own as
本人 (`person`), a representative's as `unrecorded_representative` (nobody
asked which kind of representative then), and its age band as `unknown`.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from uuid import uuid4

from application.case_ledger import CaseLedger
from domain.consent import Consent
from domain.personal import Personal
from tests.upgrades.test_reading_the_past import stored


def a_version_2_consent(ledger: CaseLedger, given_by: str) -> bytes:
    """A consent as version 2 wrote it: `_v` 2, no standing, no age band."""
    person = uuid4()
    name = None if given_by == "person" else Personal(person, "大田原 一郎")
    consent = Consent(
        uuid4(),
        given_by,
        name,
        None if name is None else Personal(person, "長男"),
        ("shakyo",),
        ("referral",),
        ("basic",),
        date(2026, 5, 1),
        date(2027, 3, 31),
    )
    encoded: dict[str, Any] = json.loads(ledger.mapper.transcoder.encode(consent))
    data = encoded["_data_"]
    data["_v"] = 2
    del data["standing"], data["age_band"]
    return json.dumps(encoded).encode()


def test_a_version_2_consent_of_the_person_reads_as_given_by_the_person(
    past: CaseLedger,
) -> None:
    consent = past.mapper.transcoder.decode(a_version_2_consent(past, "person"))

    assert (consent.standing, consent.age_band) == ("person", "unknown")


def test_a_version_2_representatives_consent_reads_as_of_an_unrecorded_standing(
    past: CaseLedger,
) -> None:
    stored_v2 = a_version_2_consent(past, "representative")

    consent = past.mapper.transcoder.decode(stored_v2)

    assert consent.standing == "unrecorded_representative"
    assert consent.representative.text == "大田原 一郎"


def test_the_past_ledgers_consents_read_with_a_standing_and_an_age_band(
    past: CaseLedger,
) -> None:
    granted = stored(past, "domain.case:Case.ConsentGranted")

    assert {(g.consent.standing, g.consent.age_band) for g in granted} == {
        ("person", "unknown")
    }
