"""Shared line tests the field pickers agree on (is this a byline? a date line? the site name?)."""

from __future__ import annotations

import re

from cleaner.blocks import Block
from cleaner.fields.date import parse_date

BYLINE_RE = re.compile(
    r"^(?:written\s+by|words\s+by|posted\s+by|story\s+by|text\s+by|reported\s+by|by|von|par|por|di|door|av|"
    r"autor(?:in)?|author|auteur|autore|reporter)\s*:?\s+(.+)$",
    re.I,
)
# A name: 1-5 capitalised words, possibly joined by "and"/"und"/"et"/"y"/"&"/","
_NAME_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?(?:\s+(?:van|von|de|da|del|der|den|la|le|du|bin|al|el)?\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,4})"
    r"(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,4})*$"
)
# ``(?<!\s)``: one try per run of spaces, not one per space (a run of n spaces cost O(n²)).
_BYLINE_TAIL_RE = re.compile(
    r"(?<!\s)\s*(?:[|•·,–—-]|\bon\b|\bam\b|\ble\b|\bel\b|\bupdated\b|\bpublished\b).*$", re.I
)
MAX_BYLINE_WORDS = 14
MAX_DATE_LINE_WORDS = 10


def byline_name(b: Block) -> str | None:
    """The author's name if the block is a byline ('By Jane Doe | July 1, 2025' -> 'Jane Doe')."""
    if b.words > MAX_BYLINE_WORDS:
        return None
    m = BYLINE_RE.match(b.text)
    if not m:
        return None
    name = m.group(1).strip()
    if not _NAME_RE.match(name):
        name = _BYLINE_TAIL_RE.sub("", name).strip()
    name = name.rstrip(" ,;:|")
    return name if name and _NAME_RE.match(name) else None


def is_date_line(b: Block, language: str | None) -> bool:
    """A short line that is mostly a date ('Tuesday, Jul 01, 2025', 'Updated 2 July 2025 10:00')."""
    return b.words <= MAX_DATE_LINE_WORDS and parse_date(b.text, language=language) is not None
