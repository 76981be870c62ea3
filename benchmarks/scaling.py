"""Linear-scaling benchmark: time and peak memory per MB for text dumps and HTML from 10 KB to 200 MB.

Why: the cleaner runs unattended on whatever a scraper saved, so cost must grow linearly with input
size; a flat "s/MB" column is the proof, a rising one points at an O(n²) rule. Each size runs in a fresh
process so its peak RSS is its own. Inputs are synthetic pages (a headline, prose paragraphs with
distinct numbers so no line repeats, and menus, share buttons and related lists between them) grown to
the target size; ``--max-bytes`` is lifted so the whole input is cleaned.

    python benchmarks/scaling.py                 # 10 KB ... 200 MB, text and html (~20 min on 2 cores)
    python benchmarks/scaling.py --max-mb 10     # quick look
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

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


def make_text(size: int) -> bytes:
    parts = ["Daily Planet\n\nCouncil Approves New Riverside Park\n\nBy Lois Lane\n\n"]
    n, i = len(parts[0]), 0
    while n < size:
        chunk = (TEXT_CHROME if i % 5 == 4 else "") + PARAGRAPH.format(i=i) + "\n\n"
        parts.append(chunk)
        n += len(chunk)
        i += 1
    return "".join(parts).encode()[:size]


def make_html(size: int) -> bytes:
    head = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Council Approves Park | Planet"
        "</title></head><body><header><a href='/'>Daily Planet</a></header><article>"
        "<h1>Council Approves New Riverside Park</h1><p class='byline'>By Lois Lane</p>"
    )
    parts, n, i = [head], len(head), 0
    while n < size - 30:
        chunk = (HTML_CHROME.format(i=i) if i % 5 == 4 else "") + f"<p>{PARAGRAPH.format(i=i)}</p>\n"
        parts.append(chunk)
        n += len(chunk)
        i += 1
    parts.append("</article></body></html>")
    return "".join(parts).encode()


def child(kind: str, size: int) -> None:
    from cleaner.config import Config
    from cleaner.pipeline import article_from, judge

    data = make_text(size) if kind == "text" else make_html(size)
    config = Config(max_bytes=len(data) + 1)
    # Warm up on a small page of the same kind: imports, the language model and dateparser's tables load
    # once per process (~3 s) and are not part of the per-MB cost.
    article_from(judge(make_text(10_000) if kind == "text" else make_html(10_000), config))
    start = time.perf_counter()
    article = article_from(judge(data, config))
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"bytes": len(data), "s": seconds, "peak_mb": peak_kb / 1024, "paras": len(article.paragraphs)}
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=200)
    ap.add_argument("--kinds", default="text,html")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    print(
        f"{'kind':<5} {'input':>10} {'seconds':>9} {'s/MB':>7} {'peak MB':>8} {'MB peak/MB in':>13} {'paras':>8}"
    )
    for kind in args.kinds.split(","):
        for size in SIZES:
            if size > args.max_mb * 1_000_000:
                continue
            out = subprocess.run(
                [sys.executable, __file__, "--child", kind, str(size)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            mb = r["bytes"] / 1e6
            print(
                f"{kind:<5} {_human(r['bytes']):>10} {r['s']:9.3f} {r['s'] / mb:7.2f} {r['peak_mb']:8.0f} "
                f"{r['peak_mb'] / max(mb, 1):13.1f} {r['paras']:8d}",
                flush=True,
            )


def _human(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n / 1e3:g} KB"


if __name__ == "__main__":
    main()
