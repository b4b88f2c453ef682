"""Plan the site: every page's output path, layout and context, without touching the disk.

The plan is pure and cheap: articles are aligned here, but their Markdown is only converted
when a page is actually rendered (`Bitext.rows`), so an incremental build that skips unchanged
pages never pays for it. Each page carries a fingerprint of what it shows; the render stage
combines it with the layouts and config to decide whether the page must be written again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .align import Alignment, align_pair
from .archive import archive_pages
from .config import url_path
from .doccache import DocumentCache, MemoJob, memoized, warm_memos
from .feeds import feed_context, robots_context, sitemap_context
from .frontmatter import as_date
from .markup import RowView, render_page_markdown, render_rows
from .pagination import split_listing
from .urls import NOT_FOUND, page_root, site_url

if TYPE_CHECKING:
    from .content import Article

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
AUTONYMS = {
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt": "Português",
}
#: Language names in the interface language (English), for sentences about the languages.
NAMES = {
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
}
#: How the engine's components are spelled for readers (`engine_version` records them in
#: lower case, as their packages are named).
COMPONENTS = {"argostranslate": "Argos Translate", "ctranslate2": "CTranslate2"}
#: The only kinds of address an article page links to as its original.
ORIGINAL_SCHEMES = ("http", "https")


class Page:
    """One output file: where it goes, which layout renders it, with what, and a fingerprint
    of what it shows. The context can be given as a function, called only if the page is
    rendered: a rebuild plans thousands of pages and renders a few."""

    __slots__ = ("_context", "_make_context", "fingerprint", "path", "template")

    def __init__(
        self,
        path: str,
        template: str,
        context: dict[str, Any] | Callable[[], dict[str, Any]],
        fingerprint: str,
    ) -> None:
        self.path = path
        self.template = template
        self.fingerprint = fingerprint
        self._context = None if callable(context) else context
        self._make_context = context if callable(context) else None

    @property
    def context(self) -> dict[str, Any]:
        """What the layout sees; given as a function, it is made anew at each call and kept
        by no one but the caller (the plan holds no rendered page)."""
        if self._make_context is not None:
            return self._make_context()
        assert self._context is not None
        return self._context

    @property
    def url(self) -> str:
        """The page's URL path below the site (`articles/x/` for `articles/x/index.html`)."""
        return self.path.removesuffix("index.html")


@dataclass
class SitePlan:
    """Every page of the site, and the warnings met while planning it."""

    pages: list[Page] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: A digest of the settings every layout sees (`site`), for the render stage's digest.
    site_key: str = ""


