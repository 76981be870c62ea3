"""Fields: from the judged blocks (kept and dropped) to title, subtitle, date, author, site, language.

Fields look at dropped blocks too: the headline usually sits outside the article body that the rules
kept, and that is fine. Blocks a field consumes get a role so they leave the paragraphs and ``explain``
shows what they became.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cleaner.blocks import Document
from cleaner.fields.date import is_update_line, parse_date
from cleaner.fields.language import MIN_CHARS as LANGUAGE_MIN_CHARS
from cleaner.fields.language import detect_language
from cleaner.fields.site import pick_site, strip_site_suffix
from cleaner.fields.text_signals import byline_name, is_date_line
from cleaner.fields.title import pick_headline

# How far around the headline a date or byline may stand and still belong to it.
META_WINDOW_BEFORE = 4
META_WINDOW_AFTER = 8
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


def extract_fields(doc: Document, kept: list[bool], dropped_by: dict[int, str]) -> Fields:
    out = Fields()
    blocks = doc.blocks
    body = [b for b in blocks if kept[b.index]]
    sample = " ".join(b.text for b in body[:40])
    if len(sample) < LANGUAGE_MIN_CHARS:
        # Little or no article text (a listing, a stub): the page's other lines are still in its language.
        sample = " ".join(b.text for b in blocks[:LANGUAGE_FALLBACK_BLOCKS])
    out.language = detect_language(sample, doc.meta.lang)
    out.site = pick_site(doc)
    if out.site:
        for b in blocks[:3]:
            if b.text == out.site and not kept[b.index]:
                out.roles[b.index] = "site"
                break
    body_start = body[0].index if body else len(blocks)
    head = pick_headline(doc, kept, dropped_by, body_start, out.site, out.language)
    if head.title is not None:
        out.title = strip_site_suffix(head.title, out.site)
        if head.title_index is not None:
            out.roles[head.title_index] = "title"
    if head.subtitle_index is not None:
        out.subtitle = blocks[head.subtitle_index].text
        out.roles[head.subtitle_index] = "subtitle"

    anchor = head.title_index if head.title_index is not None else body_start
    lo, hi = max(0, anchor - META_WINDOW_BEFORE), min(len(blocks), anchor + META_WINDOW_AFTER + 1)
    window = sorted(range(lo, hi), key=lambda i: (abs(i - anchor), i))
    updated: str | None = None
    for i in window:
        b = blocks[i]
        if i in out.roles:
            continue
        if out.author is None:
            name = byline_name(b)
            if name:
                out.author = name
                out.roles[i] = "byline"
                found = parse_date(b.text, language=out.language)
                if found and out.date is None:
                    out.date = found
                continue
        if out.date is None and b.words <= 25:
            found = parse_date(b.text, language=out.language)
            if found:
                if is_update_line(b.text):
                    updated = updated or found
                    continue
                out.date = found
                if is_date_line(b, out.language):
                    out.roles[i] = "date"
    if out.date is None and doc.meta.published:
        out.date = parse_date(doc.meta.published, language=out.language)
    if out.date is None:
        out.date = updated
    if out.author is None and doc.meta.author:
        out.author = doc.meta.author
    return out
