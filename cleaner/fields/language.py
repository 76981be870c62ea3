"""Language of the article (ISO 639-1) from its paragraphs, with the page's lang attribute as fallback."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Below this many characters identification is guesswork; fall back to the declared language.
MIN_CHARS = 60
MIN_CONFIDENCE = 0.5
SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, declared: str | None) -> str | None:
    if len(text) >= MIN_CHARS:
        lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
        if prob >= MIN_CONFIDENCE:
            return str(lang)
    if declared and len(declared) == 2 and declared.isalpha():
        return declared
    return None
