"""Site templates: lines a site repeats on most of its pages (its nav, footer, newsletter block).

One page cannot tell its own template from its article; a batch of the site's pages can. The batch layer
(``cleaner.batch.templates``) counts, per site, on how many pages each normalised line occurs and hands
each page the hashes of its site's template lines through ``RuleContext.templates``. This rule only
applies them, so a single page (no templates) is never affected.

Pages that quote each other (a press-release sentence cited by every report on it) also repeat a line
once per page. A quote sits in the article between unique prose; a template sits among other template
lines. So a template line that reads as prose is dropped only when its run of neighbouring template lines
holds at least one line that is not prose (a "Newsletter" heading, a "Subscribe" button, a menu item).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import fold


def line_key(text: str) -> int | None:
    """Stable 64-bit hash of a line's folded text (same in every process and run); None for empty lines.

    Stable (not ``hash()``) because templates are learnt in worker processes and saved to a file that
    ``cleaner explain --templates`` reads back.
    """
    return folded_key(fold(text))


def folded_key(key: str) -> int | None:
    """``line_key`` of a line already folded: a Block carries its folded text (``Block.key``), and folding
    every line again was a fifth of what learning a site's templates cost."""
    if not key:
        return None
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def drop_site_template(ctx: RuleContext) -> Iterator[Drop]:
    """A line the site repeats on most of its pages (learnt across a batch; needs site templates)."""
    if not ctx.templates:
        return
    blocks = ctx.blocks
    hit = [folded_key(b.key) in ctx.templates for b in blocks]
    i = 0
    while i < len(blocks):
        if not hit[i]:
            i += 1
            continue
        j = i
        while j < len(blocks) and hit[j]:
            j += 1
        run = blocks[i:j]
        has_chrome = any(not b.is_prose for b in run)
        for b in run:
            if not ctx.kept[b.index]:
                continue
            if not b.is_prose:
                yield b.index, "repeats on most pages of this site"
            elif has_chrome:
                yield b.index, "repeats on most pages of this site, inside a template block"
        i = j
