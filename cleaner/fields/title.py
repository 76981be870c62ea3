"""The headline and the standfirst under it.

Text dumps: the headline is the title-like line above the article body (or at its top) with the best
score of layout evidence (TITLE_WEIGHTS: a date or byline under it, prose right after it, its length,
closeness to the body, a breadcrumb echoing it, interface words against it); a second title-like line
between it and the body is the standfirst.
HTML adds evidence: the <h1>, and the page's own title metadata to choose between several <h1>s.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter, mul

from cleaner.blocks import STOPWORDS, Block, Document
from cleaner.fields.date import parse_date
from cleaner.fields.site import TITLE_SEPARATORS_RE, fold_name, names_host, strip_site_suffix, title_parts
from cleaner.fields.text_signals import (
    BY_WORDS,
    byline_name,
    is_bare_name,
    is_date_line,
    is_relative_time_line,
    is_starter_label,
    thread_starter,
)
from cleaner.rules.phrases import (
    BREADCRUMB_MAX_WORDS,
    CHROME,
    SOCIAL,
    TRAIL_SEPARATOR_RE,
    TWO_DIGITS_RE,
    fold,
    lines_matching,
)

# How many blocks above the body the headline may stand (menus, tables of contents and share rows
# often sit between them).
HEADER_LOOKBACK = 25
# A standfirst line under a headline must score nearly as well as a headline itself.
SUBTITLE_MARGIN = 1.5
MAX_META_WORDS = 14
TITLE_MIN_WORDS = 2
# The dump headline search also weighs one-word lines: docs pages and categories are named by one word
# ('Flexbox', 'Pods', 'Trails'); the score's one_word weight keeps them behind any fuller headline.
SEARCHED_MIN_WORDS = 1
TITLE_MAX_WORDS = 40
SUBTITLE_MIN_WORDS = 5
SUBTITLE_MAX_WORDS = 80
MASTHEAD_MAX_WORDS = 6
# Title, subtitle and date lines at most.
HEAD_GROUP_MAX = 3
# Menus and account links end the headline block: a line above them is navigation or the masthead.
MENU_RULES = frozenset({"drop_site_chrome", "drop_link_lists"})
# Rules whose drops mark UI text, never a headline (structural drops like "before the article" do not).
LABEL_RULES = frozenset(
    {
        "drop_player_residue",
        "drop_consent_banner",
        "drop_newsletter_prompts",
        "drop_social_buttons",
        "drop_ad_labels",
        "drop_counters",
        "drop_site_chrome",
        "drop_copyright",
        "drop_affiliate_disclosures",
        "drop_image_credits",
        "drop_symbol_lines",
        "drop_link_lists",
        "drop_site_template",  # a line on most pages of the site is not this page's headline
        "drop_inline_related_links",
        "drop_author_bio",  # an author box between the headline and the text is neither title nor dek
    }
)


@dataclass
class Headline:
    title: str | None = None
    title_index: int | None = None
    subtitle_index: int | None = None
    # Further lines of the headline's element (an <h1> broken by <br>), given the title's role too.
    title_rest: tuple[int, ...] = ()


_HEADING_OPENERS = frozenset("\"'“‘«¿¡([#")


def starts_like_heading(text: str) -> bool:
    """Headlines and standfirsts open with a capital, a digit or an opening quote; a line opening in lower
    case or with '.' is a wrapped line or a sentence's tail, which re-cleaning would read differently."""
    first = text[:1]
    return bool(first) and (first in _HEADING_OPENERS or (first.isalnum() and not first.islower()))


# A name spelt in lower case by its makers opens with lower-case letters and then a capital, a digit
# or an underscore ('useState', 'iPhone', 'n8n', 'rustc_codegen_gcc'), or is a module or a command named
# before a dash and what it does, as docs title their reference pages ('itertools — Functions creating
# iterators for efficient looping', 'grep(1) — print lines that match patterns'); a menu item or a
# wrapped sentence does neither.
_LOWER_NAME_RE = re.compile(r"[a-z]+[A-Z0-9_]|[a-z][\w.]*(?:\(\d\))? [—–] \S")
# The name is looked for in the line's first this many characters (a name is short; a line may be a
# megabyte without a space).
LOWER_NAME_SCAN_CHARS = 40


def names_in_lower_case(text: str) -> bool:
    """A headline may open with a name spelt in lower case by its makers: a code identifier ('useState',
    'rustc_codegen_gcc: Progress Report #39', 'n8n: A Guide to Workflow Automation'), a module before what
    it does ('functools — Higher-order functions ...') or a brand ('iPhone Parts'), which the capital-letter
    test of starts_like_heading would turn away."""
    return bool(_LOWER_NAME_RE.match(text[:LOWER_NAME_SCAN_CHARS]))


def _candidate(
    b: Block,
    dropped_by: dict[int, str],
    site: str | None,
    language: str | None,
    min_words: int = TITLE_MIN_WORDS,
    no_meta: bool = False,
) -> bool:
    """A title-like line: its length, its opening, neither the site's name nor a byline or a date line
    (``no_meta``: the caller already knows it is neither, see _meta_lines)."""
    if dropped_by.get(b.index) in LABEL_RULES:
        return False
    if not min_words <= b.words <= TITLE_MAX_WORDS or b.text.endswith(":"):
        return False
    if not (starts_like_heading(b.text) or names_in_lower_case(b.text)):
        return False
    if site and b.key == fold_name(site):
        return False
    return not (b.link_density > 0.5 or (not no_meta and (byline_name(b) or is_date_line(b, language))))


def _skippable(b: Block, dropped_by: dict[int, str], language: str | None) -> bool:
    """Lines that may stand between headline and body: dates, bylines, buttons, credits."""
    return (
        dropped_by.get(b.index) in LABEL_RULES
        or bool(byline_name(b))
        or is_date_line(b, language)
        or (b.words < TITLE_MIN_WORDS)
    )


# Where the headline is searched: blocks above the article body and the first few of it (a long
# headline reads like a sentence, so the body's extent often starts on or above it). Shop, forum and
# docs pages put long menus, filters and tables of contents between the headline and the text; a shop's
# category page can put a thousand lines of filters and product tiles between its name and the text the
# body rules find (a buying guide under the grid), so the search reaches back over any page's header (the
# far_body weight, not the reach, tells a far line from a near one).
HEADER_LOOKAHEAD = 10
TITLE_LOOKBACK = 2000
# Line shapes the headline score looks at.
SHORT_TITLE_WORDS = 3
TYPICAL_TITLE_WORDS = (4, 20)
FULL_TITLE_WORDS = (7, 15)
# A date or byline within this many lines below (or above) a line vouches for it being the headline:
# news, blog, docs and forum templates put the meta line right under (or over) the <h1>.
META_REACH = 3
PROSE_REACH_LINES = 2
# Distance to the body's first line: just above it is where the headline stands; far above it are the
# menus; inside the kept body a title-like line is a subheading.
NEAR_BODY_LINES = 10
FAR_BODY_LINES = 25
ADJACENT_COPY_LINES = 2
# A copy a few lines further off (a banner's or a sticky header's copy of the headline over its kicker,
# its reading time or its share buttons) vouches for the line too, when the lines beside the two copies
# differ: a menu printed twice (desktop and mobile) repeats its neighbours with it.
NEAR_COPY_LINES = 6
# Kept sentences at the body's top the headline may stand under (a notice, a dateline, a breadcrumb).
LEAD_SENTENCES = 1
# Up to this many kept sentences may stand above a headline that has its byline or date under it: a
# notice the rules kept as text ('Your browser does not support JavaScript ...', an advertising blurb,
# 'Make us a preferred source on Google') over a forum thread's or an article's title.
NOTICE_SENTENCES = 3
# Counted up to this many title-like lines between a line and the body.
MAX_LINES_BETWEEN = 10
# A line in capitals of this many words at least is a kicker's or a banner's (see TITLE_WEIGHTS'
# 'capitals'); one word in capitals is often a shop's category, its name ('WALLETS', 'SHIP').
CAPITALS_MIN_WORDS = 2
MIN_GLUED_JOINS = 2
DATED_LINE_MAX_WORDS = 25
# The headline score: a weight of evidence per feature of the line, each about the log-odds the feature
# adds for the headline against the other title-like lines of the page, fitted on the wcxb-dev text
# dumps (pages of seven kinds, from articles to shops and forums) and rounded. Features are plain layout
# facts of innerText dumps, none tied to a site or a language.
TITLE_WEIGHTS: dict[str, float] = {
    "short": -1.9,  # menu items and section labels run 1-3 words
    "full": 1.5,  # headlines run 7-15
    "meta_after": 2.8,  # a date or byline right under it
    "meta_before": 0.1,
    # a date or byline right over a line of more than SHORT_TITLE_WORDS: a dateline over the headline (a
    # short line under a date is a byline's name or a section label; 1.0 won the same 3 wcxb-dev dumps and
    # lost a standfirst under its date, 0.4 won 2)
    "meta_over": 0.6,
    "prose_next": 0.3,  # the headline stands right above the text it heads
    "prose_near": 0.7,
    "short_heads_prose": 1.8,  # a short heading right over the text: a docs page's or a category's name
    "dated_after": 2.1,  # a line with a date in it under it ('1.9K views · last post Jan 18, 2024')
    "body_first": -0.3,  # the body's first line: a long headline the rules kept as text, or a lead
    "in_body": -1.4,  # a subheading
    "near_body": 0.2,
    "far_body": -0.7,
    "between": -0.7,  # share of MAX_LINES_BETWEEN title-like lines between it and the body
    "repeated": -1.6,  # shown elsewhere on the page: a menu item or a teaser ...
    # ... unless shown twice in a row (a hidden copy, a heading over a hero image, a breadcrumb's last item
    # over the heading): a category's or a listing's name printed so outweighs its first item's name (2.4
    # before: the item won on 5 wcxb-dev dumps of 5 sites, and a label over its headline took 1 page), and
    # a tutorial's or a chapter's name printed in the docs' sidebar and as the heading outweighs the last
    # entry of its table of contents right over the text (2.9 before: that entry or a related teaser won
    # on 4 wcxb-dev dumps of 4 sites, by less than 0.2 each; 3.2 wins a fifth and loses a page)
    "adjacent_copy": 3.1,
    # ... or a few lines off, alone (see NEAR_COPY_LINES)
    "near_copy": 1.5,
    "echo": 1.5,  # repeated whole or as a breadcrumb's last item ('Home » Blog » <headline>')
    "question": 0.2,
    "paragraph": -0.9,  # innerText puts blank lines around paragraphs (<p> margins), not headings
    # ... the more so on a page with no date or byline near its top (a shop's, a service's or a category's):
    # its lines set as paragraphs are taglines and card blurbs ('Just enough cush for your everyday shoes')
    # over or beside the page's name, where an article's template may still set its headline apart so (on
    # the wcxb-dev dumps 4 headlines of 4 sites won, 1 lost; 0.9 won 5 and lost 3)
    "storyless_paragraph": -0.4,
    "capitalised": 1.2,  # share of words capitalised
    "ui_words": -1.9,  # share of interface words ('Log In Get Started Free')
    "separated": -1.6,  # 'Tab | Tab | Tab': several labels in one line
    "trail": -1.5,  # 'Home > Blog > <headline>': the breadcrumb trail, not the headline
    "credit": -0.8,  # 'Edited by: Jane Doe', 'ByJane Doe Updated onMay 2': a byline the byline test missed
    "glued": -1.3,  # a glued tab strip ('Quick PicksWhat's NewHow We Test')
    "first_line": -0.5,  # the page's first line is the masthead far more often than the headline
    "topical": 2.4,  # its words recur in the kept text: a headline names what the text is about
    "after_lead": -0.8,
    "name_like": -1.0,  # under a first kept sentence (a notice, a breadcrumb the rules kept as text)
    "one_word": -3.0,  # one word names a docs page or a category ('Flexbox'), seldom an article
    "lead": 0.6,  # share of its words the text's first paragraphs use: a headline names what they open
    # set in capitals, two words or more: innerText prints CSS 'text-transform: uppercase' as capitals,
    # which templates give kickers, banners, promotions and menu entries ('RIDGE WALLETS UP TO 40% OFF',
    # 'VEHICLE MAINTENANCE SCHEDULE' over 'Car Maintenance Schedule'), seldom the headline (10 of the 786
    # wcxb-dev dumps whose best-scored line is the gold title have it in capitals)
    "capitals": -2.0,
}


def _is_meta(b: Block, language: str | None) -> bool:
    return bool(byline_name(b)) or is_date_line(b, language)


