"""A wall-clock budget per document, so one runaway input becomes a recorded failure instead of a hang."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from cleaner.errors import CleanerError

# Seconds. A normal page takes milliseconds, but cleaning costs about 2 s per MB on one busy core, so the
# largest default input (--max-bytes, 50 MiB) needs one to two minutes: the budget sits above that, so it
# only catches runaways. (It was 60 s, which failed every input above ~25 MB.) The signal is delivered
# between Python bytecodes, so a long C call (a regex, the HTML parser) can overrun it by seconds.
DEFAULT_TIMEOUT = 300.0


class DocumentTimeout(CleanerError):
    """Cleaning one document took longer than its budget."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout inside the block after ``seconds`` (SIGALRM; main thread only).

    Off-main-thread callers (and platforms without SIGALRM) run without a budget rather than fail:
    the budget is a safety net, not part of the result.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(
            f"took longer than {seconds:g} s", "raise --timeout, or lower --max-bytes for giant inputs"
        )

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
