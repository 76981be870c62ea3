"""Generated multi-site dumps for the batch tests: each site has a fixed template (masthead, section menu,
promo, footer block) around unique articles, and some pages quote the same sentence in their body."""

from __future__ import annotations

import random
from pathlib import Path

NOUNS = "council harbour museum bridge river school library market festival railway garden hospital".split()
ADJS = "old new quiet busy local northern small famous public modern".split()
VERBS = "approved delayed praised questioned funded opened reviewed rebuilt".split()
PLACES = "Springfield Riverton Lakeside Eastbrook Milltown Oakridge".split()


def sentence(rng: random.Random) -> str:
    return (
        f"The {rng.choice(ADJS)} {rng.choice(NOUNS)} in {rng.choice(PLACES)} was {rng.choice(VERBS)} "
        f"by the {rng.choice(NOUNS)} board on day {rng.randint(1, 9999)}, and residents said that it "
        f"would change how {rng.randint(2, 900)} families use the {rng.choice(NOUNS)} every week."
    )


def template(site: str) -> tuple[list[str], list[str]]:
    name = site.capitalize()
    head = [
        f"{name} Gazette",
        "World",
        "Politics",
        "Business Desk",
        "Science Corner",
        f"The {name} Spring Reading Guide Is Here",
    ]
    # The footer opens with a sentence of prose, so single-page rules read it as the article's last
    # paragraph: only the cross-page template can tell it is boilerplate.
    foot = [
        f"The {name} Gazette is an independent newspaper that has been published in Springfield since 1921,"
        " and it is printed on recycled paper every morning of the week by the staff of our own press.",
        f"{name} Gazette Media Group, 12 Harbour Street",
        "Letters to the editor",
        "Contact the newsroom",
    ]
    return head, foot


QUOTE = 'The ministry said in a statement that "the programme will continue as planned until the end of the year."'


def page(site: str, i: int, *, quote: bool) -> tuple[str, list[str]]:
    """One dump and its true paragraphs."""
    rng = random.Random(f"{site}-{i}")
    head, foot = template(site)
    title = f"{rng.choice(ADJS).capitalize()} {rng.choice(NOUNS)} plan number {i} for {site} moves ahead"
    body = [sentence(rng) for _ in range(6)]
    if quote:
        body.insert(3, QUOTE)
    lines = [*head, "", title, "", *[p + "\n" for p in body], *foot]
    return "\n".join(lines) + "\n", body


def write_sites(
    root: Path, sites: tuple[str, ...] = ("alpha", "beta"), pages: int = 30, quote_share: float = 0.8
) -> dict[str, list[str]]:
    """Write ``pages`` dumps per site under root/<site>/; return {path: true paragraphs}."""
    truth: dict[str, list[str]] = {}
    for site in sites:
        folder = root / site
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(pages):
            text, body = page(site, i, quote=i < pages * quote_share)
            p = folder / f"page{i:03d}.txt"
            p.write_text(text, encoding="utf-8")
            truth[str(p)] = body
    return truth


def write_small(root: Path, n: int) -> list[Path]:
    """``n`` small distinct article dumps in one folder (for resume and ordering tests)."""
    root.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        rng = random.Random(i)
        p = root / f"doc{i:04d}.txt"
        p.write_text(
            f"Story number {i} about the {rng.choice(NOUNS)}\n\n"
            + "\n\n".join(sentence(rng) for _ in range(5))
            + "\n",
            encoding="utf-8",
        )
        out.append(p)
    return out
