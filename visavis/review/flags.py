"""Flags of an edition: every translated sentence checked, accepted ones and those in
reviewed articles told apart, and the listing `build.py review` prints."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..checks import REASONS, Flag, check_length, check_pair, length_ratio, plain_text, usual_ratio
from ..config import Config
from ..content import read_articles
from ..errors import VisavisError
from ..glossary import Glossary
from ..glossary_load import load_glossary
from ..model import Document
from ..parallel import map_forked, worker_count
from .record import (
    Pair,
    Record,
    is_checked,
    is_length_limited,
    line_numbers,
    pair_sha,
    read_record,
    repair_of,
    sentence_pairs,
)


@dataclass(frozen=True)
class Finding:
    """A sentence with flags: where it is, its two texts and whether an editor accepted it."""

    line: int | None
    french: str
    english: str
    sha256: str
    flags: tuple[Flag, ...]
    accepted: bool = False

    @property
    def reasons(self) -> tuple[str, ...]:
        """The flags' reasons, in the order of `checks.REASONS`."""
        return tuple(reason for reason in REASONS if any(f.reason == reason for f in self.flags))


@dataclass(frozen=True)
class ArticleReview:
    """One article's findings, and how many sentences were checked or could not be."""

    slug: str
    source: Path
    target: Path
    reviewed: bool
    findings: tuple[Finding, ...]
    checked: int = 0
    unchecked: int = 0
    title: str = ""


@dataclass(frozen=True)
class Review:
    """Every article's findings, the edition's usual length ratio and the problems met."""

    articles: tuple[ArticleReview, ...]
    ratio: float
    errors: tuple[VisavisError, ...] = ()

    def findings(
        self, reviewed: bool = False, accepted: bool = False
    ) -> list[tuple[ArticleReview, Finding]]:
        """(article, finding) pairs: in articles marked reviewed or not, accepted or not."""
        return [
            (article, finding)
            for article in self.articles
            if article.reviewed == reviewed
            for finding in article.findings
            if finding.accepted == accepted
        ]

    @property
    def flagged(self) -> int:
        """Flagged sentences that count: not accepted, in articles not marked reviewed."""
        return len(self.findings())


@dataclass
class _Checked:
    """An article's checked sentences, before the edition's usual ratio is known."""

    pairs: list[tuple[Pair, tuple[Flag, ...]]] = field(default_factory=list)
    record: Record = field(default_factory=lambda: Record(machine=False))
    unchecked: int = 0


def check_article(
    source: Document, translation: Document, lang: str, glossary: Glossary | None = None
) -> _Checked:
    """Check the sentences of one article that should be (every check but the length's)."""
    record = read_record(translation)
    pairs, unchecked = sentence_pairs(source, translation, lang)
    checked = _Checked(record=record, unchecked=unchecked)
    for pair in pairs:
        if is_checked(pair, record):
            limited = is_length_limited(pair, record)
            repaired = repair_of(pair, record)
            flags = check_pair(pair.french, pair.english, None, limited, glossary, repaired)
            checked.pairs.append((pair, flags))
    return checked


def edition_ratio(articles: Iterable[_Checked]) -> float:
    """The usual English/French length ratio of the sentences no other check flagged."""
    ratios = (
        length_ratio(pair.french, pair.english)
        for article in articles
        for pair, flags in article.pairs
        if not flags
    )
    return usual_ratio(ratio for ratio in ratios if ratio is not None)


def findings_of(checked: _Checked, ratio: float, lines: dict[tuple, int]) -> list[Finding]:
    """The flagged sentences of a checked article, the length check added."""
    found = []
    for pair, flags in checked.pairs:
        length = check_length(plain_text(pair.french), plain_text(pair.english), ratio)
        every = tuple(sorted((*flags, *([length] if length else [])), key=_reason_order))
        if not every:
            continue
        sha = pair_sha(pair.french, pair.english)
        finding = Finding(lines.get(pair.key), pair.french, pair.english, sha, every)
        found.append(replace(finding, accepted=_is_accepted(finding, checked.record)))
    return found


def _reason_order(flag: Flag) -> int:
    return REASONS.index(flag.reason)


def _is_accepted(finding: Finding, record: Record) -> bool:
    return any(
        entry["sha256"] == finding.sha256 and set(finding.reasons) <= set(entry["reasons"])
        for entry in record.accepted
    )


