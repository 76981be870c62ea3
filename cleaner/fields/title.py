"""The headline and the standfirst under it.

Text dumps: the headline is the title-like line closest above the article body (dates, bylines and
buttons between them are skipped); a second title-like line between it and the body is the standfirst.
HTML adds evidence: the <h1>, and the page's own title metadata to choose between several <h1>s.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.blocks import Block, Document
from cleaner.fields.date import parse_date
from cleaner.fields.text_signals import byline_name, is_date_line
from cleaner.rules.phrases import fold

# How many blocks above the body the headline may stand.
HEADER_LOOKBACK = 15
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 40
SUBTITLE_MIN_WORDS = 5
SUBTITLE_MAX_WORDS = 80
MASTHEAD_MAX_WORDS = 6
# Title, subtitle and date lines at most.
HEAD_GROUP_MAX = 3
# Menus and account links end the headline block: a line above them is navigation or the masthead.
MENU_RULES = frozenset({"drop_site_chrome", "drop_link_lists"})
# Rules whose drops mark UI text, never a headline (structural drops like "before the article" do not).
LABEL_RULES = frozenset(
    {
        "drop_player_residue",
        "drop_consent_banner",
        "drop_newsletter_prompts",
        "drop_social_buttons",
        "drop_ad_labels",
        "drop_counters",
        "drop_site_chrome",
        "drop_copyright",
        "drop_image_credits",
        "drop_symbol_lines",
        "drop_link_lists",
    }
)


@dataclass
class Headline:
    title: str | None = None
    title_index: int | None = None
    subtitle_index: int | None = None


def _candidate(b: Block, dropped_by: dict[int, str], site: str | None, language: str | None) -> bool:
    if dropped_by.get(b.index) in LABEL_RULES:
        return False
    if not TITLE_MIN_WORDS <= b.words <= TITLE_MAX_WORDS or b.text.endswith(":"):
        return False
    if site and fold(b.text) == fold(site):
        return False
    return not (b.link_density > 0.5 or byline_name(b) or is_date_line(b, language))


def _skippable(b: Block, dropped_by: dict[int, str], language: str | None) -> bool:
    """Lines that may stand between headline and body: dates, bylines, buttons, credits."""
    return (
        dropped_by.get(b.index) in LABEL_RULES
        or bool(byline_name(b))
        or is_date_line(b, language)
        or (b.words < TITLE_MIN_WORDS)
    )


def _text_headline(
    doc: Document, dropped_by: dict[int, str], body_start: int, site: str | None, language: str | None
) -> Headline:
    blocks = doc.blocks
    cluster: list[Block] = []
    lo = max(0, body_start - HEADER_LOOKBACK)
    for i in range(body_start - 1, lo - 1, -1):
        b = blocks[i]
        if _candidate(b, dropped_by, site, language):
            if b.index == 0 and site is None and len(blocks) > 1 and cluster and _stands_alone(blocks, b):
                break  # a short first line above a headline is the masthead, not a second headline
            cluster.insert(0, b)
            if len(cluster) == 2:
                break
        elif cluster and (dropped_by.get(b.index) in MENU_RULES or not _skippable(b, dropped_by, language)):
            break  # a menu above the headline: what is above it is not part of the headline
    if not cluster:
        return Headline()
    if len(cluster) == 2:
        first, second = cluster
        if SUBTITLE_MIN_WORDS <= second.words <= SUBTITLE_MAX_WORDS and (
            second.words >= first.words or second.ends_sentence
        ):
            return Headline(first.text, first.index, second.index)
        return Headline(second.text, second.index)
    return Headline(cluster[0].text, cluster[0].index)


def _meta_titles(doc: Document) -> list[str]:
    m = doc.meta
    return [fold(x) for x in (m.headline, m.og_title, m.title_tag) if x]


def _html_headline(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    site: str | None,
    language: str | None,
) -> Headline:
    h1s = [b for b in doc.blocks if b.heading == 1 and TITLE_MIN_WORDS - 1 <= b.words <= TITLE_MAX_WORDS]
    metas = _meta_titles(doc)
    best: Block | None = None
    if h1s:

        def score(b: Block) -> tuple[int, int, int]:
            f = fold(b.text)
            in_meta = any(f and (f in m or m in f) for m in metas)
            in_content = not (b.landmarks & {"nav", "footer", "aside"})
            return (int(in_meta), int(in_content), -abs(b.index - body_start))

        best = max(h1s, key=score)
        if fold(best.text) == fold(site or "") and len(h1s) == 1 and metas:
            best = None  # a logo <h1> holding the site name
    if best is None:
        found = _text_headline(doc, dropped_by, body_start, site, language)
        if found.title_index is not None and (not metas or any(fold(found.title or "") in m for m in metas)):
            return found
        meta_title = doc.meta.headline or doc.meta.og_title or doc.meta.title_tag
        return Headline(meta_title, None)
    sub = None
    for b in doc.blocks[best.index + 1 : best.index + 1 + HEADER_LOOKBACK]:
        if kept[b.index] and (b.is_prose or b.index >= body_start):
            if b.heading != 1 and _dek_opens_body(doc, kept, b):
                sub = b.index
            break
        if dropped_by.get(b.index) in LABEL_RULES or byline_name(b) or is_date_line(b, language):
            continue
        if SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS and b.heading != 1 and b.link_density < 0.3:
            sub = b.index
        break
    return Headline(best.text, best.index, sub)


def pick_headline(
    doc: Document,
    kept: list[bool],
    dropped_by: dict[int, str],
    body_start: int,
    site: str | None,
    language: str | None,
) -> Headline:
    if doc.kind == "html":
        return _html_headline(doc, kept, dropped_by, body_start, site, language)
    head = _text_headline(doc, dropped_by, body_start, site, language)
    group = _head_group(doc, kept, dropped_by, language)
    if group:
        # Only fills gaps: a headline the rules kept as prose (it ends in a full stop), or its standfirst.
        sub = group[1] if not _skippable(doc.blocks[group[1]], dropped_by, language) else None
        if head.title_index is None:
            return Headline(doc.blocks[group[0]].text, group[0], sub)
        if head.title_index == group[0] and head.subtitle_index is None:
            head.subtitle_index = sub
    if head.title_index is not None and head.subtitle_index is None:
        first_kept = next((b for b in doc.blocks[head.title_index + 1 :] if kept[b.index]), None)
        near = first_kept is not None and first_kept.index - head.title_index <= HEADER_LOOKBACK
        if near and first_kept is not None and _dek_opens_body(doc, kept, first_kept):
            head.subtitle_index = first_kept.index
    return head


def _stands_alone(blocks: list[Block], b: Block) -> bool:
    """A short line with a blank line after it, as mastheads stand."""
    nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
    return b.words <= MASTHEAD_MAX_WORDS and (nxt is None or nxt.para_start)


def _head_group(
    doc: Document, kept: list[bool], dropped_by: dict[int, str], language: str | None
) -> list[int] | None:
    """Title, subtitle and date written as one group of lines at the top, then a blank line: the shape of
    our own text output (``Article.to_text``) and of hand-made copies. The group's indexes, or None."""
    blocks = doc.blocks
    group = [0]
    while len(group) < HEAD_GROUP_MAX and len(blocks) > len(group) and not blocks[len(group)].para_start:
        group.append(len(group))
    if len(group) < 2 or len(blocks) <= len(group) or not blocks[len(group)].para_start:
        return None
    first = blocks[0]
    for i in group:
        b = blocks[i]
        if b.words > SUBTITLE_MAX_WORDS or (dropped_by.get(i) in LABEL_RULES and not is_date_line(b, language)):
            return None
    if not TITLE_MIN_WORDS <= first.words <= TITLE_MAX_WORDS or _skippable(first, dropped_by, language):
        return None
    after = blocks[len(group)]
    return group if kept[after.index] and after.is_prose else None  # the article starts right below


def _dek_opens_body(doc: Document, kept: list[bool], b: Block) -> bool:
    """The first kept line under the headline is its standfirst when it reads like one: a long line without
    final punctuation (body paragraphs end in a full stop), with the article's prose following it."""
    if not (SUBTITLE_MIN_WORDS <= b.words <= SUBTITLE_MAX_WORDS) or b.ends_sentence or b.link_density >= 0.3:
        return False
    if byline_name(b) or parse_date(b.text) is not None:
        return False  # a byline or date line carries a field, not the standfirst
    return any(kept[x.index] and x.is_prose for x in doc.blocks[b.index + 1 : b.index + 1 + HEADER_LOOKBACK])
