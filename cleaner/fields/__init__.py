"""Fields: from the judged blocks (kept and dropped) to title, subtitle, date, author, site, language.

Fields look at dropped blocks too: the headline usually sits outside the article body that the rules
kept, and that is fine. Blocks a field consumes get a role so they leave the paragraphs and ``explain``
shows what they became.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Day
from itertools import compress

from cleaner.blocks import Block, Document
from cleaner.fields.date import (
    ORIGINALLY_HINTS,
    ORIGINALLY_MAX_WORDS,
    date_start,
    dates_in,
    is_other_date_line,
    is_published_line,
    is_update_label,
    is_update_line,
    line_date,
    opens_as_published,
    opens_with_date,
    originally_published,
    parse_date,
    written_both_ways,
    written_with_month,
)
from cleaner.fields.html_author import markup_named_author
from cleaner.fields.html_date import DATE_BLOCK_LOOKAHEAD, markup_named_date, parse_markup_date
from cleaner.fields.language import MIN_CHARS as LANGUAGE_MIN_CHARS
from cleaner.fields.language import detect_language
from cleaner.fields.month_names import ANY_LANGUAGE_MONTHS, ENGLISH_MONTHS
from cleaner.fields.site import fold_name, pick_site, strip_site_suffix, title_tag_site
from cleaner.fields.text_signals import (
    ASKED_HINT,
    BY_WORDS,
    DATELINE_WORDS,
    LABEL_WORDS,
    MAX_DATE_LINE_WORDS,
    NAME_JOINERS,
    STARTER_HINTS,
    byline_name,
    closing_byline,
    dateline_free_words,
    introduces,
    is_bare_name,
    is_date_line,
    is_dated_headline,
    is_name_list,
    is_role_line,
    is_signed_name,
    labelled_byline,
    question_asker,
    thread_starter,
    tidy_author,
)
from cleaner.fields.title import HOME_PAGE_NAMES, UI_WORDS, pick_headline, product_name, tidy_title
from cleaner.rules.phrases import (
    POSTER_CARD_RE,
    POSTER_STATS_OPENINGS,
    TWO_DIGITS_RE,
    fold,
    lines_holding,
)

# How far around the headline a date or byline may stand and still belong to it.
META_WINDOW_BEFORE = 4
META_WINDOW_AFTER = 8
# How far from the headline and the body's top a line may confirm the markup's publication date.
CONFIRM_BEFORE = 12
CONFIRM_AFTER = 12
# Longest line near the headline read for a date (a byline with a date, a forum post's header).
DATE_LINE_MAX_WORDS = 25
MAX_MONTH = 12
# A longer line is read when it opens with 'Posted on <date>' (a theme's post meta followed by its long
# list of categories): its head only, where that date stands.
POSTED_HEAD_CHARS = 80
# HTML: where a name in an author-named container may stand (bylines above or below the headline, a
# forum's first post below the title).
AUTHOR_LOOKBACK = 8
AUTHOR_LOOKAHEAD = 40
LANGUAGE_FALLBACK_BLOCKS = 200


@dataclass
class Fields:
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    roles: dict[int, str] = field(default_factory=dict)


# How far from the headline another printing of it may stand (a hero banner's copy over the article's own
# headline, the same words on one line): the date may stand by either copy.
HEADLINE_COPY_REACH = 40


def _headline_copies(blocks: list[Block], anchor: int) -> list[int]:
    """The other lines within HEADLINE_COPY_REACH of the headline that print it again, in page order."""
    key = blocks[anchor].key
    near = blocks[max(0, anchor - HEADLINE_COPY_REACH) : anchor + HEADLINE_COPY_REACH + 1]
    return [b.index for b in near if b.key == key and b.index != anchor]


def _near(anchor: int, n: int) -> list[int]:
    """Lines around the headline, nearest first; of two as near, the one under it (its own dateline or
    byline), not the one over it (often the last item of a list of other posts)."""
    lo, hi = max(0, anchor - META_WINDOW_BEFORE), min(n, anchor + META_WINDOW_AFTER + 1)
    # The order of sorting range(lo, hi) by (distance, -index), written out: the sort with a key function
    # cost ~29,000 instructions for these dozen lines (this loop ~13,000), asked once or twice a page.
    out = [anchor] if lo <= anchor < hi else []
    for d in range(1, max(META_WINDOW_BEFORE, META_WINDOW_AFTER) + 1):
        if lo <= anchor + d < hi:
            out.append(anchor + d)
        if lo <= anchor - d < hi:
            out.append(anchor - d)
    return out


# A line that says it is the publication date is believed wherever it stands (many templates put
# "Published on 15 August 2025" or "Posted on …" under the article, far from the headline); so is a
# dated byline ("By Jane Doe | Mar 11, 2023") when the headline was picked elsewhere.
PUBLISHED_LINE_MAX_WORDS = 25


def _published_line(doc: Document, language: str | None) -> str | None:
    for b in doc.blocks:
        # The cheap tests first. Every date has two digits in a row (a year, a day with its month's number),
        # so a line without them gives no date, whatever it says: the scan of all the page's short lines
        # (~1.7 M instructions on a page that reaches it, mostly the byline test) skips 87 % of them on
        # one C scan. Then the phrase test, since parse_date may call dateparser, which is slow on a miss.
        if (
            b.words <= PUBLISHED_LINE_MAX_WORDS
            and TWO_DIGITS_RE.search(b.text) is not None
            and (is_published_line(b.text) or byline_name(b))
        ):
            found = line_date(b.text, language=language)
            if found:
                return found
    return None


# Last resort for pages that read as articles: the first line on the page that is only a date. Articles
# carry their date in the header (often split from the headline by a menu or a share bar); other pages'
# first date is often a promotion or a changelog entry, so the fallback is kept to pages with an
# article's worth of prose (the pipeline's ARTICLE_MIN_PROSE_WORDS).
DATED_MIN_PROSE_WORDS = 100


# Rules that drop another item's lines: a related post's teaser, a comment, a customer review. The date such
# a line shows is that item's (the last entry of a 'Related Posts' list, a commenter's 'January 23, 2025
# 10:01 am', a product's review dated 'Jan 20, 2026'), not the page's, so the last resort passes it by.
OTHER_ITEM_RULES = frozenset(
    {
        "drop_related_section",
        "drop_comment_section",
        "drop_comment_threads",
        "drop_post_comments",
        "drop_review_thread",
        "drop_review_section",
        "drop_product_reviews",
    }
)


def _first_date_line(doc: Document, language: str | None, dropped_by: dict[int, str]) -> str | None:
    """Last resort: an article's date stands first on its page, but not on a line another item's rule
    dropped (OTHER_ITEM_RULES): that line dates the item."""
    for b in doc.blocks:
        if b.words <= MAX_DATE_LINE_WORDS or (b.words <= DATE_LINE_MAX_WORDS and opens_with_date(b.text)):
            found = parse_date(b.text, language=language)
            if found and not is_other_date_line(b.text) and dropped_by.get(b.index) not in OTHER_ITEM_RULES:
                return found
    return None


def _shown_near(
    doc: Document, anchors: tuple[int, ...], day: str, language: str | None, skip: set[int]
) -> bool:
    """Whether a line near the headline or the body's top shows ``day``: when the markup names a
    publication date and the text there shows it too, that line is the publication date and the
    nearer date is something else (a podcast's recording date, a site clock, a previous post's date)."""
    near = {
        i for a in anchors for i in range(max(0, a - CONFIRM_BEFORE), min(len(doc.blocks), a + CONFIRM_AFTER))
    }
    # Every written form of the day holds its year's last two digits ('2023-10-03', '3 Oct 2023',
    # '03/10/23'; as _day_month_settled relies on): a line without them is spared dates_in's three date
    # regexes, tried at every character (~half of the date settling's cost on the pages that ask).
    year = day[2:4]
    for i in sorted(near - skip):
        b = doc.blocks[i]
        if (
            b.words > DATE_LINE_MAX_WORDS
            or year not in b.text
            or day not in dates_in(b.text, language=language)
        ):
            continue
        if not is_update_line(b.text):
            return True
    return False


# A timestamp's offset from UTC, when it is not zero ("2024-01-14T21:50:50-05:00").
_LOCAL_OFFSET_RE = re.compile(r"[+-](?!00:?00$)\d\d:?\d\d$")


def _local_day_of(stamp: str, shown: str, declared: str) -> bool:
    """Whether the visible date ``shown`` is the markup's moment seen from another time zone: the
    markup keeps the author's local time with its offset, the visible text is often rendered in UTC
    (a forum post made at 21:50 on the 14th in New York shows as the 15th). The local day is the
    publication day. A UTC stamp says nothing about the author's day, so the visible one stays."""
    if not _LOCAL_OFFSET_RE.search(stamp.strip()):
        return False
    return abs((Day.fromisoformat(shown) - Day.fromisoformat(declared)).days) == 1


