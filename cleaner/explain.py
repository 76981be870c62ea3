"""The explain view: every block of the input with what became of it, for a person (rich, on stderr)
or for a program (JSON Lines on stdout)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cleaner.pipeline import Judged

ROLE_STYLES = {
    "kept": "green",
    "title": "bold cyan",
    "subtitle": "cyan",
    "date": "magenta",
    "byline": "magenta",
    "site": "blue",
}
MAX_SHOWN_CHARS = 160


def rows(judged: Judged) -> Iterator[dict[str, Any]]:
    for b in judged.doc.blocks:
        label = judged.label(b)
        yield {
            "index": b.index,
            "label": label,
            "reason": judged.reasons.get(b.index) if not judged.kept[b.index] else None,
            "text": b.text,
        }


def to_jsonl(judged: Judged) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(judged))


def show(judged: Judged, console: Console, *, source: str, only_dropped: bool = False) -> None:
    table = Table(title=f"cleaner explain: {source}", show_lines=False, expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("line")
    for r in rows(judged):
        label = r["label"]
        if only_dropped and label in ROLE_STYLES:
            continue
        style = ROLE_STYLES.get(label, "red")
        verdict = Text(label, style=style)
        if r["reason"] and label not in ROLE_STYLES:
            verdict.append(f"\n{r['reason']}", style="dim")
        text = r["text"]
        if len(text) > MAX_SHOWN_CHARS:
            text = text[: MAX_SHOWN_CHARS - 1] + "…"
        table.add_row(str(r["index"]), verdict, Text(text, style="" if label in ROLE_STYLES else "dim"))
    console.print(table)
    kept = sum(1 for k in judged.kept if k)
    summary = ", ".join(f"{name} {n}" for name, n in judged.stats.most_common())
    console.print(f"[bold]{kept}[/] of {len(judged.kept)} blocks kept; dropped by rule: {summary or 'none'}")
