"""`build.py serve`: builds, serves under the site path, rebuilds on change, survives errors,
answers bad requests and foreign hosts with 4xx, and cleans up when stopped by a signal."""

from __future__ import annotations

import http.client
import json
import logging
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import REPO, TINY_PACKAGE, isolated_env, project_config, write_tree

from visavis.config import load_config
from visavis.pipeline import BuildOptions
from visavis.serve import rebuild, serving_config
from visavis.serve_hosts import accepted_hosts, interface_addresses
from visavis.serve_http import BuildState, Site, make_server

ARTICLE = "---\ntitle: Le marché ouvre tôt\nlang: fr\n---\n{body}\n"
FIRST = "Le maire a visité les stands ce matin."
FIRST_EN = "The mayor visited the stalls this morning."
#: A layout line that recurses until Python gives up: a RecursionError, not a VisavisError.
RECURSING = "{% macro boom() %}{{ boom() }}{% endmacro %}{{ boom() }}\n"


class Served(NamedTuple):
    """A running `build.py serve`: its project, its address, its port, log and process."""

    project: Path
    base: str
    port: int
    log: Path
    process: subprocess.Popen


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


def write_project(project: Path, own_layouts: bool = False) -> None:
    """A scratch project served under /repo/, with the repository's layouts or a copy."""
    layouts = "layouts" if own_layouts else str(REPO / "layouts")
    write_tree(
        project,
        {
            "config.yaml": project_config(
                base_url="https://user.github.io/repo/", layouts_dir=layouts
            ),
            "content/marche.fr.md": ARTICLE.format(body=FIRST),
        },
    )
    if own_layouts:
        shutil.copytree(REPO / "layouts", project / "layouts")


@contextmanager
def run_serve(root: Path, own_layouts: bool = False) -> Iterator[Served]:
    """Start `build.py serve` on a free port for a project in root/site (temporary folders
    in root/tmp, the tiny model installed); stop it afterwards."""
    project = root / "site"
    write_project(project, own_layouts)
    (root / "tmp").mkdir()
    env = {**isolated_env(root / "home"), "PYTHONPATH": str(REPO), "TMPDIR": str(root / "tmp")}
    build = [sys.executable, str(REPO / "build.py"), "--config", str(project / "config.yaml")]
    subprocess.run([*build, "install-model", str(TINY_PACKAGE)], env=env, check=True)
    port = free_port()
    log_path = root / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([*build, "serve", "--port", str(port)], env=env, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: FIRST_EN in fetch(f"{base}/repo/articles/marche/"))
        yield Served(project, base, port, log_path, server)
    finally:
        if server.poll() is None:
            server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """A scratch project served by `build.py serve` under /repo/, for one test."""
    with run_serve(tmp_path) as running:
        yield running


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One served project for the tests that only read from it."""
    with run_serve(tmp_path_factory.mktemp("shared")) as running:
        yield running


def build_number(base: str) -> int:
    return json.loads(fetch(f"{base}/__visavis__/status"))["build"]


def ask(
    port: int, path: str, host: str | None = "127.0.0.1", method: str = "GET"
) -> tuple[int, dict[str, str], str]:
    """Send `path` as it is (no quoting) with this Host header (None: none); return the
    status, headers and body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            connection.putheader("Host", host.replace("PORT", str(port)))
        connection.endheaders()
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, dict(response.getheaders()), body
    finally:
        connection.close()


