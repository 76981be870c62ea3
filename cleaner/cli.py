"""The command line: thin commands that parse options, build one frozen Config and call down.

stdout carries only results (JSON, JSON Lines, text, Markdown); everything a person watches (errors,
explain tables, progress) goes to stderr, so pipelines stay clean.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console

from cleaner import _build
from cleaner.article import Article
from cleaner.config import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINES, Config
from cleaner.errors import CleanerError
from cleaner.files import atomic_write, read_input
from cleaner.formats import DOCUMENT_SEPARATOR, FORMATS, render
from cleaner.limits import DEFAULT_TIMEOUT, time_limit
from cleaner.pipeline import article_from, judge
from cleaner.rules import RULE_NAMES, RULES

F = TypeVar("F", bound=Callable[..., Any])
EXIT_FAILED = 1


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


def config_options(fn: F) -> F:
    """Options every cleaning command shares; they become the frozen Config."""
    fn = click.option(
        "--input-format",
        type=click.Choice(["auto", "text", "html"]),
        default="auto",
        show_default=True,
        help="How to read inputs: auto detects HTML by its markup, text is a dump (innerText, lynx, WET).",
    )(fn)
    fn = click.option(
        "--disable",
        "disabled",
        multiple=True,
        type=click.Choice(RULE_NAMES),
        metavar="RULE",
        help="Switch a rule off (repeatable). `cleaner rules` lists them.",
    )(fn)
    fn = click.option(
        "--boilerplate",
        "extra_boilerplate",
        multiple=True,
        metavar="PHRASE",
        help="Extra line to always drop, matched case- and punctuation-insensitively (repeatable).",
    )(fn)
    # The three budgets, one loop: same shape of option, each bounding time or memory.
    limits: list[tuple[str, click.ParamType, float, str]] = [
        (
            "--max-bytes",
            click.IntRange(min=1024),
            DEFAULT_MAX_BYTES,
            "Inputs larger than this are truncated to it (with a warning) to bound time and memory.",
        ),
        (
            "--max-lines",
            click.IntRange(min=1),
            DEFAULT_MAX_LINES,
            "Inputs with more lines (HTML: text blocks) are refused: cost grows per line as well as per byte.",
        ),
        (
            "--timeout",
            click.FloatRange(min=0),
            DEFAULT_TIMEOUT,
            "Seconds one input may take before it is reported as failed (0: no limit).",
        ),
    ]
    for name, kind, default, text in limits:
        fn = click.option(name, type=kind, default=default, show_default=True, help=text)(fn)
    fn = click.option("--debug", is_flag=True, help="Show full tracebacks for failures.")(fn)
    return fn


def build_config(
    input_format: str,
    disabled: tuple[str, ...],
    extra_boilerplate: tuple[str, ...],
    max_bytes: int,
    max_lines: int,
    timeout: float,
) -> Config:
    return Config(
        input_format=input_format,
        disabled_rules=frozenset(disabled),
        extra_boilerplate=tuple(extra_boilerplate),
        max_bytes=max_bytes,
        max_lines=max_lines,
        timeout=timeout or None,
    )


def printable(source: str) -> str:
    """A file name safe for a one-line message: control characters (a newline in a name) are escaped."""
    if source.isprintable():
        return source
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in source)


def report_failure(console: Console, source: str, exc: BaseException, debug: bool) -> None:
    """One line per failure: the file, what went wrong, what to do."""
    source = printable(source)
    if debug:
        console.print(traceback.format_exc(), markup=False, highlight=False)
    if isinstance(exc, CleanerError):
        msg = f"cleaner: {source}: {exc}"
    else:
        msg = f"cleaner: {source}: internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it"
    console.print(msg, markup=False, highlight=False, soft_wrap=True)


def read_capped(source: str, config: Config) -> bytes:
    """The input's bytes, at most --max-bytes of them; a truncation is announced on one stderr line."""
    data = read_input(source, max_bytes=config.max_bytes)
    if len(data) > config.max_bytes:
        _stderr().print(
            f"cleaner: {printable(source)}: larger than --max-bytes {config.max_bytes}, only the first "
            f"{config.max_bytes} bytes were cleaned; raise --max-bytes to read it all",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        data = data[: config.max_bytes]
    return data


def clean_source(source: str, config: Config) -> Article:
    data = read_capped(source, config)
    with time_limit(config.timeout):
        return article_from(judge(data, config), source=source)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cleaner", message=f"%(prog)s %(version)s ({_build.describe()})")
def main() -> None:
    """Turn scraped web pages into clean articles: title, subtitle, date, author, site, paragraphs.

    Inputs are text dumps (browser innerText, lynx/w3m dumps, Common Crawl WET, copy-paste) or raw
    HTML. Results go to stdout; messages go to stderr.

    \b
    Examples:
      cleaner clean page.txt                      # JSON on stdout
      curl -s URL | cleaner clean -f text -       # readable article from stdin
      cleaner clean *.html -f jsonl > out.jsonl   # one JSON object per line
      cleaner explain page.txt                    # every line and the rule that dropped it
      cleaner batch dumps/ -o cleaned.jsonl       # a whole folder, in parallel, resumable
      cleaner rules                               # the rules, in order
    """


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format. Default: json for one input, jsonl for several. Several text/markdown "
    "articles are separated by a form-feed line.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=False),
    help="Write here (atomically) instead of stdout.",
)
@config_options
def clean(
    inputs: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    input_format: str,
    disabled: tuple[str, ...],
    extra_boilerplate: tuple[str, ...],
    max_bytes: int,
    max_lines: int,
    timeout: float,
    debug: bool,
) -> None:
    """Clean pages into articles.

    INPUT is a file path (.gz is decompressed) or - for stdin; with no INPUT, stdin is read. Every
    input is tried: a bad one is reported on stderr as one line and the exit code is 1, the others
    are still written. Exit 2 means the command line itself was wrong.
    """
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("no INPUT given and stdin is a terminal; pass a file or pipe a page in")
        inputs = ("-",)
    config = build_config(input_format, disabled, extra_boilerplate, max_bytes, max_lines, timeout)
    fmt = fmt or ("json" if len(inputs) == 1 else "jsonl")
    console = _stderr()
    chunks: list[str] = []
    failed = 0
    for source in inputs:
        try:
            article = clean_source(source, config)
        except Exception as exc:
            failed += 1
            report_failure(console, source, exc, debug)
            continue
        chunks.append(
            render(article, fmt) if fmt != "json" or len(inputs) == 1 else article.to_json(indent=2)
        )
    body = _join(chunks, fmt, len(inputs))
    if output:
        try:
            atomic_write(output, body)
        except CleanerError as exc:
            report_failure(console, output, exc, debug)
            sys.exit(EXIT_FAILED)
    elif body:
        sys.stdout.write(body)
        sys.stdout.flush()
    if failed:
        console.print(f"cleaner: {failed} of {len(inputs)} inputs failed", highlight=False)
        sys.exit(EXIT_FAILED)


