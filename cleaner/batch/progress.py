"""What a person watching a batch sees, all on stderr: a live bar while it runs, a summary table after.

The bar is shown only when stderr is a terminal (a log file would fill with redraws); the summary is
printed unless --quiet. stdout is never touched, so a batch can sit in a pipeline.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

# Redraw the fields at most this often: a batch finishes hundreds of documents per second.
_REFRESH_S = 0.1


@dataclass
class Counts:
    cleaned: int = 0
    empty: int = 0
    failed: int = 0
    already_done: int = 0
    dropped: Counter[str] = field(default_factory=Counter)  # lines dropped per rule, this run
    skipped: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def processed(self) -> int:
        return self.cleaned + self.empty + self.failed

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started


class Bar:
    """A rich progress bar, or nothing when disabled; one task per phase (learning, cleaning)."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._last = 0.0
        self._start = 0.0
        self._done = 0
        if enabled:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>7.1f} docs/s"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("[red]{task.fields[failed]} failed"),
                console=console,
                transient=False,
            )

    def __enter__(self) -> Bar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def phase(self, description: str, total: int) -> None:
        if self._progress is None:
            return
        if self._task is not None:
            self._progress.update(self._task, completed=self._done, refresh=True)
        self._task = self._progress.add_task(description, total=total, rate=0.0, failed=0)
        self._start = time.monotonic()
        self._done = 0

    def advance(self, failed: int) -> None:
        if self._progress is None or self._task is None:
            return
        self._done += 1
        now = time.monotonic()
        if now - self._last >= _REFRESH_S:
            self._last = now
            rate = self._done / max(now - self._start, 1e-9)
            self._progress.update(self._task, completed=self._done, rate=rate, failed=failed)


def summary_table(counts: Counts, output: str) -> Table:
    t = Table(title=f"cleaner batch → {output}", title_justify="left", show_header=False, box=None)
    t.add_column(style="bold")
    t.add_column(justify="right")
    t.add_row("cleaned", str(counts.cleaned))
    t.add_row("empty articles", str(counts.empty))
    t.add_row("failed", f"[red]{counts.failed}[/]" if counts.failed else "0")
    if counts.already_done:
        t.add_row("already done (resumed)", str(counts.already_done))
    skipped = sum(counts.skipped.values())
    detail = ", ".join(f"{n} {why}" for why, n in sorted(counts.skipped.items()))
    t.add_row("skipped", f"{skipped}" + (f" ({detail})" if detail else ""))
    secs = counts.seconds
    if counts.dropped:
        top = counts.dropped.most_common(4)
        t.add_row("lines dropped (top rules)", ", ".join(f"{rule} {n}" for rule, n in top))
        # The batch-only rule is always shown, so a user sees what the template pass did.
        if counts.dropped["drop_site_template"] and "drop_site_template" not in dict(top):
            t.add_row("  by drop_site_template", str(counts.dropped["drop_site_template"]))
    t.add_row("time", f"{secs:.1f} s")
    t.add_row("throughput", f"{counts.processed / secs:.1f} docs/s" if secs > 0 else "-")
    return t
