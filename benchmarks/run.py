"""``python -m benchmarks.run``: cleaner against its peers on the shared sets, from HTML and text dumps.

Tables go to stdout (Markdown, pasteable into the README); progress goes to stderr. Everything a later
look needs is written to the output folder: ``summary.md``, ``pages.jsonl`` (per-page scores of every
system), ``cleaner_outputs.jsonl`` (what cleaner produced, to study errors), ``scatter_<set>.png`` and,
with ``--worst``, ``worst.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shlex
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from benchmarks import report as R
from benchmarks.datasets import INPUTS, SETS, DatasetsMissing, Truth, load_truth, resolve_root
from benchmarks.extraction import Cache, Record, SystemFailed, Task, run_in_child
from benchmarks.peers import PEERS, REFERENCE, SYSTEMS

RESULTS_DIR = Path(__file__).resolve().parent / "results"
err = Console(stderr=True)


def _csv(allowed: tuple[str, ...], what: str) -> Callable[[click.Context, click.Parameter, str], list[str]]:
    def parse(_ctx: click.Context, _param: click.Parameter, value: str) -> list[str]:
        items = [v.strip() for v in value.split(",") if v.strip()]
        bad = [v for v in items if v not in allowed]
        if bad:
            raise click.BadParameter(f"unknown {what} {', '.join(bad)}; known: {', '.join(allowed)}")
        return items

    return parse


def collect(
    system: str,
    root: Path,
    truths: dict[str, list[Truth]],
    kinds: list[str],
    cache: Cache | None,
    progress: Progress,
) -> dict[tuple[str, str], dict[str, Record]]:
    """Results of one system for every (set, kind): cached ones reused, the rest run in a child."""
    results: dict[tuple[str, str], dict[str, Record]] = {}
    todo: list[Task] = []
    for s, pages in truths.items():
        for kind in kinds:
            have = cache.load(system, s, kind) if cache else {}
            results[(s, kind)] = {t.id: have[t.id] for t in pages if t.id in have}
            todo += [(s, kind, t.id) for t in pages if t.id not in have]
    total = sum(len(p) for p in truths.values()) * len(kinds)
    bar = progress.add_task(f"{system:<12}", total=total, completed=total - len(todo))

    def on_result(task: Task, rec: Record) -> None:
        s, kind, pid = task
        results[(s, kind)][pid] = rec
        if cache is not None:
            cache.append(system, task, rec)
        progress.advance(bar)

    if todo:
        run_in_child(system, root, todo, on_result)
    return results


_VOLATILE = ("seconds", "cpu_seconds", "error")  # taken from the record, so a retimed peer needs no rescoring


def _score_fingerprint() -> str:
    """Scores depend on the scoring code and the truth; a change to either invalidates cached scores."""
    h = hashlib.sha1()
    for mod in (R, R.M, sys.modules[Truth.__module__]):
        h.update(Path(mod.__file__ or "").read_bytes())
    return h.hexdigest()[:12]


def score(
    system: str, s: str, kind: str, truths: list[Truth], recs: dict[str, Record], cache: Cache | None
) -> list[dict[str, Any]]:
    """Per-page score rows; a peer's are cached beside its outputs (they are as fixed as the outputs)."""
    stored: dict[str, dict[str, Any]] = {}
    path = None
    if cache is not None:
        path = cache.path(system, s, kind).with_suffix(f".scores-{_score_fingerprint()}.json")
        if path.exists():
            stored = json.loads(path.read_text(encoding="utf-8"))
    rows, fresh = [], 0
    for t in truths:
        rec = recs.get(t.id)
        if rec is None:
            continue
        row = stored.get(t.id)
        if row is None:
            row = R.score_page(t, rec)
            stored[t.id] = {k: v for k, v in row.items() if k not in _VOLATILE}
            fresh += 1
        else:
            row = {**row, **{k: rec.get(k) for k in _VOLATILE}}
        rows.append(row)
    if path is not None and fresh:
        path.write_text(json.dumps(stored), encoding="utf-8")
    return rows


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--datasets",
    "datasets",
    default=None,
    metavar="PATH",
    help="Folder with scrapinghub/ and wcxb-dev/ (else $CLEANER_DATASETS, else ../shared/datasets).",
)
@click.option(
    "--systems",
    default=",".join(("cleaner", *PEERS)),
    show_default=True,
    callback=_csv(tuple(SYSTEMS), "system"),
    help="Comma-separated systems to run.",
)
@click.option("--sets", "sets", default=",".join(SETS), show_default=True, callback=_csv(SETS, "set"))
@click.option(
    "--inputs", "inputs", default=",".join(INPUTS), show_default=True, callback=_csv(INPUTS, "input")
)
@click.option(
    "--worst", type=int, default=0, metavar="N", help="List cleaner's N worst pages per set and input."
)
@click.option(
    "--limit", type=int, default=0, metavar="N", help="Only the first N pages of each set (quick runs)."
)
@click.option("--no-cache", is_flag=True, help="Rerun peers instead of reusing their cached results.")
@click.option(
    "--retime-reference/--cached-reference",
    default=True,
    show_default=True,
    help="Rerun trafilatura so the speed ratios compare with it timed in this very run (a few minutes); "
    "--cached-reference reuses its cached timings.",
)
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder (default benchmarks/results/<timestamp>, with results/latest pointing to it).",
)
def main(
    datasets: str | None,
    systems: list[str],
    sets: list[str],
    inputs: list[str],
    worst: int,
    limit: int,
    no_cache: bool,
    retime_reference: bool,
    out: Path | None,
) -> None:
    """Measure cleaner against its peers: body accuracy, title, date, author and speed."""
    started = time.monotonic()
    try:
        root = resolve_root(datasets)
    except DatasetsMissing as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(2)

    truths = {s: load_truth(root, s)[: limit or None] for s in sets}
    truth_index = {s: {t.id: t for t in pages} for s, pages in truths.items()}
    cache = None if no_cache else Cache()
    fresh_timing = {"cleaner"} | (set(systems) if no_cache else set())
    all_results: dict[str, dict[tuple[str, str], dict[str, Record]]] = {}

    err.print(
        f"datasets: {root}  sets: {', '.join(f'{s} ({len(p)})' for s, p in truths.items())}  "
        f"inputs: {', '.join(inputs)}"
    )
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as progress:
        for system in systems:
            use_cache = None if system == "cleaner" else cache
            if system == REFERENCE and retime_reference and cache is not None:
                use_cache = None
                fresh_timing.add(system)
            try:
                res = collect(system, root, truths, inputs, use_cache, progress)
            except SystemFailed as exc:
                err.print(f"[yellow]skipping {system}:[/yellow] {exc}")
                continue
            if system == REFERENCE and retime_reference and cache is not None:
                for (s, kind), recs in res.items():  # refresh the cache with the new timings
                    cache.rewrite(system, s, kind, {**cache.load(system, s, kind), **recs})
            all_results[system] = res

    out_dir = out or RESULTS_DIR / datetime.now().strftime("%Y%m%d-%H%M%S")
    out_dir.mkdir(parents=True, exist_ok=True)
    if out is None:
        latest = RESULTS_DIR / "latest"
        if latest.is_symlink() or latest.exists():
            latest.unlink()
        latest.symlink_to(out_dir.name)

    labels = {name: SYSTEMS[name].label or name for name in SYSTEMS}
    plot_labels = {
        **{name: name for name in SYSTEMS},
        "alltext": "all text",
        "readability": "readability-lxml",
    }
    tables: list[str] = []
    worst_parts: list[str] = []
    with (
        (out_dir / "pages.jsonl").open("w", encoding="utf-8") as pages_fh,
        (out_dir / "cleaner_outputs.jsonl").open("w", encoding="utf-8") as clean_fh,
    ):
        for s in sets:
            points: list[tuple[str, str, float, float]] = []
            for kind in inputs:
                summaries: list[R.Summary] = []
                rows_by_system: dict[str, list[dict[str, Any]]] = {}
                for system, res in all_results.items():
                    recs = res.get((s, kind), {})
                    rows = score(system, s, kind, truths[s], recs, None if system == "cleaner" else cache)
                    if not rows:
                        continue
                    rows_by_system[system] = rows
                    for r in rows:
                        pages_fh.write(json.dumps({"set": s, "input": kind, "system": system, **r}) + "\n")
                    if system == "cleaner":
                        for t in truths[s]:
                            if t.id in recs:
                                clean_fh.write(
                                    json.dumps(
                                        {"set": s, "input": kind, "id": t.id, **recs[t.id]},
                                        ensure_ascii=False,
                                    )
                                    + "\n"
                                )
                    summaries.append(R.summarise(system, rows))
                R.add_ratios(summaries, REFERENCE)
                if not summaries:
                    continue
                tables.append(R.markdown_table(s, kind, summaries, labels))
                if s.startswith("wcxb"):
                    tables.append(R.page_type_table(s, kind, rows_by_system, labels))
                short = {"html": "HTML", "dump": "dump"}[kind]
                points += [
                    (f"{plot_labels[x.system]} ({short})", kind, x.docs_per_s, x.primary(s))
                    for x in summaries
                ]
                if worst and "cleaner" in rows_by_system:
                    worst_parts.append(
                        R.worst_pages(
                            s,
                            kind,
                            rows_by_system["cleaner"],
                            truth_index[s],
                            all_results["cleaner"][(s, kind)],
                            worst,
                        )
                    )
            if points:
                try:
                    R.scatter(out_dir / f"scatter_{s}.png", s, points)
                except (
                    ImportError
                ):  # matplotlib comes with the bench group; tables matter more than the picture
                    err.print(
                        "[yellow]matplotlib missing (pip install -e '.[bench]'): no scatter plot[/yellow]"
                    )

    elapsed = time.monotonic() - started
    timing_note = (
        "Speed: documents per second of the extraction call alone, one process per system pinned to one core. "
        + (
            "Peer timings come from their cached run"
            + (", except trafilatura's, rerun now" if REFERENCE in fresh_timing else "")
            + "; cleaner's are from this run."
            if cache is not None
            else "All systems were timed in this run."
        )
    )
    versions = ", ".join(f"{n} {SYSTEMS[n].version()}" for n in all_results if SYSTEMS[n].dist)
    header = (
        f"# Benchmark results\n\n"
        f"Command: `{' '.join(['python -m benchmarks.run', *map(shlex.quote, sys.argv[1:])])}`  \n"
        f"Date: {datetime.now():%Y-%m-%d %H:%M}, {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores; wall time {elapsed:.0f} s  \n"
        f"Versions: {versions}  \n"
        f"{timing_note}\n\n"
    )
    body = "\n".join(tables)
    (out_dir / "summary.md").write_text(header + body, encoding="utf-8")
    click.echo(body)
    if worst_parts:
        text = "\n".join(worst_parts)
        (out_dir / "worst.md").write_text(text, encoding="utf-8")
        click.echo(text)
    err.print(f"wrote {out_dir} in {elapsed:.0f} s")


if __name__ == "__main__":
    main()
