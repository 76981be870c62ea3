"""Text dumps (innerText, lynx/w3m, WET, copy-paste) to blocks: one block per non-empty line.

Lines and blank lines are the only structure a dump keeps, so a blank line before a line is recorded as
``para_start``; everything else is left to the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.blocks import Block, Document, normalize_space, too_many_lines
from cleaner.config import DEFAULT_MAX_LINES

# lynx/w3m reference markers ("[12]Home") are link evidence, not text.
_LYNX_REF_RE = re.compile(r"\[\d{1,4}\]")
# A Common Crawl WET record starts with WARC headers up to the first blank line.
_WARC_HEAD_RE = re.compile(r"\AWARC/\d\.\d\r?\n.*?\r?\n\r?\n", re.S)
_BULLET_RE = re.compile(r"^[*•·‣◦▪■–-]\s+")
# Characters per slice of the text split into lines at once (see ``_lines``).
LINES_SLICE_CHARS = 1 << 20


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
    for raw in _lines(text):
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
        in_list = bool(_BULLET_RE.match(line))
        if len(blocks) >= max_lines:
            raise too_many_lines(max_lines)
        blocks.append(
            Block(index=len(blocks), text=line, para_start=blank, link_density=link_density, in_list=in_list)
        )
        blank = False
    return Document(blocks=blocks, kind="text")
