"""Linear-scaling benchmark: time and peak memory per MB for text dumps and HTML from 10 KB to 200 MB.

Why: the cleaner runs unattended on whatever a scraper saved, so cost must grow linearly with input
size; a flat "s/MB" column is the proof, a rising one points at an O(n²) rule. Each size runs in a fresh
process so its peak RSS is its own. Inputs are synthetic pages (a headline, prose paragraphs with
distinct numbers so no line repeats, and menus, share buttons and related lists between them) grown to
the target size; ``--max-bytes`` is lifted so the whole input is cleaned. Peak RSS is reported above the
warmed-up process (interpreter, language model, date tables: ~140 MB) per input MB.

    python benchmarks/scaling.py                 # 10 KB ... 200 MB, text and html (~20 min on 2 cores)
    python benchmarks/scaling.py --max-mb 10     # quick look
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# The child imports ``cleaner`` from this checkout: run as a script, sys.path[0] is benchmarks/, and an
# installed (or editable) ``cleaner`` elsewhere would be measured instead.
REPO = Path(__file__).resolve().parent.parent

SIZES = [10_000, 100_000, 1_000_000, 10_000_000, 50_000_000, 200_000_000]

PARAGRAPH = (
    "Officials said on Tuesday that the council had approved plan number {i} after a long debate, and "
    "that work on the {i}th section of the riverside park would begin as soon as the funds arrive."
)
TEXT_CHROME = "Home | News | Sport | Weather\nShare\nFacebook\nTwitter\n{i} comments\nAdvertisement\n"
HTML_CHROME = (
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
    '<div class="share"><a href="#">Share</a> <a href="#">Facebook</a></div>'
    "<aside><h3>Related</h3><ul><li><a href='/a{i}'>Story {i} elsewhere</a></li></ul></aside>"
)


def _text_chunks() -> Iterator[str]:
    yield "Daily Planet\n\nCouncil Approves New Riverside Park\n\nBy Lois Lane\n\n"
    for i in itertools.count():
        yield (TEXT_CHROME if i % 5 == 4 else "") + PARAGRAPH.format(i=i) + "\n\n"


def _html_chunks() -> Iterator[str]:
    yield (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Council Approves Park | Planet"
        "</title></head><body><header><a href='/'>Daily Planet</a></header><article>"
        "<h1>Council Approves New Riverside Park</h1><p class='byline'>By Lois Lane</p>"
    )
    for i in itertools.count():
        yield (HTML_CHROME.format(i=i) if i % 5 == 4 else "") + f"<p>{PARAGRAPH.format(i=i)}</p>\n"


HTML_TAIL = b"</article></body></html>"


def write_input(kind: str, size: int, out: BinaryIO) -> None:
    """Stream a page of ``size`` bytes to ``out`` (written piecewise, so generating 200 MB costs no memory)."""
    budget = size - (len(HTML_TAIL) if kind == "html" else 0)
    for chunk in _text_chunks() if kind == "text" else _html_chunks():
        data = chunk.encode()
        out.write(data[:budget])
        budget -= len(data)
        if budget <= 0:
            break
    if kind == "html":
        out.write(HTML_TAIL)


def make_page(kind: str, size: int) -> bytes:
    buf = io.BytesIO()
    write_input(kind, size, buf)
    return buf.getvalue()


def child(kind: str, path: str) -> None:
    import cleaner
    from cleaner.config import Config
    from cleaner.pipeline import article_from, judge

    assert Path(cleaner.__file__).resolve().is_relative_to(REPO), cleaner.__file__
    # Warm up on a small page of the same kind: imports, the language model and dateparser's tables load
    # once per process (~3 s) and are not part of the per-MB cost.
    article_from(judge(make_page(kind, 10_000)))
    # The input is read like the CLI reads it; the baseline includes its bytes, the peak above it is what
    # cleaning costs.
    data = Path(path).read_bytes()
    config = Config(max_bytes=len(data) + 1, max_lines=len(data) + 1)  # 200 MB of text is ~2.1M lines
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), time.process_time()
    article = article_from(judge(data, config))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "bytes": len(data),
                "s": seconds,
                "cpu": cpu,
                "peak_mb": peak_kb / 1024,
                "base_mb": base_kb / 1024,
                "paras": len(article.paragraphs),
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=200)
    ap.add_argument("--kinds", default="text,html")
    ap.add_argument("--sizes", help="comma-separated byte sizes instead of the default ladder")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1])
        return
    sizes = [int(float(x)) for x in args.sizes.split(",")] if args.sizes else SIZES
    # CPU seconds are the comparable column on a shared machine; wall seconds also count waiting for a core.
    print(
        f"{'kind':<5} {'input':>10} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>8} {'peak MB':>8} "
        f"{'(peak-base)/MB in':>17} {'paras':>8} {'load':>5}"
    )
    for kind in args.kinds.split(","):
        for size in sizes:
            if size > args.max_mb * 1_000_000:
                continue
            with tempfile.NamedTemporaryFile(suffix=f".{kind}") as fh:
                write_input(kind, size, fh)
                fh.flush()
                out = subprocess.run(
                    [sys.executable, __file__, "--child", kind, fh.name],
                    capture_output=True,
                    text=True,
                    check=True,
                    env={**os.environ, "PYTHONPATH": str(REPO)},
                )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            mb = r["bytes"] / 1e6
            print(
                f"{kind:<5} {_human(r['bytes']):>10} {r['s']:8.2f} {r['cpu']:8.2f} {r['cpu'] / mb:8.2f} "
                f"{r['peak_mb']:8.0f} "
                f"{(r['peak_mb'] - r['base_mb']) / mb:17.1f} {r['paras']:8d} {os.getloadavg()[0]:5.1f}",
                flush=True,
            )


def _human(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n / 1e3:g} KB"


if __name__ == "__main__":
    main()
