"""Dates the page states in its markup (meta tags, JSON-LD, <time datetime>), read as ISO days.

Machine-readable dates are ISO 8601 with a time part ("2025-07-20T15:27:00+01:00"); the shared text
parser looks for dates inside prose and does not read that form, so markup dates get their own strict
reader, and only fall back to the prose parser for the odd human-written value.
"""

from __future__ import annotations

import re
from datetime import date

from cleaner.blocks import Document
from cleaner.fields.date import MAX_FUTURE_DAYS, MIN_YEAR, is_update_line, parse_date

_ISO_DAY_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_]|[+-]\d)")


def parse_markup_date(value: str, *, language: str | None = None, today: date | None = None) -> str | None:
    """ISO day of a machine-readable date value, or None when it is not a plausible date."""
    today = today or date.today()
    m = _ISO_DAY_RE.match(value)
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        if day.year < MIN_YEAR or (day - today).days > MAX_FUTURE_DAYS:
            return None
        return day.isoformat()
    return parse_date(value, language=language, today=today)


# Class/id words that name the element holding a post's date (WordPress "entry-date", "post-date",
# "published", "article__time", forum "postdate" ...). Checked on the block's nearest containers.
_DATE_ATTR_RE = re.compile(r"date|time|publish|posted|byline|post-?meta|entry-meta|article-?meta|dateline")
_NOT_PUBLISHED_ATTR_RE = re.compile(r"updat|modif|comment|related|footer|copyright|sidebar")
DATE_ATTR_WORDS = 3  # class/id words of the block's own and nearest containers
DATE_BLOCK_MAX_WORDS = 12
BOILERPLATE_LANDMARKS = frozenset({"nav", "footer", "aside"})
# How far past the start of the body a dated block may stand (posts' first date, not a comment's).
DATE_BLOCK_LOOKAHEAD = 40


def markup_named_date(
    doc: Document, start: int, stop: int, language: str | None, skip: set[int]
) -> tuple[int, str] | None:
    """First short block in [start, stop) inside a container named like a date (not 'updated') whose
    text reads as a date: the visible publication date when it sits apart from the headline."""
    for b in doc.blocks[start:stop]:
        if b.index in skip or b.words > DATE_BLOCK_MAX_WORDS or b.landmarks & BOILERPLATE_LANDMARKS:
            continue
        near = " ".join(b.attrs.split(None, DATE_ATTR_WORDS)[:DATE_ATTR_WORDS])
        if not near or not _DATE_ATTR_RE.search(near) or _NOT_PUBLISHED_ATTR_RE.search(near):
            continue
        if is_update_line(b.text):
            continue
        found = parse_date(b.text, language=language)
        if found:
            return b.index, found
    return None
