"""cleaner: turn scraped web dumps (text or HTML) into clean articles.

Public API: ``clean(data) -> Article``, and ``warm_up()`` to load lazily loaded models ahead of the first
page. Everything else is internal and may move.
"""

from __future__ import annotations

from cleaner import _build

_build.choose()  # compiled modules, or their sources (before any of them is imported: see _build)

from cleaner.article import Article  # noqa: E402
from cleaner.pipeline import clean, warm_up  # noqa: E402

__all__ = ["Article", "clean", "warm_up"]
__version__ = "0.1.0"