def _meta_lines(blocks: list[Block], lo: int, hi: int, language: str | None) -> set[int]:
    """Dates and bylines in [lo, hi), plus the name lines templates split off them ('By' / 'Jane Doe')."""
    short = [b for b in blocks[lo:hi] if b.words <= MAX_META_WORDS]
    # A date line holds two digits in a row (parse_date's first test): the short lines holding them are
    # found by one C-level scan of their text joined, and only those are asked for a date.
    dated = {short[k].index for k in lines_matching("\n".join([b.text for b in short]), TWO_DIGITS_RE)}
    meta = {b.index for b in short if byline_name(b) or (b.index in dated and is_date_line(b, language))}
    # The first line stamped 'Posted 2 days ago' is the post's dateline; later ones stamp the replies.
    meta.update(next(([j] for j in range(lo, hi) if is_relative_time_line(blocks[j])), []))
    for j in range(lo, hi):
        f = blocks[j].key
        if f in BY_WORDS:
            meta.add(j)
            if j + 1 < len(blocks) and is_bare_name(blocks[j + 1]):
                meta.add(j + 1)
        elif j not in meta and ((j - 1) in meta or (j + 1) in meta) and is_bare_name(blocks[j]):
            meta.add(j)  # (the neighbours first: most lines have no meta line next to them)
    return meta


_SEPARATOR_RE = re.compile(r"\s[|•·]\s")
_GLUED_RE = re.compile(r"[a-z][A-Z]")
_CREDIT_RE = re.compile(r"^(?:[\w-]+:?\s+){0,2}[Bb]y:?\s*[A-Z]")
# Interface words beyond the site-chrome phrase list: shop and tool buttons ('Add to cart', 'Request a
# demo', 'Order now', 'Size chart'), and the controls of docs and menus ('Skip to content', 'Copy page',
# 'Expand or collapse', 'Close') and of photos ('Show Caption', 'Hide caption': a news template's toggle
# right above the text, on 4 wcxb-dev dumps, picked over the headline on 1). Weighed as a share of the
# line's words, so one in a long headline costs little; on the wcxb-dev dumps the added words moved 5
# headlines right and none wrong.
BUTTON_WORDS = frozenset(
    """cart checkout wishlist quantity compare buy shop add started jump sign log reply quote demo request
    order now chart skip copy expand collapse cancel close caption""".split()
)
UI_WORDS = frozenset(w for w in CHROME | SOCIAL if " " not in w) | BUTTON_WORDS


@dataclass(frozen=True)
class _Page:
    """What the headline score needs to know about the page beyond the line."""

    blocks: list[Block]
    meta: set[int]
    dropped_by: dict[int, str]
    body_start: int
    # Positions of each folded line, and the folded lines short enough to be breadcrumb trails ('home
    # blog <headline>') by their last word: a trail ends in the line it echoes, so only the trails ending
    # in a candidate's last word are compared with it (not every tail of every line built up front).
    copies: dict[str, list[int]]
    trails: dict[str, list[str]]
    # In how many kept lines each word of TOPIC_MIN_CHARS or more stands (of the searched lines' words
    # only, when _page_view is told which lines are searched), and which lines are kept.
    body_words: Counter[str]
    kept: list[bool]
    # The topic words (stop words aside) of the first LEAD_PARAGRAPHS kept paragraphs of prose.
    lead: frozenset[str] = frozenset()
    # The lines with a copy a few lines off, alone (_near_copies).
    near_copies: frozenset[int] = frozenset()


# Words this long or longer count for a line's topic; shorter ones are mostly function words ('the', 'and').
TOPIC_MIN_CHARS = 4
# A word in this many kept lines is the page's subject (or its site's name); more lines say no more, and a
# short label made of it alone must not outweigh the headline that names the subject among other words.
TOPIC_MAX_LINES = 20
# A line's topic words are read in its first this many characters: a wall of text is not scanned whole.
TOPIC_SCAN_CHARS = 10_000
# The text's lead: its first this many kept paragraphs of prose, whose words the headline announces.
LEAD_PARAGRAPHS = 3


def _topic_words(key: str) -> set[str]:
    """The words of a folded line long enough to carry its topic (short ones are mostly function words)."""
    return {w for w in key.split() if len(w) >= TOPIC_MIN_CHARS}


def _page_view(
    blocks: list[Block],
    kept: list[bool],
    meta: set[int],
    dropped_by: dict[int, str],
    body_start: int,
    topics: bool = True,
    searched: range | None = None,
) -> _Page:
    """The page as the headline score sees it. ``topics`` off (HTML) leaves the kept text's words
    uncounted: there the text's headline is only a fallback that the declared title must contain, and
    the declared title names the page better than the topical core of it ('Dota 2' of 'Dota 2 on Steam')
    that counting the text's words would favour. ``searched``: the lines whose topicality will be asked
    (the headline search's); the kept lines' words are then counted only if one of those lines holds them."""
    copies: dict[str, list[int]] = {}
    trails: dict[str, list[str]] = {}
    body_words: Counter[str] = Counter()
    asked = _asked_words(blocks, searched) if topics and searched is not None else None
    # Pairs of copies NEAR_COPY_LINES apart at most, beyond ADJACENT_COPY_LINES (the previous copies within
    # reach are the last NEAR_COPY_LINES at most; most lines have none within reach).
    pairs: list[tuple[int, int]] = []
    for b in blocks:
        key = b.key
        if not key:
            continue
        index = b.index
        found = copies.get(key)
        if found is None:  # (most lines: no list made and thrown away, as setdefault would)
            copies[key] = [index]
        else:
            if index - found[-1] <= NEAR_COPY_LINES:
                pairs.extend(
                    (k, index)
                    for k in found[-NEAR_COPY_LINES:]
                    if ADJACENT_COPY_LINES < index - k <= NEAR_COPY_LINES
                )
            found.append(index)
        if b.words <= BREADCRUMB_MAX_WORDS and " " in key:
            trails.setdefault(key[key.rfind(" ") + 1 :], []).append(key)
        if topics and kept[index]:
            if asked is None:
                body_words.update(_topic_words(key[:TOPIC_SCAN_CHARS]))
            else:  # (one C-level intersection instead of a Python test of each word of the kept text)
                body_words.update(asked.intersection(key[:TOPIC_SCAN_CHARS].split()))
    lead: set[str] = set()
    if topics:
        prose = (b for b in blocks[body_start:] if kept[b.index] and b.is_prose)
        for b in islice(prose, LEAD_PARAGRAPHS):
            lead.update(_lead_words(b.key[:TOPIC_SCAN_CHARS]))
    near = _near_copies(blocks, copies, pairs) if pairs else frozenset()
    return _Page(
        blocks, meta, dropped_by, body_start, copies, trails, body_words, kept, frozenset(lead), near
    )


def _asked_words(blocks: list[Block], searched: range) -> set[str]:
    """The topic words of the searched lines that can be headlines (TITLE_MAX_WORDS at most): the only
    words _topicality asks the count of. The kept text's words counted, a dump's wall of prose, were most
    of the page view's time; a headline's few words are all the score needs."""
    words: set[str] = set()
    for j in searched:
        if blocks[j].words <= TITLE_MAX_WORDS:
            words.update(blocks[j].key.split())
    return {w for w in words if len(w) >= TOPIC_MIN_CHARS}


def _near_copies(
    blocks: list[Block], copies: dict[str, list[int]], pairs: list[tuple[int, int]]
) -> frozenset[int]:
    """The lines of ``pairs`` (two copies of a line beyond ADJACENT_COPY_LINES but within NEAR_COPY_LINES
    of each other) whose copies stand alone: neither the lines under the two copies nor the lines over
    them are the same, and the line under the first copy is not shown again right under the second. A
    headline printed again by a banner or a sticky header a few lines off ('<headline>' / 'Healthcare' /
    '5 min read' / '<headline>'), not a menu or a byline block printed twice, whose neighbours repeat with
    it, nor a menu's entries shown again as the titles of the sections under it ('Shared Inbox' / 'Live
    Chat' ... 'Shared Inbox' / <blurb> / 'Live Chat')."""
    found: set[int] = set()
    for a, b in pairs:
        if _same_key(blocks, a + 1, b + 1) or _same_key(blocks, a - 1, b - 1):
            continue
        if any(b < k <= b + NEAR_COPY_LINES for k in copies.get(blocks[a + 1].key, ())):
            continue
        found.update((a, b))
    return frozenset(found)


def _lead_words(key: str) -> set[str]:
    """The topic words of a folded line that are no stop words ('what', 'your', 'with')."""
    return {w for w in key.split() if len(w) >= TOPIC_MIN_CHARS and w not in STOPWORDS}


def _lead_share(page: _Page, i: int) -> float:
    """The share of the line's topic words that the text's first paragraphs use: a headline announces
    what its lead then talks about ('7 weight loss tips ...' over 'Is weight loss one of your new year's
    resolutions?'), a section label or a teaser for another article seldom does."""
    if not page.lead:
        return 0.0
    words = _lead_words(page.blocks[i].key)
    return len(words & page.lead) / len(words) if words else 0.0


def _topicality(page: _Page, i: int) -> float:
    """Mean over the line's topic words of log(1 + the kept lines holding it, the line itself aside): a
    headline's words recur through the text under it, a menu item's or a button's seldom do."""
    key = page.blocks[i].key
    words = [w for w in key.split() if len(w) >= TOPIC_MIN_CHARS]
    if not words:
        return 0.0
    # log1p(min(TOPIC_MAX_LINES, max(0, count - own))) looked up by the count (``get``: a Counter's missing
    # word goes through its Python __missing__).
    logs = _LOGS_KEPT if page.kept[i] else _LOGS_DROPPED
    most = len(logs) - 1
    count = page.body_words.get
    return sum([logs[min(most, count(w, 0))] for w in words]) / len(words)


# _topicality's log(1 + lines holding the word, the line itself aside, up to TOPIC_MAX_LINES) by the count
# of lines holding it: the same floats, computed once. A kept line holds its own words (one line fewer).
_LOGS_DROPPED = tuple(math.log1p(n) for n in range(TOPIC_MAX_LINES + 1))
_LOGS_KEPT = (0.0, *_LOGS_DROPPED)


def _echoed(page: _Page, i: int) -> bool:
    """The line reappears elsewhere whole or as a breadcrumb's last item ('Home » Blog » <headline>'), the
    items shown with separators or glued together ('HomeHealth InformationMeditation and Mindfulness')."""
    b = page.blocks[i]
    f = b.key
    if len(page.copies.get(f, ())) > 1:
        return True
    tail = " " + f
    for k in page.trails.get(f[f.rfind(" ") + 1 :], ()):
        if k.endswith(tail) or (
            len(k) > len(f) and k.endswith(f) and " " in f and _glued_trail(page, k, b.text)
        ):
            return True
    return False


def _glued_trail(page: _Page, key: str, text: str) -> bool:
    """The line folded to ``key`` ends in ``text`` glued to the item before it: innerText runs a
    breadcrumb's unseparated items together ('HomeHealth InformationMeditation and Mindfulness'), the
    last item's capital (or digit) right after the lower-case letter ending the one before it."""
    trail = page.blocks[page.copies[key][0]].text
    first = text[:1]
    if not trail.endswith(text) or not first.isalnum() or first.islower():
        return False
    return trail[-len(text) - 1 : -len(text)].islower()


def _named_only(b: Block, language: str | None) -> bool:
    """A meta line only for looking like a name next to a date ('Vibe Coding' over '2025-01-02'): a short
    headline looks the same, so it stays a candidate, its words telling it from a name."""
    return b.key not in BY_WORDS and is_bare_name(b) and not _is_meta(b, language)


def _adjacent_copy(copies: list[int] | tuple[()], i: int) -> bool:
    """Whether a copy of line i stands within ADJACENT_COPY_LINES of it. ``copies`` is in page order, so
    only the slice around i is looked at: a line repeated thousands of times (a spam page, an adversarial
    input) made a scan of all copies for each candidate quadratic (25,000 copies: ~100 s)."""
    lo = bisect_left(copies, i - ADJACENT_COPY_LINES)
    hi = bisect_right(copies, i + ADJACENT_COPY_LINES)
    return any(j != i for j in copies[lo:hi])


def _same_key(blocks: list[Block], a: int, b: int) -> bool:
    """Lines a and b both exist and read the same once folded."""
    return 0 <= a < len(blocks) and 0 <= b < len(blocks) and blocks[a].key == blocks[b].key


_FIRST_CHAR = itemgetter(0)


