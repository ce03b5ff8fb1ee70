"""Which cases are handed to another agency (移管) during the year, and when.

A case moves when the person moves to another window's area: chosen among
open cases with a consent that names a partner window, after the last act
planned on the case, so nothing its first agency does comes after. The
consent is widened to every category the case reveals, as a transfer needs.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from application.demo.cases_plan import scaled
from application.demo.model import DemoCase, MeetingPlan, TransferPlan
from application.demo.year import DemoYear
from domain.catalogue import agency as catalogue_agency
from domain.catalogue.agency_entry import Operation
from domain.catalogue.categories import FIELD_CATEGORIES, ISSUE_CATEGORIES

TRANSFERS = 12  # a year at scale 1.0


def plan_transfers(
    rng: random.Random,
    year: DemoYear,
    scale: float,
    cases: Sequence[DemoCase],
    meetings: Sequence[MeetingPlan],
) -> None:
    discussed = {case.key for meeting in meetings for case in meeting.cases}
    movable = [
        (case, to)
        for case in cases
        if case.key not in discussed
        for to in [_receiver(case)]
        if to is not None
    ]
    wanted = min(len(movable), scaled(rng, TRANSFERS, scale))
    for case, to in rng.sample(movable, wanted):
        on = year.later(rng, _last_act(case), 7, 30)
        consent = case.consent
        if on is None or consent is None or on < consent.given_on:
            continue
        consent.categories = tuple(sorted({*consent.categories, *_revealed(case)}))
        case.transfer = TransferPlan(to, on)


def _receiver(case: DemoCase) -> str | None:
    """A partner window the consent names, for an open case nothing else waits on."""
    consent = case.consent
    if consent is None or consent.withdrawn_on or case.closes_on or case.plans:
        return None
    if case.referral is not None:
        return None
    windows = [
        a
        for a in consent.agencies
        if a != case.agency and catalogue_agency(a).operation != Operation.CITY
    ]
    return windows[0] if windows else None


def _last_act(case: DemoCase) -> date:
    days = [
        case.opened_on,
        *(f.occurred_on for fs in case.activities.values() for f in fs),
    ]
    if case.consent is not None:
        days.append(case.consent.given_on)
    return max(days)


def _revealed(case: DemoCase) -> set[str]:
    revealed = {"basic"}
    for code in case.fields:
        revealed |= FIELD_CATEGORIES.get(code, frozenset())
    for code in case.issues:
        revealed |= ISSUE_CATEGORIES.get(code, frozenset())
    return {str(c) for c in revealed}
