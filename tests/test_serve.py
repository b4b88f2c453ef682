"""`build.py serve`: builds, serves under the site path, rebuilds on change, survives errors."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import REPO, TINY_PACKAGE, isolated_env, project_config, write_tree

ARTICLE = "---\ntitle: Le marché ouvre tôt\nlang: fr\n---\n{body}\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A scratch project served by `build.py serve` under /repo/, with the tiny model."""
    project = tmp_path / "site"
    write_tree(
        project,
        {
            "config.yaml": project_config(base_url="https://user.github.io/repo/"),
            "content/marche.fr.md": ARTICLE.format(body="Le maire a visité les stands ce matin."),
        },
    )
    env = {**isolated_env(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    build = [sys.executable, str(REPO / "build.py"), "--config", str(project / "config.yaml")]
    subprocess.run([*build, "install-model", str(TINY_PACKAGE)], env=env, check=True)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([*build, "serve", "--port", str(port)], env=env, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: "Le maire" in fetch(f"{base}/repo/articles/marche/"))
        yield project, base
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def build_number(base: str) -> int:
    return json.loads(fetch(f"{base}/__visavis__/status"))["build"]


def test_serve_shows_the_site_under_its_path_with_a_reload_script(
    served: tuple[Path, str],
) -> None:
    _, base = served
    page = fetch(f"{base}/repo/articles/marche/")
    assert "The mayor visited the stalls this morning." in page
    assert "/__visavis__/status" in page
    with pytest.raises(urllib.error.HTTPError):
        fetch(f"{base}/articles/marche/")


def test_serve_rebuilds_when_content_changes(served: tuple[Path, str]) -> None:
    project, base = served
    before = build_number(base)
    (project / "content" / "marche.fr.md").write_text(
        ARTICLE.format(body="Marie Dupont ouvre sa boulangerie."), encoding="utf-8"
    )
    wait_for(lambda: build_number(base) > before)
    assert "Marie Dupont opens her bakery." in fetch(f"{base}/repo/articles/marche/")


def test_failed_rebuild_reports_the_error_and_keeps_the_last_good_site(
    served: tuple[Path, str],
) -> None:
    project, base = served
    before = build_number(base)
    (project / "content" / "marche.fr.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    wait_for(lambda: build_number(base) > before)
    status = json.loads(fetch(f"{base}/__visavis__/status"))
    assert re.search(r"marche\.fr\.md:\d+: front matter is not valid YAML", status["error"])
    assert "The mayor visited the stalls this morning." in fetch(f"{base}/repo/articles/marche/")
