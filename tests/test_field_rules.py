"""Small, general behaviours the golden fixtures exposed; each test is the minimal page showing one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cleaner
from cleaner.article import Article
from cleaner.blocks import Block
from cleaner.fields.text_signals import (
    _DATED_BYLINE_RE,
    BYLINE_OPENERS,
    BYLINE_RE,
    byline_name,
    may_be_byline,
)

PROSE = (
    "The committee met on Tuesday to discuss the proposal, and most of its members said they would "
    "support the plan if the costs stayed within the budget agreed last year."
)
BODY = "\n\n".join([PROSE, PROSE.replace("Tuesday", "Wednesday"), PROSE.replace("Tuesday", "Friday")])


def test_comments_heading_taken_for_a_counter_still_cuts_the_comments() -> None:
    page = (
        f"Garden Notes\n\nA Post About Tomatoes\n\n{BODY}\n14 Comments\nAnna\nLovely post, thanks!\nReply\n"
    )
    article = cleaner.clean(page)
    assert article.paragraphs[-1].startswith("The committee met on Friday")


def test_reply_counter_under_a_forum_post_does_not_cut_the_thread() -> None:
    page = f"Forum\n\nHow do I do this\n\n{BODY}\n2 replies\n{PROSE.replace('Tuesday', 'Monday')}\n"
    assert any("Monday" in p for p in cleaner.clean(page).paragraphs)


def test_tags_and_reading_time_lines_are_not_paragraphs() -> None:
    page = f"Site\n\nHeadline Of The Post Here\nLecture 4 min.\n{BODY}\nFiled under: Bread, Sourdough\n"
    paragraphs = cleaner.clean(page).paragraphs
    assert "Lecture 4 min." not in paragraphs
    assert "Filed under: Bread, Sourdough" not in paragraphs


def test_bylines_with_the_date_before_or_after_the_name() -> None:
    assert byline_name(Block(0, "Posted on March 3, 2024 by Ellen Park")) == "Ellen Park"
    assert byline_name(Block(0, "By Jane Doe 5 October 2024")) == "Jane Doe"
    assert byline_name(Block(0, "Posted 07/01/2025")) is None
    assert byline_name(Block(0, "By Jill Barshay August 5, 2024")) == "Jill Barshay"
    assert byline_name(Block(0, "By Korin MillerPublished Jan 5, 2024")) == "Korin Miller"
    assert byline_name(Block(0, "By Feb 12, 2024")) is None
    assert byline_name(Block(0, "By Theresa May")) == "Theresa May"


def test_the_byline_prefilter_knows_every_label_and_verb() -> None:
    # may_be_byline turns a line away before the byline regexes only when none of them could match: every
    # label and verb they open with is among BYLINE_OPENERS.
    for rx in (BYLINE_RE, _DATED_BYLINE_RE):
        found = re.match(r"\^\(\?:(.*?)\)(?:\\s\*|\\b)", rx.pattern)
        assert found is not None
        for alternative in found.group(1).split("|"):
            word = re.match(r"[^\W\d_]+", alternative)
            assert word is not None and word.group(0)[:2].lower() in BYLINE_OPENERS, alternative
    assert byline_name(Block(0, "Reporter: Jane Doe")) == "Jane Doe"
    assert byline_name(Block(0, "Veröffentlicht am 3. Mai 2024 von Jan Roth")) == "Jan Roth"
    assert not may_be_byline("Jane Doe wrote this")
    assert may_be_byline("Mon, 12 Oct 2023 by Jane Doe")
    assert may_be_byline("Ébauche par Léa Roux")  # not ASCII: left to the regexes


def test_a_hyphen_ends_a_bylines_name_only_between_spaces() -> None:
    # Inside a word it joins a name; with spaces around it, it sets off the comments count.
    assert byline_name(Block(0, "By Jean-Luc Martin - 5 Comments")) == "Jean-Luc Martin"
    assert byline_name(Block(0, "December 20, 2025 by Mary-Kate Olsen")) == "Mary-Kate Olsen"


def test_a_dot_operator_sets_off_a_bylines_fields_like_a_middle_dot() -> None:
    assert byline_name(Block(0, "By Jane Doe ⋅ Senior Review Analyst ⋅ Updated March 5, 2025")) == "Jane Doe"
    assert byline_name(Block(0, "By Jean-Luc Martin ⋅ Review Editor")) == "Jean-Luc Martin"


def test_masthead_below_a_skip_link_is_named_by_the_copyright_line() -> None:
    page = (
        f"Skip to content\nSlow Loaf\nHome\nRecipes\nThe Rye Starter That Beat Me\n{BODY}\n© 2024 Slow Loaf\n"
    )
    article = cleaner.clean(page)
    assert article.site == "Slow Loaf"
    assert article.title == "The Rye Starter That Beat Me"


def test_masthead_may_hold_a_channel_number() -> None:
    page = f"KRVT News 8\n\nWildfire Forces Evacuation of 400 Homes\n{BODY}\n"
    assert cleaner.clean(page).site == "KRVT News 8"


def test_a_menu_line_ends_the_headline_block() -> None:
    page = f"Prairie Herald\nNews\nE-Edition\nSubscribe\nCounty Approves Four-Day School Week\nBy Jane Doe\n{BODY}\n"
    article = cleaner.clean(page)
    assert (article.title, article.subtitle) == ("County Approves Four-Day School Week", None)


def test_long_unpunctuated_line_opening_the_body_is_the_standfirst() -> None:
    dek = (
        "La commune de Saint-Alban-des-Cimes investit dans le VTT, la randonnée et un centre "
        "d'interprétation pour réduire sa dépendance à la neige"
    )
    page = f"Le Courrier\n\nMenu\nUne station de ski mise sur les quatre saisons\n{dek}\nPar Claire Martin\n{BODY}\n"
    article = cleaner.clean(page)
    assert article.subtitle == dek
    assert dek not in article.paragraphs


def test_html_title_tag_holding_only_the_site_name() -> None:
    page = (
        "<html><head><title>Millbrook Community News</title></head><body>"
        "<div><a href='/'>Millbrook Community News</a> <a href='/e'>Events</a></div>"
        f"<h1>Volunteers Restore the Bandstand</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></body></html>"
    )
    article = cleaner.clean(page)
    assert (article.site, article.title) == ("Millbrook Community News", "Volunteers Restore the Bandstand")


def test_language_of_a_page_without_article_text() -> None:
    page = (
        "The Post\n\nLatest in Science\nDeep-Sea Robot Films Octopus Nursery\nWhy Your Bread Smells Odd\n" * 3
    )
    assert cleaner.clean(page).language == "en"


def test_text_output_keeps_the_head_together_and_cleans_to_itself() -> None:
    article = Article(
        title="City Hedgehogs Are Bouncing Back. Their Country Cousins Are Not.",
        subtitle="A decade of surveys shows urban populations recovering as gardeners cut holes in fences",
        date="2025-04-08",
        paragraphs=tuple(BODY.split("\n\n")),
    )
    text = article.to_text()
    assert text.startswith(f"{article.title}\n{article.subtitle}\n2025-04-08\n\n{PROSE}\n\n")
    again = cleaner.clean(text)
    assert (again.title, again.subtitle, again.date, again.paragraphs) == (
        article.title,
        article.subtitle,
        article.date,
        article.paragraphs,
    )


def test_a_blog_name_over_the_post_in_the_head_group_is_not_the_title() -> None:
    # The shape of the text output (title, subtitle, date, blank line, text), but the first line is the
    # blog's name, which the text never uses, or a breadcrumb trail ending in the headline follows it.
    post = "Council Approves the Riverside Committee Budget"
    named = cleaner.clean(f"Rogers Weblog\n{post}\n8 April 2025\n\n{BODY}\n")
    assert named.title == post
    trail = cleaner.clean(f"Field Notes\nhome > notes > council > {post}\n{post}\n\n{BODY}\n")
    assert trail.title == post


def _page(head: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in (PROSE, PROSE, PROSE))
    return f"<html><head>{head}</head><body>{body}{paras}</body></html>"


def test_headline_broken_by_br_is_one_title_and_no_paragraph() -> None:
    article = cleaner.clean(
        _page("<title>Data Analytics Agency | Punto</title>", "<h1>Data Analytics<br>Agency</h1>")
    )
    assert article.title == "Data Analytics Agency"
    assert "Agency" not in article.paragraphs


def test_a_button_inside_the_heading_is_not_the_title() -> None:
    page = _page(
        "<title>runtime - Toolkit docs</title>",
        "<h1>Module runtime <button>Copy item path</button></h1>",
    )
    assert cleaner.clean(page, input_format="html").title == "Module runtime"


def test_a_forum_badge_glued_to_the_thread_name_is_not_the_title() -> None:
    badge = '<h1><span class="label">Solved</span><span>&nbsp;</span>Bandstand paint keeps peeling</h1>'
    page = _page("<title>Solved - Bandstand paint keeps peeling | Town Forum</title>", badge)
    assert cleaner.clean(page, input_format="html").title == "Bandstand paint keeps peeling"
    # A heading that shows the separator itself keeps its first part.
    shown = "<h1>Zero Waste - A Beginner's Guide</h1>"
    page = _page("<title>Zero Waste - A Beginner's Guide | Town Gazette</title>", shown)
    assert cleaner.clean(page, input_format="html").title == "Zero Waste - A Beginner's Guide"


def test_a_products_variant_after_a_dash_is_not_its_name() -> None:
    # A shop's product heading: the name, a spaced dash, then the variant; only a page declaring the
    # product reads it so (an article's 'Zero Waste - A Beginner's Guide' stays whole, as above).
    ld = '<script type="application/ld+json">{"@type": "Product", "name": "Trail pack"}</script>'
    heading = "<h1>Trail Pack 30 - Moss Green</h1>"
    page = _page(f"<title>Trail Pack 30 - Moss Green | Hillside Outfitters</title>{ld}", heading)
    assert cleaner.clean(page, input_format="html").title == "Trail Pack 30"
    plain = _page("<title>Trail Pack 30 - Moss Green | Hillside Outfitters</title>", heading)
    assert cleaner.clean(plain, input_format="html").title == "Trail Pack 30 - Moss Green"
    # A variant told in more words than the name, or a title listing facts between several dashes, stays.
    long = "<h1>Trail Pack - Moss Green with Orange Straps</h1>"
    assert (
        cleaner.clean(_page(ld, long), input_format="html").title
        == "Trail Pack - Moss Green with Orange Straps"
    )
    facts = "<h1>Trail Pack - 30 Litres - Moss Green</h1>"
    assert cleaner.clean(_page(ld, facts), input_format="html").title == "Trail Pack - 30 Litres - Moss Green"


def test_date_opening_a_headline_is_not_part_of_the_title() -> None:
    article = cleaner.clean(
        _page("", "<h1><time>Dec <span>18</span> 2025</time><br>Preparing a transition in Debusine</h1>")
    )
    assert article.title == "Preparing a transition in Debusine"


def test_site_name_in_the_h1_gives_way_to_the_heading_the_page_declares() -> None:
    # Blog templates: the <h1> is the logo, the post title is an <h2> that matches the <title>.
    page = _page(
        "<title>Progress Report #39 | Antoyo's Blog</title>",
        "<header><h1><a href='/'>Antoyo's Blog</a></h1></header><h2>Progress Report #39</h2>",
    )
    assert cleaner.clean(page).title == "Progress Report #39"


def test_a_logo_h1_linking_home_gives_way_to_the_declared_title() -> None:
    # Forum themes put the logo in a linked <h1>; the thread's name is in the <title> and on a plain line.
    head = "<title>Which sealant lasts longest? / Repairs / Harbour Forums</title>"
    logo = "<h1><a href='/'>Harbour</a></h1><div>Which sealant lasts longest?</div>"
    assert cleaner.clean(_page(head, logo)).title == "Which sealant lasts longest?"
    # A headline linking to its own page is still the headline.
    own = "<h1><a href='/t/42'>Which sealant lasts longest?</a></h1>"
    assert cleaner.clean(_page(head, own)).title == "Which sealant lasts longest?"


def test_footer_h1s_unlike_the_declared_title_do_not_name_the_page() -> None:
    # A theme setting its footer's box titles as <h1>s: they head the boxes, the <title> names the page.
    head = "<title>Harbour dredging resumes after winter – Harbour Gazette</title>"
    footer = "<footer><h1>Contact Us</h1><p>12 Quay Street</p><h1>Follow Us</h1></footer></body>"
    page = _page(head, "").replace("</body>", footer)
    assert cleaner.clean(page, input_format="html").title == "Harbour dredging resumes after winter"
    # A footer <h1> wording the declared title is still the headline, in its own words.
    footer = "<footer><h1>Harbour Dredging Resumes After the Winter</h1></footer></body>"
    page = _page(head, "").replace("</body>", footer)
    assert cleaner.clean(page, input_format="html").title == "Harbour Dredging Resumes After the Winter"


def _declared_page_title(title_tag: str, og_title: str | None, body: str) -> str | None:
    """The title cleaned from a page with this <title>, og:title (None: none) and body."""
    head = f"<title>{title_tag}</title>"
    if og_title is not None:
        head += f'<meta property="og:title" content="{og_title}">'
    return cleaner.clean(_page(head, body), input_format="html").title


def test_a_site_name_h1_leaves_the_declared_title_without_the_site_name_however_joined() -> None:
    # The only <h1> is the site's name; og:title glues that name to the thread's with a bare hyphen.
    title = _declared_page_title(
        "Which sealant lasts longest? - Harbour Forum",
        "Harbour Forum-Which sealant lasts longest?",
        "<header><h1>Harbour Forum</h1></header>",
    )
    assert title == "Which sealant lasts longest?"


def test_an_h1_spelling_a_host_name_is_the_sites_logo_not_the_title() -> None:
    # A personal site shows its address as the <h1> and runs it into the <title> with no separator.
    title = _declared_page_title("harbourlog.net Tide Tables", None, "<h1>harbourlog.net</h1>")
    assert title == "Tide Tables"
    # A short <h1> naming software with a dot is a heading, not an address.
    assert _declared_page_title("Node.js Tide Tables", None, "<h1>Node.js</h1>") == "Node.js"


def test_a_name_split_over_two_headings_that_the_page_declares_as_one_is_one_title() -> None:
    # A shop's model line and the product's kind, or a name and its style code, as two headings.
    title = _declared_page_title(
        "Harbour Runner 3 Men's Trail Shoes | Quay Supply",
        "Harbour Runner 3 Men's Trail Shoes",
        "<h1>Harbour Runner 3</h1><h2>Men's Trail Shoes</h2>",
    )
    assert title == "Harbour Runner 3 Men's Trail Shoes"
    code = _declared_page_title("Deck Tee - 5002 | Quay Supply", None, "<h1>Deck Tee</h1><h1>5002</h1>")
    assert code == "Deck Tee 5002"
    # The heading under a headline the page declares alone is not part of it.
    alone = _declared_page_title(
        "Harbour Runner 3 | Quay Supply", None, "<h1>Harbour Runner 3</h1><h2>Men's Trail Shoes</h2>"
    )
    assert alone == "Harbour Runner 3"


def test_of_two_h1s_a_sentence_in_capitals_gives_way_to_the_name() -> None:
    # Neither <h1> is the declared title: the one nearer the text is a sales line set in capitals.
    body = "<h1>MAKE YOUR VISION A REALITY WITH OUR PLANNERS</h1><h1>The Best Harbour Event Planners In Maine</h1>"
    title = _declared_page_title("Event Planner Maine | Harbour Events", None, body)
    assert title == "The Best Harbour Event Planners In Maine"
    # A short name in capitals is no sentence: nearer the text, it still wins.
    short = "<h1>SHIP</h1><h1>The City of Harbourton, Maine</h1>"
    assert _declared_page_title("SHIP | City of Harbourton", None, short) == "SHIP"


def test_an_h1_ending_og_title_is_part_of_the_page_name_not_its_masthead() -> None:
    # og:title leaves the site out (the <title> ends with it): its last part is no masthead.
    title = _declared_page_title(
        "Strong Harbour Rope | Braided Mooring Line – Quay Supply",
        "Strong Harbour Rope | Braided Mooring Line",
        "<h1>Braided Mooring Line</h1>",
    )
    assert title == "Braided Mooring Line"
    # The <title>'s last part shown as the <h1> is the blog's name, cut off the declared title.
    title = _declared_page_title("Strong Harbour Rope | Quay Notes", None, "<h1>Quay Notes</h1>")
    assert title == "Strong Harbour Rope"


def test_h1s_heading_the_sections_of_a_page_give_way_to_the_declared_title() -> None:
    # A README rendered with one <h1> per section: none of them is the page's headline.
    parts = ("Background", "Discovery", "Impact", "Timeline", "Conclusion")
    sections = "".join(f"<h1>{h}</h1><p>{PROSE}</p>" for h in parts)
    title_tag = "How we found a hole in the harbour locks · Notes"
    assert _declared_page_title(title_tag, None, sections) == "How we found a hole in the harbour locks"
    # One of them wording the declared title is the headline.
    page = "<h1>How We Found a Hole in the Harbour Locks</h1>" + sections
    assert _declared_page_title(title_tag, None, page) == "How We Found a Hole in the Harbour Locks"


def test_an_h1_ending_in_a_colon_introduces_the_text_and_is_not_the_title() -> None:
    head = "<title>Harbour dredging resumes after winter - Harbour Gazette</title>"
    page = _page(head, "<h1>A message from our editor:</h1>")
    assert cleaner.clean(page).title == "Harbour dredging resumes after winter"


def test_a_headline_h1_is_kept_when_the_title_tag_words_it_differently() -> None:
    # Visible text wins over metadata: a real headline is not replaced by an <h2> matching the <title>.
    page = _page(
        "<title>5 Best Blockchain Development Trends for 2026-2030</title>",
        "<h1>Top 5 Blockchain Technology Trends to Watch in 2026-2030</h1>"
        "<h2>5 best blockchain development trends for 2026</h2>",
    )
    assert cleaner.clean(page).title == "Top 5 Blockchain Technology Trends to Watch in 2026-2030"


def test_a_shop_or_service_page_is_named_by_its_declared_name_not_its_slogan_h1() -> None:
    # og:title and <title> agree on one name; the <h1> is display copy that does not match it.
    head = (
        "<title>Workforce Management Software | Shiftly</title>"
        '<meta property="og:title" content="Workforce Management Software">'
    )
    for h1, title in (
        ("HR, Scheduling, and Payroll", "Workforce Management Software"),
        # A word of a short name dropped: another wording, the page is still named by its declared name.
        ("Workforce Software", "Workforce Management Software"),
        # The same words restyled: the <h1> is the name as the page shows it.
        ("Workforce management software", "Workforce management software"),
    ):
        assert cleaner.clean(_page(head, f"<h1>{h1}</h1>"), input_format="html").title == title
    # A line that is only part of that name is the name shortened.
    head = '<title>Harbour Tour on Steam</title><meta property="og:title" content="Harbour Tour on Steam">'
    page = _page(head, "<div>Harbour Tour</div>")
    assert cleaner.clean(page, input_format="html").title == "Harbour Tour on Steam"


def test_the_declared_name_does_not_replace_an_articles_headline_or_a_name_and_tagline() -> None:
    head = '<title>{0}</title><meta property="og:title" content="{0}">'
    # An article's <h1> is its headline whatever the metadata call it.
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour works"}</script>'
    page = _page(head.format("Harbour works resume") + ld, "<h1>Dredgers return to the old harbour</h1>")
    assert cleaner.clean(page, input_format="html").title == "Dredgers return to the old harbour"
    # 'Name: sales line' names the page by its parts: the <h1> showing the name stays the title.
    page = _page(head.format("Jimmy: The Ultimate Device Opener"), "<h1>Jimmy Opener</h1>")
    assert cleaner.clean(page, input_format="html").title == "Jimmy Opener"
    # Metadata that disagree name nothing for sure.
    page = _page(
        '<title>Pet Cover for Dogs</title><meta property="og:title" content="Insure your pet">',
        "<h1>Pet Insurance</h1>",
    )
    assert cleaner.clean(page, input_format="html").title == "Pet Insurance"


def test_a_product_page_is_named_by_its_h1_not_the_declared_name_with_search_words() -> None:
    head = (
        "<title>Harbour Braided Mooring Rope 10 m | Quay Supply</title>"
        '<meta property="og:title" content="Harbour Braided Mooring Rope 10 m">'
    )
    product = '<script type="application/ld+json">{"@type": "Product", "name": "Harbour Rope"}</script>'
    page = _page(head + product, "<h1>Harbour Rope 10 m</h1>")
    assert cleaner.clean(page, input_format="html").title == "Harbour Rope 10 m"
    # Without the product declaration, the declared name wins over a shorter <h1> wording.
    page = _page(head, "<h1>Harbour Rope 10 m</h1>")
    assert cleaner.clean(page, input_format="html").title == "Harbour Braided Mooring Rope 10 m"


def test_a_product_h1_running_the_name_into_its_kind_or_tagline_gives_the_name_both_titles_open_with() -> (
    None
):
    product = '<script type="application/ld+json">{"@type": "Product", "name": "Cleat"}</script>'
    head = (
        "<title>Harbour Cleat | Galvanised mooring cleat | Quay Supply</title>"
        '<meta property="og:title" content="Harbour Cleat | Galvanised mooring cleat">'
    )
    for h1 in (
        "<h1>Mooring Cleats Harbour Cleat</h1>",  # the product's kind as a kicker
        '<h1>Harbour Cleat<span class="tagline">Galvanised cleat for every boat</span></h1>',
    ):
        assert cleaner.clean(_page(head + product, h1), input_format="html").title == "Harbour Cleat"
    # Not declared a product: the <h1> stays the title.
    page = _page(head, "<h1>Mooring Cleats Harbour Cleat</h1>")
    assert cleaner.clean(page, input_format="html").title == "Mooring Cleats Harbour Cleat"
    # The titles open with the shop's name: that is the site, not the product.
    shop = (
        "<title>Quay Supply | Mooring Cleats</title>"
        '<meta property="og:title" content="Quay Supply | Mooring Cleats">'
        '<meta property="og:site_name" content="Quay Supply">'
    )
    page = _page(shop + product, "<h1>Quay Supply Harbour Cleat for Mooring Lines</h1>")
    assert cleaner.clean(page, input_format="html").title == "Quay Supply Harbour Cleat for Mooring Lines"
    # An <h1> that is itself a declared title keeps its words.
    dash = (
        "<title>Harbour Cleat - Galvanised | Quay Supply</title>"
        '<meta property="og:title" content="Harbour Cleat - Galvanised | Quay Supply">'
    )
    page = _page(dash + product, "<h1>Harbour Cleat Galvanised</h1>")
    assert cleaner.clean(page, input_format="html").title == "Harbour Cleat Galvanised"


def test_an_h1_sharing_no_word_with_the_declared_name_is_a_slogan_on_any_page_but_a_story() -> None:
    head = (
        "<title>Harbour Mooring Services | Quay Supply</title>"
        '<meta property="og:title" content="Harbour Mooring Services">'
        '<meta property="og:type" content="article">'
    )
    # og:type article (WordPress stamps it on every page) or a declared product: the <h1> that shares no
    # word with the name both metadata agree on is a sales line, and the name names the page.
    for declared in (head, head.replace("article", "product")):
        page = _page(declared, "<h1>Your Boat, Safe All Winter</h1>")
        assert cleaner.clean(page, input_format="html").title == "Harbour Mooring Services"
    # An <h1> rewording that name stays the headline of such a page.
    page = _page(head, "<h1>Mooring Services in the Old Harbour</h1>")
    assert cleaner.clean(page, input_format="html").title == "Mooring Services in the Old Harbour"
    # Written without spaces, a shorter wording is one word inside the name: still the name reworded.
    page = _page(head.replace("Harbour Mooring Services", "港の係留サービス"), "<h1>港の係留</h1>")
    assert cleaner.clean(page, input_format="html").title == "港の係留"
    # A declared written piece keeps its <h1>, however it is worded.
    story = '<script type="application/ld+json">{"@type": "BlogPosting"}</script>'
    page = _page(head + story, "<h1>Your Boat, Safe All Winter</h1>")
    assert cleaner.clean(page, input_format="html").title == "Your Boat, Safe All Winter"


def test_forum_label_and_permalink_glyph_are_not_part_of_the_title() -> None:
    assert cleaner.clean(_page("", "<h1>Thread: Which host should I pick?</h1>")).title == (
        "Which host should I pick?"
    )
    assert (
        cleaner.clean(_page("", "<h1>Functions creating iterators¶</h1>")).title
        == "Functions creating iterators"
    )
    # A wiki's namespace has no space after the colon and is part of the page name.
    assert cleaner.clean(_page("", "<h1>Category:Programming languages</h1>")).title == (
        "Category:Programming languages"
    )


def test_site_suffix_in_the_headline_is_cut_only_when_the_host_names_it() -> None:
    url = "<meta property='og:url' content='https://www.wral.com/news/rentals/'>"
    head = f"<title>Vehicle rental News | WRAL</title>{url}<meta property='og:site_name' content='WRAL.com'>"
    assert cleaner.clean(_page(head, "<h1>Vehicle rental News | WRAL</h1>")).title == "Vehicle rental News"
    other = "<title>The Best Earbuds under $50 - March 2026</title><meta property='og:url' content='https://x.com/e'>"
    assert cleaner.clean(_page(other, "<h1>The Best Earbuds under $50 - March 2026</h1>")).title == (
        "The Best Earbuds under $50 - March 2026"
    )


def test_landing_page_slogan_does_not_name_the_page_but_a_dated_headline_does() -> None:
    head = "<title>Online Therapy With A Licensed Therapist | BetterCare</title>"
    assert cleaner.clean(_page(head, "<h1>You deserve to be happy.</h1>")).title == (
        "Online Therapy With A Licensed Therapist"
    )
    dated = "<h1>Hedgehogs Are Back. Their Cousins Are Not.</h1><p>By Sarah Okonjo · 8 April 2025</p>"
    assert cleaner.clean(_page(head, dated)).title == "Hedgehogs Are Back. Their Cousins Are Not."


def test_a_sentence_case_sales_line_gives_way_to_the_title_case_page_name() -> None:
    head = "<title>Insurance for Rideshare and Delivery Drivers | Ferry</title>"
    assert cleaner.clean(_page(head, "<h1>Insurance to help protect you on every trip</h1>")).title == (
        "Insurance for Rideshare and Delivery Drivers"
    )
    # A site writing its titles in sentence case too keeps its <h1> headline, however the title words it.
    news = "<title>Ferry fares rise for the third time this year | Harbour Gazette</title>"
    assert cleaner.clean(_page(news, "<h1>Island ferry fares go up again in spring</h1>")).title == (
        "Island ferry fares go up again in spring"
    )


def test_an_h1_set_in_capitals_takes_the_declared_titles_spelling() -> None:
    head = "<title>Best Drip Coffee Makers of 2026: Tips From Baristas | Bean Notes</title>"
    page = _page(head, "<h1>BEST DRIP COFFEE MAKERS IN 2026: TIPS FROM BARISTAS</h1>")
    assert cleaner.clean(page).title == "Best Drip Coffee Makers of 2026: Tips From Baristas"
    # A declared title with other words leaves the heading as it is.
    other = "<title>Harbour Notes | Bean Notes</title>"
    assert cleaner.clean(_page(other, "<h1>WEEKEND CODING AGENT</h1>")).title == "WEEKEND CODING AGENT"


def test_a_home_page_is_named_by_its_site() -> None:
    head = "<title>Home - The Garden Blog</title><meta property='og:site_name' content='The Garden Blog'>"
    assert cleaner.clean(_page(head, "")).title == "The Garden Blog"


def test_language_model_cache_gives_py3langid_results(tmp_path: Path) -> None:
    """The decompressed, memory-mapped copy of the language model classifies exactly like py3langid's own
    loading, whether it was just written or read back by a later process."""
    from cleaner.fields.language import load_identifier

    texts = [
        PROSE,
        "Der Ausschuss hat am Dienstag über den Vorschlag beraten und die meisten Mitglieder stimmten zu.",
        "Комитет обсудил предложение во вторник, и большинство его членов поддержали план.",
        "Le comité s'est réuni mardi pour discuter de la proposition et la plupart des membres l'ont soutenue.",
    ]
    fresh = load_identifier(None)
    written = load_identifier(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [next(tmp_path.iterdir()).name]  # one folder, no leftovers
    read_back = load_identifier(tmp_path)
    expected = [fresh.classify(t) for t in texts]
    assert [written.classify(t) for t in texts] == expected
    assert [read_back.classify(t) for t in texts] == expected
    assert [lang for lang, _ in expected] == ["en", "de", "ru", "fr"]


def test_author_from_a_link_to_the_authors_page_when_nothing_else_names_one() -> None:
    page = _page(
        "",
        "<h1>Remote Support Tools Compared</h1><span><a href='/authors/trevor-jackins'>Trevor Jackins</a></span>",
    )
    assert cleaner.clean(page).author == "Trevor Jackins"
    labelled = _page("", "<h1>Remote Support Tools Compared</h1><a href='/author/x'>Insights Author</a>")
    assert cleaner.clean(labelled).author is None
    # A link that only starts like an author page ('/authority/') names no author.
    other = _page(
        "", "<h1>Remote Support Tools Compared</h1><a href='/authority/trevor-jackins'>Trevor Jackins</a>"
    )
    assert cleaner.clean(other).author is None


def test_written_by_label_and_the_name_on_the_next_line() -> None:
    page = f"Remote Support Tools Compared\n\nWritten by\nEdzel Tabing\n\n{BODY}"
    article = cleaner.clean(page)
    assert article.author == "Edzel Tabing"
    assert "Written by" not in article.paragraphs and "Edzel Tabing" not in article.paragraphs
    # 'Article by:' over the name, under a review badge ('Expert Reviewed'), which is no name.
    badged = (
        f"Remote Support Tools Compared\nExpert Reviewed\nMay 3, 2025\nArticle by:\nEdzel Tabing\n\n{BODY}"
    )
    assert cleaner.clean(badged).author == "Edzel Tabing"


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        # The text's words agree with the attribute: the attribute's language.
        (
            "de",
            "Der Ausschuss hat am Dienstag über den Vorschlag beraten und die meisten Mitglieder stimmten zu.",
            "de",
        ),
        # A template that says lang="en" on a German or French page does not win over the text.
        (
            "en",
            "Der Ausschuss hat am Dienstag über den Vorschlag beraten und die meisten Mitglieder stimmten zu.",
            "de",
        ),
        (
            "en",
            "Le comité s'est réuni mardi pour discuter de la proposition et la plupart des membres l'ont soutenue.",
            "fr",
        ),
        # Spanish declared on a Portuguese page: the two share function words, the identifier decides.
        (
            "es",
            "O comitê se reuniu na terça-feira para discutir a proposta e a maioria dos membros não a apoiou.",
            "pt",
        ),
    ],
)
def test_declared_language_is_checked_against_the_text(declared: str, text: str, expected: str) -> None:
    from cleaner.fields.language import detect_language

    assert detect_language(text, declared) == expected


def test_language_without_a_declaration() -> None:
    """Text dumps declare nothing: English is told by its function words, other languages by the model."""
    from cleaner.fields.language import detect_language

    assert detect_language(PROSE, None) == "en"
    german = (
        "Der Ausschuss hat am Dienstag über den Vorschlag beraten und die meisten Mitglieder stimmten zu."
    )
    assert detect_language(german, None) == "de"
    assert detect_language("Short.", None) is None


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # ASCII apart from curly quotes and dashes: cut at byte level.
        (
            "The council\u2019s vote \u2014 \u201cthe first of its kind\u201d \u2014 was held on Monday, and it "
            "was passed by the members who have been asking for it for years.",
            True,
        ),
        # An accented word (a word character beyond ASCII): cut by the regex, 'café' one word.
        (
            "The café that was opened by the council is the first of its kind, and it has been full since "
            "the day it opened with the members.",
            True,
        ),
        # Curly quotes around German: neither path confirms English.
        (
            "\u201cDer Ausschuss hat am Dienstag \u00fcber den Vorschlag beraten\u201d und die Mitglieder.",
            False,
        ),
    ],
)
def test_function_word_check_cuts_words_like_the_regex(text: str, english: bool) -> None:
    """The function-word test's byte-level cut (ASCII text with typographic quotes and dashes) finds the
    words the \\w+ regex finds, so a page's language does not depend on which cut its sample took."""
    import re

    from cleaner.fields import language as lang

    low = text.lower()
    words, _ = lang._words(low)
    assert [w.decode() if isinstance(w, bytes) else w for w in words] == re.findall(r"\w+", low)
    assert lang._confirms(text, "en") is english


