"""Small, general behaviours the golden fixtures exposed; each test is the minimal page showing one."""

from __future__ import annotations

from pathlib import Path

import cleaner
from cleaner.article import Article
from cleaner.blocks import Block
from cleaner.fields.text_signals import byline_name

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
