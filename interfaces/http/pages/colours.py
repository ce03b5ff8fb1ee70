"""The colours of 達成率 (achievement), declared once, with their contrast.

Each band has a word as well as a colour (colour is never the only cue,
WCAG 1.4.1), and its text on its background reaches at least 4.5:1 (WCAG
2.x AA for normal text, 1.4.3); `static/style.css` uses these values and
`tests/interfaces/pages/test_colours.py` checks both.
"""

from __future__ import annotations

from dataclasses import dataclass

AA_NORMAL_TEXT = 4.5
NEAR = 0.8  # 80 % of the target or more: nearly there


@dataclass(frozen=True)
class Band:
    name: str  # the CSS class: ratio-<name>
    label_ja: str
    text: str  # #rrggbb
    background: str


BANDS = (
    Band("met", "達成", "#0a5c2b", "#e6f4ea"),
    Band("near", "概ね達成", "#6b4800", "#fff4d6"),
    Band("behind", "未達", "#a1151b", "#fdecea"),
    Band("unset", "目標未設定", "#404040", "#eeeeee"),
)
BY_NAME = {band.name: band for band in BANDS}


def band_of(ratio: float | None) -> Band:
    if ratio is None:
        return BY_NAME["unset"]
    if ratio >= 1:
        return BY_NAME["met"]
    return BY_NAME["near"] if ratio >= NEAR else BY_NAME["behind"]


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4  # noqa: PLR2004


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of `#rrggbb`."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(text: str, background: str) -> float:
    """WCAG 2.x contrast ratio, 1 … 21."""
    lighter, darker = sorted((luminance(text), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
