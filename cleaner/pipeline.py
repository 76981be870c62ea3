"""clean(data) -> Article: decode, detect, read, run the rules, pick the fields.

``judge`` is the same run but returns every block with its verdict, which ``explain``, stats and the
batch layer's site templates build on; ``clean`` is ``judge`` reduced to the article.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from cleaner.article import Article
from cleaner.blocks import Block, Document
from cleaner.config import DEFAULT_MAX_LINES, Config
from cleaner.errors import InputError
from cleaner.fields import Fields, extract_fields
from cleaner.read.detect import SNIFF_CHARS, check_text, decode, detect_kind, repair_mojibake, strip_controls
from cleaner.read.html import read_html
from cleaner.read.text import read_text
from cleaner.rules import RULES, RuleContext
from cleaner.rules.base import MAIN_ITEMS, Drop
from cleaner.rules.items import main_listing
from cleaner.rules.records import dump_listing
from cleaner.rules.structure import (
    LISTING_EXTENT,
    STORYLESS_ISOLATED,
    STORYLESS_TEXT,
    page_opening,
    storyless_gaps,
    storyless_isolated,
)

# A kept page needs this much prose to be called an article rather than a listing or a stub.
ARTICLE_MIN_PROSE_WORDS = 100


# A short kept text that is one text twice over ('EUR 355.58EUR 355.58', 'Mon, Apr 22, 06:03 AMMon, Apr 22,
# 06:03 AM', 'Best Overall Best Overall', 'Save 15% on 10,000+ contacts Save 15% on 10,000+ contacts') holds
# a copy for screen readers or for another screen size beside the one shown, glued or joined by a space, and
# a reader sees it once: the paragraph gives it once. Only a card's or a label's few words (at most
# DOUBLED_MAX_WORDS a copy) and at least two (a name repeated on its own, 'Duran Duran', 'Sing Sing', is a
# name). Done on the output, not when the page is read: there every block paid the test (+0.2 M
# instructions a page, pure Python), and a teaser's title read once let its excerpt join an article's run.
# Over wcxb-dev HTML: 9 pages of 6 sites better (product +.054, +.018, +.018, +.016, all four on one
# marketplace; collection +.008; service +.004, +.004; article +.003, +.002), none worse; a long text set
# twice (a brand intro on a collection page, +.19) is left: read once, a teaser's long blurb became a copy
# of its article's intro.
DOUBLED_MAX_WORDS = 12


def undoubled(text: str) -> str:
    """``text`` once when it is the same short text twice (see DOUBLED_MAX_WORDS). A first test on one
    character (the second copy's first) spares the comparison on almost every paragraph."""
    n = len(text)
    half = n // 2
    if not half or text[0] != text[n - half]:
        return text
    if n % 2 == 0:
        if text[:half] != text[half:]:
            return text
    elif text[half] != " " or text[:half] != text[half + 1 :]:
        return text
    words = text[:half].count(" ") + 1
    return text[:half] if 2 <= words <= DOUBLED_MAX_WORDS else text


@dataclass
class Judged:
    """Every block with what happened to it: kept, a field role, or the rule (and reason) that dropped it."""

    doc: Document
    kept: list[bool]
    dropped_by: dict[int, str]
    reasons: dict[int, str]
    fields: Fields
    stats: Counter[str] = field(default_factory=Counter)

    def label(self, b: Block) -> str:
        role = self.fields.roles.get(b.index)
        if role:
            return role
        return "kept" if self.kept[b.index] else self.dropped_by[b.index]

    def paragraphs(self) -> list[str]:
        roles = self.fields.roles  # a block's index is its position, so ``kept`` filters in C
        return [undoubled(b.text) for b in compress(self.doc.blocks, self.kept) if b.index not in roles]


def to_text(data: str | bytes, config: Config) -> str:
    if isinstance(data, bytes):
        if len(data) > config.max_bytes:
            data = data[: config.max_bytes]
        text = decode(data)
    else:
        text = data[: config.max_bytes] if len(data) > config.max_bytes else data
    # NULs are dropped before the binary test looks at the head (text mis-decoded around NULs is still
    # text); the readers remove the rest of the control characters from what they keep.
    if "\x00" in text[:SNIFF_CHARS]:
        text = text.replace("\x00", "")
    check_text(text)
    return repair_mojibake(text)


def read(text: str, input_format: str, max_lines: int = DEFAULT_MAX_LINES) -> Document:
    kind = detect_kind(text) if input_format == "auto" else input_format
    if kind == "html":
        return read_html(text, max_lines)
    if kind == "text":
        return read_text(strip_controls(text), max_lines)
    raise InputError(f"unknown input format {input_format!r}", "use auto, text or html")


def judge(
    data: str | bytes, config: Config | None = None, *, templates: frozenset[int] = frozenset()
) -> Judged:
    """Clean one page and keep every verdict; ``templates`` are the page's site-template line hashes
    (learnt by ``cleaner.batch``), consumed only by drop_site_template."""
    config = config or Config()
    doc = read(to_text(data, config), config.input_format, config.max_lines)
    kept = [True] * len(doc.blocks)
    dropped_by: dict[int, str] = {}
    reasons: dict[int, str] = {}
    items: frozenset[int] | None = None
    page: dict[str, Any] = {}  # the page-wide features the rules share (RuleContext.page)
    ctx: RuleContext | None = None  # rebuilt only after a rule dropped something: until then it is the same
    for rule in RULES:
        if rule.name in config.disabled_rules or doc.kind not in rule.kinds:
            continue
        if ctx is None:
            view = tuple(kept)
            alive = list(compress(doc.blocks, view))
            # Positional, in RuleContext's field order: keywords cost a third more, once per rule after a drop.
            ctx = RuleContext(doc, view, config, templates, alive, page)
        spared: frozenset[int] = frozenset()
        if doc.kind in rule.spares_items:
            if items is None:  # found once, on what the rules naming boilerplate left
                left = ctx.alive()
                items = main_listing(left, doc.meta.product) if doc.kind == "html" else dump_listing(left)
                page[MAIN_ITEMS] = items
            spared = items
        name = rule.name
        for index, reason in rule.fn(ctx):
            if kept[index] and index not in spared:
                kept[index] = False
                ctx = None
                dropped_by[index] = name
                reasons[index] = reason
    fields = extract_fields(doc, kept, dropped_by)
    # Taken out of the page whatever the fields find: it holds a context that holds the page, a cycle
    # that would keep every such page's blocks alive until the garbage collector's next full pass.
    isolated: tuple[RuleContext, list[Drop], list[float]] | None = page.pop(STORYLESS_ISOLATED, None)
    if doc.kind == "text" and fields.date is None and fields.author is None:
        _open_text(doc, kept, dropped_by, reasons, fields, page, isolated)
    # Counted once here, in C, from the verdicts (in the order the rules first dropped something), not
    # by a Counter update per drop (~135 a page).
    stats: Counter[str] = Counter(dropped_by.values())
    return Judged(doc=doc, kept=kept, dropped_by=dropped_by, reasons=reasons, fields=fields, stats=stats)


def _open_text(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    reasons: dict[int, str],
    fields: Fields,
    page: dict[str, Any],
    isolated: tuple[RuleContext, list[Drop], list[float]] | None,
) -> None:
    """Keep a dump's opening lines that tell no story (see cleaner.rules.structure.page_opening), and the
    weaker runs and the lone blurbs drop_outside_article set aside for such a page (STORYLESS_TEXT,
    STORYLESS_RUN_SHARE, STORYLESS_ISOLATED_PROSE_WEIGHT):
    known only once the fields found no date and no byline. The standfirst among them is the text's first
    line, no longer a field."""
    for i in page_opening(doc, kept, dropped_by, fields.roles):
        kept[i] = True
        dropped_by.pop(i, None)
        reasons.pop(i, None)
        if fields.roles.get(i) == "subtitle":
            del fields.roles[i]
            fields.subtitle = None
    storyless: list[int] = page.get(STORYLESS_TEXT, [])
    if isolated is not None:
        storyless = storyless + storyless_isolated(isolated[0], isolated[1], isolated[2])
    for i in storyless:
        if dropped_by.get(i) == "drop_outside_article":
            kept[i] = True
            del dropped_by[i]
            reasons.pop(i, None)
    for i in storyless_gaps(doc, kept, dropped_by, fields.roles, page.get(LISTING_EXTENT, False)):
        kept[i] = True
        del dropped_by[i]
        reasons.pop(i, None)


def article_from(judged: Judged, source: str | None = None) -> Article:
    f = judged.fields
    paragraphs = tuple(judged.paragraphs())
    prose_words = sum(b.words for b in compress(judged.doc.blocks, judged.kept) if b.is_prose)
    return Article(
        source=source,
        title=f.title,
        subtitle=f.subtitle,
        date=f.date,
        author=f.author,
        site=f.site,
        language=f.language,
        paragraphs=paragraphs,
        is_article=prose_words >= ARTICLE_MIN_PROSE_WORDS,
    )


def clean(
    data: str | bytes,
    *,
    input_format: str = "auto",
    config: Config | None = None,
    source: str | None = None,
    templates: frozenset[int] = frozenset(),
) -> Article:
    """Clean one page (HTML or a text dump, as str or bytes) into an Article.

    ``config`` carries everything else (disabled rules, limits); ``input_format`` is a shortcut for the
    most common setting and wins over ``config.input_format`` when not "auto". ``templates`` are the
    site-template line hashes of the page's site (see ``cleaner.batch.templates``); empty: rule off.
    """
    config = config or Config()
    if input_format != "auto":
        from dataclasses import replace

        config = replace(config, input_format=input_format)
    return article_from(judge(data, config, templates=templates), source)


_WARM_TEXT = """The Daily Example

Monday, 3 March 2025

Council Approves New Riverside Park

The city council voted on Monday to turn the old riverside warehouses into a public park, ending a debate.

Construction is expected to begin next spring, and the first section should open within two years.
"""
_WARM_HTML = (
    "<html lang=en><head><title>A page | Example</title></head><body><article><h1>A page</h1>"
    "<p>Published on 4 March 2025 by the newsroom of the example site, which writes about parks.</p>"
    "</article></body></html>"
)


def warm_up(config: Config | None = None) -> None:
    """Load now what cleaning loads on first need: the language identifier's model (asked only of pages
    whose declared language their function words do not confirm) and the date parser's tables. A server
    calls it at start so no request pays for them; a batch, before its pool forks, so every worker starts
    warm and shares those pages copy-on-write instead of loading them again."""
    from cleaner.fields.language import _identifier

    _identifier()
    for page in (_WARM_TEXT, _WARM_HTML):
        with contextlib.suppress(Exception):  # a warm-up never fails the caller; cleaning will say why
            article_from(judge(page, config))