def _settle_date(
    doc: Document,
    out: Fields,
    updated: str | None,
    anchors: tuple[int, int],
    body: list[Block],
    short: tuple[list[Block], str],
    dropped_by: dict[int, str],
    by_body_top: bool = False,
) -> str | None:
    """The publication date, from the visible date found by the headline (``out.date``), the first
    'Updated' date there, the page's markup and, failing those, dates further away. ``by_body_top``: the
    visible date was found by the body's top, not by the headline."""
    language = out.language
    # 'This article was originally published on …', wherever it stands, outranks the header's date,
    # which on such pages is the last revision.
    # originally_published's own substring test, over the page's short lines at once (lines_holding).
    lines, joined = short
    for i in lines_holding(joined, ORIGINALLY_HINTS):
        first = originally_published(lines[i].text, language=language)
        if first:
            return first
    found = out.date
    if found is None and updated is not None and not doc.meta.published_in_meta_tag:
        found = updated
    stamp = doc.meta.published
    declared = parse_markup_date(stamp, language=language) if stamp else None
    if found is not None and stamp and declared is not None and found != declared:
        skip = {i for i, role in out.roles.items() if role not in ("date", "byline")}
        if (
            _local_day_of(stamp, found, declared)
            or _shown_near(doc, anchors, declared, language, skip)
            or _published_line(doc, language) == declared
        ):
            return declared
    if found is not None and by_body_top and doc.kind == "text":
        # A date by the body's top only (the headline's reach showed none) is a guess: the last entry of a
        # changelog over the text, a sidebar's post list. A line saying 'Published on …' names the day.
        published = _published_line(doc, language)
        if published is not None:
            return published
    if found is not None:
        return found
    anchor, body_start = anchors
    if doc.kind == "html" and not stamp:
        named = markup_named_date(
            doc,
            max(0, anchor - META_WINDOW_BEFORE),
            body_start + DATE_BLOCK_LOOKAHEAD,
            language,
            set(out.roles),
        )
        if named:
            return named[1]
    found = declared or _published_line(doc, language) or updated
    if found is None and sum(b.words for b in body if b.is_prose) >= DATED_MIN_PROSE_WORDS:
        found = _first_date_line(doc, language, dropped_by)
    if found is None and doc.meta.modified:
        # A page that shows no date and declares no publication still declares its last modification
        # (a service page, an evergreen guide): of the days the page gives, the only one; the same last
        # resort as a visible 'Updated' line above.
        found = parse_markup_date(doc.meta.modified, language=language)
    return found


