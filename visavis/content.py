"""The content folder: `<slug>.<lang>.md` files, found, checked and grouped into articles."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from .config import KNOWN_LANGUAGES, Config
from .doccache import DocumentCache, MemoJob, memoized, prefetch, read_cached, warm_memos
from .errors import FrontMatterError, VisavisError
from .frontmatter import as_date, read_document
from .links import allowed_roots, is_utf8_name, printable_path, stays_inside
from .model import Document
from .status import TranslationState, translation_state
from .writer import OUTPUT_LIST

if TYPE_CHECKING:
    from .state import BuildState

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")


@dataclass(frozen=True)
class ContentFiles:
    """The content folder's files grouped by slug, and the names that were refused."""

    sources: dict[str, Path]
    translations: dict[str, Path]
    errors: tuple[VisavisError, ...]


def list_markdown(folder: Path, roots: tuple[Path, ...]) -> tuple[list[Path], list[VisavisError]]:
    """The folder's `*.md` files, sorted by name; links leaving the project and names that are
    not valid UTF-8 are refused (never read)."""
    paths: list[Path] = []
    refused: list[VisavisError] = []
    with os.scandir(folder) as scanned:  # names and link flags without a stat per file
        found = (entry for entry in scanned if entry.name.endswith(".md"))
        entries = sorted(found, key=attrgetter("name"))
        for entry in entries:
            path = folder / entry.name  # (twice as fast as parsing the whole entry.path)
            if not is_utf8_name(entry.name):
                refused.append(
                    FrontMatterError(
                        "file name is not valid UTF-8: not read",
                        printable_path(path),
                        hint="rename it",
                    )
                )
            elif entry.is_symlink() and not stays_inside(path, roots):
                refused.append(
                    FrontMatterError(
                        "symbolic link leading outside the project: not followed",
                        path,
                        hint="copy the file into the project instead",
                    )
                )
            elif not entry.is_file():  # a FIFO would hang the build, a device never end
                refused.append(FrontMatterError("not a regular file: not read", path))
            else:
                paths.append(path)
    refused.sort(key=lambda error: str(error.path))
    return paths, refused


def _missing_folder(folder: Path) -> FrontMatterError:
    """A content folder that is not there although the site was published (or a file in its
    place): an error, so a typo never unpublishes everything. A new project has none yet."""
    if folder.exists():
        return FrontMatterError(
            "the content folder is a file, not a folder",
            folder,
            hint="remove it, or set 'content_dir' to another folder",
        )
    return FrontMatterError("content folder not found", folder, hint="check 'content_dir'")


def find_content(config: Config) -> ContentFiles:
    """List source and translation files; a bad name or unknown language is an error."""
    folder = config.folder("content_dir")
    sources: dict[str, Path] = {}
    translations: dict[str, Path] = {}
    errors: list[VisavisError] = []
    if not folder.is_dir():
        published = (config.folder("output_dir") / OUTPUT_LIST).exists()
        errors = (_missing_folder(folder),) if published or folder.exists() else ()
        return ContentFiles(sources, translations, errors)
    paths, refused = list_markdown(folder, allowed_roots(config.root, folder))
    errors.extend(refused)
    for path in paths:
        slug, _, lang = path.name.removesuffix(".md").rpartition(".")
        if not slug or lang not in KNOWN_LANGUAGES:
            errors.append(
                FrontMatterError(
                    f"cannot tell the language of '{path.name}'",
                    path,
                    hint=f"name content files <slug>.{config.source_lang}.md "
                    f"or <slug>.{config.target_lang}.md",
                )
            )
        elif not SLUG_PATTERN.fullmatch(slug):
            errors.append(
                FrontMatterError(
                    f"{slug!r} is not a valid slug",
                    path,
                    hint="use lowercase letters, digits and hyphens (at most 120)",
                )
            )
        elif lang == config.source_lang:
            sources[slug] = path
        elif lang == config.target_lang:
            translations[slug] = path
        else:
            errors.append(
                FrontMatterError(
                    f"language '{lang}' is neither source_lang nor target_lang in config.yaml",
                    path,
                )
            )
    for slug, path in sorted(translations.items()):
        if slug not in sources:
            errors.append(FrontMatterError("translation has no source file beside it", path))
    return ContentFiles(sources, translations, tuple(errors))


@dataclass(frozen=True)
class Article:
    """A source file, its translation (None while missing), where that goes, and its state:
    the one article type from reading the content folder to rendering the site."""

    slug: str
    source: Document
    translation: Document | None
    target: Path
    state: TranslationState

    @property
    def edited(self) -> bool:
        """True when a person edited or reviewed the translation (the page says so)."""
        return self.state.protected

    @property
    def stale(self) -> bool:
        """True when a person's translation no longer matches its changed source."""
        return self.state.stale


