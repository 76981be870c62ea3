"""HTML to blocks with DOM evidence, parsed with selectolax's lexbor backend.

The walk mirrors what a browser's innerText shows (block elements start new lines, hidden elements and
scripts show nothing), so the same rules that read text dumps read HTML; the DOM only adds evidence:
tag, landmarks, class/id words, link density. The walk is iterative: a page nested 100,000 levels deep
must not hit Python's recursion limit.
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import fields
from functools import lru_cache
from html import unescape
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleaner.blocks import LONG_TEXT_CHARS, Block, Document, PageMeta, normalize_space, too_many_lines
from cleaner.config import DEFAULT_MAX_LINES
from cleaner.read.detect import has_controls, strip_controls

# Elements whose content a reader never sees as text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "canvas",
        "object",
        "embed",
        "head",
        "title",
        "select",
        "option",
        "datalist",
        "audio",
        "video",
        "picture",
        "source",
        "track",
        "map",
        "area",
        "input",
        "textarea",
        "meta",
        "link",
        "base",
    ]
)
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "button",
        "label",
    ]
)
LANDMARK_TAGS = frozenset(
    ["nav", "header", "footer", "aside", "form", "article", "main", "figure", "dialog", "menu"]
)
ROLE_LANDMARKS = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "main": "main",
    "article": "article",
    "dialog": "dialog",
    "alertdialog": "dialog",
    "menu": "nav",
    "menubar": "nav",
    "search": "form",
}
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# How many enclosing elements' class/id words a block carries; deeper ones (page wrappers) only add noise.
ATTR_DEPTH = 6


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(style))


# Candidates for hidden elements, matched by lexbor in C; the exact test is ``_is_hidden``.
_HIDDEN_SELECTOR = '[hidden],[aria-hidden="true"],[style*="none" i],[style*="hidden" i]'
# Scripts, styles and the other SKIP_TAGS are not removed: the walk never enters them, at the cost of one
# set lookup per element, where 27 more selectors in the page query cost lexbor a match per element each.
_PRUNE_SELECTOR = f"noscript,{_HIDDEN_SELECTOR}"
# Anti-flicker snippets hide the whole document until a script reveals it: the page is what a reader
# sees, and the root cannot be removed anyway.
_NEVER_HIDDEN = frozenset(["html", "body"])


# A hidden element is an overlay a reader never opens while reading (a modal, a popup, a drawer, a
# cookie or newsletter banner, a chat widget, a menu, a form's state message) when its role or its
# class/id words say so. Words are matched inside compound names ('js-modal-shipping', 'cookiePopup');
# the short ones only as whole parts of a name.
_OVERLAY_ROLES = frozenset(["dialog", "alertdialog", "menu", "menubar", "navigation", "tooltip", "alert"])
_OVERLAY_STEMS = (
    "modal",
    "popup",
    "pop-up",
    "popover",
    "overlay",
    "dialog",
    "lightbox",
    "drawer",
    "flyout",
    "offcanvas",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "signup",
    "subscribe",
    "dropdown",
    "minicart",
    "tooltip",
    "chat",
    "success",
    "error",
)
_OVERLAY_PARTS = frozenset(["nav", "menu", "cart", "search", "login", "mobile", "toast", "banner", "form"])
# A closed panel says what it is: a tab's pane, an accordion's or "read more"'s collapsed body. The
# short words count only as whole parts of a name ('tab-pane', 'tabs__panel'; not 'table', 'stable').
_PANEL_STEMS = ("accordion", "collapse", "expand", "toggle", "readmore", "read-more", "tabpanel")
_PANEL_PARTS = frozenset(["tab", "tabs", "pane", "panel", "panels"])
_NAME_PARTS_RE = re.compile(r"[^a-z0-9]+")
# ... or follows the control that opens it: a button, a <summary>, a heading, or any element that
# declares what it expands (aria-expanded / aria-controls).
_OPENER_TAGS = frozenset(["button", "summary", "h2", "h3", "h4", "h5", "h6"])
# A panel worth opening holds a description, not a few labels (a filter's option list, a loading stub).
HIDDEN_PANEL_MIN_WORDS = 15
# A hidden page is a page's worth of text; a hidden <h1> with a few words around it is a script's
# placeholder on a page that renders nothing without JavaScript.
HIDDEN_PAGE_MIN_WORDS = 100
# visibility:hidden keeps the element's box: sliders and animated panels waiting for a script, whose text
# the page also shows elsewhere (a spec summary above its full table).
_DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none", re.I)


def _names(attrs: dict[str, str | None]) -> str:
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()


def _is_overlay(attrs: dict[str, str | None]) -> bool:
    if attrs.get("role") in _OVERLAY_ROLES or "aria-modal" in attrs:
        return True
    name = _names(attrs)
    return _overlay_stem(name) or not _OVERLAY_PARTS.isdisjoint(_NAME_PARTS_RE.split(name))


def _overlay_stem(name: str) -> bool:
    """Whether class/id names hold an overlay's word inside them. (The short ``_OVERLAY_PARTS`` are asked
    of the element itself only: an ancestor named 'mobile' or 'form' wraps whole pages.)"""
    return any(stem in name for stem in _OVERLAY_STEMS)


def _is_named_panel(attrs: dict[str, str | None]) -> bool:
    if attrs.get("role") == "tabpanel":
        return True
    name = _names(attrs)
    return any(stem in name for stem in _PANEL_STEMS) or not _PANEL_PARTS.isdisjoint(
        _NAME_PARTS_RE.split(name)
    )


def _in_overlay(node: LexborNode) -> bool:
    """Whether a panel sits inside an overlay that is itself shown by a script or by CSS (a tabbed
    settings popover, a quick-view modal), where the panel's own names look like any other tab's."""
    parent = node.parent
    while parent is not None and parent.tag not in _NEVER_HIDDEN:
        attrs = parent.attributes
        if parent.tag == "dialog" or "popover" in attrs or attrs.get("role") in _OVERLAY_ROLES:
            return True
        if _overlay_stem(_names(attrs)):
            return True
        parent = parent.parent
    return False


def _is_hidden_page(node: LexborNode) -> bool:
    """Whether a hidden element holds the page's headline and no <h1> is visible: the page itself, hidden
    until a script reveals it. A hidden copy beside a visible article (microdata for crawlers) is not."""
    headlines = len(node.css("h1"))
    if not headlines:
        return False
    root = node
    while root.parent is not None:
        root = root.parent
    return len(root.css("h1")) == headlines


def _element_before(node: LexborNode) -> LexborNode | None:
    """The element right before ``node``, past text and comments."""
    prev = node.prev
    while prev is not None and (prev.tag or "").startswith("-"):  # text, comments
        prev = prev.prev
    return prev


def _controls(prev: LexborNode, ident: str) -> bool:
    """Whether ``prev``, or the first link or button inside it that has one, names the element ``ident``
    in aria-controls: an accordion's trigger, or its header row holding the trigger
    ('<div><a role="button" aria-controls="faq_3">…</a></div><div id="faq_3" …>')."""
    opener = prev if "aria-controls" in prev.attributes else prev.css_first("[aria-controls]")
    return opener is not None and ident in (opener.attributes.get("aria-controls") or "").split()


def _follows_opener(node: LexborNode) -> bool:
    prev = _element_before(node)
    if prev is None:
        return False
    attrs = prev.attributes
    if prev.tag in _OPENER_TAGS or "aria-expanded" in attrs or "aria-controls" in attrs:
        return True
    # ... or holds it: an accordion's header row whose link or button names the panel (``_controls``).
    ident = node.attributes.get("id")
    return ident is not None and ident != "" and _controls(prev, ident)


def _is_aria_panel(node: LexborNode, attrs: dict[str, str | None]) -> bool:
    """Whether an aria-hidden element is a closed panel of running text (``_holds_prose``; an opener's
    menu or a tooltip holds labels): the opener right before it names it in aria-controls (``_controls``),
    or, when the opener sits outside its wrapper, the element names itself a folded panel
    ('accordion__content', 'collapse', 'expandable', 'read-more', 'tabpanel': the long ``_PANEL_STEMS``;
    a category's buying guide, a listing's 'About this item'). Carousel clones and icon labels are
    aria-hidden too, but no opener controls them and they carry no such name."""
    if attrs.get("aria-hidden") != "true":
        return False
    ident = attrs.get("id")
    prev = _element_before(node) if ident else None
    if not (prev is not None and ident and _controls(prev, ident)):
        name = _names(attrs)
        if not any(stem in name for stem in _PANEL_STEMS):
            return False
    return _holds_prose(node.text(deep=True)) and not _in_overlay(node)


def _is_closed_panel(node: LexborNode) -> bool:
    """Whether a hidden element is a closed panel whose text readers open and read: a tab, an accordion,
    a "read more" (a product's description, specifications, ingredients, a FAQ's answers), or the whole
    page hidden until a script reveals it (an access check, an anti-flicker wrapper: it holds the <h1>).
    Only display:none or the ``hidden`` attribute make one: aria-hidden alone marks what stays visible but
    repeats other text (carousel clones, icon labels), unless the opener before it names it in
    aria-controls or its own names call it a folded panel (``_is_aria_panel``). Overlays are told apart
    by their role and names."""
    attrs = node.attributes
    if "hidden" not in attrs and not _DISPLAY_NONE_RE.search(attrs.get("style") or ""):
        return _is_aria_panel(node, attrs)
    if (attrs.get("id") or "").startswith("S:") or _is_overlay(attrs):  # S: a streamed segment, see read_html
        return False
    words = len(node.text(deep=True).split())
    if words < HIDDEN_PANEL_MIN_WORDS:
        return False
    if not (
        _is_named_panel(attrs)
        or _follows_opener(node)
        or (words >= HIDDEN_PAGE_MIN_WORDS and _is_hidden_page(node))
    ):
        return False
    return not _in_overlay(node)


# A match of a page query: the node, its tag and its attributes, each read once (see ``_tagged``).
_Match = tuple[LexborNode, str, dict[str, str | None]]


def _prune(candidates: list[_Match]) -> bool:
    """Remove hidden elements before walking: lexbor finds them in C, far cheaper than reading every
    node's attributes in Python. ``candidates`` (with their tags and attributes, ``_tagged``) come from
    one selector query in document order, so
    removing them in reverse removes children before their parents and no node is touched after an
    ancestor was freed. Closed panels stay (``_is_closed_panel``). Returns whether anything was hidden
    or a <noscript> exists, i.e. whether a hidden copy of the text could exist."""
    gone: list[LexborNode] = []
    hidden_copy = False
    for node, tag, attrs in candidates:
        if tag in SKIP_TAGS:
            hidden_copy = hidden_copy or tag == "noscript"
        elif tag not in _NEVER_HIDDEN and _is_hidden(attrs):
            hidden_copy = True
            if not _is_closed_panel(node) and not _is_shown_link(node, tag, attrs):
                gone.append(node)
    for node in reversed(gone):
        node.decompose()
    return hidden_copy


class _Builder:
    """Accumulates inline text into the current block and flushes at block boundaries."""

    __slots__ = ("blocks", "ctxs", "link_chars", "max_lines", "para_start", "parts", "strip")

    def __init__(self, max_lines: int, strip: bool) -> None:
        self.max_lines = max_lines
        self.strip = strip  # control characters out of every block (a page that has some)
        self.blocks: list[Block] = []
        self.ctxs: list[_Ctx] = []  # the context each block was flushed in, for ``_mark_items``
        self.parts: list[str] = []
        self.link_chars = 0
        self.para_start = True

    def flush(self, ctx: _Ctx, *, soft: bool = False) -> None:
        if self.parts:
            text = "".join(self.parts)
            if self.strip:
                text = strip_controls(text)
            # ``normalize_space`` inline for the common short ASCII text (nine blocks in ten): a call per
            # block saved, the same result (ASCII holds no zero-width space to drop).
            if text.isascii() and len(text) <= LONG_TEXT_CHARS:
                text = " ".join(text.split())
            else:
                text = normalize_space(text)
            if text:
                if len(self.blocks) >= self.max_lines:
                    raise too_many_lines(self.max_lines)
                link_chars = self.link_chars
                # Most blocks hold no link: their density is 0.0 without the division and min().
                ld = min(1.0, link_chars / len(text)) if link_chars else 0.0
                attr_text = ctx.attr_text
                if attr_text is None:  # joined on the context's first block (see ``_child_ctx``)
                    attr_text = ctx.attr_text = " ".join(ctx.attrs)
                # Positional, in the order of Block's fields: keywords cost ~4,400 instructions a block.
                block = Block(
                    len(self.blocks),
                    text,
                    self.para_start,
                    ctx.tag,
                    ctx.heading,
                    ctx.landmarks,
                    attr_text,
                    ld,
                    ctx.in_list,
                    ctx.in_table,
                )
                self.blocks.append(block)
                self.ctxs.append(ctx)
                # The context's own counts for ``_mark_items``, kept here rather than in a second pass
                # over the blocks.
                ctx.total += 1
                ctx.words += block.words
                if block.is_prose:
                    ctx.prose += block.words
                self.para_start = False
            self.parts = []
        self.link_chars = 0
        if not soft:
            self.para_start = True


class _Ctx:
    __slots__ = (
        "attr_text",
        "attrs",
        "cls",
        "control",
        "heading",
        "hidden",
        "in_link",
        "in_list",
        "in_table",
        "landmarks",
        "parent",
        "prose",
        "starts",
        "tag",
        "total",
        "words",
    )

    def __init__(
        self,
        tag: str = "",
        heading: int = 0,
        landmarks: frozenset[str] = frozenset(),
        attrs: tuple[str, ...] = (),
        in_link: bool = False,
        in_list: bool = False,
        in_table: bool = False,
        parent: _Ctx | None = None,
    ) -> None:
        self.tag = tag
        self.heading = heading
        self.landmarks = landmarks
        self.attrs = attrs  # class/id words, innermost element first
        # As blocks carry them: joined once, not per block, and only for a context that holds blocks (None
        # until then; see ``_child_ctx``).
        self.attr_text: str | None = " ".join(attrs)
        self.in_link = in_link
        self.in_list = in_list
        self.in_table = in_table
        self.hidden = False  # see ``_hides``
        self.control = False  # inside a control (see ``CONTROL_TAGS``): its blocks are the control's
        self.cls: str | None = None  # the element's own class, for ``_mark_items``' item shapes
        # Because siblings of one shape share a context (see ``_Shapes``), a context stands for a path of
        # element shapes (tag and class from the body down), and how often it was entered is how often the
        # page repeats that shape: ``starts`` holds the number of blocks read before each entry (see
        # ``_mark_items``). A context points to its parent only: the walk's ``_Shapes`` maps parents to
        # children, so no context is part of a reference cycle and all are freed the moment the walk ends
        # instead of waiting for the cyclic garbage collector (whose passes over a few hundred cycles per
        # page cost a tenth of the page's time).
        self.parent = parent
        self.starts: list[int] = []
        # Blocks, words and prose words under the context (its own, counted by ``_Builder.flush``, then its
        # descendants', added by ``_mark_items``). Per-walk counters on the object cost an attribute each
        # where dicts keyed by the context cost a hash lookup and a store.
        self.total = 0
        self.words = 0
        self.prose = 0


_CELL_TAGS = frozenset({"td", "th"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
ATTR_WORDS_KEPT = ATTR_DEPTH * 3


# Class names the CSS frameworks (Bootstrap, Foundation, Bulma, Tailwind) and shop themes give elements
# they hide with display:none until a script shows them: an unselected variant's price table, a product's
# raw option data, a closed mini-cart. A reader sees none of it, as with an inline display:none.
HIDING_CLASSES = frozenset(["hide", "hidden", "d-none", "is-hidden", "u-hidden", "display-none"])


def _hides(words: list[str]) -> bool:
    """Whether an element's own class words hide it. A responsive variant in the same list ('hidden
    lg:block', 'd-none d-md-flex', 'hide show@medium') shows it again at some screen size, where a
    desktop reader sees it. Asked of every new element shape, so the common answer (no hiding class) is
    one set operation."""
    return not HIDING_CLASSES.isdisjoint(words) and not any(
        ":" in w or "@" in w or w.startswith(("d-sm-", "d-md-", "d-lg-", "d-xl-")) for w in words
    )


# A hidden element holding running text is a closed panel (a tab, an accordion, a "read more") whose text
# readers open and read; one holding labels, option data, menus or product cards is a widget's unused
# state. Running text: sentences, and stop words at the share prose has (menus and data have almost none).
HIDDEN_PANEL_MIN_SENTENCES = 2
HIDDEN_PANEL_MIN_STOPWORDS = 0.2
# Enough of a hidden element's text to judge it; a giant one (a product's raw variant data) costs no more.
HIDDEN_PANEL_SAMPLE_CHARS = 2000
_SENTENCE_END_RE = re.compile(r"[.!?。！？](?:\s|$)")


# aria-hidden hides nothing from sight: a card links its excerpt (or its picture) a second time with
# aria-hidden="true" and tabindex="-1", so that a screen reader meets one link per card, not two
# ('<p class="desc"><a href="/story" aria-hidden="true" tabindex="-1">Walmart now has ...</a></p>').
# Browsers show it and innerText prints it. A link holding a blurb's words of running text is such an
# excerpt; shorter ones are icon labels or the card's title again, pruned as before.
SHOWN_LINK_MIN_WORDS = 10


def _is_shown_link(node: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
    """Whether a hidden element is a link hidden from screen readers only (aria-hidden, no ``hidden``
    attribute, no hiding style) whose text is an excerpt: running text of SHOWN_LINK_MIN_WORDS words or
    more (stop words at prose's share, HIDDEN_PANEL_MIN_STOPWORDS)."""
    if tag != "a" or "hidden" in attrs or attrs.get("aria-hidden") != "true":
        return False
    style = attrs.get("style")
    if style and _HIDDEN_STYLE_RE.search(style):
        return False
    text = Block(index=-1, text=normalize_space(node.text(deep=True)[:HIDDEN_PANEL_SAMPLE_CHARS]))
    return text.words >= SHOWN_LINK_MIN_WORDS and text.stopword_density >= HIDDEN_PANEL_MIN_STOPWORDS


def _holds_prose(text: str) -> bool:
    text = text[:HIDDEN_PANEL_SAMPLE_CHARS]
    if len(_SENTENCE_END_RE.findall(text)) < HIDDEN_PANEL_MIN_SENTENCES:
        return False
    return Block(index=-1, text=normalize_space(text)).stopword_density >= HIDDEN_PANEL_MIN_STOPWORDS


# An item's buttons are its controls ('Add to cart', 'Quick view', a rating's toggle), never its record
# (see ``rules.items.drop_item_controls``). A control's inner blocks are the control: shops wrap a
# button's label in a <div> of its own ('<button><div><span>Add to Cart</span></div></button>'), and
# rules know a control by its tag. Except a disclosure's: an accordion's trigger holds the title of the
# section it folds out (a course's name, code and price over its description), which is content.
CONTROL_TAGS = frozenset({"button"})
DISCLOSURE_ATTRS = frozenset({"aria-expanded", "aria-controls"})


def _child_ctx(parent: _Ctx, tag: str, attrs: dict[str, str | None]) -> _Ctx:
    """The context of an element of a new shape (~190 a page). Built field by field on a bare object, not
    through ``_Ctx.__init__``: the call and its defaults cost as much as the fields, and an element that
    adds no class or id words shares its parent's joined ``attr_text`` instead of joining them again.
    An element that adds some leaves its ``attr_text`` to be joined by ``_Builder.flush`` on its first
    block: of the ~160 contexts a page that add words, ~50 hold blocks of their own; the rest are
    wrappers whose words only their descendants' ``attrs`` carry."""
    ctx = _new_object(_Ctx)
    landmarks = parent.landmarks
    if tag in LANDMARK_TAGS:
        landmarks = landmarks | {tag}
    role = attrs.get("role")
    if role and role in ROLE_LANDMARKS:
        landmarks = landmarks | {ROLE_LANDMARKS[role]}
    ctx.landmarks = landmarks
    cls = attrs.get("class")
    ident = attrs.get("id")
    ctx.attrs = parent.attrs
    ctx.attr_text = parent.attr_text
    ctx.hidden = False
    if (cls or ident) and tag not in ("html", "body"):
        words = f"{cls or ''} {ident or ''}".lower().split()
        if words:
            ctx.attrs = (tuple(words) + parent.attrs)[:ATTR_WORDS_KEPT]
            ctx.attr_text = None
            if cls and not HIDING_CLASSES.isdisjoint(words):
                ctx.hidden = _hides(cls.lower().split())
    ctx.tag = parent.tag if parent.control or tag not in BLOCK_TAGS else tag
    ctx.heading = _HEADINGS.get(tag, parent.heading)
    ctx.in_link = parent.in_link or tag == "a"
    ctx.in_list = parent.in_list or tag == "li"
    ctx.in_table = parent.in_table or tag in _CELL_TAGS
    ctx.parent = parent
    ctx.cls = cls
    ctx.control = parent.control or (tag in CONTROL_TAGS and not DISCLOSURE_ATTRS.intersection(attrs))
    ctx.starts = []
    ctx.total = ctx.words = ctx.prose = 0
    return ctx


# ``object.__new__`` makes the bare object, skipping ``__init__``; a class compiled by mypyc (see setup.py)
# refuses it, and there the constructor is a C call that costs next to nothing.
_new_object: Callable[[type[_Ctx]], _Ctx] = (
    object.__new__ if _Ctx.__new__ is object.__new__ else type.__call__
)


_DIGITS_RE = re.compile(r"\d+")
# A class word naming a record by its id: a name, a hyphen and a number of three digits or more ('post-3100305',
# 'node-1234', 'product-56789'), which layout classes ('col-6', 'mt-4', 'grid-cols-2') never are.
_RECORD_ID_RE = re.compile(r"(?<![\w-])[a-z][a-z_-]*-\d{3,}(?![\w-])")
# What every record id holds. Its literal hyphen lets the regex engine skip to each hyphen in C, where the
# full pattern checks its look-behind (a Unicode category test) at every character of the class.
_RECORD_ID_HINT_RE = re.compile(r"-\d{3}")
_ASCII_DIGITS = b"0123456789"


def _has_digit(text: str) -> bool:
    """``_DIGITS_RE.search(text)``, asked of every new shape's class. An ASCII class (nearly all) is
    tested by deleting its digits from its bytes, a C loop ~4x cheaper than the regex, whose ``\\d``
    asks Unicode's tables at every character."""
    if text.isascii():
        return len(text.encode().translate(None, _ASCII_DIGITS)) != len(text)
    return _DIGITS_RE.search(text) is not None


# Distinct class and id strings whose digit test is kept: the walk asks it of every new shape, and a page
# repeats a class under many parents (each card's 'title', each section's 'row'), where a lookup costs a
# third of the test.
SHAPE_CLASSES_CACHED = 4096
_shape_has_digit = lru_cache(maxsize=SHAPE_CLASSES_CACHED)(_has_digit)


def _without_digits(text: str) -> str:
    """``_DIGITS_RE.sub("", text)``, the ASCII case as cheaply as in ``_has_digit``."""
    if text.isascii():
        return text.encode().translate(None, _ASCII_DIGITS).decode()
    return _DIGITS_RE.sub("", text)


ShapeKey = tuple[_Ctx, int, str | None, str | None, str | None]  # parent, tag id, class, id, role


def _tag_ids(names: frozenset[str]) -> frozenset[int]:
    """Lexbor's ids of standard tags, fixed in the library (a page's own element names, '<my-widget>',
    get ids of their own, never one of these)."""
    tree = LexborHTMLParser("")
    return frozenset(tree.create_node(name).tag_id for name in names)


def _node_ids() -> tuple[int, frozenset[int]]:
    """The ids lexbor gives a text node and the nodes that are no elements (comments, doctypes)."""
    tree = LexborHTMLParser("<!DOCTYPE html><html><body><!--c-->t</body></html>")
    body = tree.body
    assert body is not None and body.first_child is not None and body.last_child is not None
    return body.last_child.tag_id, frozenset([body.first_child.tag_id, tree.root.prev.tag_id])  # type: ignore[union-attr]


# The walk tells nodes apart by their tag id, an int lexbor keeps on the node; ``node.tag`` decodes the
# element's name into a new string on every call and is read only when a new context needs it.
_TEXT_ID, _NOT_ELEMENT_IDS = _node_ids()
_SKIP_IDS = _tag_ids(SKIP_TAGS) | _NOT_ELEMENT_IDS
_BLOCK_IDS = _tag_ids(BLOCK_TAGS)
(_BR_ID,) = _tag_ids(frozenset(["br"]))
(_A_ID,) = _tag_ids(frozenset(["a"]))


class _Shapes:
    """The contexts of one walk by parent and the attributes that shape a context: siblings (<li>, <p>,
    <td>, a menu's <li class="menu-item">) share one object instead of building it again each."""

    __slots__ = ("exact", "numbered")

    def __init__(self) -> None:
        self.exact: dict[ShapeKey, _Ctx] = {}
        self.numbered: dict[tuple[_Ctx, str, str, str, str | None], _Ctx] = {}

    def numbered_sibling(self, key: ShapeKey, tag: str) -> _Ctx:
        """The context of an earlier sibling whose class differs from ``key``'s only in numbers: blog
        engines number each post in its class (<article class="post-12 post type-post">), so without this
        every item of such a list would be a shape of its own. Rules read class words for their names
        ('post', 'comment'), never their numbers, so sharing the first one's words is harmless. Numbered
        ids stay apart: a forum numbers each message by id, and its posts are judged as text, not as a
        list of items (sparing them as items kept each post's user panel and buttons). Except on links: a
        card that is one <a> numbered by id ('<a id="card-list_3" class="card">') is an item of a grid of
        teasers, never a post. Called only when no context matched exactly and the class (or a link's id)
        has a digit, i.e. once per new shape, not per element. ``tag``: the name of ``key``'s tag id."""
        parent, _, cls, ident, role = key
        shape_id = _without_digits(ident) if ident and tag == "a" else ident
        low = cls.lower() if cls else ""
        ids = _RECORD_ID_RE.findall(low) if _RECORD_ID_HINT_RE.search(low) else None
        shape_cls = " ".join(map(_without_digits, ids)) if ids else _without_digits(cls or "")
        shape = (parent, tag, shape_cls, shape_id or "", role)
        found = self.numbered.get(shape)
        if found is None:
            found = self.numbered[shape] = _child_ctx(parent, tag, {"class": cls, "id": ident, "role": role})
        self.exact[key] = found
        return found


def _walk(body: LexborNode, max_lines: int, strip: bool = False, hide_classes: bool = True) -> list[Block]:
    """Depth-first over the pruned tree, following child/next pointers: each node is visited once and
    no per-node lists are built. The stack holds, per open element, where to resume and which context
    to restore, and whether leaving it ends a block. Control characters are looked for in the blocks,
    a tenth of the page's characters, and a page that has some is walked again without them.

    Elements with a hiding class are skipped (``hide_classes``), unless they hold running text. When
    the page then shows almost nothing, it hides its content until a script reveals it (a preloader
    over a '<div class="root hide">'), and it is walked again with them shown.

    Text that runs from a lower-case letter into a capital across two text nodes ('Publisher' in one
    <span>, 'Houghton Mifflin' in the next) comes from elements the page's CSS lays out apart (a label and
    its value, the cells of a flex row): a word seldom turns to a capital exactly at an element's edge, so a
    space goes between them, as a reader sees."""
    b = _Builder(max_lines, strip)
    shapes = _Shapes()
    known = shapes.exact
    parts = b.parts
    ctx = _child_ctx(_Ctx(), body.tag or "body", body.attributes)
    stack: list[tuple[Any, _Ctx, _Ctx | None]] = []
    node = body.first_child
    text_id, skip_ids, block_ids, br_id, a_id = _TEXT_ID, _SKIP_IDS, _BLOCK_IDS, _BR_ID, _A_ID
    has_digit = _shape_has_digit
    skipped = False
    while True:
        if node is None:
            if not stack:
                break
            node, ctx, closing = stack.pop()
            if closing is not None:
                if parts:
                    b.flush(closing)
                    parts = b.parts
                else:
                    b.para_start = True
            continue
        tid = node.tag_id
        if tid == text_id:
            # Whitespace before any text of a block is dropped by normalize_space anyway. Most text nodes
            # (~500 of ~700 a page) are the markup's indentation between blocks: lexbor tells those in C,
            # without decoding them into a string (it knows ASCII whitespace only, hence the isspace).
            if not parts and node.is_empty_text_node:
                node = node.next
                continue
            text = node.text_content
            if text and (parts or not text.isspace()):
                if parts and text[0].isupper() and parts[-1][-1].islower():
                    parts.append(" ")  # two elements set apart by the page's CSS (see _walk)
                parts.append(text)
                if ctx.in_link:
                    b.link_chars += len(text.strip())
            node = node.next
            continue
        if tid in skip_ids:
            node = node.next
            continue
        if tid == br_id:
            if parts:
                b.flush(ctx, soft=True)
                parts = b.parts
            node = node.next
            continue
        is_block = tid in block_ids
        if is_block:
            if parts:
                b.flush(ctx)
                parts = b.parts
            else:
                b.para_start = True
        first = node.first_child
        if first is None:  # an empty element (<img>, an icon, an empty <div>) needs no context
            node = node.next
            continue
        if not is_block and first.next is None and first.tag_id == text_id:
            # An inline element around one text (<a>, <span class=…>, <strong>): its context could only
            # matter to a block boundary inside it, and there is none, so its text joins the block
            # directly, without reading attributes, building a context or a stack entry.
            text = first.text_content
            if text and (parts or not text.isspace()):
                if parts and text[0].isupper() and parts[-1][-1].islower():
                    parts.append(" ")
                parts.append(text)
                if tid == a_id or ctx.in_link:
                    b.link_chars += len(text.strip())
            node = node.next
            continue
        attrs = node.attributes
        key: ShapeKey | None
        if attrs and ("class" in attrs or "id" in attrs or "role" in attrs):
            key = (ctx, tid, attrs.get("class"), attrs.get("id"), attrs.get("role"))
        elif is_block or tid == a_id:
            key = (ctx, tid, None, None, None)
        else:
            key = None
        child_ctx: _Ctx | None
        if key is None:
            child_ctx = ctx
        else:
            child_ctx = known.get(key)
            if child_ctx is None:
                tag = node.tag or ""
                cls = key[2]
                if cls and (has_digit(cls) or (tid == a_id and key[3] and has_digit(key[3]))):
                    child_ctx = shapes.numbered_sibling(key, tag)
                else:
                    child_ctx = known[key] = _child_ctx(ctx, tag, attrs)
            if child_ctx.hidden and hide_classes and not _holds_prose(node.text(deep=True)):
                skipped = True
                node = node.next
                continue
            child_ctx.starts.append(len(b.blocks))
        stack.append((node.next, ctx, child_ctx if is_block else None))
        ctx = child_ctx
        node = first
    b.flush(ctx)
    if skipped and sum(block.words for block in b.blocks) < FALLBACK_MAX_VISIBLE_WORDS:
        return _walk(body, max_lines, strip, hide_classes=False)
    if not strip and has_controls("".join(block.text for block in b.blocks)):
        return _walk(body, max_lines, strip=True, hide_classes=hide_classes)
    _mark_items(b.blocks, b.ctxs)
    return b.blocks


# A shape repeated at least this often is a list of items (a shop's product cards, a catalogue's rows,
# search results, a menu) ...
MIN_ITEMS = 4
# ... when each copy holds a few lines (title, author, price, rating); a shape repeated with many lines
# each is a layout (rows, columns, sections), not an item.
MAX_ITEM_BLOCKS = 12
# Distinct sibling classes compared per parent when joining modifiers to their base class.
MAX_SHAPE_BASES = 8
_TEXT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
# Items joined across modifier classes hold at most this many words each (a card, a teaser with its blurb).
MAX_MODIFIED_ITEM_WORDS = 60
# Siblings of one class told apart by their ids alone are items when they are records (a title, a price,
# a date), not mostly sentences.
MAX_NUMBERED_PROSE_SHARE = 0.5


def _modifies(base: tuple[str, ...], cls: tuple[str, ...]) -> bool:
    """Whether class ``cls`` is class ``base`` with modifiers: it has all of ``base``'s words, and the
    extra ones extend a word of it ("card" and "card card--sale") or ``base`` is a name of two words or
    more that the extras do not outnumber ("item has-image" and "item has-image has-audio"). A single
    word shared with more ("row" and "col-xs-24 row storyinfo") is a utility class, not an item's name.
    Same first word with a digit in it: a styled component's name, its other word the variant's style
    ("sc-feaf8701-1 dzYnRP", "sc-feaf8701-1 hpndDi")."""
    if base[0] == cls[0] and any(map(str.isdigit, base[0])):
        return True
    if not set(base) <= set(cls):
        return False
    if len(base) >= 2 and 2 * len(base) >= len(cls):
        return True
    return all(any(w.startswith((b + "-", b + "_")) for b in base) for w in cls if w not in base)


# Distinct class first words whose digit test is kept (a few hundred bytes each).
FIRST_WORDS_CACHED = 4096


def _class_size(item: tuple[tuple[str, ...], _Ctx]) -> int:
    """The number of class words of a (class words, context) pair: bases come before their modified
    variants ('card' before 'card card--sale')."""
    return len(item[0])


@lru_cache(maxsize=FIRST_WORDS_CACHED)
def _first_numbered(word: str) -> bool:
    """Whether a class's first word has one of str.isdigit's digits, found in C in an ASCII word
    (``_has_digit``). Cached: it is asked of every pair of a menu's items ('menu-item menu-item-537089'),
    and sites share their frameworks' first words."""
    return _has_digit(word) if word.isascii() else any(map(str.isdigit, word))


def _join_modified(contexts: list[_Ctx]) -> tuple[dict[_Ctx, _Ctx], dict[_Ctx, list[int]]]:
    """Siblings whose classes differ only by modifiers are one shape: a list's items carry some on a few
    of them, each a context of its own (see ``_modifies``). Returns the context each joined one stands
    with and the joined shapes' entries; the joined shapes' ``total`` takes in the blocks of the joined
    ones. Long items stay apart: a forum marks some posts ("message is-unread"), and its posts are text
    to judge line by line, not records to keep whole; so do items of running text told apart by their ids
    alone (a forum numbers its posts by id, a shop its cards of a title and a price); paragraphs and
    headings are never a card's (a page giving each its own id, '<p class="para" id="5OD32…">', keeps
    them apart)."""
    # Siblings of one tag grouped first: over half of the classed contexts of a page are alone among
    # their siblings (the page's layout <div>s), and a class with no sibling to join is neither split
    # nor sorted. Each group is then read as before, fewest class words first.
    groups: dict[tuple[_Ctx, str], list[_Ctx]] = {}
    for c in contexts:
        if c.cls and c.parent is not None and c.tag not in _TEXT_TAGS:
            key = (c.parent, c.tag)
            siblings = groups.get(key)
            if siblings is None:
                groups[key] = [c]
            else:
                siblings.append(c)
    joined: dict[_Ctx, list[_Ctx]] = {}
    for siblings in groups.values():
        # Siblings entered fewer than MIN_ITEMS times in all can join into no list of items: whatever they
        # join into stays below ``_mark_items``' count, as each of them alone does (two thirds of the
        # groups of a page, neither split nor sorted).
        if len(siblings) < MIN_ITEMS:
            if len(siblings) < 2:
                continue
            entries = 0
            for c in siblings:
                entries += len(c.starts)
            if entries < MIN_ITEMS:
                continue
        # The bases' classes and their contexts.
        known: list[tuple[tuple[str, ...], _Ctx]] = []
        classed = [(tuple(c.cls.split()), c) for c in siblings]  # type: ignore[union-attr]
        for cls, c in sorted(classed, key=_class_size):  # stable: fewest class words first
            if not cls:
                continue
            # What either kind of match needs, tested on the tuples before ``_modifies`` builds sets: the
            # base's first word among the class's, and the base's last word among the class's too or the
            # same first word with a digit in it (a menu's items, 'menu-item menu-item-type-custom
            # menu-item-537089', each end in their own number and share no other item's). The digit is
            # looked for last, as the rarest need.
            for w, base in known:
                if (
                    w[0] in cls
                    and (w[-1] in cls or (w[0] == cls[0] and _first_numbered(w[0])))
                    and _modifies(w, cls)
                ):
                    joined.setdefault(base, [base]).append(c)
                    break
            else:
                if len(known) < MAX_SHAPE_BASES:
                    known.append((cls, c))
    rep: dict[_Ctx, _Ctx] = {}
    starts: dict[_Ctx, list[int]] = {}
    for base, group in joined.items():
        n = sum(len(c.starts) for c in group)
        words = sum(c.words for c in group)
        if words > MAX_MODIFIED_ITEM_WORDS * n:
            continue
        same_class = all(c.cls == base.cls for c in group)
        if same_class and sum(c.prose for c in group) > MAX_NUMBERED_PROSE_SHARE * words:
            continue
        starts[base] = sorted(i for c in group for i in c.starts)
        for c in group[1:]:
            rep[c] = base
            base.total += c.total
    return rep, starts


def _mark_items(blocks: list[Block], ctxs: list[_Ctx]) -> None:
    """Give every block inside a repeated item its list's number (``Block.item``) and its item's number
    in that list (``Block.item_no``). The item is the outermost repeated shape above the block: inside
    a product card the title's own <div class="title"> repeats as often as the card, and the card holds
    the rest of the item. Work is per distinct context (a few hundred per page), then one lookup per
    block. The contexts are this walk's own, each counting the blocks flushed in it."""
    if not blocks:
        return
    # The contexts holding blocks and their ancestors, each after its parent: a context's missing
    # ancestors go in outermost first, so the insertion order is already one that no sort improves on.
    seen: dict[_Ctx, None] = {}
    distinct = dict.fromkeys(ctxs)
    for c in distinct:
        p = c.parent
        if p is None or p in seen:
            # The common case: the parent is in already (with its ancestors), no chain to build.
            seen[c] = None
            continue
        chain = [c]
        a: _Ctx | None = p
        while a is not None and a not in seen:
            chain.append(a)
            a = a.parent
        for link in reversed(chain):
            seen[link] = None
    order = list(seen)
    # Blocks under each context, its own and its descendants': each context of the page (a few hundred)
    # passes its total to its parent once, after all of its descendants did (reverse order).
    # The contexts entered often enough to be items are picked in the same pass (their totals are
    # weighed after the join).
    many: list[_Ctx] = []
    for c in reversed(order):
        if len(c.starts) >= MIN_ITEMS:
            many.append(c)
        p = c.parent
        if p is not None:
            p.total += c.total
            p.words += c.words
            p.prose += c.prose
    rep, starts = _join_modified(order)
    # The repeated shapes: a joined shape's contexts stand with their base and count its entries. Only a
    # context entered MIN_ITEMS times or joined can be one (a tenth of a page's contexts).
    items: dict[_Ctx, _Ctx] = {}
    for base, entries in starts.items():
        n = len(entries)
        if n >= MIN_ITEMS and base.total <= MAX_ITEM_BLOCKS * n:
            items[base] = base
    for c, base in rep.items():
        if base in items:
            items[c] = base
    for c in many:
        if c.total <= MAX_ITEM_BLOCKS * len(c.starts) and c not in rep and c not in starts:
            items[c] = c
    # The outermost repeated shape above each context: its parent's when the parent has one (memoised
    # top-down, so each context is looked at once; a dict, as a context's own field pointing to itself
    # would be a reference cycle). The root's parent, None, is no key.
    outer: dict[_Ctx | None, _Ctx | None] = {}
    for c in order:
        found = outer.get(c.parent)
        outer[c] = items.get(c) if found is None else found
    # What each context holding blocks gives its blocks, resolved once per context (numbers in the order
    # of the items' first blocks, as contexts come in the order of their first blocks).
    numbers: dict[_Ctx, tuple[int, list[int], int]] = {}
    shapes: dict[tuple[str, str], int] = {}
    marks: dict[_Ctx, tuple[int, list[int], int]] = {}
    for c in distinct:
        r = outer[c]
        if r is not None:
            mark = numbers.get(r)
            if mark is None:
                shape = (r.tag, (r.cls or "").split(" ", 1)[0])
                mark = numbers[r] = (
                    len(numbers) + 1,
                    starts.get(r, r.starts),
                    shapes.setdefault(shape, len(shapes) + 1),
                )
            marks[c] = mark
    if marks:
        for blk, c in zip(blocks, ctxs, strict=True):
            mark = marks.get(c)
            if mark is not None:
                blk.item, entries, blk.item_shape = mark
                blk.item_no = bisect_right(entries, blk.index)


# Everything read before the walk, found in one query: each selector query walks the whole document, and
# one walk with all the selectors costs half of the five walks it replaces. Matches come in document order.
# The <html> element's ``lang`` is read from the document's root element instead: it is the first <html>
# (the parser merges a later <html> tag's attributes into it), and each selector costs lexbor a test at
# every element (70,000 instructions a page for this one).
_META_SELECTOR = 'title,meta,script[type="application/ld+json"],time[datetime],h1,[itemprop~="author"]'


def _is_json_ld(attrs: dict[str, str | None]) -> bool:
    return (attrs.get("type") or "").strip().lower() == "application/ld+json"


def _meta(nodes: list[_Match], root: LexborNode | None) -> PageMeta:
    """``nodes``: the matches of the page query with their tags and attributes (``_tagged``); those
    the metadata selectors did not ask for (other scripts, hidden links) are told apart here. ``root``:
    the document's <html> element."""
    meta = PageMeta()
    found: dict[str, list[tuple[LexborNode, dict[str, str | None]]]] = {
        "title": [],
        "meta": [],
        "script": [],
        "time": [],
        "h1": [],
        "a": [],
    }
    for node, tag, attrs in nodes:
        kind = found.get(tag)  # lexbor names HTML elements in lower case
        if kind is not None:
            kind.append((node, attrs))
    meta.author_item = _microdata_author(nodes)
    found["script"] = [n for n in found["script"] if _is_json_ld(n[1])]
    found["time"] = [n for n in found["time"] if "datetime" in n[1]]
    if found["title"]:
        meta.title_tag = normalize_space(found["title"][0][0].text()) or None
    if root is not None:
        lang = root.attributes.get("lang")
        meta.lang = lang.split("-")[0].lower() if lang else None
    for _, a in found["meta"]:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content")
        if not content or (key not in _READ_META_KEYS and "publish" not in key):
            continue
        content = normalize_space(content)
        if key == "og:title" and not meta.og_title:
            meta.og_title = content
        elif key in ("og:site_name", "application-name") and not meta.site_name:
            meta.site_name = content
        elif key in ("og:description", "description") and not meta.description:
            meta.description = content
        elif not meta.published and (
            key in PUBLISHED_META or (_PUBLISHED_KEY_RE.search(key) and _DATE_VALUE_RE.match(content))
        ):
            meta.published = content
            meta.published_in_meta_tag = not a.get("itemprop")
        elif key in MODIFIED_META and not meta.modified:
            meta.modified = content
        elif key in _AUTHOR_META_KEYS and not meta.author:
            if not content.startswith("http"):
                meta.author = content
        elif key == "og:url" and not meta.url:
            meta.url = content
        elif key in PRICE_META:
            meta.offer = True
        elif key == "og:type":
            og_type = content.lower().removeprefix("og:")
            meta.product = meta.product or og_type == "product"
            meta.article = meta.article or og_type == "article"
    for node, _ in found["script"]:
        _json_ld(node.text(), meta)
    if found["time"] and not meta.published:
        meta.published = found["time"][0][1].get("datetime")
    meta.h1 = tuple(x for x in (normalize_space(h.text()) for h, _ in found["h1"]) if x)
    links = [node for node, attrs in found["a"] if _is_author_link(attrs)]
    for node in links[:MAX_AUTHOR_LINKS]:
        name = normalize_space(node.text())
        if _AUTHOR_LINK_NAME_RE.match(name) and "author" not in name.lower():
            meta.author_link = name
            break
    return _without_controls(meta)


# A schema.org microdata author as visible text: 'Jane Doe' or a forum handle, not a bio paragraph.
MICRODATA_AUTHOR_MAX_WORDS = 6
MICRODATA_AUTHOR_MAX_CHARS = 60
_MICRODATA_LABEL_RE = re.compile(r"^(?:by|written by|posted by|author)\s*:?\s+", re.I)


def _microdata_author(nodes: list[_Match]) -> str | None:
    """The first visible microdata author (``itemprop="author"``, its ``itemprop="name"`` when it has
    one): blog themes and forum engines (Discourse, XenForo, vBulletin) mark the post's author so, and
    the first in the page is the article's or the opening post's. ``<meta>`` authors are read with
    the other meta tags."""
    for node, tag, attrs in nodes:
        if tag == "meta" or "author" not in (attrs.get("itemprop") or "").split():
            continue
        inner = node.css_first('[itemprop~="name"]')
        holder = inner if inner is not None else node
        raw = holder.attributes.get("content") if holder.tag == "meta" else holder.text(deep=True)
        name = _MICRODATA_LABEL_RE.sub("", normalize_space(raw or ""))
        if (
            name
            and len(name) <= MICRODATA_AUTHOR_MAX_CHARS
            and len(name.split()) <= MICRODATA_AUTHOR_MAX_WORDS
        ):
            return name
        return None  # the first author item speaks for the page; a later one is a comment's
    return None


# Looked up once: ``dataclasses.fields`` builds its tuple anew on every call.
_META_FIELDS = tuple(f.name for f in fields(PageMeta))


def _without_controls(meta: PageMeta) -> PageMeta:
    """Metadata strings are output as they are (titles, authors): control characters out, as from blocks."""
    texts = [v for v in (getattr(meta, name) for name in _META_FIELDS) if isinstance(v, str)]
    if not has_controls("".join(texts) + "".join(meta.h1)):
        return meta
    for name in _META_FIELDS:
        value = getattr(meta, name)
        if isinstance(value, str):
            setattr(meta, name, normalize_space(strip_controls(value)) or None)
    meta.h1 = tuple(x for x in (normalize_space(strip_controls(h)) for h in meta.h1) if x)
    return meta


# Bylines link the name to the author's page ('<a href="/authors/jane-doe">Jane Doe</a>', rel=author).
_AUTHOR_LINK_SELECTOR = (
    'a[rel~="author"],a[href*="/author/"],a[href*="/authors/"],a[href*="/writers/"],a[href*="/contributors/"]'
)
# What the page query asks for: a superset of the author links ("/author" holds both "/author/" and
# "/authors/", "rs/" both "/writers/" and "/contributors/"), each substring test over every link's href
# costing about 1 % of a page (lexbor compares the needle at every position of the href); ``_meta`` keeps
# the links the exact selector matches, so the few other links "rs/" finds ('/users/', '/offers/', 2 a
# page) cost a look at their attributes, far less than a third test over every href. One compound under
# ``a:is(...)``: lexbor tries a selector list's members one by one at every element, and the tag test
# shared up front spares the other elements those tries (0.2 M instructions a page, 0.5 %); a link
# matching two of them is also listed once.
_AUTHOR_LINK_QUERY = 'a:is([rel~="author"],[href*="/author"],[href*="rs/"])'
MAX_AUTHOR_LINKS = 20
# ``~=`` splits an attribute's value at CSS whitespace only (not at \v or Unicode spaces as str.split does).
_CSS_SPACE_RE = re.compile(r"[ \t\n\f\r]+")
_AUTHOR_HREF_PARTS = ("/author/", "/authors/", "/writers/", "/contributors/")


def _is_author_link(attrs: dict[str, str | None]) -> bool:
    """What ``_AUTHOR_LINK_SELECTOR`` tests of a link the page query found, read from its attributes:
    ``node.css_matches`` parses the selector anew on every call (40,000 instructions a link). As lexbor
    does, ``rel`` is compared ignoring case (HTML lists it among the case-insensitive attributes) and an
    SVG link's ``xlink:href`` counts as its href."""
    rel = attrs.get("rel")
    if rel and "author" in _CSS_SPACE_RE.split(rel.lower()):
        return True
    return any(
        value and any(part in value for part in _AUTHOR_HREF_PARTS)
        for name, value in attrs.items()
        if name == "href" or name.endswith(":href")
    )


# A person's name: two to four capitalised words (initials, particles like 'van der' allowed), no digits.
_AUTHOR_LINK_NAME_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+){0,2}[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}$"
)