# A blog template may print the day without its year under the headline ('Aug 15', then 'Written By
# ...'); a headline naming one year ('Top 7 Corporate Catering Trends for 2024', 'The 11 Best Wireless
# Headphones of 2025') was written in that year, which completes the day. Only a line that is a month
# and a day and nothing else is read so.
_YEARLESS_DAY_RE = re.compile(
    r"^(?:[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?)$"
)
_TITLE_YEAR_RE = re.compile(r"\b(?:199\d|20[0-3]\d)\b")


def _yearless_day(blocks: list[Block], window: list[int], out: Fields) -> str | None:
    """The day of a year-less dateline near the headline, in the one year the headline names, or None."""
    years = set(_TITLE_YEAR_RE.findall(out.title or ""))
    if len(years) != 1:
        return None
    year = years.pop()
    for i in window:
        text = blocks[i].text.strip()
        if i in out.roles or not _YEARLESS_DAY_RE.match(text):
            continue
        found = parse_date(f"{text} {year}", language=out.language)
        if found:
            out.roles[i] = "date"
            return found
    return None


# A dateline with the update's time beside the publication's ('PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED:
# 10:43, Tue, Nov 19, 2019', 'Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)') runs past
# MAX_DATE_LINE_WORDS; it is still a stamp when no more than STAMP_OWN_WORDS of its words are neither a date's
# nor a dateline's (DATELINE_WORDS: 'published', 'updated', 'am', 'Tue'; the zones 'PT', 'ET').
STAMP_MAX_WORDS = 16
STAMP_OWN_WORDS = 2


def _date_stamp(b: Block, language: str | None) -> bool:
    """A line that is only the page's date and time, with a dateline's labels (see STAMP_MAX_WORDS)."""
    if b.words <= MAX_DATE_LINE_WORDS:
        return is_date_line(b, language)
    if b.words > STAMP_MAX_WORDS:
        return False
    own = [w for w in dateline_free_words(b.text) if w.lower() not in DATELINE_WORDS]
    return len(own) <= STAMP_OWN_WORDS


def _mark_datelines(
    blocks: list[Block], kept: list[bool], body: list[Block], window: list[int], out: Fields
) -> None:
    """Every kept date stamp over the text by the headline that gives the page's own day is the date's,
    not text.

    A news page prints its date more than once in its header: a dateline under the headline and another
    with the time of the last update, or the metadata gave the date and the printed dateline was never
    asked; only the line that gave the date went, the others stayed as the text's first lines. Under the
    text's first paragraph a dated line is the text's (a quoted post's signature, '— Jane Doe (@jdoe)
    October 9, 2018'). Asked of a page with a byline only (a story's header): a listing's entries and a
    thread's posts print their own dates near the title, which their golds keep (wcxb-dev HTML: 2 forum
    pages and a listing lost up to .012 without it, and no page gained)."""
    top: int | None = None  # the text's first paragraph, found at the first stamp
    for i in window:
        b = blocks[i]
        if (
            i in out.roles
            or not kept[i]
            or b.words > STAMP_MAX_WORDS
            or not TWO_DIGITS_RE.search(b.text)
            or line_date(b.text, language=out.language) != out.date
            or is_other_date_line(b.text)
            or not _date_stamp(b, out.language)
        ):
            continue
        if top is None:
            top = next((x.index for x in body if x.is_prose and x.index not in out.roles), len(blocks))
        if i < top:
            out.roles[i] = "date"


def _day_month_settled(doc: Document, day: str, language: str | None) -> str:
    """'03/10/2023' reads as 10 March (en) or 3 October: when the page writes the other reading with the
    month unmistakable ('3 October 2023', '2023-10-03') and never the one taken, it meant the other (a
    post list, a comment or the footer repeats the publication date in another form)."""
    year, month, dom = day.split("-")
    if month == dom or int(dom) > MAX_MONTH:
        return day
    swapped = f"{year}-{dom}-{month}"
    numeric = shown = False
    for b in doc.blocks:
        if b.words > DATE_LINE_MAX_WORDS or year[2:] not in b.text:
            continue  # the cheap test first: the year's last two digits stand in every form of the date
        numeric = numeric or written_both_ways(b.text, day)
        unmistakable = written_with_month(b.text, language=language)
        if day in unmistakable:
            return day
        shown = shown or swapped in unmistakable
    return swapped if numeric and shown else day


