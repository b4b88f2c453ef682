"""The HTTP side of `build.py serve`: what a request may ask for, and who may ask.

A request path is checked before it goes near the file system: a NUL or other control
character, a `..` segment (also spelled `%2e%2e`), broken percent-encoding or UTF-8 answer 400,
a segment no file name could have (over 255 bytes) 404, an address over MAX_TARGET characters
414. Only files inside the built folder are served (symbolic links are followed, then
checked).

Who may ask is checked first, in `serve_hosts`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import http.server
import json
import logging
import mimetypes
import re
import shutil
import socket
import unicodedata
import urllib.parse
from pathlib import Path
from typing import Any

from .errors import VisavisError
from .serve_hosts import host_accepted, rejected_host

log = logging.getLogger(__name__)

STATUS_PATH = "/__visavis__/status"
#: The longest request target answered (browsers send under 2,000 characters in practice).
MAX_TARGET = 8192
#: The longest file name most file systems allow, in bytes.
MAX_SEGMENT_BYTES = 255
RELOAD_SCRIPT = """<script>
(function () {
  var seen = null;
  function poll() {
    fetch("__STATUS__", {cache: "no-store"})
      .then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.build !== seen) { location.reload(); return; }
      seen = s.build;
      var box = document.getElementById("visavis-build-error");
      if (s.error && !box) {
        box = document.createElement("pre"); box.id = "visavis-build-error";
        box.style.cssText = "position:fixed;bottom:0;left:0;right:0;margin:0;padding:1em;" +
          "background:#8b0000;color:#fff;white-space:pre-wrap;z-index:9999";
        document.body.appendChild(box);
      }
      if (box) {
        box.textContent = s.error ? "Build failed:\\n" + s.error : "";
        box.hidden = !s.error;
      }
    }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>""".replace("__STATUS__", STATUS_PATH)
NOT_FOUND_PAGE = "<!doctype html><title>Not found</title><body><p>Not found: {}</p></body>"


class RequestError(VisavisError):
    """A request this server answers with an HTTP error status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclasses.dataclass
class BuildState:
    """The number of finished builds and the last build's error, shared with the server."""

    build: int = 0
    error: str = ""


@dataclasses.dataclass(frozen=True)
class Site:
    """What the server serves: the built folder under the site's path, and to which hosts."""

    folder: Path
    site_path: str
    state: BuildState
    hosts: frozenset[str]


class DevServer(http.server.ThreadingHTTPServer):
    """A threading HTTP server for IPv4 or IPv6 (`::` also takes IPv4 where the system can)."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: Any) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, handler)

    def server_bind(self) -> None:
        """Bind, accepting IPv4 too on an IPv6 socket where the system allows it."""
        if self.address_family == socket.AF_INET6:
            with contextlib.suppress(OSError):
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A connection that broke down: one debug line, never a traceback on stderr."""
        log.debug("serve: connection from %s failed", client_address, exc_info=True)


def make_server(host: str, port: int, site: Site) -> DevServer:
    """An HTTP server for `site` on host:port."""

    def handler(*args: Any) -> _Handler:
        return _Handler(*args, site=site)

    return DevServer((host, port), handler)


def parse_target(target: str) -> tuple[str, list[str]]:
    """The decoded path of a request target and its segments; RequestError when the target
    is one no file of the site could answer."""
    if len(target) > MAX_TARGET:
        raise RequestError(414, f"address longer than {MAX_TARGET} characters")
    if not target.startswith("/") or any(not "!" <= char <= "~" for char in target):
        raise RequestError(400, "bad address")
    raw = target.split("?", 1)[0].split("#", 1)[0]
    if re.search(r"%(?![0-9a-fA-F]{2})", raw):
        raise RequestError(400, "bad percent-encoding in the address")
    try:
        path = urllib.parse.unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise RequestError(400, "the address is not UTF-8") from None
    if any(unicodedata.category(char) == "Cc" for char in path):
        raise RequestError(400, "control character in the address")
    segments = [segment for segment in path.split("/") if segment not in ("", ".")]
    if ".." in segments:
        raise RequestError(400, "'..' in the address")
    if any(len(segment.encode("utf-8")) > MAX_SEGMENT_BYTES for segment in segments):
        raise RequestError(404, "not found: a name in the address is too long for a file")
    return path, segments


def find_file(folder: Path, segments: list[str]) -> Path | None:
    """The file inside `folder` that the segments name (a folder's index.html), or None."""
    try:
        target = folder.joinpath(*segments)
        if target.is_dir():
            target = target / "index.html"
        resolved = target.resolve()
        if resolved.is_relative_to(folder.resolve()) and resolved.is_file():
            return resolved
    except (OSError, ValueError):
        pass  # a name too long for the system, a loop of links: nothing to serve
    return None


def inject_reload(page: str) -> str:
    """The page with the reload script before `</body>` (at the end when it has none)."""
    if "</body>" in page:
        return page.replace("</body>", RELOAD_SCRIPT + "</body>", 1)
    return page + RELOAD_SCRIPT


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "visavis-serve"

    def __init__(self, *args: Any, site: Site) -> None:
        self.site = site
        super().__init__(*args)

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        self.with_body = with_body
        try:
            self._route()
        except RequestError as error:
            self._send(error.status, "text/plain; charset=utf-8", error.message + "\n")
        except ConnectionError:
            log.debug("serve: %s went away", self.client_address)
        except Exception as error:
            log.error("serve: %r failed: %s: %s", self.path, type(error).__name__, error)
            log.debug("serve: traceback", exc_info=True)
            self._send(500, "text/plain; charset=utf-8", "internal error (see the log)\n")

    def _route(self) -> None:
        hosts = self.headers.get_all("Host") or []
        if len(hosts) > 1:
            raise RequestError(400, "more than one Host header")
        if not host_accepted(hosts[0] if hosts else None, self.site.hosts):
            raise RequestError(403, rejected_host(hosts[0], self.server.server_address[1]))
        path, segments = parse_target(self.path)
        if path == STATUS_PATH:
            status = json.dumps(dataclasses.asdict(self.site.state))
            self._send(200, "application/json", status)
            return
        base = [segment for segment in self.site.site_path.split("/") if segment]
        if segments[: len(base)] != base:
            raise RequestError(404, f"not found: the site is at {self.site.site_path}")
        if segments == base and not path.endswith("/"):
            self._redirect(self.site.site_path)
            return
        self._serve_file(path, segments[len(base) :])

    def _serve_file(self, path: str, segments: list[str]) -> None:
        found = find_file(self.site.folder, segments)
        if found is None:
            self._send_not_found(path)
        elif found.name == "index.html" and segments[-1:] != ["index.html"] and path[-1] != "/":
            # A folder: with a slash, so that the page's relative links work.
            quoted = [urllib.parse.quote(segment) for segment in segments]
            self._redirect(self.site.site_path + "/".join(quoted) + "/")
        elif found.suffix == ".html":
            self._send_page(200, found)
        else:
            self._send_bytes(found)

    def _send_not_found(self, path: str) -> None:
        page = self.site.folder / "404.html"
        if page.is_file():
            self._send_page(404, page)
        else:
            body = NOT_FOUND_PAGE.format(html.escape(path))
            self._send(404, "text/html; charset=utf-8", inject_reload(body))

    def _send_page(self, code: int, page: Path) -> None:
        text = inject_reload(page.read_text(encoding="utf-8", errors="replace"))
        self._send(code, "text/html; charset=utf-8", text)

    def _send_bytes(self, found: Path) -> None:
        with found.open("rb") as source:
            size = source.seek(0, 2)
            source.seek(0)
            kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            self._send_headers(200, kind, size)
            if self.with_body:
                shutil.copyfileobj(source, self.wfile)

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, code: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self._send_headers(code, content_type, len(data))
        if self.with_body:
            self.wfile.write(data)

    def _send_headers(self, code: int, content_type: str, length: int) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("serve: " + format, *args)