def _title_features(page: _Page, i: int, between: int, after_lead: bool = False) -> dict[str, float]:
    """The features of line i that TITLE_WEIGHTS weighs (``between``: title-like lines down to the body;
    ``after_lead``: below the body's first sentence), in TITLE_WEIGHTS' order (the score sums them in it)."""
    found = _cheap_features(page, i, between, after_lead) | _costly_features(page, i)
    return {k: found[k] for k in TITLE_WEIGHTS}


def _scored(page: _Page, i: int, cheap: dict[str, float]) -> float:
    """The headline score of line i from its cheap features (_cheap_features) already read for its bound:
    the same sum as _title_score, in TITLE_WEIGHTS' order."""
    found = cheap | _costly_features(page, i)
    return sum(TITLE_WEIGHTS[k] * float(found[k]) for k in TITLE_WEIGHTS)


def _cheap_features(page: _Page, i: int, between: int, after_lead: bool) -> dict[str, float]:
    """The features read off the line's place among its neighbours, and its topicality: these decide most
    of the score, and a headline search scores ~50 lines a dump page."""
    blocks, b = page.blocks, page.blocks[i]
    after = blocks[i + 1 : i + 1 + PROSE_REACH_LINES]
    rel = page.body_start - i
    copies = page.copies.get(b.key, ())
    short = b.words <= SHORT_TITLE_WORDS
    prose_next = bool(after) and after[0].is_prose
    return {
        "short": short,
        "full": FULL_TITLE_WORDS[0] <= b.words <= FULL_TITLE_WORDS[1],
        "meta_after": _meta_after(page, i),
        "meta_before": not page.meta.isdisjoint(range(i - META_REACH, i)),
        "meta_over": b.words > SHORT_TITLE_WORDS and i - 1 in page.meta,
        "prose_next": prose_next,
        "prose_near": any([x.is_prose for x in after]),  # (a list of two: no generator to resume)
        "short_heads_prose": short and prose_next,
        "body_first": rel == 0,
        "in_body": rel < 0,
        "near_body": 0 < rel <= NEAR_BODY_LINES,
        "far_body": rel > FAR_BODY_LINES,
        "between": min(between, MAX_LINES_BETWEEN) / MAX_LINES_BETWEEN,
        "repeated": len(copies) > 1,
        # (a line shown once is its own only copy: most are, and need no search)
        "adjacent_copy": len(copies) > 1 and _adjacent_copy(copies, i),
        "near_copy": i in page.near_copies,
        "question": b.text.endswith("?"),
        "paragraph": b.para_start,
        "storyless_paragraph": b.para_start and not page.meta,
        "first_line": i == 0,
        "topical": _topicality(page, i),
        "after_lead": after_lead,
        "name_like": i in page.meta,
        "one_word": b.words == 1,
        "capitals": b.words >= CAPITALS_MIN_WORDS and b.text.isupper(),
    }


# The costly features: dates parsed in the lines under it, regexes and word counts over its text, its
# echoes and its share of the lead. Each lies in [0, 1], so together they add at most their positive
# weights to the cheap features' score (COSTLY_FEATURES_MAX).
COSTLY_FEATURES = (
    "dated_after",
    "echo",
    "capitalised",
    "ui_words",
    "separated",
    "trail",
    "credit",
    "glued",
    "lead",
)
COSTLY_FEATURES_MAX = sum(max(0.0, TITLE_WEIGHTS[k]) for k in COSTLY_FEATURES)
# The weights of the cheap features, in _cheap_features' order (the bound multiplies them in C).
_CHEAP_WEIGHTS = tuple(w for k, w in TITLE_WEIGHTS.items() if k not in COSTLY_FEATURES)
# Float rounding between the bound (summed in another order) and the score: a bound this close to the best
# score is not trusted to prune.
BOUND_SLACK = 1e-6


def _costly_features(page: _Page, i: int) -> dict[str, float]:
    """The features of COSTLY_FEATURES (see _title_features)."""
    blocks, b = page.blocks, page.blocks[i]
    words = b.text.split()
    keys = b.key.split()
    return {
        "dated_after": any(
            j not in page.meta and blocks[j].words <= DATED_LINE_MAX_WORDS and parse_date(blocks[j].text)
            for j in range(i + 1, min(len(blocks), i + 1 + META_REACH))
        ),
        "echo": _echoed(page, i),
        # Both counted in C (a generator step per word was a sixth of a dump's headline search, which
        # scores ~50 candidate lines a page): ``split`` gives no empty word, so a word's first character
        # is its ``[:1]``.
        "capitalised": sum(map(str.isupper, map(_FIRST_CHAR, words))) / max(1, len(words)),
        "ui_words": sum(map(UI_WORDS.__contains__, keys)) / max(1, len(keys)),
        "separated": bool(_SEPARATOR_RE.search(b.text)),
        "trail": bool(TRAIL_SEPARATOR_RE.search(b.text)),
        "credit": bool(_CREDIT_RE.match(b.text)),
        "glued": len(_GLUED_RE.findall(b.text)) >= MIN_GLUED_JOINS,
        "lead": _lead_share(page, i),
    }


def _score_bound(page: _Page, i: int, between: int, after_lead: bool) -> float:
    """The most line i's headline score can be: its cheap features weighed, plus the most the costly ones
    can add. The search scores the lines from the highest bound down and stops at a bound under the best
    score so far: on the scrapinghub dumps ~4 of ~53 lines a page are then scored in full."""
    return _bound_of(_cheap_features(page, i, between, after_lead))


def _bound_of(cheap: dict[str, float]) -> float:
    """The most a line's headline score can be, given its cheap features (see _score_bound)."""
    return sum(map(mul, _CHEAP_WEIGHTS, cheap.values())) + COSTLY_FEATURES_MAX


# Lines of this many words at most may stand between a short label and its date or byline: buttons ('Share',
# 'notifications Subscribe'). A line of three words is a short headline under a kicker ('Artificial
# Intelligence' over 'Machine learning, explained' over 'By') or the reading time under an author's name
# ('Brian Jenney' over '6 min read' over the date); on the wcxb-dev dumps lowering the bound from
# SHORT_TITLE_WORDS to two moved 2 headlines right and none wrong (allowing one word only: 3 right, 1 wrong).
LABEL_GAP_MAX_WORDS = 2


def _meta_after(page: _Page, i: int) -> bool:
    """A date or byline within META_REACH lines under line i. Under a label of a few words ('Artificial
    Intelligence', 'Best of Iceland') it must follow at once (after other meta lines and buttons only): a
    kicker or a section name stands over the headline, which stands over the byline."""
    reach = range(i + 1, i + 1 + META_REACH)
    if page.blocks[i].words > SHORT_TITLE_WORDS:
        return not page.meta.isdisjoint(reach)
    for j in reach:
        if j in page.meta:
            return True
        if j < len(page.blocks) and page.blocks[j].words > LABEL_GAP_MAX_WORDS:
            return False
    return False


def _title_score(page: _Page, i: int, between: int = 0, after_lead: bool = False) -> float:
    """Weights of evidence that line i is the headline."""
    return sum(TITLE_WEIGHTS[k] * float(v) for k, v in _title_features(page, i, between, after_lead).items())


# A counter: a number and what it counts ('426 Reputation', '563 posts', '1 Prize') or a label and its
# number or date ('Posts: 98', 'Reputation: 7', 'Joined: Feb 2019'). Forum templates print them beside
# every poster's name, and the counted word recurs through the thread, so its topicality would lift it
# over the thread's title; on the wcxb-dev dumps 6 picks were such counters, and no gold title has that
# shape.
STAT_MAX_WORDS = 3
_STAT_RE = re.compile(r"(?:\d[\d,.]*\s?[KkMm]?\+?\s+[^\W\d]+\s*$|[^\W\d][\w ]{0,20}:\s*\D{0,4}\d)")


def _title_cased(text: str) -> bool:
    """One phrase of TYPICAL_TITLE_WORDS set in Title Case, every word of TOPIC_MIN_CHARS letters or more
    capitalised: a headline, even when it ends in a full stop ('Things to Know Before Travelling to Japan
    for the First Time.', 'The Hottest Real Estate Markets in the U.S.'). A sentence capitalises its
    first word and its names only; a slogan of several short sentences ('Great Service. Great Rates.')
    is no headline either."""
    words = text.split()
    if not TYPICAL_TITLE_WORDS[0] <= len(words) <= TYPICAL_TITLE_WORDS[1] or ". " in text:
        return False
    long = [w for w in words if len(w) >= TOPIC_MIN_CHARS]
    return bool(long) and all(w[:1].isupper() or not w[:1].isalpha() for w in long)


def _title_candidates(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    site: str | None,
    language: str | None,
) -> tuple[_Page, list[tuple[int, int, bool]]]:
    """The page view and the title-like lines searched, each with the count of such lines below it and
    above the body, and whether a kept sentence stands above it in the body."""
    blocks = doc.blocks
    lo = max(0, body_start - TITLE_LOOKBACK)
    # A headline heads something: the page's last line is never one, unless it is the page's only line (a
    # note, or our own text output of an article that has a title and nothing else: cleaning it again must
    # give the title back).
    hi = min(len(blocks) - 1 if len(blocks) > 1 else len(blocks), body_start + HEADER_LOOKAHEAD)
    meta = _meta_lines(blocks, max(0, lo - META_REACH), min(len(blocks), hi + META_REACH), language)
    # (Every line the search may weigh lies in [lo, hi): the candidates and the line over the pick.)
    page = _page_view(blocks, kept, meta, dropped_by, body_start, doc.kind == "text", range(lo, hi))
    # HTML's fallback search stays with two words and more: its one-word lines are mostly menu entries, and
    # without topicality nothing tells them from the page's name.
    min_words = SEARCHED_MIN_WORDS if doc.kind == "text" else TITLE_MIN_WORDS
    found: list[tuple[int, bool]] = []
    sentences = 0
    paragraph = False
    for i in range(lo, hi):
        b = blocks[i]
        if i > body_start and kept[i - 1] and blocks[i - 1].is_prose:
            # The article's prose has begun: a title-like line further down is a subheading, unless only
            # LEAD_SENTENCES stand above it: a notice, a dateline or a breadcrumb the rules kept as text
            # (up to NOTICE_SENTENCES for a line with its byline or date under it).
            # Set as a paragraph (innerText puts blank lines around <p>), it is the text's own first
            # paragraph, and only a line with a byline or a date under it can still be the headline.
            sentences += 1
            if sentences > NOTICE_SENTENCES:
                break
            paragraph = paragraph or blocks[i - 1].para_start or i - 1 == 0 or sentences > LEAD_SENTENCES
        # Whether the line is a byline or a date line is known already: _named_only asks it of a meta line,
        # and the meta lines hold every such line of MAX_META_WORDS at most.
        if i in meta:
            if not _named_only(b, language):
                continue
            no_meta = True
        else:
            no_meta = b.words <= MAX_META_WORDS
        if not _candidate(b, dropped_by, site, language, min_words, no_meta):
            continue
        if b.text.endswith(".") and not b.text.endswith("...") and not _title_cased(b.text):
            continue  # a sentence, not a headline
        if b.words <= STAT_MAX_WORDS and _STAT_RE.match(b.text):
            continue  # a poster's or an item's counter, not a headline
        if i >= body_start and b.is_prose and b.words > TYPICAL_TITLE_WORDS[1]:
            continue
        if paragraph and not any(j in meta for j in range(i + 1, i + 1 + META_REACH)):
            continue
        found.append((i, sentences > 0))
    above = [i for i, _ in found if i < body_start]
    return page, [
        (i, max(0, len(above) - 1 - k) if i < body_start else 0, lead) for k, (i, lead) in enumerate(found)
    ]


# What a site calls its front page: a breadcrumb's first item, a home page's <title>.
HOME_PAGE_NAMES = frozenset({"home", "homepage", "home page", "startseite", "accueil", "inicio", "portada"})
# How near a title-like line must stand to the picked one to be its fuller wording, and how much lower
# its headline score may be (the label's short length is penalised, its few words are all topical).
FULLER_REACH = 3
FULLER_MARGIN = 1.6
# What opens a suffix that is no part of the headline: the site's name or a tagline after a dash or a
# pipe ('Marietta Electricians Costs & Prices - ProMatcher Cost Report'), a product's variant after '+'.
_SUFFIX_OPENERS = "-–—|+"


_ELLIPSES = ("...", "…")


def _cut_short(p: Block, b: Block) -> bool:
    """Line p is line b cut short with an ellipsis ('11 HR Trends for 2026:...' over '11 HR Trends for 2026:
    Shaping What's Next'): a breadcrumb's or a teaser's clipped copy of the headline, not a headline over
    its standfirst."""
    if not p.text.endswith(_ELLIPSES):
        return False
    head = p.text.rstrip(".… ")
    return bool(head) and b.text.startswith(head)


