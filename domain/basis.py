"""The lawful basis of a share (提供の根拠): a consent, a 支援会議, or a statute.

Every act that lets another agency learn about a person records the basis it
rested on, as it stood when it was recorded; history never changes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from domain.catalogue.statutes import STATUTES_BY_CODE, Provider, Statute
from domain.errors import InvalidBasisError, StatuteNotApplicableError
from domain.personal import Personal


class BasisKind(StrEnum):
    """The three kinds of lawful basis. Stored in events: never rename."""

    CONSENT = "consent"  # the person's consent (同意), within its scope
    SUPPORT_MEETING = "support_meeting"  # 社会福祉法第106条の6 (支援会議)
    STATUTE = "statute"  # 法令に基づく場合


@dataclass(frozen=True)
class Basis:
    """What an act of sharing rested on, with its reference.

    A consent is named by its id, a 支援会議 by its meeting id, a statute by
    its code in the catalogue and the reason it was invoked (personal data:
    the reason tells about the person).
    """

    kind: str
    consent_id: UUID | None = None
    meeting_id: UUID | None = None
    statute: str | None = None
    reason: Personal | None = None

    @classmethod
    def of_consent(cls, consent_id: UUID | None = None) -> Basis:
        """A consent: this one, or (None) whichever covers the act."""
        return cls(BasisKind.CONSENT.value, consent_id=consent_id)

    @classmethod
    def of_meeting(cls, meeting_id: UUID) -> Basis:
        return cls(BasisKind.SUPPORT_MEETING.value, meeting_id=meeting_id)

    @classmethod
    def of_statute(cls, code: str, reason: Personal) -> Basis:
        basis = cls(BasisKind.STATUTE.value, statute=code, reason=reason)
        basis.law()
        return basis

    @property
    def is_consent(self) -> bool:
        return self.kind == BasisKind.CONSENT

    @property
    def is_statute(self) -> bool:
        return self.kind == BasisKind.STATUTE

    def law(self) -> Statute:
        """The statute invoked; refuses a code the catalogue does not know."""
        statute = STATUTES_BY_CODE.get(self.statute or "")
        if statute is None:
            raise InvalidBasisError(f"unknown statute: {self.statute}")
        if self.reason is None or not self.reason.text.strip():
            raise InvalidBasisError("a statutory basis names its reason")
        return statute

    def describe(self) -> str:
        """A one-line account for the trail: kind and reference, no reason."""
        reference = self.consent_id or self.meeting_id or self.statute
        return f"{self.kind}:{reference}"


_MUNICIPAL = frozenset({"city", "direct"})  # city sections and agencies it runs


def check_statute_share(
    basis: Basis, sharer: str, operations: Mapping[str, str], recipients: Iterable[str]
) -> None:
    """Refuse a statute invoked by the wrong kind of body or to the wrong body.

    The APPI's public-body rule (Art. 69) binds the city and what it runs
    itself; its operator rule (Art. 27) binds consigned and private bodies;
    an abuse notification goes to the municipality. `operations` maps agency
    codes to how the registry says each is run.
    """
    law = basis.law()
    municipal = operations.get(sharer) in _MUNICIPAL
    if law.provider is Provider.MUNICIPAL and not municipal:
        raise StatuteNotApplicableError(f"{law.citation_ja}: {sharer} is not the city")
    if law.provider is Provider.OPERATOR and municipal:
        raise StatuteNotApplicableError(f"{law.citation_ja}: {sharer} is the city")
    if law.to_municipality_only:
        others = [a for a in recipients if operations.get(a) not in _MUNICIPAL]
        if others:
            raise StatuteNotApplicableError(
                f"{law.citation_ja} notifies the municipality, not {others}"
            )
