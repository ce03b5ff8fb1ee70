"""A consent's relationship: plain text in version 1, the person's `Personal` now.

Version 1 of `Consent` stored the representative's relationship to the person
as text beside the sealed name, so erasing the person left it readable. Today
it is sealed under the person's key; a version-1 value is read through
`Consent.upcast_v1_v2`, which binds it to the name's subject and reads it as
erased once the person is.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from uuid import uuid4

from application.case_ledger import CaseLedger
from domain.consent import Consent
from domain.personal import REDACTED_TEXT, Personal
from tests.upgrades.test_reading_the_past import stored


def a_version_1_consent(ledger: CaseLedger, relationship: str) -> bytes:
    """A consent as version 1 wrote it: no `_v`, the relationship as text."""
    person = uuid4()
    consent = Consent(
        uuid4(),
        "representative",
        Personal(person, "大田原 一郎"),
        Personal(person, relationship),
        ("shakyo",),
        ("referral",),
        ("basic",),
        date(2026, 5, 1),
        date(2027, 3, 31),
    )
    encoded: dict[str, Any] = json.loads(ledger.mapper.transcoder.encode(consent))
    data = encoded["_data_"]
    del data["_v"]
    data["relationship"] = relationship
    return json.dumps(encoded).encode()


def test_a_version_1_relationship_reads_as_the_persons_personal_data(
    past: CaseLedger,
) -> None:
    stored_v1 = a_version_1_consent(past, "長男")

    consent = past.mapper.transcoder.decode(stored_v1)

    assert isinstance(consent.relationship, Personal)
    assert consent.relationship.text == "長男"
    assert consent.representative is not None
    assert consent.relationship.subject_id == consent.representative.subject_id


def test_a_version_1_relationship_reads_as_erased_once_the_person_is(
    past: CaseLedger,
) -> None:
    stored_v1 = a_version_1_consent(past, "長男")
    subject = past.mapper.transcoder.decode(stored_v1).representative.subject_id
    past.keyring.destroy(subject)

    consent = past.mapper.transcoder.decode(stored_v1)

    assert consent.relationship.erased
    assert consent.relationship.text == REDACTED_TEXT


def test_the_past_ledgers_consents_read_in_the_new_shape(past: CaseLedger) -> None:
    granted = stored(past, "domain.case:Case.ConsentGranted")

    assert len(granted) == 30
    assert {(g.consent.representative, g.consent.relationship) for g in granted} == {
        (None, None)
    }
