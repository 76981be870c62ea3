"""The author from the page's markup: a short line in a container named for the author.

Themes mark the byline's name with class words such as ``author-name``, ``byline``, ``post-author``;
forum engines with ``username`` / ``user-details``. The name is visible text, so it is preferred over
a ``<meta name=author>`` that may name the publisher.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.blocks import Block, Document
from cleaner.fields.date import is_other_date_line, parse_date

_AUTHOR_ATTR_RE = re.compile(
    r"author|byline|username|user-?name|user-?(?:details|info)|writer|contributor|poster"
)
# Containers around the author's name that are not the name: bios, avatars, dates, counts, follow links.
_NOT_NAME_ATTR_RE = re.compile(r"bio|desc|avatar|img|image|date|time|count|follow|social|title|role|job")
AUTHOR_ATTR_WORDS = 2  # the block's own and its parent's class/id words
AUTHOR_MAX_WORDS = 6
AUTHOR_MAX_CHARS = 60
BOILERPLATE_LANDMARKS = frozenset({"nav", "footer", "aside", "form", "dialog"})
# Lines in author boxes that are labels or badges, not names.
_NOT_NAME_TEXT_RE = re.compile(
    r"[*§@#]|\b(?:by|from|with)$|:$|\b(?:verified|checked|reviewed|edited|sponsored|dealer|contact|touch|"
    r"disabled|anonymous|guest|team member|feedback|author)\b",
    re.I,
)
# Labels a name line may begin with ("By", "Written by", "Author:", a forum's "Post by").
_LABEL_RE = re.compile(r"^(?:by|written by|post(?:ed)? by|author|autor|von|par|por)\s*:?\s+", re.I)
_DATEISH_RE = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[:/.]\d{1,2}|\bago\b", re.I)
# The name and the date in one author line, set apart by a spaced separator: forum engines head each post
# 'Post by <name> » Sat Feb 24, 2024 12:41 pm' (phpBB), themes 'By Jane Doe | March 3, 2024'.
_NAME_DATE_SEPARATOR_RE = re.compile(r"\s[»|•·–—]\s")
# Such a line is the name's few words and a date's few more.
DATED_AUTHOR_MAX_WORDS = AUTHOR_MAX_WORDS + 8
DATED_AUTHOR_MAX_CHARS = AUTHOR_MAX_CHARS + 40


def _without_date_part(text: str) -> str:
    """'changingtimes » Sat Feb 24, 2024 12:41 pm' -> 'changingtimes': the date after the separator is
    the post's, not part of its author's name. Only a date: a poster card's '2,994 posts · Joined 2021'
    is no name and a date (a line without that shape is returned as it is)."""
    parts = _NAME_DATE_SEPARATOR_RE.split(text, maxsplit=1)
    if len(parts) == 2 and not _DATEISH_RE.search(parts[0]) and parse_date(parts[1]) is not None:
        return parts[0]
    return text


@lru_cache(maxsize=8192)
def _author_container(attrs: str) -> bool:
    """Whether the block's own or its parent's class/id words name the author and not a part of the
    author box that is no name. Cached: a page's author box and post list repeat the same class words.
    Only the words read are cut from the string (``maxsplit``): it holds ~15, ~180 characters."""
    near = " ".join(attrs.split(None, AUTHOR_ATTR_WORDS)[:AUTHOR_ATTR_WORDS])
    return bool(near) and _AUTHOR_ATTR_RE.search(near) is not None and _NOT_NAME_ATTR_RE.search(near) is None


def _name_in(b: Block) -> str | None:
    # The size test first: most lines are longer than a name (and a date), and it costs no split or regex.
    if (
        b.words > DATED_AUTHOR_MAX_WORDS
        or b.length > DATED_AUTHOR_MAX_CHARS
        or (b.link_density > 0.5 and b.words > 4)
    ):
        return None
    if not _author_container(b.attrs):
        return None
    text = _LABEL_RE.sub("", b.text)
    text = _without_date_part(text)
    if len(text) > AUTHOR_MAX_CHARS or len(text.split()) > AUTHOR_MAX_WORDS:
        return None
    text = text.strip(" ,;:|•·-")
    if not text or (b.ends_sentence and not text.endswith(".")):
        return None
    if _DATEISH_RE.search(text) or not any(ch.isalpha() for ch in text) or _NOT_NAME_TEXT_RE.search(text):
        return None
    return text


def markup_named_author(doc: Document, start: int, stop: int, skip: set[int]) -> tuple[int, str] | None:
    """First block in [start, stop) that is a short name inside a container named for the author."""
    for b in doc.blocks[max(0, start) : stop]:
        if b.index in skip or not b.attrs or b.landmarks & BOILERPLATE_LANDMARKS:
            continue
        name = _name_in(b)
        if name and not (b.index and is_other_date_line(doc.blocks[b.index - 1].text)):
            # (the name under 'edited Aug 1, 2014' is the editor's, not the author's)
            return b.index, name
    return None
