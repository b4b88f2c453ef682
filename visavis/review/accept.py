"""`build.py review --accept`: an editor accepts flags without editing the sentence."""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import VisavisError
from .flags import ArticleReview, Finding, Review, display_path
from .record import read_accepted

log = logging.getLogger(__name__)


def accept_flags(locations: list[str], review: Review) -> list[str]:
    """Record the flags at `content/x.en.md:LINE` (or every flag of `content/x.en.md`) as
    accepted, in the translation's front-matter; return one message per sentence accepted."""
    wanted: dict[Path, list[int | None]] = {}
    for location in locations:
        path, line = _parse_location(location)
        article = _article_at(review, path, location)
        wanted.setdefault(article.target, []).append(line)
    messages = []
    for article in review.articles:
        if article.target not in wanted:
            continue
        chosen = _chosen_findings(article, wanted[article.target])
        shift = write_accepted(article.target, chosen)
        messages.extend(
            f"{display_path(article.target)}:{(finding.line or 1) + shift}: accepted "
            f"({', '.join(finding.reasons)})"
            for finding in chosen
        )
    return messages


def _parse_location(location: str) -> tuple[Path, int | None]:
    path, _, line = location.rpartition(":")
    if path and line.isdigit():
        return Path(path).resolve(), int(line)
    return Path(location).resolve(), None


def _article_at(review: Review, path: Path, location: str) -> ArticleReview:
    for article in review.articles:
        if article.target.resolve() == path:
            return article
    raise VisavisError(
        f"{location}: not a translation of this edition",
        hint="give a file listed by python build.py review, e.g. content/<slug>.en.md:12",
    )


def _chosen_findings(article: ArticleReview, lines: list[int | None]) -> list[Finding]:
    chosen = []
    for line in lines:
        at = [f for f in article.findings if line is None or f.line == line]
        if not at and line is not None:
            raise VisavisError(
                "no flagged sentence on this line",
                display_path(article.target),
                line,
                hint="python build.py review lists the flagged lines",
            )
        chosen.extend(finding for finding in at if finding not in chosen)
    return chosen


def write_accepted(target: Path, chosen: list[Finding]) -> int:
    """Add acceptances to a translation file's front-matter, its body left byte for byte;
    return how many lines the body moved (the front-matter grew)."""
    from ..frontmatter import format_front_matter, parse_document, split_front_matter
    from ..writer import write_atomic

    text = target.read_text(encoding="utf-8").removeprefix("\ufeff")
    meta = dict(parse_document(text, target).meta)
    _, body, first = split_front_matter(text, target)
    mapping = dict(meta.get("translation") or {})
    replaced = {finding.sha256 for finding in chosen}
    entries = [
        entry
        for entry in read_accepted(mapping.get("accepted", []), target, None)
        if entry["sha256"] not in replaced
    ]
    entries += [
        {"line": finding.line or 1, "sha256": finding.sha256, "reasons": list(finding.reasons)}
        for finding in chosen
    ]
    meta["translation"] = {**mapping, "accepted": entries}
    # The longer front-matter moves the body down: record the lines of the file as written
    # (a line number's value never changes how many lines the front-matter takes).
    shift = format_front_matter(meta).count("\n") + 1 - first
    meta["translation"]["accepted"] = [
        {**entry, "line": max(1, entry["line"] + shift)} for entry in entries
    ]
    header = format_front_matter(meta)
    if "\r\n" in text:
        header = header.replace("\n", "\r\n")
    write_atomic(target, header + body)
    log.debug("%s: %d flag(s) accepted", target, len(chosen))
    return shift
