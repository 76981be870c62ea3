"""Text dumps (innerText, lynx/w3m, WET, copy-paste) to blocks: one block per non-empty line.

Lines and blank lines are the only structure a dump keeps, so a blank line before a line is recorded as
``para_start``; everything else is left to the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, islice

from cleaner.blocks import STOPWORDS, Block, Document, normalize_space, too_many_lines
from cleaner.config import DEFAULT_MAX_LINES

# lynx/w3m reference markers ("[12]Home") are link evidence, not text.
_LYNX_REF_RE = re.compile(r"\[\d{1,4}\]")
# A Common Crawl WET record starts with WARC headers up to the first blank line.
_WARC_HEAD_RE = re.compile(r"\AWARC/\d\.\d\r?\n.*?\r?\n\r?\n", re.S)
_BULLETS = "*•·‣◦▪■–-"
_BULLET_RE = re.compile(rf"^[{_BULLETS}]\s+")
_NO_LANDMARKS: frozenset[str] = frozenset()  # a dump's lines stand in no landmark
# innerText joins a table row's cells with tabs (and its rows with newlines); a tab between two words is
# such a row, a leading tab is code's or a poem's indent. A cell ending in a block (a paragraph, a <br>)
# breaks its row there, and the next cell's line then opens with what is left of the cell, a no-break
# space ('\xa0 \tResult of an assessment process'): such a line is a row too (an indent is tabs or plain
# spaces). 9 wcxb-dev dumps hold such rows (none of scrapinghub's); 2 change, both better (+.145, +.122).
_TABLE_ROW_RE = re.compile(r"(?:\S|^[ \xa0]*\xa0 *)\t+ *\S")
# Characters per slice of the text split into lines at once (see ``_lines``).
LINES_SLICE_CHARS = 1 << 20


# Hard-wrapped dumps (lynx, w3m, mail, `fmt`) cut every paragraph into lines of a fixed width, so a
# sentence spans several "blocks" and none of them reads as prose. Such a dump is recognised by its long
# lines ending near one common width; a line filled up to that width continues on the next one.
WRAP_MIN_LINES = 8
WRAP_MIN_LENGTH = 40  # lines shorter than this say nothing about the width
WRAP_WIDTHS = (50, 100)  # terminal and mail widths; innerText paragraphs are single lines far longer
WRAP_SLACK = 15  # a filled line ends within this many characters of the width (the next word did not fit)
WRAP_MIN_SHARE = 0.6  # of the lines ending near the width, at least this share go on in the next line
WRAP_PERCENTILE = 0.9
WRAP_SAMPLE_LINES = 5000
# Prose wraps at any word: about half the breaks fall before a lower-case word or after a function word.
WRAP_MID_SENTENCE_SHARE = 0.3
# A headline centred over the text and wrapped: both lines indented deeply, around the same middle.
CENTRED_MIN_INDENT = 8
CENTRED_TOLERANCE = 4


def _wrap_width(lines: list[str]) -> int | None:
    long = [i for i, x in enumerate(lines) if len(x.strip()) >= WRAP_MIN_LENGTH]
    if len(long) < WRAP_MIN_LINES:
        return None
    lengths = sorted(len(lines[i].rstrip()) for i in long)
    width = lengths[int(WRAP_PERCENTILE * (len(lengths) - 1))]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    # Wrapped: the lines ending near the width mostly go on in the next line, at the same indent. (A
    # cleaned article of medium-length paragraphs has such lengths too, but a blank line after each.)
    near = [i for i in long if width - WRAP_SLACK <= len(lines[i].rstrip()) <= width]
    going_on = [
        i
        for i in near
        if i + 1 < len(lines) and lines[i + 1].strip() and _indent(lines[i + 1]) == _indent(lines[i])
    ]
    # ...and break mid-sentence: the next line goes on in lower case, or the line ends on a function word
    # ('the', 'of'). Lists of headlines or product names have similar lengths but break between items.
    mid_sentence = sum(1 for i in going_on if _breaks_mid_sentence(lines[i], lines[i + 1]))
    wrapped = (
        len(near) * 2 >= WRAP_MIN_LINES
        and len(going_on) >= WRAP_MIN_SHARE * len(near)
        and mid_sentence >= WRAP_MID_SENTENCE_SHARE * len(going_on)
    )
    return width if wrapped else None


def _breaks_mid_sentence(line: str, nxt: str) -> bool:
    words = line.split()
    return nxt.lstrip()[:1].islower() or (bool(words) and words[-1].lower() in STOPWORDS)


def _centred_pair(a: str, b: str) -> bool:
    """Two lines indented far more than paragraphs are, around the same middle: one centred heading."""
    if _indent(a) < CENTRED_MIN_INDENT or _indent(b) < CENTRED_MIN_INDENT:
        return False
    middle_a = _indent(a) + len(a.strip()) / 2
    middle_b = _indent(b) + len(b.strip()) / 2
    return abs(middle_a - middle_b) <= CENTRED_TOLERANCE


def _unwrap(lines: Iterator[str]) -> Iterator[str]:
    """Join the lines of each hard-wrapped paragraph (and of a wrapped, centred headline); whether the
    dump is wrapped is told from its first WRAP_SAMPLE_LINES lines, so the lines stay a stream."""
    head = list(islice(lines, WRAP_SAMPLE_LINES))
    width = _wrap_width(head)
    if width is None:
        yield from head
        yield from lines
        return
    pending: str | None = None
    prev = ""
    for line in chain(head, lines):
        body = line.strip()
        filled = len(prev.rstrip()) >= width - WRAP_SLACK and _indent(line) == _indent(prev)
        joinable = (
            pending is not None
            and bool(prev.strip())
            and bool(body)
            and not _BULLET_RE.match(body)
            and not _BULLET_RE.match(prev.strip())
            and (filled or _centred_pair(prev, line))
        )
        if joinable and pending is not None:
            pending = pending.rstrip() + " " + body
        else:
            if pending is not None:
                yield pending
            pending = line
        prev = line
    if pending is not None:
        yield pending


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _lines(text: str) -> Iterator[str]:
    """``text.splitlines()``, a slice at a time: the whole list held at once cost another copy of the input
    plus ~57 bytes a line, while the blocks are being built. Slices end right after a "\\n", so no line and
    no "\\r\\n" is split, and each slice's lines are exactly the whole text's."""
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos + LINES_SLICE_CHARS)
        end = n if end < 0 else end + 1
        yield from text[pos:end].splitlines()
        pos = end


def read_text(text: str, max_lines: int = DEFAULT_MAX_LINES) -> Document:
    text = _WARC_HEAD_RE.sub("", text, count=1)
    blocks: list[Block] = []
    blank = True
    for raw in _unwrap(_lines(text)):
        # A table row (structured content, like an HTML page's cells): the tab test is the prefilter.
        in_table = "\t" in raw and _TABLE_ROW_RE.search(raw) is not None
        line = normalize_space(raw)
        if not line:
            blank = True
            continue
        link_density = 0.0
        if "[" in line and _LYNX_REF_RE.search(line):
            stripped = normalize_space(_LYNX_REF_RE.sub("", line))
            # Each marker introduces a link; a line that is mostly markers is a link list.
            n_refs = len(_LYNX_REF_RE.findall(line))
            words = max(1, len(stripped.split()))
            link_density = min(1.0, n_refs * 2 / words)
            line = stripped
            if not line:
                continue
        # One character's test spares most lines the regex (they open with no bullet).
        in_list = line[0] in _BULLETS and _BULLET_RE.match(line) is not None
        if len(blocks) >= max_lines:
            raise too_many_lines(max_lines)
        # Positional, in the order of Block's fields, the HTML fields empty: keywords cost more than the
        # call itself (as in the HTML reader's ``_Builder.flush``), on every line of every dump.
        blocks.append(
            Block(len(blocks), line, blank, "", 0, _NO_LANDMARKS, "", link_density, in_list, in_table)
        )
        blank = False
    _mark_introduced_lists(blocks)
    _mark_uniform_lists(blocks)
    return Document(blocks=blocks, kind="text")


# A list the text announces: a sentence ending in a colon ('Key topics discussed in the guide include:')
# and the lines right under it, up to the next blank line. innerText writes a <ul>'s items one a line with
# no blank line between them, so the dump keeps a list's extent; at least this many lines make one.
# Menus and forms label their lists too ('Region:', 'Change language & content:'), but with a bare noun
# phrase: the announcing line must read as a sentence, some words and at least one function word.
INTRODUCED_LIST_MIN_ITEMS = 2
LIST_INTRO_MIN_WORDS = 3
# ...and it stands as a paragraph of its own (a blank line above it), and its items are phrases, not the
# one- and two-word entries of a menu ('Providers', 'Locations').
LIST_ITEM_MIN_MEAN_WORDS = 3


def _mark_introduced_lists(blocks: list[Block]) -> None:
    """Mark the items of announced lists ``in_list``, as bullets are: the rules then read them as the
    article's own list (steps, features, specs), neither teasers nor a break in its running text."""
    i = 0
    while i < len(blocks) - 1:
        intro = blocks[i]
        if not (
            intro.text.endswith(":")
            and intro.para_start
            and intro.words >= LIST_INTRO_MIN_WORDS
            and intro.stopword_density > 0
        ):
            i += 1
            continue
        j = k = i + 1
        while k < len(blocks) and (k == j or not blocks[k].para_start):
            k += 1
        items = blocks[j:k]
        if len(items) >= INTRODUCED_LIST_MIN_ITEMS and (
            sum(b.words for b in items) >= LIST_ITEM_MIN_MEAN_WORDS * len(items)
        ):
            for b in items:
                b.in_list = True
        i = j


