"""HTML to blocks with DOM evidence, parsed with selectolax's lexbor backend.

The walk mirrors what a browser's innerText shows (block elements start new lines, hidden elements and
scripts show nothing), so the same rules that read text dumps read HTML; the DOM only adds evidence:
tag, landmarks, class/id words, link density. The walk is iterative: a page nested 100,000 levels deep
must not hit Python's recursion limit.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleaner.blocks import Block, Document, PageMeta, normalize_space

# Elements whose content a reader never sees as text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "canvas",
        "object",
        "embed",
        "head",
        "title",
        "select",
        "option",
        "datalist",
        "audio",
        "video",
        "picture",
        "source",
        "track",
        "map",
        "area",
        "input",
        "textarea",
        "meta",
        "link",
        "base",
    ]
)
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "button",
        "label",
    ]
)
LANDMARK_TAGS = frozenset(
    ["nav", "header", "footer", "aside", "form", "article", "main", "figure", "dialog", "menu"]
)
ROLE_LANDMARKS = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "main": "main",
    "article": "article",
    "dialog": "dialog",
    "alertdialog": "dialog",
    "menu": "nav",
    "menubar": "nav",
    "search": "form",
}
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# How many enclosing elements' class/id words a block carries; deeper ones (page wrappers) only add noise.
ATTR_DEPTH = 6
_ATTR_SPLIT_RE = re.compile(r"[\s]+")


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(style))


class _Builder:
    """Accumulates inline text into the current block and flushes at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.para_start = True

    def flush(self, ctx: _Ctx, *, soft: bool = False) -> None:
        if self.parts:
            text = normalize_space("".join(self.parts))
            if text:
                ld = min(1.0, self.link_chars / len(text)) if text else 0.0
                self.blocks.append(
                    Block(
                        index=len(self.blocks),
                        text=text,
                        para_start=self.para_start,
                        tag=ctx.tag,
                        heading=ctx.heading,
                        landmarks=ctx.landmarks,
                        attrs=ctx.attrs,
                        link_density=ld,
                        in_list=ctx.in_list,
                    )
                )
                self.para_start = False
        self.parts = []
        self.link_chars = 0
        if not soft:
            self.para_start = True


class _Ctx:
    __slots__ = ("attrs", "heading", "in_link", "in_list", "landmarks", "pre", "tag")

    def __init__(
        self,
        tag: str = "",
        heading: int = 0,
        landmarks: frozenset[str] = frozenset(),
        attrs: str = "",
        in_link: bool = False,
        in_list: bool = False,
        pre: bool = False,
    ) -> None:
        self.tag = tag
        self.heading = heading
        self.landmarks = landmarks
        self.attrs = attrs
        self.in_link = in_link
        self.in_list = in_list
        self.pre = pre


def _child_ctx(parent: _Ctx, tag: str, attrs: dict[str, str | None]) -> _Ctx:
    landmarks = parent.landmarks
    if tag in LANDMARK_TAGS:
        landmarks = landmarks | {tag}
    role = attrs.get("role")
    if role and role in ROLE_LANDMARKS:
        landmarks = landmarks | {ROLE_LANDMARKS[role]}
    words = " ".join(x for x in (attrs.get("class"), attrs.get("id")) if x).lower()
    attr_words = parent.attrs
    if words and tag not in ("html", "body"):
        attr_words = " ".join(_ATTR_SPLIT_RE.split((words + " " + parent.attrs).strip())[: ATTR_DEPTH * 3])
    heading = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" else parent.heading
    return _Ctx(
        tag=tag if tag in BLOCK_TAGS else parent.tag,
        heading=heading,
        landmarks=landmarks,
        attrs=attr_words,
        in_link=parent.in_link or tag == "a",
        in_list=parent.in_list or tag == "li",
        pre=parent.pre or tag == "pre",
    )


