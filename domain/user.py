"""Users of the ledger (利用者) and their API tokens, as history."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import InvalidUserError, TokenRevokedError, UserDeactivatedError


class Role(StrEnum):
    """What a user may do (権限): checked by the access policy."""

    CASEWORKER = "caseworker"  # 相談支援員
    SUPERVISOR = "supervisor"  # 管理者
    COORDINATOR = "coordinator"  # 会議の調整役 (city section or 多機関協働)
    AUDITOR = "auditor"  # 監査
    REPORTER = "reporter"  # 集計・報告
    ADMIN = "admin"  # 利用者と機関台帳の管理


class User(Aggregate):
    """A member of staff acting for one agency in one role (利用者).

    Who could access what, and when, is history: grants and deactivations
    are events. The display name is staff data, not a subject's: it is kept
    under the whole-event cipher only.
    """

    class Registered(Aggregate.Created):
        """The user was registered with an agency and a role (利用者登録)."""

        name: str
        agency: str
        role: str
        recorded_by: str

    class Deactivated(Aggregate.Event):
        """The user may no longer act (利用停止)."""

        deactivated_on: date
        reason: str
        recorded_by: str

    @event(Registered)
    def __init__(
        self, id: UUID, name: str, agency: str, role: str, recorded_by: str
    ) -> None:
        self.name = name
        self.agency = agency
        self.role = role
        self.deactivated_on: date | None = None

    @classmethod
    def register(
        cls, user_id: UUID, name: str, agency: str, role: str, recorded_by: str
    ) -> User:
        if not name.strip():
            raise InvalidUserError("a user needs a name")
        if role not in set(Role):
            raise InvalidUserError(f"role must be one of {sorted(Role)}")
        return cls(
            id=user_id, name=name, agency=agency, role=role, recorded_by=recorded_by
        )

    @property
    def is_active(self) -> bool:
        return self.deactivated_on is None

    def deactivate(self, deactivated_on: date, reason: str, recorded_by: str) -> None:
        if not self.is_active:
            raise UserDeactivatedError(str(self.id))
        self._deactivated(
            deactivated_on=deactivated_on, reason=reason, recorded_by=recorded_by
        )

    @event(Deactivated)
    def _deactivated(self, deactivated_on: date, reason: str, recorded_by: str) -> None:
        self.deactivated_on = deactivated_on


class ApiToken(Aggregate):
    """A bearer token of one user (APIトークン), known only by its hash.

    Its id is derived from the token's SHA-256, so a request finds its token
    without any index, and the token itself is never stored.
    """

    class Issued(Aggregate.Created):
        """A token was issued to a user (発行)."""

        user_id: UUID
        recorded_by: str

    class Revoked(Aggregate.Event):
        """The token was revoked (失効)."""

        reason: str
        recorded_by: str

    @event(Issued)
    def __init__(self, id: UUID, user_id: UUID, recorded_by: str) -> None:
        self.user_id = user_id
        self.revoked = False

    def check_usable(self) -> None:
        if self.revoked:
            raise TokenRevokedError(str(self.id))

    def revoke(self, reason: str, recorded_by: str) -> None:
        self.check_usable()
        self._revoked(reason=reason, recorded_by=recorded_by)

    @event(Revoked)
    def _revoked(self, reason: str, recorded_by: str) -> None:
        self.revoked = True
