"""A small bilingual edition written by hand, for the browser tests (no model involved).

The English files stand in for the translate stage: they are a test double written by hand,
in the exact format translate produces (one line per source sentence, same blocks).
"""

# ruff: noqa: E501 (content files keep one sentence per line, however long)
from __future__ import annotations

from pathlib import Path

from visavis.align import ArticlePair
from visavis.config import load_config
from visavis.frontmatter import read_document
from visavis.model import StageReport
from visavis.render import render_site

REPO = Path(__file__).resolve().parents[2]

MISTRAL_FR = """---
title: "Mistral AI lève un coin de voile sur son ascension"
slug: mistral-ai-ascension
lang: fr
publication: Le Temps
section: Technologie
standfirst: "Le cofondateur de la start-up française était à Lausanne lundi soir. L’occasion d’en savoir un peu plus."
author: Anouch Seydtaghia
author_handle: "@Anouch"
country: Suisse
date: 2024-03-26
source: {file: test.txt, sha256: "0", format: text}
---
Dans l’univers de l’intelligence artificielle, c’est un ovni.
Partie de presque rien, la start-up est valorisée plus de deux milliards de dollars.
L’IA est un monde où tout va très vite.

Lundi soir, son cofondateur était de passage à Lausanne.
Il a levé un coin de voile sur son entreprise.

## La question de l’open source

La société a levé plus de 500 millions de dollars.
Fin février, Microsoft injectait 15 millions de dollars dans Mistral AI.

> Nos modèles sont à peine moins performants que ceux d’OpenAI.
> Mais notre but est de faire mieux qu’eux.
> — Timothée Lacroix, cofondateur de Mistral AI

Les défis restent nombreux :

- recruter des collaborateurs ;
- planifier la capacité de calcul ;
- convaincre les régulateurs.

Aujourd’hui, l’entreprise ne compte que 35 employés.
«Notre plus grand défi, c’est d’avoir le temps de faire tout ce que nous voulons.»
"""

MISTRAL_EN = """---
title: "Mistral AI lifts the veil on its rise"
standfirst: "The co-founder of the French start-up was in Lausanne on Monday evening. A chance to learn a little more."
section: Technology
lang: en
translation_of: mistral-ai-ascension.fr.md
translation: {engine: Argos Translate, engine_version: "1.9.6", model: translate-fr_en, model_version: "1.9", created: "2024-03-27T08:00:00+00:00", source_sha256: "0", body_sha256: "0", reviewed: false}
---
In the world of artificial intelligence, it is a UFO.
Starting from almost nothing, the start-up is valued at more than two billion dollars.
AI is a world where everything moves very fast.

On Monday evening, its co-founder was passing through Lausanne.
He lifted the veil on his company.

## The open source question

The company has raised more than 500 million dollars.
At the end of February, Microsoft injected 15 million dollars into Mistral AI.

> Our models are barely less powerful than OpenAI’s.
> But our goal is to do better than them.
> — Timothée Lacroix, cofondateur de Mistral AI

The challenges remain many:

- hiring staff;
- planning computing capacity;
- convincing regulators.

Today, the company has only 35 employees.
"Our biggest challenge is having the time to do everything we want."
"""

MARCHE_FR = """---
title: "Le marché de Villeneuve ouvre chaque samedi"
slug: marche-villeneuve
lang: fr
publication: La Gazette
section: Économie
standfirst: "Les habitants viennent tôt pour acheter des légumes."
author: Marie Dupont
date: 2024-03-20
source: {file: test2.txt, sha256: "0", format: text}
---
Le marché de Villeneuve ouvre chaque samedi matin.
Les habitants viennent tôt pour acheter des légumes.

Les prix restent stables depuis le printemps.
L’entreprise familiale vend du fromage depuis trente ans.
Le maire a visité les stands ce matin.
"""

# Hand-edited: the second paragraph's three sentences became two lines (block-level fallback).
MARCHE_EN = """---
title: "The Villeneuve market opens every Saturday"
standfirst: "Residents come early to buy vegetables."
section: Economy
lang: en
translation_of: marche-villeneuve.fr.md
translation: {engine: Argos Translate, engine_version: "1.9.6", model: translate-fr_en, model_version: "1.9", created: "2024-03-21T08:00:00+00:00", source_sha256: "0", body_sha256: "1", reviewed: false}
---
The Villeneuve market opens every Saturday morning.
Residents come early to buy vegetables.

Prices have stayed stable since the spring, and the family business has sold cheese for thirty years.
The mayor visited the stalls this morning.
"""

PENDING_FR = """---
title: "La mairie prépare une nouvelle halle couverte"
slug: nouvelle-halle
lang: fr
publication: La Gazette
section: Économie
standfirst: "Les travaux commenceront en septembre."
author: Marie Dupont
date: null
source: {file: test3.txt, sha256: "0", format: text}
---
La mairie prépare une nouvelle halle couverte.
Les travaux commenceront en septembre.
"""

FILES = {
    "content/mistral-ai-ascension.fr.md": MISTRAL_FR,
    "content/mistral-ai-ascension.en.md": MISTRAL_EN,
    "content/marche-villeneuve.fr.md": MARCHE_FR,
    "content/marche-villeneuve.en.md": MARCHE_EN,
    "content/nouvelle-halle.fr.md": PENDING_FR,
}

#: Translation flags the translate stage would report for each article (a test double).
FLAGS = {"marche-villeneuve": (True, True)}


def write_sample(root: Path, base_url: str) -> None:
    """Write the sample project (config and content) below root."""
    config = (
        'title: "Vis-à-vis"\n'
        'description: "French journalism beside an English machine translation."\n'
        f'base_url: "{base_url}"\n'
        f'layouts_dir: "{REPO / "layouts"}"\n'
        'cache_dir: ".cache"\n'
        "per_page: 2\n"
        'about: "This edition pairs French articles with **English** translations."\n'
    )
    files = {"config.yaml": config, **FILES}
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def load_sample_pairs(root: Path) -> list[ArticlePair]:
    """Read the sample's content files into article pairs (what the pipeline would pass)."""
    pairs = []
    for source_path in sorted((root / "content").glob("*.fr.md")):
        slug = source_path.name.removesuffix(".fr.md")
        target = source_path.with_name(f"{slug}.en.md")
        translation = read_document(target) if target.exists() else None
        edited, stale = FLAGS.get(slug, (False, False))
        pairs.append(ArticlePair(read_document(source_path), translation, edited, stale))
    return pairs


def build_sample_site(root: Path, base_url: str = "https://example.github.io/repo/") -> StageReport:
    """Write the sample project below root and render it into root/public."""
    write_sample(root, base_url)
    config = load_config(root / "config.yaml")
    return render_site(config, load_sample_pairs(root))
