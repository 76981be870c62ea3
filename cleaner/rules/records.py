"""The page's main list of records in a text dump: a shop's grid, a catalogue, a listing of posts.

HTML numbers a list's repeated elements (``Block.item``); a dump keeps only lines. Its records still show
by the template every record prints alike at the same place: a field's label ('Manufacturer: BenQ',
'Price: $4,899.00'), a button ('Add to Compare', 'Show More'), a count ('80 Reviews'). Such a line
recurring at a steady step marks one record per step, and the lines between are the records, whose
short cells (a title, a feature line, a price) the rules judging lines by their shape would take for
menus and headlines (see ``cleaner.rules.items`` for HTML).
"""

from __future__ import annotations

from itertools import pairwise

from cleaner.blocks import Block
from cleaner.rules.items import ARTICLE_RUN_OVER_LISTING, LISTING_MIN_ITEMS
from cleaner.rules.phrases import DIGIT_RE, PRICE_IN_LINE_RE, lines_holding
from cleaner.rules.structure import _best_run, _score

# A template line is short; a label ends its first few words with a colon ('Item Number:').
TEMPLATE_MAX_WORDS = 6
LABEL_MAX_WORDS = 3
# A record spans at least a title and its template line, and at most this many lines (a card with a
# title, a blurb, a few specs, a price and its buttons).
RECORD_MIN_LINES = 2
RECORD_MAX_LINES = 25
# The steps between one record's template line and the next vary with optional lines ('On Sale!', a
# third feature line), within this factor; a menu word recurring in header and footer does not step.
RECORD_STEP_SPREAD = 3
# Records are mostly short cells: over this share of prose they are posts or comments. A card often
# carries one sentence of blurb beside its name, price and labels (a directory's clinic with its
# services, a pricing plan's pitch, a part with its one-line description, a feature grid's tile), which
# puts a third of the records' words in prose. At 0.25 such lists were no records, and the rules judging
# lines by their shape took their names and numbers for headlines, symbols and menus. Over wcxb-dev
# dumps 0.4 changes 5 pages, 4 better (4 sites: an article's directory of clinics +.412, two service
# pages' plans and feature grid +.132 and +.085, a shop's grid +.053), none worse; +.68 page-units (dump
# BoW +.0005); scrapinghub dumps unchanged. At 0.45 and 0.5 a thread's posts and a news site's blurbs
# read as records (0.5: 6 pages worse, -.31 the most; net +.20).
RECORD_MAX_PROSE_SHARE = 0.4
NUMBERED = "#"
# Records carry some text each: a title and a detail or two, not a menu's one or two words.
RECORD_MIN_WORDS = 6
# ... and hold this share of the dump's words at least. HTML's item lists ask more
# (items.LISTING_MIN_PAGE_SHARE, 0.4): their sidebars and card rows are marked up as lists, while a
# dump's records are found by their repeated shape alone. At 0.4 here 4 wcxb-dev collection dumps lose
# their grid (-.89 units; dump BoW -.0004).
RECORD_MIN_PAGE_SHARE = 0.3
# A price ('$38.00', 'From $29.00', '$49.00 $24.50', 'USD 59.99', '749,00 €', '$269.99 Add to Cart') is a
# record's template line whatever its amount: a shop's grid or a directory's cards print one in each
# record, at the same place. Its digits differ from record to record, so it has no key of its own
# (control_key folds a stamp's numbers into a count or a date, which a thread's posts carry as often):
# every short line holding an amount with its currency shares this one. Over wcxb-dev dumps 10 pages
# change: 8 better (6 collection, 2 listing: a category page whose grid of names, prices and blurbs lay
# below a paragraph of intro, +.48), 2 worse by at most .004 (a product, a collection); listing BoW
# .7177 -> .7227, collection .6540 -> .6579, product .5379 -> .5378, the other types unchanged;
# scrapinghub dumps unchanged.
PRICE_KEY = "<price>"
# (An amount before its sign starts where a number starts: tried from inside a run of digits, the search
# was quadratic on one.)
_CURRENCY_NEEDLES = ("$", "£", "€", "¥", "USD", "EUR", "GBP")


def control_key(b: Block) -> str:
    """A short line's key, its numbers folded: 'answered Mar 26, 2019 at 16:59' and 'answered Apr 2, 2020
    at 9:03' are one control, 'answered #'. Empty for a line of numbers alone (a vote count)."""
    key = b.key
    if not DIGIT_RE.search(key):
        return key
    words = key.split()
    plain = [w for w in words if not DIGIT_RE.search(w)]
    return plain[0] + " " + NUMBERED if plain else ""


