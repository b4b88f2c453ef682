"""Listing cards: each article's card is rendered once and kept between builds.

An article's card appears on a home page, on its section's page and on its publication's
page, and an article added near the top of an edition shifts hundreds of listing pages. So
the `_card.html` layout renders each card once (it sees `card` and `site` only), listing
layouts insert the result with `card_html(card)`, and the HTML is kept in the cache folder
while the card and everything every page depends on (config, layouts, code) are unchanged.

Links are relative (see `urls`), and one card's HTML is shown on pages at different depths
(`index.html`, `page/2/index.html`, `sections/x/page/2/index.html`). So the HTML is made
depth-independent: `_card.html` writes its links as `{{ root }}{{ card.url }}`, the card is
rendered with `root` set to ROOT_PLACEHOLDER, and `card_html(card)` puts the page's own `root`
in its place each time it inserts the card. The placeholder starts with `<`, which autoescaped
text never contains, so nothing an article says can be taken for it; a layout that includes
`_card.html` instead (it then sees the page's `root`) gives the same pages. A `<base>` element
would do the same with no placeholder, but it also moves the page's `#fragment` links and is
easy to get wrong for a page opened from disk.
"""

from __future__ import annotations

import logging
import pickle
import zlib
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .writer import write_atomic

log = logging.getLogger(__name__)

CARD_LAYOUT = "_card.html"
#: The store: a folder in the cache folder, with the cards in SHARDS files by slug (adding
#: an article rewrites one small file, not the HTML of every card).
STORE_NAME = "cards"
STORE_VERSION = 2
SHARDS = 16

#: What unpickling a damaged or foreign file can raise.
UNREADABLE = (
    pickle.UnpicklingError,
    EOFError,
    OSError,
    ValueError,
    TypeError,
    AttributeError,
    ImportError,
    IndexError,
    KeyError,
)

#: Where a card's HTML says `root`, replaced by each page's own (see above).
ROOT_PLACEHOLDER = "<visavis:root>"

#: slug -> (the card's digest, its HTML)
Rendered = dict[str, tuple[str, str]]


class CardRenderer:
    """The layouts' `card_html(card)`: a card's HTML, rendered with `_card.html` at most once
    per version of the card, and kept in a store in the cache folder between builds; each
    page gets it with its own `root` in its links."""

    def __init__(self, environment: jinja2.Environment) -> None:
        self.environment = environment
        self.rendered: Rendered = {}
        #: What this process rendered since `take_fresh` was last called.
        self.fresh: Rendered = {}
        #: This build's cards and their digests, by slug (from the plan).
        self.cards: dict[str, tuple[dict[str, Any], str]] = {}
        self.store: Path | None = None
        self.base = ""
        self.loaded = False
        #: The shards holding a card rendered since the last save.
        self.dirty: set[int] = set()

    @jinja2.pass_context
    def __call__(self, context: jinja2.runtime.Context, card: dict[str, Any]) -> Markup:
        return Markup(self.html(card, context["site"]).replace(ROOT_PLACEHOLDER, context["root"]))

    def use_store(
        self,
        store: Path,
        base: str,
        cards: dict[str, tuple[dict[str, Any], str]],
        trust_store: bool = True,
    ) -> None:
        """Keep cards in `store`, valid while everything every page depends on has the digest
        `base`; `cards` are this build's cards with their digests, by slug. Without
        `trust_store` (a forced build), every card is rendered again and the store replaced."""
        self.store, self.base, self.cards = store, base, cards
        self.loaded = not trust_store

    def load(self) -> None:
        """Read the store (once), keeping what is still valid: call it before forking render
        workers so that they share it."""
        if self.loaded or self.store is None:
            return
        self.loaded = True
        valid: Rendered = {}
        for shard in range(SHARDS):
            stored = _load_shard(self.store / f"{shard:02d}.pickle", self.base)
            valid.update((slug, e) for slug, e in stored.items() if self._valid(slug, e))
        self.rendered = {**valid, **self.rendered}  # what this build rendered comes first

    def html(self, card: dict[str, Any], site: dict[str, Any]) -> str:
        """The card's HTML, its links starting with ROOT_PLACEHOLDER: kept from this build or
        an earlier one while the card is unchanged, else rendered (a layout error is raised
        for the page showing it). Only the plan's own cards are kept: a layout may pass a
        card of its own making."""
        slug = card.get("slug")
        planned = self.cards.get(slug) if isinstance(slug, str) else None
        if planned is None or planned[0] is not card:
            return self._render(card, site)
        digest = planned[1]
        kept = self.rendered.get(slug)
        if (kept is None or kept[0] != digest) and not self.loaded:
            self.load()
            kept = self.rendered.get(slug)
        if kept is not None and kept[0] == digest:
            return kept[1]
        html = self._render(card, site)
        self.rendered[slug] = self.fresh[slug] = (digest, html)
        self.dirty.add(shard_of(slug))
        return html

    def take_fresh(self) -> Rendered:
        """What this process rendered since the last call (a render worker sends it back)."""
        fresh, self.fresh = self.fresh, {}
        return fresh

    def adopt(self, rendered: Rendered) -> None:
        """Keep cards a render worker rendered."""
        self.rendered.update(rendered)
        self.dirty.update(shard_of(slug) for slug in rendered)

    def save(self) -> None:
        """Write the store's shards that hold a card this build rendered, keeping only this
        build's cards in them."""
        if not self.dirty or self.store is None:
            return
        self.load()  # keep the stored cards this build did not need
        shards: dict[int, Rendered] = {shard: {} for shard in self.dirty}
        for slug, entry in self.rendered.items():
            shard = shards.get(shard_of(slug))
            if shard is not None and self._valid(slug, entry):
                shard[slug] = entry
        self.store.mkdir(parents=True, exist_ok=True)
        for number, entries in sorted(shards.items()):
            data = pickle.dumps((STORE_VERSION, self.base, entries), pickle.HIGHEST_PROTOCOL)
            write_atomic(self.store / f"{number:02d}.pickle", data, durable=False)
        self.dirty.clear()

    def _valid(self, slug: str, entry: Any) -> bool:
        planned = self.cards.get(slug)
        return (
            planned is not None
            and isinstance(entry, tuple)
            and len(entry) == 2
            and entry[0] == planned[1]
            and isinstance(entry[1], str)
        )

    def _render(self, card: dict[str, Any], site: dict[str, Any]) -> str:
        template = self.environment.get_template(CARD_LAYOUT)
        return template.render(card=card, site=site, root=Markup(ROOT_PLACEHOLDER))


def shard_of(slug: str) -> int:
    """The store shard a card is kept in."""
    return zlib.crc32(slug.encode("utf-8")) % SHARDS


def _load_shard(path: Path, base: str) -> Rendered:
    """The cards of one shard an earlier build rendered with the same config, layouts and
    code."""
    try:
        version, stored_base, entries = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except UNREADABLE as error:  # a damaged store is rebuilt, never trusted
        log.warning("%s: unreadable card store, rendering the cards again (%s)", path, error)
        return {}
    if version != STORE_VERSION or stored_base != base or not isinstance(entries, dict):
        return {}
    return entries
