"""Decisions from the page's structure: DOM landmarks, link density, repeats, and the article's extent."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress, pairwise

from cleaner.blocks import PROSE_MIN_STOPWORDS, Block, Document, fold
from cleaner.rules.base import MAIN_ITEMS, Drop, RuleContext
from cleaner.rules.phrases import (
    BREADCRUMB_MAX_WORDS,
    COPYRIGHT_LINE_MAX_WORDS,
    ENTRY_STAMP_RE,
    PERMALINK_MARK,
    POSTER_STATS_OPENINGS,
    POSTER_STATS_RE,
    PRICE_IN_LINE_RE,
    TRAIL_SEPARATOR_RE,
    lines_matching,
    page_copyright_lines,
)

# --- HTML evidence --------------------------------------------------------------------------------------

BOILERPLATE_LANDMARKS = frozenset({"nav", "footer", "aside", "dialog", "form", "menu"})
CONTENT_LANDMARKS = frozenset({"article", "main"})


# A landmark holding most of the page's words is a page wrapper, not boilerplate: ASP.NET pages wrap
# everything in one <form>, some themes put the whole page in a <header> or an <aside> column.
# Footers, menus and dialogs are never wrappers: when they hold most words they are link farms or
# mega-menus on a page with little content.
WRAPPER_WORD_SHARE = 0.5
WRAPPABLE_LANDMARKS = frozenset({"form", "aside", "header"})
NEVER_WRAPPERS = BOILERPLATE_LANDMARKS - WRAPPABLE_LANDMARKS


def _wrapper_landmarks(blocks: list[Block]) -> frozenset[str]:
    """Landmarks holding most of the page's words, or most of its prose: forum engines wrap the posts in
    one moderation <form>, which holds the thread's prose while the menus around it hold more words."""
    total = prose = 0
    # Words and prose words per landmark set: a page's blocks share a few sets (every paragraph of the
    # article has the same), so the set operations below run once per set, not once per block.
    groups: dict[frozenset[str], list[int]] = {}
    for b in blocks:
        words = b.words
        total += words
        landmarks = b.landmarks
        if not landmarks:  # most blocks: no set operation at all
            if b.is_prose:
                prose += words
            continue
        group = groups.get(landmarks)
        if group is None:
            group = groups[landmarks] = [0, 0]
        group[0] += words
        if b.is_prose:
            group[1] += words
    per: dict[str, int] = {}
    per_prose: dict[str, int] = {}
    for landmarks, (words, prose_words) in groups.items():
        # Prose in a cookie dialog or a footer is never the page's content: it does not count.
        if not NEVER_WRAPPERS.isdisjoint(landmarks):
            prose_words = 0
        prose += prose_words
        for lm in WRAPPABLE_LANDMARKS:
            if lm in landmarks:
                per[lm] = per.get(lm, 0) + words
                per_prose[lm] = per_prose.get(lm, 0) + prose_words
    return frozenset(
        lm
        for lm, w in per.items()
        if w >= WRAPPER_WORD_SHARE * total or per_prose.get(lm, 0) > WRAPPER_WORD_SHARE * prose
    )