def _template_key(b: Block) -> str:
    """What a record's template line prints alike in every record: a label's name, else the line."""
    if ":" in b.text:
        label = b.text.partition(":")[0]
        if 0 < len(label.split()) <= LABEL_MAX_WORDS:
            return label.strip().casefold() + ":"
    return control_key(b)


def _steady_run(positions: list[int]) -> list[int]:
    """The longest run of ``positions`` stepping by RECORD_MIN_LINES..RECORD_MAX_LINES, its steps within
    RECORD_STEP_SPREAD of one another. A template line right under another (a card on sale prints its
    price over the struck-out regular one: '$139.97', '$170') is the same record's and steps nothing; it
    broke the run there, and the records above it were left to the shape rules. Over wcxb-dev dumps: 3
    pages better (3 sites: two shops' category grids +.096 and +.027, a product page's grid +.016), none
    worse; collection BoW +.0014; scrapinghub dumps unchanged."""
    best: list[int] = []
    run: list[int] = []
    low = high = 0  # the run's shortest and longest step
    for p in positions:
        step = p - run[-1] if run else 0
        if run and step < RECORD_MIN_LINES:
            continue  # the same record's second template line (see _steady_run)
        if run and not RECORD_MIN_LINES <= step <= RECORD_MAX_LINES:
            run = []
        elif len(run) == 1:
            low = high = step
        elif run:
            low, high = min(low, step), max(high, step)
            if high > RECORD_STEP_SPREAD * low:
                run, low, high = [run[-1]], step, step
        run.append(p)
        if len(run) > len(best):
            best = list(run)
    return best


def dump_listing(alive: list[Block]) -> frozenset[int]:
    """Indices of the blocks of a dump's main list of records, or nothing when the page has none."""
    positions: dict[str, list[int]] = {}
    cells = [i for i, b in enumerate(alive) if b.words <= TEMPLATE_MAX_WORDS and not b.is_prose]
    # The cells holding a currency's sign or code, found with one C scan per needle over the cells joined
    # (lines_holding), are the only ones the price pattern is asked: most cells hold none, and the pattern,
    # tried at each character of each cell, cost ~1 M instructions a page on scrapinghub dumps.
    joined = "\n".join([alive[i].text for i in cells])
    priced = {cells[n] for n in lines_holding(joined, _CURRENCY_NEEDLES)}
    for i in cells:
        b = alive[i]
        key = PRICE_KEY if i in priced and PRICE_IN_LINE_RE.search(b.text) else _template_key(b)
        # A stamp with a number ('November 3', 'Posts: 120', '80 Reviews') dates or counts posts and
        # comments as often as it prices records: a thread's, judged by the comment rules.
        if key and not key.endswith(NUMBERED):
            positions.setdefault(key, []).append(i)
    best: list[int] = []
    for found in positions.values():
        if len(found) >= LISTING_MIN_ITEMS and len(found) > len(best):
            run = _steady_run(found)
            if len(run) > len(best):
                best = run
    if len(best) < LISTING_MIN_ITEMS:
        return frozenset()
    # One record's lines lie between two template lines: the first record's lines before its template
    # line are as many as the shortest step leaves, and so are the last one's after it.
    step = min(b - a for a, b in pairwise(best))
    lo, hi = max(0, best[0] - step + 1), min(len(alive), best[-1] + step)
    inside, outside = alive[lo:hi], alive[:lo] + alive[hi:]
    words = sum(b.words for b in inside)
    if words < RECORD_MIN_WORDS * len(best) or words < RECORD_MIN_PAGE_SHARE * (
        words + sum(b.words for b in outside)
    ):
        return frozenset()
    # Records are cells (a title, a spec, a price); a run of paragraphs stepped by a stamp is a thread.
    if sum(b.words for b in inside if b.is_prose) > RECORD_MAX_PROSE_SHARE * words:
        return frozenset()
    # An article beside the list makes it the article's teasers.
    if sum(b.words for b in outside if b.is_prose) > words:
        return frozenset()
    if _best_run([_score(b) for b in outside], 0, len(outside))[2] >= ARTICLE_RUN_OVER_LISTING:
        return frozenset()
    return frozenset(b.index for b in inside)
