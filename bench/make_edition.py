"""Generate a synthetic bilingual edition: N French articles with their English files present.

Deterministic (seeded RNG over the fixed vocabulary below): the same N and seed always give
byte-identical files. Each article has ~800 words in paragraphs of one sentence per line,
subheads and a pull quote, source front-matter as DESIGN.md describes, and an English file
with one line per French sentence and a `translation:` record whose hashes are computed with
`visavis.status` exactly as `visavis.machine_translation.build_translation` does, so visavis
treats it as an up-to-date machine translation.

Usage:
    .venv/bin/python bench/make_edition.py N [--out DIR] [--seed 7] [--pelican DIR] [--hugo DIR]

Without --out the edition goes to a fresh temp folder (never the repo's content/). The edition
folder holds config.yaml (layouts_dir pointing at the repo's layouts/) and content/.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from visavis.frontmatter import format_document, parse_document  # noqa: E402
from visavis.model import TRANSLATED_FIELDS, Block  # noqa: E402
from visavis.sentences import segment_block  # noqa: E402
from visavis.status import body_digest, fields_digest, source_digest  # noqa: E402

SEED = 7
WORDS_PER_ARTICLE = 800
BASE_ORDINAL = 739_000  # 2024-05-10; article dates go back up to two years from here
ENGINE_RECORD = {
    "engine": "Argos Translate",
    "engine_version": "argostranslate 1.11.0, ctranslate2 4.8.5",
    "model": "translate-fr_en",
    "model_version": "1.9",
    "created": "2024-06-01T00:00:00+00:00",
}

# ---------------------------------------------------------------------------------------------
# The fixed vocabulary: (French, English) pairs that sentence templates combine.

OPENERS = [
    ("Depuis plusieurs mois,", "For several months,"),
    ("Selon les premières estimations,", "According to early estimates,"),
    ("Dans un communiqué publié lundi,", "In a statement released on Monday,"),
    ("Mardi soir,", "On Tuesday evening,"),
    ("Au cours de l’été,", "Over the summer,"),
    ("À la surprise générale,", "To everyone’s surprise,"),
    ("D’après plusieurs sources concordantes,", "According to several consistent sources,"),
    ("En début de semaine,", "Earlier this week,"),
    ("Pour la première fois depuis 2015,", "For the first time since 2015,"),
    ("Comme chaque année,", "As every year,"),
    ("Face à la pression,", "Under pressure,"),
    ("Malgré les critiques,", "Despite the criticism,"),
    ("Sans attendre la décision du tribunal,", "Without waiting for the court’s decision,"),
    ("À quelques jours du scrutin,", "A few days before the vote,"),
    ("Dans la foulée,", "Right afterwards,"),
    ("De son côté,", "For its part,"),
    ("En coulisses,", "Behind the scenes,"),
    ("Jeudi matin,", "On Thursday morning,"),
    ("Au terme de longues négociations,", "After long negotiations,"),
    ("Sur le terrain,", "On the ground,"),
]
SUBJECTS = [
    ("le gouvernement", "the government"),
    ("la ministre de la Santé", "the health minister"),
    ("le maire de Lyon", "the mayor of Lyon"),
    ("la Commission européenne", "the European Commission"),
    ("le conseil d’administration", "the board of directors"),
    ("la direction de l’entreprise", "the company’s management"),
    ("le syndicat majoritaire", "the majority union"),
    ("la coopérative agricole bretonne", "the Breton farming cooperative"),
    ("une équipe de chercheurs genevois", "a team of Geneva researchers"),
    ("le président de la région", "the president of the region"),
    ("la banque centrale", "the central bank"),
    ("l’opposition", "the opposition"),
    ("le parquet national financier", "the national financial prosecutor’s office"),
    ("la start-up parisienne", "the Paris start-up"),
    ("le club marseillais", "the Marseille club"),
    ("le comité de quartier", "the neighbourhood committee"),
    ("le directeur du musée", "the museum’s director"),
    ("la fédération des transports", "the transport federation"),
    ("le Conseil fédéral", "the Federal Council"),
    ("une association de consommateurs", "a consumer association"),
    ("le groupe pharmaceutique", "the pharmaceutical group"),
    ("la préfecture", "the prefecture"),
    ("le groupe écologiste", "the green group"),
    ("l’agence spatiale", "the space agency"),
]
VERBS = [
    ("a annoncé", "announced"),
    ("a présenté", "presented"),
    ("a dévoilé", "unveiled"),
    ("a critiqué", "criticised"),
    ("a défendu", "defended"),
    ("a suspendu", "suspended"),
    ("a validé", "approved"),
    ("a remis en cause", "called into question"),
    ("a confirmé", "confirmed"),
    ("a rejeté", "rejected"),
    ("prépare", "is preparing"),
    ("envisage", "is considering"),
    ("a financé", "funded"),
    ("a relancé", "relaunched"),
    ("a signé", "signed"),
    ("a révisé", "revised"),
    ("conteste", "disputes"),
    ("a accéléré", "accelerated"),
    ("a repoussé", "postponed"),
    ("a détaillé", "detailed"),
]
OBJECTS = [
    ("un plan d’investissement de deux milliards d’euros", "a two-billion-euro investment plan"),
    ("une réforme des retraites", "a pension reform"),
    ("le projet de loi sur l’énergie", "the energy bill"),
    ("un accord de libre-échange", "a free-trade agreement"),
    ("la fermeture de trois usines", "the closure of three factories"),
    ("un nouveau traitement contre le cancer", "a new cancer treatment"),
    ("la construction d’une ligne de tramway", "the construction of a tram line"),
    ("le budget de la culture", "the culture budget"),
    ("une enquête sur les marchés publics", "an inquiry into public contracts"),
    ("la hausse des taux d’intérêt", "the rise in interest rates"),
    ("un programme de logements sociaux", "a social housing programme"),
    ("le rachat de son principal concurrent", "the takeover of its main competitor"),
    ("une grève reconductible", "an open-ended strike"),
    ("le calendrier des travaux", "the schedule of the works"),
    ("une taxe sur les billets d’avion", "a tax on plane tickets"),
    ("la rénovation du stade", "the renovation of the stadium"),
    ("un partenariat avec des universités américaines", "a partnership with American universities"),
    ("la réouverture de la gare", "the reopening of the station"),
    ("un fonds pour l’innovation", "an innovation fund"),
    ("la réduction des émissions de carbone", "the cut in carbon emissions"),
    ("une exposition consacrée à l’art africain", "an exhibition devoted to African art"),
    ("le lancement d’un satellite", "the launch of a satellite"),
    ("une campagne de vaccination", "a vaccination campaign"),
    ("la régulation de l’intelligence artificielle", "the regulation of artificial intelligence"),
]
COMPLEMENTS = [
    ("pour les petites entreprises", "for small businesses"),
    ("dans les zones rurales", "in rural areas"),
    ("malgré l’opposition des riverains", "despite the opposition of local residents"),
    ("avec le soutien de l’État", "with the support of the state"),
    ("à l’horizon 2030", "by 2030"),
    ("sans consulter les partenaires sociaux", "without consulting the social partners"),
    ("au grand dam des associations", "much to the dismay of the associations"),
    ("en dépit d’un contexte économique difficile", "despite a difficult economic context"),
    ("pour répondre à la crise du logement", "to respond to the housing crisis"),
    ("dans l’ensemble du pays", "across the whole country"),
    ("après des années de retard", "after years of delay"),
    ("face à la concurrence asiatique", "in the face of Asian competition"),
    ("au nom de la transition écologique", "in the name of the ecological transition"),
    ("à la demande de Bruxelles", "at the request of Brussels"),
    ("pour la rentrée prochaine", "for the next school year"),
    ("sous la pression des marchés", "under pressure from the markets"),
]
TAILS = [
    ("", ""),
    ("", ""),
    (", une décision qui divise la majorité", ", a decision that divides the majority"),
    (", ce qui a provoqué de vives réactions", ", which provoked strong reactions"),
    (
        ", selon un document consulté par notre journal",
        ", according to a document seen by our newspaper",
    ),
    (", une première en Europe", ", a first in Europe"),
    (", a-t-on appris de source proche du dossier", ", we learned from a source close to the case"),
    (", sans donner plus de détails", ", without giving further details"),
    (", alors que les prix continuent de grimper", ", while prices keep climbing"),
    (", dans un climat de plus en plus tendu", ", in an increasingly tense climate"),
]
ASIDES = [
    (
        "Les experts restent pourtant prudents sur les effets à long terme.",
        "Experts nevertheless remain cautious about the long-term effects.",
    ),
    ("Le chiffre a doublé en cinq ans.", "The figure has doubled in five years."),
    ("Personne ne s’attendait à une telle issue.", "Nobody expected such an outcome."),
    (
        "Les discussions doivent reprendre la semaine prochaine.",
        "Talks are due to resume next week.",
    ),
    (
        "Le dossier est suivi de près à Bruxelles comme à Berne.",
        "The case is being closely followed in Brussels as in Bern.",
    ),
    ("Rien n’est encore joué.", "Nothing is settled yet."),
    ("Le coût total reste difficile à estimer.", "The total cost remains hard to estimate."),
    (
        "Plusieurs élus demandent déjà un audit indépendant.",
        "Several elected officials are already calling for an independent audit.",
    ),
    (
        "La question reviendra sans doute devant le Parlement.",
        "The question will no doubt come back before Parliament.",
    ),
    (
        "Les premiers résultats sont attendus au printemps.",
        "The first results are expected in the spring.",
    ),
    ("Est-ce vraiment la bonne stratégie?", "Is this really the right strategy?"),
    ("Le temps presse.", "Time is running out."),
]
SUBHEADS = [
    ("Un tournant pour la région", "A turning point for the region"),
    ("Des critiques venues de toutes parts", "Criticism from all sides"),
    ("La question du financement", "The question of funding"),
    ("Un calendrier serré", "A tight schedule"),
    ("Les leçons du passé", "Lessons from the past"),
    ("Ce qui change pour les ménages", "What changes for households"),
    ("Une bataille juridique en vue", "A legal battle ahead"),
    ("L’ombre de la crise", "The shadow of the crisis"),
    ("Des promesses à tenir", "Promises to keep"),
    ("Un modèle pour l’Europe?", "A model for Europe?"),
    ("La colère des élus locaux", "The anger of local officials"),
    ("Et maintenant?", "And now?"),
]
QUOTES = [
    ("«Nous ne reculerons pas sur l’essentiel.»", "“We will not back down on the essentials.”"),
    (
        "«C’est une erreur historique, et nous le dirons jusqu’au bout.»",
        "“It is a historic mistake, and we will say so to the end.”",
    ),
    (
        "«Personne ne peut prétendre que la situation est normale.»",
        "“Nobody can claim that the situation is normal.”",
    ),
    ("«Il faut du temps pour bien faire les choses.»", "“It takes time to do things right.”"),
    ("«Nous avons besoin de règles claires et stables.»", "“We need clear and stable rules.”"),
    (
        "«Ce projet changera la vie de milliers de familles.»",
        "“This project will change the lives of thousands of families.”",
    ),
]
FIRST_NAMES = [
    "Anne",
    "Marc",
    "Julie",
    "Thomas",
    "Claire",
    "Nicolas",
    "Sophie",
    "Pierre",
    "Camille",
    "Louis",
    "Léa",
    "Hugo",
    "Inès",
    "Paul",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Durand",
    "Lefèvre",
    "Moreau",
    "Laurent",
    "Girard",
    "Roux",
    "Fournier",
    "Morel",
    "Mercier",
    "Blanc",
    "Guerin",
    "Muller",
    "Perrin",
    "Rochat",
    "Favre",
]
ROLES = [
    ("porte-parole du gouvernement", "government spokesperson"),
    ("secrétaire général du syndicat", "general secretary of the union"),
    ("directrice de recherche au CNRS", "research director at the CNRS"),
    ("présidente de l’association", "president of the association"),
    ("économiste à l’université de Lausanne", "economist at the University of Lausanne"),
]
PUBLICATIONS = [
    ("Le Temps", "Switzerland"),
    ("Le Monde", "France"),
    ("Libération", "France"),
    ("Le Figaro", "France"),
    ("Les Échos", "France"),
    ("Ouest-France", "France"),
    ("La Croix", "France"),
    ("Le Devoir", "Canada"),
]
SECTIONS = [
    ("Politique", "Politics"),
    ("Économie", "Economy"),
    ("Culture", "Culture"),
    ("Sciences", "Science"),
    ("Sport", "Sport"),
    ("International", "International"),
    ("Société", "Society"),
    ("Technologie", "Technology"),
    ("Environnement", "Environment"),
    ("Santé", "Health"),
]


@dataclass(frozen=True)
class Sentence:
    """One French sentence and its deterministic English line."""

    fr: str
    en: str


@dataclass(frozen=True)
class Article:
    """A generated article: its French and English front-matter and blocks."""

    slug: str
    meta_fr: dict
    blocks_fr: tuple[Block, ...]
    fields_en: dict
    blocks_en: tuple[Block, ...]


def capitalise(text: str) -> str:
    """Upper-case the first letter (keeping elisions such as l’)."""
    return text[:1].upper() + text[1:]


def make_sentence(rng: random.Random) -> Sentence:
    """One declarative sentence (~18 words), or now and then a short aside."""
    if rng.random() < 0.12:
        return Sentence(*rng.choice(ASIDES))
    subject, verb, obj, comp, tail = (
        rng.choice(SUBJECTS),
        rng.choice(VERBS),
        rng.choice(OBJECTS),
        rng.choice(COMPLEMENTS),
        rng.choice(TAILS),
    )
    if rng.random() < 0.55:
        opener = rng.choice(OPENERS)
        fr = f"{opener[0]} {subject[0]} {verb[0]} {obj[0]} {comp[0]}{tail[0]}."
        en = f"{opener[1]} {subject[1]} {verb[1]} {obj[1]} {comp[1]}{tail[1]}."
        return Sentence(fr, en)
    fr = f"{capitalise(subject[0])} {verb[0]} {obj[0]} {comp[0]}{tail[0]}."
    en = f"{capitalise(subject[1])} {verb[1]} {obj[1]} {comp[1]}{tail[1]}."
    return Sentence(fr, en)


def make_paragraph(rng: random.Random) -> list[Sentence]:
    """Three to six sentences."""
    return [make_sentence(rng) for _ in range(rng.randint(3, 6))]


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def make_article(index: int, seed: int = SEED) -> Article:
    """Article number `index` (1-based) of the edition; independent of N."""
    rng = random.Random(f"{seed}:{index}")
    subject, verb, obj = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)
    title = Sentence(
        f"{capitalise(subject[0])} {verb[0]} {obj[0]}",
        f"{capitalise(subject[1])} {verb[1]} {obj[1]}",
    )
    standfirst = make_sentence(rng)
    publication, country = rng.choice(PUBLICATIONS)
    section = rng.choice(SECTIONS)
    author = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    date = _date_from_ordinal(BASE_ORDINAL - rng.randrange(730))
    slug = f"{slugify(title.fr)[:70].strip('-')}-{index:05d}"
    blocks_fr, blocks_en = make_body(rng)
    meta_fr = {
        "title": title.fr,
        "slug": slug,
        "lang": "fr",
        "publication": publication,
        "section": section[0],
        "standfirst": standfirst.fr,
        "author": author,
        "country": country,
        "date": date,
        "source": {
            "file": f"synthetic-{index:05d}.txt",
            "sha256": hashlib.sha256(f"{seed}:{index}".encode()).hexdigest(),
            "format": "synthetic",
        },
    }
    fields_en = {"title": title.en, "standfirst": standfirst.en, "section": section[1]}
    return Article(slug, meta_fr, blocks_fr, fields_en, blocks_en)


def make_body(rng: random.Random) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """Paragraphs (~800 words) with two or three subheads and one pull quote."""
    fr: list[Block] = []
    en: list[Block] = []
    words = 0
    subheads = rng.sample(SUBHEADS, 3)
    quote_after = rng.randint(2, 4)
    paragraphs = 0
    while words < WORDS_PER_ARTICLE:
        sentences = make_paragraph(rng)
        fr.append(Block("paragraph", tuple(s.fr for s in sentences)))
        en.append(Block("paragraph", tuple(s.en for s in sentences)))
        words += sum(len(s.fr.split()) for s in sentences)
        paragraphs += 1
        if paragraphs == quote_after:
            quote = rng.choice(QUOTES)
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            role = rng.choice(ROLES)
            fr.append(Block("quote", (quote[0],), f"{name}, {role[0]}"))
            en.append(Block("quote", (quote[1],), f"{name}, {role[0]}"))
        if paragraphs % 4 == 0 and subheads and words < WORDS_PER_ARTICLE - 150:
            heading = subheads.pop()
            fr.append(Block("subhead", (heading[0],)))
            en.append(Block("subhead", (heading[1],)))
    return tuple(fr), tuple(en)


def _date_from_ordinal(ordinal: int):
    import datetime as dt

    return dt.date.fromordinal(ordinal)


def french_text(article: Article) -> str:
    """The text of `<slug>.fr.md`."""
    return format_document(article.meta_fr, article.blocks_fr)


def english_text(article: Article, fr_text: str, fr_path: Path) -> str:
    """The text of `<slug>.en.md`, with the hashes `build_translation` would record."""
    source = parse_document(fr_text, fr_path)
    for block_fr, block_en in zip(source.blocks, article.blocks_en, strict=True):
        units = segment_block(block_fr.lines, block_fr.kind, "fr")
        if len(units) != len(block_en.lines):  # the generator must respect the splitter
            raise AssertionError(f"{fr_path}: {len(units)} sentences for {len(block_en.lines)}")
    meta: dict = {}
    for name in TRANSLATED_FIELDS:
        if source.meta.get(name):
            meta[name] = article.fields_en[name]
    meta["lang"] = "en"
    meta["translation_of"] = fr_path.name
    meta["translation"] = {
        **ENGINE_RECORD,
        "source_sha256": source_digest(source),
        "body_sha256": body_digest(article.blocks_en),
        "fields_sha256": fields_digest(meta),
        "reviewed": False,
    }
    return format_document(meta, article.blocks_en)


def write_article(content: Path, index: int, seed: int = SEED, newest: bool = False) -> Article:
    """Write article `index`'s French and English files into `content`; `newest` dates it
    the day after every generated article (today's article, as an edition grows)."""
    article = make_article(index, seed)
    if newest:
        meta = {**article.meta_fr, "date": _date_from_ordinal(BASE_ORDINAL + 1)}
        article = dataclasses.replace(article, meta_fr=meta)
    fr_path = content / f"{article.slug}.fr.md"
    fr = french_text(article)
    fr_path.write_text(fr, encoding="utf-8")
    en_path = content / f"{article.slug}.en.md"
    en_path.write_text(english_text(article, fr, fr_path), encoding="utf-8")
    return article


def config_text(title: str = "Synthetic edition", search: bool = False) -> str:
    """config.yaml for a generated edition (layouts from the repository). The search index
    is off unless asked for: Pelican and Hugo build none, and its cost is measured apart
    (docs/benchmarks.md, "Search index")."""
    return (
        f'title: "{title}"\n'
        'description: "A synthetic edition for benchmarks."\n'
        'base_url: "/"\n'
        f'layouts_dir: "{ROOT / "layouts"}"\n'
        "per_page: 20\n"
        f"search: {'true' if search else 'false'}\n"
    )


def make_edition(count: int, out: Path, seed: int = SEED) -> list[Article]:
    """Write an edition of `count` articles into `out` (config.yaml + content/)."""
    content = out / "content"
    content.mkdir(parents=True, exist_ok=True)
    (out / "config.yaml").write_text(config_text(), encoding="utf-8")
    return [write_article(content, index, seed) for index in range(1, count + 1)]


def article_sentences(count: int, seed: int = SEED) -> list[list[str]]:
    """The French paragraphs (as lists of translation units) of the first `count` articles."""
    paragraphs = []
    for index in range(1, count + 1):
        article = make_article(index, seed)
        for block in article.blocks_fr:
            paragraphs.append(segment_block(block.lines, block.kind, "fr"))
    return paragraphs


# --- the same articles for other generators ---------------------------------------------------


def pelican_text(article: Article) -> str:
    """The French article as Pelican Markdown (monolingual, Pelican metadata header)."""
    meta = article.meta_fr
    header = [
        f"Title: {meta['title']}",
        f"Date: {meta['date'].isoformat()}",
        f"Category: {meta['section']}",
        f"Tags: {meta['publication']}",
        f"Author: {meta['author']}",
        f"Slug: {article.slug}",
        "Lang: fr",
        f"Summary: {meta['standfirst']}",
    ]
    body = []
    for block in article.blocks_fr:
        if block.kind == "subhead":
            body.append("## " + block.lines[0])
        elif block.kind == "quote":
            body.append(
                "\n".join(f"> {line}" for line in block.lines) + f"\n>\n> — {block.attribution}"
            )
        else:
            body.append("\n".join(block.lines))
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


PELICAN_CONF = """\
AUTHOR = "bench"
SITENAME = "Synthetic edition"
SITEURL = ""
PATH = "content"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = 20
RELATIVE_URLS = False
ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
"""


def make_pelican_site(count: int, out: Path, seed: int = SEED) -> None:
    """The same French articles as a Pelican 4 project (pelicanconf.py + content/)."""
    content = out / "content"
    content.mkdir(parents=True, exist_ok=True)
    (out / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    for index in range(1, count + 1):
        article = make_article(index, seed)
        (content / f"{article.slug}.md").write_text(pelican_text(article), encoding="utf-8")


HUGO_CONFIG = """\
baseURL = "/"
title = "Synthetic edition"
contentDir = "{content}"
defaultContentLanguage = "fr"
disableKinds = ["taxonomy", "term"]
paginate = 20
[languages]
  [languages.fr]
    weight = 1
  [languages.en]
    weight = 2
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": '<!doctype html><html lang="{{ .Language.Lang }}"><head>'
    '<title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
    "_default/single.html": '{{ define "main" }}<article><h1>{{ .Title }}</h1>'
    "<p>{{ .Params.standfirst }}</p>{{ .Content }}"
    '{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.Lang }}</a>{{ end }}'
    "</article>{{ end }}\n",
    "_default/list.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>'
    '{{ range (.Paginate .RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}'
    "</a></li>{{ end }}</ul>{{ end }}\n",
    "index.html": '{{ define "main" }}<ul>{{ range (.Paginate .Site.RegularPages).Pages }}'
    '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
}


def make_hugo_site(edition: Path, out: Path) -> None:
    """A Hugo project over the edition's own bilingual content/ (Hugo's `.fr.md`/`.en.md`)."""
    for name, text in HUGO_LAYOUTS.items():
        path = out / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = HUGO_CONFIG.format(content=(edition / "content").as_posix())
    (out / "hugo.toml").write_text(config, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Generate an edition (and optionally its Pelican and Hugo twins)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of articles (e.g. 100, 1000, 5000)")
    parser.add_argument("--out", type=Path, help="edition folder (default: a new temp folder)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--pelican", type=Path, help="also write a Pelican project here")
    parser.add_argument("--hugo", type=Path, help="also write a Hugo project here")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix=f"visavis-edition-{args.count}-"))
    if (out / "content").exists() and any((out / "content").iterdir()):
        parser.error(f"{out}/content is not empty")
    articles = make_edition(args.count, out, args.seed)
    words = sum(len(line.split()) for a in articles for b in a.blocks_fr for line in b.lines)
    print(f"{out}: {len(articles)} articles, {words / max(len(articles), 1):.0f} words each")
    if args.pelican:
        make_pelican_site(args.count, args.pelican, args.seed)
        print(f"{args.pelican}: Pelican project")
    if args.hugo:
        make_hugo_site(out, args.hugo)
        print(f"{args.hugo}: Hugo project")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