def drop_html_landmarks(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks inside <nav>, <footer>, <aside>, <form>, dialogs, or a page <header> outside the article."""
    alive = ctx.alive()
    wrappers = _wrapper_landmarks(alive)
    sheet = description_sheet(ctx)
    # Blocks share their landmark sets (every line of a menu has the same): judged once per set.
    verdicts: dict[frozenset[str], str | None] = {}
    for b in alive:
        if not b.landmarks:
            continue
        if b.landmarks in verdicts:
            reason = verdicts[b.landmarks]
        else:
            reason = verdicts[b.landmarks] = _landmark_verdict(b.landmarks, wrappers)
        if reason is not None and (reason != _IN_HEADER or b.heading != 1) and b.index not in sheet:
            yield b.index, reason


_IN_HEADER = "inside the page <header>"


# A shop shows the product's description in a panel that a button opens over the page (a sheet, a drawer, a
# modal: '<aside class="sheet_aside">', '<div class="product-details-modal">'): in the HTML it is an
# <aside> or a <dialog>, or an element named a modal or a pop-up, whose first line is its heading
# ('Description', 'Product details'). Its text is the product's description, not a pop-up's; the other
# panels (size guides, delivery terms, a privacy policy, a sign-up offer) head themselves otherwise.
# Over wcxb-dev HTML only 2 pages (2 shops) hold their description so, and no page of any type has a
# panel so headed that is not the description: product BoW +.01, no page worse.
_DESCRIPTION_HEAD_RE = re.compile(
    r"^(?:product )?(?:description|details)$|^product (?:details|information|info)$|^about (?:this|the) (?:item|product)$"
)
_SHEET_LANDMARKS = frozenset({"aside", "dialog"})
_SHEET_NAMES = frozenset({"modal", "popup"})


def description_sheet(ctx: RuleContext) -> frozenset[int]:
    """The blocks of the panels opening with a description heading, on a page declaring a product: the
    run of blocks in one <aside>/<dialog> (the same landmarks) or under one modal/pop-up name, from the
    heading on. Found once a page (both drop_html_landmarks and drop_boilerplate_containers spare them)."""
    found: frozenset[int] | None = ctx.page.get("description_sheet")
    if found is not None:
        return found
    found = frozenset()
    if ctx.doc.meta.product_page() and any(_DESCRIPTION_HEAD_RE.match(h.key) for h in ctx.headings()):
        keep: list[int] = []
        run: object = None
        inside = False
        for b in ctx.blocks:
            panel = _sheet_panel(b)
            if panel is None:
                run = None
                continue
            if panel != run:
                run = panel
                inside = bool(b.heading) and _DESCRIPTION_HEAD_RE.match(b.key) is not None
            if inside:
                keep.append(b.index)
        found = frozenset(keep)
    ctx.page["description_sheet"] = found
    return found


def _sheet_panel(b: Block) -> object:
    """What encloses ``b`` as an opening panel: its landmarks when one is an <aside>/<dialog>, else the
    boilerplate name of its containers when a modal's or a pop-up's, else None."""
    if b.landmarks & _SHEET_LANDMARKS:
        return b.landmarks
    name = _boilerplate_name(b.attrs) if b.attrs else None
    return name if name in _SHEET_NAMES else None


def _landmark_verdict(landmarks: frozenset[str], wrappers: frozenset[str]) -> str | None:
    """Why a block inside ``landmarks`` goes (a page <header>'s own <h1> excepted by the caller)."""
    outer = landmarks - wrappers if wrappers else landmarks
    hit = outer & BOILERPLATE_LANDMARKS
    if hit:
        return f"inside <{min(hit)}>"
    if "header" in outer and not (landmarks & CONTENT_LANDMARKS):
        return _IN_HEADER
    return None


# class/id words that name boilerplate containers (trafilatura, Readability, resiliparse vocabularies), and
# a menu's or a nav's kind written as one word with it ('sidemenu-item', 'submenu', 'megamenu', 'topnav':
# 185 of the wcxb-dev pages carry one, and a shop's slide-out 'sidemenu' was kept whole).
_BOILERPLATE_TERMS = (
    r"share|sharing|social|related|comments?|cookie|consent|gdpr|newsletter|subscribe|"
    r"breadcrumbs?|sidebar|widget|promo|advert|ads|ad|sponsor(?:ed)?|popup|modal|paywall|outbrain|"
    r"taboola|recirc|most-?popular|trending|recommended|byline-share|tags|tag-list|pagination|pager|"
    r"skip-link|masthead|site-header|site-footer|footer|menu|navbar|nav|(?:side|sub|mega|left|top)(?:menu|nav)"
)
# A term names the container when it heads or ends a class word ("share-tools", "entry-footer"); in the
# middle of a long compound it is a framework's vocabulary ("elementor-widget-container").
_BOILERPLATE_ATTR_RE = re.compile(rf"^(?:{_BOILERPLATE_TERMS})(?=$|[_-])|[_-](?:{_BOILERPLATE_TERMS})$")
# Only the innermost few class/id words count: page wrappers' names say nothing about a paragraph.
ATTR_WORDS_CHECKED = 6


# class/id words that name the article's own container. Class words are read innermost first; once a
# container names itself content, the names of containers further out (a page-wide "modal-enabled",
# "sidebar-layout") describe the page, not this block.
_CONTENT_NAMES = frozenset(
    {"content", "article", "articlebody", "body", "entry", "post", "story", "text", "prose", "main", "rte"}
)
_CONTENT_ATTR_RE = re.compile(rf"(?:^|[\s_-])(?:{'|'.join(sorted(_CONTENT_NAMES))})(?=$|[\s_-])")


# The classes the networks' embed codes give a post quoted in an article (<blockquote class="twitter-tweet">):
# the quote is the article's, though sites wrap it in a "social-embed" box. Innermost, they name the block.
EMBEDDED_POST_CLASSES = frozenset({"twitter-tweet", "instagram-media", "tiktok-embed"})


@lru_cache(maxsize=8192)
def _boilerplate_name(attrs: str) -> str | None:
    """Cached: sibling blocks (list items, paragraphs) share the same class/id words."""
    # The innermost words name the block; a modifier naming a matched base may stand further along, since
    # page builders put ids and layout flags before it in the same element's class list.
    every = attrs.split()
    words = every[:ATTR_WORDS_CHECKED]
    for word in words:
        if word in EMBEDDED_POST_CLASSES:
            return None
        term = _boilerplate_term(word)
        if term is not None:
            if _modifier_names_content(word, every, attrs):
                return None
            return term
        if _content_word(word):
            return None
    return None


# The regexes per class word, cached by word: a page's few dozen class words recur in the class/id strings
# of all its containers (each a key of the caches above), and _BOILERPLATE_ATTR_RE's unanchored
# alternative is tried at every character of a word. One cache per pattern, keyed by the word alone: a
# compiled pattern in the key is hashed on every call, over its whole compiled code (~13,000 instructions,
# ~1.2 M a page on scrapinghub HTML, more than the searches it saved).
def _class_term_finder(pattern: re.Pattern[str]) -> Callable[[str], str | None]:
    @lru_cache(maxsize=16384)
    def class_term(word: str) -> str | None:
        """The term of ``pattern`` a class word heads or ends ("share" of "share-tools" for the
        boilerplate names, "bio" of "author-bio-box" for the side notes), or None."""
        m = pattern.search(word)
        return m.group(0).strip(" _-") if m else None

    return class_term


_boilerplate_term = _class_term_finder(_BOILERPLATE_ATTR_RE)


@lru_cache(maxsize=16384)
def _content_word(word: str) -> bool:
    """Whether a class word names the article's own container (_CONTENT_ATTR_RE).

    The names hold no separator, so a match is a whole part of the word between '-'/'_' (a class word
    from ``str.split`` holds no whitespace): one set test of its parts, ~5x cheaper than the regex, which
    tries its alternatives at every character, on each new word of a page (~0.1 M instructions a page)."""
    return not _CONTENT_NAMES.isdisjoint(word.replace("_", "-").split("-"))


def _modifier_names_content(base: str, words: list[str], attrs: str) -> bool:
    """A base class with a modifier class that names it content: page builders mark every block a
    "widget" or "module" and say which by a longer class ("x-widget x-widget-theme-post-content"), so the
    article's body sits in a "widget" whose own modifier says it is the post's content.

    A modifier holds its base and a '-' or '_' after it, so ``attrs`` (the words joined) without either
    has none: two C substring tests spare the word-by-word scan (a generator step per class word of every
    ancestor, ~5,000 instructions a name) on most blocks named boilerplate."""
    if base + "-" not in attrs and base + "_" not in attrs:
        return False
    return any(
        w.startswith(base)
        and w[len(base) : len(base) + 1] in "-_"
        and _CONTENT_ATTR_RE.search(w[len(base) :])
        for w in words
        if len(w) > len(base)
    )


# When comment-named containers hold most of the page's prose, the page is the thread itself (a forum,
# a Q&A page) and its comments are the content.
THREAD_COMMENT_SHARE = 0.5
# ... unless an article stands above them: this many words of prose outside any named container before
# the first comment. A thread's opening post, a Q&A page's question, a product's blurb above its reviews
# run shorter (up to ~200 words on the pages measured); a blog post or a story with a long comment thread
# under it runs longer (500 to 1,800).
ARTICLE_ABOVE_COMMENTS_MIN_WORDS = 300
# See drop_boilerplate_containers: the share of the page's prose in "widget" containers that makes the
# widgets the page's building blocks rather than a sidebar's boxes.
WIDGET_PAGE_SHARE = 0.5


def drop_boilerplate_containers(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks whose nearest containers are named share, related, comments, cookie, sidebar, ad, …"""
    # One pass gathers the named blocks and both word counts (it was a dict and three passes).
    named: list[tuple[Block, str]] = []
    prose = in_comments = above = in_widgets = 0
    for b in ctx.alive():
        name = _boilerplate_name(b.attrs) if b.attrs else None
        if b.is_prose:
            prose += b.words
            if name and name.startswith("comment"):
                in_comments += b.words
            elif not name and not in_comments:
                above += b.words
            elif name == "widget":
                in_widgets += b.words
        if name:
            named.append((b, name))
    thread = (
        prose > 0 and in_comments > THREAD_COMMENT_SHARE * prose and above < ARTICLE_ABOVE_COMMENTS_MIN_WORDS
    )
    # When "widget" containers hold most of the page's prose, the page is built of widgets (a page
    # builder's or a CMS's modules: HubSpot's "hs_cos_wrapper_widget", SiteOrigin's "so-panel widget"),
    # and a widget is any part of the page, its headings and short paragraphs included.
    built = in_widgets > WIDGET_PAGE_SHARE * prose
    sheet = description_sheet(ctx) if named else frozenset()
    for b, name in named:
        if (built and name == "widget") or b.index in sheet:
            continue
        # Long prose survives a boilerplate name (a "widget" holding the article), except in an
        # article's comment thread, whose posts are long prose too.
        comment = name.startswith("comment") and not thread
        if comment or not (b.is_prose and b.words >= 40 and b.link_density < 0.2):
            yield b.index, f"in a container named '{name}'"


# Containers whose text is never the article however long it runs, named by a part of a class word
# anywhere in it ("author-bio-box-dek", "articlepage-authorinfo-shortbiography", "post-cta",
# "rich-text-cta__title", "affiliate-disclosure__text"): the writer's bio, calls to action, and
# disclaimers or disclosures (affiliate, advertising, editorial policy). Long prose survives the names of
# drop_boilerplate_containers (a "widget" holding the article); a bio or a sales pitch is long prose too.
# (A new part needs its opening word in _SIDE_NOTE_OPENINGS, the prefilter of _side_note_name.)
_SIDE_NOTE_PARTS = r"(?:short)?bio(?:graphy)?|cta|disclaimer|disclosure"
# An author box says so by "author" joined to a box word ("author-box", "author__info", "about-author",
# "authorbox"); a bare "author-<name>" is a blog engine's class on the whole post and names nothing.
_AUTHOR_BOX_PARTS = (
    r"about[_-]*(?:the[_-]*)?(?:author|writer)s?"
    r"|(?:author|writer|contributor)s?[_-]*(?:box|info|card|about|desc(?:ription)?|details?|summary|"
    r"excerpt|tagline|profile|section)"
)
# A forum post's author box: the poster's card (name, rank, join date, post count, "asked Feb 11 at
# 23:49") and the signature under the post, named "user-info", "user-details", "message-userextras",
# "usertitle", "postprofile", "ipsEntry__signature" on 53 of the 112 wcxb forum threads (XenForo,
# Stack Exchange, phpBB, Invision, Discourse-like themes); the post's own text sits in a "message-body",
# a "post-content", which stops the search first. "signature" ends the word: "digital-signature-compatible"
# is a product's feature. The signature's own text may be named a content or text part of it
# ("discussionboard-signature-content", "sig_text" beside "signature"), which the content word would
# otherwise make the post's text; "sig" alone is no name ("postcontentheight_sig" is a whole post).
_USER_BOX_PARTS = (
    r"users?[_-]*(?:info|details?|card|stats?|title|extras|action[_-]*time)|postprofile"
    r"|signature(?:[_-]+(?:content|text|body))?$|sig[_-]+(?:content|text|body)$"
)
_SIDE_NOTE_ATTR_RE = re.compile(
    rf"(?:^|[_-])(?:{_SIDE_NOTE_PARTS}|{_AUTHOR_BOX_PARTS}|{_USER_BOX_PARTS})(?=$|[_-])"
)
_side_note_term = _class_term_finder(_SIDE_NOTE_ATTR_RE)


# Every _SIDE_NOTE_ATTR_RE match opens with one of these (the parts' first words, "short" of "shortbio"
# holding "bio"; "sig" with its separator, as "design" holds "sig"): class/id words holding none name no
# side note.
_SIDE_NOTE_OPENINGS = (
    "bio",
    "cta",
    "disclaimer",
    "disclosure",
    "about",
    "author",
    "writer",
    "contributor",
    "user",
    "postprofile",
    "signature",
    "sig_",
    "sig-",
)


@lru_cache(maxsize=8192)
def _side_note_name(attrs: str) -> str | None:
    """The side-note part named by the innermost class words, up to the first word naming content (the
    article's own container is not made a bio by a wrapper further out).

    Over 90 % of a page's class/id strings hold no _SIDE_NOTE_OPENINGS at all (scrapinghub, wcxb-dev):
    the substring tests over the whole string answer them without splitting it and without a regex for
    each of its new words (each string is new on a new site: ~0.25 M instructions a page)."""
    if not any(opening in attrs for opening in _SIDE_NOTE_OPENINGS):
        return None
    for word in attrs.split()[:ATTR_WORDS_CHECKED]:
        term = _side_note_term(word)
        if term is not None:
            return term
        if _content_word(word):
            return None
    return None


# A call to action is a box beside the page's text. When the boxes named so hold more than this share of
# the words left on the page, they are the page's own cards: a page builder's call-to-action widget set
# once per entry of a list (a club's trails, each with its difficulty, length and steward, and a button).
CTA_MAX_PAGE_SHARE = 0.5


def drop_side_notes(ctx: RuleContext) -> Iterator[Drop]:
    """Author bios and boxes, calls to action and disclaimers, named so by their containers' classes.
    Calls to action holding most of the page (CTA_MAX_PAGE_SHARE) are its cards, kept."""
    alive = ctx.alive()
    named: list[tuple[int, str]] = []
    in_cta = 0
    for b in alive:
        if b.attrs:
            name = _side_note_name(b.attrs)
            if name:
                named.append((b.index, name))
                if name == "cta":
                    in_cta += b.words
    cards = in_cta > 0 and in_cta > CTA_MAX_PAGE_SHARE * sum(b.words for b in alive)
    for index, name in named:
        if not (cards and name == "cta"):
            yield index, f"in a container named '{name}'"


MAX_LINK_DENSITY = 0.5
LINK_LIST_MAX_WORDS = 40


# On a page without an article (a listing, a shop's category, a blog's front page) the linked titles are
# the content; menu items and tags are one or two words.
LIST_ITEM_MIN_WORDS = 3
# ... and a linked item is a title, maybe with its blurb: a whole text inside a link (an expanded
# preview, a post's hidden full text) is not one.
LIST_ITEM_MAX_WORDS = 100
# A stretch of "prose" made of linked titles with a line of details each (a library catalogue, search
# results, a shop's list) is the listing itself, not an article beside it.
LISTING_STRETCH_MAX_LINK_DENSITY = 0.3


def _link_dense(b: Block) -> bool:
    return b.link_density > MAX_LINK_DENSITY and (b.words <= LINK_LIST_MAX_WORDS or b.link_density > 0.8)


def _inside(inner: str, outer: str) -> bool:
    """Whether class/id words ``inner`` (innermost first) name an element inside the one ``outer`` names:
    the same words, or more words in front of them."""
    return inner == outer or (bool(outer) and inner.endswith(" " + outer))


# A single linked line after a paragraph is most often a "Read more: ..." teaser or one entry of a teaser
# list alternating titles and blurbs; a list the text presents has several entries (or a lead line
# ending in a colon says one follows).
INTRODUCED_LIST_MIN_ITEMS = 2
TRUNCATION_MARKS = ("...", "…")


def _introduced_list(alive: list[Block], start: int, end: int) -> bool:
    """Whether the linked lines ``alive[start:end]`` are a list the article itself introduces: a line of
    running text (or one ending in a colon) leads into it inside the same container, and the article goes
    on after it (a paragraph, a heading or another lead line). A menu or a related-posts box sits in a
    container of its own beside the text and is led by a bare heading, if anything. Under a lead ending
    in a colon the list may also sit in a sibling of the lead's box (see ``_sibling``); under a mere
    paragraph such a box is as often the teasers below the text (scrapinghub lost precision)."""
    first = alive[start]
    while start > 0 and _list_entry(alive[start - 1]) and _inside(first.attrs, alive[start - 1].attrs):
        start -= 1  # a nested table of contents: its unlinked section labels belong to it
    if start == 0 or end >= len(alive):
        return False
    lead, after = alive[start - 1], alive[end]
    if lead.text.endswith(TRUNCATION_MARKS):
        return False  # a teaser's cut-off excerpt, the card before the next one's linked title
    if not lead.attrs or not (
        lead.text.endswith(":") or (lead.is_prose and end - start >= INTRODUCED_LIST_MIN_ITEMS)
    ):
        return False
    if not (after.is_prose or after.heading or after.text.endswith(":")):
        return False
    colon = lead.text.endswith(":")
    return all(
        _inside(b.attrs, lead.attrs) or (colon and _sibling(b.attrs, lead.attrs)) for b in alive[start:end]
    )


def _sibling(inner: str, lead: str) -> bool:
    """Whether class/id words ``inner`` name an element inside a sibling of the one ``lead`` names: a
    writer's tool wraps each paragraph and each list in a box of its own ('paragraph sectionbody' and
    'ulist sectionbody') inside the text's container."""
    _, _, parent = lead.partition(" ")
    return bool(parent) and inner.endswith(" " + parent)


def _listed_title(b: Block, product: bool) -> bool:
    """Whether a linked block on a page without an article reads as one of its listed titles: a few
    words up to a blurb's length. On a page declaring one product for sale (``product``) only the items of
    a repeated list can be (a shop labelling its category pages as products); the product's page has no
    listing of its own, and a linked line standing alone there is the shop's chrome (a promotion banner,
    the seller's store link, a badge linking to the returns policy, a rating linking to the reviews)."""
    return LIST_ITEM_MIN_WORDS <= b.words <= LIST_ITEM_MAX_WORDS and (b.item > 0 or not product)


# A sentence of the article may be mostly its link's words ('For more information, see Overview of
# storage.', 'Some of the benefits of X include:'): running text set in the same container as a paragraph
# near it is the article's, up to this link density; a menu's entries and a teaser's title are all link.
INLINE_LINK_MAX_DENSITY = 0.75
# How near: a code sample, a heading or the linked line it leads into may stand between them.
INLINE_LINK_NEIGHBOURS = 2


def _linked_sentence(alive: list[Block], i: int) -> bool:
    """Whether ``alive[i]`` is running text, mostly linked, within INLINE_LINK_NEIGHBOURS blocks of a
    paragraph (mostly unlinked) of the same container: a sentence of the text citing a page, not an entry
    of a list of links."""
    b = alive[i]
    if not b.is_prose or b.link_density > INLINE_LINK_MAX_DENSITY or not b.attrs:
        return False
    return any(
        n.is_prose and n.link_density <= MAX_LINK_DENSITY and n.attrs == b.attrs
        for n in alive[max(0, i - INLINE_LINK_NEIGHBOURS) : i + INLINE_LINK_NEIGHBOURS + 1]
        if n is not b
    )


# A list of linked entries most of which read as listed titles (``_listed_title``) is the listing's:
# its short entries ('Agda', a product called 'Ribbed Tank', a service's 'Analytics') are entries of the
# same list, not a menu's, whose entries are nearly all one or two words. Over wcxb-dev HTML: 22 pages
# better (22 sites), 13 worse (13 sites, by at most 0.012); BoW collection +0.0006, service +0.0004,
# listing +0.0001, no type down; snippet F1 -0.0002. Dumps have no lists' items: unchanged.
TITLED_LIST_SHARE = 0.5


def _titled_lists(alive: list[Block], product: bool) -> frozenset[int]:
    """The ``item`` numbers of the lists whose linked entries are mostly listed titles."""
    linked: dict[int, int] = {}
    titles: dict[int, int] = {}
    for b in alive:
        if b.item and _link_dense(b):
            linked[b.item] = linked.get(b.item, 0) + 1
            if _listed_title(b, product):
                titles[b.item] = titles.get(b.item, 0) + 1
    return frozenset(item for item, n in titles.items() if n >= TITLED_LIST_SHARE * linked[item])


def drop_link_lists(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks that are mostly link text (menus, teaser lists, tag clouds); HTML and lynx dumps. A list
    that a line of the article's text introduces, inside the article's container, stays (a table of
    contents, a list of resources, the entries the text presents), and so does a sentence of the text
    that is mostly its link (see ``_linked_sentence``)."""
    alive = ctx.alive()
    listing = not has_prose_stretch(alive, max_link_density=LISTING_STRETCH_MAX_LINK_DENSITY)
    product = ctx.doc.meta.product_page()
    entries = _entry_titles(alive)
    titled: frozenset[int] | None = None  # found at the first linked item of a listing the loop would drop
    spans: dict[str, tuple[int, int]] | None = None  # found at the first run that could be a text's list
    for start, end in _link_runs(alive):
        if _introduced_list(alive, start, end):
            continue
        if alive[start].in_list and alive[start].attrs:
            if spans is None:
                spans = _prose_spans(alive)
            if _list_in_text(alive, start, end, spans):
                continue
        for i in range(start, end):
            b = alive[i]
            if not _link_dense(b) or (listing and _listed_title(b, product)) or _linked_sentence(alive, i):
                continue
            if listing and b.item:
                if titled is None:
                    titled = _titled_lists(alive, product)
                if b.item in titled:
                    continue
            if entries and b.index in entries:
                continue
            yield b.index, f"link density {b.link_density:.2f}"


def _prose_spans(alive: list[Block]) -> dict[str, tuple[int, int]]:
    """For each container (class/id words) holding running text, the positions in ``alive`` of its first
    and last paragraph (mostly unlinked)."""
    spans: dict[str, tuple[int, int]] = {}
    for i, b in enumerate(alive):
        if b.is_prose and b.attrs and b.link_density <= MAX_LINK_DENSITY:
            first = spans.get(b.attrs)
            spans[b.attrs] = (i, i) if first is None else (first[0], i)
    return spans


def _list_in_text(alive: list[Block], start: int, end: int, spans: dict[str, tuple[int, int]]) -> bool:
    """Whether the linked list entries ``alive[start:end]`` are a list set in the text's flow: each in the
    very container of paragraphs that stand above and below it (a sidebar's or a menu's list has a
    container of its own), and either a list of several links under a heading or a bare line, which
    ``_introduced_list`` does not take as a lead ('Key results', 'Related terms'), or a writer's list
    linking some entries only ('Tomatoes', linked 'Zucchini', 'Squash'). A lone linked line after a
    paragraph is still a "read more" teaser, and links after a cut-off excerpt the next card's."""
    attrs = alive[start].attrs
    span = spans.get(attrs)
    if span is None or not span[0] < start or not end <= span[1]:
        return False
    run = alive[start:end]
    if not all(b.in_list and b.attrs == attrs for b in run):
        return False
    lead, after = alive[start - 1], alive[end]
    if (_list_entry(lead) and lead.attrs == attrs) or (_list_entry(after) and after.attrs == attrs):
        return True  # entries of one list, some of them linked
    return (
        len(run) >= INTRODUCED_LIST_MIN_ITEMS
        and not lead.is_prose
        and not lead.text.endswith(TRUNCATION_MARKS)
    )


# A blog's index, a news page's stream, a reading list: each entry is a linked heading (the post's
# title) over its excerpt, maybe after a date or a byline. Such entries are the page's content wherever
# they stand, even beside some prose (one post shown in full, an intro); whether they are an article's
# "related posts" instead is the article run's business (drop_outside_article, drop_related_section).
# The excerpt: an unlinked line of some words within a few lines under the heading, before any other
# heading; a page has several such entries, a lone "Read next" card is not a stream.
ENTRY_EXCERPT_MIN_WORDS = 10
ENTRY_EXCERPT_LOOKAHEAD = 3
ENTRY_MIN_COUNT = 4
# Entries whose excerpts hold this share of the page's prose are its content (a stream with one post in
# full, whose title and first paragraph make one entry too), not teasers under an article, whose text
# outweighs its teasers' blurbs several times (see drop_outside_article).
ENTRY_STREAM_PROSE_SHARE = 0.4


def _entry_titles(alive: list[Block]) -> frozenset[int]:
    """Indices of the linked headings that head an entry with its excerpt (see ``ENTRY_MIN_COUNT``), or
    nothing when the page has fewer such entries than that."""
    return _entries(alive)[0]


def _entries(alive: list[Block]) -> tuple[frozenset[int], int]:
    """``_entry_titles`` and the words of the entries' excerpts."""
    found: list[int] = []
    excerpts = 0
    n = len(alive)
    for i, b in enumerate(alive):
        if not b.heading or b.link_density <= MAX_LINK_DENSITY or b.words > LIST_ITEM_MAX_WORDS:
            continue
        for nxt in alive[i + 1 : min(n, i + 1 + ENTRY_EXCERPT_LOOKAHEAD)]:
            if nxt.heading:
                break
            if nxt.words >= ENTRY_EXCERPT_MIN_WORDS and nxt.link_density <= MAX_LINK_DENSITY:
                found.append(b.index)
                excerpts += nxt.words
                break
    return (frozenset(found), excerpts) if len(found) >= ENTRY_MIN_COUNT else (frozenset(), 0)


def _link_runs(alive: list[Block]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive link-dense blocks in ``alive``, with the unlinked list
    entries between two of them (a nested table of contents labels its sections without links)."""
    i, n = 0, len(alive)
    while i < n:
        if not _link_dense(alive[i]):
            i += 1
            continue
        end = i + 1
        while end < n:
            if _link_dense(alive[end]):
                end += 1
                continue
            j = end
            while j < n and _list_entry(alive[j]):
                j += 1
            if j in (end, n) or not _link_dense(alive[j]):
                break
            end = j + 1
        yield i, end
        i = end


def _list_entry(b: Block) -> bool:
    """An unlinked entry of a list: no running text, no links."""
    return b.in_list and not b.is_prose and not _link_dense(b)


# --- repeats --------------------------------------------------------------------------------------------


# Of a line shown twice, the copy with running text around it is the article's (a subheading the menu
# or a teaser list also shows); how far around to look.
DUPLICATE_CONTEXT = 2
# A line heading its own paragraph at each of this many copies at least is the article's section heading.
SECTION_HEAD_MIN_COPIES = 3
# The elements of running text a plan or a recipe repeats a line in (see ``_in_one_container``); a repeated
# heading, label or <div> is a card's or a widget's.
REPEATED_TEXT_TAGS = frozenset({"p", "li"})
# ... and a line of a few words at least: one or two words repeated in one kind of list are tags on
# cards ('Freemium', 'Windows'), not a step.
REPEATED_TEXT_MIN_WORDS = 3


def drop_above_thread_title(ctx: RuleContext) -> Iterator[Drop]:
    """On a forum thread or a Q&A question, everything above the title its template places (the header
    under it: the opening post numbered 1, 'Thread starter', the thread's statistics, 'Asked ... ago', the
    moderation tools; see ``thread_title``): the forum's menus, its notices, the board's announcements
    and a network's promotions stand there, never the thread. Runs before drop_duplicate_lines, so the
    opening post some dumps show above the title as well keeps its copy under it."""
    # Dropped lines and the site's name are not known yet: the anchor is the template's alone.
    title = _thread_title_at(ctx)
    if title is None:
        return
    for b in ctx.alive():
        if b.index >= title:
            break
        yield b.index, "above the thread's title"


# A page's breadcrumb trail ('Home / Electronics and gadgets', 'Home > Blog > Five Tips') stands over its
# heading, which repeats the trail's last crumb: in a dump that pair marks where the page's own content
# starts, as the heading repeating a declared title does in HTML (drop_before_headline), and what stands
# above it is the site's header, its menus and its banners. A trail is short (BREADCRUMB_MAX_WORDS), its
# crumbs parted by a spaced separator; the heading follows within BREADCRUMB_HEADING_REACH lines. Plain
# running text above it (HEADLINE_MIN_PROSE_AFTER words of prose) is content the layout placed first, and
# then nothing goes. Over wcxb-dev dumps 39 pages (30 sites) print such a pair, and none of their golds
# holds more than the trail's own words above it; the other rules had already dropped every line above
# it on all but one, a category page without any text (left whole to the label rules), whose 88 lines of
# menus go now (BoW .171 -> .563). On scrapinghub dumps one form's 'City / State' over 'State' matches,
# under a whole article: the prose above it keeps it.
BREADCRUMB_HEADING_REACH = 2


def drop_above_breadcrumb(ctx: RuleContext) -> Iterator[Drop]:
    """In a dump, the breadcrumb trail whose last crumb the next line repeats as the page's heading, and
    everything above it: the site's header, menus and banners (see BREADCRUMB_MAX_WORDS)."""
    trail = _breadcrumb_trail(ctx.doc.blocks)
    if trail is None:
        return
    above = [b for b in ctx.alive() if b.index <= trail]
    if sum(b.words for b in above if b.is_prose) >= HEADLINE_MIN_PROSE_AFTER:
        return
    for b in above:
        yield b.index, "above the page's breadcrumb trail"


def _breadcrumb_trail(blocks: list[Block]) -> int | None:
    """The index of the first breadcrumb trail (a short line of crumbs parted by a spaced separator) whose
    last crumb one of the next BREADCRUMB_HEADING_REACH lines repeats whole."""
    for k, b in enumerate(blocks):
        if b.words > BREADCRUMB_MAX_WORDS or b.ends_sentence or TRAIL_SEPARATOR_RE.search(b.text) is None:
            continue
        crumbs = [c for c in TRAIL_SEPARATOR_RE.split(b.text) if c.strip()]
        last = fold(crumbs[-1]) if len(crumbs) >= 2 else ""
        if last and any(n.key == last for n in blocks[k + 1 : k + 1 + BREADCRUMB_HEADING_REACH]):
            return b.index
    return None


def drop_duplicate_lines(ctx: RuleContext) -> Iterator[Drop]:
    """A line shown more than once (the site name in the footer, a second menu): all copies but one go,
    and the one kept is the copy standing among paragraphs, else the first. A line heading a paragraph of
    its own at every copy (an interview's questions, a review's 'Verdict') is the article's: all stay."""
    alive = ctx.alive()
    copies: dict[str, list[int]] = {}
    for i, b in enumerate(alive):
        if b.key:
            copies.setdefault(b.key, []).append(i)
    sizes: Counter[tuple[int, int]] | None = None  # blocks per list item, counted at the first need
    sheets: set[int] | None = None  # lines of a dump's fact sheets, found at the first labelled copy
    for positions in copies.values():
        if len(positions) < 2 or _heads_own_paragraphs(alive, positions, copies):
            continue
        if ctx.doc.kind == "html" and _data_cells(alive, positions):
            continue
        if ctx.doc.kind == "text" and (_table_rows(alive, positions) or _code_block_lines(alive, positions)):
            continue
        if ctx.doc.kind == "text" and ":" in alive[positions[0]].text:
            if sheets is None:
                sheets = _item_fact_lines(alive)
            if all(i in sheets for i in positions):
                continue
        if ctx.doc.kind == "html" and _in_one_container(alive, positions):
            if sizes is None:
                sizes = Counter((b.item, b.item_no) for b in alive if b.item)
            if all(sizes[(alive[i].item, alive[i].item_no)] <= 1 for i in positions):
                continue
        keep = max(positions, key=lambda i: (_prose_around(alive, i), -i))
        for i in positions:
            if i != keep:
                yield alive[i].index, "repeats a line shown elsewhere on the page"


def _data_cells(alive: list[Block], positions: list[int]) -> bool:
    """Whether every copy of a line is an unlinked table cell (HTML): a table repeats its values down its
    columns ('Yes', 'check', '100% polyester', a plan's feature in each tier's column), and a comparison
    or spec table with its repeats dropped reads as nonsense. Chrome laid out in a table is links. A dump's
    table row is a whole row (see ``Block.in_table``), so only HTML cells are spared."""
    return all(alive[i].in_table and alive[i].link_density == 0.0 for i in positions)


def _table_rows(alive: list[Block], positions: list[int]) -> bool:
    """Whether every copy of a line is a table's row in a dump (tab-separated cells, ``Block.in_table``):
    a reference page heads each of its tables with the same header row ('Attribute  Data Type
    Description'), a schedule or a spec repeats a row of values, and each table reads whole only with
    its own. The dump's counterpart of ``_data_cells``; menus are no rows of cells. Over wcxb-dev dumps:
    23 pages change, 17 better (13 article, 3 documentation, 1 service), 5 worse by at most 0.003; article BoW
    .9331 -> .9332, documentation .8975 -> .8979; scrapinghub dump .9511 -> .9512 (1 page)."""
    return all(alive[i].in_table for i in positions)


def _item_fact_lines(alive: list[Block]) -> set[int]:
    """The positions in ``alive`` of a dump's item fact sheets (``_fact_sheets``), each printed once: a
    ranking or a comparison prints a sheet per item ('Location: Evanston, Illinois', 'Average GPA: 3.7',
    'Team Size: 11 – 50 employees'), items share values, and each sheet reads whole only with its own
    copy, where drop_duplicate_lines took the shared lines for a second menu's. A sheet printed twice
    whole, line for line (a currency picker, the same poster's card over each of their posts), still
    loses its copy. Over wcxb-dev dumps: 30 pages better (20 article; up to +.059), 9 worse (3 product,
    3 forum, 1 article, 1 service, 1 collection; by up to .012); BoW .84111 -> .84126, article .9358 ->
    .9360, no type down by more than .0002; scrapinghub dumps unchanged. Sparing every sheet's repeats,
    printed twice or not: 35 better, 17 worse (forum -.0005, product -.0013). Sparing only sheets holding
    a line shown once on the page: .84123 (a later item's sheet may share every value with others)."""
    spans = list(_fact_sheets(alive))
    shown = Counter(tuple(b.key for b in alive[i:j]) for i, j in spans)
    return {k for i, j in spans if shown[tuple(b.key for b in alive[i:j])] == 1 for k in range(i, j)}


def _code_block_lines(alive: list[Block], positions: list[int]) -> bool:
    """Whether every copy of a line is a line of code beside another (a dump): a tutorial's or a reference
    page's examples repeat their imports, their class lines and their 'return' (``_code_line``), and each
    example is the page's content in full. A menu's entry or a footer's line has no code's shape. (The
    neighbour is another line: two copies left side by side by the lines dropped between them are no
    example.) Over wcxb-dev dumps: 59 pages change, 44 better (33 documentation, 7 article, 3 forum), 15
    worse (8 documentation, 6 article, 1 service: pages that show each example twice, as code and as its
    live rendering, and golds that keep one copy); documentation BoW .892 -> .895, article .9333 ->
    .9331; scrapinghub unchanged."""
    key = alive[positions[0]].key
    return all(
        _code_line(alive[i]) and any(_code_neighbour(alive, j, key) for j in (i - 1, i + 1))
        for i in positions
    )


def _code_neighbour(alive: list[Block], j: int, key: str) -> bool:
    return 0 <= j < len(alive) and alive[j].key != key and _code_line(alive[j])


def _heads_own_paragraphs(alive: list[Block], positions: list[int], copies: dict[str, list[int]]) -> bool:
    """Whether every copy of a line is followed at once by a paragraph shown only once on the page: the
    same question put to each guest of an interview series, a 'Pros'/'Verdict' line over each product's
    own text. A menu's repeated entry is followed by more entries, a teaser's headline by its blurb,
    which repeats with it. A line shown twice may be a teaser's kicker over two different blurbs."""
    if len(positions) < SECTION_HEAD_MIN_COPIES:
        return False
    for i in positions:
        nxt = alive[i + 1] if i + 1 < len(alive) else None
        if nxt is None or not nxt.is_prose or len(copies.get(nxt.key, ())) > 1:
            return False
    return True


def _in_one_container(alive: list[Block], positions: list[int]) -> bool:
    """Whether every copy of a line is unlinked text in one and the same container, each copy a paragraph
    or list item of its own: a meal plan's or a training plan's repeated step ('Eat every 2-3 hours' under
    each meal, 'Warm up: 10 minutes' on each day), a recipe's ingredient used twice. Chrome shown twice
    sits in two containers (a menu and the footer, a teaser and the article) or is a link; a product
    grid's labels ('Compare', 'New arrival') are lines of cards (the caller checks that each copy is an
    item of one block, if any), which drop_item_labels judges."""
    first = alive[positions[0]]
    if not first.attrs or first.tag not in REPEATED_TEXT_TAGS or first.words < REPEATED_TEXT_MIN_WORDS:
        return False
    return all(
        alive[i].attrs == first.attrs and alive[i].tag == first.tag and alive[i].link_density == 0.0
        for i in positions
    )


def _prose_around(alive: list[Block], i: int) -> int:
    lo, hi = max(0, i - DUPLICATE_CONTEXT), min(len(alive), i + DUPLICATE_CONTEXT + 1)
    return sum(b.words for b in alive[lo:hi] if b.is_prose and b is not alive[i])


# --- the article's extent -------------------------------------------------------------------------------

# Body Text Extraction (Finn et al. 2001) on lines: prose scores its words, every other block a penalty,
# and the article is the maximum-sum run. Short lines inside the article (subheadings, one-line
# paragraphs) survive because the prose around them outweighs them.
NON_PROSE_PENALTY = 4.0
LINK_PENALTY_PER_WORD = 1.0
# List items and table cells without links (a product's specs and features, a recipe's ingredients, a
# table in an article) are structured content, not chrome: they neither add to a run nor break it.
# Chrome in lists is links (menus, teasers), and links keep their penalty.
STRUCTURED_TAGS = frozenset({"dd", "dt"})
STRUCTURED_PENALTY = 0.0
BOILERPLATE_LANDMARK_PENALTY = 20.0
# A line introducing a list is short: a few words and a colon.
LIST_LEAD_MAX_WORDS = 12
# A second stretch of prose separated from the main run (an article split by an ad or a pull quote) is
# kept when it scores at least this share of the main run.
SECONDARY_RUN_SHARE = 0.25
# Inside the same <main> as the main run, any run that scores at all joins it (see drop_outside_article).
SECONDARY_RUN_SHARE_IN_MAIN = 0.0
# ... except on a page declaring a product (meta.product_page()): its <main> holds the whole shop page
# (the buy box, the description, the brand's story, the FAQ, the care guide, the delivery notes, the
# review widget), not the sections of one text, and a run there joins the product's description only as
# strong as a run outside it must be (SECONDARY_RUN_SHARE). Over wcxb-dev HTML: 15 product pages change
# (13 sites), 13 better (+.063 a marketplace's delivery and returns notes, +.058, +.049, +.035, +.029,
# +.025, +.021, +.014, ...), 2 worse (-.030, -.003); product BoW .7400 -> .7430; the 11 pages of other
# types declaring a product: a collection -.006, two service pages -.010 and -.011.
# A dump's main run starting in the page's last part (past TAIL_RUN_START of its lines) is as often the
# footer's notes as the text: numbered footnotes, a disclaimer, the site's 'about us' blurb outscore a
# service's or a shop's content above them, whose short lines break it into weak runs. Runs before such
# a run join it from this share. Over wcxb-dev dumps: 17 pages better (4 service, 4 collection, 3
# product, 3 article), 11 worse.
TAIL_RUN_START = 0.7
TAIL_SECONDARY_RUN_SHARE = 0.05
CONTENT_MAIN = "main"
# A shop's dump shows the product's description and specs first, in short lines (sizes, prices, options)
# that break them into weak runs, and below them long texts that are as often the main run: the FAQ, the
# reviews, 'About the brand', a bundle's blurbs. Runs before the main run of a shop's dump (shop_page)
# join it from this share. Over wcxb-dev dumps: 11 pages better (9 sites), 5 worse (5 sites); product
# BoW .474 -> .479, no other type down.
SHOP_BEFORE_RUN_SHARE = 0.05
# A dump's kept stretches (the main run and the runs joining it) are cut apart by short lines that score
# a penalty each: a product's specs and feature list between its description's paragraphs ('Fully seam
# sealed', 'Shell: 100% Polyamide', '60 hours battery + rapid charge'), a service's feature labels between
# its sections, a category's headings between its intro's paragraphs. Most of them run to a few words;
# most lines of the menus, filters and buttons between two kept parts ('Filters', 'Sort by', 'Add to
# cart', a news site's section names) are one to three words, even where a few teaser headlines in them
# lift the mean. A gap at least half of whose lines have this many words is kept whole (HTML has its
# <main> and list tags instead: _fill_main_gaps, STRUCTURED_PENALTY). Over wcxb-dev dumps: 29 pages
# change, 24 better (21 sites: 6 product, 5 collection, 5 listing, 4 service, 3 article, 1 forum), 5 worse
# (4 sites); BoW product .482 -> .487, collection .608 -> .614, no type down; scrapinghub dumps unchanged
# (a mean of 4 words a line kept a news site's mega-menu there).
GAP_LINE_MIN_MEDIAN_WORDS = 4
# A gap with a paragraph among its lines (a sentence of text: a service's section blurb, a category's
# intro line, a checklist's note) is the text's with shorter lines: a median of this many words is
# enough. The menus, filters and buttons between two kept parts hold no paragraph. Over wcxb-dev dumps:
# 13 pages change (11 sites), 10 better (9 sites: 3 service, 4 product, 2 collection, 1 article; up to +.238),
# 3 worse (an article's paper record with its abstract's lines -.195, 2 products -.066 and -.014);
# service BoW .7861 -> .7878, collection .6494 -> .6536, product .5373 -> .5380, article -.0001, all
# .8423 -> .8428; scrapinghub dumps unchanged. Without the paragraph (a median of 3 alone): forum -.0033
# and product -.0024; at a median of 2 with a paragraph: 4 more pages worse, 3 better (+.074).
GAP_PROSE_LINE_MIN_MEDIAN_WORDS = 3
# Below this the best run is a stray blurb, not an article: cutting the page to it throws away a
# listing's or a shop page's content, so such pages are left to the label rules (HTML) or cut to their
# entries' extent (a dump, whose menus no landmark removes: see drop_outside_article). Over wcxb-dev's
# 89 non-article dumps without such a run, the extent is better on 18 (10 listings), worse on 7.
MIN_ARTICLE_RUN_SCORE = 50.0
# A shop's page (shop_page, HTML) needs twice that: its best run under it is the product's blurb of a
# paragraph or two among the buy box's short lines, and cutting the page to it dropped the rest of the
# product (its features, its specs, a second paragraph below the options) that the shop rules had left.
# Over wcxb-dev HTML the 13 shop pages whose best run scores 50-100 change: 9 better (product +.121,
# +.052, +.050, +.044, +.015, +.005, +.003, +.001; a collection +.055), 4 worse (-.086, -.022, -.005;
# a listing -.030): product BoW .7381 -> .7400, collection .7568 -> .7574, listing .7726 -> .7723. Above
# 100 the runs are the descriptions: each of the 10 shop pages scoring 100-135 lost by being left whole
# (-.005 to -.255).
SHOP_MIN_ARTICLE_RUN_SCORE = 100.0
# In a text dump (no links, no tags) a listing's or a shop's entries are short lines like the menus
# around them. When the best run holds under this share of the words the label rules left, it is the
# blurb over such a list (an awards list, a category page, a service's feature lines), not an article:
# cutting to it lost most of the content. Over wcxb-dev dumps the wider extent is better on 18 pages
# (10 collection, 4 listing, 3 service), worse on 5 (3 product). On HTML without a stretch of paragraphs
# (ARTICLE_STRETCH_BLOCKS) such a run is the same blurb (a hub's intro, a promo box, a 'why choose us'
# line beside a front page's or a catalogue's entries): the page is left to the label rules, as when
# no run reaches MIN_ARTICLE_RUN_SCORE. Over wcxb-dev HTML: better on 6 pages (4 listing), worse on 4.
WEAK_RUN_WORD_SHARE = 0.15
# The extent of such a dump's text lines needs less than an article's run: it is not one text but the
# blurbs of many entries, and a shop's or a board's few sentences (a product's two-line description
# among its specs, a category's intro) are all the prose it has. Below this the extent is no better
# than the whole page, which is then left to the label rules. Over wcxb-dev dumps between this and
# MIN_ARTICLE_RUN_SCORE the extent is better on 5 pages (collection, listing, product, service), worse
# on none.
MIN_LISTING_EXTENT_SCORE = 25.0
# A dump's listing extent (see MIN_LISTING_EXTENT_SCORE) runs from its first line reading as text, and on
# a shop's category page or a hub that line often stands above a mega-menu or a picker: a sign-in prompt
# ('SIGN IN for the best experience:' and its three perks), a newsletter's blurb over its country list,
# an agency's hero line over its services menu. Hundreds of bare names follow (departments, brands,
# countries), none reading as text, and the extent took them all in. A leading stretch of text is cut
# off when at least this many lines without text follow it and it holds under SECONDARY_RUN_SHARE of the
# extent's score (the share a separate part of the text needs to be kept); the search for runs before the
# text then judges it like any other (under a tail run, TAIL_SECONDARY_RUN_SHARE lets it back in). Only
# above the extent's text: below an intro (an awards page's winners, a directory's names) such a stretch
# is the listing itself.
# Over wcxb-dev dumps: 7 pages better (3 sites: 5 collection, 1 listing, 1 article), none worse;
# collection BoW .637 -> .643. The same from 150 to 250 lines; at 100, a shop's grid of swatch names
# went too (1 collection worse by .107, 2 more better).
LISTING_LEAD_GAP_LINES = 200
# A stray line of text at either edge of that extent, cut off from the rest by a shorter menu, is no more
# the listing's: a form's message ('Please fill out this field.'), a promo's question ('How much can you
# save?'), a shop's menu entry long enough to score ('DX27 Clamshell Rooftop Tent (Open Box)') over the
# mega-menu, a dialog's instructions under the footer's. An edge stretch holding under
# LISTING_STRAY_SHARE of the extent's score, with at least LISTING_STRAY_GAP_LINES lines without text
# between it and the rest, is cut off with those lines (above and below the text alike: so little text
# is neither an intro nor a listing's entries). Over wcxb-dev dumps: 4 pages better (2 collection, 2
# listing; 4 sites), none worse; listing BoW +.0018, collection +.0004; scrapinghub dumps unchanged. The
# same pages from 10 to 30 lines; at a share of .03 a listing lost its intro (-.145).
LISTING_STRAY_GAP_LINES = 20
LISTING_STRAY_SHARE = 0.02
# A dump's page that tells no story (no date and no byline: a service's, a collection's, a reference page)
# is made of sections, each cut from the next by buttons, logo rows, stats and short feature lines, and
# each scoring well under SECONDARY_RUN_SHARE of the strongest: a course's 'Who should join?' under its
# pitch, a category's intro under its grid, a plan's pricing note, a customer's quote. A story's runs that
# weak are its teasers, sign-up boxes and notes. Whether a page tells a story is known only once the
# fields ran, so runs scoring at least this share of the main run are set aside here (the page key
# STORYLESS_TEXT) and kept by the pipeline when no date and no byline were found (pipeline._open_text). A
# run starting in the dump's last part (past STORYLESS_RUN_END of its lines) is its footer's or its hidden
# dialogs' (cookie settings, a form's note, a brand's blurb, a chat's prompts), not the page's. Over
# wcxb-dev dumps: 14 pages change, 11 better (10 sites: 5 service, 4 collection, 1 documentation, 1
# product), 3 worse (3 sites: a listing's chat prompts, a product's form note, a service's footer line);
# +.315 page-units: service BoW +.0011, collection +.0013, documentation +.0008, listing -.0006;
# scrapinghub dumps unchanged. At 0.05: .27 page-units worse (32 better, 34 worse: cookie dialogs, form
# notes, footers' blurbs); at 0.1: +.23 (16 better, 10 worse); at 0.2: +.06 (2 better); with no
# STORYLESS_RUN_END: +.23 (11 better, 5 worse). A listing's extent (MIN_LISTING_EXTENT_SCORE) sets nothing
# aside: the blurb it cut off over a mega-menu (LISTING_LEAD_GAP_LINES) stays out; no wcxb-dev page moves.
STORYLESS_RUN_SHARE = 0.15
STORYLESS_RUN_END = 0.9
STORYLESS_TEXT = "storyless_text"
# Set by drop_outside_article on a dump whose run dropped a lone paragraph it weighed down (see
# STORYLESS_ISOLATED_PROSE_WEIGHT): its context, drops and lines' scores, for storyless_isolated.
STORYLESS_ISOLATED = "storyless_isolated"
# Set when drop_outside_article read a dump as a listing's extent (MIN_LISTING_EXTENT_SCORE).
LISTING_EXTENT = "listing_extent"
# Each secondary run costs a scan of the rest of its side, so without a cap a page of thousands of equal
# short paragraphs between boilerplate was O(n²) (40 s for 850 KB). Real articles have a handful.
MAX_SECONDARY_RUNS = 64


# A dump keeps a tutorial's or a reference page's code as its lines, with nothing to tell them from menus
# but their shape: a call, an operator, a statement's brace or semicolon, a comment's or a prompt's mark, a
# tag. They are the text's content (<pre> in HTML, where ``_structured`` spares its lines) and, like a
# list's lines, neither add to the run nor break it; each costing NON_PROSE_PENALTY cut a tutorial's run
# at its first code block. Over wcxb-dev dumps: 17 pages better (11 documentation, 4 article), 4 worse
# (by at most 0.03); documentation BoW .880 -> .885. A call's parentheses hold more than a count: 'Sigma
# (293)', '& up(1355)' are a shop's filters. A shell command ('git status', 'npm install react') opens
# with a common tool's name in lower case and has no other mark: 40 wcxb-dev dumps hold such lines. A
# configuration file's line (YAML, TOML's tables aside) is a lower-case key and a colon, a value maybe
# ('services:', 'image: postgres:18'); a label in a text or a menu is capitalised ('Note:', 'Price:').
# Over wcxb-dev dumps: 24 pages change, 18 better (14 documentation), 6 worse (by at most 0.045, a
# service page's sample code the gold leaves out); documentation BoW .895 -> .898, product .518 -> .521.
# A statement left open for the lines under it is code too: a call or a literal opened at the line's end
# ('return (' over JSX, 'raise RuntimeError(', 'x = ['), Python's compound statements ('try:', 'except
# ValueError:', 'for n in range(3):', 'else:'), and a script's '#!/bin/sh'. Q&A threads and tutorials
# print them between the lines the pattern knew, and each cost a menu's penalty that cut the run or the
# copies of a repeated example. Over wcxb-dev dumps: 19 pages change, 14 better (11 documentation, 3
# forum), 5 worse by at most .005 (3 articles whose golds leave code out); documentation BoW .8980 ->
# .8988, forum .8117 -> .8120, article -.00001. A JSON object's member ('"title": "Holy Grail",', '"year":
# 1975') is code as a YAML key is: API references and tutorials print a request's or a response's body
# (3 wcxb-dev dumps better: documentation +.097 and +.002, an article +.003; none worse).
_CODE_LINE_RE = re.compile(
    r"\w\((?!\d+\))[^()]*\)|[{};([]$|^(?:#|//|--|\$|>>>) |\s==?\s|=>|->|::|</?\w+[ >]"
    r"|^(?:git|npm|npx|yarn|pnpm|pip3?|docker|kubectl|sudo|curl|wget|python3?|node|cargo|brew|apt|apt-get"
    r"|mkdir|cd|ls|export|chmod) [\w.~/<\"'-]"
    r"|^[a-z_][\w-]*:(?: [^ ].*)?$"
    r"|^(?:(?:el)?if|while|with|except|class|async def) [^:]*:$|^for \w[\w, ]* in [^:]+:$|^(?:else|try|finally|except):$"
    r"|^#!/"
    r"|^\"[^\"]{1,40}\": ."
)
CODE_LINE_MAX_CHARS = 200
# A filter's or a category menu's entry closes on its count in brackets ('Rooftop Tent Accessories &
# Brackets (27)', 'Sony (186)'): the closing bracket made such a line of five words or more one ending a
# sentence, scored as half its words, so facets and menus beside a grid read as text. They score as the
# menu lines they are. Not a year ('Asus TUF Dash 15 (2022)', a table's '(2024)'), nor a rating count
# glued to its stars ('Data Analysis with Python ★★★★★(17)'). Over wcxb-dev dumps 330 such lines of 5+
# words stand on 46 pages, 1 in a gold ('Step 19: Stains and Dyes (2)'); 2 pages better (+.017, +.030),
# none worse by more than .0001.
_COUNTED_ENTRY_RE = re.compile(r"\w \((?!(?:19|20)\d\d\))\d[\d,.]*\)$")


def _code_line(b: Block) -> bool:
    """A line of code in a dump (see ``_CODE_LINE_RE``)."""
    return b.length <= CODE_LINE_MAX_CHARS and _CODE_LINE_RE.search(b.text) is not None


def _structured(b: Block) -> bool:
    """A list item or table cell without links, which is not running text: a spec, a step, a data cell.
    A line after a <br> in a paragraph is one too (tour dates, an address, a schedule written as lines),
    unless it is a bare web address: a sources list, which readers and golds leave out."""
    return (
        (
            b.in_list
            or b.in_table
            or b.tag in STRUCTURED_TAGS
            or (b.tag == "p" and not b.para_start and _not_url(b))
        )
        and b.link_density == 0.0
        and not b.is_prose
    )


def _not_url(b: Block) -> bool:
    return " " in b.text or "://" not in b.text


def _score(b: Block) -> float:
    if b.link_density > MAX_LINK_DENSITY:
        return -NON_PROSE_PENALTY - LINK_PENALTY_PER_WORD * b.words
    if b.is_prose:
        return float(b.words) * (1.0 - b.link_density)
    if b.words >= 5 and b.ends_sentence:
        return 0.5 * b.words
    if _structured(b):
        return -STRUCTURED_PENALTY
    return -NON_PROSE_PENALTY


# On a page with a real article (a stretch of consecutive paragraphs), a prose line standing alone between
# non-prose lines is most often a teaser blurb (kicker, headline, source, blurb, repeated), and a teaser
# list would otherwise extend the article's run. Pages without such a stretch (shops, listings) keep
# full weight: their content is made of such blurbs.
ISOLATED_PROSE_WEIGHT = 0.25
# On a dump's page that tells no story (see STORYLESS_RUN_SHARE), such a line is a section's blurb under its
# heading or a feature's one sentence between its labels: a service's offerings, a course's curriculum, a
# process's steps. drop_outside_article sets aside the lines it would keep were isolated prose to weigh
# this much, and the pipeline keeps them when the fields found no date and no byline. A shop's grid (a
# set-aside line holding a price: a category page's cards) and a mega-menu's panel (more than
# STORYLESS_ISOLATED_MAX_REPEATED of the set-aside short lines printed elsewhere on the page too, as
# FEATURE_MAX_REPEATED_TITLES) are left out. Over wcxb-dev dumps: 30 pages change, 17 better (17 sites: 11
# service, 3 documentation, 1 article, 1 listing, 1 product), 13 worse (13 sites: 7 article, 3 service, 1
# documentation, 1 forum, 1 product; an article's product promos -.148, the others by at most .018); +.31
# page-units: service .7981 -> .8008, listing .7291 -> .7297, documentation +.0001, article -.0002, forum
# and product -.0001; scrapinghub dumps unchanged. The second run costs only where it can keep something:
# drop_outside_article sets it aside (STORYLESS_ISOLATED) only when it dropped a lone paragraph it weighed
# down (574 of 1,358 wcxb-dev dumps, 90 of 181 scrapinghub dumps), and the pipeline runs it only when the
# fields then found no story (194 and 4). Without the menu guard, at weights .33, .4, .5, .6 and
# 1.0: +.30, +.37, +.23, +.09, -.62 units; without the price guard (simulated at .4): -.44 (a shop's
# category grids, -.45 on one); any set-aside line printed twice: +.15; a quarter of the short ones: +.29;
# set-aside lines in the dump's last tenth (STORYLESS_RUN_END) left out: +.27. At .4 on every dump,
# articles lost (-.0018) what services gained (+.0031).
STORYLESS_ISOLATED_PROSE_WEIGHT = 0.4
STORYLESS_ISOLATED_MAX_REPEATED = 0.5
ARTICLE_STRETCH_BLOCKS = 3
ARTICLE_STRETCH_WORDS = 150


def _isolated(alive: list[Block], i: int) -> bool:
    """A prose line with no prose on either side, and no unlinked heading of its own over it: a teaser's
    headline is a link (gone by now), while a service page's feature grid or a FAQ puts a plain heading
    over each one-sentence section, which is the page's text."""
    if i > 0 and alive[i - 1].heading and alive[i - 1].link_density == 0.0:
        return False
    before = i > 0 and alive[i - 1].is_prose
    after = i + 1 < len(alive) and alive[i + 1].is_prose
    return not before and not after


def has_prose_stretch(alive: list[Block], max_link_density: float = 1.0) -> bool:
    """Whether ``alive`` holds ARTICLE_STRETCH_BLOCKS consecutive prose blocks, with link density at most
    ``max_link_density``, of ARTICLE_STRETCH_WORDS words together."""
    run = words = 0
    for b in alive:
        if b.is_prose and b.link_density <= max_link_density:
            run += 1
            words += b.words
            if run >= ARTICLE_STRETCH_BLOCKS and words >= ARTICLE_STRETCH_WORDS:
                return True
        else:
            run = words = 0
    return False


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


def _past_leading_menu(scores: list[float], s: int, e: int, total: float) -> int:
    """Where a dump's listing extent ``s..e`` (scoring ``total``) starts once every leading stretch of
    text holding under SECONDARY_RUN_SHARE of ``total`` and followed by LISTING_LEAD_GAP_LINES lines or
    more without text (a mega-menu, a country picker) is cut off with those lines, and a stray one
    (under LISTING_STRAY_SHARE, LISTING_STRAY_GAP_LINES lines) too."""
    start, acc, gap = s, 0.0, 0
    for k in range(s, e + 1):
        if scores[k] <= 0:
            gap += 1
            continue
        if _edge_cut(gap, acc, total):
            start, acc = k, 0.0
        acc += scores[k]
        gap = 0
    return start


def _before_trailing_menu(scores: list[float], s: int, e: int) -> int:
    """Where a dump's listing extent ``s..e`` ends once its stray closing stretches of text (holding
    together under LISTING_STRAY_SHARE of its score, each behind LISTING_STRAY_GAP_LINES lines or more
    without text) are cut off."""
    total = sum(sc for sc in scores[s : e + 1] if sc > 0)
    end, acc, gap = e, 0.0, 0
    for k in range(e, s - 1, -1):
        if scores[k] <= 0:
            gap += 1
            continue
        if gap >= LISTING_STRAY_GAP_LINES and acc < LISTING_STRAY_SHARE * total:
            end = k
        acc += scores[k]
        gap = 0
    return end


def _edge_cut(gap: int, acc: float, total: float) -> bool:
    """Whether the text before a gap of ``gap`` lines without text, scoring ``acc`` of the extent's
    ``total``, is cut off: a blurb over a mega-menu (LISTING_LEAD_GAP_LINES) or a stray line."""
    return (gap >= LISTING_LEAD_GAP_LINES and acc < SECONDARY_RUN_SHARE * total) or (
        gap >= LISTING_STRAY_GAP_LINES and acc < LISTING_STRAY_SHARE * total
    )


def _weak_run(alive: list[Block], s: int, e: int) -> bool:
    """Whether the best run ``alive[s:e + 1]`` holds under WEAK_RUN_WORD_SHARE of the words left on the
    page: a blurb or an intro over a listing, not an article beside some chrome."""
    run_words = sum(b.words for b in alive[s : e + 1])
    return run_words < WEAK_RUN_WORD_SHARE * sum(b.words for b in alive)


def drop_outside_article(ctx: RuleContext) -> Iterator[Drop]:
    """Everything before and after the article: the densest run of prose, found as a maximum-sum run.
    On a dump whose run weighed down a lone paragraph that it then dropped, what the page needs to find the
    lines a lighter weight would keep is set aside (STORYLESS_ISOLATED), for a page that tells no story."""
    alive = ctx.alive()
    if not alive:
        return
    stretch = has_prose_stretch(alive)
    scores = _article_scores(ctx, alive, stretch)
    isolated: list[int] = []
    drops = list(_outside_article(ctx, alive, stretch, scores, ISOLATED_PROSE_WEIGHT, isolated))
    if drops and ctx.doc.kind == "html" and not ctx.doc.meta.published and not ctx.doc.meta.story:
        drops = _spare_section_headings(alive, drops)  # a kept section's heading
    if isolated and ctx.doc.kind == "text":
        dropped = {i for i, _ in drops}
        if any(alive[i].index in dropped for i in isolated):
            ctx.page[STORYLESS_ISOLATED] = (ctx, drops, scores)
    yield from drops


# The levels of a text's section headings. An <h1> is the page's headline (the title field's), and
# <h4>-<h6> title a card, a widget or a footer column as often as a subsection: over wcxb-dev HTML, sparing
# those too (on every page, whatever it declares) changed 28 more pages, 13 better and 15 worse.
SECTION_HEADING_LEVELS = frozenset({2, 3})


def _spare_section_headings(alive: list[Block], drops: list[Drop]) -> list[Drop]:
    """``drops`` without the section headings (SECTION_HEADING_LEVELS) right over a block the run keeps: a
    heading belongs to the text under it, though its few words weigh against the run like a menu's entry
    and the gap fillers (``_fill_main_gaps``) take only lines of text, so a kept section lost its title
    ('Connect your business apps' over its kept blurb). A heading over dropped blocks (a related list's, a
    footer column's) still goes with them, and so does the last of a row of headings of its level (a grid
    of client names over the section's own title). Asked on HTML pages declaring no date and no written piece
    (a service's, a feature page's, a category's), as drop_headline_lists does: on a story the heading over
    a kept closing line is as often the site's pitch ('Stay ahead with X', 'Get that tech stack'). Over
    wcxb-dev HTML: 35 pages better (31 sites), 17 worse (13 sites, by at most .006), +0.31 page-units
    (+0.10 without one listing's +.21), both site halves up; asked on every page, whatever it declares:
    58 better, 35 worse (17 of them articles), about as many units."""
    dropped = {i for i, _ in drops}
    spared: set[int] = set()
    for k in range(len(alive) - 1):
        b, after = alive[k], alive[k + 1]
        if b.heading not in SECTION_HEADING_LEVELS or b.index not in dropped or after.index in dropped:
            continue
        before = alive[k - 1] if k else None
        if before is not None and before.heading == b.heading and before.index in dropped:
            continue  # the last of a row of headings (a grid of names), not a section's title
        spared.add(b.index)
    return [d for d in drops if d[0] not in spared] if spared else drops


def storyless_isolated(ctx: RuleContext, drops: list[Drop], scores: list[float]) -> list[int]:
    """The lines of a dump in ``drops`` (drop_outside_article's, with ``ctx`` as it ran and its lines'
    ``scores`` from _article_scores) that it keeps when isolated prose weighs
    STORYLESS_ISOLATED_PROSE_WEIGHT: none when one of them holds a price (a shop's grid) or when more than
    STORYLESS_ISOLATED_MAX_REPEATED of their short lines are printed elsewhere too (a mega-menu's panel).
    Asked by the pipeline only once the fields found no story, so the second run costs nothing on the other
    pages, and on those it reuses the first run's scores."""
    run = _outside_article(ctx, ctx.alive(), True, scores, STORYLESS_ISOLATED_PROSE_WEIGHT, None)
    kept_then = {i for i, _ in run}
    aside = [i for i, _ in drops if i not in kept_then]
    if not aside or any(PRICE_IN_LINE_RE.search(ctx.blocks[i].text) for i in aside):
        return []
    shown = Counter(b.key for b in ctx.blocks)
    titles = [i for i in aside if not ctx.blocks[i].is_prose]
    if sum(1 for i in titles if shown[ctx.blocks[i].key] > 1) > STORYLESS_ISOLATED_MAX_REPEATED * len(titles):
        return []
    return aside


def _article_scores(ctx: RuleContext, alive: list[Block], stretch: bool) -> list[float]:
    """What each line of ``alive`` adds to drop_outside_article's run, lone paragraphs (_isolated) still at
    full weight: the part of the run that both of its weights share (see STORYLESS_ISOLATED)."""
    scores = [_score(b) for b in alive]
    # A list the article introduces (kept by drop_link_lists) is the article's, like an unlinked one, and
    # so is a list set in the text's flow (``_list_in_text``, kept by drop_link_lists too): scored as links
    # it cut the run, and the text's last section with it. Over wcxb-dev HTML: 4 pages better on 4 sites
    # (a references list, a guide's resources), 1 worse (a listing, -.003); +0.11 page-units.
    spans: dict[str, tuple[int, int]] | None = None  # found at the first run that could be a text's list
    for start, end in _link_runs(alive):
        if _introduced_list(alive, start, end):
            scores[start:end] = [-STRUCTURED_PENALTY] * (end - start)
        elif ctx.doc.kind == "html" and alive[start].in_list and alive[start].attrs:
            if spans is None:
                spans = _prose_spans(alive)
            if _list_in_text(alive, start, end, spans):
                scores[start:end] = [-STRUCTURED_PENALTY] * (end - start)
    # On a page of entries beside a stretch of prose (one post shown in full), whose excerpts hold a good
    # part of its prose (ENTRY_STREAM_PROSE_SHARE), the entries' linked titles (kept by drop_link_lists)
    # weigh nothing, as when they were dropped: the run is found on the excerpts and keeps the titles
    # lying inside it. Under an article, whose prose outweighs them, they are teasers and cost what
    # linked lines cost.
    # (A page of entries alone, with no such stretch, is left as it was: its titles break the excerpts
    # into runs too weak for an article, and the label rules judge it.)
    entries, excerpts = _entries(alive) if stretch else (frozenset(), 0)
    if entries and excerpts >= ENTRY_STREAM_PROSE_SHARE * sum(b.words for b in alive if b.is_prose):
        for i, b in enumerate(alive):
            if b.index in entries:
                scores[i] = -STRUCTURED_PENALTY
    if ctx.doc.kind == "text":
        # A documentation generator's section heading ends in its permalink's mark ('Command-line
        # options¶', and each option's own: 'infile¶', '--sort-keys¶'): the document's, weighing nothing
        # like its code. Each cost a menu's penalty, and a reference's options, a heading over a line or
        # two each, were cut from the text (wcxb-dev dumps: 6 documentation pages better by up to .017, 1
        # worse by .001; documentation BoW +.0005).
        for i, b in enumerate(alive):
            if scores[i] == -NON_PROSE_PENALTY and (_code_line(b) or b.text.endswith(PERMALINK_MARK)):
                scores[i] = -STRUCTURED_PENALTY
            elif scores[i] > 0 and not b.is_prose and _COUNTED_ENTRY_RE.search(b.text):
                scores[i] = -NON_PROSE_PENALTY  # see _COUNTED_ENTRY_RE
        # A writer's bullet list (see _writers_lists) weighs nothing, like a code block.
        for i, j in _writers_lists(alive):
            for k in range(i, j):
                if scores[k] == -NON_PROSE_PENALTY:
                    scores[k] = -STRUCTURED_PENALTY
        for i, j in _fact_sheets(alive):  # see FACT_SHEET_MIN_LINES
            for k in range(i, j):
                if scores[k] == -NON_PROSE_PENALTY:
                    scores[k] = -STRUCTURED_PENALTY
    return scores


def _outside_article(
    ctx: RuleContext,
    alive: list[Block],
    stretch: bool,
    base: list[float],
    isolated_weight: float,
    isolated: list[int] | None,
) -> Iterator[Drop]:
    """drop_outside_article's drops on the lines' ``base`` scores (_article_scores, left as they are) with
    isolated prose weighing ``isolated_weight`` (``stretch``: whether ``alive`` has a stretch of
    paragraphs). With ``isolated`` (the first run) it gets the positions of the lines so weighed and the run
    writes the page keys it sets (STORYLESS_TEXT, LISTING_EXTENT); without it (storyless_isolated's run) it
    writes nothing."""
    scores = list(base)
    # (Weighed after _article_scores' own changes, which only move lines to or from a penalty: a lone
    # paragraph they turn into a penalty (_COUNTED_ENTRY_RE) weighs the same either way.)
    if stretch:
        for i in range(len(alive)):
            if scores[i] > 0 and _isolated(alive, i):
                scores[i] *= isolated_weight
                if isolated is not None:
                    isolated.append(i)
    text = ctx.doc.kind == "text"
    s, e, total = _best_run(scores, 0, len(alive))
    if not text and (
        total < MIN_ARTICLE_RUN_SCORE or (total < SHOP_MIN_ARTICLE_RUN_SCORE and _shop_page(ctx))
    ):
        return  # too little running text to call it an article: leave the page to the label rules
    if not text and not stretch and _weak_run(alive, s, e):
        return  # a blurb beside a listing's entries, not an article (see WEAK_RUN_WORD_SHARE)
    # A shop's product page (shop_page) is no such listing: its run strong enough for an article is the
    # product's description, however small a share of the page its mega-menu, its grids of other products
    # and its footer leave it, and the listing's extent (from the first to the last line reading as text)
    # kept all of those. Over wcxb-dev dumps: 5 pages change (4 product, 1 collection), 4 better (4 sites;
    # product BoW .487 -> .495), 1 worse by 0.005; no other type moves.
    extent = False  # the page read as a listing's extent, not an article's run
    if text and (total < MIN_ARTICLE_RUN_SCORE or (_weak_run(alive, s, e) and not _shop_page(ctx))):
        # A listing in a dump: its entries are short lines between the blurbs, with nothing to tell them
        # from menus, so short lines cost nothing here and the extent runs from the first to the last
        # line that reads as text (the menus above and the footer below still go). A dump with no run
        # strong enough for an article at all (a shop's grid, a chart, a board) is read the same way:
        # its blurbs scattered among the entries add up where the menus' lines add nothing. Only when
        # even they stay under MIN_LISTING_EXTENT_SCORE is the page left to the label rules.
        scores = [0.0 if sc == -NON_PROSE_PENALTY else sc for sc in scores]
        s, e, total = _best_run(scores, 0, len(alive))
        if total < MIN_LISTING_EXTENT_SCORE:
            records: frozenset[int] = ctx.page.get(MAIN_ITEMS, frozenset())
            yield from _outside_records(alive, records)  # see _outside_records
            return
        s = _past_leading_menu(scores, s, e, total)  # see LISTING_LEAD_GAP_LINES
        e = _before_trailing_menu(scores, s, e)  # see LISTING_STRAY_GAP_LINES
        extent = True
    runs = [(s, e)]
    # Sections of the page's <main> are parts of one text: a service page's sections (an intro, a
    # feature grid, a process, an FAQ) sit between headings, buttons and short feature lists that break
    # the run, and each alone scores well below the strongest. Inside the <main> holding the article
    # any further positive run is kept; outside it only a run strong enough to be the same article's.
    in_main = all(CONTENT_MAIN in alive[i].landmarks for i in range(s, e + 1))
    # (A dump has no <main>: the tail run's earlier runs are the ones it lets in more easily.)
    if text and alive[s].index >= TAIL_RUN_START * len(ctx.blocks):
        before_share = TAIL_SECONDARY_RUN_SHARE
    elif text and _shop_page(ctx):
        before_share = SHOP_BEFORE_RUN_SHARE
    else:
        before_share = SECONDARY_RUN_SHARE
    product = not text and ctx.doc.meta.product_page()  # see SECONDARY_RUN_SHARE_IN_MAIN
    storyless: list[int] = []  # a dump's lines kept only if it tells no story (see STORYLESS_RUN_SHARE)
    storyless_end = STORYLESS_RUN_END * len(ctx.blocks)
    for lo, hi, share in ((0, s, before_share), (e + 1, len(alive), SECONDARY_RUN_SHARE)):
        for _ in range(MAX_SECONDARY_RUNS):
            if lo >= hi:
                break
            rs, re_, rt = _best_run(scores, lo, hi)
            if re_ < rs:
                break
            same_main = in_main and all(CONTENT_MAIN in alive[i].landmarks for i in range(rs, re_ + 1))
            if rt >= (SECONDARY_RUN_SHARE_IN_MAIN if same_main and not product else share) * total:
                runs.append((rs, re_))
            elif text and not extent and rt >= STORYLESS_RUN_SHARE * total:
                if alive[rs].index < storyless_end:
                    storyless.extend(b.index for b in alive[rs : re_ + 1])
            else:
                break
            lo = re_ + 1
    keep: set[int] = set()
    for rs, re_ in runs:
        keep.update(range(_headings_start(alive, rs), _closing_lists_end(alive, re_) + 1))
    if text:
        _add_numbered_posts(ctx.blocks, alive, keep)  # see _add_numbered_posts: a thread's short replies
        _add_stamped_posts(ctx, alive, keep)  # see STAMPED_POSTS_MIN: the same, by the posts' stamps
        _add_opening_post(ctx, alive, keep)  # see _add_opening_post: a question cut off from its answers
        _add_feature_sections(ctx, alive, min(keep), keep)  # see _add_feature_sections
        if storyless and isolated is not None:
            ctx.page[STORYLESS_TEXT] = storyless
        if extent and isolated is not None:
            ctx.page[LISTING_EXTENT] = True
    if in_main and not stretch:
        _fill_main_gaps(alive, keep)  # see _fill_main_gaps: a service or shop page's <main>, no article
    footer = _footer_notice(alive, sorted(keep), len(ctx.blocks))
    if text and not footer:
        footer = _footer_behind_menu(alive, keep, len(ctx.blocks))
    keep.difference_update(footer)
    if in_main and not stretch and keep:
        _add_gap_titles(alive, keep)  # see _add_gap_titles: a listing's linked titles between its blurbs
        _add_main_opening(alive, keep)  # see _add_main_opening: the <main>'s hero lines
    if text:
        _fill_text_gaps(alive, keep, footer)  # see _fill_text_gaps: a product's specs between its paragraphs
        _cut_menu_runs(alive, keep)  # see _cut_menu_runs: a shop's mega-menu in a category's extent
    first, last = min(keep), max(keep)
    for i, b in enumerate(alive):
        if i in footer:
            yield b.index, "a notice in the page footer, cut off from the article"
        elif i < first:
            yield b.index, "before the article"
        elif i > last:
            yield b.index, "after the article"
        elif i not in keep:
            yield b.index, "between parts of the article"


def _outside_records(alive: list[Block], records: frozenset[int]) -> Iterator[Drop]:
    """On a dump with too little text even for a listing's extent (MIN_LISTING_EXTENT_SCORE), the lines
    before the first and after the last of its records (``cleaner.rules.records``: a grid's or a
    catalogue's cards, found by the template line each prints) when it has such a list: with no text to
    tell the page's own content by, its records are that content, and the shop's menus above them and the
    footer's below are not. Pages without records are left to the label rules, as before. Over wcxb-dev
    dumps: 3 pages better (3 sites: 2 listing, 1 collection; +.032, +.070, +.116), none worse;
    listing .7195 -> .7210, collection .6589 -> .6597. (Cutting a listing extent to its records as well,
    at its end or at both edges: 4-8 pages better, 1-3 worse by up to .115, not kept.)"""
    positions = [i for i, b in enumerate(alive) if b.index in records]
    if not positions:
        return
    for i, b in enumerate(alive):
        if i < positions[0]:
            yield b.index, "before the page's list of records"
        elif i > positions[-1]:
            yield b.index, "after the page's list of records"


# A dump's page that tells no story (no date and no byline found by the fields: a service's, a product's, a
# collection's or a reference page) opens under its headline with its own lines: the hero's tagline and
# intro, a course's or a plan's pitch, the first sections' blurbs. Buttons, logo strips and stats cut them
# from the main run, which drop_outside_article then kept alone, and the golds keep them. So on such a page
# the paragraphs between the headline and the kept text that drop_outside_article dropped are the text's
# opening, and so is the line under the headline (the standfirst): the text opens with it. Above the
# headline stand the site's menus and promotions, and on a story the lines between its headline and its
# text (a standfirst, a teaser) are left as they were. Over wcxb-dev dumps (1,358 pages): 116 pages change,
# 72 better, 44 worse (mega-menu blurbs under a headline picked above the menu); service BoW .7878 ->
# .7913, collection .6540 -> .6563, documentation .8980 -> .8984, forum .8117 -> .8122, article, listing
# and product up by under .0003; all .8437 -> .8444. Every line above the kept text instead of those
# under the headline: 1.8 page-units worse; short lines as well as paragraphs: 5.7 worse; a page with a
# date but no byline, or a byline but no date, as well: .04 and .09 worse (articles); the lines other rules
# dropped there too (drop_headline_lists, drop_duplicate_lines): .2 worse; on HTML: .09 worse.
# The opening is one stretch: its paragraphs follow the headline, or lead into the kept text, each at most
# OPENING_GAP lines from the next. A blurb further from both, among a run of short lines, is a mega-menu's
# (a product's or a service's one-line pitch under its name) under a headline picked above the menu, or a
# promotion between two sections; and the standfirst is the line right under the headline, not a line
# further down that the fields called a subtitle (a form's help, a listing's tag, an event's 'save' box).
# Over wcxb-dev dumps this changed 20 pages of the 117 that page_opening opens: 14 better (13 sites), 6
# worse (6 sites), +.16 page-units: collection .6652 -> .6657, service .7921 -> .7924, listing .7261 ->
# .7263, the others unchanged; all .8460 -> .8462. A gap of 10, 12, 20, 25 or 30 lines: +.12, +.15, +.16,
# +.15, +.15 units; a blurb kept within 10 or 15 lines of the headline whatever the gaps: -.03/+.02 (one
# page each way); the standfirst dropped when it repeats the headline's words: .11 worse, or when under
# 6-12 words: .07-.13 worse; instead of the gaps, the paragraphs kept only when at most 50-70% of the
# stretch's lines are short (1-3 words): .14-.39 worse than page_opening alone, 80%: +.05.
OPENING_GAP = 15


def page_opening(
    doc: Document, kept: list[bool], dropped_by: dict[int, str], roles: dict[int, str]
) -> list[int]:
    """The lines of a dump that tells no story (the caller checks that no date and no byline were found)
    that open its text above the kept part (see above): its paragraphs between the headline
    (``roles``' 'title') and the first kept line that drop_outside_article dropped, in one stretch from
    either end (no gap over OPENING_GAP lines), and its standfirst right under the headline."""
    if doc.kind != "text":
        return []
    title = max((i for i, role in roles.items() if role == "title"), default=None)
    if title is None:
        return []
    first = next((i for i in compress(range(len(kept)), kept) if i not in roles), None)
    if first is None or first < title:
        return []
    under = title + 1
    opening = []
    standfirst = under < first and roles.get(under) == "subtitle"
    if standfirst and (kept[under] or dropped_by.get(under) == "drop_outside_article"):
        opening.append(under)
    paragraphs = [
        b.index
        for b in doc.blocks[under:first]
        if b.index not in roles and b.is_prose and dropped_by.get(b.index) == "drop_outside_article"
    ]
    # One stretch: the paragraphs that follow the headline, then those that lead into the kept text.
    last = title
    reached = 0
    for i in paragraphs:
        if i - last > OPENING_GAP:
            break
        opening.append(i)
        last = i
        reached += 1
    last = first
    for i in reversed(paragraphs[reached:]):
        if last - i > OPENING_GAP:
            break
        opening.append(i)
        last = i
    return opening


# On a dump's page that tells no story, the kept parts (the main run, the opening page_opening keeps, the
# runs kept at STORYLESS_RUN_SHARE) are a service's or a collection's sections, and between two of them
# drop_outside_article still dropped the few short lines that cut them apart: a section's heading
# ('Our Suite of Generative AI Consulting Services'), a feature grid's titles ('Try before you buy',
# 'Flexible rental periods'), a product's 'Use for' list, the last card of a row. A menu, a picker or a
# form between two sections runs to many more lines (but see STORYLESS_LIST_MAX_LINES). So a gap of at most STORYLESS_GAP_LINES lines
# between two kept lines, every one of them dropped by drop_outside_article alone, is kept
# (pipeline._open_text, after the opening and the runs). Lines other rules dropped in the gap (a
# duplicate, a button, a symbol line) are no section's text, and such a gap stays out. Over wcxb-dev
# dumps: 47 pages change, 27 better (26 sites: 16 service, 3 documentation, 3 article, 2 collection,
# 2 product, 1 listing), 20 worse (20 sites, by at most .022); +0.29 page-units: service BoW +.0010,
# collection +.0007, product +.0004, listing +.0002, article and documentation under .0001; scrapinghub
# dumps .9515 -> .9520 (1 page). Gaps of at most 3 lines: +.13 units; 5: +.21; 12: +.32; any length: a
# listing's standings table (14 rows) between its intro and its notes went in too (listing -.0021).
# With the lines drop_duplicate_lines dropped in a gap as well: .01 to .06 units less.
STORYLESS_GAP_LINES = 10


# A longer gap is a list of the page's own (a clinic's procedures, a rental's equipment, a jacket's uses,
# an IDE's features under their headings) when nearly all its lines (STORYLESS_LIST_OUTSIDE_SHARE) were
# dropped by drop_outside_article alone, none is printed anywhere else on the page, and they name things
# in a few words (a median from STORYLESS_LIST_MIN_MEDIAN_WORDS to STORYLESS_LIST_MAX_MEDIAN_WORDS). A
# menu or a footer's sitemap prints its entries twice or more (the header's menu and its mobile copy,
# the footer's links), a section's list once; a logo strip or a country picker prints one name a line,
# a table of figures long rows. Its lines that drop_outside_article dropped are kept, up to
# STORYLESS_LIST_MAX_LINES lines; not on a dump read as a listing's extent (LISTING_EXTENT), whose
# mega-menu of bare department names stands between its blurb and its grid. Over wcxb-dev dumps: 8
# pages change, 7 better (7 sites: 4 service, 2 product, 1 listing; up to +.144), 1 worse (a service's
# customer quotes, -.011); +0.50 page-units: service BoW +.0019, product +.0019, listing +.0001;
# scrapinghub dumps unchanged. Without the median's cap a listing's standings table (14 rows) went in
# (listing -.0023); a minimum of 3 words: +.32 units; every line dropped by drop_outside_article: +.32;
# a tenth of the lines printed elsewhere allowed: +.61 but a collection's filter list went in (-.04).
STORYLESS_LIST_MAX_LINES = 100
STORYLESS_LIST_OUTSIDE_SHARE = 0.9
STORYLESS_LIST_MIN_MEDIAN_WORDS = 2
STORYLESS_LIST_MAX_MEDIAN_WORDS = 8


def storyless_gaps(
    doc: Document, kept: list[bool], dropped_by: dict[int, str], roles: dict[int, str], extent: bool
) -> list[int]:
    """The lines of a dump that tells no story (the caller checks that no date and no byline were found)
    that drop_outside_article dropped between two kept lines: in a short gap dropped by it alone (see
    STORYLESS_GAP_LINES), or, unless the dump was read as a listing's ``extent``, in a longer gap read as
    a list of the page's own (STORYLESS_LIST_MAX_LINES); the fields' lines among them stay fields."""
    lines = [i for i in compress(range(len(kept)), kept) if i not in roles]
    found: list[int] = []
    printed: Counter[str] | None = None  # how often each line is printed on the page, counted once
    for a, b in pairwise(lines):
        n = b - a - 1
        if (
            n < 1
            or n > (STORYLESS_GAP_LINES if extent else STORYLESS_LIST_MAX_LINES)
            or any(kept[i] for i in range(a + 1, b))
        ):
            continue
        outside = [i for i in range(a + 1, b) if dropped_by.get(i) == "drop_outside_article"]
        if n <= STORYLESS_GAP_LINES:
            if len(outside) < n:
                continue
        else:
            if len(outside) < STORYLESS_LIST_OUTSIDE_SHARE * n:
                continue
            gap = doc.blocks[a + 1 : b]
            if not STORYLESS_LIST_MIN_MEDIAN_WORDS <= _median_words(gap) <= STORYLESS_LIST_MAX_MEDIAN_WORDS:
                continue
            if printed is None:
                printed = Counter(x.key for x in doc.blocks)
            if any(printed[x.key] > 1 for x in gap):
                continue
        found.extend(i for i in outside if i not in roles)
    return found


# A forum numbers a thread's posts ('#1', '#2 jdoe, May 27, 2025', on a line of their own with the poster's
# name and date at most): a dump shows the number over or under each post, among the poster's card and
# the post's buttons. Replies are short ('Thank you', a line or two), each between such lines, so the run
# of prose ended with the opening post and the replies went as lines after the article. A run of at least
# NUMBERED_POSTS_MIN numbers counting up by one, the first of them at the kept text (within
# NUMBERED_POSTS_REACH lines of it), is the thread: the kept text reaches to its last number (the poster's
# cards and buttons it takes in go by drop_poster_cards and drop_post_controls). 34 wcxb-dev forum dumps
# number their posts so (XenForo, vBulletin, Discourse-like '#2 · Jan 15, 2024'). Over wcxb-dev dumps: 6
# pages change, 5 better (3 forum by up to .153, 2 collection), 1 worse by under 0.001; forum BoW .7980 ->
# .8005, collection .6371 -> .6373; scrapinghub unchanged. Reaching back to the first number as well (when
# the run starts at a later post) moved 13 more pages, 6 of them worse (by up to .108): forum .8002.
# A long reply further down is a second run of prose, and the short replies between the two runs went as
# 'between parts of the article': the thread's span, from the kept text's start to the last number, is
# kept whole (1 more wcxb-dev forum dump better, by .078; no page worse).
NUMBERED_POSTS_MIN = 3
NUMBERED_POSTS_REACH = 30
NUMBERED_POST_MAX_WORDS = 8
_POST_NUMBER_RE = re.compile(r"#(\d{1,5})\b")


def _add_numbered_posts(blocks: list[Block], alive: list[Block], keep: set[int]) -> None:
    """Extend ``keep`` (positions in ``alive``) to the last of a thread's numbered posts (see
    NUMBERED_POSTS_MIN). The numbers are read on all the page's lines: a bare '#2' went as a symbols' line."""
    best: list[int] = []  # block indexes of the longest run of numbers counting up by one
    run: list[int] = []
    last = 0
    for b in blocks:
        if b.text[:1] != "#" or b.words > NUMBERED_POST_MAX_WORDS:
            continue
        m = _POST_NUMBER_RE.match(b.text)
        if m is None:
            continue
        n = int(m.group(1))
        if run and n == last + 1:
            run.append(b.index)  # (``best`` may be this list: it grows with it, still the longest)
        else:
            run = [b.index]
        last = n
        if len(run) > len(best):
            best = run
    if len(best) < NUMBERED_POSTS_MIN or not keep:
        return
    first, end = min(keep), max(keep)
    lo, hi = alive[first].index, alive[end].index
    if not lo - NUMBERED_POSTS_REACH <= best[0] <= hi + NUMBERED_POSTS_REACH or best[-1] <= hi:
        return
    # the alive lines from the kept text's start up to the last number (a block's index is its place)
    keep.update(range(first + 1, bisect_right([b.index for b in alive], best[-1])))


# A thread's posts that carry no number still carry a stamp: who posted and how long ago ('spartan14 2
# years ago', ENTRY_STAMP_RE), a Q&A post's 'answered Feb 4, 2014 at 13:07', or a poster card's count
# ('Posts: 1,077', POSTER_STATS_RE). Short replies between them ('Of course it will, the main thing is to
# update the approach') score too little for a run, and the replies below the kept text went as lines
# after the article. As with numbered posts: at least STAMPED_POSTS_MIN such lines, the first within
# NUMBERED_POSTS_REACH lines of the kept text, and the kept text reaches to the last of them and the
# paragraphs right under it, the last post's (the stamps and cards in it go by drop_post_controls and
# drop_poster_cards). Over wcxb-dev dumps: 8 forum pages change (7 sites: a marketing board, phpBB, an
# Invision board, a travel community's board, three Stack Exchange sites), all better (+.002 to +.072);
# 1 listing worse by .003 (a news app's feed stamped 'N hours ago'); forum BoW .8171 -> .8190, no type's
# mean down. scrapinghub dumps: shingle F1 .9519 unchanged. The last post's paragraphs alone: 1 page
# (+.022). The kept text reaches back to the first stamp as well (within the same reach: the first posts'
# short lines above a longer reply that started the run): 6 more forum pages better (Lemmy +.078, an SMF
# board +.026, a marketing board +.017, phpBB +.005, two by under .001), none worse once a question's
# 'Viewed 3k times' goes as a counter (COUNTER_RE); forum .8190 -> .8202. (Unlike numbered posts, where
# reaching back lost 6 of 13 pages: a number is read on any '#N' line, a stamp only on a post's.)
STAMPED_POSTS_MIN = 3
STAMPED_POST_MAX_WORDS = 12


POST_STAMPS = "post_stamps"


def _post_stamp(b: Block) -> bool:
    """A post's stamp or its poster's counts on a line of their own (see STAMPED_POSTS_MIN), asked of a line
    of at most STAMPED_POST_MAX_WORDS words that holds ' ago' or opens with a digit or one of
    POSTER_STATS_OPENINGS (the caller's cheap test; the regexes fail on any other line)."""
    if " ago" in b.key and ENTRY_STAMP_RE.match(b.text) is not None:
        return True
    return POSTER_STATS_RE.match(b.text) is not None


def _add_stamped_posts(ctx: RuleContext, alive: list[Block], keep: set[int]) -> None:
    """Extend ``keep`` (positions in ``alive``) over a thread's stamped posts (see STAMPED_POSTS_MIN). The
    stamps are read on all the page's lines, as _add_numbered_posts reads numbers, once a page."""
    if not keep:
        return
    if POST_STAMPS not in ctx.page:
        ctx.page[POST_STAMPS] = [
            b.index
            for b in ctx.blocks
            if b.words <= STAMPED_POST_MAX_WORDS
            and (" ago" in b.key or b.key[:1].isdigit() or b.key.startswith(POSTER_STATS_OPENINGS))
            and _post_stamp(b)
        ]
    stamps: list[int] = ctx.page[POST_STAMPS]
    if len(stamps) < STAMPED_POSTS_MIN:
        return
    first, end = min(keep), max(keep)
    lo, hi = alive[first].index, alive[end].index
    if not lo - NUMBERED_POSTS_REACH <= stamps[0] <= hi + NUMBERED_POSTS_REACH or stamps[-1] <= hi:
        return
    places = [b.index for b in alive]  # (a block's index is its place)
    stop = bisect_right(places, stamps[-1])
    while stop < len(alive) and alive[stop].is_prose:
        stop += 1
    keep.update(range(min(first + 1, bisect_left(places, stamps[0])), stop))


def _add_opening_post(ctx: RuleContext, alive: list[Block], keep: set[int]) -> None:
    """Extend ``keep`` (positions in ``alive``) up to a thread's opening post: on a forum thread or a Q&A
    question whose title its template places (``thread_title``), the first paragraph under the title
    opens the post. A question's controls, its poster card, the answers' count and sort menu, and an
    answer's short list lines or code cost the run more than a short question holds, and the kept text
    started at a later answer; the span from the first paragraph to the kept text is kept whole, and the
    controls and cards in it go later (drop_post_controls, drop_poster_cards), as with _add_numbered_posts.
    Over wcxb-dev dumps: 10 pages change (all forum), 6 better (forum threads and a Q&A question, up to
    +.050), 4 worse (a deleted topic's notice under a title kept with the card after it, -.011; -.004 and
    two by under .002); forum BoW .8120 -> .8132, no other type moves. Taking the first line of 8 words or
    more instead of the first paragraph: 1 more page better, 8 worse."""
    if not keep:
        return
    title = _thread_title_at(ctx)
    if title is None:
        return
    first = min(keep)
    for i in range(first):
        b = alive[i]
        if b.index > title and b.is_prose:
            keep.update(range(i, first))
            return


def _thread_title_at(ctx: RuleContext) -> int | None:
    """The block index of the thread's title its template places (``thread_title``, asked before any
    verdict: no dropped lines, no site's name), found once a page for drop_above_thread_title and
    drop_outside_article."""
    if "thread_title" not in ctx.page:
        from cleaner.fields.title import thread_title  # (fields import the rules' phrases: imported late)

        ctx.page["thread_title"] = thread_title(ctx.doc, {}, None, None)
    found: int | None = ctx.page["thread_title"]
    return found


# A service's page (a SaaS tool, an agency, an insurer) states what it offers as feature sections: a short
# title ('AI-Powered Emails', 'Initial Consultation', 'Accidents') over a sentence or two of blurb, several in
# a row. In a dump they stand above the main run, cut from it by buttons, logos and short lines, and
# drop_outside_article dropped them. A mega-menu prints the same shape (a product's name over its one-line
# pitch), but its names are the menu's: each is shown again on the page (in the top bar, the footer, a second
# copy of the menu), while a section's title is said once. A teaser list's blurbs carry dates. So:
# FEATURE_MIN_SECTIONS sections in a row above the main run, each a title of at most FEATURE_TITLE_MAX_WORDS
# words without digits or a closing mark, over one or two lines ending a sentence of FEATURE_BLURB_MIN_WORDS
# to FEATURE_BLURB_MAX_WORDS words with no date (a case study's or a post's teaser runs longer), and at most
# FEATURE_MAX_REPEATED_TITLES of the titles shown elsewhere on the page: such sections are kept, unless a
# story's dateline (FEATURE_DATELINE_MAX_WORDS) stands between them and the kept text: then they are the
# header's, over an article. Over wcxb-dev dumps 43 such runs stand above the kept text on 20 pages: 7 are the
# page's own (4 services), 34 are mega-menus (15 articles), whose titles repeat (a share of 0.65 to 1.0 on all
# but 4 runs). The rule changes 6 pages, all better (4 service, 1 product, 1 article); service BoW .778 ->
# .781, no type down; scrapinghub dumps unchanged. Without the dateline test: 2 articles worse (by .043 and
# .013, one losing its title and author); without the repeat test: 16 pages worse (mega-menus over articles),
# article .932 -> .931; with two sections: 20 worse; below or between the kept parts as well: 7 more worse, 6
# more better (footers' sponsor and cookie sections have this shape).
FEATURE_MIN_SECTIONS = 3
FEATURE_TITLE_MAX_WORDS = 6
FEATURE_BLURB_MIN_WORDS = 8
FEATURE_BLURB_MAX_WORDS = 30
FEATURE_BLURB_MAX_LINES = 2
# Below and between a shop's kept text (see _add_feature_sections) a feature's blurb may run longer: the
# short blurbs are asked above the text, where a mega-menu's entries and a teaser list take the same shape.
# Over wcxb-dev dumps: 1 page better (+.166, product BoW .5322 -> .5340), none worse; at 50 words for every
# span an article above its text lost .126.
SHOP_FEATURE_BLURB_MAX_WORDS = 50
# A blurb set without its full stop ('Collect leads from your website and turn them into happy customers',
# 'Centralize all your customer data in the CRM, with integrations to bring contact data from ...') is one
# still when it has this many words and reads as running text (PROSE_MIN_STOPWORDS); a mega-menu's panel
# flattened onto one line ('Analytics Foundation Beacon Bookkeeping Connect ...') has few stop words. Over
# wcxb-dev dumps 78 feature runs anywhere on 64 pages have such a blurb, mostly in the gold on 36 of them
# (18 service); above the kept text it changes 2 pages, both better (a service +.26, a listing +.07): service
# BoW .7828 -> .7843, listing .7044 -> .7050. Without the stop-word test a mega-menu's panels joined a
# service page (-.05).
FEATURE_UNPUNCTUATED_BLURB_MIN_WORDS = 10
FEATURE_MAX_REPEATED_TITLES = 0.25
FEATURE_DATELINE_MAX_WORDS = 6
_FEATURE_DATE_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.I
)


def _feature_title(b: Block) -> bool:
    """A feature section's title: a few words, no sentence, no digits, not a lead-in ending in a colon."""
    return (
        0 < b.words <= FEATURE_TITLE_MAX_WORDS
        and not b.ends_sentence
        and not b.is_prose
        and not b.text.endswith(":")
        and not any(c.isdigit() for c in b.text)
    )


def _feature_blurb(b: Block, max_words: int) -> bool:
    """A feature section's blurb: a full sentence of some words (or an unpunctuated one reading as text:
    FEATURE_UNPUNCTUATED_BLURB_MIN_WORDS), with no date (a teaser's)."""
    return (
        FEATURE_BLURB_MIN_WORDS <= b.words <= max_words
        and _blurb_ending(b)
        and _FEATURE_DATE_RE.search(b.text) is None
    )


def _blurb_ending(b: Block) -> bool:
    """A line ending a sentence, or long enough and with the stop words of one (its mark left out)."""
    return b.ends_sentence or (
        b.words >= FEATURE_UNPUNCTUATED_BLURB_MIN_WORDS and b.stopword_density >= PROSE_MIN_STOPWORDS
    )


def _feature_sections(
    alive: list[Block], lo: int, hi: int, blurb_max_words: int = FEATURE_BLURB_MAX_WORDS
) -> Iterator[list[tuple[int, int]]]:
    """Each run of FEATURE_MIN_SECTIONS or more feature sections (title, one or two blurb lines of at most
    ``blurb_max_words`` words) in a row in ``alive[lo:hi]``, as (title, end) positions of its sections."""
    # Only a line ending a sentence (``_blurb_ending``) can be a blurb, and a run starts on the line over
    # its first blurb: only those lines are tried (trying every line above the kept text cost 0.37 M
    # instructions a page over scrapinghub dumps, this 0.06 M).
    ends = [_blurb_ending(b) for b in alive[lo:hi]]
    i = lo
    for blurb in compress(range(lo, hi), ends):
        j = blurb - 1
        if j < i:
            continue
        sections: list[tuple[int, int]] = []
        while j < hi and _feature_title(alive[j]):
            k = j + 1
            while k < hi and k - j <= FEATURE_BLURB_MAX_LINES and _feature_blurb(alive[k], blurb_max_words):
                k += 1
            if k == j + 1:
                break
            sections.append((j, k))
            j = k
        if len(sections) >= FEATURE_MIN_SECTIONS:
            yield sections
            i = j


def _dateline(b: Block) -> bool:
    """A story's dateline: a short line opening with a date ('Apr 21, 2021', '12 March 2024 | 5 min read');
    a member's 'since' date or a copyright's years do not open their lines."""
    # Imported here: cleaner.fields.date imports cleaner.rules, which imports this module.
    from cleaner.fields.date import opens_with_date

    return b.words <= FEATURE_DATELINE_MAX_WORDS and opens_with_date(b.text)


def _add_feature_sections(ctx: RuleContext, alive: list[Block], first: int, keep: set[int]) -> None:
    """Add to ``keep`` (a dump's) the feature sections above the kept text ``first`` (see
    FEATURE_MIN_SECTIONS) whose titles are said once on the page and which no story's dateline follows.

    On a shop's page (shop_page) those below the kept text and between its kept stretches too: a product's
    feature blurbs ('Carry the Essentials', then a sentence on it) stand under its specs and size charts,
    whose short lines cut them from the description's run, and above the shop's own parts (other
    products, reviews, its footer), none of which has that shape. Over wcxb-dev dumps: 2 pages better
    (+.123, +.087; product BoW .5267 -> .5290), none worse; below or between the kept text of every page,
    7 more worse and 6 more better (see FEATURE_MIN_SECTIONS)."""
    shown: Counter[str] | None = None  # lines of the whole page, counted at the first need
    blocks = ctx.blocks
    spans = [(0, first, FEATURE_BLURB_MAX_WORDS)]
    if _shop_page(ctx):
        spans.append((max(keep) + 1, len(alive), SHOP_FEATURE_BLURB_MAX_WORDS))
        kept = sorted(keep)
        spans.extend(
            (a + 1, b, SHOP_FEATURE_BLURB_MAX_WORDS)
            for a, b in pairwise(kept)
            if b - a > 2 * FEATURE_MIN_SECTIONS
        )
    for lo, hi, blurb_max_words in spans:
        for sections in _feature_sections(alive, lo, hi, blurb_max_words):
            if shown is None:
                shown = Counter(b.key for b in blocks)
            repeated = sum(1 for t, _ in sections if shown[alive[t].key] > 1)
            if repeated > FEATURE_MAX_REPEATED_TITLES * len(sections):
                continue
            # An article's dateline below them: they are the header's, over a story.
            below = blocks[alive[sections[-1][1] - 1].index + 1 : alive[first].index] if lo == 0 else []
            if any(_dateline(b) for b in below):
                continue
            keep.update(range(sections[0][0], sections[-1][1]))


# --- what a dump prints after the page's footer ------------------------------------------------------------

# The footer's copyright notice ('© 2026 Example Shoes, Inc. All Rights Reserved', 'Copyright © 2025 Example
# Furniture USA') closes what a reader sees of a page, but innerText goes on with what the page holds hidden
# below it: dialogs and drawers (a refund or a privacy policy, a size guide, a cart, a sign-in form, cookie
# settings, a newsletter pop-up), printed as lines like the rest. A long policy there outscored a shop's
# description as the article's run. A footer's notice opens with the mark and a year, opens with the mark
# and ends with the year ('©Example Linen 2026': 3 more pages better, none worse), or puts the mark beside
# 'All rights reserved'; an image's credit or caption ('Pennine Way (UK) | © 2019 A. Walker', 'Wax
# and oil on four panels. All rights reserved, DACS 2024') carries the mark after its text or no mark.
_FOOTER_NOTICE_RE = re.compile(
    r"^(?:©|ⓒ|Ⓒ|\(c\)|copyright\b)\W*(?:copyright\W*)?(?:19|20)\d\d\b"
    r"|^(?:©|ⓒ|Ⓒ|copyright\b)[^.|]{1,60}?\b(?:19|20)\d\d\.?$"
    r"|^(?=.*(?:©|ⓒ|Ⓒ|\(c\)|copyright\b)).*\b(?:rights reserved|rechte vorbehalten|droits réservés"
    r"|derechos reservados)\b"
    r"|^all rights reserved\b",
    re.I,
)
FOOTER_NOTICE_MAX_WORDS = 40
# A notice with no text above it is the header's (a news site's menu drawer printing its footer before the
# story) or heads a page whose text is itself in such a drawer: the lines above the notice must hold a run
# as strong as two articles' minimum (MIN_ARTICLE_RUN_SCORE). On wcxb-dev dumps the two drawers' notices
# stood under runs of 57 and 66, the footers' notices of shops and services under runs of 144 and more
# (and one of 99, a short footer note, left alone).
FOOTER_MIN_RUN_BEFORE = 2 * MIN_ARTICLE_RUN_SCORE
# A dump prints a footer's legal notice as one line however long the site's fine print runs: '© 2026
# Example Media. All rights reserved. Use of this site constitutes acceptance of ...' (40 to 90 words), or
# a row of legal links ending in the notice ('Privacy Policy - Sitemap - Terms of Use - ... ©2010-2025
# Example.com. All rights reserved.'). drop_copyright leaves lines over COPYRIGHT_NOTICE_MAX_WORDS alone, as an
# article's paragraph on copyright law is as long; a longer line is the notice when the notice opens it
# (the mark, then a year or 'All rights reserved' within LONG_NOTICE_HEAD_CHARS characters) or 'rights
# reserved' stands in its last LONG_NOTICE_TAIL_CHARS characters. Over wcxb-dev and scrapinghub dumps 22
# lines of 41 to 150 words (on 21 pages of 15 sites) have that shape, none in a gold; the 34 other such
# lines mentioning copyright (articles and posts on copyright, an artwork's credit, a news group's
# registration notice) have not. Such a notice is dropped here, once the section rules have read the page
# as it stands (as prose it weighs on whether a listing goes on under a section heading), and closes the
# page as a short one does (1 more page better, +.084: a course's page with its hidden dialogs below).
LONG_NOTICE_MAX_WORDS = COPYRIGHT_LINE_MAX_WORDS  # the widest of the page's copyright lines, found once
LONG_NOTICE_HEAD_CHARS = 60
LONG_NOTICE_TAIL_CHARS = 80
_LONG_NOTICE_HEAD_RE = re.compile(
    rf"^(?:©|ⓒ|Ⓒ|\(c\)|copyright\b)[^.]{{0,{LONG_NOTICE_HEAD_CHARS}}}?(?:\b(?:19|20)\d\d\b|rights reserved)",
    re.I,
)
_RIGHTS_RESERVED_RE = re.compile(r"rights reserved", re.I)


def _long_notice(text: str) -> bool:
    """Whether a dump's line longer than FOOTER_NOTICE_MAX_WORDS is the footer's legal notice: the notice
    opens it or closes it (see LONG_NOTICE_MAX_WORDS)."""
    return (
        _LONG_NOTICE_HEAD_RE.match(text) is not None
        or _RIGHTS_RESERVED_RE.search(text, max(0, len(text) - LONG_NOTICE_TAIL_CHARS)) is not None
    )


# A dump prints the footer's own heading, which a page sets for screen readers and sighted readers never
# see: 'Footer', 'Site Footer', 'Footer navigation', 'Footer Menu', 'Board footer', '<Brand> Footer' (the
# folded line: up to FOOTER_HEAD_MAX_WORDS words, 'footer' the last but for a navigation word, no joining
# word before it: 'Header and footer' heads a theme's documentation). Under it stand the footer's link
# lists, notes and footnotes, down to its copyright notice; with such a notice below it, the footer
# starts at the heading. Over wcxb-dev dumps 54 pages of 39 sites print one; 6 pages
# change, all better, all of one maker (3 product, 3 category pages whose footnotes under 'Footer' ran
# into the kept text: +.27 to +.56); on the 48 others nothing under the heading was kept anyway, or no
# notice stands below it. Scrapinghub dumps unchanged.
_FOOTER_HEAD_RE = re.compile(
    r"^(?:(?!(?:and|or|the|a|your|with|to|of|in) )\S+ ){0,2}footer(?: (?:navigation|menu|links|content))?$"
)
FOOTER_HEAD_MAX_WORDS = 4


def _footer_head(b: Block) -> bool:
    """Whether a dump's line is the footer's heading (see _FOOTER_HEAD_RE)."""
    return b.words <= FOOTER_HEAD_MAX_WORDS and "footer" in b.key and _FOOTER_HEAD_RE.match(b.key) is not None


def drop_after_footer(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: every line after the footer's copyright notice ('© 2026 Example Inc. All rights reserved')
    when the page's text stands above it: the hidden dialogs and drawers innerText prints below the footer.
    Over wcxb-dev dumps: 42 pages change, 33 better (30 sites: articles, services, shops, listings), 9 worse
    (8 sites); BoW .829 -> .832, product .498 -> .507, collection .616 -> .630, listing .698 -> .703. A
    footer's heading over the notice (_FOOTER_HEAD_RE) starts the cut."""
    blocks = ctx.blocks
    kept = ctx.kept
    # The notice itself is gone by now (drop_copyright): it is looked for among all the blocks.
    notices: set[int] = set()
    for b in page_copyright_lines(ctx.doc, LONG_NOTICE_MAX_WORDS):
        if b.words <= FOOTER_NOTICE_MAX_WORDS:
            if _FOOTER_NOTICE_RE.search(b.text) is not None:
                notices.add(b.index)
        elif kept[b.index] and _long_notice(b.text):
            notices.add(b.index)
            yield b.index, "the page footer's legal notice"
    if not notices:
        return
    last_notice = max(notices)
    heads = {b.index for b in blocks[:last_notice] if _footer_head(b)}
    # The maximum-sum run of the kept lines above each notice, found in one pass (Kadane's: the best run
    # so far is the best run of the lines before the notice reached).
    best = acc = 0.0
    for b in blocks:
        if b.index in heads and best >= FOOTER_MIN_RUN_BEFORE:
            for x in blocks[b.index :]:
                if kept[x.index]:
                    yield x.index, "under the page footer's heading"
            return
        if b.index in notices and best >= FOOTER_MIN_RUN_BEFORE:
            for x in blocks[b.index + 1 :]:
                if kept[x.index]:
                    yield x.index, "after the page footer's copyright notice"
            return
        if kept[b.index]:
            acc = max(acc, 0.0) + _score(b)
            best = max(best, acc)


# The controls a site sets under its text, each a line or an element of its own: the links to the
# posts before and after this one ('Previous Post', 'Next Article', '« Older post', 'Previous Post:
# <its headline>', 'NEXT STORY: <headline>', 'Older Post Home', 'Post navigation') and the reader's
# feedback prompt ('Was this page helpful?', 'Did you find this content helpful?', 'How are we doing?',
# 'Rate this article'), WordPress's likes widget before its script runs ('Like Loading…') and a share
# bar's heading ('Share this article'). They stand where the text ends: under them come the site's
# teasers, comments, sign-up boxes and the author's other pages. The line itself is often chrome already
# (drop_site_chrome) and still marks where the text ended (the folded key is read: arrows and question
# marks are gone).
# Over wcxb-dev dumps a post navigation line stands on 43 pages of 42 sites, each time under the gold's
# text; a feedback prompt on 36 pages of 22 sites, under the gold's text but on one listing, where it
# stands under the first of its entries (a fifth of the gold above it); 'Like Loading…' on 11 pages of
# 11 sites, all under the gold's text; a share bar's heading on 45 pages of 44 sites, under the gold's
# text on 33 and over it on 12 (the bar under the byline). Scrapinghub dumps show post navigation on 14
# pages and a share heading on 9: under the story or, on 4 and 5, above it. Above the text
# CLOSING_CONTROL_MIN_PROSE_SHARE leaves them alone. On HTML the controls sit in the same places; the
# teasers, comments and boxes under them that no container rule took go too (wcxb-dev HTML: 24 pages
# better, none worse; scrapinghub HTML: no page moves).
_CLOSING_CONTROL_RE = re.compile(
    r"^(?:previous|prev|next|older|newer) (?:blog )?(?:post|article|story|entry|posts|articles|stories|entries)\b"
    r"|^post navigation$"
    r"|^(?:was|is|did you find) this (?:(?:page|article|post|information|content|answer|guide) )?(?:helpful|useful)\b"
    r"|^how are we doing\b|^give us feedback on this page$|^rate this (?:article|page|post)$"
    r"|^like loading$|^share (?:this|the) (?:article|post|story|page|recipe|guide)$"
    r"|^(?:view|see|read|more|browse) (?:all )?(?:posts|articles|stories|entries|blog posts) (?:by|from)\b"
)
# The openings of every _CLOSING_CONTROL_RE line, each after a line break: the page's keys joined (a line
# break before each) are scanned for them at once (lines_matching). The literal line break leads the
# regex engine from one line's start to the next in C; the openings anchored with '^' (re.M) made it try
# every character (~0.6 M instructions a page), and a substring search per opening cost ~0.2 M.
_CLOSING_CONTROL_OPENINGS_RE = re.compile(
    r"\n(?:previous |prev |next |older |newer |post navigation|was this |is this |did you find this "
    r"|how are we doing|give us feedback|rate this |like loading|share th|view |see |read |more |browse )"
)
# A headline may follow the link's label on its line ('Previous Post: Edible Cookie Dough Energy Bites').
CLOSING_CONTROL_MAX_WORDS = 20
# The share of the page's kept prose that must stand above the line: a blog's menu above the text prints
# 'Previous Post' too, a share bar stands under the byline as often as under the text, and a listing may
# ask for feedback under its first entry.
CLOSING_CONTROL_MIN_PROSE_SHARE = 0.5


def _closing_control(b: Block) -> bool:
    """Whether a line is a control a site sets under its text (see _CLOSING_CONTROL_RE); a sentence
    opening the same way ('Next post, I will show you ...') is the text's."""
    return (
        b.words <= CLOSING_CONTROL_MAX_WORDS
        and not b.is_prose
        and _CLOSING_CONTROL_RE.match(b.key) is not None
    )


def drop_after_closing_controls(ctx: RuleContext) -> Iterator[Drop]:
    """Every kept line under the controls a site sets under its text (links to the previous and
    next posts, 'Was this page helpful?') once most of the kept prose stands above them: the text has
    ended there."""
    alive = ctx.alive()
    total = sum(b.words for b in alive if b.is_prose)
    if not total:
        return
    # Only the lines under the first CLOSING_CONTROL_MIN_PROSE_SHARE of the kept prose are scanned.
    needed = CLOSING_CONTROL_MIN_PROSE_SHARE * total
    before = 0
    start = 0
    for b in alive:
        if b.is_prose:
            before += b.words
            if before >= needed:
                start = b.index + 1
                break
    tail = ctx.blocks[start:]
    keys = "\n" + "\n".join([b.key for b in tail])
    # (A match starts at the line break before line n, which has n line breaks before it.)
    for n in lines_matching(keys, _CLOSING_CONTROL_OPENINGS_RE):
        if _closing_control(tail[n]):
            for x in tail[n:]:
                if ctx.kept[x.index]:
                    yield x.index, "under the controls a site sets under its text"
            return


# A shop's mega-menu in a dump: hundreds of departments and categories, one bare name a line ('Camp &
# Hike', 'All Tents', 'Backpacking Tents'), which a category page's listing extent (no article run: see
# MIN_ARTICLE_RUN_SCORE) took in whole, from its first line reading as text down to the grid. A listing's
# own entries break such a stretch soon: a product's name runs longer, a price or a count holds digits,
# a blurb ends a sentence. This many menu entries (``_menu_link``) in a row among the kept lines are a
# menu, and go. Over wcxb-dev dumps: 15 pages change, 11 better (7 sites; 7 collection, 2 service, 2
# listing), 4 worse (3 sites, by at most .07); collection BoW .630 -> .635, listing -.0001, no other type
# down; scrapinghub dumps unchanged. At 50 lines: 8 better, 2 worse, collection +.003; at 20: 16 better,
# 11 worse.
MENU_RUN_MIN_LINES = 30


def _cut_menu_runs(alive: list[Block], keep: set[int]) -> None:
    """Take out of ``keep`` (a dump's) every run of MENU_RUN_MIN_LINES kept menu entries in a row, unless
    they are all it keeps (a page of bare names, an index: nothing else to tell it by)."""
    kept = sorted(keep)
    menus: list[int] = []
    i = 0
    while i < len(kept):
        k = i
        while k < len(kept) and _menu_link(alive[kept[k]]):
            k += 1
        if k - i >= MENU_RUN_MIN_LINES:
            menus.extend(kept[i:k])
        i = max(k, i + 1)
    if len(menus) < len(kept):
        keep.difference_update(menus)


def _fill_text_gaps(alive: list[Block], keep: set[int], footer: set[int]) -> None:
    """Add to ``keep`` (a dump's) the lines between two kept stretches when they read as the text's
    (``_text_gap``): the text's own short lines (a product's specs and features, a service's feature
    labels, a category's headings), not a menu's, a filter's or a button's."""
    kept = sorted(keep)
    for a, b in pairwise(kept):
        if b - a > 1 and _text_gap(alive[a + 1 : b]):
            keep.update(i for i in range(a + 1, b) if i not in footer)


def _text_gap(gap: list[Block]) -> bool:
    """Whether the lines between two kept stretches of a dump are the text's: at least half of them have
    GAP_LINE_MIN_MEDIAN_WORDS words, or GAP_PROSE_LINE_MIN_MEDIAN_WORDS with a paragraph among them."""
    median = _median_words(gap)
    return median >= GAP_LINE_MIN_MEDIAN_WORDS or (
        median >= GAP_PROSE_LINE_MIN_MEDIAN_WORDS and any(b.is_prose for b in gap)
    )


def _median_words(blocks: list[Block]) -> int:
    """The upper median of the blocks' word counts."""
    words = sorted(b.words for b in blocks)
    return words[len(words) // 2]


def _writers_lists(alive: list[Block]) -> Iterator[tuple[int, int]]:
    """A dump's bullet lists in sentence case (see cleaner.rules.related.writers_lists). Like a list's or
    a code block's lines they are the text's, and neither add to the run nor break it: each line costing
    NON_PROSE_PENALTY cut a checklist or a feature list out of its article, or the article at it."""
    # Imported here: cleaner.rules.related imports this module.
    from cleaner.rules.related import writers_lists

    return writers_lists(alive)


# A dump's fact sheet: a product's specs ('Body: Alder', 'Scale: 648 mm'), a recipe's or a listing's facts,
# each line opening with a label of its own (cleaner.rules.related's _LABEL_RE). Like a writer's list or a
# code block it is the text's, and neither adds to the run nor breaks it: each line costing
# NON_PROSE_PENALTY cut the sheet, or the text beyond it, out of the kept text. Over wcxb-dev dumps: 6 pages
# better (3 article, 1 collection, 1 forum, 1 service; up to +.041), 1 worse (a product whose run then took
# in its spec table and review, -.025); BoW .8366 -> .8367; scrapinghub dumps unchanged. Runs of 2 lines:
# more pages move both ways (service -.0003); of 4: only 1 better.
FACT_SHEET_MIN_LINES = 3
FACT_LINE_MAX_WORDS = 15


def _fact_sheets(alive: list[Block]) -> Iterator[tuple[int, int]]:
    """A dump's fact sheets: runs ``alive[i:j]`` of FACT_SHEET_MIN_LINES or more lines each opening with a
    label of its own and a colon ('Body: Alder', 'Fingerboard radius: 241 mm', 'Care: Dry clean only')."""
    # Imported here: cleaner.rules.related imports this module.
    from cleaner.rules.related import line_label

    i = 0
    n = len(alive)
    while i < n:
        j = i
        labels: set[str] = set()
        while j < n and alive[j].words <= FACT_LINE_MAX_WORDS:
            label = line_label(alive[j].text)
            if label is None or label in labels:
                break
            labels.add(label)
            j += 1
        if j - i >= FACT_SHEET_MIN_LINES:
            yield i, j
        i = max(j, i + 1)


def _shop_page(ctx: RuleContext) -> bool:
    # Imported here: cleaner.rules.shop imports cleaner.rules.items, which imports this module.
    from cleaner.rules.shop import shop_page

    return shop_page(ctx)


# Between two kept parts of a <main> (see _fill_main_gaps), an unlinked line of this many words is the page's
# own text, though it ends no sentence: a product's ingredient or material line ('Ingredients: water, cane
# sugar, sea salt and natural flavours'), a feature's caption, a plan's footnote. Buttons, labels, badges
# and menu entries run shorter. Over wcxb-dev HTML: 29 pages change, 20 better (product BoW .7186 ->
# .7198, documentation +.0013, service +.0005, forum +.0003, collection +.0002), 9 worse (listing -.0009:
# one page's sign-up line and ranking title, -.09; article -.0001). At 5 words (MAIN_OPENING_MIN_WORDS):
# 57 pages change, 32 better, product -.0002, listing -.0011; at 10: 17 pages, 11 better, product .7199,
# documentation +.0011, forum and collection unchanged.
MAIN_GAP_LINE_MIN_WORDS = 8


def _fill_main_gaps(alive: list[Block], keep: set[int]) -> None:
    """Add to ``keep`` the prose lying between two kept stretches when the gap is wholly in the <main>
    holding the article, on a page without a stretch of paragraphs (a service's, a shop's, a listing's).

    The search for further runs takes the strongest run on each side and then looks only beyond it, so a
    sentence between two kept sections (a stats strip's caption, a review summary, a section's one-line
    intro among its feature labels) is never scored and went with the short lines around it. Inside the
    same <main> such a sentence is the page's text, and so is an unlinked line of MAIN_GAP_LINE_MIN_WORDS
    words; the short lines (buttons, labels, 'Sign in') stay dropped. On an article's page (a stretch of
    paragraphs) the gap's prose is more often a teaser or a caption, and is left out. Over wcxb-dev HTML:
    11 more must-have snippets on 7 pages (4 sites), no must-not-have one; 28 pages change, 16 better."""
    kept = sorted(keep)
    for a, b in pairwise(kept):
        if b - a > 1 and all(CONTENT_MAIN in alive[i].landmarks for i in range(a, b + 1)):
            keep.update(i for i in range(a + 1, b) if _main_gap_line(alive[i]))


def _main_gap_line(b: Block) -> bool:
    """A line of the page's own text in a gap of its <main> (see _fill_main_gaps)."""
    return b.is_prose or (b.link_density == 0.0 and b.words >= MAIN_GAP_LINE_MIN_WORDS)


# A service's or a shop's <main> opens on its hero: a tagline heading and a line or two selling the offer
# ('Save up to $273 each year by comparing the top providers', 'Large Diaphragm Condenser Microphone')
# above the first section the run finds. Such lines are short or end in no full stop, so they score a
# penalty and the run starts below them, although they are the page's own text. An unlinked line of this
# many words is such a line; a label or a button has fewer.
MAIN_OPENING_MIN_WORDS = 5


def _add_main_opening(alive: list[Block], keep: set[int]) -> None:
    """Add to ``keep`` the lines above the first kept block, back to where the <main> holding it begins
    (or to its <h1>, the headline the hero sits under), that are prose, headings, or unlinked lines of
    MAIN_OPENING_MIN_WORDS words, on a page without a stretch of paragraphs (a service's, a shop's, a
    listing's <main>; see ``_opening_line``). Buttons, labels and links stay dropped. Over wcxb-dev HTML:
    6 more must-have snippets on 6 pages of 6 sites (service, product, collection), no must-not-have one."""
    titles = sum(1 for i in keep if _linked_title(alive[i])) >= ENTRY_MIN_COUNT
    i = min(keep) - 1
    while i >= 0 and CONTENT_MAIN in alive[i].landmarks:
        b = alive[i]
        # Unlinked headings in a row of one level are a grid of names (clients, logos): _headings_start.
        grid = b.heading and not _linked_title(b) and alive[i + 1].heading == b.heading
        if _opening_line(b, titles) and not grid:
            keep.add(i)
        if b.heading == 1:
            break  # the page's headline: the hero sits under it, a site's banner above it
        i -= 1


def _opening_line(b: Block, titles: bool) -> bool:
    """A heading, a sentence that is not mostly link, or an unlinked line of some words. A linked heading
    only when the kept text holds several linked headings too (``titles``: a listing's entries); above an
    article's text it is a teaser's."""
    if b.heading and (titles or not _linked_title(b)):
        return True
    if b.is_prose and b.link_density <= MAX_LINK_DENSITY:
        return True
    return b.link_density == 0.0 and b.words >= MAIN_OPENING_MIN_WORDS


def _add_gap_titles(alive: list[Block], keep: set[int]) -> None:
    """Add to ``keep`` the linked headings lying between two kept blocks when the gap is wholly in the
    <main>, on a page without a stretch of paragraphs, and the page is a listing: at least
    ENTRY_MIN_COUNT linked headings, kept or in such gaps. A front page's or a section page's entries are
    each a linked title over its blurb; the run is found on the blurbs (a linked line scores a penalty),
    so an entry without a blurb was dropped between the parts it joins. A linked heading or two between a
    short piece's parts is a teaser's, and is left out (a news item whose paragraphs a quote table splits).
    Over wcxb-dev HTML, with the listing's linked titles over its first blurb (``_add_main_opening``): 7
    more must-have snippets on 2 front pages of 2 sites, no must-not-have one."""
    kept = sorted(keep)
    gaps = [
        i
        for a, b in pairwise(kept)
        if b - a > 1 and all(CONTENT_MAIN in alive[k].landmarks for k in range(a, b + 1))
        for i in range(a + 1, b)
        if _linked_title(alive[i])
    ]
    if gaps and len(gaps) + sum(1 for i in kept if _linked_title(alive[i])) >= ENTRY_MIN_COUNT:
        keep.update(gaps)


def _linked_title(b: Block) -> bool:
    """A heading that is a link: an entry's title on a listing, a teaser's under an article."""
    return b.heading > 0 and _link_dense(b)


# The page footer's prose (a company's legal blurb, a customer-service notice, a cookie or privacy notice,
# a market-data disclaimer) sits under a long stretch the label rules have already removed (related
# headlines, menus, sign-up forms) and right above the page's end. With that stretch gone the maximum-sum
# run no longer sees the gap, and the notice joins the article (or, on a short news item, outscores it).
# Over scrapinghub's and wcxb-dev's dumps, 34 kept last stretches lay behind such a gap near the page's
# end and were not the article; 7 were (code, a list, a closing section), which the conditions below
# keep: cutting the rest raises precision on 16 dumps and 13 HTML pages.
FOOTER_GAP_BLOCKS = 20
FOOTER_TAIL_BLOCKS = 15
# A notice is written in sentences; a stretch of mostly code lines or list items is the page's content.
FOOTER_MIN_PROSE_SHARE = 0.5
# A menu entry is a word or three ("World", "US Politics", "Food & Drink").
MENU_LINK_MAX_WORDS = 3


def _footer_notice(alive: list[Block], kept: list[int], n_blocks: int) -> set[int]:
    """The positions (in ``alive``) of the last kept stretch when it is a footer notice: behind at least
    FOOTER_GAP_BLOCKS blocks earlier rules dropped, within FOOTER_TAIL_BLOCKS of the page's end, mostly
    sentences, and with less prose than what is kept before it (which is then the article)."""
    if len(kept) < 2 or n_blocks - alive[kept[-1]].index - 1 > FOOTER_TAIL_BLOCKS:
        return set()
    start = len(kept) - 1
    while start > 0:
        a, b = kept[start - 1], kept[start]
        # Menu links still live count with what the label rules dropped: a site's section menu (World,
        # Africa, Americas, ...) between the article and the footer is as much boilerplate as they are.
        menus = sum(map(_menu_link, alive[a + 1 : b]))
        gap = alive[b].index - alive[a].index - (b - a) + menus
        # Mostly boilerplate: a gap of mostly other live lines the run merely left out (a long code
        # listing, a table) lies inside the article.
        if gap >= FOOTER_GAP_BLOCKS and gap > b - a - 1 - menus:
            break
        start -= 1
    if start == 0:
        return set()
    tail, head = kept[start:], kept[:start]
    if _prose_words(alive, tail) >= _prose_words(alive, head) and not _named_boilerplate(alive, tail):
        return set()
    if sum(alive[i].is_prose for i in tail) < FOOTER_MIN_PROSE_SHARE * len(tail):
        return set()
    return set(tail)


# A dump keeps a site's footer menu as live lines ('Health Conditions & Prevention', 'Insurance Basics',
# 'FAQs'), and the footer's notices under it (a legal blurb, a disclaimer, a company's 'about' line)
# outweigh the menu's penalty: the maximum-sum run goes on through the menu into them, and the kept lines
# have no gap for _footer_notice to find. Read with the menu's entries (_menu_link) as part of the gap,
# the same test finds the notice; a menu's entry being weaker evidence than a line the label rules
# dropped, the notice must also hold at most this share of the prose kept above it (a reference page's
# further sections, under a list of keywords, hold more). Then the menu and the notice go. Over wcxb-dev
# dumps: 13 pages better (5 article, 2 service, 2 listing, 2 documentation, 1 product, 1 collection), 1
# worse (a service page's logo wall); scrapinghub dumps unchanged.
FOOTER_BEHIND_MENU_SHARE = 0.5


def _footer_behind_menu(alive: list[Block], keep: set[int], n_blocks: int) -> set[int]:
    """The positions (in ``alive``) of a dump's kept lines from its footer menu on, when a footer notice
    (``_footer_notice``) lies behind that menu (see FOOTER_BEHIND_MENU_SHARE)."""
    kept = [i for i in sorted(keep) if not _menu_link(alive[i])]
    tail = _footer_notice(alive, kept, n_blocks)
    if not tail:
        return set()
    head = [i for i in kept if i not in tail]
    if not head or _prose_words(alive, sorted(tail)) > FOOTER_BEHIND_MENU_SHARE * _prose_words(alive, head):
        return set()
    return {i for i in keep if i > head[-1]}


def _menu_link(b: Block) -> bool:
    """A menu's entry: a word or three, no punctuation, capitalised, not in a list or table."""
    return (
        b.words <= MENU_LINK_MAX_WORDS
        and not b.ends_sentence
        and b.text[:1].isupper()
        and not b.in_list
        and not b.in_table
        and not any(c in b.text for c in "=()[]{};<>")
    )


def _named_boilerplate(alive: list[Block], positions: list[int]) -> bool:
    """Whether every block at ``positions`` sits in a container named boilerplate ('footer', 'promo'):
    drop_boilerplate_containers spared them only for being long prose. Behind the footer gap such a
    notice goes even when it outruns a short news item above it (HTML: a dump has no names)."""
    return all(alive[i].attrs and _boilerplate_name(alive[i].attrs) for i in positions)


def _prose_words(alive: list[Block], positions: list[int]) -> int:
    return sum(alive[i].words for i in positions if alive[i].is_prose)


# A section's own heading (and a kicker over it) sits right above its first paragraph: "Connect your
# business apps" over a service page's integration blurb, "Course Details" over a syllabus. A heading
# scores a penalty, so the maximum-sum run starts below it and the heading was dropped with the menus.
# More unlinked headings in a row, or two of one level, are a grid of names (clients, logos, team
# members), not one section's title.
RUN_HEADINGS_MAX = 2


def _headings_start(alive: list[Block], first: int) -> int:
    """Where a kept run starts once the unlinked headings directly above it (at most RUN_HEADINGS_MAX,
    each of another level than the one below it, with nothing an earlier rule dropped in between) are
    added: the run's own section title."""
    start = first
    while (
        start > 0
        and first - start < RUN_HEADINGS_MAX
        and alive[start - 1].heading
        and alive[start - 1].link_density == 0.0
        and alive[start].index == alive[start - 1].index + 1
        and alive[start - 1].heading != alive[start].heading
    ):
        start -= 1
    return start


def _closing_lists_end(alive: list[Block], last: int) -> int:
    """Where a kept run ends once the tables and unlinked lists closing it are added.

    A table or an unlinked list closing a run (a training plan, a results table, the list its last
    paragraph announces) scores nothing, so the maximum-sum run stops before it: it is kept while it
    follows on directly. Anything dropped in between (a teaser list's linked headlines, a newsletter
    box) ends the run: unlinked blurbs after it are the teasers' lines."""
    while last + 1 < len(alive) and alive[last + 1].index == alive[last].index + 1:
        if _structured(alive[last + 1]) or _opens_br_lines(alive, last + 1):
            last += 1
        elif _announces_list(alive, last + 1):
            last += 2  # the line announcing the list, and the list's first item
        else:
            break
    return last


def _announces_list(alive: list[Block], i: int) -> bool:
    """A short line ending in a colon ("Dare to Play 3:", "What you get:"), or a short heading ("Qualified
    teams", "Tour dates"), directly followed by an unlinked list: the list the article closes with,
    announced by its own lead-in line."""
    b = alive[i]
    return (
        b.words <= LIST_LEAD_MAX_WORDS
        and (b.text.endswith(":") or b.heading > 0 or (not b.tag and not b.ends_sentence))
        and i + 1 < len(alive)
        and alive[i + 1].index == b.index + 1
        and (_structured(alive[i + 1]) or _opens_br_lines(alive, i + 1))
    )


def _opens_br_lines(alive: list[Block], i: int) -> bool:
    """The first line of a paragraph whose next line follows a <br> (and so is structured): the list's
    first entry, unlinked and not a sentence like the rest."""
    b = alive[i]
    return (
        b.tag == "p"
        and b.link_density == 0.0
        and not b.is_prose
        and i + 1 < len(alive)
        and alive[i + 1].index == b.index + 1
        and not alive[i + 1].para_start
        and _structured(alive[i + 1])
    )


# Closing lines with no text after them: trailing headings, "Tags:" lines, lone short labels.
TRAILING_MAX_WORDS = 6
# A page without a paragraph keeps its short lines when they are this many at least (a list's items).
SHORT_LINES_PAGE_MIN_LINES = 4
# A page of short lines with a stray sentence above them is that page too: a shop's one-line blurb over its
# sizes, shades and shipping options, a category's promo line over its filters and grid, a platform's
# tagline over its feature menu. When the short lines after the last paragraph outnumber the lines above
# them by this ratio they are the page's list, not a heading or two left over, and are left whole to the
# other rules. Over wcxb-dev dumps: 7 pages change (6 sites), 6 better (product +.321, +.042, +.040;
# collection +.314, +.010; service +.121), 1 worse (a collection by .004); product BoW .5379 -> .5423,
# collection .6540 -> .6575, service .7878 -> .7885. Measured at 0.25, 0.5, 1 and 2: at 0.5 the same pages
# and a listing +.068; at 0.25 a collection -.025 as well; at 2 only the service and one collection (the
# products no longer change). wcxb-dev HTML and scrapinghub dumps: no page changes.
LIST_TAIL_RATIO = 1.0


def drop_trailing_fragments(ctx: RuleContext) -> Iterator[Drop]:
    """Short unpunctuated lines left dangling at the end (a heading whose list was removed, 'Tags'); a
    table or an unlinked list closing the article is its content, not a fragment, and so are short lines
    outnumbering all above them (LIST_TAIL_RATIO)."""
    alive = ctx.alive()
    tail: list[int] = []
    for b in reversed(alive):
        if not dangling(b):
            # Fewer lines than a page of short lines needs are no list either (SHORT_LINES_PAGE_MIN_LINES).
            listed = len(tail) >= SHORT_LINES_PAGE_MIN_LINES
            if listed and len(tail) > LIST_TAIL_RATIO * (len(alive) - len(tail)):
                return  # the page's list under a stray sentence (see LIST_TAIL_RATIO)
            yield from ((i, "dangling after the last paragraph") for i in tail)
            return
        tail.append(b.index)
    # No paragraph at all: nothing dangles after one. A page of short lines only (a schedule, a shop's
    # grid, a list of names) is left whole to the other rules; a lone leftover or two ('Skip navigation
    # links' on a page that needs JavaScript) is no list and still goes.
    if len(tail) < SHORT_LINES_PAGE_MIN_LINES:
        yield from ((i, "dangling, with no paragraph on the page") for i in tail)


# A dump whose kept text still opens with a menu: a run of this many lines or more of at most
# LEADING_MENU_MAX_WORDS words each before the first longer line (a shop's department bar, a sports site's
# league bar, a country picker) that no earlier rule recognised as chrome. The lines go when longer text
# follows them; a page of short lines only is left whole (a list's items). The run starts at the first
# line left: under a longer line (a promo bar, a category's blurb) a shorter menu may be the category's
# own subcategories and its heading, left to the other rules. Over wcxb-dev dumps: 2 pages change (2
# sites), both better (product +.212, listing +.051); scrapinghub dumps: none. The same at 7 lines; letting
# the run start at the second line wins one more product (+.031) but takes a category's heading with a
# short menu above it. In a simulation at 3 words a listing loses .498 (its items are 3-word lines).
LEADING_MENU_MIN_LINES = 10
LEADING_MENU_MAX_WORDS = 2


def drop_leading_menu(ctx: RuleContext) -> Iterator[Drop]:
    """A run of LEADING_MENU_MIN_LINES or more one- or two-word lines opening what is left of a dump,
    before its first longer line: a menu left above the text, not the text's own list."""
    run: list[int] = []
    for b in ctx.alive():
        if b.words > LEADING_MENU_MAX_WORDS:
            if len(run) >= LEADING_MENU_MIN_LINES:
                yield from ((i, "a menu opening the page") for i in run)
            return
        run.append(b.index)


# A quotation's attribution line opens with a dash ("— Rep. Jane Doe (@janedoe) November 19, 2019" under
# an embedded post, "— Mark Twain" under an epigraph): it belongs to the quote above it, not a leftover.
ATTRIBUTION_DASHES = ("\u2014", "\u2015")


def dangling(b: Block) -> bool:
    """A short unpunctuated line that is no table or list content: at the article's end, a leftover."""
    return not (
        b.is_prose
        or b.ends_sentence
        or b.words > TRAILING_MAX_WORDS
        or _structured(b)
        or b.text.startswith(ATTRIBUTION_DASHES)
    )


# --- the content landmark (HTML) -----------------------------------------------------------------------

# When the page marks its content with <article>/<main> (or role=main/article) and that holds nearly
# all of the page's running text, prose outside it is teasers, rails and footers.
CONTENT_LANDMARK_PROSE_SHARE = 0.7
CONTENT_LANDMARK_MIN_SHARE_WITH_HEADLINE = 0.3


def drop_outside_content_landmark(ctx: RuleContext) -> Iterator[Drop]:
    """Blocks outside <article>/<main> when those hold nearly all of the page's prose (its unlinked words)."""
    alive = ctx.alive()
    inside = outside = 0.0
    for b in alive:
        if b.is_prose:
            # Linked words are teasers and cards ('$75/mo with financing. Learn how.' under each product of
            # a shop's grid), not the page's running text: they count as the article's run counts them.
            w = b.words * (1.0 - b.link_density)
            if b.landmarks & CONTENT_LANDMARKS:
                inside += w
            else:
                outside += w
    share = inside / (inside + outside) if inside else 0.0
    if share < CONTENT_LANDMARK_PROSE_SHARE:
        # A headline inside the landmark vouches for it even when teaser text outside outweighs it.
        headline_inside = any(b.heading == 1 and b.landmarks & CONTENT_LANDMARKS for b in alive)
        if not (headline_inside and share >= CONTENT_LANDMARK_MIN_SHARE_WITH_HEADLINE):
            return
    for b in alive:
        if not b.landmarks & CONTENT_LANDMARKS:
            yield b.index, "outside the page's <article>/<main>"


# --- the headline as the article's start (HTML) ---------------------------------------------------------

# A heading counts as the page's headline when its text is most of a title the page declares (JSON-LD
# headline, og:title, <title> minus the site name).
HEADLINE_MIN_TITLE_SHARE = 0.6
HEADLINE_MAX_WORDS = 40
# Words of prose (or of a list's items) below the headline for it to start an article (a short news item
# has ~100).
HEADLINE_MIN_PROSE_AFTER = 80


def _is_headline(b: Block, titles: list[str]) -> bool:
    if b.heading not in (1, 2) or not 1 <= b.words <= HEADLINE_MAX_WORDS:
        return False
    f = b.key  # the folded text
    return bool(f) and any(f in t and len(f) >= HEADLINE_MIN_TITLE_SHARE * len(t) for t in titles)


def drop_before_headline(ctx: RuleContext) -> Iterator[Drop]:
    """Everything above the heading that repeats the page's declared title (tickers, teasers, menus)."""
    titles = ctx.doc.meta.declared_titles()
    if not titles:
        return
    alive = ctx.alive()
    start = next((i for i, b in enumerate(alive) if _is_headline(b, titles)), None)
    if not start:
        return
    # An earlier <h1> that is not part of a declared title (a logo h1 holding the site name is) means
    # the page's real headline is that one, and the match is a repeat further down.
    for b in alive[:start]:
        if b.heading == 1 and not any(b.key in t for t in titles):
            return
    # The article must follow: a title repeated at the bottom of a page must not cut what is above it.
    # On a shop's category or a listing the content under its heading is a list of items (cards of a
    # few short lines, no prose), which counts as the article does.
    if sum(b.words for b in alive[start + 1 :] if b.is_prose or b.item) < HEADLINE_MIN_PROSE_AFTER:
        return
    # Plain running text above it (not teaser lists, which carry links) is content the layout placed
    # first, e.g. a forum's opening post rendered before the thread title.
    if sum(b.words for b in alive[:start] if b.is_prose and not b.in_list and b.link_density < 0.1) >= (
        HEADLINE_MIN_PROSE_AFTER
    ):
        return
    for b in alive[:start]:
        yield b.index, "above the headline"


# --- customer reviews on a product page (HTML) ----------------------------------------------------------

# A class/id word naming a review ("customer-review", "reviews__title", "reviewtext", "cr-review-content").
_REVIEW_ATTR_RE = re.compile(r"(?:^|[_-])reviews?")


@lru_cache(maxsize=4096)
def _in_review(attrs: str) -> bool:
    return any(_REVIEW_ATTR_RE.search(w) for w in attrs.split()[:ATTR_WORDS_CHECKED])


def drop_product_reviews(ctx: RuleContext) -> Iterator[Drop]:
    """On a page whose structured data declares a product (and no article), the customer reviews under
    it: shoppers' opinions, not the product's description, specs or price. On an article (a reviewer's
    test of the product) the review is the content, so declared articles are left alone."""
    meta = ctx.doc.meta
    if not meta.product_page():
        return
    for b in ctx.alive():
        if b.attrs and _in_review(b.attrs):
            yield b.index, "a customer review of the product"