# A dateline's label glued after the name, before the date ('JANE DOELAST UPDATED NOV 6, 2025').
# So is the 'on' or 'at' that joins them ('Jane Doe on Dec. 13, 2025').
_DATELINE_LABEL_TAIL_RE = re.compile(
    r"(?:(?:last\s*)?(?:updated|published|posted)(?:\s+on)?|\s(?:on|at))\s*:?\s*$", re.I
)
# What may trail the name before a dateline's date ('Jane Doe · ', 'Desk / ').
DATELINE_NAME_TRAIL = " ,|·•–—-/"


def _before_date(text: str, cut: int) -> str:
    """The dateline's text before its date at ``cut``, without a label or separator trailing the name."""
    return _DATELINE_LABEL_TAIL_RE.sub("", text[:cut]).rstrip(DATELINE_NAME_TRAIL)


# A name glued by innerText after the date's year, closing the line ('Dec 17, 2025Jane K. Doe').
_GLUED_NAME_RE = re.compile(r"(?<=\d{4})[A-Z][^\d]{2,60}$")


# Right between the headline and the date (or the date under the name's role line), a name in any form a
# template signs with (is_signed_name): a first name or a one-word pen name alone ('Kev', 'Stefan'; blogs
# and small magazines print the first name only: 6 wcxb-dev dumps with a gold author), a user name
# ('inikosoftseo'), a brand in capitals, a name with its role after a comma, a list of names, or the
# publication's name when it is the writer's own (a newsletter's masthead, taken for the site). Over
# wcxb-dev dumps the loose forms name 8 more pages on 8 sites rightly (both halves of the set split by
# site), none wrongly, and no page without a gold author. A line the headline picker took for the
# standfirst is the byline when a date follows (a list of names: 1 dump).


# A blog template's day without its year ('Jun 9', then '5 min read'), as _YEARLESS_DAY_RE reads it, is as
# much a date under the name (2 wcxb-dev dumps on 2 sites), when its word is a month's (a table look-up:
# parsing 'tvOS 13' as a date would load dateparser).
_MONTH_WORD_RE = re.compile(r"[^\W\d_]+")


def _button_or_label(key: str) -> bool:
    """Whether a folded line holds a button's word or a dateline's label (UI_WORDS, LABEL_WORDS): no name."""
    return any(w in UI_WORDS or w in LABEL_WORDS for w in key.split())


def _date_under_name(blocks: list[Block], i: int, language: str | None) -> bool:
    """Whether a date line follows line ``i``, right under it or under its role line ('Jeffrey A. Slotnick',
    'President', 'Dec. 17, 2025')."""
    under = i + 2 if i + 2 < len(blocks) and is_role_line(blocks[i + 1]) else i + 1
    if under >= len(blocks):
        return False
    b = blocks[under]
    if is_date_line(b, language):
        return True
    day = b.text.strip()
    if _YEARLESS_DAY_RE.match(day) is None:
        return False
    word = _MONTH_WORD_RE.search(day)
    month = word.group(0).lower() if word else ""
    return month in ENGLISH_MONTHS or month in ANY_LANGUAGE_MONTHS


def _name_by_date(blocks: list[Block], window: list[int], out: Fields) -> str | None:
    """A bare name next to a date line near the headline ('Jane Doe' over or under 'March 3, 2024'):
    templates print the author's name without a 'By', as a stamp of the date."""
    title = fold(out.title or "")
    # Of the names by a date, the one over it ('JANE DOE' over 'OCTOBER 11, 2024', or with only her role
    # between), then one right under the headline with a line or two between it and the date, then one
    # under the date (often the post's category: 'ML Tools').
    found: list[tuple[int, int]] = []
    for i in window:
        b = blocks[i]
        if (
            i in out.roles
            or not is_bare_name(b)
            or is_role_line(b)  # 'Marketing Director' under 'Liza Burke'
            or b.key == title
            or _button_or_label(b.key)  # 'Go Back', 'Fact Checked'
        ):
            continue  # the headline again, or a button ('Go Back', 'All Insights')
        over = (i + 1, i + 2) if i + 1 < len(blocks) and is_role_line(blocks[i + 1]) else (i + 1,)
        reach = (i + 2, i + 3) if out.roles.get(i - 1) in ("title", "subtitle") else ()
        for rank, places in enumerate((over, reach, (i - 1,))):
            if any(0 <= k < len(blocks) and is_date_line(blocks[k], out.language) for k in places):
                found.append((rank, i))
                break
        if found and found[-1][0] == 0:
            break
    if not found:
        for i in window:
            b = blocks[i]
            if (
                out.roles.get(i - 1) in ("title", "subtitle")
                and out.roles.get(i, "site") in ("site", "subtitle")
                and b.key != title
                and is_signed_name(b)
                and not _button_or_label(b.key)
                and not is_role_line(b)
                and _date_under_name(blocks, i, out.language)
                and not any(x.key == b.key for x in blocks[:i])  # a menu's item ('Product') or the masthead
            ):
                found.append((0, i))
                break
    if found:
        best = min(rank for rank, _ in found)
        i = next(i for rank, i in found if rank == best)  # the nearest to the headline of the best rank
        if out.roles.get(i) == "subtitle":
            out.subtitle = None  # the byline, taken for the standfirst ('Jane Doe, John Roe' over the date)
        out.roles[i] = "byline"
        return blocks[i].text
    for i in window:
        # 'Jane Doe October 14, 2025', 'Jane Doe · 3 min read · Mar 5, 2025': the name before the date, or
        # glued after it.
        b = blocks[i]
        if out.roles.get(i, "date") != "date" or not is_date_line(b, out.language):
            continue
        cut = date_start(b.text)
        name = _before_date(b.text, cut) if cut else ""
        if not name:
            glued = _GLUED_NAME_RE.search(b.text)
            name = glued.group(0).strip() if glued else ""
        if name and is_bare_name(Block(i, name)) and not any(w in UI_WORDS for w in fold(name).split()):
            return name
    return _signed_dateline(blocks, out)


