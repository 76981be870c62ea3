"""Behaviour of the text-dump rules and fields on small hand-written dumps."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.config import Config
from cleaner.pipeline import judge
from cleaner.read.text import read_text
from cleaner.rules.base import RuleContext
from cleaner.rules.structure import (
    STORYLESS_GAP_LINES,
    STORYLESS_ISOLATED,
    _article_scores,
    _fact_sheets,
    _text_gap,
    drop_outside_article,
    page_opening,
    storyless_gaps,
)

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


@pytest.mark.parametrize(
    "button", ["Add to cart", "Shop now", "Get started", "Start free trial", "Book a demo"]
)
def test_a_shop_or_vendor_button_between_paragraphs_is_chrome(button: str) -> None:
    body = [PROSE, PROSE.replace("committee", "board"), PROSE.replace("committee", "jury")]
    labels = _labels(_dump(body[0], button, *body[1:]))
    assert labels[button] == "drop_site_chrome"
    assert all(labels[p] == "kept" for p in body)


@pytest.mark.parametrize("control", ["Sort by:", "Filter & Sort", "All Filters", "Clear filters"])
def test_a_listings_sort_and_filter_controls_are_chrome_but_a_bare_filter_is_a_term(control: str) -> None:
    # A query language's FILTER clause or a jq filter heads a documentation section: only the controls'
    # own wording is chrome.
    body = [PROSE, PROSE.replace("committee", "board"), PROSE.replace("committee", "jury")]
    labels = _labels(_dump(body[0], control, "Filter", *body[1:]))
    assert labels[control] == "drop_site_chrome"
    assert labels["Filter"] == "kept"


@pytest.mark.parametrize(
    "count",
    [
        "Showing 24 of 514 results",
        "Showing 1–16 of 29 results",
        "Show 90 results per page",
        "Showing all 39 results",
    ],
)
def test_a_listings_result_count_is_chrome(count: str) -> None:
    body = [PROSE, PROSE.replace("committee", "board"), PROSE.replace("committee", "jury")]
    labels = _labels(_dump(body[0], count, *body[1:], "Showing the best of the spring session"))
    assert labels[count] == "drop_site_chrome"
    assert all(labels[p] == "kept" for p in body)
    assert labels["Showing the best of the spring session"] != "drop_site_chrome"


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


@pytest.mark.parametrize(
    ("tail", "rule"),
    [
        (
            [
                "Related Posts",
                "Parking Fees Rise in the Old Town",
                "August 12, 2024",
                "A New Bridge for the River Quarter",
                "July 30, 2024",
            ],
            "drop_related_section",
        ),
        (
            ["2 Comments", "Jane Roe January 23, 2025 10:01 am", "Thanks for the clear summary.", "Reply"],
            "drop_comment_section",
        ),
    ],
)
def test_another_items_date_under_the_article_is_not_the_pages(tail: list[str], rule: str) -> None:
    body = [PROSE.replace("committee", f"committee {i}") for i in range(12)]
    text = _dump("Council Delays the Budget Vote Again", *body, *tail)
    assert rule in _labels(text).values()
    assert clean(text, input_format="text").date is None


def test_number_runs_are_not_dates() -> None:
    from cleaner.fields.date import parse_date

    assert parse_date("2/5/10/20-Second Delay") is None
    assert parse_date("posted 12/17/2025") == "2025-12-17"


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("30. Juli 2018", "de", "2018-07-30"),
        ("22 de outubro de 2010", "pt", "2010-10-22"),
        ("24 сентября 2018", "ru", "2018-09-24"),
        ("Maret 30, 2015", "id", "2015-03-30"),
        ("02 Ago 2017", "it", "2017-08-02"),
    ],
)
def test_month_names_read_without_dateparser(text: str, language: str, iso: str) -> None:
    """The month-name table reads what dateparser read on the benchmark pages, and agrees with it."""
    from cleaner.fields.date import _month_named, _parser, parse_date

    assert parse_date(text, language=language) == iso
    assert str(_month_named(text, (language, "en"))) == iso
    assert str(_parser((language, "en")).get_date_data(text).date_obj.date()) == iso


def test_month_table_leaves_forms_it_does_not_know_to_dateparser() -> None:
    """An English ordinal or a Romance "de" in another language: dateparser finds no date, nor may we."""
    from cleaner.fields.date import _month_named

    assert _month_named("25th Juli 2019", ("de", "en")) is None
    assert _month_named("5 de Juli de 2020", ("de", "en")) is None
    assert _month_named("5 de julio de 2020", ("es", "en")) is not None


def test_read_more_button_is_chrome_not_a_section_cut() -> None:
    text = _dump(PROSE, "Read more", PROSE.replace("committee", "board"), PROSE.replace("committee", "jury"))
    labels = _labels(text)
    assert labels["Read more"] == "drop_site_chrome"
    assert labels[PROSE.replace("committee", "jury")] == "kept"


@pytest.mark.parametrize(
    "link",
    [
        "Related: Council Approves the New Park Plan",
        "Read more: Council Approves the New Park Plan",
        "READ MORE: Council Approves the New Park Plan",
    ],
)
def test_inline_related_link_drops_only_its_line(link: str) -> None:
    after = PROSE.replace("committee", "board")
    text = _dump("Budget Vote Delayed Again", PROSE, PROSE.replace("committee", "panel"), link, after)
    labels = _labels(text)
    assert labels[link] == "drop_inline_related_links"
    assert labels[after] == "kept"


def test_read_more_heading_without_a_headline_cuts_nothing() -> None:
    # "Read more:" alone is a collapsed article's button, not a related section's heading.
    rest = [PROSE.replace("committee", "board"), PROSE.replace("committee", "jury")]
    labels = _labels(
        _dump("Budget Vote Delayed Again", PROSE, PROSE.replace("committee", "panel"), "Read more:", *rest)
    )
    assert all(labels[p] == "kept" for p in rest)


def test_most_read_in_a_section_heads_the_teasers_under_the_article() -> None:
    """'Most read in world news' (a section's name after 'Most read in') heads the site's teasers as a
    bare 'Most read' does: the kickers and headlines under it go, the article above stays."""
    article = [PROSE, PROSE.replace("committee", "panel"), PROSE.replace("committee", "board")]
    teasers = [
        "TIME TRAVELLER",
        "Fans say they spotted the singer in an old photo",
        "EYE POPPING",
        "Man has arm removed after injecting oil to look strong",
    ]
    labels = _labels(_dump("Budget Vote Delayed Again", *article, "Most read in world news", *teasers))
    assert labels["Most read in world news"] == "drop_related_section"
    assert {labels[t] for t in teasers} == {"drop_related_section"}
    assert {labels[p] for p in article} == {"kept"}


def _article(n: int = 5) -> list[str]:
    return [PROSE.replace("committee", f"committee {i}") for i in range(n)]


def _label_in_article(line: str) -> str:
    """The label ``line`` gets standing alone between the second and third paragraphs of a short article:
    where a caption, a credit or a stray button would stand."""
    return _labels(_dump("Budget Vote Delayed Again", *_article(2), line, *_article(4)[2:]))[line]


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


def test_list_a_paragraph_announces_with_a_colon_line_is_kept() -> None:
    items = [
        "Tirzepatide: Up to 22 percent average weight loss",
        "Semaglutide: Up to 15 percent average weight loss",
        "Liraglutide: About 8 percent average weight loss",
        "Orlistat: About 3 percent average weight loss",
    ]
    text = _dump(
        "Weight Loss Drugs Compared",
        *_article(2),
        "For comparison:",
        *items,
        PROSE.replace("committee", "jury"),
    )
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


def test_more_and_the_site_name_heads_the_teasers_under_the_article() -> None:
    prose = (
        "The council approved the new budget on Monday after a long debate about the costs of the bridge, "
        "and the mayor said the work would begin in the spring if the weather allowed it."
    )
    teaser = "Critics say the plan ignores the needs of the poorest districts, which have waited for years."
    page = "\n\n".join(
        [prose, prose.replace("Monday", "Tuesday"), prose.replace("Monday", "Friday"), "More Valley Herald"]
        + [f"Teaser headline number {n}\nJane Doe\n\n{teaser}" for n in range(3)]
        + ["Copyright 2025 Valley Herald. All rights reserved."]
    )
    article = clean(page)
    assert article.paragraphs[-1].startswith("The council approved") and len(article.paragraphs) == 3
    # "More" and a name the page does not own is content: a heading inside the article.
    inside = page.replace("More Valley Herald", "More Considerations")
    assert "More Considerations" in clean(inside).paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "© 2024 Example News",
        "(C) 2019 Example",
        "(c)2020",
        "Copyright Example Ltd",
        "ALL RIGHTS RESERVED.",
        "All rıghts reserved",  # dotless i: re.IGNORECASE matches it with "i", str.lower() does not
        "All rights reſerved",  # long s
        "Tous droits réservés",
        "Alle Rechte vorbehalten",
        "The rights of readers are reserved for later",
        "copyrights and wrongs",
        "Share this article",
    ],
)
def test_copyright_prefilter_agrees_with_the_regex(text: str) -> None:
    from cleaner.rules.phrases import COPYRIGHT_RE, mentions_copyright

    assert mentions_copyright(text) == bool(COPYRIGHT_RE.search(text))


def test_prose_of_languages_beyond_the_western_ones_is_told_from_menus() -> None:
    from cleaner.blocks import Block

    russian = (
        "Министр заявил, что новый закон вступит в силу уже в следующем году, и это касается всех регионов."
    )
    japanese = (
        "東京の会議で、新しい計画が発表されました。市民の意見を聞きながら、来年から工事が始まる予定です。"
    )
    assert Block(0, russian).is_prose and Block(0, japanese).is_prose
    assert not Block(0, "Главная Новости Спорт Политика Экономика Культура Наука Общество").is_prose
    assert not Block(0, "ホーム ニュース スポーツ 天気").is_prose


def test_characters_beyond_the_kana_block_that_are_not_cjk_count_as_ordinary_words() -> None:
    """Emoji and full-width forms sit above the kana block but are no Chinese or Japanese: a Cyrillic
    sentence holding some is counted word by word, with its stop words, like one without them."""
    from cleaner.blocks import Block

    plain = "Министр заявил, что новый закон вступит в силу уже в следующем году, и это важно."
    marked = "🎉 ＡＢ " + plain
    a, b = Block(0, plain), Block(0, marked)
    assert b.words == a.words + 1  # 'ＡＢ' is a word; the emoji is not
    assert b.is_prose and b.stopword_density > 0.2
    # CJK: about a word per 2 characters
    assert Block(0, "東京の会議で、新しい計画が発表されました。").words >= 8


def test_a_trailing_off_you_may_also_like_still_heads_the_list() -> None:
    prose = (
        "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, "
        "mesmo quando os dias parecem longos e as noites mais escuras do que deveriam ser."
    )
    page = "\n\n".join([prose, prose.replace("vida", "casa"), "Você pode gostar...", "Outra mensagem bonita"])
    assert clean(page).paragraphs == (prose, prose.replace("vida", "casa"))


def test_of_a_line_shown_twice_the_copy_among_paragraphs_is_kept() -> None:
    # The menu at the top lists the section heading the article uses further down.
    prose = (
        "The council approved the new budget on Monday after a long debate about the costs of the bridge, "
        "and the mayor said the work would begin in the spring if the weather allowed it."
    )
    page = "\n".join(["Home", "Budget and Spending Plans", "Sport", ""]) + "\n\n".join(
        [prose, "Budget and Spending Plans", prose.replace("Monday", "Friday")]
    )
    judged = judge(page, Config())
    kept = [b.text for b in judged.doc.blocks if judged.kept[b.index]]
    assert kept.count("Budget and Spending Plans") == 1
    assert kept.index("Budget and Spending Plans") == 1  # between the two paragraphs


def test_a_question_put_to_each_guest_of_an_interview_stays_at_every_copy() -> None:
    # Each guest answers the same questions: every copy heads its own answer, none is a menu's repeat.
    guests = ("Anna", "Boris", "Clara")
    questions = ("What made you start cooking?", "Which dish do you cook most often?")
    parts: list[str] = []
    for name in guests:
        parts.append(name)
        for n, q in enumerate(questions):
            parts += [
                q,
                f"{name} said that the answer number {n} was about the family kitchen, the market and the old recipes of her grandmother.",
            ]
    judged = judge("\n\n".join(parts) + "\n", Config(input_format="text"))
    kept = [b.text for b in judged.doc.blocks if judged.kept[b.index]]
    assert all(kept.count(q) == len(guests) for q in questions)


def test_a_teasers_kicker_shown_twice_over_different_blurbs_keeps_one_copy() -> None:
    # Twice is no pattern: a kicker ('Video') over two teasers' different blurbs repeats as chrome does.
    page = "\n\n".join(
        [
            PROSE,
            PROSE.replace("Tuesday", "Monday"),
            "Video",
            PROSE.replace("budget", "bridge"),
            "Video",
            PROSE.replace("budget", "school"),
        ]
    )
    labels = judge(page + "\n", Config(input_format="text"))
    kept = [b.text for b in labels.doc.blocks if labels.kept[b.index]]
    assert kept.count("Video") <= 1


def test_hard_wrapped_paragraphs_are_joined_but_lists_of_similar_lines_are_not() -> None:
    para = (
        "   Biologists counted more than 14,000 chinook salmon swimming up the\n"
        "   river this autumn, the highest number since the counts began and\n"
        "   nearly three times the average of the past decade, said the agency.\n\n"
    )
    wrapped = para * 2 + para.replace("Biologists", "Volunteers") * 2
    article = clean(wrapped)
    assert article.paragraphs[0].startswith("Biologists counted") and article.paragraphs[0].endswith(
        "agency."
    )
    headlines = "\n".join(
        f"Council Approves Budget For The New Riverside Bridge Project Number {n}" for n in range(12)
    )
    lines = [b.text for b in judge(headlines, Config()).doc.blocks]
    assert len(lines) == 12


def test_phrase_prefilters_agree_with_their_regexes() -> None:
    """The phrase tests skip their regex on lines that cannot match (the regexes were a third of the rules'
    time): on lines that do match, in any case and language, the answer is the same."""
    from cleaner.blocks import fold
    from cleaner.rules.phrases import (
        CONSENT_RE,
        COPYRIGHT_RE,
        CTA_RE,
        is_call_to_action,
        is_consent_notice,
        mentions_copyright,
    )

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
        "Hotjar sets this cookie to detect a first visit.",
        "Store and/or access information on a device",
        "By continuing to browse you agree",
        "Sign up for our newsletter to get updates by email",
        "Readers can join our mailing list at the desk.",
        "Join 52k Readers",
        "Never miss another article",
        "Please enable JavaScript to view the comments",
        "You need to enable JavaScript to run this app.",
        "JavaScript is disabled in your browser",
        "Already a subscriber? Sign in",
        "I agree to receive marketing emails from Example Movers",
        "I have read and understood the Website Privacy Notice",
        PROSE,
        "a",
        "Share this",
    ]
    for line in lines:
        key = fold(line)
        assert mentions_copyright(line) == bool(COPYRIGHT_RE.search(line)), line
        assert is_call_to_action(key) == bool(CTA_RE.search(key)), line
        assert is_consent_notice(key) == bool(CONSENT_RE.search(key)), line
    assert sum(mentions_copyright(x) for x in lines) == 11


def test_page_wide_prefilters_find_the_lines_a_test_per_line_finds() -> None:
    from cleaner.blocks import Block
    from cleaner.rules.phrases import COPYRIGHT_RE, copyright_lines, lines_holding

    joined = "\n".join(["first things first", "nothing here", "Originally posted", "the first"])
    # Each line holding a needle once, in order, however often it holds it; a needle may end a line.
    assert lines_holding(joined, ("irst", "riginally")) == [0, 2, 3]
    assert lines_holding(joined + "\n", ("first\n",)) == [0, 3]
    assert lines_holding(joined, ("absent",)) == []
    texts = [
        "Menu",
        "© 2024 Daily Planet",
        "Istanbul İçin COPYRİGHT notu",  # 'İ' lower-cases to two characters: offsets must not shift
        "A long story about the city's parks and its council.",
        "All Rights Reserved.",
        "KÖLN CITY GUIDE",  # non-ASCII with a capital K, and no copyright
        "Copyrighted material is discussed here",
    ]
    blocks = [Block(i, t) for i, t in enumerate(texts)]
    expected = [b for b in blocks if COPYRIGHT_RE.search(b.text)]
    assert copyright_lines(blocks, 40) == expected
    assert [b.index for b in expected] == [1, 2, 4]
    assert copyright_lines(blocks, 2) == []  # the word cap applies before any test


def test_lines_matching_numbers_each_line_a_pattern_matches_once() -> None:
    import re

    from cleaner.rules.phrases import lines_matching

    joined = "\n".join(["Home > News > World", "A plain sentence.", "News | Sport", "a>b", "x :: y"])
    pattern = re.compile(r" (?:[>|»›/•·]|::) ")
    assert lines_matching(joined, pattern) == [0, 2, 4]
    assert lines_matching(joined, re.compile("absent")) == []


def test_credit_line_prefilter_answers_like_the_credit_regex() -> None:
    from cleaner.rules.phrases import CREDIT_RE, is_credit_line

    texts = [
        "Photo: Reuters",
        "PHOTO: AFP",
        "pHoto by Jane Doe",
        "(Image: © NASA/ESA)",
        "Crédit photo : AFP",
        "Getty Images",
        "AP Photo/Evan Vucci",
        "Courtesy of the artist",
        "Photos courtesy of the artist",
        "Courtesy and respect matter in every workplace.",
        "Illustration: Jane Doe",
        "Quelle: dpa",
        "ſource: a long s",  # letters re.I folds to an opening's letters
        "İmage: a dotted capital I",
        "pıcture: a dotless i",
        "The photo was taken in May.",
        "Photos of the week",
        "",
        "(",
        "A",
    ]
    for text in texts:
        assert is_credit_line(text) == (CREDIT_RE.match(text) is not None), text
    assert is_credit_line("ſource: a long s") and not is_credit_line("The photo was taken in May.")
    assert is_credit_line("Photos courtesy of the artist")
    assert not is_credit_line("Courtesy and respect matter in every workplace.")


def test_social_prefilter_keeps_every_social_line() -> None:
    from cleaner.rules.phrases import SOCIAL, _spelt_out_button, is_social

    keys = [
        "facebook twitter email",
        "share on x print",
        "click to share on twitter opens in new window",
        "click to print opens in new window",
        "share to linkedin",
        "the share price fell",
        "twitter is a company",
        "home",
        "",
    ]
    for key in keys:
        parts = key.split()
        slow = key in SOCIAL or (
            1 < len(parts) <= 12 and (all(p in SOCIAL for p in parts) or _spelt_out_button(key))
        )
        assert is_social(key) == slow, key
    assert [is_social(k) for k in keys[:5]] == [True] * 5


def test_headings_in_capitals_are_told_in_ascii_and_beyond() -> None:
    from cleaner.fields.title import _all_capitals

    assert _all_capitals("BEST DRIP COFFEE MAKERS IN 2026")
    assert not _all_capitals("Best Drip Coffee Makers")
    assert not _all_capitals("AI")  # too few letters: an acronym
    assert not _all_capitals("2026")
    assert _all_capitals("ÉCOLE DES BEAUX-ARTS")
    assert not _all_capitals("École des Beaux-Arts")


def test_a_consent_dialogs_cookie_table_under_the_article_is_dropped() -> None:
    # innerText prints the dialog's table whole: its rows are sentences that outscored nothing but chrome.
    rows = [
        "Cookie\tDuration\tDescription",
        "_ga 1 year Google Analytics sets this cookie to store and count page views on every visit.",
        "consent-analytics 11 months This cookie is set by the consent plugin. The cookie is used to store it.",
        "Functional cookies help to perform certain functions like sharing the content of the website.",
    ]
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), *rows))
    assert all(labels[r.replace("\t", " ")] == "drop_consent_banner" for r in rows)
    assert labels[_article(4)[-1]] == "kept"


def test_page_wide_prefilters_of_consent_and_credit_lines_keep_every_candidate() -> None:
    from cleaner.blocks import Block
    from cleaner.rules.media import _credit_endings, _ends_in_credit
    from cleaner.rules.phrases import consent_notices, is_consent_notice

    texts = [
        "We use cookies to improve your experience on our site.",
        "The council met on Tuesday.",
        "Protesters gather outside the court. (AP Photo/Alan Diaz)",
        "Alex Wong | Getty Images",
        "A view of the harbour, Michael Conroy, AP",
        "The harbour at dawn [File: Reuters]",
        "Getty Images shows the harbour at dawn",
    ]
    blocks = [Block(i, t) for i, t in enumerate(texts)]
    assert (
        consent_notices(blocks, 120) == {i for i, b in enumerate(blocks) if is_consent_notice(b.key)} == {0}
    )
    credited, _ = _credit_endings(blocks)
    assert {i for i, t in enumerate(texts) if _ends_in_credit(t)} == {2, 3, 4, 5} <= credited


def test_caption_credit_candidates_end_in_a_credit_or_hold_its_label() -> None:
    """Only lines ending in a bracket or an agency's name, or holding 'Credit:', can match
    CAPTION_CREDIT_RE (it ends at the line's end): a line merely holding a slash or a bar is no candidate."""
    from cleaner.blocks import Block
    from cleaner.rules.media import CAPTION_CREDIT_RE, _credit_endings, _ends_in_credit

    texts = [
        "Read the report at example.org/report | Share",  # a slash and a bar, no credit at its end
        "The crew on the trail at dawn. Credit: Jane Doe",
        "Protesters gather outside the court (Photo/Alan Diaz)",
    ]
    assert _credit_endings([Block(i, t) for i, t in enumerate(texts)])[0] == {1, 2}
    assert [_ends_in_credit(t) for t in texts] == [False, True, True]
    assert [bool(CAPTION_CREDIT_RE.search(t)) for t in texts] == [False, True, True]


def test_an_originally_published_note_dates_a_page_whose_header_shows_the_revision() -> None:
    body = [PROSE.replace("committee", f"committee {i}") for i in range(4)]
    note = "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated."
    text = _dump("The Pros and Cons of Tiny Homes", "30 Sep 2022, 11:07am", *body, note)
    assert clean(text, input_format="text").date == "2019-09-26"
    undated = "Originally published in March 2022. Last updated on December 20, 2024."
    text = _dump("The Pros and Cons of Tiny Homes", "30 Sep 2022, 11:07am", *body, undated)
    assert clean(text, input_format="text").date == "2022-09-30"


def test_a_long_line_opening_with_its_date_is_a_posts_header() -> None:
    from cleaner.fields.date import opens_with_date

    assert opens_with_date("2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by jo.)")
    assert not opens_with_date("The vote on 2019-02-23 was delayed")


def test_zero_comments_counter_heads_no_comment_section() -> None:
    text = _dump("Budget Vote Delayed Again", *_article(2), "0 Comments", *_article(6)[2:])
    labels = _labels(text)
    assert "drop_comment_section" not in labels.values()
    assert labels[_article(6)[-1]] == "kept"


def test_comment_counts_under_each_teaser_of_a_blog_front_page_cut_nothing() -> None:
    posts = _article(5)
    lines: list[str] = ["Latest articles"]
    for i, post in enumerate(posts):
        lines += [f"Budget Story Number {i}", post, "Jane Doe", f"{i * 7} comments"]
    labels = _labels(_dump(*lines))
    assert "drop_comment_section" not in labels.values()
    assert all(labels[p] == "kept" for p in posts)


def test_an_articles_own_comment_count_still_heads_its_thread() -> None:
    text = _dump("Budget Vote Delayed Again", *_article(4), "14 comments", "Great piece, thanks to you all.")
    assert _labels(text)["Great piece, thanks to you all."] == "drop_comment_section"


def test_comments_button_in_share_bar_above_the_article_heads_nothing() -> None:
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(2),
        "Facebook",
        "Twitter",
        "Comments",
        "Print",
        *_article(7)[2:],
    )
    labels = _labels(text)
    assert "drop_comment_section" not in labels.values()
    assert labels[_article(7)[-1]] == "kept"


def test_discussion_about_this_post_heads_the_comments() -> None:
    # A newsletter platform's heading over the readers' comments under each post.
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(4),
        "Discussion about this post",
        "Jane Doe",
        "Great piece, thanks to you all.",
    )
    labels = _labels(text)
    assert labels["Great piece, thanks to you all."] == "drop_comment_section"
    assert labels[_article(4)[-1]] == "kept"


