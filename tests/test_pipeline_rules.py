"""The rule loop: every rule sees exactly the blocks earlier rules left, whatever the pipeline shares."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cleaner.blocks import Block, Document
from cleaner.config import Config
from cleaner.pipeline import judge, read, to_text
from cleaner.rules import RULES, RuleContext
from cleaner.rules.items import main_listing
from cleaner.rules.records import dump_listing
from cleaner.rules.related import line_label
from cleaner.rules.shop import SHOP_PAGE, shop_page

FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures").iterdir() if p.suffix in (".txt", ".html"))


def _fresh_verdicts(data: str) -> dict[int, str]:
    """The rule loop written plainly: a new context, and a new list of alive blocks, for every rule."""
    config = Config()
    doc = read(to_text(data, config), config.input_format, config.max_lines)
    kept = [True] * len(doc.blocks)
    dropped_by: dict[int, str] = {}
    items: frozenset[int] | None = None
    for rule in RULES:
        if doc.kind not in rule.kinds:
            continue
        ctx = RuleContext(doc=doc, kept=tuple(kept), config=config)
        spared: frozenset[int] = frozenset()
        if doc.kind in rule.spares_items:
            if items is None:
                items = main_listing(ctx.alive()) if doc.kind == "html" else dump_listing(ctx.alive())
            spared = items
        for index, _ in rule.fn(ctx):
            if kept[index] and index not in spared:
                kept[index] = False
                dropped_by[index] = rule.name
    return dropped_by


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_shared_rule_context_gives_the_verdicts_of_fresh_ones(path: Path) -> None:
    data = path.read_text(encoding="utf-8")
    assert judge(data).dropped_by == _fresh_verdicts(data)


def test_alive_is_the_kept_blocks_or_the_list_the_pipeline_gives() -> None:
    blocks = [Block(0, "One line."), Block(1, "Two lines."), Block(2, "Three lines.")]
    doc = Document(blocks=blocks, kind="text")
    ctx = RuleContext(doc=doc, kept=(True, False, True), config=Config())
    assert [b.index for b in ctx.alive()] == [0, 2]
    given = [blocks[2]]
    shared = RuleContext(doc=doc, kept=(False, False, True), config=Config(), alive_blocks=given)
    assert shared.alive() is given


def test_stats_count_each_rules_drops_in_the_rules_order() -> None:
    text = (
        "We use cookies to improve your experience on our site.\n\n"
        "Accept all\n\n"
        f"{'The council met on Monday and voted to approve the plan for the new park by the river. ' * 3}\n\n"
        "Copyright 2025 Example Media. All rights reserved.\n"
    )
    judged = judge(text)
    assert judged.stats == Counter(judged.dropped_by.values())
    assert list(judged.stats) == [r.name for r in RULES if r.name in judged.stats]
    assert judged.stats["drop_consent_banner"] == 2 and judged.stats["drop_copyright"] == 1


def test_shop_page_is_found_once_a_page_and_shared_by_its_contexts() -> None:
    blocks = [Block(0, "Oak desk", heading=1), Block(1, "Add to cart"), Block(2, "A desk of solid oak.")]
    doc = Document(blocks=blocks, kind="text")
    page: dict[str, object] = {}
    first = RuleContext(doc=doc, kept=(True, True, True), config=Config(), page=page)
    assert shop_page(first) and page[SHOP_PAGE] is True
    page[SHOP_PAGE] = False  # the answer stored is the one every later context of the page gets
    assert not shop_page(RuleContext(doc=doc, kept=(True, False, True), config=Config(), page=page))
    assert not shop_page(
        RuleContext(doc=Document(blocks=blocks[::2], kind="text"), kept=(True,) * 2, config=Config())
    )


def test_a_line_label_is_read_only_off_a_line_holding_a_colon() -> None:
    assert line_label("Body: Alder") == "Body: "
    assert (
        line_label("Scale length:648 mm") == "Scale length:" and line_label("see https://example.org") is None
    )
    assert line_label("Body Alder and maple top") is None
    assert line_label("A very long label here: value") is None  # four words are no label


def test_headings_are_the_pages_own_kept_or_not_and_found_once_a_page() -> None:
    blocks = [
        Block(0, "Oak desk", heading=1),
        Block(1, "A desk of solid oak."),
        Block(2, "Reviews", heading=2),
    ]
    doc = Document(blocks=blocks, kind="html")
    page: dict[str, object] = {}
    first = RuleContext(doc=doc, kept=(True, True, True), config=Config(), page=page)
    later = RuleContext(doc=doc, kept=(False, True, False), config=Config(), page=page)
    assert [b.text for b in first.headings()] == ["Oak desk", "Reviews"]
    assert later.headings() is first.headings()  # the dropped headings still open their sections
    assert [b.index for b in RuleContext(doc=doc, kept=(True,) * 3, config=Config()).headings()] == [0, 2]