# A dateline right under the headline that signs it, the name before the date or in a field after it
# ('longshot · 03/03/2026 19:44', 'TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025', 'December 15,
# 2025 · 30 min · 6279 words · Ash Vardanian', 'Dec 26, 2025 • Mahua Das in Project Management'): the name
# as a template signs it (is_signed_name), after the date the last field, its category or on-behalf-of
# tail cut. A single capitalised word before the date is the post's category ('Video - December 19, 2025',
# 'Essay - Published: 2025.12.17'), not a name. Over wcxb-dev dumps: 6 pages on 6 sites gain their author
# (both halves of the set split by site), none is named wrongly; one listing without a gold author names
# its first item's source ('12/09/2025 | Chalkbeat Philadelphia').
MAX_SIGNED_DATELINE_WORDS = 14
_SIGNATURE_FIELD_SEP_RE = re.compile(r"\s+[·⋅•|/]\s+|\s*[·⋅•|]\s*")
_SIGNATURE_TAIL_RE = re.compile(r"\s+(?:in|on behalf of)\s.*$")
_CATEGORY_WORD_RE = re.compile(r"^[A-Z][a-z]+$")
# The line after a short one (a kicker, a read time) may still be the headline's dateline.
SHORT_LINE_WORDS = 3


def _signed_name(text: str) -> bool:
    b = Block(0, text)
    return is_signed_name(b) and not _button_or_label(b.key)


def _signed_dateline(blocks: list[Block], out: Fields) -> str | None:
    """The name a dateline right under the headline signs with (see MAX_SIGNED_DATELINE_WORDS), or None."""
    top = next((i for i, r in out.roles.items() if r == "title"), None)
    if top is None:
        return None
    while out.roles.get(top + 1) == "title":
        top += 1  # a headline on two lines
    places = [top + 1]
    if top + 1 < len(blocks) and (
        out.roles.get(top + 1) == "subtitle" or blocks[top + 1].words <= SHORT_LINE_WORDS
    ):
        places.append(top + 2)
    for i in places:
        if i >= len(blocks):
            break
        b = blocks[i]
        if b.words > MAX_SIGNED_DATELINE_WORDS or out.roles.get(i, "date") not in ("date", "subtitle"):
            continue
        cut = date_start(b.text)
        if cut is None:
            continue
        if cut:
            head = _before_date(b.text, cut)
            name = _SIGNATURE_FIELD_SEP_RE.split(head, 1)[0].strip()
            if _CATEGORY_WORD_RE.match(name) or is_dated_headline(b.text):
                continue
        else:
            fields = _SIGNATURE_FIELD_SEP_RE.split(b.text)
            if len(fields) < 2:
                continue
            name = _SIGNATURE_TAIL_RE.sub("", fields[-1].strip())
        if name and _signed_name(name):
            if out.roles.get(i) == "subtitle":
                out.roles[i] = "byline"  # the headline's dateline, not its standfirst
                out.subtitle = None
            return name
    return None


def _thread_starter(
    blocks: list[Block], short: tuple[list[Block], str], window: list[int], out: Fields
) -> str | None:
    """The thread's first poster, named by the forum's post header or label (see thread_starter); before
    the markup's names, which on forums are often a signature's or a sidebar's."""
    lines, joined = short
    for i in lines_holding(joined, (ASKED_HINT,)):
        b = lines[i]
        if b.index + 1 < len(blocks):
            name = question_asker(b.text, blocks[b.index + 1].text, language=out.language)
            if name:
                out.roles.setdefault(b.index + 1, "byline")
                return name
    # thread_starter's own substring tests, over the page's short lines at once (lines_holding).
    hits = lines_holding(joined, STARTER_HINTS)
    near = set(window) if hits else set()
    for i in hits:
        b = lines[i]
        name = thread_starter(b.text, language=out.language, near_title=b.index in near)
        if name:
            out.roles.setdefault(b.index, "byline")
            return name
    return None


