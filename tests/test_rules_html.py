"""HTML-side behaviour: the DOM walk, the hidden-copy fallback, HTML-only rules and HTML fields.

Small hand-written pages pin exact outcomes; no dataset numbers here.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import cleaner
from cleaner.blocks import Block
from cleaner.config import Config
from cleaner.pipeline import Judged, judge, undoubled
from cleaner.read.html import read_html
from cleaner.rules.items import main_listing
from cleaner.rules.structure import _linked_sentence, _spare_section_headings

PROSE = (
    "The council met on Tuesday evening to discuss the new budget, and the members agreed that the "
    "library would stay open for longer hours during the winter months."
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# A story's declared date: a page with it has a story for teasers to hang off (drop_headline_lists).
DATED_HEAD = '<meta property="article:published_time" content="2024-05-02T10:00:00Z">'


def test_walk_skips_scripts_styles_and_hidden_elements() -> None:
    doc = read_html(
        _page(
            "<script>var x = 1;</script><style>p{}</style>"
            f"<div style='display: none'>Secret menu</div><p hidden>Hidden</p><p>{PROSE}</p>"
        )
    )
    assert [b.text for b in doc.blocks] == [PROSE]


def test_a_self_closed_iframe_in_noscript_hides_nothing_after_it() -> None:
    """A browser running scripts reads <noscript> as plain text, so '<noscript><iframe ... /></noscript>'
    (a tag manager's snippet written self-closed) hides nothing; parsed as markup the '/>' closes no
    <iframe>, whose raw text would swallow the rest of the page, here a streamed segment."""
    page = _page(
        "<noscript><iframe src='https://example.com/ns.html' height='0' width='0' /></noscript>"
        f"<main><template id='B:0'></template></main><p>{PROSE}</p>"
        f"<div hidden id='S:0'><h1>Fast deploys</h1><p>{PROSE.replace('council', 'board')}</p></div>"
    )
    texts = [b.text for b in read_html(page).blocks]
    assert texts == ["Fast deploys", PROSE.replace("council", "board"), PROSE]
    # Outside a <noscript> the text after a self-closed <iframe> is its text in a browser too.
    assert [b.text for b in read_html(_page(f"<p>{PROSE}</p><iframe src='x' /><p>Swallowed</p>")).blocks] == [
        PROSE
    ]


def test_walk_gives_each_block_its_evidence() -> None:
    """Blocks are built with positional arguments (see ``_Builder.flush``): each piece of DOM evidence
    lands in its own field, and zero-width spaces between words read as nothing."""
    doc = read_html(
        _page(
            "<nav class='Site-Menu'><ul><li><a href='/'>Home</a>\u200b page</li></ul></nav>"
            f"<table><tr><td><h2 id='Top'>Top\ufeff stories</h2></td></tr></table><p>{PROSE}</p>"
        )
    )
    menu, heading, prose = doc.blocks
    assert (menu.index, menu.text, menu.tag, menu.landmarks, menu.attrs) == (
        0,
        "Home page",
        "li",
        frozenset(["nav"]),
        "site-menu",
    )
    assert (menu.in_list, menu.in_table, menu.link_density) == (True, False, 4 / 9)
    assert (heading.index, heading.text, heading.tag, heading.heading, heading.attrs) == (
        1,
        "Top stories",
        "h2",
        2,
        "top",
    )
    assert (heading.in_list, heading.in_table, heading.para_start) == (False, True, True)
    assert (prose.tag, prose.landmarks, prose.is_prose) == ("p", frozenset(), True)


def test_walk_reads_custom_elements_inline_and_skips_comments() -> None:
    # Web components ('<my-price>') are a page's own element names: inline text like a <span>.
    doc = read_html(
        _page(
            "<p>Only <my-price class='amount'>12 euros</my-price> today<!-- a comment --> and"
            " <x-tag>tomorrow</x-tag><br>Next line</p><custom-card><div>Card title</div></custom-card>"
        )
    )
    assert [b.text for b in doc.blocks] == ["Only 12 euros today and tomorrow", "Next line", "Card title"]
    assert [b.para_start for b in doc.blocks] == [True, False, True]


def test_walk_skips_elements_a_hiding_class_hides() -> None:
    visible = "".join(f"<p>{PROSE}</p>" for _ in range(12))
    doc = read_html(
        _page(
            f"<main>{visible}"
            "<dl class='product-info hide'><dt>retail_price_tier1:</dt><dd>$20.00_1-9 items</dd></dl>"
            "<div class='dropdown d-none'><a href='/a'>Phone Systems</a><a href='/b'>CRM</a></div>"
            "<div class='d-none d-lg-block'>Shown on desktops</div>"
            "<div class='hidden md:block'>Also shown on desktops</div>"
            "</main>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert "Shown on desktops" in texts and "Also shown on desktops" in texts
    assert not any("retail_price" in t or "CRM" in t for t in texts)


def test_a_short_text_printed_twice_in_one_block_is_given_once() -> None:
    """A price, a stamp or a label set twice in one element (a screen reader's copy glued to the shown one)
    comes out once; a name repeated on its own and a long text set twice are left as they are."""
    long = "The council met on Monday to vote on the riverside park plan after a decade of debate."
    assert undoubled("EUR 355.58EUR 355.58") == "EUR 355.58"
    assert undoubled("Best Overall Best Overall") == "Best Overall"
    assert undoubled("Sing Sing") == "Sing Sing"
    assert undoubled(f"{long} {long}") == f"{long} {long}"
    twice = (
        "<ul><li><span>Lifetime warranty</span><span>Lifetime warranty</span></li><li>Free repairs</li></ul>"
    )
    body = f"<p>{PROSE}</p>{twice}<p>{PROSE.replace('council', 'board')}</p>"
    j = _judge(_page(f"<main><h1>Trail pack</h1>{body}</main>"))
    assert "Lifetime warranty" in j.paragraphs()
    assert "Lifetime warrantyLifetime warranty" not in j.paragraphs()


def test_hidden_panel_of_running_text_is_read() -> None:
    # A closed tab or accordion holds text readers open and read.
    panel = f"<div class='tab-panel hide'><p>{PROSE}</p><p>{PROSE}</p></div>"
    doc = read_html(_page(f"<main><p>{PROSE}</p>{panel}</main>"))
    assert len(doc.blocks) == 3


SPECS = "Material: solid oak. Width: 120 cm. Depth: 60 cm. Height: 75 cm. Weight: 32 kg. Finish: natural oil."


def test_closed_panels_hidden_by_style_or_attribute_are_read() -> None:
    # A product's description, specifications and FAQ answers sit in closed tabs and accordions
    # (display:none or the hidden attribute until clicked): what readers open and read.
    doc = read_html(
        _page(
            f"<main><h1>Oak desk</h1><p>{PROSE}</p>"
            f"<div class='tab-pane' style='display:none'><p>{SPECS}</p></div>"
            f"<div role='tabpanel' hidden><p>Care: wipe with a damp cloth and dry at once, never soak it.</p>"
            "<p>Oil the top once a year with the oil that comes in the box.</p></div>"
            "<button aria-expanded='false'>Is it easy to assemble?</button>"
            "<div style='display: none'><p>Yes: the legs bolt on with the key that comes in the box.</p>"
            "<p>Two people need about twenty minutes for it.</p></div>"
            "</main>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert SPECS in texts
    assert any(t.startswith("Care: wipe") for t in texts)
    assert any(t.startswith("Yes: the legs") for t in texts)


def test_a_display_none_panel_named_by_an_opener_inside_the_element_before_it_is_read() -> None:
    # An accordion's header row holds the trigger (a link acting as a button) that names the closed
    # panel in aria-controls: the panel is read. A hidden block the row's trigger does not name is not.
    step = "Solar panel installations usually take about one to three days, and the crew cleans up after."
    other = "A hidden block of text that no trigger on the page opens, and which no reader sees at all."
    doc = read_html(
        _page(
            f"<main><h1>Going solar</h1><p>{PROSE}</p>"
            "<div class='row'><a role='button' aria-controls='s3'>4. The big day</a></div>"
            f"<div id='s3' style='display:none'><p>{step}</p></div>"
            "<div class='row'><a role='button' aria-controls='s4'>5. Approval</a></div>"
            f"<div id='s5' style='display:none'><p>{other}</p></div>"
            "</main>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert step in texts
    assert other not in texts


def test_an_aria_hidden_panel_its_opener_controls_is_read_but_a_carousel_clone_is_not() -> None:
    # An FAQ accordion marks its closed answers aria-hidden and the question's trigger names the answer
    # in aria-controls: the answer is read. A carousel's aria-hidden clone has no such opener.
    answer = "Start saving early, even a little, and raise it each year. Time does the rest of the work."
    doc = read_html(
        _page(
            f"<main><h1>Retirement</h1><p>{PROSE}</p>"
            "<h3><a href='javascript:void(0)' aria-controls='a1' aria-expanded='false'>How can I retire early?</a>"
            f"</h3><div id='a1' aria-hidden='true'><p>{answer}</p></div>"
            f"<div class='slide' id='s2' aria-hidden='true'><p>{PROSE} A cloned slide.</p></div>"
            "<button aria-controls='m1'>Menu</button><div id='m1' aria-hidden='true'>Home About Contact</div>"
            "</main>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert answer in texts
    assert not any("cloned slide" in t or "Contact" in t for t in texts)


def test_an_aria_hidden_link_holding_a_cards_excerpt_is_read_but_a_short_one_is_not() -> None:
    # A card links its excerpt a second time, hidden from screen readers only (aria-hidden, tabindex -1):
    # browsers show it, so it is read. A short aria-hidden link (an icon's label, the title again) and an
    # excerpt link hidden by style stay unread.
    excerpt = "Walmart now has the new headphones in colours that were not offered in the country before."
    doc = read_html(
        _page(
            "<main><h1>Headphones</h1><ul>"
            + "".join(
                f"<li><h2><a href='/s{i}'>Story number {i} about headphones</a></h2>"
                f"<p class='desc'><a href='/s{i}' aria-hidden='true' tabindex='-1'>{excerpt} Card {i}.</a></p>"
                f"<a href='/s{i}' aria-hidden='true' tabindex='-1'>Read story {i}</a>"
                f"<a href='/s{i}' aria-hidden='true' style='display:none'>{excerpt} Hidden {i}.</a></li>"
                for i in range(3)
            )
            + "</ul></main>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert all(f"{excerpt} Card {i}." in texts for i in range(3))
    assert not any("Read story" in t or "Hidden" in t for t in texts)


def test_an_aria_hidden_panel_named_a_folded_panel_is_read_but_its_labels_and_a_clone_are_not() -> None:
    # The opener sits outside the panel's wrapper (no aria-controls to follow), but the panel's own class
    # calls it an accordion's content: the guide is read. A named panel of bare labels, a slide's
    # aria-hidden clone and an accordion inside a closed modal are not.
    guide = "Look for a helmet that fits snugly. Most riders choose a lighter one for long days on the road."
    doc = read_html(
        _page(
            f"<main><h1>Bike helmets</h1><p>{PROSE}</p><div class='guide'><button>How to choose</button>"
            f"<div class='accordion__wrap' style='max-height:0px'><div class='accordion__content' "
            f"aria-hidden='true'><p>{guide}</p></div></div></div>"
            "<div class='accordion__content' aria-hidden='true'>Road Mountain Kids</div>"
            f"<div class='slide' aria-hidden='true'><p>{PROSE} A cloned slide.</p></div>"
            f"<div class='modal'><div class='collapse' aria-hidden='true'><p>{PROSE} Sign up today.</p></div></div>"
            "</main>"
        )
    )
    texts = [b.text for b in doc.blocks]
    assert guide in texts
    assert not any("Road Mountain" in t or "cloned slide" in t or "Sign up" in t for t in texts)


def test_hidden_overlays_and_labels_stay_unread() -> None:
    # Modals, cookie banners, menus and short option lists are hidden the same way and stay dropped,
    # even when they hold sentences or sit inside a tabbed popover.
    visible = "".join(f"<p>{PROSE}</p>" for _ in range(8))
    doc = read_html(
        _page(
            f"<main><h1>Oak desk</h1>{visible}"
            f"<div class='modal fade' style='display:none'><p>{PROSE} Sign up for our emails today.</p></div>"
            f"<div id='cookie-notice' hidden><p>{PROSE} We use cookies on this site.</p></div>"
            f"<div role='dialog' style='display:none'><p>{PROSE} Quick view of this product.</p></div>"
            f"<div class='settings-popover'><div role='tabpanel' hidden><p>{PROSE} Turn on alerts.</p></div></div>"
            "<button>Colors</button><div style='display:none'>Red Blue Green</div>"
            "</main>"
        )
    )
    texts = " ".join(b.text for b in doc.blocks)
    assert "Sign up" not in texts and "cookies" not in texts and "Quick view" not in texts
    assert "alerts" not in texts and "Red Blue" not in texts


def test_page_hidden_by_style_until_a_script_shows_it_is_read() -> None:
    # An access-check or anti-flicker wrapper hides the whole page, <h1> included, behind display:none
    # while the visible menus around it still hold text.
    menu = "".join(f"<li><a href='/c/{i}'>Category number {i}</a></li>" for i in range(40))
    body = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(5))
    doc = read_html(
        _page(f"<nav><ul>{menu}</ul></nav><div style='display:none;'><h1>Dark roast</h1>{body}</div>")
    )
    texts = [b.text for b in doc.blocks]
    assert "Dark roast" in texts and f"{PROSE} Part 4." in texts


def test_page_hidden_by_class_until_a_script_shows_it_is_read() -> None:
    # A preloader covers '<div class="root hide">' until a script reveals it: hiding it would leave
    # nothing, so the page is read as if the class were not there.
    items = "".join(f"<li><a href='/p/{i}'>Product number {i}</a></li>" for i in range(6))
    doc = read_html(
        _page(f"<div class='preloader'>Loading</div><div class='root hide'><ul>{items}</ul></div>")
    )
    assert any(b.text == "Product number 3" for b in doc.blocks)


def test_cards_numbered_by_id_are_items_of_one_list() -> None:
    cards = "".join(
        f"<a id='card-list_{i}-0' class='card' href='/r/{i}'><div class='card__content'>"
        f"<span>Easy dinner recipe number {i}</span></div></a>"
        for i in range(6)
    )
    doc = read_html(_page(f"<main><div class='cards'>{cards}</div></main>"))
    assert len({b.item for b in doc.blocks}) == 1 and doc.blocks[0].item
    assert [b.item_no for b in doc.blocks] == [1, 2, 3, 4, 5, 6]


def test_posts_numbered_by_id_are_not_items() -> None:
    posts = "".join(f"<div id='post_{i}' class='post'><p>{PROSE}</p></div>" for i in range(6))
    doc = read_html(_page(f"<main>{posts}</main>"))
    assert all(b.item == 0 for b in doc.blocks)


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


def test_markup_dates_with_time_part_are_read() -> None:
    from cleaner.fields.html_date import parse_markup_date

    assert parse_markup_date("2025-07-20T15:27:00+01:00") == "2025-07-20"
    assert parse_markup_date("2024-06-11 11:06:04+00:00") == "2024-06-11"
    assert parse_markup_date("Feb 08, 2022") == "2022-02-08"
    assert parse_markup_date("1890-01-01") is None


def test_date_from_published_meta_when_no_date_is_visible() -> None:
    head = '<meta property="article:published_time" content="2025-07-20T15:27:00+01:00">'
    art = cleaner.clean(_page(f"<h1>A headline for the page</h1><p>{PROSE}</p>", head), input_format="html")
    assert art.date == "2025-07-20"


def test_date_from_a_container_named_date_away_from_the_headline() -> None:
    filler = "".join(f"<p>{PROSE} Section {i}.</p>" for i in range(3))
    body = (
        "<h1>A headline for the page</h1>"
        + "".join(f"<div>Menu item {i}</div>" for i in range(12))
        + f"<div class='post-date'>March 3, 2024</div>{filler}"
    )
    art = cleaner.clean(_page(body), input_format="html")
    assert art.date == "2024-03-03"


def _date(body: str, head: str = "") -> str | None:
    return cleaner.clean(_page(f"<h1>Which projector should I buy</h1>{body}<p>{PROSE}</p>", head)).date


def test_visible_updated_date_beats_a_json_ld_date_but_not_an_opengraph_one() -> None:
    ld = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2021-05-06"}</script>'
    assert _date("<p>Updated March 3, 2025</p>", ld) == "2025-03-03"
    og = '<meta property="article:published_time" content="2021-05-06T10:00:00+00:00">'
    assert _date("<p>Updated March 3, 2025</p>", og) == "2021-05-06"


def test_declared_modification_is_the_date_of_last_resort() -> None:
    og = '<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">'
    assert _date("", og) == "2023-06-12"
    ld = '<script type="application/ld+json">{"@type": "WebPage", "dateModified": "2026-03-10"}</script>'
    assert _date("", ld) == "2026-03-10"
    shown = "<div>Posted on March 3, 2025</div>"
    assert _date(shown, og) == "2025-03-03"  # a date the page shows comes first
    published = '<meta property="article:published_time" content="2021-05-06T10:00:00+00:00">'
    assert _date("", og + published) == "2021-05-06"


def test_a_numeric_date_is_read_as_the_page_writes_it_elsewhere() -> None:
    """'03/10/2023' under the headline, '3 October 2023' in the list of posts below: as in a dump."""
    shown = "<div class='blog-date'>03/10/2023</div>"
    more = "<ul><li>Which projector should I buy - 3 October 2023</li><li>Screens - 1 May 2023</li></ul>"
    page = _page(f"<h1>Which projector should I buy</h1>{shown}<p>{PROSE}</p>{more}")
    assert cleaner.clean(page).date == "2023-10-03"
    assert _date(shown) == "2023-03-10"  # no other copy: the language's reading


def test_json_ld_with_raw_line_breaks_in_its_strings_is_read() -> None:
    body = '"articleBody": "First line.\n\tSecond line."'
    ld = f'<script type="application/ld+json">{{"@type": "Article", {body}, "datePublished": "2024-02-21"}}</script>'
    assert "\n" in ld
    assert _date("", ld) == "2024-02-21"


def test_forum_last_post_and_join_dates_are_not_the_thread_date() -> None:
    header = "<div>1.2K views 5 replies last post by jo Sep 26, 2024</div><div>Joined Nov 4, 2011</div>"
    assert _date(header + "<div>#1 · Jan 3, 2024</div>") == "2024-01-03"


def test_a_date_before_the_modified_note_is_the_posts_own() -> None:
    note = "<div>2019-02-23, 09:14 PM (This post was last modified: 2024-01-05 by jo.)</div>"
    assert _date(note) == "2019-02-23"


def test_markup_time_with_a_local_offset_names_the_day_a_utc_rendering_moved() -> None:
    local = '<meta property="article:published_time" content="2024-01-14T21:50:50-05:00">'
    assert _date("<div>#1 · Jan 15, 2024</div>", local) == "2024-01-14"
    utc = '<meta property="article:published_time" content="2024-01-16T01:50:50+00:00">'
    assert _date("<div>#1 · Jan 15, 2024</div>", utc) == "2024-01-15"


def test_the_markup_date_shown_near_the_headline_beats_a_nearer_other_date() -> None:
    og = '<meta property="article:published_time" content="2023-11-21T10:00:00-05:00">'
    lines = (
        "<div>Recorded on August 19, 2025</div><div>Share</div><div>Listen</div><div>November 21, 2023</div>"
    )
    assert _date(lines, og) == "2023-11-21"
    assert _date("<div>Recorded on August 19, 2025</div>", og) == "2025-08-19"  # visible text alone: kept


def test_question_author_is_the_asker_not_the_editor_above() -> None:
    post = (
        f"<h1>Why is RAID not a backup?</h1><div class='post'><p>{PROSE}</p></div>"
        "<div class='user-info'>edited Aug 1, 2014 at 19:57</div><div class='user-details'>HopelessN00b</div>"
        "<div class='user-info'>asked May 2, 2009 at 0:01</div><div class='user-details'>jldugger</div>"
    )
    assert cleaner.clean(_page(post), input_format="html").author == "jldugger"


def _judge(html: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from cleaner.config import Config
    from cleaner.pipeline import judge

    return judge(html, replace(Config(), input_format="html"))


def _rules_over(j, phrase: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    """The verdicts of every block holding PHRASE (None: kept), so a test can say which rule took it."""
    return {j.dropped_by.get(b.index) for b in j.doc.blocks if phrase in b.text}


def test_a_form_wrapping_the_whole_page_is_not_boilerplate() -> None:
    paras = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(4))
    j = _judge(
        _page(f"<form id='aspnetForm'><h1>The headline of it</h1><div class='story'>{paras}</div></form>")
    )
    assert len(j.paragraphs()) == 4


def test_a_small_form_and_a_large_footer_stay_boilerplate() -> None:
    paras = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(2))
    links = "".join(f"<li><a href='/{i}'>Footer link number {i} of the site</a></li>" for i in range(60))
    j = _judge(
        _page(
            f"<div>{paras}</div><form><label>Sign up for the newsletter today</label></form><footer><ul>{links}</ul></footer>"
        )
    )
    assert j.paragraphs() == [f"{PROSE} Paragraph {i}." for i in range(2)]


def test_a_form_holding_the_threads_posts_is_not_boilerplate() -> None:
    # Forum engines wrap the posts in one moderation <form>; menus and a cookie dialog outweigh it in
    # words, but the form holds the page's prose.
    posts = "".join(f"<article><h3>user{i}</h3><p>{PROSE} Post {i}.</p></article>" for i in range(2))
    menu = "".join(f"<li><a href='/{i}'>Forum section {i}</a></li>" for i in range(80))
    dialog = f"<div role='dialog'><p>{PROSE} {PROSE} {PROSE}</p></div>"
    j = _judge(_page(f"<nav><ul>{menu}</ul></nav><main><form>{posts}</form></main>{dialog}"))
    assert f"{PROSE} Post 0." in j.paragraphs()
    assert f"{PROSE} Post 1." in j.paragraphs()


def test_content_container_name_shields_paragraphs_from_page_wide_names() -> None:
    paras = "".join(f"<p>{PROSE[:80]}.</p>" for _ in range(1))
    j = _judge(_page(f"<div class='modal-enabled'><div class='entry-content'>{paras}</div></div>"))
    assert j.paragraphs() == [PROSE[:80] + "."]


def test_share_box_inside_the_content_is_still_dropped() -> None:
    j = _judge(
        _page(
            f"<div class='entry-content'><p>{PROSE}</p><div class='share-tools'>Share this story now</div></div>"
        )
    )
    assert j.dropped_by[1] == "drop_boilerplate_containers"


def test_teasers_above_the_declared_headline_are_dropped() -> None:
    teasers = "".join(
        f"<li><a href='/{i}'>Another story {i}</a> {PROSE[:90]} and more words follow here.</li>"
        for i in range(3)
    )
    body = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(3))
    head = '<meta property="og:title" content="The real headline of this page">'
    j = _judge(_page(f"<ul class='ticker'>{teasers}</ul><h2>The real headline of this page</h2>{body}", head))
    assert j.dropped_by[0] == "drop_before_headline"
    assert j.paragraphs() == [f"{PROSE} Paragraph {i}." for i in range(3)]


def test_a_promo_bar_above_the_declared_headline_of_a_grid_of_items_is_dropped() -> None:
    # A shop's category: its heading, then cards of items, and no running text. What stands above the
    # heading (a promotion banner, a currency notice) is the shop's chrome, as above an article.
    cards = "".join(
        f"<div class='card'><a href='/p/{i}'>Walnut writing desk model {i}</a><div>Oak Workshop</div>"
        f"<div>${100 + i}.00</div></div>"
        for i in range(12)
    )
    head = '<meta property="og:title" content="Writing desks">'
    bar = "<p>Limited time! Extra 20% off everything on sale</p>"
    j = _judge(_page(f"{bar}<main><h1>Writing desks</h1><div class='grid'>{cards}</div></main>", head))
    assert j.dropped_by[0] == "drop_before_headline"
    assert "Walnut writing desk model 11" in j.paragraphs()


def test_plain_prose_above_the_headline_is_kept() -> None:
    post = f"<div class='message'>{PROSE} {PROSE} {PROSE}</div>"
    head = '<meta property="og:title" content="Thread title here">'
    j = _judge(_page(f"{post}<h1>Thread title here</h1><p>{PROSE}</p><p>{PROSE} Again.</p>", head))
    assert "drop_before_headline" not in j.dropped_by.values()


def test_prose_outside_a_dominant_article_landmark_is_dropped() -> None:
    story = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(5))
    rail = f"<div class='rail'><div>{PROSE} A teaser elsewhere.</div></div>"
    j = _judge(_page(f"<article><h1>Headline here</h1>{story}</article>{rail}"))
    assert j.paragraphs() == [f"{PROSE} Paragraph {i}." for i in range(5)]
    assert "drop_outside_content_landmark" in j.dropped_by.values()


def test_linked_card_text_in_main_does_not_outweigh_a_guide_outside_it() -> None:
    """A shop's category page: <main> holds the product grid, whose cards carry linked sentences ('$75/mo
    with financing. Learn how.'); the buying guide below sits outside <main>. Linked words are no running
    text, so <main> does not hold the page's prose and the guide stays."""
    card = (
        "<li><a href='/p{i}'>$75 a month in suggested payments with twelve months of special financing for "
        "this lens and the others. Learn how.</a></li>"
    )
    grid = "<ul>" + "".join(card.format(i=i) for i in range(8)) + "</ul>"
    guide = "".join(f"<p>{PROSE} Guide part {i}.</p>" for i in range(3))
    j = _judge(_page(f"<main><h1>Camera lenses</h1>{grid}</main><div class='seo'>{guide}</div>"))
    assert "drop_outside_content_landmark" not in j.dropped_by.values()
    assert [p for p in j.paragraphs() if "Guide part" in p] == [f"{PROSE} Guide part {i}." for i in range(3)]


def test_no_landmark_no_cut() -> None:
    story = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(2))
    j = _judge(_page(f"<div>{story}</div><div><p>{PROSE} More.</p></div>"))
    assert "drop_outside_content_landmark" not in j.dropped_by.values()


def test_author_from_a_container_named_author() -> None:
    body = (
        "<h1>A headline for the page</h1><div class='post-meta'><div class='author-name'>Jane Doe</div></div>"
        + "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(3))
    )
    art = cleaner.clean(_page(body, '<meta name="author" content="Example Publisher">'), input_format="html")
    assert art.author == "Jane Doe"


def test_forum_post_header_names_the_poster_before_its_date() -> None:
    def post(name: str, day: int) -> str:
        return (
            f"<div class='postbody'><p class='author'>Post by <strong><a href='/u/{name}'>{name}</a></strong>"
            f" » Sat Feb {day}, 2024 12:41 pm</p><div class='content'><p>{PROSE}</p></div></div>"
        )

    body = "<h2>Investment strategy review request</h2>" + post("changingtimes", 24) + post("bonesly", 25)
    art = cleaner.clean(_page(body), input_format="html")
    assert (art.author, art.date) == ("changingtimes", "2024-02-24")  # the opening post's, not a reply's
    card = (
        "<h1>A headline for the page</h1><div class='user-details'>2,994 posts · Joined 2021</div>"
        f"<p>{PROSE}</p>"
    )
    assert cleaner.clean(_page(card), input_format="html").author is None  # a count and a join year


def test_author_box_labels_are_not_names() -> None:
    body = (
        "<h1>A headline for the page</h1><div class='author-box'><div class='author-label'>Fact Checked</div></div>"
        + "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(3))
    )
    art = cleaner.clean(_page(body, '<meta name="author" content="Jane Doe">'), input_format="html")
    assert art.author == "Jane Doe"


def test_microdata_author_names_the_opening_post_when_nothing_else_does() -> None:
    def post(name: str, text: str) -> str:
        return (
            "<div class='crawler-post'><div class='crawler-post-meta'>"
            "<span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            f"<a itemprop='url' href='/u/{name}'><span itemprop='name'>{name}</span></a></span>"
            f"<time datetime='2024-06-02T15:24:08Z'>June 2, 2024, 3:24pm</time></div><p>{text}</p></div>"
        )

    page = _page("<h1>My take on valuation</h1>" + post("paul_w", PROSE) + post("ryshab", PROSE + " Yes."))
    assert cleaner.clean(page, input_format="html").author == "paul_w"
    bio = "<span itemprop='author'>Jane Doe is a writer who has covered the city council for twenty years</span>"
    assert read_html(_page(bio + f"<p>{PROSE}</p>")).meta.author_item is None  # a bio is no name


def test_json_ld_author_given_by_reference_is_resolved() -> None:
    ld = (
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "Article", "headline": "H", "author": {"@id": "#p1"}, "datePublished": "2024-01-02T10:00:00Z"},'
        '{"@type": "Person", "@id": "#p1", "name": "Jane Doe"}]}</script>'
    )
    doc = read_html(_page(f"<p>{PROSE}</p>", ld))
    assert doc.meta.author == "Jane Doe" and doc.meta.published == "2024-01-02T10:00:00Z"


