"""A shop's product page (HTML): the product is the content; the grids of other products around it
('Customers also bought', 'Similar items', 'Sponsored products', a carousel of the seller's other items)
are the shop's recommendations, as a news site's teaser grids are.

The page says it shows one product in its structured data (``PageMeta.product``: JSON-LD ``Product``
or ``og:type`` product) or, declaring none, by a cart button of its own; the other products show
themselves as a list of repeated items (``Block.item``, see ``cleaner.read.html``) each with a price of
its own. The product's own repeated parts (its features, specs, sizes) carry no price per item. A text
dump keeps none of that evidence; its customer reviews still show themselves by the marker line each
prints ('Verified buyer', 'Rated 4 out of 5').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from cleaner.blocks import Block, Document
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.items import main_listing
from cleaner.rules.phrases import DIGIT_RE, lines_holding

# A price: a currency sign or code next to a number ('$13.40', '€ 9,99', 'EUR 15.49', '12,50 zł',
# '1.299 kr'). A price is a short cell of a card; longer blocks quoting a sum are text.
_PRICE_RE = re.compile(
    r"(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|PLN|SEK|NOK|DKK|CZK|Rs\.?|R\$|C\$|A\$|US\$))\s?\d"
    r"|\d(?:[.,]\d{1,2})?\s?(?:[$€£¥₹₽]|zł|kr|Kč|Ft|lei|EUR|USD|GBP|CHF)(?!\w)"
)
PRICE_MAX_WORDS = 12
# A list is other products when most of its items show a price; one priced item in a list of features
# ('Extended warranty: $49') does not make it a grid of products.
PRICED_ITEM_SHARE = 0.5
# Items in the grid for the share to mean something (the reader marks lists of 4 copies and more, but
# earlier rules may have taken some copies' blocks).
MIN_PRICED_ITEMS = 3
# The heading right above such a grid ('People who viewed this item also viewed') names it.
GRID_HEADING_MAX_WORDS = 12
# ... with at most a card's lines between it and the grid's first counted item.
GRID_LEAD_MAX_BLOCKS = 6
GRID_LEAD_MAX_WORDS = 40


def _priced(b: Block) -> bool:
    """Whether the block is a price cell. The regex runs only on short blocks holding a digit."""
    return (
        b.words <= PRICE_MAX_WORDS and DIGIT_RE.search(b.text) is not None and bool(_PRICE_RE.search(b.text))
    )


def product_grids(alive: list[Block]) -> set[int]:
    """The ``item`` numbers of the lists whose items mostly show a price. Asked on every page but a
    written piece, so the copies are counted only for lists holding prices at all (most pages have none)."""
    priced: dict[int, set[int]] = {}
    for b in alive:
        if b.item and b.words <= PRICE_MAX_WORDS and _priced(b):
            priced.setdefault(b.item, set()).add(b.item_no)
    grids = {item for item, nos in priced.items() if len(nos) >= MIN_PRICED_ITEMS}
    if not grids:
        return grids
    copies: dict[int, set[int]] = {item: set() for item in grids}
    for b in alive:
        if b.item in copies:
            copies[b.item].add(b.item_no)
    return {item for item in grids if len(priced[item]) >= PRICED_ITEM_SHARE * len(copies[item])}


def drop_other_products(ctx: RuleContext) -> Iterator[Drop]:
    """On a page selling one product (declared in structured data, or shown by ``_sells_one_product``) and
    no written piece, grids of other products, each with its price. A page that declares no product but
    calls itself an article (og:type) is no shop's offer: most news pages are asked nothing. The grids are
    looked for before the cart button: few pages have one, so the page-wide scan runs on those alone."""
    meta = ctx.doc.meta
    if meta.story or (meta.article and not meta.product):
        return
    alive = ctx.alive()
    grids = product_grids(alive)
    if not grids or not (meta.product or _sells_one_product(ctx.doc)):
        return
    # A shop that labels its category pages as products too: there the grid is the page's listing.
    listing = main_listing(alive, product=True)
    grids = {g for g in grids if not any(b.index in listing for b in alive if b.item == g)}
    # The product shows its own price outside the grids; a page whose only prices are in one grid offers
    # what the grid shows (a service's pricing plans, a maker's line-up to choose from).
    if not grids or not any(_priced(b) for b in alive if b.item not in grids):
        return
    drop = {i for i, b in enumerate(alive) if b.item in grids}
    for start in sorted(i for i in drop if i == 0 or i - 1 not in drop):
        head = _grid_heading(alive, start)
        if head is not None:
            drop.update(range(head, start))
    for i in sorted(drop):
        yield alive[i].index, "in a grid of other products with their prices"


def _sells_one_product(doc: Document) -> bool:
    """Whether a page that declares no product shows one for sale all the same (the largest marketplaces
    declare none): its own cart button, outside any repeated card (a category page's buttons sit one in
    each card), or a heading over what other shoppers bought or viewed (``_shopper_head``), which stands
    under one product only. Over wcxb-dev HTML: 3 undeclared product pages (3 sites) lose their priced
    grids (product BoW +.0024: +.167, +.033, +.027), one loses a bundle offer (-.010); asking shop_page
    instead (any cart button) also took sections of 2 category pages' listings (collection -.0005)."""
    return any(
        (not b.item and b.words <= CART_BUTTON_MAX_WORDS and b.key.startswith(CART_BUTTONS))
        or (b.heading > 0 and _shopper_head(b))
        for b in doc.blocks
    )


