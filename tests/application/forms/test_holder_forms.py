"""Who holds a case and whether it is closed, as its forms print it (both stores).

担当 at the head of a case's form is the holding agency, marked （移管） after a
transfer, and the case's worker, （未定） until the new holder names one; 状況
and, once closed, 終結理由 print in 受付.
"""

from __future__ import annotations

from datetime import UTC, datetime

from application.case_ledger import CaseLedger
from application.demo.form_case import seed_form_case
from application.forms.model import FormKind
from tests.application.forms.given_cycle import assign_and_close, transfer
from tests.application.forms.read_form import labels, value


def test_a_transferred_case_prints_its_holder_and_then_its_worker(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)
    transfer(ledger, seeded)

    waiting = ledger.case_form(seeded.receiver, seeded.case_id, FormKind.PLAN)
    assign_and_close(ledger, seeded)
    named = ledger.case_form(seeded.receiver, seeded.case_id, FormKind.PLAN)

    assert waiting.staff == "大田原市社会福祉協議会（移管）　（未定）"
    assert named.staff == "大田原市社会福祉協議会（移管）　相談員 社協二"
    assert waiting.view == "full"  # the holder reads the whole case


def test_a_closed_case_prints_why_and_as_of_before_it_is_open(
    ledger: CaseLedger,
) -> None:
    seeded = seed_form_case(ledger)
    transfer(ledger, seeded)
    before = datetime.now(UTC)
    assign_and_close(ledger, seeded)

    closed = ledger.case_form(seeded.receiver, seeded.case_id, FormKind.INTAKE_CONSENT)
    open_then = ledger.case_form(
        seeded.receiver, seeded.case_id, FormKind.INTAKE_CONSENT, as_of=before
    )

    assert value(closed, "状況") == "終結（令和8年6月30日）"
    assert value(closed, "終結理由") == "目標の達成・課題の解決"
    assert value(open_then, "状況") == "対応中"
    assert "終結理由" not in labels(open_then)