def test_json_ld_question_of_a_qa_page_gives_author_and_date() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": "Question",'
        ' "name": "Q", "dateCreated": "2023-05-06T01:02:03", "author": {"@type": "Person", "name": "asker"}}}'
        "</script>"
    )
    doc = read_html(_page(f"<p>{PROSE}</p>", ld))
    assert doc.meta.author == "asker" and doc.meta.published == "2023-05-06T01:02:03"


def test_framework_compound_names_are_not_boilerplate() -> None:
    j = _judge(_page(f"<div class='elementor-widget-container'><p>{PROSE[:70]}.</p></div>"))
    assert j.paragraphs() == [PROSE[:70] + "."]


def test_a_widget_whose_modifier_class_names_the_post_content_is_the_article() -> None:
    short = "It is the perfect job for an introvert."
    body = (
        "<div class='pb-widget pb-widget-theme-post-content'>"
        f"<p>{short}</p><p>{PROSE}</p></div>"
        f"<div class='pb-widget pb-widget-heading'><h4>{short[:20]} today</h4></div>"
    )
    j = _judge(_page(body))
    assert j.paragraphs() == [short, PROSE]
    assert j.dropped_by[2] == "drop_boilerplate_containers"


def test_a_widget_modifier_past_the_innermost_class_words_still_names_the_post_content() -> None:
    """Page builders give the widget element many classes (ids, layout flags) before the one saying which
    widget it is: the modifier counts wherever the element's class list puts it."""
    short = "It is the perfect job for an introvert."
    widget = "elementor-element elementor-element-67e72bce e-con-full e-flex elementor-widget"
    body = (
        f"<div class='{widget} elementor-widget-theme-post-content'>"
        f"<div class='elementor-widget-container'><p>{short}</p><p>{PROSE}</p></div></div>"
        f"<div class='{widget} elementor-widget-heading'><div class='elementor-widget-container'>"
        f"<h4>{short[:20]} today</h4></div></div>"
    )
    j = _judge(_page(body))
    assert j.paragraphs() == [short, PROSE]
    assert j.dropped_by[2] == "drop_boilerplate_containers"


def test_boilerplate_term_heading_or_ending_a_class_word_still_counts() -> None:
    j = _judge(
        _page(f"<p>{PROSE}</p><div class='related-stories'><p>Another story you may like today</p></div>")
    )
    assert j.dropped_by[1] == "drop_boilerplate_containers"


def test_site_specific_published_meta_names_are_read_when_the_value_is_a_date() -> None:
    doc = read_html(_page(f"<p>{PROSE}</p>", '<meta name="w-published-date" content="2025-05-27T06:03:43Z">'))
    assert doc.meta.published == "2025-05-27T06:03:43Z"
    doc = read_html(_page(f"<p>{PROSE}</p>", '<meta name="publish-status" content="live">'))
    assert doc.meta.published is None


def test_meta_names_are_read_in_any_case_and_their_contents_normalised() -> None:
    head = (
        '<meta name="viewport" content="width=device-width">'
        '<META NAME="Description" CONTENT="  A short   summary ">'
        '<meta property="OG:Title" content="The\u00a0Title">'
        '<meta name="Article.PublishDate" content="May 3, 2024">'
        '<meta name="AUTHOR" content="Jane  Doe">'
    )
    meta = read_html(_page(f"<p>{PROSE}</p>", head)).meta
    assert (meta.description, meta.og_title, meta.published, meta.author) == (
        "A short summary",
        "The Title",
        "May 3, 2024",
        "Jane Doe",
    )


def test_long_comments_under_an_article_are_dropped() -> None:
    story = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(6))
    comment = f"<div class='comment-body'><p>{PROSE} {PROSE}</p></div>"
    j = _judge(_page(f"<div class='entry'>{story}</div><div class='comments'>{comment}</div>"))
    assert j.paragraphs() == [f"{PROSE} Paragraph {i}." for i in range(6)]


def test_a_thread_made_of_comments_keeps_them() -> None:
    posts = "".join(f"<div class='comment-body'><p>{PROSE} {PROSE} Post {i}.</p></div>" for i in range(4))
    j = _judge(_page(f"<h1>Thread</h1>{posts}"))
    assert len(j.paragraphs()) == 4


def test_a_long_comment_thread_under_a_full_article_is_still_cut() -> None:
    # A blog post of some 350 words, then more words of readers' comments than the post itself: the
    # comments outweigh the post, but a whole article stands above them, so the page is no thread.
    story = "".join(f"<p>{PROSE} {PROSE} Paragraph {i}.</p>" for i in range(6))
    comments = "".join(
        f"<div class='comment-body'><p>{PROSE} {PROSE} Reader {i} adds more.</p></div>" for i in range(10)
    )
    j = _judge(_page(f"<h1>Post</h1><div class='entry'>{story}</div>{comments}"))
    assert j.paragraphs() == [f"{PROSE} {PROSE} Paragraph {i}." for i in range(6)]


def test_a_thread_whose_opening_post_is_outside_the_comments_keeps_the_replies() -> None:
    question = f"<div class='question'><p>{PROSE} {PROSE}</p></div>"
    replies = "".join(f"<div class='comment-body'><p>{PROSE} {PROSE} Reply {i}.</p></div>" for i in range(4))
    j = _judge(_page(f"<h1>Thread</h1>{question}{replies}"))
    assert f"{PROSE} {PROSE} Reply 3." in j.paragraphs()


TEASERS = "".join(
    f"<li><a href='/p/{n}'>How the river town rebuilt its bridge, part {n}</a></li>" for n in range(6)
)
MENU = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About us</a></nav>"


def test_a_page_without_an_article_keeps_its_linked_titles() -> None:
    # A blog's front page: the list of posts is the content, the menu is not.
    article = cleaner.clean(_page(f"{MENU}<main><h1>Latest posts</h1><ul>{TEASERS}</ul></main>"))
    assert "How the river town rebuilt its bridge, part 0" in article.paragraphs
    assert "About us" not in article.paragraphs
    assert not article.is_article


def test_a_product_page_without_an_article_keeps_no_lone_linked_line() -> None:
    # A page declaring one product, with specs but no running text: a linked promotion or store link
    # standing alone is the shop's chrome, not a listed title; the same page declaring nothing keeps it,
    # as a listing's title. The product's repeated cards (a category page labelled a product) stay.
    ld = '<script type="application/ld+json">{"@type": "Product", "name": "Trail pack"}</script>'
    body = (
        "<main><h1>Trail pack</h1><dl><dt>Volume</dt><dd>30 litres</dd><dt>Weight</dt><dd>1.2 kg</dd></dl>"
        "<div class='pdp-line'><a href='/promo'>Spring sale on all packs this week</a></div>"
        f"<ul>{TEASERS}</ul></main>"
    )
    product = cleaner.clean(_page(body, ld), input_format="html").paragraphs
    assert "Spring sale on all packs this week" not in product
    assert "How the river town rebuilt its bridge, part 0" in product
    plain = cleaner.clean(_page(body), input_format="html").paragraphs
    assert "Spring sale on all packs this week" in plain


def test_a_whole_text_inside_a_link_on_a_listing_is_not_an_item() -> None:
    # A launch list whose cards each link a name and a tagline; one card carries its maker's whole
    # comment inside the link (an expanded preview). A title is short; a text of hundreds of words is not.
    comment = " ".join(
        f"We built this tool over {i} weekends and would love your feedback." for i in range(20)
    )
    page = _page(
        f"{MENU}<main><h1>Top products</h1><ul>{TEASERS}</ul><p><a href='/c'>{comment}</a></p></main>"
    )
    article = cleaner.clean(page)
    assert "How the river town rebuilt its bridge, part 0" in article.paragraphs
    assert comment not in article.paragraphs


def test_linked_catalogue_entries_are_a_listing_not_an_article() -> None:
    # A catalogue: every entry is a sentence-like line whose title is a link. A run of such lines is
    # the listing itself, so its entries stay even though they read as prose.
    entries = "".join(
        f"<li><a href='/b/{i}'>Illustrated catalogue of builders' hardware and tools, volume {i}</a>"
        f" (Boston, 18{i:02}), by the company.</li>"
        for i in range(12)
    )
    article = cleaner.clean(_page(f"{MENU}<main><h1>Hardware catalogues</h1><ul>{entries}</ul></main>"))
    assert sum("Illustrated catalogue" in p for p in article.paragraphs) == 12
    assert "About us" not in article.paragraphs


def test_comment_count_links_under_each_post_of_a_blog_front_page_cut_nothing() -> None:
    posts = "".join(
        f"<div class='post'><h2><a href='/p/{i}'>Post number {i}</a></h2><p>{PROSE} Post {i}.</p>"
        f"<div><a href='/p/{i}#comments'>{i} comments</a></div></div>"
        for i in range(5)
    )
    article = cleaner.clean(_page(f"<main>{posts}</main>"))
    assert f"{PROSE} Post 4." in article.paragraphs


def test_an_articles_own_comment_link_still_heads_its_thread_beside_teaser_counts() -> None:
    body = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(3))
    own = "<div class='comments-link'><a href='#c'>[ 167 comments ]</a></div>"
    thread = "".join(f"<p>{PROSE} Reader {i} writes.</p>" for i in range(6))
    side = "".join(
        f"<div class='side-box'><p>Teaser {i}</p><a href='/t/{i}#c'>{i} comments</a></div>" for i in range(4)
    )
    article = cleaner.clean(_page(f"<main><h1>The budget</h1>{body}{own}{thread}{side}</main>"))
    assert f"{PROSE} Part 2." in article.paragraphs
    assert not any("writes" in p for p in article.paragraphs)


def test_a_comments_heading_still_ends_the_article() -> None:
    body = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(4))
    thread = f"<h3>Comments</h3><p>{PROSE} A reader writes.</p>"
    article = cleaner.clean(_page(f"<main><h1>The budget</h1>{body}{thread}</main>"))
    assert not any("A reader writes" in p for p in article.paragraphs)


def test_a_comments_heading_inside_a_thread_does_not_cut_the_answers() -> None:
    # A Q&A page: the question, its comment box ('Comments', then a comment), then the answers, set in
    # the same kind of post container as the question. The answers are the page's content.
    def post(i: int) -> str:
        paragraphs = "".join(f"<p>{PROSE} Post {i}, part {k}.</p>" for k in range(3))
        return f"<div class='post-body answer'>{paragraphs}</div>"

    comments = "<h2>Comments</h2><div class='comment-copy'><p>Could you say which version?</p></div>"
    article = cleaner.clean(
        _page(f"<main><h1>Why does it fail?</h1>{post(0)}{comments}{post(1)}{post(2)}</main>")
    )
    assert f"{PROSE} Post 2, part 2." in article.paragraphs


def test_comments_in_containers_of_their_own_still_end_the_article() -> None:
    body = "".join(f"<div class='entry-content'><p>{PROSE} Part {i}.</p></div>" for i in range(3))
    thread = "".join(f"<div class='comment-text'><p>{PROSE} Reader {i} writes.</p></div>" for i in range(3))
    article = cleaner.clean(_page(f"<main><h1>The budget</h1>{body}<h3>Comments</h3>{thread}</main>"))
    assert f"{PROSE} Part 2." in article.paragraphs
    assert not any("writes" in p for p in article.paragraphs)


def test_a_comments_button_inside_the_text_is_passed_over_for_the_one_after_it() -> None:
    body = "".join(f"<div class='entry-content'><p>{PROSE} Part {i}.</p></div>" for i in range(3))
    last = f"<div class='entry-content'><p>{PROSE} The last part.</p></div>"
    thread = "".join(f"<div class='comment-text'><p>{PROSE} Reader {i} writes.</p></div>" for i in range(3))
    page = f"<main><h1>The budget</h1>{body}<h3>Comments</h3>{last}<h3>Comments</h3>{thread}</main>"
    article = cleaner.clean(_page(page))
    assert f"{PROSE} The last part." in article.paragraphs
    assert not any("writes" in p for p in article.paragraphs)


def test_a_long_spec_list_between_description_and_details_is_kept() -> None:
    # A product page: description, a list of short features (no links), more description. The list
    # belongs to the content; it must not split the page into two runs with the list cut between them.
    desc = "".join(f"<p>{PROSE} Detail {i}.</p>" for i in range(2))
    specs = "".join(f"<li>Padded shoulder strap {i}</li>" for i in range(30))
    more = "".join(f"<p>{PROSE} Care {i}.</p>" for i in range(3))
    article = cleaner.clean(_page(f"{MENU}<main><h1>Trail pack</h1>{desc}<ul>{specs}</ul>{more}</main>"))
    assert "Padded shoulder strap 7" in article.paragraphs
    assert f"{PROSE} Care 2." in article.paragraphs


def test_spec_table_rows_are_content_not_a_headline_list() -> None:
    # Cells of a spec table read like a run of headlines (short, unpunctuated); in a table they are data.
    rows = "".join(
        f"<tr><th>Frame Material {i}</th><td><p>High density polyethylene sheet {i}</p></td></tr>"
        for i in range(6)
    )
    desc = "".join(f"<p>{PROSE} Detail {i}.</p>" for i in range(3))
    care = "".join(f"<p>{PROSE} Care {i}.</p>" for i in range(3))
    blocks = read_html(_page(f"<table>{rows}</table>")).blocks
    assert all(b.in_table for b in blocks)
    page = f"{MENU}<main><h1>Trail pack</h1>{desc}<table>{rows}</table><h2>Care</h2>{care}</main>"
    assert "High density polyethylene sheet 4" in cleaner.clean(_page(page)).paragraphs


