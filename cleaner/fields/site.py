"""The site's name: metadata for HTML, the masthead line for text dumps; and removing it from titles."""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.blocks import Document
from cleaner.rules.phrases import CHROME, COPYRIGHT_NOTICE_MAX_WORDS, fold, page_copyright_lines

# trafilatura's title separators; the site name is the part that is not the headline.
# ``(?<!\s)`` starts a try only at the first space of a run: without it a run of n spaces cost O(n²).
# ``(?=[\s|])``: every separator opens with a space or a pipe, so at any other character one class test
# fails the try before the lookbehind and the three alternatives are tried (half the regex's cost, ~0.15 M
# instructions a page on scrapinghub HTML: the site and title fields split and search each <title> and
# heading).
TITLE_SEPARATORS_RE = re.compile(r"(?=[\s|])(?<!\s)(?:\s+[|–—•·⁄:~‹«›»>-]\s+|\s+[-|]{2}\s+|\s*\|\s*)")
MAX_SITE_WORDS = 6
# How many lines from the top a masthead may stand, and from the bottom its copyright notice.
MASTHEAD_LOOKAHEAD = 12
_TLD_RE = re.compile(r" (?:com|org|net|co|co uk|io|de|fr|es|it|nl|ai)$")
_HOST_RE = re.compile(r"^\w+://(?:www\.)?([^/:?#]+)")
MIN_HOST_MATCH = 3
DATE_LIKE_RE = re.compile(r"\d[:/.]\d|\b(?:19|20)\d\d\b")
# The site and title tests fold the page's few names again and again: its declared titles (JSON-LD
# headline, og:title, <title>), their '|'-separated parts, the site name and the <h1>s (the site suffix is
# cut off three titles, each test of the headline pick compares with them). ``fold`` costs ~400
# instructions a character, so each distinct name is folded once; a page brings ~20 of them.
FOLD_CACHE_NAMES = 1024
fold_name = lru_cache(maxsize=FOLD_CACHE_NAMES)(fold)


@lru_cache(maxsize=FOLD_CACHE_NAMES)
def title_parts(title: str) -> tuple[str, ...]:
    """The title split at its separators (TITLE_SEPARATORS_RE), once per title: the site name, the site
    suffix and the masthead tests all split the page's <title>."""
    return tuple(TITLE_SEPARATORS_RE.split(title))


def pick_site(doc: Document) -> str | None:
    meta = doc.meta
    if meta.site_name:
        return meta.site_name
    if meta.title_tag:
        parts = [p for p in title_parts(meta.title_tag) if p]
        # With the page's address known, the host decides: 'Alma — Simplifying Access to Therapy' on
        # helloalma.com ends with a tagline, not the site's name.
        if (
            len(parts) >= 2
            and len(parts[-1].split()) <= MAX_SITE_WORDS
            and (meta.url is None or names_host(parts[-1], meta.url))
        ):
            return parts[-1].strip()
        if len(parts) == 1 and _title_tag_is_site(doc, meta.title_tag):
            return meta.title_tag.strip()
    if doc.kind == "text" and doc.blocks:
        first = doc.blocks[0]
        # The masthead: a short first line that is not a menu word, a date or a sentence.
        if _masthead_like(first.text, first.words, first.ends_sentence):
            later = {b.key for b in doc.blocks[1:]}
            nxt = doc.blocks[1] if len(doc.blocks) > 1 else None
            # Stand-alone (a blank line after it) or repeated further down, as mastheads are.
            if first.key in later or (nxt is not None and nxt.para_start):
                return first.text
        # Below a skip link or a cookie banner: a short top line the copyright notice names.
        rights = [f" {b.key} " for b in page_copyright_lines(doc, COPYRIGHT_NOTICE_MAX_WORDS)]
        for b in doc.blocks[:MASTHEAD_LOOKAHEAD]:
            named = any(f" {b.key} " in r for r in rights)
            if named and _masthead_like(b.text, b.words, b.ends_sentence):
                return b.text
    return None


def _title_tag_is_site(doc: Document, title: str) -> bool:
    """A <title> that is only the site's name: short, not the headline, and shown above the headline."""
    f = fold_name(title)
    if not f or len(title.split()) > MAX_SITE_WORDS or f in CHROME:
        return False
    if any(f in fold_name(h) or fold_name(h) in f for h in doc.meta.h1):
        return False
    top = next((b.index for b in doc.blocks if b.heading == 1), 0)
    return any(b.key.startswith(f) for b in doc.blocks[:top])


def _masthead_like(text: str, words: int, ends_sentence: bool) -> bool:
    # The word count first: counting digits over a 50 MB first line took seconds.
    return (
        1 <= words <= MAX_SITE_WORDS
        and not ends_sentence
        and fold(text) not in CHROME
        and sum(ch.isdigit() for ch in text) <= 2
        and not DATE_LIKE_RE.search(text)
    )


def title_tag_site(doc: Document) -> str | None:
    """The last part of the page's <title> when it is short enough to be a site name: pages often give
    og:site_name one spelling ('WRAL.com') and their titles another ('... | WRAL')."""
    raw = doc.meta.title_tag
    if not raw or not doc.meta.url:
        return None
    parts = [p for p in title_parts(raw) if p.strip()]
    if len(parts) < 2 or len(parts[-1].split()) > MAX_SITE_WORDS:
        return None
    # Only a part the page's host spells out is the site ('... | WRAL' on www.wral.com): a last part
    # like '- March 2026' or '- Features and Pricing' belongs to the headline.
    return parts[-1].strip() if names_host(parts[-1], doc.meta.url) else None


def names_host(text: str, url: str) -> bool:
    """'WRAL' on www.wral.com, 'Ruggable US' on ruggable.com: the text and the host name spell the same
    name (spaces and punctuation aside)."""
    host = _HOST_RE.match(url)
    compact = re.sub(r"\W+", "", fold_name(text))
    if not host or len(compact) < MIN_HOST_MATCH:
        return False
    labels = host.group(1).lower().split(".")
    name = labels[-2] if len(labels) >= 2 else labels[0]  # the label before the TLD
    name = name.replace("-", "")
    return compact in host.group(1).replace("-", "").lower() or (
        len(name) > MIN_HOST_MATCH and name in compact
    )


@lru_cache(maxsize=1024)
def strip_site_suffix(title: str, site: str | None) -> str:
    """'Headline | Site' -> 'Headline'; keeps titles whose separator is part of the headline.

    Cached: a page's declared titles are stripped of the same site name by several title tests."""
    parts = [p.strip() for p in title_parts(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site:
        fs = fold_name(site)
        names = {fs.replace(" ", ""), _TLD_RE.sub("", fs).replace(" ", "")}  # 'WRAL.com' also names 'WRAL'
        rest = [
            p
            for p, f in zip(parts, map(fold_name, parts), strict=True)
            if f != fs and f.replace(" ", "") not in names
        ]
        if len(rest) < len(parts) and rest:
            return _rejoin(title, rest)
    return title


def _rejoin(title: str, rest: list[str]) -> str:
    # Keep the original text between the surviving parts when they were adjacent.
    start = title.find(rest[0])
    end = title.rfind(rest[-1]) + len(rest[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(rest)