def _fuller_line(page: _Page, candidates: list[int], t: int, score: float) -> int:
    """The picked line, or a title-like line next to it that says all of it and more: the short one is the
    section label over the headline that names the section ('Cloud Computing' over 'Top 10: Trends in
    Cloud Computing') or a table of contents' entry ('What to Expect' for 'What to Expect at Tutoring
    Sessions'). Across the wcxb-dev dumps 8 such picks were labels and 2 were the headline."""
    picked = page.blocks[t]
    short = f" {picked.key} "
    if short.isspace():
        return t
    near = [j for j in candidates if j != t and abs(j - t) <= FULLER_REACH]
    for j in sorted(near, key=lambda j: abs(j - t)):
        b = page.blocks[j]
        if _cut_short(picked, b):
            return j  # the pick is this line clipped by a breadcrumb or a teaser
        if (
            not (picked.words < b.words <= TYPICAL_TITLE_WORDS[1] and short in f" {b.key} ")
            or b.text.isupper()
        ):
            continue  # (set in capitals: a banner's copy with its kicker, 'GUIDES <HEADLINE>')
        rest = b.text[len(picked.text) :].lstrip() if b.text.startswith(picked.text) else ""
        before, _, after = f" {b.key} ".partition(short)
        if (
            (rest and rest[:1] in _SUFFIX_OPENERS)
            or (before.split()[:1] and before.split()[0] in HOME_PAGE_NAMES)
            or any(w in UI_WORDS for w in after.split())
        ):
            continue  # a suffix, a breadcrumb ('Home / Blog / <headline>') or a button glued after it
        if _title_score(page, j) >= score - FULLER_MARGIN:
            return j
    return t


# A trail run into a headline names the home page and at least a section and a subsection ('Home Blog
# Fitness'): a headline opening with 'Home' ('Home Office Ideas') next to a shorter line is no trail.
HOME_TRAIL_MIN_WORDS = 3


def _shorter_line(page: _Page, candidates: list[int], t: int) -> int:
    """The picked line, or a title-like line next to it that the pick repeats with something added: the
    site's name or a tagline after a dash or a pipe ('Retirement Planning Calculator - American Funds' next
    to 'Retirement Planning Calculator'), or a breadcrumb trail from the home page run into it ('Home Blog
    Fitness <headline>' next to '<headline>'). The addition names the site or the path, not the page, and
    the shorter copy is the page's own heading. Across the wcxb-dev dumps it fires on 2 picks of 2 sites,
    right on both (the reverse of _fuller_line, which skips such suffixes and trails)."""
    picked = page.blocks[t]
    near = [j for j in candidates if j != t and abs(j - t) <= FULLER_REACH]
    for j in sorted(near, key=lambda j: abs(j - t)):
        b = page.blocks[j]
        if not b.key or len(b.key) >= len(picked.key):
            continue
        rest = picked.text[len(b.text) :].lstrip() if picked.text.startswith(b.text) else ""
        if rest[:1] and rest[:1] in _SUFFIX_OPENERS:
            return j
        trail = picked.key[: -len(b.key)].split() if picked.key.endswith(f" {b.key}") else []
        if len(trail) >= HOME_TRAIL_MIN_WORDS and trail[0] in HOME_PAGE_NAMES:
            return j
    return t


# How much lower the headline over a question subheading may score (the subheading right over the text
# has the layout evidence of a headline: prose under it, nearness to the body, its words in the lead).
QUESTION_MARGIN = 2.0


def _answered_question(
    page: _Page, candidates: list[tuple[int, int, bool]], best: tuple[float, int]
) -> tuple[float, int]:
    """The picked line, or the headline above it when the pick is a question that the headline names the
    subject of: 'What is Zero Waste?' opening the text under 'Zero Waste - A Beginner's Guide', 'What is
    rustc_codegen_gcc?' under 'rustc_codegen_gcc: Progress Report #39'. An article's first section asks
    what its subject is; the headline says more of it."""
    score, t = best
    picked = page.blocks[t]
    if not picked.text.endswith("?"):
        return best
    words = _lead_words(picked.key)
    if not words:
        return best
    found = best
    for i, between, after_lead in candidates:
        b = page.blocks[i]
        if i >= t or b.text.endswith("?") or not words <= _lead_words(b.key):
            continue
        s = _title_score(page, i, between, after_lead)
        if s >= score - QUESTION_MARGIN and (found[1] == t or s > found[0]):
            found = (s, i)
    return found


# A standfirst restates the headline's subject in other words; two lines sharing more than this share of
# the shorter one's words are two wordings of one headline or two items of one list ('Build your sofa
# with the KIVIK planner' / '... JÄTTEBO planner').
MAX_STANDFIRST_SHARED = 0.5
# A line of this many commas or more is a list of tags or categories ('Best Of, Bread, Cakes, Kitchen
# Tools and Pantry Guides'), not a headline.
TAG_LIST_COMMAS = 2


def _headline_over_standfirst(p: Block, b: Block) -> bool:
    """Line p, right above the picked line b, has a full headline's shape: 7-15 words, not set as a
    paragraph, no interface words, not a banner in capitals nor a list of tags, and it is neither another wording of b nor
    its sibling in a list. Such a pair is a headline over its standfirst ('Why isn't modern AI built
    around principles from cognitive science?' / 'First post in a series on cognitive science and AI'),
    whichever of the two is longer or names the text's words more often; on the wcxb-dev dumps 4
    headlines were won and 1 lost (a section name set as a full title over the headline)."""
    keys, below = p.key.split(), b.key.split()
    return (
        FULL_TITLE_WORDS[0] <= p.words <= FULL_TITLE_WORDS[1]
        and not p.para_start
        and not any(w in UI_WORDS for w in keys)
        and not p.text.isupper()
        and p.text.count(", ") < TAG_LIST_COMMAS
        and len(set(keys) & set(below)) <= min(len(keys), len(below)) * MAX_STANDFIRST_SHARED
        and not (p.text[:1].isdigit() and b.text[:1].isdigit())
    )


# Forum software (Invision Community) ends its breadcrumb trail in the thread's own title, then an 'All
# Activity' link, and prints the trail at the top and the bottom of the page and in its mobile menu: the
# title stands over the link each time. A menu's 'All Activity' entry stands under another entry of the
# menu, printed at most twice (the desktop and the mobile menu).
TRAIL_END_KEY = "all activity"
MIN_TRAIL_END_COPIES = 3


def _trail_end_title(page: _Page, language: str | None) -> int | None:
    """The line standing right above MIN_TRAIL_END_COPIES or more of the page's 'All Activity' links: the
    thread's title ending its breadcrumb trail, which the score misses for a title among the trail's other
    items (the category over it scores higher) or one ending in a full stop. On the wcxb-dev dumps 9 forum
    pages show the link; on 3 (of 3 forums) one line stands over three of them, the title on all 3, the
    score right on none; on the other 6 no line stands over more than two (menus, trails ending in the
    category)."""
    ends = page.copies.get(TRAIL_END_KEY, ())
    if len(ends) < MIN_TRAIL_END_COPIES:
        return None
    blocks = page.blocks
    above = Counter(blocks[i - 1].key for i in ends if i > 0)
    key, copies = above.most_common(1)[0] if above else ("", 0)
    if copies < MIN_TRAIL_END_COPIES:
        return None
    title = next(blocks[i - 1] for i in ends if i > 0 and blocks[i - 1].key == key)
    return title.index if _stands_as_title(title, language) else None


def _text_headline(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    site: str | None,
    language: str | None,
) -> Headline:
    blocks = doc.blocks
    page, candidates = _title_candidates(doc, kept, dropped_by, body_start, site, language)
    # (Text dumps only: on HTML the page's <h1> and its declared title say which line the title is.)
    trail_end = _trail_end_title(page, language) if doc.kind == "text" else None
    if trail_end is not None:
        return Headline(blocks[trail_end].text, trail_end)
    meta = page.meta
    lo = max(0, body_start - TITLE_LOOKBACK)
    if not candidates:
        return Headline()
    # The best score, the first line in page order among equals; lines that cannot reach it are not scored.
    # A scored line's cheap features are the ones its bound was read from, not read again.
    cheap = [_cheap_features(page, *c) for c in candidates]
    scored: list[tuple[float, int]] = []
    top = -math.inf
    for bound, k in sorted(((_bound_of(f), k) for k, f in enumerate(cheap)), key=_FIRST_CHAR, reverse=True):
        if bound + BOUND_SLACK < top:
            break
        i = candidates[k][0]
        scored.append((_scored(page, i, cheap[k]), i))
        top = max(top, scored[-1][0])
    best = max(scored, key=lambda si: (si[0], -si[1]))
    best = _answered_question(page, candidates, best)
    lines = [i for i, _, _ in candidates]
    t = _shorter_line(page, lines, _fuller_line(page, lines, best[1], best[0]))
    # Two headline-like lines in a row: the first is the headline, the second (longer or a sentence)
    # the standfirst, which elaborates the same subject. A line above that names the text's subject less
    # than the picked one is a label or a link over the headline ('Log in Get a Demo', 'Best Of, Japan,
    # Travel Guides', 'Skip to the article'), not a headline over its standfirst.
    # Only the line right above it: a date or byline between the two is the picked line's dateline, and the
    # line over that a kicker or a photo's caption ('SPANISH LEARNING STUDENTS in an information-sharing
    # session' / 'PRESS RELEASE' / <date> / <headline>), not its headline.
    prev = t - 1
    if prev >= lo and prev not in meta and _candidate(blocks[prev], dropped_by, site, language):
        p, b = blocks[prev], blocks[t]
        if (
            SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS
            and starts_like_heading(b.text)
            and p.words >= TYPICAL_TITLE_WORDS[0]
            and not kept[t]
            and not _cut_short(p, b)
            and _title_score(page, prev) >= best[0] - SUBTITLE_MARGIN
            and (
                ((b.words > p.words or b.ends_sentence) and _topicality(page, prev) >= _topicality(page, t))
                or _headline_over_standfirst(p, b)
            )
        ):
            return Headline(p.text, prev, t)
    sub = t + 1
    while sub < len(blocks) and sub in meta:
        sub += 1
    if sub < len(blocks) and not kept[sub] and sub < body_start:
        s = blocks[sub]
        if (
            SUBTITLE_MIN_WORDS <= s.words <= SUBTITLE_MAX_WORDS
            and starts_like_heading(s.text)
            and dropped_by.get(sub) not in LABEL_RULES
            and s.link_density < 0.3
            and (s.words >= blocks[t].words or s.ends_sentence)
        ):
            return Headline(blocks[t].text, t, sub)
    return Headline(blocks[t].text, t)


# A heading "matches" a declared title when their words mostly agree (word-overlap F1): an <h1> of three
# words inside a ten-word <title> is a section label or the site name, not the headline the title names,
# while "The best hubs, tested by our editors" still is the page "The Best Hubs, Tested by Editors".
MIN_DECLARED_MATCH = 0.7
# A shop's or a service's page names itself once in og:title and <title> alike (``_declared_name``); its
# <h1> is that name only when it has nearly the same words (restyled: case, '&' for 'and', one word more
# or less in a long name). A rewording that drops or swaps a word of a short name ('Cybersecurity Services'
# for 'Cybersecurity Consulting Services', 'Data and Analytics Services' for 'Data Analytics Services &
# Company') or adds a sales line ('... company you can count on') is display copy, not the page's name.
NAME_MATCH = 0.85
# A heading standing in for a label <h1> must be a declared title itself, or this much of one.
MIN_DECLARED_COVER = 0.6
# Headings searched for the declared title when no <h1> carries it (blog templates put the site name in
# the <h1> and the post title in an <h2>/<h3>).
DECLARED_HEADING_LEVELS = (1, 2, 3)
OFF_CONTENT_LANDMARKS = frozenset({"nav", "footer", "aside"})
# A page with this many <h1>s or more uses them as section or card headings (a README rendered with a
# '#' per section, a shop's offers, a docs page's numbered parts): without one matching the declared
# title, none is the page's headline. (With 3 or 4, a product's name among its option headings still is.)
SECTION_H1S = 5
CONTROL_TAGS = frozenset({"button"})


@dataclass(frozen=True)
class _Heading:
    """One heading element's text: an <h1> broken by <br> ('Data Analytics<br>Agency') is one headline."""

    first: Block
    indices: tuple[int, ...]
    text: str
    key: str