def _grid_heading(alive: list[Block], start: int) -> int | None:
    """Where the heading over the grid starting at ``alive[start]`` stands, when only a card's short lines
    come between ('Similar items', then a first card the reader did not count among the grid's items: a
    carousel marks its first slide with a class of its own). Cards title themselves with headings too
    ('<h3>' per product): the section's heading ranks above the grid's first one."""
    item = alive[start].item
    card = min(
        (b.heading for b in alive[start : start + GRID_LEAD_MAX_BLOCKS] if b.item == item and b.heading),
        default=7,
    )
    words = 0
    for i in range(start - 1, max(-1, start - 1 - GRID_LEAD_MAX_BLOCKS), -1):
        b = alive[i]
        if b.heading and b.heading < card and b.words <= GRID_HEADING_MAX_WORDS:
            return i
        words += b.words
        if b.is_prose or b.item or words > GRID_LEAD_MAX_WORDS:
            return None
    return None


# --- customer reviews under a review heading --------------------------------------------------------------

# Buttons putting the product in a cart: a page showing one is a shop's page even when it declares no
# product in structured data (the largest marketplaces declare none). Compared with the folded text.
CART_BUTTONS = (
    "add to cart",
    "add to bag",
    "add to basket",
    "add to trolley",
    "buy now",
    "buy it now",
    "in den warenkorb",
    "ajouter au panier",
    "añadir al carrito",
    "aggiungi al carrello",
    "in winkelwagen",
    "adicionar ao carrinho",
    "dodaj do koszyka",
    "lägg i varukorgen",
)
CART_BUTTON_MAX_WORDS = 6
# A product out of stock shows no cart button: its stock line takes the button's place ('Sold out', 'Out of
# stock', 'Currently unavailable.'), and the page is a shop's all the same. Compared with the folded text of
# a line of at most CART_BUTTON_MAX_WORDS words, like the buttons. Over wcxb-dev HTML such a line stands on
# 17 pages (9 product, 6 collection, 1 listing; one article declares itself a story); 2 product pages of 2
# shops that showed nothing else of a shop become shop pages (a sold-out watch keeps its spec list from
# drop_headline_lists, BoW .413 -> .460; an unavailable item +.0002): product .7181 -> .7186, no other page
# moves. Over the dumps 3 product pages move (+.128, -.049, -.010): product .5183 -> .5191.
STOCK_LINES = ("sold out", "out of stock", "currently unavailable")
SHOP_LINES = CART_BUTTONS + STOCK_LINES

# A heading naming the shoppers' reviews ('Customer reviews', '51 Reviews', 'Reviews with images', 'Top
# reviews from other countries', 'Ratings & Reviews', 'Customers say'), matched on the folded text. A bare
# 'Reviews' is left alone: shops head the critics' quotes they chose (part of the description) so too.
_REVIEW_HEAD_RE = re.compile(
    r"^(?:\d[\d ]* |(?:customer|user|product|verified|guest|top|recent|latest|most helpful|all) )"
    r"(?:reviews?|ratings?)\b"
    r"|^reviews? (?:from|for|with|of|about)\b|^reviews? \d[\d ]*$|^ratings?(?: and)? reviews?$"
    r"|^customers say$|^what (?:our )?customers (?:are )?say(?:ing)?\b|^be the first to review\b"
    r"|^write a review$|^(?:customer|user) testimonials$"
    r"|^kundenbewertungen\b|^avis (?:des )?clients$|^recensioni (?:dei )?clienti\b|^opiniones de (?:los )?clientes\b"
    r"|^avaliações de clientes\b|^klantbeoordelingen\b"
)
REVIEW_HEAD_MAX_WORDS = 12
# A star rating as a review widget prints it ('4.8 out of 5 stars', '4,5 von 5 Sternen'): a page showing a
# few of them under a customer-reviews heading is a shop's page even with no cart button to read.
_STARS_RE = re.compile(r"\b(?:out of|von|sur|de|su|van|z) 5\b")
STAR_LINE_MAX_WORDS = 12
MIN_STAR_LINES = 3