def test_dates_glued_to_the_next_element_or_written_with_a_time() -> None:
    from cleaner.fields.date import line_date, parse_date

    assert parse_date("October 17, 20236:01 PM ET") == "2023-10-17"
    assert parse_date("Mar 27, 20255 min read") == "2025-03-27"
    assert parse_date("2022-11-23T08:10+02:00") == "2022-11-23"
    assert parse_date("On 12 May 20245 people came") is None
    updated = "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET"
    assert line_date(updated) == "2022-11-09"


def test_a_dateline_under_the_headline_gives_the_date_even_when_taken_for_the_standfirst() -> None:
    menu = "Rust Blog\nRust\nInstall\nLearn\nTools\nGovernance\n"
    page = f"{menu}What do people love about Rust?\nDec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group\n\n{BODY}"
    assert cleaner.clean(page).date == "2025-12-19"


def test_edited_dates_are_not_the_question_date() -> None:
    body = "\n\n".join(BODY.replace("committee", word) for word in ("committee", "board", "panel"))
    tail = "Share\nFollow\nedited Aug 1, 2014 at 19:57\nHopelessN00b\nasked May 2, 2009 at 0:01\njldugger\n"
    page = f"Site\n\nWhy is RAID not a backup?\nAsked 16 years ago\n{body}\n{tail}"
    assert cleaner.clean(page).date == "2009-05-02"


