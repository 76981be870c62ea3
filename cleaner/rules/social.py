"""Share buttons, social links, counters and ad labels: short lines that are UI, not text."""

from __future__ import annotations

from collections.abc import Iterator

from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import ADS, COUNTER_RE, MAX_SOCIAL_WORDS, is_social


def drop_social_buttons(ctx: RuleContext) -> Iterator[Drop]:
    """Share/follow/print/email buttons and social network names standing alone."""
    for b in ctx.alive():
        if b.words <= MAX_SOCIAL_WORDS and is_social(b.key):
            yield b.index, "share or social button"


def drop_ad_labels(ctx: RuleContext) -> Iterator[Drop]:
    """'Advertisement', 'Sponsored', 'Anzeige', 'Publicité' and similar ad slot labels."""
    for b in ctx.alive():
        if b.words <= 8 and b.key in ADS:
            yield b.index, "advertisement label"


def drop_counters(ctx: RuleContext) -> Iterator[Drop]:
    """Counters such as '12 comments', '1.2K shares', '5 min read'."""
    for b in ctx.alive():
        if b.words <= 6 and COUNTER_RE.match(b.text):
            yield b.index, "counter"