def test_discussion_about_this_post_heads_comments_carrying_the_posts_controls() -> None:
    # The post's 'Subscribe' and 'Share' buttons under its last paragraph match the last reply's controls
    # over the footer's 'Subscribe'; the heading names the post, so the comments are no thread around it.
    comment = (
        "Is there room in your theory for voters being wrong, wanting the wrong things or the right ones?"
    )
    reply = "There are two aspects to wanting things wrong, and the first is the practical, mechanical one."
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(4),
        "Subscribe",
        "Share",
        "Discussion about this post",
        "Jane Doe",
        comment,
        "Reply",
        "Share",
        "John Roe",
        reply,
        "Reply",
        "Share",
        "Subscribe",
    )
    labels = _labels(text)
    assert labels[comment] == labels[reply] == "drop_comment_section"
    assert labels[_article(4)[-1]] == "kept"


@pytest.mark.parametrize(
    "heading",
    [
        "12 Comments on \u201cWhy the Council Delayed the Budget Vote Again, and What Happens Next\u201d",
        "3 thoughts on \u201cBudget Vote Delayed Again\u201d",
        "One thought on \u201cBudget Vote Delayed Again\u201d",
        '2 Responses to "Budget Vote Delayed Again"',
    ],
)
def test_wordpress_comments_heading_quoting_the_title_heads_the_comments(heading: str) -> None:
    # WordPress's count of comments with the post's title in quotes: longer than a heading, still one.
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(4),
        heading,
        "Jane Doe",
        "December 18, 2025, 9:46 pm",
        "I read the whole plan and I think the council was right to wait for the spring session.",
    )
    labels = _labels(text)
    assert labels[heading] == "drop_comment_section"
    assert labels[
        "I read the whole plan and I think the council was right to wait for the spring session."
    ] == ("drop_comment_section")
    assert labels[_article(4)[-1]] == "kept"


def test_a_sentence_quoting_a_title_after_a_count_heads_nothing() -> None:
    # A count and a quote without 'on'/'to' is the text's own sentence, not WordPress's heading.
    line = "3 readers wrote \u201cBudget Vote Delayed Again\u201d on their signs at the council meeting."
    text = _dump("Budget Vote Delayed Again", *_article(4), line, PROSE.replace("committee", "board"))
    assert "drop_comment_section" not in _labels(text).values()


def test_comments_heading_after_the_article_still_cuts() -> None:
    text = _dump(
        "Budget Vote Delayed Again", *_article(4), "Share", "Comments", "Great piece, thanks to you all."
    )
    assert _labels(text)["Great piece, thanks to you all."] == "drop_comment_section"


@pytest.mark.parametrize(
    "caption",
    [
        "A shopper looks at extension cords at a hardware store in Grass Valley. (AP Photo/Jane Doe, File)",
        "Protesters have worn masks to protect their identities (Image: Getty)",
        "Kristi Noem, governor of South Dakota, at the White House in 2018. Alex Wong | Getty Images",
        "Roughly 13,000 US troops remain in the country [File: Reuters]",
        "The scooter folds up and fits in the back of almost any car. Credit: Jane Doe",
        "A cargo ship leaves the port on Aug. 31, 2019. (AP)",
        "The senator speaks to reporters at the Capitol on October 31, 2019. (Jane Doe/Reuters)",
        "Residents queue for fuel ahead of the planned shutdown. (Jane Doe/The Union via AP)",
    ],
)
def test_caption_ending_in_a_photo_credit_is_dropped(caption: str) -> None:
    assert _label_in_article(caption) == "drop_image_credits"


@pytest.mark.parametrize(
    "caption",
    [
        "Purple coneflowers in winter on the High Line. Photo by Jane Doe, courtesy of the High Line.",
        "The tent held up well through three nights of rain. \u2013 Photo Credit: Jane Doe (example.com)",
        "Guests pick their pastries from glass-enclosed cabinets. | Photo by Jane Doe",
        "A native tulip tree grows in the park. Photograph courtesy of the Parks Department.",
        "The recycling line sorts cans from bottles. photo credit: Example Robotics",
        "The generous midsole of the trail shoe. Photo: Example Runs/Jane Doe",
        "A tiny house means living more efficiently and, many say, effectively. Picture: Jane Doe",
        "Solar panels cover the hillsides near the town. \u2013 Image: Jane Doe",
    ],
)
def test_caption_ending_in_its_photographers_credit_is_dropped(caption: str) -> None:
    assert _label_in_article(caption) == "drop_image_credits"


def test_photographer_credit_candidates_hold_one_of_the_needles() -> None:
    """_credit_endings' second set holds every line _PHOTOGRAPHER_CREDIT_RE matches, and a sentence that
    mentions a photo by someone in its middle is no caption."""
    from cleaner.blocks import Block
    from cleaner.rules.media import _PHOTOGRAPHER_CREDIT_RE, _credit_endings

    texts = [
        "The tent held up well. \u2013 Photo Credit: Jane Doe (example.com)",
        "He sent the photo by email to the council before the vote on Tuesday.",
        "Cabinets line the shop. | PHOTOS BY JANE DOE",
        "The council met on Tuesday.",
        "The trail shoe held up well. Photo: Jane Doe",
        "She described the image: a boat on the lake at dawn, drawn in pencil.",
    ]
    _, photographed = _credit_endings([Block(i, t) for i, t in enumerate(texts)])
    assert {i for i, t in enumerate(texts) if _PHOTOGRAPHER_CREDIT_RE.search(t)} == {0, 2, 4} <= photographed
    assert 3 not in photographed
    for line in (texts[1], texts[5]):
        assert _label_in_article(line) == "kept"


@pytest.mark.parametrize(
    "line",
    [
        "The company declined to comment on the pricing when asked about it by Reuters.",
        "The company declined to comment on the pricing (see the report by Reuters).",
    ],
)
def test_paragraph_naming_its_source_is_not_a_caption(line: str) -> None:
    assert _label_in_article(line) == "kept"


def test_list_announced_by_a_sentence_with_a_colon_is_the_articles_own() -> None:
    items = [
        "General procedures at the rental counter",
        "For-hire vehicle rental steps",
        "Rental practices for international drivers",
        "Renting vehicles with hand controls",
    ]
    text = (
        _dump("Budget Vote Delayed Again", *_article(3))
        + "\nKey topics discussed in the guide include:\n\n"
        + _dump(*items)
        + "\n"
        + _dump(*_article(6)[3:])
    )
    labels = _labels(text)
    assert all(labels[x] == "kept" for x in items)


def test_menu_labelled_with_a_colon_is_no_announced_list() -> None:
    from cleaner.read.text import read_text

    blocks = read_text(_dump("Change language & content:", "Canada (English)", "Brasil (português)")).blocks
    assert not any(b.in_list for b in blocks)
    blocks = read_text(
        _dump(PROSE, "", "Key topics include the following:", "", "Budget rules", "Vote dates")
    ).blocks
    assert not any(b.in_list for b in blocks)  # items of one or two words: a menu's, not a list's


def test_comment_invitation_under_every_post_heads_no_section() -> None:
    answers = _article(6)
    text = _dump(
        "How do I delay a budget vote?",
        *answers[:2],
        "Add a comment |",
        "3 Answers",
        answers[2],
        "Add a comment |",
        answers[3],
        "Add a comment |",
        answers[4],
    )
    labels = _labels(text)
    assert labels[answers[4]] == "kept"
    assert "drop_comment_section" not in labels.values()


def test_answers_heading_inside_a_thread_does_not_cut_the_answers() -> None:
    # A Q&A dump: each post followed by its controls and user card, an answers count between the
    # question and the answers, a comment count under an answer.
    posts = _article(3)
    lines = ["How do I delay a budget vote?"]
    for day, (head, verb, user) in enumerate(
        [("", "asked", "alice"), ("2 Answers", "answered", "bob"), ("1 Comment", "answered", "carol")], 1
    ):
        lines += [head, posts[day - 1], "Share", "Follow", f"{verb} Mar {day}, 2019 at 16:0{day}", user]
    labels = _labels(_dump(*[x for x in lines if x]))
    assert [labels[p] for p in posts[1:]] == ["kept", "kept"]
    assert "drop_comment_section" not in labels.values()


def test_comments_under_an_article_with_one_shared_control_are_still_cut() -> None:
    comments = [
        "Great piece, thanks to you all for writing it up so well.",
        "I disagree with most of it here.",
    ]
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(4),
        "Share",
        "2 Comments",
        comments[0],
        "Share",
        "Reply",
        comments[1],
        "Share",
        "Reply",
    )
    labels = _labels(text)
    assert {labels[c] for c in comments} == {"drop_comment_section"}


def test_a_thread_whose_starter_replies_under_a_comments_heading_keeps_its_replies() -> None:
    # A forum's dump: the starter's card over the opening post, a comment count, then the replies, each
    # under its poster's card; the starter's name shows again over one of them.
    replies = [
        "Sad to read this, but we all saw it coming for a while.",
        "Thanks, and good luck to everyone who kept the forum going.",
    ]
    text = _dump(
        "Budget Vote Delayed Again",
        "Linc Admin",
        "March 2025 edited March 2025 in Releases",
        *_article(4),
        "2 Comments",
        "kay17 Member",
        "March 2025",
        replies[0],
        "0",
        "Linc Admin",
        "March 2025",
        replies[1],
        "0",
    )
    labels = _labels(text)
    assert [labels[r] for r in replies] == ["kept", "kept"]


def test_a_blog_authors_reply_under_the_comments_heading_still_cuts_them() -> None:
    # The writer's name over the article and again in an author box under it: a name closing the post is
    # an author box's, and the writer answering a comment makes no thread.
    comments = ["Great piece, thanks to you all for writing it up so well.", "Thanks for reading it!"]
    text = _dump(
        "Budget Vote Delayed Again",
        "Jane Doe",
        "March 2025",
        *_article(4),
        "Jane Doe",
        "2 Comments",
        "Bob Roe",
        comments[0],
        "Jane Doe",
        comments[1],
    )
    labels = _labels(text)
    assert {labels[c] for c in comments} == {"drop_comment_section"}


BIO = "Jane Doe is a reporter for the Daily Planet, covering city hall and the county budget."


def test_writer_bio_under_the_article_ends_it() -> None:
    teaser = "Park plan passes after a long night of debate in the chamber, and work begins in May."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Jane Doe", "City Hall Reporter", BIO, teaser)
    labels = _labels(text)
    for line in ("Jane Doe", "City Hall Reporter", BIO, teaser):
        assert labels[line] == "drop_author_bio"
    assert labels[_article(4)[-1]] == "kept"


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe | March 3, 2024",
        "Jane Doe\n9 min read",
        "5 min read\nJane Doe",
        "0 · by Jane Doe · Updated on 8 January 2026 · Cleaning, Home, Tips and Tricks for Busy Families",
    ],
)
def test_bio_of_the_bylined_writer_ends_the_article_without_naming_a_trade(byline: str) -> None:
    # The byline names her above the text: the box under it needs no writer's trade to be her bio.
    bio = "Jane Doe is the owner of Doe Cleaning, a family firm serving the city since 2009."
    text = _dump("Budget Vote Delayed Again", byline, *_article(4), "Jane Doe", bio, "Get a free quote")
    labels = _labels(text)
    assert labels["Jane Doe"] == labels[bio] == labels["Get a free quote"] == "drop_author_bio"
    assert labels[_article(4)[-1]] == "kept"


def test_written_by_line_over_a_paragraph_on_the_writer_ends_the_article() -> None:
    bio = "Jane has over 20 years of experience in tax preparation and runs a family firm in the city."
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(4),
        "Written by: Jane Doe, Senior Analyst",
        bio,
        "Tax Tips for Families",
    )
    labels = _labels(text)
    assert labels[bio] == labels["Tax Tips for Families"] == "drop_author_bio"
    assert labels[_article(4)[-1]] == "kept"


def test_name_line_over_its_paragraph_without_a_byline_is_no_bio() -> None:
    # A listicle's last entry: its name is a menu's entry above, not a byline.
    entry = "Acme Planner is the owner's tool for booking rooms, staff and resources in one calendar."
    text = _dump("Budget Vote Delayed Again", "Acme Planner", "Pricing", *_article(4), "Acme Planner", entry)
    assert _labels(text)[entry] == "kept"


@pytest.mark.parametrize("name", ["Jane Doe", "By Jane Doe"])
def test_a_lone_name_line_over_a_paragraph_on_a_person_ends_the_article(name: str) -> None:
    # No byline names her, but the pair is the page's only one and speaks of a person: her author box.
    bio = "Jane is a content specialist at Doe Cleaning. She has run the firm's blog since 2019."
    text = _dump("Budget Vote Delayed Again", *_article(4), name, bio, "Get a free quote")
    labels = _labels(text)
    # ('By Jane Doe' is the page's byline field as well: it is taken as the author, not dropped.)
    assert labels[bio] == labels["Get a free quote"] == "drop_author_bio"
    assert labels[name] in ("drop_author_bio", "byline")
    assert labels[_article(4)[-1]] == "kept"


@pytest.mark.parametrize(
    "line",
    [
        "About the Author Jane Doe is a columnist at the Daily Example and lives in the city.",
        "About the author: Jane Doe is a freelance photographer based in the city.",
        "About the AuthorDaily Example City Desk",
    ],
)
def test_a_bio_heading_run_into_the_bio_ends_the_article(line: str) -> None:
    text = _dump("Budget Vote Delayed Again", *_article(4), line, "Get a free quote")
    labels = _labels(text)
    assert labels[line] == labels["Get a free quote"] == "drop_author_bio"
    assert labels[_article(4)[-1]] == "kept"


def test_a_paragraph_on_the_authorship_of_a_report_is_no_bio_heading() -> None:
    last = "About the authorship of the report, the members agreed that the council should be told in spring."
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), last))
    assert labels[last] == "kept"


def test_a_listicles_entries_on_people_are_no_lone_bio() -> None:
    # Two name lines over paragraphs on their people: a listicle's entries, the last one kept too.
    first = "Jane Doe is a painter who works in oil. Her portraits hang in the city's museum."
    last = "John Roe is a sculptor who works in bronze. His statues stand in the city's parks."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Jane Doe", first, "John Roe", last)
    labels = _labels(text)
    assert labels[first] == labels[last] == "kept"


@pytest.mark.parametrize(
    "bio",
    [
        "With over seven years at the Daily Example, Jane has covered the council. She lives by the harbour.",
        "As the Daily Example's shopping editor, Jane tests the gadgets our readers ask about.",
        "As the half of this blog who plans the trips, I'm the one who books the trains and the hotels.",
    ],
)
def test_a_name_line_over_a_bio_closing_the_kept_text_is_dropped(bio: str) -> None:
    # The writer's box is the last thing kept, its paragraph speaking of the person without opening on
    # the name (so drop_author_bio leaves it); a short link under it goes with it.
    text = _dump("Budget Vote Delayed Again", *_article(4), "Jane Doe", bio, "Contact")
    labels = _labels(text)
    assert labels["Jane Doe"] == labels[bio] == "drop_closing_bio"
    assert labels[_article(4)[-1]] == "kept"


def test_a_staff_bio_without_its_name_line_closing_the_kept_text_is_dropped() -> None:
    bio = "Jane is the founder of Doe Cleaning. When not working, you can find her hiking by the harbour."
    text = _dump("Budget Vote Delayed Again", *_article(4), bio)
    labels = _labels(text)
    assert labels[bio] == "drop_closing_bio"
    assert labels[_article(4)[-1]] == "kept"


def test_a_storys_closing_quote_of_a_person_is_no_bio() -> None:
    last = "Jane Doe, director of the port, said she would ask the council again in the spring session."
    text = _dump("Budget Vote Delayed Again", *_article(4), last)
    assert _labels(text)[last] == "kept"


def test_a_name_line_over_a_paragraph_on_other_things_closing_the_text_stays() -> None:
    # A last section headed by a name, its paragraph on something else: the article's own.
    last = "Harbour Road carries the most traffic into the city, and the council plans to widen it in spring."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Harbour Road", last)
    assert _labels(text)[last] == "kept"


def test_about_the_author_heading_and_first_person_bio() -> None:
    bio = "Hi, I'm Jane, a freelance writer who has followed the council for ten years."
    text = _dump("Budget Vote Delayed Again", *_article(4), "About the Author", bio)
    labels = _labels(text)
    assert labels["About the Author"] == labels[bio] == "drop_author_bio"


def test_about_the_author_heading_heads_a_bio_of_any_trade() -> None:
    # Under the article, 'About the Author' says whose bio follows: it need not name a writer's trade.
    bio = "Jane Doe is a contributing market analyst who covers energy, industrials and technology."
    teaser = "Park plan passes after a long night of debate in the chamber, and work begins in May."
    text = _dump("Budget Vote Delayed Again", *_article(4), "About the Author", bio, teaser)
    labels = _labels(text)
    assert labels["About the Author"] == labels[bio] == labels[teaser] == "drop_author_bio"
    assert labels[_article(4)[-1]] == "kept"


@pytest.mark.parametrize("heading", ["Reviewed by,", "Fact checked by", "About the Reviewer"])
def test_a_reviewers_heading_under_the_article_heads_their_bio(heading: str) -> None:
    # Finance and health sites name the expert who reviewed the text in a box like the writer's.
    bio = "Jane Doe is a fee-only financial advisor with Example Wealth who began her career in 2001."
    text = _dump("Budget Vote Delayed Again", *_article(4), heading, "Jane Doe, CFP", bio)
    labels = _labels(text)
    assert labels[heading] == labels[bio] == "drop_author_bio"
    assert labels[_article(4)[-1]] == "kept"


def test_a_threads_author_column_heads_no_bio() -> None:
    # A forum's 'Author' over each post is a column heading, not a bio's: the posts stay.
    post = "Jane Doe is a contributing market analyst who covers energy, industrials and technology."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Author", post, *_article(6)[4:])
    labels = _labels(text)
    assert labels[post] == "kept"


def test_author_box_above_the_article_goes_alone() -> None:
    text = _dump("Budget Vote Delayed Again", "Jane Doe", BIO, *_article(4))
    labels = _labels(text)
    assert labels[BIO] == "drop_author_bio"
    assert all(labels[p] == "kept" for p in _article(4))


def test_subheading_over_a_paragraph_on_its_subject_is_no_bio() -> None:
    # A name-shaped subheading whose paragraph opens on it, but says nothing of a writer's trade; and a
    # title-shaped one ('The Budget Office') whose paragraph does.
    para = "Park Avenue is a quiet street where the council wants to plant two hundred new trees next year."
    office = "The Budget Office is the editor of the yearly report that the council reads before it votes."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Park Avenue", para, "The Budget Office", office)
    labels = _labels(text)
    assert labels[para] == labels[office] == "kept"


def test_bare_bio_after_the_article_is_dropped() -> None:
    text = _dump("Budget Vote Delayed Again", *_article(4), BIO)
    assert _labels(text)[BIO] == "drop_author_bio"


def test_sentence_between_headline_and_byline_is_the_standfirst() -> None:
    dek = "The plan has been put off twice, and members now say it may not pass before the summer."
    text = _dump("Council Delays the Budget Vote Again", dek, "By Jane Doe", "March 3, 2024", *_article(3))
    art = clean(text, input_format="text")
    assert art.subtitle == dek
    assert dek not in art.paragraphs
    assert art.paragraphs[0] == _article(3)[0]


def test_opening_post_under_its_posters_stamp_is_no_standfirst() -> None:
    # A thread: the opening post and every reply stand over their own poster's name and date.
    post = "Does anyone know what these two ports on the back of the case are for? The manual is silent."
    replies = [x for i in range(3) for x in (f"user{i}", f"March {i + 4}, 2024", _article(3)[i])]
    text = _dump("What Are the Two Ports on the New Case", post, "March 3, 2024", *replies)
    art = clean(text, input_format="text")
    assert art.subtitle != post


def test_disclaimer_heading_under_the_article_ends_it() -> None:
    fine_print = "This post is for general information only and is not legal or financial advice."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Disclaimer", fine_print, "Privacy Choices")
    labels = _labels(text)
    assert labels["Disclaimer"] == labels[fine_print] == "drop_disclaimer"
    assert labels[_article(4)[-1]] == "kept"


def test_citations_heading_under_the_article_ends_it() -> None:
    cited = "Doe J, et al. (2021). Park budgets and the council: a systematic review of ten cities."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Citations", cited, "https://example.org/doe2021")
    labels = _labels(text)
    assert labels["Citations"] == labels[cited] == "drop_disclaimer"
    assert labels[_article(4)[-1]] == "kept"


@pytest.mark.parametrize(
    "heading",
    [
        "You\u2019ll Also Love...",
        "Read more of our articles...",
        "From Our Archives",
        "Your next read",
        "Latest Reviews",
        "Explore more",
    ],
)
def test_other_wordings_of_a_related_heading_head_a_related_list(heading: str) -> None:
    blurb = "The council has voted to plant two hundred new trees along the river before next spring."
    text = _dump("Budget Vote Delayed Again", *_article(4), heading, "Park Plan Passes", blurb)
    labels = _labels(text)
    assert labels[heading] == labels[blurb] == "drop_related_section"


def test_read_this_next_heads_a_related_list() -> None:
    blurb = "The council has voted to plant two hundred new trees along the river before next spring."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Read This Next", "Park Plan Passes", blurb)
    labels = _labels(text)
    assert labels["Read This Next"] == labels[blurb] == "drop_related_section"


def test_disclosure_heading_above_the_article_cuts_nothing() -> None:
    note = "We may earn a commission when you buy through the links in this article, at no cost to you."
    text = _dump("Budget Vote Delayed Again", "Affiliate Disclosure", note, *_article(4))
    labels = _labels(text)
    assert "drop_disclaimer" not in labels.values()
    assert all(labels[p] == "kept" for p in _article(4))


@pytest.mark.parametrize(
    "line",
    [
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station.",
        "This undated photo provided by the county shows the old courthouse before the fire.",
    ],
)
def test_wire_service_caption_is_dropped(line: str) -> None:
    text = _dump("Budget Vote Delayed Again", line, *_article(4))
    assert _labels(text)[line] == "drop_image_credits"


def test_sentence_about_a_photo_in_the_text_is_kept() -> None:
    line = "This gives you a clear picture of what the council will need before it votes on the plan."
    assert _label_in_article(line) == "kept"


def test_about_and_a_full_name_heads_a_bio_of_any_trade() -> None:
    bio = "As head of sales, Moritz Bachmann links the marketing team with the company's customers."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Über Moritz Bachmann", bio)
    assert _labels(text)[bio] == "drop_author_bio"


def test_about_an_organisation_is_no_bio() -> None:
    # A press release's boilerplate about the issuer, which readers of the release keep.
    blurb = "Georgetown University Medical Center is an academic medical center with a three-part mission."
    text = _dump(
        "Budget Vote Delayed Again", *_article(4), "About Georgetown University Medical Center", blurb
    )
    assert _labels(text)[blurb] == "kept"


def test_bare_bio_with_an_address_after_the_name() -> None:
    bio = "Jeff Foust (jeff@example.com) is the editor and publisher of the review and a staff writer."
    text = _dump("Budget Vote Delayed Again", *_article(4), bio)
    assert _labels(text)[bio] == "drop_author_bio"


def test_form_fine_print_is_dropped_but_sentences_opening_with_by_stay() -> None:
    fine_print = "By submitting this form, you agree to our Terms of Use and acknowledge our Privacy Policy."
    how_to = "By clicking the button several times in a row, you will see the different prices of each plan."
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(2), how_to, PROSE, fine_print))
    assert labels[fine_print] == "drop_newsletter_prompts"
    assert labels[how_to] == "kept"


def test_long_form_fine_print_and_first_person_consent_are_dropped() -> None:
    # A consent box's text runs past a prompt's 40 words with the terms it agrees to; the first-person
    # consent lines name what they agree to. A sentence of the text opening the same way stays.
    long_print = (
        "By checking this box, I authorize Example Movers to send me marketing calls and text messages at "
        "the number provided above, including messages sent using an autodialer. Consent is not a "
        "condition of purchase. Message and data rates may apply, and message frequency varies. Reply STOP "
        "to cancel at any time."
    )
    first_person = "I agree to receive personalized marketing emails from Example Movers."
    read_notice = "I have read and understood the Website Privacy Notice and opted in to receive emails."
    reply = "I agree to a point, but the council should still publish the full budget before the vote."
    labels = _labels(
        _dump("Budget Vote Delayed Again", *_article(2), reply, PROSE, long_print, first_person, read_notice)
    )
    assert len(long_print.split()) > 40
    assert labels[long_print] == "drop_newsletter_prompts"
    assert labels[first_person] == "drop_newsletter_prompts"
    assert labels[read_notice] == "drop_newsletter_prompts"
    assert labels[reply] == "kept"


