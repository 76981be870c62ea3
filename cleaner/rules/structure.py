"""Decisions from the page's structure: DOM landmarks, link density, repeats, and the article's extent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import fold

# --- HTML evidence --------------------------------------------------------------------------------------

BOILERPLATE_LANDMARKS = frozenset({"nav", "footer", "aside", "dialog", "form", "menu"})
CONTENT_LANDMARKS = frozenset({"article", "main"})


def drop_html_landmarks(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks inside <nav>, <footer>, <aside>, <form>, dialogs, or a page <header> outside the article."""
    for b in ctx.alive():
        hit = b.landmarks & BOILERPLATE_LANDMARKS
        if hit:
            yield b.index, f"inside <{sorted(hit)[0]}>"
        elif "header" in b.landmarks and not (b.landmarks & CONTENT_LANDMARKS) and b.heading != 1:
            yield b.index, "inside the page <header>"


# class/id words that name boilerplate containers (trafilatura, Readability, resiliparse vocabularies).
_BOILERPLATE_ATTR_RE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|comments?|cookie|consent|gdpr|newsletter|subscribe|"
    r"breadcrumbs?|sidebar|widget|promo|advert|ads|ad|sponsor(?:ed)?|popup|modal|paywall|outbrain|"
    r"taboola|recirc|most-?popular|trending|recommended|byline-share|tags|tag-list|pagination|pager|"
    r"skip-link|masthead|site-header|site-footer|footer|menu|navbar|nav)(?=$|[\s_-])"
)
# Only the innermost few class/id words count: page wrappers' names say nothing about a paragraph.
ATTR_WORDS_CHECKED = 6


def drop_boilerplate_containers(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks whose nearest containers are named share, related, comments, cookie, sidebar, ad, …"""
    for b in ctx.alive():
        if not b.attrs:
            continue
        near = " ".join(b.attrs.split()[:ATTR_WORDS_CHECKED])
        m = _BOILERPLATE_ATTR_RE.search(near)
        if m and not (b.is_prose and b.words >= 40 and b.link_density < 0.2):
            yield b.index, f"in a container named '{m.group(0).strip(' _-')}'"


MAX_LINK_DENSITY = 0.5
LINK_LIST_MAX_WORDS = 40


def drop_link_lists(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks that are mostly link text (menus, teaser lists, tag clouds); HTML and lynx dumps."""
    for b in ctx.alive():
        if b.link_density > MAX_LINK_DENSITY and (b.words <= LINK_LIST_MAX_WORDS or b.link_density > 0.8):
            yield b.index, f"link density {b.link_density:.2f}"


# --- repeats --------------------------------------------------------------------------------------------


def drop_duplicate_lines(ctx: RuleContext) -> Iterator[Drop]:
    """A line repeated from earlier on the page (the site name in the footer, a second menu)."""
    seen: set[str] = set()
    for b in ctx.alive():
        key = fold(b.text)
        if not key:
            continue
        if key in seen:
            yield b.index, "repeats an earlier line"
        else:
            seen.add(key)


# --- the article's extent -------------------------------------------------------------------------------

# Body Text Extraction (Finn et al. 2001) on lines: prose scores its words, every other block a penalty,
# and the article is the maximum-sum run. Short lines inside the article (subheadings, one-line
# paragraphs) survive because the prose around them outweighs them.
NON_PROSE_PENALTY = 4.0
LINK_PENALTY_PER_WORD = 1.0
BOILERPLATE_LANDMARK_PENALTY = 20.0
# A second stretch of prose separated from the main run (an article split by an ad or a pull quote) is
# kept when it scores at least this share of the main run.
SECONDARY_RUN_SHARE = 0.25
# Each secondary run costs a scan of the rest of its side, so without a cap a page of thousands of equal
# short paragraphs between boilerplate was O(n²) (40 s for 850 KB). Real articles have a handful.
MAX_SECONDARY_RUNS = 64


def _score(b: Block) -> float:
    if b.link_density > MAX_LINK_DENSITY:
        return -NON_PROSE_PENALTY - LINK_PENALTY_PER_WORD * b.words
    if b.is_prose:
        return float(b.words) * (1.0 - b.link_density)
    if b.words >= 5 and b.ends_sentence:
        return 0.5 * b.words
    return -NON_PROSE_PENALTY


def _best_run(scores: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    best = (lo, lo - 1, 0.0)
    start, acc = lo, 0.0
    for i in range(lo, hi):
        if acc <= 0:
            start, acc = i, 0.0
        acc += scores[i]
        if acc > best[2]:
            best = (start, i, acc)
    return best


def drop_outside_article(ctx: RuleContext) -> Iterator[Drop]:
    """Everything before and after the article: the densest run of prose, found as a maximum-sum run."""
    alive = ctx.alive()
    if not alive:
        return
    scores = [_score(b) for b in alive]
    s, e, total = _best_run(scores, 0, len(alive))
    if total <= 0:
        return  # no prose at all: leave the page to the other rules (listings, forms, tiny pages)
    keep = set(range(s, e + 1))
    # Secondary runs on either side, strong enough to be part of the same article.
    for lo, hi in ((0, s), (e + 1, len(alive))):
        for _ in range(MAX_SECONDARY_RUNS):
            if lo >= hi:
                break
            rs, re_, rt = _best_run(scores, lo, hi)
            if rt < SECONDARY_RUN_SHARE * total or re_ < rs:
                break
            keep.update(range(rs, re_ + 1))
            lo = re_ + 1
    first, last = min(keep), max(keep)
    for i, b in enumerate(alive):
        if i < first:
            yield b.index, "before the article"
        elif i > last:
            yield b.index, "after the article"
        elif i not in keep:
            yield b.index, "between parts of the article"


# Closing lines with no text after them: trailing headings, "Tags:" lines, lone short labels.
TRAILING_MAX_WORDS = 6


def drop_trailing_fragments(ctx: RuleContext) -> Iterator[Drop]:
    """Short unpunctuated lines left dangling at the end (a heading whose list was removed, 'Tags')."""
    alive = ctx.alive()
    for b in reversed(alive):
        if b.is_prose or b.ends_sentence or b.words > TRAILING_MAX_WORDS:
            return
        yield b.index, "dangling after the last paragraph"