# The ``RuleContext.page`` key under which shop_page leaves its answer: page-wide, asked by up to ten rules
# (and twice by each run of drop_outside_article), and a scan of every block when no metadata answers.
SHOP_PAGE = "shop_page"


def shop_page(ctx: RuleContext) -> bool:
    """Whether the page is a shop's (``_shop_evidence``), found once a page."""
    found: bool | None = ctx.page.get(SHOP_PAGE)
    if found is None:
        found = ctx.page[SHOP_PAGE] = _shop_evidence(ctx.doc)
    return found


def _shop_evidence(doc: Document) -> bool:
    """Whether the page is a shop's: it declares a product for sale (and no written piece about it) or
    states a price in its metadata (``meta.offer``), shows a cart button, or heads a grid with what other
    shoppers bought or viewed (``_shopper_head``); a reviewer's article with a 'Buy now' link declares an
    Article."""
    meta = doc.meta
    if meta.story:
        return False
    return (
        meta.product
        or meta.offer
        or any(b.words <= CART_BUTTON_MAX_WORDS and b.key.startswith(SHOP_LINES) for b in doc.blocks)
        or any(_shopper_head(b) for b in doc.blocks if b.heading)
    )


def _review_head(b: Block) -> bool:
    """Whether a heading names the customer reviews. Only its unlinked words count toward its length: the
    links a review widget sets inside its heading ('Customer reviews for <game> See language breakdown About
    user reviews Your preferences': 13-15 words, 6-9 of them linked, on one store's 7 pages of wcxb-dev) are
    its controls, not its name. Over wcxb-dev HTML no other heading changes verdict."""
    return (
        b.heading > 0
        and b.words * (1.0 - b.link_density) <= REVIEW_HEAD_MAX_WORDS
        and bool(_REVIEW_HEAD_RE.match(b.key))
    )


def _star_lines(blocks: list[Block]) -> int:
    """How many short blocks print a star rating out of five (the regex runs only on those with a '5')."""
    return sum(
        1 for b in blocks if b.words <= STAR_LINE_MAX_WORDS and "5" in b.text and _STARS_RE.search(b.key)
    )


def drop_review_section(ctx: RuleContext) -> Iterator[Drop]:
    """On a shop's page, a heading naming the customer reviews and all under it down to the next heading
    of its rank: shoppers' opinions, ratings and filters, not the product's description or specs. The
    heading may already be gone (a rule took it for a related-links heading): it still opens the section.
    """
    blocks = ctx.doc.blocks
    heads = [b for b in ctx.headings() if b.words * (1.0 - b.link_density) <= REVIEW_HEAD_MAX_WORDS]
    if not any(_review_head(b) for b in heads) or ctx.doc.meta.story:
        return
    if not shop_page(ctx) and _star_lines(blocks) < MIN_STAR_LINES:
        return
    for i in _under_headings(blocks, ctx.kept, _review_head):
        yield i, "in the customer reviews"


def _under_headings(
    blocks: list[Block], kept: Sequence[bool], head: Callable[[Block], bool]
) -> Iterator[int]:
    """Indices of the kept blocks of every section ``head`` opens: the heading and all under it down to
    the next heading of its rank (a matching heading inside an open section keeps it open)."""
    level = 0  # the rank of the open section's heading; 0: none open
    for b in blocks:
        if b.heading:
            if head(b):
                level = min(level, b.heading) if level else b.heading
            elif level and b.heading <= level:
                level = 0
        if level and kept[b.index]:
            yield b.index


# --- the shop's policies under a heading naming them --------------------------------------------------------

# A heading naming the shop's terms of sale ('Shipping & Returns', 'Shipping and return policies', '30-Day
# Return Policy', 'Warranty Info', 'Delivery and Pickup'), matched on the folded text ('&' folds away). The
# same box stands on every product of the shop: its terms, not the product. A bare 'Shipping' or 'Delivery'
# heads the product's own delivery options (sizes, dates, costs), kept; API documentation's 'Returns' (what a
# function returns) never meets this rule, which asks only on a shop's page.
_POLICY_HEAD_RE = re.compile(
    r"^(?:shipping|delivery)(?: (?:and )?(?:returns?|exchanges?|pickup))+(?: polic(?:y|ies))?$"
    r"|^(?:shipping|delivery) (?:polic(?:y|ies)|info(?:rmation)?)$"
    r"|^(?:\d+ day )?returns?(?: (?:and )?(?:exchanges?|refunds?))?(?: polic(?:y|ies))?$"
    r"|^warranty(?: (?:and )?(?:returns?|support|info(?:rmation)?))?$"
)
POLICY_HEAD_MAX_WORDS = 6