@pytest.mark.parametrize(
    "status",
    [
        "Oops! Something went wrong while submitting the form.",
        "Please enter a valid email address.",
        "Thank you! Your submission has been received!",
        "There was a problem subscribing you to this newsletter.",
        "Captcha failed to load. Try using a different browser or disabling ad blockers.",
        "Your subscription failed. Please try again.",
        "Something went wrong. Please try your request again later.",
        "Error rating book. Refresh and try again.",
        "Thank you for signing up!",
    ],
)
def test_form_status_messages_are_dropped(status: str) -> None:
    # A form's messages stand as text when the page is saved without its scripts; a sentence of the text
    # that tells of a problem, or advises to try again, stays.
    story = "There was a problem with the first budget draft, which left out the cost of the new library."
    advice = "If the budget page does not load, refresh your browser window to try again in a few minutes."
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(2), story, advice, PROSE, status))
    assert labels[status] == "drop_newsletter_prompts"
    assert labels[story] == "kept"
    assert labels[advice] == "kept"


@pytest.mark.parametrize(
    "note",
    [
        "* indicates required",
        "Required fields are marked *",
        "Required fields are marked with an asterisk(*)",
        "This field is for validation purposes and should be left unchanged.",
        "If you are human, leave this field blank.",
        "Your session is about to expire!",
        "You will be logged out in seconds.",
        "Oops, we detected that your session has expired after a period of inactivity.",
    ],
)
def test_form_field_notes_and_timeout_dialogs_are_dropped(note: str) -> None:
    # A form builder prints its honeypot field's label and its required-field legend on every form, and a
    # login its timeout dialog; the text's own sentences on required fields, validation, humans or
    # sessions stay.
    story = "The council said the new fields are required by law, and the validation purposes were explained."
    fields = "Required fields for the grant application are listed in the appendix of the council's guide."
    human = "If you are a human resources manager, the new payroll rules apply to your team from May."
    session = "Your session with the budget committee is the place to raise questions about the library."
    text = _dump("Budget Vote Delayed Again", *_article(2), story, fields, human, session, PROSE, note)
    labels = _labels(text)
    assert labels[note] == "drop_newsletter_prompts"
    assert {labels[story], labels[fields], labels[human], labels[session]} == {"kept"}


@pytest.mark.parametrize(
    "prompt",
    [
        "Create your account and connect with a world of communities.",
        "Create an account to save your favourite budgets.",
        "Sign up to request clarification or add additional context in comments.",
        "Sign up today and make this your healthiest fall yet.",
        "Sign up for free and start saving.",
        "Enter your e-mail address below to join our mailing list and receive each new edition.",
        "Join 800,000+ subscribers to get regular emails on science from our team.",
        "Join 52k Readers",
        "Never miss another article",
    ],
)
def test_sign_up_prompts_are_dropped(prompt: str) -> None:
    # A sign-up box's invitation is no text of the page; a sentence of the text telling how to sign up for
    # something stays.
    story = "Residents can sign up for the budget workshop at the library until the end of the month."
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(2), story, PROSE, prompt))
    assert labels[prompt] == "drop_newsletter_prompts"
    assert labels[story] == "kept"


def test_legal_links_hidden_addresses_sort_menus_and_deleted_topic_notices_are_chrome() -> None:
    # A US site's 'Do Not Sell ...' link and a CDN's '[email protected]' placeholder are site chrome; a
    # forum's reply sort menu and NodeBB's deleted-topic notice are a thread's controls.
    legal = "Do Not Sell or Share My Personal Information"
    hidden = "[email protected]"
    sort = "Oldest first Newest first Most reactions"
    notice = "This topic has been deleted. Only users with topic management privileges can see it."
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(2),
        notice,
        PROSE,
        sort,
        PROSE.replace("the", "a"),
        hidden,
        legal,
    )
    labels = _labels(text)
    assert labels[legal] == labels[hidden] == "drop_site_chrome"
    assert labels[sort] == labels[notice] == "drop_post_controls"
    assert all(labels[p] == "kept" for p in _article(2))


@pytest.mark.parametrize(
    "notice",
    [
        "Except as otherwise noted, the content of this page is licensed under the Creative Commons "
        "Attribution 4.0 License, and code samples are licensed under the Apache 2.0 License.",
        "Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.",
        "This page is licensed under the Python Software Foundation License Version 2.",
    ],
)
def test_a_sites_licence_notice_under_a_docs_page_is_dropped(notice: str) -> None:
    # The site's licence for its pages closes a documentation page or a wiki; a writer's licence for the
    # work stays.
    own = "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License."
    labels = _labels(_dump("Budget Guide", *_article(2), own, PROSE, notice))
    assert labels[notice] == "drop_copyright"
    assert labels[own] == "kept"


def test_a_posts_reply_bar_is_a_control() -> None:
    # NodeBB's bar under a post with replies (the repliers' letters, the count, 'Last reply', the post's
    # controls); a sentence about the last reply stays.
    bars = ["J S 2 Replies Last reply", "L 1 Reply Last reply Reply Quote 1"]
    said = "The last reply in the thread came from the treasurer, who said the vote should wait."
    text = _dump(
        "Budget Vote Delayed Again", *_article(2), bars[0], said, PROSE, bars[1], PROSE.replace("the", "a")
    )
    labels = _labels(text)
    assert labels[bars[0]] == labels[bars[1]] == "drop_post_controls"
    assert labels[said] == "kept"


def test_promotion_under_the_article_ends_it() -> None:
    promo = "Need more news? Subscribe to our sister title Weekly Budget Magazine for the latest updates!"
    forum = "Join our Council Forums to keep talking budgets, and tell us what you think of the plan."
    blurb = "Council Weekly is part of Example Media Inc, a leading digital publisher."
    text = _dump("Budget Vote Delayed Again", *_article(4), "Newsletter Picks", promo, forum, blurb)
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(4))
    assert {labels[x] for x in ("Newsletter Picks", promo, forum, blurb)} == {"drop_closing_promos"}


def test_a_sign_up_prompt_under_the_article_ends_it() -> None:
    # drop_newsletter_prompts takes the prompt heading the sign-up box first; the site's part of the page
    # still begins there, and the box's pitch and the site's blurb under it go with it.
    prompt = "Subscribe to our newsletter"
    box = ["The council's week in one short letter, every Friday morning, with the votes to watch."]
    box += ["Council Weekly is an independent newsroom covering the city's budget and its services."]
    text = _dump("Budget Vote Delayed Again", *_article(4), prompt, *box)
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(4))
    assert labels[prompt] == "drop_newsletter_prompts"
    assert [labels[x] for x in box] == ["drop_closing_promos"] * 2


def test_a_sign_up_prompt_under_a_grid_of_cards_ends_it() -> None:
    # A shop's grid keeps a sentence of prose or two: its end is told by its kept words, not its prose
    # (CARDS_MAX_PROSE_SHARE), and the sign-up box's pitch under the grid goes.
    woods = ["Oak", "Walnut", "Bamboo", "Cherry", "Maple", "Ash", "Pine", "Birch", "Teak", "Elm"]
    cards = [
        line
        for kind in ("Standing Desk Frame", "Corner Desk Converter")
        for k, wood in enumerate(woods)
        for line in (f"{wood} {kind}", f"${199 + 40 * k}+")
    ]
    intro = "Shop every desk we make, from compact converters to corner desks."
    prompt = "Sign up for our newsletter"
    pitch = "Be the first to hear about new arrivals, special offers and giveaways."
    labels = _labels(_dump("Standing Desks", intro, *cards, prompt, pitch, "Support", "Track your order"))
    assert labels[intro] == labels[cards[-2]] == "kept"
    assert labels[prompt] == "drop_newsletter_prompts"
    assert labels[pitch] == "drop_closing_promos"


@pytest.mark.parametrize(
    "prompt",
    [
        "You must log in or register to reply here.",
        "You must log in to answer this question.",
        "Thanks for contributing an answer to Home Cooking Q&A!",
        "Create an account or sign in to comment",
        "Sign In or Register to comment.",
    ],
)
def test_a_threads_closing_prompt_to_sign_up_and_reply_ends_it(prompt: str) -> None:
    # A forum's or a Q&A site's last words under the thread; its reply form and similar threads follow.
    after = ["Please be sure to answer the question. Provide details and share your research!"]
    after += ["Similar threads", "Best budget bikes for a beginner in town", "Which bike lock should I buy"]
    text = _dump("Best Budget Bikes For A Beginner?", *_article(4), prompt, *after)
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(4))
    assert all(labels[x] != "kept" for x in [prompt, *after])
    assert labels[prompt] == "drop_closing_promos"


@pytest.mark.parametrize("heading", ["Similar threads", "TRENDING THREADS"])
def test_a_forums_list_of_other_threads_under_the_thread_is_cut(heading: str) -> None:
    # XenForo's boxes under a thread: other threads' titles, starters, dates and reply counts.
    box = [heading, "Official ID Thread 2025-2026", "notfanning", "Jul 16, 2025", "Replies", "Views"]
    box += ["Which bike lock should I buy for a city commute and nightly parking outside"]
    text = _dump("Best Budget Bikes For A Beginner?", *_article(4), *box)
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(4))
    assert labels[heading] == "drop_related_section"
    assert all(labels[x] != "kept" for x in box)


@pytest.mark.parametrize(
    "heading",
    [
        "You may like to read:",
        "Recommended content",
        "Featured articles",
        "Recent Blogs",
        "More Resources...",
    ],
)
def test_a_sites_list_of_its_other_pages_under_the_text_is_cut(heading: str) -> None:
    # Other wordings of 'Related posts' heading the headlines of the site's other pages under the text.
    box = [heading, "How to Pay Off a Credit Card Faster", "Five Ways to Lower Your Energy Bill This Winter"]
    box += ["What the New Tax Rules Mean for Renters and Landlords", "A Beginner's Guide to Index Funds"]
    text = _dump("Budget Vote Delayed Again", *_article(4), *box)
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(4))
    assert labels[heading] == "drop_related_section"
    assert all(labels[x] != "kept" for x in box)


def test_promotion_above_most_of_the_article_is_left_alone() -> None:
    # A "Follow us" line early in the text is the article's own (a club's page, a podcast's notes).
    follow = "Follow the council on Twitter for the live vote count and the members' statements."
    text = _dump("Budget Vote Delayed Again", _article(4)[0], follow, *_article(4)[1:])
    labels = _labels(text)
    assert labels[follow] == "kept"
    assert "drop_closing_promos" not in labels.values()


def test_promotion_with_pages_of_text_under_it_is_the_articles_own() -> None:
    # Late in a long article a tip mentions subscribing, and ten more paragraphs of the article follow:
    # what a site appends under its article is a paragraph or three, so this line closes nothing.
    tip = "Monitor industry trends: follow relevant news sources and subscribe to industry newsletters."
    paras = _article(40)
    text = _dump("Budget Vote Delayed Again", *paras[:30], tip, *paras[30:])
    labels = _labels(text)
    assert labels[tip] == "kept"
    assert all(labels[p] == "kept" for p in paras)
    # The same line with only a short closing paragraph under it still ends the article there.
    text = _dump("Budget Vote Delayed Again", *paras[:30], tip, paras[30])
    assert _labels(text)[paras[30]] == "drop_closing_promos"


def test_affiliate_disclosure_is_dropped_anywhere() -> None:
    above = "Products are chosen by our editors. Purchases made through our links may earn us a commission."
    below = "If you buy something through this post, Budget Daily may get a share of the sale."
    text = _dump("Budget Vote Delayed Again", above, *_article(4), below)
    labels = _labels(text)
    assert labels[above] == labels[below] == "drop_affiliate_disclosures"
    assert all(labels[p] == "kept" for p in _article(4))


def test_caption_glued_to_its_photo_credit_is_dropped() -> None:
    caption = "The council's chair, left, and the mayor shake hands after the session in the town hall."
    text = _dump("Budget Vote Delayed Again", "", caption, "Photo: Jane Roe, AP", "", *_article(4))
    labels = _labels(text)
    assert labels[caption] == labels["Photo: Jane Roe, AP"] == "drop_image_credits"
    assert all(labels[p] == "kept" for p in _article(4))


@pytest.mark.parametrize(
    "credit",
    [
        "Jane Roe, AP",
        "State Sex Offender Registry via AP",
        "Sakib Ali/Hindustan Times/Getty Images",
        "GETTY",
        "Courtesy of Andrew Vaughan",
        "Photo Courtesy of Example Academy",
        "Photo courtesy Example Architecture",
        "Image courtesy of: Jane Doe",
    ],
)
def test_photographer_and_agency_credit_lines_take_their_caption(credit: str) -> None:
    caption = "The council's chair, left, and the mayor shake hands after the session in the town hall."
    text = _dump("Budget Vote Delayed Again", *_article(2), "", caption, credit, "", *_article(4)[2:])
    labels = _labels(text)
    assert labels[caption] == labels[credit] == "drop_image_credits"
    assert all(labels[p] == "kept" for p in _article(4))


@pytest.mark.parametrize(
    "notice",
    [
        "Quotes delayed at least 15 minutes. Real-time quotes provided by Example Exchange.",
        "Most stock quote data provided by Example Exchange. Market indices are shown in real time.",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges.",
    ],
)
def test_market_data_notice_is_fine_print(notice: str) -> None:
    labels = _labels(_dump("Budget Vote Delayed Again", notice, *_article(4)))
    assert labels[notice] == "drop_copyright"


def test_sentence_about_delayed_quotes_is_text() -> None:
    line = "The exchange said on Tuesday that quotes were delayed by 15 minutes because of a network fault."
    assert _label_in_article(line) == "kept"


@pytest.mark.parametrize(
    "credit", ["(Image: \u00a9 NASA/ESA/Jane Roe)", "Jane Roe | Bloomberg | Getty Images"]
)
def test_credit_an_earlier_rule_dropped_still_takes_its_caption(credit: str) -> None:
    # A credit written as a copyright notice or as a bar-separated line goes as chrome before the caption
    # rule runs; the sentence right above it is still that photo's caption.
    caption = "The council's chair, left, and the mayor shake hands after the session in the town hall."
    text = _dump("Budget Vote Delayed Again", *_article(2), "", caption, credit, "", *_article(4)[2:])
    labels = _labels(text)
    assert labels[caption] == "drop_image_credits"
    assert labels[credit] != "kept"
    assert all(labels[p] == "kept" for p in _article(4))


def test_caption_printed_twice_over_its_credit_goes_in_both_copies() -> None:
    caption = "The council's chair, left, and the mayor shake hands after the session in the town hall."
    text = _dump("Budget Vote Delayed Again", *_article(2), "", caption, caption, "Photo: Jane Roe, AP", "")
    text += _dump(*_article(4)[2:])
    j = judge(text, Config(input_format="text"))
    assert caption not in j.paragraphs()
    assert all(p in j.paragraphs() for p in _article(4))


def test_sentence_ending_in_an_agency_name_after_a_period_is_kept() -> None:
    line = "The figures were first reported on Monday by the news agency Reuters."
    assert _label_in_article(line) == "kept"


def test_paragraph_set_off_above_a_credit_is_kept() -> None:
    # A blank line between them: the credit belongs to a picture under the paragraph, not to it.
    text = _dump("Budget Vote Delayed Again", *_article(2), "", "Photo: Jane Roe, AP", "", *_article(4)[2:])
    assert _labels(text)[_article(2)[1]] == "kept"


def test_comment_policy_under_the_article_ends_it() -> None:
    policy = "Budget Daily moderates comments to keep the conversation civil. Abusive comments are removed."
    text = _dump(
        "Budget Vote Delayed Again", *_article(4), policy, "Jane Roe", "I disagree with the council."
    )
    labels = _labels(text)
    assert labels[policy] == "drop_closing_promos"
    assert labels["I disagree with the council."] != "kept"
    assert all(labels[p] == "kept" for p in _article(4))


def test_a_page_of_short_lines_only_is_not_taken_for_dangling_fragments() -> None:
    teams = ["Arizona Cardinals", "Atlanta Falcons", "Baltimore Ravens", "Buffalo Bills", "Chicago Bears"]
    labels = _labels(_dump("Team Schedules", *teams))
    assert not any(label.startswith("drop_") for label in labels.values())


def test_short_lines_after_the_last_paragraph_still_dangle() -> None:
    labels = _labels(
        _dump("Budget Vote Delayed Again", PROSE, "Council Budget Plans", "Spring Session Notes")
    )
    # One paragraph scores under an article's run but over a listing's extent (MIN_LISTING_EXTENT_SCORE),
    # which ends at the paragraph too; either rule may be the one that cuts the dangling lines.
    dangling = {labels["Council Budget Plans"], labels["Spring Session Notes"]}
    assert dangling <= {"drop_trailing_fragments", "drop_outside_article"}


def test_short_lines_outnumbering_the_lines_above_them_are_the_pages_list() -> None:
    # A shop's one-line blurb over its sizes and glazes: the short lines are the page, not leftovers.
    options = ["Size", "8 oz", "12 oz", "16 oz", "Glaze", "Sand", "Slate", "Moss"]
    blurb = "Hand-thrown in our studio and glazed by hand, so no two are alike."
    labels = _labels(_dump("Stoneware Mug", blurb, *options))
    assert labels[blurb] == "kept"
    assert all(labels[o] == "kept" for o in options)


def test_two_or_three_short_lines_under_a_short_page_are_no_list() -> None:
    # Fewer than SHORT_LINES_PAGE_MIN_LINES short lines make no list, however little stands above them:
    # otherwise the byline under them (which the author field takes out) decided whether they stayed, and
    # cleaning the output again dropped what the first pass kept.
    text = _dump(
        "Accept",
        "The council will vote on the budget in the spring.",
        "Read also",
        "See also",
        "By Lois Lane",
    )
    first = clean(text, input_format="text")
    again = clean(first.to_text(), input_format="text")
    assert first.paragraphs == again.paragraphs
    assert "The council will vote on the budget in the spring." in first.paragraphs
    assert "See also" not in first.paragraphs


RECIPES = [
    "Easy Slow-Cooker Pork Ragu",
    "Spaghetti and Meatballs With Basil",
    "Sweet and Spicy Tomato Chutney",
    "Roasted Tomato Soup With Garlic",
    "Classic Marinara in Twenty Minutes",
]


def test_titles_under_a_listings_short_intro_are_its_content() -> None:
    intro = "Our collection of tomato sauce recipes has something for every dish, from pasta to soup."
    closing = "Every recipe here was tested in our kitchen at least three times before we published it."
    labels = _labels(_dump("Tomato Sauce Recipes", intro, "Pasta Mains", *RECIPES, closing))
    assert all(labels[r] == "kept" for r in RECIPES)


def test_titles_after_a_long_article_are_still_teasers() -> None:
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), *RECIPES))
    assert all(labels[r] == "drop_headline_lists" for r in RECIPES)


_ARTICLE = [
    PROSE,
    PROSE.replace("committee", "board"),
    PROSE.replace("committee", "panel"),
    PROSE.replace("committee", "council"),
]
_NOTICE = (
    "The Daily Example Customer Service Center can be contacted with any questions or requests by "
    "telephone on weekdays, and our staff will answer every message within two working days."
)


def test_footer_notice_behind_a_removed_teaser_list_is_not_the_article() -> None:
    teasers = [f"Mayor Opens Bridge Number {n} After Years of Delay" for n in range(30)]
    text = _dump(*_ARTICLE, *teasers, "Our Partners", _NOTICE, "Privacy Policy", "Terms of Use")
    labels = _labels(text)
    assert labels[_NOTICE] == "drop_outside_article"
    assert all(labels[p] == "kept" for p in _ARTICLE)


def test_footer_notice_behind_a_live_section_menu_is_not_the_article() -> None:
    # A dump keeps the site's section menu between the article and the footer: its one-to-three-word
    # entries are as much boilerplate as lines the label rules dropped, so the notice under them goes.
    menu = [f"Section {chr(65 + n)}" for n in range(20)] + ["Food & Drink", "US Politics", "Style"]
    text = _dump(*_ARTICLE[:2], *menu, _NOTICE, "Privacy Policy", "Terms of Use")
    labels = _labels(text)
    assert labels[_NOTICE] == "drop_outside_article"
    assert all(labels[p] == "kept" for p in _ARTICLE[:2])


def test_closing_section_after_a_long_listing_stays_with_the_article() -> None:
    # A code listing the run leaves out is live text, not boilerplate: the conclusion under it is the
    # article's own even at the very end of the page.
    code = [f"let value{n} = compute({n});" for n in range(30)]
    closing = PROSE.replace("committee", "working group")
    labels = _labels(_dump(*_ARTICLE, *code, closing))
    assert labels[closing] == "kept"


@pytest.mark.parametrize(
    "button",
    [
        "Click to share on Twitter (Opens in new window)",
        "Click to email this to a friend (Opens in new window)",
        "Click to print (Opens in new window)",
        "Share to LinkedIn",
        "Share by Mail",
    ],
)
def test_spelt_out_share_button_is_dropped(button: str) -> None:
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), button))
    assert labels[button] == "drop_social_buttons"


def test_line_about_a_network_that_is_no_button_is_kept() -> None:
    line = "Click to read more"
    assert _label_in_article(line) != "drop_social_buttons"


def test_headline_over_a_shorter_standfirst_naming_the_text_is_still_the_headline() -> None:
    # A newsletter post: the headline, a standfirst no longer than it and closer to the text's words,
    # then the byline; the full headline-shaped line on top is the headline, not the standfirst.
    headline = "Why Do Town Halls Keep Delaying Their Plans Again?"
    dek = "First post in a series on the council budget and its committee"
    text = _dump("The Civic Letter", headline, dek, "Jane Doe", "March 3, 2024", *_article(3))
    art = clean(text, input_format="text")
    assert art.title == headline
    assert art.subtitle == dek


def test_two_items_of_a_list_are_no_headline_and_standfirst() -> None:
    # Sibling list items share most of their words: the upper one is not a headline over the lower.
    first = "Build your sofa with the Oak planner today"
    second = "Build your sofa with the Elm planner today"
    text = _dump("Home", first, second, "Jane Doe", "March 3, 2024", *_article(3))
    assert clean(text, input_format="text").title == second


def test_posters_counter_is_no_thread_title() -> None:
    # Forum templates print a counter by every poster ('Posts: 98'); its word recurs through the thread,
    # which must not lift it over the thread's title.
    title = "Which forum software still suits an old school board?"
    replies = [
        x for i in range(3) for x in (f"user{i}", f"Joined: Feb 201{i}", f"Posts: {90 + i}", _article(3)[i])
    ]
    text = _dump(
        "Forum index",
        title,
        "Posts: 98",
        "I run a small board and the posts there need a new home.",
        *replies,
    )
    assert clean(text, input_format="text").title == title


def test_script_app_fallback_line_is_dropped() -> None:
    # A script-rendered app's only text when the scripts do not run: an empty article, not this line; a
    # sentence telling how to use a page keeps its instructions.
    fallback = "You need to enable JavaScript to run this app."
    how_to = (
        "To use the calculator you must enable JavaScript first and then reload the page in your browser."
    )
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(2), fallback, how_to))
    assert labels[fallback] == "drop_newsletter_prompts"
    assert labels[how_to] == "kept"
    assert clean(fallback).paragraphs == ()


_AWARDS_INTRO = [PROSE, PROSE.replace("committee", "jury")]
_AWARDS_MENU = ["Projects", "Products", "Events", "Design Jobs"]


def _awards_list(n: int) -> list[str]:
    """A listing's entries: a category, the winning project and its studio, one short line each, with a
    sentence of citation now and then (the text of a list page, which a dump gives as short lines)."""
    lines: list[str] = []
    for k in range(n):
        lines += [f"Category {k} Winner", f"Riverside Project {k}", f"Studio Number {k} Architects"]
        if k % 5 == 4:
            lines.append(f"The jury praised project {k} for its light and its calm public rooms.")
    return lines


def test_listing_under_a_short_intro_is_kept_whole() -> None:
    # The intro is the only prose, and a small part of the page: the entries under it are the content.
    entries = _awards_list(40)
    labels = _labels(_dump(*_AWARDS_MENU, *_AWARDS_INTRO, *entries))
    assert all(labels[x] == "kept" for x in entries)
    assert not any(labels[x] == "kept" for x in _AWARDS_MENU)  # dropped, or taken for the title


def test_short_lines_after_an_article_are_still_cut() -> None:
    # An article holding most of the page's words keeps its extent: short lines after it go.
    entries = _awards_list(3)
    labels = _labels(_dump(*_AWARDS_MENU, *_ARTICLE, *_AWARDS_INTRO, *entries))
    assert not any(labels[x] == "kept" for x in entries)


def test_embedded_post_attribution_above_a_closing_promo_stays() -> None:
    # An embedded post's "— Name (@handle) date" line is the quote's, not a leftover heading that a
    # closing promotion under it takes along.
    attribution = "\u2014 Jane Doe (@janedoe) November 18, 2019"
    promo = "Have a tip? Follow her on Twitter @janedoe or on Facebook."
    labels = _labels(
        _dump("Budget Vote Delayed Again", *_article(4), "The vote was delayed again.", attribution, promo)
    )
    assert labels[attribution] == "kept"
    assert labels[promo] == "drop_closing_promos"


