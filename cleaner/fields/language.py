"""Language of the article (ISO 639-1) from its paragraphs, with the page's lang attribute as fallback.

py3langid ships its model as one LZMA archive; decompressing it (68 MB) takes 0.6-2 s, paid by every
process on its first page: more than the cleaning of a hundred pages, and most of what a one-page CLI
call costs. So the decompressed arrays are kept once in a cache folder and memory-mapped by later
processes (~15 ms, and forked or parallel processes share the pages). Anything wrong with the cache
(no writable folder, another py3langid layout) falls back to py3langid's own loading.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleaner.blocks import ASCII_WORD_BYTES, neutral_utf8

# Below this many characters identification is guesswork; fall back to the declared language.
MIN_CHARS = 60
MIN_CONFIDENCE = 0.5
# py3langid walks its automaton over the sample byte by byte in Python: the sample is most of its cost.
# On the 3,078 pages of both benchmark sets (HTML and dumps) 1,000 characters give the same language as
# 2,000 on all but three eBay listings, where 2,000 reached a run of item IDs and said "zxx" (no
# language) and 1,000 says "en", as the pages declare.
SAMPLE_CHARS = 1000

# Where the decompressed model is kept: $CLEANER_CACHE_DIR (empty: no cache), else the XDG cache folder.
CACHE_ENV = "CLEANER_CACHE_DIR"
# Bumped when the cached layout changes, so an old folder is never read as a new one. 2: the class-feature
# table is stored as float32 (see ``_write_cache``).
CACHE_LAYOUT = 2


def cache_root() -> Path | None:
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env) if env else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cleaner"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    return load_identifier(cache_root())


def load_identifier(root: Path | None) -> Any:
    """py3langid's identifier, from the decompressed copy under ``root`` when there is (or can be) one."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    if root is not None:
        with contextlib.suppress(Exception):  # any cache trouble: the slow, always-working way below
            return _cached_identifier(MODEL_DIR / MODEL_FILE, root)
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _cached_identifier(model: Path, root: Path) -> Any:
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    stat = model.stat()
    folder = root / f"langid-{CACHE_LAYOUT}-{stat.st_size}-{stat.st_mtime_ns}"
    if not folder.is_dir():
        _write_cache(model, folder)
    ptc = np.load(folder / "ptc.npy", mmap_mode="r")
    pc = np.load(folder / "pc.npy")
    classes = json.loads((folder / "classes.json").read_text(encoding="utf-8"))
    # memoryviews index like py3langid's array.array, without copying the 40 MB transition table.
    nextmove = memoryview(np.load(folder / "nextmove.npy", mmap_mode="r"))
    row = memoryview(np.load(folder / "row.npy", mmap_mode="r"))
    output = np.load(folder / "output.npy").tolist()
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _write_cache(model: Path, folder: Path) -> None:
    """Decompress once and publish atomically: a folder is complete when it has its final name."""
    import numpy as np
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(model)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
    try:
        # py3langid's table is float16; its scoring (float32 counts @ rows of the table) converted the ~300
        # rows a page uses to float32 first, the costliest part of the scoring. The conversion is exact, so
        # storing float32 (56 MB instead of 28) gives the same scores, bit for bit, at 2.5x the speed.
        np.save(tmp / "ptc.npy", np.asarray(ptc, dtype=np.float32))
        np.save(tmp / "pc.npy", np.asarray(pc))
        (tmp / "classes.json").write_text(json.dumps(list(classes)), encoding="utf-8")
        np.save(tmp / "nextmove.npy", np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"))
        np.save(tmp / "row.npy", np.frombuffer(row, dtype=f"u{row.itemsize}"))
        np.save(tmp / "output.npy", np.asarray(output, dtype=np.int32))
        with contextlib.suppress(OSError):  # another process published the same folder first: use theirs
            tmp.rename(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# The most frequent function words of the languages pages declare most often. A page's lang attribute is
# right on ~99 % of the benchmark pages, and the identifier costs ~0.9 ms of a ~8 ms page; when the text's
# own function words say the same as the attribute, two independent signals agree and the identifier is
# not asked. Words shared by neighbours (de/nl "de", es/pt "que") are kept: the dominance test below
# sends a page whose words fit another language as well to the identifier.
COMMON_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to is that for with was are this it on be have from by as at not you his they which "
        "has were their been will would",
        "de": "der die das und ist nicht mit sich auf für dem den ein eine zu von auch wird sind wie bei oder "
        "nach werden einen im",
        "fr": "le les des et est une du dans pour pas qui que sur au avec sont plus ce cette il elle ont aux "
        "par ne",
        "es": "el los las del que y es por una con para se lo su al más como pero sus fue este esta también "
        "muy",
        "it": "il di che della e è per un una non sono del nel alla con gli anche più le dei questo si ha",
        "pt": "o os as do da dos das que e é não em um uma para com no na por mais se ao foi também",
        "nl": "de het een van en is dat niet op te zijn voor met ook aan wordt naar bij maar er heeft",
    }.items()
}
# Share of the sample's words that must be the declared language's function words (prose runs 25-45 %),
# and how many times more of them than of any other listed language's.
CONFIRM_MIN_SHARE = 0.15
CONFIRM_MIN_RATIO = 2.0
_WORD_RE = re.compile(r"\w+")


