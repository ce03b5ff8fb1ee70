"""A page's refusals as pages: 403 saying why, never a 500 or an empty table.

`PageRoute` runs the page and turns the same refusals the API answers with
problem+json into an HTML page with the same status: the policy's refusal
with its reason in Japanese (the access log keeps the same reason), an
unknown page, an invalid query. Without a session the page sends the
browser to the sign-in form, and back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError

from application.access.reads import refusal_reason
from application.errors import (
    AccessLogUnavailableError,
    AuthenticationError,
    ForbiddenError,
    InvalidAsOfError,
    NotFoundError,
)
from domain.errors import DomainError
from interfaces.http.pages.render import page
from interfaces.http.pages.viewer import viewer_of
from interfaces.http.problems import RETRY_AFTER_SECONDS, status_for

REFUSALS = (
    ForbiddenError,
    NotFoundError,
    InvalidAsOfError,
    DomainError,
    AccessLogUnavailableError,  # no record of the read, no read: 503
)
WHY_JA = {
    "forbidden": "この役割（{role}）では、このページを表示できません。",
    "not_your_agency": "所属機関（{agency}）の担当範囲外です。",
    "consent_required": (
        "所属機関（{agency}）には、このケースを見る根拠"
        "（本日有効な同意、または受理されたつなぎ）がありません。"
    ),
    "agency_inactive": "所属機関（{agency}）は機関台帳で廃止・休止されています。",
    "use_suspended": (
        "ご本人の請求により、この方の情報の利用が停止されています（利用停止）。"
        "請求を担当する職員のみが扱えます。"
    ),
    "not_found": (
        "見つかりません。存在しないか、所属機関（{agency}）に知る根拠がありません。"
    ),
    "invalid_request": "指定された条件が正しくありません。",
    "access_log_unavailable": (
        "閲覧を記録できなかったため、表示しませんでした（記録のない閲覧はしません）。"
        "しばらくしてから再読み込みしてください。"
    ),
}
TITLES_JA = {
    403: "表示できません（403）",
    404: "見つかりません（404）",
    503: "一時的に表示できません（503）",
}
Handler = Callable[[Request], Coroutine[Any, Any, Response]]


def refusal_page(request: Request, refusal: Exception) -> Response:
    invalid = isinstance(refusal, RequestValidationError | ValidationError)
    status = 422 if invalid else (status_for(refusal) or 409)
    reason = "invalid_request" if invalid else refusal_reason(refusal)
    viewer = viewer_of(request)
    fill = {
        "role": viewer.role_ja if viewer else "—",
        "agency": viewer.agency_ja if viewer else "—",
    }
    why = WHY_JA.get(reason, "この操作はできません。").format(**fill)
    title = TITLES_JA.get(status, f"表示できません（{status}）")
    response = page(
        request, "refusal.html", title, answer=status, why=why, reason=reason
    )
    if status == 503:  # noqa: PLR2004 (retry shortly, as the API says)
        response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response


def sign_in_first(request: Request) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/ui/signin?next={quote(target, safe='')}", 303)


class PageRoute(APIRoute):
    """An APIRoute whose refusals are pages (the API's own stay problem+json)."""

    def get_route_handler(self) -> Handler:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except AuthenticationError:
                return sign_in_first(request)
            except (*REFUSALS, RequestValidationError, ValidationError) as refusal:
                return refusal_page(request, refusal)

        return guarded