@pytest.mark.parametrize(
    "heading",
    [
        "You may also be interested in...",
        "You might like",
        "You Might Also Enjoy",
        "Most read in world news",
        "Top stories in Nation",
        "Trending on Example",
        "Recent Posts",
        "Recently Viewed",
        "Popular Searches",
        "Similar Posts",
        "Popular articles",
    ],
)
def test_you_may_be_interested_heading_ends_the_article(heading: str) -> None:
    teasers = ["Mayor Opens the New Bridge After Years of Delay", "Council Approves the New Park Plan"]
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), heading, *teasers))
    assert labels[heading] == "drop_related_section"
    assert all(labels[t] != "kept" for t in teasers)


def test_text_resuming_after_a_related_box_inside_the_article_keeps_its_short_first_paragraph() -> None:
    # A 'Related articles' box set between two paragraphs: the box ends where running text resumes,
    # and the resumed text's first paragraph is a full sentence even when it is short.
    teasers = ["Mayor Opens the New Bridge After Years of Delay", "Council Approves the New Park Plan"]
    short = "However, the other members showed no sign of changing their minds."
    body = _article(4)
    labels = _labels(
        _dump("Budget Vote Delayed Again", *body[:2], "Related articles", *teasers, short, *body[2:])
    )
    assert labels["Related articles"] == "drop_related_section"
    assert all(labels[t] == "drop_related_section" for t in teasers)
    assert labels[short] == "kept"
    assert all(labels[p] == "kept" for p in body)


def test_related_questions_before_resumed_text_stay_in_the_box() -> None:
    # A related box of questions: they end in question marks, which end no paragraph of the text.
    questions = ["How did the council vote last year?", "What happens to the budget if the vote fails again?"]
    body = _article(4)
    labels = _labels(_dump("Budget Vote Delayed Again", *body[:2], "Related articles", *questions, *body[2:]))
    assert all(labels[q] == "drop_related_section" for q in questions)
    assert all(labels[p] == "kept" for p in body)


def test_long_related_questions_do_not_resume_the_text() -> None:
    # A Q&A site's 'Hot Network Questions': each question is long enough to read as prose, but two of
    # them in a row are more questions, not the thread's text resuming under the box.
    questions = [
        "Why did the council choose to make the summer schedule permanent instead of the winter one this year?",
        "Would a narrower bridge be cheaper to maintain because the traffic cannot spread across four lanes?",
        "Is there any evidence that the old budget rules were ever applied to the smaller towns in the region?",
    ]
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), "Related", *questions))
    assert labels["Related"] == "drop_related_section"
    assert all(labels[q] == "drop_related_section" for q in questions)


def test_teasers_with_cut_off_excerpts_do_not_resume_the_text() -> None:
    # A related box of teaser cards, each a title run into its excerpt, cut off with an ellipsis: two
    # such long lines in a row are teasers, not the text resuming under the box.
    teasers = [
        "Budget Vote Delayed for a Third Time The council could not agree on the plan, and the mayor said the...",
        "New Bridge Plan Changes After Years of Delay The bridge was first proposed a decade ago, when the…",
        "Park Plan Approved at Last The members agreed that the park should be opened before the summer....",
    ]
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), "Related articles", *teasers))
    assert labels["Related articles"] == "drop_related_section"
    assert all(labels[t] == "drop_related_section" for t in teasers)


def test_teaser_cards_with_cut_off_excerpts_under_the_article_go() -> None:
    # The site's other posts under the article: a title over an excerpt long enough to extend the
    # article's run, cut off with an ellipsis.
    excerpt = (
        "The {} was first proposed a decade ago, when the council could not agree on the funding, and the "
        "members have argued about its cost and its route in every session since then, until the mayor..."
    )
    cards = [(f"Mayor Opens the New {x.title()}", excerpt.format(x)) for x in ("bridge", "park", "school")]
    text = _dump("Budget Vote Delayed Again", *_article(5), *[line for card in cards for line in card])
    labels = _labels(text)
    assert all(labels[line] == "drop_teaser_excerpts" for card in cards for line in card)
    assert all(labels[p] == "kept" for p in _article(5))


def test_an_articles_own_ellipses_are_no_teaser_cards() -> None:
    # Paragraphs trailing off in an ellipsis, each with the text going on under it.
    trailing = [
        "So the council met again on the next Tuesday, and the members argued for hours until...",
        "In the end the mayor asked for one more week, and the members agreed, although…",
    ]
    body = _article(6)
    text = _dump(
        "Budget Vote Delayed Again", *body[:3], "Round two", trailing[0], body[3], trailing[1], *body[4:]
    )
    labels = _labels(text)
    assert all(labels[t] == "kept" for t in trailing)


def _article_then(*tail: str) -> str:
    paragraphs = [PROSE.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]
    return "\n\n".join(paragraphs) + "\n\n" + "\n".join(tail) + "\n"


def test_a_list_of_same_shaped_lines_closing_a_dump_article_is_kept() -> None:
    # innerText writes a <ul> (or a <p> cut by <br>) one item a line: tour dates under their heading.
    dates = [f"June {d} – Town {d}, FL @ Harbour Amphitheatre" for d in range(1, 9)]
    page = _article_then(
        "Tour Dates", "", *dates, "", "Trending", "Stars Align For A Summer Of Stadium Tours"
    )
    judged = judge(page, Config(input_format="text"))
    kept = [b.text for b in judged.doc.blocks if judged.kept[b.index]]
    assert kept[-len(dates) - 1 :] == ["Tour Dates", *dates]


def test_a_recipes_ingredients_between_its_headings_are_kept() -> None:
    items = ["8 ripe pears, cored and peeled", "1 lemon, or about 1/4 cup lemon juice", "6 tbsp fruit pectin"]
    items += ["1 tsp cinnamon", "1/2 tsp ground cloves"]
    page = _article_then("Ingredients", *items, "Instructions", PROSE)
    labels = _labels(page)
    assert all(labels[x] == "kept" for x in items)


@pytest.mark.parametrize(
    "lines",
    [
        # A form's country selector: hundreds of same-shaped options.
        [f"Country {n} / EUR" for n in range(120)],
        # A table of contents: numbered section headings.
        [f"1.{n} Section about topic {n}" for n in range(1, 9)],
        # Headlines, each punctuated its own way.
        [
            "Pats place Olszewski on IR",
            "Playoff picture: Raiders in the hunt",
            "Week 12 power rankings",
            "Why (again)?",
        ],
    ],
)
def test_lines_of_a_selector_a_contents_or_headlines_are_no_list(lines: list[str]) -> None:
    from cleaner.read.text import read_text

    doc = read_text("Heading\n\n" + "\n".join(lines) + "\n")
    assert not any(b.in_list for b in doc.blocks)


@pytest.mark.parametrize(
    "entries_count",
    [
        # No run of prose strong enough for an article, but blurbs enough among the entries: the extent
        # runs from the first entry's text to the last one's, and the menus above and the footer below go.
        6,
        # A shop page with only three products and a sentence each: too little text for an article's run
        # (MIN_ARTICLE_RUN_SCORE), enough for the extent of its text lines (MIN_LISTING_EXTENT_SCORE).
        3,
    ],
)
def test_a_dumps_listing_without_an_article_run_drops_its_menus(entries_count: int) -> None:
    menu = ["Kitchen", "Garden", "Outdoor", "Lighting", "Storage", "Bathroom"]
    entries = [
        line
        for k in range(entries_count)
        for line in (
            f"Oak Table Model {k}",
            f"${k + 90}.00",
            f"A sturdy table {k} that seats six people at the dinner.",
        )
    ]
    footer = ["Stores", "Gift cards", "Catalogues", "Careers"]
    labels = _labels(_dump(*menu, *entries, *footer))
    assert all(labels[line] == "kept" for line in entries if line.startswith("A sturdy"))
    assert labels["Oak Table Model 1"] == "kept"
    assert all(labels[line] != "kept" for line in menu[1:] + footer)


def test_a_dumps_content_above_its_footnotes_joins_them() -> None:
    # A service page: its sentences stand among short feature lines, each a weak run, and the footnotes
    # at the page's end are its longest run of prose. A run that far down (TAIL_RUN_START) takes in the
    # runs above it from TAIL_SECONDARY_RUN_SHARE of its score, not from SECONDARY_RUN_SHARE.
    menu = ["Products", "Pricing", "Resources", "Support", "Contact Sales", "Log in"]
    intro = "Our web package files every federal and state return for all of your clients."
    features = ["Unlimited e-filing", "All states included", "Mobile app", "Client portal"]
    features += ["Bank products", "Signature pad", "Audit help", "Reporting tools"]
    notes = [f"{k} {PROSE.replace('committee', f'survey {k}')}" for k in range(1, 4)]
    labels = _labels(_dump(*menu, "Tax software for every practice", intro, *features, *notes, "Privacy"))
    assert labels[intro] == "kept"
    assert all(labels[n] == "kept" for n in notes)
    assert all(labels[m] != "kept" for m in menu[1:])


def test_a_threads_post_controls_left_in_the_text_go() -> None:
    # The posts' buttons and badges stand between the posts, inside the extent the thread's text spans.
    posts = _article(4)
    controls = ["Click to expand...", "Reply", "Quote", "Senior Member", "Posts: 1,077", "3.4k posts"]
    controls += ["answered Feb 4, 2014 at 13:07", "12.5k3 gold badges41 silver badges", "Log in to reply"]
    page = [posts[0], "Jane", "Senior Member", "Posts: 1,077", "Click to expand...", posts[1], "Reply"]
    page += ["Quote", "3.4k posts", posts[2], "Log in to reply", "answered Feb 4, 2014 at 13:07"]
    page += ["12.5k3 gold badges41 silver badges", posts[3]]
    labels = _labels(_dump("Best Budget Bikes For A Beginner?", *page))
    assert all(labels[c] == "drop_post_controls" for c in controls)
    assert all(labels[p] == "kept" for p in posts)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Registered: 2012-09-03", "drop_post_controls"),
        ("Join Date: Mar 2016", "drop_post_controls"),
        ("Threads: 23", "drop_post_controls"),
        ("wrote on last edited by jdoe", "drop_post_controls"),
        ("Replies 154", "drop_counters"),
        ("Views: 26.2k", "drop_counters"),
        ("Reply 3", "drop_counters"),
    ],
)
def test_a_threads_poster_stats_edit_headers_and_label_first_counts_go(line: str, rule: str) -> None:
    # A poster's card in more engines' words, NodeBB's header over an edited post, and counts printed
    # label first; the posts around them stay.
    posts = _article(3)
    labels = _labels(_dump("Best Budget Bikes For A Beginner?", posts[0], "Jane", line, posts[1], posts[2]))
    assert labels[line] == rule
    assert all(labels[p] == "kept" for p in posts)


def test_a_posts_reactions_edit_notes_and_folded_comments_go() -> None:
    # A post's notes under its text: who reacted, who edited it when, a Q&A post's hidden comments.
    posts = _article(6)
    notes = ["Reactions: Bobby T, Aviator, kyteflyer and 19 others", "Last edited: Jul 13, 2022"]
    notes += ["Last edited by lowjhg; Feb 17, 2026 at 9:17 am", "Edited April 18, 2024 by thanosmano"]
    notes += ["| Show 3 more comments", "Click to shrink..."]
    page = [posts[0], notes[5], posts[1], "Jane", notes[1], posts[2], notes[2], notes[3], posts[3]]
    page += [notes[4], posts[4], notes[0], posts[5]]
    art = clean(_dump("Best Budget Bikes For A Beginner?", *page), input_format="text")
    assert not set(notes) & set(art.paragraphs)
    assert set(posts) <= set(art.paragraphs)


def test_an_entrys_stamp_of_who_and_how_long_ago_goes() -> None:
    # A blog index's entries, each with its author and age under the title: the card's byline.
    posts = _article(3)
    stamps = [
        "Alan Woinski and Kim Woinski | 3 days ago",
        "KGW • 21 hours ago",
        "Marko Zivkovic 1 month ago 1",
    ]
    page = ["Latest News", PROSE]
    for k, (post, stamp) in enumerate(zip(posts, stamps, strict=True)):
        page += [f"Hotel group opens its resort number {k}", stamp, post]
    labels = _labels(_dump(*page))
    assert all(labels[s] == "drop_post_controls" for s in stamps)
    assert all(labels[p] == "kept" for p in posts)


@pytest.mark.parametrize(
    "line",
    [
        "spartan14 2 years ago",
        "poke Over a year ago",
        "By romain · 1 day ago",
        "Asked 13 years, 8 months ago",
        "[–]floris0302 18 points19 points20 points 16 hours ago (1 child)",
    ],
)
def test_a_name_and_a_time_ago_is_an_entry_stamp(line: str) -> None:
    from cleaner.rules.phrases import ENTRY_STAMP_RE

    assert ENTRY_STAMP_RE.match(line)


@pytest.mark.parametrize(
    "line", ["17 hours ago", "(edited 1 year ago)", "The band split up 20 years ago.", "Ten years ago today"]
)
def test_a_bare_time_a_note_or_a_sentence_is_no_entry_stamp(line: str) -> None:
    from cleaner.rules.phrases import ENTRY_STAMP_RE

    assert not ENTRY_STAMP_RE.match(line)


@pytest.mark.parametrize("line", ["Click to shrink...", "Add a comment |", "Report inappropriate content"])
def test_a_posts_buttons_are_post_controls(line: str) -> None:
    from cleaner.blocks import Block
    from cleaner.rules.phrases import POST_CONTROLS

    assert Block(0, line).key in POST_CONTROLS


@pytest.mark.parametrize(
    "line",
    ["Edited by Jane Doe", "Reactions to the new law were mixed", "Last edited by Ann (2025-11-01 15:15:18)"],
)
def test_an_editor_credit_or_a_sentence_is_no_post_note(line: str) -> None:
    from cleaner.rules.phrases import POST_NOTES_RE

    assert not POST_NOTES_RE.match(line)


REVIEW = "I have worn these boots every day for a month and they are as comfortable now as on the first day."
DESCRIPTION = (
    "The trail boot is made of waxed leather with a padded collar, and its sole is cut for grip on wet "
    "rock so that it keeps its hold on the steepest paths of the season."
)


def _shop_dump(*reviews: str, cart: str = "Add to cart") -> str:
    return _dump(
        "Trail Boot",
        "$120.00",
        cart,
        "",
        DESCRIPTION,
        DESCRIPTION.replace("waxed", "oiled"),
        "",
        "Customer reviews",
        *reviews,
        "",
        "About us",
    )


def _review(name: str, mark: str) -> tuple[str, ...]:
    return ("", name, mark, "", REVIEW.replace("boots", f"boots ({name})"))


def test_customer_reviews_in_a_shop_dump_are_dropped() -> None:
    reviews = (
        *_review("Anna", "Verified buyer"),
        *_review("Ben (verified owner)", "Rated 4 out of 5"),
        *_review("Carl", "Verified buyer"),
    )
    art = clean(_shop_dump(*reviews), input_format="text")
    assert DESCRIPTION in art.paragraphs
    assert not any("I have worn these boots" in p for p in art.paragraphs)
    labels = _labels(_shop_dump(*reviews))
    assert labels["Verified buyer"] == "drop_review_thread"


def _offered_cards(head: str, *cards: tuple[str, str]) -> tuple[str, ...]:
    lines: list[str] = [head]
    for name, price in cards:
        lines += [name, "Pre-owned", price, "Free delivery"]
    return tuple(lines)


OFFERED = (
    ("Canvas Hiking Boot", "$84.99"),
    ("Leather Hiking Boot", "$129.00"),
    ("Mesh Trail Shoe", "$65.50"),
)


def _offered_dump(*cards: tuple[str, str]) -> str:
    return _dump(
        "Trail Boot",
        "$120.00",
        "Add to cart",
        "",
        DESCRIPTION,
        "",
        *_offered_cards("People who viewed this item also viewed", *cards),
        "",
        DESCRIPTION.replace("waxed", "oiled"),
        "",
        "About us",
    )


def test_a_dumps_grid_of_other_products_under_its_heading_is_dropped() -> None:
    # The cards under 'People who viewed this item also viewed' show themselves by their prices; the
    # product's own text after the grid stays.
    labels = _labels(_offered_dump(*OFFERED))
    assert labels["People who viewed this item also viewed"] == "drop_offered_products"
    assert [labels[name] for name, _ in OFFERED] == ["drop_offered_products"] * 3
    art = clean(_offered_dump(*OFFERED), input_format="text")
    assert DESCRIPTION in art.paragraphs
    assert DESCRIPTION.replace("waxed", "oiled") in art.paragraphs


def test_one_priced_line_under_an_offering_heading_is_no_grid() -> None:
    # A single price under the heading may be the product's own add-on: MIN_TEXT_GRID_PRICES.
    labels = _labels(_offered_dump(OFFERED[0]))
    assert "drop_offered_products" not in labels.values()


def test_a_lone_rating_by_the_price_is_no_review_thread() -> None:
    # One or two marker lines are a rating summary or a quoted testimonial: the page keeps its text.
    reviews = (*_review("Anna", "Verified buyer"), *_review("Carl", "Verified buyer"))
    labels = _labels(_shop_dump(*reviews))
    assert "drop_review_thread" not in labels.values()


def test_review_markers_on_a_page_without_a_cart_are_left_alone() -> None:
    # A page of testimonials or a reviewer's article quoting buyers: the reviews may be the content.
    reviews = (
        *_review("Anna", "Verified buyer"),
        *_review("Ben", "Verified buyer"),
        *_review("Carl", "Verified buyer"),
    )
    labels = _labels(_shop_dump(*reviews, cart="Free shipping"))
    assert "drop_review_thread" not in labels.values()


@pytest.mark.parametrize("head", ["What Our Clients say...", "What people are saying"])
def test_a_shops_testimonials_under_what_its_clients_say_are_dropped(head: str) -> None:
    # A shop's testimonials in the page's second half, as the reviews' prose and name lines: the shoppers'
    # words about the shop, not the product's description, which the article's run took in with them.
    quotes = [f"{REVIEW.replace('boots', f'boots from this shop ({n})')}" for n in ("Anna", "Ben", "Carl")]
    menu = ["Home", "Men", "Women", "Kids", "Sale", "Brands", "Stores", "Help"]
    text = _dump(
        *menu,
        "Trail Boot",
        "$120.00",
        "Add to cart",
        DESCRIPTION,
        DESCRIPTION.replace("waxed", "oiled"),
        head,
        quotes[0],
        "Anna K.",
        quotes[1],
        "Ben L.",
        quotes[2],
        "Carl M.",
    )
    labels = _labels(text)
    assert labels[DESCRIPTION] == "kept"
    assert [labels[q] for q in quotes] == ["drop_review_thread"] * 3


@pytest.mark.parametrize("more_text", [False, True])
def test_a_products_feature_sections_under_its_size_chart_are_kept(more_text: bool) -> None:
    # A shop's dump: the description, a size chart of short lines, then the product's feature sections
    # (a short title over a sentence), maybe more of the description, then the shop's other products.
    sizes = [f"EU {n}" for n in range(38, 48)]
    sections = [
        ("Built for Wet Rock", "The sole grips wet stone and mud on the steepest paths of the season."),
        ("Waxed Leather Upper", "The leather sheds rain and softens to the shape of the foot in a week."),
        ("Padded Collar", "A padded collar keeps grit out and the ankle comfortable on long days."),
        (
            "Made to Be Resoled",
            "When the sole wears down after years on the trail, send the boot back to us and our workshop fits "
            "a new sole to the same upper, so that one pair lasts as long as the leather does for you.",
        ),
    ]
    text = _dump(
        "Trail Boot",
        "$120.00",
        "Add to cart",
        *[DESCRIPTION.replace("waxed", kind) for kind in ("waxed", "oiled", "suede", "nubuck", "grained")],
        "Size chart",
        *sizes,
        *[line for section in sections for line in section],
        *(["Care", *[DESCRIPTION.replace("waxed", f"care {n}") for n in range(4)]] if more_text else []),
        "You may also like",
        "City Boot",
        "$99.00",
        "About us",
    )
    labels = _labels(text)
    assert [labels[blurb] for _, blurb in sections] == ["kept"] * 4
    assert labels["City Boot"] != "kept"


def test_tab_separated_lines_are_a_table_inside_the_article() -> None:
    from cleaner.read.text import read_text

    rows = [f"Filing step {i}\tFee of {i} dollars, due within {i} days" for i in range(10)]
    text = _dump(PROSE.replace("committee", "intro committee"), "", *rows, "", *_article(5))
    blocks = read_text(text).blocks
    assert [b.in_table for b in blocks[1:11]] == [True] * 10
    labels = _labels(text)
    # The intro above the table is the article's, not a blurb cut off by ten short lines.
    assert labels[PROSE.replace("committee", "intro committee")] == "kept"
    assert labels["Filing step 3 Fee of 3 dollars, due within 3 days"] == "kept"
    # Code indented with a tab is no table row.
    assert not read_text(_dump("\tif x:", "\t\treturn y")).blocks[0].in_table


def test_a_row_opening_on_a_no_break_space_cell_is_a_table_row() -> None:
    from cleaner.read.text import read_text

    # Each row's first cell ends in a paragraph: its line breaks there and the second cell's line opens
    # with the no-break space left of the first cell, then the tab.
    rows = [line for i in range(5) for line in (f"Earned in course {i}", f"\xa0 \tEarned by exam {i}")]
    blocks = read_text(_dump(*rows)).blocks
    assert [b.in_table for b in blocks] == [False, True] * 5
    # A no-break space in the middle of an indent of spaces and tabs still needs one before the tab.
    assert not read_text(_dump("  \tif x:")).blocks[0].in_table


def test_section_label_over_the_headline_is_no_headline() -> None:
    # A kicker naming the section ('Smart Projectors') stands over the headline, which stands over the
    # byline: the byline vouches for the line right above it, not for the label two lines up, though the
    # label's words recur in the text.
    prose = (
        "Smart projectors are easy to carry, and smart projectors now cost less than a television for a "
        "family of four who watch films at home."
    )
    text = _dump(
        "Menu",
        "Smart Projectors",
        "Best Portable Projectors For 2026",
        "By Jane Doe",
        "March 3, 2024",
        prose,
        "",
        prose.replace("family", "group"),
        "",
        prose.replace("films", "series"),
    )
    art = clean(text, input_format="text")
    assert art.title == "Best Portable Projectors For 2026"
    assert art.date == "2024-03-03"


def test_short_headline_under_a_kicker_takes_the_byline() -> None:
    # A headline of three words under the kicker: the byline under it vouches for it, not for the label
    # over it (a short line between a label and its byline is a button, not a headline of three words).
    prose = (
        "Machine learning is a form of artificial intelligence, and machine learning now sorts the mail "
        "for a family of four who watch films at home."
    )
    text = _dump(
        "Menu",
        "Artificial Intelligence",
        "Machine learning, explained",
        "By",
        "Jane Doe",
        "March 3, 2024",
        prose,
        "",
        prose.replace("family", "group"),
        "",
        prose.replace("films", "series"),
    )
    assert clean(text, input_format="text").title == "Machine learning, explained"


def _grid(n: int) -> list[str]:
    """A shop's category in a dump: each record a title and the labelled cells every record prints."""
    lines: list[str] = []
    for i in range(n):
        lines += [
            f"Model {i} Short Throw Laser Projector with {3000 + i} Lumens",
            f"Manufacturer: Brand {i}",
            f"Item Number: BR-{i}",
            f"Price: ${1000 + i},00",
        ]
    return lines


def test_records_of_a_shop_grid_in_a_dump_are_its_content() -> None:
    menu = ["Home", "Projectors", "Screens", "Mounts", "Accessories", "Sale", "Contact"]
    grid = _grid(8)
    text = _dump(*menu, "Native 4K Projectors", "Products 1-8 of 8", *grid, "About Us", "Careers", "Privacy")
    labels = _labels(text)
    assert [x for x in grid if labels[x].startswith("drop_")] == []  # no headlines, no menu


def test_a_dump_without_text_is_cut_to_its_records() -> None:
    # No line reads as text, so no extent: the records are the content, the menus around them go.
    menu = ["Projectors", "Screens", "Mounts", "Accessories"]
    grid = _grid(8)
    labels = _labels(_dump(*menu, *grid, "Store Locator", "Gift Cards"))
    assert labels["Screens"] == labels["Gift Cards"] == "drop_outside_article"
    assert [x for x in grid if labels[x].startswith("drop_")] == []


def test_comments_stamped_alike_are_no_records() -> None:
    from cleaner.read.text import read_text
    from cleaner.rules.records import dump_listing

    lines: list[str] = []
    for i, p in enumerate(_article(6)):
        lines += [f"reader{i}", "Reply", p]
    assert dump_listing(read_text(_dump(*lines)).blocks) == frozenset()
    assert dump_listing(read_text(_dump(*_grid(8))).blocks)