def test_author_names_lose_roles_glued_prefixes_and_repeats_but_group_names_stay() -> None:
    from cleaner.fields.text_signals import tidy_author

    assert tidy_author("Harry RabinowitzTech Reporter") == "Harry Rabinowitz"
    assert tidy_author("Claire Wilson, Co-Founder & COO") == "Claire Wilson"
    assert tidy_author("JosephF Discussion starter") == "JosephF"
    assert tidy_author("Jane McDonald, Senior Editor") == "Jane McDonald"
    assert tidy_author("Colin Gray Colin Gray") == "Colin Gray"
    assert tidy_author("byClemson News") == "Clemson News"
    assert tidy_author("Podium Staff") == "Podium Staff"
    assert tidy_author("Our Editors") == "Our Editors"
    assert byline_name(Block(0, "By Bhaval Patel Last Updated: December 6, 2024")) == "Bhaval Patel"


def test_dump_title_is_the_line_over_its_date_not_a_poster_stats_line() -> None:
    # A forum thread's dump: the title, a dated stats line, then the first post's author block.
    page = (
        "Forums\nGardening\nVegetables\nBest tomato varieties for a short summer\n"
        "Started by Ann Lee · Mar 3, 2025 · 12 replies\nAnn Lee\n1,204 posts · Joined 2019\n"
        f"#1 · Mar 3, 2025\n{BODY}\n"
    )
    assert cleaner.clean(page, input_format="text").title == "Best tomato varieties for a short summer"


def test_dump_docs_title_is_the_short_heading_over_the_text_not_a_sidebar_entry() -> None:
    sidebar = "\n".join(
        [
            "Guides",
            "Getting Started With The Toolkit",
            "Configuring Your First Project",
            "Deploying To Production Servers",
            "Reference",
            "Command line options",
        ]
    )
    page = f"Toolkit Docs\n{sidebar}\nCommand line options\n{BODY}\n"
    assert cleaner.clean(page, input_format="text").title == "Command line options"


def test_subheadings_inside_the_text_are_never_the_title() -> None:
    page = f"{PROSE.replace('Tuesday', 'Sunday')}\n\nWhat Changed After The Vote\n\n{BODY}\n"
    assert cleaner.clean(page, input_format="text").title is None


def test_reply_prefix_breadcrumb_trail_and_soft_hyphens_leave_the_title() -> None:
    from cleaner.fields.title import tidy_title

    assert tidy_title("Re: Best tomato varieties") == "Best tomato varieties"
    assert tidy_title("Re: RE: Best tomato varieties") == "Best tomato varieties"  # one pass, stable
    assert tidy_title("Home » Blog » Best tomato varieties") == "Best tomato varieties"
    assert tidy_title("Home Repair Assis\u00adtance Program") == "Home Repair Assistance Program"
    assert tidy_title("Before > After") == "Before > After"  # one separator: part of the headline


def test_a_qualifier_after_a_pipe_is_not_part_of_the_headline() -> None:
    from cleaner.fields.title import tidy_title

    assert tidy_title("Best Movers in NYC 2025 | Top 19 Companies") == "Best Movers in NYC 2025"
    assert tidy_title("How meditation rewires brains | Opinion") == "How meditation rewires brains"
    # A one-word part before the pipe is a brand, not a headline on its own: keep the whole line.
    assert tidy_title("Todoist | A To-Do List for Work") == "Todoist | A To-Do List for Work"
    assert tidy_title("Pipes|Fittings and valves") == "Pipes|Fittings and valves"  # no spaced pipe
    page = _page(
        "<title>Volunteers restore the bandstand | Opinion | Town Gazette</title>",
        "<h1>Volunteers restore the bandstand | Opinion</h1>",
    )
    assert cleaner.clean(page, input_format="html").title == "Volunteers restore the bandstand"


def test_a_short_form_before_the_name_it_abbreviates_is_not_part_of_the_title() -> None:
    from cleaner.fields.title import tidy_title

    assert tidy_title("HTR - Harbour Tide Report") == "Harbour Tide Report"  # its initials
    assert tidy_title("csv — CSV file reading and writing") == "CSV file reading and writing"  # a word of it
    # A first part that is not the name's short form stays, and so does a name of one word.
    assert tidy_title("Zero Waste - A Beginner's Guide") == "Zero Waste - A Beginner's Guide"
    assert (
        tidy_title("itertools — Functions creating iterators") == "itertools — Functions creating iterators"
    )
    assert tidy_title("React – React") == "React – React"


def test_the_last_line_of_a_page_is_never_its_headline() -> None:
    # Found by the idempotence property: taken for the title, the last line moved to the top on the next
    # pass, and the 'read also' line above it then ended the article and was lost.
    page = "The.\n\na lire aussi\n\nThe the the the.a lire aussi\n"
    article = cleaner.clean(page, input_format="text")
    assert article.title != "The the the the.a lire aussi"
    again = cleaner.clean(article.to_text(), input_format="text")
    assert again.to_text() == article.to_text()


def test_bylines_with_several_authors_keep_every_name_as_written() -> None:
    assert (
        byline_name(Block(0, "Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"))
        == "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"
    )
    assert (
        byline_name(Block(0, "By Marna van der Merwe & Erik van Vulpen"))
        == "Marna van der Merwe & Erik van Vulpen"
    )
    # Names in separate elements after a 'By' label, joined as the page joins them.
    split = _page(
        "",
        "<h1>Best Online MBA Programs</h1><div>By</div><div>Thomas Broderick</div><div>,</div>"
        "<div>Nalea Ko</div><div>, and</div><div>Rankings Team</div>",
    )
    assert cleaner.clean(split).author == "Thomas Broderick, Nalea Ko, and Rankings Team"
    # Metadata names the first author; the line under the headline lists them all.
    listed = _page(
        '<meta name="author" content="Rui Ma">',
        "<h1>Free Certificates</h1><div>Rui Ma, Heba Ledwon &amp; Suparn Patra</div><div>Nov 25th, 2025</div>",
    )
    assert cleaner.clean(listed).author == "Rui Ma, Heba Ledwon & Suparn Patra"
    labelled = _page(
        '<meta name="author" content="Jane Doe">',
        "<h1>Free Certificates</h1><div>Jane Doe, Contributor</div>",
    )
    assert cleaner.clean(labelled).author == "Jane Doe"


def test_long_post_meta_lines_give_name_date_and_credentials() -> None:
    meta = (
        "by Daniel Gibson | Mar 11, 2023 | All About Brakes and Brake Repair, Learn About Brakes | 0 comments"
    )
    assert byline_name(Block(0, meta)) == "Daniel Gibson"
    fool = "By Matthew Frankel, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Frank Bass"
    assert byline_name(Block(0, fool)) == "Matthew Frankel, CFP"
    assert byline_name(Block(0, "By Shelby Loos, DVM. Reviewed by Molly Price, DVM")) == "Shelby Loos, DVM"
    body = "\n\n".join(BODY.replace("committee", word) for word in ("committee", "board", "panel"))
    posted = (
        "Posted on November 25, 2024 in College of Health Sciences, General, Healthcare, Master of Science"
    )
    page = f"Site\n\nNutritional Myths Debunked\n{posted} in Applied Nutrition, Online Resources, Thought Leadership\n{body}"
    assert cleaner.clean(page).date == "2024-11-25"


def test_json_ld_headline_and_author_are_unescaped() -> None:
    """CMSs write JSON-LD strings still HTML-escaped; the title and author read as shown on the page."""
    page = (
        '<html><head><script type="application/ld+json">{"@type": "Article", "headline": '
        '"Tips &amp; Tricks: An Investor&#8217;s Guide", "author": {"@type": "Person", "name": "Ren&eacute;e Doe"}}'
        "</script></head><body><p>Some text here that is long enough to be the body of an article, and then"
        " some more words.</p></body></html>"
    )
    art = cleaner.clean(page, input_format="html")
    assert (art.title, art.author) == ("Tips & Tricks: An Investor\u2019s Guide", "Renée Doe")


def test_aggregator_source_host_and_count_are_not_the_title() -> None:
    """'<headline> (latimes.com) 87' on a link aggregator: the host and the points are not the headline,
    while a parenthesis that is part of a headline ('(Node.js)', '(2025 Reviews)') stays."""
    from cleaner.fields.title import tidy_title

    assert tidy_title("Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87") == (
        "Grads Find Their Degrees No Longer Guarantee Jobs"
    )
    assert tidy_title("What happened when humans met Neanderthals (cnn.com)") == (
        "What happened when humans met Neanderthals"
    )
    assert tidy_title("Why we moved our API to (Node.js)") == "Why we moved our API to (Node.js)"
    assert tidy_title("10 Best Moving Companies (2025 Reviews)") == "10 Best Moving Companies (2025 Reviews)"


def test_shop_buttons_above_the_headline_are_not_the_title() -> None:
    """'Request a Demo Now', 'Size Chart Order Now': button rows over a product's name are interface."""
    text = (
        "Acme\n\nProducts\nPricing\nRequest a Demo Now\nSize Chart Order Now\n\nStanding Desk Frames\n\n"
        "Our frames are built from steel and carry up to two hundred kilograms without a wobble, year after"
        " year of daily use.\n\nEach frame ships with a ten year warranty and free returns within thirty days"
        " of delivery, no questions asked.\n"
    )
    assert cleaner.clean(text, input_format="text").title == "Standing Desk Frames"


def test_relative_time_under_a_thread_title_marks_it_as_the_headline() -> None:
    """'Yesterday at 4:25 AM' is not a headline; it is the dateline of the post whose title stands above it
    (a reply's later 'spartan14 2 years ago' stamps the reply, not the thread)."""
    text = (
        "Forums\nNew posts\nSearch forums\n\nChip project shipping soon\nbeijingwalker\nYesterday at 4:25 AM\n\n"
        "The project has been running for years and the first results are finally coming in, with several labs"
        " reporting progress.\n\nOthers doubt it will ship before the end of the decade, given how hard the last"
        " steps have been.\n\nspartan14 2 years ago\n\nI think so too, and it is fine by me honestly.\n"
    )
    assert cleaner.clean(text, input_format="text").title == "Chip project shipping soon"


SOURDOUGH = "\n\n".join(
    [
        "A sourdough starter needs flour, water and patience; the first week decides whether the starter "
        "will rise at all, and most failures come from a kitchen that is too cold.",
        "Feed the sourdough starter twice a day and keep it warm: a starter kept near the oven doubles "
        "within hours, while one on a cold shelf barely moves.",
        "Once the starter rises reliably, the first loaf of sourdough bread is only a matter of timing.",
    ]
)


def test_dump_headline_is_the_line_whose_words_the_text_is_about() -> None:
    """Of two title-like lines over the text, the one whose words recur through the text names it; a
    call to action or a section name shares none of them."""
    page = f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\nJoin Our Baking Club Today\n\n{SOURDOUGH}\n"
    assert cleaner.clean(page, input_format="text").title == "Keeping A Sourdough Starter Alive"