PUBLISHED_META = frozenset(
    [
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.created",
        "publish-date",
        "publish_date",
        "pubdate",
        "parsely-pub-date",
        "sailthru.date",
        "article.published",
        "publication_date",
        "date_published",
        "citation_publication_date",
        "citation_date",
        "rnews:datepublished",
    ]
)
# The meta names of the page's last modification (OpenGraph's two, schema.org microdata, Dublin Core).
MODIFIED_META = frozenset(["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified"])
# Sites invent their own meta names for the publication date ("published", "w-published-date",
# "article.publishdate"); any name saying "publish" that is not about modification is taken.
_PUBLISHED_KEY_RE = re.compile(r"publish(?!er)(?!.*(?:modif|updat|expir))")
_DATE_VALUE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|[A-Za-z]{3,9}\.? \d{1,2}, \d{4}")
_AUTHOR_META_KEYS = frozenset(["author", "article:author", "byl", "dc.creator", "sailthru.author"])
# <meta> keys stating the price of a product for sale: microdata's Offer ('<meta itemprop="price"
# content="0,00">', hidden inside the page's Product: a game store declares its free and priced games so,
# with no JSON-LD and its cart button inside a hidden purchase box) and OpenGraph's product price.
PRICE_META = frozenset({"price", "product:price:amount", "og:price:amount"})
# The meta names ``_meta`` reads (and any saying "publish", see ``_PUBLISHED_KEY_RE``): a page's other
# meta tags (viewport, robots, twitter:*, og:image ..., about half of them) are passed over before their
# content is normalised.
_READ_META_KEYS = (
    PUBLISHED_META
    | MODIFIED_META
    | _AUTHOR_META_KEYS
    | {
        "og:title",
        "og:site_name",
        "application-name",
        "og:description",
        "description",
        "og:url",
        "og:type",
    }
    | PRICE_META
)
ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "DiscussionForumPosting",
        "SocialMediaPosting",
        "Question",
        "WebPage",
        "Recipe",
    ]
)
# The article types that declare a written piece; Question (an FAQ block, a Q&A thread), WebPage and
# Recipe do not say the page is a story rather than, say, a shop's product.
STORY_TYPES = ARTICLE_TYPES - {"Question", "WebPage", "Recipe"}