def run_review(config: Config) -> Review:
    """Check every translated article of the edition; flags, accepted ones and problems."""
    glossary = load_glossary(config)
    articles, errors = read_articles(config)
    problems: list[VisavisError] = [*errors]
    translated = [article for article in articles if article.translation is not None]
    checked: list[tuple[Any, _Checked]] = []
    results = check_all(translated, config.source_lang, glossary)
    for article, result in zip(translated, results, strict=True):
        if isinstance(result, VisavisError):
            problems.append(result)
        else:
            checked.append((article, result))
    ratio = edition_ratio(result for _, result in checked)
    reviews = []
    for article, result in checked:
        findings = findings_of(result, ratio, {})
        if findings:  # where they are in the file: read again only when something is flagged
            findings = findings_of(result, ratio, line_numbers(article.translation))
        reviews.append(
            ArticleReview(
                article.slug,
                article.source.path or Path(),
                article.target,
                article.state.reviewed,
                tuple(findings),
                checked=len(result.pairs),
                unchecked=result.unchecked,
                title=str(article.source.meta.get("title") or article.slug),
            )
        )
    return Review(tuple(reviews), ratio, tuple(problems))


#: Editions with more translated articles than this are checked on every core.
PARALLEL_FROM = 64


def check_all(
    articles: list[Any], lang: str, glossary: Glossary | None = None
) -> list[_Checked | VisavisError]:
    """Check every article (an error in one does not stop the others), on every core when
    there are many."""

    def check(index: int) -> _Checked | VisavisError:
        article = articles[index]
        try:
            return check_article(article.source, article.translation, lang, glossary)
        except VisavisError as error:
            return error

    if len(articles) < PARALLEL_FROM or worker_count() == 1:
        return [check(index) for index in range(len(articles))]
    return list(map_forked(check, len(articles), chunksize=16))


def count_flags(
    written: list[tuple[Document, Document]], lang: str, glossary: Glossary | None = None
) -> int:
    """Flagged sentences (not accepted) in translations just written, for translate's summary."""
    checked = [check_article(s, translation, lang, glossary) for s, translation in written]
    ratio = edition_ratio(checked)
    return sum(
        not finding.accepted for result in checked for finding in findings_of(result, ratio, {})
    )


def count_edition_flags(config: Config) -> int:
    """Flagged sentences that count in the whole edition (for `--strict` builds)."""
    return run_review(config).flagged


def display_path(path: Path) -> str:
    """A path as the editor typed it: relative to the current folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def format_finding(article: ArticleReview, finding: Finding) -> str:
    """`content/x.en.md:12: numbers: 2,5 missing` then the French and the English."""
    where = display_path(article.target)
    if finding.line is not None:
        where = f"{where}:{finding.line}"
    reasons = "; ".join(f"{flag.reason}: {flag.detail}" for flag in finding.flags)
    return f"{where}: {reasons}\n  fr: {finding.french}\n  en: {finding.english}\n"


def format_listing(review: Review) -> str:
    """The review as text: flagged sentences, then those in articles marked reviewed."""
    parts = [format_finding(article, finding) for article, finding in review.findings()]
    apart = review.findings(reviewed=True)
    if apart:
        parts.append("\nIn articles marked reviewed (not counted):\n")
        parts.extend(format_finding(article, finding) for article, finding in apart)
    return "".join(parts)


def summary_line(review: Review) -> str:
    """`review: 3 flagged in 2 articles (1 accepted, 2 in reviewed articles)`."""
    counted = review.findings()
    articles = len({article.slug for article, _ in counted})
    extra = []
    accepted = len(review.findings(accepted=True)) + len(review.findings(True, True))
    if accepted:
        extra.append(f"{accepted} accepted")
    apart = len(review.findings(reviewed=True))
    if apart:
        extra.append(f"{apart} in reviewed articles")
    unchecked = sum(article.unchecked for article in review.articles)
    if unchecked:
        extra.append(f"{unchecked} not checked (blocks no longer aligned)")
    checked = sum(article.checked for article in review.articles)
    text = f"review: {len(counted)} flagged in {articles} article(s), {checked} sentences checked"
    return text + (f" ({', '.join(extra)})" if extra else "")
