"""/docs and /redoc work on a closed network: every asset is served from here."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.interfaces.given_app import given_service

ASSET = re.compile(r"""(?:src|href)=["']([^"']+)["']""")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with given_service(tmp_path_factory.mktemp("docs")) as client:
        yield client


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_docs_pages_reference_only_local_urls(
    client: TestClient, page: str
) -> None:
    html = client.get(page).text

    assets = ASSET.findall(html)
    assert assets, f"{page} names no script or style"
    assert all(url.startswith("/docs/static/") for url in assets), assets
    assert "http://" not in html
    assert "https://" not in html


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_every_asset_of_the_docs_pages_answers_200(
    client: TestClient, page: str
) -> None:
    assets = ASSET.findall(client.get(page).text)

    answers = {url: client.get(url).status_code for url in assets}

    assert set(answers.values()) == {200}, answers


def test_swagger_ui_has_no_online_validator(client: TestClient) -> None:
    html = client.get("/docs").text

    assert '"validatorUrl": null' in html


def test_the_openapi_document_the_pages_load_is_served(client: TestClient) -> None:
    response = client.get("/openapi.json")

    assert response.status_code == 200
    assert "/v1/cases" in response.json()["paths"]
