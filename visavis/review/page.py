"""`build.py review --html`: a self-contained page for the editor, never published."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import VisavisError
from .flags import ArticleReview, Finding, Review, display_path, summary_line

TEMPLATE = Path(__file__).parent.parent / "templates" / "review.html"


def default_page(config: Config) -> Path:
    """Where `review --html` writes its page when the editor names none: the cache folder."""
    return config.folder("cache_dir") / "review.html"


def write_review_page(config: Config, review: Review, path: Path | None = None) -> Path:
    """Write the self-contained review page (never inside the site or the project's inputs)."""
    from ..writer import write_atomic

    page = (path or default_page(config)).resolve()
    for key in ("output_dir", "content_dir", "seeds_dir", "layouts_dir"):
        if page.is_relative_to(config.folder(key)):
            raise VisavisError(
                f"the review page would be written inside {key}",
                page,
                hint="name a file elsewhere, or leave PATH out (it goes in the cache folder)",
            )
    write_atomic(page, render_review_page(config, review, page))
    return page


def render_review_page(config: Config, review: Review, page: Path) -> str:
    """The review page's HTML: French and English side by side, flags highlighted."""
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string(TEMPLATE.read_text(encoding="utf-8"))
    sections = []
    for reviewed in (False, True):
        articles = [
            _page_article(config, article, page)
            for article in review.articles
            if article.reviewed == reviewed and article.findings
        ]
        if articles:
            sections.append(
                {
                    "heading": "In articles marked reviewed" if reviewed else "",
                    "note": "Listed apart: these flags do not count." if reviewed else "",
                    "anchor": "reviewed" if reviewed else "flagged",
                    "articles": articles,
                }
            )
    title = config.title or "visavis edition"
    return template.render(title=title, summary=summary_line(review), sections=sections)


def _page_article(config: Config, article: ArticleReview, page: Path) -> dict[str, Any]:
    from urllib.parse import quote

    html = config.folder("output_dir") / "articles" / article.slug / "index.html"
    flagged = sum(not finding.accepted for finding in article.findings)
    return {
        "slug": article.slug,
        "title": article.title,
        "page": quote(Path(os.path.relpath(html, page.parent)).as_posix()),
        "file": display_path(article.target),
        "file_href": quote(Path(os.path.relpath(article.target, page.parent)).as_posix()),
        "count": f"{flagged} flagged, {len(article.findings) - flagged} accepted",
        "rows": [
            {
                "line": finding.line if finding.line is not None else "",
                "accepted": finding.accepted,
                "flags": finding.flags,
                "french": marked(
                    finding.french, [m for f in finding.flags for m in f.french_marks]
                ),
                "english": marked(
                    finding.english, [m for f in finding.flags for m in f.english_marks]
                ),
            }
            for finding in article.findings
        ],
    }


def _marks(finding: Finding, side: str) -> list[str]:
    return [mark for flag in finding.flags for mark in getattr(flag, f"{side}_marks")]


def marked(text: str, marks: list[str]) -> list[tuple[str, bool]]:
    """A text cut into (piece, highlighted) runs, every occurrence of each mark highlighted
    (a whole word or number: `1` is not marked inside `12`)."""
    spans: list[tuple[int, int]] = []
    for mark in marks:
        if not mark:
            continue
        pattern = re.escape(mark)
        if mark[0].isalnum():
            pattern = r"(?<!\w)" + pattern
        if mark[-1].isalnum():
            pattern += r"(?!\w)"
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, text))
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in sorted(spans):
        if end <= position:
            continue
        start = max(start, position)
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