def _policy_head(b: Block) -> bool:
    return b.heading > 0 and b.words <= POLICY_HEAD_MAX_WORDS and bool(_POLICY_HEAD_RE.match(b.key))


def drop_shop_policies(ctx: RuleContext) -> Iterator[Drop]:
    """On a shop's page, a heading naming its terms of sale ('Shipping & Returns', 'Warranty Info', '30-Day
    Return Policy') and all under it down to the next heading of its rank: the shop's boilerplate, printed
    alike on every product it sells, not the product's description or specs."""
    blocks = ctx.doc.blocks
    if not any(_policy_head(b) for b in ctx.headings()) or ctx.doc.meta.story or not shop_page(ctx):
        return
    for i in _under_headings(blocks, ctx.kept, _policy_head):
        yield i, "in the shop's terms of sale"


# --- the shopper's own widgets under a heading naming them ----------------------------------------------------

# A heading over a widget the shopper works, not the product's text: asking the shop or other buyers ('Ask
# a Question', 'Questions & Answers', 'Q&A (44)'), the buyers' photos ('Customer Photos & Videos'), signing
# up for news of the item ('Notify me when back in stock'), the shop's help desk ('Need help with your
# order?', 'Need help choosing gear?') and its feedback form ('Feedback'). Matched on the folded text ('&'
# folds away). Only on a shop's page: an interview's 'Q&A' or a government page's 'Questions and Answers'
# is the page's text.
_WIDGET_HEAD_RE = re.compile(
    r"^ask a question$|^(?:customer |product )?questions? (?:and )?answers?(?: \d[\d ]*)?$|^q (?:and )?a(?: \d[\d ]*)?$"
    r"|^customer (?:photos|images|videos)(?: (?:and )?(?:photos|images|videos))?$"
    r"|^(?:notify me|email me) when\b|^need help\b|^feedback$"
)
WIDGET_HEAD_MAX_WORDS = 8
# The words those headings start with: every heading of every page is asked, and a prefix test in C turns
# nearly all of them away before the regex runs.
WIDGET_HEAD_STARTS = (
    "ask ",
    "question",
    "customer ",
    "product ",
    "q ",
    "notify ",
    "email ",
    "need help",
    "feedback",
)


def _widget_head(b: Block) -> bool:
    return (
        b.heading > 0
        and b.words <= WIDGET_HEAD_MAX_WORDS
        and b.key.startswith(WIDGET_HEAD_STARTS)
        and bool(_WIDGET_HEAD_RE.match(b.key))
    )


def drop_shopper_widgets(ctx: RuleContext) -> Iterator[Drop]:
    """On a shop's page, a heading over a widget the shopper works ('Ask a Question', 'Questions &
    Answers', 'Customer Photos & Videos', 'Notify me when back in stock') and all under it down to the
    next heading of its rank: prompts, forms and other buyers' posts, not the product's description or
    specs. Over wcxb-dev HTML: product BoW +.0030, 3 pages of 3 shops better (by .05 to .13), none worse;
    3 other shops' Q&A sections were already dropped as controls or outside the article, and the 2
    articles heading a section so are no shop's. Seller feedback ('Seller feedback (7,310)') is left
    alone: one marketplace's gold keeps its whole page. 'Need help ...?' and 'Feedback' headings: 4
    product pages of 3 shops better (by .01 to .04), none worse; off shops they head a service's own
    text ('Need help getting started?')."""
    blocks = ctx.doc.blocks
    if not any(_widget_head(b) for b in ctx.headings()) or ctx.doc.meta.story or not shop_page(ctx):
        return
    for i in _under_headings(blocks, ctx.kept, _widget_head):
        yield i, "in a widget for the shopper"


# --- hover pop-ups on a shop's page -----------------------------------------------------------------------

# A shop explains its badges, terms and spec names in pop-ups shown on hover or tap ('Star Sellers have an
# outstanding track record', 'Open-back headphone designs are often higher-performance but leak sound',
# 'You have to be logged in to rate products', 'Back-orders will ship as soon as we receive them'): the
# markup holds their text, hidden by a stylesheet, inside an element whose class or id names the pop-up.
# Matched in the innermost class/id words only (a page wrapper named 'has-tooltips' says nothing).
_POPUP_NAME_RE = re.compile(r"tool-?tip|popover")
POPUP_NAME_WORDS = 6


@lru_cache(maxsize=4096)  # a pop-up's lines share their class/id words
def _in_popup(attrs: str) -> bool:
    return any(_POPUP_NAME_RE.search(w) for w in attrs.split()[:POPUP_NAME_WORDS])


