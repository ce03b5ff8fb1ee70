"""The server's sealing thread: seal every second, checkpoint when one is due."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from application.integrity.checkpoint import Signer
from application.integrity.log import IntegrityLog

logger = logging.getLogger("jusou.integrity")


class SealingLoop:
    """Seals pending events every `interval` seconds in a daemon thread.

    With a signer, it also signs a checkpoint when the tree grew and the
    latest checkpoint is older than `checkpoint_every`. Several workers may
    each run one: the sealer's lock and the tables' keys keep them apart.
    """

    def __init__(
        self,
        log: IntegrityLog,
        signer: Signer | None,
        *,
        interval: float = 1.0,
        checkpoint_every: timedelta = timedelta(seconds=60),
    ) -> None:
        self.log, self.signer = log, signer
        self.interval, self.checkpoint_every = interval, checkpoint_every
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sealer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def run_once(self) -> None:
        self.log.seal_pending()
        if self.signer is not None:
            self.log.checkpoint_if_due(self.signer, self.checkpoint_every)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._round()
            self._stop.wait(self.interval)

    def _round(self) -> None:
        try:
            self.run_once()
        # The top of a background thread: whatever one round raises (a lost
        # connection, a locked file, a damaged table) must not end sealing for
        # the life of the server; it is logged and the next round retries.
        except Exception as exc:
            self.failures += 1
            logger.warning("sealing round failed: %s", _where(exc))


def _where(exc: BaseException) -> str:
    """The error's class and the line it came from: never its message or values.

    Messages of database errors can quote row contents; none is logged.
    """
    frame = exc.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    if frame is None:
        return type(exc).__name__
    code = frame.tb_frame.f_code
    return f"{type(exc).__name__} at {code.co_filename}:{frame.tb_lineno}"
