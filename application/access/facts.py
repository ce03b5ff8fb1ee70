"""The facts the access policy judges by: who owns a case, who shares it today.

Pure data and pure derivations; the rules themselves are in `policy.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.case import Case


@dataclass(frozen=True)
class CaseFacts:
    """What the policy needs to know of a case, as of today.

    `shared` maps each agency with a lawful basis to read the case today to
    the categories of information it may see; `involved` are the agencies
    working on it under an accepted referral whose basis still holds;
    `statutes` names the statute an agency's access rests on, if any;
    `named` are the agencies the case names anywhere, today or ever: in a
    consent, a referral (either end) or a plan's roles. An agency with none
    of these ties may not learn that the case exists.
    """

    owner: str
    involved: frozenset[str] = frozenset()
    shared: Mapping[str, frozenset[str]] = field(default_factory=dict)
    statutes: Mapping[str, str] = field(default_factory=dict)
    named: frozenset[str] = frozenset()
    case_id: UUID | None = None  # to refuse a stranger as an unknown id is
    # While the person's use is suspended (利用停止): the users handling the
    # request, who alone may still act on the case; None when not suspended.
    suspended_for: frozenset[str] | None = None

    def is_known_to(self, agency: str) -> bool:
        """Whether the agency has any tie to the case (owner, named, sharing)."""
        ties = {self.owner, *self.named, *self.involved, *self.shared}
        return agency in ties


@dataclass(frozen=True)
class MeetingFacts:
    """The convening agency and the member agencies of a meeting."""

    convened_by: str
    agencies: frozenset[str]


@dataclass(frozen=True)
class HouseholdFacts:
    """Who may know of a household, and who may change its membership.

    `known`: the agency that formed it and every agency tied to one of its
    cases (R11); `managers`: the agency that formed it and the holders of
    its cases. Any other agency is answered as for an unknown id.
    """

    household_id: UUID
    known: frozenset[str]
    managers: frozenset[str]

    def is_known_to(self, agency: str) -> bool:
        return agency in self.known


@dataclass(frozen=True)
class Scope:
    """What an allowed caller may see: everything, or a consented share."""

    agency: str
    full: bool
    categories: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return "full" if self.full else "shared"


@dataclass(frozen=True)
class Facts:
    """The resource an action is about; absent facts deny rules needing them."""

    agency: str | None = None  # the agency a new record is made for
    case: CaseFacts | None = None
    meeting: MeetingFacts | None = None
    # The agencies holding a case of the person a request is about (本人の権利).
    person_holders: frozenset[str] | None = None
    household: HouseholdFacts | None = None


def case_facts(case: Case, today: date) -> CaseFacts:
    """Who may read or work on the case today: the domain's rules (R2, R4)."""
    referred = case.referred_on(today)
    return CaseFacts(
        owner=case.owner,
        involved=frozenset(referred),
        shared=case.shares_on(today),
        statutes={a: b.statute for a, b in referred.items() if b.statute},
        named=named_agencies(case),
        case_id=case.id,
    )


def named_agencies(case: Case) -> frozenset[str]:
    """Every agency the case names: intake, holder, consents, referrals, plans."""
    consents = (a for c in case.consents.values() for a in c.agencies)
    referrals = (
        a for r in case.referrals.values() for a in (r.from_agency, r.to_agency)
    )
    roles = (
        r.agency
        for p in case.plans.values()
        for v in p.revisions
        for r in v.statement.roles
    )
    makers = (p.agency for p in case.plans.values() if p.agency is not None)
    holders = {case.intake.agency, case.owner}  # who took it in, who holds it now
    return frozenset({*holders, *consents, *referrals, *roles, *makers})
