"""How the case's events of earlier shapes are read today (upcasting).

Stored events are never rewritten. When an event's shape changes, its class
gets the next `class_version` and a rule `upcast_vN_vN+1` that turns the
stored state of version N into version N+1, here. The library applies them
in order when it reads an event (after decoding its values), so every
version ever stored keeps reading. The past ledger in `tests/fixtures/`
proves it on real stored events.
"""

from __future__ import annotations

from typing import Any

from domain.basis import Basis

State = dict[str, Any]
ART_106_6 = "social_welfare_act_106_6"  # how version 1 named the 支援会議 basis


def withdrawal_recorded_at(state: State) -> None:
    """v1 → v2: a field added. The withdrawal was recorded at the event's time."""
    state["recorded_at"] = state["timestamp"]


def plan_agency_and_basis(state: State) -> None:
    """v1 → v2: fields added. Version 1 kept neither the agency nor a basis."""
    state["agency"] = None
    state["basis"] = None


def revision_basis(state: State) -> None:
    """v1 → v2: a field added, the basis of a revision by another agency."""
    state["basis"] = None


def activity_basis(state: State) -> None:
    """v1 → v2: fields added: the basis of another agency's work, a correction."""
    state["basis"] = None
    state["replaces"] = None


def disclosure_on_case(state: State) -> None:
    """v1 → v2: a field renamed (`on` → `held_on`) and one retyped (`basis`).

    Version 1 named the basis by a word: "consent" (the consent ids beside
    it) or the 支援会議's article. It was never recorded after a consent ended.
    """
    state["held_on"] = state.pop("on")
    state["basis"] = basis_of_v1(state["basis"], state["consent_ids"], state)
    state["recorded_after_end"] = False


def basis_of_v1(word: str, consent_ids: dict[str, Any], state: State) -> Basis:
    """The `Basis` a version-1 disclosure's word meant."""
    if word == ART_106_6:
        return Basis.of_meeting(state.get("meeting_id") or state["originator_id"])
    return Basis.of_consent(next(iter(consent_ids.values())))


def closure_reason_code(state: State) -> None:
    """v1 → v2: a field added. Closures before coded reasons say so."""
    state["reason_code"] = "unrecorded"


def plan_assessment(state: State) -> None:
    """v2 → v3: a field added. Plans made before assessments named none."""
    state["assessment_id"] = None
