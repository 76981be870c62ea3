"""The page's main list of items (HTML): on a listing, a shop's category or a catalogue, the content is a
grid or table of same-shaped items, each split into short cells (a linked title, an author, a price, a
rating) that the line rules take for menus, teasers and stray labels.

The reader numbers the repeated shapes (``Block.item``, ``Block.item_no``); this module picks the one
that is the page's content, whose blocks the rules judging lines by their shape then leave alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from cleaner.blocks import Block
from cleaner.read.html import CONTROL_TAGS
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import DIGIT_RE
from cleaner.rules.structure import _best_run, _boilerplate_name, _score

# An item list is content when its items carry some text each (a title and a detail or two); menus and
# tag clouds are one or two linked words per item.
LISTING_MIN_ITEM_WORDS = 4
LISTING_MIN_ITEMS = 4
# ... and when it holds a good part of what is left of the page, and more words than the running text
# outside it. At 0.3 (the value until the eighteenth session) a forum's sidebar of thread links or a
# service page's row of cards beside a short text was taken for the page's listing; over wcxb-dev HTML
# 0.4 moves 25 pages: 16 better on 16 sites (forum +.51 units, listing +.29, article +.24, service +.15),
# 9 worse (documentation -.10, collection -.07, product -.006): +1.01 units, HTML BoW .8902 -> .8910;
# scrapinghub HTML unchanged. 0.35 is worse for listings; at 0.45 documentation loses .0027.
LISTING_MIN_PAGE_SHARE = 0.4
# Items are records of several lines (a title, an author, a price) or links (a headline, a title): one
# unlinked line per copy is an article's paragraphs or a bulleted list, which the article's run judges.
LISTING_MIN_ITEM_BLOCKS = 1.5
LISTING_MIN_LINKED_SHARE = 0.5
LINKED = 0.3
# Lists of the main list's items continue it when no heading and at most this many words come between
# (a "Load more" button, a page number).
LISTING_GAP_MAX_WORDS = 6
# An article outside the list makes the list its teasers ("more stories" with their blurbs), scored as
# drop_outside_article scores the article's run: a real article always wins, a short text wins over a
# list of bare linked headlines (a list that is neither text outside its links nor prose).
ARTICLE_RUN_OVER_LISTING = 400.0
ARTICLE_RUN_OVER_HEADLINES = 100.0
HEADLINES_MAX_TEXT_SHARE = 0.2
# A page whose content is several lists (a front page's sections) has no running text beside them: a
# run scoring this much outside them is an article (or a service page's text) the lists stand beside.
SECTIONS_MAX_RUN = ARTICLE_RUN_OVER_HEADLINES
# A list whose blocks are nearly all table cells is a table.
LISTING_TABLE_SHARE = 0.9
# A list in a side column, a menu, the page header or its footer is never the page's content, even
# where the page's layout wraps most of its words in one (an archive of past posts in an <aside>, a
# mega-menu in the <header>); a <form> wraps whole pages, and a <header> inside an <article> or <main>
# heads a teaser, not the page.
CHROME_LANDMARKS = frozenset({"nav", "footer", "aside", "dialog", "menu"})
CONTENT_LANDMARKS = frozenset({"article", "main"})
# A short line printed alike in nearly all of a list's items is the card's template: a field's label
# ('Price', 'Registration Deadline'), a badge ('Fast apply'), a status ('Available for Shipping') or the
# card's own link ('Read more', 'Sponsor', 'More like this'), never one item's record. Linked or not: a
# card wrapped whole in its link links its labels too, and a card's title, its one linked record, differs
# from card to card. A line printed in most items but not nearly all is one value of a field ('Winner'
# beside 'Honoree', 'Synthetic' beside 'Down'); lines with a digit are values (a price, a date, a rating)
# items share by chance; a label ending in a colon ('Weight:') heads its value on the next line, the two
# one entry of the record.
LABEL_MAX_WORDS = 3
LABEL_MIN_ITEM_SHARE = 0.8
# A card's line of this many words printed twice in the card is one title shown twice (see
# ``drop_item_repeats``); shorter ones ('Sale', a size) a card may print twice on purpose.
REPEAT_MIN_WORDS = 3


def _in_chrome(b: Block) -> bool:
    lm = b.landmarks
    return bool(lm) and (bool(lm & CHROME_LANDMARKS) or ("header" in lm and not lm & CONTENT_LANDMARKS))


def _largest_list(lists: dict[int, int]) -> int:
    """The ``item`` number of the list of items (``_item_lists``) holding the most words, 0 if none."""
    return max(lists, key=lists.__getitem__) if lists else 0  # the first of equals, in reading order


def _item_lists(alive: list[Block]) -> dict[int, int]:
    """The lists of items that could be a page's content, with their words: enough items, of some text
    each, made of several lines or links each."""
    # One record per list, [words, blocks, copies, linked copies], looked up once per block: four dicts
    # cost four lookups and a new empty set per block (two thirds of a page's blocks are items).
    lists: dict[int, list[Any]] = {}
    for b in alive:
        item = b.item
        if item and not (b.landmarks and _in_chrome(b)):  # most items sit in no landmark: no call
            rec = lists.get(item)
            if rec is None:
                rec = lists[item] = [0, 0, set(), set()]
            rec[0] += b.words
            rec[1] += 1
            rec[2].add(b.item_no)
            if b.link_density > LINKED:
                rec[3].add(b.item_no)
    out: dict[int, int] = {}
    for item, (w, blocks, copies, linked) in lists.items():
        n = len(copies)
        if n < LISTING_MIN_ITEMS or w < LISTING_MIN_ITEM_WORDS * n:
            continue
        if blocks >= LISTING_MIN_ITEM_BLOCKS * n or len(linked) >= LISTING_MIN_LINKED_SHARE * n:
            out[item] = w
    return out


def _sections(alive: list[Block], lists: dict[int, int]) -> set[int]:
    """Every list of items that could be content (``lists``, from ``_item_lists``); on a page marking its
    content with <main> or <article>, those inside it (drop panels and mega-menus outside it hold item
    lists too)."""
    if any(b.landmarks & CONTENT_LANDMARKS for b in alive):
        return {b.item for b in alive if b.item in lists and b.landmarks & CONTENT_LANDMARKS}
    return set(lists)


@lru_cache(maxsize=8192)
def _comment(attrs: str) -> bool:
    """Whether a block of these class/id words is in a container named a comment: readers' comments under
    a list (a book list's discussion, a shop category's questions) are long prose but never the article
    the list would serve. Cached by the words, asked as ``b.attrs and _comment(b.attrs)``: a cache hit
    costs no Python call, and the two lists split per page ask it of every block outside the list."""
    return (_boilerplate_name(attrs) or "").startswith("comment")


def _same_shape(alive: list[Block], best: int) -> set[int]:
    """``best`` and the lists that continue it: lists whose items are the same element as its items,
    outside the page's chrome, with as much text per item as a listing's, and following on from it with
    no heading and almost no text between. A catalogue splits one grid into several (one <div> per row
    of cards, per page of an endless scroll), each a list of its own; a grid of the same cards under a
    heading of its own ('Best sellers', 'You may also like') is another section, not the listing."""
    shape = next(b.item_shape for b in alive if b.item == best)
    words: dict[int, int] = {}
    copies: dict[int, set[int]] = {}
    for b in alive:
        if b.item_shape == shape and not (b.landmarks and _in_chrome(b)):
            words[b.item] = words.get(b.item, 0) + b.words
            copies.setdefault(b.item, set()).add(b.item_no)
    fit = {i for i, w in words.items() if w >= LISTING_MIN_ITEM_WORDS * len(copies[i])} | {best}
    # Runs of fitting lists in reading order, broken by a heading or some words outside them.
    runs: list[set[int]] = [set()]
    gap = 0
    for b in alive:
        if b.item in fit:
            if gap > LISTING_GAP_MAX_WORDS:
                runs.append(set())
            runs[-1].add(b.item)
            gap = 0
        elif b.heading:
            gap = LISTING_GAP_MAX_WORDS + 1
        else:
            gap += b.words
    return next(r for r in runs if best in r)


def _within(alive: list[Block], lists: set[int]) -> set[int]:
    """``lists`` and the lists lying among their blocks: the other parts of the same cards. A card too
    big to be one item (a podcast episode's title, blurb, image caption and player) is read as several
    lists, one per part; those the chosen lists' blocks enclose, save the last card's parts after them,
    are its cards' too. A part the first card shows before the first chosen block (its price above its
    specs) is one of them when more of its list lies among the chosen blocks than before them; a list
    standing mostly before them is the page's own (letting it in spared a product page's specs)."""
    first = next(b.index for b in alive if b.item in lists)
    last = next(b.index for b in reversed(alive) if b.item in lists)
    parts = [b for b in alive if b.item and b.item not in lists]
    highest: dict[int, int] = {}
    # Blocks of each part list among the chosen lists' blocks, less those before them.
    among: dict[int, int] = {}
    for b in parts:
        item = b.item
        if b.item_no >= highest.get(item, 0):  # max() by a comparison: no builtin call per block
            highest[item] = b.item_no
        if b.index < first:
            among[item] = among.get(item, 0) - 1
        elif b.index < last:
            among[item] = among.get(item, 0) + 1
    out = {
        b.item
        for b in parts
        if (b.index < first and among[b.item] <= 0) or (b.index > last and b.item_no != highest[b.item])
    }
    return lists | (highest.keys() - out)


def _split(alive: list[Block], lists: set[int]) -> tuple[list[Block], list[Block], int]:
    """The blocks of ``lists``, the rest (readers' comments aside), and the words of the former."""
    inside = [b for b in alive if b.item in lists]
    outside = [b for b in alive if b.item not in lists and not (b.attrs and _comment(b.attrs))]
    return inside, outside, sum(b.words for b in inside)


def _fills_page(outside: list[Block], words: int) -> bool:
    """Whether a list of ``words`` holds a good part of the page beside ``outside``."""
    return words >= LISTING_MIN_PAGE_SHARE * (words + sum(b.words for b in outside))


def main_listing(alive: list[Block], product: bool = False) -> frozenset[int]:
    """Indices of the blocks of the page's main item list, or nothing when the page has none.
    ``product``: the page declares a product, whose other lists are never its content."""
    found = _item_lists(alive)  # asked again by _sections: the same blocks, the same lists
    best = _largest_list(found)
    if not best:
        return frozenset()
    same = _same_shape(alive, best)
    lists = _within(alive, same)
    inside, outside, words = _split(alive, lists)
    if not _fills_page(outside, words):
        # A front page splits its content into sections ('Top stories', 'Latest', 'Podcasts'), each a
        # list of its own and none the page alone: together they are its content, when no running text
        # stands beside them. (A product page's other sections are other products: never its content.)
        if product:
            return frozenset()
        same = lists = _sections(alive, found)
        inside, outside, words = _split(alive, lists)
        if not _fills_page(outside, words):
            return frozenset()
        if _best_run([_score(b) for b in outside], 0, len(outside))[2] >= SECTIONS_MAX_RUN:
            return frozenset()
    if sum(b.words for b in outside if b.is_prose) > words:
        return frozenset()
    # The article is looked for outside the list proper: an article's sections, read as a list, enclose
    # its tables and lists, which are the article's and must not leave it looking shorter than it is.
    rest = [b for b in alive if b.item not in same and not (b.attrs and _comment(b.attrs))]
    run = _best_run([_score(b) for b in rest], 0, len(rest))[2]
    text = sum(b.words * (1.0 - b.link_density) for b in inside)
    prose = sum(b.words for b in inside if b.is_prose)
    headlines = max(text, prose) < HEADLINES_MAX_TEXT_SHARE * words
    # A table's rows are the article's data (laureates by year, a comparison, a schedule), never teasers:
    # sites set their "more stories" as cards, not as rows of a table.
    table = sum(b.in_table for b in inside) >= LISTING_TABLE_SHARE * len(inside)
    if not table and (run >= ARTICLE_RUN_OVER_LISTING or (headlines and run >= ARTICLE_RUN_OVER_HEADLINES)):
        return frozenset()
    return frozenset(b.index for b in inside)


def _asks(b: Block) -> bool:
    """A control whose label asks a question is an FAQ's entry: its answer folds out under it."""
    return b.text.rstrip().endswith("?")


# A card's compare box: 'Compare' beside a checkbox, set as a <div> or a <label> rather than a button, on
# each item of a shop's grid or a ranking. Over wcxb-dev HTML it was kept on 4 pages (4 sites), in the gold on 1.
# Outside a card the word heads a section or a menu of its own (a dump's software menu): left alone.
ITEM_CONTROL_LABELS = frozenset({"compare"})


def drop_item_controls(ctx: RuleContext) -> Iterator[Drop]:
    """The buttons of a list's items: 'Add to cart', 'Quick view', 'Save this event', a wish-list heart's
    label, a compare box (ITEM_CONTROL_LABELS). A card repeats its controls with its record, and they are
    never part of it. A button asking a question is an FAQ's entry (its answer folds out under it), kept."""
    for b in ctx.alive():
        if b.item and (b.tag in CONTROL_TAGS or b.key in ITEM_CONTROL_LABELS) and not _asks(b):
            yield b.index, "a control of a list's item"


# A link dressed as a button ('Learn more', 'Get a Quote', 'Open an IRA', 'BUY NOW'): all link, a label's
# few words, with a button's name among the nearest class words (its block's element's and wrapper's,
# 'wp-block-button'; a section's 'cta' further up names a whole banner, prose included).
BUTTON_LINK_MIN_DENSITY = 0.99
BUTTON_LINK_MAX_WORDS = 6
BUTTON_CLASS_WORDS = 3
_BUTTON_NAMES = frozenset({"btn", "btns", "button", "buttons", "cta"})
_CLASS_PARTS_RE = re.compile(r"[^a-z0-9]+")


def _button_link(b: Block) -> bool:
    if b.words > BUTTON_LINK_MAX_WORDS or _asks(b):
        return False
    near = " ".join(b.attrs.split(None, BUTTON_CLASS_WORDS)[:BUTTON_CLASS_WORDS])
    return not _BUTTON_NAMES.isdisjoint(_CLASS_PARTS_RE.split(near))


# A form's captions: a <label> names one control (a field, a checkbox, a size tile: 'Sort by', 'Show:',
# 'US 9½-13', 'Trier par'), a <legend> a group of them ('Color: white', 'Sort'). Outside a list's items a
# caption belongs to the page's form (a shop's sort bar, a size picker, a sign-up box left outside a
# <form>); inside one it may be the card's own text (a pricing card's plan, a course's option), which
# the item rules judge. Over wcxb-dev HTML such captions were kept on 15 pages of 13 sites, in no gold.
FORM_CAPTION_TAGS = frozenset({"label", "legend"})


def drop_page_controls(ctx: RuleContext) -> Iterator[Drop]:
    """The page's own buttons left in the text: 'Save this story', 'Send feedback', 'Start a new thread',
    'Filter & Sort', and the links dressed as buttons ('Learn more', 'Get a Demo'; see
    ``BUTTON_LINK_MAX_WORDS``). A button acts; its label says nothing the page is about. As in
    drop_item_controls, a button asking a question is an FAQ's entry (its answer folds out under it),
    kept. The captions of the page's form controls (``FORM_CAPTION_TAGS``) name what a control sets, not
    what the page says. It runs last, after the article's extent is found (as drop_post_controls does): the
    buttons between a page's sections break its runs of text as its template does.
    """
    for b in ctx.alive():
        if b.tag in CONTROL_TAGS:
            if not _asks(b):
                yield b.index, "a control of the page"
        elif b.tag in FORM_CAPTION_TAGS and not b.item:
            yield b.index, "a caption of the page's form"
        elif b.link_density >= BUTTON_LINK_MIN_DENSITY and _button_link(b):
            yield b.index, "a link dressed as a button"


def drop_item_labels(ctx: RuleContext) -> Iterator[Drop]:
    """Labels, badges, statuses and links every card of a list prints alike ('Price', 'Top Rated',
    'Available for Shipping', 'Read more'): the card's template, not its record (see
    ``LABEL_MAX_WORDS``). A line whose place in the card (its element's class words) holds another text on
    the cards without it is one value of a field ('Honoree' where the others say 'Winner'), kept. A
    table's cells are its data, whatever they repeat ('Yes' down a column)."""
    alive = ctx.alive()
    copies: dict[int, set[int]] = defaultdict(set)
    shown: dict[tuple[int, str], set[int]] = defaultdict(set)
    like: list[Block] = []
    for b in alive:
        if b.item:
            copies[b.item].add(b.item_no)
            if b.words <= LABEL_MAX_WORDS and _label_like(b):  # its first test inline: no call for most
                shown[b.item, b.key].add(b.item_no)
                like.append(b)
    # Lines printed in enough cards first: most pages have none, and then the cards' places below (a
    # tuple, a split and two set additions per item line, two thirds of a page's lines) are not needed.
    frequent = [
        key
        for key, nos in shown.items()
        if len(nos) >= max(LISTING_MIN_ITEMS, LABEL_MIN_ITEM_SHARE * len(copies[key[0]]))
    ]
    if not frequent:
        return
    # A place in the card: the lists of one card's shape (a grid split by section, by a wrapper's class
    # naming the value: 'winner', 'honoree') and the line's first class word (its own, when it has one).
    filled: dict[tuple[int, str], set[tuple[int, int]]] = defaultdict(set)  # place: cards with a line
    for b in alive:
        if b.item:
            filled[b.item_shape, b.attrs.split(" ", 1)[0]].add((b.item, b.item_no))
    slot_of: dict[tuple[int, str], tuple[int, str]] = {}
    filled_by: dict[tuple[int, str, str], set[tuple[int, int]]] = defaultdict(set)  # ... with that line
    for b in like:
        slot = (b.item_shape, b.attrs.split(" ", 1)[0])
        slot_of[b.item, b.key] = slot
        filled_by[(*slot, b.key)].add((b.item, b.item_no))
    labels = {key for key in frequent if filled[slot_of[key]] <= filled_by[(*slot_of[key], key[1])]}
    if not labels:
        return
    # Cards left with a line or so (a title) were records of a title and that detail ('Pre-owned'): kept.
    left: dict[int, int] = defaultdict(int)
    for b in alive:
        if b.item and (b.item, b.key) not in labels:
            left[b.item] += 1
    for b in alive:
        if (
            b.item
            and (b.item, b.key) in labels
            and left[b.item] >= LISTING_MIN_ITEM_BLOCKS * len(copies[b.item])
        ):
            yield b.index, "a label every item of a list prints"


def _label_like(b: Block) -> bool:
    return (
        0 < b.words <= LABEL_MAX_WORDS
        and not b.heading
        and not b.in_table
        and not b.text.endswith(":")
        and not any(map(str.isdigit, b.text))
    )


def drop_item_repeats(ctx: RuleContext) -> Iterator[Drop]:
    """A card's title printed again in the same card: shops print a product's name over its picture and
    under it, a teaser its headline in the link and in the caption. Only the card's first line counts:
    other lines a record repeats (a training plan's 'Rest day' twice a week) are its data."""
    titles: dict[tuple[int, int], str] = {}
    for b in ctx.alive():
        if b.item:
            title = titles.setdefault((b.item, b.item_no), b.key)
            if title is not b.key and title == b.key and b.words >= REPEAT_MIN_WORDS:
                yield b.index, "repeats the title of its own list item"


# A dump's button under a paragraph ('Learn more about our team', 'Read the report', 'Shop the collection',
# 'Get your free quote!'): a card's or a section's call to action printed as a line of its own. A dump
# has no tags or classes (drop_page_controls reads those on HTML), so the label is known by its wording
# and its place: it opens with a verb of ACTION_VERBS, holds ACTION_BUTTON_MAX_WORDS words at most and
# only words (no sentence's or label's punctuation, at most a trailing '!' or arrow), follows a paragraph
# (the blurb it acts on) and no paragraph follows it (a heading opening with a verb, 'Find the right
# plan', heads the paragraph under it). Over wcxb-dev dumps (all types) dropping them made 172 pages (161
# sites) better and 58 (57 sites) worse, the golds of some sites keeping their buttons' labels; 6 words,
# not 4, since the labels name what they lead to.
ACTION_BUTTON_MAX_WORDS = 6
ACTION_VERBS = frozenset(
    (
        "explore discover learn see view read request start get book try check meet shop contact find browse"
        " watch download schedule claim visit join sign take dive compare talk speak call apply order buy"
        " subscribe register open build create chat ask go"
    ).split()
)
# A card may set its price, a line of at most this many words holding a digit ('$49/month', 'From 9 EUR'),
# between its blurb and its button; and a second button may stand under the first ('Compare plans' over
# 'Learn more'). A short line without a digit is a heading, and the line under it a checklist's item
# ('Three Months Before' over 'Book the photographer and the band'), not a button. Over wcxb-dev dumps
# these add 15 pages better (15 sites) and 4 worse (4 sites, none by more than .002) to the buttons right
# under a paragraph.
ACTION_BUTTON_GAP_MAX_WORDS = 3
_BUTTON_LABEL_RE = re.compile(r"[\w'’&,+ -]+[!>→›»]?")


def _button_label(b: Block) -> bool:
    return (
        b.words <= ACTION_BUTTON_MAX_WORDS
        and not b.is_prose
        and b.key.split(" ", 1)[0] in ACTION_VERBS
        and _BUTTON_LABEL_RE.fullmatch(b.text) is not None
    )


def _under_paragraph(alive: list[Block], j: int) -> bool:
    """Right under a paragraph, under a paragraph and a card's price ('$49/month'), or under a button that
    stands right under a paragraph ('Compare plans' over 'Learn more')."""
    above = alive[j - 1]
    if above.is_prose:
        return True
    if j < 2 or not alive[j - 2].is_prose:
        return False
    priced = above.words <= ACTION_BUTTON_GAP_MAX_WORDS and DIGIT_RE.search(above.text) is not None
    return priced or _button_label(above)


def drop_action_buttons(ctx: RuleContext) -> Iterator[Drop]:
    """A dump's button under a paragraph ('Learn more about our team', 'Read the report'): it acts on the
    text above it and says nothing of its own; see ``ACTION_VERBS``."""
    alive = ctx.alive()
    last = len(alive) - 1
    for j in range(1, last + 1):
        if (
            (j == last or not alive[j + 1].is_prose)
            and _button_label(alive[j])
            and _under_paragraph(alive, j)
        ):
            yield alive[j].index, "a button's label under a paragraph"
