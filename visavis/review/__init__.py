"""`build.py review`: the sentences whose machine translation looks wrong, for the editor.

Works from the content files alone (no model, no cache): the checks (`visavis.checks`) read
the two texts, and what else a flag needs is recorded with the translation (`record`).
`flags` checks an edition and lists what it finds, `accept` records an editor's acceptances,
`page` writes the review page.
"""

from __future__ import annotations

from .accept import accept_flags
from .flags import (
    ArticleReview,
    Finding,
    Review,
    count_edition_flags,
    count_flags,
    format_listing,
    run_review,
    summary_line,
)
from .page import default_page, write_review_page
from .record import carry_accepted, machine_record

__all__ = [
    "ArticleReview",
    "Finding",
    "Review",
    "accept_flags",
    "carry_accepted",
    "count_edition_flags",
    "count_flags",
    "default_page",
    "format_listing",
    "machine_record",
    "run_review",
    "summary_line",
    "write_review_page",
]
