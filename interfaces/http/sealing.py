"""The sealing thread of `jusou serve`, started and stopped by the lifespan."""

from __future__ import annotations

from datetime import timedelta

from application.case_ledger import CaseLedger
from application.integrity.sealing import SealingLoop
from interfaces.config import Settings


def start_sealing(ledger: CaseLedger, settings: Settings) -> SealingLoop:
    """Seal every second; sign a checkpoint when one is due (if a key is set)."""
    every = timedelta(seconds=settings.checkpoint_seconds)
    loop = SealingLoop(ledger.integrity, settings.signer(), checkpoint_every=every)
    loop.start()
    return loop