def drop_shop_tooltips(ctx: RuleContext) -> Iterator[Drop]:
    """On a page declaring a product, the text of a pop-up shown on hover (a tooltip's or a popover's):
    the shop's explanation of a badge, a term or a spec's name, not the product's description. Over
    wcxb-dev HTML: product BoW +.005, 6 pages better (5 sites), 3 worse (by at most .018). Elsewhere
    pop-ups hold what a page lists (a book's card on a listing: one listing lost half its text when all
    pages were asked). Asking shop_page instead (a cart button, no declared product) won one page more
    but scanning every page's blocks' names cost ~0.1 M instructions a page."""
    if not ctx.doc.meta.product_page():
        return
    for b in ctx.alive():
        if ("tip" in b.attrs or "popover" in b.attrs) and _in_popup(b.attrs):
            yield b.index, "in a pop-up shown on hover"


# A shop lays promotions and pop-ups over its product: a strip over the buy box or across the page ('Members
# earn 179 points on this purchase.', 'Get 6 months of trainer-led workouts ...', a video banner's slogans),
# a trust badge ('Great Customer Service, Easy Returns, ...'), a card's state stamped over it ('Ended'), an
# overlay's discount steps or help bubbles ('Your 15% off will be applied in checkout!', 'Import fees').
# Their elements say so in a class/id word, the name as one of its parts ('video-banner-content',
# 'lm--product-banner__content', 'trust-badge-text', 'infotip__overlay'), but not as a modifier saying the
# element holds one ('has-badge-row', 'tile-with-overlay', 'price--show-badge': a product tile, a price).
# Only the innermost words count, as for the pop-ups: a page wrapper named 'has-banner' says nothing
# about the product's paragraphs. A sale is such a promotion too: its element holds the sale price over the
# regular one ('price__sale': 'Regular price Sale price $19.99') or the sale's terms ('sale-info': 'Outlet
# items are not eligible for refunds or exchanges.'). Over wcxb-dev HTML 'sale' moves 3 product pages of 3
# shops, all better (+.070, +.015, +.001): product BoW +.0009; no page of another type moves.
# The innermost class/id words read (PROMO_NAME_WORDS), and the shape of a word naming one of WORDS as one
# of its parts, not after a modifier ('has-', 'with-', 'show-').
PROMO_NAME_WORDS = 6
_NAMED_PART = r"(?:^|(?<!has)(?<!with)(?<!show)[_-])(?:{})(?=$|[_-])"


def _named_part_re(words: str) -> re.Pattern[str]:
    """A class/id word naming one of ``words`` ('a|b') as one of its parts (see _NAMED_PART)."""
    return re.compile(_NAMED_PART.format(words))


@lru_cache(maxsize=8192)  # an element's lines share their class/id words
def _innermost_named(attrs: str, name_re: re.Pattern[str]) -> bool:
    """Whether one of the innermost class/id words of ``attrs`` matches ``name_re``."""
    return any(name_re.search(w) for w in attrs.split()[:PROMO_NAME_WORDS])


_PROMO_NAME_RE = _named_part_re("banner|overlay|badge|sale")


def drop_shop_banners(ctx: RuleContext) -> Iterator[Drop]:
    """On a page declaring a product, the text of an element named a banner, a badge, an overlay or a sale:
    the shop's promotion, trust badge or pop-up laid over the product, not its description. Elsewhere a
    banner is often the page's own hero (a category's intro, a service's pitch): asked of every shop
    page, a collection lost its whole text."""
    if not ctx.doc.meta.product_page():
        return
    for b in ctx.alive():
        if (
            "banner" in b.attrs or "overlay" in b.attrs or "badge" in b.attrs or "sale" in b.attrs
        ) and _innermost_named(b.attrs, _PROMO_NAME_RE):
            yield b.index, "in a shop's banner, badge or overlay"


# The buy box's controls: a shop names the elements of its purchase form for what they do ('add-to-cart',
# 'quantity-selector', 'swatch-list', 'product-variants'), and the strips beside them for the selling points
# and ways to pay they list ('usp-bar', 'payment-icons', 'afterpay-widget', 'klarna-placement'). Their
# text is the form's ('Select a size', 'xs', '$130 Add to cart', 'Qty', 'Pay in 4 interest-free
# instalments', 'Free Standard Delivery for orders over $75'), not the product's description or specs. As
# for the banners, the word is one part of an innermost class/id word, and a modifier saying an element
# holds one ('has-swatch', 'with-cart') names no control. Over wcxb-dev HTML: 7 product pages change (7
# sites), 6 better (+.139 a size picker and delivery strip, +.033, +.024, +.008, +.003, +.002), 1 worse
# (-.003); product BoW .7430 -> .7453, no page of another type moves; scrapinghub HTML unchanged. Words
# left out: 'atc' (-.035 on its one page), 'price' (-.22 page-units: the product's own price is in some
# golds), 'delivery' (-.05), 'size' (+.05 but 4 pages worse): they name the product's facts as often.
_PURCHASE_NAME_RE = _named_part_re(
    "cart|basket|checkout|quantity|qty|swatch(?:es)?|variants"
    "|usps?|payments?|klarna|afterpay|affirm|installments|paypal|wishlist"
)


