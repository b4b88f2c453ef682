"""Find Pagefind's binary and run it once, measuring its time and peak memory.

The binary comes with the `pagefind[bin]` package from PyPI (in requirements-render.txt);
Pagefind's own `PAGEFIND_BINARY_PATH` names another one, and one on PATH is used when the
package is missing. Its Python API is not used: it indexes from memory, and answered in
minutes where the binary over the written pages takes seconds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import VisavisError

#: The last lines of Pagefind's output a failure reports.
TAIL_LINES = 5
#: How often the peak memory of a running Pagefind is read.
POLL_SECONDS = 0.005
#: prctl(2)'s option that sends a signal to the process when its parent dies (Linux).
PR_SET_PDEATHSIG = 1


class SearchIndexError(VisavisError):
    """Pagefind could not be run, or failed: the site is built without search."""


@dataclass(frozen=True)
class IndexRun:
    """What one run of the binary cost."""

    seconds: float
    #: Processor time, user and system (on a busy machine, the figure that does not vary).
    cpu_seconds: float
    peak_bytes: int


def find_pagefind() -> Path | None:
    """The Pagefind binary to run, or None when there is none (or it cannot be executed)."""
    named = os.environ.get("PAGEFIND_BINARY_PATH")
    if named is not None:
        candidate: Path | None = Path(named)
    else:
        candidate = _packaged_binary()
        if candidate is None:
            found = shutil.which("pagefind_extended") or shutil.which("pagefind")
            candidate = Path(found) if found else None
    if candidate is None or not candidate.is_file() or not os.access(candidate, os.X_OK):
        return None
    return candidate


def _packaged_binary() -> Path | None:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return Path(get_executable())
    except FileNotFoundError:
        return None


def run_pagefind(binary: Path, arguments: list[str]) -> IndexRun:
    """Run the binary to completion; SearchIndexError (with its last output lines) when it
    cannot start or fails."""
    started = time.perf_counter()
    try:
        process = subprocess.Popen(
            [str(binary), *arguments],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent if sys.platform == "linux" else None,
        )
    except OSError as error:
        raise SearchIndexError(
            "cannot run Pagefind", binary, reasons=[str(error)], hint=INSTALL_HINT
        ) from error
    peak = PeakWatcher(process.pid)
    peak.start()
    assert process.stdout is not None
    with process.stdout:
        output = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    peak.stop.set()
    peak.join()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        lines = dict.fromkeys(line.strip() for line in output.splitlines() if line.strip())
        tail = list(lines)[-TAIL_LINES:]
        raise SearchIndexError(
            f"Pagefind failed (exit code {process.returncode})", binary, reasons=tail
        )
    return IndexRun(seconds, usage.ru_utime + usage.ru_stime, peak.peak_bytes)


def die_with_parent() -> None:
    """In the child before `exec`: be killed when the build is (a killed build must not leave
    Pagefind writing into the output folder while the next build runs)."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class PeakWatcher(threading.Thread):
    """Reads a process's peak resident memory (`VmHWM` in /proc, Linux) while it runs.

    The process's own figure: `wait4`'s `ru_maxrss` would also count the Python process it
    was started from (the memory a child has before `exec` counts as its own)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.status = Path(f"/proc/{pid}/status")
        self.stop = threading.Event()
        self.peak_bytes = 0

    def run(self) -> None:
        """Poll until stopped or the process is gone."""
        while True:
            try:
                text = self.status.read_text(encoding="ascii", errors="replace")
            except OSError:
                return
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_bytes = max(self.peak_bytes, int(line.split()[1]) * 1024)
            if self.stop.wait(POLL_SECONDS):
                return


INSTALL_HINT = "pip install -r requirements-render.txt, which brings pagefind[bin]"
