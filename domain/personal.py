"""Personal data (個人情報) as a value that knows whose it is."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

REDACTED_TEXT = "［消去済み］"


@dataclass(frozen=True, repr=False)
class Personal:
    """A piece of personal data (個人情報) belonging to one data subject.

    The subject is the person whose key protects the text at rest, so that
    destroying that one key erases exactly their data. `repr` never shows the
    text, so a stray log line cannot leak it.
    """

    subject_id: UUID
    text: str
    erased: bool = False

    @classmethod
    def redacted(cls, subject_id: UUID) -> Personal:
        return cls(subject_id=subject_id, text=REDACTED_TEXT, erased=True)

    def __repr__(self) -> str:
        state = "erased" if self.erased else "text hidden"
        return f"Personal(subject={self.subject_id}, {state})"

    __str__ = __repr__