def _walk(body: LexborNode) -> list[Block]:
    b = _Builder()
    root_ctx = _Ctx()
    # Stack items: (node, ctx, leaving). ``leaving`` marks the end of a block element.
    stack: list[tuple[Any, _Ctx, bool]] = [(body, root_ctx, False)]
    while stack:
        node, ctx, leaving = stack.pop()
        if leaving:
            b.flush(ctx)
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text:
                b.parts.append(text)
                if ctx.in_link:
                    b.link_chars += len(text.strip())
            continue
        if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
            continue
        attrs = node.attributes
        if attrs and _is_hidden(attrs):
            continue
        if tag == "br":
            b.flush(ctx, soft=True)
            continue
        child_ctx = _child_ctx(ctx, tag, attrs) if (attrs or tag in BLOCK_TAGS or tag == "a") else ctx
        is_block = tag in BLOCK_TAGS
        if is_block:
            b.flush(ctx)
            stack.append((node, child_ctx, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        for c in reversed(children):
            stack.append((c, child_ctx, False))
    b.flush(root_ctx)
    return b.blocks


def _meta(tree: LexborHTMLParser) -> PageMeta:
    meta = PageMeta()
    t = tree.css_first("title")
    if t is not None:
        meta.title_tag = normalize_space(t.text()) or None
    html = tree.css_first("html")
    if html is not None:
        lang = html.attributes.get("lang")
        meta.lang = lang.split("-")[0].lower() if lang else None
    for m in tree.css("meta"):
        a = m.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content")
        if not key or not content:
            continue
        content = normalize_space(content)
        if key == "og:title" and not meta.og_title:
            meta.og_title = content
        elif key in ("og:site_name", "application-name") and not meta.site_name:
            meta.site_name = content
        elif key in ("og:description", "description") and not meta.description:
            meta.description = content
        elif key in PUBLISHED_META and not meta.published:
            meta.published = content
        elif key in ("author", "article:author", "byl", "dc.creator", "sailthru.author") and not meta.author:
            if not content.startswith("http"):
                meta.author = content
        elif key == "og:url" and not meta.url:
            meta.url = content
    for node in tree.css('script[type="application/ld+json"]'):
        _json_ld(node.text(), meta)
    for node in tree.css("time[datetime]"):
        if not meta.published:
            meta.published = node.attributes.get("datetime")
        break
    meta.h1 = tuple(x for x in (normalize_space(h.text()) for h in tree.css("h1")) if x)
    return meta


PUBLISHED_META = frozenset(
    [
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.created",
        "publish-date",
        "publish_date",
        "pubdate",
        "parsely-pub-date",
        "sailthru.date",
        "article.published",
        "publication_date",
        "date_published",
        "citation_publication_date",
        "citation_date",
        "rnews:datepublished",
    ]
)
ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "WebPage",
        "Recipe",
    ]
)


def _json_ld(raw: str, meta: PageMeta) -> None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return
    todo: list[Any] = [data]
    seen = 0
    while todo and seen < 200:
        item = todo.pop(0)
        seen += 1
        if isinstance(item, list):
            todo.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        if "@graph" in item:
            todo.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t in ARTICLE_TYPES for t in types):
            if isinstance(item.get("headline"), str) and not meta.headline:
                meta.headline = normalize_space(item["headline"])
            if isinstance(item.get("datePublished"), str) and not meta.published:
                meta.published = item["datePublished"]
            author = _name(item.get("author"))
            if author and not meta.author:
                meta.author = author
            pub = _name(item.get("publisher"))
            if pub and not meta.site_name and "WebPage" not in types:
                meta.site_name = pub


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:5]) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.startswith("http"):
        return normalize_space(value)
    return None


# Browsers cap the parser's tree depth (Chrome: 512) because the HTML tree builder walks the stack of open
# elements on every tag: lexbor took 70 s on 100,000 nested <div>s (super-linear). Deeper tags are dropped
# before parsing; their text stays, block tags become <br> so the text keeps its line breaks.
MAX_DEPTH = 512
# Elements that never nest in practice (their end tag is optional and the parser closes them itself) or
# have no content; counting them would flatten ordinary pages full of unclosed <p> and <li>.
_NOT_NESTING = frozenset(
    "p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption html head body "
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
_RAW_TEXT = frozenset(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"])
_MARKUP_RE = re.compile(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>")
_COMMENT_END_RE = re.compile(r"-->")
_RAW_END_RES = {t: re.compile(rf"</{t}\b", re.I) for t in _RAW_TEXT}


def limit_depth(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with element nesting capped at ``max_depth``: one linear pass over the tags.

    An approximation of the tree builder, good enough for its only job: a page nested deeper than any
    browser renders is parsed in linear time, and every character of text is still there.
    """
    depth = excess = 0
    cuts: list[tuple[int, int, str]] = []
    pos = 0
    while True:
        m = _MARKUP_RE.search(html, pos)
        if m is None:
            break
        pos = m.end()
        if m.group(0) == "<!--":
            end = _COMMENT_END_RE.search(html, pos)
            if end is None:
                break
            pos = end.end()
            continue
        closing, name = m.group(1), m.group(2).lower()
        if name in _NOT_NESTING or m.group(0).endswith("/>"):
            continue
        if not closing:
            if name in _RAW_TEXT:  # its content is not markup, and it is never cut (that would show code)
                end = _RAW_END_RES[name].search(html, pos)
                close = html.find(">", end.end()) if end else -1
                if close < 0:
                    break
                pos = close + 1
                continue
            if depth >= max_depth:
                excess += 1
                cuts.append((m.start(), m.end(), "<br>" if name in BLOCK_TAGS else ""))
            else:
                depth += 1
        elif excess:
            excess -= 1
            cuts.append((m.start(), m.end(), "<br>" if name in BLOCK_TAGS else ""))
        elif depth:
            depth -= 1
    if not cuts:
        return html
    out: list[str] = []
    last = 0
    for start, end, repl in cuts:
        out.append(html[last:start])
        out.append(repl)
        last = end
    out.append(html[last:])
    return "".join(out)


def read_html(html: str) -> Document:
    tree = LexborHTMLParser(limit_depth(html))
    meta = _meta(tree)
    body = tree.body or tree.root
    blocks = _walk(body) if body is not None else []
    return Document(blocks=blocks, kind="html", meta=meta)
