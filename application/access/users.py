"""Users, tokens and the access log: who may act, and who read what.

A token is 32 random bytes (url-safe text) shown once; only its SHA-256
is kept, as the id of its `ApiToken` (uuid5 of the hash), so a request
finds its token in one read and a leaked database yields no usable token.
"""

from __future__ import annotations

import hashlib
import secrets
from uuid import NAMESPACE_URL, UUID, uuid5

from application.access.actor import Actor
from application.errors import AuthenticationError, NotFoundError
from application.store.base import LedgerBase
from domain.access_record import AccessRecord, Outcome
from domain.errors import DomainError
from domain.user import ApiToken, User

TOKEN_NAMESPACE = uuid5(NAMESPACE_URL, "urn:jusou:api-token")
SYSTEM = "system:cli"


def token_id(token: str) -> UUID:
    return uuid5(TOKEN_NAMESPACE, hashlib.sha256(token.encode()).hexdigest())


class UserCommands(LedgerBase):
    """Registering and deactivating users, issuing tokens, authenticating."""

    def add_user(
        self, name: str, agency: str, role: str, recorded_by: str = SYSTEM
    ) -> tuple[UUID, str]:
        """Register a user and issue a token; returns the user id and the token."""
        self.check_agency(agency)
        user = User.register(self.new_id(), name, agency, role, recorded_by)
        token = secrets.token_urlsafe(32)
        issued = ApiToken(id=token_id(token), user_id=user.id, recorded_by=recorded_by)
        self.commit(user, issued)
        return user.id, token

    def register_user(
        self, name: str, agency: str, role: str, recorded_by: str = SYSTEM
    ) -> UUID:
        """Register a user who has no token yet (one is issued when they sign in)."""
        self.check_agency(agency)
        user = User.register(self.new_id(), name, agency, role, recorded_by)
        self.commit(user)
        return user.id

    def issue_token(self, user_id: UUID, recorded_by: str = SYSTEM) -> str:
        user = self.load(User, user_id, None)
        if not user.is_active:
            raise AuthenticationError("the user is deactivated")
        token = secrets.token_urlsafe(32)
        self.commit(
            ApiToken(id=token_id(token), user_id=user.id, recorded_by=recorded_by)
        )
        return token

    def deactivate_user(
        self, user_id: UUID, reason: str, recorded_by: str = SYSTEM
    ) -> None:
        user = self.load(User, user_id, None)
        user.deactivate(self.today(), reason, recorded_by)
        self.commit(user)

    def get_user(self, user_id: UUID) -> User:
        return self.load(User, user_id, None)

    def user_name(self, user_id: UUID) -> str:
        """A user's display name, loaded once per process.

        It never changes (`User.Registered` alone sets it), and reports name
        every worker on every request: one load each, not one per request.
        """
        names: dict[UUID, str] = self.__dict__.setdefault("_user_names", {})
        if user_id not in names:
            names[user_id] = self.get_user(user_id).name
        return names[user_id]

    def authenticate(self, token: str) -> Actor:
        """The actor a bearer token stands for, or AuthenticationError.

        The actor carries whether the registry holds its agency active today:
        a deactivated agency keeps its users signed in but loses every case
        right (R4), which the policy refuses with a clear reason.
        """
        return self.authenticate_issued(token_id(token))

    def authenticate_issued(self, issued_id: UUID) -> Actor:
        """The actor of the token with this id (a page's session keeps the id).

        The same checks as a bearer token's: the token usable, the user
        active, the agency's standing in the registry today.
        """
        try:
            issued = self.load(ApiToken, issued_id, None)
            issued.check_usable()
            user = self.load(User, issued.user_id, None)
        except (NotFoundError, DomainError):
            raise AuthenticationError("the token is not valid") from None
        return self.actor_of(user)

    def actor_of(self, user: User) -> Actor:
        """The active user as an actor, with the registry's word on the agency."""
        if not user.is_active:
            raise AuthenticationError("the user is deactivated")
        registry = self._registry.get()
        active = registry is None or registry.is_active(user.agency, self.today())
        return Actor(user.id, user.agency, user.role, agency_active=active)

    def record_access(
        self,
        actor: Actor,
        action: str,
        resource_type: str,
        resource_id: str,
        purpose: str,
        *,
        outcome: str = Outcome.ALLOWED.value,
        reason: str | None = None,
        basis: str | None = None,
    ) -> UUID:
        """Record a read of case data; raises (and so fails the read) if it cannot."""
        record = AccessRecord(
            id=self.new_id(),
            user_id=actor.user_id,
            agency=actor.agency,
            role=actor.role,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            purpose=purpose,
            at=self.now(),
            outcome=outcome,
            reason=reason,
            basis=basis,
        )
        self.commit(record)
        return record.id