def _join(chunks: list[str], fmt: str, n_inputs: int) -> str:
    if fmt == "json" and n_inputs > 1:
        return "[\n" + ",\n".join(chunks) + "\n]\n" if chunks else "[]\n"
    if fmt in ("text", "markdown"):
        return DOCUMENT_SEPARATOR.join(chunks)
    return "".join(chunks)


@main.command()
@click.argument("input_", metavar="INPUT", default="-")
@click.option(
    "--jsonl",
    "as_jsonl",
    is_flag=True,
    help="Print one JSON object per block on stdout instead of the table.",
)
@click.option("--dropped", "only_dropped", is_flag=True, help="Show only dropped blocks.")
@click.option(
    "--templates",
    "templates_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Site templates saved by a batch (.site-templates.json beside or inside its output): shows "
    "drop_site_template as the batch applied it.",
)
@config_options
def explain(
    input_: str,
    as_jsonl: bool,
    only_dropped: bool,
    templates_file: str | None,
    input_format: str,
    disabled: tuple[str, ...],
    extra_boilerplate: tuple[str, ...],
    max_bytes: int,
    max_lines: int,
    timeout: float,
    debug: bool,
) -> None:
    """Show every line of INPUT and what became of it: kept, a field (title, date, ...), or the rule
    that dropped it and why. The table goes to stderr; --jsonl prints machine-readable rows on stdout.
    """
    from cleaner.explain import show, to_jsonl

    config = build_config(input_format, disabled, extra_boilerplate, max_bytes, max_lines, timeout)
    console = _stderr()
    try:
        data = read_capped(input_, config)
        lines: frozenset[int] = frozenset()
        if templates_file:
            from cleaner.batch.templates import Templates, head_text, site_key

            lines = Templates.load(templates_file).for_site(site_key(input_, head_text(data)))
        with time_limit(config.timeout):
            judged = judge(data, config, templates=lines)
    except Exception as exc:
        report_failure(console, input_, exc, debug)
        sys.exit(EXIT_FAILED)
    if as_jsonl:
        sys.stdout.write(to_jsonl(judged))
    else:
        show(judged, console, source=input_, only_dropped=only_dropped)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the registry as JSON Lines.")
def rules(as_json: bool) -> None:
    """List the rules in the order they run, with what each one drops.

    The name is the same everywhere: in --disable, in explain's labels and in batch statistics.
    """
    # A rule standing at two places (one for dumps, one for HTML) is listed once, with both kinds.
    kinds: dict[str, set[str]] = {}
    for r in RULES:
        kinds.setdefault(r.name, set()).update(r.kinds)
    summaries = {r.name: r.summary for r in RULES}
    for name in RULE_NAMES:
        if as_json:
            click.echo(json.dumps({"name": name, "inputs": sorted(kinds[name]), "summary": summaries[name]}))
        else:
            only = "" if len(kinds[name]) > 1 else f" [{next(iter(kinds[name]))} only]"
            click.echo(f"{name:<30} {summaries[name]}{only}")


