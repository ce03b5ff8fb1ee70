"""Test-only versions of the caseloads read model, slow enough to read through.

Version 2 keeps each case's intake month (`caseload_cases.opened_month`),
written by its handler. Its queries are version 1's, so readers of the
version 1 tables keep working until the switch; `opened_months()` shows a
query written for both versions.

Both declarations here rebuild slowly enough to be watched: an intake takes
`DELAY` to apply, and when `GATE` names a file, no batch starts before that
file exists (a test opens the gate once it has seen readers read meanwhile).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventsourcing.persistence import Tracking

import projections.read_models
from projections.caseload_view import CaseloadRow
from projections.caseloads import CaseloadsProjection
from projections.caseloads_sql import CaseloadsSQLView
from projections.declared import ReadModel
from projections.read_models import READ_MODELS
from projections.targets import Table

DELAY = 0.01
GATE: Path | None = None
GATE_SECONDS = 60.0
_V1 = CaseloadsSQLView.tables[0]
_INSERT = (
    "INSERT INTO {caseload_cases} (case_id, agency, worker, opened_on, "
    "closed_on, opened_month) VALUES (?, ?, ?, ?, ?, ?)"
)
_FIELD = "INSERT INTO {caseload_fields} VALUES (?, ?)"
_MONTHS = {
    1: "SELECT substr(opened_on, 1, 7) AS month, COUNT(*) AS cases "
    "FROM {caseload_cases} GROUP BY 1 ORDER BY 1",
    2: "SELECT opened_month AS month, COUNT(*) AS cases "
    "FROM {caseload_cases} GROUP BY 1 ORDER BY 1",
}


class SlowCaseloadsView(CaseloadsSQLView):
    """Version 1, unchanged but for the time a rebuild takes."""

    @contextmanager
    def batch(
        self, application_name: str | None = None, position: int | None = None
    ) -> Iterator[None]:
        wait_at_the_gate()  # before the transaction opens: no lock is held
        with super().batch(application_name, position):
            yield

    def open_case(self, row: CaseloadRow, tracking: Tracking) -> None:
        time.sleep(DELAY)
        super().open_case(row, tracking)


class CaseloadsV2View(SlowCaseloadsView):
    tables = (
        Table(_V1.name, _V1.columns + ", opened_month TEXT NOT NULL"),
        *CaseloadsSQLView.tables[1:],
    )

    def open_case(self, row: CaseloadRow, tracking: Tracking) -> None:
        time.sleep(DELAY)
        opened = row.opened_on.isoformat()
        params = (row.case_id, row.agency, row.worker, opened, None, opened[:7])
        with self.tracked(tracking) as tx:
            tx.run(_INSERT, params)
            tx.many(_FIELD, [(row.case_id, field) for field in set(row.fields)])

    def opened_months(self) -> dict[str, int]:
        """Cases by intake month: from either version's tables."""
        return {row["month"]: int(row["cases"]) for row in self.read(_MONTHS)}


def wait_at_the_gate() -> None:
    deadline = time.monotonic() + GATE_SECONDS
    while GATE is not None and not GATE.exists() and time.monotonic() < deadline:
        time.sleep(0.02)


# The code's version and the next: these tests stay true whenever it is bumped.
OLD = CaseloadsProjection.version
NEW = OLD + 1


class CaseloadsV2(CaseloadsProjection):
    name = "caseloads"  # the library names a subclass after itself otherwise
    version = NEW


def with_caseloads(caseloads: ReadModel) -> tuple[ReadModel, ...]:
    return tuple(caseloads if m.name == "caseloads" else m for m in READ_MODELS)


V2 = with_caseloads(ReadModel(CaseloadsV2, CaseloadsV2View))
SLOW_V1 = with_caseloads(ReadModel(CaseloadsProjection, SlowCaseloadsView))


def install(gate: Path | None = None) -> None:
    """From now on this process declares caseloads at version 2."""
    global GATE  # noqa: PLW0603 (the one setting of a test-only process)
    GATE = gate
    projections.read_models.READ_MODELS = V2
