"""HTML-side behaviour: the DOM walk, the hidden-copy fallback, HTML-only rules and HTML fields.

Small hand-written pages pin exact outcomes; no dataset numbers here.
"""

from __future__ import annotations

from cleaner.read.html import read_html

PROSE = (
    "The council met on Tuesday evening to discuss the new budget, and the members agreed that the "
    "library would stay open for longer hours during the winter months."
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_walk_skips_scripts_styles_and_hidden_elements() -> None:
    doc = read_html(
        _page(
            "<script>var x = 1;</script><style>p{}</style>"
            f"<div style='display: none'>Secret menu</div><p hidden>Hidden</p><p>{PROSE}</p>"
        )
    )
    assert [b.text for b in doc.blocks] == [PROSE]


def test_walk_keeps_evidence_of_containers() -> None:
    doc = read_html(
        _page(
            f"<main><div class='story body'><p>{PROSE}</p><ul><li><a href='/'>Home</a></li></ul></div></main>"
        )
    )
    para, item = doc.blocks
    assert para.tag == "p" and "main" in para.landmarks and para.attrs == "story body"
    assert item.tag == "li" and item.in_list and item.link_density == 1.0


def test_noscript_copy_is_read_when_the_visible_page_is_empty() -> None:
    posts = "".join(f"<p>{PROSE} Reply number {i}.</p>" for i in range(4))
    doc = read_html(_page(f"<div id='app'></div><noscript><div class='post'>{posts}</div></noscript>"))
    assert len(doc.blocks) == 4 and doc.blocks[0].text.startswith("The council")


def test_hidden_streamed_content_is_shown_when_nothing_else_is_visible() -> None:
    posts = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(4))
    doc = read_html(_page(f"<div hidden id='S:0'><article>{posts}</article></div>"))
    assert len(doc.blocks) == 4


def test_hidden_copy_is_ignored_when_the_page_has_visible_text() -> None:
    visible = "".join(f"<p>{PROSE}</p>" for _ in range(8))
    doc = read_html(
        _page(f"<article>{visible}</article><noscript><p>Please enable JavaScript to comment.</p></noscript>")
    )
    assert all("JavaScript" not in b.text for b in doc.blocks)
