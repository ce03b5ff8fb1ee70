"""FastAPI dependencies: the ledger kept on `app.state` by the lifespan."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from application.case_ledger import CaseLedger


async def get_ledger(request: Request) -> CaseLedger:
    # async: it does no I/O, and a sync dependency costs a thread-pool hop on
    # every request (measured in docs/benchmarks.md).
    ledger: CaseLedger = request.app.state.ledger
    return ledger


Ledger = Annotated[CaseLedger, Depends(get_ledger)]