def test_an_article_drops_the_teaser_links_under_it() -> None:
    prose = (
        "The council approved the new budget on Monday after a long debate about the costs of the bridge, "
        "and the mayor said the work would begin in the spring if the weather allowed it to go ahead."
    )
    body = "".join(
        f"<p>{prose.replace('Monday', day)}</p>" for day in ("Monday", "Tuesday", "Friday", "Sunday")
    )
    article = cleaner.clean(
        _page(f"{MENU}<main><h1>Council passes budget</h1>{body}<ul>{TEASERS}</ul></main>")
    )
    assert not any("river town" in p for p in article.paragraphs)
    assert article.is_article


def test_streamed_segments_are_read_in_their_placeholders_place() -> None:
    # React streaming: the late part of the page arrives hidden at the end and a script swaps it in.
    page = _page(
        f"<main><h1>Trail 25 Pack</h1><template id='B:0'></template><p>{PROSE}</p></main>"
        "<div hidden id='S:0'><p>Keep your gear within easy reach in this light pack with many pockets.</p></div>"
    )
    blocks = [b.text for b in read_html(page).blocks]
    assert blocks == [
        "Trail 25 Pack",
        "Keep your gear within easy reach in this light pack with many pockets.",
        PROSE,
    ]


def test_a_streamed_segment_fills_the_placeholder_of_its_own_number() -> None:
    # A segment streamed inside another fills a 'P:' placeholder with its own number ('S:1a' -> 'P:1a'),
    # in hexadecimal like every id; a boundary's 'B:' template of another number is not its place.
    rest = [PROSE.replace("council", f"board {i}") for i in range(8)]
    step = "An index fund buys every stock of its index in proportion, so its returns follow the index."
    page = _page(
        "<main><h1>Index funds</h1><template id='B:0'></template>"
        + "".join(f"<p>{p}</p>" for p in rest)
        + "</main><div hidden id='S:0'><h2>How they work</h2><div><template id='P:1a'></template></div></div>"
        f"<div hidden id='S:1a'><p>{step}</p></div>"
    )
    assert [b.text for b in read_html(page).blocks] == ["Index funds", "How they work", step, *rest]


# A catalogue whose entries are split into cells, as book lists and shop grids are: the linked title, a
# lone "by", the linked author, a rating line. Each cell alone looks like a menu entry or a stray label.
BOOK_ROWS = "".join(
    f"<tr class='book'><td class='rank'>{i}</td><td><a class='title' href='/b/{i}'>The Long Road Home, "
    f"volume {i}</a><div>by</div><div class='author'><a href='/a/{i}'>Jane Walker {i}</a></div>"
    f"<div class='rating'>4.{i} avg rating — {i},120 ratings</div></td></tr>"
    for i in range(1, 9)
)


def test_repeated_shapes_are_numbered_as_items_of_one_list() -> None:
    blocks = read_html(_page(f"{MENU}<table>{BOOK_ROWS}</table><p>{PROSE}</p>")).blocks
    titles = [b for b in blocks if b.text.startswith("The Long Road Home")]
    authors = [b for b in blocks if b.text.startswith("Jane Walker")]
    assert len({b.item for b in titles + authors}) == 1 and titles[0].item != 0
    assert [b.item_no for b in titles] == list(range(1, 9))
    assert [b.item_no for b in authors] == list(range(1, 9))
    # Three links side by side are not a list of items, and the paragraph is not in one.
    assert all(b.item == 0 for b in blocks if b.text in ("Home", PROSE))


def test_a_catalogue_keeps_every_cell_of_its_entries() -> None:
    # The introduction is a short run of prose: without the list of items, the article's extent would be
    # that introduction, and the linked cells, the repeated "by" and the rank numbers would go.
    intro = "".join(f"<p>{PROSE}</p>" for _ in range(3))
    article = cleaner.clean(_page(f"{MENU}<main><h1>Best books</h1>{intro}<table>{BOOK_ROWS}</table></main>"))
    text = "\n".join(article.paragraphs)
    for i in range(1, 9):
        assert f"The Long Road Home, volume {i}" in text
        assert f"Jane Walker {i}" in text
        assert f"4.{i} avg rating" in text
    assert article.paragraphs.count("by") == 8
    assert "About us" not in article.paragraphs


def test_item_grid_in_a_side_column_is_not_the_listing() -> None:
    article = cleaner.clean(
        _page(
            f"{MENU}<main><h1>Best books</h1><p>{PROSE}</p></main><aside><table>{BOOK_ROWS}</table></aside>"
        )
    )
    assert not any("Jane Walker" in p for p in article.paragraphs)


def test_teasers_with_blurbs_under_an_article_stay_dropped() -> None:
    body = "".join(f"<p>{PROSE} Part {i}, with more of the story told at length here.</p>" for i in range(12))
    teasers = "".join(
        f"<div class='card'><h2><a href='/s/{i}'>Another story worth reading, number {i}</a></h2>"
        f"<p>{PROSE} Teaser {i}.</p></div>"
        for i in range(8)
    )
    article = cleaner.clean(_page(f"{MENU}<main><h1>The budget</h1>{body}</main><div>{teasers}</div>"))
    assert f"{PROSE} Part 11, with more of the story told at length here." in article.paragraphs
    assert not any("Teaser" in p or "worth reading" in p for p in article.paragraphs)


def _shop_page(ld_type: str) -> str:
    head = f'<script type="application/ld+json">{{"@type": "{ld_type}", "name": "Trail pack"}}</script>'
    desc = "".join(f"<p>{PROSE} Detail {i}.</p>" for i in range(3))
    reviews = "".join(
        f"<div class='customer-review'><p class='review-text'>{PROSE} Reviewer {i} loved it.</p></div>"
        for i in range(4)
    )
    return _page(
        f"<main><h1>Trail pack</h1>{desc}<h2>Reviews</h2><div id='reviews'>{reviews}</div></main>", head
    )


def test_structured_data_says_what_the_page_is_about() -> None:
    assert read_html(_shop_page("Product")).meta.product
    assert read_html(_shop_page("NewsArticle")).meta.article
    og = '<meta property="og:type" content="product">'
    assert read_html(_page(f"<p>{PROSE}</p>", og)).meta.product


def test_a_product_group_declares_a_product() -> None:
    """A product sold in sizes or colours is a ProductGroup, its variants nested under hasVariant."""
    assert read_html(_shop_page("ProductGroup")).meta.product
    assert not read_html(_shop_page("Organization")).meta.product


def test_customer_reviews_under_a_declared_product_are_dropped() -> None:
    article = cleaner.clean(_shop_page("Product"))
    assert f"{PROSE} Detail 2." in article.paragraphs
    assert not any("loved it" in p for p in article.paragraphs)


def _product_with_grid(
    own_price: str,
    head: str = '<meta property="og:type" content="product">',
    heading: str = "Customers also viewed",
    card_button: str = "",
) -> str:
    """A declared product: its name, maybe its price, its description, then a grid of four priced cards."""
    cards = "".join(
        f"<div class='card'><h3>Canvas tote number {i} in olive</h3><div class='price'>${i}9.00</div>"
        f"<div class='ship'>Free delivery</div>{card_button}</div>"
        for i in range(1, 6)
    )
    return _page(
        f"<main><h1>Trail pack</h1>{own_price}<p>{PROSE}</p><p>{PROSE} It has two pockets.</p>"
        f"<h2>{heading}</h2><div class='grid'>{cards}</div></main>",
        head,
    )


def test_a_grid_of_other_priced_products_under_a_product_is_dropped() -> None:
    article = cleaner.clean(_product_with_grid("<div class='price'>Now $89.00</div>"), input_format="html")
    assert PROSE in article.paragraphs
    assert not any("tote" in p or "$19.00" in p or "also viewed" in p for p in article.paragraphs)


def test_priced_cards_are_kept_when_the_page_shows_no_price_of_its_own() -> None:
    # A service's plans or a maker's line-up declared as one product: the priced cards are what it offers.
    judged = judge(_product_with_grid(""), Config(input_format="html"))
    assert "drop_other_products" not in judged.dropped_by.values()
    assert "drop_other_products" in judge(_product_with_grid("<p>Now $89.00</p>")).dropped_by.values()


def test_a_grid_of_other_priced_products_goes_under_an_undeclared_product_with_its_own_cart_button() -> None:
    # The largest marketplaces declare no product; the page's own cart button, outside the cards, or a
    # heading over what other shoppers viewed says it sells one all the same.
    price = "<div class='price'>Now $89.00</div>"
    for own, heading in (
        (f"{price}<button>Add to cart</button>", "How about these?"),
        (price, "Customers also viewed"),
    ):
        judged = judge(_product_with_grid(own, head="", heading=heading), Config(input_format="html"))
        assert "drop_other_products" in judged.dropped_by.values()
    # Without either, on a category page whose cart buttons stand one in each card, and on a page calling
    # itself an article (a review with a 'Buy now' button), the grid stays.
    article = '<meta property="og:type" content="article">'
    for page in (
        _product_with_grid(price, head="", heading="How about these?"),
        _product_with_grid(price, head="", heading="Totes", card_button="<button>Add to cart</button>"),
        _product_with_grid(f"{price}<button>Add to cart</button>", head=article, heading="How about these?"),
    ):
        judged = judge(page, Config(input_format="html"))
        assert "drop_other_products" not in judged.dropped_by.values()


def test_reviews_on_a_page_not_declared_a_product_are_left_alone() -> None:
    # A reviewer's article or a page of testimonials: the reviews may be the content.
    article = cleaner.clean(_shop_page("NewsArticle"))
    assert any("Reviewer 3 loved it" in p for p in article.paragraphs)


def test_a_product_page_stamped_og_article_still_drops_its_customer_reviews() -> None:
    # WordPress SEO plugins stamp og:type "article" on shop products too; only a JSON-LD Article (a
    # reviewer's written piece) makes the reviews content.
    og = '<meta property="og:type" content="article">'
    page = _shop_page("Product").replace("<head>", f"<head>{og}")
    assert read_html(page).meta.product_page()
    article = cleaner.clean(page)
    assert not any("loved it" in p for p in article.paragraphs)


def _reviewed_product(head: str, buy: str, heading: str = "Customer reviews") -> str:
    """A product's description, then a customer-reviews section with plain classes, then a spec table."""
    desc = "".join(f"<p>{PROSE} Detail {i}.</p>" for i in range(3))
    reviews = "".join(
        f"<div class='c{i}'><div>{i}.0 out of 5 stars</div><p>{PROSE} Shopper {i} loved it.</p></div>"
        for i in range(4)
    )
    return _page(
        f"<main><h1>Trail pack</h1>{buy}{desc}<h2>{heading}</h2><h3>Top reviews from the United States</h3>"
        f"{reviews}<h2>Specifications</h2><p>{PROSE} Weight 2 kg.</p></main>",
        head,
    )


def test_a_customer_reviews_section_on_a_shop_page_is_dropped_to_the_next_heading() -> None:
    # A cart button makes it a shop's page; the section ends at the next heading of its rank.
    article = cleaner.clean(_reviewed_product("", "<button>Add to cart</button>"), input_format="html")
    assert f"{PROSE} Detail 2." in article.paragraphs
    assert f"{PROSE} Weight 2 kg." in article.paragraphs
    assert not any("loved it" in p or "Top reviews" in p for p in article.paragraphs)


def test_star_ratings_under_a_customer_reviews_heading_mark_a_shop_page() -> None:
    # No cart button, no structured data: '4.0 out of 5 stars' lines are the widget's.
    article = cleaner.clean(_reviewed_product("", ""), input_format="html")
    assert not any("loved it" in p for p in article.paragraphs)


def test_reviews_in_a_declared_article_or_under_a_bare_reviews_heading_stay() -> None:
    # A reviewer's article declares itself; a bare 'Reviews' heads the critics' quotes a shop chose.
    story = '<script type="application/ld+json">{"@type": "Article", "headline": "Trail pack"}</script>'
    for page in (
        _reviewed_product(story, "<button>Add to cart</button>"),
        _reviewed_product("", "<button>Add to cart</button>", heading="Reviews").replace(
            "<h3>Top reviews from the United States</h3>", ""
        ),
    ):
        article = cleaner.clean(page, input_format="html")
        assert any("Shopper 3 loved it" in p for p in article.paragraphs)


def test_the_links_inside_a_customer_reviews_heading_do_not_make_it_too_long() -> None:
    # A review widget sets its controls inside its heading: 16 words, but only the 8 unlinked ones name it.
    name = "Customer reviews for the Trail pack 40 litre"
    controls = "<a href='#l'>See language breakdown</a> <a href='#a'>About user reviews</a> <a href='#p'>Your preferences</a>"
    buy = "<button>Add to cart</button>"
    page = _reviewed_product("", buy, heading=f"{name} {controls}").replace(
        "<h3>Top reviews from the United States</h3>", ""
    )
    article = cleaner.clean(page, input_format="html")
    assert f"{PROSE} Weight 2 kg." in article.paragraphs
    assert not any("loved it" in p for p in article.paragraphs)
    # The same 16 words unlinked are a sentence, not the reviews' name.
    long_heading = f"{name} which shoppers say carries well on long days"
    page = _reviewed_product("", buy, heading=long_heading).replace(
        "<h3>Top reviews from the United States</h3>", ""
    )
    article = cleaner.clean(page, input_format="html")
    assert any("Shopper 3 loved it" in p for p in article.paragraphs)


def _product_with_policies(buy: str, heading: str) -> str:
    """A product's description, then a section under ``heading``, then the product's specifications."""
    desc = "".join(f"<p>{PROSE} Detail {i}.</p>" for i in range(3))
    return _page(
        f"<main><h1>Trail pack</h1>{buy}{desc}<h2>{heading}</h2><p>{PROSE} Orders ship within two days.</p>"
        f"<h3>Returns</h3><p>Return any unused item within 30 days for a full refund.</p>"
        f"<h2>Specifications</h2><p>{PROSE} Weight 2 kg.</p></main>"
    )


def test_a_shops_terms_of_sale_are_dropped_to_the_next_heading() -> None:
    # 'Shipping & Returns' folds to 'shipping returns'; its section ends at the next heading of its rank.
    _assert_shop_section_dropped(
        ("Shipping &amp; Returns", "Shipping and return policies", "30-Day Return Policy", "Warranty Info"),
        ("ship within", "full refund"),
    )


def _assert_shop_section_dropped(headings: tuple[str, ...], gone: tuple[str, ...]) -> None:
    """On a shop page (a cart button), the section under each heading goes and the product's text stays."""
    for heading in headings:
        article = cleaner.clean(
            _product_with_policies("<button>Add to cart</button>", heading), input_format="html"
        )
        assert f"{PROSE} Detail 2." in article.paragraphs
        assert f"{PROSE} Weight 2 kg." in article.paragraphs
        assert not any(g in p for p in article.paragraphs for g in gone), heading


def test_a_stock_line_marks_a_shop_page_without_a_cart_button() -> None:
    # An item out of stock shows its stock line where the cart button stood: the page is a shop's all the same.
    for stock in ("<button>Sold out</button>", "<p>Currently unavailable.</p>", "<div>Out of stock</div>"):
        article = cleaner.clean(_product_with_policies(stock, "Shipping &amp; Returns"), input_format="html")
        assert f"{PROSE} Detail 2." in article.paragraphs
        assert not any("ship within" in p for p in article.paragraphs), stock


def test_a_price_in_the_metadata_marks_a_shop_page_without_a_cart_button() -> None:
    # A game store's page: its Offer's price hidden in a <meta>, its purchase box hidden, no JSON-LD.
    for offer in (
        '<meta itemprop="price" content="0,00">',
        '<meta property="product:price:amount" content="9">',
    ):
        page = _product_with_policies(f"<div itemprop='offers'>{offer}</div>", "Shipping &amp; Returns")
        assert read_html(page).meta.offer
        article = cleaner.clean(page, input_format="html")
        assert f"{PROSE} Detail 2." in article.paragraphs
        assert not any("ship within" in p for p in article.paragraphs), offer
    article = cleaner.clean(_product_with_policies("", "Shipping &amp; Returns"), input_format="html")
    assert any("ship within" in p for p in article.paragraphs)


def _product_blurb(buy: str, paragraphs: int) -> str:
    """A product's name, ``buy``, a blurb of ``paragraphs`` paragraphs and its feature lines under it."""
    blurb = (
        "This roomy trail pack carries a full day of gear in comfort, with a padded back panel and a rain "
        "cover tucked into its base."
    )
    feats = (
        "Weight 1.2 kg",
        "Volume 40 litres",
        "Recycled nylon shell",
        "Padded hip belt",
        "Lifetime warranty",
    )
    body = "".join(f"<p>{blurb} Part {i}.</p>" for i in range(paragraphs))
    return _page(f"<h1>Trail pack</h1>{buy}{body}" + "".join(f"<div>{f}</div>" for f in feats))


def test_a_shops_short_blurb_does_not_cut_the_page_as_an_article() -> None:
    # Two paragraphs (~55 words) are an article's minimum run but under a shop's (SHOP_MIN_ARTICLE_RUN_SCORE):
    # on a shop's page the feature lines under the blurb stay; elsewhere the blurb is the article.
    buy = "<button>Add to cart</button>"
    assert "Lifetime warranty" in cleaner.clean(_product_blurb(buy, 2), input_format="html").paragraphs
    assert "Lifetime warranty" not in cleaner.clean(_product_blurb("", 2), input_format="html").paragraphs
    # A description of four paragraphs is the shop's text: the page is cut to it as before.
    assert "Lifetime warranty" not in cleaner.clean(_product_blurb(buy, 4), input_format="html").paragraphs


def test_a_declared_products_main_lets_in_only_strong_runs() -> None:
    # A <main> holding a product's description, a row of shop badges, then a care note: the note is a run
    # too weak to join the description (SECONDARY_RUN_SHARE) and goes on a page declaring a product; in
    # any other page's <main> every run joins (a service page's sections are parts of one text).
    ld = '<script type="application/ld+json">{"@type": "Product", "name": "Trail pack"}</script>'
    desc = (
        "This roomy trail pack carries a full day of gear in comfort, with a padded back panel, a rain cover "
        "tucked into its base and a hip belt that spreads the load."
    )
    badges = "".join(
        f"<div>{x}</div>"
        for x in ("Free returns", "Secure checkout", "Fast delivery", "Gift wrapping", "Size guide")
    )
    note = "Rinse the pack in cold water after a muddy trip and let it dry in the shade."
    body = "".join(f"<p>{desc} Part {i}.</p>" for i in range(4))
    body = f"<main><h1>Trail pack</h1>{body}{badges}<p>{note}</p></main>"
    assert note not in cleaner.clean(_page(body, head=ld), input_format="html").paragraphs
    assert note in cleaner.clean(_page(body), input_format="html").paragraphs


def test_terms_of_sale_stay_off_a_shop_or_under_a_bare_delivery_heading() -> None:
    # No cart button and no declared product: a guide's 'Shipping & Returns' section is its content; a
    # bare 'Delivery' heads the product's own delivery options.
    for buy, heading in (("", "Shipping &amp; Returns"), ("<button>Add to cart</button>", "Delivery")):
        article = cleaner.clean(_product_with_policies(buy, heading), input_format="html")
        assert f"{PROSE} Orders ship within two days." in article.paragraphs


def test_a_shoppers_widget_on_a_shop_page_is_dropped_to_the_next_heading() -> None:
    # 'Questions & Answers' folds to 'questions answers'; the section ends at the next heading of its rank.
    _assert_shop_section_dropped(
        (
            "Questions &amp; Answers",
            "Q&amp;A (44)",
            "Ask a Question",
            "Customer Photos &amp; Videos",
            "Notify me when back in stock",
            "Need help with your order?",
            "Need help choosing gear?",
            "Feedback",
        ),
        ("ship within",),
    )
    assert (
        "drop_shopper_widgets"
        in judge(
            _product_with_policies("<button>Add to cart</button>", "Ask a Question"),
            Config(input_format="html"),
        ).dropped_by.values()
    )


def test_a_q_and_a_off_a_shop_page_stays() -> None:
    # No cart button and no declared product: an interview's or an agency's 'Q&A' is its text, and so is
    # a service's 'Need help getting started?'.
    for heading in ("Q&amp;A", "Need help getting started?"):
        article = cleaner.clean(_product_with_policies("", heading), input_format="html")
        assert f"{PROSE} Orders ship within two days." in article.paragraphs, heading


def _product_with_similar_items(head: str) -> str:
    """A product; a 'Similar items' carousel whose first card has a class of its own and no card a
    price; then the item's own details, outside any heading."""
    first = "<div class='first'><h3>Green top in size 8</h3><div>Pre-owned</div></div>"
    cards = "".join(
        f"<div class='card'><h3>Striped top number {i}</h3><div>Pre-owned</div></div>" for i in range(1, 6)
    )
    return _page(
        f"<main><h1>Trail pack</h1><button>Add to cart</button><p>{PROSE}</p><h2>Similar items</h2>"
        f"<div class='carousel'>{first}{cards}</div><div class='about'>Condition: used</div>"
        f"<p>{PROSE} It has two pockets.</p></main>",
        head,
    )


def test_a_heading_offering_other_products_is_dropped_with_its_cards_only() -> None:
    article = cleaner.clean(_product_with_similar_items(""), input_format="html")
    assert not any("Similar items" in p or "top" in p for p in article.paragraphs)
    assert f"{PROSE} It has two pockets." in article.paragraphs
    assert "Condition: used" in article.paragraphs


