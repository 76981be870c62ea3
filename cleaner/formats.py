"""Rendering articles in the output formats the CLI offers; one place so clean and batch agree."""

from __future__ import annotations

import json

from cleaner.article import Article

FORMATS = ("json", "jsonl", "text", "markdown")
# Several text/markdown articles on one stream are separated by a form feed line, the classic page break:
# easy to split on (csplit, awk 'BEGIN{RS="\f"}') and never part of cleaned text.
DOCUMENT_SEPARATOR = "\f\n"
FILE_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "text": ".txt", "markdown": ".md"}


def render(article: Article, fmt: str) -> str:
    """One article in ``fmt``, ending in a newline."""
    if fmt == "json":
        return article.to_json(indent=2) + "\n"
    if fmt == "jsonl":
        return json.dumps(article.to_dict(), ensure_ascii=False) + "\n"
    if fmt == "text":
        return article.to_text()
    if fmt == "markdown":
        return article.to_markdown()
    raise ValueError(f"unknown format {fmt!r}")
