"""What a rule is: a small pure decision over a document's blocks, returning drops with reasons.

A rule never mutates anything. It receives a read-only ``RuleContext`` (the document, which blocks are
still kept, the config) and yields ``(block_index, reason)`` for blocks it judges boilerplate. Only the
pipeline applies verdicts, labels dropped blocks with the rule's name and counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from cleaner.blocks import Block, Document
from cleaner.config import Config

Drop = tuple[int, str]


@dataclass(frozen=True)
class RuleContext:
    doc: Document
    kept: Sequence[bool]
    config: Config
    # Hashes (``cleaner.rules.templates.line_key``) of the lines that repeat across this page's site, learnt
    # by the batch layer; empty for a single page, which makes drop_site_template a no-op.
    templates: frozenset[int] = frozenset()
    # The blocks ``kept`` keeps, when the pipeline already has them: it builds the list once and hands the
    # same one to every rule until a rule drops something (most rules drop nothing on most pages, and
    # rebuilding it for each of ~30 rules cost ~10 % of the rules' time). Shared, so never mutated.
    alive_blocks: list[Block] | None = None
    # Features of the whole page (all its blocks, kept or not) that several rules ask for, filled on first
    # need; the pipeline hands the same dict to every context of one page, so each is found once a page.
    page: dict[str, Any] = field(default_factory=dict)

    @property
    def blocks(self) -> list[Block]:
        return self.doc.blocks

    def alive(self) -> list[Block]:
        """Blocks no earlier rule dropped, in reading order (a list the caller must not mutate)."""
        if self.alive_blocks is not None:
            return self.alive_blocks
        # A block's index is its position (readers number them so), so kept lines up with blocks;
        # compress filters at C speed, and almost every rule asks.
        return list(compress(self.doc.blocks, self.kept))

    def headings(self) -> list[Block]:
        """The page's heading blocks, any rank, kept or not, in reading order (a shared list: not mutated).
        The shop rules and others look for a section's heading among them instead of scanning every block."""
        found: list[Block] | None = self.page.get("headings")
        if found is None:
            found = self.page["headings"] = [b for b in self.doc.blocks if b.heading]
        return found


# The ``page`` key under which the pipeline leaves the indices of the page's main item list (a dump's
# records: ``cleaner.rules.records``; HTML's items: ``cleaner.rules.items``) once it has found them for
# the first rule sparing items (see Rule.spares_items); absent before.
MAIN_ITEMS = "main_items"

RuleFn = Callable[[RuleContext], Iterable[Drop]]


@dataclass(frozen=True)
class Rule:
    """One registry entry; ``name`` is the function name and is used everywhere (CLI, stats, explain)."""

    name: str
    fn: RuleFn
    summary: str
    kinds: frozenset[str] = frozenset({"text", "html"})
    # The kinds of input on which the blocks of the page's main item list (``cleaner.rules.items``, a
    # dump's ``cleaner.rules.records``) are beyond this rule: rules judging a line by its shape (linked,
    # short, repeated, outside the prose) would take a listing's cells for menus and teasers; rules
    # naming boilerplate (landmarks, banners) still apply.
    spares_items: frozenset[str] = frozenset()


def describe(fn: RuleFn) -> str:
    doc = (fn.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else ""