class Bitext:
    """An article's aligned rows, worked out only when the page is rendered (an unchanged
    page costs no sentence splitting); the HTML is rendered on first use too."""

    def __init__(self, pair: Article, source_lang: str) -> None:
        self.pair = pair
        self.source_lang = source_lang

    @cached_property
    def alignment(self) -> Alignment:
        """The pairing of source and translation blocks."""
        return align_pair(self.pair.source, self.pair.translation, self.source_lang)

    @property
    def level(self) -> str:
        """How finely the two texts are paired: sentence, block, article or untranslated."""
        return self.alignment.level

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the alignment had to give up (a hand-edited translation's structure, say)."""
        return tuple(self.alignment.warnings)

    @cached_property
    def rows(self) -> list[RowView]:
        """The rendered rows (Markdown converted and sanitised)."""
        return render_rows(self.alignment)


@dataclass(frozen=True)
class ArticleSummary:
    """What planning needs of an article, worked out once per version of its files (so a
    rebuild plans thousands of unchanged articles without unpickling their text)."""

    sort_key: tuple[bool, int, str]
    card: dict[str, Any]
    meta: dict[str, Any]
    disclosure: dict[str, Any] | None
    #: A digest of what listings and neighbouring articles show of it (its card).
    card_digest: str
    #: A digest of everything its own page shows: card, details, both documents and flags.
    page_digest: str
    #: What planning it gave up (an original address that cannot be linked), for the report.
    warnings: tuple[str, ...] = ()


def plan_site(
    values: dict[str, Any],
    articles: list[Article],
    for_disk: bool = False,
    cache: DocumentCache | None = None,
) -> SitePlan:
    """Return every page of the site for these settings and articles, sorted by path;
    `for_disk` makes links name `index.html` (see `urls`); articles' summaries are kept in
    the build's document `cache`."""
    site = site_context(values, for_disk)
    site_key = fingerprint(site)
    jobs = [_summary_job(pair, site, site_key) for pair in articles]
    warm_memos(cache, jobs)
    summaries = [memoized(cache, *job) for job in jobs]
    order = sorted(range(len(articles)), key=lambda index: summaries[index].sort_key)
    ordered = [articles[index] for index in order]
    summaries = [summaries[index] for index in order]
    cards = [summary.card for summary in summaries]
    digests = {
        card["slug"]: summary.card_digest for card, summary in zip(cards, summaries, strict=True)
    }
    plan = SitePlan(
        warnings=[warning for summary in summaries for warning in summary.warnings],
        site_key=site_key,
    )
    for index, (pair, summary) in enumerate(zip(ordered, summaries, strict=True)):
        previous = summaries[index - 1] if index > 0 else None
        following = summaries[index + 1] if index + 1 < len(cards) else None
        plan.pages.append(_article_page(site, pair, summary, previous, following))
    plan.pages.extend(paginate(site, cards, digests, "", "index.html", "home", site["title"]))
    plan.pages.extend(_listing_pages(site, cards, digests, "publication", "publications"))
    plan.pages.extend(_listing_pages(site, cards, digests, "section", "sections"))
    plan.pages.extend(_archive_pages(site, cards, digests))
    plan.pages.append(_about_page(site, values, summaries))
    plan.pages.append(_simple_page(site, NOT_FOUND, NOT_FOUND, "Page not found"))
    plan.pages.append(_simple_page(site, "search/index.html", "search.html", "Search"))
    originals = {
        card["slug"]: summary.meta["original_url"]
        for card, summary in zip(cards, summaries, strict=True)
    }
    plan.pages.extend(_feed_pages(site, cards, originals, plan.pages))
    plan.pages.sort(key=lambda page: page.path)
    return plan


def _summary_job(pair: Article, site: dict[str, Any], site_key: str) -> MemoJob:
    """An article's summary as a memo: its kind (the site settings and the pair's flags), the
    files it derives from (none when it was not read from disk) and how to compute it."""
    docs = [doc for doc in (pair.source, pair.translation) if doc is not None]
    paths = tuple(doc.path for doc in docs if doc.path is not None)
    kind = f"summary:{site_key}:{pair.edited}:{pair.stale}"
    return kind, (paths if len(paths) == len(docs) else ()), lambda: _summarize(pair, site)


def _summarize(pair: Article, site: dict[str, Any]) -> ArticleSummary:
    date = _date(pair)
    card = article_card(pair, site)
    original_url, warnings = original_address(pair)
    meta = {**_article_meta(pair), "original_url": original_url}
    disclosure = _disclosure(pair, site["lang"])
    card_digest = fingerprint(card)
    document_data = [_documents_digest(pair), pair.translation is None, pair.edited, pair.stale]
    return ArticleSummary(
        sort_key=(date is None, -date.toordinal() if date else 0, pair.source.slug),
        card=card,
        meta=meta,
        disclosure=disclosure,
        card_digest=card_digest,
        page_digest=fingerprint(card_digest, meta, disclosure, document_data),
        warnings=warnings,
    )


def site_context(values: dict[str, Any], for_disk: bool = False) -> dict[str, Any]:
    """Settings every layout sees: names, languages, where the site lives, and how a folder's
    page is linked (`index`: "" for `articles/x/`, `index.html` when built for disk)."""
    base_url = str(values["base_url"])
    path = url_path(base_url)
    absolute = base_url.rstrip("/") + "/" if "://" in base_url else ""
    source, target = values["source_lang"], values["target_lang"]
    return {
        "title": values["title"],
        "description": values["description"],
        "path": path,
        "absolute": absolute,
        "for_disk": for_disk,
        "index": "index.html" if for_disk else "",
        "lang": values["interface_lang"],
        "per_page": values["per_page"],
        "source_lang": source,
        "target_lang": target,
        "source_name": AUTONYMS.get(source, source.upper()),
        "target_name": AUTONYMS.get(target, target.upper()),
        "source_label": NAMES.get(source, source.upper()),
        "target_label": NAMES.get(target, target.upper()),
    }


def article_card(pair: Article, site: dict[str, Any]) -> dict[str, Any]:
    """What listings show of an article (plain data, so it can be fingerprinted); its URLs
    are relative to the site's root (layouts write `{{ root }}{{ card.url }}`)."""
    meta = pair.source.meta
    other = pair.translation.meta if pair.translation else {}
    slug = pair.source.slug
    date = _date(pair)
    publication = _text(meta.get("publication"))
    section = _text(meta.get("section"))
    return {
        "slug": slug,
        "url": site_url(site, f"articles/{slug}/"),
        "abs_url": _absolute(site, f"articles/{slug}/"),
        "title": _text(meta.get("title")) or slug,
        "title_target": _text(other.get("title")),
        "standfirst": _text(meta.get("standfirst")),
        "standfirst_target": _text(other.get("standfirst")),
        "publication": publication,
        "publication_url": _group_url(site, "publications", publication),
        "section": section,
        "section_target": _text(other.get("section")),
        "section_url": _group_url(site, "sections", section),
        "author": _text(meta.get("author")),
        "date": date.isoformat() if date else None,
        "date_text": format_date(date, site["lang"]) if date else None,
        "translated": pair.translation is not None,
        "translated_on": _translated_on(pair),
    }


def format_date(date: dt.date, lang: str) -> str:
    """A date in words in the interface language (no locale, so output is deterministic)."""
    months = MONTHS.get(lang)
    if months is None:
        return date.isoformat()
    return f"{date.day} {months.split()[date.month - 1]} {date.year}"


@functools.lru_cache(maxsize=4096)
def slugify(text: str) -> str:
    """An ASCII, lower-case, hyphenated form of a name, for listing URLs."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "other"


def fingerprint(*parts: Any) -> str:
    """A stable digest of plain data (dates and paths as text)."""
    data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def join_digests(*digests: str) -> str:
    """One digest of several digests (cheaper than `fingerprint` for plain strings)."""
    return hashlib.sha256("\0".join(digests).encode("ascii")).hexdigest()


def paginate(
    site: dict[str, Any],
    cards: list[dict[str, Any]],
    digests: dict[str, str],
    prefix: str,
    template: str,
    kind: str,
    title: str,
) -> list[Page]:
    """A listing's pages (cards newest first): its newest `per_page` articles at
    prefix/index.html and, numbered from the oldest, its archive pages prefix/page/N/ (see
    `pagination`)."""
    pages = []
    for address, chunk, navigation in split_listing(cards, site["per_page"]):
        links = {
            key: None if navigation[key] is None else site_url(site, prefix + navigation[key])
            for key in ("older_url", "newer_url")
        }
        context = {"kind": kind, "title": title, "articles": chunk, **navigation, **links}
        shown = {key: value for key, value in context.items() if key != "articles"}
        digest = join_digests(fingerprint(template, shown), *(digests[c["slug"]] for c in chunk))
        pages.append(_page(site, f"{prefix}{address}index.html", template, title, context, digest))
    return pages


def _article_page(
    site: dict[str, Any],
    pair: Article,
    summary: ArticleSummary,
    previous: ArticleSummary | None,
    following: ArticleSummary | None,
) -> Page:
    card = summary.card
    path = f"articles/{card['slug']}/index.html"

    def context() -> dict[str, Any]:
        shown = {
            "article": card,
            "meta": summary.meta,
            "translation": summary.disclosure,
            "bitext": Bitext(pair, site["source_lang"]),
            "previous": previous.card if previous else None,
            "next": following.card if following else None,
        }
        full = _page(site, path, "article.html", card["title"], shown, "").context
        description = card["standfirst_target"] or card["standfirst"]
        full["page"]["description"] = description or site["description"]
        full["page"]["type"] = "article"
        return full

    neighbours = [other.card_digest if other else "" for other in (previous, following)]
    digest = join_digests("article", summary.page_digest, *neighbours, page_root(site, path))
    return Page(path, "article.html", context, digest)


def _article_meta(pair: Article) -> dict[str, Any]:
    meta = pair.source.meta
    handle = _text(meta.get("author_handle"))
    return {"author_handle": handle, "country": _text(meta.get("country"))}


def original_address(pair: Article) -> tuple[str | None, tuple[str, ...]]:
    """The address of the original article, and a warning for each one that cannot be linked.

    An editor's `source_url` wins over the `source: {url: …}` that ingest records, and the
    French file's `source_url` over the English's. Only http(s) addresses are linked: any
    other is passed over with a warning (the next one in that order is used).
    """
    documents = [pair.source, pair.translation] if pair.translation else [pair.source]
    candidates = [(doc, "source_url", doc.meta.get("source_url")) for doc in documents]
    ingested = pair.source.meta.get("source")
    if isinstance(ingested, dict):
        candidates.append((pair.source, "source", ingested.get("url")))
    warnings = []
    for doc, key, value in candidates:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # not given
        address = _web_address(value)
        if address is not None:
            return address, tuple(warnings)
        name = "source_url" if key == "source_url" else "source.url"
        where = str(doc.path) if doc.path is not None else doc.slug or "article"
        line = doc.meta_lines.get(key)
        warnings.append(
            f"{where}{f':{line}' if line else ''}: front matter '{name}': {value!r} is not an "
            "http:// or https:// address; the page does not link to it"
        )
    return None, tuple(warnings)


def _web_address(value: Any) -> str | None:
    """The value as an absolute http(s) URL with a host, else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or any(char.isspace() or not char.isprintable() for char in text):
        return None
    try:
        parts = urllib.parse.urlsplit(text)
        host = parts.hostname
    except ValueError:  # an unclosed [IPv6] bracket, say
        return None
    return text if parts.scheme.lower() in ORIGINAL_SCHEMES and host else None


def _disclosure(pair: Article, lang: str) -> dict[str, Any] | None:
    """What the page says about the machine translation; None while it is pending."""
    if pair.translation is None:
        return None
    info = pair.translation.meta.get("translation")
    info = info if isinstance(info, dict) else {}
    created = _datetime_date(info.get("created"))
    engine = _text(info.get("engine")) or "machine translation"
    label, components = describe_engine(engine, _text(info.get("engine_version")))
    return {
        "engine": engine,
        "engine_label": label,
        "engine_components": components,
        "model": _text(info.get("model")),
        "model_version": _text(info.get("model_version")),
        "created": created.isoformat() if created else None,
        "created_text": format_date(created, lang) if created else None,
        "reviewed": info.get("reviewed") is True,
        "edited": pair.edited,
        "stale": pair.stale,
    }


def describe_engine(engine: str, version: str | None) -> tuple[str, str | None]:
    """The engine's name with its own version, and the versions of what it runs on.

    `engine_version` is either a bare version (`1.9.6`) or a list of components
    (`argostranslate 1.11.0, ctranslate2 4.8.5`): the engine's own component becomes its
    version, so a reader sees "Argos Translate 1.11.0" rather than the name twice.
    """
    if not version:
        return engine, None
    own, others = None, []
    for part in (part.strip() for part in version.split(",") if part.strip()):
        name, _, number = part.rpartition(" ")
        spelled = COMPONENTS.get(name.casefold(), name)
        if own is None and spelled.casefold() == engine.casefold():
            own = number
        elif name:
            others.append(f"{spelled} {number}")
        else:
            own = own or number
    label = f"{engine} {own}" if own else engine
    return label, ", ".join(others) or None


def _translated_on(pair: Article) -> str | None:
    """The day the translation was made, from its front-matter (never the clock)."""
    if pair.translation is None:
        return None
    info = pair.translation.meta.get("translation")
    created = _datetime_date(info.get("created")) if isinstance(info, dict) else None
    return created.isoformat() if created else None


def _listing_pages(
    site: dict[str, Any],
    cards: list[dict[str, Any]],
    digests: dict[str, str],
    key: str,
    folder: str,
) -> list[Page]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for card in cards:
        if card[key]:
            groups.setdefault(slugify(card[key]), []).append(card)
    pages = []
    for slug in sorted(groups):
        title = min(card[key] for card in groups[slug])
        prefix = f"{folder}/{slug}/"
        pages.extend(paginate(site, groups[slug], digests, prefix, "listing.html", key, title))
    return pages


def _about_page(
    site: dict[str, Any], values: dict[str, Any], summaries: list[ArticleSummary]
) -> Page:
    models = sorted(
        {
            (
                d["engine_label"],
                d["engine_components"] or "",
                d["model"] or "",
                d["model_version"] or "",
            )
            for d in (summary.disclosure for summary in summaries)
            if d is not None
        }
    )
    path, template, title = "about/index.html", "about.html", "About this edition"

    def context() -> dict[str, Any]:  # Markdown is converted only if the page is rendered
        shown = {"about_html": render_page_markdown(values["about"]), "models": models}
        return _page(site, path, template, title, shown, "").context

    return Page(path, template, context, fingerprint(template, values["about"], models))


def _archive_pages(
    site: dict[str, Any], cards: list[dict[str, Any]], digests: dict[str, str]
) -> list[Page]:
    """The archive's pages, each fingerprinted by what it shows of its articles' cards."""
    pages = []
    names = MONTHS.get(site["lang"], "").split()
    for path, title, context, listed in archive_pages(site, cards, names):
        shown = {key: value for key, value in context.items() if key != "months"}
        months = [[month["id"], month["label"]] for month in context["months"]]
        digest = join_digests(
            fingerprint("archive.html", shown, months), *(digests[slug] for slug in listed)
        )
        pages.append(_page(site, path, "archive.html", title, context, digest))
    return pages


def _feed_pages(
    site: dict[str, Any],
    cards: list[dict[str, Any]],
    originals: dict[str, str | None],
    pages: list[Page],
) -> list[Page]:
    urls = [site["path"] + page.url for page in pages if page.template != NOT_FOUND]
    feed = feed_context(site, cards, originals)
    return [
        _page(site, "feed.xml", "feed.xml", site["title"], feed),
        _page(site, "sitemap.xml", "sitemap.xml", "Sitemap", sitemap_context(site, urls)),
        _page(site, "robots.txt", "robots.txt", "robots.txt", robots_context(site)),
    ]


def _simple_page(site: dict[str, Any], path: str, template: str, title: str) -> Page:
    return _page(site, path, template, title, {})


def _page(
    site: dict[str, Any],
    path: str,
    template: str,
    title: str,
    context: dict[str, Any],
    digest: str | None = None,
) -> Page:
    """A page; its fingerprint is `digest` (which must cover everything the context shows
    but the site settings, which the render stage digests, and the page's root, added here),
    else a digest of the context.

    Layouts see the page's `root` (see `urls`) both as `root` and as `page.root` (the listing
    card `_card.html`, included by each listing, writes its links from `root`)."""
    url_path = path.removesuffix("index.html")  # as Page.url
    root = page_root(site, path)
    page = {
        "title": title,
        "url": site_url(site, url_path),
        "root": root,
        "canonical": _absolute(site, url_path) if template != NOT_FOUND else None,
        "description": site["description"],
        "type": "website",
    }
    full = {**context, "site": site, "page": page, "root": root}
    if digest is None:
        digest = fingerprint({key: value for key, value in full.items() if key != "bitext"})
    else:
        digest = join_digests(digest, root)
    return Page(path, template, full, digest)


def _documents_digest(pair: Article) -> str:
    """A digest of both documents: of their files' bytes when they were read from disk (the
    parsing code is part of the render stage's digest), else of their fields and blocks."""
    docs = [doc for doc in (pair.source, pair.translation) if doc is not None]
    if all(doc.file_sha256 for doc in docs):
        return join_digests(*(doc.file_sha256 for doc in docs))
    return fingerprint(
        [[doc.meta, [[b.kind, b.lines, b.attribution] for b in doc.blocks]] for doc in docs]
    )


def _group_url(site: dict[str, Any], folder: str, name: str | None) -> str | None:
    return site_url(site, f"{folder}/{slugify(name)}/") if name else None


def _absolute(site: dict[str, Any], url_path: str) -> str:
    return (site["absolute"] or site["path"]) + url_path


def _date(pair: Article) -> dt.date | None:
    """The article's date, checked when its file was read (`content.check_meta`)."""
    return as_date(pair.source.meta.get("date"))


def _datetime_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
