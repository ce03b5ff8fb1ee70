"""The OpenAPI document is a contract integrators can generate clients from.

Short stable operation ids, ASCII tags with Japanese display names, every
error documented as the one problem model, every field described, and a
document that validates against the OpenAPI 3.1 schema.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from interfaces.config import Settings
from interfaces.http.main import create_app

SPEC: dict[str, Any] = create_app(
    Settings("sqlite:///unused.db", os.urandom(32), "test")  # never opened
).openapi()
OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]
# Released operation ids are names in every generated client: never renamed.
SOME_IDS = {
    ("post", "/v1/cases"): "open_case",
    ("get", "/v1/cases"): "list_cases",
    ("get", "/v1/cases/{case_id}"): "read_case",
    ("post", "/v1/cases/{case_id}/consents"): "grant_consent",
    ("post", "/v1/cases/{case_id}/referrals"): "request_referral",
    ("post", "/v1/cases/{case_id}/referrals/{referral_id}/accept"): "accept_referral",
    ("get", "/v1/referrals"): "list_referrals",
    ("get", "/v1/users"): "list_users",
}


def test_the_document_validates_against_the_openapi_3_1_schema() -> None:
    validate(SPEC)

    assert SPEC["openapi"].startswith("3.1")


def test_every_operation_has_a_short_unique_snake_case_id() -> None:
    ids = [operation["operationId"] for _, _, operation in OPERATIONS]

    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9_]{2,39}", i)] == []
    assert len(ids) == len(set(ids))
    assert {k: SPEC["paths"][k[1]][k[0]]["operationId"] for k in SOME_IDS} == SOME_IDS


def test_tags_are_ascii_with_a_japanese_display_name() -> None:
    used = {tag for _, _, operation in OPERATIONS for tag in operation["tags"]}
    declared = {tag["name"]: tag for tag in SPEC["tags"]}

    assert used <= set(declared)
    assert all(name.isascii() for name in declared)
    assert all(not tag["x-displayName"].isascii() for tag in declared.values())


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    OPERATIONS,
    ids=[f"{m} {p}" for p, m, _ in OPERATIONS],
)
def test_every_error_answer_is_documented_as_a_problem(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    errors = {s: r for s, r in operation["responses"].items() if s >= "400"}

    schemas = {
        s: r["content"]["application/problem+json"]["schema"]["$ref"]
        for s, r in errors.items()
    }

    assert set(schemas.values()) <= {"#/components/schemas/Problem"}
    if path.startswith("/v1/"):
        assert {"401", "403", "503"} <= set(errors)
    if method == "post":
        assert {"409", "413", "422"} <= set(errors)


def test_no_error_is_documented_as_fastapis_validation_shape() -> None:
    assert "HTTPValidationError" not in SPEC["components"]["schemas"]


def undescribed() -> list[str]:
    found = [
        f"{name}.{prop}"
        for name, schema in SPEC["components"]["schemas"].items()
        for prop, value in schema.get("properties", {}).items()
        if "description" not in value
    ]
    found += [
        f"{method} {path} ?{parameter['name']}"
        for path, method, operation in OPERATIONS
        for parameter in operation.get("parameters", [])
        if "description" not in parameter
    ]
    return found


def test_every_field_and_parameter_has_a_description() -> None:
    assert undescribed() == []