def test_cards_under_a_heading_offering_other_products_go_even_as_the_largest_list() -> None:
    # A shop declaring no product: its own item is a few short lines, the 'You may also like' grid the
    # page's largest list. The heading says whose the cards are.
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{i}'>Striped linen shirt number {i}</a></h3><p>€{i}9.99</p>"
        "<p>New in</p></div>"
        for i in range(1, 9)
    )
    page = _page(
        "<main><h1>Faux leather jacket</h1><p>€49.99 VAT included</p><button>Add to cart</button>"
        f"<p>Outer fabric: 100% polyester.</p><h2>You may also like</h2><div class='grid'>{cards}</div></main>"
    )
    article = cleaner.clean(page, input_format="html")
    assert "Outer fabric: 100% polyester." in article.paragraphs
    assert not any("Striped linen shirt" in p for p in article.paragraphs)


def test_a_heading_offering_accessories_or_other_items_heads_other_products() -> None:
    # 'Recommended Accessories', 'Accessories for <product>', 'Consider these available items': the cards
    # under them are other products, as under 'You may also like'. A bare 'Accessories' may head a maker's
    # own section of a category page and is left alone.
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{i}'>Padded carry case number {i}</a></h3><p>New in</p></div>"
        for i in range(1, 6)
    )
    for heading, dropped in (
        ("Recommended Accessories", True),
        ("Accessories for Trail pack", True),
        ("Consider these available items", True),
        ("Accessories", False),
    ):
        page = _page(
            f"<main><h1>Trail pack</h1><button>Add to cart</button><p>{PROSE}</p><h2>{heading}</h2>"
            f"<div class='grid'>{cards}</div><h2>Details</h2><p>{PROSE} It has two pockets.</p></main>"
        )
        article = cleaner.clean(page, input_format="html")
        assert any("Padded carry case" in p for p in article.paragraphs) is not dropped, heading
        assert f"{PROSE} It has two pockets." in article.paragraphs, heading


def _unmarked_shop(heading: str) -> str:
    """A product whose cart button is an <input> (no text to read) and which declares no product; a grid of
    other products under ``heading``; the item's own details after it."""
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{i}'>Striped linen shirt number {i}</a></h3><p>In stock</p></div>"
        for i in range(1, 7)
    )
    return _page(
        "<main><h1>Faux leather jacket</h1><input type='submit' value='Add to cart'>"
        f"<p>{PROSE}</p><h2>{heading}</h2><div class='grid'>{cards}</div><h2>Details</h2>"
        f"<p>{PROSE} Outer fabric: 100% polyester.</p></main>"
    )


def test_a_heading_naming_what_other_shoppers_bought_marks_a_shop_page() -> None:
    # No cart button to read, no structured data: 'Customers also bought' is a shop's heading alone.
    for heading in ("Frequently bought together", "Customers also bought", "Customers frequently viewed"):
        article = cleaner.clean(_unmarked_shop(heading), input_format="html")
        assert not any("Striped linen shirt" in p for p in article.paragraphs), heading
        assert f"{PROSE} Outer fabric: 100% polyester." in article.paragraphs


def test_a_heading_any_site_may_print_does_not_mark_a_shop_page() -> None:
    # 'You may also like' heads a blog's teasers too: alone it says nothing about the page.
    article = cleaner.clean(_unmarked_shop("You may also like"), input_format="html")
    assert any("Striped linen shirt number 3" in p for p in article.paragraphs)


def test_a_heading_in_a_side_box_heads_that_box_only() -> None:
    # 'Customers also bought' in an <aside> before a category's own grid: the grid after the box stays.
    side = "".join(
        f"<div class='card'><a href='/s/{i}'>Trail runner number {i}</a><p>${i}5.00</p></div>"
        for i in range(4)
    )
    grid = "".join(
        f"<div class='tile'><a href='/p/{i}'>Road shoe model {i} in grey</a><p>${i}9.00</p><p>4 colors</p></div>"
        for i in range(10)
    )
    page = _page(
        f"<main><h1>Women's running shoes</h1><button>Add to cart</button><aside><h2>Customers also bought</h2>"
        f"{side}</aside><div class='results'>{grid}</div></main>"
    )
    article = cleaner.clean(page, input_format="html")
    assert not any("Trail runner" in p for p in article.paragraphs)
    assert any("Road shoe model 9 in grey" in p for p in article.paragraphs)


def test_similar_items_in_a_declared_article_stay() -> None:
    story = '<script type="application/ld+json">{"@type": "Article", "headline": "Trail pack"}</script>'
    article = cleaner.clean(_product_with_similar_items(story), input_format="html")
    assert any("Striped top number 3" in p for p in article.paragraphs)


def test_posts_numbered_in_their_class_are_items_of_one_list() -> None:
    # Blog engines put each post's number in its class: the posts are still one repeated shape.
    posts = "".join(
        f"<article class='post-{n} post type-post'><h2><a href='/p/{n}'>Post title {n}</a></h2>"
        f"<div class='meta'>March {n}, 2024</div></article>"
        for n in (101, 205, 317, 422)
    )
    blocks = read_html(_page(posts)).blocks
    assert len({b.item for b in blocks}) == 1 and blocks[0].item != 0
    assert [b.item_no for b in blocks if b.text.startswith("Post title")] == [1, 2, 3, 4]


def test_posts_numbered_in_other_scripts_digits_are_items_of_one_list() -> None:
    # Digits of any script number a post ('post-١٠١', Arabic-Indic), as ASCII ones do.
    posts = "".join(
        f"<article class='post-{n} post'><h2><a href='/p/{i}'>Post title {i}</a></h2>"
        f"<div class='meta'>March {i + 1}, 2024</div></article>"
        for i, n in enumerate(("١٠١", "٢٠٥", "٣١٧", "٤٢٢"))
    )
    blocks = read_html(_page(posts)).blocks
    assert len({b.item for b in blocks}) == 1 and blocks[0].item != 0
    assert [b.item_no for b in blocks if b.text.startswith("Post title")] == [1, 2, 3, 4]


def test_digit_helpers_agree_with_the_unicode_digit_regex() -> None:
    from cleaner.read.html import _DIGITS_RE, _has_digit, _without_digits

    for text in ("post-3100305 post", "menu-item", "", "col-md-4 é", "post-١٠١ entry", "x²", "grid-cols-2"):
        assert _has_digit(text) == (_DIGITS_RE.search(text) is not None)
        assert _without_digits(text) == _DIGITS_RE.sub("", text)


def test_posts_with_their_own_categories_and_tags_are_items_of_one_list() -> None:
    # Blog engines add each post's categories and tags to its class ('post-101 post category-ai tag-openai'):
    # the record's id names the shape, its taxonomy words do not split the list.
    taxonomy = [
        "category-ai tag-openai",
        "category-startups",
        "category-ai tag-chips tag-nvidia",
        "format-video",
    ]
    posts = "".join(
        f"<li class='post-{n} post type-post {t}'><h3><a href='/p/{n}'>Post title {n}</a></h3>"
        f"<div class='meta'>March {n % 28}, 2024</div></li>"
        for n, t in zip((101, 205, 317, 422), taxonomy, strict=True)
    )
    blocks = read_html(_page(f"<ul>{posts}</ul>")).blocks
    assert len({b.item for b in blocks}) == 1 and blocks[0].item != 0
    assert [b.item_no for b in blocks if b.text.startswith("Post title")] == [1, 2, 3, 4]


def test_layout_columns_numbered_in_their_class_stay_apart() -> None:
    # 'col-md-8 main' and 'col-md-4 sidebar' carry numbers, but no record id: they are not one shape.
    cols = "".join(
        f"<div class='col-md-{w} {name}'><p>{PROSE}</p></div>"
        for w, name in ((8, "main"), (4, "sidebar")) * 2
    )
    blocks = read_html(_page(f"<div class='row'>{cols}</div>")).blocks
    assert {b.attrs.split()[1] for b in blocks} == {"main", "sidebar"}


def test_a_last_updated_date_in_the_byline_does_not_beat_the_published_meta_tag() -> None:
    og = '<meta property="article:published_time" content="2023-10-02T14:21:11+00:00">'
    assert _date("<div>By Bhaval Patel Last Updated: December 6, 2024</div>", og) == "2023-10-02"


def test_the_markup_date_wins_when_the_dateline_shows_it_beside_a_modified_date() -> None:
    ld = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2025-04-24T16:12:49+00:00"}</script>'
    assert _date("<div>May 21, 2025April 24, 2025 by The Ritualist</div>", ld) == "2025-04-24"


def test_a_published_line_far_below_confirms_the_markup_date() -> None:
    og = '<meta property="article:published_time" content="2021-01-18T19:55+01:00">'
    filler = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(20))
    page = (
        f"<div>2021-08-09 Emphasizing non-requirements</div>{filler}<div>Published on 2021-01-18T19:55</div>"
    )
    assert _date(page, og) == "2021-01-18"


def test_forum_replies_numbered_past_the_first_do_not_date_the_thread() -> None:
    menu = "".join(
        f"<div><a href='/{w}'>{w}</a></div>"
        for w in "Index Rules Search Register Login Topics Active Unanswered Pages".split()
    )
    posts = (
        f"{menu}<div>#1 2025-11-01 15:14:37</div><div>chunix64</div><div>Member</div>"
        "<div>Registered: 2025-11-01</div><div>Posts: 1</div><div>What happened to the ISO</div>"
        f"<p>{PROSE}</p><p>{PROSE} More.</p><p>{PROSE} Again.</p><div>Offline</div><div>#2 2025-11-02 06:23:21</div><p>{PROSE} Reply.</p>"
    )
    assert _date(posts) == "2025-11-01"


def test_the_headlines_own_line_wins_over_a_date_as_far_above_it() -> None:
    page = _page(
        "<div>12/04/2025</div><h1>Consulting Firm vs. Insurance Carrier</h1>"
        f"<div>03/01/2017 by Agatha Caleo</div><p>{PROSE}</p>"
    )
    assert cleaner.clean(page, input_format="html").date == "2017-03-01"


def test_a_photo_caption_marked_by_class_is_dropped_but_a_product_card_caption_is_not() -> None:
    caption = "<p class='wp-caption-text'>The mayor at the opening, on Monday</p>"
    j = _judge(_page(f"<div class='entry-content'><p>{PROSE}</p>{caption}<p>{PROSE} Again.</p></div>"))
    assert j.paragraphs() == [PROSE, f"{PROSE} Again."]
    card = "<div class='product-caption'>Blue kettle, two litres</div>"
    j = _judge(_page(f"<p>{PROSE}</p>{card}"))
    assert j.dropped_by.get(1) != "drop_image_credits"


def test_author_bios_calls_to_action_and_disclosures_go_however_long() -> None:
    bio = (
        "Jane Doe is a senior reporter who has covered city hall for the paper since 2012, and before that "
        "she wrote about schools, courts and the environment for two regional dailies in the north."
    )
    body = (
        f"<div class='entry-content'><p>{PROSE}</p>"
        "<div class='affiliate-disclosure__text'><p>We may earn a commission when you buy through links.</p></div>"
        f"<p>{PROSE} Again.</p>"
        "<div class='post-cta'><p>Want to win more jobs with less effort? Try our software today.</p></div></div>"
        f"<div class='author-box'><div class='author-bio-text'><p>{bio}</p></div></div>"
        f"<div class='about-the-author'><p>{bio}</p></div>"
    )
    j = _judge(_page(body))
    assert j.paragraphs() == [PROSE, f"{PROSE} Again."]
    assert {j.dropped_by[i] for i in (1, 3, 4, 5)} == {"drop_side_notes"}


def test_calls_to_action_holding_most_of_the_page_are_its_cards() -> None:
    # A page builder's call-to-action widget set once per entry: the boxes are the page's list.
    trails = ("Anthills", "Burroughs Park", "Carl Barton", "Cypress Creek", "Double Lake", "Memorial Park")
    cards = "".join(
        "<div class='elementor-widget-container'><div class='elementor-cta__content'>"
        f"<h2 class='elementor-cta__title'>{name}</h2>"
        "<div class='elementor-cta__description'>Difficulty: Beginner to intermediate</div>"
        f"<div class='elementor-cta__description'>Trail steward: {name} volunteers</div>"
        "</div></div>"
        for name in trails
    )
    j = _judge(_page(f"<h1>Trails</h1><p>Our club builds and rides local trails.</p>{cards}"))
    kept = j.paragraphs()
    assert "Difficulty: Beginner to intermediate" in kept
    assert "Trail steward: Memorial Park volunteers" in kept
    assert "drop_side_notes" not in j.stats
    # One call to action beside an article still goes (test_author_bios_calls_to_action_...).
    cta = "<div class='post-cta'><p>Want to win more jobs with less effort? Try our software today.</p></div>"
    j = _judge(_page(f"<div class='entry-content'><p>{PROSE}</p>{cta}<p>{PROSE} Again.</p></div>"))
    assert j.paragraphs() == [PROSE, f"{PROSE} Again."]


def test_a_forum_posts_user_box_and_signature_go_but_the_posts_stay() -> None:
    # Every post of a thread carries its poster's card (name, rank, join date, post count) and often a
    # signature; the posts themselves are the content.
    reply = f"{PROSE} I agree with that."
    post = (
        "<div class='message-userdetails'><h4>boobaloobie</h4><h5 class='usertitle'>Full Member</h5></div>"
        "<dl class='message-userextras'><dt>Joined</dt><dd>Jun 29, 2016</dd><dt>Messages</dt><dd>11</dd></dl>"
        "<div class='message-body'><p>{text}</p></div>"
        "<div class='user-action-time'>asked Feb 11, 2011 at 23:49</div>"
        "<div class='signature'><p>Sent from my phone, please excuse the typos and the brevity of it.</p></div>"
    )
    j = _judge(_page("<h1>Budget thread</h1>" + post.format(text=PROSE) + post.format(text=reply)))
    assert j.paragraphs() == [PROSE, reply]
    assert "drop_side_notes" in j.stats
    # A signature named in the middle of a word is a product's feature, not a post's sign-off.
    from cleaner.rules.structure import _side_note_name

    assert _side_note_name("feature-digital-signature-compatible-title") is None
    assert _side_note_name("post-signature") == "signature"


def test_a_signatures_text_named_as_its_content_goes_with_it() -> None:
    # The signature's own text is named a content or text part of it ('signature-content', 'sig_text'),
    # which alone would call it the post's text.
    reply = f"{PROSE} I agree with that."
    post = (
        "<div class='message-body'><p>{text}</p></div>"
        "<div class='board-signature'><div class='board-signature-content'><p>{sig}</p></div></div>"
        "<div class='sig_text'><p>Current games: three of them, and a fourth one on the shelf for later.</p></div>"
    )
    sig = "Get my free guide to landing pages today, click here for the download link now."
    j = _judge(
        _page("<h1>Budget thread</h1>" + post.format(text=PROSE, sig=sig) + post.format(text=reply, sig=sig))
    )
    assert j.paragraphs() == [PROSE, reply]
    from cleaner.rules.structure import _side_note_name

    assert _side_note_name("sig_text signature") == "sig_text"
    # 'sig' ending a word is no signature: a post's box named for its height with one.
    assert _side_note_name("postcontentheight_sig") is None
    assert _side_note_name("designer-text") is None


def test_a_threads_unnamed_poster_stats_edit_headers_and_counts_go_but_the_posts_stay() -> None:
    # Forum engines that set the poster's card in unnamed cells (FluxBB's 'Registered:', vBulletin's 'Join
    # Date:', MyBB's 'Threads:'), NodeBB's header over an edited post and a thread's counts printed label
    # first ('Replies 154', 'Views 26.2k', 'Reply 3' over each post).
    chrome = ["Registered: 2012-09-03", "Join Date: Mar 2016", "Threads: 23", "wrote on last edited by jdoe"]
    chrome += ["Replies 154", "Views 26.2k", "Reply 3"]
    posts = [f"{PROSE} Post {i}." for i in range(3)]
    body = "<h1>Budget thread</h1><div class='stats'>Replies 154</div><div class='stats'>Views 26.2k</div>"
    body += f"<div class='cell'>{chrome[0]}</div><div class='cell'>{chrome[1]}</div><p>{posts[0]}</p>"
    body += f"<div class='cell'>{chrome[2]}</div><div class='head'>{chrome[3]}</div><p>{posts[1]}</p>"
    body += f"<div class='head'>{chrome[6]}</div><p>{posts[2]}</p>"
    j = _judge(_page(body))
    assert j.paragraphs() == posts
    # A sentence holding a count is text.
    said = "Replies 3 and 4 in this thread were right about the budget."
    assert _judge(_page(f"<h1>Budget thread</h1><p>{said}</p><p>{PROSE}</p>")).paragraphs()[0] == said


def test_a_qa_pages_sort_menu_set_on_two_lines_goes() -> None:
    # Stack Exchange's sort menu over the answers: a dump prints it on one line, HTML on two.
    answers = [f"{PROSE} Answer {i}." for i in range(2)]
    menu = "<div class='sort'><span>Sorted by:</span></div><div class='reset'><a href='#'>Reset to default</a></div>"
    body = f"<h1>How do I mount a share?</h1><p>{PROSE}</p><h2>2 Answers</h2>{menu}"
    body += "".join(f"<div class='answer'><p>{a}</p></div>" for a in answers)
    j = _judge(_page(body))
    assert j.paragraphs() == [PROSE, "2 Answers", *answers]


def test_a_blog_engines_author_class_on_the_whole_post_is_not_an_author_box() -> None:
    # WordPress themes put "author-<login>" on the post's wrapper: it names the writer, not a bio box.
    j = _judge(_page(f"<div class='author-jdoe'><p>{PROSE}</p><p>{PROSE} Again.</p></div>"))
    assert j.paragraphs() == [PROSE, f"{PROSE} Again."]


def test_a_table_wrapped_in_a_figure_is_content_and_its_caption_is_not() -> None:
    table = (
        "<figure class='wp-block-table'><table><tr><th>Year</th><th>Growth</th></tr>"
        "<tr><td>2019</td><td>+13.1%</td></tr></table><figcaption>Sales growth by year</figcaption></figure>"
    )
    j = _judge(_page(f"<p>{PROSE}</p>{table}<p>{PROSE} Again.</p>"))
    assert j.paragraphs() == [PROSE, "Year", "Growth", "2019", "+13.1%", f"{PROSE} Again."]
    assert j.reasons[5] == "figure caption"


def test_a_grid_of_figure_cards_with_prices_is_products_but_one_line_priced_captions_are_captions() -> None:
    # A shop builds each product card as a <figure>: its lines are the card's record, not a caption.
    shoes = ["Trail Runner", "Road Racer", "Daily Trainer", "Track Spike", "Hill Climber"]
    cards = "".join(
        f"<figure class='card'><a href='/p/{i}'>{name}</a><div>Men's Running Shoes</div><div>${90 + i}</div>"
        "</figure>"
        for i, name in enumerate(shoes)
    )
    j = _judge(_page(f"<main><h1>Running Shoes</h1><div class='grid'>{cards}</div></main>"))
    kept = j.paragraphs()
    assert "Trail Runner" in kept and "$90" in kept and "Hill Climber" in kept
    assert "drop_image_credits" not in j.dropped_by.values()
    # A gift guide's gallery captions each picture with its price in one line: captions, dropped.
    gallery = "".join(
        f"<figure><img src='{i}.jpg'><figcaption>{n}, ${20 + i}</figcaption></figure>"
        for i, n in enumerate(shoes)
    )
    j = _judge(_page(f"<article><p>{PROSE}</p>{gallery}<p>{PROSE} Again.</p></article>"))
    assert j.paragraphs() == [PROSE, f"{PROSE} Again."]


def test_numbers_in_table_cells_are_data_but_a_lone_pager_number_is_not() -> None:
    table = "<table><tr><th>Year</th><th>Price</th></tr><tr><td>2019</td><td>$1,250</td></tr></table>"
    j = _judge(_page(f"<p>{PROSE}</p>{table}<p>{PROSE} Again.</p><div>12</div>"))
    assert j.paragraphs() == [PROSE, "Year", "Price", "2019", "$1,250", f"{PROSE} Again."]
    assert j.dropped_by[6] == "drop_symbol_lines"


def test_a_bare_caption_class_is_a_caption_on_an_article_page_only() -> None:
    caption = "<div class='caption-full'><p>The mayor speaks at a rally in the park on Tuesday.</p></div>"
    paras = [f"<p>{PROSE} {PROSE} Part {i}.</p>" for i in range(4)]
    j = _judge(_page(paras[0] + caption + "".join(paras[1:])))
    assert j.reasons[1] == "caption"
    card = "<div class='caption'>Linen shirt, washed blue. Free returns.</div>"
    j = _judge(_page(f"<h1>Shirts</h1>{card}<p>{PROSE}</p>"))
    assert "Linen shirt, washed blue. Free returns." in j.paragraphs()


def test_a_declared_article_marks_bare_captions_without_a_long_stretch_of_text() -> None:
    head = '<meta property="og:type" content="article">'
    caption = "<p class='caption'>Shoppers queue outside a store in Miami, Fla. (AP Photo/Jane Roe, File)</p>"
    j = _judge(_page(f"<p>{PROSE}</p>{caption}<p>{PROSE} Again.</p>", head))
    assert j.paragraphs() == [PROSE, f"{PROSE} Again."]


def test_a_standfirst_named_by_its_class_is_the_subtitle_of_a_declared_article() -> None:
    dek = "A policy to conserve water led to the rise of a major source of air pollution."
    body = f"<h1>Why the air got worse</h1><p class='c-entry-summary p-dek'>{dek}</p><p>{PROSE}</p>"
    article = cleaner.clean(_page(body, '<meta property="og:type" content="article">'), input_format="html")
    assert article.subtitle == dek and article.paragraphs == (PROSE,)
    shop = cleaner.clean(_page(body, '<meta property="og:type" content="product">'), input_format="html")
    assert dek in shop.paragraphs


