"""The city's retention periods from a TOML file (`JUSOU_RETENTION_FILE`).

Without the file the catalogue's defaults apply (`domain/catalogue/retention.py`),
which the city confirms. The file names the source (its 文書管理規程), the
article that sets the periods, how they are counted, and one table per kind:

    source = "大田原市文書管理規程"
    article = ""                # the article that sets these periods: the city's
    counted_from = "closed_on"  # or "next_fiscal_year" (1 April after the 年度)

    [[kind]]
    code = "consultation"
    label_ja = "相談支援記録（高齢・生活困窮）"
    years = 5
    fields = ["elderly_care", "livelihood"]
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from domain.catalogue.fields import Field
from domain.catalogue.retention import (
    CountedFrom,
    RetentionRule,
    RetentionSchedule,
)
from interfaces.environment import ConfigError

LONGEST_PERIOD_YEARS = 100


def read_schedule(path: str) -> RetentionSchedule:
    """The schedule in `path`; ConfigError naming the file and what is wrong."""
    where = f"JUSOU_RETENTION_FILE {path}"
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{where}: {exc}") from None
    try:
        return _schedule(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _schedule(data: dict[str, Any]) -> RetentionSchedule:
    counted_from = str(data.get("counted_from", CountedFrom.CLOSED_ON.value))
    if counted_from not in set(CountedFrom):
        raise ValueError(f"counted_from must be one of {sorted(CountedFrom)}")
    rules = tuple(_rule(kind) for kind in data["kind"])
    if not rules:
        raise ValueError("at least one [[kind]] is needed")
    return RetentionSchedule(
        rules=rules,
        source=str(data.get("source", RetentionSchedule.source)),
        article=str(data.get("article", "")),
        counted_from=counted_from,
    )


def _rule(kind: dict[str, Any]) -> RetentionRule:
    years = kind["years"]
    if not isinstance(years, int) or not 0 < years <= LONGEST_PERIOD_YEARS:
        raise ValueError(f"kind {kind.get('code')}: years must be 1…100")
    fields = tuple(str(f) for f in kind["fields"])
    unknown = set(fields) - {f.value for f in Field}
    if unknown:
        raise ValueError(f"kind {kind.get('code')}: unknown fields {sorted(unknown)}")
    return RetentionRule(str(kind["code"]), str(kind["label_ja"]), years, fields)