# The sample's words cut at byte level when it is ASCII apart from FOLD_NEUTRAL marks, with the blocks'
# byte table (see ``cleaner.blocks``): a third of the regex's cost (\w+ over Unicode text is ~320
# instructions a character), and the same words. 149 of the 171 samples of the scrapinghub HTML pages that
# reach the test are such text.
COMMON_WORD_BYTES: dict[str, frozenset[bytes]] = {
    lang: frozenset(w.encode() for w in words) for lang, words in COMMON_WORDS.items()
}

# Every listed function word, as text and as bytes (indexed by whether the words are bytes).
ALL_COMMON: tuple[frozenset[str], frozenset[bytes]] = (
    frozenset().union(*COMMON_WORDS.values()),
    frozenset().union(*COMMON_WORD_BYTES.values()),
)


def _words(
    low: str,
) -> tuple[list[str] | list[bytes], dict[str, frozenset[str]] | dict[str, frozenset[bytes]]]:
    """The words of a lower-cased sample, with the function words to count them against."""
    # neutral_utf8 hands back the encoding it checked: the words are cut from it, not from a second one.
    raw = low.encode() if low.isascii() else neutral_utf8(low)
    if raw is not None:
        return raw.translate(ASCII_WORD_BYTES).split(), COMMON_WORD_BYTES
    return _WORD_RE.findall(low), COMMON_WORDS


def _confirms(text: str, declared: str) -> bool:
    """Whether the sample's function words say ``declared`` (one of COMMON_WORDS) and no other language."""
    words, common_words = _words(text.lower())
    if not words:
        return False
    # Only the function words are counted: a C filter drops the rest, so the count builds a small table.
    counts = Counter(filter(ALL_COMMON[common_words is COMMON_WORD_BYTES].__contains__, words))
    seen = counts.keys()
    # Per language, its function words among the sample's distinct words (a set operation, not a Python
    # step per word); the declared one's first, since most samples that fail the test fail its share.
    own = sum(map(counts.__getitem__, seen & common_words[declared]))
    if own < CONFIRM_MIN_SHARE * len(words):
        return False
    return all(
        own >= CONFIRM_MIN_RATIO * sum(map(counts.__getitem__, seen & common))
        for lang, common in common_words.items()
        if lang != declared
    )


# Without a declared language, only English is told by its function words: "the, and, of, to, is" are
# function words of no other language, while Spanish's are Galician's and Catalan's, and Dutch's
# Afrikaans'. On the 1,611 benchmark samples without a lang attribute (text dumps and HTML), the test
# accepted 1,435 and py3langid said English for every one of them.
UNDECLARED_GUESS = "en"


def detect_language(text: str, declared: str | None) -> str | None:
    if len(text) >= MIN_CHARS:
        guess = declared if declared else UNDECLARED_GUESS
        if guess in COMMON_WORDS and _confirms(text[:SAMPLE_CHARS], guess):
            return guess
        lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
        if prob >= MIN_CONFIDENCE:
            return str(lang)
    if declared and len(declared) == 2 and declared.isalpha():
        return declared
    return None