# A list the dump shows as one line per item with no blank line between them (a <ul>, or a <p> cut by
# <br>): tour dates ('June 9 – Tampa, FL @ Amphitheatre'), a group table ('England (Group A): 10th
# appearance'), a race calendar, a recipe's ingredients ('1 tsp cinnamon'). Its items share one shape,
# the same separators in the same order, or all open on a number; a menu's or a teaser list's lines are
# bare words or headlines, each punctuated its own way.
UNIFORM_LIST_MIN_ITEMS = 4
UNIFORM_LIST_MAX_WORDS = 20
# A form's selector (countries, currencies) runs to hundreds of same-shaped options; an article's list
# (a tour's dates, a season's races) to a few dozen.
UNIFORM_LIST_MAX_ITEMS = 50
# A table of contents numbers its sections ('1.2 Superpositions'): the headings of the text, not a list.
_SECTION_NUMBER_RE = re.compile(r"\d+\.\d")
# The first separators make the shape: an item's remark in brackets at its end is no other shape.
UNIFORM_SHAPE_SEPARATORS = 2
_SEPARATORS_RE = re.compile(r"[:@|()/–—]|(?<=\s)-(?=\s)")


def _item_shape(text: str) -> str:
    """The separators of a line in order, or '#' for a line opening on a number ('1 tsp', '8-9 pears').
    A line without a space (a URL, a source list's link) has none: its slashes are no item's shape."""
    if " " not in text:
        return ""
    if text[:1].isdigit() and not _SECTION_NUMBER_RE.match(text):
        return "#"
    return "".join(_SEPARATORS_RE.findall(text)[:UNIFORM_SHAPE_SEPARATORS])


def _mark_uniform_lists(blocks: list[Block]) -> None:
    """Mark ``in_list`` the runs of short lines of one shape, written one after the other without a blank
    line between them (a heading over the list, without the shape, is not one of its items)."""
    i, n = 0, len(blocks)
    while i < n:
        j = i + 1
        # Only a line with another right under it can open a list: most lines of a dump stand alone.
        opens = j < n and not blocks[j].para_start and blocks[i].words <= UNIFORM_LIST_MAX_WORDS
        shape = _item_shape(blocks[i].text) if opens else ""
        if shape:
            while (
                j < n
                and not blocks[j].para_start
                and blocks[j].words <= UNIFORM_LIST_MAX_WORDS
                and _item_shape(blocks[j].text) == shape
            ):
                j += 1
            if UNIFORM_LIST_MIN_ITEMS <= j - i <= UNIFORM_LIST_MAX_ITEMS:
                for b in blocks[i:j]:
                    b.in_list = True
        i = j
