"""Measure what drop_site_template adds: body F1 of `cleaner batch` with and without site templates on a
multi-site test set. Prints the numbers; no assertions.

    python benchmarks/site_templates_f1.py [--pages 40] [--keep DIR]

Why synthetic pages: the shared datasets have at most 12 pages of any one site (wcxb-dev: rei.com and
store.steampowered.com 12, most sites 1), and a site template needs dozens. So the test set is built
from real material: for each of six real sites (wcxb-dev article pages), the chrome of its real text dump
(the lines above and below the ground-truth body: masthead, menus, newsletter and footer blocks) is kept
as that site's template, and each of its pages gets a different real article (body from the scrapinghub
ground truth, title from another wcxb page) between that chrome. To look like a live site rather than a
copy, every chrome line is missing from a page with probability 0.15, each page carries a 'More stories'
block of four headlines that varies from page to page, and 60% of a site's pages quote the same sentence
inside the article body (it is part of their truth: the rule must keep it).

Metrics are the shared datasets' own (datasets/README.md): body shingle F1 (word 4-grams, corpus P/R) and
mean bag-of-words F1, on paragraphs joined by newlines; the headline is not part of the body.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = Path(os.environ.get("CLEANER_SHARED", REPO.parent / "shared"))
WCXB = SHARED / "datasets" / "wcxb-dev"
SH = SHARED / "datasets" / "scrapinghub"

# Real article pages of six different sites whose dumps have a real header (>= 12 lines) and footer.
SITE_PAGES = ("0001", "0004", "0009", "0024", "0027", "0030")
QUOTE = (
    "“We expect the new rules to be in place before the end of the year, and we will publish the details "
    "as soon as they are final,” a spokesperson said in a statement."
)
CHROME_DROPOUT = 0.15
QUOTE_SHARE = 0.6


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def site_chrome(page_id: str) -> tuple[str, list[str], list[str]]:
    gt = json.loads((WCXB / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))["ground_truth"]
    lines = _lines((WCXB / "dumps" / f"{page_id}.txt").read_text(encoding="utf-8"))
    body = set(_lines(gt["main_content"]))
    idx = [i for i, ln in enumerate(lines) if ln in body]
    title = (gt.get("title") or "").strip()
    head = [ln for ln in lines[: idx[0]] if ln != title]
    foot = lines[idx[-1] + 1 :]
    domain = json.loads((WCXB / "metadata.json").read_text())[page_id]["domain"]
    return domain, head, foot


def articles() -> list[list[str]]:
    gt = json.loads((SH / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(gt):
        paras = _lines(gt[key]["articleBody"])
        if sum(len(p.split()) for p in paras) >= 150:
            out.append(paras)
    return out


def titles() -> list[str]:
    out = []
    for p in sorted((WCXB / "ground-truth").glob("*.json")):
        t = (json.loads(p.read_text(encoding="utf-8"))["ground_truth"].get("title") or "").strip()
        if 4 <= len(t.split()) <= 16:
            out.append(t)
    return out


def build(root: Path, pages: int, seed: int = 7) -> dict[str, list[str]]:
    """Write the test set under root/<domain>/NNN.txt; return {path: true body paragraphs}."""
    rng = random.Random(seed)
    bodies, heads = articles(), titles()
    rng.shuffle(bodies)
    truth: dict[str, list[str]] = {}
    k = 0
    for page_id in SITE_PAGES:
        domain, head, foot = site_chrome(page_id)
        folder = root / domain
        folder.mkdir(parents=True)
        for i in range(pages):
            body = list(bodies[k % len(bodies)])
            k += 1
            if i < pages * QUOTE_SHARE:
                body.insert(min(2, len(body)), QUOTE)
            more = ["More stories", *rng.sample(heads, 4)]
            keep_head = [ln for ln in head if rng.random() > CHROME_DROPOUT]
            keep_foot = [ln for ln in foot if rng.random() > CHROME_DROPOUT]
            text = "\n".join([*keep_head, rng.choice(heads), "", *body, "", *more, *keep_foot]) + "\n"
            path = folder / f"{i:03d}.txt"
            path.write_text(text, encoding="utf-8")
            truth[str(path)] = body
    return truth


# --- the shared datasets' metrics ------------------------------------------------------------------------


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = re.findall(r"\w+", text)
    if not toks:
        return Counter()
    if len(toks) < 4:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))


def shingle_f1(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    precisions, recalls = [], []
    for pred, gold in pairs:
        p, g = _shingles(pred), _shingles(gold)
        tp = sum((p & g).values())
        fp = sum(p.values()) - tp
        fn = sum(g.values()) - tp
        total = tp + fp + fn
        if total:
            tp, fp, fn = tp / total, fp / total, fn / total
        prec = 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
        rec = 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
        if p:
            precisions.append(prec)
        if g:
            recalls.append(rec)
    P = sum(precisions) / len(precisions) if precisions else 0.0
    R = sum(recalls) / len(recalls) if recalls else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def bow_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for pred, gold in pairs:
        p = Counter(t.lower() for t in re.findall(r"\w+", pred))
        g = Counter(t.lower() for t in re.findall(r"\w+", gold))
        if not g:
            scores.append(1.0 if not p else 0.0)
            continue
        tp = sum((p & g).values())
        if not tp:
            scores.append(0.0)
            continue
        prec, rec = tp / sum(p.values()), tp / sum(g.values())
        scores.append(2 * prec * rec / (prec + rec))
    return sum(scores) / len(scores)


def run(root: Path, out: Path, templates: bool, workers: int) -> dict[str, list[str]]:
    from rich.console import Console

    from cleaner.batch.run import BatchOptions, run_batch
    from cleaner.config import Config

    opts = BatchOptions(
        output=str(out), inputs=(str(root),), workers=workers, quiet=True, site_templates=templates
    )
    code = run_batch(opts, Config(timeout=60.0), Console(stderr=True))
    if code not in (0, 1):
        sys.exit(f"batch exited {code}")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {r["source"]: r["paragraphs"] for r in rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=40, help="pages per site (>= 30)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="write the test set here and keep it")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cleaner-sitef1-"))
    root = args.keep or tmp / "sites"
    truth = build(root, args.pages)
    results = {}
    for templates in (False, True):
        results[templates] = run(root, tmp / f"out-{templates}.jsonl", templates, args.workers)
    print(
        f"test set: {len(SITE_PAGES)} sites x {args.pages} pages = {len(truth)} dumps (real chrome, real articles)"
    )
    print(f"{'':<44} {'shingle P':>9} {'R':>6} {'F1':>6} {'BoW F1':>7} {'quote kept':>11}")
    sites = sorted({Path(p).parent.name for p in truth})
    overall = {}
    for templates in (False, True):
        for site in [*sites, "ALL"]:
            keys = [k for k in truth if site == "ALL" or Path(k).parent.name == site]
            pairs = [("\n".join(results[templates].get(k, [])), "\n".join(truth[k])) for k in keys]
            P, R, F = shingle_f1(pairs)
            quoted = [k for k in keys if QUOTE in truth[k]]
            kept = sum(QUOTE in results[templates].get(k, []) for k in quoted)
            label = f"{'with' if templates else 'without'} templates  {site}"
            print(f"{label:<44} {P:9.3f} {R:6.3f} {F:6.3f} {bow_f1(pairs):7.3f} {kept:>5}/{len(quoted)}")
            if site == "ALL":
                overall[templates] = (F, bow_f1(pairs))
    gain_s = overall[True][0] - overall[False][0]
    gain_b = overall[True][1] - overall[False][1]
    print(f"gain from drop_site_template: shingle F1 {gain_s:+.3f}, bag-of-words F1 {gain_b:+.3f}")


if __name__ == "__main__":
    main()