def test_records_with_a_blurb_each_are_records() -> None:
    # A card may carry one sentence beside its name and cells (a part's one-line description, a plan's
    # pitch): about a third of the records' words are prose, and they are still records, not a thread.
    from cleaner.read.text import read_text
    from cleaner.rules.records import dump_listing

    grid: list[str] = []
    for i, record in enumerate(_grid(8)[::4]):
        grid += [
            record,
            f"It throws a big picture from a short distance {i}.",
            *_grid(8)[4 * i + 1 : 4 * i + 4],
        ]
    doc = read_text(_dump(*grid))
    prose = sum(b.words for b in doc.blocks if b.is_prose)
    assert 0.3 < prose / sum(b.words for b in doc.blocks) < 0.4
    assert dump_listing(doc.blocks) == frozenset(b.index for b in doc.blocks)


def test_a_records_sale_price_over_its_regular_price_steps_no_record() -> None:
    # Cards on sale print two prices, one line each: the second is the same record's, and the records
    # above the first such card are the list's as much as those below it.
    from cleaner.read.text import read_text
    from cleaner.rules.records import dump_listing

    grid: list[str] = []
    for i in range(8):
        prices = [f"${100 + i}.97", f"${150 + i}"] if i in (3, 5) else [f"${100 + i}"]
        grid += [f"Trail Runner Model {i} Road Running Shoes", f"{i + 2} Colors", *prices]
    doc = read_text(_dump(*grid))
    assert dump_listing(doc.blocks) == frozenset(b.index for b in doc.blocks)


def test_records_priced_alike_under_a_category_intro_are_its_content() -> None:
    # A shop's category page: an intro paragraph, then a grid whose records print a name, a price and a
    # tagline, the price's amount differing from card to card ('$38.00', 'From $29.00', '$49.00 $24.50').
    grid: list[str] = []
    prices = ("${}.00", "From ${}.95", "${}.00 $19.50", "USD {}.99")
    for i in range(8):
        grid += [
            f"Handmade Terracotta Planter Number {i}",
            prices[i % 4].format(30 + i),
            f"Fired slowly in small batches {i}",
        ]
    menu = ["Home", "Planters", "Vases", "Baskets", "Sale", "Contact"]
    text = _dump(*menu, "Indoor Planters", PROSE, *grid, "About Us", "Careers", "Privacy")
    labels = _labels(text)
    assert [x for x in grid if labels[x].startswith("drop_")] == []


def test_section_heading_among_a_hubs_entries_cuts_nothing() -> None:
    # A news hub in a dump: headline and blurb entries, a 'Top stories' heading after the first few and
    # most entries still under it. No run of paragraphs makes an article whose related box it would be.
    def entry(i: int) -> list[str]:
        return [
            f"Council Delays Budget Vote Number {i}",
            PROSE.replace("committee", f"committee {i}"),
            "5 mins ago",
        ]

    first = [line for i in range(2) for line in entry(i)]
    rest = [line for i in range(2, 8) for line in entry(i)]
    labels = _labels(_dump("Science", *first, "Top stories", *rest))
    assert labels["Top stories"] != "drop_related_section"
    assert [x for x in rest if labels[x] == "drop_related_section"] == []


_SHOP_FAQ = [
    "How long does the shipping take to the most remote regions of the country in winter months?",
    "Orders leave our warehouse within two working days and usually reach every region within a week, "
    "although snow can add a day or two in the mountains.",
    "Can I return the boots if they do not fit after I have worn them outside on a trail?",
    "Boots worn outside cannot be returned, but we exchange any unworn pair within thirty days of delivery, "
    "and the exchange is free of charge for members.",
    "Do you repair the soles when they wear down after several seasons of regular hiking?",
    "Our workshop resoles every boot we sell for a flat fee, and the new sole is the same as the original "
    "one, so the fit of the boot does not change at all.",
]


def test_a_shop_dump_keeps_the_description_above_a_longer_faq() -> None:
    # The product's description sits under its price and cart button, cut off from the FAQ below by the
    # options' short lines; the FAQ outscores it four times over, and on a shop's page it still joins.
    description = [
        "A light boot for long days on rough trails, made from waxed leather that keeps its shape after "
        "years of hard use.",
        "The sole grips wet rock and the lining keeps your feet dry in the rain, even on the longest walks "
        "of the season.",
    ]
    options = ["Sizes", "40", "41", "42", "Colour", "Brown", "Material", "Leather", "Width", "Regular"]
    options += ["Weight", "Light", "Made in", "Portugal", "Size guide", "In stock", "Free delivery over 50"]
    options += ["Wishlist", "Pay in three parts", "Store pickup"]
    faq = _SHOP_FAQ + [line.replace("the", "our") for line in _SHOP_FAQ]
    page = ["Men", "Women", "Sale", "Trail Boot", "$120.00", "Add to cart", *description, *options]
    labels = _labels(_dump(*page, "Frequently asked questions", *faq, "About us", "Contact"))
    assert all(labels[p] == "kept" for p in description)
    assert all(labels[line] == "kept" for line in faq)
    assert labels["Wishlist"] == "drop_outside_article"


# A tutorial's code as innerText writes it: one line a line, shaped like code (a call, an operator, a
# statement's semicolon or brace, a comment's or a prompt's mark).
CODE = (
    "-- Bad: fetches every column even if you need a few",
    "SELECT * FROM orders WHERE user_id = 123;",
    "const rows = await db.query(sql);",
    "if (rows.length == 0) {",
    "return null;",
    "# print the keys",
    "for key in config: print(key)",
    "total = count + 1",
    "print(total)",
    "// the rows, one by one",
    "rows.forEach(show);",
    "user::find(id)",
    "items => items.length",
    "$ node load.js",
)


def test_a_code_block_does_not_cut_a_dump_tutorial() -> None:
    # Each line of code costing what a menu's line costs, the closing paragraph under the code was cut off.
    closing = "Run it once more and the program will print every row that the query returns today."
    text = _dump("How to Query the Orders Table", *_article(4), *CODE, closing, "Home", "About", "Contact")
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in CODE)
    assert labels[closing] == "kept"
    assert labels["Contact"] != "kept"


def test_a_block_of_shell_commands_does_not_cut_a_dump_tutorial() -> None:
    tasks = ("init", "status", "add -A", "log", "fetch", "pull", "branch", "stash", "reflog", "merge main")
    commands = [f"git {task}" for task in tasks]
    closing = "Run them in this order and the repository will be ready for the first commit of the team."
    text = _dump("A Brief Intro to Git", *_article(4), *commands, closing, "Home", "About", "Contact")
    labels = _labels(text)
    assert labels["git fetch"] == "kept"
    assert labels[closing] == "kept"


def test_code_lines_repeated_by_two_examples_stay_in_both() -> None:
    # Two examples open with the same import and class line; each example is the page's text in full.
    first = ["from shop import Model, Field", "class Order(Model):", "total = Field(default=0)"]
    second = ["from shop import Model, Field", "class Order(Model):", "items = Field(default_factory=list)"]
    between = "The second example adds a list of items, which starts empty for every new order."
    closing = "Both models validate their fields when an order is created, read or saved again."
    text = _dump("Fields of a Model", *_article(3), *first, between, *second, closing, "Home", "About")
    j = judge(text, Config(input_format="text"))
    copies = [b for b in j.doc.blocks if b.text == "class Order(Model):"]
    assert len(copies) == 2
    assert all(j.label(b) == "kept" for b in copies)


def test_a_code_shaped_line_outside_a_code_block_still_loses_a_copy() -> None:
    # The same call shown alone among menu entries and again as a lone line: no example's lines, so the
    # copies are deduplicated as any repeated line is.
    line = "Try it: run(demo)"
    text = _dump("A Guide to Demos", *_article(4), "Home", line, "About", "Privacy", line, "Contact")
    j = judge(text, Config(input_format="text"))
    labels = [j.label(b) for b in j.doc.blocks if b.text == line]
    assert labels.count("drop_duplicate_lines") == 1


def test_a_table_header_row_repeated_over_two_tables_stays_in_both() -> None:
    # innerText joins a row's cells with tabs: each table of a reference page has its own header row.
    header = "Attribute\tType\tDescription"
    first = ["item_id\tString\tThe merchant's own identifier", "title\tString\tThe product's name"]
    second = ["price\tNumber\tThe regular price", "currency\tString\tISO 4217 code"]
    between = "Prices are given with their currency, and every price must be greater than zero."
    closing = "Send the feed once a day, and the catalogue will show every product listed in it."
    text = _dump("Product Feed Spec", *_article(3), header, *first, between, header, *second, closing)
    j = judge(text, Config(input_format="text"))
    rows = [b for b in j.doc.blocks if b.text.startswith("Attribute")]
    assert len(rows) == 2
    assert all(j.label(b) != "drop_duplicate_lines" for b in rows)


def _school(name: str, city: str, gpa: str) -> list[str]:
    return [
        name,
        PROSE.replace("committee", f"{name} committee"),
        f"Location: {city}",
        f"Average GPA: {gpa}",
        "Class Size: 400",
    ]


def test_a_fact_repeated_in_two_items_fact_sheets_stays_in_both() -> None:
    # A ranking prints each item's facts; two items share a value ('Average GPA: 3.7') and each sheet
    # reads whole only with its own copy.
    text = _dump(
        "Top Business Schools",
        *_article(2),
        *_school("Wharton", "Philadelphia", "3.7"),
        *_school("Kellogg", "Evanston", "3.7"),
        *[p.replace("Tuesday", "Friday") for p in _article(2)],
    )
    j = judge(text, Config(input_format="text"))
    copies = [j.label(b) for b in j.doc.blocks if b.text in ("Average GPA: 3.7", "Class Size: 400")]
    assert copies == ["kept"] * 4


def test_an_items_fact_sheet_of_shared_values_only_stays_whole() -> None:
    # The third item shares each of its facts with another item, but not all of them with one: a sheet
    # of its own, not a second print of another's.
    text = _dump(
        "Top Business Schools",
        *_article(2),
        *_school("Wharton", "Philadelphia", "3.7"),
        *_school("Kellogg", "Evanston", "3.6"),
        *_school("Booth", "Philadelphia", "3.6"),
        *[p.replace("Tuesday", "Friday") for p in _article(2)],
    )
    j = judge(text, Config(input_format="text"))
    booth = next(b for b in j.doc.blocks if b.text.startswith("The Booth")).index
    assert [j.label(b) for b in j.doc.blocks[booth + 1 : booth + 4]] == ["kept"] * 3


def test_a_fact_sheet_shown_twice_whole_loses_its_copy() -> None:
    # A picker or a poster's card printed twice: no line of the second sheet is its own.
    sheet = ["USD: $149.64", "CAD: $206.74", "GBP: $110.82"]
    text = _dump("Blue Kettle", *_article(3), *sheet, *_article(1), *sheet)
    j = judge(text, Config(input_format="text"))
    labels = [j.label(b) for b in j.doc.blocks if b.text == "USD: $149.64"]
    assert labels.count("drop_duplicate_lines") == 1


def test_a_section_heading_with_a_permalink_mark_is_no_related_box() -> None:
    # Sphinx ends each section heading with its anchor's '¶': 'More on fields' is the document's section.
    section = ["More on fields¶", *_article(6)[3:]]
    labels = _labels(_dump("Working with forms¶", *_article(3), *section))
    assert all(labels[line] == "kept" for line in section)
    # Without the mark it heads a related box, as before.
    labels = _labels(_dump("Working with forms", *_article(3), "More on fields", *_article(6)[3:]))
    assert labels["More on fields"] == "drop_related_section"


def test_a_threads_numbered_short_replies_stay_with_the_opening_post() -> None:
    # XenForo's dump: the opening post, then short replies, each under its poster's name and over its
    # number, poster and date; the replies alone are too short to extend the run of prose.
    replies = [
        ("alice", "Thanks, that is exactly the host list I needed."),
        ("bob", "Which of them has servers in Europe?"),
        ("carol", "The second one has, and its support answered me within an hour."),
        ("dave", "I moved to the third one last year and never looked back."),
    ]
    lines = ["Best Hosts of the Year", *_article(5), "#1 pelex, May 26, 2025", "Like x 2"]
    for n, (name, text) in enumerate(replies, start=2):
        lines += [name, text, f"#{n} {name}, May {25 + n}, 2025"]
    lines += ["Share", "Home Forums Hosting", "Terms", "Privacy Policy"]
    labels = _labels(_dump(*lines))
    assert all(labels[text] == "kept" for _, text in replies)
    assert labels["Privacy Policy"] != "kept"


def test_a_threads_short_replies_between_two_long_posts_stay() -> None:
    # The opening post and a long later reply are two runs of prose; the short numbered replies between
    # them belong to the thread as much as the ones after the last run.
    short = [
        ("alice", "Thanks"),
        ("bob", "Which of them has servers in Europe"),
        ("carol", "The second one has"),
    ]
    lines = ["Best Hosts of the Year", *_article(2), "#1 pelex, May 26, 2025", "Like x 2"]
    for n, (name, text) in enumerate(short, start=2):
        card = ["Member", "Joined", f"Dec {n}, 2009", "Member Type", "Student or Learner", "Native Language"]
        card += ["Spanish", "Home Country", "Spain", "Current Location", "Spain", f"May {25 + n}, 2025"]
        card += [f"Trophy {k}" for k in range(15)]
        lines += [name, *card, f"#{n}", text, "Reply", "Quote", "Report"]
    long_reply = [PROSE.replace("committee", f"board {i}") for i in range(2)]
    lines += [
        "dave",
        *long_reply,
        "#5 dave, June 1, 2025",
        "erin",
        "Agreed on all counts.",
        "#6 erin, June 2, 2025",
    ]
    lines += ["Share", "Home Forums Hosting", "Terms", "Privacy Policy"]
    labels = _labels(_dump(*lines))
    assert all(labels[text] == "kept" for _, text in short)
    assert labels[long_reply[0]] == "kept"
    assert labels["Privacy Policy"] != "kept"


@pytest.mark.parametrize("count", ["Viewed 3k times", "Viewed 439k times", "Viewed 89 times"])
def test_a_questions_view_count_is_a_counter(count: str) -> None:
    # A Q&A question's header under its title prints its view count like any other counter.
    labels = _labels(_dump("How do I mount a share at boot?", count, *_article(4)))
    assert labels[count] == "drop_counters"
    # A sentence saying how often something was viewed is text.
    said = "I have viewed 3 times the logs and found nothing."
    assert _labels(_dump("How do I mount a share at boot?", said, *_article(4)))[said] != "drop_counters"


def test_a_threads_stamped_short_replies_stay_with_the_opening_post() -> None:
    # A thread whose posts carry no number but a stamp: who posted and how long ago. The short replies
    # below the opening post are too short for a run of prose; the last reply stands under its stamp.
    replies = [
        ("alice", "Thanks, that is exactly the host list I needed."),
        ("bob", "Which of them has servers in Europe?"),
        ("carol", "The second one has, and its support answered me within an hour."),
        ("dave", "I moved to the third one last year and never looked back after the outage in the spring."),
    ]
    lines = ["Best Hosts of the Year", "by pelex Posted: 2 years ago 4 replies", *_article(5)]
    for name, text in replies:
        lines += [f"{name} 2 years ago", text, "Thanks"]
    lines += ["Share", "Home Forums Hosting", "Terms", "Privacy Policy"]
    labels = _labels(_dump(*lines))
    assert all(labels[text] == "kept" for _, text in replies)
    assert labels["alice 2 years ago"] != "kept"
    assert labels["Privacy Policy"] != "kept"


def test_a_threads_stamped_first_post_above_a_long_reply_stays() -> None:
    # The opening post is a line or two under its stamp; the run of prose starts at a long reply below.
    opening = "Which of these hosts has servers in Europe, and who answers support tickets fastest?"
    lines = ["Home", "Forums", "Hosting", "Best Hosts of the Year", "pelex 3 years ago", opening, "Thanks"]
    lines += [
        "alice 3 years ago",
        *_article(5),
        "Thanks",
        "bob 2 years ago",
        "Agreed on all counts.",
        "Thanks",
    ]
    lines += ["carol 2 years ago", "The second one has, and its support answered me within an hour."]
    lines += ["Share", "Terms", "Privacy Policy"]
    labels = _labels(_dump(*lines))
    assert labels[opening] == "kept"
    assert labels["Agreed on all counts."] == "kept"
    assert labels["Privacy Policy"] != "kept"


def test_a_yaml_block_does_not_cut_a_dump_tutorial() -> None:
    # A configuration file's keys ('services:', 'restart: always') are code lines too.
    yaml = ["services:", "web:", "build: .", "ports:", "db:", "restart: always", "networks:", "backend:"]
    closing = "Start both services once more and the web container will reach the database by its name."
    text = _dump("Networking in Compose", *_article(4), *yaml, closing, "Home", "About", "Contact")
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in yaml)
    assert labels[closing] == "kept"


@pytest.mark.parametrize(
    "line",
    [
        "return (",
        "raise RuntimeError(",
        "totals = [",
        "try:",
        "except ValueError:",
        "else:",
        "#!/bin/sh",
        '"title": "Monty Python and the Holy Grail",',
        '"year": 1975',
    ],
)
def test_a_statement_left_open_is_code(line: str) -> None:
    # A call or a literal opened at the line's end, Python's compound statements, a script's shebang, a
    # JSON object's member.
    from cleaner.blocks import Block
    from cleaner.rules.structure import _code_line

    assert _code_line(Block(0, line))


@pytest.mark.parametrize("line", ["for example:", "without a doubt:", "Notes:"])
def test_a_lead_in_ending_in_a_colon_is_no_code(line: str) -> None:
    from cleaner.blocks import Block
    from cleaner.rules.structure import _code_line

    assert not _code_line(Block(0, line))


def test_a_python_example_does_not_cut_a_dump_tutorial() -> None:
    # The example's 'except KeyError:' and 'raise ConfigError(' lines cost nothing, as its other lines do.
    code = [
        "try:",
        "load(path)",
        "except KeyError:",
        "except ValueError:",
        "except OSError:",
        "report(",
        "except TypeError:",
        "raise ConfigError(",
    ]
    closing = "Run the script once more and the missing setting will fall back to the default value."
    text = _dump("Reading settings safely", *_article(4), *code, closing, "Home", "About", "Contact")
    labels = _labels(text)
    assert labels[closing] == "kept"
    assert labels["except KeyError:"] == "kept"


CHECKLIST = (
    "Book the photographer and the band",
    "Order the cake from a local bakery",
    "Send the invitations to every guest",
    "Choose the flowers for the tables",
    "Plan the seating with both families",
)


def test_a_writers_list_in_sentence_case_between_paragraphs_is_kept() -> None:
    # A checklist lost its bullets in the dump; a heading, not prose, follows it, so it is no list
    # 'inside' the text by its neighbours, but its sentence case and the prose around it tell it apart.
    paragraphs = _article(8)
    text = _dump(
        "Planning the Day",
        *paragraphs[:4],
        "Three Months Before",
        *CHECKLIST,
        "Final Weeks",
        *paragraphs[4:],
        "Home",
        "About",
    )
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in CHECKLIST)


def test_a_long_writers_list_does_not_cut_a_dump_article() -> None:
    # Each line of a long checklist costing what a menu's line costs, the run was cut at the checklist.
    steps = [f"{line} in week {n}" for n in range(1, 5) for line in CHECKLIST]
    paragraphs = _article(5)
    closing = paragraphs[-1]
    text = _dump(
        "Planning the Day", *paragraphs[:2], "The Checklist", *steps, *paragraphs[2:], "Home", "About"
    )
    labels = _labels(text)
    assert labels[steps[-1]] == "kept"
    assert labels[closing] == "kept"


def test_a_writers_list_naming_acronyms_is_still_in_sentence_case() -> None:
    # 'SEO', 'NFT', 'DeFi' keep their capitals in a writer's sentence-case list: they are not title case.
    services = [
        "Revenue-focused SEO strategy for blockchain companies",
        "Technical content optimization for complex DeFi concepts",
        "Conversion rate optimization for crypto onboarding funnels",
        "Performance tracking and ROI measurement for NFT campaigns",
    ]
    paragraphs = _article(8)
    text = _dump("Choosing an Agency", *paragraphs[:4], "Services", *services, "Key results", *paragraphs[4:])
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in services)


def test_a_writers_list_naming_models_with_digits_is_still_in_sentence_case() -> None:
    # 'Web3', 'Pi5': a name holding a digit keeps its capital in a writer's sentence-case list.
    features = [
        "Content-first SEO approach tailored for Web3 audiences",
        "High-authority Web3 link building with trusted partners",
        "Power delivery to the Pi5 through pogo pins",
        "Detailed keyword research and competitive analysis",
    ]
    paragraphs = _article(8)
    text = _dump("Choosing an Agency", *paragraphs[:4], "Services", *features, "Key results", *paragraphs[4:])
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in features)


def test_a_writers_list_naming_one_client_per_item_is_still_in_sentence_case() -> None:
    # One name in an item of seven or more other words ('Gala', 'Zivoe') leaves it in sentence case.
    results = [
        "Helped Gala secure many media features and sell out collections",
        "Raised more funds and earned many media placements for Zivoe",
        "Boosted beta registrations for Ethermail with a targeted email campaign",
        "Doubled organic search traffic within three months of the launch",
    ]
    paragraphs = _article(8)
    text = _dump(
        "Choosing an Agency", *paragraphs[:4], "Key results", *results, "Our Method", *paragraphs[4:]
    )
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in results)


def _assert_teasers_between_paragraphs_dropped(teasers: list[str]) -> None:
    """Under 'Trending News' between an article's paragraphs, every line goes as a headline list."""
    paragraphs = _article(8)
    text = _dump("Budget Vote Delayed Again", *paragraphs[:4], "Trending News", *teasers, *paragraphs[4:])
    labels = _labels(text)
    assert all(labels[t] == "drop_headline_lists" for t in teasers)


def test_sentence_case_teasers_that_name_people_are_no_writers_list() -> None:
    # A news site's teaser headlines are in sentence case too, but name people, firms and places.
    teasers = [
        "Safety officials urge Boeing to redesign part on its jets",
        "Senate panel calls Jeffrey Epstein jail guards to testify",
        "Police in Dallas arrest man after chase on the highway",
        "Apple and Google face new inquiry from European regulators",
    ]
    _assert_teasers_between_paragraphs_dropped(teasers)


FACT_SHEET = (
    "Office Location: Austin, Texas",
    "Year Founded: 2009",
    "Team Size: 45 Employees",
    "Key Clients: Riverside Dental and Oak Street Bakery",
)


def test_a_fact_sheet_between_paragraphs_is_kept() -> None:
    # Each line opens with its own short label and a colon: the writer's facts, in title case or not,
    # printed a paragraph each (lines of one shape written together are a list already).
    paragraphs = _article(8)
    facts = "\n\n".join(FACT_SHEET)
    text = _dump("The Best Agencies", *paragraphs[:4], "Northwind Media", "", facts, "", *paragraphs[4:])
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in FACT_SHEET)


def test_a_fact_sheet_closing_the_text_is_kept() -> None:
    # A product's specs or a game's requirements after the text's last paragraph, with only the site's
    # links below: a labelled run needs prose above it, not below.
    paragraphs = _article(6)
    text = _dump("The Best Agencies", *paragraphs, "", "\n\n".join(FACT_SHEET), "", "About us", "Careers")
    labels = _labels(text)
    assert all(labels[line] != "drop_headline_lists" for line in FACT_SHEET)


def test_a_products_feature_list_closing_its_description_is_kept() -> None:
    # A shop's dump: the description, then the product's features in sentence case, then the shop's links;
    # the list has no prose below it, as a teaser list hanging off an article has none.
    features = [
        "Waxed leather upper that sheds rain",
        "Padded collar for long days on the trail",
        "Grippy sole cut for wet rock and mud",
        "Removable insole that dries overnight",
        "Speed hooks for quick lacing with gloves on",
    ]
    description = [DESCRIPTION.replace("waxed", kind) for kind in ("waxed", "oiled", "suede", "nubuck")]
    text = _dump(
        "Trail Boot", "$120.00", "Add to cart", *description, *features, "About us", "Careers", "Help"
    )
    labels = _labels(text)
    assert all(labels[line] != "drop_headline_lists" for line in features)


def test_a_label_glued_to_its_value_is_a_label() -> None:
    # innerText prints '<span>Developed By:</span><a>Northwind</a>' without a space after the colon.
    facts = (
        "Release date: Mar 4, 2025",
        "Developed By:Northwind Games",
        "Published By:Harbor Interactive",
        "Open World Multiplayer Crafting Survival",
        "Very Positive Recent Player Reviews",
    )
    paragraphs = _article(8)
    text = _dump(
        "Games of the Year", *paragraphs[:4], "Northwind Quest", "", "\n\n".join(facts), "", *paragraphs[4:]
    )
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in facts[1:])  # the first gives the page's date


