"""The worked example of docs/upgrading.md, on events the past ledger stored.

Each kind of change to a stored shape, read back from `ledger-fy2026-v1`:
a field added with its default, a field renamed, a value retyped, a value
object's field replaced, and classes moved to another module.
"""

from __future__ import annotations

from typing import Any

from application.case_ledger import CaseLedger
from domain.access_record import AccessRecord
from domain.basis import Basis, BasisKind
from domain.case import Case
from domain.community.tally import Tally
from domain.meeting import Meeting
from projections.indicators_projection import IndicatorsProjection


def stored(ledger: CaseLedger, topic: str) -> list[Any]:
    """Every event stored under `topic`, decoded by today's code."""
    notifications = ledger.recorder.select_notifications(1, 10_000, topics=[topic])
    assert notifications, f"the past ledger holds no {topic}"
    return [ledger.mapper.to_domain_event(n) for n in notifications]


def test_a_field_added_with_its_default_reads_as_that_default(
    past: CaseLedger,
) -> None:
    records = stored(past, "domain.access_record:AccessRecord.Recorded")

    assert all(isinstance(r, AccessRecord.Recorded) for r in records)
    assert {(r.outcome, r.reason, r.basis) for r in records} == {
        ("allowed", None, None)
    }


def test_a_field_added_from_the_events_own_envelope(past: CaseLedger) -> None:
    (withdrawn,) = stored(past, "domain.case:Case.ConsentWithdrawn")

    assert isinstance(withdrawn, Case.ConsentWithdrawn)
    assert withdrawn.recorded_at == withdrawn.timestamp


def test_a_renamed_field_and_a_retyped_value_read_in_their_new_shape(
    past: CaseLedger,
) -> None:
    notes = stored(past, "domain.case:Case.DisclosedAtMeeting")

    assert {type(n.basis) for n in notes} == {Basis}
    assert all(not hasattr(n, "on") and n.held_on for n in notes)
    for note in notes:
        if note.basis.kind == BasisKind.CONSENT:
            assert note.basis.consent_id in note.consent_ids.values()
        else:
            assert note.basis.meeting_id == note.meeting_id


def test_a_meetings_basis_word_reads_as_a_basis(past: CaseLedger) -> None:
    disclosed = stored(past, "domain.meeting:Meeting.InformationDisclosed")

    assert all(isinstance(d, Meeting.InformationDisclosed) for d in disclosed)
    kinds = {d.basis.kind for d in disclosed}
    assert kinds <= {BasisKind.CONSENT, BasisKind.SUPPORT_MEETING}
    assert all(d.recorded_after_end is False for d in disclosed)


def test_a_value_objects_replaced_field_is_upcast_inside_the_event(
    past: CaseLedger,
) -> None:
    requested = stored(past, "domain.case:Case.ReferralRequested")

    for event in requested:
        basis = event.referral.basis
        assert (basis.kind, type(basis.consent_id).__name__) == ("consent", "UUID")
        assert not hasattr(event.referral, "basis_consent_id")


def test_a_moved_class_is_read_from_its_old_topic(past: CaseLedger) -> None:
    reported = stored(past, "domain.tally:Tally.Reported")

    assert all(type(r) is Tally.Reported for r in reported)
    assert Tally.__module__ == "domain.community.tally"


def test_the_read_models_follow_a_moved_class_under_both_topics() -> None:
    topics = set(IndicatorsProjection.topics)

    assert {
        "domain.tally:Tally.Reported",
        "domain.community.tally:Tally.Reported",
    } <= topics
    assert "domain.community_record:CommunityRecord.Recorded" in topics
