"""Where the wcxb-dev must-have snippets we miss went: the rule that dropped the block holding each.

    python -m benchmarks.snippet_misses [--kind html|dump] [--type PAGE_TYPE] [--show N] [--datasets DIR]

Snippet recall is the gap in the wcxb snippet score, and a miss has very different causes: a rule
dropped the block (fixable in that rule), the reader never made a block of it (text in a <script>'s JSON,
a hidden element), or the ground truth writes the text differently from the page (straight quotes where
the page has curly ones, markdown list dashes, table pipes), which no extractor can match. Counting them
per cause and per page type tells which rule to study before touching any; ``--show`` prints cases.
"""

from __future__ import annotations

import argparse
import html
import random
from collections import Counter, defaultdict
from collections.abc import Sequence

from benchmarks.datasets import load_truth, read_input, resolve_root
from benchmarks.metrics import _QUOTES, ws_norm
from cleaner.config import Config
from cleaner.pipeline import Judged, judge

SET = "wcxb-dev"
# A snippet not found whole is looked up by its head: the gold splits or joins blocks differently from
# the page (a heading and its text on one line), and the head still names the block it starts in.
HEAD_CHARS = 40
TYPOGRAPHY = "typography only"
NEVER_READ = "never read"
# A gold line joining several blocks (a heading and its text, a table row with pipes) holds whole blocks.
SPANS = "spans blocks:"
SPAN_MIN_CHARS = 20


def loose(text: str) -> str:
    """Text with entities decoded, quotes straightened and whitespace collapsed: how the gold and the page
    may differ without any extractor being at fault."""
    return ws_norm(html.unescape(text).translate(_QUOTES))


def where_missed(judged: Judged, body: str, snippet: str) -> str | None:
    """Why ``snippet`` is not in ``body`` (the article's paragraphs): None when it is, TYPOGRAPHY when only
    quotes, entities or spacing differ, else the label of the block holding it (a rule's name, 'kept' or a
    field's role such as 'title'), prefixed 'partial:' when only its head was found or SPANS when it holds
    a whole block, or NEVER_READ."""
    wanted = ws_norm(snippet)
    if wanted in ws_norm(body):
        return None
    wanted = loose(snippet)
    if wanted in loose(body):
        return TYPOGRAPHY
    texts = [(b, loose(b.text)) for b in judged.doc.blocks]
    for b, text in texts:
        if wanted in text:
            return judged.label(b)
    for b, text in texts:
        if wanted[:HEAD_CHARS] in text:
            return "partial:" + judged.label(b)
    for b, text in texts:
        if len(text) >= SPAN_MIN_CHARS and text in wanted:
            return SPANS + judged.label(b)
    return NEVER_READ


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=["html", "dump"], default="html")
    ap.add_argument("--type", default="", help="only pages of this type (article, service, ...)")
    ap.add_argument("--show", type=int, default=0, help="print this many random cases per cause")
    ap.add_argument("--datasets", default=None)
    a = ap.parse_args(argv)
    root = resolve_root(a.datasets)
    config = Config(input_format="html" if a.kind == "html" else "text")
    causes: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    cases: dict[str, list[str]] = defaultdict(list)
    total = 0
    for truth in load_truth(root, SET):
        if not truth.with_snippets or (a.type and truth.page_type != a.type):
            continue
        page = read_input(root, SET, truth.id, a.kind)
        judged = judge(page, config)
        body = "\n".join(judged.paragraphs())
        for snippet in truth.with_snippets:
            total += 1
            cause = where_missed(judged, body, snippet)
            if cause is None:
                continue
            if cause == NEVER_READ:  # in a script's data, an attribute, or not on the page at all
                cause += (
                    " (on the page)" if loose(snippet)[:HEAD_CHARS] in loose(page) else " (not on the page)"
                )
            causes[cause] += 1
            by_type[truth.page_type or "?"][cause] += 1
            cases[cause].append(f"{truth.id} {truth.page_type}: {ws_norm(snippet)[:100]}")
    print(f"{sum(causes.values())} of {total} must-have snippets missed")
    for cause, n in causes.most_common():
        print(f"{n:6d}  {cause}")
    for ptype, counter in sorted(by_type.items()):
        print(ptype, ", ".join(f"{c} {n}" for c, n in counter.most_common(6)))
    rng = random.Random(0)
    for cause, n in causes.most_common():
        for line in rng.sample(cases[cause], min(a.show, n)):
            print(f"[{cause}] {line}")


if __name__ == "__main__":
    main()