# A label on a line of its own over the author's name ('Author:', 'Written by', 'Article written by:'): a
# template's label and value, folded.
AUTHOR_LABELS = BY_WORDS | frozenset({"article by", "article written by", "authored by"})
# How far under the name line an author box's sentence about the person may start.
BIO_REACH = 2


def _author_box(blocks: list[Block], out: Fields) -> str | None:
    """The author named away from the headline, on an article's dump: a line labelled the author's
    ('Written by Jane Doe' at the article's foot), else an author box's name over a sentence about them."""
    for b in blocks:
        name = labelled_byline(b)
        if name:
            out.roles.setdefault(b.index, "byline")
            return name
    for b in blocks[:-1]:
        if b.key in AUTHOR_LABELS and is_bare_name(blocks[b.index + 1]):
            # 'Author:' or 'Written by' on a line of its own, the name on the next, in an author box away
            # from the headline (by the headline the main scan reads it).
            out.roles.setdefault(b.index, "byline")
            out.roles.setdefault(b.index + 1, "byline")
            return blocks[b.index + 1].text
    for b in blocks:
        if is_bare_name(b) and any(
            introduces(b.text, x.text) for x in blocks[b.index + 1 : b.index + 1 + BIO_REACH]
        ):
            return b.text
    return None


# A forum thread's first post carries its poster's card: the name, often a rank under it ('Member', 'Big
# Board Owner', 'Senator'), then counts and a join date ('Posts: 116', 'Registered: 2025-11-01', '2.8k
# posts': POSTER_CARD_RE). The page's first card is the opening poster's, the thread's author, whichever
# forum program prints it (phpBB, FluxBB, MyBB, Invision, SMF). The name is the line over the card, or the
# one over that when both are short names (name over rank); a label over the name ('Topic Author') is no
# name. A Q&A site prints an editor's card before the asker's, under the 'edited …' stamp: it is skipped.
# Asked on dumps after the forum's labels and stamps (_thread_starter), before the bare names by a date
# (a forum's 'Featured Replies' heading, a name glued to its rank 'JGD Members'). Over wcxb-dev dumps: 7
# forum pages on 6 sites gain their author (3 and 4 in the two halves of the set split by site), none is
# lost; one page without a gold author names its opening poster. On the 17 dumps whose author the other
# forms found and that have a card, the card names the same poster on 15 and the gold's on the 2 others.
# The longest POSTER_CARD_RE line ('12.5k 3 gold badges 41 silver badges 52 bronze badges'): a C test
# before the regex. (drop_poster_cards' POSTER_CARD_MAX_WORDS is another measure: a card's short lines.)
CARD_STATS_MAX_WORDS = 12
_CARD_NAME_RE = re.compile(r"^[\w.@-][\w .@'’-]{1,38}$")
MAX_CARD_NAME_WORDS = 3
CARD_NAME_LABELS = frozenset({"author", "starter"})
EDITOR_STAMP = "edited"


def _card_name(b: Block) -> bool:
    """Whether the line over a poster's card may be the poster's name or rank: a short user name or name,
    no button, date or dateline word, and no label naming the line under it."""
    words = b.key.split()
    return (
        0 < len(words) <= MAX_CARD_NAME_WORDS
        and _CARD_NAME_RE.match(b.text) is not None
        and not b.text[0].isdigit()
        and not _button_or_label(b.key)
        and not any(w in CARD_NAME_LABELS for w in words)
        and not opens_with_date(b.text)  # a regex, not a parse: no dateparser
    )


# NodeBB heads each post with the poster's avatar letter and presence ('J Offline'), then the name (a
# group's badge may follow it: 'luizjr4 | Premium'): the page's first such header is the opening post's.
# Over wcxb-dev dumps 3 forums (3 sites, both halves of the set split by site) print it, and the first
# header names the gold author on all 3; no other page has such a line.
_PRESENCE_RE = re.compile(r"^\w (?:Offline|Online)$")
PRESENCE_WORDS = ("offline", "online")


def _presence_poster(blocks: list[Block], i: int) -> str | None:
    """The name under the presence line ``i`` (see _PRESENCE_RE), or None."""
    while i + 1 < len(blocks) and _PRESENCE_RE.match(blocks[i + 1].text):
        i += 1  # the avatar's letter and presence printed twice
    if i + 1 >= len(blocks):
        return None
    name = blocks[i + 1].text.split(" | ", 1)[0].strip()
    return name if _card_name(Block(i + 1, name)) else None


# The first post's card or header stands near the thread's title (the anchor): over wcxb-dev dumps from
# 4 lines over it to 37 under it. Looking only there spares the rest of the page a Python step per line
# (callgrind: the whole page cost ~0.2 M instructions on each scrapinghub dump without an author).
FIRST_POST_BEFORE = 10
FIRST_POST_AFTER = 60


