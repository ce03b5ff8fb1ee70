"""A client generated from the served `/openapi.json` walks a caseworker's day.

openapi-python-client (pinned in pyproject's `codegen` extra, installed by
make in its own environment) runs offline on the document a real `jusou
serve` serves; the generated package has ASCII module names, functions
named by operation id, and typed problems. With it: intake, consent,
referral, acceptance by 社協, and the case read by both agencies.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from interfaces.http.examples import bodies
from tests.support.service import Keys, Service, running
from tests.support.today import real_today

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / ".venv" / "codegen" / "bin" / "openapi-python-client"
PACKAGE = "jusou_client"


@dataclass
class Served:
    base: str
    url: str
    keys: Keys

    def client(self, agency: str, role: str = "caseworker") -> Any:
        ledger = self.keys.ledger(self.url)
        try:
            _, token = ledger.add_user(f"{role}@{agency}", agency, role)
        finally:
            ledger.close()
        client = importlib.import_module(f"{PACKAGE}.client")
        return client.AuthenticatedClient(base_url=self.base, token=token)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    directory = tmp_path_factory.mktemp("client")
    url, keys = f"sqlite:///{directory}/ledger.db", Keys()
    with running(Service(url, keys, directory)) as service:
        yield Served(service.base, url, keys)


@pytest.fixture(scope="module")
def generated(
    served: Served, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    assert GENERATOR.exists(), "make installs the generator (.venv/codegen)"
    directory = tmp_path_factory.mktemp("generated")
    spec = directory / "openapi.json"
    spec.write_text(json.dumps(httpx.get(f"{served.base}/openapi.json").json()))
    command = [str(GENERATOR), "generate", "--path", str(spec), "--meta", "none"]
    command += ["--output-path", str(directory / PACKAGE)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    sys.path.insert(0, str(directory))
    yield directory / PACKAGE
    sys.path.remove(str(directory))


def call(operation: str, *args: Any, **kwargs: Any) -> Any:
    """An operation of the generated client by `tag.operation_id`: its answer."""
    tag, name = operation.split(".")
    module = importlib.import_module(f"{PACKAGE}.api.{tag}.{name}")
    return module.sync_detailed(*args, **kwargs)


def model(name: str, body: dict[str, Any]) -> Any:
    models = importlib.import_module(f"{PACKAGE}.models")
    return getattr(models, name).from_dict(body)


@pytest.fixture(scope="module")
def day(generated: Path, served: Served) -> dict[str, Any]:
    """Intake → consent → referral → acceptance → reads, through the client."""
    assert (generated / "client.py").exists()  # importable from here on
    worker, shakyo = served.client("chuo_houkatsu"), served.client("shakyo")
    stranger = served.client("seibu_houkatsu")
    body = bodies(real_today())
    opened = call(
        "cases.open_case",
        client=worker,
        body=model("OpenCaseRequest", body["open_case"]),
    )
    case_id = opened.parsed.case_id
    consent = model("GrantConsentRequest", body["grant_consent"])
    granted = call("consents.grant_consent", case_id, client=worker, body=consent)
    referral = model("RequestReferralRequest", body["request_referral"])
    made = call("referrals.request_referral", case_id, client=worker, body=referral)
    referral_id = made.parsed.referral_id
    accept = model("AcceptReferralRequest", body["accept_referral"])
    return {
        "opened": opened,
        "granted": granted,
        "made": made,
        "accepted": call(
            "referrals.accept_referral",
            case_id,
            referral_id,
            client=shakyo,
            body=accept,
        ),
        "shared": call("cases.read_case", case_id, client=shakyo),
        "full": call("cases.read_case", case_id, client=worker),
        "refused": call("cases.read_case", case_id, client=stranger),
    }


def test_each_write_answers_as_documented(day: dict[str, Any]) -> None:
    statuses = [day[k].status_code for k in ("opened", "granted", "made", "accepted")]

    assert statuses == [201, 201, 201, 204]
    assert day["granted"].parsed.version == 2


def test_the_case_is_read_by_both_agencies_as_typed_views(day: dict[str, Any]) -> None:
    shared, full = day["shared"].parsed, day["full"].parsed

    assert (shared.view, full.view) == ("shared", "full")
    assert shared.person.name == "大田原 花子"
    assert type(full).__name__ == "CaseView"


def test_a_refusal_comes_back_as_a_typed_problem(day: dict[str, Any]) -> None:
    problem = day["refused"].parsed

    assert type(problem).__name__ == "Problem"
    assert (problem.status, problem.type_) == (404, "urn:jusou:problem:not_found")


def test_the_generated_modules_are_named_in_ascii(generated: Path) -> None:
    names = [str(p.relative_to(generated)) for p in generated.rglob("*.py")]

    assert [n for n in names if not n.isascii()] == []
    assert (generated / "api" / "cases" / "open_case.py").exists()
