"""Fetching one web page: its bytes as the server sent them, where it ended up, its charset.

HTTP only; what becomes of the page is `add`'s business. The standard library's
`urllib.request` does the work (redirects, proxies from the environment, TLS with the system's
certificates): no dependency of our own, and urllib3 stays trafilatura's, pinned for it.
`Accept-Encoding: identity` is asked for, so the bytes kept are the page's HTML as served; a
server that gzips anyway is decoded here, so the same holds.
"""

from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import FetchError

if TYPE_CHECKING:
    from email.message import Message

#: Seconds one address may take, all included: name lookup, connecting, redirects, reading.
DEFAULT_TIMEOUT = 10.0
MAX_BYTES = 20 * 2**20
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
WEB_SCHEMES = ("http", "https")
CHUNK_BYTES = 64 * 1024
#: The version named in the User-Agent when visavis runs from a checkout (not installed).
CHECKOUT_VERSION = "0.1.0"


@dataclass(frozen=True)
class FetchLimits:
    """How long one fetch may take, how much it may read and how many redirects it follows."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class FetchedPage:
    """A page's bytes as the server sent them, and what the response said about them."""

    url: str
    final_url: str
    data: bytes
    content_type: str
    charset: str | None


def user_agent() -> str:
    """The User-Agent sent with every request: `visavis/0.1.0 (offline reading editions)`."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("visavis")
    except importlib.metadata.PackageNotFoundError:
        version = CHECKOUT_VERSION
    return f"visavis/{version} (offline reading editions; Python urllib)"


def is_web_address(text: str) -> bool:
    """True for an `http://` or `https://` address with a host (and a valid port, if any)."""
    try:
        parts = urlsplit(text)
        return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname) and _port_ok(parts)
    except ValueError:
        return False


def _port_ok(parts: Any) -> bool:
    return parts.port is None or 0 < parts.port < 65536


def fetch_page(url: str, limits: FetchLimits = FetchLimits()) -> FetchedPage:
    """Fetch one HTML page within `limits`; every failure is a FetchError naming the address.

    One deadline covers the whole exchange. It runs in a helper thread, so that a name lookup
    that hangs or a server that trickles its headers cannot hold the caller past it; a thread
    left behind ends at its next socket timeout, and nothing it reads is used.
    """
    if not is_web_address(url):
        raise FetchError("not an http:// or https:// address", url)
    deadline = time.monotonic() + limits.timeout
    return _before_deadline(lambda: _download(url, limits, deadline), deadline, url, limits)


def _before_deadline(
    job: Callable[[], FetchedPage], deadline: float, url: str, limits: FetchLimits
) -> FetchedPage:
    """Run `job` in a daemon thread; its result, its exception, or a timeout at `deadline`."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["page"] = job()
        except BaseException as error:  # handed to the caller's thread, raised there
            outcome["error"] = error

    thread = threading.Thread(target=work, name=f"fetch {url}", daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if thread.is_alive():
        raise _timed_out(url, limits)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["page"]


def _download(url: str, limits: FetchLimits, deadline: float) -> FetchedPage:
    """The request, its redirects and the response, as a FetchedPage or a FetchError."""
    import http.client
    import urllib.error
    import urllib.request  # imported here: every other command starts without it

    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
        "Accept-Encoding": "identity",
    }
    opener = urllib.request.build_opener(_redirect_handler(url, limits.max_redirects))
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=limits.timeout) as r:
            return _read_response(url, r.geturl(), r.headers, r.read1, limits, deadline)
    except urllib.error.HTTPError as error:
        error.close()
        raise FetchError(_status_line(error.code, error.reason, url, error.url), url) from error
    except urllib.error.URLError as error:
        raise FetchError(_network_reason(error.reason, url, limits), url) from error
    except TimeoutError as error:
        raise _timed_out(url, limits) from error
    except (http.client.HTTPException, OSError) as error:
        reason = f"the connection broke: {type(error).__name__}: {error}"
        raise FetchError(reason.rstrip(": "), url) from error


