"""Running one system over pages, in a child process of its own, with results cached for peers.

Why a process per system: peers leak global state (caches, loggers, thread pools) and differ in import
cost; isolating each keeps timings comparable and a crash (or hang) in one page of one peer from taking
the run down. The child is pinned to one core and told to use one thread, as the issue asks ("one
core"). Only the extraction call is timed (``time.perf_counter``): reading, unzipping and the ``<p>``
wrapping of dumps happen before the clock starts.

Throughput is a steady-state number. The first call in a process pays one-time costs (lazy imports and
model loading: numpy and the language model for cleaner, lxml's and trafilatura's own caches for it) that
a batch spreads over thousands of pages but a 181-page set would charge to its first page (0.26 s for
cleaner, 0.45 s for trafilatura, 10-15 % of their totals). So every system gets the same untimed warm-up:
its first page of each input kind is extracted once before the timed call on that page.
cleaner's language model loads only for a page whose declared language its function words do not
confirm, which the warm-up page may not be (the first scrapinghub page is English): its extractor calls
``cleaner.warm_up()`` at setup, the API a server would call at start, so that load is not charged to a
later page (0.1-0.2 s, 6-13 % of cleaner's timed total on scrapinghub HTML).
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing as mp
import os
import queue as queue_mod
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.datasets import read_input
from benchmarks.metrics import iso_day
from benchmarks.peers import SYSTEMS, make_extractor, prepare_input

Task = tuple[str, str, str]  # (set, input kind, page id)
Record = dict[str, Any]  # body, title, date, author, seconds, error
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
CACHE_DIR = Path(__file__).resolve().parent / ".cache"


def _text(x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, list | tuple):
        x = ", ".join(str(a) for a in x if a)
    s = " ".join(str(x).split())
    return s or None


def normalise(out: dict[str, Any]) -> Record:
    """Peers return lists, datetimes and None in different places; records hold plain JSON."""
    rec: Record = {
        "body": str(out.get("body") or ""),
        "title": _text(out.get("title")),
        "date": iso_day(out.get("date")),
        "author": _text(out.get("author")),
    }
    if "is_article" in out:
        rec["is_article"] = bool(out["is_article"])
    return rec


def _quiet() -> None:
    """Peers log and warn per page; on a 1,500-page run that is noise on the progress display."""
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)


def extract_pages(system: str, root: Path, tasks: list[Task]) -> Iterator[tuple[str, Task, Record | None]]:
    """Yield ("start", task, None) then ("done", task, record) per page; shared by worker and in-process."""
    extractors: dict[str, Callable[[str], dict[str, Any]]] = {}
    for s, kind, pid in tasks:
        data = prepare_input(system, kind, read_input(root, s, pid, kind))
        yield "start", (s, kind, pid), None  # before the warm-up, so a page crashing it is blamed
        if kind not in extractors:
            extractors[kind] = make_extractor(system, kind)
            with contextlib.suppress(Exception):  # a failure here shows again in the timed call
                extractors[kind](data)
        error = None
        c0 = time.thread_time()
        t0 = time.perf_counter()
        try:
            out = extractors[kind](data)
        except Exception as exc:  # a peer failing on a page is a result (empty output), not a crash
            out, error = {}, f"{type(exc).__name__}: {exc}"[:300]
        seconds = time.perf_counter() - t0
        cpu = time.thread_time() - c0
        rec = normalise(out or {})
        rec["seconds"] = seconds
        # Kept beside the wall time: on a shared box the CPU time says how much of it was waiting.
        rec["cpu_seconds"] = cpu
        rec["error"] = error
        yield "done", (s, kind, pid), rec


def _worker(system: str, root: str, tasks: list[Task], q: Any, core: int | None) -> None:
    if core is not None and hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {core})
    _quiet()
    try:
        for event, task, rec in extract_pages(system, Path(root), tasks):
            q.put((event, task, rec))
    except Exception as exc:  # import or setup failure: tell the parent instead of dying silently
        q.put(("fatal", None, {"error": f"{type(exc).__name__}: {exc}"}))
        return
    q.put(("exit", None, None))


def pick_core() -> int | None:
    """The last allowed core: on a shared 2-core box, core 0 tends to carry the interactive load."""
    try:
        return max(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return None


class SystemFailed(RuntimeError):
    pass


def run_in_child(
    system: str,
    root: Path,
    tasks: list[Task],
    on_result: Callable[[Task, Record], None],
    page_timeout: float = 120.0,
) -> None:
    """Run ``tasks`` in spawned children, restarting after a crash or hang with the page blamed for it."""
    for var in _ONE_THREAD:
        os.environ.setdefault(var, "1")
    ctx = mp.get_context("spawn")
    remaining = list(tasks)
    core = pick_core()
    while remaining:
        q = ctx.Queue()
        proc = ctx.Process(target=_worker, args=(system, str(root), remaining, q, core), daemon=True)
        proc.start()
        inflight: Task | None = None
        started = 0.0
        finished: set[Task] = set()
        failure: str | None = None
        while True:
            try:
                event, task, rec = q.get(timeout=0.5)
            except queue_mod.Empty:
                if not proc.is_alive():
                    failure = f"crashed (exit code {proc.exitcode})"
                    break
                if inflight is not None and time.monotonic() - started > page_timeout:
                    proc.kill()
                    failure = f"timeout after {page_timeout:.0f}s"
                    break
                continue
            if event == "start":
                inflight, started = task, time.monotonic()
            elif event == "done":
                assert task is not None and rec is not None
                finished.add(task)
                inflight = None
                on_result(task, rec)
            elif event == "fatal":
                proc.join(timeout=5)
                raise SystemFailed(f"{system}: {rec['error'] if rec else 'unknown error'}")
            else:  # exit
                break
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        remaining = [t for t in remaining if t not in finished]
        if failure is not None:
            if inflight is None:
                raise SystemFailed(f"{system}: worker {failure} outside any page")
            # Charged the time it burnt, so a hanging peer is slow in the table, not free.
            on_result(
                inflight,
                {
                    "body": "",
                    "title": None,
                    "date": None,
                    "author": None,
                    "seconds": time.monotonic() - started,
                    "error": failure,
                },
            )
            remaining = [t for t in remaining if t != inflight]


def run_in_process(system: str, root: Path, tasks: list[Task]) -> dict[Task, Record]:
    """Same extraction without a child: for the regression test, which runs cleaner alone."""
    out: dict[Task, Record] = {}
    for event, task, rec in extract_pages(system, root, tasks):
        if event == "done" and rec is not None:
            out[task] = rec
    return out


# --- cache ------------------------------------------------------------------------------------------


class Cache:
    """Peer results keyed by system + version + adapter rev + set + input kind + page id.

    One JSON Lines file per (system, version, set, kind), appended to page by page, so an interrupted run
    keeps everything it finished. Peers do not change between runs, so their outputs and timings are
    reused; cleaner is never cached.
    """

    def __init__(self, base: Path = CACHE_DIR) -> None:
        self.base = base

    def path(self, system: str, s: str, kind: str) -> Path:
        sysobj = SYSTEMS[system]
        return self.base / system / f"{sysobj.version()}-r{sysobj.rev}" / f"{s}-{kind}.jsonl"

    def load(self, system: str, s: str, kind: str) -> dict[str, Record]:
        path = self.path(system, s, kind)
        out: dict[str, Record] = {}
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError:  # a line cut by an interrupted run
                        continue
                    out[rec.pop("id")] = rec
        return out

    def rewrite(self, system: str, s: str, kind: str, recs: dict[str, Record]) -> None:
        """Replace a file wholesale (after a retiming), so reruns do not grow it without end."""
        path = self.path(system, s, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for pid, rec in recs.items():
                fh.write(json.dumps({"id": pid, **rec}, ensure_ascii=False) + "\n")
        tmp.replace(path)

    def append(self, system: str, task: Task, rec: Record) -> None:
        s, kind, pid = task
        path = self.path(system, s, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": pid, **rec}, ensure_ascii=False) + "\n")
