"""A wall-clock budget per document, so one runaway input becomes a recorded failure instead of a hang."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from cleaner.errors import CleanerError

# Seconds. A normal page takes milliseconds; the largest input the other defaults admit (--max-bytes 50 MiB
# at ~0.25 s of CPU per MB, or --max-lines 2,000,000 at ~10 µs a line) needs 15-30 s of CPU, so the budget
# is hit only by a runaway or by a process getting under a tenth of a core. (It was 60 s, which failed
# every input above ~25 MB when cleaning cost ~2 s per MB.) The signal is delivered between Python
# bytecodes, so a long C call (a regex, the HTML parser) can overrun it by seconds.
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
