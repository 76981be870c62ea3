"""Behaviour of the text-dump rules and fields on small hand-written dumps."""

from __future__ import annotations

from cleaner import clean
from cleaner.config import Config
from cleaner.pipeline import judge

PROSE = (
    "The committee met on Tuesday to discuss the budget, and the members agreed that the plan "
    "should be revised before it is put to a vote in the spring session of the council."
)


def _dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _labels(text: str) -> dict[str, str]:
    j = judge(text, Config(input_format="text"))
    return {b.text: j.label(b) for b in j.doc.blocks}


def test_headline_above_name_and_date_beats_name_line() -> None:
    text = _dump(
        "Home",
        "Blog",
        "City Council Delays the Budget Vote Again",
        "Jane Doe",
        "March 3, 2024",
        PROSE,
        PROSE.replace("committee", "board"),
    )
    art = clean(text, input_format="text")
    assert art.title == "City Council Delays the Budget Vote Again"
    assert art.date == "2024-03-03"
    assert "Jane Doe" not in art.paragraphs


def test_long_headline_read_as_first_body_line_is_the_title() -> None:
    text = _dump(
        "Menu",
        "Why the Council Delayed the Budget Vote and What It Means for the Spring Session (Explained)",
        PROSE,
        PROSE.replace("committee", "board"),
    )
    art = clean(text, input_format="text")
    assert art.title.startswith("Why the Council Delayed")
    assert art.paragraphs[0] == PROSE


def test_table_of_contents_label_is_chrome() -> None:
    labels = _labels(_dump("Table of Contents", PROSE, PROSE.replace("committee", "board")))
    assert labels["Table of Contents"] == "drop_site_chrome"


def test_date_glued_to_following_text_is_read() -> None:
    text = _dump("A Headline About the Budget Vote", "On January 12, 2025January 22, 2025", PROSE)
    assert clean(text, input_format="text").date == "2025-01-12"


def test_published_line_under_the_article_dates_it() -> None:
    body = [PROSE.replace("committee", f"committee {i}") for i in range(6)]
    text = _dump(
        "City Council Delays the Budget Vote Again", *body, "Published on: 15 August 2025", "Latest Articles"
    )
    assert clean(text, input_format="text").date == "2025-08-15"


def test_first_date_line_dates_an_article_when_none_is_near_the_headline() -> None:
    body = [PROSE.replace("committee", f"committee {i}") for i in range(6)]
    text = _dump(
        "Home",
        "March 3, 2024",
        "News",
        "Sport",
        "Weather",
        "Culture",
        "Travel",
        "Jobs",
        "Events",
        "Video",
        "Audio",
        "Shop",
        "Opinion",
        "Council Delays the Budget Vote Again",
        *body,
    )
    assert clean(text, input_format="text").date == "2024-03-03"


def test_number_runs_are_not_dates() -> None:
    from cleaner.fields.date import parse_date

    assert parse_date("2/5/10/20-Second Delay") is None
    assert parse_date("posted 12/17/2025") == "2025-12-17"


def test_read_more_button_is_chrome_not_a_section_cut() -> None:
    text = _dump(PROSE, "Read more", PROSE.replace("committee", "board"), PROSE.replace("committee", "jury"))
    labels = _labels(text)
    assert labels["Read more"] == "drop_site_chrome"
    assert labels[PROSE.replace("committee", "jury")] == "kept"


def test_inline_related_link_drops_only_its_line() -> None:
    after = PROSE.replace("committee", "board")
    text = _dump(
        "Budget Vote Delayed Again",
        PROSE,
        PROSE.replace("committee", "panel"),
        "Related: Council Approves the New Park Plan",
        after,
    )
    labels = _labels(text)
    assert labels["Related: Council Approves the New Park Plan"] == "drop_inline_related_links"
    assert labels[after] == "kept"


def _article(n: int = 5) -> list[str]:
    return [PROSE.replace("committee", f"committee {i}") for i in range(n)]


def test_headless_comment_thread_is_cut_after_the_article() -> None:
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(),
        "alice says:",
        "November 19, 2019 at 6:34 am",
        "Great piece, thanks.",
        "bob says:",
        "November 19, 2019 at 6:44 am",
        "I disagree with most of it.",
    )
    labels = _labels(text)
    assert labels["alice says:"] == "drop_comment_threads"
    assert labels["I disagree with most of it."] == "drop_comment_threads"
    assert labels[_article()[-1]] == "kept"


