"""From extraction records to per-page scores, summary rows, Markdown tables, the scatter plot and the
worst-pages diff.

Kept apart from ``run.py`` so that the regression test can score cleaner with exactly the code the
published tables use, without the CLI, the peers or matplotlib.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import metrics as M
from benchmarks.datasets import Truth

PRIMARY = {"scrapinghub": "shingle_f1", "wcxb-dev": "bow_f1"}  # what each set is ranked and plotted by


@functools.cache
def _truth_features(truth: Truth) -> tuple[Counter[tuple[str, ...]], Counter[str]]:
    """A page's truth is scored against every system and input kind: shingle it once."""
    return M.shingles(truth.body), M.bag_of_words(truth.body)


def score_page(truth: Truth, rec: dict[str, Any]) -> dict[str, Any]:
    """One JSON-able row per (system, set, input, page): every number the summary needs, nothing more."""
    body = rec.get("body") or ""
    truth_shingles, truth_bow = _truth_features(truth)
    sh = M.shingle_page_counts(M.shingles(body), truth_shingles)
    row: dict[str, Any] = {
        "id": truth.id,
        "page_type": truth.page_type,
        "tp": sh.tp,
        "fp": sh.fp,
        "fn": sh.fn,
        "shingle_p": sh.precision,
        "shingle_r": sh.recall,
        "shingle_f1": M.f1_of(sh.precision, sh.recall),
        "bow_f1": M.bow_f1_counts(M.bag_of_words(body), truth_bow),
        "pred_words": len(M.tokens(body)),
        "seconds": rec.get("seconds"),
        "cpu_seconds": rec.get("cpu_seconds"),
        "error": rec.get("error"),
    }
    if truth.with_snippets or truth.without_snippets:
        c = M.snippet_counts(body, truth.with_snippets, truth.without_snippets)
        row.update(
            with_found=c.with_found,
            with_total=c.with_total,
            without_found=c.without_found,
            without_total=c.without_total,
        )
    if truth.title:
        row["title_exact"] = M.title_exact(rec.get("title"), truth.title)
        row["title_close"] = M.title_close(rec.get("title"), truth.title)
    if truth.date:
        row["date_ok"] = M.date_correct(rec.get("date"), truth.date)
    if truth.author:
        row["author_exact"] = M.title_exact(rec.get("author"), truth.author)
    return row


def _share(rows: Sequence[dict[str, Any]], key: str) -> float | None:
    vals = [r[key] for r in rows if key in r]
    return sum(1 for v in vals if v) / len(vals) if vals else None


@dataclass
class Summary:
    system: str
    n: int
    shingle: M.CorpusPRF
    bow_f1: float
    snippets: M.CorpusPRF | None
    title_exact: float | None
    title_close: float | None
    date_acc: float | None
    author_exact: float | None
    docs_per_s: float
    errors: int
    ratio: float | None = None
    # The same from CPU time (the extracting thread's): on a shared machine, wall time also counts the
    # moments another process held the core, which hit a 2-second run harder than a 6-second one.
    cpu_docs_per_s: float = float("nan")
    cpu_ratio: float | None = None

    def primary(self, set_name: str) -> float:
        return self.shingle.f1 if PRIMARY.get(set_name) == "shingle_f1" else self.bow_f1


def summarise(system: str, rows: Sequence[dict[str, Any]]) -> Summary:
    pages = [M.ShinglePage(r["tp"], r["fp"], r["fn"]) for r in rows]
    snip = None
    if any("with_total" in r for r in rows):
        total = M.SnippetCounts()
        for r in rows:
            if "with_total" in r:
                total = total + M.SnippetCounts(
                    r["with_found"], r["with_total"], r["without_found"], r["without_total"]
                )
        snip = M.snippet_prf(total)
    secs = [
        r["seconds"]
        for r in rows
        if isinstance(r.get("seconds"), int | float) and math.isfinite(r["seconds"])
    ]
    cpu = [
        r["cpu_seconds"]
        for r in rows
        if isinstance(r.get("cpu_seconds"), int | float) and math.isfinite(r["cpu_seconds"])
    ]
    return Summary(
        system=system,
        n=len(rows),
        shingle=M.corpus_shingle(pages),
        bow_f1=sum(r["bow_f1"] for r in rows) / len(rows) if rows else 0.0,
        snippets=snip,
        title_exact=_share(rows, "title_exact"),
        title_close=_share(rows, "title_close"),
        date_acc=_share(rows, "date_ok"),
        author_exact=_share(rows, "author_exact"),
        docs_per_s=M.docs_per_second(secs),
        errors=sum(1 for r in rows if r.get("error")),
        cpu_docs_per_s=M.docs_per_second(cpu) if len(cpu) == len(secs) else float("nan"),
    )


