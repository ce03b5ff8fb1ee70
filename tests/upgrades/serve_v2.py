"""`jusou serve` with the caseloads read model at version 2 (tests only).

Run as `python -m tests.upgrades.serve_v2 GATE_FILE` from the repository's
root: the service a city would get after upgrading to code that bumped the
version. Its rebuild waits until GATE_FILE exists (`caseloads_v2.GATE`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from interfaces.cli.main import app
from tests.upgrades.caseloads_v2 import install

if __name__ == "__main__":
    install(Path(sys.argv[1]))
    app(["serve"])
