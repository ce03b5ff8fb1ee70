"""FastAPI dependencies: the ledger kept on `app.state` by the lifespan."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from application.cases import CaseLedger


def get_ledger(request: Request) -> CaseLedger:
    ledger: CaseLedger = request.app.state.ledger
    return ledger


Ledger = Annotated[CaseLedger, Depends(get_ledger)]
