"""What a worker does with one input: the functions the pool maps, and the pool itself.

Workers never raise and never write: each task returns a small picklable result (the rendered output as
a string, or the error), and the parent alone writes. That keeps every output write in one process, where
it can be made atomic and ordered, and makes a worker's crash or a Ctrl-C cost at most the tasks in flight.
The batch layer calls the pipeline like any user would (``judge``/``article_from``); it knows nothing of
rules.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from cleaner.article import Article
from cleaner.batch.templates import HEAD_BYTES, Templates, head_text, page_lines, site_key
from cleaner.config import Config
from cleaner.errors import CleanerError
from cleaner.files import read_input
from cleaner.formats import render
from cleaner.limits import time_limit
from cleaner.pipeline import article_from, judge, warm_up

OK, EMPTY, FAILED = "ok", "empty", "failed"


@dataclass(frozen=True)
class Job:
    """Everything a worker needs, sent once per worker (not per task)."""

    config: Config
    fmt: str  # output format rendered by the worker: jsonl, json, text, markdown
    templates_path: str | None = None  # learnt site templates, loaded lazily by each worker


class Task(NamedTuple):
    index: int
    source: str


class Result(NamedTuple):
    index: int
    source: str
    status: str  # ok | empty | failed
    output: str | None  # rendered article (ok/empty)
    error_type: str | None
    message: str | None
    dropped: tuple[tuple[str, int], ...] = ()  # lines dropped per rule, for the summary


class Learnt(NamedTuple):
    index: int
    source: str
    lines: bytes  # the page's distinct line hashes as packed uint64 (array 'Q'): cheap to pickle
    failed: bool


_job: Job | None = None
_templates: Templates | None = None
_slots: Any = None  # shared int64 array: per worker (pid, chunk id or -1, position in chunk)
_slot: int | None = None

# Worker slots for crash tracking; a pool that loses more workers than this just stops tracking new ones.
MAX_SLOTS = 256
IDLE, HANDLED = -1, -2


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
_CAN_MASK = hasattr(signal, "pthread_sigmask")


@contextlib.contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """Block SIGINT and SIGTERM in this thread while the pool starts.

    A forked worker inherits the parent's Python handler for both (the batch's, which only sets a flag)
    until ``init_worker`` resets them. A worker that ``terminate()`` SIGTERMed in that window (one just
    forked to replace a dead worker, or the pool stopped right after it started) swallowed the signal,
    went on to wait for a task, and ``stop()`` waited for it forever, beside the unreaped dead worker.
    Blocked signals stay pending instead: every process forked from this thread, or from the threads
    the pool starts now (which fork the replacements), keeps them blocked until ``init_worker`` has set
    its own handlers and unblocks them. The parent's main thread gets them back when the pool is up.
    """
    if not _CAN_MASK:
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def init_worker(job: Job, slots: Any = None, counter: Any = None) -> None:
    """Pool initializer: keep the job, claim a crash-tracking slot; leave Ctrl-C to the parent."""
    global _job, _templates, _slots, _slot
    _job, _templates, _slots, _slot = job, None, slots, None
    if slots is not None and counter is not None:
        with counter.get_lock():
            if counter.value < MAX_SLOTS:
                _slot = counter.value
                counter.value += 1
        if _slot is not None:
            slots[3 * _slot], slots[3 * _slot + 1], slots[3 * _slot + 2] = os.getpid(), IDLE, 0
    if mp.current_process().name != "MainProcess":
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if _CAN_MASK:
            # Blocked by Pool until now (see _stop_signals_blocked): a SIGTERM that came early is
            # delivered here, and kills the worker as it should.
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def _site_templates(source: str, data: bytes, job: Job) -> frozenset[int]:
    global _templates
    if not job.templates_path:
        return frozenset()
    if _templates is None:
        _templates = Templates.load(job.templates_path)
    return _templates.for_site(site_key(source, head_text(data)))


def clean_article(source: str, config: Config, templates: Templates | None = None) -> Article:
    """Read one input and clean it within its time budget; raises on failure (callers record it)."""
    data = read_input(source, max_bytes=config.max_bytes)[: config.max_bytes]
    lines = templates.for_site(site_key(source, head_text(data))) if templates else frozenset()
    with time_limit(config.timeout):
        return article_from(judge(data, config, templates=lines), source=source)


def describe_error(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, CleanerError):
        return type(exc).__name__, str(exc)
    return type(exc).__name__, f"internal error: {exc}" if str(exc) else "internal error"


def clean_task(task: Task) -> Result:
    """Clean one input into its rendered output; any exception becomes a failed Result."""
    job = _job
    assert job is not None, "init_worker was not called"
    try:
        data = read_input(task.source, max_bytes=job.config.max_bytes)[: job.config.max_bytes]
        lines = _site_templates(task.source, data, job)
        with time_limit(job.config.timeout):
            judged = judge(data, job.config, templates=lines)
            article = article_from(judged, source=task.source)
        status = OK if article.paragraphs else EMPTY
        dropped = tuple(judged.stats.items())
        return Result(task.index, task.source, status, render(article, job.fmt), None, None, dropped)
    except Exception as exc:
        etype, msg = describe_error(exc)
        return Result(task.index, task.source, FAILED, None, etype, msg)


def learn_task(task: Task) -> Learnt:
    """First pass of site templates: the page's distinct line hashes (no rules run). Its site is already
    known to the parent from the ``site_task`` pass, so it is not worked out again here."""
    job = _job
    assert job is not None, "init_worker was not called"
    try:
        data = read_input(task.source, max_bytes=job.config.max_bytes)[: job.config.max_bytes]
        with time_limit(job.config.timeout):
            return Learnt(task.index, task.source, array("Q", page_lines(data, job.config)).tobytes(), False)
    except Exception:
        # The cleaning pass will meet the same error and record it; here the page just does not count.
        return Learnt(task.index, task.source, b"", True)


class Sited(NamedTuple):
    index: int
    site: str | None


def site_task(task: Task) -> Sited:
    """The page's site from the head of the file only (cheap): used to pick the pages to learn from."""
    job = _job
    assert job is not None, "init_worker was not called"
    try:
        return Sited(
            task.index, site_key(task.source, head_text(read_input(task.source, max_bytes=HEAD_BYTES)))
        )
    except Exception:
        return Sited(task.index, None)