def _first_poster(blocks: list[Block], anchor: int) -> str | None:
    """The name on the first poster's card (see POSTER_CARD_RE) or under the first post's presence line
    (_PRESENCE_RE) by the thread's title at ``anchor`` (see FIRST_POST_BEFORE), or None."""
    for b in blocks[max(0, anchor - FIRST_POST_BEFORE) : anchor + FIRST_POST_AFTER]:
        if b.words == 2 and b.key.endswith(PRESENCE_WORDS) and _PRESENCE_RE.match(b.text):
            return _presence_poster(blocks, b.index)
        if not (
            b.words <= CARD_STATS_MAX_WORDS
            and (b.key[:1].isdigit() or b.key.startswith(POSTER_STATS_OPENINGS))
            and POSTER_CARD_RE.match(b.text)
        ):
            continue
        i = b.index
        if i >= 2 and _card_name(blocks[i - 2]) and _card_name(blocks[i - 1]):
            name = i - 2  # the name over the poster's rank
        elif i >= 1 and _card_name(blocks[i - 1]):
            name = i - 1
        else:
            return None
        if name >= 1 and blocks[name - 1].key.startswith(EDITOR_STAMP):
            continue  # a Q&A post's editor, not its poster
        return blocks[name].text
    return None


def _joined_names(blocks: list[Block], first: int, roles: dict[int, str]) -> str:
    """A byline whose names are separate elements ('Jane Doe', ', ', 'John Roe', ', and', 'Ann Poe'):
    the names from ``first`` on, joined as the page joins them."""
    text = blocks[first].text
    i = first + 1
    while i + 1 < len(blocks) and blocks[i].text.strip() in NAME_JOINERS and is_bare_name(blocks[i + 1]):
        joiner = blocks[i].text.strip()
        text += f"{joiner} " if joiner.startswith(",") else f" {joiner} "
        text += blocks[i + 1].text
        roles[i] = roles[i + 1] = "byline"
        i += 2
    return text.replace(", ,", ",")


def _co_authors(doc: Document, window: list[int], out: Fields) -> str | None:
    """The whole list when a line near the headline lists the author first with co-authors ('Jane Doe,
    John Roe & Ann Poe'): a byline's first name alone is what metadata and author links often give."""
    name = out.author or ""
    for i in window:
        text = doc.blocks[i].text
        role = out.roles.get(i, "subtitle")
        if (
            role == "subtitle"
            and text.startswith(name)
            and text[len(name) : len(name) + 1] in (",", " ", "&")
        ) and is_name_list(text):
            if i in out.roles:
                out.subtitle = None  # the authors under the headline, not its standfirst
            out.roles[i] = "byline"
            return text
    return out.author