def test_a_writers_lists_under_their_own_headings_are_kept() -> None:
    # Two sentence-case lists, the second under a title-case heading, and the listicle's next numbered
    # item: one run of bare lines whose headings are not items and do not count against its case.
    features = [
        "Compact layout for a clean and efficient workspace",
        "Swappable switches for easy customization",
        "Durable keycaps that last for many years",
    ]
    reasons = [
        "Great for both casual users and gamers alike",
        "Customizable options let you personalize your keyboard",
    ]
    run = [*features, "Why It Stands Out", *reasons, "2. Northwind Keyboard Pro"]
    paragraphs = _article(8)
    text = _dump("The Best Keyboards", *paragraphs[:4], "Main Features", *run, *paragraphs[4:])
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in features + reasons)


def test_a_list_announced_by_a_colon_heading_is_kept() -> None:
    # 'Services Offered:' announces the writer's list between the article's paragraphs, in title case.
    services = [
        "Social Media Strategy and Planning",
        "Paid Social Advertising Campaigns",
        "Influencer Marketing and Outreach",
        "Community Management for Brands",
    ]
    paragraphs = _article(8)
    items = "\n\n".join(services)
    text = _dump(
        "Top Agencies",
        *paragraphs[:4],
        "Northwind Media",
        "Services Offered:",
        "",
        items,
        "",
        *paragraphs[4:],
    )
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in services)


def test_a_writers_list_naming_brands_in_some_items_is_kept() -> None:
    # Three items in sentence case, two naming products: most of a writer's items, under the article.
    features = [
        "Free cloud storage for two weeks of video",
        "Works with Alexa and Google Home Speakers",
        "Two-way audio through the phone app",
        "Sharp night vision up to thirty feet",
        "Pairs with Ring Chime Pro Doorbells",
    ]
    paragraphs = _article(8)
    text = _dump(
        "The Best Cameras", *paragraphs[:4], "Key Features", "", "\n\n".join(features), "", *paragraphs[4:]
    )
    labels = _labels(text)
    assert all(labels[line] == "kept" for line in features)


def test_titles_sharing_a_series_name_are_no_fact_sheet() -> None:
    # 'Leadership Boot Camp: ...' twice: a series' name before the colon, not a fact's own label.
    teasers = [
        "Leadership Boot Camp: Effective Leadership Today",
        "Leadership Boot Camp: People Management Basics",
        "Executive Impact: Strategic Speaking for Leaders",
        "Women in Executive Leadership Around the World",
    ]
    _assert_teasers_between_paragraphs_dropped(teasers)


@pytest.mark.parametrize("line", ["Sigma (293)", "& up(1355)", "Canon (125)", "Price Range"])
def test_filter_counts_are_no_code(line: str) -> None:
    # A shop's filters hold counts in parentheses: no call.
    from cleaner.blocks import Block
    from cleaner.rules.structure import _code_line

    assert not _code_line(Block(0, line))


def test_see_also_in_the_contents_cuts_nothing_but_the_last_see_also_does() -> None:
    # The contents list the sections, 'See also' among them; its own heading comes at the end.
    sections = ("Making a request", "Handling the response", "Canceling a request")
    body = []
    for n, heading in enumerate(sections):
        body += [heading, _article(6)[n], f"const response{n} = await fetch(url);", _article(6)[n + 3]]
    text = _dump(
        "Using the Fetch API",
        *_article(8)[6:],
        "In this article",
        *sections,
        "See also",
        *body,
        "Summary",
        *_article(13)[8:],
        "See also",
        "Service Worker API reference",
        "HTTP access control explained",
    )
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(13))
    assert labels["Service Worker API reference"] == "drop_related_section"


def test_see_also_in_a_contents_box_over_an_index_cuts_nothing_but_the_last_see_also_does() -> None:
    # An index page's contents box: a label, the letters' line, 'See also'; the entries under each letter
    # are short names with no later heading for the check above to find.
    entries = ["Alpha (language)", "Apex", "Avalon Script", "Basil", "Bramble (language)", "Brook"]
    text = _dump(
        "List of Example Languages",
        PROSE,
        PROSE.replace("committee", "board"),
        "Contents:",
        "0–9ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "See also",
        "A",
        *entries[:3],
        "B",
        *entries[3:],
        "See also",
        "Comparison of example languages",
        "Timeline of example languages",
    )
    labels = _labels(text)
    assert all(labels[e] != "drop_related_section" for e in entries)
    assert labels["Timeline of example languages"] == "drop_related_section"


def test_links_run_together_without_spaces_are_dropped() -> None:
    # innerText glues a row of inline links into one line; brands in a sentence and code keep theirs.
    glued = "About UsFor ReadersFor WritersFor Businesses"
    sentence = "We moved the list from HubSpot to MailChimp and then to ConvertKit last year."
    code = "const [isOnline, setIsOnline] = useState(null);"
    text = _dump(
        "How We Run the Newsletter",
        PROSE,
        glued,
        PROSE.replace("committee", "board"),
        sentence,
        code,
        PROSE.replace("committee", "panel"),
    )
    labels = _labels(text)
    assert labels[glued] == "drop_glued_links"
    assert labels[sentence] == "kept"
    assert labels[code] == "kept"


def test_the_sites_closing_paragraph_about_itself_is_dropped() -> None:
    # The footer's blurb names the owner of its copyright notice; the article's own paragraphs stay.
    blurb = (
        "Harbour Gardens is a family-owned nursery in the valley, growing perennials and shrubs "
        "for gardeners across the region since 1950."
    )
    text = _dump(
        "Planting Bulbs in Autumn",
        PROSE,
        PROSE.replace("committee", "board"),
        "Contact Us",
        blurb,
        "© 2026 Harbour Gardens. All rights reserved.",
    )
    labels = _labels(text)
    assert labels[blurb] == "drop_site_blurb"
    assert labels[PROSE] == "kept"


def test_a_paragraph_naming_another_company_closing_the_text_is_kept() -> None:
    closing = (
        "Northwind Traders is a wholesaler in the valley, and the council expects its new depot to open "
        "before the spring session."
    )
    text = _dump("Depot Plan Approved", PROSE, closing, "© 2026 Valley Gazette. All rights reserved.")
    assert _labels(text)[closing] == "kept"


def test_a_related_box_amid_the_text_shown_again_lower_is_cut_at_both() -> None:
    teasers = [f"Council Row Over Park Plan Deepens, Part {n}" for n in range(4)]
    text = _dump(
        "Budget Vote Delayed Again",
        *_article(3),
        "Related articles",
        *teasers[:2],
        *_article(6)[3:],
        "Related articles",
        *teasers[2:],
    )
    labels = _labels(text)
    assert all(labels[t] == "drop_related_section" for t in teasers)


def test_more_on_lines_under_each_item_of_a_column_cut_nothing() -> None:
    # A review column links each album's artist under its review; a track list breaks the run of text.
    reviews = []
    for n, artist in enumerate(("Jane Doe", "The Budget Office", "Park Avenue")):
        reviews += [f"{artist}, The Album {n}", _article(6)[n], "Side A", "Side B", f"More on {artist}"]
    text = _dump("Albums of the Month", *_article(9)[6:], *reviews, *_article(6)[3:])
    labels = _labels(text)
    assert all(labels[p] == "kept" for p in _article(9))
    assert labels["More on Jane Doe"] != "drop_related_section"


_JACKET_TEXT = [
    "We built this jacket to withstand changeable weather on long mountain days, with a shell that keeps "
    "the rain out and lets the heat of a steep climb escape through its vents.",
    "The hood fits over a helmet and the cuffs close tight over gloves, so nothing lets the wind in when "
    "the weather turns on an exposed ridge late in the afternoon.",
]
_JACKET_CARE = [
    "Close every zipper before washing, wash with similar colours at a low temperature, and never use "
    "fabric softener, which clogs the membrane and stops it from breathing.",
    "Hang the jacket to dry away from direct heat, then tumble it for twenty minutes on a low setting to "
    "bring the water repellency of the outer fabric back to life.",
]


def test_a_dump_keeps_the_spec_lines_between_parts_of_a_product_text() -> None:
    # The feature list cuts the description from the care text: at least half its lines have four words
    # or more (GAP_LINE_MIN_MEDIAN_WORDS), so it is the text's and the gap is kept whole.
    features = ["Features", "Fully seam sealed construction", "Durable water repellent treatment"]
    features += ["Adjustable hood with a stiff brim", "Under arm ventilation zippers", "Two hand pockets"]
    features += ["Details", "Shell: 100% recycled polyamide", "Lining: 100% polyester mesh", "Weight: 450 g"]
    features += ["Use for", "Hiking", "Recycled content in the main fabric", "Printed logo on the chest"]
    features += ["Two way front zipper with a storm flap", "Adjustable cuffs with hook and loop"]
    page = ["Men", "Women", "Sale", "Loke Jacket", "$120.00", "Add to cart", *_JACKET_TEXT, *features]
    labels = _labels(_dump(*page, *_JACKET_CARE, "About us", "Contact"))
    assert all(labels[line] == "kept" for line in _JACKET_TEXT + _JACKET_CARE)
    assert all(labels[line] == "kept" for line in features)


def test_a_dump_drops_a_menu_between_parts_of_a_product_text() -> None:
    # A gap of one- and two-word lines is a menu or a filter, even with a few longer lines among them.
    menu = ["Filters", "Size", "S", "M", "L", "XL", "Colour", "Black", "Red", "Blue", "Sort by", "Newest"]
    menu += ["Price", "Brand", "New arrivals this week in our store", "Best sellers of the season", "Sale"]
    page = ["Men", "Women", "Sale", "Loke Jacket", "$120.00", "Add to cart", *_JACKET_TEXT, *menu]
    labels = _labels(_dump(*page, *_JACKET_CARE, "About us", "Contact"))
    assert all(labels[line] == "kept" for line in _JACKET_TEXT + _JACKET_CARE)
    # 'Filters' and 'Sort by' are controls drop_site_chrome already knows; the rest goes with the gap.
    assert all(labels[line] == "drop_site_chrome" for line in ("Filters", "Sort by"))
    assert all(labels[line] == "drop_outside_article" for line in menu if line not in ("Filters", "Sort by"))


_THREE_WORD_GAP = [
    f"{colour} {part.title()} Option"
    for colour in ("Black", "Olive")
    for part in ("hood", "cuff", "zipper", "pocket", "lining", "hem", "collar", "strap")
]
_GAP_PARAGRAPH = "Every seam is taped by hand in our own workshop, and we test each one before it leaves us."


def test_a_gap_of_shorter_lines_with_a_paragraph_among_them_is_the_texts() -> None:
    # Between two kept stretches of a dump, lines of three words (a median under GAP_LINE_MIN_MEDIAN_WORDS)
    # are the text's when a paragraph stands among them (GAP_PROSE_LINE_MIN_MEDIAN_WORDS); alone they go.
    # A menu of one-word lines with a paragraph under it stays a menu.
    with_paragraph = [*_THREE_WORD_GAP[:8], _GAP_PARAGRAPH, *_THREE_WORD_GAP[8:]]
    blocks = judge(_dump(*with_paragraph), Config(input_format="text")).doc.blocks
    assert _text_gap(blocks)
    blocks = judge(_dump(*_THREE_WORD_GAP), Config(input_format="text")).doc.blocks
    assert not _text_gap(blocks)
    blocks = judge(
        _dump(*_THREE_WORD_GAP[:2], "Men", "Women", "Kids", "Sale", "Brands", "Outlet", _GAP_PARAGRAPH),
        Config(input_format="text"),
    ).doc.blocks
    assert not _text_gap(blocks)


_MENU_ITEMS = [
    "Jackets",
    "Coats",
    "Shirts",
    "Pants",
    "Shorts",
    "Socks",
    "Boots",
    "Sandals",
    "Hats",
    "Gloves",
    "Bags",
    "Belts",
    "Sweaters",
    "Hoodies",
    "Vests",
    "Dresses",
    "Skirts",
    "Swimwear",
    "Base Layers",
    "Rain Gear",
]


def test_a_shop_dump_is_cut_to_its_description_however_large_its_menus() -> None:
    # The description is a run strong enough for an article but a small share of the page's words
    # (WEAK_RUN_WORD_SHARE): on a listing the extent would run from the promo line to the footer's note;
    # on a shop's page (a cart button) the run is the product's text and the menus around it go.
    kinds = ("Men's", "Women's", "Kids'", "Sale", "New", "Outlet", "Trail", "City")
    menu = [f"{kind} {item}" for kind in kinds for item in _MENU_ITEMS]
    footer = [f"{item} Guide" for item in _MENU_ITEMS]
    page = ["Free shipping on all orders over fifty dollars this week.", *menu, "Loke Jacket", "$120.00"]
    page += ["Add to cart", *_JACKET_TEXT, *footer, "All prices include the sales tax of your state."]
    labels = _labels(_dump(*page))
    assert all(labels[line] == "kept" for line in _JACKET_TEXT)
    assert all(labels[line] == "drop_outside_article" for line in menu + footer)


FOOTER_MENU = [
    "Healthy Living",
    "Healthy Mind",
    "Recipe Book",
    "Employer Coverage",
    "Family Coverage",
    "Provider Finder",
    "Insurance Basics",
    "Getting Insurance",
    "Ask a Question",
    "Send Private Message",
    "Tu Salud",
    "Seguro Para Ti",
    "Tu Cobertura",
    "Benefits and Coverage",
    "Understanding Medicare",
    "Health Conditions",
    "Prevention Tips",
    "Wellness Programs",
    "Member Stories",
    "Plan Documents",
    "Claims Center",
    "Pharmacy Benefits",
]


def _article_over_footer(paragraphs: int, notices: list[str]) -> str:
    article = [PROSE.replace("committee", f"committee {i}") for i in range(paragraphs)]
    return (
        "\n\n".join(["Budget Vote Delayed Again", *article])
        + "\n"
        + "\n".join(FOOTER_MENU)
        + "\n\n"
        + "\n\n".join(notices)
        + "\n"
    )


NOTICES = [
    f"The material on this {where} is not intended to replace the advice of a qualified advisor, and the "
    "information it holds was obtained from sources that are believed to be reliable but are not guaranteed."
    for where in ("site", "page", "blog")
]


def test_footer_notices_under_a_kept_footer_menu_are_cut_with_the_menu() -> None:
    # The notices outweigh the menu's penalty, so the article's run went on through the menu into them.
    labels = _labels(_article_over_footer(10, NOTICES))
    assert labels[PROSE.replace("committee", "committee 9")] == "kept"
    assert labels["Pharmacy Benefits"] == "drop_outside_article"
    assert all(labels[n] == "drop_outside_article" for n in NOTICES)


def test_text_under_a_list_of_short_lines_holding_much_prose_is_no_footer() -> None:
    # Under a list of keywords a reference page goes on with sections as long as the text above them.
    labels = _labels(_article_over_footer(4, NOTICES))
    assert all(labels[n] == "kept" for n in NOTICES)


def test_a_bloggers_introduction_under_the_article_ends_it() -> None:
    # A sidebar's 'about me' box, printed under the article: a greeting and a name, no writer's trade.
    article = _article(8)
    intro = "Hi, I'm Jessica! Welcome to my little corner of the internet, where I share the recipes I love."
    text = _dump("Budget Vote Delayed Again", *article, intro, "Start Here", "Easy Weeknight Dinners Ideas")
    labels = _labels(text)
    assert labels[article[-1]] == "kept"
    assert labels[intro] == "drop_author_bio"
    assert labels["Easy Weeknight Dinners Ideas"] == "drop_author_bio"


def test_a_name_line_over_a_first_person_introduction_under_the_article_ends_it() -> None:
    # The box names the blogger on its own line; the paragraph under it only says what they are.
    article = _article(8)
    intro = "I'm a running coach with over a decade of experience helping runners reach their goals."
    text = _dump("Budget Vote Delayed Again", *article, "Jane Doe", intro, "Previous Post: Easy Dinners")
    labels = _labels(text)
    assert labels[article[-1]] == "kept"
    assert labels["Jane Doe"] == labels[intro] == "drop_author_bio"
    assert labels["Previous Post: Easy Dinners"] == "drop_author_bio"
    # Under no person's name ('Our Mission') the first person is the site's voice, left to other rules.
    other = _dump("Budget Vote Delayed Again", *article, "Our Mission", intro)
    assert _labels(other)[intro] != "drop_author_bio"


def test_a_writer_introducing_themselves_in_the_text_is_kept() -> None:
    # Early in the text, or with much of it still to come, the introduction is the writer's own.
    article = _article(8)
    intro = "Hi, I'm Ashley, and I oversee all of the council coverage at this paper."
    early = _dump("Budget Vote Delayed Again", intro, *article)
    assert _labels(early)[intro] == "kept"
    late = _dump("Budget Vote Delayed Again", *article[:6], intro, *_article(14)[8:])
    assert _labels(late)[intro] == "kept"


# --- what a dump prints after the footer ---------------------------------------------------------------


def _footer_dump(notice: str, *before: str) -> str:
    policy = (
        "We collect personal information when you place an order, and we use it to ship the order and "
        "to answer your questions; we never sell it to third parties for their own marketing."
    )
    return _dump(
        "Home",
        "Shop",
        *before,
        "Wool Runner",
        PROSE,
        PROSE.replace("committee", "board"),
        PROSE.replace("committee", "panel"),
        PROSE.replace("committee", "jury"),
        "Privacy Policy",
        notice,
        "Refund policy",
        "Close",
        *[policy.replace("order", f"order number {i}") for i in range(12)],
    )


@pytest.mark.parametrize("notice", ["© 2026 Example Shoes, Inc. All Rights Reserved", "©Example Shoes 2026"])
def test_hidden_dialogs_after_the_footer_notice_are_dropped(notice: str) -> None:
    # innerText goes on below the footer with the page's hidden dialogs: a long policy there outscored
    # the page's own text as the article's run.
    labels = _labels(_footer_dump(notice))
    assert labels["Refund policy"] == "drop_after_footer"
    assert labels[PROSE] == "kept"
    assert all(label != "kept" for text, label in labels.items() if "order number" in text)


def test_a_notice_over_no_text_or_an_image_credit_ends_nothing() -> None:
    # A menu drawer's notice above the text (no run before it), and an image's credit inside the text.
    drawer = _labels(
        _dump("Home", "© 2026 Example News", PROSE, PROSE.replace("committee", "board"), "Contact us")
    )
    credit = _labels(_footer_dump("Pennine Way (UK) | © 2019 A. Walker"))
    assert "drop_after_footer" not in drawer.values()
    assert "drop_after_footer" not in credit.values()


_FOOTNOTE = (
    "1. Battery life varies by use and configuration, and the results were measured with preproduction "
    "units under conditions that the maker chose for the tests it ran before the launch."
)


@pytest.mark.parametrize("head", ["Footer", "Site Footer", "Example Footer", "Footer navigation"])
def test_the_footer_heading_over_the_notice_starts_the_footer(head: str) -> None:
    # A page's footer heading, set for screen readers, stands over the footer's footnotes and links, which
    # read as text and joined the article's run; the copyright notice below closes the footer.
    footnote2 = _FOOTNOTE.replace("1.", "2.").replace("launch", "release")
    text = _dump("Home", *_article(4), head, _FOOTNOTE, footnote2, "Contact us", "© 2026 Example Inc.")
    labels = _labels(text)
    assert labels[_FOOTNOTE] == labels[footnote2] == "drop_after_footer"
    assert all(labels[p] == "kept" for p in _article(4))


@pytest.mark.parametrize("head", ["Header and footer", "Footer"])
def test_a_footer_heading_without_a_notice_or_joined_to_a_word_cuts_nothing(head: str) -> None:
    # A theme's documentation heads its section so; without a copyright notice under it a 'Footer' line
    # marks no footer.
    notice = "© 2026 Example Inc." if head != "Footer" else "Contact us"
    footnote2 = _FOOTNOTE.replace("1.", "2.").replace("launch", "release")
    labels = _labels(_dump("Home", *_article(4), head, _FOOTNOTE, footnote2, PROSE, notice))
    assert labels[_FOOTNOTE] != "drop_after_footer"
    assert labels[footnote2] != "drop_after_footer"


_LEGAL_FINE_PRINT = (
    "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement "
    "and Privacy Policy, and the material on this site may not be reproduced, distributed, transmitted, "
    "cached or otherwise used, except with the prior written permission of Example Media."
)


@pytest.mark.parametrize(
    "notice",
    [
        f"© 2026 Example Media. All rights reserved. {_LEGAL_FINE_PRINT}",
        f"{_LEGAL_FINE_PRINT} Example is a trademark of Example Media, Inc. ©2010-2026. All rights reserved.",
    ],
)
def test_a_long_legal_notice_opened_or_closed_by_the_notice_is_dropped(notice: str) -> None:
    # A dump prints the footer's fine print as one line of 40 words and more, which drop_copyright's
    # length cap leaves alone.
    dialog = (
        "We collect personal information when you place an order, and we use it to ship the order to you."
    )
    text = _dump("Home", *_article(4), "Contact us", notice, "Refund policy", dialog)
    labels = _labels(text)
    assert labels[notice] == labels[dialog] == "drop_after_footer"
    assert labels[_article(4)[0]] == "kept"


def test_a_long_paragraph_on_copyright_is_no_notice() -> None:
    paragraph = (
        "Copyright law protects the expression of an idea, not the idea itself, and the courts have long "
        "held that a recipe's list of ingredients is a fact; the rights reserved to an author cover the "
        "words of the method, and a cook who rewrites them in her own words owes the author nothing at all."
    )
    labels = _labels(_dump("Home", PROSE, paragraph, PROSE.replace("committee", "board"), "Contact us"))
    assert labels[paragraph] == "kept"


@pytest.mark.parametrize("note", [[], ["Requires a 64-bit processor and operating system"]])
def test_requirements_under_a_recommended_label_stay_and_the_store_section_after_them_goes(
    note: list[str],
) -> None:
    # A game's page in a dump: its system requirements close the text, 'Recommended:' labels the second
    # machine, and the store's curators and reviews follow. The label heads no related list: the lines
    # under it open with labels of their own ('OS: ...'), and only what follows them is cut.
    specs = ["OS: Windows 10 (64bit)", "Memory: 16 GB RAM", "Storage: 95 GB available space"]
    under = ["What Curators Say", "Mostly Positive (300,560 reviews)", "Review Type", "All (850,354)"]
    text = _dump("Home", PROSE, PROSE.replace("committee", "board"), "Recommended:", *note, *specs, *under)
    labels = _labels(text)
    assert all(labels[s] != "drop_related_section" for s in specs)
    assert labels["Mostly Positive (300,560 reviews)"] == "drop_related_section"


def test_a_fact_sheet_in_a_dump_is_found_and_a_series_of_titles_is_not() -> None:
    # A product's spec lines ('Body: Alder') in a dump neither add to the text's run nor break it, as a
    # writer's list does not (drop_outside_article): each costing a non-prose line's penalty cut them, and
    # the description under them, out of the kept text. Titles repeating a series' name are no fact sheet.
    facts = ["Body: Alder", "Neck: Maple", "Fingerboard: Rosewood", "Scale: 648 mm", "Colour: Birch Green"]
    series = ["Boot Camp: Leadership", "Boot Camp: Hiring", "Boot Camp: Budgets", "Boot Camp: Teams"]
    text = _dump("Home", PROSE, *facts, "Contact us", *series, PROSE.replace("committee", "board"))
    alive = judge(text, Config(input_format="text")).doc.blocks
    assert list(_fact_sheets(alive)) == [(2, 7)]


def _category_dump(menu_entries: int) -> str:
    names = ["Camp", "Hike", "Climb", "Cycle", "Paddle", "Run", "Ski", "Snow", "Travel", "Fish", "Yoga"]
    kinds = ["Tents", "Packs", "Shoes", "Jackets", "Bags"]
    menu = [f"{n} {k}" for n in names for k in kinds][:menu_entries]
    cards = [
        line
        for i in range(6)
        for line in (
            f"Trail Bottle Number {i} with Screw Cap - 32 fl. oz.",
            f"${10 + i}.95",
            "Bottle Opening: Wide",
            "A light bottle for the trail, with a cap that stays on.",
        )
    ]
    intro = "Members earn rewards on every purchase and get free shipping on their orders."
    return _dump("Sign in", intro, *menu, "Water Bottles", "171 products", *cards, "Help")


