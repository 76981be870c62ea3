"""ReDoS audit: pump every regular expression in ``cleaner`` with adversarial inputs and flag super-linear ones.

Why: a scraper saves whatever a server sent, so a line of 100,000 dots or a title made of 500 HTML
comments is a realistic input; one backtracking pattern turns it into a hang. Instead of trusting a review
of each pattern, this script finds every compiled ``re.Pattern`` in the package's modules and times
``search`` (and ``match``/``split`` behave alike) on pumped strings at two sizes. Linear patterns take about
10x longer on 10x the input; anything far above that is reported.

Pump units are generic (runs of spaces, dots, dashes, digits, repeated words, markup) plus words taken
from each pattern's own source, since a pattern backtracks most on the text it almost matches.

    python benchmarks/redos.py            # table of the slowest pattern/input pairs; exit 1 on a finding
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Iterator

import cleaner
from cleaner.limits import DocumentTimeout, time_limit

SMALL = 2_000
LARGE = 20_000
# 10x input should cost ~10x; allow noise and a log factor before calling it super-linear.
MAX_RATIO = 40.0
# Below this the timings are noise (a shared machine), whatever the ratio.
MIN_SECONDS = 0.05
# Each timing is the best of this many runs, to keep scheduler noise out of the ratio.
REPEATS = 3

GENERIC_UNITS = [
    " ",
    ".",
    "-",
    "1",
    "a",
    "A",
    "word ",
    "a.",
    "1-",
    "1.",
    "1:",
    "1,",
    "--",
    "- ",
    ". ",
    "\n",
    "\t",
    "<!---->",
    "<!--",
    "-->",
    "<",
    "<p ",
    "<meta ",
    "A. ",
    "Aa ",
    "Aa, ",
    "Aa and ",
    "a b ",
    "[1]",
    "|",
    " | ",
    " > ",
    "© ",
    "(c) ",
    "ab" * 3 + " ",
    "é",
    "日本",
    "\u00a0",
    "\ufffd",
    "x" * 7,
    "a-",
    "_",
]


def patterns() -> Iterator[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """Every compiled pattern held by a module of the package, named module.ATTRIBUTE."""
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{attr}", value


def units_for(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[str]:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    words = sorted(set(re.findall(r"[a-zà-ÿ]{2,}", source, re.I)))
    units = list(GENERIC_UNITS)
    for w in words:
        units += [w + " ", w, w.capitalize() + " ", w + ": ", w + " 1 "]
    return units


# A measurement that takes longer than this is cut off and counted as a hang.
CUTOFF_SECONDS = 5.0


def _time(pattern: re.Pattern[str] | re.Pattern[bytes], text: str) -> float:
    data: str | bytes = text if isinstance(pattern.pattern, str) else text.encode("utf-8", "replace")
    start = time.perf_counter()
    try:
        with time_limit(CUTOFF_SECONDS):
            pattern.search(data)  # type: ignore[arg-type]
            pattern.match(data)  # type: ignore[arg-type]
    except DocumentTimeout:
        return float("inf")
    return time.perf_counter() - start


def audit() -> list[tuple[float, float, str, str]]:
    findings = []
    for name, pattern in patterns():
        for unit in units_for(pattern):
            for tail in ("", "\x00", "!", " z"):
                small = unit * (SMALL // len(unit)) + tail
                large = unit * (LARGE // len(unit)) + tail
                t_small = max(min(_time(pattern, small) for _ in range(REPEATS)), 1e-6)
                if t_small > 1.0:  # already slow at 2 KB: certainly super-linear, don't try 20 KB
                    findings.append((float("inf"), t_small, name, repr(unit) + "+" + repr(tail)))
                    continue
                t_large = _time(pattern, large)
                if t_large / t_small > MAX_RATIO and t_large > MIN_SECONDS:
                    t_large = min(t_large, *(_time(pattern, large) for _ in range(REPEATS - 1)))
                findings.append((t_large / t_small, t_large, name, repr(unit) + "+" + repr(tail)))
    return findings


def main() -> int:
    findings = audit()
    n_patterns = len({f[2] for f in findings})
    bad = [f for f in findings if f[0] > MAX_RATIO and f[1] > MIN_SECONDS]
    print(f"{n_patterns} patterns, {len(findings)} pattern/input pairs; sizes {SMALL} and {LARGE} chars")
    print(f"{'ratio':>8} {'t(20K) s':>9}  pattern  input")
    for ratio, t, name, unit in sorted(findings, key=lambda f: -f[1])[:15]:
        print(f"{ratio:8.1f} {t:9.4f}  {name}  {unit}")
    if bad:
        print(f"\nSUPER-LINEAR: {len(bad)} pairs")
        for ratio, t, name, unit in bad:
            print(f"  {name} on {unit}: ratio {ratio:.0f}, {t:.3f} s")
        return 1
    print("\nno super-linear pattern found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