def add_ratios(summaries: Iterable[Summary], reference: str) -> None:
    """Speed relative to trafilatura in the same run: absolute times on a shared box are noise."""
    summaries = list(summaries)
    ref = next((s for s in summaries if s.system == reference), None)
    for s in summaries:
        s.ratio = _ratio(s.docs_per_s, ref.docs_per_s if ref else None)
        s.cpu_ratio = _ratio(s.cpu_docs_per_s, ref.cpu_docs_per_s if ref else None)


def _ratio(x: float, ref: float | None) -> float | None:
    if ref is None or not (ref > 0 and math.isfinite(ref) and math.isfinite(x)):
        return None
    return x / ref


# --- tables -----------------------------------------------------------------------------------------


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _speed(x: float) -> str:
    if not math.isfinite(x):
        return "–"
    if x >= 100_000:  # the all-text baseline on a dump is the identity: its speed means nothing
        return ">100k"
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}"


def markdown_table(set_name: str, kind: str, summaries: Sequence[Summary], labels: dict[str, str]) -> str:
    wcxb = set_name.startswith("wcxb")
    head = ["system", "shingle P", "shingle R", "shingle F1", "BoW F1"]
    if wcxb:
        head += [
            "snippet P",
            "snippet R",
            "snippet F1",
            "title exact",
            "title close",
            "date acc",
            "author exact",
        ]
    head += ["docs/s", "× trafilatura", "× trafilatura (CPU)", "errors"]
    lines = [
        f"### {set_name}, from {'HTML' if kind == 'html' else 'the text dump'} ({summaries[0].n} pages)"
        if summaries
        else f"### {set_name}, {kind}",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|",
    ]
    for s in sorted(summaries, key=lambda s: -s.primary(set_name)):
        cells = [
            labels.get(s.system, s.system),
            _f(s.shingle.precision),
            _f(s.shingle.recall),
            _f(s.shingle.f1),
            _f(s.bow_f1),
        ]
        if wcxb:
            sn = s.snippets
            cells += [
                _f(sn.precision if sn else None),
                _f(sn.recall if sn else None),
                _f(sn.f1 if sn else None),
                _f(s.title_exact),
                _f(s.title_close),
                _f(s.date_acc),
                _f(s.author_exact),
            ]
        cells += [_speed(s.docs_per_s), _f(s.ratio, 2), _f(s.cpu_ratio, 2), str(s.errors)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def page_type_table(
    set_name: str, kind: str, rows_by_system: dict[str, list[dict[str, Any]]], labels: dict[str, str]
) -> str:
    types = sorted({r["page_type"] for rows in rows_by_system.values() for r in rows if r.get("page_type")})
    if not types:
        return ""
    counts = {
        t: sum(1 for r in next(iter(rows_by_system.values())) if r.get("page_type") == t) for t in types
    }
    head = ["system"] + [f"{t} ({counts[t]})" for t in types]
    lines = [
        f"#### {set_name}, {('HTML' if kind == 'html' else 'text dump')}: BoW F1 per page type",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join(["---"] + ["---:"] * len(types)) + "|",
    ]
    order = sorted(rows_by_system, key=lambda s: -sum(r["bow_f1"] for r in rows_by_system[s]))
    for system in order:
        rows = rows_by_system[system]
        cells = [labels.get(system, system)]
        for t in types:
            vals = [r["bow_f1"] for r in rows if r.get("page_type") == t]
            cells.append(_f(sum(vals) / len(vals) if vals else None))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# --- scatter ----------------------------------------------------------------------------------------


def scatter(path: Path, set_name: str, points: Sequence[tuple[str, str, float, float]]) -> None:
    """Accuracy vs speed, one point per system × input kind: the picture people look at first."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metric = "body shingle F1" if PRIMARY.get(set_name) == "shingle_f1" else "body bag-of-words F1"
    fig, ax = plt.subplots(figsize=(8, 5.5), dpi=120)
    styles = {"html": ("o", "tab:blue", "from HTML"), "dump": ("s", "tab:orange", "from text dump")}
    for kind, (marker, color, label) in styles.items():
        # The all-text baseline is a floor, not a competitor (on a dump it is the identity and would
        # stretch the speed axis by four decades): a dashed line at its accuracy.
        for name, k, _x, y in points:
            if k == kind and name.startswith("all text"):
                ax.axhline(y, color=color, linestyle="--", linewidth=1, alpha=0.7)
                ax.annotate(
                    f"all text, nothing removed ({'HTML' if kind == 'html' else 'dump'})",
                    (0.01, y),
                    xycoords=("axes fraction", "data"),
                    textcoords="offset points",
                    xytext=(0, 3),
                    fontsize=7,
                    color=color,
                )
        pts = [
            (x, y, name)
            for name, k, x, y in points
            if k == kind and math.isfinite(x) and x > 0 and not name.startswith("all text")
        ]
        if not pts:
            continue
        ax.scatter(
            [p[0] for p in pts],
            [p[1] for p in pts],
            marker=marker,
            color=color,
            label=label,
            s=60,
            edgecolors=["red" if p[2].startswith("cleaner") else "none" for p in pts],
            linewidths=2,
            zorder=3,
        )
        for x, y, name in pts:
            ax.annotate(
                name,
                (x, y),
                textcoords="offset points",
                xytext=(5, 4),
                fontsize=8,
                fontweight="bold" if name.startswith("cleaner") else "normal",
            )
    ax.set_xscale("log")
    ax.set_xlabel("documents per second, one core (log scale)")
    ax.set_ylabel(metric)
    ax.set_title(f"{set_name}: accuracy vs speed")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="best")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


# --- worst pages ------------------------------------------------------------------------------------


def _clip(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _uncovered(lines: Sequence[str], other: str, threshold: float = 0.5) -> list[str]:
    """Lines less than half of whose shingles occur in ``other``: robust to differing paragraph splits."""
    pool = M.shingles(other)
    out = []
    for line in lines:
        sh = M.shingles(line)
        if not sh:
            continue
        hit = sum((sh & pool).values())
        if hit / sum(sh.values()) < threshold:
            out.append(line)
    return out


def line_diff(pred: str, truth: str, max_lines: int = 8, width: int = 140) -> str:
    missing = _uncovered([x for x in truth.splitlines() if x.strip()], pred)
    extra = _uncovered([x for x in pred.splitlines() if x.strip()], truth)
    out: list[str] = []
    for sign, lines in (("-", missing), ("+", extra)):
        for line in lines[:max_lines]:
            out.append(f"  {sign} {_clip(line, width)}")
        if len(lines) > max_lines:
            out.append(
                f"  {sign} … and {len(lines) - max_lines} more {'missing' if sign == '-' else 'extra'} lines"
            )
    return "\n".join(out) if out else "  (no line-level difference; tokens differ inside lines)"


def worst_pages(
    set_name: str,
    kind: str,
    rows: Sequence[dict[str, Any]],
    truths: dict[str, Truth],
    records: dict[str, dict[str, Any]],
    n: int,
) -> str:
    key = PRIMARY.get(set_name, "shingle_f1")
    ranked = sorted(rows, key=lambda r: (r[key], r["id"]))[:n]
    parts = [f"## cleaner, {set_name}, {kind}: {len(ranked)} worst pages by {key}", ""]
    for r in ranked:
        t = truths[r["id"]]
        rec = records.get(r["id"], {})
        meta = f"P={r['shingle_p']:.2f} R={r['shingle_r']:.2f} BoW={r['bow_f1']:.2f}"
        if t.page_type:
            meta += f" type={t.page_type}"
        parts.append(f"### {r['id']}  {key}={r[key]:.3f}  {meta}")
        parts.append(f"  url: {t.url}")
        if t.title:
            parts.append(f"  title: gold={_clip(t.title, 80)!r} got={_clip(rec.get('title') or '', 80)!r}")
        if r.get("error"):
            parts.append(f"  error: {r['error']}")
        parts.append(line_diff(rec.get("body") or "", t.body))
        parts.append("")
    return "\n".join(parts) + "\n"
