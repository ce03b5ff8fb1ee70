"""The 達成率 colours: WCAG AA contrast, and the style sheet uses exactly them."""

from __future__ import annotations

import re

import pytest

from interfaces.http.pages.colours import (
    AA_NORMAL_TEXT,
    BANDS,
    Band,
    band_of,
    contrast,
)
from interfaces.http.pages.site import STATIC


def test_contrast_follows_the_wcag_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("band", BANDS, ids=lambda b: b.name)
def test_each_band_reaches_aa_for_normal_text(band: Band) -> None:
    assert contrast(band.text, band.background) >= AA_NORMAL_TEXT


@pytest.mark.parametrize("band", BANDS, ids=lambda b: b.name)
def test_the_style_sheet_paints_each_band_with_its_declared_colours(
    band: Band,
) -> None:
    css = (STATIC / "style.css").read_text()

    rule = re.search(rf"\.ratio-{band.name} \{{([^}}]*)\}}", css)

    assert rule is not None
    assert f"color: {band.text};" in rule.group(1)
    assert f"background-color: {band.background};" in rule.group(1)


@pytest.mark.parametrize(
    ("ratio", "name"),
    [(None, "unset"), (0.0, "behind"), (0.79, "behind"), (0.8, "near"), (1.0, "met")],
)
def test_a_ratio_falls_in_its_band(ratio: float | None, name: str) -> None:
    assert band_of(ratio).name == name
