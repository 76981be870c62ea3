"""Where the article ends: 'Related Articles', 'Most popular', comment sections and headline lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import SECTION_ENDS, fold

# boilerpipe's TerminatingBlocksFinder only cuts once 60 words of full text came before, so a page that
# opens with "Comments" in its menu is not cut to nothing.
MIN_WORDS_BEFORE_CUT = 60
MAX_HEADING_WORDS = 8
COMMENT_HEADS = frozenset(
    fold(x)
    for x in [
        "comments",
        "comment",
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "reader comments",
        "join the conversation",
        "join the discussion",
        "discussion",
        "conversation",
        "responses",
        "kommentare",
        "kommentieren",
        "commentaires",
        "réagir",
        "comentarios",
        "deja un comentario",
        "commenti",
        "comentários",
        "reacties",
        "show comments",
        "view comments",
    ]
)
_N_COMMENTS_RE = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?)\b"
)
_PREFIX_RE = re.compile(
    r"^(?:more from|more in|more on|related|read more|see also|also read|lesen sie auch|lire aussi|"
    r"à lire aussi|lee también|leggi anche|leia também|weitere|mehr aus|plus de|más de)\b"
)
# A related list ends where running text resumes: two prose blocks in a row.
RESUME_PROSE_RUN = 2
RESUME_MIN_WORDS = 15


def _section_head(b: Block) -> str | None:
    """'comments' or 'related' when the block is the heading of such a section."""
    if b.words > MAX_HEADING_WORDS or (b.ends_sentence and b.text[-1] == "."):
        return None
    f = fold(b.text)
    if f in COMMENT_HEADS or _N_COMMENTS_RE.match(f):
        return "comments"
    if f in SECTION_ENDS or _PREFIX_RE.match(f):
        return "related"
    return None


def _prose_words_before(alive: list[Block]) -> list[int]:
    """Prefix sums: element i is the prose words in ``alive[:i]``.

    Summing afresh at every candidate heading was O(n²): a dump of 100,000 'Related' lines took minutes.
    """
    sums = [0]
    for b in alive:
        sums.append(sums[-1] + (b.words if b.is_prose else 0))
    return sums


def drop_comment_section(ctx: RuleContext) -> Iterator[Drop]:
    """Everything from a comments heading ('Comments', 'Leave a reply', '12 comments') to the end."""
    alive = ctx.alive()
    before = _prose_words_before(alive)
    for i, b in enumerate(alive):
        if _section_head(b) == "comments" and before[i] >= MIN_WORDS_BEFORE_CUT:
            yield b.index, f"comments heading '{b.text}'"
            for after in alive[i + 1 :]:
                yield after.index, f"in the comments after '{b.text}'"
            return


def drop_related_section(ctx: RuleContext) -> Iterator[Drop]:
    """A 'Related Articles' / 'Most popular' / 'Read more' heading and the headline list under it."""
    alive = ctx.alive()
    before = _prose_words_before(alive)
    i = 0
    while i < len(alive):
        b = alive[i]
        if _section_head(b) != "related" or before[i] < MIN_WORDS_BEFORE_CUT:
            i += 1
            continue
        yield b.index, f"section heading '{b.text}'"
        j = i + 1
        while j < len(alive):
            run = alive[j : j + RESUME_PROSE_RUN]
            if len(run) == RESUME_PROSE_RUN and all(x.is_prose and x.words >= RESUME_MIN_WORDS for x in run):
                break
            yield alive[j].index, f"listed under '{b.text}'"
            j += 1
        i = j


# Headline lists: runs of short title-like lines without final punctuation.
MIN_HEADLINE_RUN = 4
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20


def _headline_like(b: Block) -> bool:
    return HEADLINE_MIN_WORDS <= b.words <= HEADLINE_MAX_WORDS and not b.ends_sentence and not b.in_list


def drop_headline_lists(ctx: RuleContext) -> Iterator[Drop]:
    """Runs of 4+ headline-like lines (teaser lists), wherever they stand."""
    alive = ctx.alive()
    i = 0
    while i < len(alive):
        j = i
        while j < len(alive) and _headline_like(alive[j]):
            j += 1
        if j - i >= MIN_HEADLINE_RUN:
            for b in alive[i:j]:
                yield b.index, "in a list of headlines"
        i = max(j, i + 1)
