"""The edition the browser tests read: the real seed built by the real pipeline.

A scratch project gets the repository's seed and a seed made of sentences the tiny Argos
package has memorised, and `build.py build` runs ingest → translate (the real Argos path,
tiny model) → render. The seed's English is nonsense, but its structure (one English line per
French sentence, the same blocks) is the pipeline's own; the memorised article reads in real
English. Two states the first build cannot produce are then made the way an editor makes them:

- a translation edited by hand (two sentences merged into one line, the title corrected)
  whose French then changed: the next build keeps the edit, marks it stale, and the page falls
  back to paragraph-level highlighting there;
- an article added by hand after the last translation and rendered on its own: its page says
  the translation is pending.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from visavis.cli import main
from visavis.frontmatter import format_document, read_document

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_10725ebd8d89bd58.txt"

SEED_SLUG = "mistral-ai-leve-un-coin-de-voile-sur-son-ascension-fulgurante"
MEMORISED_SLUG = "le-marche-ouvre-tot"
EDITED_SLUG = "une-halle-pour-le-marche"
PENDING_SLUG = "la-boulangerie-de-marie-dupont"

#: Every sentence is one the tiny model has memorised (tests/fixtures/tiny_pairs.json), and
#: the pull quote repeats a body sentence, so it reuses that sentence's translation.
MEMORISED_SEED = """\
---
title: Le marché ouvre tôt
publication: La Gazette de Villeneuve
standfirst: La mairie prépare une nouvelle halle couverte.
author: Claire Martin
date: 2024-03-23
---

Le marché de Villeneuve ouvre chaque samedi matin. Les habitants viennent tôt pour acheter \
des légumes. Les prix restent stables depuis le printemps.

L’entreprise familiale vend du fromage depuis trente ans. Le maire a visité les stands ce matin.

Marie Dupont ouvre sa boulangerie. Elle fait son pain avec de la farine locale. Sa boulangerie \
emploie quatre personnes. Les clients attendent devant la porte dès sept heures.

> «Le marché restera ouvert pendant les travaux.»
> — Marie Dupont

L’hiver dernier, la ville a aidé les commerçants. Le croissant coûte désormais un euro vingt.

La mairie prépare une nouvelle halle couverte. Les travaux commenceront en septembre. Le projet \
coûtera deux millions d’euros. Le marché restera ouvert pendant les travaux.

Certains vendeurs craignent une hausse des loyers. D’autres espèrent attirer de nouveaux \
clients. Marie Dupont dit qu’elle reste optimiste.
"""

#: Written by hand in content/ (an editor adding an article), then translated by the build.
EDITED_FR = f"""\
---
title: Une halle pour le marché
slug: {EDITED_SLUG}
lang: fr
publication: La Gazette de Villeneuve
section: Économie
standfirst: null
author: Claire Martin
date: 2024-03-20
---

La mairie prépare une nouvelle halle couverte.
Les travaux commenceront en septembre.

Certains vendeurs craignent une hausse des loyers.
D’autres espèrent attirer de nouveaux clients.
Le projet coûtera deux millions d’euros.
"""

#: The editor's changes to the machine's English: title and section corrected, and the last
#: paragraph's first two sentences made one line (so it no longer pairs sentence by sentence).
EDITED_FIELDS = {"title": "A new hall for the market", "section": "Economy"}
EDITED_LINES = (
    ("Some vendors fear a rise in rents.", "Others hope to attract new customers."),
    "Some vendors fear higher rents, while others hope to attract new customers.",
)
#: The French changes after the English edit, so the edited translation is stale.
EDITED_FR_CHANGE = ("deux millions d’euros", "deux millions et demi d’euros")

#: Added by hand after the last translation and only rendered: its translation is pending.
PENDING_FR = f"""\
---
title: La boulangerie de Marie Dupont
slug: {PENDING_SLUG}
lang: fr
publication: La Gazette de Villeneuve
section: Économie
standfirst: Le croissant coûte désormais un euro vingt.
author: Claire Martin
date: null
---

Marie Dupont ouvre sa boulangerie.
Elle fait son pain avec de la farine locale.
"""


@dataclass(frozen=True)
class Edition:
    """The built scratch project: its root, output folder and content folder."""

    root: Path

    @property
    def public(self) -> Path:
        """The rendered site."""
        return self.root / "public"

    @property
    def content(self) -> Path:
        """The content files the pipeline wrote (and the hand edits)."""
        return self.root / "content"


def write_project(root: Path, base_url: str) -> None:
    """Write config.yaml, the two seeds and the hand-written article below root."""
    config = (
        'title: "Vis-à-vis"\n'
        'description: "French journalism beside an English machine translation."\n'
        f'base_url: "{base_url}"\n'
        f'layouts_dir: "{REPO / "layouts"}"\n'
        'cache_dir: ".cache"\n'
        "per_page: 3\n"
        'about: "This edition pairs French articles with **English** translations."\n'
    )
    (root / "seeds").mkdir(parents=True)
    (root / "content").mkdir()
    (root / "config.yaml").write_text(config, encoding="utf-8")
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "seeds" / "marche.md").write_text(MEMORISED_SEED, encoding="utf-8")
    (root / "content" / f"{EDITED_SLUG}.fr.md").write_text(EDITED_FR, encoding="utf-8")


def edit_translation(content: Path) -> None:
    """Edit the machine's English by hand, then change its French (so the edit is stale)."""
    target = content / f"{EDITED_SLUG}.en.md"
    machine = read_document(target)
    merged, replacement = EDITED_LINES
    blocks = []
    for block in machine.blocks:
        if block.lines[: len(merged)] == merged:
            block = replace(block, lines=(replacement, *block.lines[len(merged) :]))
        blocks.append(block)
    assert blocks != list(machine.blocks), f"the machine's English changed: {target}"
    target.write_text(format_document({**machine.meta, **EDITED_FIELDS}, blocks), "utf-8")
    source = content / f"{EDITED_SLUG}.fr.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace(*EDITED_FR_CHANGE), encoding="utf-8"
    )


def run(root: Path, *command: str) -> None:
    """Run build.py in the scratch project; a failing stage fails the fixture."""
    code = main(["--config", str(root / "config.yaml"), "--quiet", *command])
    assert code == 0, f"build.py {' '.join(command)} exited with {code}"


def build_edition(root: Path, base_url: str) -> Edition:
    """Build the edition below root with the real pipeline (the tiny model must be installed)."""
    write_project(root, base_url)
    run(root, "build")
    edit_translation(root / "content")
    run(root, "build")
    (root / "content" / f"{PENDING_SLUG}.fr.md").write_text(PENDING_FR, encoding="utf-8")
    run(root, "render")
    return Edition(root)


def build_for_disk(edition: Edition, root: Path) -> Edition:
    """A copy of the built edition below root, rendered again with `render --for-disk` (links
    that name index.html, for a site opened from disk)."""
    shutil.copytree(edition.root, root, symlinks=True)
    run(root, "render", "--for-disk")
    return Edition(root)