def _redirect_handler(url: str, limit: int) -> Any:
    """A redirect handler that follows at most `limit` redirects, to http(s) addresses only."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = max_repeats = limit + 1  # the count below speaks first

        def redirect_request(
            self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
        ) -> Any:
            count = getattr(req, "visavis_redirects", 0) + 1
            if count > limit or not is_web_address(newurl):
                fp.close()
                if count > limit:
                    raise FetchError(f"too many redirects (more than {limit})", url)
                raise FetchError(f"redirected to {newurl}, not an http(s) address", url)
            request = super().redirect_request(req, fp, code, msg, headers, newurl)
            if request is not None:
                request.visavis_redirects = count
            return request

    return Redirects()


def _read_response(
    url: str,
    final_url: str,
    headers: Message,
    read1: Callable[[int], bytes],
    limits: FetchLimits,
    deadline: float,
) -> FetchedPage:
    """Check the response's type and size, then read its body before the deadline."""
    content_type = headers.get("Content-Type", "")
    kind = headers.get_content_type() if content_type else ""
    if kind not in HTML_TYPES:
        raise FetchError(f"not an HTML page ({kind or 'no Content-Type'})", url)
    length = headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > limits.max_bytes:
        raise _too_big(url, limits)
    chunks: list[bytes] = []
    size = 0
    while chunk := read1(CHUNK_BYTES):
        size += len(chunk)
        if size > limits.max_bytes:
            raise _too_big(url, limits)
        if time.monotonic() > deadline:
            raise _timed_out(url, limits)
        chunks.append(chunk)
    data = _decompress(b"".join(chunks), headers.get("Content-Encoding", ""), url, limits)
    return FetchedPage(url, final_url, data, content_type, headers.get_content_charset())


def _decompress(data: bytes, coding: str, url: str, limits: FetchLimits) -> bytes:
    """The page's own bytes from a body a server compressed though `identity` was asked."""
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return data
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"the server compressed the page as '{coding}', unreadable here", url)
    decoder = zlib.decompressobj(zlib.MAX_WBITS | (16 if "gzip" in coding else 0))
    try:
        page = decoder.decompress(data, limits.max_bytes + 1)
    except zlib.error as error:
        raise FetchError(f"the {coding} body is damaged", url, reasons=[str(error)]) from error
    if len(page) > limits.max_bytes:
        raise _too_big(url, limits)
    return page


def _status_line(code: int, reason: object, url: str, where: str | None) -> str:
    """`HTTP 404 Not Found`, saying where when a redirect led there."""
    from http import HTTPStatus

    phrase = str(reason or "").strip()
    if not phrase:
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = ""
    line = f"HTTP {code} {phrase}".rstrip()
    return f"{line} (at {where})" if where and where != url else line


def _network_reason(reason: object, url: str, limits: FetchLimits) -> str:
    """Why no answer came: the lookup, the connection or TLS, in words."""
    import ssl

    host = urlsplit(url).hostname
    if isinstance(reason, socket.gaierror):
        return f"cannot find the host {host} (no network, or no such name)"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host} (no server at this address and port)"
    if isinstance(reason, TimeoutError):
        return _timed_out(url, limits).message
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the TLS certificate is not valid: {reason.verify_message}"
    if isinstance(reason, OSError):
        return f"cannot connect to {host}: {reason.strerror or reason}"
    return str(reason)


def _timed_out(url: str, limits: FetchLimits) -> FetchError:
    return FetchError(f"no complete answer within {limits.timeout:g} s (timed out)", url)


def _too_big(url: str, limits: FetchLimits) -> FetchError:
    size = limits.max_bytes
    limit = f"{size // 2**20} MB" if size % 2**20 == 0 else f"{size} bytes"
    return FetchError(f"too big (more than {limit})", url)
