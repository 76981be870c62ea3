"""A shop's product page (HTML): the product is the content; the grids of other products around it
('Customers also bought', 'Similar items', 'Sponsored products', a carousel of the seller's other items)
are the shop's recommendations, as a news site's teaser grids are.

The page says it shows one product in its structured data (``PageMeta.product``: JSON-LD ``Product``
or ``og:type`` product); the other products show themselves as a list of repeated items (``Block.item``,
see ``cleaner.read.html``) each with a price of its own. The product's own repeated parts (its features,
specs, sizes) carry no price per item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.items import main_listing

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
    return b.words <= PRICE_MAX_WORDS and any(c.isdigit() for c in b.text) and bool(_PRICE_RE.search(b.text))


def _product_grids(alive: list[Block]) -> set[int]:
    """The ``item`` numbers of the lists whose items mostly show a price."""
    copies: dict[int, set[int]] = {}
    priced: dict[int, set[int]] = {}
    for b in alive:
        if b.item:
            copies.setdefault(b.item, set()).add(b.item_no)
            if _priced(b):
                priced.setdefault(b.item, set()).add(b.item_no)
    return {
        item
        for item, nos in priced.items()
        if len(nos) >= MIN_PRICED_ITEMS and len(nos) >= PRICED_ITEM_SHARE * len(copies[item])
    }


def drop_other_products(ctx: RuleContext) -> Iterator[Drop]:
    """On a page declaring a product (and no article), grids of other products, each with its price."""
    meta = ctx.doc.meta
    if not meta.product or meta.article:
        return
    alive = ctx.alive()
    grids = _product_grids(alive)
    if not grids:
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
