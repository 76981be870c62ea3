"""Scoring functions, exactly as ``../shared/datasets/README.md`` defines them.

They are pure (text in, numbers out) so that the unit tests can pin every edge case: the reference
numbers the project is compared with were computed by these definitions, and a quiet change in how an
empty page or a three-word page counts would move every table without any extractor changing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "′": "'",
        "″": '"',
        "«": '"',
        "»": '"',
        "‹": "'",
        "›": "'",
    }
)

SHINGLE_N = 4


# --- 1. body shingle F1 (the article-extraction-benchmark's) -------------------------------------------


def tokens(text: str | None) -> list[str]:
    """Case is kept: the shingle metric is the upstream benchmark's and it does not fold case."""
    return _WORD.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams; a short text is one shingle of all its tokens, no tokens is empty.

    The empty case differs from the upstream script (which counts one empty shingle): the README says
    "none: empty", so an empty prediction contributes nothing instead of one false positive.
    """
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(zip(*(toks[i:] for i in range(n)), strict=False))  # zip of shifted lists: ~3x faster


def overlap(a: Counter[Any], b: Counter[Any]) -> int:
    """Size of the multiset intersection, without building it (scoring 30k page pairs adds up)."""
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(min(c, get(k, 0)) for k, c in a.items())


@dataclass(frozen=True)
class ShinglePage:
    """One page's normalised counts; tp + fp + fn == 1 unless both texts are empty."""

    tp: float
    fp: float
    fn: float

    @property
    def pred_nonempty(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def truth_nonempty(self) -> bool:
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else 0.0


def shingle_page(pred: str | None, truth: str | None) -> ShinglePage:
    """Counts are divided by their sum so that a long page weighs no more than a short one."""
    return shingle_page_counts(shingles(pred), shingles(truth))


def shingle_page_counts(p: Counter[tuple[str, ...]], t: Counter[tuple[str, ...]]) -> ShinglePage:
    """``shingle_page`` on precomputed shingles, so a page's truth is shingled once for all systems."""
    tp = overlap(p, t)
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return ShinglePage(0.0, 0.0, 0.0)
    return ShinglePage(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class CorpusPRF:
    precision: float
    recall: float
    f1: float


def f1_of(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def corpus_shingle(pages: Iterable[ShinglePage]) -> CorpusPRF:
    """P is averaged over pages that predicted something, R over pages whose truth has something.

    Hence a system that returns nothing on hard pages loses recall, not precision, and F1 is taken of
    the two means (not the mean of page F1s), as the upstream benchmark does.
    """
    pages = list(pages)
    p = _mean([pg.precision for pg in pages if pg.pred_nonempty])
    r = _mean([pg.recall for pg in pages if pg.truth_nonempty])
    return CorpusPRF(p, r, f1_of(p, r))


# --- 2. body bag-of-words F1 (WCXB's) -------------------------------------------------------------------


def bow_f1(pred: str | None, truth: str | None) -> float:
    """Lowercased multiset overlap; an empty truth is matched only by an empty prediction."""
    return bow_f1_counts(bag_of_words(pred), bag_of_words(truth))


def bag_of_words(text: str | None) -> Counter[str]:
    return Counter(map(str.lower, tokens(text)))  # tokens first, then lowercase, as the README says


def bow_f1_counts(p: Counter[str], t: Counter[str]) -> float:
    if not t:
        return 1.0 if not p else 0.0
    if not p:
        return 0.0
    common = overlap(p, t)
    if common == 0:
        return 0.0
    return f1_of(common / sum(p.values()), common / sum(t.values()))


# --- 3. snippets (wcxb with / without) ------------------------------------------------------------------


def ws_norm(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


@dataclass(frozen=True)
class SnippetCounts:
    """Per-page counts; summed over a corpus they give the micro scores."""

    with_found: int = 0
    with_total: int = 0
    without_found: int = 0
    without_total: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.with_found + other.with_found,
            self.with_total + other.with_total,
            self.without_found + other.without_found,
            self.without_total + other.without_total,
        )


def snippet_counts(pred: str | None, with_: Iterable[str], without: Iterable[str]) -> SnippetCounts:
    out = ws_norm(pred)
    w = [ws_norm(s) for s in with_]
    wo = [ws_norm(s) for s in without]
    return SnippetCounts(
        with_found=sum(1 for s in w if s and s in out),
        with_total=len(w),
        without_found=sum(1 for s in wo if s and s in out),
        without_total=len(wo),
    )


def snippet_prf(c: SnippetCounts) -> CorpusPRF:
    """TP = wanted snippets found, FP = unwanted snippets found, FN = wanted snippets missed."""
    tp, fp, fn = c.with_found, c.without_found, c.with_total - c.with_found
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / c.with_total if c.with_total else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 0.0
    return CorpusPRF(p, r, f)


# --- 4. title (and author, scored the same way) -------------------------------------------------------


def norm_tokens(text: str | None) -> list[str]:
    """NFKC, casefold, straight quotes, then only word tokens: punctuation and spacing never count."""
    s = unicodedata.normalize("NFKC", text or "").casefold().translate(_QUOTES)
    return _WORD.findall(s)


def title_exact(pred: str | None, truth: str | None) -> bool:
    t = norm_tokens(truth)
    return bool(t) and norm_tokens(pred) == t


def token_f1(pred: str | None, truth: str | None) -> float:
    p, t = Counter(norm_tokens(pred)), Counter(norm_tokens(truth))
    overlap = sum((p & t).values())
    if not overlap:
        return 0.0
    return f1_of(overlap / sum(p.values()), overlap / sum(t.values()))


def title_close(pred: str | None, truth: str | None, threshold: float = 0.9) -> bool:
    return token_f1(pred, truth) >= threshold


# --- 5. date ----------------------------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_day(value: object) -> str | None:
    """Peers return dates as str, datetime or None; only the calendar day is compared."""
    if value is None:
        return None
    if hasattr(value, "strftime"):
        try:
            return value.strftime("%Y-%m-%d")  # type: ignore[no-any-return,union-attr]
        except (ValueError, TypeError):
            return None
    m = _DAY.match(str(value).strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def date_correct(pred: object, truth: str | None) -> bool:
    """A missing prediction is a miss (the caller only scores pages that have a gold day)."""
    gold = iso_day(truth)
    return gold is not None and iso_day(pred) == gold


# --- 6. speed ---------------------------------------------------------------------------------------


def docs_per_second(seconds: Iterable[float]) -> float:
    secs = list(seconds)
    total = sum(secs)
    return len(secs) / total if total > 0 else float("inf")
