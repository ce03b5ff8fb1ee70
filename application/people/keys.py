"""Envelope encryption of personal data: one data key per person.

The master key never encrypts data itself. Two keys are derived from it with
HKDF: one for the library's whole-event cipher, one that wraps each person's
data key. Destroying a person's wrapped key (crypto-shredding) makes exactly
their personal fields unreadable, everywhere and for good, while the events and
every other field stay intact.

During a master-key rotation the keyring holds the new wrapping key (which
wraps every new key) and the previous one (which still unwraps the keys not
re-wrapped yet); each stored key names the wrapping key by its fingerprint.
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from application.errors import KeyUnavailableError
from application.people.key_store import KeyRecord, KeyStore, WrappedKey
from domain.errors import PersonErasedError

KEY_BYTES = 32
_NONCE_BYTES = 12
_CIPHER_INFO = b"jusou-ledger/event-cipher/v1"
_WRAP_INFO = b"jusou-ledger/person-key-wrap/v1"
_WRAP_ID = b"jusou-ledger/wrap-id/v1:"


@dataclass(frozen=True, repr=False)
class DerivedKeys:
    """The keys derived from the master key; `repr` never shows them."""

    event_cipher_key: bytes
    wrapping_key: bytes

    @property
    def event_cipher_key_b64(self) -> str:
        return base64.b64encode(self.event_cipher_key).decode("ascii")


def derive_keys(master_key: bytes) -> DerivedKeys:
    if len(master_key) != KEY_BYTES:
        raise ValueError("the master key must be 32 bytes")
    return DerivedKeys(
        event_cipher_key=_hkdf(master_key, _CIPHER_INFO),
        wrapping_key=_hkdf(master_key, _WRAP_INFO),
    )


def _hkdf(master_key: bytes, info: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info)
    return kdf.derive(master_key)


def wrap_id_of(wrapping_key: bytes) -> str:
    """A wrapping key's public fingerprint (one-way): which key wraps a row."""
    return hashlib.sha256(_WRAP_ID + wrapping_key).hexdigest()[:16]


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], aad)


class Keyring:
    """Per-person data keys, wrapped by the derived wrapping key.

    Unwrapped keys are cached for `cache_seconds` so replaying a long case
    costs one key look-up, not one per event. An erasure in this process
    evicts at once; another process may keep a destroyed key for at most
    `cache_seconds` (documented in README's configuration section).
    """

    def __init__(
        self,
        wrapping_key: bytes,
        *,
        previous: Sequence[bytes] = (),
        cache_seconds: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._wrapping_key = wrapping_key
        self.wrap_id = wrap_id_of(wrapping_key)
        self._unwrapping = {wrap_id_of(k): k for k in (wrapping_key, *previous)}
        self._cache_seconds = cache_seconds
        self._clock = clock
        self._cache: dict[UUID, tuple[bytes | None, float]] = {}
        self._lock = threading.Lock()
        self._store: KeyStore | None = None

    def attach(self, store: KeyStore) -> None:
        self._store = store

    @property
    def store(self) -> KeyStore:
        if self._store is None:
            raise RuntimeError("the keyring has no key store attached")
        return self._store

    @property
    def has_previous(self) -> bool:
        return len(self._unwrapping) > 1

    def encrypt(self, subject_id: UUID, text: str) -> bytes:
        key = self._key(subject_id) or self._create_key(subject_id)
        return _seal(key, text.encode("utf-8"), subject_id.bytes)

    def decrypt(self, subject_id: UUID, sealed: bytes) -> str | None:
        """The text, or None when the subject's key was destroyed."""
        key = self._key(subject_id)
        if key is None:
            return None
        try:
            return _open(key, sealed, subject_id.bytes).decode("utf-8")
        except InvalidTag:
            raise ValueError(f"personal data of {subject_id} fails its check") from None

    def data_key(self, subject_id: UUID) -> bytes:
        """The subject's data key, made now if it has none (never a destroyed one)."""
        return self._key(subject_id) or self._create_key(subject_id)

    def destroy(self, subject_id: UUID) -> None:
        self.store.destroy(subject_id)
        with self._lock:
            self._cache[subject_id] = (None, self._clock() + self._cache_seconds)

    def is_destroyed(self, subject_id: UUID) -> bool:
        record = self.store.get(subject_id)
        return record is not None and record.destroyed

    def wrap(self, subject_id: UUID, key: bytes) -> bytes:
        """`key` wrapped under the current wrapping key, bound to the subject."""
        return _seal(self._wrapping_key, key, b"dk:" + subject_id.bytes)

    def unwrap(self, subject_id: UUID, record: KeyRecord | WrappedKey) -> bytes:
        """The data key of a stored row, by whichever configured key wraps it."""
        if record.wrapped is None:
            raise PersonErasedError(str(subject_id))
        known = self._unwrapping.get(record.wrap_id or "")
        candidates = [known] if known else list(self._unwrapping.values())
        for wrapping_key in candidates:  # a row of no wrap id: try each key
            try:
                return _open(wrapping_key, record.wrapped, b"dk:" + subject_id.bytes)
            except InvalidTag:
                continue
        raise KeyUnavailableError(
            "no configured master key unwraps a stored key: is JUSOU_MASTER_KEY "
            "(and, during a rotation, JUSOU_PREVIOUS_MASTER_KEY) right?"
        )

    def _key(self, subject_id: UUID) -> bytes | None:
        now = self._clock()
        with self._lock:
            cached = self._cache.get(subject_id)
        if cached is not None and cached[1] > now:
            return cached[0]
        record = self.store.get(subject_id)
        key = None
        if record is not None and record.wrapped is not None:
            key = self.unwrap(subject_id, record)
        if record is not None:
            with self._lock:
                self._cache[subject_id] = (key, now + self._cache_seconds)
        return key

    def _create_key(self, subject_id: UUID) -> bytes:
        # No tombstone check first: `add` keeps an existing row (a tombstone
        # too), so the read-back below finds no key and refuses all the same.
        wrapped = self.wrap(subject_id, os.urandom(KEY_BYTES))
        self.store.add(subject_id, wrapped, self.wrap_id)  # the first key wins a race
        key = self._key(subject_id)
        if key is None:
            raise PersonErasedError(str(subject_id))
        return key