def test_dump_headline_may_stand_under_a_kept_notice_line() -> None:
    """A one-line notice the rules kept as text (no blank line around it, so no paragraph) does not end
    the headline search: the headline with its byline stands under it."""
    notice = (
        "Our editors test every product on their own and may earn a commission when you buy through the "
        "links on this page."
    )
    page = f"Bakery Journal\n\nRecipes\n{notice}\nKeeping A Sourdough Starter Alive\nBy Jane Doe\n\n{SOURDOUGH}\n"
    assert cleaner.clean(page, input_format="text").title == "Keeping A Sourdough Starter Alive"


def test_dates_in_capitals_and_glued_to_the_name_before_them() -> None:
    from cleaner.fields.date import parse_date

    assert parse_date("NOVEMBER 26TH, 2024") == "2024-11-26"
    assert parse_date("By Jane DoeMar 5, 2025 | 6 comments") == "2025-03-05"
    assert parse_date("EditorialNovember 22, 2018") == "2018-11-22"
    assert parse_date("Version 10 2024") is None


def test_dates_with_dashes_dotted_days_or_a_capitalised_month_glued_before_an_update() -> None:
    from cleaner.fields.date import is_update_line, opens_with_date, parse_date

    assert parse_date("Updated on 19-Dec-2025") == "2025-12-19"
    assert parse_date("📅Jul. 11. 2025") == "2025-07-11"
    glued = "Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026"
    assert parse_date(glued) == "2022-12-22"
    assert not is_update_line(glued)
    assert parse_date("Release 3-Beta-2024") is None
    assert opens_with_date("Monday, August 11th, 2025 at 11:00 am | Categories: Thermostats |")


def test_dump_title_case_headline_ending_in_a_full_stop_is_still_the_headline() -> None:
    """A Title Case headline may end in a full stop ('... in the U.S.', '... for the First Time.'); a
    sentence-case line that ends in one is a sentence and stays out of the headline search."""
    title = "Keeping a Sourdough Starter Alive Through the Winter Months."
    page = f"Bakery Journal\n\nRecipes\n{title}\nBy Jane Doe\n\n{SOURDOUGH}\n"
    assert cleaner.clean(page, input_format="text").title == title
    sentence = "We tried keeping a starter alive through the winter."
    page = f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\n{sentence}\nBy Jane Doe\n\n{SOURDOUGH}\n"
    assert cleaner.clean(page, input_format="text").title == "Keeping A Sourdough Starter Alive"


def test_dump_yearless_dateline_takes_the_year_its_headline_names() -> None:
    """'Aug 15' under 'Sourdough Trends for 2024' is 15 August 2024; with no year in the headline the day
    stays undated rather than guessed, and a month-day line is not a paragraph of the text."""
    page = f"Bakery Journal\n\nSourdough Trends for 2024\nAug 15\nWritten By Jane Doe\n\n{SOURDOUGH}\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.date) == ("Sourdough Trends for 2024", "2024-08-15")
    assert "Aug 15" not in article.paragraphs
    page = page.replace(" for 2024", "")
    assert cleaner.clean(page, input_format="text").date is None


def test_dump_short_headline_over_its_date_is_not_taken_for_a_name() -> None:
    """'Sourdough Starters' over 'March 3, 2024' has the shape of a byline's bare name over its date; the
    text about sourdough starters tells it is the headline."""
    page = f"Bakery Journal\n\nSourdough Starters\nMarch 3, 2024\n\n{SOURDOUGH}\n"
    article = cleaner.clean(page, input_format="text")
    assert article.title == "Sourdough Starters"
    assert article.date == "2024-03-03"


def test_dump_bare_name_over_the_date_is_not_the_headline() -> None:
    """A name has no words the text is about: the headline over it stays the headline."""
    page = f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\nJane Doe\nMarch 3, 2024\n\n{SOURDOUGH}\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.date) == ("Keeping A Sourdough Starter Alive", "2024-03-03")


def test_warm_up_loads_the_language_model_ahead_of_the_first_page_needing_it() -> None:
    import cleaner
    from cleaner.fields.language import _identifier

    _identifier.cache_clear()
    cleaner.warm_up()
    assert _identifier.cache_info().currsize == 1


def test_dump_label_line_over_the_headline_is_not_taken_for_the_headline() -> None:
    """Two title-like lines in a row are read as headline and standfirst only when the first names the
    text's subject as much as the second: a category list over the headline shares few of the text's
    words."""
    headline = "Feed The Sourdough Starter Twice A Day: How The First Loaf Of Sourdough Bread Rises In Winter"
    page = (
        "Bakery Journal\n\nHome\nRecipes\nShop\nBest Of, Bread, Cakes, Kitchen Tools and Pantry Guides\n"
        f"{headline}\nBy Jane Doe\nMarch 3, 2024\n\n{SOURDOUGH}\n"
    )
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.subtitle) == (headline, None)


FLEXBOX = "\n\n".join(
    [
        "Flexbox lays out items in one dimension, as a row or a column; a flexbox container grows and "
        "shrinks its items to fill the space it has.",
        "Set display to flex on the container and every child becomes a flex item that the flexbox "
        "algorithm sizes along the main axis.",
        "Flexbox alignment then places the items along the cross axis of the container.",
    ]
)


def test_dump_docs_page_named_by_one_word_gets_that_word_as_title() -> None:
    """A docs page or a category is often named by one word ('Flexbox', 'Pods'); over text about it, that
    word is the title, not the sidebar's longer entries."""
    page = f"Web Docs\n\nGuides\nCSS layout basics\nGrid and positioning\nFlexbox\n{FLEXBOX}\n"
    assert cleaner.clean(page, input_format="text").title == "Flexbox"


def test_dump_numeric_date_is_read_as_the_page_writes_it_elsewhere() -> None:
    """'03/10/2023' reads as 10 March or 3 October; the same day written with its month's name further
    down the page settles it, and a page that writes no such copy keeps the language's reading."""
    page = (
        f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\n03/10/2023\n\n{SOURDOUGH}\n\n"
        "More from the journal\nKeeping A Sourdough Starter Alive - 3 October 2023\n"
    )
    assert cleaner.clean(page, input_format="text").date == "2023-10-03"
    alone = page.replace(" - 3 October 2023", "")
    assert cleaner.clean(alone, input_format="text").date == "2023-03-10"


def test_dump_bare_name_next_to_the_date_is_the_author() -> None:
    """Templates print the author's name without a 'By', over or under the date; a button next to the
    date is no name."""
    page = f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\nJane Doe\nMarch 3, 2024\n\n{SOURDOUGH}\n"
    assert cleaner.clean(page, input_format="text").author == "Jane Doe"
    under = page.replace("Jane Doe\nMarch 3, 2024", "March 3, 2024\nJane Doe")
    assert cleaner.clean(under, input_format="text").author == "Jane Doe"
    button = page.replace("Jane Doe", "Go Back")
    assert cleaner.clean(button, input_format="text").author is None


def test_byline_after_the_date_it_opens_with() -> None:
    """'October 11, 2023 by Jane Doe': the post's date, then its author, on one line."""
    assert byline_name(Block(0, "October 11, 2023 by Jane Doe")) == "Jane Doe"
    assert byline_name(Block(0, "September 1st, 2023 By Emily Norwood | 4 comments")) == "Emily Norwood"
    assert byline_name(Block(0, "Stand by Me")) is None
    from cleaner.fields.text_signals import tidy_author

    assert tidy_author("Sara Harberson In") == "Sara Harberson"  # 'By Sara Harberson In <category>'
    assert tidy_author("Sign In") == "Sign In"  # too short to be a name before a lead-in
    page = (
        f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\nOctober 11, 2023 by Jane Doe\n\n{SOURDOUGH}\n"
    )
    article = cleaner.clean(page, input_format="text")
    assert (article.author, article.date) == ("Jane Doe", "2023-10-11")


def test_dump_name_before_the_date_on_one_line_is_the_author() -> None:
    """'Jane Doe October 14, 2025': innerText runs the name and the date of a post's header together."""
    page = f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\nJane Doe October 14, 2025\n\n{SOURDOUGH}\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.author, article.date) == ("Jane Doe", "2025-10-14")
    label = page.replace("Jane Doe October", "Updated October")
    assert cleaner.clean(label, input_format="text").author is None


def test_dump_name_under_the_headline_with_its_role_over_the_date_is_the_author() -> None:
    """Headline, the author's name, the author's role, then the date: the name is the byline."""
    page = (
        "Bakery Journal\n\nKeeping A Sourdough Starter Alive\nJane Doe\nCo-Founder of Bakery Journal\n"
        f"Updated on March 3, 2024\n\n{SOURDOUGH}\n"
    )
    assert cleaner.clean(page, input_format="text").author == "Jane Doe"


CLOUD = (
    "Cloud computing moved most company workloads to rented servers, and cloud computing costs now "
    "decide how teams plan their cloud budgets for the year ahead."
)
CLOUD_BODY = "\n\n".join([CLOUD, CLOUD.replace("year", "quarter"), CLOUD.replace("teams", "companies")])


def test_dump_section_label_over_the_headline_that_names_it_is_not_the_title() -> None:
    """'Cloud Computing' over 'Top 10: Trends in Cloud Computing': the label's few words are all the
    text's subject, yet the line under it says all of it and more: that one is the headline."""
    page = (
        "Tech Weekly\nNews\nReviews\nCloud Computing\nTop 10: Trends in Cloud Computing\n"
        f"By Jane Doe\nMarch 3, 2024\nShare\n{CLOUD_BODY}\n"
    )
    assert cleaner.clean(page, input_format="text").title == "Top 10: Trends in Cloud Computing"
    # A breadcrumb ending in the headline, or the headline with the site's name after a dash, is no
    # fuller headline.
    for other in ("Home Tech Cloud Trends in Cloud Computing", "Trends in Cloud Computing - Tech Weekly"):
        page = (
            f"Tech Weekly\nNews\nReviews\n{other}\nTrends in Cloud Computing\n"
            f"By Jane Doe\nMarch 3, 2024\nShare\n{CLOUD_BODY}\n"
        )
        assert cleaner.clean(page, input_format="text").title == "Trends in Cloud Computing"


def test_dump_heading_printed_twice_in_a_row_names_the_listing_not_its_first_item() -> None:
    """A shop's category page prints its name twice in a row (the breadcrumb's last item, then the heading;
    or a hidden copy over a hero image): the doubled line names the page, the first item's name under it
    does not, though it stands nearer the items' text."""
    items = [
        (
            "Steel Hand Trowel with ash grip",
            "A forged steel trowel for planting bulbs and seedlings in raised beds.",
        ),
        (
            "Bypass Pruning Shears for Thick Stems",
            "Sharp bypass blades cut living stems cleanly so roses heal fast.",
        ),
        (
            "Folding Garden Kneeler and Seat",
            "A padded kneeler that flips over into a low seat for weeding long rows.",
        ),
        (
            "Galvanised Watering Can Two Gallons",
            "A classic can with a brass rose that waters seedlings gently.",
        ),
    ]
    lines = [
        "Green Acre Supply",
        "Shop",
        "Garden Tools",
        "Home",
        "Garden Tools",
        "( 4 results )",
        "Sort and Filter",
    ]
    for name, blurb in items:
        lines += [name, "$ 24.99", blurb]
    page = "\n".join([*lines, "About us", "Contact", "Privacy policy"]) + "\n"
    assert cleaner.clean(page, input_format="text").title == "Garden Tools"


def _dump_title(lines: list[str], prose: list[str]) -> str | None:
    """The title of a dump printing ``lines`` one a line over ``prose`` set as paragraphs (blank lines
    around each, as innerText prints <p> margins)."""
    page = "\n".join(lines) + "\n\n" + "\n\n".join(prose) + "\n"
    return cleaner.clean(page, input_format="text").title


def test_dump_docs_heading_printed_twice_is_the_title_not_the_last_contents_entry() -> None:
    """A docs page prints the tutorial's name in its sidebar and again as the heading, then the table of
    contents, whose last entry stands right over the text and shares its words: the name printed twice in
    a row names the page, the contents entry does not."""
    lines = [
        "Harbor Docs",
        "Documentation",
        "Tutorials",
        "Tutorial: Build a small web server",
        "Tutorial: Build a small web server",
        "Table of Contents",
        "Prerequisites",
        "Install the toolkit",
        "Write the request handler",
        "Test the server",
    ]
    prose = [
        "In this tutorial you will write a server that answers requests, then test the server with a browser.",
        "Each test sends a request to the server and checks the answer that comes back.",
        "A failing test prints the request the server could not answer, so you can fix the handler.",
        "The next tutorials build on this one: they add routing and templates to what you wrote here.",
        "When you build the final version, logging shows every request as it arrives.",
    ]
    assert _dump_title(lines, prose) == "Tutorial: Build a small web server"


def test_dump_storyless_page_tagline_set_as_paragraph_is_not_the_title() -> None:
    """A shop's page has no date and no byline: its product name is the title, not the tagline set as a
    paragraph under it, though the tagline is longer and stands right over the description."""
    lines = [
        "Northwind Hosiery",
        "Shop",
        "Men",
        "Women",
        "Men's Quarter Socks",
        "Color: White",
        "€17",
        "",
        "Soft on your feet all day long",
    ]
    prose = [
        "A midweight sock with a cushioned sole and a ribbed arch band that keeps the sock in place all day.",
        "The blend of cotton and nylon keeps your feet dry, and the seamless toe never rubs inside your shoes.",
        "Machine wash warm and tumble dry low; the socks keep their shape and colour wash after wash.",
    ]
    assert _dump_title(lines, prose) == "Men's Quarter Socks"


def test_dump_headline_printed_again_a_few_lines_off_is_the_title() -> None:
    """A banner or a sticky header prints the headline again three lines under it, past its kicker and its
    reading time: the copy vouches for it over the section heading right above the text."""
    lines = [
        "Brushwork Academy",
        "Courses",
        "Catalog",
        "Watercolour Painting Certificates and Courses",
        "Painting",
        "6 min read",
        "Watercolour Painting Certificates and Courses",
        "Contents",
        "Learn Watercolour Painting",
        "Watercolour painting rewards patience: pigments settle into the paper as the water dries, and a "
        "course teaches you to plan washes from light to dark before the first stroke.",
        "A certificate course in watercolour painting usually runs for eight weeks, with a painting set each "
        "week and feedback from a tutor on how the washes and the edges came out.",
        "Short courses suit painters who want one technique, such as wet-in-wet skies or dry-brush texture, "
        "without the weekly painting assignments of a full certificate.",
        "About us",
        "Contact",
    ]
    page = "\n".join(lines) + "\n"
    assert cleaner.clean(page, input_format="text").title == "Watercolour Painting Certificates and Courses"