def read_articles(
    config: Config, state: BuildState | None = None
) -> tuple[list[Article], list[VisavisError]]:
    """Every readable article with its translation and state, and the problems met (a broken
    file does not stop the others). In a build (`state`), read through its document cache,
    once while nothing is written."""
    if state is None:
        return _read_articles(config, None)
    key = f"articles:{config.folder('content_dir')}:{config.source_lang}:{config.target_lang}"
    return state.once(key, lambda: _read_articles(config, state.documents))


def _read_articles(
    config: Config, cache: DocumentCache | None
) -> tuple[list[Article], list[VisavisError]]:
    files = find_content(config)
    prefetch(cache, [*files.sources.values(), *files.translations.values()], read_document)
    problems: dict[str, VisavisError] = {}  # by slug, reported in slug order
    read: list[tuple[str, Document, Document | None, Path]] = []
    for slug, path in sorted(files.sources.items()):
        target = files.translations.get(slug) or translation_path(config, slug)
        try:
            source = read_cached(cache, path, read_document)
            translation = (
                read_cached(cache, target, read_document) if slug in files.translations else None
            )
        except VisavisError as error:
            problems[slug] = error
            continue
        read.append((slug, source, translation, target))
    jobs = [_state_job(source, translation, config) for _, source, translation, _ in read]
    warm_memos(cache, jobs)
    articles = []
    for (slug, source, translation, target), job in zip(read, jobs, strict=True):
        try:
            state = memoized(cache, *job)
        except VisavisError as error:
            problems[slug] = error
            continue
        articles.append(Article(slug, source, translation, target, state))
    return articles, [*files.errors, *(problems[slug] for slug in sorted(problems))]


def _state_job(source: Document, translation: Document | None, config: Config) -> MemoJob:
    """An article's checked state as a memo (kind, files, compute): both files' fields checked
    (`check_meta`), then compared. Remembered while the files are unchanged, so a rebuild does
    not unpickle every document to check it."""

    def check_and_compare() -> TranslationState:
        check_meta(source, config.source_lang, required=("title",))
        if translation is not None:
            check_meta(translation, config.target_lang, required=())
        return translation_state(source, translation)

    documents = (source, translation) if translation is not None else (source,)
    paths = tuple(document.path for document in documents if document.path is not None)
    kind = f"checked-state:{config.source_lang}:{config.target_lang}"
    return kind, (paths if len(paths) == len(documents) else ()), check_and_compare


def translation_path(config: Config, slug: str) -> Path:
    """Where the translation of an article lives."""
    return config.folder("content_dir") / f"{slug}.{config.target_lang}.md"


def check_meta(document: Document, lang: str, required: tuple[str, ...]) -> None:
    """Raise FrontMatterError for a missing or wrongly typed field, naming its line."""
    meta, path = document.meta, document.path
    for name in required:
        if not str(meta.get(name) or "").strip():  # a title of spaces is no title
            raise FrontMatterError(f"front matter needs '{name}'", path, 1)
    for name in ("title", "standfirst", "section", "publication", "author", "slug"):
        value = meta.get(name)
        if value is not None and not isinstance(value, str):
            raise FrontMatterError(
                f"front matter '{name}' must be text, not {type(value).__name__}",
                path,
                document.meta_lines.get(name),
            )
    if meta.get("lang", lang) != lang:
        raise FrontMatterError(
            f"front matter 'lang' is '{meta.get('lang')}' but the file name says '{lang}'",
            path,
            document.meta_lines.get("lang"),
        )
    _check_slug(document)
    _check_date(document)


def _check_slug(document: Document) -> None:
    """A front-matter slug must be a valid slug and agree with the file name (its URL)."""
    value = document.meta.get("slug")
    if value is None:
        return
    line = document.meta_lines.get("slug")
    if not SLUG_PATTERN.fullmatch(value):
        raise FrontMatterError(
            f"front matter 'slug': {value!r} is not a valid slug",
            document.path,
            line,
            hint="use lowercase letters, digits and hyphens (at most 120)",
        )
    expected = document.path.name.split(".")[0] if document.path is not None else value
    if value != expected:
        raise FrontMatterError(
            f"front matter 'slug' is '{value}' but the file name says '{expected}'",
            document.path,
            line,
            hint="rename the file or fix the slug",
        )


def _check_date(document: Document) -> None:
    """The article's date follows the one rule for dates (`as_date`)."""
    value = document.meta.get("date")
    try:
        as_date(value)
    except ValueError:
        raise FrontMatterError(
            f"front matter 'date': {value!r} is not a date",
            document.path,
            document.meta_lines.get("date"),
            hint="use YYYY-MM-DD",
        ) from None