def ask_raw(port: int, data: bytes) -> bytes:
    """Send raw bytes, return the answer's status line."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(data)
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n", 1)[0]


# --- serving and rebuilding ---------------------------------------------------------------


def test_serve_shows_the_site_under_its_path_with_a_reload_script(shared: Served) -> None:
    page = fetch(f"{shared.base}/repo/articles/marche/")
    assert FIRST_EN in page
    assert "/__visavis__/status" in page
    with pytest.raises(urllib.error.HTTPError):
        fetch(f"{shared.base}/articles/marche/")


def test_serve_redirects_folders_to_their_slash_and_answers_a_missing_page_with_404(
    shared: Served,
) -> None:
    assert ask(shared.port, "/repo/articles/marche?x=1")[:2][0] == 301
    assert ask(shared.port, "/repo/articles/marche")[1]["Location"] == "/repo/articles/marche/"
    assert ask(shared.port, "/repo")[1]["Location"] == "/repo/"
    assert ask(shared.port, "/repo/articles/marche/?utm=1")[0] == 200
    status, _, body = ask(shared.port, "/repo/articles/nothing/")
    assert status == 404
    assert "Page not found" in body and "/__visavis__/status" in body, "the site's 404 page"
    assert ask(shared.port, "/repo/articles/marche/", method="HEAD")[2] == ""


def test_serve_rebuilds_when_content_changes(served: Served) -> None:
    before = build_number(served.base)
    (served.project / "content" / "marche.fr.md").write_text(
        ARTICLE.format(body="Marie Dupont ouvre sa boulangerie."), encoding="utf-8"
    )
    wait_for(lambda: build_number(served.base) > before)
    assert "Marie Dupont opens her bakery." in fetch(f"{served.base}/repo/articles/marche/")


def test_failed_rebuild_reports_the_error_and_keeps_the_last_good_site(served: Served) -> None:
    before = build_number(served.base)
    (served.project / "content" / "marche.fr.md").write_text(
        "---\ntitle: [\n---\n", encoding="utf-8"
    )
    wait_for(lambda: build_number(served.base) > before)
    status = json.loads(fetch(f"{served.base}/__visavis__/status"))
    assert re.search(r"marche\.fr\.md:\d+: front matter is not valid YAML", status["error"])
    assert FIRST_EN in fetch(f"{served.base}/repo/articles/marche/")


def test_a_rebuild_that_raises_any_exception_keeps_the_server_and_the_watcher(
    tmp_path: Path,
) -> None:
    with run_serve(tmp_path, own_layouts=True) as served:
        layout = served.project / "layouts" / "article.html"
        good = layout.read_text(encoding="utf-8")
        before = build_number(served.base)
        layout.write_text(RECURSING + good, encoding="utf-8")
        wait_for(lambda: build_number(served.base) > before)
        error = json.loads(fetch(f"{served.base}/__visavis__/status"))["error"]
        assert "recursion" in error.lower()  # a layout error, or a bare RecursionError
        assert FIRST_EN in fetch(f"{served.base}/repo/articles/marche/"), "last good page"
        assert served.process.poll() is None, "still serving"

        broken = build_number(served.base)
        layout.write_text(good, encoding="utf-8")
        wait_for(lambda: build_number(served.base) > broken)
        assert json.loads(fetch(f"{served.base}/__visavis__/status"))["error"] == ""
        log = served.log.read_text(encoding="utf-8")
    assert "build failed, still serving the last good pages" in log
    assert "Traceback" not in log, "a traceback only with --verbose"


def test_a_rebuild_that_raises_logs_its_traceback_only_at_debug_level(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_project(tmp_path, own_layouts=True)
    config = serving_config(load_config(tmp_path / "config.yaml"), tmp_path / "out")

    def stage_with_a_bug(*args: object, **kwargs: object) -> None:
        """Stands in for a bug in a stage: an exception that is not one of visavis's."""
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr("visavis.serve.run_stages", stage_with_a_bug)
    state = BuildState()
    with caplog.at_level(logging.DEBUG, logger="visavis"):
        rebuild(config, BuildOptions(), state)
    assert state.build == 1
    assert state.error == "unexpected error: RuntimeError: a bug in a stage"
    with_traceback = [record for record in caplog.records if record.exc_info]
    assert [record.levelno for record in with_traceback] == [logging.DEBUG]
    assert any(r.levelno == logging.ERROR and "RuntimeError" in r.message for r in caplog.records)


# --- bad requests -------------------------------------------------------------------------

BAD_REQUESTS = {
    "/repo/%00": 400,
    "/repo/articles/marche%00/": 400,
    "/repo/articles/%00/../": 400,
    "/__visavis__/status%00": 400,
    "/repo/" + "a" * 256 + "/": 404,
    "/repo/articles/" + "%C3%A9" * 128: 404,  # 128 characters, 256 bytes
    "/repo/" + ("a" * 250 + "/") * 17: 404,  # longer than the system's longest path
    "/repo/%zz": 400,
    "/repo/%": 400,
    "/repo/%e": 400,
    "/repo/%ff%fe": 400,  # not UTF-8
    "/repo/../config.yaml": 400,
    "/repo/articles/../../site/config.yaml": 400,
    "/repo/%2e%2e/%2e%2e/config.yaml": 400,
    "/repo/%2E%2E%2F%2E%2E%2Fconfig.yaml": 400,
    "/repo/..%2f..%2fetc%2fpasswd": 400,
    "/repo/%0d%0aSet-Cookie:%20a=1": 400,
    "/repo/%7f": 400,
    "/repo/%c2%85": 400,  # a C1 control character
    "/repo/%1b[31m": 400,
    "/repo/" + "a/" * 5000: 414,
    "/repo/" + "x" * 70000: 414,
    "http://evil.example/repo/": 400,
    "*": 400,
}


@pytest.mark.parametrize("path", list(BAD_REQUESTS), ids=lambda path: path[:40])
def test_a_bad_request_path_is_answered_with_4xx_and_no_traceback(
    shared: Served, path: str
) -> None:
    status, _, body = ask(shared.port, path)
    assert status == BAD_REQUESTS[path]
    assert "config.yaml" not in body and "root:" not in body, "nothing outside the site leaks"
    assert ask(shared.port, path, method="HEAD")[0] == BAD_REQUESTS[path]
    assert "Traceback" not in shared.log.read_text(encoding="utf-8")
    assert FIRST_EN in fetch(f"{shared.base}/repo/articles/marche/"), "still serving"


