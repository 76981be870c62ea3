"""Site chrome: menus, account links, consent banners, newsletter prompts, copyright, symbol lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import (
    BREADCRUMB_MAX_WORDS,
    CHROME,
    CONSENT_BUTTONS,
    COPYRIGHT_NOTICE_MAX_WORDS,
    DIGIT_RE,
    ENTRY_STAMP_RE,
    FINE_PRINT_OPENINGS,
    META_LABELS,
    POST_CONTROLS,
    POST_NOTES_RE,
    POSTER_STATS_RE,
    REPLY_BAR_RE,
    TAXONOMY_RE,
    UPDATE_LABEL_RE,
    consent_notices,
    copyright_lines,
    fold,
    is_call_to_action,
    lines_matching,
    page_copyright_lines,
)
from cleaner.rules.structure import _code_line

# Breadcrumbs and menus flattened onto one line: "Home > News > World", "News | Sport | Weather".
_SEPARATED_RE = re.compile(r"\s(?:[>|»›/•·]|::)\s")
# Its matches as they stand in a block's text, whose only whitespace is single spaces (normalize_space):
# one regex, whose scan skips in C from space to space (``lines_matching``).
_SEPARATOR_IN_LINE_RE = re.compile(r" (?:[>|»›/•·]|::) ")
MAX_MENU_ITEM_WORDS = 4
MIN_MENU_ITEMS = 3
MAX_CHROME_WORDS = 8
# A breadcrumb trail from the home page, flattened onto one line: 'Home » Resources » Marketing » How To
# Price Plumbing Jobs', 'Home / Topics / Deep Dive / The Many Different Types of Wine (Infographic)',
# 'Home > Travel Insurance - Flight and Travel Insurance Quotes'. Its last crumb is the page's own title,
# as long (or as punctuated: 'Habits?') as a headline, which _is_flat_menu's short items and the sentence
# test miss; the crumbs before it are a menu's. Over wcxb-dev dumps 6 such lines were kept on 6 pages of 6
# sites; 5 pages better, 1 worse (a service's gold keeping its 2-crumb trail). A trail is as short as
# drop_above_breadcrumb's (phrases.BREADCRUMB_MAX_WORDS).
HOME_CRUMB_OPENING = "home "
# An invitation to sign in before doing something ('Log in to set a price alert on this product.', 'Sign in
# to view additional items selected just for you.', 'Please sign in to post.', 'Sign in to continue'): the
# site's account prompt, at most SIGN_IN_PROMPT_MAX_WORDS words, read on the folded key. An instruction to
# sign in to one's own account ('Log in to your Google Play Developer Console and click ...') is a
# tutorial's step, and 'Sign in for free shipping' a shop's offer: neither opens so. Over wcxb-dev HTML
# such lines are kept on 7 pages of 6 sites (2 product, 2 collection, 2 forum, 1 article), in no gold:
# all 7 better (a product page +.119); a sentence's instruction and the offer, both gold, are left. HTML
# only: in a dump a thread's closing 'Sign in or register to comment.' starts drop_closing_promos' cut of
# the reply form and the similar threads under it, which a line already dropped here no longer did.
SIGN_IN_OPENINGS = ("log", "sign", "please")
SIGN_IN_PROMPT_MAX_WORDS = 12
_SIGN_IN_PROMPT_RE = re.compile(
    r"(?:please )?(?:log ?in|sign ?in)(?: or (?:sign up|register))? to (?!your\b)"
)
MAX_CONSENT_WORDS = 120
# Lines of only digits, punctuation or symbols, or a machine's timestamp printed as it is stored (ISO
# 8601 with its time: '2019-01-21T21:40:59.62Z+00:00', '2024-05-03T10:09:38+02:00'): no reader's text,
# only digits and the format's 'T' and 'Z'. Q&A sites print one under each comment; 9 wcxb-dev forum dumps
# (Stack Exchange sites) print it as '2019-01-21 21:40:59Z', which the first branch takes (123 lines, none
# in a gold), and 2 print the 'T' form, which it missed (44 lines kept, none in a gold). The time is
# required. One pattern: a line opening with a letter fails both branches at its first character.
_SYMBOLS_ONLY_RE = re.compile(
    r"^(?:[\W\d_]+|\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z?(?:[+-]\d\d:?\d\d)?)$"
)
# A listing's result count and page size ('Showing 24 of 514 results', 'Showing 1–16 of 29 results',
# 'Show 90 results per page', 'Showing all 39 results'): the grid's controls, read on the folded key. On
# wcxb-dev dumps such lines are kept on 14 collection pages of 4 sites and are gold on none; a bare count
# ('210 Items') is left alone, some golds keep it as the grid's heading. Dumps only: in HTML the same lines
# are kept on 13 pages too, but there they anchor the listing's run in its <main> (drop_outside_article),
# and without them one page lost its grid (wcxb-dev HTML collection BoW .7415 -> .7409).
_RESULT_COUNT_RE = re.compile(
    r"show(?:ing)? (?:all )?\d+(?: \d+)?(?: (?:of|out of) \d+)? (?:results?|items?|products?)(?: per page)?"
)
RESULT_COUNT_OPENINGS = ("show ", "showing ")

# An update stamp on a line of its own ('Updated on May 27, 2025', 'Last updated: 2026-03-05 UTC.'): the
# page's meta, which the date field reads from the publication date, not its text. Over wcxb-dev HTML it
# was kept on 13 pages of 13 sites (articles, Google's docs), in no gold. A listing's cards carry one
# each, the gold's on one site and not on another: inside an item list it is left to the item rules.
UPDATE_STAMP_OPENINGS = ("updated ", "last updated ")
UPDATE_STAMP_MAX_WORDS = 9
# A price, or two (a range, a sale's old and new price): '$17.00', '£88', '$10.93 - $17.00', '749,00 € 849,00
# €'. In a dump it is the line of a grid's or a product's record that holds the price, the record's data
# like a table cell's number, not a pager or a counter: drop_symbol_lines leaves it to the extent rules,
# which keep it inside the text and drop it with the menus and the other products outside. Collection
# golds keep a grid's prices with its names. Over wcxb-dev dumps: 75 pages change (54 sites); BoW
# collection .6434 -> .6466 (18 better, 7 worse), listing .7048 -> .7067 (3, 2), product .5183 -> .5217
# (6, 13; 11 of the 13 by under .01, one by .107), article and service within .0001; scrapinghub dumps
# unchanged. HTML prints a price in its record's element, which the item rules judge.
_AMOUNT = r"(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.\s]*\s?[$£€¥])"
_PRICE_RE = re.compile(rf"^{_AMOUNT}(?:\s*[-–]?\s*{_AMOUNT})?$")


# A card's button whose accessible label names the card's item: 'Add Flash 55 Pack - Women's to Compare',
# 'Add Pro Blow Dryer to Cart' (CHROME holds the bare 'Add to compare', 'Add to cart'). innerText prints
# the label when the button shows it as text for screen readers. Over wcxb-dev dumps such lines stand on
# 22 pages of 8 sites (collections and products); 14 of them, on 2 sites, keep them (2,890 words, up to
# 372 on one page), and no gold holds one. The label opens 'add' and ends on where the item goes; a
# recipe's step ('Add the chicken to the basket.') ends a sentence.
ITEM_BUTTON_OPENING = "add "
ITEM_BUTTON_ENDINGS = (
    " to compare",
    " to comparison",
    " to cart",
    " to your cart",
    " to the cart",
    " to wishlist",
    " to wish list",
    " to your wishlist",
    " to bag",
    " to basket",
    " to favorites",
    " to favourites",
)


# MediaWiki closes each page's text with its permanent link: 'Retrieved from "https://wiki.example.org/
# index.php?title=Sudo&oldid=867930"' (the key, folded, opens so). 8 wcxb-dev dumps print it, 2 kept it
# (documentation on two wikis: +.021 and +.001 dump, +.024 HTML); 1 listing's HTML better too (+.006);
# none worse, scrapinghub unchanged.
WIKI_PERMALINK_OPENING = "retrieved from "


def drop_site_chrome(ctx: RuleContext) -> Iterator[Drop]:
    """Menu, search, account and subscribe links; breadcrumbs; 'Skip to content'; legal links; 'Tags:' lines;
    a dump's listing result count ('Showing 24 of 514 results'); a wiki's permanent link ('Retrieved from
    "https://..."')."""
    extra = {fold(p) for p in ctx.config.extra_boilerplate}
    alive = ctx.alive()
    # A flat menu holds a separator: the lines holding one, found once over the short unpunctuated lines
    # joined (lines_matching), the only ones asked; the regex stops at every space, and the running text
    # left out is two thirds of a page's characters.
    short = [i for i, b in enumerate(alive) if b.words <= MAX_CHROME_WORDS * 3 and not b.ends_sentence]
    found = lines_matching("\n".join([alive[i].text for i in short]), _SEPARATOR_IN_LINE_RE)
    menus = {short[k] for k in found}
    text = ctx.doc.kind == "text"
    for i, b in enumerate(alive):
        if b.words > MAX_CHROME_WORDS * 3:
            continue
        f = b.key
        if f in extra:
            yield b.index, "user boilerplate phrase"
        elif b.words <= MAX_CHROME_WORDS and f in CHROME:
            yield b.index, "site navigation or account link"
        elif not text and b.words <= MAX_CHROME_WORDS and f in META_LABELS:
            yield b.index, "a byline's or a stamp's bare label"
        elif not b.ends_sentence and i in menus and _is_flat_menu(b.text):
            yield b.index, "menu or breadcrumb on one line"
        elif f.startswith(HOME_CRUMB_OPENING) and b.words <= BREADCRUMB_MAX_WORDS and _is_home_trail(b.text):
            yield b.index, "breadcrumb trail from the home page"
        # Every taxonomy line holds a colon (TAXONOMY_RE's own): a C test spares most lines the regex.
        elif b.words <= MAX_CHROME_WORDS * 2 and ":" in b.text and TAXONOMY_RE.match(b.text):
            yield b.index, "tags or categories line"
        elif text and f.startswith(RESULT_COUNT_OPENINGS) and _RESULT_COUNT_RE.fullmatch(f):
            yield b.index, "a listing's result count or page size"
        elif f.startswith(ITEM_BUTTON_OPENING) and f.endswith(ITEM_BUTTON_ENDINGS) and not b.ends_sentence:
            yield b.index, "a card's button naming its item"
        elif "://" in b.text and f.startswith(WIKI_PERMALINK_OPENING):
            yield b.index, "a wiki's permanent link"
        elif not text and f.startswith(UPDATE_STAMP_OPENINGS) and _update_stamp(b):
            yield b.index, "an update stamp"
        elif (
            not text
            and b.words <= SIGN_IN_PROMPT_MAX_WORDS
            and f.startswith(SIGN_IN_OPENINGS)
            and _SIGN_IN_PROMPT_RE.match(f)
        ):
            yield b.index, "an invitation to sign in"


def _update_stamp(b: Block) -> bool:
    """'Updated on May 27, 2025 09:10AM' outside an item list: the label, then a date (UPDATE_STAMP_*)."""
    # Imported here: cleaner.fields.date imports cleaner.rules, which imports this module.
    from cleaner.fields.date import opens_with_date

    if b.item or b.words > UPDATE_STAMP_MAX_WORDS:
        return False
    label = UPDATE_LABEL_RE.match(b.text)
    return opens_with_date(b.text[label.end() :].lstrip() if label else b.text)


def _is_home_trail(text: str) -> bool:
    """'Home' then a separator, the crumbs between menu-sized, the last (the page's title) of any length."""
    items = [x.strip() for x in _SEPARATED_RE.split(text)]
    return (
        len(items) >= 2
        and fold(items[0]) == HOME_CRUMB_OPENING.strip()
        and all(0 < len(x.split()) <= MAX_MENU_ITEM_WORDS for x in items[1:-1])
    )


def _is_flat_menu(text: str) -> bool:
    items = [x.strip() for x in _SEPARATED_RE.split(text)]
    return len(items) >= MIN_MENU_ITEMS and all(0 < len(x.split()) <= MAX_MENU_ITEM_WORDS for x in items)


def drop_consent_banner(ctx: RuleContext) -> Iterator[Drop]:
    """Cookie and consent banners: 'We use cookies…', 'Accept all', 'Manage preferences'."""
    alive = ctx.alive()
    # The word cap applies to neighbours too: CONSENT_RE's ``.{0,100}`` gaps cost ~100² steps per
    # candidate start, affordable only on banner-sized lines.
    notices = consent_notices(alive, MAX_CONSENT_WORDS)
    for i, b in enumerate(alive):
        if i in notices:
            yield b.index, "cookie or consent notice"
        elif b.words <= 4 and b.key in CONSENT_BUTTONS:
            # Buttons like "Accept" only count next to a banner or another button.
            for j in (i - 2, i - 1, i + 1, i + 2):
                if j in notices or (
                    0 <= j < len(alive) and alive[j].words <= 4 and alive[j].key in CONSENT_BUTTONS
                ):
                    yield b.index, "consent button"
                    break


MAX_PROMPT_WORDS = 40
# A form's fine print ('By checking this box, I authorize Example Movers to send me marketing calls and
# text messages at the number provided ... Message and data rates may apply ...', 'By signing up, you agree
# to receive recurring automated SMS marketing messages ...') runs on with the terms it consents to: over
# wcxb-dev dumps 6 such lines of 42 to 85 words were kept on 6 pages of 6 sites (2 services, 2 articles, a
# shop, a collection), none in the gold. A sentence of the text opening the same way names no agreement
# within CTA_RE's reach ('By clicking the button several times ...').
MAX_FINE_PRINT_WORDS = 100


def drop_newsletter_prompts(ctx: RuleContext) -> Iterator[Drop]:
    """Newsletter sign-up, paywall and 'enable JavaScript' prompts written as sentences, and a form's fine
    print ('By submitting this form, you agree ...', 'I agree to receive marketing emails')."""
    for b in ctx.alive():
        words = b.words
        if words > MAX_PROMPT_WORDS and (
            words > MAX_FINE_PRINT_WORDS or not b.key.startswith(FINE_PRINT_OPENINGS)
        ):
            continue
        if is_call_to_action(b.key):
            yield b.index, "sign-up, paywall or browser prompt"


# A finance page's market-data notice, the data vendor's fine print: "Quotes delayed at least 15 minutes.
# Real-time quotes provided by ...", "Most stock quote data provided by BATS. ...", "All quotes delayed a
# minimum of 15 minutes." It opens the line: a sentence of the text that mentions delayed quotes does not.
MARKET_DATA_RE = re.compile(
    r"^(?:all |most )?(?:stock )?(?:quotes?|market data|quote data)\b[^.]{0,30}\b(?:delayed|provided by)\b",
    re.I,
)
MAX_MARKET_DATA_WORDS = 80
_MARKET_DATA_OPENINGS = ("all ", "most ", "stock ", "quote", "market data")


# A site's licence notice for its pages, the copyright line's sibling under a documentation page or a wiki:
# 'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution
# 4.0 License, and code samples ...', 'Content is available under GNU Free Documentation License 1.3 or
# later unless otherwise noted.', 'This page is licensed under the Python Software Foundation License', 'Text
# is available under the Creative Commons ...'. Over wcxb-dev dumps 14 such lines on 14 pages (5 sites'
# generators), in no gold, kept on 4 (3 sites). A writer's own licence ('This work is licensed under CC
# BY-NC-ND 4.0', which golds keep) names the work, not the page or the site's content.
SITE_LICENCE_RE = re.compile(
    r"^(?:except as otherwise noted,? )?(?:the )?(?:content|text)(?: of this (?:page|site))? is "
    r"(?:available|licensed) under\b|^this (?:page|site) is licensed under\b",
    re.I,
)
MAX_SITE_LICENCE_WORDS = 60
# How each notice opens (folded): a C test spares most lines the regex.
_SITE_LICENCE_OPENINGS = ("except as otherwise noted", "content is", "the content", "text is", "this page is")


_NOTICE_OPENINGS = _SITE_LICENCE_OPENINGS + _MARKET_DATA_OPENINGS


# Class names the CSS frameworks give text meant for screen readers only, clipped to a pixel off the page so
# that sighted readers never see it: a results list's or a filter panel's heading ('Results list', 'Filter
# controls', 'In-page Links'), a gallery's instructions ('This is an image gallery carousel with clickable
# slides...'), a card's hidden labels. Bootstrap's and Tailwind's, WordPress's, HTML5 Boilerplate's,
# Foundation's and Drupal's names. Only the block's innermost class word is read (a block whose own element
# carries no class reads its nearest wrapper's): text merely near such an element is not hidden.
SCREEN_READER_CLASSES = (
    "sr-only",
    "visually-hidden",
    "screen-reader-text",
    "visuallyhidden",
    "show-for-sr",
    "element-invisible",
)
_SCREEN_READER_RE = re.compile("(?:" + "|".join(map(re.escape, SCREEN_READER_CLASSES)) + ")(?: |$)")


def drop_screen_reader_text(ctx: RuleContext) -> Iterator[Drop]:
    """HTML: text for screen readers only (SCREEN_READER_CLASSES), which no sighted reader sees."""
    for b in ctx.alive():
        if b.attrs.startswith(SCREEN_READER_CLASSES) and _SCREEN_READER_RE.match(b.attrs):
            yield b.index, "text for screen readers only"


# A template's placeholder text, left in a block the site never filled ('Lorem ipsum dolor sit amet,
# consectetur adipiscing elit, ...', a tab or a card named 'Lorem ipsum 2'): no page's content. Compared
# with the folded text. Over wcxb-dev HTML it is kept on 3 pages of 3 sites (a product page's hidden
# tablet copy, two articles' unused template cards), in no gold.
PLACEHOLDER_OPENING = "lorem ipsum"


def drop_placeholder_text(ctx: RuleContext) -> Iterator[Drop]:
    """A block opening with the typesetters' placeholder 'Lorem ipsum' (PLACEHOLDER_OPENING)."""
    for b in ctx.alive():
        if b.key.startswith(PLACEHOLDER_OPENING):
            yield b.index, "placeholder text"


def drop_copyright(ctx: RuleContext) -> Iterator[Drop]:
    """Copyright and 'All rights reserved' lines (jusText drops every block with ©), a site's licence
    notice for its pages ('Content is available under ...', see SITE_LICENCE_RE), and market-data
    notices ('Quotes delayed at least 15 minutes')."""
    alive = ctx.alive()
    if ctx.doc.kind == "text":
        # A dump's copyright lines are read by three more rules and its site name: one scan of the page.
        kept = ctx.kept
        notices = [b for b in page_copyright_lines(ctx.doc, COPYRIGHT_NOTICE_MAX_WORDS) if kept[b.index]]
    else:
        # On HTML no other reader asks on most pages (drop_related_section only under a 'More <Name>'
        # heading), and the rules before this one took most of the page away (menus, footers, asides):
        # the kept blocks alone are scanned: the whole page's scan cost 0.58 M instructions a page (vgk html).
        notices = copyright_lines(alive, COPYRIGHT_NOTICE_MAX_WORDS)
    for b in notices:
        yield b.index, "copyright notice"
    for b in alive:
        # Every notice opens with one of these words: one C test spares most lines both regexes.
        if not b.key.startswith(_NOTICE_OPENINGS):
            continue
        if b.words <= MAX_SITE_LICENCE_WORDS and SITE_LICENCE_RE.match(b.text):
            yield b.index, "the site's licence notice"
        elif b.words <= MAX_MARKET_DATA_WORDS and MARKET_DATA_RE.match(b.text):
            yield b.index, "market-data notice"


# innerText prints a row of inline links (a menu, a footer's link row, a category's filters) with nothing
# between them when the page's markup has no whitespace between the <a> elements: 'About UsFor ReadersFor
# WritersFor Businesses', 'AI jobsData analyst jobsData engineer jobs'. Each seam is a lower-case letter
# right before a capitalised word. A brand or an identifier in camel case ('HubSpot', 'useState') has a
# seam too, but the text names them in sentences (prose, a full stop: spared) or in code (_code_line:
# spared), and a single identifier is one word: a line of GLUED_MIN_SEAMS seams in at least
# GLUED_MIN_TOKENS of its words, of at most GLUED_MAX_WORDS words (a longer one is a data blob the page
# printed), is links run together. It runs last, on what the article's extent kept: a listing's extent
# (drop_outside_article) runs from its first to its last sentence and takes in the menus and filter rows
# between. Over wcxb-dev dumps: 117 lines on 50 pages (41 sites) go, 1,247 words outside the gold and 132
# in it (a comparison table glued the same way, a JSON sample, a row of brand names); BoW .8371 -> .8373
# (collection .6371 -> .6392, listing .7129 -> .7136, product .5183 -> .5186, documentation -.0001), 32
# pages better, 14 worse (by at most .009); scrapinghub dumps unchanged.
GLUED_MIN_SEAMS = 3
GLUED_MIN_TOKENS = 2
GLUED_MAX_WORDS = 40
_SEAM_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# A seam's three letters as a plain pattern: the C scan of the lines joined finds the few that hold one
# (the look-behind above, tried at every character of every line, cost ~0.1 M instructions a page).
_SEAM_LETTERS_RE = re.compile(r"[a-z][A-Z][a-z]")


def drop_glued_links(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: a row of links innerText printed without spaces between them ('About UsFor ReadersFor
    WritersFor Businesses'): a menu, a footer's link row, a grid's filters."""
    lines = [
        b for b in ctx.alive() if not b.is_prose and not b.ends_sentence and 2 <= b.words <= GLUED_MAX_WORDS
    ]
    for n in lines_matching("\n".join([b.text for b in lines]), _SEAM_LETTERS_RE):
        b = lines[n]
        seams = [len(_SEAM_RE.findall(w)) for w in b.text.split()]
        if (
            sum(seams) >= GLUED_MIN_SEAMS
            and sum(1 for k in seams if k) >= GLUED_MIN_TOKENS
            and not _code_line(b)
        ):
            yield b.index, "links run together without spaces"


# A dump prints an ordered list's markers ('1.', '2.', '3.') on lines of their own when the list is a grid
# of cards or rows (a ranking's entries, a board's numbered stories, a steps' list): each number sits over
# its entry's name at a steady place. They are the list's, as in HTML's <ol>, not a pager's or a counter's
# digits: a run of at least LIST_MARKER_MIN_RUN such lines counting up by one, each at most
# LIST_MARKER_MAX_STEP lines below the last, is spared. Over wcxb-dev dumps 7 pages hold such a run (5
# sites): 5 better (a software ranking's 40 places +.184, a service's steps, a product page's list), 2
# worse by .001; listing BoW .7268 -> .7286. A closing bracket ('1)') as well: no page more; bare numbers
# ('1', '2'): over half of the 46 such runs are not in the golds (forum post numbers, carousels' dots).
# HTML keeps the <ol>'s numbers out of the text: text only.
_LIST_MARKER_RE = re.compile(r"(\d{1,3})\.")
LIST_MARKER_MIN_RUN = 3
LIST_MARKER_MAX_STEP = 25
LIST_MARKER_MAX_CHARS = 4


def drop_symbol_lines(ctx: RuleContext) -> Iterator[Drop]:
    """Lines of only digits, punctuation or symbols ('|', '•••', '12', '→') or a machine's timestamp
    ('2019-01-21T21:40:59Z', see ``_SYMBOLS_ONLY_RE``); a table cell with a number
    is data (a year, a price, '+13.1%' in an article's table), not a pager or a counter, and so is a
    dump's price line (see ``_PRICE_RE``) and a dump's ordered list's marker (see ``_list_markers``)."""
    text = ctx.doc.kind == "text"
    found = [
        b
        for b in ctx.alive()
        if _SYMBOLS_ONLY_RE.match(b.text)
        and not (b.in_table and DIGIT_RE.search(b.text))
        and not (text and _PRICE_RE.match(b.text))
    ]
    markers = _list_markers(found) if text else frozenset()
    for b in found:
        if b.index not in markers:
            yield b.index, "only symbols or digits"


def _list_markers(lines: list[Block]) -> frozenset[int]:
    """The indices among ``lines`` (a dump's symbol lines) of an ordered list's markers: runs of
    LIST_MARKER_MIN_RUN 'N.' lines or more counting up by one, LIST_MARKER_MAX_STEP lines apart at most
    (see LIST_MARKER_MIN_RUN)."""
    out: list[int] = []
    run: list[int] = []
    last = -1
    for b in lines:
        m = _LIST_MARKER_RE.fullmatch(b.text) if len(b.text) <= LIST_MARKER_MAX_CHARS else None
        if m is None:
            continue
        n = int(m.group(1))
        if not (run and n == last + 1 and b.index - run[-1] <= LIST_MARKER_MAX_STEP):
            if len(run) >= LIST_MARKER_MIN_RUN:
                out.extend(run)
            run = []
        run.append(b.index)
        last = n
    if len(run) >= LIST_MARKER_MIN_RUN:
        out.extend(run)
    return frozenset(out)


# The longest line of POST_CONTROLS.
MAX_POST_CONTROL_WORDS = 8
# A post's notes (POST_NOTES_RE) name their reactors or editor: 'Reactions: QF1, burmans, Franky and 12
# others'. A longer line opening so is the text's.
MAX_POST_NOTE_WORDS = 20
# Every post note opens with one of these words (folded): a C test spares most lines the regex.
_POST_NOTE_OPENINGS = (
    "reactions",
    "last edited",
    "edited",
    "show",
    "this topic has been deleted",
    "wrote on",
)
# An entry's stamp (ENTRY_STAMP_RE) is a name, a score and a count around its time: 'Alan Woinski and Kim
# Woinski | 3 days ago', '[–]floris0302 18 points19 points20 points 16 hours ago (1 child)'.
MAX_ENTRY_STAMP_WORDS = 12


def drop_post_controls(ctx: RuleContext) -> Iterator[Drop]:
    """A thread's per-post buttons and badges left in the text: 'Reply', 'Quote', 'Click to expand...',
    and a post's or a listed entry's stamp: who, and how long ago ('KGW • 21 hours ago').

    It runs after the article's extent is found: between posts these lines break the text as the thread's
    template does, and dropped earlier they let the maximum-sum run reach past the thread's first post
    into the headers around it (wcxb-dev forum dumps lost 0.001 that way)."""
    for b in ctx.alive():
        if b.words <= MAX_POST_CONTROL_WORDS and (b.key in POST_CONTROLS or POSTER_STATS_RE.match(b.text)):
            yield b.index, "a post's control or badge"
        elif (
            b.words <= MAX_POST_NOTE_WORDS
            and b.key.startswith(_POST_NOTE_OPENINGS)
            and POST_NOTES_RE.match(b.text)
        ):
            yield b.index, "a post's reactions, edit note or folded comments"
        elif b.words <= MAX_ENTRY_STAMP_WORDS and " ago" in b.key and ENTRY_STAMP_RE.match(b.text):
            yield b.index, "a post's or an entry's stamp: who, and how long ago"
        elif b.words <= MAX_POST_NOTE_WORDS and "last reply" in b.key and REPLY_BAR_RE.match(b.text):
            yield b.index, "a post's reply count and controls"


# Between two posts of a thread a dump shows the poster's card: the name, a rank ('Senior Member', 'macrumors
# G5'), the join date, the place, the post's date and number ('#5 · Aug 6, 2023'); HTML sets it in a user
# box (drop_side_notes). A gap between two posts holding one of the thread's controls or stats
# (POST_CONTROLS, POSTER_STATS_RE: 'Reply', 'Joined', 'Posts: 1,077') is such a gap, and its short lines
# that are no sentence (at most POSTER_CARD_MAX_WORDS words) are the card's; a thread shows at least
# POSTER_CARD_MIN_GAPS of them. Over wcxb-dev dumps: 50 forum pages change, 38 better, 15 worse (golds
# that keep the poster's name lose it), forum BoW +0.0016; no page of another type moves. The post's number
# ('#4', dropped as a symbol line) under a card without a control marks its gap too (XenForo, vBulletin):
# 14 more dumps better (12 forums, 2 ranked school lists of one publisher), 2 worse, forum BoW +0.0007.
POSTER_CARD_MAX_WORDS = 4
POSTER_CARD_MIN_GAPS = 3
# A post's gap is read up to the next post's text, at most this many lines (as in comment threads).
POSTER_CARD_MAX_GAP = 30


def _post_control(b: Block) -> bool:
    return b.words <= MAX_POST_CONTROL_WORDS and (
        b.key in POST_CONTROLS or POSTER_STATS_RE.match(b.text) is not None
    )


def _card_sign(b: Block, kept: Sequence[bool]) -> bool:
    """A post's control or stat, or the post's number ('#4') that the symbol lines already dropped: a
    ranked list's '#4' over its entry is kept as the list's item, and marks no poster's card."""
    return _post_control(b) or (not kept[b.index] and b.text.startswith("#") and b.text[1:].isdigit())


# A poster's card prints each of its fields as a label over its value ('Joined' over 'Mar 25, 2013',
# 'Location' over 'Kansas City, MO', 'Points' over '225'). Once the label went (a control, a card's line,
# a repeated line), its value, a short line that is no sentence, goes too, wherever the thread's short
# replies broke the card's gap. Over wcxb-dev dumps: 44 such values on 8 forum pages of 8 sites (XenForo,
# vBulletin, Invision), one in a gold; no page of another type holds one. A lone 'Posts' is left out: a blog
# index prints it over its first entry.
CARD_LABELS = frozenset(
    ("joined", "join date", "location", "registered", "points", "messages", "reaction score")
)
# The longest card label of CARD_LABELS, in words: a C test before the set lookup.
CARD_LABEL_MAX_WORDS = 2


def _card_values(ctx: RuleContext, gone: set[int]) -> Iterator[Drop]:
    """The values under a poster card's dropped labels (CARD_LABELS); ``gone`` holds the lines dropped
    by this rule already, which the context does not show yet."""
    blocks, kept = ctx.blocks, ctx.kept
    for i in range(1, len(blocks)):
        label = blocks[i - 1]
        if (
            kept[i]
            and label.words <= CARD_LABEL_MAX_WORDS
            and (not kept[i - 1] or i - 1 in gone)
            and label.key in CARD_LABELS
        ):
            b = blocks[i]
            if b.words <= POSTER_CARD_MAX_WORDS and not b.ends_sentence and i not in gone:
                yield i, "a poster card's value under its label"


def drop_poster_cards(ctx: RuleContext) -> Iterator[Drop]:
    """A thread's poster cards in a dump: the short lines between two posts where a post's control or stat
    stands (see POSTER_CARD_MAX_WORDS), and the value under a card's dropped label (CARD_LABELS)."""
    blocks, kept = ctx.blocks, ctx.kept
    n = len(blocks)
    gone: set[int] = set()
    gaps: list[tuple[int, int]] = []
    for b in blocks:
        i = b.index
        if kept[i] and b.is_prose and i + 1 < n and not (kept[i + 1] and blocks[i + 1].is_prose):
            end = i + 1
            while end < n and end - i <= POSTER_CARD_MAX_GAP and not (kept[end] and blocks[end].is_prose):
                end += 1
            if (
                end < n
                and end - i <= POSTER_CARD_MAX_GAP
                and any(_card_sign(x, kept) for x in blocks[i + 1 : end])
            ):
                gaps.append((i + 1, end))
    if len(gaps) >= POSTER_CARD_MIN_GAPS:
        for start, end in gaps:
            for x in blocks[start:end]:
                if (
                    kept[x.index]
                    and x.words <= POSTER_CARD_MAX_WORDS
                    and not x.ends_sentence
                    and not x.in_list
                ):
                    gone.add(x.index)
                    yield x.index, "a poster's card between two posts"
    yield from _card_values(ctx, gone)