def test_thread_starting_with_the_page_is_not_cut() -> None:
    text = _dump(
        "alice says:",
        "Short question about the vote?",
        "bob says:",
        *_article(2),
        "carol says:",
        *_article(2),
    )
    assert "drop_comment_threads" not in _labels(text).values()


def test_qa_post_stamps_are_not_comment_headers() -> None:
    text = _dump(
        "How do I parse dates?",
        *_article(),
        "asked May 2, 2019 at 4:47",
        *_article(1),
        "answered May 3, 2019 at 9:12",
        *_article(1),
        "edited May 4, 2019 at 10:00",
    )
    assert "drop_comment_threads" not in _labels(text).values()


def test_too_little_running_text_leaves_the_page_uncut() -> None:
    text = _dump("Shop", "Red Running Shoe", "Size 42", "Add to cart", "Light and fast.", "Reviews")
    labels = _labels(text)
    assert labels["Red Running Shoe"] in {"kept", "title"}
    assert labels["Size 42"] == "kept"


def test_teaser_list_after_an_article_is_not_part_of_it() -> None:
    teasers: list[str] = []
    for k in range(6):
        teasers += [
            f"KICKER {k}",
            f"Headline Number {k} About Something Else",
            f"source{k}.com News",
            f"A short blurb number {k} that describes the other story in a single sentence for the reader.",
        ]
    text = _dump("Budget Vote Delayed Again", *_article(5), "Most Popular Stories Today Here", *teasers)
    labels = _labels(text)
    assert all(labels[t] != "kept" for t in teasers)
    assert labels[_article()[-1]] == "kept"


def test_short_line_list_between_paragraphs_is_kept() -> None:
    items = [
        "June 24 Jiffy Lube Live Bristow",
        "June 26 Forum Los Angeles CA",
        "July 2 Mohegan Sun Arena",
        "July 5 Madison Square Garden NY",
    ]
    text = _dump("Band Announces Its Summer Tour", *_article(2), *items, PROSE.replace("committee", "jury"))
    labels = _labels(text)
    assert all(labels[t] == "kept" for t in items)


def test_headline_run_at_the_article_edge_is_dropped() -> None:
    items = [
        "Council Approves New Park Plan",
        "Mayor Opens the Winter Market",
        "School Board Elects New Chair",
        "Bridge Repairs Start on Monday",
    ]
    text = _dump("Budget Vote Delayed Again", *_article(3), *items, "About us")
    labels = _labels(text)
    assert all(labels[t] == "drop_headline_lists" for t in items)


def test_phrase_prefilters_agree_with_their_regexes() -> None:
    """is_copyright, is_cta and is_consent skip the regex on lines that cannot match (the regexes were a
    third of the rules' time): on lines that do match, in any case and language, the answer is the same."""
    from cleaner.blocks import fold
    from cleaner.rules.phrases import CONSENT_RE, COPYRIGHT_RE, CTA_RE, is_consent, is_copyright, is_cta

    lines = [
        "© 2024 Daily Planet",
        "(C) 2019 Foo",
        "&COPY; Foo",
        "COPYRIGHT Foo Ltd",
        "All Rights Reserved.",
        "Alle Rechte vorbehalten",
        "Tous droits RÉSERVÉS",
        "Todos los derechos reservados",
        "Tutti i diritti riservati",
        "Todos os direitos reservados",
        "Alle rechten voorbehouden",
        "We use cookies to improve your experience.",
        "Store and/or access information on a device",
        "By continuing to browse you agree",
        "Sign up for our newsletter to get updates by email",
        "Please enable JavaScript to view the comments",
        "JavaScript is disabled in your browser",
        "Already a subscriber? Sign in",
        PROSE,
        "a",
        "Share this",
    ]
    for line in lines:
        key = fold(line)
        assert is_copyright(line, key) == bool(COPYRIGHT_RE.search(line)), line
        assert is_cta(key) == bool(CTA_RE.search(key)), line
        assert is_consent(key) == bool(CONSENT_RE.search(key)), line
    assert sum(is_copyright(x, fold(x)) for x in lines) == 11
