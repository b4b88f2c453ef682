"""`build.py serve`: build into a private folder, serve it on localhost, rebuild on changes.

Pages are served under the site's path (`base_url`), with a small script added on the fly
(never written to disk) that reloads the page after each rebuild and shows a failed build's
error. A failed rebuild leaves the last good pages in place.
"""

from __future__ import annotations

import dataclasses
import functools
import http.server
import json
import logging
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .config import Config, load_config
from .errors import VisavisError
from .pipeline import BuildOptions, run_stages

log = logging.getLogger(__name__)

STATUS_PATH = "/__visavis__/status"
POLL_SECONDS = 0.5
RELOAD_SCRIPT = """<script>
(function () {
  var seen = null;
  function poll() {
    fetch("%s", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
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
</script>"""


@dataclasses.dataclass
class BuildState:
    """The number of finished builds and the last build's error, shared with the server."""

    build: int = 0
    error: str = ""


def serve(config: Config, host: str, port: int, options: BuildOptions) -> int:
    """Build, serve and rebuild until interrupted; return the exit code."""
    with tempfile.TemporaryDirectory(prefix="visavis-serve-") as folder:
        values = {**config.values, "output_dir": folder}
        site_config = dataclasses.replace(config, values=values)
        state = BuildState()
        rebuild(site_config, options, state)
        server = make_server(host, port, Path(folder), config.site_path, state)
        address = f"http://{host}:{server.server_address[1]}{config.site_path}"
        log.info("serving %s (Ctrl+C to stop)", address)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            watch(site_config, options, state)
        except KeyboardInterrupt:
            log.info("stopped")
        finally:
            server.shutdown()
    return 0


def rebuild(config: Config, options: BuildOptions, state: BuildState) -> None:
    """Run the pipeline; remember its error for the browser instead of stopping."""
    try:
        config = reload_config(config)
        reports = run_stages(config, ("ingest", "translate", "render"), options)
        problems = [error for report in reports for error in report.errors]
        state.error = "\n".join(_describe(error) for error in problems)
    except VisavisError as error:
        state.error = error.report()
    if state.error:
        log.error("build failed, still serving the last good pages:\n%s", state.error)
    state.build += 1


def reload_config(config: Config) -> Config:
    """Re-read config.yaml, keeping the private output folder."""
    fresh = load_config(config.path or config.root / "config.yaml")
    values = {**fresh.values, "output_dir": config.values["output_dir"]}
    return dataclasses.replace(fresh, values=values)


def _describe(error: Exception) -> str:
    return error.report() if isinstance(error, VisavisError) else str(error)


def watch(config: Config, options: BuildOptions, state: BuildState) -> None:
    """Poll the inputs and rebuild when any of them changes."""
    folders = [config.path or config.root / "config.yaml"] + [
        config.folder(key) for key in ("content_dir", "seeds_dir", "layouts_dir")
    ]
    last = snapshot(folders)
    while True:
        time.sleep(POLL_SECONDS)
        current = snapshot(folders)
        if current != last:
            log.info("change detected, rebuilding …")
            rebuild(config, options, state)
            last = snapshot(folders)


def snapshot(paths: list[Path]) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file below the given paths."""
    seen: dict[str, tuple[int, int]] = {}
    for root in paths:
        files = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            seen[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return seen


def make_server(
    host: str, port: int, folder: Path, site_path: str, state: BuildState
) -> http.server.ThreadingHTTPServer:
    """An HTTP server for the built folder under `site_path`, with the reload endpoint."""
    handler = functools.partial(_Handler, directory=str(folder), site_path=site_path, state=state)
    return http.server.ThreadingHTTPServer((host, port), handler)


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, site_path: str, state: BuildState, **kwargs: Any) -> None:
        self.site_path = site_path
        self.state = state
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.path.startswith(STATUS_PATH):
            self._send(200, "application/json", json.dumps(dataclasses.asdict(self.state)))
            return
        if not self.path.startswith(self.site_path):
            self._send(
                404, "text/plain; charset=utf-8", f"not found: the site is at {self.site_path}"
            )
            return
        self.path = "/" + self.path[len(self.site_path) :]
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file():
            html = target.read_text(encoding="utf-8")
            script = RELOAD_SCRIPT % STATUS_PATH
            self._send(200, "text/html; charset=utf-8", html.replace("</body>", script + "</body>"))
            return
        super().do_GET()

    def _send(self, code: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("serve: " + format, *args)