# The types declaring a product for sale. A product sold in variants (sizes, colours) is a ProductGroup, its
# variants Products under its hasVariant, which this reader does not visit: 8 wcxb-dev HTML pages declare one
# (all product pages), 5 of them no Product where the reader looks.
PRODUCT_TYPES = ("Product", "ProductGroup")
# JSON-LD nodes visited per script: enough for any real @graph, bounded against hostile input.
JSON_LD_MAX_NODES = 400
# Keys whose values hold the page's own entity (a QAPage's question, a WebPage's article).
_JSON_LD_NESTED_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "hasPart")


def _json_ld(raw: str, meta: PageMeta) -> None:
    # strict=False: CMSs write an articleBody or a description with its raw line breaks and tabs inside
    # the JSON string, which strict JSON forbids and browsers and search engines read all the same (13 of
    # the 1,539 pages of the two sets; strict, the whole script was lost, its date and author with it).
    try:
        data = json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return
    todo: list[Any] = [data]
    nodes: list[dict[str, Any]] = []
    while todo and len(nodes) < JSON_LD_MAX_NODES:
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        nodes.append(item)
        for key in _JSON_LD_NESTED_KEYS:
            if key in item:
                value = item[key]
                todo.extend(value if isinstance(value, list) else [value])
    # Yoast and other generators give the author as {"@id": ...} pointing at a Person node elsewhere.
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    for item in nodes:
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(t in types for t in PRODUCT_TYPES):
            meta.product = True
        if any(isinstance(t, str) and t in ARTICLE_TYPES and t != "WebPage" for t in types):
            meta.article = True
            meta.story = meta.story or any(isinstance(t, str) and t in STORY_TYPES for t in types)
        if any(isinstance(t, str) and t in ARTICLE_TYPES for t in types):
            if isinstance(item.get("headline"), str) and not meta.headline:
                meta.headline = _json_text(item["headline"])
            published = item.get("datePublished") or item.get("dateCreated")
            if isinstance(published, str) and not meta.published:
                meta.published = published
            modified = item.get("dateModified")
            if isinstance(modified, str) and not meta.modified:
                meta.modified = modified
            author = _name(_resolve(item.get("author"), by_id))
            if author and not meta.author:
                meta.author = author
            pub = _name(_resolve(item.get("publisher"), by_id))
            if pub and not meta.site_name and "WebPage" not in types:
                meta.site_name = pub


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value[:5]]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:5]) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.startswith("http"):
        return _json_text(value)
    return None


