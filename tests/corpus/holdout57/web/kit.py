"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout57 pages and
their expected files into this folder."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)

__all__ = ["FILLER", "css_blob", "flat", "json_script", "menu", "paras", "teasers", "write"]