def drop_purchase_controls(ctx: RuleContext) -> Iterator[Drop]:
    """On a page declaring a product, the text of the buy box's controls and strips named for their
    function (``_PURCHASE_NAME_RE``): size and colour pickers, quantity, cart buttons, ways to pay, the
    shop's selling points. The product's description and specs sit in elements named for what they hold."""
    if not ctx.doc.meta.product_page():
        return
    for b in ctx.alive():
        if b.attrs and _innermost_named(b.attrs, _PURCHASE_NAME_RE):
            yield b.index, "in the buy box's controls"


# --- other products under a heading offering them -----------------------------------------------------------

# A heading offering other products than the page's ('Similar items', 'Explore related items', 'Customers
# also bought', 'Frequently bought together', "Seller's other items", 'Often viewed with', 'More from
# <brand>', 'You may also like'), matched on the folded text. 'Featured products' is not one: a shop's
# home or category page heads its own grid so. Nor is a bare 'Accessories': a maker's category page heads
# its own section so; 'Recommended accessories', 'Accessories for <product>' and a sold-out item's 'Consider
# these available items' offer other products (over wcxb-dev HTML 3 product pages of 3 shops better, none
# worse; with the bare word a category page lost its section).
_MORE_PRODUCTS_HEAD_RE = re.compile(
    r"^(?:similar|related|recommended|suggested|sponsored) (?:items|products)\b"
    r"|^(?:explore|shop|see|view|discover) (?:more )?(?:related|similar) (?:items|products)\b"
    r"|^(?:customers|people|shoppers)(?: who (?:viewed|bought) this (?:item|product))? also (?:bought|viewed"
    r"|liked|purchased)\b"
    r"|^frequently bought together$|^recently viewed(?: items| products)?$|^products related to this item"
    r"|^(?:more|other) (?:items|products) (?:from|by) (?:this|the) (?:seller|shop|store|brand)\b"
    r"|^seller s other items$|^complete the look$|^shop the look$|^compare with similar items$"
    r"|^(?:customers|people|shoppers) (?:frequently|often) (?:viewed|bought)\b|^often (?:viewed|bought) (?:with|together)\b"
    r"|^(?:others|people|customers) like you also (?:bought|viewed)\b|^you (?:may|might) also like$|^more from\b"
    r"|^(?:recommended|related|compatible|popular) accessories\b|^accessories for\b|^consider these (?:available )?(?:items|products)\b"
    r"|^ähnliche (?:artikel|produkte)$|^produits similaires$|^productos similares$|^prodotti simili$"
)


# Words every one of those headings holds (each alternative of the pattern holds one of them): a page-wide
# prefilter (``lines_holding``) where a dump's every short line is asked.
MORE_PRODUCTS_HEAD_NEEDLES = (
    "items",
    "products",
    "also ",
    "frequently",
    "recently",
    "look",
    "often",
    "more from",
    "accessories",
    "ähnliche",
    "produits",
    "productos",
    "prodotti",
)


# Of those headings, the ones telling what other shoppers bought or viewed ('Customers also bought',
# 'Frequently bought together', 'People who viewed this item also viewed', 'Customers frequently viewed')
# are a shop's alone: on wcxb-dev 9 pages of 6 shops head a grid so, and no article, service page or
# scrapinghub news page does. Such a heading makes a page a shop's even when no cart button is read (the
# largest marketplaces print theirs as an <input> whose label is no text) and it declares no product.
SHOPPER_HEAD_STARTS = ("customers", "people", "shoppers", "others", "frequently bought", "often ")


def _shopper_head(b: Block) -> bool:
    return b.key.startswith(SHOPPER_HEAD_STARTS) and _more_products_head(b)


# A heading standing in a side column, a panel or the footer heads that box only: where the box ends, so
# does its section, whatever follows ('Customers also bought' in an <aside> before a category's own grid).
SIDE_LANDMARKS = frozenset({"aside", "nav", "footer", "dialog"})


def _more_products_head(b: Block) -> bool:
    return b.heading > 0 and b.words <= GRID_HEADING_MAX_WORDS and bool(_MORE_PRODUCTS_HEAD_RE.match(b.key))


