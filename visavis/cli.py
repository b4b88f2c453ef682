"""The command line: `python build.py [command]`. Errors are reported here, once."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ManyErrors, VisavisError
from .model import StageReport

if TYPE_CHECKING:
    from .config import Config
    from .pipeline import BuildOptions

log = logging.getLogger("visavis")

DESCRIPTION = """\
visavis builds a bilingual reading edition: French articles beside their English
translation, made offline with Argos Translate.

With no command, runs the whole pipeline (ingest, translate, render), doing only the
work whose inputs changed."""

EPILOG = """\
stages:
  add        URL or FILE             -> seeds/ (fetched or copied), then ingested
  ingest     seeds/*.txt|*.md        -> content/<slug>.fr.md
  translate  content/<slug>.fr.md    -> content/<slug>.en.md  (Argos Translate, offline)
  render     content/ + layouts/     -> public/ (static site)

examples:
  python build.py                          build everything that changed
  python build.py add https://www.ledevoir.com/societe/123/un-article
  python build.py install-model fr_en.argosmodel
  python build.py translate --no-memory    translate without the translation memory
  python build.py status                   list articles and their translation state
  python build.py review                   list sentences whose translation looks wrong
  python build.py render --for-disk        links that name index.html, to open from disk
  python build.py serve                    build, serve on localhost, rebuild on change
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its subcommands."""
    common, stage = _shared_options(suppress=False)
    sub_common, sub_stage = _shared_options(suppress=True)
    parser = argparse.ArgumentParser(
        prog="build.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common, stage],
    )
    parser.add_argument(
        "--help-config",
        action="store_true",
        help="list every config.yaml key with its type, default and meaning, and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    for name, summary in (
        ("build", "ingest, translate and render (the default)"),
        ("ingest", "turn raw articles in seeds/ into content/<slug>.fr.md"),
        ("translate", "add content/<slug>.en.md with Argos Translate"),
        ("render", "write the static site to public/"),
    ):
        commands.add_parser(
            name, help=summary, description=summary, parents=[sub_common, sub_stage]
        )
    install = commands.add_parser(
        "install-model",
        help="install an Argos .argosmodel package file (offline)",
        description="Install an Argos Translate package from a local .argosmodel file.",
        parents=[sub_common],
    )
    install.add_argument("path", type=Path, help="the .argosmodel file")
    commands.add_parser(
        "status", help="list articles and their translation state", parents=[sub_common]
    )
    serve = commands.add_parser(
        "serve",
        help="build, serve on localhost and rebuild on changes",
        parents=[sub_common, sub_stage],
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (0.0.0.0: every interface, e.g. to test on a phone)",
    )
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    _add_parser(commands, sub_common)
    _review_parser(commands, sub_common)
    return parser


REVIEW_DESCRIPTION = """\
List, per article, the sentences whose machine translation looks wrong, each as
content/<slug>.en.md:LINE: reason, then its French and its English. Reasons: untranslated,
repetition, numbers, names, length, length-limit (decoding stopped at the length limit).
Sentences edited by hand are not flagged again unless their French changed since; flags in
an article marked reviewed: true are listed apart and do not count.

Exit status: 0 when nothing is flagged, 1 when something is, 2 on an error."""


def _review_parser(
    commands: argparse._SubParsersAction, sub_common: argparse.ArgumentParser
) -> None:
    """The `review` subcommand."""
    review = commands.add_parser(
        "review",
        help="list sentences whose translation looks wrong (exit 1 if any)",
        description=REVIEW_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[sub_common],
    )
    review.add_argument(
        "--html",
        nargs="?",
        const="",
        metavar="PATH",
        help="also write a review page for the editor (default: review.html in the cache folder)",
    )
    review.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="FILE[:LINE]",
        help="accept the flags of a sentence (or of a whole file) without editing it",
    )


ADD_DESCRIPTION = """\
Add articles: fetch each web page, or copy each local file, into seeds/ and ingest it.

URL (http:// or https:// only): the page is fetched with a User-Agent naming visavis,
following at most 5 redirects, within --timeout seconds all included and 20 MB. It must be
HTML (text/html or application/xhtml+xml) and an article (it is ingested before anything is
saved). Its bytes are saved as sent to seeds/<slug>.html (uncompressed bytes are asked for;
a gzipped answer is decoded), and seeds/<slug>.html.yaml records the address, the final
address after redirects, the response's charset and Content-Type, and when it was fetched:
the saved bytes are never altered to say so.

FILE (an existing .html, .htm, .txt or .md file): copied into seeds/ under its own name
(<name>-2 if another file holds that name), then ingested.

An article is added once: an address, final address or canonical address already recorded
in seeds/ or content/, or a file already in seeds/, is skipped and says where it is. Two
articles whose headlines give one slug get <slug> and <slug>-2. A source that cannot be
added (offline, unknown host, HTTP 404, not HTML, too big, timed out, not an article) gets
one error line naming it and why; nothing is saved for it, the others are still added,
and the exit status is 1. With several sources, each one added or already there gets a
line `add: [2/5] URL → seeds/<slug>.html` (and a progress bar shows on a terminal)."""


def _add_parser(commands: argparse._SubParsersAction, sub_common: argparse.ArgumentParser) -> None:
    """The `add` subcommand."""
    from .fetch import DEFAULT_TIMEOUT

    add = commands.add_parser(
        "add",
        help="fetch web pages (or copy files) into seeds/ and ingest them",
        description=ADD_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[sub_common],
    )
    add.add_argument("sources", nargs="+", metavar="URL|FILE", help="web address or local file")
    add.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="time allowed per address, lookup to last byte (default: %(default)g)",
    )


def _shared_options(suppress: bool) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """Options accepted before and after the command (after it, they don't reset defaults)."""
    default = {"default": argparse.SUPPRESS} if suppress else {}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=Path,
        help="config file (default: config.yaml)",
        **(default or {"default": Path("config.yaml")}),
    )
    common.add_argument(
        "--base-url", help="override base_url from the config (e.g. in a Pages workflow)", **default
    )
    common.add_argument("-v", "--verbose", action="store_true", help="more detail", **default)
    common.add_argument("-q", "--quiet", action="store_true", help="only problems", **default)
    common.add_argument("--strict", action="store_true", help="fail on warnings too", **default)
    stage = argparse.ArgumentParser(add_help=False)
    stage.add_argument("--force", action="store_true", help="redo from scratch", **default)
    stage.add_argument(
        "--no-memory",
        action="store_true",
        help="bypass the translation memory when translating",
        **default,
    )
    stage.add_argument(
        "--for-disk",
        action="store_true",
        help="render links that name index.html, so the site also works opened from disk",
        **default,
    )
    return common, stage


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose, args.quiet)
    if args.help_config:
        from .config import describe_settings

        sys.stdout.write(describe_settings())
        return 0
    started = time.perf_counter()
    try:
        return dispatch(args, started)
    except VisavisError as error:
        report_error(error, args.verbose)
        return 2 if args.command == "review" else 1
    except KeyboardInterrupt:
        log.error("interrupted")
        return 130


def dispatch(args: argparse.Namespace, started: float) -> int:
    """Run the chosen command."""
    from .config import load_config, with_overrides

    config = load_config(args.config)
    for warning in config.warnings:
        log.warning("warning: %s", warning)
    if args.base_url is not None:
        config = with_overrides(config, {"base_url": args.base_url}, "--base-url")
    command = args.command or "build"
    if command == "install-model":
        return install_model(args.path)
    if command == "status":
        return show_status(config)
    if command == "review":
        return show_review(config, args)
    if command == "add":
        return add_sources(config, args, started)
    if command == "serve":
        from .serve import serve

        return serve(config, args.host, args.port, options_from(args))
    stages = ("ingest", "translate", "render") if command == "build" else (command,)
    return build(config, stages, args, started)


def options_from(args: argparse.Namespace) -> BuildOptions:
    """Build options from parsed arguments."""
    from .pipeline import BuildOptions

    return BuildOptions(force=args.force, use_memory=not args.no_memory, for_disk=args.for_disk)


def build(config: Config, stages: tuple[str, ...], args: argparse.Namespace, started: float) -> int:
    """Run stages, print one summary line each, report every problem; return the exit code."""
    from .pipeline import run_stages

    reports = run_stages(config, stages, options_from(args), on_report=print_report)
    failed = report_problems(config, reports, args, started)
    if failed:
        return failed
    if args.strict and "translate" in stages:
        from .review import count_edition_flags

        flagged = count_edition_flags(config)
        if flagged:
            log.error(
                "failed: %d flagged sentence(s) and --strict is on (python build.py review)",
                flagged,
            )
            return 1
    log.info("done in %.1fs", time.perf_counter() - started)
    return 0


def report_problems(
    config: Config, reports: list[StageReport], args: argparse.Namespace, started: float
) -> int:
    """Print every problem of a run once; 1 when there were errors (or warnings under
    --strict), else 0."""
    # A broken file is met by every stage that reads it; report it once.
    problems = list({str(e): e for report in reports for e in report.errors}.values())
    warnings = len(config.warnings) + sum(len(report.warnings) for report in reports)
    for error in problems:
        report_error(error, args.verbose)
    if problems:
        elapsed = time.perf_counter() - started
        log.error("failed with %d error(s) in %.1fs", len(problems), elapsed)
        return 1
    if args.strict and warnings:
        log.error("failed: %d warning(s) and --strict is on", warnings)
        return 1
    return 0


def print_report(report: StageReport) -> None:
    """Log a stage's warnings and its one-line summary."""
    for warning in report.warnings:
        log.warning("warning: %s", warning)
    parts = [report.note] if report.note else []
    parts += [f"{count} {name}" for name, count in report.counts.items()]
    if report.warnings:
        parts.append(f"{len(report.warnings)} warning(s)")
    if report.errors:
        parts.append(f"{len(report.errors)} error(s)")
    log.info("%s: %s", report.stage, ", ".join(parts) or "nothing to do")


def install_model(path: Path) -> int:
    """Install a local Argos package file."""
    from .engine import install_model_file

    model = install_model_file(path)
    log.info(
        "installed %s (%s → %s) in %s", model.label, model.from_code, model.to_code, model.path
    )
    return 0


def _seconds(text: str) -> float:
    """A positive number of seconds, for `--timeout`."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return value


def add_sources(config: Config, args: argparse.Namespace, started: float) -> int:
    """Add web pages or files to seeds/ and ingest them; 1 when any could not be added."""
    from .add import run_add
    from .fetch import FetchLimits

    reports = run_add(config, args.sources, FetchLimits(timeout=args.timeout), print_report)
    failed = report_problems(config, reports, args, started)
    if not failed:
        log.info("done in %.1fs", time.perf_counter() - started)
    return failed


def show_status(config: Config) -> int:
    """Print every article with the state of its translation."""
    from .content import read_articles

    articles, problems = read_articles(config)
    for article in articles:
        sys.stdout.write(f"{article.state.label:<13} {article.slug}\n")
    for error in problems:
        report_error(error, verbose=False)
    return 1 if problems else 0


def show_review(config: Config, args: argparse.Namespace) -> int:
    """List flagged sentences (accepting some first); 0 when none count, 1 when some do, 2 on
    an error."""
    from .review import accept_flags, format_listing, run_review, summary_line, write_review_page

    review = run_review(config)
    if args.accept:
        for message in accept_flags(args.accept, review):
            log.info("%s", message)
        review = run_review(config)
    sys.stdout.write(format_listing(review))
    if args.html is not None:
        page = write_review_page(config, review, Path(args.html) if args.html else None)
        log.info("review page: %s", page)
    log.info("%s", summary_line(review))
    for error in review.errors:
        report_error(error, args.verbose)
    if review.errors:
        return 2
    return 1 if review.flagged else 0


def report_error(error: BaseException, verbose: bool) -> None:
    """Print an error once: `file:line: message (hint: …)` and its reasons."""
    if isinstance(error, ManyErrors):
        for inner in error.errors:
            report_error(inner, verbose)
        return
    text = error.report() if isinstance(error, VisavisError) else f"{type(error).__name__}: {error}"
    log.error("error: %s", text, exc_info=error if verbose else None)


def setup_logging(verbose: bool, quiet: bool) -> None:
    """Send the package's log to stderr as plain lines."""
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("visavis")
    root.handlers[:] = [handler]
    root.setLevel(level)