def _heading_groups(doc: Document, levels: tuple[int, ...]) -> list[_Heading]:
    out: list[_Heading] = []
    blocks = doc.blocks
    done = 0  # blocks before this one belong to a heading already grouped
    # The headings found in one C-level pass: a Python step per block of the page cost more than the rest.
    for i in [i for i, b in enumerate(blocks) if b.heading in levels]:
        b = blocks[i]
        # A button inside a heading ('<h1>Enum Result <button>Copy item path</button></h1>') is a control
        # shown with the headline, never part of it.
        if i < done or b.tag in CONTROL_TAGS:
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].heading == b.heading and not blocks[j].para_start:
            j += 1
        part = [x for x in blocks[i:j] if x.tag not in CONTROL_TAGS]
        if len(part) > 1:
            # '<h1>Jane Doe<br><time>Dec 18 2025</time><br>Headline</h1>': byline and date are fields.
            part = _without_leading_date([x for x in part if not (is_date_line(x, None) or byline_name(x))])
            part = part or [b]
        text = " ".join(x.text for x in part)
        # A one-block heading's folded text is the block's key (``Block.key`` is ``fold`` of its text).
        key = part[0].key if len(part) == 1 else fold_name(text)
        out.append(_Heading(part[0], tuple(x.index for x in part), text, key))
        done = j
    return out


# 'Thread: <title>', 'Category: <name>', 'Browse subject: <name>': a forum's or archive's label before
# the name of the page (the last word of a label of at most two words, before a colon and a space;
# 'Category:Foo' without the space is a wiki's page name).
TITLE_LABELS = frozenset(
    """thread topic title subject collection category categories tag tags archive archives blog forum
    thema titel kategorie archiv schlagwort sujet titre catégorie tema título categoría archivo etiqueta
    argomento titolo categoria""".split()
)
_TITLE_LABEL_RE = re.compile(r"^\s*(?:\w+\s+)?(\w+)\s?:\s+(?=\S)")


# Permalink anchors docs generators put after each heading (Sphinx's '¶', '#', a link emoji).
PERMALINK_GLYPHS = "¶#🔗§"


# A full date (day, month, four-digit year) opening the headline line: 'Dec 18 2025 Preparing ...'.
_LEADING_DATE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.? [^\W\d]{3,12}\.? \d{4}|[^\W\d]{3,12}\.? \d{1,2},? \d{4})\s*[-–—|:·•]?\s+(?=\w)"
)


# Invisible break hints inside words ('Assis\u00adtance'): shown as nothing, they split a word in two.
SOFT_HYPHEN = "\u00ad"
# A forum reply's subject repeats the thread's title after 'Re:' ('AW:', 'SV:', 'Odp:' in other languages).
_REPLY_RE = re.compile(r"^(?:(?:re|aw|sv|odp)\s?:\s+)+(?=\S)", re.I)
# A breadcrumb trail run into the headline line: two separators or more.
_CRUMB_RE = re.compile(r"\s[>»›]\s")
MIN_CRUMBS = 2
# A spaced pipe is never prose punctuation: what follows it in a headline is a qualifier the page adds
# for search engines ('Best Movers in NYC 2025 | Top 19 Companies', '... | Opinion', '... | Part 1'),
# a section or the site. The part before it names the page when it is a headline on its own.
TITLE_PIPE = " | "
# Link aggregators (Slashdot, Hacker News, Lobsters) show the linked site's host after a story's headline,
# then its points or comment count: '<headline> (latimes.com) 87'. The host names the source, not the story.
# Only common top-level domains count, so '(Node.js)' or '(Vue.js)' in a headline stays.
# It starts only where a run of spaces starts: tried from every space of a long run it was quadratic.
COMMON_TLDS = "com|org|net|io|dev|co|uk|de|fr|gov|edu|info|me|ai|app|blog"
_SOURCE_HOST_RE = re.compile(rf"(?<!\s)\s+\((?:[\w-]+\.)+(?:{COMMON_TLDS})\)(?:\s+\d[\d,]*)?$")
# A heading that is a host name alone ('davidbau.com', 'Bogleheads.org'): the site's logo, spelt as its
# address. (Only common top-level domains: 'Node.js' or 'setup.py' name software, not a site.)
_HOST_NAME_RE = re.compile(rf"(?:[\w-]+\.)+(?:{COMMON_TLDS})", re.IGNORECASE)


def tidy_title(title: str) -> str:
    """Drop what is shown with the headline but is not part of it: a trailing permalink glyph, a
    leading date, soft hyphens, a reply's 'Re:', an aggregator's '(source.com) 87', a breadcrumb trail before it, a qualifier after a
    spaced pipe and a leading forum or archive label."""
    stripped = title.rstrip().rstrip(PERMALINK_GLYPHS).rstrip()
    if fold_name(stripped):
        title = stripped
    m = _LEADING_DATE_RE.match(title)
    if m and parse_date(m.group(0)) is not None and len(title[m.end() :].split()) >= TITLE_MIN_WORDS:
        title = title[m.end() :]
    title = title.replace(SOFT_HYPHEN, "")
    title = _REPLY_RE.sub("", title, count=1) or title
    if ")" in title:
        title = _SOURCE_HOST_RE.sub("", title) or title
    crumbs = _CRUMB_RE.split(title)
    if len(crumbs) > MIN_CRUMBS and fold(crumbs[-1]):
        title = crumbs[-1]  # 'Home » Blog » <headline>': the trail's last item
    head = title.split(TITLE_PIPE, 1)[0].strip()
    if head != title and len(fold(head).split()) >= TITLE_MIN_WORDS:
        title = head
    title = _without_short_form(title)
    m = _TITLE_LABEL_RE.match(title)
    if not m or m.group(1).casefold() not in TITLE_LABELS:
        return title
    rest = title[m.end() :]
    return rest if fold(rest) else title


# A name's short form shown before it: its initials or one of its words ('GNW - Gaming News Weekly', 'json —
# JSON encoder and decoder'), in a word or two.
SHORT_FORM_MAX_WORDS = 2
SHORT_FORM_MIN_CHARS = 2
_NAME_WORD_RE = re.compile(r"\w+")


def _without_short_form(title: str) -> str:
    """The title without a leading part that only abbreviates or repeats the name after the separator."""
    m = TITLE_SEPARATORS_RE.search(title)
    if m is None:
        return title
    head, rest = title[: m.start()], title[m.end() :].strip()
    words = [w.casefold() for w in _NAME_WORD_RE.findall(rest)]
    short = "".join(_NAME_WORD_RE.findall(head)).casefold()
    if (
        len(head.split()) > SHORT_FORM_MAX_WORDS
        or len(short) < SHORT_FORM_MIN_CHARS
        or len(words) < TITLE_MIN_WORDS
    ):
        return title
    return rest if short == "".join(w[0] for w in words) or short in words else title


# A shop's product title: the product's name, a spaced dash, then what sets this offer apart from the
# name: the variant ('CBD Relax Berries - (30ct) 300mg', 'Moray Driver Kit - 32 Precision Bits'), the
# maker ('Barbecue charbon inox 1600 - Martinsen') or the shop and a counter ('<name> - AliExpress 7').
_PRODUCT_VARIANT_RE = re.compile(r"\s[-–—]\s")


def product_name(title: str) -> str:
    """The product's name on a page declaring a product for sale: the part before a single spaced dash,
    when it is a name of TITLE_MIN_WORDS words or more and no shorter than what follows (a variant, a maker
    or a shop is said in fewer words than the product). On the wcxb-dev HTML pages declaring a product,
    7 titles of 5 shops end so, and every gold title leaves that part out; a title with several dashes
    ('Microsoft - Surface Laptop - Copilot+ PC - ...') is a list of the product's facts, kept whole."""
    parts = _PRODUCT_VARIANT_RE.split(title)
    if len(parts) != 2 or not fold(parts[1]):
        return title
    name, rest = parts[0].split(), parts[1].split()
    return parts[0].strip() if len(name) >= max(TITLE_MIN_WORDS, len(rest)) else title


# A date inside a heading is split over a few tiny elements ('<time>Dec <span>18</span> 2025</time>').
MAX_DATE_PREFIX_PARTS = 4


def _without_leading_date(part: list[Block]) -> list[Block]:
    """'<h1><time>Dec 18 2025</time> Headline</h1>': the date the heading opens with is not the title."""
    for k in range(min(MAX_DATE_PREFIX_PARTS, len(part) - 1), 0, -1):
        prefix = " ".join(x.text for x in part[:k])
        if len(prefix.split()) <= MAX_META_WORDS and parse_date(prefix) is not None:
            return part[k:]
    return part


def _declared_cores(doc: Document, site: str | None, *, with_site: bool = True) -> list[str]:
    """The page's declared titles (JSON-LD headline, og:title, <title>), folded, without the site-name
    part (and as given, ``with_site``)."""
    meta = doc.meta
    out: list[str] = []
    for raw in (meta.headline, meta.og_title, meta.title_tag):
        if not raw:
            continue
        core = fold_name(strip_site_suffix(raw, site))
        for f in (fold_name(raw), core) if with_site else (core,):
            if f and f not in out:
                out.append(f)
    return out


def _declared_titles(doc: Document) -> list[str]:
    """``PageMeta.declared_titles`` (the declared titles, folded) through ``fold_name``, whose folds of the
    same titles ``_declared_cores`` and the site suffix reuse."""
    meta = doc.meta
    return [f for f in map(fold_name, filter(None, (meta.headline, meta.og_title, meta.title_tag))) if f]


def _is_declared(key: str, declared: list[str]) -> bool:
    """The heading is a declared title, or most of one (its site part cut another way)."""
    return bool(key) and any(key in d and len(key) >= MIN_DECLARED_COVER * len(d) for d in declared)


def _is_label_heading(g: _Heading, declared: list[str], metas: list[str], site_key: str) -> bool:
    """An <h1> unrelated to the declared titles and too short to be a headline, in the page header, or
    the site name: a section label, a category or a logo."""
    if not declared or _covers(g.key, declared) or any(g.key and m in g.key for m in metas):
        return False
    short = len(g.key.split()) < TYPICAL_TITLE_WORDS[0]
    return short or g.key == site_key or bool(g.first.landmarks & {"header"})


# An <h1> that is a link is a headline linking to its own page, or the site's logo linking home.
LOGO_LINK_DENSITY = 0.5


def _is_logo_link(g: _Heading, declared: list[str]) -> bool:
    """A linked <h1> unlike the declared titles: the logo linking home ('<h1><a href="/">Arch Linux</a>
    </h1>' over the thread 'What happened with ... / Arch Linux Forums'). A headline linking to its own
    page is the declared title, or opens it ('<thread> / <board> / <forum>')."""
    if g.first.link_density <= LOGO_LINK_DENSITY or _covers(g.key, declared):
        return False
    return not any(d.startswith(g.key) for d in declared)


# 'Jimmy: The Ultimate Device Opener': a name and its sales line, the name alone shown as the <h1>.
NAME_TAGLINE_JOIN = ": "


def _declared_name(doc: Document, site: str | None, *, any_kind: bool = False) -> str | None:
    """The name a page that is not an article gives itself in og:title and <title> alike, as one phrase
    ('Workforce Management Software', 'Pet Insurance for Dogs & Cats'), or None. A shop's, a service's or a
    category's <h1> unlike that name is display copy: a slogan ('Unlock the Power of AI for Your Business'),
    a label ('Posts', 'Best of the best') or a shorter wording ('Pet Insurance'). (An article's <h1> is its
    headline whatever the metadata say; a title of several parts, 'Name: tagline' or 'A | B', is written
    for search engines, and its parts rather than the whole name the page. A page declaring a product
    shows the product's name in its <h1>, which the shop's metadata lengthen with search words:
    'Audeze LCD-2 Classic Headphones' declared 'Audeze LCD-2 Classic Planar Magnetic Headphones'.)
    ``any_kind``: also on a page declaring an article (not a written piece: see PageMeta.story) or a product,
    for the <h1> that shares no word with the name (_slogan_heading)."""
    meta = doc.meta
    if not meta.og_title or not meta.title_tag or meta.story:
        return None
    if not any_kind and (meta.article or meta.product):
        return None
    name = strip_site_suffix(meta.og_title, site)
    key = fold_name(name)
    if (
        not key
        or key != fold_name(strip_site_suffix(meta.title_tag, site))
        or TITLE_SEPARATORS_RE.search(name)
    ):
        return None
    return None if NAME_TAGLINE_JOIN in name else name


