"""Pages from Jinja2 templates: 令和 dates, the navigation, safe headers.

Every page is served with a Content-Security-Policy that allows only the
service's own scripts, styles and images (no CDN, no inline script), is
never cached, and says who is signed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from application.access.policy import Action
from application.forms.wareki import wareki
from domain.catalogue import TOKYO, reiwa_label
from interfaces.http.pages.viewer import Viewer, viewer_of
from interfaces.labels import project_ja

TEMPLATES = Path(__file__).parent / "templates"
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


@dataclass(frozen=True)
class Link:
    href: str
    label: str
    action: Action


NAVIGATION = (
    Link("/ui/indicators", "評価指標", Action.VIEW_INDICATORS),
    Link("/ui/caseloads", "ケース担当状況", Action.READ_CASELOADS),
    Link("/ui/cases", "ケース一覧", Action.LIST_CASES),
    Link("/ui/audit/disclosures", "開示記録", Action.READ_AUDIT_TRAIL),
    Link("/ui/audit/access-log", "アクセス記録", Action.READ_AUDIT_TRAIL),
)


def instant(moment: datetime | None) -> str:
    """A recording time in Tokyo, in 令和: 令和8年6月30日 14:05:09."""
    if moment is None:
        return "—"
    local = moment.astimezone(TOKYO)
    return f"{wareki(local.date())} {local:%H:%M:%S}"


def day(value: date | None) -> str:
    return "—" if value is None else wareki(value)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        instant=instant, day=day, fiscal_year=reiwa_label, project=project_ja
    )
    return env


ENVIRONMENT = _environment()


def navigation(viewer: Viewer | None, path: str) -> list[dict[str, Any]]:
    if viewer is None:
        return []
    return [
        {"href": x.href, "label": x.label, "current": path == x.href}
        for x in NAVIGATION
        if viewer.may(x.action)
    ]


def page(
    request: Request, template: str, title: str, *, answer: int = 200, **context: Any
) -> HTMLResponse:
    """The page `template` with `context`, for whoever is signed in."""
    viewer = viewer_of(request)
    html = ENVIRONMENT.get_template(template).render(
        title=title,
        viewer=viewer,
        nav=navigation(viewer, request.url.path),
        **context,
    )
    return HTMLResponse(html, answer, HEADERS)
