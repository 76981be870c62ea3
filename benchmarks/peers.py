"""One adapter per system: ``extract(html) -> {"body", "title", "date", "author"}``.

Every adapter is built by a factory that runs *outside* the timed call, so one-off setup (loading a
stoplist, building a Goose instance) is not charged to each page, while everything a user pays per
document (parsing included) is. Peers are configured to stay off the network: newspaper4k and goose3
fetch images by default, which would silently add seconds and make results depend on the internet.

Peers are imported lazily, inside the factories: they are an optional dependency group (``bench``) and
a cleaner-only run (the regression test) must work without them.
"""

from __future__ import annotations

import html as htmllib
import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.metrics import iso_day

Extract = Callable[[str], dict[str, Any]]

# Tags whose text a reader never sees; the all-text baseline drops them and nothing else.
_INVISIBLE = ["script", "style", "noscript", "template", "svg", "head"]
_NOT_RENDERED = '[hidden], [style*="display:none"], [style*="display: none"]'
# Block-level tags: their boundaries are line breaks, so text of neighbouring blocks never fuses into one
# token (which would cost shingles that no extractor really lost).
_BLOCKS = frozenset(
    (
        "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure "
        "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot "
        "th thead tr ul"
    ).split()
)


def dump_to_html(text: str) -> str:
    """How a peer is handed a text dump: one ``<p>`` per non-empty line, the only way they can read it."""
    paras = "".join(f"<p>{htmllib.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{paras}</body></html>\n'


def lxml_block_text(root: Any) -> str:
    """Text of an lxml tree with a newline at every block boundary (``text_content`` alone fuses blocks)."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCKS
        if block:
            parts.append("\n")
        if tag.lower() not in ("script", "style") and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _clean_str(x: Any) -> str | None:
    if x is None:
        return None
    s = str(x).strip()
    return s or None


def _authors(x: Any) -> str | None:
    if isinstance(x, list | tuple):
        return _clean_str(", ".join(str(a) for a in x if a))
    return _clean_str(x)


# --- adapters ---------------------------------------------------------------------------------------


def make_trafilatura() -> Extract:
    import trafilatura
    from trafilatura.core import bare_extraction

    del trafilatura

    def extract(html: str) -> dict[str, Any]:
        # Library defaults, no favouring, except comments: the sets' truth is the article without its
        # comments, and with them kept trafilatura scores 0.953 instead of the published 0.958 on
        # scrapinghub. Metadata is on so that title, date and author can be scored.
        doc = bare_extraction(html, include_comments=False, with_metadata=True)
        if doc is None:
            return {"body": ""}
        return {"body": doc.text or "", "title": doc.title, "date": doc.date, "author": doc.author}

    return extract


def make_readability() -> Extract:
    import lxml.html
    from readability import Document

    def extract(html: str) -> dict[str, Any]:
        doc = Document(html)
        summary = doc.summary(html_partial=True)
        body = lxml_block_text(lxml.html.fromstring(summary)) if summary and summary.strip() else ""
        return {"body": body, "title": doc.short_title()}

    return extract


def make_justext() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(html: str) -> dict[str, Any]:
        paras = justext.justext(html, stoplist)
        return {"body": "\n".join(p.text for p in paras if not p.is_boilerplate)}

    return extract


def make_resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def extract(html: str) -> dict[str, Any]:
        tree = HTMLTree.parse(html)
        return {"body": extract_plain_text(tree, main_content=True), "title": tree.title}

    return extract


def make_boilerpy3() -> Extract:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def extract(html: str) -> dict[str, Any]:
        doc = extractor.get_doc(html)
        return {"body": doc.content or "", "title": doc.title}

    return extract


def make_newspaper4k() -> Extract:
    from newspaper import Article
    from newspaper.configuration import Configuration

    config = Configuration()
    config.fetch_images = False
    config.memorize_articles = False
    config.disable_category_cache = True
    config.request_timeout = 0.01  # belt and braces: nothing should be fetched with input_html given

    # Its Korean, Chinese, Japanese, ... tokenizers need nltk and nltk's data, which is downloaded from
    # outside the package registries and so cannot be had here; such pages are parsed again with the
    # English stopwords (the library's default language) instead of counting as failures.
    fallback = Configuration()
    for key in ("fetch_images", "memorize_articles", "disable_category_cache", "request_timeout"):
        setattr(fallback, key, getattr(config, key))
    fallback.language = "en"  # setting it also turns off the language from <meta>

    def extract(html: str) -> dict[str, Any]:
        art = Article("", config=config)
        art.download(input_html=html)
        try:
            art.parse()
        except ImportError:
            art = Article("", config=fallback)
            art.download(input_html=html)
            art.parse()
        return {"body": art.text or "", "title": art.title, "date": art.publish_date, "author": art.authors}

    return extract


def make_goose3() -> Extract:
    from goose3 import Configuration, Goose

    config = Configuration()
    config.enable_image_fetching = False
    config.http_timeout = 0.01
    goose = Goose(config)

    def extract(html: str) -> dict[str, Any]:
        art = goose.extract(raw_html=html)
        return {
            "body": art.cleaned_text or "",
            "title": art.title,
            # The page's own stamp keeps its local day; the UTC form can shift it across midnight.
            "date": art.publish_date if iso_day(art.publish_date) else art.publish_datetime_utc,
            "author": art.authors,
        }

    return extract


def make_alltext() -> Extract:
    from selectolax.lexbor import LexborHTMLParser

    def extract(html: str) -> dict[str, Any]:
        tree = LexborHTMLParser(html)
        title_node = tree.css_first("title")
        title = title_node.text(strip=True) if title_node else None
        tree.strip_tags(_INVISIBLE)
        # What a browser does not render either (as the innerText dumps also leave out).
        for node in tree.css(_NOT_RENDERED):
            node.decompose()
        root = tree.body or tree.root
        text = root.text(separator="\n") if root else ""
        lines = (" ".join(line.split()) for line in text.splitlines())
        return {"body": "\n".join(line for line in lines if line), "title": title}

    return extract


def make_cleaner_html() -> Extract:
    import cleaner

    cleaner.warm_up()  # its language model loads on first need, which the one warm-up page may not have

    def extract(html: str) -> dict[str, Any]:
        return _from_article(cleaner.clean(html, input_format="html"))

    return extract


def make_cleaner_text() -> Extract:
    import cleaner

    cleaner.warm_up()  # its language model loads on first need, which the one warm-up page may not have

    def extract(text: str) -> dict[str, Any]:
        return _from_article(cleaner.clean(text, input_format="text"))

    return extract


def _from_article(art: Any) -> dict[str, Any]:
    return {
        "body": "\n".join(art.paragraphs),
        "title": art.title,
        "date": art.date,
        "author": art.author,
        "is_article": bool(getattr(art, "is_article", False)),
    }


# --- registry ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class System:
    """A benchmarked system; ``rev`` is bumped when the adapter changes so stale cache entries die."""

    name: str
    dist: str | None  # distribution whose version keys the cache
    rev: str
    make: Callable[[], Extract]
    label: str = ""

    def version(self) -> str:
        if self.dist is None:
            return "0"
        try:
            return importlib.metadata.version(self.dist)
        except importlib.metadata.PackageNotFoundError:
            return "missing"


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in (
        System("cleaner", "cleaner", "1", make_cleaner_html, "cleaner"),
        System("trafilatura", "trafilatura", "2", make_trafilatura, "trafilatura"),
        System("readability", "readability-lxml", "1", make_readability, "readability-lxml"),
        System("newspaper4k", "newspaper4k", "1", make_newspaper4k, "newspaper4k"),
        System("resiliparse", "resiliparse", "1", make_resiliparse, "resiliparse (main content)"),
        System("boilerpy3", "boilerpy3", "1", make_boilerpy3, "boilerpy3 (Article)"),
        System("justext", "justext", "1", make_justext, "jusText"),
        System("goose3", "goose3", "1", make_goose3, "goose3"),
        System("alltext", None, "2", make_alltext, "all text (baseline)"),
    )
}
PEERS: tuple[str, ...] = tuple(n for n in SYSTEMS if n != "cleaner")
REFERENCE = "trafilatura"


def make_extractor(system: str, kind: str) -> Extract:
    """The callable a worker times, already fitted to the input kind.

    cleaner reads dumps natively; peers get the ``<p>``-wrapped form, but wrapping happens in the worker
    before the clock starts, so here a peer sees HTML either way. The all-text baseline on a dump is the
    dump itself, nothing removed.
    """
    if system == "cleaner":
        return make_cleaner_text() if kind == "dump" else make_cleaner_html()
    if system == "alltext" and kind == "dump":
        return lambda text: {"body": text}
    return SYSTEMS[system].make()


def prepare_input(system: str, kind: str, raw: str) -> str:
    """What the system is handed for one page (computed before timing)."""
    if kind == "dump" and system not in ("cleaner", "alltext"):
        return dump_to_html(raw)
    return raw