def _slogan_heading(doc: Document, g: _Heading, site: str | None) -> str | None:
    """The name og:title and <title> agree on (_declared_name) when the <h1> shares no word with it: the
    <h1> is a sales line or a box's label ('Access Company Knowledge' on 'AI Assistants - <site>', 'Special
    Offers' on 'Pest Control Coupons | <site>', 'Custom Websites as Unique as Our Clients' on 'Website
    Development Portfolio | <site>'), not a rewording of the page's name, on any page but a written piece:
    WordPress stamps og:type article on every page and service sites declare their offer a Product. (A
    declared article whose <h1> only rewords its name keeps the <h1>: 'Best Camping Hammocks of 2026' under
    '... of 2026, Tested & Reviewed'.) On wcxb-dev HTML it moves 5 pages of 5 sites: 4 right (3 services, a
    category), the fifth wrong before and after."""
    name = _declared_name(doc, site, any_kind=True)
    if name is None:
        return None
    key = fold_name(name)
    # (Text in a script written without spaces is one word: a shorter wording is inside the name.)
    if set(g.key.split()) & set(key.split()) or g.key in key or key in g.key:
        return None
    return name


def _declared_title(doc: Document) -> str | None:
    """The JSON-LD headline, else og:title, else <title>; a JSON-LD headline some CMSs cut at a fixed
    length ('... Solutions (Including') gives way to the longer title it begins."""
    meta = doc.meta
    first = meta.headline or meta.og_title or meta.title_tag
    if first and meta.headline:
        for other in (meta.og_title, meta.title_tag):
            tail = other[len(meta.headline) :] if other and other.startswith(meta.headline) else ""
            if tail and fold(tail) and not TITLE_SEPARATORS_RE.match(tail):
                return other  # it goes on mid-sentence, not after a 'Headline | Site' separator
    return first


# How far below a headline its byline and date stand.
PROSE_REACH = 5


def _is_slogan(doc: Document, g: _Heading, language: str | None) -> bool:
    """A heading written as a sentence with no byline or date under it. (A news headline may end in a
    full stop too, 'Hedgehogs Are Back. Their Cousins Are Not.', but a byline or date follows it.)"""
    if not g.text.endswith(".") or g.text.endswith(".."):
        return False
    after = doc.blocks[g.indices[-1] + 1 : g.indices[-1] + 1 + PROSE_REACH]
    return not any(b.words <= MAX_META_WORDS and _is_meta(b, language) for b in after)


# Words this long carry a title's capitalisation ('Insurance for Rideshare and Delivery Drivers' keeps
# 'for' and 'and' in lower case); a heading needs this many words to be read as a sentence.
CASED_WORD_CHARS = 4
TAGLINE_MIN_WORDS = 3
# Share of a heading's longer words (its first aside) in lower case that makes it sentence case.
SENTENCE_CASE_SHARE = 0.5
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _lower_share(text: str) -> float | None:
    """The share of the text's longer words, its first aside, that open in lower case (None: too few)."""
    words = [w for w in _WORD_RE.findall(text)[1:] if len(w) >= CASED_WORD_CHARS]
    return sum(1 for w in words if w[0].islower()) / len(words) if words else None


def _is_tagline(doc: Document, g: _Heading, declared: list[str], site: str | None) -> bool:
    """A sentence-case <h1> under a Title-Case declared title with other words: the site writes its page
    names in Title Case, so the <h1> is the page's sales line ('Insurance to help protect you' on 'Insurance
    for Rideshare and Delivery Drivers | Uber'), not its name. (Sites writing headlines in sentence case
    write their <title> so too, and a headline worded like the title is kept.)"""
    raw = _declared_title(doc)
    if not raw or len(g.text.split()) < TAGLINE_MIN_WORDS or _covers(g.key, declared):
        return False
    heading, title = _lower_share(g.text), _lower_share(strip_site_suffix(raw, site))
    return heading is not None and title == 0 and heading >= SENTENCE_CASE_SHARE


def _masthead_of(doc: Document, key: str) -> bool:
    """The <title>'s last part is this text: '<post title> | Jane's Blog'. (A title opening with the <h1>
    is the usual 'Headline | Site', so its first part says nothing.) og:title is not asked: written for
    sharing, beside og:site_name, it leaves the site out, and its last part is a part of the page's own
    name ('Fiercely Strong Coffee | Dark Roast Coffee' over the <h1> 'Dark Roast Coffee')."""
    parts = [p for p in title_parts(doc.meta.title_tag or "") if p.strip()]
    return len(parts) >= 2 and fold(parts[-1]) == key


def _declared_without(doc: Document, key: str) -> str | None:
    """The declared title with the masthead text cut off its start or end, in the page's own spelling."""
    for raw in (doc.meta.headline, doc.meta.og_title, doc.meta.title_tag):
        if not raw:
            continue
        cuts = [i for i, ch in enumerate(raw) if not ch.isalnum()] + [len(raw)]
        for i in cuts:
            head, tail = raw[:i], raw[i:]
            if fold(head) == key:
                rest = tail.strip(_TITLE_JOINERS)
            elif fold(tail) == key:
                rest = head.strip(_TITLE_JOINERS)
            else:
                continue
            if rest and fold(rest):
                return rest
    return None


_TITLE_JOINERS = " \t:|-–—•·~/»›>"

# A forum's prefix badge ('News', 'Tips/Techniques', 'Solved') shown before a thread's name is a label of
# a few words at most.
GLUED_LABEL_MAX_WORDS = 3


def _without_glued_label(doc: Document, text: str) -> str:
    """'<h1><span class="label">News</span> Digital Cameras ...</h1>' with '<title>News - Digital Cameras
    ... | Site': a badge the heading shows glued to the headline, which the declared title sets apart as a
    part of its own, is the thread's label, not its name. (A heading that shows the separator itself,
    'Zero Waste - A Beginner's Guide', keeps it.)"""
    for raw in (doc.meta.og_title, doc.meta.title_tag):
        # Split already (title_parts, for the site suffix); the first separator starts where the first
        # part ends, and is searched for only when that part is the heading's label.
        if not raw:
            continue
        parts = title_parts(raw)
        if len(parts) < 2:
            continue
        label = parts[0].strip()
        if not label or len(label.split()) > GLUED_LABEL_MAX_WORDS or not text.startswith(label):
            continue
        rest = text[len(label) :]
        name = rest.strip()
        if (
            rest[:1].isspace()
            and name[:1] not in _TITLE_JOINERS
            and len(name.split()) >= TITLE_MIN_WORDS
            and (m := TITLE_SEPARATORS_RE.search(raw)) is not None
            and fold(raw[m.end() :]).startswith(fold(name))
        ):
            return name
    return text


# A text in capitals has at least this many letters ('AI' alone is an acronym, not a styled heading).
MIN_CAPITALS = 3


def _declared_spelling(doc: Document, g: _Heading, declared: list[str], site: str | None) -> str | None:
    """An <h1> set in capitals ('BEST DRIP COFFEE MAKER IN 2026') is styled, not spelt so: the declared
    title in the same words gives the headline's own spelling ('Best Drip Coffee Maker 2026')."""
    if not _all_capitals(g.text) or not _covers(g.key, declared):
        return None
    meta = doc.meta
    for raw in (meta.headline, meta.og_title, meta.title_tag):
        if not raw or _all_capitals(raw):
            continue
        # The whole title without the site's name, else the part of it the heading words ('Outdoor Gear'
        # of 'Outdoor Gear – The Bush Company', the site unknown).
        own = strip_site_suffix(raw, site)
        parts = [p.strip() for p in TITLE_SEPARATORS_RE.split(own) if p.strip()]
        found = next((p for p in (own, *parts) if _covers(g.key, [fold(p)])), None)
        if found:
            return found
    return None


# Words a heading in capitals needs to read as a sentence rather than a name in capitals.
SHOUTED_MIN_WORDS = 4


def _shouted(text: str) -> bool:
    """A sentence set in capitals ('MAKE YOUR VISION A REALITY WITH OUR EVENT STRATEGISTS'): a sales line
    or a box's call to action, not a name ('SHIP', 'GAME CHANGER')."""
    return len(text.split()) >= SHOUTED_MIN_WORDS and _all_capitals(text)


def _all_capitals(text: str) -> bool:
    if text.isascii():
        # ASCII letters are its only cased characters, so str.isupper (in C) is "no small letter and a
        # capital": most headings fail it at once, without a Python step per character.
        return text.isupper() and sum(map(str.isalpha, text)) >= MIN_CAPITALS
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= MIN_CAPITALS and all(ch.isupper() for ch in letters)


def _covers(key: str, declared: list[str], least: float = MIN_DECLARED_MATCH) -> bool:
    """Whether the heading's words agree with a declared title's to word-overlap F1 ``least`` or more."""
    return bool(key.split()) and any(_covers_one(key, d, least) for d in declared)


@lru_cache(maxsize=1024)
def _covers_one(key: str, declared: str, least: float) -> bool:
    """Word-overlap F1 of a heading and one declared title. Cached: the headline pick asks it of the same
    pairs again and again (each <h1>'s score, then the slogan, tagline, label and logo tests of the best)."""
    words, other = key.split(), declared.split()
    distinct, others = set(words), set(other)
    if len(distinct) == len(words) and len(others) == len(other):
        common = len(distinct & others)  # no word twice: the multiset overlap is the sets' (no Counter)
    else:
        common = sum((Counter(words) & Counter(other)).values())
    return bool(common) and 2 * common / (len(words) + len(other)) >= least


def _product_in_heading(doc: Document, g: _Heading, declared: list[str], site: str | None) -> str | None:
    """On a page declaring a product for sale, the name its <title> and og:title both open with, before their
    separator, when the <h1> shows that name with more words: the product's kind as a kicker ('Minimalist
    Sandals Nörd Zero' under '<title>Nörd Zero | <brand> minimalist sandals ...') or its tagline in a span
    ('Black Edition<span>Complete high-protein powder meal</span>' under 'Black Edition | Meal Replacement
    Protein Powder | <shop>'). Both metadata set the name apart from what describes it; the heading runs
    them together. (A shop's name opening its titles, 'Nike | Running Shoes', is the site, not the product;
    an <h1> that is itself a declared title keeps its words.) On wcxb-dev HTML 2 product pages of 2 shops
    show it, the name is the gold title on both."""
    meta = doc.meta
    if not meta.product_page() or not meta.og_title or not meta.title_tag or g.key in declared:
        return None
    parts = [p for p in title_parts(meta.title_tag) if p.strip()]
    og_parts = [p for p in title_parts(meta.og_title) if p.strip()]
    if len(parts) < 2 or len(og_parts) < 2:
        return None
    name = parts[0].strip()
    key = fold_name(name)
    if not key or key != fold_name(og_parts[0]) or key == g.key or f" {key} " not in f" {g.key} ":
        return None
    if (site and key == fold_name(site)) or (meta.url and names_host(name, meta.url)):
        return None
    return name


# Heading levels a product's name may be split over: the maker's or model's line and the name's.
SPLIT_HEADING_LEVELS = (1, 2)


def _split_heading(doc: Document, g: _Heading, declared: list[str]) -> _Heading | None:
    """The <h1> and the heading right before or after it, when together they are the title the page
    declares and the <h1> alone is not: a shop shows the model and the product's kind, or the maker and
    the name, as two headings ('<h1>Nike Pegasus 41</h1><h2>Men's Road Running Shoes</h2>', '<h1>Staple
    Tee</h1><h1>5001</h1>') that its og:title or <title> names as one."""
    if g.key in declared:
        return None
    blocks = doc.blocks
    after = g.indices[-1] + 1
    if after < len(blocks) and blocks[after].heading in SPLIT_HEADING_LEVELS:
        b = blocks[after]
        text = f"{g.text} {b.text}"
        key = fold_name(text)
        if key in declared:
            return _Heading(g.first, (*g.indices, b.index), text, key)
    before = g.first.index - 1
    if before >= 0 and blocks[before].heading in SPLIT_HEADING_LEVELS:
        b = blocks[before]
        text = f"{b.text} {g.text}"
        key = fold_name(text)
        if key in declared:
            return _Heading(b, (b.index, *g.indices), text, key)
    return None