def test_a_sentence_between_the_headline_and_the_byline_is_the_subtitle() -> None:
    # News pages set headline, standfirst, byline, then the text: the standfirst is no paragraph of it,
    # whatever its class. A sentence under the byline is the text's first paragraph.
    dek = "A policy to conserve water led to the rise of a major source of air pollution."
    body = f"<h1>Why the air got worse</h1><p>{dek}</p><p>By Jane Doe</p><p>{PROSE}</p><p>{PROSE} Again.</p>"
    article = cleaner.clean(_page(body), input_format="html")
    assert article.subtitle == dek
    assert article.paragraphs == (PROSE, f"{PROSE} Again.")
    below = f"<h1>Why the air got worse</h1><p>By Jane Doe</p><p>{dek}</p><p>{PROSE}</p>"
    assert dek in cleaner.clean(_page(below), input_format="html").paragraphs


def test_a_table_closing_the_article_is_kept_and_teaser_blurbs_after_dropped_links_are_not() -> None:
    paras = "".join(f"<p>{PROSE} {PROSE} Part {i}.</p>" for i in range(3))
    plan = "<table><tr><td>Week 1</td><td>Long run 5 miles easy</td></tr></table>"
    teasers = (
        "<h3>More stories</h3><ul><li><a href='/a'>Council opens new library</a></li>"
        "<li>The mayor cut the ribbon on Monday</li></ul>"
    )
    j = _judge(_page(f"<div class='story'>{paras}{plan}</div><div class='bottom'>{teasers}</div>"))
    assert j.paragraphs()[-2:] == ["Week 1", "Long run 5 miles easy"]
    assert "The mayor cut the ribbon on Monday" not in j.paragraphs()


def test_text_of_elements_set_side_by_side_is_not_glued() -> None:
    # A label and its value in two spans that the page's CSS lays out apart ("Publisher" | "Houghton"):
    # a lower-case letter running into a capital is two words, not one.
    spec = "<div class='spec'><span class='name'>Publisher</span><span class='value'>Houghton Mifflin</span></div>"
    blocks = read_html(_page(f"{spec}<p>Sold by the<b>dozen</b> in <i>iPhone</i> cases.</p>")).blocks
    assert [b.text for b in blocks] == ["Publisher Houghton Mifflin", "Sold by thedozen in iPhone cases."]


def _cards(page: int, n: int = 4) -> str:
    return "".join(
        f"<div class='card'><a class='card-title' href='/p/{page}{i}'>Walnut writing desk model {page}{i}</a>"
        f"<div class='vendor'>Oak and Iron Workshop</div><div class='price'>${page}{i}9.00</div></div>"
        for i in range(n)
    )


def test_a_grid_split_into_blocks_of_cards_is_one_listing() -> None:
    # An endless scroll or a catalogue appends its cards one <div> per page: each a list of its own that
    # follows on from the one before, all of them the listing.
    pages = "".join(f"<div id='results-page-{p}'>{_cards(p)}</div>" for p in range(1, 4))
    article = cleaner.clean(_page(f"{MENU}<main><h1>Desks</h1>{pages}</main>"))
    for p in range(1, 4):
        for i in range(4):
            assert f"Walnut writing desk model {p}{i}" in article.paragraphs
    assert article.paragraphs.count("Oak and Iron Workshop") == 12


def test_a_grid_of_the_same_cards_under_its_own_heading_is_not_the_listing() -> None:
    body = (
        f"<div id='grid-1'>{_cards(1, 8)}</div><h2>You may also like</h2><div id='grid-2'>{_cards(2)}</div>"
    )
    article = cleaner.clean(_page(f"{MENU}<main><h1>Desks</h1>{body}</main>"))
    assert "Walnut writing desk model 17" in article.paragraphs
    assert not any("model 2" in p for p in article.paragraphs)


def test_a_front_page_of_sections_keeps_every_section() -> None:
    # A front page: 'Top stories' as large cards, 'Latest' as a list of rows, 'Opinion' as small cards,
    # none the page alone, with a long footer of links; together they are its content.
    def section(cls: str, name: str) -> str:
        return "".join(
            f"<div class='{cls}'><h3><a href='/{name}/{i}'>{name} story headline number {i}</a></h3>"
            f"<span>By Reporter {i}</span></div>"
            for i in range(5)
        )

    # (The footer holds as many words as the sections: LISTING_MIN_PAGE_SHARE asks the lists for 0.4 of
    # the page.)
    footer = "".join(f"<li><a href='/f/{i}'>Footer link {i}</a></li>" for i in range(40))
    body = (
        f"<main><h2>Top stories</h2>{section('hero-card', 'Top')}<h2>Latest</h2>"
        f"<ul>{section('row-item', 'Latest')}</ul><h2>Opinion</h2>{section('small-card', 'Opinion')}</main>"
        f"<div class='site-links'><ul>{footer}</ul></div>"
    )
    article = cleaner.clean(_page(f"{MENU}{body}"))
    for name in ("Top", "Latest", "Opinion"):
        assert f"{name} story headline number 4" in article.paragraphs
    assert "About us" not in article.paragraphs


def test_cards_with_modifier_classes_are_items_of_one_list() -> None:
    # Some cards of a grid carry modifiers ("card card--sale", "item has-image has-audio"): still one list.
    mods = ["card", "card card--sale", "card", "card card--new", "card", "card card--sale"]
    cards = "".join(
        f"<div class='{m}'><a href='/p/{i}'>Walnut writing desk model {i}</a><div>Oak and Iron Workshop</div></div>"
        for i, m in enumerate(mods)
    )
    blocks = read_html(_page(f"<main>{cards}</main>")).blocks
    titles = [b for b in blocks if b.text.startswith("Walnut")]
    assert len({b.item for b in titles}) == 1 and titles[0].item != 0
    assert [b.item_no for b in titles] == list(range(1, 7))


@pytest.mark.parametrize(
    ("mods", "is_list"),
    [
        # Three classes entered four times in all: one list of four cards.
        (["card", "card card--sale", "card card--new", "card"], True),
        # Three cards, modified or not, are too few to be a list.
        (["card", "card card--sale", "card"], False),
    ],
)
def test_cards_with_modifier_classes_count_their_entries_together(mods: list[str], is_list: bool) -> None:
    cards = "".join(
        f"<div class='{m}'><a href='/p/{i}'>Walnut writing desk model {i}</a><div>Oak and Iron Workshop</div></div>"
        for i, m in enumerate(mods)
    )
    blocks = read_html(_page(f"<main>{cards}</main>")).blocks
    titles = [b for b in blocks if b.text.startswith("Walnut")]
    if is_list:
        assert len({b.item for b in titles}) == 1 and titles[0].item != 0
        assert [b.item_no for b in titles] == list(range(1, len(mods) + 1))
    else:
        assert all(b.item == 0 for b in titles)


def test_buttons_of_a_listing_s_cards_are_dropped_and_their_records_kept() -> None:
    cards = "".join(
        f"<div class='card'><a class='card-title' href='/p/{i}'>Walnut writing desk model {i}</a>"
        f"<div class='vendor'>Oak and Iron Workshop</div><p>Solid walnut top, two drawers, brass handles.</p>"
        f"<button>Add to cart</button>"
        f"<button>Save this item: Walnut writing desk model {i}</button></div>"
        for i in range(8)
    )
    faq = (
        "<div class='faq'>"
        + "".join(
            f"<div class='q'><button>Do desk number {i} ship assembled?</button><p>Yes, with its legs apart.</p></div>"
            for i in range(4)
        )
        + "</div>"
    )
    article = cleaner.clean(_page(f"{MENU}<main><h1>Desks</h1><div class='grid'>{cards}</div>{faq}</main>"))
    assert "Walnut writing desk model 5" in article.paragraphs
    assert article.paragraphs.count("Oak and Iron Workshop") == 8
    assert not any(p == "Add to cart" or p.startswith("Save this item") for p in article.paragraphs)
    # A folding FAQ's questions are buttons too, and they are content.
    assert "Do desk number 2 ship assembled?" in article.paragraphs


def test_a_cards_compare_box_and_label_buttons_are_its_controls() -> None:
    # A grid's compare box is a <div> or a <label> beside a checkbox, not a <button>; 'Add to wishlist' is
    # a link. A card repeats them with its record (ITEM_CONTROL_LABELS, CHROME).
    cards = "".join(
        f"<div class='card'><a class='card-title' href='/p/{i}'>Walnut writing desk model {i}</a>"
        f"<p>Solid walnut top, two drawers, brass handles.</p><div class='cmp'><input type='checkbox'>"
        f"<div>Compare</div></div><label>Add to Compare</label><a href='/w/{i}'>Add to wishlist</a></div>"
        for i in range(8)
    )
    labels: dict[str, set[str]] = {}
    judged = _judge(_page(f"{MENU}<main><h1>Desks</h1><div class='grid'>{cards}</div></main>"))
    for b in judged.doc.blocks:
        labels.setdefault(b.text, set()).add(judged.label(b))
    assert labels["Compare"] == {"drop_item_controls"}
    assert labels["Add to Compare"] == labels["Add to wishlist"] == {"drop_site_chrome"}
    assert labels["Walnut writing desk model 5"] == {"kept"}


def test_compare_outside_a_card_is_no_control() -> None:
    # A section's or a menu's 'Compare' heading, outside any list of cards, is left to the other rules.
    page = _page(
        f"<main><h1>Desks</h1><p>{PROSE}</p><h2>Compare</h2><p>{PROSE.replace('The', 'A')}</p></main>"
    )
    assert "Compare" in cleaner.clean(page).paragraphs


def test_a_short_entry_of_a_list_of_listed_titles_is_one_of_them() -> None:
    # A listing page (no article) of two sections: the first is the main listing, whose items stay
    # whole; in the second, most linked entries are titles of a few words, so its one-word entries are
    # titles too (TITLED_LIST_SHARE). A menu of one-word links still goes.
    desks = [f"Walnut writing desk model {i}" for i in range(6)] + ["Agda", "Alef"]
    tables = [f"Oak dining table number {i}" for i in range(3)] + ["Ives", "Orla"]
    first = "".join(f"<li><a href='/p/{i}'>{n}</a></li>" for i, n in enumerate(desks))
    second = "".join(f"<li><a href='/q/{i}'>{n}</a></li>" for i, n in enumerate(tables))
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Home", "Shop", "Blog", "Help", "Cart"))
    page = _page(
        f"<ul class='links'>{menu}</ul><main><h1>Furniture</h1><h2>Desks</h2><ul class='a'>{first}</ul>"
        f"<h2>Tables</h2><ol class='b'>{second}</ol></main>"
    )
    paragraphs = cleaner.clean(page).paragraphs
    assert "Ives" in paragraphs and "Orla" in paragraphs and "Oak dining table number 1" in paragraphs
    assert "Shop" not in paragraphs and "Help" not in paragraphs


def _grid(card: Callable[[int], str], heading: str = "Desks") -> tuple[str, ...]:
    """The paragraphs of a listing page of eight cards, ``card`` giving each by its number."""
    cards = "".join(card(i) for i in range(8))
    page = _page(f"{MENU}<main><h1>{heading}</h1><div class='grid'>{cards}</div></main>")
    return cleaner.clean(page).paragraphs


def test_a_button_label_wrapped_in_blocks_is_still_a_control_but_an_accordion_title_is_content() -> None:
    # Shops wrap a button's label in a <div> of its own; an accordion's trigger holds its section's title.
    paragraphs = _grid(
        lambda i: (
            f"<div class='card'><a class='card-title' href='/p/{i}'>Walnut writing desk model {i}</a>"
            "<div class='vendor'>Oak and Iron Workshop</div>"
            "<button type='button'><div><span>Add to Cart</span></div></button></div>"
        )
    )
    courses = "".join(
        f"<div class='course'><button aria-expanded='false'><h4>Project planning part {i}</h4>"
        f"<p>BUSA-4010{i}</p></button><div class='desc'>{PROSE}</div></div>"
        for i in range(4)
    )
    assert "Walnut writing desk model 5" in paragraphs
    assert "Add to Cart" not in paragraphs
    blocks = read_html(_page(f"<main><h1>Courses</h1>{courses}</main>")).blocks
    assert [b.tag for b in blocks if b.text.startswith(("Project planning", "BUSA"))] == ["h4", "p"] * 4


def test_labels_every_card_prints_are_dropped_but_a_fields_values_are_kept() -> None:
    # 'Price' and 'Fast apply' are the card's template; 'Winner' / 'Honoree' are the values of one field,
    # and 'Weight:' heads its value.
    paragraphs = _grid(
        lambda i: (
            f"<div class='card'><a class='card-title' href='/c/{i}'>Remote data engineering course {i}</a>"
            f"<div class='badge'>Fast apply</div><div class='award'>{'Winner' if i % 3 else 'Honoree'}</div>"
            f"<div class='label'>Price</div><div class='value'>${100 + i}</div>"
            f"<div class='label'>Weight:</div><div class='value'>{i} lbs</div></div>"
        ),
        heading="Courses",
    )
    assert "Remote data engineering course 5" in paragraphs
    assert "Fast apply" not in paragraphs and "Price" not in paragraphs
    assert "$105" in paragraphs
    assert paragraphs.count("Honoree") == 3 and paragraphs.count("Weight:") == 8


def test_a_label_every_card_prints_is_the_template_in_cards_wrapped_in_their_link() -> None:
    # A card wrapped whole in its link links every line: 'Duration' and 'Enrol' printed in each card are
    # still its template. The titles, linked too, differ from card to card and stay.
    paragraphs = _grid(
        lambda i: (
            f"<a class='card' href='/c/{i}'><div class='title'>Remote data engineering course {i}</div>"
            f"<div class='label'>Duration</div><div class='value'>{i + 2} weeks</div>"
            "<div class='cta'>Enrol</div></a>"
        ),
        heading="Courses",
    )
    assert "Remote data engineering course 5" in paragraphs and "7 weeks" in paragraphs
    assert "Duration" not in paragraphs and "Enrol" not in paragraphs


def test_a_label_only_a_few_cards_print_is_a_records_detail_and_stays() -> None:
    # 'Sale' on three of eight cards is below the share that makes a line the card's template.
    paragraphs = _grid(
        lambda i: (
            f"<div class='card'><a class='card-title' href='/c/{i}'>Remote data engineering course {i}</a>"
            + ("<div class='badge'>Sale</div>" if i < 3 else "")
            + f"<div class='value'>${100 + i}</div></div>"
        ),
        heading="Courses",
    )
    assert paragraphs.count("Sale") == 3
    assert "Remote data engineering course 7" in paragraphs and "$107" in paragraphs


def test_a_cards_title_printed_twice_is_kept_once_and_its_other_repeated_lines_stay() -> None:
    paragraphs = _grid(
        lambda i: (
            f"<div class='card'><a href='/p/{i}'><span class='sr'>Oak standing desk model {i}</span></a>"
            f"<div class='price'>${300 + i}</div><a class='name' href='/p/{i}'>Oak standing desk model {i}</a>"
            "<div class='note'>Ships in two weeks</div><div class='note'>Ships in two weeks</div></div>"
        )
    )
    assert paragraphs.count("Oak standing desk model 5") == 1
    assert paragraphs.count("Ships in two weeks") == 16


def test_cards_read_as_several_lists_of_their_parts_are_one_listing() -> None:
    # A card too big to be one item (a title and blurb, then a player of a dozen lines) is read as one
    # list per part: the part following the chosen one in each card belongs to the same listing.
    player = "".join(f"<div class='ctl{k}'>Part {k}</div>" for k in range(12))
    cards = "".join(
        f"<article class='item'><div class='info'><h2><a href='/s/{i}'>Lakes are thawing earlier, study {i}"
        f"</a></h2><p>March {i}, 2026 • Scientists tracked the ice on two hundred lakes for forty years and "
        f"found it goes weeks sooner.</p></div><div class='player'>{player}</div></article>"
        for i in range(1, 7)
    )
    assert _outside_the_listing_of_two_card_lists("Science", cards) == {
        "Home News About us",
        "Science",
        PROSE,
    }


def _outside_the_listing_of_two_card_lists(title: str, cards: str) -> set[str]:
    """The texts main_listing leaves out on a page of cards that the reader takes for two lists."""
    blocks = read_html(_page(f"{MENU}<main><h1>{title}</h1>{cards}<p>{PROSE}</p></main>")).blocks
    assert len({b.item for b in blocks} - {0}) == 2
    spared = main_listing(blocks)
    return {b.text for b in blocks if b.index not in spared}


def test_a_list_holding_a_third_of_the_page_is_not_its_listing() -> None:
    # Five thread links beside a post and a line of names hold 40 of the page's 110 words: a sidebar's
    # list, not the page's listing (LISTING_MIN_PAGE_SHARE).
    links = "".join(
        f"<li><a href='/t/{i}'>Budget thread number {i} asks about the library</a></li>" for i in range(1, 6)
    )
    names = (
        "Council members Ann Lee Bob Ray Cy Dee Ed Fox Gus Hale Ida Jones Kim Lowe Max Nye Oz Park Quin Roe Sal"
        " Tate Uma Vance Wes Xu Yves Zane Abe Bo Cal Dot Eve Flo"
    )
    body = f"{MENU}<main><h1>Budget meeting</h1><p>{PROSE}</p><p>{names}</p><ul class='threads'>{links}</ul></main>"
    blocks = read_html(_page(body)).blocks
    assert sum(b.words for b in blocks) == 110
    assert main_listing(blocks) == frozenset()


def test_a_cards_first_part_before_the_chosen_list_belongs_to_the_listing() -> None:
    # Each card is read as two lists: its price and badge, then its specs (the larger, chosen one). The
    # first card's price stands before the first spec, yet its list lies among the specs: the cards'.
    specs = "".join(f"<div class='spec{k}'>Frame size {k} fits most hikers</div>" for k in range(12))
    cards = "".join(
        f"<article class='item'><div class='price'><span>${i}9.95</span><span>Save {i}0%</span></div>"
        f"<div class='specs'>{specs}</div></article>"
        for i in range(1, 7)
    )
    assert _outside_the_listing_of_two_card_lists("Packs", cards) == {"Home News About us", "Packs", PROSE}
    # A list standing before the chosen one (a product's own specs above a grid) stays out of it.
    own = "".join(f"<li class='fact'>Made of recycled nylon, item {k}</li>" for k in range(5))
    blocks = read_html(_page(f"{MENU}<main><h1>Packs</h1><ul>{own}</ul>{cards}</main>")).blocks
    spared = main_listing(blocks)
    assert not any(b.index in spared for b in blocks if b.text.startswith("Made of"))


def test_styled_component_cards_differing_in_their_style_class_are_items_of_one_list() -> None:
    # A styled component's first class word is its generated name (with a digit); the second, its
    # variant's style, differs card to card.
    styles = ["dzYnRP", "hpndDi", "dzYnRP", "kLmQrs", "hpndDi", "dzYnRP"]
    cards = "".join(
        f"<div class='sc-feaf8701-1 {s}'><a href='/p/{i}'>Walnut writing desk model {i}</a><div>Oak Workshop</div></div>"
        for i, s in enumerate(styles)
    )
    titles = [b for b in read_html(_page(f"<main>{cards}</main>")).blocks if b.text.startswith("Walnut")]
    assert len({b.item for b in titles}) == 1 and titles[0].item != 0
    assert [b.item_no for b in titles] == list(range(1, 7))


def test_siblings_whose_classes_differ_in_their_last_word_are_not_one_list() -> None:
    # Neither class holds the other's words: two kinds of box, three of each, not one list of six.
    kinds = ["box box-news", "box box-ad"] * 3
    boxes = "".join(
        f"<div class='{k}'><a href='/s/{i}'>Story headline number {i}</a><span>More words here</span></div>"
        for i, k in enumerate(kinds)
    )
    blocks = read_html(_page(f"<main>{boxes}</main>")).blocks
    assert all(b.item == 0 for b in blocks if b.text.startswith("Story"))


def test_siblings_sharing_only_a_utility_class_are_not_one_list() -> None:
    rows = "".join(
        f"<div class='{c}'><a href='/s/{i}'>Story headline number {i}</a><span>More words here</span></div>"
        for i, c in enumerate(["row", "row storyinfo", "row", "row storybody", "row", "row storyfoot"])
    )
    blocks = read_html(_page(f"<main>{rows}</main>")).blocks
    assert len({b.item for b in blocks if b.text.startswith("Story")} - {0}) != 1


def test_forum_posts_marked_by_modifiers_are_not_items() -> None:
    posts = "".join(
        f"<article class='{c}'><a href='/u/{i}'>user{i}</a>"
        f"<div class='body'>{PROSE} {PROSE} Reply number {i}.</div></article>"
        for i, c in enumerate(["message", "message is-unread", "message", "message is-unread", "message"])
    )
    blocks = read_html(_page(f"<main>{posts}</main>")).blocks
    assert all(b.item == 0 for b in blocks if b.text.startswith(PROSE))


def test_a_comment_thread_under_a_list_does_not_outweigh_it() -> None:
    comments = "".join(
        f"<div class='comment'><p>{PROSE} {PROSE} Reader {i} adds more.</p></div>" for i in range(12)
    )
    page = _page(f"{MENU}<main><h1>Best books</h1><table>{BOOK_ROWS}</table>{comments}</main>")
    article = cleaner.clean(page)
    for i in range(1, 9):
        assert f"Jane Walker {i}" in article.paragraphs