def test_dump_headline_under_its_dateline_outweighs_a_section_label_over_it() -> None:
    """A news template prints the date right over the headline; the section label above, with the date
    a few buttons under it, looks like a short headline over its byline. The dateline over the long
    line tells which one the date belongs to."""
    lines = [
        "Health News",
        "Fitness",
        "Heart Health",
        "Sleep Health",
        "All Articles",
        "notifications Subscribe",
        "JANUARY 14, 2025",
        "5 habits that help you wake up rested in the morning and stay alert through the whole day",
        "Do you wake up tired even after a full night in bed? Sleep habits matter as much as the hours: a "
        "steady bedtime, a dark room and no screens late at night help you wake up rested.",
        "Keep the same bedtime on weekends: of all habits, a steady sleep schedule sets your body clock, so "
        "you fall asleep faster and wake up rested without an alarm.",
        "Cut caffeine after noon, the easiest of these habits. Coffee keeps you alert for hours, and a late "
        "cup shortens the deep sleep that leaves you rested in the morning.",
        "Morning light helps too: step outside within an hour of waking, and your body clock learns that "
        "it should stay alert through the whole day and wind down at night.",
        "Contact us",
    ]
    page = "\n".join(lines) + "\n"
    assert cleaner.clean(page, input_format="text").title == lines[7]


def test_dump_line_set_in_capitals_is_a_banner_not_the_headline() -> None:
    """innerText prints CSS 'text-transform: uppercase' as capitals, which templates give banners, kickers
    and promotions: such a line right over the text gives way to the page's own heading above it."""
    lines = ["Bakery Supplies", "Shop", "Recipes", "Sourdough Starter Basics", "Recipes", "Baking Guides"]
    page = "\n".join([*lines, "BAKE BETTER SOURDOUGH AT HOME", "", SOURDOUGH, "", "Contact us"]) + "\n"
    assert cleaner.clean(page, input_format="text").title == "Sourdough Starter Basics"


def test_dump_caption_over_a_dated_headline_is_not_its_headline() -> None:
    """A headline-like line above the picked one makes it a standfirst only right above it: with a kicker
    and a date between them, the date is the picked headline's dateline and the line over them a photo's
    caption."""
    lines = [
        "Bakery Journal",
        "Shop",
        "Volunteers gather around the long table during an open house evening",
        "PRESS RELEASE",
        "March 3, 2025",
        "Sourdough starter classes open for spring enrolment",
    ]
    page = "\n".join([*lines, "", SOURDOUGH, "", "Contact us"]) + "\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.subtitle) == (lines[5], None)


def test_dump_search_box_prompt_is_chrome_not_a_headline_over_its_standfirst() -> None:
    """A search box's prompt printed as its label ('What are you looking for?') right over the headline
    looked like a headline over its standfirst when the text's words ('looking') echo it; it is chrome."""
    body = "\n\n".join(
        [
            "Looking for a starter that rises on a cold shelf? We tested twelve jars over a month, looking "
            "at how fast each doubled and how sour the first loaf tasted.",
            "If you are looking for speed, a rye starter wins; if you are looking for a mild loaf, pick a "
            "wheat one and feed it twice a day.",
            "Whatever you are looking for, keep the jar warm: every starter we tested rose faster near the "
            "oven.",
        ]
    )
    lines = [
        "Bakery Journal",
        "Recipes",
        "Guides",
        "What are you looking for?",
        "Our Favourite Jars of the Year",
    ]
    page = "\n".join([*lines, "Written By:", "Jane Doe", "", body, "", "Contact us"]) + "\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.subtitle) == ("Our Favourite Jars of the Year", None)


def test_a_menu_printed_twice_is_no_near_copy() -> None:
    """A menu printed twice (the desktop and the mobile one) repeats each entry's neighbours with it: its
    entries are no headline printed again, only a copy standing alone is."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    menu = "Fire Safety\nYour Home Wiring\nStorm Safety\n"
    page = f"{menu}Kids Corner\n{menu}Sourdough Starters\nBaking\n5 min read\nSourdough Starters\n\n{SOURDOUGH}\n"
    j = judge(page, Config(input_format="text"))
    view = T._page_view(j.doc.blocks, j.kept, set(), j.dropped_by, j.kept.index(True))
    texts = [b.text for b in j.doc.blocks]
    wiring, starters = texts.index("Your Home Wiring"), texts.index("Sourdough Starters")
    assert wiring not in view.near_copies
    assert starters in view.near_copies


def test_dump_headline_naming_a_day_is_the_title_not_a_dateline() -> None:
    """'Metasploit Wrap-Up 12/19/2025' has a date and few words, as a dateline does; its words of its own
    make it a headline, and the date under it is the page's."""
    from cleaner.fields.text_signals import is_date_line

    assert not is_date_line(Block(0, "How to request the longer chain after 08/02/2024?"), "en")
    assert not is_date_line(Block(0, "Lemmy Development Update 2024-10-04"), "en")
    assert is_date_line(Block(0, "Posted on Sat Feb 24, 2024 in News"), "en")
    assert is_date_line(Block(0, "Published: 03 Dec 2025 | 3 min read"), "en")
    page = f"Security Blog\nMetasploit Wrap-Up 12/19/2025\nJane Doe\nDecember 20, 2025\n\n{BODY}\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.date) == ("Metasploit Wrap-Up 12/19/2025", "2025-12-20")


def test_an_as_of_date_is_the_figures_date_not_the_page_date() -> None:
    from cleaner.fields.date import is_other_date_line

    assert is_other_date_line("As of July 31, 2025, the FDA has received:")
    assert not is_other_date_line("July 31, 2025, as of which the FDA has received:")


def test_of_a_publication_and_a_modification_date_glued_together_the_earlier_is_the_page_date() -> None:
    from cleaner.fields.date import line_date

    assert line_date("May 21, 2025April 24, 2025 by The Ritualist") == "2025-04-24"
    assert line_date("Posted on June 29, 2020November 12, 2021") == "2020-06-29"
    page = f"Site\n\nKeeping Herbs Fresh\nMay 21, 2025April 24, 2025 by Jane Doe\n\n{BODY}\n"
    assert cleaner.clean(page, input_format="text").date == "2025-04-24"


def test_a_name_or_label_then_its_date_is_still_a_dateline() -> None:
    from cleaner.fields.text_signals import is_date_line

    assert is_date_line(Block(0, "Текст: Венера Ерофеева·24 сентября 2018"), "ru")
    assert is_date_line(Block(0, "Updated Dec. 23, 2024, 1:24 PM EST / Source: TODAY"), "en")


def test_our_own_output_of_a_title_only_article_keeps_its_title_when_cleaned_again() -> None:
    """An article that is a headline and nothing else renders as one line; cleaning that text again (the
    round trip users rely on) must give the title back, not an empty article."""
    first = cleaner.clean(
        "<html><head><title>Budget Vote Delayed Again</title></head><body><nav>Home</nav></body></html>",
        input_format="html",
    )
    assert first.title == "Budget Vote Delayed Again"
    again = cleaner.clean(first.to_text(), input_format="text")
    assert (again.title, again.paragraphs) == ("Budget Vote Delayed Again", ())


def test_a_lone_interface_word_is_no_title() -> None:
    assert cleaner.clean("Share\n", input_format="text").title is None


def test_dump_headline_opening_with_a_name_spelt_in_lower_case_is_the_title() -> None:
    """Code identifiers and brands keep their makers' lower-case first letter ('rustc_codegen_gcc',
    'useState', 'iPhone'): such a headline is still one, while a line opening with a plain lower-case word
    (a wrapped sentence's tail) is not."""
    for headline in ("rustc_codegen_gcc: Progress Report #39", "useState Hooks Explained For Beginners"):
        page = f"Dev Blog\n\nPosts\nAbout\n{headline}\nBy Jane Doe\nMarch 3, 2024\n\n{BODY}\n"
        assert cleaner.clean(page, input_format="text").title == headline
    tail = f"Dev Blog\n\nPosts\nAbout\nand then the report went out\nBy Jane Doe\nMarch 3, 2024\n\n{BODY}\n"
    assert cleaner.clean(tail, input_format="text").title != "and then the report went out"


def test_dump_shop_category_name_far_above_the_text_is_the_title() -> None:
    """A shop's category page puts hundreds of product tiles between its name and the text under the
    grid: the name is still the title."""
    tiles = "\n".join(f"${i}.99" for i in range(1, 400))
    page = f"Guitar Shop\n\nElectric Guitars\n{tiles}\n\n{BODY}\n"
    assert cleaner.clean(page, input_format="text").title == "Electric Guitars"


def test_dump_thread_title_under_a_notice_kept_as_text_is_the_title() -> None:
    """A forum shows a notice of a few sentences (no JavaScript, an advertising blurb) over the thread's
    title; the title with its poster's date under it is still the headline, while a title-like line under
    such sentences without a date or byline is the text's own subheading."""
    notice = (
        "Your browser does not seem to support JavaScript, so your viewing experience will be diminished.\n"
        "Please download a browser that supports JavaScript, or enable it if it is disabled.\n"
    )
    head = "How to show a saved hiking route on a tablet?"
    page = f"Trail Forum\n\nSearch\nLogin\n{notice}{head}\nMarch 3, 2024\n\n{BODY}\n"
    assert cleaner.clean(page, input_format="text").title == head
    undated = page.replace("March 3, 2024\n", "")
    assert cleaner.clean(undated, input_format="text").title != head


def test_dump_headline_ending_a_glued_breadcrumb_is_the_title_not_the_first_subheading() -> None:
    """innerText runs a breadcrumb's unseparated items together ('HomeRecipesSourdough Basics: ...');
    ending in the line under it, the trail vouches for that line as the headline, as a trail with
    separators does, over the question heading the text's first section (whose words the text repeats
    more)."""
    question = "What is a sourdough starter?"
    for headline in (
        "Sourdough Basics: Myths and Troubleshooting",
        "12 Sourdough Myths and Troubleshooting Tips",
    ):
        page = f"Recipes\nBread\nHomeRecipes{headline}\n{headline}\n{question}\n{SOURDOUGH}\n"
        assert cleaner.clean(page, input_format="text").title == headline


def test_dump_headline_is_the_line_the_texts_lead_talks_about_not_the_blog_label_over_it() -> None:
    """'Security Blog' over 'Exploring USB Commands', both short and over the date: the lead of the text
    ('This tool sends commands to the device ...') takes up the headline's words, not the label's."""
    lead = (
        "If you have ever had to probe the interfaces of a USB device, you know how opaque many of them "
        "are. This tool sends commands to the device and records which of them get an answer."
    )
    more = (
        "So far the tool has found hidden features on three keyboards and a camera, and the list grows "
        "every week as readers send in the results from their own devices."
    )
    for label in ("Security Blog", "Hardware Notes"):
        page = (
            f"Jane Doe – Security\n{label}\nExploring USB Commands\nDec 19, 2025\nby\nJane Doe\n\n"
            f"{lead}\n\n{more}\n\n{more.replace('week', 'month')}\n"
        )
        article = cleaner.clean(page, input_format="text")
        assert (article.title, article.date) == ("Exploring USB Commands", "2025-12-19")


def test_dump_question_opening_the_text_gives_way_to_the_headline_naming_its_subject() -> None:
    """'What is a sourdough starter?' heads the text's first section, right over it, with nearly all the
    layout evidence of a headline; when it scores best, the line above that names the same subject and
    says more ('Sourdough Starter: Myths and Troubleshooting') is the headline. A question whose subject
    no line above names stays the pick."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    def pick_over_question(head: str) -> str:
        page = f"Recipes\nBread\n{head}\nWhat is a sourdough starter?\n{SOURDOUGH}\n"
        j = judge(page, Config(input_format="text"))
        start = j.kept.index(True)
        view, candidates = T._title_candidates(j.doc, j.kept, j.dropped_by, start, None, "en")
        question = next(i for i, _, _ in candidates if j.doc.blocks[i].text.endswith("?"))
        score = T._title_score(view, question)
        return j.doc.blocks[T._answered_question(view, candidates, (score, question))[1]].text

    assert pick_over_question("Sourdough Starter: Myths and Troubleshooting") == (
        "Sourdough Starter: Myths and Troubleshooting"
    )
    assert pick_over_question("Bread Baking: Myths and Troubleshooting") == "What is a sourdough starter?"


def test_our_own_output_of_a_listicle_keeps_its_title_over_the_first_sections_heading() -> None:
    """Our text output of an article with a title and no standfirst or date is the title, a blank line,
    then the text; the text's first section heading ('1. High-Hydration Dough Baking (HHD)'), whose words
    the paragraphs under it repeat, must not take the title's place when the output is cleaned again."""
    paragraphs = (
        "You have surely heard of high-hydration dough (HHD) at some point. Perhaps you have even baked with "
        "it yourself. High-hydration dough is certainly not a new way to bake.",
        "High-hydration dough is simply dough with more water than flour by weight in the mix. One popular "
        "option is a high-hydration dough for ciabatta, for example at eighty percent water, baked very hot.",
        "High-hydration dough principles can be applied to baguettes, focaccia, pizza dough, sandwich loaves, "
        "and more. Some of high-hydration dough's most notable benefits include:",
    )
    title = "The Top 9 Bread Baking Trends for 2025"
    text = "\n\n".join([title, "1. High-Hydration Dough Baking (HHD)", *paragraphs]) + "\n"
    article = cleaner.clean(text, input_format="text")
    assert article.title == title
    assert article.paragraphs[0] == "1. High-Hydration Dough Baking (HHD)"


def test_bylines_glued_to_their_label_or_set_in_capitals() -> None:
    assert byline_name(Block(0, "BY NORA WELLSPUBLISHED: JAN 29, 2025")) == "NORA WELLS"
    assert byline_name(Block(0, "BY TOM ASHUPDATED: DEC 19, 2025 1:06 PM EST")) == "TOM ASH"
    assert byline_name(Block(0, "ByRita Kane UpdatedJanuary 25, 2026")) == "Rita Kane"
    assert byline_name(Block(0, "ByPaul Orr Updated onFebruary 16, 2026")) == "Paul Orr"
    assert byline_name(Block(0, "ByLena MarshMar 5, 2025 | 6 comments")) == "Lena Marsh"
    assert byline_name(Block(0, "Byron Hale")) is None  # a name that starts with 'By'


def test_a_byline_taken_for_the_standfirst_still_names_the_author() -> None:
    menu = "Daily Notes\nNews\nMarkets\nOpinion\n"
    byline = "By Owen Tate – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Ida Roy"
    article = cleaner.clean(f"{menu}Three Stocks to Watch This Autumn\n{byline}\n\n{BODY}")
    assert article.author == "Owen Tate"
    assert article.subtitle is None


def test_a_forum_dump_names_the_threads_first_poster() -> None:
    from cleaner.fields.text_signals import thread_starter

    reply = "I had the same trouble with the pump last winter and replaced the seal myself in an afternoon."
    xenforo = f"Garden Forum\nForums\nPumps\nPond pump keeps stopping\nThread starter greenthumb42\n\n{BODY}\n\n{reply}"
    assert cleaner.clean(xenforo).author == "greenthumb42"
    discourse = f"Pond pump keeps stopping\nPumps\nwaterlily (Mia) May 3, 2024, 8:45am 1\n\n{BODY}"
    assert cleaner.clean(discourse).author == "waterlily"
    assert thread_starter("waterlily Discussion starter") == "waterlily"
    assert thread_starter("Post by waterlily » Sat Feb 24, 2024 12:41 pm") == "waterlily"
    assert thread_starter("Version 2 1") is None  # a number last, but no post header
    # A board's list of threads says 'started by' for every thread: only under the headline is it the author.
    started = "Started by waterlily, June 04, 2024, 11:23:55 AM"
    assert thread_starter(started, near_title=True) == "waterlily"
    assert thread_starter(started) is None