CRASHED = "the worker process died while cleaning it (a crash, or killed, e.g. out of memory)"


def crash_result(kind: str, task: Task) -> Any:
    if kind == "clean":
        return Result(task.index, task.source, FAILED, None, "WorkerCrash", CRASHED)
    if kind == "learn":
        return Learnt(task.index, task.source, b"", True)
    return Sited(task.index, None)


KINDS: dict[str, Callable[[Task], Any]] = {"clean": clean_task, "learn": learn_task, "site": site_task}
KIND_OF: dict[Callable[[Task], Any], str] = {fn: kind for kind, fn in KINDS.items()}


def run_chunk(
    kind: str, chunk_id: int, tasks: list[Task], poisoned: frozenset[int] = frozenset()
) -> list[Any]:
    """Run a chunk of tasks in a worker, recording in the shared slot which task is running, so that if the
    process dies the parent knows the culprit. ``poisoned`` tasks (culprits of earlier crashes) are not
    run again: they come back as failures."""
    fn = KINDS[kind]
    out = []
    base = 3 * _slot if _slots is not None and _slot is not None else None
    for pos, t in enumerate(tasks):
        if t.index in poisoned:
            out.append(crash_result(kind, t))
            continue
        if base is not None:
            _slots[base + 1], _slots[base + 2] = chunk_id, pos
        out.append(fn(t))
    if base is not None:
        _slots[base + 1] = IDLE
    return out


def _dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] in (b"Z", b"X")
    except OSError:
        return False


class Pool:
    """multiprocessing's pool plus crash tracking: which (chunk, task) a dead worker was running."""

    def __init__(self, workers: int, job: Job) -> None:
        # fork: workers start in milliseconds with cleaner already imported and warm; elsewhere the
        # platform default.
        forking = sys.platform.startswith("linux")
        if forking:
            warm_up(job.config)
        ctx = mp.get_context("fork" if forking else None)
        self.slots = ctx.Array("q", 3 * MAX_SLOTS, lock=False)
        self.counter = ctx.Value("i", 0)
        with _stop_signals_blocked():
            self.pool = ctx.Pool(
                processes=workers, initializer=init_worker, initargs=(job, self.slots, self.counter)
            )

    def crashed(self) -> list[tuple[int, int]]:
        """(chunk id, position) of each task whose worker died since the last call."""
        found = []
        for s in range(min(self.counter.value, MAX_SLOTS)):
            pid, chunk, pos = self.slots[3 * s], self.slots[3 * s + 1], self.slots[3 * s + 2]
            if pid and chunk >= 0 and _dead(pid):
                self.slots[3 * s + 1] = HANDLED
                found.append((chunk, pos))
        return found

    def submit(
        self, kind: str, chunk_id: int, tasks: list[Task], poisoned: frozenset[int], done: Any
    ) -> None:
        self.pool.apply_async(
            run_chunk,
            (kind, chunk_id, tasks, poisoned),
            callback=lambda res: done.put((chunk_id, res)),
            error_callback=lambda exc: done.put((chunk_id, exc)),
        )

    def stop(self) -> None:
        # terminate, not close: close+join would wait forever for a chunk lost with a crashed worker, and
        # once the loop has every result (or was interrupted) the workers have nothing left worth waiting for.
        self.pool.terminate()
        self.pool.join()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def chunk_sizes(n: int, workers: int) -> list[int]:
    """How ``n`` tasks are cut into chunks. Chunks big enough to amortise IPC, small enough to balance load
    and make Ctrl-C/resume lose little: about 16 chunks per worker, between 1 and 32 tasks each. Near the
    end no chunk takes more than 1/(2 x workers) of the tasks left, so the last chunks shrink to single
    tasks and the workers finish together, instead of one working through a full last chunk alone while
    the others idle (simulated on the 1,539 shared dumps' clean times at 2 workers: 0.09 s idle on
    average, up to 0.28 s, before; under 0.01 s on average, up to 0.13 s, after)."""
    base = max(1, min(32, n // (workers * 16) or 1))
    sizes: list[int] = []
    left = n
    while left > 0:
        size = min(base, max(1, left // (2 * workers)))
        sizes.append(size)
        left -= size
    return sizes
