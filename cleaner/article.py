"""The frozen result of cleaning one input, and its JSON / text / Markdown forms.

The key order of ``to_dict`` is part of the public contract (users diff and ``jq`` our output), so it is
spelled out once in ``FIELDS`` and every writer goes through it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

FIELDS: tuple[str, ...] = (
    "source",
    "title",
    "subtitle",
    "date",
    "author",
    "site",
    "language",
    "paragraphs",
)


@dataclass(frozen=True)
class Article:
    """What a reader of the page would call the article; every field may be missing (None / [])."""

    source: str | None = None
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    paragraphs: tuple[str, ...] = field(default_factory=tuple)
    # Not part of the JSON schema's fixed head; appended after it so consumers keyed on FIELDS keep working.
    is_article: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name) for name in FIELDS}
        out["paragraphs"] = list(self.paragraphs)
        out["is_article"] = self.is_article
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """Title, subtitle and date line, a blank line, then paragraphs separated by blank lines.

        The shape is chosen so that cleaning this text again yields the same article (idempotence).
        """
        head = [x for x in (self.title, self.subtitle, self.date) if x]
        parts: list[str] = []
        if head:
            # One line each, no blank line between them: the head reads as one group, not as a masthead
            # above a headline, when the text is cleaned again.
            parts.append("\n".join(head))
        parts.extend(self.paragraphs)
        return "\n\n".join(parts) + ("\n" if parts else "")

    def to_markdown(self) -> str:
        lines: list[str] = []
        if self.title:
            lines += [f"# {self.title}", ""]
        if self.subtitle:
            lines += [f"*{self.subtitle}*", ""]
        meta = " · ".join(x for x in (self.author, self.date, self.site) if x)
        if meta:
            lines += [meta, ""]
        for p in self.paragraphs:
            lines += [p, ""]
        return "\n".join(lines).rstrip("\n") + ("\n" if lines else "")