def test_a_table_of_linked_names_after_a_long_article_is_its_data_not_teasers() -> None:
    # A list page: a long introduction, then a table whose cells are links (laureates by year).
    intro = "".join(f"<p>{PROSE} {PROSE} Part {i}.</p>" for i in range(8))
    rows = "".join(
        f"<tr><th>{1900 + y}</th>"
        + "".join(f"<td><a href='/w/{y}{k}'>Laureate Name {y}{k}</a></td>" for k in range(4))
        + "</tr>"
        for y in range(40)
    )
    article = cleaner.clean(
        _page(f"{MENU}<main><h1>List of laureates</h1>{intro}<table>{rows}</table></main>")
    )
    assert f"{PROSE} {PROSE} Part 7." in article.paragraphs
    assert "Laureate Name 393" in article.paragraphs
    assert "About us" not in article.paragraphs


@pytest.mark.parametrize(
    ("lead", "lead_html"),
    [
        # A short "Name:" line announcing the list.
        ("The new plan:", "<p>The new plan:</p>"),
        # A section heading over it ("Qualified teams", then one team a line).
        ("The new plan", "<h3>The new plan</h3>"),
    ],
)
def test_a_list_closing_the_article_under_its_own_lead_in_is_kept(lead: str, lead_html: str) -> None:
    # The article ends on the lead-in and the list it announces; a footer link list follows.
    paras = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(4))
    items = [
        "Longer opening hours on every weekday in winter",
        "A reading room for students during exam weeks",
    ]
    listing = "".join(f"<li>{x}</li>" for x in items)
    footer = "<ul><li><a href='/a'>About us</a></li><li><a href='/b'>Contact</a></li></ul>"
    article = cleaner.clean(
        _page(f"<h1>The library budget</h1>{paras}{lead_html}<ul>{listing}</ul>{footer}"),
        input_format="html",
    )
    assert article.paragraphs[-3:] == (lead, *items)


FEATURES = (
    "Sync calendars",
    "Share notes",
    "Plan trips",
    "Track hours",
    "Send invoices",
    "Book rooms",
)


def test_a_feature_grid_of_headed_blurbs_stays_with_the_article() -> None:
    # A service page's grid: each feature a heading over one sentence. A sentence standing alone between
    # non-prose lines is mostly a teaser's blurb, but one under its own unlinked heading is a section.
    intro = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(6))
    grid = "".join(
        f"<h3>{name}</h3><p>Our team will {name.lower()} for your whole office, so it runs well.</p>"
        for name in FEATURES
    )
    article = cleaner.clean(_page(f"{MENU}<main><h1>Our services</h1>{intro}{grid}</main>"))
    assert f"{PROSE} Part 5." in article.paragraphs
    assert "Our team will send invoices for your whole office, so it runs well." in article.paragraphs
    assert "Send invoices" in article.paragraphs


def test_sections_of_the_main_element_are_one_text() -> None:
    # Sections of one <main> are parted by link rows, labels and buttons that break the run of prose;
    # the weaker section is still the page's text. Without a <main> saying so it may be a teaser box.
    # The unlinked list closing the first section stays too, though the text goes on after it.
    intro = (
        "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(12)) + "<ul><li>Packing</li><li>Storage</li></ul>"
    )
    towns = "".join(f"<a href='/c/{i}'>Movers in Town {i} County</a>, " for i in range(7))
    towns = f"<p>We also serve {towns} and the towns around them, with the same crews, trucks and prices.</p>"
    howto = (
        "<h2>How it works</h2><p>You tell us the date and the size of your home.</p>"
        "<p>We send two movers who pack, load and unload your things.</p>"
    )
    article = cleaner.clean(_page(f"{MENU}<main><h1>Movers</h1>{intro}{towns}{howto}</main>"))
    assert "We send two movers who pack, load and unload your things." in article.paragraphs
    assert "Storage" in article.paragraphs
    unmarked = cleaner.clean(_page(f"{MENU}<div><h1>Movers</h1>{intro}{towns}{howto}</div>"))
    assert f"{PROSE} Part 11." in unmarked.paragraphs
    assert "We send two movers who pack, load and unload your things." not in unmarked.paragraphs


def test_long_notice_in_a_named_footer_is_cut_even_under_a_short_news_item() -> None:
    # A two-paragraph news item, a teaser list the label rules remove, then the site's customer-service
    # notice: long enough to be spared by its "footer" name and to outrun the item, yet not the article.
    item = [PROSE, PROSE.replace("library", "museum")]
    teasers = "".join(
        f"<li><a href='/{i}'>Mayor opens bridge number {i} after delay</a></li>" for i in range(30)
    )
    notice = (
        "The Daily Example Customer Service Center can be contacted with any questions or requests by "
        "telephone on weekdays between seven and two, and on Fridays it only handles delivery requests; "
        "international customers may call the toll-free number or write to the subscriptions desk, and "
        "our staff will answer every message within two working days of its arrival at the center."
    )
    page = _page(
        "<h1>Budget vote delayed again</h1>"
        + "".join(f"<p>{p}</p>" for p in item)
        + f"<div class='related'><ul>{teasers}</ul></div>"
        + f"<div class='site-footer'><p>{notice}</p><p>Copyright 2024 Daily Example</p></div>"
    )
    j = _judge(page)
    assert j.paragraphs() == item


def test_embedded_post_in_a_social_box_is_kept() -> None:
    # Sites wrap a network's embed code in a "social-media-embed" box; the quoted post is the article's.
    tweet = "Yes this is real and the state spent half a million dollars on it"
    attribution = "\u2014 Jane Doe (@janedoe) November 18, 2019"
    page = _page(
        f"<h1>Budget vote delayed again</h1><p>{PROSE}</p>"
        f"<div class='social-media-embed'><blockquote class='twitter-tweet'><p>{tweet}</p>{attribution}"
        f"</blockquote></div><p>{PROSE.replace('library', 'museum')}</p>"
        "<div class='share-tools'><p>Share this story</p></div>"
    )
    paras = _judge(page).paragraphs()
    assert tweet in paras
    assert attribution in paras
    assert "Share this story" not in paras


def test_related_teasers_summaries_stay_in_the_related_section() -> None:
    """Under a 'Related links' heading, teasers alternate a linked headline and a summary sentence: once
    the headlines are dropped as links, two summaries side by side are no article text resuming. A
    paragraph that follows a single link (a related box inside the article) does resume it."""
    article = [f"{PROSE} {PROSE}".replace("council", w) for w in ("council", "board", "panel")]
    summaries = [
        f"The {w} story tells how the committee of the town voted on the matter again this week."
        for w in ("first", "second", "third")
    ]
    text = "".join(f"<p>{p}</p>" for p in article)
    teasers = "".join(
        f"<div><h3><a href='/s{n}'>Headline of the {n} story</a></h3><p>{s}</p></div>"
        for n, s in enumerate(summaries)
    )
    j = _judge(_page(f"<main>{text}<h2>Related links:</h2>{teasers}</main>"))
    assert j.paragraphs() == article
    assert {j.dropped_by[b.index] for b in j.doc.blocks if b.text in summaries} == {"drop_related_section"}

    resumed = f"{text}<h2>Related</h2><p><a href='/x'>Headline of the story</a></p>"
    resumed += "".join(f"<p>{s}</p>" for s in summaries[:2])
    j = _judge(_page(f"<main>{resumed}</main>"))
    assert j.paragraphs() == article + summaries[:2]


def test_the_headings_of_the_text_resuming_after_a_related_box_are_its_own() -> None:
    """A related box inside the page ('Related searches' and its links) ends where the text resumes; the
    unlinked headings right above the resumed paragraphs (a section's title, an FAQ's question) head that
    text and stay with it. A linked heading there is the box's last teaser and goes with the box."""
    article = [f"{PROSE} {PROSE}".replace("council", w) for w in ("council", "board", "panel")]
    text = "".join(f"<p>{p}</p>" for p in article)
    box = "<h2>Related searches</h2><ul><li><a href='/a'>Camp stoves on sale</a></li></ul>"
    tail = [PROSE.replace("council", w) for w in ("jury", "mayor")]
    heads = "<h2>Frequently asked questions about stoves</h2><h3>How do I earn a reward on a stove?</h3>"
    resumed = "".join(f"<p>{p}</p>" for p in tail)
    j = _judge(_page(f"<main>{text}{box}{heads}{resumed}</main>"))
    assert j.paragraphs() == [
        *article,
        "Frequently asked questions about stoves",
        "How do I earn a reward on a stove?",
        *tail,
    ]
    linked = "<h3><a href='/b'>Headline of the other story</a></h3>"
    j = _judge(_page(f"<main>{text}{box}{linked}{resumed}</main>"))
    assert j.paragraphs() == article + tail


def test_a_related_box_inside_a_section_ends_at_the_next_sections_heading() -> None:
    """A guide's sections ('1. Harvard', '2. Stanford': <h2 class='item'>) each close with an <h4> 'More
    on ...:' box of links; the next section's <h2>, of a higher rank than the box's heading and in the
    place of the section headings above it, ends the box, and its section is the article's. A sidebar's
    <h2> of another place after an article's closing box is not let in."""
    intro = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel"))
    first = f"<h2 class='item'>1. Harvard</h2><p>{PROSE.replace('council', 'school')} {PROSE}</p>"
    box = "<h4 class='links'>More on Harvard:</h4><ul><li><a href='/a'>Essays for Harvard</a></li></ul>"
    second = PROSE.replace("council", "faculty")
    section = f"<h2 class='item'>2. Stanford</h2><p>{second}</p>"
    j = _judge(_page(f"<main><h1>Top schools</h1>{intro}{first}{box}{section}</main>"))
    assert j.paragraphs()[-2:] == ["2. Stanford", second]
    assert "More on Harvard:" not in j.paragraphs()
    aside = f"<h2 class='widget-title'>2. Stanford</h2><p>{second}</p>"
    j = _judge(_page(f"<main><h1>Top schools</h1>{intro}{first}{box}{aside}</main>"))
    assert "2. Stanford" not in j.paragraphs()


def test_the_heading_closing_a_headline_run_over_paragraphs_heads_the_text() -> None:
    """A run of card titles (a team's names, teasers) ends where a section's <h2> stands over its
    paragraphs: that heading is the text's, not the run's last headline. One of the cards' own rank
    there is taken for one more card."""
    article = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel", "jury"))
    names = "".join(
        f"<div class='card'><h3>Jane Walker {n}, LCSW</h3></div>" for n in ("Ames", "Bell", "Cole")
    )
    tail = [PROSE.replace("council", w) for w in ("mayor", "clerk")]
    text = "".join(f"<p>{p}</p>" for p in tail)
    page = f"<main><h1>Therapy</h1>{article}<p>And more...</p>{names}<h2>Care backed by evidence</h2>{text}</main>"
    j = _judge(_page(page, DATED_HEAD))
    assert j.paragraphs()[-3:] == ["Care backed by evidence", *tail]
    assert j.dropped_by[next(b.index for b in j.doc.blocks if b.text.startswith("Jane Walker Ames"))] == (
        "drop_headline_lists"
    )
    j = _judge(
        _page(
            page.replace("<h2>Care backed by evidence</h2>", "<h3>Care backed by evidence</h3>"), DATED_HEAD
        )
    )
    assert "Care backed by evidence" not in j.paragraphs()


def test_unlinked_short_lines_in_the_articles_own_container_are_its_list() -> None:
    """Tour dates or a spec sheet in an article stand in the paragraphs' own container, without links:
    the article's list, not a teaser list, though a label rather than a sentence leads into them. The
    same lines in a box of their own still read as headlines."""
    article = [f"{PROSE} {PROSE}".replace("council", w) for w in ("council", "board", "panel", "mayor")]
    dates = [f"June {d} – Tampa, FL @ The Amphitheatre" for d in (9, 10, 12, 14, 17)]
    lines = "".join(f"<p>{d}</p>" for d in dates)
    head = "".join(f"<p>{p}</p>" for p in article[:2]) + "<p>Tour dates</p>"
    tail = "".join(f"<p>{p}</p>" for p in article[2:])
    j = _judge(_page(f"<div class='entry'>{head}{lines}{tail}</div>"))
    assert j.paragraphs() == [*article[:2], "Tour dates", *dates, *article[2:]]
    j = _judge(
        _page(
            f"<div class='entry'>{head}</div><div class='teasers'>{lines}</div><div class='entry'>{tail}</div>",
            DATED_HEAD,
        )
    )
    assert {j.dropped_by[b.index] for b in j.doc.blocks if b.text in dates} == {"drop_headline_lists"}


def test_a_paragraph_of_br_broken_lines_closing_the_article_is_its_list() -> None:
    """Tour dates written as one paragraph's lines broken by <br>, at the article's end under a label and
    above a credit line: the writer's list, kept whole (no prose follows it, and its paragraph's class
    differs from the text's, so nothing else tells it from a teaser list). The same lines as linked paragraphs of their own are a teaser list. A
    sources list of bare web addresses still goes with the page's chrome."""
    article = [f"{PROSE} {PROSE}".replace("council", w) for w in ("council", "board", "panel", "mayor")]
    dates = [f"June {d} – Tampa, FL @ The Amphitheatre" for d in (9, 10, 12, 14, 17, 19)]
    text = "".join(f"<p class='p1'>{p}</p>" for p in article)
    listing = "<h3>Tour dates</h3><p>" + "<br>".join(dates) + "</p>"
    credit = "<p>Additional reporting by <a href='/a'>Jo Smith</a></p>"
    footer = "<footer><p>About us</p><p>Contact</p></footer>"
    j = _judge(_page(f"<article>{text}{listing}{credit}</article>{footer}"))
    assert j.paragraphs()[: len(article) + 1 + len(dates)] == [*article, "Tour dates", *dates]

    teasers = "".join(f"<p><a href='/s{n}'>{d}</a></p>" for n, d in enumerate(dates))
    j = _judge(_page(f"<article>{text}</article><div>{teasers}</div>{footer}"))
    assert j.paragraphs() == article

    urls = [f"https://example.com/source/{n}" for n in range(6)]
    sources = "<p>Sources:</p><p>" + "<br>".join(urls) + "</p>"
    j = _judge(_page(f"<article>{text}{sources}</article>"))
    assert not set(urls) & set(j.paragraphs())


def test_a_sections_own_heading_above_its_first_paragraph_is_kept_but_not_a_grid_of_names() -> None:
    """A service page's section heading sits right above its paragraphs, and a second section below a
    row of buttons has its own: both headings are the page's text, though the article's run starts at
    the first paragraph. A row of same-level headings above (client names) is not one section's title:
    only the heading directly above the text joins it."""
    paras = "".join(f"<p>{PROSE.replace('council', w)}</p>" for w in ("council", "board", "panel"))
    names = "".join(f"<h2>{n}</h2>" for n in ("Acme Bank", "Globex", "Initech"))
    buttons = "<div><a href='/demo'>Book a demo</a> <a href='/try'>Try it free</a></div>"
    second = f"<h3>Connect your apps</h3><p>{PROSE.replace('council', 'team')}</p>"
    nav = "<nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a></nav>"
    main = f"<main><h1>Help desk</h1>{names}<h2>Support that puts people first</h2>{paras}{buttons}{second}</main>"
    j = _judge(_page(nav + main, head="<title>Help desk | Acme</title>"))
    kept = j.paragraphs()
    assert kept[0] == "Support that puts people first"
    assert "Connect your apps" in kept
    assert not {"Acme Bank", "Globex", "Initech"} & set(kept)


def test_a_linked_list_in_a_sibling_box_under_a_colon_lead_is_the_articles() -> None:
    """A writer's tool (AsciiDoc and the like) wraps each paragraph and each list in a box of its own
    inside the text's container: the linked list a lead line ending in a colon presents is the text's,
    though it is not inside the lead's box. The same box under a paragraph with no colon stays a
    teaser list."""
    items = [f"libfoo: fix the parser for case {n} in the loader" for n in range(5)]
    ul = (
        "<div class='ulist'><ul>"
        + "".join(f"<li><p><a href='/c{n}'>{t}</a></p></li>" for n, t in enumerate(items))
        + "</ul></div>"
    )
    para = "".join(
        f"<div class='paragraph'><p>{PROSE.replace('council', w)}</p></div>" for w in ("council", "board")
    )

    def page(lead: str) -> str:
        after = f"<div class='paragraph'><p>{PROSE.replace('council', 'panel')}</p></div>"
        return _page(
            f"<div class='sectionbody'>{para}<div class='paragraph'><p>{lead}</p></div>{ul}{after}</div>"
        )

    assert set(items) <= set(_judge(page("Many patches were sent for review:")).paragraphs())
    assert not set(items) & set(_judge(page("Many patches were sent for review.")).paragraphs())


def test_container_names_are_read_innermost_first_word_by_word() -> None:
    from cleaner.rules.structure import _boilerplate_name, _side_note_name

    assert _boilerplate_name("share-tools entry-content") == "share"
    assert _boilerplate_name("entry-footer post") == "footer"
    # A name further out than the article's own container says nothing about the block.
    assert _boilerplate_name("entry-content share-tools") is None
    assert _boilerplate_name("elementor-widget-container") is None  # a framework's compound
    assert _boilerplate_name("x-widget x-widget-theme-post-content") is None  # its modifier names content
    assert _boilerplate_name("twitter-tweet social-embed") is None  # an embedded post is the article's
    assert _side_note_name("author-bio-box-dek") == "bio"
    assert _side_note_name("post-content author-box") is None
    # The same words in other strings get the same answers (the per-word caches are shared).
    assert _boilerplate_name("sidebar") == "sidebar" and _boilerplate_name("main sidebar") is None
    # A menu's or a nav's kind written as one word with it: a side, sub, mega, left or top menu.
    assert _boilerplate_name("sidemenu-item sidemenu") == "sidemenu"
    assert _boilerplate_name("mm-listview submenu") == "submenu"
    assert _boilerplate_name("site-topnav__link") is None  # only at a word's head or end
    assert _boilerplate_name("megamenu") == "megamenu" and _boilerplate_name("subnav") == "subnav"


def test_class_term_caches_are_one_per_pattern_keyed_by_the_word() -> None:
    from cleaner.rules.structure import _boilerplate_term, _side_note_term

    # The same word gets each pattern's own answer: the caches do not share entries.
    assert _boilerplate_term("share-tools") == "share" and _side_note_term("share-tools") is None
    assert _side_note_term("author-bio-box") == "bio" and _boilerplate_term("author-bio-box") is None
    assert _boilerplate_term("entry-content") is None
    hits = _boilerplate_term.cache_info().hits
    assert _boilerplate_term("share-tools") == "share"
    assert _boilerplate_term.cache_info().hits == hits + 1  # cached by the word alone


def _meal_plan() -> str:
    meals = "".join(
        f"<h3>Meal {n}</h3><p>Eat every two to three hours</p><p>Portions: {n} green, {n} red</p>"
        f"<p>{PROSE} Meal {n} is a salad.</p>"
        for n in range(1, 4)
    )
    return _page(f"<h1>Meal plan</h1><div class='entry-content'><p>{PROSE}</p>{meals}</div>")


def test_a_step_repeated_under_each_part_of_one_text_stays_at_every_copy() -> None:
    # A meal plan repeats 'Eat every two to three hours' under each meal: the plan's text, not chrome.
    paragraphs = _judge(_meal_plan()).paragraphs()
    assert paragraphs.count("Eat every two to three hours") == 3


def test_values_repeated_down_a_tables_columns_stay_at_every_copy() -> None:
    # A plan comparison prints 'Included' in many cells: the table's data, not a line shown twice.
    rows = "".join(
        f"<tr><td>Feature {name}</td><td>Included</td><td>Included</td></tr>" for name in ("one", "two")
    )
    story = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(3))
    page = _page(f"<h1>Plans</h1><div class='entry-content'>{story}<table>{rows}</table></div>")
    assert _judge(page).paragraphs().count("Included") == 4
    # Linked cells repeated (a menu laid out in a table) are still kept once.
    menu = "".join("<tr><td><a href='/'>Home</a></td></tr>" for _ in range(2))
    assert _judge(_page(f"{story}<table>{menu}</table>")).paragraphs().count("Home") <= 1


def test_a_line_repeated_in_two_containers_is_kept_once() -> None:
    story = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(3))
    page = _page(
        f"<div class='entry-content'><p>Sign up for the morning briefing</p>{story}</div>"
        f"<div class='site-bottom'><p>Sign up for the morning briefing</p></div>"
    )
    assert _judge(page).paragraphs().count("Sign up for the morning briefing") <= 1


def test_a_page_built_of_widgets_keeps_their_headings_and_short_paragraphs() -> None:
    # A CMS that calls every module a widget (HubSpot's "hs_cos_wrapper_widget"): the article's
    # headings and one-line paragraphs sit in widgets as its long paragraphs do.
    sections = "".join(
        f"<div class='hs_cos_wrapper hs_cos_wrapper_widget'><h3>Step {n}: set your goals</h3>"
        f"<p>{PROSE} {PROSE}</p><p>Here is a short list of goals:</p></div>"
        for n in range(1, 4)
    )
    paragraphs = _judge(_page(f"<h1>Planning</h1>{sections}")).paragraphs()
    assert "Step 2: set your goals" in paragraphs
    assert "Here is a short list of goals:" in paragraphs