def _html_headline(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    site: str | None,
    language: str | None,
) -> Headline:
    # A heading ending in a colon introduces what follows it ('A message from our founder:', 'Topics
    # include:'), as the text path's candidates never do either.
    h1s = [
        g
        for g in _heading_groups(doc, (1,))
        if TITLE_MIN_WORDS - 1 <= len(g.text.split()) <= TITLE_MAX_WORDS and not g.text.endswith(":")
    ]
    metas = _declared_titles(doc)
    declared = _declared_cores(doc, site)
    site_key = fold_name(site or "")
    best: _Heading | None = None
    logo = ""
    if h1s:

        def score(g: _Heading) -> tuple[int, int, int, int, int]:
            in_meta = any(g.key and (g.key in m or m in g.key) for m in metas)
            in_content = not (g.first.landmarks & OFF_CONTENT_LANDMARKS)
            return (
                int(_covers(g.key, declared)),
                int(in_meta),
                int(in_content),
                int(not _shouted(g.text)),
                -abs(g.first.index - body_start),
            )

        best = max(h1s, key=score)
        if metas and best.first.landmarks & OFF_CONTENT_LANDMARKS and not _covers(best.key, declared):
            # The <h1> stands in a menu, footer or sidebar ('Contact Us', 'Follow Us' as the footer's
            # headings) and is unlike the declared title: it heads a box, not the page.
            best = None
        elif metas and len(h1s) >= SECTION_H1S and not _covers(best.key, declared):
            best = None  # the <h1>s head sections or cards, and none is the title the page declares
        elif best.key == site_key and len(h1s) == 1 and metas:
            logo = best.key  # a logo <h1> holding the site name
            best = None
        elif metas and _is_slogan(doc, best, language) and not _covers(best.key, declared):
            best = None  # a landing page's slogan ('You deserve to be happy.') does not name the page
        elif metas and _is_tagline(doc, best, declared, site):
            best = None
        elif _is_label_heading(best, declared, metas, site_key):
            # The <h1> is a short label ('Our Blog', a category, the site name): a visible heading that is
            # the title the page declares names the article.
            cores = _declared_cores(doc, site, with_site=False)
            named = [
                g
                for g in _heading_groups(doc, DECLARED_HEADING_LEVELS)
                if not (g.first.landmarks & OFF_CONTENT_LANDMARKS)
                and g.key != site_key
                and _is_declared(g.key, cores)
            ]
            if named:
                best = min(named, key=lambda g: abs(g.first.index - body_start))
            elif (
                best.key == site_key
                or _masthead_of(doc, best.key)
                or _HOST_NAME_RE.fullmatch(best.text.strip())
            ):
                # The <h1> is the site's name (or its address): the page shows no headline of its own.
                rest = _declared_without(doc, best.key)
                if rest:
                    return Headline(rest, None)
                best = None
        if best is not None and metas and _is_logo_link(best, declared):
            best = None
    name = _declared_name(doc, site)
    if best is None:
        found = _text_headline(doc, kept, dropped_by, body_start, site, language)
        key = fold_name(found.title or "")
        # A line naming only part of the page's declared name ('Dota 2' of 'Dota 2 on Steam') shortens it.
        if (
            found.title_index is not None
            and (not metas or any(key in m for m in metas))
            and (name is None or key == fold_name(name))
        ):
            return found
        # Without the logo's site name, however the declared title joins it ('TFH Forum-What to look
        # for before buying fish').
        return Headline((logo and _declared_without(doc, logo)) or _declared_title(doc), None)
    if name is not None and not _covers(best.key, declared, NAME_MATCH):
        return Headline(name, None)  # a shop's or a service's display copy, not the page's name
    if name is None:
        slogan = _slogan_heading(doc, best, site)
        if slogan is not None:
            return Headline(slogan, None)
    best = _split_heading(doc, best, declared) or best
    last = best.indices[-1]
    sub = None
    for b in doc.blocks[last + 1 : last + 1 + HEADER_LOOKBACK]:
        if kept[b.index] and (b.is_prose or b.index >= body_start):
            if b.heading != 1 and (
                _dek_opens_body(doc, kept, b)
                or _named_standfirst(doc, b)
                or _dek_over_byline(doc, kept, last, b, language)
            ):
                sub = b.index
            break
        if dropped_by.get(b.index) in LABEL_RULES or byline_name(b) or is_date_line(b, language):
            continue
        if (
            SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS
            and b.heading != 1
            and b.link_density < 0.3
            and starts_like_heading(b.text)
        ):
            sub = b.index
        break
    text = (
        _product_in_heading(doc, best, declared, site)
        or _declared_spelling(doc, best, declared, site)
        or _without_glued_label(doc, best.text)
    )
    return Headline(text, best.first.index, sub, best.indices[1:])


def pick_headline(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    site: str | None,
    language: str | None,
) -> Headline:
    if doc.kind == "html":
        return _html_headline(doc, kept, dropped_by, body_start, site, language)
    thread = thread_title(doc, dropped_by, site, language)
    if thread is None:
        thread = _crumbed_title(doc, dropped_by, body_start, site, language)
    if thread is None:
        thread = _permalinked_title(doc, dropped_by, body_start, site, language)
    if thread is None:
        thread = _wiki_title(doc, dropped_by, body_start, site, language)
    if thread is not None:
        return Headline(doc.blocks[thread].text, thread)
    head = _text_headline(doc, kept, dropped_by, body_start, site, language)
    group = _head_group(doc, kept, dropped_by, language)
    if group:
        # Only fills gaps: a headline the rules kept as prose (it ends in a full stop), or its standfirst.
        sub = group[1] if not _skippable(doc.blocks[group[1]], dropped_by, language) else None
        if head.title_index is None or (
            head.title_index in group and not _masthead_over_group(doc, kept, group, head.title_index)
        ):
            # Lines written together at the very top, a blank line, then the article: the first of them is
            # the headline, whatever the scoring above preferred.
            return Headline(doc.blocks[group[0]].text, group[0], sub)
        if head.title_index == group[0] and head.subtitle_index is None:
            head.subtitle_index = sub
    elif _lone_title_over_text(doc, kept, dropped_by, body_start, head, language):
        return Headline(doc.blocks[0].text, 0)
    if head.title_index is not None and head.subtitle_index is None:
        first_kept = next((b for b in doc.blocks[head.title_index + 1 :] if kept[b.index]), None)
        near = first_kept is not None and first_kept.index - head.title_index <= HEADER_LOOKBACK
        if (
            near
            and first_kept is not None
            and (
                _dek_opens_body(doc, kept, first_kept)
                or _dek_over_byline(doc, kept, head.title_index, first_kept, language)
            )
        ):
            head.subtitle_index = first_kept.index
    return head


# Lines from the page's top within which a forum thread's opening post header stands: the forum's name,
# the thread's title, its category and its tags come first.
OPENING_POST_REACH = 6
# A post header numbered 1 ends so ('jdoe (Jo Doe) May 3, 2024, 8:45am 1').
OPENING_POST_NUMBER = " 1"
# How far down the page the 'Thread starter' label is looked for (menus and breadcrumbs come first).
STARTER_LABEL_REACH = 200
# A thread's statistics under its title: '6.5K views 5 replies 5 participants last post by jdoe Jun 5, 2024'.
_THREAD_STATS_RE = re.compile(
    r"\d[\d.,]*[KkMm]?\s+views?\s+\d[\d.,]*[KkMm]?\s+repl(?:y|ies)\b", re.IGNORECASE
)


# A thread's moderation tools under its title on NodeBB forums, read as one line with the category that
# follows them: 'Scheduled Pinned Locked Moved General Discussion'.
_THREAD_TOOLS_RE = re.compile(r"Scheduled Pinned Locked Moved\b")


# A question's date on Q&A software, under its title and an 'Ask Question' button: 'Asked 2 years, 2 months ago'.
_ASKED_RE = re.compile(r"Asked\s(?:.{1,40}\sago|\s*(?:today|yesterday)\b)", re.IGNORECASE)
# The three as one pattern, matched once per line of the page's top.
_THREAD_LABEL_RE = re.compile(
    f"(?i:{_THREAD_STATS_RE.pattern})|(?i:{_ASKED_RE.pattern})|{_THREAD_TOOLS_RE.pattern}"
)


def thread_title(
    doc: Document, dropped_by: dict[int, str], site: str | None, language: str | None
) -> int | None:
    """The thread's title on a forum page whose header says where it is, which the score can miss for a
    short title; None elsewhere. Shapes of forum software that print the title once:
    - the forum's name, the title, its category (and tags), then the opening post's header numbered 1
      (see thread_starter): the line under the forum's name is the title, where the score preferred the
      category, which the post header follows as a byline follows a headline. 18 wcxb-dev dumps of 18
      forums open so, every one with its title on that line; the score missed 5 (one of them, read as a
      date line, is no candidate).
    - the title, then 'Thread starter jdoe' (is_starter_label): the line right above the label is the
      title, unless it is shown elsewhere too (a breadcrumb's item). 21 dumps of 20 forums carry the
      label; the line above is the title on 16 (the score missed 3 of them), on 3 more it is the title
      after a thread's badge ('News', 'Tips/Techniques') that the dump cannot tell from it.
    - the title, a 'Jump to Latest' button, then the thread's statistics ('6.5K views 5 replies 5
      participants last post by ...', _THREAD_STATS_RE), read as the label: 5 dumps of 5 forums, the
      title there on all 5, the score right on 1 (the dump puts the first post's text above the title).
    - Q&A software's question: the title, an 'Ask Question' button, then 'Asked 2 years, 2 months ago'
      (_ASKED_RE): 12 dumps of 8 sites, the title there on all 12, the score right on 9.
    - the title, then the thread's tools and its category ('Scheduled Pinned Locked Moved General
      Discussion', _THREAD_TOOLS_RE): 3 dumps of 3 forums, the title there on all 3, the score right on
      2 (a notice kept as text above the title closed its search on the third).
    Over the statistics or the 'Asked' line the template's place vouches for the line (_stands_as_title):
    a question's title may open in lower case ('join a specific number of files ...', 1 dump).
    drop_above_thread_title asks it too, before any verdict: with no dropped lines and no site's name."""
    blocks = doc.blocks
    if len(blocks) < 3:
        return None
    if blocks[0].words <= MASTHEAD_MAX_WORDS:
        for b in blocks[2 : OPENING_POST_REACH + 1]:
            if b.text.endswith(OPENING_POST_NUMBER) and thread_starter(b.text, language=language):
                title = blocks[1]
                return (
                    title.index if _candidate(title, dropped_by, site, language, SEARCHED_MIN_WORDS) else None
                )
    label = next(
        (
            b
            for b in blocks[1:STARTER_LABEL_REACH]
            if is_starter_label(b.text) or _THREAD_LABEL_RE.match(b.text)
        ),
        None,
    )
    if label is None:
        return None
    above = label.index - 1
    starter = is_starter_label(label.text)
    if not starter and any(
        _THREAD_STATS_RE.match(b.text) or _ASKED_RE.match(b.text) for b in blocks[above + 2 :]
    ):
        return None  # statistics on every item: a list of threads or questions, not one thread
    tools = bool(_THREAD_TOOLS_RE.match(label.text))  # (right under the title: no button between)
    if above > 1 and blocks[above].words <= SHORT_TITLE_WORDS and not (starter or tools):
        above -= 1  # a button between the title and its statistics ('Jump to Latest', 'Ask Question')
    title = blocks[above]
    if not (
        _candidate(title, dropped_by, site, language, SEARCHED_MIN_WORDS)
        or (not starter and _stands_as_title(title, language))
    ):
        return None
    if starter and any(b.key == title.key for b in blocks if b is not title):
        return None  # shown elsewhere too: a breadcrumb's last item over the label, which the menu also lists
    return title.index


# A breadcrumb trail's items and what separates them ('Home / Manuals / Compose / Networking').
# Split at the separators alone: the items keep their spaces, which fold drops, and a pattern eating the
# spaces around a separator is quadratic on a long run of spaces without one (benchmarks/redos.py).
_TRAIL_SPLIT_RE = re.compile(r"[>»›/|]")
MIN_TRAIL_ITEMS = 3
MIN_HOME_TRAIL_ITEMS = 2
_HOME_PREFIXES = tuple(f"{name} " for name in HOME_PAGE_NAMES)
# A run of links split by pipes from the home page on is a menu ('Home | Shop | Garden Journal' over
# 'Garden Journal'), not a trail: breadcrumbs use '>', '»', '›' or '/' (as every home trail over its page's
# title on the wcxb-dev dumps does).
MENU_SEPARATOR = "|"
# A trail may open with a label saying it is one ('You are here: start > searching'): such a trail names the
# page with two items already, whatever its first item is called (a wiki's home page is 'start').
_TRAIL_LABEL_RE = re.compile(r"You are here:", re.IGNORECASE)


