"""Text dumps (innerText, lynx/w3m, WET, copy-paste) to blocks: one block per non-empty line.

Lines and blank lines are the only structure a dump keeps, so a blank line before a line is recorded as
``para_start``; everything else is left to the rules.
"""

from __future__ import annotations

import re

from cleaner.blocks import Block, Document, normalize_space

# lynx/w3m reference markers ("[12]Home") are link evidence, not text.
_LYNX_REF_RE = re.compile(r"\[\d{1,4}\]")
# A Common Crawl WET record starts with WARC headers up to the first blank line.
_WARC_HEAD_RE = re.compile(r"\AWARC/\d\.\d\r?\n.*?\r?\n\r?\n", re.S)
_BULLET_RE = re.compile(r"^[*•·‣◦▪■–-]\s+")


def read_text(text: str) -> Document:
    text = _WARC_HEAD_RE.sub("", text, count=1)
    blocks: list[Block] = []
    blank = True
    for raw in text.splitlines():
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
        blocks.append(
            Block(index=len(blocks), text=line, para_start=blank, link_density=link_density, in_list=in_list)
        )
        blank = False
    return Document(blocks=blocks, kind="text")
