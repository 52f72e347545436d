"""The ``timeout=`` of ``parse()``: a timer signal, shielded where it would corrupt.

A timer signal raises ``ParseTimeoutError`` wherever the main thread happens to be. In
most places that only ends the parse; inside a first ``import`` (underthesea's) it would leave
half-imported modules in ``sys.modules`` and NLP broken for every later parse of the process.
Code that must not be interrupted runs under ``shielded()``: a deadline that passes there
is raised as soon as the block ends. And a parse that ends after its deadline (the error was
swallowed, or the signal came late) never returns its plan: ``deadline()`` raises instead.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time
from collections.abc import Iterator

from vnplan.errors import ParseTimeoutError

_state = threading.local()


class _Active:
    def __init__(self, seconds: float, source: str | None) -> None:
        self.seconds = seconds
        self.source = source
        self.ends = time.monotonic() + seconds
        self.shield = 0
        self.pending = False

    def error(self) -> ParseTimeoutError:
        return ParseTimeoutError(f"parsing took over {self.seconds:g} s", source=self.source)


def _active() -> _Active | None:
    return getattr(_state, "active", None)


@contextlib.contextmanager
def shielded() -> Iterator[None]:
    """Run the block without a timeout firing inside it (it fires when the block ends)."""
    act = _active()
    if act is None:
        yield
        return
    act.shield += 1
    try:
        yield
    finally:
        act.shield -= 1
    if act.shield == 0 and act.pending:
        act.pending = False
        raise act.error()


@contextlib.contextmanager
def deadline(seconds: float | None, source: str | None) -> Iterator[None]:
    """Raise ParseTimeoutError in the block after ``seconds`` (main thread, Unix), and after
    it when the block ended past its deadline. Nested deadlines keep the outer one."""
    if seconds is None or _active() is not None:
        yield
        return
    act = _Active(seconds, source)
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def expire(signum: int, frame: object) -> None:
        if act.shield:
            act.pending = True  # raised when the shielded block ends
            return
        raise act.error()

    _state.active = act
    old = None
    try:
        if usable:
            old = signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            if usable:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, old)
    finally:
        _state.active = None
    if time.monotonic() > act.ends:
        raise act.error()  # finished, but late: the caller asked for nothing after this


def check_timeout(value: object, name: str = "timeout") -> float | None:
    """``value`` as a timeout in seconds: None, or a finite number above zero."""
    from vnplan.errors import InvalidArgumentError

    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds or None, not {type(value).__name__}")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise InvalidArgumentError(
            f"{name} must be a finite number of seconds above 0 (or None), not {value!r}"
        )
    return seconds
