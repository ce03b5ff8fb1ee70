"""How the meeting's events of earlier shapes are read today (upcasting).

See `case_upcasts.py` for the rule: a new `class_version`, and a function
here that turns the stored state of one version into the next.
"""

from __future__ import annotations

from domain.case_upcasts import State, basis_of_v1


def disclosure_basis(state: State) -> None:
    """v1 → v2: `basis` retyped from a word to a `Basis`; a flag added."""
    state["basis"] = basis_of_v1(state["basis"], state["consent_ids"], state)
    state["recorded_after_end"] = False


def consents_heard(state: State) -> None:
    """v1 → v2: a field added. Version 1 kept no consents for decisions."""
    state["consent_ids"] = {}
