"""cleaner: turn scraped web dumps (text or HTML) into clean articles.

Public API: ``clean(data) -> Article``. Everything else is internal and may move.
"""

from __future__ import annotations

from cleaner.article import Article
from cleaner.pipeline import clean

__all__ = ["Article", "clean"]
__version__ = "0.1.0"