@pytest.mark.parametrize(
    "line", [b"GET /repo/\x7f HTTP/1.0", b"GET /repo/\x00 HTTP/1.0", b"GET /repo/\xc3\xa9 HTTP/1.0"]
)
def test_raw_control_and_non_ascii_bytes_in_the_request_line_answer_400(
    shared: Served, line: bytes
) -> None:
    assert ask_raw(shared.port, line + b"\r\n\r\n").split()[1] == b"400"
    assert "Traceback" not in shared.log.read_text(encoding="utf-8")


def test_a_link_out_of_the_served_folder_is_not_followed(tmp_path: Path) -> None:
    write_tree(tmp_path, {"secret.txt": "private", "site/index.html": "<body>home</body>"})
    (tmp_path / "site" / "leak.txt").symlink_to(tmp_path / "secret.txt")
    with running_server(tmp_path / "site", accepted_hosts("127.0.0.1")) as port:
        assert ask(port, "/index.html")[0] == 200
        assert ask(port, "/leak.txt")[0] == 404


# --- the Host header ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        *("127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "localhost.:PORT"),
        *("[::1]:PORT", "[0:0::1]:PORT", "localhost", "127.0.0.1:9999"),
    ],
)
def test_the_loopback_names_are_accepted_as_host(shared: Served, host: str) -> None:
    assert ask(shared.port, "/repo/articles/marche/", host=host)[0] == 200


def test_a_request_without_host_is_accepted(shared: Served) -> None:
    answer = ask_raw(shared.port, b"GET /repo/articles/marche/ HTTP/1.0\r\n\r\n")
    assert answer.split()[1] == b"200"


@pytest.mark.parametrize(
    "host",
    [
        *("evil.example:PORT", "evil.example", "localhost.evil.example:PORT", "vm.evil"),
        *("127.0.0.1.nip.io:PORT", "localhost:PORT@evil.example", "", "0.0.0.0:PORT"),
    ],
)
def test_a_foreign_host_is_refused_with_403_and_a_short_explanation(
    shared: Served, host: str
) -> None:
    for path in ("/repo/articles/marche/", "/__visavis__/status"):
        status, headers, body = ask(shared.port, path, host=host)
        assert status == 403
        assert headers["Content-Type"].startswith("text/plain")
        assert "DNS rebinding" in body and f"http://127.0.0.1:{shared.port}/" in body
        assert FIRST_EN not in body and '"build"' not in body


def test_two_host_headers_are_a_bad_request(shared: Served) -> None:
    request = b"GET /repo/ HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n"
    assert ask_raw(shared.port, request).split()[1] == b"400"


def test_on_every_interface_this_machines_own_names_are_accepted_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    hostname = socket.gethostname()
    try:
        resolved = set(socket.gethostbyname_ex(hostname)[2])
    except OSError:
        resolved = set()
    with caplog.at_level(logging.INFO, logger="visavis"):
        hosts = accepted_hosts("0.0.0.0")
    assert {"localhost", "127.0.0.1", "[::1]", hostname.lower(), *resolved} <= hosts
    if sys.platform.startswith("linux"):
        assert "127.0.0.1" in interface_addresses()
    [line] = [r.message for r in caplog.records if "accepting Host" in r.message]
    assert hostname.lower() in line and "localhost" in line
    assert hostname.lower() not in accepted_hosts("127.0.0.1") or hostname == "localhost"
    # Bound to loopback here (tests reach no other address), with every interface's names.
    write_tree(tmp_path, {"index.html": "<body>home</body>"})
    with running_server(tmp_path, hosts) as port:
        assert ask(port, "/", host=f"{hostname}:{port}")[0] == 200
        for address in resolved:
            assert ask(port, "/", host=f"{address}:{port}")[0] == 200
        assert ask(port, "/", host=f"evil.example:{port}")[0] == 403


@contextmanager
def running_server(folder: Path, hosts: frozenset[str]) -> Iterator[int]:
    """The serve HTTP server for `folder` on a free loopback port, in a thread."""
    server = make_server("127.0.0.1", 0, Site(folder, "/", BuildState(), hosts))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()


# --- stopping -----------------------------------------------------------------------------


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_server_and_removes_its_temporary_folder(
    tmp_path: Path, number: signal.Signals
) -> None:
    with run_serve(tmp_path) as served:
        log = served.log.read_text(encoding="utf-8")
        folder = Path(re.search(r"^building into (.+)$", log, re.MULTILINE)[1])
        assert folder.parent == tmp_path / "tmp" and (folder / "articles").is_dir()
        served.process.send_signal(number)
        assert served.process.wait(timeout=30) == 0
    log = served.log.read_text(encoding="utf-8")
    assert f"stopped by {number.name}" in log and "Traceback" not in log
    assert not folder.exists()
    assert list((tmp_path / "tmp").glob("visavis-serve-*")) == []
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", served.port), timeout=2).close()