def extract_fields(doc: Document, kept: list[bool], dropped_by: dict[int, str]) -> Fields:
    out = Fields()
    blocks = doc.blocks
    body = list(compress(blocks, kept))  # a block's index is its position
    sample = " ".join(b.text for b in body[:40])
    out.language = detect_language(sample, doc.meta.lang) if len(sample) >= LANGUAGE_MIN_CHARS else None
    if out.language is None:
        # Little or no article text (a listing, a stub; a list of titles too few function words tell):
        # the page's other lines are still in its language.
        sample = " ".join(b.text for b in blocks[:LANGUAGE_FALLBACK_BLOCKS])
        out.language = detect_language(sample, doc.meta.lang)
    out.site = pick_site(doc)
    if doc.kind == "text" and out.site and blocks and blocks[0].text == out.site and kept[0]:
        out.site = None  # the rules kept the first line as text: it opens the article, it is no masthead
    if out.site:
        for b in blocks[:3]:
            if b.text == out.site and not kept[b.index]:
                out.roles[b.index] = "site"
                break
    body_start = body[0].index if body else len(blocks)
    head = pick_headline(doc, kept, dropped_by, body_start, out.site, out.language)
    site_line = next((i for i, r in out.roles.items() if r == "site"), None)
    if head.title is None and site_line is not None and doc.kind == "text":
        # A lone short line over the text is the masthead only when a headline competes with it;
        # alone, it is the headline (a note, a plain-text article, our own text output).
        head = pick_headline(doc, kept, dropped_by, body_start, None, out.language)
        if head.title_index == site_line:
            out.site = None
            del out.roles[site_line]
    if head.title is not None:
        title = strip_site_suffix(head.title, out.site)
        if doc.kind == "html":
            title = strip_site_suffix(title, title_tag_site(doc))
        out.title = tidy_title(title)
        if doc.meta.product_page():
            out.title = product_name(out.title)
        if out.site and head.title_index is None and fold_name(out.title) in HOME_PAGE_NAMES:
            out.title = out.site  # '<title>Home | The GitHub Blog</title>': a home page is named by its site
        if head.title_index is not None:
            out.roles[head.title_index] = "title"
        for i in head.title_rest:
            out.roles[i] = "title"
    if head.subtitle_index is not None:
        out.subtitle = blocks[head.subtitle_index].text
        out.roles[head.subtitle_index] = "subtitle"

    anchor = head.title_index if head.title_index is not None else body_start
    window = _near(anchor, len(blocks))
    if doc.kind == "text" and head.title_index is not None:
        # A dump prints the headline twice when the page shows it in a banner and over the text; a date by
        # the first copy ('February 8, 2022') is as much the headline's as one by the picked copy.
        for copy in _headline_copies(blocks, anchor):
            window += [i for i in _near(copy, len(blocks)) if i not in window]
    by_headline = len(window)  # the lines in the headline's reach; the body top's follow
    if body_start != anchor:
        # The headline pick may be wrong or far from the body; the body's top is the second place to look.
        window += [i for i in _near(body_start, len(blocks)) if i not in window]
    updated: str | None = None
    dated_at: int | None = None  # the line that gave out.date
    for i in window:
        b = blocks[i]
        if i in out.roles and out.roles[i] != "subtitle":
            continue
        # A byline may have been taken for the standfirst ('By Scott Levine – Updated Sep 9, 2025 at 1:00 PM
        # EST | Fact-checked by Frank Bass' under the headline).
        if out.author is None and out.roles.get(i, "subtitle") == "subtitle":
            name = byline_name(b)
            line = b
            if not name and b.key in AUTHOR_LABELS and i + 1 < len(blocks) and is_bare_name(blocks[i + 1]):
                # 'Written by' on a line of its own, the name on the next (a template's label and value).
                out.roles[i] = "byline"
                line = blocks[i + 1]
                name = _joined_names(blocks, i + 1, out.roles)
            closing = closing_byline(b.text) if not name and b.words > MAX_DATE_LINE_WORDS else None
            if closing is not None:
                # A standfirst with the byline run on ('… and Canada. By Jane Doe on Dec. 19, 2025'): the
                # line stays the standfirst; the name and the date are read from its closing byline.
                out.author, tail = closing
                found = line_date(tail, language=out.language)
                if found and is_update_line(tail):
                    updated = updated or found
                elif found and out.date is None:
                    out.date, dated_at = found, i
                continue
            if name:
                out.author = name
                if out.roles.get(line.index) == "subtitle":
                    out.subtitle = None
                out.roles[line.index] = "byline"
                found = line_date(line.text, language=out.language)
                if found and is_update_line(line.text):
                    updated = updated or found  # 'By Jane Doe Last Updated: December 6, 2024'
                elif found and out.date is None:
                    out.date, dated_at = found, i
                continue
        short = b.words <= DATE_LINE_MAX_WORDS
        if out.date is None and (short or opens_as_published(b.text)):
            found = line_date(b.text if short else b.text[:POSTED_HEAD_CHARS], language=out.language)
            if found and not is_other_date_line(b.text):
                if is_update_line(b.text) or (
                    doc.kind == "text" and i > 0 and is_update_label(blocks[i - 1].text)
                ):
                    updated = updated or found  # 'Last update:' over 'July 16, 2025' in a dump
                    continue
                out.date, dated_at = found, i
                if is_date_line(b, out.language):
                    if out.roles.get(i) == "subtitle":
                        out.subtitle = None  # a dateline under the headline, not its standfirst
                    out.roles[i] = "date"
    # The page's short lines and their text joined by line breaks (closed by one), for the page-wide
    # substring prefilters of the thread starter and the 'originally published' date.
    lines = [b for b in blocks if b.words <= ORIGINALLY_MAX_WORDS]
    short_lines = (lines, "\n".join([b.text for b in lines]) + "\n")
    if out.author is None:
        out.author = _thread_starter(blocks, short_lines, window, out)
    by_body_top = dated_at is not None and dated_at not in window[:by_headline]
    out.date = _settle_date(
        doc, out, updated, (anchor, body_start), body, short_lines, dropped_by, by_body_top
    )
    if out.date is None and doc.kind == "text":
        out.date = _yearless_day(blocks, window, out)
    if out.date:
        out.date = _day_month_settled(doc, out.date, language=out.language)
    if out.author is None and doc.kind == "html":
        # A line that gave the date may hold the name too ('Post by jdoe » Sat Feb 24, 2024 12:41 pm').
        skip = {i for i, role in out.roles.items() if role != "date"}
        named = markup_named_author(doc, anchor - AUTHOR_LOOKBACK, body_start + AUTHOR_LOOKAHEAD, skip)
        if named:
            out.author = named[1]
    if out.author is None and doc.meta.author:
        out.author = doc.meta.author
    if out.author is None and doc.meta.author_item:
        out.author = doc.meta.author_item
    if out.author is None and doc.meta.author_link:
        out.author = doc.meta.author_link  # the first link to an author's page (a related list's come later)
    if out.author is None and doc.kind == "text":
        out.author = _first_poster(blocks, anchor)
    if out.author is None and doc.kind == "text":
        # HTML names its author in markup and author links, found above; its bare name lines are more
        # often a section's or a product's name.
        out.author = _name_by_date(blocks, window, out)
    if (
        out.author is None
        and doc.kind == "text"
        and sum(b.words for b in body if b.is_prose) >= DATED_MIN_PROSE_WORDS
    ):
        out.author = _author_box(blocks, out)
    if out.author and not any(r == "byline" for r in out.roles.values()):
        out.author = _co_authors(doc, window, out)
    if out.author:
        out.author = tidy_author(out.author) or None
    if out.date and out.author:
        # Last: the author pickers read the roles given so far.
        _mark_datelines(blocks, kept, body, window, out)
    return out
