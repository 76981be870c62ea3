"""One batch run from start to summary: discover, skip what is done, learn site templates, clean, write.

The parent process owns every write and the only loop; workers (``work.py``) just turn inputs into
strings. Ctrl-C (or SIGTERM) is turned into a flag the loop checks at least every 0.2 s, so the pool is
stopped, the files are closed on a whole line and the run exits 130 within a second, saying how to resume.
"""

from __future__ import annotations

import contextlib
import queue
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from rich.console import Console

from cleaner.batch.discover import Discovery, Item, discover, read_path_list
from cleaner.batch.progress import Bar, Counts, summary_table
from cleaner.batch.sink import JsonlSink, MirrorSink
from cleaner.batch.templates import (
    DEFAULT_MIN_PAGES,
    DEFAULT_MIN_SHARE,
    DEFAULT_SAMPLE,
    Learner,
    Templates,
    spread_sample,
)
from cleaner.batch.work import (
    EMPTY,
    FAILED,
    KIND_OF,
    OK,
    Job,
    Learnt,
    Pool,
    Result,
    Sited,
    Task,
    chunk_sizes,
    clean_task,
    crash_result,
    default_workers,
    learn_task,
    site_task,
)
from cleaner.config import Config

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
_POLL_S = 0.2

R = TypeVar("R")


class UsageProblem(ValueError):
    """The options do not make sense together (the CLI turns this into exit 2)."""


class Interrupted(Exception):
    pass


@dataclass(frozen=True)
class BatchOptions:
    output: str
    inputs: tuple[str, ...] = ()
    from_list: str | None = None
    fmt: str | None = None
    workers: int | None = None  # None: all usable cores
    ordered: bool = False
    force: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    follow_symlinks: bool = False
    site_templates: bool = True
    template_share: float = DEFAULT_MIN_SHARE
    template_min_pages: int = DEFAULT_MIN_PAGES
    template_sample: int = DEFAULT_SAMPLE
    quiet: bool = False
    progress: bool | None = None  # None: when stderr is a terminal


