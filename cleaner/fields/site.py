"""The site's name: metadata for HTML, the masthead line for text dumps; and removing it from titles."""

from __future__ import annotations

import re

from cleaner.blocks import Document
from cleaner.rules.phrases import CHROME, fold

# trafilatura's title separators; the site name is the part that is not the headline.
# ``(?<!\s)`` starts a try only at the first space of a run: without it a run of n spaces cost O(n²).
TITLE_SEPARATORS_RE = re.compile(
    r"(?<!\s)(?:\s+[|–—•·⁄:~‹«›»>-]\s+|\s+[-|]{2}\s+|\s*\|\s*)"
)
MAX_SITE_WORDS = 6


def pick_site(doc: Document) -> str | None:
    meta = doc.meta
    if meta.site_name:
        return meta.site_name
    if meta.title_tag:
        parts = [p for p in TITLE_SEPARATORS_RE.split(meta.title_tag) if p]
        if len(parts) >= 2 and len(parts[-1].split()) <= MAX_SITE_WORDS:
            return parts[-1].strip()
    if doc.kind == "text" and doc.blocks:
        first = doc.blocks[0]
        # The masthead: a short first line that is not a menu word, a date or a sentence.
        if (
            1 <= first.words <= MAX_SITE_WORDS
            and not first.ends_sentence
            and fold(first.text) not in CHROME
            and not any(ch.isdigit() for ch in first.text)
        ):
            later = {fold(b.text) for b in doc.blocks[1:]}
            nxt = doc.blocks[1] if len(doc.blocks) > 1 else None
            # Stand-alone (a blank line after it) or repeated further down, as mastheads are.
            if fold(first.text) in later or (nxt is not None and nxt.para_start):
                return first.text
    return None


def strip_site_suffix(title: str, site: str | None) -> str:
    """'Headline | Site' -> 'Headline'; keeps titles whose separator is part of the headline."""
    parts = [p.strip() for p in TITLE_SEPARATORS_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site:
        fs = fold(site)
        rest = [p for p in parts if fold(p) != fs and fold(p).replace(" ", "") != fs.replace(" ", "")]
        if len(rest) < len(parts) and rest:
            return _rejoin(title, rest)
    return title


def _rejoin(title: str, rest: list[str]) -> str:
    # Keep the original text between the surviving parts when they were adjacent.
    start = title.find(rest[0])
    end = title.rfind(rest[-1]) + len(rest[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(rest)
