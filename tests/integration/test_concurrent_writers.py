"""Many writers on one case over HTTP: no lost update; losers retry and win.

Without `If-Match` the server itself runs a write again when it lost a race
(`interfaces/http/idempotency.py`): `test_unversioned_races_rarely_reach_the_client`
measures the 409s left among 400 writes fired at once, each sent once.

Eight threads each want five consents on the same case. A writer that loses
the race is told so (409 `concurrent_update`, or 412 `stale_version` when it
sent the `If-Match` it had read) and simply tries again; in the end the case
holds exactly the consents that were acknowledged, one event each.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import httpx
import pytest

from application.case_ledger import CaseLedger
from tests.application.conftest import postgres_schema_url
from tests.application.given import INTAKE_WORKER, an_intake
from tests.integration.given_service import given_a_caseworker_and_cases
from tests.support.service import Keys, Service, running
from tests.support.today import real_today
from tests.support.write_load import CONSENT, recorded_consents

pytestmark = pytest.mark.e2e
WRITERS, EACH, MAX_ATTEMPTS = 8, 5, 200


@dataclass
class Shared:
    """One running service, its ledger and a caseworker's token."""

    base: str
    ledger: CaseLedger
    token: str


@dataclass
class Writes:
    """What every writer was answered, and the consents acknowledged."""

    answers: Counter[tuple[int, str]] = field(default_factory=Counter)
    acknowledged: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shared]:
    directory = tmp_path_factory.mktemp("writers")
    url = (
        f"sqlite:///{directory}/ledger.db"
        if request.param == "sqlite"
        else postgres_schema_url(request.getfixturevalue("postgres_database_url"))
    )
    keys = Keys()
    ledger = keys.ledger(url)
    token, _ = given_a_caseworker_and_cases(ledger, 0)
    with running(Service(url, keys, Path(directory))) as service:
        yield Shared(service.base, ledger, token)
    ledger.close()


def write_five(shared: Shared, case_id: UUID, if_match: bool, writes: Writes) -> None:
    auth = {"Authorization": f"Bearer {shared.token}"}
    done = 0
    with httpx.Client(base_url=shared.base, headers=auth, timeout=30) as client:
        for _ in range(MAX_ATTEMPTS):
            if done == EACH:
                return
            headers = {}
            if if_match:
                headers["If-Match"] = client.get(f"/v1/cases/{case_id}").headers["etag"]
            response = client.post(
                f"/v1/cases/{case_id}/consents", json=CONSENT, headers=headers
            )
            kind = (
                "" if response.is_success else response.json()["type"].rsplit(":")[-1]
            )
            with writes.lock:
                writes.answers[(response.status_code, kind)] += 1
                if response.status_code == 201:
                    writes.acknowledged.append(response.json()["consent_id"])
                    done += 1


def race(shared: Shared, case_id: UUID, *, if_match: bool) -> Writes:
    writes = Writes()
    with ThreadPoolExecutor(WRITERS) as pool:
        for future in [
            pool.submit(write_five, shared, case_id, if_match, writes)
            for _ in range(WRITERS)
        ]:
            future.result(timeout=120)
    return writes


def a_case(shared: Shared) -> UUID:
    return shared.ledger.open_case(
        INTAKE_WORKER, an_intake(opened_on=real_today())
    ).case_id


def test_without_if_match_no_update_is_lost(shared: Shared) -> None:
    """The server retries lost races itself; a 409 left over is retried here."""
    case_id = a_case(shared)

    writes = race(shared, case_id, if_match=False)

    recorded = recorded_consents(shared.ledger, case_id)
    assert set(writes.answers) <= {(201, ""), (409, "concurrent_update")}
    assert sorted(recorded) == sorted(writes.acknowledged)
    assert len(recorded) == WRITERS * EACH
    assert shared.ledger.get_case(case_id).version == 1 + WRITERS * EACH


def test_with_if_match_losers_get_412_or_409_and_win_on_retry(shared: Shared) -> None:
    case_id = a_case(shared)

    writes = race(shared, case_id, if_match=True)

    recorded = recorded_consents(shared.ledger, case_id)
    losers = {(409, "concurrent_update"), (412, "stale_version")}
    assert set(writes.answers) <= {(201, ""), *losers}
    assert sum(writes.answers[loser] for loser in losers) > 0, "no race happened"
    assert sorted(recorded) == sorted(writes.acknowledged)
    assert len(recorded) == WRITERS * EACH


SHOTS, SHOOTERS = 400, 16


def fire_once(shared: Shared, case_id: UUID, answers: Counter[int]) -> None:
    auth = {"Authorization": f"Bearer {shared.token}"}
    with httpx.Client(base_url=shared.base, headers=auth, timeout=30) as client:
        for _ in range(SHOTS // SHOOTERS):
            response = client.post(f"/v1/cases/{case_id}/consents", json=CONSENT)
            answers[response.status_code] += 1


def test_unversioned_races_rarely_reach_the_client(shared: Shared) -> None:
    case_id = a_case(shared)
    answers: Counter[int] = Counter()

    with ThreadPoolExecutor(SHOOTERS) as pool:
        for future in [
            pool.submit(fire_once, shared, case_id, answers) for _ in range(SHOOTERS)
        ]:
            future.result(timeout=300)

    share = answers[409] / SHOTS
    print(f"409 share among {SHOTS} unversioned writes: {share:.1%} {answers}")  # noqa: T201
    assert set(answers) <= {201, 409}
    # Measured here: 63 % (SQLite), 75 % (PostgreSQL) before; 35 % and 45 % with
    # retries alone; none with writes to one aggregate taken in turn as well.
    assert share < 0.05
    assert len(recorded_consents(shared.ledger, case_id)) == answers[201]