def drop_more_products(ctx: RuleContext) -> Iterator[Drop]:
    """On a shop's page, a heading offering other products ('Similar items', 'Customers also bought') and
    the cards under it, down to the last repeated item before the next heading of its rank (or the end of
    the side box holding the heading): what follows the grid (the item's own details) stays. Cards without
    prices and the carousel's first, uncounted card are what drop_other_products leaves of such a section.
    The heading says whose the cards are, so they go even when they are the page's largest list: a shop
    that declares no product has no other evidence (its own item is a few short lines beside them). A dump
    has neither ranks nor items: there the cards' prices mark the section (``drop_offered_products``)."""
    blocks = ctx.doc.blocks
    heads = [b.index for b in ctx.headings() if _more_products_head(b)]
    if not heads or ctx.doc.meta.story or not shop_page(ctx):
        return
    kept = ctx.kept
    for start in heads:
        level = blocks[start].heading
        side = blocks[start].landmarks & SIDE_LANDMARKS
        end = next(
            (
                b.index
                for b in blocks[start + 1 :]
                if (b.heading and b.heading <= level) or not side <= b.landmarks
            ),
            len(blocks),
        )
        last = max((b.index for b in blocks[start + 1 : end] if b.item), default=start)
        for b in blocks[start : last + 1]:
            if kept[b.index]:
                yield b.index, f"under '{blocks[start].text}'"


# --- other products under a heading offering them, in a text dump ----------------------------------------

# A dump has no heading ranks and no repeated items: there the cards under such a heading show themselves by
# their prices, each card's a few lines below the last ('People who viewed this item also viewed' / a name /
# 'Pre-owned' / '$8.03' / '+ $23.51 delivery' / the next name ...). The section runs from the heading to the
# last price of the chain, each price at most GRID_LEAD_MAX_BLOCKS lines below the heading or the price
# before; the product's own details further down stay. At least MIN_TEXT_GRID_PRICES prices: one priced line
# under 'Recommended accessories' may be the product's own add-on. The heading and the grid's prices are the
# shop's evidence (the largest marketplaces print no cart button a dump shows).
# Over wcxb-dev dumps such a section stands on 19 pages of 16 sites (18 product pages, a category page); on 13
# the earlier rules had dropped it already, and 6 (4 shops) change, all better. The rule runs after drop_outside_article: asked before it, the run it found lost the
# grid that had parted the text from a footer's lines, and took those in (a category page -.17, a product
# -.05). A chain of prices up to 8 lines apart also took a category page's own grid under its heading
# 'Accessories for standing desks' (collection -.89).
MIN_TEXT_GRID_PRICES = 2