def test_a_sidebar_widget_beside_an_article_is_still_dropped() -> None:
    story = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(4))
    widget = "<div class='widget'><h3>Archives by month</h3><p>Pick a month to browse the posts.</p></div>"
    paragraphs = _judge(_page(f"<h1>Post</h1><div class='entry'>{story}</div>{widget}")).paragraphs()
    assert "Archives by month" not in paragraphs


RESOURCES = ("Council budget report 2025", "Library opening hours", "Minutes of the Tuesday meeting")


def _article_with_list(middle: str) -> str:
    """A menu, an article of six paragraphs followed by ``middle`` (a list and the text around it), and a
    sidebar of linked headlines."""
    menu = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(6))
    return _page(
        f"{menu}<article class='post-body'><h1>The library budget</h1>{paras}{middle}</article>"
        "<div class='sidebar'><ul><li><a href='/x'>Most read story of the week</a></li>"
        "<li><a href='/y'>Another popular story today</a></li></ul></div>"
    )


def _introduced_list_page(lead: str, items: tuple[str, ...], list_class: str = "") -> str:
    links = "".join(f"<li><a href='/r{i}'>{x}</a></li>" for i, x in enumerate(items))
    return _article_with_list(f"<p>{lead}</p><ul class='{list_class}'>{links}</ul><p>{PROSE} The end.</p>")


@pytest.mark.parametrize("lead", ["The documents are online:", f"{PROSE} They are all online."])
def test_a_link_list_the_article_introduces_is_kept(lead: str) -> None:
    # Linked entries inside the article's container, led in by its text and followed by more of it, are
    # the article's list (resources, a table of contents), not a menu; the menu and the sidebar still go.
    paragraphs = cleaner.clean(_introduced_list_page(lead, RESOURCES), input_format="html").paragraphs
    for item in RESOURCES:
        assert item in paragraphs
    assert "Home" not in paragraphs
    assert "Most read story of the week" not in paragraphs


def _list_in_text_page(lead: str, items: str) -> str:
    later = "".join(f"<p>{PROSE} Later {i}.</p>" for i in range(6))
    return _article_with_list(f"{lead}<ul>{items}</ul>{later}")


@pytest.mark.parametrize(
    ("lead", "items", "linked"),
    [
        # Links listed under a heading, between the text's paragraphs in the text's own container.
        (
            "<h2>What the council published</h2>",
            "".join(f"<li><a href='/r{i}'>{x}</a></li>" for i, x in enumerate(RESOURCES)),
            RESOURCES,
        ),
        # A writer's list linking some entries only: the linked one is an entry like the others.
        (
            "",
            "<li>Fresh tomatoes from the market</li><li><a href='/z'>Zucchini</a></li><li>Summer squash</li>",
            ("Zucchini",),
        ),
    ],
)
def test_a_link_list_in_the_text_flow_is_kept(lead: str, items: str, linked: tuple[str, ...]) -> None:
    # A sidebar's list has a container of its own and still goes.
    paragraphs = cleaner.clean(_list_in_text_page(lead, items), input_format="html").paragraphs
    for item in linked:
        assert item in paragraphs
    assert "Most read story of the week" not in paragraphs


def test_a_link_list_in_the_text_flow_does_not_end_the_article() -> None:
    # Scored as a menu's links, the list cut the article's run: its heading, the list and the paragraph
    # under it went as "after the article".
    links = "".join(f"<li><a href='/r{i}'>{x}</a></li>" for i, x in enumerate(RESOURCES))
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(6))
    page = _page(
        f"<article class='post-body'><h1>The library budget</h1>{paras}"
        f"<h2>What the council published</h2><ul>{links}</ul><p>{PROSE} The end.</p></article>"
    )
    paragraphs = cleaner.clean(page, input_format="html").paragraphs
    assert paragraphs[-5:] == ("What the council published", *RESOURCES, f"{PROSE} The end.")


def test_a_single_linked_line_after_a_paragraph_is_still_dropped() -> None:
    # One link after a paragraph is a "read more" teaser unless a colon announces it.
    page = _introduced_list_page(PROSE, ("Read our earlier story on the museum",))
    assert "Read our earlier story on the museum" not in cleaner.clean(page, input_format="html").paragraphs
    page = _introduced_list_page("The report is online:", ("Council budget report 2025",))
    assert "Council budget report 2025" in cleaner.clean(page, input_format="html").paragraphs


CITING_SENTENCE = "For more details, see <a href='/budget'>the council's budget report for the year 2025</a>."
ALL_LINK_SENTENCE = "<a href='/next'>Read the council's budget report for the year 2025 in full here.</a>"


def _citing_page(sentence: str) -> str:
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(4))
    return _page(
        f"<article class='post-body'><h1>The library budget</h1>{paras}<p>{sentence}</p>"
        f"<p>{PROSE} The end.</p></article>"
    )


def test_a_sentence_of_the_text_mostly_linked_is_kept() -> None:
    # A sentence among the article's paragraphs that is mostly its link's words (link density 0.5-0.75)
    # is the text citing a page; one that is all link is not spared as such (it may be a teaser).
    paragraphs = cleaner.clean(_citing_page(CITING_SENTENCE), input_format="html").paragraphs
    assert any(p.startswith("For more details, see the council's budget report") for p in paragraphs)
    for sentence, spared in ((CITING_SENTENCE, True), (ALL_LINK_SENTENCE, False)):
        blocks = _judge(_citing_page(sentence)).doc.blocks
        assert _linked_sentence(blocks, len(blocks) - 2) is spared


def test_a_link_list_after_a_cut_off_excerpt_is_a_teaser_list() -> None:
    # A teaser card's excerpt ends cut off ('...'): the linked titles after it are the next cards.
    page = _introduced_list_page(PROSE.rstrip(".") + "...", RESOURCES)
    paragraphs = cleaner.clean(page, input_format="html").paragraphs
    assert not any(item in paragraphs for item in RESOURCES)


def test_a_nested_table_of_contents_with_unlinked_section_labels_is_kept() -> None:
    # A table of contents grouping its links under unlinked labels ('Before you go') is one list the
    # text introduces, labels and links alike.
    toc = (
        "<ul class='toc'><li>Before you go<ul class='toc'>"
        "<li><a href='#visa'>Getting a visa in time</a></li><li><a href='#money'>Money and cards abroad</a></li>"
        "</ul></li><li>On the road<ul class='toc'>"
        "<li><a href='#trains'>Riding the night trains</a></li><li><a href='#food'>Eating on a budget</a></li>"
        "</ul></li></ul>"
    )
    paras = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(6))
    page = _page(
        f"<article class='post-body'><h1>Travel guide</h1><p>Here is what this guide covers:</p>{toc}"
        f"{paras}</article>"
    )
    paragraphs = cleaner.clean(page, input_format="html").paragraphs
    for entry in ("Money and cards abroad", "On the road", "Riding the night trains", "Eating on a budget"):
        assert entry in paragraphs


def test_read_more_promo_between_paragraphs_goes_though_they_form_a_list() -> None:
    """'READ MORE: <headline>' set between an article's paragraphs points to another story. The line
    says so by itself, so the protection of a page's repeated elements (the article's many <p> of one
    container read as a list) does not keep it; a plain 'Read more' (a button) heads no section."""
    paras = [f"{PROSE}".replace("council", f"council {w}") for w in "abcdefgh"]
    promo = "<p><strong>READ MORE: <a href='/x'>Plague outbreak confirmed in the capital</a></strong></p>"

    def page(inset: str) -> str:
        parts = [
            f"<div class='text'><p>{a}</p><p>{b}</p>{inset if k == 1 else ''}</div>"
            for k, (a, b) in enumerate(zip(paras[::2], paras[1::2], strict=True))
        ]
        return _page("<div class='photo'><img src='x.jpg'></div>".join(parts))

    j = _judge(page(promo))
    assert j.paragraphs() == paras
    assert set(j.dropped_by.values()) == {"drop_inline_related_links"}
    assert _judge(page("<p><a href='/more'>Read more</a></p>")).paragraphs() == paras


POSTS = (
    (
        "Harbour festival returns with a longer programme",
        "The harbour festival is back this summer, and the "
        "organisers have added two more days of concerts and boat races for families.",
    ),
    (
        "New bus routes link the villages to the station",
        "Three new bus routes will run from the villages to "
        "the station from next month, the transport board said after a long consultation.",
    ),
    (
        "School garden wins the county prize",
        "Pupils who planted and tended the school garden over the "
        "last two years have won the county prize for the best community project.",
    ),
    (
        "Library extends its winter opening hours",
        "The library will stay open until eight in the evening "
        "during the winter months, after the council agreed to fund two more staff.",
    ),
    (
        "Bakery on the high street celebrates fifty years",
        "The family bakery on the high street has been "
        "baking bread for fifty years this week, and the owners invited the whole town to a party.",
    ),
)


def _entry(title: str, excerpt: str, tag: str = "h2") -> str:
    return (
        f"<div class='entry tag-{title.split()[0].lower()}'><{tag} class='entry-title'><a href='/p/{len(title)}'>{title}</a></{tag}>"
        f"<p class='date'>March 3, 2025</p><p class='excerpt'>{excerpt}</p></div>"
    )


def test_linked_titles_of_a_post_stream_beside_some_prose_are_kept() -> None:
    # A blog's index: entries of a linked heading over a date and an excerpt, the latest post shown in
    # full, each entry a container of its own class (tags and categories in the class words keep the
    # reader from seeing one repeated shape). The titles are the page's content, not a link list, though
    # the full post is a stretch of prose.
    full = "".join(f"<p>{PROSE} Note {i}.</p>" for i in range(6))
    entries = "".join(_entry(t, e) for t, e in POSTS)
    page = _page(
        "<nav><a href='/'>Home</a><a href='/about'>About us</a></nav><main>"
        f"{_entry('Council keeps the library open', full)}{entries}</main>"
    )
    paragraphs = cleaner.clean(page, input_format="html").paragraphs
    for title, excerpt in POSTS:
        assert title in paragraphs
        assert excerpt in paragraphs
    assert "Home About us" not in paragraphs


def test_related_posts_with_excerpts_under_an_article_are_still_dropped() -> None:
    # The same entries after a real article are its "related posts" box: the article's run ends before
    # them, and they go with their excerpts.
    article = "".join(f"<p>{PROSE} Point {i} of the story, told at some length here.</p>" for i in range(8))
    related = "".join(_entry(t, e, "h3") for t, e in POSTS)
    page = _page(
        f"<article><h1>Council keeps the library open</h1>{article}</article>"
        f"<div class='related-posts'><h2>Related posts</h2>{related}</div>"
    )
    paragraphs = cleaner.clean(page, input_format="html").paragraphs
    assert any("Point 7" in p for p in paragraphs)
    for title, excerpt in POSTS:
        assert title not in paragraphs
        assert excerpt not in paragraphs


def test_section_heading_among_a_front_pages_entries_cuts_nothing() -> None:
    """A news hub in HTML: headline and blurb entries in sections of their own, a 'Most read' heading
    after the first two and most entries still under it. No run of paragraphs makes an article whose
    related box the section would be (the check dumps have, see ``_listing_goes_on``)."""

    def entry(i: int, kind: str) -> str:
        blurb = PROSE.replace("council", f"council of town {i}")
        return f"<div class='{kind}'><h3>Council Delays Budget Vote Number {i}</h3><p>{blurb}</p></div>"

    first = "".join(entry(i, "lead") for i in range(2))
    rest = "".join(entry(i, f"card{i}") for i in range(2, 8))
    j = _judge(_page(f"<main><h1>Science</h1>{first}<h2>Most read</h2>{rest}</main>"))
    assert "drop_related_section" not in j.dropped_by.values()
    assert "Most read" in j.paragraphs()
    assert all(f"Council Delays Budget Vote Number {i}" in j.paragraphs() for i in range(1, 8))


def test_a_blurb_beside_a_listings_entries_is_no_article() -> None:
    """A page of entries with one paragraph of prose (a hub's intro, a promo box) and no stretch of
    paragraphs: that run holds under WEAK_RUN_WORD_SHARE of the page's words, so it is no article to cut
    the page down to; the entries above it stay."""
    blurb = f"{PROSE} {PROSE.replace('council', 'board')} Every flat below was inspected this month."
    rows = "".join(f"<li>Flat {i} on Mill Road with garden</li>" for i in range(90))
    j = _judge(_page(f"<main><h1>Flats to rent</h1><ul>{rows}</ul><p>{blurb}</p></main>"))
    assert "drop_outside_article" not in j.dropped_by.values()
    assert j.paragraphs() == [f"Flat {i} on Mill Road with garden" for i in range(90)] + [blurb]

    # With a stretch of paragraphs the page has an article, and the list above it is cut as before.
    story = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel", "jury"))
    j = _judge(_page(f"<main><h1>Flats to rent</h1><ul>{rows}</ul>{story}</main>"))
    assert "drop_outside_article" in j.dropped_by.values()


def test_an_undated_pages_unlinked_card_names_are_its_own() -> None:
    """A page declaring no date and no written piece (a company's service page) has no story for teasers to
    hang off: the unlinked names of its feature cards stay, while a run's linked line is still a teaser.
    With a declared date the same unlinked run is a teaser list again."""
    article = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel", "jury"))
    names = ["Automate repetitive work today", "Track every deal you make", "Share reports with your team"]
    cards = "".join(f"<div class='card'><h3>{n}</h3></div>" for n in names)
    cards += "<div class='card'><h3>See our <a href='/guide'>pricing guide</a> for teams</h3></div>"
    text = "".join(f"<p>{PROSE.replace('council', w)}</p>" for w in ("mayor", "clerk"))
    page = f"<main><h1>Sales software</h1>{article}<p>And more...</p>{cards}<h2>Why teams switch</h2>{text}</main>"
    j = _judge(_page(page))
    assert all(n in j.paragraphs() for n in names)
    linked = next(b.index for b in j.doc.blocks if b.text.startswith("See our pricing guide"))
    assert j.dropped_by[linked] == "drop_headline_lists"
    j = _judge(_page(page, DATED_HEAD))
    assert not any(n in j.paragraphs() for n in names)
    assert {j.dropped_by[b.index] for b in j.doc.blocks if b.text in names} == {"drop_headline_lists"}


def test_a_front_pages_headlines_are_its_content() -> None:
    """A page of bare headlines (no excerpts) and no stretch of paragraphs: no article for a teaser list
    to hang off, so drop_headline_lists leaves the run. Under an article the same run is teasers."""
    heads = "".join(
        f"<div class='k{i}'><h3>Council Delays Budget Vote In Town {i}</h3></div>" for i in range(6)
    )
    j = _judge(_page(f"<main><h1>Latest news</h1>{heads}<p>{PROSE}</p></main>"))
    assert "drop_headline_lists" not in j.dropped_by.values()
    assert "Council Delays Budget Vote In Town 3" in j.paragraphs()

    story = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel", "jury"))
    j = _judge(_page(f"<main><h1>Budget approved</h1>{story}</main><div>{heads}</div>"))
    assert "Council Delays Budget Vote In Town 3" not in j.paragraphs()


AUTHOR_LINK_SAMPLES = [
    '<a rel="author" href="/x">Jane Doe</a>',
    '<a rel="AUTHOR nofollow" href="/x">Jane Doe</a>',
    '<a rel="x\tauthor" href="/x">Jane Doe</a>',
    '<a rel="author\x0bx" href="/x">Jane Doe</a>',
    '<a rel="authors" href="/x">Jane Doe</a>',
    '<a href="https://example.org/author/jane">Jane Doe</a>',
    '<a href="/authors/jane">Jane Doe</a>',
    '<a href="/Author/jane">Jane Doe</a>',
    '<a href="/author-jane">Jane Doe</a>',
    '<a href="/writers/jane">Jane Doe</a>',
    '<a href="/contributors/jane">Jane Doe</a>',
    '<a href="/staff/jane">Jane Doe</a>',
    '<a href="/users/jane">Jane Doe</a>',
    '<a href="/contributor/jane">Jane Doe</a>',
    "<a>Jane Doe</a>",
    '<svg><a xlink:href="/author/jane">Jane Doe</a></svg>',
]


@pytest.mark.parametrize("link", AUTHOR_LINK_SAMPLES)
def test_author_link_test_agrees_with_its_selector(link: str) -> None:
    """The page's author links are told apart in Python (``_is_author_link``), not by asking lexbor to
    parse ``_AUTHOR_LINK_SELECTOR`` once per link: both must pick the same links."""
    from selectolax.lexbor import LexborHTMLParser

    from cleaner.read.html import _AUTHOR_LINK_SELECTOR, _is_author_link

    node = LexborHTMLParser(f"<body>{link}</body>").css("a")[0]
    assert _is_author_link(node.attributes) == node.css_matches(_AUTHOR_LINK_SELECTOR)


@pytest.mark.parametrize("link", AUTHOR_LINK_SAMPLES)
def test_page_query_finds_every_author_link(link: str) -> None:
    """The page query asks lexbor for fewer substrings than the exact selector ("/author" and "rs/" stand
    for the four page names): every link the exact selector matches must still be among its matches."""
    from selectolax.lexbor import LexborHTMLParser

    from cleaner.read.html import _AUTHOR_LINK_QUERY, _AUTHOR_LINK_SELECTOR

    node = LexborHTMLParser(f"<body>{link}</body>").css("a")[0]
    assert not node.css_matches(_AUTHOR_LINK_SELECTOR) or node.css_matches(_AUTHOR_LINK_QUERY)


def test_author_link_is_only_a_link_to_an_author_page() -> None:
    """A link the page query finds beyond the author links (a user's profile, '/users/...') is no byline;
    a link to a writer's page is."""
    assert read_html('<p><a href="/users/jane-doe">Jane Doe</a></p>').meta.author_link is None
    assert read_html('<p><a href="/writers/jane-doe">Jane Doe</a></p>').meta.author_link == "Jane Doe"


def test_language_is_read_from_the_first_html_tag() -> None:
    """``lang`` comes from the document's root element: a later <html> tag (or one inside SVG) does not
    change it."""
    doc = read_html('<html lang="de-AT"><body><svg><html lang="fr"></html></svg><html lang="it"><p>Text</p>')
    assert doc.meta.lang == "de"
    assert read_html("<p>No language</p>").meta.lang is None


def _paragraphs_around_main_gap(
    names: tuple[str, ...], suffix: str, gap: str, heading: str, later: str
) -> list[str]:
    """The paragraphs kept from a <main> without a stretch of paragraphs: a heading over four paragraphs,
    a grid of the short labels ``names``, the block ``gap``, the labels again with ``suffix``, and a later
    section ``later``; a footer line outside <main>."""
    labels = "".join(f"<div>{w}</div>" for w in names)
    more = "".join(f"<div>{w} {suffix}</div>" for w in names)
    intro = f"<h2>{heading}</h2>" + "".join(f"<p>{PROSE} Intro {i}.</p>" for i in range(4))
    return _judge(_page(f"<main>{intro}{labels}{gap}{more}{later}</main><div>Contact us</div>")).paragraphs()


def test_sentence_between_parts_of_a_service_page_main_stays() -> None:
    """A service page's <main> without a stretch of paragraphs: an intro, a grid of short feature labels
    with one sentence among them, and a later section. The search for further runs after the article
    takes the later section (it outscores the lone sentence) and never looks between the two, so the
    sentence was dropped with the labels; inside the same <main> it is the page's text. The labels stay
    dropped: only prose fills the gap."""
    names = ("Audit", "Monitor", "Respond", "Recover", "Detect", "Protect", "Govern", "Identify")
    sentence = "Companies are most vulnerable to attacks during a migration of their systems to the cloud."
    process = f"<h2>Our process</h2><p>{PROSE} Steps.</p>"
    paragraphs = _paragraphs_around_main_gap(
        names, "plans", f"<p>{sentence}</p>", "Managed security", process
    )
    assert sentence in paragraphs
    assert f"{PROSE} Steps." in paragraphs
    assert not any(p.startswith(("Audit", "Detect")) for p in paragraphs)


def test_a_long_unlinked_line_between_parts_of_a_shop_page_main_stays() -> None:
    """As a sentence there (above), an unlinked line of MAIN_GAP_LINE_MIN_WORDS words between parts of a
    <main> without a stretch of paragraphs is the page's text, though it ends no sentence: a product's
    ingredient line among its option labels. The labels, shorter, stay dropped."""
    names = ("Small", "Medium", "Large", "Tin", "Jar", "Box", "Bag", "Gift")
    line = "Ingredients: cane sugar, cream, butter, sea salt and natural vanilla flavour"
    care = f"<h2>Storage</h2><p>{PROSE} Keep cool.</p>"
    paragraphs = _paragraphs_around_main_gap(names, "pack", f"<div>{line}</div>", "Sea salt caramels", care)
    assert line in paragraphs
    assert f"{PROSE} Keep cool." in paragraphs
    assert not any(p.startswith(("Small", "Gift")) for p in paragraphs)


def test_hero_lines_above_a_service_page_main_stay() -> None:
    """A service page's <main> without a stretch of paragraphs opens on its hero (under the title and its
    subtitle): a tagline heading and a line selling the offer, short and without a full stop, above the
    sections the run finds. Inside the
    same <main> they are the page's text; the hero's button and a one-word badge stay dropped, and so does
    the menu outside the <main>."""
    menu = "<nav><a href='/'>Home</a> <a href='/plans'>Plans</a> <a href='/about'>About</a></nav>"
    hero = (
        "<h1>Pet insurance</h1><p>Compare pet insurance plans in minutes</p>"
        "<h3>Coverage for cats and dogs</h3>"
        "<div>Save up to $273 each year by comparing the top providers</div>"
        "<div><a href='/quote'>Get a quote</a></div><div>Trusted</div>"
    )
    steps = "<h2>How it works</h2>" + "".join(f"<p>{PROSE} Step {i}.</p>" for i in range(3))
    j = _judge(_page(f"{menu}<main>{hero}{steps}</main>", "<title>Pet insurance</title>"))
    paragraphs = j.paragraphs()
    assert "Coverage for cats and dogs" in paragraphs
    assert "Save up to $273 each year by comparing the top providers" in paragraphs
    assert f"{PROSE} Step 0." in paragraphs
    assert not any(p in ("Get a quote", "Trusted", "Home") for p in paragraphs)


