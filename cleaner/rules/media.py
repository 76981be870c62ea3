"""Leftovers of embedded media: video/audio player controls and image credits."""

from __future__ import annotations

from collections.abc import Iterator

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import CREDIT_RE, PLAYER, TIMESTAMP_RE, fold

# Player words that are also ordinary words ("Live", "Text", colour names) only count inside a run of
# unambiguous player residue; alone they may be a heading or a line of dialogue.
AMBIGUOUS_PLAYER = frozenset(
    fold(w)
    for w in [
        "live",
        "text",
        "background",
        "window",
        "settings",
        "quality",
        "done",
        "reset",
        "defaults",
        "none",
        "uniform",
        "raised",
        "depressed",
        "transparent",
        "semi-transparent",
        "opaque",
        "white",
        "black",
        "red",
        "green",
        "blue",
        "yellow",
        "magenta",
        "cyan",
        "watch",
        "listen",
        "duration",
        "loaded",
        "progress",
        "close",
        "fermer",
        "schließen",
        "cerrar",
        "chiudi",
        "lecture",
        "pause",
        "pausa",
        "text",
    ]
)
_SYMBOL_CLOSE = frozenset("×✕✖✗xX╳⨯")


def _strong(b: Block) -> bool:
    text = b.text
    if TIMESTAMP_RE.match(text) or text in _SYMBOL_CLOSE:
        return True
    f = b.key  # ``fold(text)``, already computed for the block
    return f in PLAYER and f not in AMBIGUOUS_PLAYER


def drop_player_residue(ctx: RuleContext) -> Iterator[Drop]:
    """Video/audio player controls: '0:00', '0:00 / 2:31', Play, Mute, ×, 'This is a modal window'."""
    alive = ctx.alive()
    strong = [b.words <= 16 and _strong(b) for b in alive]
    for i, b in enumerate(alive):
        if strong[i]:
            yield b.index, "player control or timestamp"
            continue
        if b.words > 4 or b.key not in PLAYER:
            continue
        near = (i > 0 and strong[i - 1]) or (i + 1 < len(alive) and strong[i + 1])
        if near:
            yield b.index, "player word next to player controls"


def drop_image_credits(ctx: RuleContext) -> Iterator[Drop]:
    """Photo and image credit lines ('Photo: Reuters', 'Getty Images', 'Bild: dpa')."""
    for b in ctx.alive():
        if b.words <= 20 and CREDIT_RE.match(b.text):
            yield b.index, "image credit"
        elif b.tag == "figcaption" or ("figure" in b.landmarks and b.heading == 0 and b.words <= 40):
            yield b.index, "figure caption"