def drop_offered_products(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: a line offering other products (``_MORE_PRODUCTS_HEAD_RE``) and the priced cards under it.
    The headings are looked for first, by the words they hold (``MORE_PRODUCTS_HEAD_NEEDLES``, one C scan
    each over the page's short lines): most pages have none, and only those that do are searched for
    prices."""
    blocks = ctx.blocks
    short = [b for b in blocks if 1 < b.words <= GRID_HEADING_MAX_WORDS]  # each heading has 2 words or more
    found = lines_holding("\n".join([b.key for b in short]), MORE_PRODUCTS_HEAD_NEEDLES)
    heads = [short[n].index for n in found if _MORE_PRODUCTS_HEAD_RE.match(short[n].key)]
    if not heads:
        return
    prices = [b.index for b in blocks if _priced(b)]
    kept = ctx.kept
    done = -1
    for h in heads:
        if h <= done:
            continue
        last, count = h, 0
        for p in prices:
            if p <= h:
                continue
            if p - last > GRID_LEAD_MAX_BLOCKS:
                break
            last, count = p, count + 1
        if count < MIN_TEXT_GRID_PRICES:
            continue
        done = last
        for x in blocks[h : last + 1]:
            if kept[x.index]:
                yield x.index, f"under '{blocks[h].text}'"


# --- customer reviews in a text dump -------------------------------------------------------------------------

# A dump keeps neither the reviews' heading rank nor their classes, but each customer review prints a marker
# line of its own: the reviewer's verification ('Verified buyer', 'Jane (verified owner)') or the stars
# given ('Rated 4 out of 5', '4.5 out of 5 stars'). Matched on the folded text ('4.5' folds to '4 5').
_REVIEW_MARK_RE = re.compile(
    r"\bverified (?:owner|buyer|purchase|purchaser|reviewer|customer)\b"
    r"|\brated \d(?: \d)? out of 5\b|^\d(?: \d)? out of 5 stars$"
)
REVIEW_MARK_MAX_WORDS = 8
# Three such lines make a thread of reviews; one or two are a rating summary near the price, or a quote.
MIN_REVIEW_MARKS = 3
# Reviews follow each other within a few lines (the name, the marker, a title, the text, a reply): a marker
# further from the next is a rating summary by the price or a testimonial, not part of the thread.
REVIEW_MAX_GAP = 15


def _review_mark(b: Block) -> bool:
    """Whether a short line is a review's marker; the regex runs only on lines holding its words."""
    key = b.key
    return (
        b.words <= REVIEW_MARK_MAX_WORDS
        and ("verified" in key or "out of 5" in key)
        and _REVIEW_MARK_RE.search(key) is not None
    )


# A dump's line naming the customer reviews ('8 Reviews', 'Customer Reviews', 'Reviews for this item (76)')
# in the page's second half heads them: a shop prints the reviews under the product's description and
# specs, and below them only the shop's own parts (other products, its footer). In the first half such a
# line is the rating summary by the price ('4.9 1,316 reviews'), with the product's text still to come.
# A line naming ratings alone ('Customer Rating') is a category's filter there, over its choices.
REVIEW_HEAD_MIN_POSITION = 0.5
# A product card of a grid prints its review count over its name and price ('72 Reviews', 'Watermelon
# Gummies - 30ct', '$41.99'): a price this close under the line makes it a card's, not the reviews' head.
REVIEW_CARD_LINES = 10
# The shop's testimonials under the same kind of line ('What Our Clients say...', 'What people are saying
# about us'; _REVIEW_HEAD_RE's 'What our customers say' never reached its regex in a dump, lacking the word
# 'review'): its shoppers' words about the shop rather than the product's, printed as prose and name lines
# that the article's run took in. Dumps only, and only where _reviews_below_head asks (a shop's page, the
# page's second half, no price under the line). 13 wcxb-dev dumps hold such a line; 1 changes (a shop's
# testimonials after its description: +.602, product BoW .5202 -> .5267), no other page; scrapinghub
# dumps unchanged.
_SHOPPERS_SAY_RE = re.compile(
    r"^what (?:our )?(?:customers|clients|people|users|buyers|shoppers) (?:are )?say(?:ing)?\b"
)


def _reviews_below_head(ctx: RuleContext, alive: list[Block]) -> Iterator[Drop]:
    """On a shop's page, ``alive`` from the first line naming the customer reviews in the page's second
    half, with no price right under it, to the end."""
    n = len(ctx.blocks)
    start = next(
        (
            i
            for i, b in enumerate(alive)
            if b.index >= REVIEW_HEAD_MIN_POSITION * n
            and b.words <= REVIEW_HEAD_MAX_WORDS
            and (
                ("review" in b.key and _REVIEW_HEAD_RE.match(b.key) is not None)
                or (b.key.startswith("what ") and _SHOPPERS_SAY_RE.match(b.key) is not None)
            )
            and not any(_priced(x) for x in ctx.blocks[b.index + 1 : b.index + 1 + REVIEW_CARD_LINES])
        ),
        None,
    )
    if start is None or not shop_page(ctx):
        return
    for b in alive[start:]:
        yield b.index, "under the customer reviews' heading"


# Dumps only. On HTML, drop_product_reviews (class words, declared products) and drop_review_section
# (headings) already take the customer reviews: over the wcxb-dev HTML product pages, no JSON-LD
# reviewBody is left in the output. Run on HTML too (measured over all of wcxb-dev HTML), this rule's
# marker thread changes two pages of one shop, whose golds disagree (+.14 / -.25), and its unranked
# 'Customer reviews' line is a tab label standing over the description, not over reviews (4 pages
# better, but only from what it cuts besides reviews: a repeated description, chrome).
def drop_review_thread(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: on a shop's page, the customer reviews, from the first review's marker line ('Verified
    buyer', 'Rated 4 out of 5') to the end of the last review (as long after its marker as the reviews
    run apart), and all under a line naming them in the page's second half ('8 Reviews', 'Customer
    Reviews'): shoppers' opinions, not the product's description or specs. A review's text is prose, so
    without this the article's run takes them in. The named reviews, over wcxb-dev dumps: 8 pages better
    (5 sites), none worse; product BoW .507 -> .518, no other type moves."""
    alive = ctx.alive()
    yield from _reviews_below_head(ctx, alive)
    marks = [i for i, b in enumerate(alive) if _review_mark(b)]
    if len(marks) < MIN_REVIEW_MARKS or not shop_page(ctx):
        return
    # The longest cluster of markers within REVIEW_MAX_GAP of each other is the thread.
    clusters: list[list[int]] = [[marks[0]]]
    for m in marks[1:]:
        if m - clusters[-1][-1] <= REVIEW_MAX_GAP:
            clusters[-1].append(m)
        else:
            clusters.append([m])
    thread = max(clusters, key=len)
    if len(thread) < MIN_REVIEW_MARKS:
        return
    # The last review runs on after its marker as far as the widest stretch between two markers (a
    # review whose name line and stars line are both markers leaves narrow ones in between).
    last = min(len(alive) - 1, thread[-1] + max(b - a for a, b in pairwise(thread)) - 1)
    for b in alive[thread[0] : last + 1]:
        yield b.index, "in the customer reviews"
