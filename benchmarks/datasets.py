"""Loading the shared benchmark sets (see ``../shared/datasets/README.md`` for the layout).

Ground truth and inputs are loaded separately: the parent process only needs the truth to score, while
each system's worker process reads the inputs it extracts from, so no big strings cross process borders.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SETS: tuple[str, ...] = ("scrapinghub", "wcxb-dev")
INPUTS: tuple[str, ...] = ("html", "dump")
ENV_VAR = "CLEANER_DATASETS"
SHARED_ENV_VAR = "CLEANER_SHARED"
REPO_ROOT = Path(__file__).resolve().parent.parent


class DatasetsMissing(RuntimeError):
    """Raised with a message a person can act on when the datasets folder is not where we look."""


@dataclass(frozen=True)
class Truth:
    """Human ground truth for one page; fields a set does not annotate stay None / empty."""

    set: str
    id: str
    body: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    with_snippets: tuple[str, ...] = field(default_factory=tuple)
    without_snippets: tuple[str, ...] = field(default_factory=tuple)
    page_type: str | None = None


def resolve_root(option: str | os.PathLike[str] | None = None) -> Path:
    """--datasets beats $CLEANER_DATASETS beats $CLEANER_SHARED/datasets beats ``../shared/datasets``.

    The default is resolved against the repo root, not the working directory, so the command works from
    anywhere inside the checkout.
    """
    raw = option or os.environ.get(ENV_VAR)
    shared = os.environ.get(SHARED_ENV_VAR)
    if raw:
        root = Path(raw).expanduser()
    elif shared:  # the test suite's convention for the whole shared folder
        root = Path(shared).expanduser() / "datasets"
    else:
        root = REPO_ROOT.parent / "shared" / "datasets"
    root = root.resolve()
    if not root.is_dir():
        if option:
            source = "--datasets"
        elif os.environ.get(ENV_VAR):
            source = f"${ENV_VAR}"
        else:
            source = f"${SHARED_ENV_VAR}/datasets" if shared else "the default"
        raise DatasetsMissing(
            f"datasets folder not found: {root} (from {source}). Pass --datasets PATH or set {ENV_VAR} "
            f"to the folder holding scrapinghub/ and wcxb-dev/."
        )
    return root


def _iso_day(value: str | None) -> str | None:
    """Gold dates come as 'YYYY-MM-DD' or a longer ISO stamp; the metric compares the day only."""
    if not value:
        return None
    value = str(value).strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def load_truth(root: Path, name: str) -> list[Truth]:
    """All pages of one set, sorted by id so every run and every worker sees the same order."""
    base = root / name
    if not base.is_dir():
        raise DatasetsMissing(f"set {name!r} not found under {root}")
    out: list[Truth] = []
    if name == "scrapinghub":
        data = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
        for pid in sorted(data):
            rec = data[pid]
            out.append(Truth(set=name, id=pid, body=rec.get("articleBody") or "", url=rec.get("url")))
    elif name == "wcxb-dev":
        meta_path = base / "metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        for path in sorted((base / "ground-truth").glob("*.json")):
            rec = json.loads(path.read_text(encoding="utf-8"))
            pid = path.stem
            gt = rec.get("ground_truth") or {}
            ptype = ((rec.get("_internal") or {}).get("page_type") or {}).get("primary")
            ptype = ptype or (meta.get(pid) or {}).get("page_type")
            out.append(
                Truth(
                    set=name,
                    id=pid,
                    body=gt.get("main_content") or "",
                    url=rec.get("url"),
                    title=gt.get("title") or None,
                    author=gt.get("author") or None,
                    date=_iso_day(gt.get("publish_date")),
                    with_snippets=tuple(s for s in gt.get("with") or () if s and s.strip()),
                    without_snippets=tuple(s for s in gt.get("without") or () if s and s.strip()),
                    page_type=ptype,
                )
            )
    else:
        raise DatasetsMissing(f"unknown set {name!r}; known: {', '.join(SETS)}")
    return out


def read_html(root: Path, name: str, pid: str) -> str:
    """The sets promise UTF-8; 'replace' keeps one odd byte from losing a whole page."""
    with gzip.open(root / name / "html" / f"{pid}.html.gz", "rb") as fh:
        return fh.read().decode("utf-8", errors="replace")


def read_dump(root: Path, name: str, pid: str) -> str:
    path = root / name / "dumps" / f"{pid}.txt"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def read_input(root: Path, name: str, pid: str, kind: str) -> str:
    if kind == "html":
        return read_html(root, name, pid)
    if kind == "dump":
        return read_dump(root, name, pid)
    raise ValueError(f"unknown input kind {kind!r}; known: {', '.join(INPUTS)}")


def iter_inputs(root: Path, name: str, ids: list[str], kind: str) -> Iterator[tuple[str, str]]:
    for pid in ids:
        yield pid, read_input(root, name, pid, kind)