@pytest.mark.parametrize(
    ("card", "author"),
    [
        ("greenthumb42\nPosts: 116\nJoined: Sun Dec 17, 2023 11:18 am", "greenthumb42"),  # phpBB
        ("#1 2025-11-01 15:14:37\ngreenthumb42\nMember\nRegistered: 2025-11-01", "greenthumb42"),  # FluxBB
        ("Mia Lund\nBig Board Owner\nPosts: 116", "Mia Lund"),  # a rank under the name (MyBB)
        ("Topic Author\ngreenthumb42\nPosts: 524", "greenthumb42"),  # a label over the name
        ("Share\ngreenthumb42\nMembers\n2.8k posts", "greenthumb42"),  # Invision
        ("greenthumb42\nRegistered User\nJoin Date: Mar 2016\nPosts: 1", "greenthumb42"),  # vBulletin
        ("G Offline\nG Offline\ngreenthumb42 | Premium\nwrote on last edited by", "greenthumb42"),  # NodeBB
    ],
)
def test_a_forum_dump_names_the_poster_on_the_first_posters_card(card: str, author: str) -> None:
    reply = "I had the same trouble with the pump last winter and replaced the seal myself in an afternoon."
    page = f"Garden Forum\nForums\nPumps\nPond pump keeps stopping\n{card}\n\n{BODY}\n\nreedbed\nPosts: 3\n\n{reply}"
    assert cleaner.clean(page).author == author


def test_a_poster_card_under_an_editors_stamp_is_the_editors() -> None:
    from cleaner.fields import _first_poster

    lines = (
        "Follow\nedited Mar 4, 2024 at 9:12\nreedbed\n12.5k 3 gold badges\nMia Lund\n1,205 11 silver badges"
    )
    assert _first_poster([Block(i, t) for i, t in enumerate(lines.split("\n"))], 0) == "Mia Lund"
    assert _first_poster([Block(0, "1 Votes"), Block(1, "8 Posts")], 0) is None  # a thread's counts


def test_a_qa_dump_names_the_asker_under_the_questions_stamp() -> None:
    from cleaner.fields.text_signals import question_asker

    page = (
        "Garden Q&A\nQuestions\nTags\nWhy does my pond pump keep stopping?\n"
        "Asked 2 years ago\nViewed 812 times\n"
        f"{BODY}\nshare improve this question\nedited Mar 4, 2024 at 9:12\n"
        "asked Mar 3, 2024 at 21:40\ngreenthumb42\n1,20511 silver badges\n"
    )
    assert cleaner.clean(page).author == "greenthumb42"
    assert question_asker("asked Mar 3, 2024 at 21:40", "Mia Lund") == "Mia Lund"
    assert question_asker("asked Mar 3, 2024 at 21:40", "3") is None  # a vote count, no name
    assert question_asker("asked the neighbours about it", "Mia Lund") is None  # no date: a sentence
    assert question_asker("answered Mar 4, 2024 at 8:02", "Mia Lund") is None  # an answer's stamp


def test_an_articles_author_named_only_at_its_foot() -> None:
    head = "Home Energy Notes\nGuides\nHow to Read Your Electricity Bill\n\n"
    body = f"{BODY}\n\n{PROSE.replace('Tuesday', 'Monday')}\n\n{PROSE.replace('Tuesday', 'Sunday')}"
    tags = "\n".join(f"Tag {n}" for n in range(1, 10))  # far from the headline and the body's top
    labelled = cleaner.clean(f"{head}{body}\n\n{tags}\n\nWritten by Dana Whitfield\n\nRelated posts")
    assert labelled.author == "Dana Whitfield"
    assert "Written by Dana Whitfield" not in labelled.paragraphs
    bio = "Dana Whitfield is an energy writer who has covered utilities for ten years. She lives in Ohio."
    assert cleaner.clean(f"{head}{body}\n\nDana Whitfield\n{bio}").author == "Dana Whitfield"
    # The bio may call her by her first name.
    first = bio.replace("Dana Whitfield is", "Dana is")
    assert cleaner.clean(f"{head}{body}\n\nDana Whitfield\n{first}").author == "Dana Whitfield"
    solar = "Solar is a compact device that reads your panels' output every minute."
    assert cleaner.clean(f"{head}{body}\n\nSolar Meter\n{solar}").author is None
    # A product's heading and its description are no author box.
    product = "Solar Meter is a compact device that reads your panels' output every minute."
    assert cleaner.clean(f"{head}{body}\n\nSolar Meter\n{product}").author is None
    # The label on a line of its own, the name on the next ('Author:' over 'Dana Whitfield').
    for label in ("Author:", "Article written by:", "written by"):
        boxed = cleaner.clean(f"{head}{body}\n\n{tags}\n\n{label}\nDana Whitfield\n\nRelated posts")
        assert boxed.author == "Dana Whitfield", label
    assert cleaner.clean(f"{head}{body}\n\n{tags}\n\nAuthor:\nSee all posts").author is None


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("Rosa Lind\nMarketing Director\nMay 14, 2025", "Rosa Lind"),  # her role between name and date
        ("SOLAR POWER\nROSA LIND\nOCTOBER 11, 2024", "ROSA LIND"),  # the category over the name
        ("ROSA LINDLAST UPDATED NOV 6, 2025", "ROSA LIND"),  # the dateline's label glued to the name
    ],
)
def test_a_bare_name_by_the_date_is_the_author_not_its_role_or_category(meta: str, author: str) -> None:
    page = f"Home Energy Notes\nGuides\nHow to Read Your Electricity Bill\n{meta}\n\n{BODY}"
    assert cleaner.clean(page).author == author


def test_a_first_name_alone_between_the_headline_and_the_date_is_the_author() -> None:
    head = "Home Energy Notes\nGuides\nProduct\nHow to Read Your Electricity Bill\n"
    assert cleaner.clean(f"{head}Rosa\nMay 14, 2025\n\n{BODY}").author == "Rosa"
    # Not a word the page's menu already showed ('Product'), nor one away from the headline or the date.
    assert cleaner.clean(f"{head}Product\nMay 14, 2025\n\n{BODY}").author is None
    assert cleaner.clean(f"{head}Rosa\nGuides for you\nMay 14, 2025\n\n{BODY}").author is None


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("rosalind42", "rosalind42"),  # a user name
        ("GRIDWISE", "GRIDWISE"),  # a brand set in capitals
        ("Dan Lind", "Dan Lind"),  # 'Dan' is a stop word (Malay), refused by is_bare_name
        ("Min Lee", "Min Lee"),  # 'min' is a dateline's word ('3 min read'), not a label
        ("Rosa Lind, Tom Berg & Ann Holm", "Rosa Lind, Tom Berg & Ann Holm"),  # a list of names
        ("Rosa Lind\nSenior Editor", "Rosa Lind"),  # her role between name and date
    ],
)
def test_a_signed_name_between_the_headline_and_the_date_is_the_author(name: str, author: str) -> None:
    head = "Home Energy Notes\nGuides\nHow to Read Your Electricity Bill and Lower It This Winter\n"
    assert cleaner.clean(f"{head}{name}\nMay 14, 2025\n\n{BODY}").author == author


def test_a_first_name_that_is_a_stop_word_still_makes_a_bare_name() -> None:
    from cleaner.fields.text_signals import is_bare_name

    assert is_bare_name(Block(0, "Will Judd"))
    assert is_bare_name(Block(0, "Dan Pantelo"))
    assert not is_bare_name(Block(0, "Will Be Back"))  # a stop word after the first word
    assert not is_bare_name(Block(0, "About Us"))
    head = "Home Energy Notes\nGuides\nHow to Read Your Electricity Bill\n"
    assert cleaner.clean(f"{head}Written by\nMay Lind\n\n{BODY}").author == "May Lind"


def test_a_signed_name_over_a_day_without_its_year_is_the_author() -> None:
    head = "Home Energy Notes\nGuides\nHow to Read Your Electricity Bill and Lower It This Winter\n"
    assert cleaner.clean(f"{head}Rosa Lind\nJun 9\n5 min read\n\n{BODY}").author == "Rosa Lind"
    assert cleaner.clean(f"{head}Rosa Lind\nJun Lee\n5 min read\n\n{BODY}").author is None  # no month


def test_a_fact_check_label_by_the_date_is_no_name() -> None:
    body = f"{BODY}\n\n{PROSE.replace('Tuesday', 'Monday')}\n\n{PROSE.replace('Tuesday', 'Sunday')}"
    head = (
        "Home Energy Notes\nAuthor: Dana Whitfield\nEdited By: Tom Berg\nLast Updated: May 14, 2025\n"
        "Fact Checked\nWhy Trust Us?\nHome » How to Read Your Electricity Bill\n"
        "How to Read Your Electricity Bill and Lower It This Winter\n\n"
    )
    assert cleaner.clean(f"{head}{body}").author == "Dana Whitfield"


def test_a_signed_name_is_not_a_menu_item_a_label_or_glued_menu_items() -> None:
    from cleaner.fields.text_signals import is_signed_name

    head = "Home Energy Notes\nGuides\nHow to Read Your Electricity Bill\n"
    for line in (
        "Guides",
        "Back to posts",
        "4 min read",
        "Published on",
        "Energy BillsMeter ReadingsSolar Panels",
    ):
        assert cleaner.clean(f"{head}{line}\nMay 14, 2025\n\n{BODY}").author is None, line
    assert is_signed_name(Block(0, "Rosa Lind, Energy Expert"))  # her role after a comma
    assert is_signed_name(Block(0, "Nick van Mead"))
    assert not is_signed_name(Block(0, "2025"))
    assert not is_signed_name(Block(0, "Rosa Lind, see her posts"))


@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("May 14, 2025 · 6 min · 1279 words · Rosa Lind", "Rosa Lind"),  # the last field
        ("May 14, 2025 • Rosa Lind in Home Energy", "Rosa Lind"),  # the category cut
        ("rosalind42 · 14/05/2025 19:44", "rosalind42"),  # a user name, then the date
        ("Energy Desk / Updated: May 14, 2025, 21:47 IST", "Energy Desk"),
        ("Video - May 14, 2025", None),  # a category, no name
        ("May 14, 2025 · 6 min read", None),
    ],
)
def test_a_dateline_under_the_headline_signed_with_a_name(dateline: str, author: str | None) -> None:
    head = "Home Energy Notes\nGuides\nHow to Read Your Electricity Bill and Lower It This Winter\n"
    assert cleaner.clean(f"{head}{dateline}\n\n{BODY}").author == author


def test_a_role_after_a_comma_leaves_the_author_with_the_whole_comma_part() -> None:
    from cleaner.fields.text_signals import tidy_author

    assert tidy_author("Owen Tate, WCI Columnist") == "Owen Tate"
    assert tidy_author("Owen Tate, Print Managing Editor") == "Owen Tate"
    assert tidy_author("Owen Tate , Contributor") == "Owen Tate"
    assert tidy_author("Owen Tate, MD, Senior Editor") == "Owen Tate, MD"  # credentials stay
    assert tidy_author("Daily Notes Contributor") == "Daily Notes Contributor"  # a group's name


def test_dates_joined_by_dots_or_glued_after_a_timestamp_and_a_preprints_date() -> None:
    from cleaner.fields.date import is_other_date_line, line_date, parse_date

    assert parse_date("Published on 25.Jun.2019 in Vol 7, No 6 (2019): June") == "2019-06-25"
    assert parse_date("Logged 25/Jun/2019") == "2019-06-25"
    assert parse_date("release v1.2.Mar.2019") is None  # a version, not a day
    assert line_date("Ann2024-04-18T13:00:39+00:00March 22nd, 2024|Reviews|") == "2024-03-22"
    preprint = (
        "Preprints (earlier versions) of this paper are available at example.org, first published 04.Apr.2019"
    )
    assert is_other_date_line(preprint)
    page = (
        f"Journal of Examples\n{preprint}\nPublished on 25.Jun.2019 in Vol 7\nA Trial of Examples\n\n{BODY}"
    )
    assert cleaner.clean(page).date == "2019-06-25"


def test_byline_label_glued_to_its_colon_and_a_time_after_at() -> None:
    assert byline_name(Block(0, "Written by:Rita Kane")) == "Rita Kane"
    assert byline_name(Block(0, "Posted by Rita at December 16, 2025 11:15 AM")) == "Rita"


def test_an_html_forum_thread_is_authored_by_its_starter_not_a_signature() -> None:
    post = "<p>" + PROSE + "</p>"
    html = (
        "<html><head><title>Pond pump keeps stopping | Garden Forum</title></head><body>"
        "<h1>Pond pump keeps stopping</h1><div>Thread starter greenthumb42</div>"
        f"<article><div class='message'>{post}{post.replace('Tuesday', 'Friday')}</div>"
        "<div class='signature'>Posted by <a rel='author' href='/u/reedbed'>reedbed</a></div></article>"
        "</body></html>"
    )
    assert cleaner.clean(html).author == "greenthumb42"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("Rosa Lind on Dec. 13, 2025", "Rosa Lind"),  # 'on' between the name and the date
        ("Dec 17, 2025Rosa K. Lind", "Rosa K. Lind"),  # the name glued after the date
        ("By Rosa Lind ● December 23, 2025 ● 6 min read", "Rosa Lind"),  # a round bullet between fields
    ],
)
def test_a_dateline_holding_the_name_before_or_after_its_date(meta: str, author: str) -> None:
    page = f"Home Energy Notes\nGuides\nHow to Read Your Electricity Bill\n{meta}\n\n{BODY}"
    assert cleaner.clean(page).author == author


def test_a_dated_bylines_lower_case_user_name() -> None:
    assert byline_name(Block(0, "Posted on July 1, 2024 by pondkeeper")) == "pondkeeper"
    assert byline_name(Block(0, "by pondkeeper | Apr 21, 2025")) == "pondkeeper"
    assert byline_name(Block(0, "by email")) is None  # undated: a way, not a user


def test_day_month_year_joined_with_a_month_abbreviated_in_another_language() -> None:
    from cleaner.fields.date import parse_date
    from cleaner.fields.month_names import ANY_LANGUAGE_MONTHS, MONTHS

    # A CMS prints the month in its installation's locale, whatever the post's language.
    assert parse_date("By: Example Team on 04-ago-2021 5:11:10", language="en") == "2021-08-04"
    assert parse_date("Posted 12.dic.2020", language="en") == "2020-12-12"
    # Only the joined form: a spaced '3 ago 2021' may be English words ('3 years ago 2021').
    assert parse_date("3 ago 2021", language="en") is None
    # The union is safe because no word names two different months.
    for months in MONTHS.values():
        for word, number in months.items():
            assert ANY_LANGUAGE_MONTHS[word] == number


