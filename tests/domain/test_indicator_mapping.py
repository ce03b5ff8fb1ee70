"""docs/indicators.md maps every indicator to events and kinds that exist."""

from __future__ import annotations

import re
from pathlib import Path

from domain.catalogue import INDICATOR_IDS
from domain.catalogue.activities import ActivityKind
from domain.catalogue.community_kinds import CommunityKind, TallyKind
from domain.catalogue.facilities import FacilityType

DOC = (Path(__file__).parents[2] / "docs" / "indicators.md").read_text()
ROWS = [line for line in DOC.splitlines() if re.match(r"^\| \d+ \|", line)]
KINDS = {k.value for k in (*ActivityKind, *CommunityKind, *TallyKind, *FacilityType)}


def test_every_indicator_has_exactly_one_row_in_order() -> None:
    ids = [row.split("|")[2].strip().strip("`") for row in ROWS]

    assert ids == list(INDICATOR_IDS)
    assert len(ids) == 29


def test_every_kind_named_in_a_rule_exists_in_the_catalogue() -> None:
    named = {
        name
        for row in ROWS
        for found in re.findall(r"kinds? `(\w+)`|type `(\w+)`|tally `(\w+)`", row)
        for name in found
        if name
    }

    assert len(named) > 20
    assert named <= KINDS
