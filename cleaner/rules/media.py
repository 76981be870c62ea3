"""Leftovers of embedded media: video/audio player controls and image credits."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import (
    CAPTION_CREDIT_RE,
    CAPTION_CREDIT_TAIL,
    PLAYER,
    TIMESTAMP_RE,
    WIRE_CAPTION_RE,
    fold,
    is_credit_line,
    lines_holding,
)
from cleaner.rules.shop import product_grids
from cleaner.rules.structure import has_prose_stretch

# Player words that are also ordinary words ("Live", "Text", colour names) only count inside a run of
# unambiguous player residue; alone they may be a heading or a line of dialogue.
AMBIGUOUS_PLAYER = frozenset(
    fold(w)
    for w in [
        "live",
        "text",
        "background",
        "window",
        "settings",
        "quality",
        "done",
        "reset",
        "defaults",
        "none",
        "uniform",
        "raised",
        "depressed",
        "transparent",
        "semi-transparent",
        "opaque",
        "white",
        "black",
        "red",
        "green",
        "blue",
        "yellow",
        "magenta",
        "cyan",
        "watch",
        "listen",
        "duration",
        "loaded",
        "progress",
        "close",
        "fermer",
        "schließen",
        "cerrar",
        "chiudi",
        "lecture",
        "pause",
        "pausa",
        "text",
    ]
)
_SYMBOL_CLOSE = frozenset("×✕✖✗xX╳⨯")
# An image gallery's or a slider's counter ('Picture 1 of 1', 'Image 3 of 12', 'Slide 2 of 5'), matched on
# the folded text: the viewer's control, as a player's timestamp is. Over wcxb-dev HTML: 5 product pages of
# 2 shops better (product BoW +.001), no page worse.
_GALLERY_COUNTER_RE = re.compile(r"(?:picture|image|photo|slide)s? \d+ of \d+")
GALLERY_COUNTER_WORDS = 4  # the regex runs only on lines of this many words


def _strong(b: Block) -> bool:
    # A timestamp opens with a digit or a minus sign: other lines skip the regex (isdigit() holds for
    # every character the pattern's \d matches).
    first = b.text[:1]
    if ((first == "-" or first.isdigit()) and TIMESTAMP_RE.match(b.text)) or b.text in _SYMBOL_CLOSE:
        return True
    if b.words == GALLERY_COUNTER_WORDS and _GALLERY_COUNTER_RE.fullmatch(b.key):
        return True
    return b.key in PLAYER and b.key not in AMBIGUOUS_PLAYER


def drop_player_residue(ctx: RuleContext) -> Iterator[Drop]:
    """Video/audio player and gallery controls: '0:00', '0:00 / 2:31', Play, Mute, ×, 'Picture 1 of 3'."""
    alive = ctx.alive()
    strong = [b.words <= 16 and _strong(b) for b in alive]
    for i, b in enumerate(alive):
        if strong[i]:
            yield b.index, "player control or timestamp"
            continue
        if b.words > 4 or b.key not in PLAYER:
            continue
        near = (i > 0 and strong[i - 1]) or (i + 1 < len(alive) and strong[i + 1])
        if near:
            yield b.index, "player word next to player controls"


# Captions outside <figure>: most CMSs mark them by class ("wp-caption-text", "image_caption",
# "photo-caption", "caption-text"). On a page without an article a bare "caption" is not enough: shops
# and page builders call a product card's text or a type size "caption" ("product-caption", "caption-m").
# Only the innermost class words count: a page wrapper's "has-captions" says nothing.
_CAPTION_CLASS_RE = re.compile(
    r"(?:^|[_-])(?:wp|image|img|photo|media|figure|picture|pic|gallery|video)[_-]?caption(?=$|[_-])"
    r"|(?:^|[_-])caption[_-]?text(?=$|[_-])"
)
CAPTION_CLASS_WORDS_CHECKED = 3
# News photo captions run long (who, where, when, and the agency): up to three sentences.
CAPTION_MAX_WORDS = 60
# A caption that ends in its photo's credit may run as long, even without a caption class.
CREDITED_CAPTION_MAX_WORDS = 60
# A line ending in a credit that is no longer than this is the credit alone, not a credited caption.
CREDIT_LINE_MAX_WORDS = 8
# Every CAPTION_CREDIT_RE form ends the line (its ``\s*$``: a block's text ends in no whitespace, the
# readers normalise it) in a bracket or an agency's name, or holds this label; other lines skip the regex.
_CREDIT_LABEL = "Credit:"
# The agencies' names (the comma and "via" forms: "Michael Conroy, AP").
_AGENCY_ENDINGS = (
    "Getty",
    "Images",
    "AP",
    "Reuters",
    "AFP",
    "EPA",
    "Bloomberg",
    "Shutterstock",
    "iStock",
    "iStockphoto",
    "Alamy",
    "Press",
    "file",
)


# On a page with an article (one its metadata declares, or a stretch of running text; a short news item
# broken up by videos and tickers has no such stretch), any class word ending a part in "caption"
# ("caption", "caption-full", "media__caption", "inlineimage-imageembedcaption") marks one: news sites and
# photo-gallery vendors use such bare names, and the product cards that share them live on shop and
# landing pages, which have no such stretch.
_ANY_CAPTION_RE = re.compile(r"caption(?=$|[_-])")


def _caption_class(attrs: str, article: bool) -> bool:
    if "caption" not in attrs:
        return False
    pattern = _ANY_CAPTION_RE if article else _CAPTION_CLASS_RE
    return any(pattern.search(w) for w in attrs.split()[:CAPTION_CLASS_WORDS_CHECKED])


# A shop may build each card of its product grid as a <figure> (the picture, the name, a tag line, the
# price), where a figure is otherwise a picture and its caption: a list of figures of several lines each,
# most with a price, is a grid of products, whose lines are its records, not captions. (A gift guide's
# gallery captions a picture with a price too, but in one line per figure.)
FIGURE_CARD_MIN_LINES = 3


def _figure_cards(alive: list[Block]) -> set[int]:
    """The ``item`` numbers of the lists of figures that are product cards (``FIGURE_CARD_MIN_LINES``)."""
    figures = [b for b in alive if b.item and "figure" in b.landmarks]
    lines: dict[int, int] = {}
    copies: dict[int, set[int]] = {}
    for b in figures:
        lines[b.item] = lines.get(b.item, 0) + 1
        copies.setdefault(b.item, set()).add(b.item_no)
    grids = product_grids(figures)
    return {i for i in grids if lines[i] >= FIGURE_CARD_MIN_LINES * len(copies[i])}


def _figure_content(b: Block) -> bool:
    """Whether a block in a <figure> is what the figure shows rather than its caption: block editors wrap
    tables and code listings in one (WordPress's <figure class="wp-block-table">), and a table cell or a
    code line is the article's data, not a line about a picture. A <figcaption> is always the caption."""
    return b.in_table or b.tag == "pre"


def drop_image_credits(ctx: RuleContext) -> Iterator[Drop]:
    """Photo and image credit lines ('Photo: Reuters', 'Getty Images', 'Bild: dpa') and captions."""
    alive = ctx.alive()
    meta = ctx.doc.meta
    article = (meta.article and not meta.product) or has_prose_stretch(alive)
    credited, photographed = _credit_endings(alive, ctx.doc.kind == "text")
    prev: Block | None = None
    cards: set[int] | None = None  # found on the first figure line of a list: most pages have none
    for i, b in enumerate(alive):
        if b.words <= 20 and is_credit_line(b.text):
            if prev is not None and _captioned_by(prev, b, ctx.doc.kind):
                yield from _caption(alive, i - 1)
            yield b.index, "image credit"
        elif b.tag == "figcaption" or (
            "figure" in b.landmarks and b.heading == 0 and b.words <= 40 and not _figure_content(b)
        ):
            if b.item and cards is None:
                cards = _figure_cards(alive)
            if not (b.item and cards and b.item in cards):
                yield b.index, "figure caption"
        elif (
            b.heading == 0
            and b.words <= CAPTION_MAX_WORDS
            and "caption" in b.attrs  # _caption_class's own first test, inline: most blocks fail it
            and _caption_class(b.attrs, article)
        ):
            yield b.index, "caption"
        elif (
            b.heading == 0
            and b.words <= CREDITED_CAPTION_MAX_WORDS
            and i in credited
            and _ends_in_credit(b.text)
        ):
            # A credit line of its own ("Sakib Ali/Hindustan Times/Getty Images") has its caption above it.
            if b.words <= CREDIT_LINE_MAX_WORDS and prev is not None and _captioned_by(prev, b, ctx.doc.kind):
                yield from _caption(alive, i - 1)
            yield b.index, "caption ending in a photo credit"
        elif (
            b.heading == 0
            and b.words <= CREDITED_CAPTION_MAX_WORDS
            and i in photographed
            and _PHOTOGRAPHER_CREDIT_RE.search(b.text[-CAPTION_CREDIT_TAIL:]) is not None
        ):
            yield b.index, "caption ending in its photographer's credit"
        elif (
            b.words <= CAPTION_MAX_WORDS
            and b.text.startswith(("In this", "This "))
            and WIRE_CAPTION_RE.match(b.text)
        ):
            yield b.index, "wire-service photo caption"
        prev = b
    if ctx.doc.kind == "text":
        yield from _captions_over_dropped_credits(ctx, alive)


def _captions_over_dropped_credits(ctx: RuleContext, alive: list[Block]) -> Iterator[Drop]:
    """A dump's caption over a credit line an earlier rule already dropped ('(Image: © NASA/ESA)' as a
    copyright notice, 'Jane Doe | Bloomberg | Getty Images' as site chrome): the credit still tells the
    sentence above it for its photo's caption."""
    blocks, kept = ctx.blocks, ctx.kept
    for i, b in enumerate(alive):
        k = b.index + 1
        if not b.is_prose or k >= len(blocks) or kept[k]:
            continue  # most lines: the next one is alive, or this one is no sentence
        credit = blocks[k]
        if not _credit_line(credit) or not _captioned_by(b, credit, "text"):
            continue
        yield from _caption(alive, i)


def _caption(alive: list[Block], i: int) -> Iterator[Drop]:
    """The caption at ``alive[i]``, and its copy right above it: a dump of a page showing the caption
    twice (a gallery's over the inline photo's) has the same sentence on two adjacent lines."""
    yield alive[i].index, "caption over its photo credit"
    if i > 0 and alive[i - 1].index == alive[i].index - 1 and alive[i - 1].text == alive[i].text:
        yield alive[i - 1].index, "caption over its photo credit (its copy)"


def _credit_line(b: Block) -> bool:
    """A photo credit on a line of its own: 'Photo: Reuters', '(Image: © TNG Collaboration)', 'Natalie
    Naccache | Bloomberg | Getty Images'."""
    if b.words > CREDIT_LINE_MAX_WORDS:
        return False
    return is_credit_line(b.text) or _ends_in_credit(b.text)


def _captioned_by(caption: Block, credit: Block, kind: str) -> bool:
    """A dump's caption: a sentence right above its photo's credit line ('Photo: Hau Dinh, AP'), with no
    blank line between them. innerText writes a figure's caption and credit as adjacent lines, while a
    paragraph of the text is set off by a blank line; a list item or a heading over a credit (a listicle's
    '1. Hawaiian Adventure' over its picture) is the article's own."""
    return (
        kind == "text"
        and caption.index == credit.index - 1
        and not credit.para_start
        and caption.is_prose
        and not caption.in_list
        and caption.words <= CAPTION_MAX_WORDS
    )


# _ends_in_credit's first test: a line ending in ")", "]" or an agency's name, or holding _CREDIT_LABEL.
# The label is looked for in the page's lines joined (``lines_holding``: one C scan); the endings by one
# endswith per line, where a needle each ("Getty\n", "AP\n", ...) was thirteen scans of the whole page and
# most of the rule's time. (Lines merely holding a '/' or a '|', URLs and menus among them, were asked
# too: a third of the regex calls, each ~50,000 instructions, for no match.)
_ENDINGS = (")", "]", *_AGENCY_ENDINGS)
# Their last characters: a line ending in none of them (most end in a full stop) skips the endswith, which
# tries the fifteen endings one by one.
_ENDING_LAST_CHARS = frozenset(e[-1] for e in _ENDINGS)


# A caption may end in its photographer's credit, set after its sentence or after a dash or a bar ('... on
# the High Line. Photo by Timothy Schenk', '... used in testing. – Photo Credit: Jane Doe (example.com)',
# '... | Photo by Lisa Jennings', '... Photograph courtesy of Refugia.'): no CAPTION_CREDIT_RE form, as
# the credit is in no brackets and names no agency, and 'Credit:' is lower case or followed by a web
# address. The text does not close a line on a 'Photo by' sentence of its own. Over wcxb-dev: 32 kept
# dump lines on 6 articles (6 sites) and 11 HTML lines on 2 pages read so, none in a gold. The label with a
# colon after the sentence ('... in wet conditions. Photo: Jane Doe', '... Picture: Getty') is the same
# credit: 31 kept wcxb-dev dump lines on 7 articles (6 sites), none in a gold; a sentence naming an image
# in its middle ('the image: a boat ...') has no sentence end before the label. Dumps only: HTML
# sets most captions in a <figure> or a caption class, and the page-wide search for the needles cost each
# HTML page ~0.44 M instructions (scrapinghub, pure Python) for the 2 pages it improved.
_PHOTOGRAPHER_CREDIT_RE = re.compile(
    r"(?:[.!?…][\"'”’)]?\s+|\s[|–—-]\s*)"
    r"(?:photo(?:graph)?|image|picture)s?(?:\s+(?:by|credit|courtesy)\b\s*:?|:)\s*\S.{0,80}$",
    re.I,
)
# What every line _PHOTOGRAPHER_CREDIT_RE matches holds, lower-cased: the page's lines are searched for
# them once (``lines_holding``), and the regex asked only of those holding one.
_PHOTOGRAPHER_NEEDLES = (
    "photo:",
    "photos:",
    "photo by",
    "photos by",
    "photo credit",
    "photos credit",
    "photo courtesy",
    "photos courtesy",
    "photograph",
    "image:",
    "images:",
    "image by",
    "images by",
    "image credit",
    "images credit",
    "image courtesy",
    "images courtesy",
    "picture:",
    "pictures:",
    "picture by",
    "pictures by",
    "picture credit",
    "pictures credit",
    "picture courtesy",
    "pictures courtesy",
)
# The word every needle holds: the page is scanned for these three (a C pass over it each, where a pass per
# needle made 25, ~0.4 M instructions a dump page), and only the few lines holding one are searched for the
# needles, all at once.
_PHOTOGRAPHER_STEMS = ("photo", "image", "picture")
_PHOTOGRAPHER_NEEDLE_RE = re.compile("|".join(map(re.escape, _PHOTOGRAPHER_NEEDLES)))


def _credit_endings(alive: list[Block], photographers: bool = True) -> tuple[set[int], set[int]]:
    """Positions in ``alive`` of the lines that may end in a credit (a superset of those passing
    ``_ends_in_credit``'s first test), and, when ``photographers`` is asked (dumps), of those that may end
    in a photographer's (holding one of _PHOTOGRAPHER_NEEDLES), found with one pass over the page."""
    texts = [b.text for b in alive]
    joined = "\n".join(texts)
    found = set(lines_holding(joined, (_CREDIT_LABEL,)))
    found.update([i for i, t in enumerate(texts) if t[-1:] in _ENDING_LAST_CHARS and t.endswith(_ENDINGS)])
    if not photographers:
        return found, set()
    # A line's own lower case is its part of the page's: no character lower-cases to a line break, and
    # lower-casing reads no further than the line's ends (the final sigma stops at them too).
    stems = lines_holding(joined.lower(), _PHOTOGRAPHER_STEMS)
    return found, {i for i in stems if _PHOTOGRAPHER_NEEDLE_RE.search(texts[i].lower()) is not None}


def _ends_in_credit(text: str) -> bool:
    tail = text[-CAPTION_CREDIT_TAIL:]
    if not (tail.endswith(_ENDINGS) or _CREDIT_LABEL in tail):
        return False
    return CAPTION_CREDIT_RE.search(tail) is not None
