"""Property: replaying a case's stored events gives exactly the live state.

Random sequences of commands (some refused by the rules) run against a live
aggregate that is saved after each one; the case loaded back, from snapshots
and from a full replay, must equal it. Runs through the real mapper: the
whole-event cipher, compression and per-person keys.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any
from uuid import UUID, uuid4

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.case_ledger import CaseLedger
from application.people.keys import Keyring, derive_keys
from domain.basis import Basis
from domain.case import Case
from domain.consent import Consent
from domain.errors import DomainError
from domain.personal import Personal
from domain.referral import Referral, ReferralStatus
from interfaces.config import Settings
from tests.application.given import a_clock, given_opened_case
from tests.application.plan_ops import PLAN_OPS, Timeline, apply_plan_op, plan_ops

AGENCIES = ("chuo_houkatsu", "shakyo", "fukushi_ka")
PURPOSES = ("information_sharing", "referral", "coordinated_support_meeting")
START = date(2026, 5, 12)


class SmallSnapshotLedger(CaseLedger):
    """Snapshots every 5 events, so the examples exercise them too."""

    snapshotting_intervals = {Case: 5}  # noqa: RUF012


days = st.integers(min_value=0, max_value=200)
ops = st.one_of(
    st.tuples(
        st.just("grant"),
        st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=3, unique=True),
        st.lists(st.sampled_from(PURPOSES), min_size=1, max_size=3, unique=True),
        days,
        days,
    ),
    st.tuples(st.just("withdraw"), st.integers(0, 5), days),
    st.tuples(st.just("refer"), st.sampled_from(AGENCIES), days),
    st.tuples(
        st.just("step"),
        st.integers(0, 5),
        st.sampled_from([s for s in ReferralStatus if s != ReferralStatus.REQUESTED]),
        st.sampled_from(AGENCIES),
        days,
    ),
    st.tuples(st.just("close"), days),
    st.tuples(st.just("reopen"), days),
    st.tuples(st.just("transfer"), st.sampled_from(AGENCIES), days, st.booleans()),
    st.tuples(st.just("assign"), st.sampled_from(AGENCIES), days),
    *plan_ops,
)


def nth(ids: list[str], index: int) -> UUID:
    return UUID(ids[index % len(ids)]) if ids else uuid4()


def apply(case: Case, t: Timeline, op: tuple[Any, ...]) -> None:
    person, by = case.intake.person_id, "prop"
    kind, *args = op
    if kind in PLAN_OPS:
        apply_plan_op(case, t, op)
    elif kind == "grant":
        agencies, purposes, start, length = args
        consent = Consent(
            uuid4(),
            "person",
            None,
            None,
            tuple(agencies),
            tuple(purposes),
            ("basic",),
            START + timedelta(start),
            START + timedelta(start + length),
        )
        case.grant_consent(consent, by, t.at(START + timedelta(start)))
    elif kind == "withdraw":
        day = START + timedelta(args[1])
        consent_id = nth(list(case.consents), args[0])
        case.withdraw_consent(consent_id, day, None, by, t.at(day))
    elif kind == "refer":
        day = START + timedelta(args[1])
        referral = Referral(
            uuid4(),
            "chuo_houkatsu",
            args[0],
            Personal(person, "理由"),
            day,
            Basis.of_consent(),
        )
        case.request_referral(referral, by, t.at(day))
    elif kind == "step":
        index, status, agency, offset = args
        day = START + timedelta(offset)
        case.move_referral(
            referral_id=nth(list(case.referrals), index),
            status=status,
            agency=agency,
            on=day,
            note=Personal(person, "記録"),
            recorded_by=by,
            recording=t.at(day),
        )
    elif kind == "close":
        day = START + timedelta(args[0])
        case.close(day, None, by, t.at(day), reason_code="goals_reached")
    elif kind in {"transfer", "assign"}:
        hand_over(case, t, op)
    else:
        day = START + timedelta(args[0])
        case.reopen(day, Personal(person, "再開"), by, t.at(day))


def hand_over(case: Case, t: Timeline, op: tuple[Any, ...]) -> None:
    kind, agency, offset, *rest = op
    day = START + timedelta(offset)
    if kind == "assign":
        case.assign_worker(
            worker="user-9",
            assigned_on=day,
            agency=agency,
            recorded_by="prop",
            recording=t.at(day),
        )
        return
    reason = Personal(case.intake.person_id, "命の危険")
    on_statute = Basis.of_statute("appi_operator_life_or_body", reason)
    case.transfer(
        to_agency=agency,
        transferred_on=day,
        basis=on_statute if rest[0] else Basis.of_consent(),
        note=None,
        recorded_by="prop",
        recording=t.at(day),
    )


def replay_all(ledger: CaseLedger, case_id: UUID) -> Case:
    case: Case | None = None
    for event in ledger.events.get(case_id):
        case = event.mutate(case)  # type: ignore[attr-defined]
    assert case is not None
    return case


def check_replay_equals_live(
    ledger: CaseLedger, program: list[tuple[Any, ...]]
) -> None:
    case_id = given_opened_case(ledger).case_id
    live, timeline = ledger.get_case(case_id), Timeline()
    for op in program:
        try:
            apply(live, timeline, op)
        except DomainError:
            continue  # a refusal emits nothing, and the rules say so elsewhere
        ledger.commit(live)

    loaded = ledger.get_case(case_id)

    assert vars(loaded) == vars(live)
    assert vars(replay_all(ledger, case_id)) == vars(live)


def in_memory_ledger() -> CaseLedger:
    keys = derive_keys(os.urandom(32))
    env = {
        "CIPHER_TOPIC": "eventsourcing.cryptography:AESCipher",
        "CIPHER_KEY": keys.event_cipher_key_b64,
        "COMPRESSOR_TOPIC": "eventsourcing.compressor:ZlibCompressor",
    }
    clock = a_clock()
    return SmallSnapshotLedger(
        env, keyring=Keyring(keys.wrapping_key), today=clock.today, now=clock.now
    )


MEMORY = in_memory_ledger()


@settings(max_examples=150, deadline=None)
@given(st.lists(ops, max_size=40))
def test_replay_equals_live_state_in_memory(program: list[tuple[Any, ...]]) -> None:
    check_replay_equals_live(MEMORY, program)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(program=st.lists(ops, max_size=25))
def test_replay_equals_live_state_on_each_store(
    settings_: Settings, program: list[tuple[Any, ...]]
) -> None:
    ledger = SmallSnapshotLedger(settings_.ledger_env(), keyring=settings_.keyring())
    ledger.create_tables()
    check_replay_equals_live(ledger, program)
    ledger.close()