class _Stop:
    """SIGINT/SIGTERM handler: only records the request; the loop acts on it between results."""

    def __init__(self) -> None:
        self.signum: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.signum = signum

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        old = {s: signal.signal(s, self) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, h in old.items():
                signal.signal(s, h)


def _results(
    fn: Callable[[Task], R],
    tasks: list[Task],
    pool: Pool,
    workers: int,
    ordered: bool,
    stop: _Stop,
) -> Iterator[R]:
    """Results of ``fn`` over ``tasks`` as they come. Always through worker processes, even for one
    worker: an input that crashes the interpreter (a C extension bug, the OOM killer) must cost only itself."""
    yield from _pool_results(KIND_OF[fn], tasks, pool, workers, ordered, stop)


def _pool_results(
    kind: str, tasks: list[Task], pool: Pool, workers: int, ordered: bool, stop: _Stop
) -> Iterator[Any]:
    """Chunks go out through a bounded window (a few per worker, so memory does not grow with the batch)
    and come back through a queue the loop polls every 0.2 s for Ctrl-C and for dead workers. A chunk
    whose worker died is sent again with the task it died on marked as failed, so one input that crashes
    the process costs only itself. With ``ordered``, finished chunks wait in a small buffer for their turn.
    """
    chunks: list[list[Task]] = []
    start = 0
    for size in chunk_sizes(len(tasks), workers):
        chunks.append(tasks[start : start + size])
        start += size
    window = max(2, workers * 4)
    done: queue.SimpleQueue[tuple[int, Any]] = queue.SimpleQueue()
    poisoned: dict[int, frozenset[int]] = {}
    pending: set[int] = set()
    waiting: dict[int, list[Any]] = {}  # finished chunks not yet yielded (ordered mode)
    next_submit = next_yield = 0
    while next_yield < len(chunks):
        while next_submit < len(chunks) and len(pending) + len(waiting) < window:
            pending.add(next_submit)
            pool.submit(kind, next_submit, chunks[next_submit], frozenset(), done)
            next_submit += 1
        try:
            chunk_id, res = done.get(timeout=_POLL_S)
        except queue.Empty:
            if stop.signum is not None:
                raise Interrupted from None
            for chunk_id, pos in pool.crashed():
                if chunk_id in pending:
                    bad = poisoned.get(chunk_id, frozenset()) | {chunks[chunk_id][pos].index}
                    poisoned[chunk_id] = bad
                    pool.submit(kind, chunk_id, chunks[chunk_id], bad, done)
            continue
        if chunk_id not in pending:
            continue  # a chunk resent after a crash whose first run also reported: keep one
        pending.discard(chunk_id)
        if isinstance(res, BaseException):
            # run_chunk does not raise; this is a pickling or pool error: fail the chunk, keep going.
            res = [_failed(kind, t, res) for t in chunks[chunk_id]]
        if not ordered:
            next_yield += 1
            for r in res:
                yield r
                if stop.signum is not None:
                    raise Interrupted
            continue
        waiting[chunk_id] = res
        while next_yield in waiting:
            for r in waiting.pop(next_yield):
                yield r
                if stop.signum is not None:
                    raise Interrupted
            next_yield += 1


def _failed(kind: str, task: Task, exc: BaseException) -> Any:
    if kind == "clean":
        return Result(task.index, task.source, FAILED, None, type(exc).__name__, f"internal error: {exc}")
    return crash_result(kind, task)


def _open_sink(opts: BatchOptions) -> JsonlSink | MirrorSink:
    out = Path(opts.output)
    jsonl = opts.output.endswith(".jsonl") or opts.fmt == "jsonl"
    if jsonl:
        if opts.fmt not in (None, "jsonl"):
            raise UsageProblem(f"--format {opts.fmt} needs a folder as --output, not a .jsonl file")
        if out.is_dir():
            raise UsageProblem(f"--output {out} is a folder; JSON Lines output needs a file name")
        return JsonlSink(out, opts.force)
    if out.exists() and not out.is_dir():
        raise UsageProblem(f"--output {out} is a file; give a folder, or a name ending in .jsonl")
    return MirrorSink(out, opts.fmt or "json", opts.force)


def _gather(opts: BatchOptions, sink: JsonlSink | MirrorSink) -> Discovery:
    inputs: list[str] = list(opts.inputs)
    if opts.from_list:
        try:
            inputs.extend(read_path_list(opts.from_list))
        except OSError as exc:
            raise UsageProblem(f"--from {opts.from_list}: {exc.strerror or exc}") from None
    if not inputs:
        raise UsageProblem("no inputs: give folders or files, or --from FILE (- for stdin)")
    avoid = [opts.output]
    if isinstance(sink, JsonlSink):
        avoid += [str(sink.done_path), str(sink.errors.path), str(sink.templates_path)]
    return discover(
        inputs,
        include=opts.include,
        exclude=opts.exclude,
        follow_symlinks=opts.follow_symlinks,
        avoid=avoid,
    )


def _learn(
    items: list[Item],
    opts: BatchOptions,
    sink: JsonlSink | MirrorSink,
    pool: Pool,
    workers: int,
    stop: _Stop,
    bar: Bar,
    console: Console,
) -> None:
    """Make sure ``sink.templates_path`` holds the site templates of all inputs (reused on resume)."""
    path = sink.templates_path
    if path.exists() and not opts.force:
        try:
            old = Templates.load(path)
            if (old.min_share, old.min_pages) == (opts.template_share, opts.template_min_pages):
                return
        except (ValueError, KeyError, OSError):
            pass
        if not opts.quiet:
            console.print(
                "cleaner: relearning site templates (thresholds changed); outputs already written keep "
                "the old ones (use --force to redo them)",
                highlight=False,
            )
    # Stage 1: every page's site from its head (cheap); stage 2: read a spread sample of each site.
    tasks = [Task(i, it.source) for i, it in enumerate(items)]
    bar.phase("finding sites", len(tasks))
    by_site: dict[str, list[int]] = {}
    for sr in _results(site_task, tasks, pool, workers, False, stop):
        assert isinstance(sr, Sited)
        if sr.site is not None:
            by_site.setdefault(sr.site, []).append(sr.index)
        bar.advance(0)
    # Site by site (in input order), so the learner holds the counts of only the few sites whose pages
    # are in flight, and can turn each into its template as soon as its last page is in.
    plan = sorted(
        ((site, spread_sample(sorted(idx), opts.template_sample)) for site, idx in by_site.items()),
        key=lambda sp: sp[1][0],
    )
    del by_site
    tasks = [Task(i, items[i].source) for _, pages in plan for i in pages]
    site_of = {i: site for site, pages in plan for i in pages}
    left = {site: len(pages) for site, pages in plan}
    bar.phase("learning site templates", len(tasks))
    learner = Learner(opts.template_share, opts.template_min_pages)
    for r in _results(learn_task, tasks, pool, workers, False, stop):
        assert isinstance(r, Learnt)
        site = site_of[r.index]
        if not r.failed:
            learner.add(site, r.lines)
        left[site] -= 1
        if not left[site]:
            learner.finish(site)
        bar.advance(0)
    learner.result().save(path)


def run_batch(opts: BatchOptions, config: Config, console: Console) -> int:
    """Run a batch and return its exit code (0 ok, 1 something failed, 130 interrupted)."""
    counts = Counts()
    sink = _open_sink(opts)
    found = _gather(opts, sink)
    counts.skipped = dict(found.skipped)
    sink.errors.start()
    for missing in found.missing:
        sink.errors.record(missing, "CleanerError", "no such file; check the path")
        counts.failed += 1

    items = found.items
    todo = [i for i, it in enumerate(items) if not sink.is_done(it.source, it.rel)]
    counts.already_done = len(items) - len(todo)
    workers = max(1, min(opts.workers or default_workers(), max(len(todo), 1)))
    job = Job(
        config=config,
        fmt="jsonl" if isinstance(sink, JsonlSink) else sink.fmt,
        templates_path=str(sink.templates_path) if opts.site_templates else None,
    )
    show_bar = (console.is_terminal if opts.progress is None else opts.progress) and not opts.quiet
    stop = _Stop()
    pool: Pool | None = None
    interrupted = False
    try:
        with stop.installed():
            if todo:
                pool = Pool(workers, job)
            with Bar(console, show_bar) as bar:
                try:
                    if pool is not None and opts.site_templates:
                        _learn(items, opts, sink, pool, workers, stop, bar, console)
                    bar.phase("cleaning", len(todo))
                    tasks = [Task(i, items[i].source) for i in todo]
                    results = _results(clean_task, tasks, pool, workers, opts.ordered, stop) if pool else ()
                    for r in results:
                        assert isinstance(r, Result)
                        if r.status == FAILED:
                            sink.errors.record(r.source, r.error_type or "Error", r.message or "")
                            counts.failed += 1
                        else:
                            sink.write(r, items[r.index].rel)
                            counts.dropped.update(dict(r.dropped))
                            if r.status == OK:
                                counts.cleaned += 1
                            elif r.status == EMPTY:
                                counts.empty += 1
                        bar.advance(counts.failed)
                except Interrupted:
                    interrupted = True
    finally:
        if pool is not None:
            pool.stop()
        sink.close()
        counts.finished = time.monotonic()

    if not opts.quiet:
        console.print(summary_table(counts, opts.output))
        if counts.failed:
            console.print(
                f"cleaner: {counts.failed} input(s) failed; details in {sink.errors.path}", highlight=False
            )
    if interrupted:
        left = len(items) - counts.already_done - counts.processed
        console.print(
            f"cleaner: interrupted; {left} input(s) not done yet. Rerun the same command to finish them "
            "(finished outputs are kept; --force starts over).",
            highlight=False,
        )
        return EXIT_INTERRUPTED
    return EXIT_FAILED if counts.failed else EXIT_OK
