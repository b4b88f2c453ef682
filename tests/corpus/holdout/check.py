#!/usr/bin/env python3
"""Self-check of the hold-out corpus (web/*.html, text/*.txt and their *.expected.yaml).

It checks the expectations against the source files only, never against any extractor:
- every expected file has exactly the agreed keys, with the agreed types;
- the words of every expected paragraph appear in the source, contiguously, and the
  paragraphs appear in the order listed;
- title, standfirst, subheads (in order), pull quotes, section, publication, each author and
  agency name appear in the source (words compared case-insensitively);
- the date is written in the source in some usual form; source_url appears in a web page
  and is null for text copies; the article text is 250 to 700 words long.

Words are runs of letters/digits, compared after NFC normalisation and casefolding, so
punctuation, apostrophe style, non-breaking spaces, line wrapping and markup between words do
not matter. The checks are those of `../corpus_check.py` with this folder's extras.
Usage: python tests/corpus/holdout/check.py  (exit status 1 and a list of problems on failure).

Conventions the expected files follow, where a reader could hesitate:
- text is given as the page shows it (straight or curly apostrophes, « » with or without
  spaces, capitals after a colon), whitespace collapsed: non-breaking spaces become spaces;
- author: persons only, in natural casing, order of the names kept ("KONAN Yao Martin" is
  "Konan Yao Martin"); a newsroom ("La rédaction"), a site account ("Walf Quotidien") or an
  agency is never an author; initials such as "kym/fmk" are not a byline;
- section: JSON-LD articleSection, else the last breadcrumb item, else the kicker; a topical
  kicker ("Horlogerie", "Reportage", "Transports") does not override them;
- date: the date the page itself prints for publication, in the page's own time zone; null
  when the page prints none (a date inside the article text is not one);
- pull quotes without their attribution; a quotation set as a block inside the text
  (blockquote without pull-quote styling) is made of paragraphs;
- live blog: entries in page order (newest first); entry titles are subheads, entry times
  are not text; interview questions are paragraphs even when set in bold;
- a dateline that opens the first paragraph ("Yamoussoukro, 4 mars 2024 (AIP) –") stays in it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpus_check as cc

OPTIONS = {
    "patterns": ("web/*.expected.yaml", "text/*.expected.yaml"),
    "require_expected": True,
    "keys": cc.SCHEMA_KEYS,
    "ordered_keys": True,
    "runs": (*cc.RUNS, "section", "publication", "agency"),
    "extras": (
        cc.ordered_subheads,
        cc.distinct_paragraphs,
        cc.site_name_left_out,
        cc.natural_credits,
        cc.word_count(250, 700),
        cc.date_written(),
        cc.source_url_is_address,
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