def _json_text(value: str) -> str:
    """A JSON-LD string as shown: CMSs write their titles into JSON-LD still HTML-escaped
    ('Investor&#8217;s Guide', 'Tips &amp; Tricks'), which no parser unescapes inside a <script>."""
    return normalize_space(unescape(value) if "&" in value else value)


# Pages that render their text with JavaScript often ship it anyway for crawlers: inside <noscript>
# (forum engines), or in a hidden container that a script reveals (streamed server rendering). When the
# visible page has almost no text, that hidden copy is what a reader of the site sees.
FALLBACK_MAX_VISIBLE_WORDS = 200
# ... and the hidden copy must be several times larger, or it is just menus and dialogs.
FALLBACK_MIN_GAIN = 4
_NOSCRIPT_TAG_RE = re.compile(r"</?noscript\b[^>]*>", re.I)


def _words(blocks: list[Block]) -> int:
    return sum(b.words for b in blocks)


def _hidden_copy(html: str, max_lines: int) -> list[Block]:
    """Blocks of the page with <noscript> contents parsed as markup and hidden containers shown."""
    tree = LexborHTMLParser(_NOSCRIPT_TAG_RE.sub("", html))
    tree.strip_tags(list(SKIP_TAGS))
    body = tree.body or tree.root
    return _walk(body, max_lines) if body is not None else []


