"""The OpenAPI document as a contract integrators generate clients from.

FastAPI writes the document from the routes; this module finishes it, in
one place: each operation's `operationId` is its route function's name (a
short, stable snake_case name such as `open_case`); tags have ASCII names
with their Japanese display text (`x-displayName`); every error an
operation can answer is documented as one RFC 9457 problem model
(`application/problem+json`) instead of FastAPI's `{detail: [...]}`; and
every field without a description of its own takes the glossary's
(`field_docs.py`), so that none is left undescribed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from application.store.base import tokyo_today
from interfaces.http.examples import add_examples
from interfaces.http.field_docs import describe

PROBLEM_JSON = "application/problem+json"
TAGS: list[dict[str, str]] = [
    {"name": n, "x-displayName": ja, "description": f"{ja} ({en})"}
    for n, ja, en in (
        ("cases", "支援ケース", "intake, the case, finding cases, closure, history"),
        ("consents", "同意", "consents to share, and their withdrawal"),
        (
            "consultations",
            "一回限りの相談",
            "one-off consultations that never became a case: codes, no person",
        ),
        ("referrals", "つなぎ", "referrals between agencies, and an agency's inbox"),
        ("activities", "活動記録", "activities recorded on a case"),
        ("assessments", "アセスメント", "assessments of a case, area by area"),
        (
            "plans",
            "支援プラン",
            "support plans: revisions, agreement, monitoring, evaluation",
        ),
        ("meetings", "会議", "支援会議 and 重層的支援会議: minutes and disclosures"),
        (
            "people",
            "本人の権利",
            "a person's rights: disclosure, correction, suspension, erasure",
        ),
        ("households", "世帯", "households: members, 続柄, from when until when"),
        ("agencies", "支援関係機関", "agencies, categories of information, statutes"),
        ("users", "利用者", "staff accounts and their tokens (admins)"),
        ("registry", "機関台帳", "the registry of agencies (admins)"),
        ("audit", "監査", "the access log and the confidentiality trail"),
        ("ledger", "改ざん検知", "the Merkle log of the ledger (RFC 9162)"),
        ("reports", "報告", "indicators and caseloads"),
        ("forms", "帳票", "the programme's printable forms (PDF, xlsx)"),
        ("health", "稼働確認", "liveness and readiness"),
    )
]
STATUS_TEXT = {
    400: "本文を読めません (the body is not JSON in UTF-8)",
    401: "認証が必要です (no bearer token, or not a valid one)",
    403: "権限がありません (the access policy refuses: see `type`)",
    404: "見つかりません (no such record, or none this caller may know of)",
    409: "現在の状態では行えません (a rule of the ledger forbids it now)",
    412: "版が古くなっています (If-Match names an older version)",
    413: "リクエストが大きすぎます (request body too large)",
    422: "入力が不正です (invalid input: see `detail`, and `field`/`bound`)",
    503: "一時的に利用できません (storage or access log unavailable: retry)",
}


class Problem(BaseModel):
    """An error answer (問題詳細, RFC 9457 problem details)."""

    type: str = Field(
        description="問題の種類 (problem type) `urn:jusou:problem:<name>`: branch on it"
    )
    title: str = Field(description="見出し (the problem type's short summary)")
    status: int = Field(description="HTTPステータス (the HTTP status code)")
    detail: str = Field(description="詳細 (what went wrong in this request)")
    field: str | None = Field(
        None, description="`invalid_date` のみ: 項目 (the date field refused)"
    )
    bound: str | None = Field(
        None, description="`invalid_date` のみ: 限度 (the bound the date broke)"
    )


def operation_id(route: APIRoute) -> str:
    """The route function's name: `open_case`, `grant_consent`, `read_case`."""
    return route.name


def install(app: FastAPI) -> None:
    """Finish the document when first asked for, and again on each new day."""
    app.openapi_tags = TAGS
    generate = app.openapi
    made_on: list[date] = []

    def openapi() -> dict[str, Any]:
        today = _today(app)
        if app.openapi_schema is None or made_on != [today]:
            app.openapi_schema = None
            finish(generate())
            add_examples(app.openapi_schema or {}, today)
            made_on[:] = [today]
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]


def _today(app: FastAPI) -> date:
    """The ledger's today (tests fix it), or Tokyo's before the ledger is open."""
    ledger = getattr(app.state, "ledger", None)
    return tokyo_today() if ledger is None else ledger.today()


def finish(document: dict[str, Any]) -> None:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = Problem.model_json_schema()
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            _problems(path, method, operation)
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    _absent_not_null(document)
    describe(document)


# Operations whose body names a record by id, answered 404 when the caller may
# not know of it: intake joining a household (R11).
BODY_NAMES_A_RECORD = frozenset({("/v1/cases", "post")})


def statuses(path: str, method: str, operation: dict[str, Any]) -> list[int]:
    """The errors an operation can answer, from what it takes."""
    parameters = {p["name"].lower() for p in operation.get("parameters", [])}
    found = {503} if path != "/healthz" else set()
    if path.startswith("/v1/"):
        found |= {401, 403}
    if parameters or "requestBody" in operation:
        found.add(422)
    if "requestBody" in operation:
        found.add(400)
    if "{" in path or (path, method) in BODY_NAMES_A_RECORD:
        found.add(404)
    if method == "post":
        found |= {409, 413}
    if "if-match" in parameters:
        found.add(412)
    return sorted(found)


def _absent_not_null(document: dict[str, Any]) -> None:
    """An optional parameter is absent, never null: a header or query has no null."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                kept = [s for s in schema.get("anyOf", []) if s != {"type": "null"}]
                if len(kept) == 1 and len(kept) < len(schema["anyOf"]):
                    schema.pop("anyOf")
                    schema.update(kept[0])


def _problems(path: str, method: str, operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    declared = {int(s) for s in responses if s.isdigit() and int(s) in STATUS_TEXT}
    for status in sorted({*statuses(path, method, operation), *declared}):
        responses[str(status)] = {
            "description": STATUS_TEXT[status],
            "content": {
                PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}
            },
        }
