"""`build.py serve`: build into a private folder, serve it on localhost, rebuild on changes.

Pages are served under the site's path (`base_url`), with a small script added on the fly
(never written to disk) that reloads the page after each rebuild and shows a failed build's
error. A failed rebuild, whatever it raises, leaves the last good pages in place and the
watcher running. The private folder (`visavis-serve-*` in the system's temporary folder,
named in the log as "building into …") is removed when the server stops: on Ctrl+C (SIGINT)
or SIGTERM. What a request may ask for, and from which Host, is in `serve_http`.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from .config import Config, load_config, with_overrides
from .errors import VisavisError
from .pipeline import BuildOptions, run_stages
from .serve_hosts import ALL_INTERFACES, accepted_hosts
from .serve_http import BuildState, Site, make_server

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5
#: How errors about the private output folder name it.
SERVE_FOLDER = "serve's private output folder"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopServing(KeyboardInterrupt):
    """SIGINT or SIGTERM asked the server to stop (a KeyboardInterrupt, so that no build step
    mistakes it for an error of its own)."""


def serve(config: Config, host: str, port: int, options: BuildOptions) -> int:
    """Build, serve and rebuild until SIGINT or SIGTERM; return the exit code."""
    with stop_on_signals():
        folder = Path(tempfile.mkdtemp(prefix="visavis-serve-"))
        try:
            run_server(config, host, port, options, folder)
        except StopServing as stop:
            log.info("stopped by %s", stop)
        finally:
            remove_folder(folder)
    return 0


def run_server(config: Config, host: str, port: int, options: BuildOptions, folder: Path) -> None:
    """Build into `folder`, serve it and rebuild on changes, until interrupted."""
    log.info("building into %s", folder)
    site_config = serving_config(config, folder)
    state = BuildState()
    rebuild(site_config, options, state)
    site = Site(folder, config.site_path, state, accepted_hosts(host))
    server = make_server(host, port, site)
    shown = "127.0.0.1" if host in ALL_INTERFACES else f"[{host}]" if ":" in host else host
    log.info("serving http://%s:%d%s (Ctrl+C to stop)", shown, server.server_port, site.site_path)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        watch(site_config, options, state)
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn the first SIGINT or SIGTERM into StopServing; later ones, while cleaning up, only
    log. Workers forked from this process keep the default (a build's pool ends them with
    SIGTERM). Outside the main thread, where signals cannot be caught, does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()
    stopping = threading.Event()

    def on_signal(number: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        name = signal.Signals(number).name
        if stopping.is_set():
            log.info("%s: already stopping", name)
            return
        stopping.set()
        raise StopServing(name)

    previous = {number: signal.signal(number, on_signal) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def remove_folder(folder: Path) -> None:
    """Remove the private output folder; say so when something in it cannot be removed."""

    def on_error(function: object, path: str, info: tuple) -> None:
        log.warning("warning: could not remove %s: %s", path, info[1])

    shutil.rmtree(folder, onerror=on_error)
    if not folder.exists():
        log.info("removed %s", folder)


def rebuild(config: Config, options: BuildOptions, state: BuildState) -> None:
    """Run the pipeline; remember its error, whatever it is, for the browser instead of
    stopping (the last good pages stay in place)."""
    try:
        config = reload_config(config)
        reports = run_stages(config, ("ingest", "translate", "render"), options)
        problems = [error for report in reports for error in report.errors]
        error_text = "\n".join(_describe(error) for error in problems)
    except VisavisError as error:
        error_text = error.report()
    except Exception as error:  # a bug in a stage must not end the server: show it instead
        error_text = f"unexpected error: {type(error).__name__}: {error}"
        log.debug("the rebuild's traceback:", exc_info=error)
    state.error = error_text
    if state.error:
        log.error("build failed, still serving the last good pages:\n%s", state.error)
    state.build += 1


def serving_config(config: Config, folder: Path) -> Config:
    """The config with the private output folder, checked by the file's rules."""
    return with_overrides(config, {"output_dir": str(folder)}, SERVE_FOLDER)


def reload_config(config: Config) -> Config:
    """Re-read config.yaml, keeping the private output folder (and the base URL option)."""
    fresh = load_config(config.path or config.root / "config.yaml")
    options = config.origins.options if config.origins is not None else {}
    for option in sorted(set(options.values())):
        changes = {key: getattr(config, key) for key, name in options.items() if name == option}
        fresh = with_overrides(fresh, changes, option)
    return fresh


def _describe(error: Exception) -> str:
    return error.report() if isinstance(error, VisavisError) else str(error)


def watch(config: Config, options: BuildOptions, state: BuildState) -> None:
    """Poll the inputs and rebuild when any of them changes."""
    paths = [config.path or config.root / "config.yaml"] + [
        config.folder(key) for key in ("content_dir", "seeds_dir", "layouts_dir")
    ]
    last = snapshot(paths)
    while True:
        time.sleep(POLL_SECONDS)
        current = snapshot(paths)
        if current != last:
            log.info("change detected, rebuilding …")
            rebuild(config, options, state)
            last = snapshot(paths)


def snapshot(paths: list[Path]) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file below the given paths (a file or folder that vanishes or
    cannot be read while it is scanned is left out)."""
    seen: dict[str, tuple[int, int]] = {}
    for root in paths:
        files = [str(root)] if root.is_file() else []
        for folder, _, names in os.walk(root):
            files.extend(os.path.join(folder, name) for name in names)
        for path in sorted(files):
            try:
                stat = os.stat(path)
            except OSError:
                continue
            seen[path] = (stat.st_mtime_ns, stat.st_size)
    return seen