# Browsers cap the parser's tree depth (Chrome: 512) because the HTML tree builder walks the stack of open
# elements on every tag: lexbor took 70 s on 100,000 nested <div>s (super-linear). Deeper tags are dropped
# before parsing; their text stays, block tags become <br> so the text keeps its line breaks.
MAX_DEPTH = 512
# Elements that never nest in practice (their end tag is optional and the parser closes them itself) or
# have no content; counting them would flatten ordinary pages full of unclosed <p> and <li>.
_NOT_NESTING = frozenset(
    "p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption html head body "
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
_RAW_TEXT = frozenset(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"])
_MARKUP_RE = re.compile(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>")
_COMMENT_END_RE = re.compile(r"-->")
_RAW_END_RES = {t: re.compile(rf"</{t}\b", re.I) for t in _RAW_TEXT}


def limit_depth(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with element nesting capped at ``max_depth``: one linear pass over the tags.

    An approximation of the tree builder, good enough for its only job: a page nested deeper than any
    browser renders is parsed in linear time, and every character of text is still there.
    """
    depth = excess = 0
    cuts: list[tuple[int, int, str]] = []
    pos = 0
    while True:
        m = _MARKUP_RE.search(html, pos)
        if m is None:
            break
        pos = m.end()
        if m.group(0) == "<!--":
            end = _COMMENT_END_RE.search(html, pos)
            if end is None:
                break
            pos = end.end()
            continue
        closing, name = m.group(1), m.group(2).lower()
        if name in _NOT_NESTING or m.group(0).endswith("/>"):
            continue
        if not closing:
            if name in _RAW_TEXT:  # its content is not markup, and it is never cut (that would show code)
                end = _RAW_END_RES[name].search(html, pos)
                close = html.find(">", end.end()) if end else -1
                if close < 0:
                    break
                pos = close + 1
                continue
            if depth >= max_depth:
                excess += 1
                cuts.append((m.start(), m.end(), "<br>" if name in BLOCK_TAGS else ""))
            else:
                depth += 1
        elif excess:
            excess -= 1
            cuts.append((m.start(), m.end(), "<br>" if name in BLOCK_TAGS else ""))
        elif depth:
            depth -= 1
    if not cuts:
        return html
    out: list[str] = []
    last = 0
    for start, stop, repl in cuts:
        out.append(html[last:start])
        out.append(repl)
        last = stop
    out.append(html[last:])
    return "".join(out)


# Only a page that nests past MAX_DEPTH needs the per-tag Python pass of ``limit_depth``. The tag sequence
# (start '<', end '/') is built at C speed; leaf elements (a start right before an end) are folded away a
# few levels deep, so nesting shows as a long run of starts or as starts far outnumbering ends. A page
# that evades this still ends in the per-document time budget, never in a hang.
_TAG_EDGE_RE = re.compile(r"</?(?=[a-zA-Z])")
LEAF_FOLDS = 3
# Lexbor's cost grows with tags x depth: 5,000 <div>s nested as deep as they go parse in ~0.08 s, 20,000 in
# 1.3 s. A page with fewer '<' than this cannot be slow to parse however it nests, and most pages have
# 1,000-4,000, so one C count spares them the tag-sequence pass (0.5 ms of a 10 ms page).
DEPTH_CHECK_MIN_TAGS = 5000
_LT = ord("<")


def _count_lt(data: bytes) -> int:
    """The number of '<' in the page's UTF-8 bytes (no multi-byte character holds the byte 0x3C).
    ``bytes.count`` (like ``str.count``) tests one character after the other, 0.8 M instructions for a
    typical 170 KB page, 2 % of its cleaning; numpy compares 32 bytes at a time, for a quarter of that.
    numpy is used once something has loaded it (the language identifier does, and so ``warm_up``, which
    servers and batch workers call), never imported for this: its import (~0.3 s) costs a one-page command
    more than the count saves."""
    np = sys.modules.get("numpy")
    if np is not None:
        try:
            return int(np.count_nonzero(np.frombuffer(data, np.uint8) == _LT))
        except AttributeError:  # another thread is importing numpy: not all of it is there yet
            pass
    return data.count(b"<")


def _may_be_too_deep(html: str, data: bytes) -> bool:
    """``data``: ``html`` in UTF-8, as lexbor parses it."""
    if _count_lt(data) < DEPTH_CHECK_MIN_TAGS:
        return False
    seq = "".join(_TAG_EDGE_RE.findall(html)).replace("</", "/")
    for _ in range(LEAF_FOLDS):
        seq = seq.replace("</", "")
    return "<" * MAX_DEPTH in seq or seq.count("<") - seq.count("/") > MAX_DEPTH


# React's streamed server rendering (Next.js and others) sends late parts of the page at the end of the
# body as <div hidden id="S:n"> and a script swaps each into its <template id="B:n"> placeholder.
_SEGMENT_SELECTOR = 'div[hidden][id^="S:"]'
MAX_STREAMED_SEGMENTS = 200  # each costs a query over the tree


def _is_segment(node: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
    return tag == "div" and (attrs.get("id") or "").startswith("S:") and node.css_matches(_SEGMENT_SELECTOR)


def _place_streamed_segments(tree: LexborHTMLParser) -> None:
    """Do the swap the page's script would: the segments are the page's visible content (product
    descriptions, article bodies), not hidden text."""
    for seg in tree.css(_SEGMENT_SELECTOR)[:MAX_STREAMED_SEGMENTS]:
        sid = seg.attributes.get("id") or ""
        if not sid[2:].isalnum():
            continue
        # A segment fills the placeholder of its own number ('P:1a'), a Suspense boundary's root
        # segment the boundary's template ('B:0').
        holder = tree.css_first(f'template[id="P:{sid[2:]}"]') or tree.css_first(
            f'template[id="B:{sid[2:]}"]'
        )
        if holder is None:
            continue
        holder.replace_with(seg)  # lexbor inserts a copy in the placeholder's place ...
        copies = tree.css(f'div[id="{sid}"]')
        if len(copies) > 1:
            copies[-1].decompose()  # ... so the original at the end goes
        if copies:
            del copies[0].attrs["hidden"]


# Each selector costs lexbor a test on every element, the attribute ones most. The streamed segments
# (``_SEGMENT_SELECTOR``) are not asked for: every one is a [hidden] element, and ``_is_segment`` picks
# them out of the matches (lexbor lists an element once per selector it matches, so asking added copies).
_PAGE_SELECTOR = ",".join([_META_SELECTOR, _AUTHOR_LINK_QUERY, _PRUNE_SELECTOR])


def _tagged(nodes: list[LexborNode]) -> list[_Match]:
    """The matches of a query with their tags and attributes: ``node.tag`` decodes the name anew on
    every read (a C call and a new str) and ``node.attributes`` builds a new dict of every attribute,
    and four readers (``_meta``, ``_microdata_author``, ``_is_segment``, ``_prune``) ask them of most
    matches, a link or a <time> up to four times."""
    return [(node, node.tag or "", node.attributes) for node in nodes]


# A browser running scripts reads a <noscript>'s content as plain text; lexbor reads it as markup, as a
# browser without scripts would. The two differ when it holds a raw-text element written self-closed
# ('<noscript><iframe src="…" /></noscript>', a tag manager's snippet as some templates print it): '/>'
# closes no <iframe>, so the parser took the rest of the page, its streamed segments included, for the
# iframe's text. Such an element is closed at once, as the page's scripts-on reader never saw it open.
_SELF_CLOSED_RAW_TEXT_TAGS = ("iframe", "textarea", "title", "style", "xmp", "noembed", "noframes")
_SELF_CLOSED_RAW_TEXT_RE = re.compile(rf"<({'|'.join(_SELF_CLOSED_RAW_TEXT_TAGS)})\b([^<>]*?)/>", re.I)
_NOSCRIPT_OPEN = "<noscript"
_NOSCRIPT_CLOSE = "</noscript>"


def _swallowing_noscript(node: LexborNode) -> bool:
    """Whether a parsed <noscript> holds a raw-text element whose text is markup: one written self-closed
    that took the rest of the page (``_SELF_CLOSED_RAW_TEXT_RE``). Asked of the <noscript>s the page's
    one query finds anyway (a tag manager's iframe, a pixel's <img>: a child or two each), so no page
    pays a scan of its text (~0.2 M instructions) for the rare one that needs it."""
    child = node.child
    while child is not None:
        if child.tag in _SELF_CLOSED_RAW_TEXT_TAGS and "<" in child.text(deep=True):
            return True
        child = child.next
    return False


def _close_noscript_raw_text(html: str) -> str:
    """``html`` with every raw-text element written self-closed inside a <noscript> closed at once (see
    ``_SELF_CLOSED_RAW_TEXT_RE``), for a page where ``_swallowing_noscript`` found one."""
    start = html.find(_NOSCRIPT_OPEN)
    if start < 0:
        return html
    parts: list[str] = []
    pos = 0
    while start >= 0:
        end = html.find(_NOSCRIPT_CLOSE, start)
        if end < 0:
            break
        inner = html[start:end]
        if "/>" in inner:
            fixed = _SELF_CLOSED_RAW_TEXT_RE.sub(r"<\1\2></\1>", inner)
            if fixed != inner:
                parts += (html[pos:start], fixed)
                pos = end
        start = html.find(_NOSCRIPT_OPEN, end)
    if not parts:
        return html
    parts.append(html[pos:])
    return "".join(parts)


# selectolax encodes text so before parsing it (lone surrogates, which no page has, are dropped).
_ENCODE_ERRORS = "ignore"


def read_html(html: str, max_lines: int = DEFAULT_MAX_LINES) -> Document:
    # Encoded here rather than by selectolax: the depth guard counts the tags in the same bytes.
    data = html.encode("utf-8", _ENCODE_ERRORS)
    if _may_be_too_deep(html, data):
        html = limit_depth(html)
        data = html.encode("utf-8", _ENCODE_ERRORS)
    tree = LexborHTMLParser(data)
    nodes = _tagged(tree.css(_PAGE_SELECTOR))
    if any(tag == "noscript" and _swallowing_noscript(n) for n, tag, _ in nodes):
        html = _close_noscript_raw_text(html)
        tree = LexborHTMLParser(html.encode("utf-8", _ENCODE_ERRORS))
        nodes = _tagged(tree.css(_PAGE_SELECTOR))
    meta = _meta(nodes, tree.root)
    if any(_is_segment(*match) for match in nodes):
        _place_streamed_segments(tree)
        nodes = _tagged(tree.css(_PRUNE_SELECTOR))
    pruned = _prune(nodes)
    body = tree.body or tree.root
    blocks = _walk(body, max_lines) if body is not None else []
    visible = _words(blocks)
    if pruned and visible < FALLBACK_MAX_VISIBLE_WORDS:
        alt = _hidden_copy(html, max_lines)
        if _words(alt) >= FALLBACK_MIN_GAIN * max(visible, 1) and _words(alt) > visible:
            blocks = alt
    return Document(blocks=blocks, kind="html", meta=meta)