def test_linked_titles_between_the_entries_of_a_front_page_main_stay() -> None:
    """A section front's <main>: entries of a linked title over a blurb and a byline, six entries in the
    middle a title and a byline alone (each entry a box of its own kind, so no repeated list spares them).
    The run is found on the blurbs; the blurbless titles between the two runs scored a penalty and were
    dropped between the parts they join, and the first title above the run. They are the page's entries;
    the bylines in between stay dropped (no heading, no text)."""
    entries = []
    for i in range(10):
        title = f"<h3><a href='/story-{i}'>Researchers report a new finding in study number {i}</a></h3>"
        blurb = f"<p>{PROSE} {PROSE} Entry {i}.</p>" if i < 2 or i > 7 else ""
        entries.append(f"<div class='story story--{chr(97 + i)}'>{title}{blurb}<div>Writer {i}</div></div>")
    j = _judge(_page(f"<main><h1>Science</h1>{''.join(entries)}</main>", "<title>Science</title>"))
    paragraphs = j.paragraphs()
    for i in range(10):
        assert f"Researchers report a new finding in study number {i}" in paragraphs
    assert f"{PROSE} {PROSE} Entry 9." in paragraphs
    assert "Writer 4" not in paragraphs


def test_container_name_shortcuts_agree_with_the_patterns() -> None:
    """The set test of a word's parts is _CONTENT_ATTR_RE; strings without a side-note opening and
    modifiers absent from the string are answered without the regexes, as the regexes would."""
    from cleaner.rules.structure import (
        _CONTENT_ATTR_RE,
        _SIDE_NOTE_ATTR_RE,
        _content_word,
        _modifier_names_content,
        _side_note_name,
    )

    words = [
        "content", "entry-content", "articlebody", "article_body", "main-", "-post", "x__text", "posted",
        "contents", "subarticle", "rte-block", "mainnav", "story_", "bodytext", "",
    ]  # fmt: skip
    for word in words:
        assert _content_word.__wrapped__(word) == (_CONTENT_ATTR_RE.search(word) is not None), word
    assert _SIDE_NOTE_ATTR_RE.search("usertitle") and _side_note_name.__wrapped__("usertitle") == "usertitle"
    assert _side_note_name.__wrapped__("about-the-author-box x") == "about-the-author"
    assert _side_note_name("widget entry-meta sidebar") is None  # no opening at all
    # One class word per alternative of the side-note parts: the openings' prefilter lets each through.
    for word in [
        "shortbio", "biography", "post-cta", "disclaimer", "affiliate-disclosure", "about-the-author",
        "about_writers", "writers-box", "contributor-profile", "authorinfo", "user-info", "usersstats",
        "user-action-time", "postprofile", "ips-signature",
    ]:  # fmt: skip
        assert _SIDE_NOTE_ATTR_RE.search(word), word
        assert _side_note_name.__wrapped__(word) is not None, word
    assert not _modifier_names_content("widget", ["widget", "sidebar"], "widget sidebar")
    assert _modifier_names_content("widget", ["widget", "widget-post-content"], "widget widget-post-content")


def test_a_shops_runs_of_short_lines_are_the_products_own() -> None:
    """On a shop's page (a cart button) a run of spec labels between the description and its care section
    is the product's: drop_headline_lists leaves it. The same run on a page that sells nothing is a teaser
    list."""
    story = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel", "jury"))
    specs = "".join(
        f"<div class='spec'>{s}</div>"
        for s in (
            "Case Material Stainless Steel",
            "Case Size 44 mm",
            "Glass Type Mineral Crystal",
            "Strap Width 22 mm",
        )
    )
    for buy, kept in (("<button>Add to cart</button>", True), ("", False)):
        care = f"<h2>Care</h2><p>{PROSE.replace('council', 'owner')} {PROSE}</p>"
        j = _judge(_page(f"<main><h1>Classic watch</h1>{buy}{story}{specs}{care}</main>", DATED_HEAD))
        assert ("drop_headline_lists" not in j.dropped_by.values()) is kept
        assert ("Case Size 44 mm" in j.paragraphs()) is kept


def test_a_one_word_label_with_a_colon_opens_no_related_section() -> None:
    """'Recommended:' labels the recommended machine after 'Minimum:' in a game's system requirements: the
    list under it is the page's, not a related section. A 'Recommended' heading without the colon still
    opens one."""
    story = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel", "jury"))
    specs = "<ul><li>OS: Windows 10</li><li>Memory: 8 GB RAM</li><li>Storage: 50 GB available space</li></ul>"
    for label, kept in (("Recommended:", True), ("Recommended", False)):
        page = (
            f"<main><h1>Trail Racer</h1>{story}<h2>System requirements</h2><p>Minimum:</p>{specs}"
            f"<p>{label}</p>{specs.replace('8 GB', '16 GB')}</main>"
        )
        j = _judge(_page(page))
        rule = {j.dropped_by.get(b.index) for b in j.doc.blocks if b.text == "Memory: 16 GB RAM"}
        assert ("drop_related_section" not in rule) is kept, label


def test_a_shops_hover_popups_are_dropped() -> None:
    """On a page declaring a product a tooltip's text explains a term ('Open-back designs leak sound'): it
    goes. On a page that sells nothing the same markup is left alone."""
    tip = (
        "<div class='spec-name'>Open-back</div><div class='tool-tip__content'>Open-back headphone designs are "
        "often higher-performance but leak sound to the people around you.</div>"
    )
    desc = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel"))
    for head, dropped in (('<meta property="og:type" content="product">', True), ("", False)):
        j = _judge(_page(f"<main><h1>Studio headphones</h1>{desc}<div>{tip}</div></main>", head))
        rules = _rules_over(j, "leak sound")
        assert ("drop_shop_tooltips" in rules) is dropped


def _declared_product_sheet(parts: str, head: str) -> Judged:
    """A headphone product's page whose description surrounds PARTS, declared a product when HEAD says so."""
    desc = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel"))
    specs = "<ul class='product-specs'><li>Driver size 40 mm</li><li>Weight 250 g</li></ul>"
    return _judge(_page(f"<main><h1>Studio headphones</h1>{parts}{desc}{specs}</main>", head))


@pytest.mark.parametrize(
    ("rule", "parts", "dropped", "kept"),
    [
        pytest.param(
            # An element named a banner, a badge, an overlay or a sale: a loyalty strip, a trust badge, a help
            # bubble, a sale's terms; a class saying the element holds one ('has-badge-row') names none.
            "drop_shop_banners",
            "<div class='lm--product-banner__content'>Members earn 179 points on this purchase.</div>"
            "<div class='trust-badge-text'>Great customer service, easy returns and fast delivery.</div>"
            "<div class='infotip__overlay'>Customs may apply import fees when your item arrives.</div>"
            "<div class='sale-info'>Outlet items are not eligible for refunds or exchanges.</div>"
            "<div class='product-tile has-badge-row'>Available in space grey, blue and starlight.</div>",
            ("179 points", "easy returns", "import fees", "Outlet items"),
            ("starlight", "Driver size", "board"),
            id="banners",
        ),
        pytest.param(
            # The buy box's controls named for what they do: the size picker of an 'add-to-cart' form, a
            # quantity stepper, the ways to pay, the selling-points strip; 'has-swatch' names none.
            "drop_purchase_controls",
            "<div class='add-to-cart__sizes'>Select a size</div>"
            "<div class='quantity-selector'>Quantity: one, two or three</div>"
            "<div class='payment-icons'>Pay in four interest-free instalments</div>"
            "<div class='usp-bar'>Free standard delivery on orders over fifty dollars</div>"
            "<div class='product-tile has-swatch'>Available in space grey, blue and starlight.</div>",
            ("Select a size", "Quantity", "instalments", "standard delivery"),
            ("starlight", "Driver size", "board"),
            id="purchase-controls",
        ),
    ],
)
def test_a_declared_products_named_promotions_and_controls_are_dropped(
    rule: str, parts: str, dropped: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    """On a page declaring a product, elements whose innermost class words name a promotion or a purchase
    control go, and the description and specs stay; on a page that sells nothing the same markup stays."""
    for head, declared in (('<meta property="og:type" content="product">', True), ("", False)):
        j = _declared_product_sheet(parts, head)
        for phrase in dropped:
            assert (rule in _rules_over(j, phrase)) is declared, phrase
        for phrase in kept:
            assert rule not in _rules_over(j, phrase), phrase


def test_text_for_screen_readers_only_is_dropped() -> None:
    """A block whose own element is hidden from sight for screen readers ('sr-only', 'visually-hidden',
    'screen-reader-text') goes; a paragraph holding such a span inline stays, and so does an element
    whose class merely starts with the name ('visually-hidden-focusable': a skip link shown on focus)."""
    desc = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel"))
    hidden = (
        "<h2 class='sr-only'>Filter controls</h2>"
        "<p class='visually-hidden'>This is an image gallery with clickable slides. Use the buttons to move.</p>"
        "<div class='screen-reader-text'>Results list</div>"
    )
    inline = "<p class='lead'>The trail pack <span class='sr-only'>(opens a size chart)</span> fits all.</p>"
    skip = "<div class='visually-hidden-focusable'>Skip to the trail pack's details</div>"
    j = _judge(_page(f"<main><h1>Trail pack</h1>{hidden}{desc}{inline}{skip}</main>"))
    for phrase in ("Filter controls", "image gallery", "Results list"):
        assert _rules_over(j, phrase) == {"drop_screen_reader_text"}, phrase
    for phrase in ("fits all", "Skip to"):
        assert "drop_screen_reader_text" not in _rules_over(j, phrase), phrase


def test_an_invitation_to_sign_in_is_chrome() -> None:
    """'Log in to set a price alert on this product.', 'Please sign in to post.' are the site's account
    prompts; a tutorial's step into one's own account and a shop's 'Sign in for free shipping' are not."""
    prompts = [
        "Log in to set a price alert on this product.",
        "Please sign in to post.",
        "Sign in to continue",
    ]
    kept = ["Log in to your developer console and open the settings.", "Sign in for free shipping"]
    desc = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel"))
    lines = "".join(f"<p>{line}</p>" for line in (*prompts, *kept))
    j = _judge(_page(f"<main><h1>Trail pack</h1>{desc}{lines}</main>"))
    rules = {b.text: j.dropped_by.get(b.index) for b in j.doc.blocks}
    assert [rules[line] for line in prompts] == ["drop_site_chrome"] * 3
    assert all(rules[line] != "drop_site_chrome" for line in kept)


def test_a_gallerys_counter_is_a_viewer_control() -> None:
    """'Picture 1 of 3' under a product's photos is the gallery's counter, dropped as a player's timestamp
    is."""
    desc = "".join(f"<p>{PROSE.replace('council', w)} {PROSE}</p>" for w in ("board", "panel"))
    j = _judge(
        _page(f"<main><h1>Trail pack</h1><div>Picture 1 of 3</div><div>Image 2 of 12</div>{desc}</main>")
    )
    assert {j.dropped_by.get(b.index) for b in j.doc.blocks if " of " in b.text and b.words <= 4} == {
        "drop_player_residue"
    }


def test_a_button_of_the_page_is_dropped_but_a_question_button_is_kept() -> None:
    paras = ["".join(f"<p>{PROSE} Part {part}, paragraph {i}.</p>" for i in range(3)) for part in range(3)]
    faq = "<button>How long does the library stay open in winter?</button>"
    j = _judge(
        _page(
            f"<article><h1>The headline of it</h1>{paras[0]}<button>Save this story</button>{paras[1]}"
            f"{faq}<p>{PROSE} The answer.</p><button>Send feedback</button>{paras[2]}</article>"
        )
    )
    labels = {b.text: j.label(b) for b in j.doc.blocks}
    assert labels["Save this story"] == "drop_page_controls"
    assert labels["Send feedback"] == "drop_page_controls"
    assert labels["How long does the library stay open in winter?"] == "kept"
    assert "Save this story" not in j.paragraphs()


def test_a_caption_of_the_pages_form_is_dropped_but_a_cards_label_is_kept() -> None:
    """A <label> or a <legend> outside a list's items captions the page's form controls (a size picker, a
    colour swatch); a label inside each card of a list is the card's own text, left to the item rules."""
    paras = ["".join(f"<p>{PROSE} Part {part}, paragraph {i}.</p>" for i in range(3)) for part in range(2)]
    picker = (
        "<div class='sizes'><label>US 9½-13</label><input type='radio'></div>"
        "<fieldset><legend>Color: white</legend><input type='radio'></fieldset>"
    )
    cards = "".join(
        f"<li class='plan'><label class='plan-name'>Plan {n} seats</label><p>For teams of {n} people.</p></li>"
        for n in ("two", "five", "nine", "forty")
    )
    j = _judge(
        _page(
            f"<main><article><h1>Team socks</h1>{paras[0]}{picker}{paras[1]}<ul class='plans'>{cards}</ul>"
            "</article></main>"
        )
    )
    labels = {b.text: j.label(b) for b in j.doc.blocks}
    assert labels["US 9½-13"] == "drop_page_controls"
    assert labels["Color: white"] == "drop_page_controls"
    assert labels["Plan two seats"] == "kept"


def test_a_link_dressed_as_a_button_is_dropped_but_a_plain_linked_line_is_kept() -> None:
    paras = ["".join(f"<p>{PROSE} Part {part}, paragraph {i}.</p>" for i in range(3)) for part in range(2)]
    for wrapper, label in (("wp-block-button", "drop_page_controls"), ("hero-actions", "kept")):
        link = f"<div class='{wrapper}'><a href='/demo'>Get a Demo</a></div>"
        j = _judge(
            _page(f"<main><article><h1>The headline of it</h1>{paras[0]}{link}{paras[1]}</article></main>")
        )
        assert {b.text: j.label(b) for b in j.doc.blocks}["Get a Demo"] == label


def test_a_products_description_in_a_panel_is_kept_other_panels_are_not() -> None:
    """A shop's description shown in a sheet or a modal that a button opens (an <aside>, an element named a
    modal) is the product's text when the panel opens with a description heading; a panel headed otherwise
    (delivery terms) stays dropped, and so does the described panel on a page declaring no product."""
    desc = f"<p>{PROSE}</p>"
    knit, shelf, post = (PROSE.replace("council", w) for w in ("knit", "shelf", "courier"))
    sheets = (
        f"<button>Description</button><aside class='sheet'><h5>Description</h5><p>{knit}</p></aside>"
        f"<button>Delivery</button><aside class='sheet'><h5>Delivery &amp; Returns</h5><p>{post}</p></aside>"
        f"<div class='details-modal'><h2>Product details</h2><p>{shelf}</p></div>"
    )
    for head, kept in (('<meta property="og:type" content="product">', True), ("", False)):
        j = _judge(_page(f"<main><h1>Wool sweater</h1>{desc}{sheets}</main>", head))
        labels = {b.text: j.label(b) for b in j.doc.blocks}
        assert (labels[knit] == "kept") is kept, labels[knit]
        assert (labels[shelf] == "kept") is kept, labels[shelf]
        assert labels[post] == "drop_html_landmarks"


def test_bare_byline_and_stamp_labels_and_a_likes_placeholder_are_chrome() -> None:
    # A byline's or an update stamp's label on a line of its own (its name or date in the next element)
    # and WordPress's likes widget before its script runs are no text of the article (CHROME); a sentence
    # opening with the same words stays.
    story = "Written by hand in 1850, the council's first budget survives in the town library."
    body = (
        "<main><article><h1>Budget Vote Delayed Again</h1>"
        f"<p>{PROSE}</p><div><div>Written by</div><div>Jane Doe</div></div>"
        "<div>Reviewed by</div><div>Sam Lee</div><div>Last updated:</div><div>May 4, 2025</div>"
        f"<p>{story}</p><p>{PROSE.replace('council', 'board')}</p>"
        f"<div class='likes-widget-placeholder'>Like Loading…</div><p>{PROSE.replace('the', 'a')}</p>"
        "</article></main>"
    )
    judged = _judge(_page(body))
    labels = {b.text: judged.label(b) for b in judged.doc.blocks}
    assert labels["Reviewed by"] == labels["Last updated:"] == labels["Like Loading…"] == "drop_site_chrome"
    assert labels[story] == labels[PROSE] == "kept"


def test_an_update_stamp_on_its_own_is_dropped_outside_item_lists() -> None:
    # 'Updated on <date>' alone in its element is the page's meta (UPDATE_STAMP_OPENINGS); a sentence
    # telling of an update stays, and a listing's cards keep theirs for the item rules.
    stamp = "Last updated on June 2, 2025"
    story = "Updated on Monday, the plan adds two buses to the morning route and one to the evening."
    body = (
        "<main><article><h1>Budget Vote Delayed Again</h1>"
        f"<p>{PROSE}</p><p>{story}</p><div>{stamp}</div><p>{PROSE.replace('council', 'board')}</p>"
        f"<p>{PROSE.replace('the', 'a')}</p></article></main>"
    )
    judged = _judge(_page(body))
    labels = {b.text: judged.label(b) for b in judged.doc.blocks}
    assert labels[stamp] == "drop_site_chrome"
    assert labels[story] == labels[PROSE] == "kept"


def test_the_teaser_under_a_previous_article_link_is_dropped() -> None:
    # The links to the neighbouring posts end the story (drop_after_closing_controls): the teaser of the
    # previous post under its link goes, the story above stays.
    teaser = (
        "Roadschooling is a way for families who travel to keep teaching their children on the road, and "
        "many of them swear by it."
    )
    paragraphs = [PROSE.replace("council", w) for w in ("council", "board", "panel")]
    body = (
        "<main><article><h1>Budget Vote Delayed Again</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<div><a href='/prev'>Previous article</a></div><div><h4>How Families Learn on the Road</h4>"
        + f"<p>{teaser}</p><a href='/next'>Next article</a></div></article></main>"
    )
    judged = _judge(_page(body))
    labels = {b.text: judged.label(b) for b in judged.doc.blocks}
    assert labels[teaser] == labels["How Families Learn on the Road"] == "drop_after_closing_controls"
    assert all(labels[p] == "kept" for p in paragraphs)


def test_a_writers_bio_closing_an_html_article_goes() -> None:
    # drop_author_bio reads HTML too, at the end of the article drop_outside_article cut: the byline's name
    # over 'Jane Doe is a reporter ...' under the text is the writer's box, whatever its classes.
    bio = "Jane Doe is a reporter who covers city hall and the county budget for the paper since 2015."
    paragraphs = "".join(
        f"<p>{PROSE.replace('council', w)}</p>" for w in ("council", "board", "panel", "city")
    )
    body = (
        "<main><article><h1>Budget Vote Delayed Again</h1><p class='by'>By Jane Doe</p>"
        + paragraphs
        + f"<div class='x'><p>Jane Doe</p><p>{bio}</p></div></article></main>"
    )
    judged = _judge(_page(body))
    labels = {b.text: judged.label(b) for b in judged.doc.blocks}
    assert labels[bio] == "drop_author_bio"
    assert labels[PROSE] == "kept"


def test_may_open_late_bio_is_asked_before_the_bio_tests() -> None:
    # The HTML gate passes every line the rule's own tests could open a box on, and no plain paragraph.
    from cleaner.blocks import Block
    from cleaner.rules.related import _may_open_late_bio

    def block(text: str) -> Block:
        return Block(index=0, text=text)

    for opener in (
        "About the Author",
        "Jane Doe",
        "Written by Jane Doe, Senior Analyst",
        "Hi, I'm Chris! I write about coffee, travel and the small joys of a slow morning at home.",
        "About the author: Jane Doe is a freelance photographer based in Lisbon, Portugal.",
        "Jane Doe is a freelance writer who covers personal finance for several national magazines.",
    ):
        assert _may_open_late_bio(block(opener)), opener
    assert not _may_open_late_bio(block(PROSE))


def test_a_section_heading_over_a_kept_block_is_spared() -> None:
    # drop_outside_article's drops lose the <h2>/<h3> right over a block it keeps (a kept section's title);
    # a heading over dropped blocks, an <h4> card title and the last of a row of <h2> names still go.
    alive = [
        Block(index=0, text="Connect your business apps", heading=2, tag="h2"),
        Block(index=1, text=PROSE),
        Block(index=2, text="Explore our other products", heading=3, tag="h3"),
        Block(index=3, text="Pricing", link_density=1.0),
        Block(index=4, text="Top rated by reviewers", heading=4, tag="h4"),
        Block(index=5, text=PROSE),
        Block(index=6, text="Acme Bank", heading=2, tag="h2"),
        Block(index=7, text="Globex", heading=2, tag="h2"),
        Block(index=8, text=PROSE),
    ]
    between = "between parts of the article"
    drops = [(0, between), (2, between), (3, between), (4, between), (6, between), (7, between)]
    assert [i for i, _ in _spare_section_headings(alive, drops)] == [2, 3, 4, 6, 7]