def test_a_mega_menu_in_a_category_dump_goes() -> None:
    # A shop's menu prints hundreds of bare department names, one a line, above the grid; a category page
    # has no article run, and its extent (from its first line of text) took them in.
    labels = _labels(_category_dump(40))
    assert labels["Camp Packs"] == labels["Snow Bags"] == "drop_outside_article"
    assert labels["Trail Bottle Number 5 with Screw Cap - 32 fl. oz."] == "kept"


def test_a_short_menu_in_a_category_dump_is_left_to_the_label_rules() -> None:
    labels = _labels(_category_dump(12))
    assert labels["Camp Packs"] == labels["Trail Bottle Number 5 with Screw Cap - 32 fl. oz."] == "kept"


_SPORTS = ["Camp", "Hike", "Climb", "Cycle", "Paddle", "Run", "Ski", "Snow", "Travel", "Fish", "Yoga", "Surf"]
_SPORTS += ["Swim", "Golf", "Dive", "Sail", "Row", "Hunt", "Skate", "Ride"]
_GEAR = ["Tents", "Packs", "Shoes", "Jackets", "Bags", "Gloves", "Hats", "Socks", "Pants", "Shirts", "Lights"]
_DEPARTMENTS = [f"{sport} {gear}" for sport in _SPORTS for gear in _GEAR]  # 220 bare names
_PERKS = "Members earn rewards on every purchase and get free shipping on their orders."


def _menu_over_a_category(menu_lines: int) -> str:
    """A category dump without an article run: a sign-in blurb, the shop's mega-menu, the category's
    description and its grid (no line of text in it)."""
    cards = [
        line
        for i in range(30)
        for line in (f"Trail Bottle Number {i} with Screw Cap", f"${10 + i}.95", f"Capacity: {20 + i} oz")
    ]
    about = [PROSE, PROSE.replace("committee", "board")]
    menu = _DEPARTMENTS[:menu_lines]
    return _dump(
        "Sign in", _PERKS, *menu, "Water Bottles", *about, "171 products", *cards, "Help", "Contact us"
    )


def test_a_blurb_over_a_long_mega_menu_is_cut_from_a_listing_extent() -> None:
    # Two hundred lines without text cut the sign-in blurb off the category's text: the extent starts
    # at the description, and the blurb goes with the menu.
    labels = _labels(_menu_over_a_category(200))
    assert labels[_PERKS] == labels["Camp Tents"] == "drop_outside_article"
    assert labels[PROSE] == "kept"


def test_a_blurb_over_a_shorter_menu_stays_in_the_listing_extent() -> None:
    labels = _labels(_menu_over_a_category(150))
    assert labels[_PERKS] == labels[PROSE] == "kept"


_FORM_MESSAGE = "Please fill out this field."
_DIALOG_LINE = "Drag the fields to rearrange them."


def _stray_lines_around_a_category(menu_lines: int, first: str = _FORM_MESSAGE) -> str:
    """A category dump without an article run (its cards' blurbs are its text) with a form's message
    (or ``first``) over the shop's menu and a dialog's line under the footer's, each cut off from the
    category's text by ``menu_lines`` lines without text."""
    cards = [
        line
        for i in range(30)
        for line in (
            f"Trail Bottle Number {i}",
            f"Keeps water cold for {i + 2} hours on the trail.",
            f"${i}.95",
        )
    ]
    menu = _DEPARTMENTS[:menu_lines]
    footer = _DEPARTMENTS[-menu_lines:]
    return _dump(first, *menu, "Water Bottles", *cards, *footer, _DIALOG_LINE)


def test_a_stray_line_at_either_edge_of_a_listing_extent_goes() -> None:
    # Twenty lines without text cut a line scoring under LISTING_STRAY_SHARE of the extent off either edge.
    labels = _labels(_stray_lines_around_a_category(20))
    assert labels[_FORM_MESSAGE] == labels[_DIALOG_LINE] == "drop_outside_article"
    assert labels["Keeps water cold for 2 hours on the trail."] == labels["Trail Bottle Number 29"] == "kept"


def test_a_stray_line_behind_a_short_menu_stays_in_the_listing_extent() -> None:
    labels = _labels(_stray_lines_around_a_category(12))
    assert labels[_FORM_MESSAGE] == labels[_DIALOG_LINE] == "kept"


def test_a_menu_entry_closing_on_its_count_is_no_text_to_start_a_listing_extent() -> None:
    # 'Name (27)' ends on a bracket, not a sentence: the extent starts at the grid's first blurb, and the
    # entry goes with the short menu under it. A year in brackets is a model's name and still scores.
    entry = "Rooftop Tent Accessories & Brackets (27)"
    assert _labels(_stray_lines_around_a_category(12, entry))[entry] == "drop_outside_article"
    model = "Trail Bottle Classic Edition Fifteen (2022)"
    assert _labels(_stray_lines_around_a_category(12, model))[model] == "kept"


def test_a_grids_prices_are_its_records_data_and_not_symbol_lines() -> None:
    # A dump's price line is kept with its record inside the extent (the last card's, past the last line
    # of text, goes with the extent); a pager's numbers and an arrow are still symbol lines.
    labels = _labels(_category_dump(12))
    assert labels["$10.95"] == labels["$14.95"] == "kept"
    assert labels["$15.95"] == "drop_outside_article"
    labels = _labels(
        _dump(PROSE, "$10.93 - $17.00", "749,00 € 849,00 €", "2", "→", PROSE.replace("the", "a"))
    )
    assert labels["$10.93 - $17.00"] == labels["749,00 € 849,00 €"] == "kept"
    assert labels["2"] == labels["→"] == "drop_symbol_lines"


def test_a_comments_machine_timestamp_is_a_symbol_line() -> None:
    # A Q&A comment's time as stored ('2019-01-21T21:40:59.62Z+00:00') goes like its '2019-01-21 21:40:59Z'
    # form (the first stamp is the page's date field); a line that goes on after the time (a log's) is
    # text.
    stamps = ["2019-01-21T21:40:59.62Z+00:00", "2019-01-22T08:15:02Z", "2024-05-03T10:09+02:00"]
    log = "2019-01-21T21:40:59Z ERROR the job failed"
    labels = _labels(_dump(PROSE, *stamps, log, PROSE.replace("the", "a")))
    assert labels[stamps[1]] == labels[stamps[2]] == "drop_symbol_lines"
    assert labels[log] == "kept"


def test_a_long_list_of_names_under_its_intro_is_no_menu_to_cut() -> None:
    # Below the extent's first text the same stretch is the listing: an awards page's winners.
    names = [f"Riverside Project {k} Studio" for k in range(240)]
    closing = "The jury praised every project for its light and its calm public rooms."
    labels = _labels(_dump(*_AWARDS_MENU, *_AWARDS_INTRO, *names, closing))
    assert all(labels[x] == "kept" for x in [*_AWARDS_INTRO, *names, closing])


def _named_reviews_dump(head: str, under_head: str) -> str:
    specs = [f"Spec line {i}: waxed leather upper, rubber sole" for i in range(8)]
    reviews = [line for name in ("Anna", "Ben") for line in ("", f"{name} 09.08.2024", REVIEW)]
    return _dump(
        "Trail Boot",
        "$120.00",
        "Add to cart",
        "",
        DESCRIPTION,
        *specs,
        DESCRIPTION.replace("waxed", "oiled"),
        "",
        head,
        under_head,
        *reviews,
    )


def test_reviews_under_a_line_naming_them_in_a_shop_dump_are_dropped() -> None:
    # Reviews without a marker line ('Verified buyer'): the line naming them, in the page's second half,
    # heads them, and only the shop's parts follow.
    labels = _labels(_named_reviews_dump("8 Reviews", "Sort by: newest"))
    assert labels["8 Reviews"] == labels[REVIEW] == "drop_review_thread"
    assert labels[DESCRIPTION] == "kept"


def test_a_review_count_on_a_product_card_heads_no_reviews() -> None:
    # A grid's card prints its review count over its price: no reviews' head.
    labels = _labels(_named_reviews_dump("72 Reviews", "$41.99"))
    assert "drop_review_thread" not in labels.values()


def test_a_qa_posts_comments_go_and_a_quotes_signature_stays() -> None:
    # Under each post a comment line, its author, the dashed signature and the 'Commented' stamp; the
    # same dash under a quote without the stamp is the quote's own attribution, kept.
    posts = _article(3)
    comment = "Have you tried running it with the debug flag set? It usually tells you more."
    reply = "Thanks, that helped me find the problem with the configuration file right away."
    quote = "The only way to do great work is to love what you do, as somebody said before."
    page = [posts[0], "answered Feb 4, 2014 at 13:07", "Jane Doe", comment, "Bob Smith", "\u2013 Bob Smith"]
    page += ["2014-02-04 13:20:11 +00:00", "Commented Feb 4, 2014 at 13:20", reply, "Jane Doe"]
    page += [
        "\u2013 Jane Doe",
        "Commented Feb 4, 2014 at 14:02",
        posts[1],
        quote,
        "\u2014 Mark Twain",
        posts[2],
    ]
    labels = _labels(_dump("Why does my build fail on the server?", *page))
    assert labels[comment] == labels[reply] == "drop_post_comments"
    # The signatures and their names go (here as repeated lines too: the names show twice).
    assert all(labels[x] != "kept" for x in ("\u2013 Bob Smith", "Bob Smith", "\u2013 Jane Doe"))
    assert labels[quote] == labels["\u2014 Mark Twain"] == "kept"
    assert all(labels[p] == "kept" for p in posts)


def test_a_threads_poster_cards_go() -> None:
    # Between the posts the poster's card: name, rank, 'Joined' and its date, the place, the post's date.
    posts = _article(4)
    page = [posts[0]]
    for k, post in enumerate(posts[1:], start=1):
        page += [
            f"member{k}",
            "Senior Member",
            "Joined",
            f"Mar {k}, 2019",
            "Hudson Valley, NY",
            f"May {k}, 2024",
        ]
        page += [post]
    labels = _labels(_dump("Best Budget Bikes For A Beginner?", *page))
    assert all(labels[p] == "kept" for p in posts)
    cards = ["member1", "member2", "Hudson Valley, NY", "Mar 2, 2019", "May 2, 2024"]
    assert all(labels[c] != "kept" for c in cards)
    assert labels["member2"] == "drop_poster_cards"


def test_a_poster_card_closed_by_the_posts_number_goes() -> None:
    # XenForo's card without a control: name, rank, join date, message and point counts, the post's date
    # and its number ('#2'), which the symbol lines drop; the number still marks the gap as a card's.
    posts = _article(4)
    page = [posts[0]]
    for k, post in enumerate(posts[1:], start=1):
        page += [
            f"member{k}",
            f"rank{k} G5",
            f"Mar {k}, 2019",
            f"{k}2,094",
            f"{k}1,262",
            f"May {k}, 2024",
            f"#{k + 1}",
        ]
        page += [post]
    labels = _labels(_dump("Best Budget Bikes For A Beginner?", *page))
    assert all(labels[p] == "kept" for p in posts)
    assert all(
        labels[c] == "drop_poster_cards" for c in ("member2", "rank2 G5", "Mar 2, 2019", "May 2, 2024")
    )


def test_a_poster_cards_value_goes_with_its_label() -> None:
    # Two posts only, too few for the cards' gaps: a card's label goes as a control ('Joined', 'Reaction
    # score'), and the value printed under it goes with it; a sentence under a label stays.
    posts = _article(3)
    page = ["May 2, 2024", posts[0], "member1", "Joined", "Mar 25, 2013", "Reaction score", "1,204", posts[1]]
    page += ["member2", "Joined", "Sep 21, 2020", "Joined the club last week and loving it.", posts[2]]
    labels = _labels(_dump("Best Budget Bikes For A Beginner?", *page))
    assert all(labels[p] == "kept" for p in posts)
    assert labels["Mar 25, 2013"] == labels["Sep 21, 2020"] == "drop_poster_cards"
    assert labels["1,204"] != "kept"
    assert labels["Joined the club last week and loving it."] == "kept"


def test_a_kept_label_keeps_its_value() -> None:
    # An event's details under an article: 'Location' is the article's label, kept, and so is its value.
    paragraphs = _article(3)
    page = [paragraphs[0], "Location", "Hudson Valley, NY", paragraphs[1], paragraphs[2]]
    labels = _labels(_dump("Spring Fair Opens Its Gates", *page))
    assert labels["Location"] == labels["Hudson Valley, NY"] == "kept"


def test_short_lines_between_paragraphs_without_a_threads_controls_are_no_poster_card() -> None:
    # The same shape under an article without a post's control or stat: a list, kept by the other rules.
    paragraphs = _article(4)
    page = [paragraphs[0]]
    for k, paragraph in enumerate(paragraphs[1:], start=1):
        page += [f"Step {k}", "Sand the edges", paragraph]
    labels = _labels(_dump("How To Build A Shelf", *page))
    assert all(labels[x] != "drop_poster_cards" for x in labels)


_NOTICE = (
    "Members are reminded that selling seeds on the forum is not allowed, and the moderators will remove "
    "every offer they find."
)
_OPENING_POST = (
    "My pond pump stops every few hours and starts again when I tap it, so I wonder whether the impeller "
    "is worn or the float switch is stuck."
)


def _thread(*header: str) -> str:
    replies = [x for i in range(3) for x in (f"user{i}", f"#{i + 2} · Mar {i + 4}, 2025", _article(3)[i])]
    return _dump(
        "Garden Forum",
        _NOTICE,
        _OPENING_POST,  # (some dumps show the opening post above the title as well)
        "Pond pump keeps stopping",
        *header,
        "greenthumb42 Discussion starter",
        "#1 · Mar 3, 2025",
        _OPENING_POST,
        *replies,
    )


def test_lines_above_a_threads_title_are_dropped() -> None:
    # The thread's statistics under its title place it: the board's notice above goes, and the opening
    # post shown there as well keeps its copy under the title.
    page = _thread("Jump to Latest", "1.2K views 4 replies 3 participants last post by user2 Mar 6, 2025")
    judged = judge(page, Config(input_format="text"))
    labels = {b.index: judged.label(b) for b in judged.doc.blocks}
    assert labels[1] == "drop_above_thread_title"  # the notice
    assert labels[2] == "drop_above_thread_title"  # the opening post's first copy
    assert labels[3] == "title"
    assert _OPENING_POST in judged.paragraphs()
    assert _NOTICE not in judged.paragraphs()


def test_lines_above_a_title_without_a_threads_header_stay() -> None:
    labels = _labels(_thread())
    assert "drop_above_thread_title" not in labels.values()


_FEATURES = [
    "Shared Inbox",
    "Answer every customer email from one inbox that the whole team can see and work in together.",
    "Live Chat",
    "Talk with the visitors on your website while they browse, and turn their questions into sales.",
    "Helpful Reports",
    "See how fast your team replies and which topics bring in the most questions every single week.",
]
_LOGOS = ["Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Wayne", "Acme"]
_LOGOS += ["Tyrell", "Cyberdyne", "Soylent", "Trusted by teams"]


def _service_page(menu: list[str], above_text: tuple[str, ...] = ()) -> str:
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    features = ("Support software for growing teams", *_FEATURES, *_LOGOS, *above_text)
    return _dump(*menu, *features, *text, "Privacy", "Terms")


def test_a_dump_keeps_a_service_pages_feature_sections_above_its_text() -> None:
    # Three titles over a sentence each, above the main run and cut from it by a row of logos: the
    # service's feature sections (FEATURE_MIN_SECTIONS), said once on the page.
    labels = _labels(_service_page(["Home", "Pricing", "Log in"]))
    assert all(labels[line] in ("kept", "title") for line in _FEATURES)  # the first title heads the page
    assert all(labels[line] == "drop_outside_article" for line in _LOGOS)


def test_a_dump_keeps_feature_sections_whose_blurbs_have_no_full_stop() -> None:
    # The same sections with their blurbs set without a full stop: long lines reading as text (stop
    # words), where a mega-menu's flattened panel of names has none.
    bare = [line.rstrip(".") if i % 2 else line for i, line in enumerate(_FEATURES)]
    page = _service_page(["Home", "Pricing", "Log in"]).replace("\n".join(_FEATURES), "\n".join(bare))
    assert bare[1] in page
    labels = _labels(page)
    assert all(labels[line] in ("kept", "title") for line in bare)
    panels = [
        "Products",
        "Analytics Foundation Beacon Bookkeeping Connect Ledger Insight Payroll Treasury Vault",
        "Platforms",
        "Cloud Edge Mobile Desktop Kiosk Terminal Gateway Studio Console Hub",
        "Solutions",
        "Banking Insurance Retail Healthcare Logistics Energy Media Telecom Travel Education",
    ]
    menu_labels = _labels(_service_page(["Home", "Pricing", "Log in"], tuple(panels)))
    assert all(menu_labels[line] != "kept" for line in panels)


def test_a_dump_drops_a_mega_menus_sections_whose_names_the_menu_repeats() -> None:
    # The same shape with its titles shown again in the top bar is a mega-menu's panel.
    labels = _labels(_service_page(["Home", "Shared Inbox", "Live Chat", "Helpful Reports", "Log in"]))
    assert all(labels[line] != "kept" for line in _FEATURES[1::2])


def test_a_dump_drops_feature_sections_above_a_storys_dateline() -> None:
    # A story's headline, byline and dateline below them: the sections are the site header's panel.
    labels = _labels(
        _service_page(["Home", "Pricing", "Log in"], ("Why Budgets Slip", "By Jane Doe", "Apr 21, 2021"))
    )
    assert all(labels[line] != "kept" for line in _FEATURES[1::2])


_HERO_TAGLINE = "Plan the council budget with the whole committee"
_HERO_INTRO = (
    "Bring every budget line, vote and revision into one place, so that the council and its members can "
    "plan the spring session together."
)


def _hero_page(*story: str) -> str:
    # A headline, its tagline, buttons, an intro paragraph and a row of logos above the main run.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    hero = ["Budget software for every council", _HERO_TAGLINE, *story, "Start free trial", "Book a demo"]
    return _dump(
        "Home", "Pricing", "Log in", *hero, _HERO_INTRO, "Watch the video", *_LOGOS, *text, "Privacy"
    )


def test_a_dump_that_tells_no_story_opens_its_text_under_the_headline() -> None:
    # No date and no byline: the tagline and the intro paragraph cut off by the buttons and the logos are
    # the page's opening (page_opening); the buttons and the logos still go.
    page = _hero_page()
    article = clean(page, input_format="text")
    assert article.title == "Budget software for every council"
    assert article.paragraphs[:2] == (_HERO_TAGLINE, _HERO_INTRO)
    assert article.subtitle is None
    labels = _labels(page)
    assert labels["Watch the video"] == "drop_outside_article"
    assert all(labels[line] == "drop_outside_article" for line in _LOGOS)


def test_a_storys_lines_between_its_headline_and_its_text_stay_out() -> None:
    # The same page with a byline and a dateline under the headline: a story, whose standfirst stays a
    # field and whose teaser above the text stays out.
    article = clean(_hero_page("By Jane Doe", "Apr 21, 2021"), input_format="text")
    assert article.subtitle == _HERO_TAGLINE
    assert _HERO_INTRO not in article.paragraphs
    assert _HERO_TAGLINE not in article.paragraphs


_MEGA_MENU = ["Budgets", "Votes", "Minutes", "Agendas", "Members", "Reports", "Grants", "Payroll", "Audits"]
_MEGA_MENU += ["Permits", "Licences", "Records", "Tenders", "Forms", "Events", "Notices"]
_MENU_BLURB = "See how other councils plan their budgets, votes and sessions with the whole committee."


def test_a_no_story_dumps_opening_is_one_stretch_under_its_headline() -> None:
    # The hero's tagline and intro follow the headline; a blurb in a mega-menu, 17 short lines from both
    # the intro and the kept text (more than OPENING_GAP), is the menu's, not the page's opening.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    hero = ["Budget software for every council", _HERO_TAGLINE, "Start free trial", "Book a demo"]
    menu = [*_MEGA_MENU, "Case studies", _MENU_BLURB, *[item + " guide" for item in _MEGA_MENU]]
    page = _dump("Home", "Log in", *hero, _HERO_INTRO, "Watch the video", *menu, *_LOGOS, *text, "Privacy")
    article = clean(page, input_format="text")
    assert article.paragraphs[:3] == (_HERO_TAGLINE, _HERO_INTRO, text[0])
    assert _labels(page)[_MENU_BLURB] == "drop_outside_article"


def test_a_no_story_dumps_standfirst_is_the_line_right_under_its_headline() -> None:
    # page_opening alone: a line the fields called a subtitle two lines under the headline (a form's
    # help, a listing's tag) stays out; right under it, it opens the text with the intro paragraph.
    doc = read_text(_dump("Budget software for every council", "New", _HERO_TAGLINE, _HERO_INTRO, PROSE))
    kept = [False, False, False, False, True]
    dropped_by = dict.fromkeys(range(4), "drop_outside_article")
    assert page_opening(doc, kept, dropped_by, {0: "title", 2: "subtitle"}) == [3]
    assert page_opening(doc, kept, dropped_by, {0: "title", 1: "subtitle"}) == [1, 3]


_WEAK_SECTION = (
    "Every plan includes the shared calendar and the archive of all the past sessions of the council."
)
_WEAK_SECTION_END = (
    "So each member can follow every revision of the budget from any office, at home or on the road."
)
_FOOTER = ["Privacy", "Terms", "About", "Careers", "Contact", "Blog", "Help", "Status", "Security", "Sitemap"]


def _sections_page(*story: str) -> str:
    # A headline, the main run, a row of logos, then two paragraphs scoring a fifth of the main run (under
    # SECONDARY_RUN_SHARE, over STORYLESS_RUN_SHARE), then the footer's links.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    head = ["Budget software for every council", *story]
    weak = [_WEAK_SECTION, _WEAK_SECTION_END]
    return _dump("Home", "Pricing", "Log in", *head, *text, *_LOGOS, *weak, *_FOOTER)


def test_a_dump_that_tells_no_story_keeps_its_weaker_sections() -> None:
    # No date and no byline: the section cut off from the text by the logos is the page's (STORYLESS_TEXT).
    page = _sections_page()
    assert clean(page, input_format="text").paragraphs[-2:] == (_WEAK_SECTION, _WEAK_SECTION_END)
    labels = _labels(page)
    assert labels[_WEAK_SECTION] == "kept"
    assert all(labels[line] != "kept" for line in _LOGOS)


def test_a_storys_weaker_runs_stay_out() -> None:
    # The same page with a byline and a dateline under the headline: a story, whose weak run is a teaser.
    page = _sections_page("By Jane Doe", "Apr 21, 2021")
    article = clean(page, input_format="text")
    assert article.author == "Jane Doe"
    assert _WEAK_SECTION not in article.paragraphs
    assert _labels(page)[_WEAK_SECTION] == "drop_outside_article"


_FEATURE_TITLES = ["Shared calendar", "Session archive", "Budget revisions", "Member access", "Vote tracking"]
_FEATURE_TITLES += ["Minutes export", "Agenda builder", "Grant reports", "Audit trail"]


def _feature_gap_page(*story: str) -> str:
    # The main run, a grid's nine feature titles (too many short lines for the run to bridge), then a
    # section scoring a fifth of the main run, then the footer's links.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    head = ["Budget software for every council", *story]
    weak = [_WEAK_SECTION, _WEAK_SECTION_END]
    return _dump("Home", "Pricing", "Log in", *head, *text, *_FEATURE_TITLES, *weak, *_FOOTER)


def test_a_dump_that_tells_no_story_keeps_the_short_lines_between_its_sections() -> None:
    # No date and no byline: the feature titles between the text and the section kept below it are the
    # page's (storyless_gaps, STORYLESS_GAP_LINES); the footer's links still go.
    page = _feature_gap_page()
    article = clean(page, input_format="text")
    assert article.paragraphs[-11:] == (*_FEATURE_TITLES, _WEAK_SECTION, _WEAK_SECTION_END)
    labels = _labels(page)
    assert all(labels[line] == "kept" for line in _FEATURE_TITLES)
    assert all(labels[line] != "kept" for line in _FOOTER)


def test_a_storys_short_lines_between_its_parts_stay_out() -> None:
    # The same page with a byline and a dateline: a story, whose weak run and the lines above it go.
    page = _feature_gap_page("By Jane Doe", "Apr 21, 2021")
    labels = _labels(page)
    assert all(labels[line] == "drop_outside_article" for line in _FEATURE_TITLES)


_SERVICES = ["Budget planning", "Vote tracking", "Minutes export", "Agenda builder", "Grant reports"]
_SERVICES += ["Audit trail", "Payroll review", "Permit desk", "Tender board", "Records office", "Notices"]
_SERVICES += ["Member directory"]


def _services_page(*footer: str) -> str:
    # The main run, a list of twelve services (more than STORYLESS_GAP_LINES), a section scoring a fifth
    # of the main run, then the footer.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    weak = [_WEAK_SECTION, _WEAK_SECTION_END]
    return _dump("Home", "Log in", "Budget software for every council", *text, *_SERVICES, *weak, *footer)


