"""Site templates: learnt across a batch per site, applied by drop_site_template, never to quotes; plus the
site key, explain --templates and the dask-friendly clean_path."""

from __future__ import annotations

import json
from array import array
from pathlib import Path

import pytest
from batch_data import QUOTE, page, template, write_sites
from click.testing import CliRunner

import cleaner
from cleaner.batch import Templates, clean_path
from cleaner.batch.templates import Learner, page_lines, site_key
from cleaner.cli import main
from cleaner.config import Config
from cleaner.rules.templates import line_key


def batch_jsonl(tmp_path: Path, *extra: str) -> dict[str, dict]:
    out = tmp_path / f"out{len(extra)}.jsonl"
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out), "-q", *extra])
    assert result.exit_code == 0, result.output
    return {r["source"]: r for r in map(json.loads, out.read_text().splitlines())}


def test_template_lines_are_dropped_and_quotes_kept(tmp_path: Path) -> None:
    truth = write_sites(tmp_path / "in", sites=("alpha", "beta"), pages=30, quote_share=0.8)
    with_t = batch_jsonl(tmp_path)
    without = batch_jsonl(tmp_path, "--no-site-templates")
    for site in ("alpha", "beta"):
        head, foot = template(site)
        chrome = set(head + foot)
        # Without templates the footer survives single-page rules: the case this feature is for.
        assert any(chrome & set(r["paragraphs"]) for s, r in without.items() if f"/{site}/" in s)
        for source, row in with_t.items():
            if f"/{site}/" not in source:
                continue
            assert not chrome & set(row["paragraphs"]), source
            assert row["title"] is not None and "plan number" in row["title"]
            assert row["paragraphs"] == truth[source], source  # the quote included where the page had it
    assert sum(QUOTE in r["paragraphs"] for r in with_t.values()) == 48


def test_consecutive_quoted_paragraphs_are_kept() -> None:
    """Two shared prose paragraphs in a row (a long quote) form a prose-only run: not a template."""
    text, _ = page("gamma", 1, quote=True)
    other = "Officials added that the schedule had been agreed with every district well before the summer."
    text = text.replace(QUOTE, QUOTE + "\n\n" + other)
    templates = frozenset(k for k in (line_key(QUOTE), line_key(other)) if k is not None)
    article = cleaner.clean(text, templates=templates)
    assert QUOTE in article.paragraphs and other in article.paragraphs


def test_no_templates_means_the_rule_does_nothing() -> None:
    text, _ = page("alpha", 3, quote=False)
    assert cleaner.clean(text) == cleaner.clean(text, templates=frozenset())
    assert "drop_site_template" not in cleaner.pipeline.judge(text).stats


def test_learner_thresholds_share_and_min_pages() -> None:
    cfg = Config()
    learner = Learner(min_share=0.5, min_pages=10)
    for i in range(12):  # big site: its template is learnt
        learner.add("big", page_lines(page("alpha", i, quote=False)[0].encode(), cfg))
    for i in range(6):  # too few pages to learn anything
        learner.add("small", page_lines(page("beta", i, quote=False)[0].encode(), cfg))
    t = learner.result()
    head, foot = template("alpha")
    assert {line_key(x) for x in head + foot} <= t.for_site("big")
    assert t.for_site("small") == frozenset()
    assert t.pages == {"big": 12, "small": 6}


def test_learner_finishing_a_site_early_learns_the_same_and_closes_it() -> None:
    """The batch finishes each site as its last page comes in (so only sites in flight hold counts): the
    templates must be those of counting everything first, packed bytes or ints alike."""
    cfg = Config()
    pages = {
        s: [page_lines(page(s, i, quote=i % 2 == 0)[0].encode(), cfg) for i in range(11)]
        for s in ("alpha", "beta")
    }
    at_end, early = Learner(0.5, 10), Learner(0.5, 10)
    for site, lines in pages.items():
        for hashes in lines:
            at_end.add(site, hashes)
            early.add(site, array("Q", hashes).tobytes())
        early.finish(site)
    assert early.result() == at_end.result()
    head, foot = template("alpha")
    assert early.result().for_site("alpha") >= {line_key(x) for x in head + foot}
    with pytest.raises(ValueError, match="already finished"):
        early.add("alpha", pages["alpha"][0])


def test_templates_file_round_trips(tmp_path: Path) -> None:
    t = Templates(min_share=0.4, min_pages=5, pages={"a": 9}, lines={"a": frozenset({1, 2**64 - 1})})
    t.save(tmp_path / "t.json")
    back = Templates.load(tmp_path / "t.json")
    assert back == t


@pytest.mark.parametrize(
    ("source", "head", "site"),
    [
        ("x/y/p.txt", "WARC/1.0\nWARC-Target-URI: https://www.example.com/a\n\nText", "example.com"),
        ("x/y/p.txt", "URL: https://news.example.org/story\nHeadline", "news.example.org"),
        ("x/y/p.html", '<html><head><link rel="canonical" href="https://site.net/a">', "site.net"),
        ("x/y/p.html", '<meta property="og:url" content="http://www.b.io/x">', "b.io"),
        ("x/y/p.html", '<meta property="og:site_name" content="The Paper">', "name:the paper"),
        ("x/y/p.txt", "Plain dump\nwith no header", "dir:y"),
    ],
)
def test_site_key(source: str, head: str, site: str) -> None:
    assert site_key(source, head) == site


def test_explain_shows_the_rule_with_a_batch_templates_file(tmp_path: Path) -> None:
    write_sites(tmp_path / "in", sites=("alpha",), pages=12)
    out = tmp_path / "o.jsonl"
    ran = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out)])
    assert ran.exit_code == 0
    assert "drop_site_template" in ran.stderr  # the summary names what the template pass dropped
    tfile = tmp_path / "o.site-templates.json"
    result = CliRunner().invoke(
        main,
        ["explain", "--jsonl", "--templates", str(tfile), str(tmp_path / "in" / "alpha" / "page004.txt")],
    )
    assert result.exit_code == 0, result.output
    labels = {json.loads(line)["text"]: json.loads(line)["label"] for line in result.stdout.splitlines()}
    assert labels["Letters to the editor"] == "drop_site_template"
    assert labels[QUOTE] == "kept"


def test_clean_path_is_a_pure_record_maker(tmp_path: Path) -> None:
    text, _ = page("alpha", 0, quote=False)
    p = tmp_path / "p.txt"
    p.write_text(text)
    rec = clean_path(str(p))
    assert rec["status"] == "ok" and rec["article"]["source"] == str(p) and rec["error"] is None
    bad = clean_path(str(tmp_path / "nope.txt"))
    assert bad["status"] == "failed" and bad["article"] is None and "no such file" in bad["message"]


def test_clean_path_maps_over_a_dask_bag(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag", reason="dask is the optional extra 'dask'")
    paths = []
    for i in range(4):
        p = tmp_path / f"p{i}.txt"
        p.write_text(page("alpha", i, quote=False)[0])
        paths.append(str(p))
    records = db.from_sequence(paths, npartitions=2).map(clean_path).compute(scheduler="sync")
    assert [r["source"] for r in records] == paths
    assert all(r["status"] == "ok" for r in records)


def test_spread_sample_covers_the_whole_site() -> None:
    from cleaner.batch.templates import spread_sample

    assert spread_sample([1, 2, 3], 5) == [1, 2, 3]
    picked = spread_sample(list(range(1000)), 10)
    assert picked == [0, 100, 200, 300, 400, 500, 600, 700, 800, 900]