def test_year_first_dates_set_apart_by_bullets_middle_dots_or_spaced_dashes() -> None:
    from cleaner.fields.date import parse_date

    assert parse_date("2025•01•08") == "2025-01-08"
    assert parse_date("Posted 2025 · 01 · 08") == "2025-01-08"
    assert parse_date("\xa0» 2021\xa0–\xa001\xa0–\xa018") == "2021-01-18"
    # Typographic separators only before two-digit parts: '2019 – 1 – 2' may be a score.
    assert parse_date("Season 2019 – 1 – 2 win") is None


def test_a_dated_byline_run_on_after_the_standfirst_gives_the_author_and_the_date() -> None:
    """'… for the whole year. By Jane Doe on Dec. 19, 2025': the dek and the byline in one header line."""
    from cleaner.fields.text_signals import closing_byline

    dek = "The family bakery plans to open twelve more shops across the region over the coming year."
    assert closing_byline(f"{dek} By Jane Doe on Dec. 19, 2025") == (
        "Jane Doe",
        "By Jane Doe on Dec. 19, 2025",
    )
    # No date after it: a sentence of the text, not a byline.
    assert closing_byline(f"{dek} By Contrast Others Wait") is None
    page = f"Bakery Journal\n\nKeeping A Sourdough Starter Alive\n{dek} By Jane Doe on Dec. 19, 2025\n\n{SOURDOUGH}\n"
    article = cleaner.clean(page, input_format="text")
    assert (article.author, article.date) == ("Jane Doe", "2025-12-19")


def test_month_and_day_with_the_year_set_apart_by_a_spaced_dash() -> None:
    from cleaner.fields.date import parse_date

    assert parse_date("12/19 — 2025") == "2025-12-19"
    assert parse_date("3/4 · 2024") == "2024-03-04"
    # Only before a four-digit year, and not after a plain hyphen ('12/19 - 25' is a range or a score).
    assert parse_date("12/19 — 25") is None
    assert parse_date("12/19 - 2025") is None


def test_published_words_are_found_in_any_case_and_skipped_cheaply_on_ascii_lines() -> None:
    """_published_in is _PUBLISHED_RE.search: the ASCII shortcut (no 'pub', no 'posted') never hides a
    match, in capitals or not, and lines in other scripts still go to the regex."""
    from cleaner.fields.date import _PUBLISHED_RE, _published_in

    lines = [
        "PUBLISHED: March 3, 2024",
        "Posted by Jane Doe on 3 May 2024",
        "Pubblicato il 3 maggio 2024",
        "GEPUBLICEERD OP 3 MEI 2024",
        "Veröffentlicht am 3. Mai 2024",
        "Publié le 3 mai 2024",
        "Reposted from the archive",  # 'posted' inside a word: no whole word
        "A public notice, March 3, 2024",
        "Updated March 3, 2024",
        "",
    ]
    for text in lines:
        expected = _PUBLISHED_RE.search(text)
        found = _published_in(text)
        assert (found and found.span()) == (expected and expected.span()), text
    assert _published_in("Updated March 3, 2024") is None
    assert _published_in("PUBLISHED: March 3, 2024") is not None


def test_title_separators_open_with_a_space_or_a_pipe() -> None:
    """TITLE_SEPARATORS_RE's lookahead only skips characters no separator starts at: the splits stay
    trafilatura's (spaced dashes, bars and bullets, a bare pipe, a doubled dash), a hyphen inside a word
    and a run of spaces split nothing, and a separator is matched from the first space of its run."""
    from cleaner.fields.site import TITLE_SEPARATORS_RE

    assert TITLE_SEPARATORS_RE.split("Headline | Site") == ["Headline", "Site"]
    assert TITLE_SEPARATORS_RE.split("Headline|Site") == ["Headline", "Site"]
    assert TITLE_SEPARATORS_RE.split("Headline - Site — Section") == ["Headline", "Site", "Section"]
    assert TITLE_SEPARATORS_RE.split("Headline -- Site") == ["Headline", "Site"]
    assert TITLE_SEPARATORS_RE.split("Well-known  facts: a guide") == ["Well-known  facts: a guide"]
    m = TITLE_SEPARATORS_RE.search("Headline   ·   Site")
    assert m is not None and m.span() == (8, 15)


# Template shapes that point straight at a dump's title line, where the headline score alone picks
# another line (a category, a section heading, the docs' name, a clipped copy).
DUMP_TITLE_ANCHORS = [
    pytest.param(
        # A thread page opening with its header: the forum's name, the thread's title, its category, its
        # tags, then the opening post's header numbered 1 (which reads like a byline under the category).
        "Garden Growers Forum\nTomato seed sources\nVegetable Gardening Help Desk\nseeds, tomatoes\n"
        f"ann_lee (Ann Lee) March 3, 2025, 7:14pm 1\n{BODY}\n",
        "Tomato seed sources",
        id="line-under-the-forums-name-not-its-category",
    ),
    pytest.param(
        # A breadcrumb's last item clips the headline under it; its few words all recur in the text, so
        # the score alone prefers the clipped copy.
        "Home\nBaking\nKeeping A Sourdough Starter Alive:...\n"
        f"Keeping A Sourdough Starter Alive: What Comes Next\n\n{SOURDOUGH}\n",
        "Keeping A Sourdough Starter Alive: What Comes Next",
        id="clipped-copy-gives-way-to-the-whole-line",
    ),
    pytest.param(
        "Garden Growers Forum\nForums\nVegetables\nTomato help wanted\nSeed swap ideas for this spring\n"
        f"Tomatoes?\nThread starter ann_lee\nStart date Mar 3, 2025\n{BODY}\n",
        "Tomatoes?",
        id="line-over-the-thread-starter-label",
    ),
    pytest.param(
        f"Garden Growers Forum\nForums\nVegetables\nTRAILS\nann_lee\n{PROSE}\nTomato seed sources\n"
        "Jump to Latest\n6.5K views 5 replies 5 participants last post by bob_roe Jun 5, 2024\n"
        f"{BODY}\n",
        "Tomato seed sources",
        id="line-over-the-threads-statistics",
    ),
    pytest.param(
        # The score prefers the short heading over the text; the trail says which line names the page.
        "Toolkit Docs\nGuides\nReference\nHome / Manuals / Toolkit / Networking\nNetworking in Toolkit\n"
        f"Copy as Markdown\nTable of contents\nCommand line options\n{BODY}\n",
        "Networking in Toolkit",
        id="line-a-breadcrumb-right-above-names",
    ),
    pytest.param(
        # A trail from the home page names the page with two items already, and is taken under the menus
        # below where the body starts (a kept notice opens it here); the score would prefer 'Sort by'.
        f"Garden Tools Co\n{PROSE}\nShop\nTools\nPruning\nWatering\nSeeds\nSoil\nPlanters\nGloves\nSale\n"
        f"Gift Cards\nHelp\nContact\nSign in\nCart\nHome / Pruning Shears\nPruning Shears\nSort by\n{BODY}\n",
        "Pruning Shears",
        id="line-under-a-home-trail-below-the-body-start",
    ),
    pytest.param(
        # Docs generators mark each heading with '¶'; the sidebar's and contents' copies carry no mark,
        # and the score would prefer the docs' name or a section heading.
        "Toolkit Documentation (3.1.x) »\nContents\nInstallation\nQuickstart\nTutorial\n"
        f"Quickstart¶\nA Minimal Application¶\n{BODY}\nRouting¶\n{BODY}\n",
        "Quickstart",
        id="first-heading-with-a-permalink-mark",
    ),
    pytest.param(
        # A wiki prints the page's name, then its language button, under the menus and contents; the
        # name may be in lower case, and the score would prefer the first section's heading.
        "Main menu\nmove to sidebar hide\nNavigation\nMain page\nContents\n1 Installation\n"
        "2 Configuration\ngardenctl\n3 languages\nArticle\nTalk\nRead\nEdit\n"
        f"From Garden Wiki\n1 Installation\n{BODY}\n2 Configuration\n{BODY}\n",
        "gardenctl",
        id="wiki-line-over-the-language-button",
    ),
    pytest.param(
        # The older wiki skin: the title, its 'From <wiki>' tagline, then the skip links; a notice kept as
        # text above the title would otherwise close the headline search.
        "Want to edit, but don't see an edit button when logged in? Click here.\nSourdough starter\n"
        f"From Baking Wiki\nJump to navigationJump to search\nContents\n1 Feeding\n{BODY}\n",
        "Sourdough starter",
        id="wiki-line-over-the-from-tagline-and-skip-links",
    ),
    pytest.param(
        # The line next to the pick says it without the site's name after a dash.
        "Garden Tools Co\nShop\nGuides\nSourdough Starter Guide\nSourdough Starter Guide - Garden Tools Co\n\n"
        f"{SOURDOUGH}\n",
        "Sourdough Starter Guide",
        id="line-the-pick-repeats-with-a-site-suffix",
    ),
    pytest.param(
        # The line next to the pick says it without the breadcrumb trail from the home page run into it.
        "Garden Notes\nBaking\nKeeping A Sourdough Starter Alive\n0 Comments on Keeping A Sourdough Starter Alive\n"
        f"Home Blog Baking Keeping A Sourdough Starter Alive\n\n{SOURDOUGH}\n",
        "Keeping A Sourdough Starter Alive",
        id="line-the-pick-repeats-after-a-home-trail",
    ),
    pytest.param(
        # NodeBB prints the thread's tools and its category right under the title; a notice kept as text
        # above the title would otherwise close the headline search.
        "Your browser does not seem to support JavaScript. As a result, your viewing experience will be "
        "diminished, and you have been placed in read-only mode.\nGarden Growers Forum\nCategories\nRecent\n"
        "Why do tomatoes split?\nScheduled Pinned Locked Moved Vegetables\n23 Posts 3 Posters 928 Views\n"
        f"{BODY}\n",
        "Why do tomatoes split?",
        id="line-over-the-threads-tools",
    ),
    pytest.param(
        # The 'Asked' line vouches for the line over its button even when the question opens in lower case.
        "Gardening Stack\nQuestions\nTags\nUsers\nRelated tomato questions\n"
        f"why do my tomatoes split after rain?\nAsk Question\nAsked 2 years, 2 months ago\nModified 1 year ago\n"
        f"{BODY}\n",
        "why do my tomatoes split after rain?",
        id="lower-case-question-over-the-ask-button-and-asked-date",
    ),
    pytest.param(
        "Gardening Stack\nQuestions\nTags\nUsers\nRelated tomato questions\n"
        f"Why do tomatoes split?\nAsk Question\nAsked 2 years, 2 months ago\nModified 1 year ago\n{BODY}\n",
        "Why do tomatoes split?",
        id="question-over-the-ask-button-and-asked-date",
    ),
    pytest.param(
        # Forum software ends its trail in the thread's title and an 'All Activity' link, printed at the top,
        # at the bottom and in the mobile menu; the category over the title would otherwise score higher,
        # and a title ending in a full stop would be read as a sentence.
        "Garden Growers Forum\nActivity\nAll Activity\nSearch\nHome\nForums\nVegetables\n"
        "Why do my tomatoes split after rain.\nAll Activity\n \nSearch...\nann_lee\nMembers\n"
        f"Posted March 3, 2025\n{BODY}\nHome\nForums\nVegetables\nWhy do my tomatoes split after rain.\n"
        "All Activity\nLight Mode\nHome\nForums\nVegetables\nWhy do my tomatoes split after rain.\n"
        "All Activity\nSign In\n",
        "Why do my tomatoes split after rain.",
        id="line-over-every-trail-end-link",
    ),
    pytest.param(
        # A trail labelled as one names the page with two items; the score would prefer the first section.
        "Garden Wiki\nGet Involved\nYou are here: start > sowing\nSowing\nQuick Sowing\n"
        f"Quick sowing is the fastest way to get seeds into the ground in spring.\nSowing in Trays\n{BODY}\n",
        "Sowing",
        id="line-under-a-labelled-two-item-trail",
    ),
]


@pytest.mark.parametrize(("page", "title"), DUMP_TITLE_ANCHORS)
def test_dump_title_anchors(page: str, title: str) -> None:
    assert cleaner.clean(page, input_format="text").title == title


def test_a_permalinked_first_line_read_as_the_site_name_is_still_the_title() -> None:
    """A docs page opening with its marked heading: the mark, not the masthead test, says what the line is."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    page = f"Feeding Schedules¶\n\nStarter Basics¶\n\n{SOURDOUGH}\n\nStorage¶\n\n{BODY}\n"
    j = judge(page, Config(input_format="text"))
    start = j.kept.index(True)
    assert T._permalinked_title(j.doc, j.dropped_by, start, "Feeding Schedules¶", "en") == 0


def test_a_menus_all_activity_entry_names_no_title() -> None:
    """'All Activity' under different lines (a menu's entry, a trail ending in the category) vouches for
    none of them: only a line over every copy of the link ends the trail."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    page = (
        "Garden Growers Forum\nActivity\nAll Activity\nSearch\nThis Topic\nVegetables\nAll Activity\nHome\n"
        f"Why do tomatoes split?\n{BODY}\nGo to topic listing\nAll Activity\nHome\n"
    )
    j = judge(page, Config(input_format="text"))
    view, _ = T._title_candidates(j.doc, j.kept, j.dropped_by, j.kept.index(True), None, "en")
    assert T._trail_end_title(view, "en") is None


def test_a_headline_opening_with_home_is_no_trail_run_into_it() -> None:
    """Two words before a nearby line ('Home Office') are part of the headline, not a trail from the home
    page ('Home Blog Fitness'): the pick keeps them."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    page = f"Garden Notes\nSourdough Starters\nHome Sourdough Starters\n\n{SOURDOUGH}\n"
    j = judge(page, Config(input_format="text"))
    view, candidates = T._title_candidates(j.doc, j.kept, j.dropped_by, j.kept.index(True), None, "en")
    lines = [i for i, _, _ in candidates]
    assert T._shorter_line(view, lines, 2) == 2


def test_a_photo_caption_toggle_reads_as_interface_words() -> None:
    """'Show Caption' over the text is a news template's photo toggle, weighed as interface words."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    page = f"Opinion\nColumnists\nWhy Sourdough Starters Fail\nJane Doe | Guest Columnist\nShow Caption\n\n{SOURDOUGH}\n"
    j = judge(page, Config(input_format="text"))
    start = j.kept.index(True)
    view, candidates = T._title_candidates(j.doc, j.kept, j.dropped_by, start, None, "en")
    toggle = next(i for i, _, _ in candidates if j.doc.blocks[i].text == "Show Caption")
    assert T._title_features(view, toggle, 0)["ui_words"] == 0.5


def test_a_module_named_in_lower_case_before_a_dash_may_head_a_docs_page() -> None:
    from cleaner.fields.title import names_in_lower_case

    assert names_in_lower_case("functools — Higher-order functions and operations on callable objects")
    assert names_in_lower_case("grep(1) — print lines that match patterns")
    assert not names_in_lower_case("functools - a hyphen joins words in running text")
    assert not names_in_lower_case("and the rest of the sentence")


