"""Structured logs (structlog): JSON lines in production, readable in development.

Every line, ours and the libraries' (uvicorn, the sealer, the storage gate),
goes through one formatter on stderr (stdout is for command output, such as
a token printed once). Times are ISO 8601 in Asia/Tokyo, as the city's staff
read them. An exception is logged as its class and stack only: its message
and the frames' variables can quote a row of case data, so neither is kept.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from domain.catalogue import TOKYO

LIBRARY_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")
# HTTP clients log every URL they call, query string and all: a token there
# would be written out. The service calls none; a test's client must not.
QUIET_LOGGERS = ("httpx", "httpcore")


def tokyo_time(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    event["time"] = datetime.now(TOKYO).isoformat(timespec="milliseconds")
    return event


def exception_without_values(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """Replace `exc_info` by the exception's class and stack, never its message."""
    exc_info = event.pop("exc_info", None)
    if exc_info is True:
        exc_info = sys.exc_info()
    if isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    if isinstance(exc_info, tuple) and exc_info[0] is not None:
        event["error"] = exc_info[0].__name__
        frames = traceback.extract_tb(exc_info[2])
        event["stack"] = "".join(traceback.format_list(frames))
    return event


def _shared() -> list[Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        tokyo_time,
        exception_without_values,
    ]


def _renderer(log_format: str, stream: TextIO) -> Processor:
    if log_format == "console":
        return structlog.dev.ConsoleRenderer(
            colors=stream.isatty(), timestamp_key="time"
        )
    return structlog.processors.JSONRenderer(ensure_ascii=False)


def configure(
    log_format: str, level: str = "info", stream: TextIO | None = None
) -> None:
    """Route structlog and the standard library's logging to one handler."""
    structlog.configure(
        processors=[*_shared(), structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,  # tests configure more than once
    )
    root = logging.getLogger()
    root.handlers = [_handler(log_format, sys.stderr if stream is None else stream)]
    root.setLevel(level.upper())
    for name in LIBRARY_LOGGERS:  # uvicorn's own handlers would print twice
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def _handler(log_format: str, out: TextIO) -> logging.Handler:
    handler = logging.StreamHandler(out)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=_shared(),
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                _renderer(log_format, out),
            ],
        )
    )
    return handler


def get_logger(name: str) -> Any:
    return structlog.stdlib.get_logger(name)
