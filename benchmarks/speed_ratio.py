"""``python -m benchmarks.speed_ratio``: cleaner's speed against trafilatura's, in alternating rounds.

``benchmarks.run`` times each system once, one after the other. On a shared virtual machine the host's
speed drifts between those two passes: the same code measured 3.6x and 5.2x trafilatura's speed minutes
apart, so one ratio says as much about the host as about the code. Here both systems stay loaded in their
own child process, pinned to the same core, and take turns: a full pass of cleaner over the set, then a full
pass of the reference, round after round. Each round's ratio compares passes seconds apart. Every round is
printed with the median ratio and the ratio of the two systems' best passes, so the spread stays visible.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import statistics
import sys
import time
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

import click
from rich.console import Console

from benchmarks.datasets import INPUTS, SETS, DatasetsMissing, load_truth, read_input, resolve_root
from benchmarks.extraction import _ONE_THREAD, _quiet, pick_core
from benchmarks.peers import REFERENCE, SYSTEMS, make_extractor, prepare_input

err = Console(stderr=True)

DEFAULT_ROUNDS = 7


def _serve(
    system: str, kind: str, root: str, s: str, ids: list[str], conn: Connection, core: int | None
) -> None:
    """Child: load the extractor and the pages once, then time one full pass per request."""
    if core is not None and hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {core})
    _quiet()
    try:
        pages = [prepare_input(system, kind, read_input(Path(root), s, pid, kind)) for pid in ids]
        extract = make_extractor(system, kind)
        with contextlib.suppress(Exception):  # one-time costs (imports, models) are not the speed
            extract(pages[0])
    except Exception as exc:
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while conn.recv() == "pass":
        wall = cpu = 0.0
        failed = 0
        for page in pages:
            c0, t0 = time.thread_time(), time.perf_counter()
            try:
                extract(page)
            except Exception:  # a page a peer fails on still cost its time
                failed += 1
            wall += time.perf_counter() - t0
            cpu += time.thread_time() - c0
        conn.send(("pass", (wall, cpu, failed)))


class _Child:
    def __init__(self, system: str, kind: str, root: Path, s: str, ids: list[str], core: int | None) -> None:
        ctx = mp.get_context("spawn")
        self.system = system
        self.conn, child_end = ctx.Pipe()
        self.proc = ctx.Process(
            target=_serve, args=(system, kind, str(root), s, ids, child_end, core), daemon=True
        )
        self.proc.start()
        event, detail = self.conn.recv()
        if event != "ready":
            self.close()
            raise click.ClickException(f"{system} could not start: {detail}")

    def run_pass(self) -> tuple[float, float, int]:
        self.conn.send("pass")
        _event, result = self.conn.recv()
        return result

    def close(self) -> None:
        with contextlib.suppress(OSError, BrokenPipeError):
            self.conn.send("stop")
        self.proc.join(timeout=10)
        if self.proc.is_alive():
            self.proc.kill()


@click.command()
@click.option(
    "--datasets", default=None, help="Folder holding the sets (default: as benchmarks.run finds it)."
)
@click.option("--set", "s", type=click.Choice(SETS), default="scrapinghub", show_default=True)
@click.option("--input", "kind", type=click.Choice(INPUTS), default="html", show_default=True)
@click.option(
    "--reference", default=REFERENCE, show_default=True, help="The system cleaner is compared with."
)
@click.option("--rounds", type=click.IntRange(1), default=DEFAULT_ROUNDS, show_default=True)
@click.option("--limit", type=click.IntRange(0), default=0, help="Only the first N pages (0: all).")
def main(datasets: str | None, s: str, kind: str, reference: str, rounds: int, limit: int) -> None:
    """Time cleaner and a reference system in alternating full passes; print each round's speed ratio."""
    if reference not in SYSTEMS or reference == "cleaner":
        raise click.BadParameter(f"unknown reference {reference!r}; known: {', '.join(SYSTEMS)}")
    try:
        root = resolve_root(datasets)
    except DatasetsMissing as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(2)
    ids = [t.id for t in load_truth(root, s)][: limit or None]
    for var in _ONE_THREAD:  # as benchmarks.run: one thread per child, so turns do not overlap
        os.environ.setdefault(var, "1")
    core = pick_core()
    err.print(
        f"{s}, {kind}: {len(ids)} pages; cleaner and {reference} take turns on core {core}, {rounds} rounds"
    )
    children = [_Child("cleaner", kind, root, s, ids, core), _Child(reference, kind, root, s, ids, core)]
    passes: dict[str, list[tuple[float, float, int]]] = {"cleaner": [], reference: []}
    try:
        for r in range(rounds):
            for child in children:
                passes[child.system].append(child.run_pass())
            c, ref = passes["cleaner"][-1], passes[reference][-1]
            err.print(f"round {r + 1}: ratio {ref[0] / c[0]:.2f}x (cleaner {len(ids) / c[0]:.1f} docs/s)")
    finally:
        for child in children:
            child.close()

    n = len(ids)
    limited = f" --limit {limit}" if limit else ""
    click.echo(
        f"Command: `python -m benchmarks.speed_ratio --set {s} --input {kind} --rounds {rounds}{limited}`  "
    )
    click.echo(f"Date: {datetime.now():%Y-%m-%d %H:%M}, {n} pages, reference {reference}\n")
    click.echo(
        f"| round | cleaner docs/s | {reference} docs/s | × {reference} (wall) | × {reference} (CPU) |"
    )
    click.echo("|---:|---:|---:|---:|---:|")
    wall_ratios = []
    for r, (c, ref) in enumerate(zip(passes["cleaner"], passes[reference], strict=True), start=1):
        wall_ratios.append(ref[0] / c[0])
        click.echo(f"| {r} | {n / c[0]:.1f} | {n / ref[0]:.1f} | {ref[0] / c[0]:.2f} | {ref[1] / c[1]:.2f} |")
    best_c = min(p[0] for p in passes["cleaner"])
    best_ref = min(p[0] for p in passes[reference])
    click.echo(f"| median | | | **{statistics.median(wall_ratios):.2f}** | |")
    click.echo(f"| best passes | {n / best_c:.1f} | {n / best_ref:.1f} | **{best_ref / best_c:.2f}** | |")
    failed = {name: max(p[2] for p in ps) for name, ps in passes.items()}
    if any(failed.values()):
        click.echo(f"\nPages failing per pass: {failed}")


if __name__ == "__main__":
    main()
