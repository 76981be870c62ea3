"""Where the wcxb-dev gold titles stand in each input: the share of the title score any extractor can reach.

    python -m benchmarks.title_reach [--kind dump|html] [--show N] [--datasets DIR]

A title extractor can only return text the input holds. A text dump is the page's visible text and
nothing else, so a gold title written from the document's ``<title>`` or its metadata, or by the
annotator, is out of reach from the dump however good the extractor is. Counting where each gold title
stands (a whole line, a run of words inside one line, a run across consecutive lines, only in the HTML's
``<title>``/metadata, or nowhere) gives the ceiling of the title metric for each input, which a target
above it cannot be met by any rule. Titles are compared as the metric compares them (``norm_tokens``).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import load_truth, read_input, resolve_root
from benchmarks.metrics import norm_tokens
from cleaner.config import Config
from cleaner.pipeline import judge

SET = "wcxb-dev"
WHOLE_LINE = "a whole line"
INSIDE_LINE = "inside a line"
ACROSS_LINES = "across lines"
METADATA_ONLY = "only in <title> or metadata"
NOWHERE = "nowhere"
PLACES = (WHOLE_LINE, INSIDE_LINE, ACROSS_LINES, METADATA_ONLY, NOWHERE)
# The places a title picked or cut from the input's visible text can come from.
VISIBLE = (WHOLE_LINE, INSIDE_LINE, ACROSS_LINES)
# Where a document title is declared besides <title>; its parts split at a separator count as well.
META_TITLES = (
    'meta[property="og:title"]',
    'meta[name="twitter:title"]',
    'meta[property="twitter:title"]',
)
# The separators sites put between a headline and their name in a declared title ('Headline | Site').
_PART_SPLIT_RE = re.compile(r"\s[|–—\-:·•»]\s")


def _key(text: str) -> str:
    """The title as the metric sees it, padded so a containment test matches whole words only."""
    return " " + " ".join(norm_tokens(text)) + " "


def where_title(gold: str, lines: Sequence[str], declared: Iterable[str] = ()) -> str:
    """Where ``gold`` stands among the input's visible ``lines`` (in order) or, failing that, among the
    ``declared`` titles (a document title, og:title, ...) and their parts; one of PLACES."""
    want = _key(gold)
    keys = [_key(line) for line in lines]
    if want in keys:
        return WHOLE_LINE
    if any(want in k for k in keys):
        return INSIDE_LINE
    if want in " " + " ".join(k.strip() for k in keys if k.strip()) + " ":
        return ACROSS_LINES
    for title in declared:
        if want == _key(title) or want in {_key(p) for p in _PART_SPLIT_RE.split(title)}:
            return METADATA_ONLY
    return NOWHERE


def declared_titles(html: str) -> list[str]:
    """The page's declared titles: <title> and the social cards' titles."""
    tree = LexborHTMLParser(html)
    found = [tree.css_first("title")]
    found_text = [n.text(deep=True) for n in found if n is not None]
    for selector in META_TITLES:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            found_text.append(node.attributes.get("content") or "")
    return found_text


def visible_lines(page: str, kind: str) -> list[str]:
    """The input's visible text as an extractor sees it: the dump's lines, or every block cleaner's HTML
    reader makes (kept or dropped by a rule)."""
    if kind == "dump":
        return page.splitlines()
    return [b.text for b in judge(page, Config(input_format="html")).doc.blocks]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--kind", choices=["dump", "html"], default="dump")
    ap.add_argument("--show", type=int, default=0, help="print this many random pages per place")
    ap.add_argument("--datasets", default=None)
    a = ap.parse_args(argv)
    root = resolve_root(a.datasets)
    places: Counter[str] = Counter()
    cases: dict[str, list[str]] = defaultdict(list)
    for truth in load_truth(root, SET):
        if not norm_tokens(truth.title):
            continue
        page = read_input(root, SET, truth.id, a.kind)
        html = page if a.kind == "html" else read_input(root, SET, truth.id, "html")
        place = where_title(truth.title or "", visible_lines(page, a.kind), declared_titles(html))
        places[place] += 1
        cases[place].append(f"{truth.id} {truth.page_type}: {truth.title}")
    total = sum(places.values())
    print(f"{SET} {a.kind}: {total} pages with a gold title")
    for place in PLACES:
        print(f"{places[place]:6d}  {places[place] / total:.3f}  {place}")
    reach = sum(places[p] for p in VISIBLE)
    print(
        f"picking a line reaches {places[WHOLE_LINE] / total:.3f}; cutting from the visible text {reach / total:.3f}"
    )
    if a.kind == "html":
        print(f"with the declared titles and their parts: {(reach + places[METADATA_ONLY]) / total:.3f}")
    rng = random.Random(0)
    for place in PLACES:
        for line in rng.sample(cases[place], min(a.show, places[place])):
            print(f"[{place}] {line}")


if __name__ == "__main__":
    main()
