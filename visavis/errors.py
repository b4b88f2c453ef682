"""The project's exception types, each carrying the file, line and a hint for the user."""

from __future__ import annotations

from pathlib import Path


class VisavisError(Exception):
    """Base error: a message for the user, where it happened, and what to do about it."""

    def __init__(
        self,
        message: str,
        path: Path | str | None = None,
        line: int | None = None,
        hint: str | None = None,
        reasons: list[str] | tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        self.reasons = tuple(reasons)

    def location(self) -> str:
        """Return `path:line` (or just `path`), or an empty string when unknown."""
        if self.path is None:
            return ""
        where = str(self.path)
        return f"{where}:{self.line}" if self.line is not None else where

    def __str__(self) -> str:
        text = self.message
        if self.location():
            text = f"{self.location()}: {text}"
        if self.hint:
            text = f"{text} (hint: {self.hint})"
        return text

    def __reduce__(self) -> tuple[type[VisavisError], tuple[object, ...]]:
        """Pickled with its path, line, hint and reasons (forked workers send errors back)."""
        return (type(self), (self.message, self.path, self.line, self.hint, self.reasons))

    def report(self) -> str:
        """Return the full user-facing report: the message, then one `reason:` line per cause."""
        return "\n".join([str(self), *(f"  reason: {reason}" for reason in self.reasons)])


class ConfigError(VisavisError):
    """`config.yaml` is missing, malformed or holds a wrong value."""


class FrontMatterError(VisavisError):
    """A content file's YAML front-matter or body cannot be read."""


class IngestError(VisavisError):
    """A seed article cannot be turned into Markdown."""


class FetchError(VisavisError):
    """A web page cannot be had: no network, no such host, an HTTP error, not HTML, too big."""


class TranslationError(VisavisError):
    """No usable model, a broken package, or a failure in the translation engine."""


class RenderError(VisavisError):
    """A layout is missing or broken, or a page cannot be written."""


class BuildLockedError(VisavisError):
    """Another build holds the project's lock."""


class ManyErrors(VisavisError):
    """Several independent problems, reported together."""

    def __init__(self, errors: list[VisavisError]) -> None:
        super().__init__(f"{len(errors)} problems")
        self.errors = tuple(errors)

    def report(self) -> str:
        """Return every problem's report, one after another."""
        return "\n".join(error.report() for error in self.errors)