def test_a_dump_that_tells_no_story_keeps_its_own_list_between_its_sections() -> None:
    # No date and no byline: the services, printed once, are the page's list (STORYLESS_LIST_MAX_LINES).
    labels = _labels(_services_page(*_FOOTER))
    assert all(labels[line] == "kept" for line in _SERVICES)


def test_a_menu_printed_again_between_two_sections_stays_out() -> None:
    # The same lines printed again in the footer are a menu's entries, not the page's list.
    labels = _labels(_services_page(*_SERVICES, *_FOOTER))
    assert labels[_WEAK_SECTION] == "kept"
    assert all(labels[line] != "kept" for line in _SERVICES)


_OFFERINGS = [
    "Budget planning",
    "We draft the yearly budget with your treasurer and check each line.",
    "Vote tracking",
    "Each member can see how the council voted on every motion.",
    "Grant reports",
    "We write the reports that your funders ask for, and send them.",
    "Audit trail",
    "Every change to a plan is kept with the name of its member.",
]


def _offerings_page(*story: str, offerings: tuple[str, ...] = tuple(_OFFERINGS)) -> str:
    # The main run, then offerings: a label over a one-sentence blurb each, isolated prose that weighs
    # ISOLATED_PROSE_WEIGHT and does not outweigh its label, then the footer.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    head = ["Home", "Pricing", "Log in", "Budget software for every council", *story]
    return _dump(*head, *text, *offerings, *_FOOTER)


def test_a_dump_that_tells_no_story_keeps_its_one_sentence_sections() -> None:
    # No date and no byline: at STORYLESS_ISOLATED_PROSE_WEIGHT the blurbs carry the run through their
    # labels, and the lines drop_outside_article set aside for it are kept.
    labels = _labels(_offerings_page())
    assert all(labels[line] == "kept" for line in _OFFERINGS)
    assert all(labels[line] != "kept" for line in _FOOTER)


def test_a_storys_isolated_blurbs_stay_out() -> None:
    # The same page with a byline and a dateline: a story, whose lone blurbs below it are teasers.
    labels = _labels(_offerings_page("By Jane Doe", "Apr 21, 2021"))
    assert all(labels[line] == "drop_outside_article" for line in _OFFERINGS)


def test_a_no_story_dumps_priced_cards_stay_out() -> None:
    # Blurbs under prices are a shop's grid of cards, not the page's sections: nothing is set aside.
    priced = tuple(line if i % 2 else f"{line} $49.00" for i, line in enumerate(_OFFERINGS))
    labels = _labels(_offerings_page(offerings=priced))
    assert all(labels[line] == "drop_outside_article" for line in priced)


def _outside_article_page_keys(text: str) -> set[str]:
    """The page keys drop_outside_article sets on ``text`` read as a dump, every line alive."""
    doc = read_text(text)
    ctx = RuleContext(doc=doc, kept=[True] * len(doc.blocks), config=Config(input_format="text"))
    list(drop_outside_article(ctx))
    return set(ctx.page)


def test_the_lighter_weights_run_is_set_aside_only_when_a_lone_paragraph_was_dropped() -> None:
    # The offerings' one-sentence blurbs are weighed down and dropped: the second run may keep some, so
    # its context is set aside. With their labels alone, or with a lone blurb inside the kept run, the
    # second run could keep nothing more: nothing is set aside, and the pipeline never runs it.
    text = [PROSE.replace("committee", word) for word in ("team", "board", "staff", "crew", "group", "panel")]
    assert STORYLESS_ISOLATED in _outside_article_page_keys(_offerings_page())
    assert STORYLESS_ISOLATED not in _outside_article_page_keys(
        _offerings_page(offerings=tuple(_OFFERINGS[::2]))
    )
    inside = _dump(
        "Home", "Budget software", *text[:3], "Vote tracking", _OFFERINGS[3], "Grant reports", *text[3:]
    )
    assert STORYLESS_ISOLATED not in _outside_article_page_keys(inside)


def test_the_lighter_weights_run_reuses_the_first_runs_scores_at_full_weight() -> None:
    # What is set aside for the second run is each line's score before any lone paragraph is weighed down:
    # the first run weighs a copy, so the second starts from the same scores and weighs them its own way.
    doc = read_text(_offerings_page())
    ctx = RuleContext(doc=doc, kept=[True] * len(doc.blocks), config=Config(input_format="text"))
    list(drop_outside_article(ctx))
    _, _, scores = ctx.page[STORYLESS_ISOLATED]
    assert scores == _article_scores(ctx, ctx.alive(), True)
    blurb = [b.text for b in doc.blocks].index(_OFFERINGS[1])
    assert scores[blurb] == doc.blocks[blurb].words


def test_storyless_gaps_takes_short_gaps_and_the_pages_own_lists() -> None:
    # Two lines between kept lines: kept. A short gap holding a duplicate's line stays out. A gap longer
    # than STORYLESS_GAP_LINES is kept when it reads as a list of the page's own (short lines printed
    # nowhere else); a menu whose entries the footer prints again, and a gap of long lines, stay out.
    n = STORYLESS_GAP_LINES + 1
    procedures = [f"Procedure {w}" for w in "abcdefghijk"[:n]]
    menu = [f"Menu {w}" for w in "abcdefghijk"[:n]]
    notes = [
        f"A longer note on the council's budget session number {w} and its vote" for w in "abcdefghijk"[:n]
    ]
    lines = ["Kept one", "Gap a", "Gap b", "Kept two", "Dup", "Gap c", "Kept three", *procedures, "Kept four"]
    lines += [*menu, "Kept five", *notes, "Kept six", *menu]
    doc = read_text(_dump(*lines))
    assert len(doc.blocks) == len(lines)
    kept = [line.startswith("Kept") for line in lines]
    dropped_by = {i: "drop_outside_article" for i, k in enumerate(kept) if not k}
    dropped_by[4] = "drop_duplicate_lines"
    first = lines.index(procedures[0])
    assert storyless_gaps(doc, kept, dropped_by, {}, False) == [1, 2, *range(first, first + n)]
    assert storyless_gaps(doc, kept, dropped_by, {2: "title"}, False)[:2] == [1, first]


def test_a_faq_label_ends_a_related_box_in_a_dump() -> None:
    # A service's page: a 'Related services' box under the text, then the page's own FAQ, whose short
    # answers resume no run of prose. The box ends at the FAQ's label, which stays with its questions.
    teasers = ["Equipment Sales", "Equipment Repair", "Preventive Maintenance"]
    faq = [
        "Frequently Asked Questions",
        "Do you deliver on weekends?",
        "Yes, at no extra cost.",
        "Can I extend my rental period?",
        "Yes, call us before it ends.",
    ]
    labels = _labels(_dump("Gym Equipment Rental", *_article(4), "Related services", *teasers, *faq))
    assert labels["Related services"] == "drop_related_section"
    assert all(labels[t] == "drop_related_section" for t in teasers)
    assert all(labels[x] != "drop_related_section" for x in faq)


def _under_a_breadcrumb(trail: str, *above: str) -> str:
    """A category dump without text: the shop's menu (and ``above``), the breadcrumb ``trail``, the
    heading, its subcategories with their counts."""
    subcategories = [f"{name} ({k + 3})" for k, name in enumerate(["Radios", "Power Banks", "Speakers"])]
    return _dump(*above, *_DEPARTMENTS[:40], trail, "Electronics and gadgets", *subcategories, "Contact us")


def test_everything_above_a_breadcrumb_over_its_heading_goes() -> None:
    # The heading repeats the trail's last crumb: what stands above is the site's header and menus.
    labels = _labels(_under_a_breadcrumb("Home / Electronics and gadgets"))
    assert labels["Camp Tents"] == "drop_above_breadcrumb"
    # The trail from the home page goes first, as chrome (drop_site_chrome); it still anchors the cut.
    assert labels["Home / Electronics and gadgets"] == "drop_site_chrome"
    assert labels["Radios (3)"] == labels["Speakers (5)"] == "kept"


def test_a_breadcrumb_trail_from_home_inside_the_text_goes_whatever_its_last_crumb() -> None:
    # The last crumb is the page's title: long, even punctuated, which a flat menu's short items miss.
    trail = "Home » Archive » Money » Do Young Savers Have the Best Personal Finance Habits?"
    labels = _labels(
        _dump("Do Young Savers Have the Best Habits?", PROSE, trail, PROSE.replace("budget", "harbour"))
    )
    assert labels[trail] == "drop_site_chrome"
    assert labels[PROSE] == "kept"
    # A two-crumb trail from home goes too; a line of crumbs not opening at home is left to the menu test.
    labels = _labels(_dump(PROSE, "Home > Travel Insurance - Flight and Travel Insurance Quotes", PROSE * 2))
    assert labels["Home > Travel Insurance - Flight and Travel Insurance Quotes"] == "drop_site_chrome"
    labels = _labels(
        _dump(PROSE, "Topics / Deep Dive / The Many Different Types of Wine (Infographic)", PROSE * 2)
    )
    assert labels["Topics / Deep Dive / The Many Different Types of Wine (Infographic)"] == "kept"


def test_a_breadcrumb_whose_last_crumb_is_no_heading_anchors_nothing() -> None:
    # (The menu opening the dump may still go as one: drop_leading_menu.)
    labels = _labels(_under_a_breadcrumb("Home / Electronics"))
    assert "drop_above_breadcrumb" not in labels.values()
    # A bar parts a title from its site's name, not crumbs.
    assert (
        "drop_above_breadcrumb" not in _labels(_under_a_breadcrumb("Shop | Electronics and gadgets")).values()
    )


def test_running_text_above_a_breadcrumb_keeps_it() -> None:
    labels = _labels(
        _under_a_breadcrumb(
            "Home / Electronics and gadgets",
            PROSE,
            PROSE.replace("committee", "board"),
            PROSE.replace("budget", "harbour"),
        )
    )
    assert labels[PROSE] == "kept"
    assert "drop_above_breadcrumb" not in labels.values()


def test_a_questions_text_under_its_title_is_kept_with_the_answers() -> None:
    # A Q&A page: the question's controls, its asker's card and the answers' sort menu cost the run more
    # than the short question holds; the thread's title placed by 'Asked ...' shows where the question is.
    question = "How do I read a settings file safely when some of the keys may be missing from it?"
    lines = ["Questions", "Tags", "Users", "Reading settings files", "Ask Question"]
    lines += ["Asked 2 years, 2 months ago", "Modified 1 year ago", "Viewed 3k times", question]
    lines += ["python", "settings", "Share", "Improve this question", "Follow", "asked Jan 3, 2023 at 9:12"]
    lines += ["jdoe", "1,23415 silver badges", "Add a comment", "3 Answers", "Sorted by:"]
    lines += ["Highest score (default)", "Date modified (newest first)", "Date created (oldest first)"]
    lines += [*_article(6), "Share", "Improve this answer", "Follow", "Privacy Policy", "Terms of Service"]
    labels = _labels(_dump(*lines))
    assert labels[question] == "kept"
    assert labels["Questions"] != "kept"


def test_a_json_response_does_not_cut_an_api_reference() -> None:
    # A response body's members ('"id": "ch_3MmlLr"') cost nothing, as a YAML block's keys do; its nested
    # objects repeat their keys, so it reads as no fact sheet.
    body = ["{"]
    for kind in ("charge", "card", "refund", "dispute"):
        body += [f'"id": "{kind[:2]}_3MmlLrLkdIwHu7ix0snN0B15",', f'"object": "{kind}",', "{"]
    closing = "Returns the charge object if the charge succeeded, and raises an error when it did not."
    text = _dump("Create a charge", *_article(4), "Response", *body, closing, "Home", "About", "Contact")
    labels = _labels(text)
    assert labels[closing] == "kept"
    assert labels['"object": "charge",'] == "kept"


def test_a_references_permalinked_options_stay_in_a_dump() -> None:
    # Sphinx ends each section heading with its permalink's mark: 'infile¶' over a short line is an option
    # of the document, and its headings cost the run nothing.
    names = ["infile", "outfile", "sort", "indent", "tab", "compact", "lines", "ascii"]
    options = [(f"--{name}¶", f"Sets the {name} option here.") for name in names]
    lines = ["json — JSON encoder and decoder¶", *_article(3), "Command-line options¶"]
    for head, text in options:
        lines += [head, text]
    lines += ["Index", "Modules", "Next", "Previous", "Report a bug", "Show source"]
    labels = _labels(_dump(*lines))
    assert all(labels[text] == "kept" for _, text in options)


@pytest.mark.parametrize("question", ["Was this page helpful?", "Did you find what you needed?"])
def test_a_docs_pages_feedback_widget_goes(question: str) -> None:
    # A documentation page's feedback question under its text, with its buttons: the docs site's, not the text's.
    text = _dump(
        "Use the runner in a workflow", *_article(4), question, "Help and support", "Privacy", "Terms"
    )
    assert _labels(text)[question] != "kept"


def test_a_wikis_permanent_link_goes() -> None:
    # MediaWiki closes its text with the page's permanent link.
    link = 'Retrieved from "https://wiki.example.org/index.php?title=Sudo&oldid=867930"'
    text = _dump("Sudo", *_article(4), link, "Categories:", "Security", "Privacy policy", "About the wiki")
    assert _labels(text)[link] != "kept"


def test_a_cards_button_naming_its_item_goes() -> None:
    # A grid's compare and cart buttons print their accessible labels, the item's name inside.
    cards = []
    for name, price in (
        ("Trail 40 Pack", "$149.00"),
        ("Summit Down Jacket", "$229.00"),
        ("Ridge Tent", "$399.00"),
    ):
        cards += [name, price, f"Add {name} to Compare"]
    cards.append("Add Ridge Tent Footprint to Cart")
    labels = _labels(_dump("Hiking Gear", *_article(2), *cards, "Show more"))
    for line in labels:
        if line.startswith("Add "):
            assert labels[line] == "drop_site_chrome", line
    # A recipe's step ends a sentence: the text's.
    step = "Add the chicken to the basket."
    assert _labels(_dump("Air Fryer Chicken", *_article(2), step, *_article(2)))[step] == "kept"


_SHOP_BAR = ["Women", "Men", "Kids", "Sale", "New in", "Clothing", "Shoes", "Bags", "Accessories", "Gifts"]


def test_a_bar_of_short_lines_opening_a_dump_is_its_menu() -> None:
    # Ten one- or two-word lines before the first longer one: a department bar no other rule recognised.
    name = "Quilted Field Jacket in Olive"
    blurb = "A warm quilted jacket with a corduroy collar, two deep pockets and a water-repellent shell."
    labels = _labels(_dump(*_SHOP_BAR, name, "$149.00", blurb))
    assert all(labels[line] == "drop_leading_menu" for line in _SHOP_BAR)
    assert labels[blurb] == "kept"


def test_short_lines_opening_a_dump_are_no_menu_when_fewer_or_alone() -> None:
    blurb = "A warm quilted jacket with a corduroy collar, two deep pockets and a water-repellent shell."
    few = _labels(_dump(*_SHOP_BAR[:9], "Quilted Field Jacket in Olive", blurb))
    assert "drop_leading_menu" not in few.values()
    # Under a longer line the short lines may be a category's own (see the short menu in a category dump).
    under = _labels(_dump("Harbour Outfitters Supply Co", *_SHOP_BAR, "Quilted Field Jacket", blurb))
    assert "drop_leading_menu" not in under.values()
    # Short lines to the end are the page's list, not a menu over it.
    assert "drop_leading_menu" not in _labels(_dump("Team Schedules", *_SHOP_BAR)).values()


def test_an_ordered_lists_markers_on_their_own_lines_are_the_lists() -> None:
    # A ranking's places ('1.', '2.', '3.') counting up over its entries are kept with them; a pager's
    # number and a lone '9.' that counts nothing are still symbol lines.
    entries = [f"Riverside Analytics Suite {k}" for k in "ABCD"]
    ranking = [x for k, e in enumerate(entries, 1) for x in (f"{k}.", e, f"Rated {10 - k} of ten by readers")]
    labels = _labels(_dump(PROSE, *ranking, PROSE.replace("the", "a"), "2", "9."))
    assert all(labels[f"{k}."] == "kept" for k in (1, 2, 3, 4))
    assert labels["2"] == labels["9."] == "drop_symbol_lines"


@pytest.mark.parametrize(
    "control",
    [
        "« Previous Post",
        "Older post",
        "Previous Post:How the Council Spends Its Money",
        "Was this page helpful?",
        "Did you find this content helpful?",
        "Like Loading…",
        "Share this article:",
        "View all posts by Jane Doe",
    ],
)
def test_lines_under_the_controls_closing_the_text_are_dropped(control: str) -> None:
    # A blog's post navigation or a feedback prompt ends the text: the site's blurb under it goes, the
    # text above stays.
    blurb = "We're a small team of writers who love the council and write about its budget every week of the year."
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(4), control, "Next Post", blurb))
    assert labels[blurb] == "drop_after_closing_controls"
    assert all(labels[p] == "kept" for p in _article(4))


def test_post_navigation_or_a_share_bar_above_the_story_ends_nothing() -> None:
    # A blog's menu above the text links the neighbouring posts too, and a share bar stands under the
    # byline as often as under the text: most of the prose is still to come.
    labels = _labels(
        _dump("Budget Vote Delayed Again", "Previous Post", "Next Post", "Share this article", *_article(4))
    )
    assert "drop_after_closing_controls" not in labels.values()
    assert all(labels[p] == "kept" for p in _article(4))


def test_a_sentence_opening_like_post_navigation_ends_nothing() -> None:
    # 'Next post, ...' announcing the writer's next piece is the text's own sentence.
    line = "Next post I will show you how the council spends the money it saved this year."
    labels = _labels(_dump("Budget Vote Delayed Again", *_article(3), line, *_article(4)[3:]))
    assert "drop_after_closing_controls" not in labels.values()


def test_placeholder_text_is_dropped() -> None:
    """A template's unfilled 'Lorem ipsum' block goes from a dump as from HTML; a sentence merely naming
    the placeholder stays."""
    lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."
    named = "Designers fill a layout with lorem ipsum until the real copy arrives from the council."
    labels = _labels(
        _dump("Riverside park plan approved", PROSE, lorem, PROSE.replace("council", "board"), named)
    )
    assert labels[lorem] == "drop_placeholder_text"
    assert labels[named] != "drop_placeholder_text"
    j = judge(f"<main><h1>Riverside park</h1><p>{PROSE}</p><p>{lorem}</p><p>{named}</p></main>", Config())
    assert {j.label(b) for b in j.doc.blocks if b.text == lorem} == {"drop_placeholder_text"}


def _sections_with(*buttons: str) -> dict[str, str]:
    """Labels of a service page's sections, each a heading, a paragraph and then ``buttons``' line."""
    sections = []
    for n, button in enumerate(buttons):
        sections += [f"Plan {n} for small teams", PROSE.replace("committee", f"board {n}"), button]
    return _labels(
        _dump(
            "Accounting Services",
            "Find the right plan",
            *_article(2),
            *sections,
            "Our offices",
            *_article(4)[2:],
        )
    )


def test_a_button_under_a_paragraph_is_dropped_and_a_heading_opening_with_a_verb_is_kept() -> None:
    buttons = ("Learn more about budgets", "Read the report", "Get your free quote!")
    labels = _sections_with(*buttons)
    assert {labels[b] for b in buttons} == {"drop_action_buttons"}
    assert labels["Plan 1 for small teams"] == labels["Our offices"] == "kept"
    # A verb opening a heading between two paragraphs: the paragraph under it is what it heads.
    assert _label_in_article("Learn more about budgets") == "kept"


def test_a_line_opening_with_a_verb_is_no_button_when_punctuated_as_a_sentence_or_a_label() -> None:
    lines = ("Read the report: what we found", "See the notes below.", "Learn more about budgets")
    labels = _sections_with(*lines)
    assert labels[lines[0]] == labels[lines[1]] == "kept"
    assert labels[lines[2]] == "drop_action_buttons"


def test_a_button_under_a_cards_price_or_under_another_button_is_dropped() -> None:
    sections = []
    for n in range(3):
        sections += [f"Plan {n} for small teams", PROSE.replace("committee", f"board {n}")]
        sections += [
            f"${n + 9} a month" if n % 2 else ("Compare plans", "", "Compare all plans")[n],
            f"Learn more about plan {n}",
        ]
    labels = _labels(_dump("Accounting Services", *_article(2), *sections, "Our offices", *_article(4)[2:]))
    assert {labels[f"Learn more about plan {n}"] for n in range(3)} == {"drop_action_buttons"}
    assert labels["Compare plans"] == labels["Compare all plans"] == "drop_action_buttons"
    assert labels["$10 a month"] == "kept"


def test_page_copyright_lines_are_the_scan_of_each_word_cap_found_once() -> None:
    from cleaner.blocks import Block, Document
    from cleaner.rules.phrases import COPYRIGHT_LINE_MAX_WORDS, copyright_lines, page_copyright_lines

    long_notice = "© 2026 Example Media. All rights reserved. " + "Use of this site is bound by terms. " * 8
    texts = ["Menu", "© 2024 Daily Planet", "A story about parks.", long_notice, "All Rights Reserved."]
    doc = Document(blocks=[Block(i, t) for i, t in enumerate(texts)], kind="text")
    for cap in (2, 5, 40, COPYRIGHT_LINE_MAX_WORDS):
        assert page_copyright_lines(doc, cap) == copyright_lines(doc.blocks, cap)
    assert [b.index for b in page_copyright_lines(doc, COPYRIGHT_LINE_MAX_WORDS)] == [1, 3, 4]
    assert [b.index for b in page_copyright_lines(doc, 40)] == [1, 4]
    # Found once: the page's list is kept on the document and handed out again.
    assert page_copyright_lines(doc, COPYRIGHT_LINE_MAX_WORDS) is doc.copyright
    with pytest.raises(ValueError):
        page_copyright_lines(doc, COPYRIGHT_LINE_MAX_WORDS + 1)


def test_bio_name_prefix_initials_are_every_character_the_lead_in_regex_opens_with() -> None:
    import re
    import sys

    from cleaner.rules.phrases import BIO_NAME_PREFIX_INITIALS, BIO_NAME_PREFIX_RE

    # Any character re.I lets stand for a lead-in's first letter, in the whole of Unicode: the initials
    # gate the regex (``_person_name``), so a missing one would leave a lead-in on the name.
    firsts = "".join(sorted({w[0] for w in BIO_NAME_PREFIX_RE.pattern[4:].split(")")[0].split("|")}))
    first_re = re.compile(f"[{firsts}]", re.I)
    opening = {chr(c) for c in range(sys.maxunicode + 1) if first_re.match(chr(c))}
    assert opening == BIO_NAME_PREFIX_INITIALS


def test_person_name_reads_lead_ins_and_marked_words_as_the_regex_alone_did() -> None:
    from cleaner.blocks import Block
    from cleaner.rules.related import _person_name

    assert _person_name(Block(0, "About Brigit Katz")) == (["brigit", "katz"], True)
    assert _person_name(Block(0, "ſobre Ana Ruiz")) == (["ana", "ruiz"], True)  # 'ſ' is 's' to re.I
    assert _person_name(Block(0, "Mary-Jane O’Neil")) == (["mary jane", "o neil"], False)
    assert _person_name(Block(0, "Home Page")) == (["home", "page"], False)
    assert _person_name(Block(0, "Meg james")) is None  # a word in lower case
    assert _person_name(Block(0, "Meg J4mes")) is None  # a word with a digit
    assert _person_name(Block(0, "Written")) is None  # one word, no lead-in


def test_photographer_lines_are_those_holding_a_needle_found_through_their_stems() -> None:
    """The lines searched for the needles are found by the stems every needle holds; the set is the one
    a page-wide scan per needle finds, lower case taken line by line ('İ', a final 'Σ')."""
    from cleaner.blocks import Block
    from cleaner.rules.media import _PHOTOGRAPHER_NEEDLES, _PHOTOGRAPHER_STEMS, _credit_endings
    from cleaner.rules.phrases import lines_holding

    assert all(any(stem in needle for stem in _PHOTOGRAPHER_STEMS) for needle in _PHOTOGRAPHER_NEEDLES)
    texts = [
        "İmage: a view of the bay",  # 'İ' lower-cases to two characters
        "The images show the harbour.",  # a stem, no needle
        "ΟΔΟΣ Photograph of the road",
        "Cabinets line the shop. | PICTURES COURTESY OF JANE DOE",
        "Nothing to see",
        "Photos by Jane Doe",
    ]
    _, photographed = _credit_endings([Block(i, t) for i, t in enumerate(texts)])
    assert photographed == set(lines_holding("\n".join(texts).lower(), _PHOTOGRAPHER_NEEDLES)) == {2, 3, 5}
