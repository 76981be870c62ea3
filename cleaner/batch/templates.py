"""Learning site templates across a batch: which normalised lines each site repeats on most pages.

First pass, in the workers: each page's site is found from the head of its file (cheap), then up to
``sample`` evenly spread pages per site are read into blocks (no rules run) and reduced to the set of
their line hashes (``cleaner.rules.templates.line_key``; a set, so a line counts once per page). The
pages go out site by site and the parent counts pages per (site, hash) in memory, one site at a time:
a site's counts become its template and are freed as soon as its last page is in, which is what keeps a
20,000-file batch in the same memory as a 2,000-file one. A line is template for a site when it occurs on
at least ``min_share`` of the site's (sampled) pages and on at least ``min_pages`` of them. The result is
small (a few hundred hashes per site) and is saved next to the output, so a resumed run reuses it and
``cleaner explain --templates FILE`` can show the rule on one page.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cleaner.config import Config
from cleaner.files import atomic_write
from cleaner.pipeline import read, to_text
from cleaner.rules.templates import folded_key

DEFAULT_MIN_SHARE = 0.5
DEFAULT_MIN_PAGES = 10
# Pages per site read to learn its template: a share estimated on 300 evenly spread pages is within a few
# points of the true one, and a 20,000-page site then costs 300 extra reads, not 20,000.
DEFAULT_SAMPLE = 300
FORMAT_VERSION = 1

HEAD_BYTES = 65536
_WARC_URI_RE = re.compile(r"^WARC-Target-URI:\s*(\S+)", re.M | re.I)
# A dump whose first line is a URL header ("URL: https://...", "Source: https://...").
_URL_HEADER_RE = re.compile(r"\A\s*(?:url|source|uri)\s*:\s*(https?://\S+)", re.I)
# A tag's attributes stop at the next '<' as well as at its '>': on a head of unclosed '<meta ' or '<link '
# tags, '[^>]*' ran to the end of the head from every tag (12 s for 64 KB; benchmarks/redos.py).
_CANONICAL_RE = re.compile(
    r"<link\b[^<>]*\brel=[\"']?canonical[\"']?[^<>]*\bhref=[\"']?([^\"'\s>]+)"
    r"|<link\b[^<>]*\bhref=[\"']?([^\"'\s>]+)[^<>]*\brel=[\"']?canonical",
    re.I,
)
_OG_URL_RE = re.compile(r"<meta\b[^<>]*\bproperty=[\"']og:url[\"'][^<>]*\bcontent=[\"']([^\"']+)", re.I)
_OG_SITE_RE = re.compile(
    r"<meta\b[^<>]*\bproperty=[\"']og:site_name[\"'][^<>]*\bcontent=[\"']([^\"']+)", re.I
)


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def site_key(source: str, head: str) -> str:
    """The site a page belongs to, for grouping pages: the dump's URL header (WARC-Target-URI or a
    'URL:' first line), else the HTML's canonical/og:url host or og:site_name, else its parent folder.

    ``head`` is the start of the decoded page. The folder fallback uses the resolved parent's name, so
    the batch and ``cleaner explain`` agree whatever the working directory.
    """
    for rx in (_WARC_URI_RE, _URL_HEADER_RE):
        m = rx.search(head)
        if m and (h := _host(m.group(1))):
            return h
    if "<" in head:
        m = _CANONICAL_RE.search(head)
        url = (m.group(1) or m.group(2)) if m else None
        if not url:
            m2 = _OG_URL_RE.search(head)
            url = m2.group(1) if m2 else None
        if url and (h := _host(url)):
            return h
        m3 = _OG_SITE_RE.search(head)
        if m3:
            return "name:" + m3.group(1).strip().casefold()
    if source == "-":
        return "dir:-"
    return "dir:" + Path(source).resolve().parent.name


def spread_sample(indices: list[int], size: int) -> list[int]:
    """``size`` of ``indices`` evenly spread over the list (all of them when there are not more)."""
    m = len(indices)
    if m <= size:
        return indices
    return [indices[(j * m) // size] for j in range(size)]


def head_text(data: bytes) -> str:
    return data[:HEAD_BYTES].decode("utf-8", "replace")


def page_lines(data: bytes, config: Config) -> frozenset[int]:
    """The distinct line hashes of one page (blocks as the pipeline reads them, before any rule)."""
    doc = read(to_text(data, config), config.input_format, config.max_lines)
    keys = (folded_key(b.key) for b in doc.blocks)
    return frozenset(k for k in keys if k is not None)


@dataclass
class Templates:
    """Per site: page count and the template line hashes; plus the thresholds they were learnt with."""

    min_share: float = DEFAULT_MIN_SHARE
    min_pages: int = DEFAULT_MIN_PAGES
    pages: dict[str, int] = field(default_factory=dict)
    lines: dict[str, frozenset[int]] = field(default_factory=dict)

    def for_site(self, site: str) -> frozenset[int]:
        return self.lines.get(site, frozenset())

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": FORMAT_VERSION,
                "min_share": self.min_share,
                "min_pages": self.min_pages,
                "sites": {
                    s: {"pages": self.pages.get(s, 0), "lines": sorted(f"{h:016x}" for h in hs)}
                    for s, hs in sorted(self.lines.items())
                },
            },
            indent=1,
        )

    def save(self, path: str | Path) -> None:
        atomic_write(path, self.to_json() + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Templates:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        if raw.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported templates file version {raw.get('version')!r}")
        t = cls(min_share=float(raw["min_share"]), min_pages=int(raw["min_pages"]))
        for site, entry in raw["sites"].items():
            t.pages[site] = int(entry["pages"])
            t.lines[site] = frozenset(int(h, 16) for h in entry["lines"])
        return t


class Learner:
    """Counts, per site, on how many sampled pages each line hash occurs, and turns a site's counts into
    its template as soon as its last page is in (``finish``).

    The batch sends the pages to learn site by site, so only the sites whose pages are in flight have
    counts in memory (a few, each at most ``sample`` pages): a 20,000-file batch learns in the memory of a
    2,000-file one, without the per-row table updates an on-disk count costs the parent process, whose
    every CPU second at 2 workers on 2 cores is taken from a worker.
    """

    def __init__(self, min_share: float = DEFAULT_MIN_SHARE, min_pages: int = DEFAULT_MIN_PAGES) -> None:
        self.min_share = min_share
        self.min_pages = min_pages
        self._counts: dict[str, Counter[int]] = {}
        self._pages: Counter[str] = Counter()
        self._done = Templates(min_share=min_share, min_pages=min_pages)

    def add(self, site: str, hashes: Iterable[int] | bytes) -> None:
        """One page of ``site`` with its distinct line hashes (ints, or packed uint64 bytes)."""
        if site in self._done.pages:
            raise ValueError(f"site {site!r} was already finished")
        counts = self._counts.get(site)
        if counts is None:
            counts = self._counts[site] = Counter()
        self._pages[site] += 1
        # Counted by Counter's C loop over the array: a few ms for a whole site's sample.
        counts.update(array("Q", hashes) if isinstance(hashes, bytes) else hashes)

    def finish(self, site: str) -> None:
        """Work out ``site``'s template lines now and free its counts (no more pages of it will come)."""
        counts = self._counts.pop(site, None)
        if counts is None:
            return
        pages = self._pages.pop(site)
        share, least = self.min_share * pages, self.min_pages
        lines = frozenset(h for h, n in counts.items() if n >= least and n >= share)
        self._done.pages[site] = pages
        if lines:
            self._done.lines[site] = lines

    def result(self) -> Templates:
        """The templates of every site added (finishing those not finished yet)."""
        for site in list(self._counts):
            self.finish(site)
        return self._done