def _crumbed_title(
    doc: Document, dropped_by: dict[int, str], body_start: int, site: str | None, language: str | None
) -> int | None:
    """The title-like line right under a breadcrumb trail whose last item names it ('Home / Get started /
    Introduction' over 'Introduction', '... / How-tos / Networking' over 'Networking in Compose'): the
    trail ends where the page is, and the page's heading follows it. Searched where the headline is (above
    the body and just into it). On the wcxb-dev dumps 24 pages show such a pair; the line is the title
    on 22, of which the score had 18 (it preferred a subheading or a card under the heading on 4).
    A trail that starts at the home page ('Home / All Sheets' over 'All Sheets', 'Home > Travel Insurance -
    Flight and Travel Insurance Quotes' over 'Travel Insurance') says so with two items already, and is
    taken anywhere on the page: a shop's or a service's heading may stand under a thousand lines of menus,
    below where the rules start the body. On the wcxb-dev dumps 20 pages show a home trail over its last
    item; the line is the title on 18 (the score had 15), the other 2 have a gold title absent from the
    dump. A trail labelled 'You are here:' says so too, within the headline's reach: 8 wcxb-dev dumps of 6
    sites carry the label, every trail with its gold title in the dump ends in it (6), and one of two items
    ('You are here: start > searching', a wiki's) was missed by the score."""
    blocks = doc.blocks
    end = len(blocks) - 1
    reach = min(end, body_start + HEADER_LOOKAHEAD)
    # Beyond the reach only lines under a home trail are looked at, picked by the folded trail's first
    # word (a C-level prefix test: most pages have a thousand lines and no such trail).
    homed = (b.index + 1 for b in blocks[max(0, reach - 1) : end - 1] if b.key.startswith(_HOME_PREFIXES))
    for i in chain(range(1, reach), homed):
        b = blocks[i]
        trail = blocks[i - 1].text
        # The cheap tests first: a line holding no separator at all (most lines; one C-level search) is no
        # trail of MIN_HOME_TRAIL_ITEMS (two or more) items.
        if _TRAIL_SPLIT_RE.search(trail) is None:
            continue
        if sum(trail.count(ch) for ch in ">»›/|") < MIN_HOME_TRAIL_ITEMS - 1:
            continue
        items = [x for x in _TRAIL_SPLIT_RE.split(trail) if x.strip()]
        if len(items) < MIN_HOME_TRAIL_ITEMS:
            continue
        if not (
            (i < reach and len(items) >= MIN_TRAIL_ITEMS)
            or (
                (fold(items[0]) in HOME_PAGE_NAMES or _TRAIL_LABEL_RE.match(trail))
                and MENU_SEPARATOR not in trail
            )
        ):
            continue
        last, key = fold(items[-1]), b.key
        if (
            last
            and key
            and (key == last or key.startswith(f"{last} ") or last.startswith(key))
            and _candidate(b, dropped_by, site, language, SEARCHED_MIN_WORDS)
        ):
            return b.index
    return None


# The permalink mark documentation generators print after every heading ('Quickstart¶'); '#' and '§' are
# left out, as ordinary lines end in them too ('C#').
HEADING_PERMALINK = "¶"


def _permalinked_title(
    doc: Document, dropped_by: dict[int, str], body_start: int, site: str | None, language: str | None
) -> int | None:
    """The first line ending in a heading's permalink mark, above where the body starts, on a docs page:
    the generator marks the page's own heading and its sections so, while the sidebar's and the table of
    contents' copies of those names carry no mark; the score may prefer a section heading or the docs'
    name over it. On the wcxb-dev dumps 14 pages have such a line above the body; it is the title on 12
    (the score had 5), the other 2 have a gold title spelt otherwise (absent from the dump, or without the
    module name its siblings keep). Below the body's start the first mark is a section's (2 pages). The
    mark vouches for the line as the template's place does (_stands_as_title): one more page's marked
    title opens the dump, where the site's name is read, and was turned away as the masthead."""
    for b in doc.blocks[:body_start]:
        if b.text.endswith(HEADING_PERMALINK):
            return b.index if _stands_as_title(b, language) else None
    return None


# A wiki's language button right under the page's title: '51 languages'.
_LANGUAGES_BUTTON_RE = re.compile(r"\d+ languages?")
# The older wiki skin's tagline under the page's title ('From Gentoo Wiki', 'From PostgreSQL wiki'), then its
# skip links ('Jump to navigation Jump to search', 'Jump to:navigation Jump to:search').
_WIKI_TAGLINE_RE = re.compile(r"From \S.{0,60}")
_WIKI_JUMP_RE = re.compile(r"Jump to:?\s?navigation")


def _wiki_title(
    doc: Document, dropped_by: dict[int, str], body_start: int, site: str | None, language: str | None
) -> int | None:
    """The line right above a wiki's language button ('51 languages'): wiki software (MediaWiki's
    current skin) prints the page's title, then the button that lists the page in other languages, below
    its menus and table of contents, where the score prefers the first section's heading or a lead line.
    On the wcxb-dev dumps 6 pages of 2 wikis carry the button above the body's reach; the line above is
    the title on 5 (the score had 1), the sixth's gold adds the wiki's name. The line is taken as the
    template places it (_stands_as_title): 2 of the 5 are named in lower case, 1 reads as a menu item.
    The older skin prints the title, its tagline 'From <wiki>' and then its skip links ('Jump to
    navigation'): 2 wcxb-dev dumps of 2 wikis, the title there on both, the score right on neither (a kept
    notice above it closed the search on one; a 'See also' heading outscored it on the other)."""
    blocks = doc.blocks
    for b in blocks[1 : body_start + HEADER_LOOKAHEAD]:
        if _LANGUAGES_BUTTON_RE.fullmatch(b.text) or (
            _WIKI_TAGLINE_RE.fullmatch(b.text)
            and b.index + 1 < len(blocks)
            and _WIKI_JUMP_RE.match(blocks[b.index + 1].text)
        ):
            title = blocks[b.index - 1]
            return title.index if _stands_as_title(title, language) else None
    return None


def _stands_as_title(b: Block, language: str | None) -> bool:
    """A line a template's fixed place vouches for: its case or a menu-like drop do not matter (a wiki
    page may be named in lower case, 'systemd'; a category page's title reads like a menu item), only that
    it is a heading's length and no date, credit or link."""
    return (
        SEARCHED_MIN_WORDS <= b.words <= TITLE_MAX_WORDS
        and not b.text.endswith(":")
        and b.link_density <= 0.5
        and not is_date_line(b, language)
    )


def _lone_title_over_text(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    head: Headline,
    language: str | None,
) -> bool:
    """One title-like line, a blank line, then nothing but the article's text (the shape of our own text
    output of an article with a title and no standfirst or date): the score may prefer a subheading inside
    the text ('QS World University Rankings by Subject' under 'QS World University Rankings'), which a
    headline never is."""
    blocks = doc.blocks
    if body_start != 1 or len(blocks) < 2 or kept[0] or not blocks[1].para_start:
        return False
    if head.title_index is None or head.title_index < body_start:
        return False
    first = blocks[0]
    return TITLE_MIN_WORDS <= first.words <= TITLE_MAX_WORDS and _candidate(first, dropped_by, None, language)


# A blog's name over its post's headline in a head group runs to this many words at most.
GROUP_MASTHEAD_MAX_WORDS = 4


def _masthead_over_group(doc: Document, kept: list[bool], group: list[int], t: int) -> bool:
    """The head group's first line is the site's name over the post's headline (line t, which the score
    preferred), not a headline of its own: a breadcrumb trail in the group ends in line t ('miod > software
    > OpenBSD > stories > <headline>'), or the first line is a short name none of whose words the text
    uses while it uses the headline's ('RogerBW's Blog' over 'Advent of Code 2025 week 2' and its date).
    Our own text output (title, subtitle, date) never holds a trail, and its title names what the text
    under it is about."""
    blocks = doc.blocks
    head = blocks[t]
    if t == group[0] or not head.key:
        return False
    for i in group:
        if i != t and len(_CRUMB_RE.split(blocks[i].text)) > MIN_CRUMBS and blocks[i].key.endswith(head.key):
            return True
    first = blocks[group[0]]
    name, words = _lead_words(first.key), _lead_words(head.key)
    if first.words > GROUP_MASTHEAD_MAX_WORDS or not name or not words:
        return False
    used: set[str] = set()
    for b in blocks[group[-1] + 1 :]:
        if kept[b.index]:
            used.update(b.key[:TOPIC_SCAN_CHARS].split())
    return not (name & used) and bool(words & used)


def _stands_alone(blocks: list[Block], b: Block) -> bool:
    """A short line with a blank line after it, as mastheads stand."""
    nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
    return b.words <= MASTHEAD_MAX_WORDS and (nxt is None or nxt.para_start)


def _head_group(
    doc: Document, kept: list[bool], dropped_by: dict[int, str], language: str | None
) -> list[int] | None:
    """Title, subtitle and date written as one group of lines at the top, then a blank line: the shape of
    our own text output (``Article.to_text``) and of hand-made copies. The group's indexes, or None."""
    blocks = doc.blocks
    group = [0]
    while len(group) < HEAD_GROUP_MAX and len(blocks) > len(group) and not blocks[len(group)].para_start:
        group.append(len(group))
    if len(group) < 2 or len(blocks) <= len(group) or not blocks[len(group)].para_start:
        return None
    first = blocks[0]
    for i in group:
        b = blocks[i]
        if b.words > SUBTITLE_MAX_WORDS or (
            dropped_by.get(i) in LABEL_RULES and not is_date_line(b, language)
        ):
            return None
    if not TITLE_MIN_WORDS <= first.words <= TITLE_MAX_WORDS or _skippable(first, dropped_by, language):
        return None
    after = blocks[len(group)]
    return group if kept[after.index] and after.is_prose else None  # the article starts right below


# A standfirst written as a sentence (it ends in a full stop, so its shape does not tell it from the first
# paragraph) is told by its class: news and blog themes name it "dek", "excerpt", "teaser" or "subtitle"
# ("c-entry-summary p-dek", "post-excerpt", "article-teaser"). Only the innermost class words count.
_STANDFIRST_ATTR_RE = re.compile(r"(?:^|[_-])(?:dek|excerpt|teaser|subtitle)(?=$|[_-])")
STANDFIRST_CLASS_WORDS_CHECKED = 3


def _named_standfirst(doc: Document, b: Block) -> bool:
    """The first line under the headline is its standfirst when its class says so, on a page declared an
    article: a product's or a listing's "subtitle" is its description, the content itself."""
    meta = doc.meta
    return (
        meta.article
        and not meta.product
        and SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS
        and b.link_density < 0.3
        and any(
            _STANDFIRST_ATTR_RE.search(w)
            for w in b.attrs.split(None, STANDFIRST_CLASS_WORDS_CHECKED)[:STANDFIRST_CLASS_WORDS_CHECKED]
        )
    )


# Lines between a standfirst and the byline or date under it: share buttons, a photo credit.
DEK_BYLINE_REACH = 4


def _dek_over_byline(doc: Document, kept: list[bool], title: int, b: Block, language: str | None) -> bool:
    """The first line under the headline is its standfirst, sentence or not, when the byline or the date
    comes right after it: news pages set headline, standfirst, byline, then the text, and a paragraph of
    the text never stands above its own byline. (With the byline already above it, it is the text.)"""
    if not (SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS) or b.link_density >= 0.3:
        return False
    if any(byline_name(x) or is_date_line(x, language) for x in doc.blocks[title + 1 : b.index]):
        return False
    if not starts_like_heading(b.text) or byline_name(b) or is_date_line(b, language):
        return False
    for x in doc.blocks[b.index + 1 : b.index + 1 + DEK_BYLINE_REACH]:
        if byline_name(x) or is_date_line(x, language):
            return _single_post(doc, x.index, language)
        if kept[x.index]:
            return False
    return False


# A thread or a listing heads every post with a name and a date; an article has one byline.
DEK_MAX_LATER_STAMPS = 1


def _single_post(doc: Document, after: int, language: str | None) -> bool:
    """Whether the lines below ``after`` hold at most DEK_MAX_LATER_STAMPS more bylines or date lines (on
    a forum the opening post stands above its poster's name, and every reply has its own)."""
    stamps = 0
    for x in doc.blocks[after + 1 :]:
        if x.words <= SUBTITLE_MAX_WORDS and (byline_name(x) or is_date_line(x, language)):
            stamps += 1
            if stamps > DEK_MAX_LATER_STAMPS:
                return False
    return True


def _dek_opens_body(doc: Document, kept: list[bool], b: Block) -> bool:
    """The first kept line under the headline is its standfirst when it reads like one: a long line without
    final punctuation (body paragraphs end in a full stop), with the article's prose following it."""
    if not (SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS) or b.ends_sentence or b.link_density >= 0.3:
        return False
    if not starts_like_heading(b.text):
        return False
    if byline_name(b) or parse_date(b.text) is not None:
        return False  # a byline or date line carries a field, not the standfirst
    return any(kept[x.index] and x.is_prose for x in doc.blocks[b.index + 1 : b.index + 1 + HEADER_LOOKBACK])