def test_a_thread_starter_labels_line_shown_in_the_menu_too_is_a_breadcrumb_item() -> None:
    page = (
        "Garden Growers Forum\nForums\nTomatoes?\nVegetables\nTomato help wanted\n"
        "Seed swap ideas for this spring\nTomatoes?\nThread starter ann_lee\nStart date Mar 3, 2025\n"
        f"{BODY}\n"
    )
    assert cleaner.clean(page, input_format="text").title != "Tomatoes?"
    from cleaner.fields.text_signals import is_starter_label

    assert is_starter_label("Thread starter ann_lee")
    assert not is_starter_label("ann_lee Discussion starter")


def test_a_list_of_threads_with_statistics_on_every_item_is_not_titled_by_its_first_thread() -> None:
    items = "\n".join(
        f"Tomato question number {n}\n{n}.5K views {n} replies {n} participants last post by bob_roe Jun 5, 2024"
        for n in range(1, 4)
    )
    page = f"Garden Growers Forum\nVegetable Gardening\n{items}\n{BODY}\n"
    assert cleaner.clean(page, input_format="text").title != "Tomato question number 1"


def test_title_folds_are_shared_and_equal_to_fold() -> None:
    # fold_name is fold cached per name: the headline pick folds a page's declared titles once, and the
    # folded titles are the ones PageMeta.declared_titles gives.
    from cleaner.blocks import Document, PageMeta
    from cleaner.fields.site import fold_name
    from cleaner.fields.title import _declared_titles
    from cleaner.rules.phrases import fold

    meta = PageMeta(title_tag="Ça Marche — L’Été | Le Site", og_title="Ça Marche", headline="…")
    doc = Document(blocks=[], kind="html", meta=meta)
    assert _declared_titles(doc) == meta.declared_titles() == ["ça marche", "ça marche l été le site"]
    assert fold_name(meta.title_tag) == fold(meta.title_tag)
    assert fold_name(meta.title_tag) is fold_name(meta.title_tag)


def test_headline_pick_reuses_keys_and_title_parts() -> None:
    # A one-block heading's key is the block's own (fold of its text); the <title> is split once
    # (title_parts); the heading-title word overlap counts repeated words as a multiset either way.
    from cleaner.blocks import Document
    from cleaner.fields.site import TITLE_SEPARATORS_RE, title_parts
    from cleaner.fields.title import _covers_one, _heading_groups
    from cleaner.rules.phrases import fold

    text = "Ça Marche — L’Été, Ⅻ Fois"
    (group,) = _heading_groups(Document(blocks=[Block(0, text, heading=1)], kind="html"), (1,))
    assert group.key == fold(text)
    title = "Headline: More – Words | Site Name"
    assert title_parts(title) == tuple(TITLE_SEPARATORS_RE.split(title))
    assert _covers_one("new new york", "new york", 0.7)  # {new: 1, york: 1} shared: F1 2*2/5
    assert not _covers_one("new new new york", "new york", 0.7)  # 2*2/6
    assert not _covers_one("best hubs tested", "the best hubs tested by our editors", 0.7)  # 2*3/10


def test_the_headline_score_bound_never_falls_under_the_score() -> None:
    """The dump's headline search scores in full only the lines whose bound (cheap features weighed, plus
    the most the costly ones can add) reaches the best score so far: the bound must hold for every line,
    and the pick must be the one scoring every line in full gives (the first in page order among equals)."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    page = (
        "Home | News | Sport\nLog In Get Started Free\nOpinion\nWhy Sourdough Starters Fail\n"
        "Jane Doe | Dec 19, 2025\nWhy Sourdough Starters Fail\nShow Caption\n\n"
        f"{SOURDOUGH}\n\nKeeping a Starter Alive\n\n{SOURDOUGH}\n"
    )
    j = judge(page, Config(input_format="text"))
    start = j.kept.index(True)
    view, candidates = T._title_candidates(j.doc, j.kept, j.dropped_by, start, None, "en")
    assert len(candidates) > 2
    scores = [(T._title_score(view, i, between, lead), i) for i, between, lead in candidates]
    for (i, between, lead), (score, _) in zip(candidates, scores, strict=True):
        assert T._score_bound(view, i, between, lead) >= score
        cheap = list(T._cheap_features(view, i, between, lead))
        assert cheap == [k for k in T.TITLE_WEIGHTS if k not in T.COSTLY_FEATURES]  # _CHEAP_WEIGHTS' order
        # The search scores a line from the cheap features its bound was read from: the same float.
        assert T._scored(view, i, T._cheap_features(view, i, between, lead)) == score
    best = max(scores, key=lambda si: (si[0], -si[1]))
    head = T._text_headline(j.doc, j.kept, j.dropped_by, start, None, "en")
    assert head.title == j.doc.blocks[best[1]].text == "Why Sourdough Starters Fail"


def test_a_home_trail_split_by_pipes_is_a_menu() -> None:
    """Beyond the headline's reach a trail from the home page vouches for the line under it only when it is
    a breadcrumb ('Home / Shop / Garden Journal'), not a menu split by pipes ('Home | Shop | Garden Journal'
    over the same line)."""
    from cleaner.fields.title import _crumbed_title
    from cleaner.read.text import read_text

    filler = [f"Aisle {n}" for n in range(20)]
    for trail, found in (("Home / Shop / Garden Journal", 22), ("Home | Shop | Garden Journal", None)):
        doc = read_text(
            "\n".join(["Garden Tools Co", *filler, trail, "Garden Journal", "We answer within a day."])
        )
        assert _crumbed_title(doc, {}, 0, None, None) == found, trail


def test_dump_published_line_outranks_a_date_found_by_the_body_top_only() -> None:
    """The headline's reach shows no date; the line over the text is the last entry of a changelog
    ('Updates' / '2023-06-12 Further arguments …'), found only by looking around the body's top. A line
    saying 'Published on …' further down names the day."""
    menu = "Recent articles\nAbout this blog\nSubscribe\nTop tags:\nsoftware (266)\nhardware (121)\n" + (
        "security (68)\nprivacy (62)\ncloud (63)\nArchive"
    )
    page = (
        "Notes of a Tinkerer\nHome\nHow to Choose a Tool for the Job\nReading time about 6 minutes\n"
        f"Show Sidebar\n{menu}\nUpdates\n2021-08-09 Emphasizing the analysis steps.\n"
        f"2023-06-12 Further arguments for raising awareness.\n\n{BODY}\n\nPublished on 2021-01-18T19:55\n"
    )
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.date) == ("How to Choose a Tool for the Job", "2021-01-18")
    # Without the Published line, the date by the body's top stays the best guess.
    assert cleaner.clean(page.replace("Published on", "Read on"), input_format="text").date == "2021-08-09"


def test_dump_update_label_over_its_date_and_a_date_by_the_headlines_other_copy() -> None:
    """A banner prints the headline with its publication date; the article prints it again with
    'Last update:' over the modification date on the next line (two elements, two lines of innerText).
    The split label marks an update, and the date by the first copy is the headline's too."""
    from cleaner.fields.date import is_update_label

    assert (
        is_update_label("Last update:") and is_update_label("Updated on") and is_update_label("Last Modified")
    )
    assert not is_update_label("Update") and not is_update_label("Updated on July 16, 2025")
    assert is_update_label("Last updated at:") and is_update_label("Last updated")
    headline = "Best Residential Movers in Springfield | Top 19 Companies"
    banner = f"{headline}\nAcme Movers\nFebruary 8, 2022\n•\n10\nmins read\n0:00\n1x\n1.5x\n2x\nBlog\n"
    page = (
        "Mover Software\nSolutions\nCustomers\nResources\nLogin\nBook a Demo\n< Back to all blog posts\n"
        f"{banner}Moving Industry News\n{headline}\nAcme Movers\nLast update:\nJuly 16, 2025\n•\n10\nmin read\n"
        f"Table of Contents\n\n{BODY}\n"
    )
    article = cleaner.clean(page, input_format="text")
    assert (article.title, article.date) == ("Best Residential Movers in Springfield", "2022-02-08")
    # Printed once, the headline has only its update date, which stays the best guess.
    assert cleaner.clean(page.replace(banner, ""), input_format="text").date == "2025-07-16"


def test_a_site_clock_is_not_the_page_date() -> None:
    """A forum prints today's date and time in its header, beside its statistics or as phpBB's 'It is
    currently …': the thread's date is its first post's."""
    from cleaner.fields.date import is_other_date_line

    assert is_other_date_line("It is currently Thu Mar 05, 2026 1:16 pm")
    assert is_other_date_line("Current time: 2026-03-05, 12:41 PM Powered By Forum Software")
    assert is_other_date_line(
        "Stats: 3,313,045 members, 8,365,576 topics. Date: Thursday, 05 March 2026 at 01:16 PM"
    )
    assert not is_other_date_line("Posted by jo on March 5, 2026 for 12 members of the club")
    page = (
        "Example Forum\nWelcome, Guest: Register • Login\n\n"
        "Stats: 3,313,045 members, 8,365,576 topics. Date: Thursday, 05 March 2026 at 01:16 PM\n\n"
        "Toggle theme\nHybrid Quantum And Classical Computing - Programming\n\n"
        "Forum › Science › Programming › Hybrid Quantum And Classical Computing (1031 Views)\n\n1 Reply\n\n"
        f"Hybrid Quantum And Classical Computing by alphabyte: 3:21pm On Mar 09, 2023\n\n{BODY}\n"
    )
    assert cleaner.clean(page, input_format="text").date == "2023-03-09"


def test_a_second_stamp_of_the_page_date_over_the_text_is_no_text() -> None:
    # The stamp gave the date, but too long for a dateline it was left as the text's first line.
    stamp = "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019"
    head = "Rare fever: a third case is confirmed\nHealth officials said the case was found on Monday.\nBy Jane Doe\n"
    art = cleaner.clean(f"{head}{stamp}\n{BODY}", input_format="text")
    assert art.date == "2019-11-19"
    assert stamp not in art.paragraphs
    # A stamp of another day is not the page's; a dated line under the first paragraph is the text's.
    other = "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"
    art = cleaner.clean(f"{head}{stamp}\n{other}\n{BODY}", input_format="text")
    assert other in art.paragraphs and stamp not in art.paragraphs
    quoted = "— Jane Roe (@jroe) November 19, 2019"
    art = cleaner.clean(
        f"{head}{stamp}\n{BODY}\n{quoted}\n{BODY.replace('committee', 'board')}", input_format="text"
    )
    assert quoted in art.paragraphs


def test_a_quotation_s_attribution_dates_the_quote_not_the_page() -> None:
    """'— Jane Doe (@jdoe) November 18, 2019' (an embedded post) and '— David Roe on Sunday, October 13th, 2019
    in a local newspaper' (a quoted statement) date the quoted words: the byline's date is the page's."""
    from cleaner.fields.date import is_other_date_line

    assert is_other_date_line("— Jane Doe (@jdoe) November 18, 2019")
    assert is_other_date_line("– David Roe on Sunday, October 13th, 2019 in a local newspaper")
    assert not is_other_date_line("-- November 18, 2019")
    assert not is_other_date_line("November 18, 2019 — Jane Doe")
    page = (
        "Fact Checks\nTopics\nSubjects\n\n"
        '"Forty trucks a day cross the bridge at Millford."\n\n'
        "— David Roe on Sunday, October 13th, 2019 in a local newspaper\n\n"
        "By Anna Lee on Monday, November 18th, 2019 at 11:08 a.m.\n\n"
        f"{BODY}\n"
    )
    assert cleaner.clean(page, input_format="text").date == "2019-11-18"


def test_a_question_s_asked_stamp_dates_a_short_thread() -> None:
    """A Q&A site prints 'asked <date>' under the question (after its 'edited' stamp): the thread's date,
    wherever it stands, also when the thread is too short for the first-date fallback."""
    from cleaner.fields.date import is_published_line

    assert is_published_line("asked Jul 18, 2024 at 4:39")
    assert is_published_line("Asked Mar 5, 2019 in Networking by jdoe")
    assert not is_published_line("She asked on Mar 5, 2019 for the keys")
    page = (
        "Example Q&A\nQuestions\nTags\nUsers\n\n"
        "Join two block devices in linear mode\n\nAsk Question\nAsked 1 year, 7 months ago\nViewed 89 times\n\n"
        "I have two disks and want one linear device over both of them. Which tool does that?\n\n"
        "linux\nstorage\n\nShare\nImprove this question\nFollow\n"
        "edited Jul 18, 2024 at 13:41\nasked Jul 18, 2024 at 4:39\njdoe\n\n"
        "1 Answer\n\nUse dmsetup with a linear table.\n\nanswered Jul 19, 2024 at 9:22\nanna\n"
    )
    assert cleaner.clean(page, input_format="text").date == "2024-07-18"


def test_the_searched_lines_words_are_counted_as_over_the_whole_text() -> None:
    """The dump's page view counts the kept lines' words only where a searched line holds them
    (_page_view's ``searched``): every searched line's topicality, and so its score, is the one counting
    every word gives."""
    from cleaner.fields import title as T
    from cleaner.pipeline import Config, judge

    page = (
        "Home | News | Sport\nOpinion\nWhy Sourdough Starters Fail\nJane Doe | Dec 19, 2025\n\n"
        f"{SOURDOUGH}\n\nKeeping a Starter Alive\n\n{SOURDOUGH}\n"
    )
    j = judge(page, Config(input_format="text"))
    blocks, start = j.doc.blocks, j.kept.index(True)
    every = T._page_view(blocks, j.kept, set(), j.dropped_by, start)
    searched = range(0, start)
    asked = T._page_view(blocks, j.kept, set(), j.dropped_by, start, True, searched)
    assert set(asked.body_words) < set(every.body_words)
    for i in searched:
        assert T._topicality(asked, i) == T._topicality(every, i)
        assert T._title_score(asked, i) == T._title_score(every, i)


def test_a_title_candidate_known_to_be_no_meta_line_skips_the_date_test() -> None:
    """_candidate's ``no_meta``: the headline search already knows a line of MAX_META_WORDS at most is no
    byline nor date line when _meta_lines left it out, and a meta line _named_only let through is neither;
    the other tests still apply."""
    from cleaner.fields import title as T

    dated = Block(index=0, text="Tuesday, July 1, 2025", para_start=True)
    assert not T._candidate(dated, {}, None, "en")
    assert T._candidate(dated, {}, None, "en", no_meta=True)  # (only a caller that knows better says so)
    menu = Block(index=1, text="menu", para_start=True)
    assert not T._candidate(menu, {}, None, "en", no_meta=True)  # lower case, one word: still no title


def test_the_meta_lines_are_the_bylines_and_the_dated_lines() -> None:
    """_meta_lines asks for a date only the short lines holding two digits in a row (found in their text
    joined): a byline without a digit and a date line are both found, a headline naming neither is not."""
    from cleaner.fields import title as T

    texts = ["Why Sourdough Starters Fail", "By Jane Doe", "Tuesday, July 1, 2025", "Menu", "Top 10 Breads"]
    blocks = [Block(index=i, text=t, para_start=True) for i, t in enumerate(texts)]
    assert T._meta_lines(blocks, 0, len(blocks), "en") == {1, 2}