def batch_options(fn: F) -> F:
    """Options of `cleaner batch` only: where inputs come from, how they are walked, run and written."""
    opts = [
        click.option(
            "-o",
            "--output",
            required=True,
            metavar="PATH",
            help="A folder (one output file per input, mirroring the input tree) or a file ending "
            "in .jsonl (one JSON object per line, each with its `source`).",
        ),
        click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default=None,
            help="Per-file format for folder output (default json); a .jsonl output is always jsonl.",
        ),
        click.option(
            "--from",
            "from_list",
            metavar="FILE",
            help="Also read input paths from FILE, one per line; - reads them from stdin.",
        ),
        click.option(
            "--include",
            multiple=True,
            metavar="GLOB",
            help="Only walk files matching GLOB (name or path below the folder; repeatable).",
        ),
        click.option(
            "--exclude", multiple=True, metavar="GLOB", help="Skip walked files matching GLOB (repeatable)."
        ),
        click.option(
            "--follow-symlinks",
            is_flag=True,
            help="Follow symlinks out of the input folders (default: skip and count them).",
        ),
        click.option(
            "-j",
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes [default: all cores].",
        ),
        click.option(
            "--ordered", is_flag=True, help="Write results in input order (default: as they finish)."
        ),
        click.option("--force", is_flag=True, help="Redo every input, even those a previous run finished."),
        click.option(
            "--site-templates/--no-site-templates",
            default=True,
            show_default=True,
            help="Learn each site's repeated lines in a first pass and drop them (drop_site_template).",
        ),
        click.option(
            "--template-share",
            type=click.FloatRange(0, 1, min_open=True),
            default=0.5,
            show_default=True,
            help="A line is template when on at least this share of its site's pages...",
        ),
        click.option(
            "--template-min-pages",
            type=click.IntRange(min=2),
            default=10,
            show_default=True,
            help="...and on at least this many pages.",
        ),
        click.option(
            "--template-sample",
            type=click.IntRange(min=10),
            default=300,
            show_default=True,
            help="Pages per site read to learn its template (evenly spread; bigger sites are sampled).",
        ),
        click.option(
            "-q",
            "--quiet",
            is_flag=True,
            help="No progress bar and no summary (errors still go to errors.jsonl).",
        ),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@batch_options
@config_options
def batch(
    inputs: tuple[str, ...],
    output: str,
    fmt: str | None,
    from_list: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    follow_symlinks: bool,
    workers: int | None,
    ordered: bool,
    force: bool,
    site_templates: bool,
    template_share: float,
    template_min_pages: int,
    template_sample: int,
    quiet: bool,
    input_format: str,
    disabled: tuple[str, ...],
    extra_boilerplate: tuple[str, ...],
    max_bytes: int,
    max_lines: int,
    timeout: float,
    debug: bool,
) -> None:
    """Clean many inputs: folders (walked recursively), files, or a list of paths (--from).

    \b
      cleaner batch dumps/ -o cleaned/                 # cleaned/<relative path>.json per input
      cleaner batch dumps/ -o cleaned.jsonl            # one JSON Lines file
      cleaner batch dumps/ -o cleaned/ --format text   # readable .txt per input
      find dumps -name '*.html' | cleaner batch --from - -o out.jsonl

    Hidden and non-regular files are skipped and counted; .gz inputs are decompressed. Every output is
    written atomically, so an interrupted run (Ctrl-C, kill, power loss) is finished by rerunning the same
    command; --force redoes everything. Failures never stop the batch: each one is a line in errors.jsonl
    next to the output. Progress and the summary go to stderr, nothing to stdout.

    Exit codes: 0 all cleaned; 1 some inputs failed; 2 bad command line; 130 interrupted.
    """
    from cleaner.batch.run import BatchOptions, UsageProblem, run_batch

    config = build_config(input_format, disabled, extra_boilerplate, max_bytes, max_lines, timeout)
    opts = BatchOptions(
        output=output,
        inputs=inputs,
        from_list=from_list,
        fmt=fmt,
        workers=workers,
        ordered=ordered,
        force=force,
        include=include,
        exclude=exclude,
        follow_symlinks=follow_symlinks,
        site_templates=site_templates,
        template_share=template_share,
        template_min_pages=template_min_pages,
        template_sample=template_sample,
        quiet=quiet,
    )
    console = _stderr()
    try:
        code = run_batch(opts, config, console)
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from None
    except KeyboardInterrupt:  # before the run's own handler is in place (e.g. while walking folders)
        console.print("cleaner: interrupted before any input was cleaned", highlight=False)
        code = 130
    except CleanerError as exc:
        report_failure(console, output, exc, debug)
        code = EXIT_FAILED
    sys.exit(code)
