"""The layouts: a Jinja2 environment over `layouts/`, one page rendered with its layout, and
a layout's mistake reported with its file and line.

Listings include `_card.html` for each article; compiled layouts are kept between builds in
the cache folder (Jinja2's bytecode cache).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

import jinja2

from .errors import RenderError
from .links import stays_inside
from .pages import Page

#: Compiled layouts, kept between builds (see `layout_cache_name`).
LAYOUT_CACHE = "layouts-{}"
REQUIRED_LAYOUTS = (
    "article.html",
    "index.html",
    "listing.html",
    "about.html",
    "archive.html",
    "404.html",
)


@functools.cache
def layout_cache_name() -> str:
    """The folder (in the cache folder) for compiled layouts: one per version of Jinja2 and of
    this module, which sets the options the layouts are compiled with."""
    version = f"{jinja2.__version__}\0".encode() + Path(__file__).read_bytes()
    return LAYOUT_CACHE.format(hashlib.sha256(version).hexdigest()[:16])


class ProjectLoader(jinja2.FileSystemLoader):
    """Jinja2's file loader, refusing a layout that is a link leading outside the project."""

    def __init__(self, folder: Path, roots: tuple[Path, ...]) -> None:
        super().__init__(folder)
        self.roots = roots

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, object]:
        """The layout's source, unless it lies outside the project through a link."""
        source, filename, uptodate = super().get_source(environment, template)
        if filename and not stays_inside(Path(filename), self.roots):
            raise jinja2.TemplateNotFound(
                f"{template} (a symbolic link leading outside the project: not followed)"
            )
        return source, filename, uptodate


#: What `getattr` finds on a plain dict (its methods): looked up as attributes, as Jinja2 does.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class LayoutEnvironment(jinja2.Environment):
    """Jinja2's environment, looking up `card.title` in a plain dict by key first.

    Jinja2 tries an attribute before a key, so every `card.title` of a context made of dicts
    raised and caught an AttributeError (2.7 times slower on a listing of cards). The result
    is the same, since a plain dict has no attributes but its methods' (those still win).
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute` in a layout."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def make_environment(
    layouts: Path, bytecode_folder: Path | None = None, roots: tuple[Path, ...] | None = None
) -> jinja2.Environment:
    """A Jinja2 environment over the layouts folder: strict undefined, autoescaping on.

    With `bytecode_folder`, compiled layouts are kept there between builds (Jinja2 checks
    each against its source), so a rebuild does not compile them again. Layouts reached
    through a link are read only when they lie inside `roots` (default: the layouts folder).
    """
    if not layouts.is_dir():
        raise RenderError("layouts folder not found", layouts, hint="check 'layouts_dir'")
    missing = [name for name in REQUIRED_LAYOUTS if not (layouts / name).is_file()]
    if missing:
        raise RenderError(f"missing layouts: {', '.join(missing)}", layouts)
    bytecode_cache = None
    if bytecode_folder is not None:
        bytecode_folder.mkdir(parents=True, exist_ok=True)
        bytecode_cache = jinja2.FileSystemBytecodeCache(str(bytecode_folder))
    environment = LayoutEnvironment(
        loader=ProjectLoader(layouts, roots or (layouts.resolve(),)),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a build's layouts are read once (serve makes a new environment)
        bytecode_cache=bytecode_cache,
    )
    return environment


def render_page(
    environment: jinja2.Environment, page: Page, layouts: Path, context: dict[str, Any]
) -> str:
    """Render one page with its layout and `context` (the page's, made once by the caller);
    layout problems become RenderErrors with file:line."""
    try:
        return environment.get_template(page.template).render(context)
    except jinja2.TemplateSyntaxError as error:
        where = layouts / (error.name or page.template)
        raise RenderError(f"layout error: {error.message}", where, error.lineno) from error
    except RecursionError as error:  # a macro that calls itself without end
        where, line = _failing_layout(error, layouts, page.template)
        raise RenderError(
            f"layout error while rendering {page.path}: endless recursion",
            where,
            line,
            hint="a macro or include calls itself",
        ) from None
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        # A layout's own mistake (an undefined name, 1/0, a bad filter argument) is the
        # layout author's error to fix, not a crash.
        detail = str(error) if isinstance(error, jinja2.TemplateError) else repr(error)
        where, line = _failing_layout(error, layouts, page.template)
        raise RenderError(
            f"layout error while rendering {page.path}: {detail}", where, line
        ) from error


def _failing_layout(error: BaseException, layouts: Path, template: str) -> tuple[Path, int | None]:
    """The layout file and line where a render failed: the innermost layout frame of the
    traceback (Jinja2 rewrites it so that each layout's frame carries the layout's file name
    and line, and marks it with `__jinja_exception__`), else the page's own layout."""
    where: tuple[Path, int | None] = (layouts / template, None)
    traceback = error.__traceback__
    while traceback is not None:
        frame = traceback.tb_frame
        if "__jinja_exception__" in frame.f_globals:
            where = (Path(frame.f_code.co_filename), traceback.tb_lineno)
        traceback = traceback.tb_next
    return where


def compile_layouts(environment: jinja2.Environment) -> None:
    """Compile every layout once, before the workers fork (Jinja2 caches them), rather than
    once per worker; a broken layout is left for the page that uses it to report."""
    for name in environment.list_templates(filter_func=lambda name: "/" not in name):
        try:
            environment.get_template(name)
        except jinja2.TemplateError:
            continue
