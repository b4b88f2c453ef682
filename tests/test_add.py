"""`build.py add URL|FILE`, against a real HTTP server on 127.0.0.1 serving our own pages.

No test reaches beyond the loopback: `socket.getaddrinfo` resolves loopback names only (any
other name fails as it does offline), and proxy settings are cleared.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import write_tree

from visavis.add import address_key, run_add
from visavis.cli import build_parser, main
from visavis.config import load_config
from visavis.errors import FetchError, IngestError
from visavis.fetch import FetchLimits, fetch_page, user_agent
from visavis.frontmatter import read_document

LOOPBACK = ("127.0.0.1", "localhost", "::1")
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolve loopback names only: any other name fails as it does offline, with no query."""
    resolve = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host not in LOOPBACK:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


# --- a small web server -------------------------------------------------------------------


@dataclass
class Reply:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    length: bool = True  # send Content-Length (else the body ends when the connection closes)
    delay: float = 0.0  # seconds before the status line
    trickle: float = 0.0  # seconds between the body's bytes


@dataclass
class Site:
    """The pages a test serves, and the requests it received."""

    base: str = ""
    routes: dict[str, Reply] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        """The full address of a path on this server."""
        return self.base + path

    def serve(self, path: str, page: str | bytes, **reply: object) -> str:
        """Serve a page on a path; return its address."""
        body = page.encode("utf-8") if isinstance(page, str) else page
        self.routes[path] = Reply(body, **reply)  # type: ignore[arg-type]
        return self.url(path)

    def hits(self, path: str) -> int:
        """How many requests a path received."""
        return sum(1 for got, _ in self.requests if got == path)


class Handler(BaseHTTPRequestHandler):
    """Answers from the Site's routes; a client that hangs up is no error."""

    server: ThreadingHTTPServer

    def do_GET(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        site.requests.append((self.path, dict(self.headers)))
        reply = site.routes.get(self.path, Reply(b"<h1>Introuvable</h1>", 404))
        try:
            if reply.delay and site.stop.wait(reply.delay):
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if not reply.trickle:
                self.wfile.write(reply.body)
            for index in range(len(reply.body) if reply.trickle else 0):
                self.wfile.write(reply.body[index : index + 1])
                self.wfile.flush()
                if site.stop.wait(reply.trickle):
                    return
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def site() -> Iterator[Site]:
    """A ThreadingHTTPServer on 127.0.0.1, in a thread, serving a Site."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    served = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.site = served  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.stop.set()
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connecting is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- pages -----------------------------------------------------------------------------------

MARCHE = [
    "Le maire a visité les stands ce matin, entre les cageots de pommes et les fromages.",
    "« Nous voulons que les producteurs de la vallée trouvent leur place », a-t-il déclaré.",
    "Le marché ouvrira désormais à six heures, deux heures plus tôt qu'auparavant.",
]
PONT = [
    "Après dix-huit mois de travaux, le pont de la Concorde rouvre aux voitures lundi.",
    "La circulation restera limitée à trente kilomètres à l'heure jusqu'à la fin de l'été.",
    "Les cyclistes disposeront d'une voie séparée sur toute la longueur de l'ouvrage.",
]


def article(title: str, paragraphs: list[str], canonical: str | None = None) -> str:
    """A news article page as a CMS serves it: chrome around one <article>."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><title>'
        f'{title} - Le Quotidien</title>{link}<meta property="og:site_name" '
        'content="Le Quotidien"></head><body><header><nav><a href="/">Accueil</a> '
        '<a href="/societe">Société</a></nav></header><main><article>'
        f"<h1>{title}</h1>{body}</article></main><footer>© Le Quotidien</footer></body></html>"
    )


HOME_PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><title>Le Quotidien</title></head>'
    '<body><div id="app"></div><script src="/static/app.js"></script></body></html>'
)


def add(project: Path, *args: str) -> int:
    """Call `build.py add` on a scratch project."""
    return main(["--config", str(project / "config.yaml"), "add", *args])


def files(folder: Path) -> list[str]:
    """The names in a folder, sorted."""
    return sorted(path.name for path in folder.iterdir())


def origin_of(seed: Path) -> dict[str, str]:
    """The origin file written beside a seed."""
    return yaml.safe_load(seed.with_name(seed.name + ".yaml").read_text(encoding="utf-8"))


# --- adding an address -----------------------------------------------------------------------


def test_add_saves_the_bytes_as_served_and_records_the_charset_beside_them(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    page = article("Le marché ouvre tôt", MARCHE).encode("iso-8859-1")
    url = site.serve(
        "/societe/le-marche", page, headers={"Content-Type": "text/html; charset=iso-8859-1"}
    )
    assert add(project, url) == 0
    seed = project / "seeds" / "le-marche-ouvre-tot.html"
    assert seed.read_bytes() == page, "the saved bytes are the served bytes, untouched"
    origin = origin_of(seed)
    assert origin["url"] == url
    assert origin["final_url"] == url
    assert origin["charset"] == "iso-8859-1"
    assert origin["content_type"] == "text/html; charset=iso-8859-1"
    assert origin["fetched_at"]
    document = read_document(project / "content" / "le-marche-ouvre-tot.fr.md")
    assert document.meta["title"] == "Le marché ouvre tôt", "read with the HTTP charset"
    assert document.meta["source"]["url"] == url
    assert document.meta["source"]["file"] == "le-marche-ouvre-tot.html"
    err = capsys.readouterr().err
    assert f"add: {url} → seeds/le-marche-ouvre-tot.html" in err
    assert "ingest: 1 written" in err


def test_add_sends_a_user_agent_naming_visavis_and_asks_for_uncompressed_bytes(
    project: Path, site: Site
) -> None:
    url = site.serve("/a", article("Le marché ouvre tôt", MARCHE))
    assert add(project, url) == 0
    headers = {name.lower(): value for name, value in site.requests[0][1].items()}
    assert headers["user-agent"] == user_agent()
    assert headers["user-agent"].startswith("visavis/0.1")
    assert "offline reading editions" in headers["user-agent"]
    assert headers["accept-encoding"] == "identity"


def test_a_page_gzipped_anyway_is_saved_as_its_html(project: Path, site: Site) -> None:
    page = article("Le marché ouvre tôt", MARCHE).encode("utf-8")
    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
    url = site.serve("/gz", gzip.compress(page), headers=headers)
    assert add(project, url) == 0
    assert (project / "seeds" / "le-marche-ouvre-tot.html").read_bytes() == page


def test_redirects_are_followed_and_the_final_address_recorded(project: Path, site: Site) -> None:
    final = site.serve("/2024/05/le-marche", article("Le marché ouvre tôt", MARCHE))
    first = site.serve("/m/123", b"", status=301, headers={"Location": "/2024/05/le-marche"})
    assert add(project, first) == 0
    origin = origin_of(project / "seeds" / "le-marche-ouvre-tot.html")
    assert (origin["url"], origin["final_url"]) == (first, final)
    meta = read_document(project / "content" / "le-marche-ouvre-tot.fr.md").meta
    assert meta["source"]["url"] == final


def test_a_page_without_a_headline_is_named_after_its_address(project: Path, site: Site) -> None:
    page = "<!DOCTYPE html><html lang='fr'><body>" + "".join(f"<p>{p}</p>" for p in PONT)
    url = site.serve("/2024/05/02/pont-de-la-concorde.html", page + "</body></html>")
    assert add(project, url) == 0
    assert files(project / "seeds") == ["pont-de-la-concorde.html", "pont-de-la-concorde.html.yaml"]
    assert files(project / "content") == ["pont-de-la-concorde.fr.md"]


def test_more_than_five_redirects_is_an_error(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    for number in range(7):
        site.serve(f"/r{number}", b"", status=302, headers={"Location": f"/r{number + 1}"})
    site.serve("/r7", article("Le marché ouvre tôt", MARCHE))
    assert add(project, site.url("/r0")) == 1
    assert f"error: {site.url('/r0')}: too many redirects (more than 5)" in capsys.readouterr().err
    assert files(project / "seeds") == [] and files(project / "content") == []


# --- one article, once -------------------------------------------------------------------------


def test_adding_an_address_twice_keeps_one_article_and_does_not_fetch_again(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.serve("/a", article("Le marché ouvre tôt", MARCHE))
    assert add(project, url) == 0
    capsys.readouterr()
    assert add(project, url) == 0, "an article already there is no error"
    assert f"add: {url}: already added as content/le-marche-ouvre-tot.fr.md" in (
        capsys.readouterr().err
    )
    assert site.hits("/a") == 1
    assert files(project / "seeds") == ["le-marche-ouvre-tot.html", "le-marche-ouvre-tot.html.yaml"]
    assert files(project / "content") == ["le-marche-ouvre-tot.fr.md"]


def test_one_address_given_twice_in_one_run_is_added_once(project: Path, site: Site) -> None:
    url = site.serve("/a", article("Le marché ouvre tôt", MARCHE))
    assert add(project, url, url) == 0
    assert files(project / "content") == ["le-marche-ouvre-tot.fr.md"]


def test_two_addresses_with_one_canonical_address_make_one_article(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    canonical = site.url("/societe/le-marche")
    page = article("Le marché ouvre tôt", MARCHE, canonical=canonical)
    first = site.serve("/societe/le-marche?utm_source=rss", page)
    second = site.serve("/amp/le-marche", page)
    assert add(project, first) == 0
    assert add(project, second) == 0
    assert f"{second}: already added as content/le-marche-ouvre-tot.fr.md" in (
        capsys.readouterr().err
    )
    assert files(project / "content") == ["le-marche-ouvre-tot.fr.md"]
    meta = read_document(project / "content" / "le-marche-ouvre-tot.fr.md").meta
    assert meta["source"]["url"] == canonical


def test_an_address_recorded_by_an_editor_as_source_url_is_already_added(
    project: Path, site: Site
) -> None:
    url = site.serve("/a", article("Le marché ouvre tôt", MARCHE))
    write_tree(
        project, {"content/marche.fr.md": f"---\ntitle: Marché\nsource_url: {url}\n---\nTexte.\n"}
    )
    assert add(project, url) == 0
    assert site.hits("/a") == 0
    assert files(project / "seeds") == []


def test_two_articles_with_one_headline_get_two_slugs(project: Path, site: Site) -> None:
    first = site.serve("/lyon/marche", article("Le marché ouvre tôt", MARCHE))
    second = site.serve("/nantes/marche", article("Le marché ouvre tôt", PONT))
    assert add(project, first) == 0
    assert add(project, second) == 0
    assert files(project / "content") == [
        "le-marche-ouvre-tot-2.fr.md",
        "le-marche-ouvre-tot.fr.md",
    ]
    assert origin_of(project / "seeds" / "le-marche-ouvre-tot-2.html")["slug"] == (
        "le-marche-ouvre-tot-2"
    )
    assert "slug" not in origin_of(project / "seeds" / "le-marche-ouvre-tot.html")
    again = read_document(project / "content" / "le-marche-ouvre-tot-2.fr.md")
    assert again.meta["slug"] == "le-marche-ouvre-tot-2"
    assert again.meta["source"]["url"] == second
    assert PONT[0] in again.body
    # a later ingest of the whole folder agrees: no clash, nothing rewritten
    assert main(["--config", str(project / "config.yaml"), "ingest"]) == 0


def test_two_articles_with_one_headline_in_one_run_get_two_slugs(project: Path, site: Site) -> None:
    first = site.serve("/lyon/marche", article("Le marché ouvre tôt", MARCHE))
    second = site.serve("/nantes/marche", article("Le marché ouvre tôt", PONT))
    assert add(project, first, second) == 0
    assert files(project / "content") == [
        "le-marche-ouvre-tot-2.fr.md",
        "le-marche-ouvre-tot.fr.md",
    ]


def test_a_headline_whose_slug_a_hand_written_article_has_gets_another(
    project: Path, site: Site
) -> None:
    write_tree(
        project, {"content/le-pont-rouvre.fr.md": "---\ntitle: Le pont\n---\nÉcrit à la main.\n"}
    )
    url = site.serve("/pont", article("Le pont rouvre", PONT))
    assert add(project, url) == 0
    assert "le-pont-rouvre-2.fr.md" in files(project / "content")
    assert (
        (project / "content" / "le-pont-rouvre.fr.md")
        .read_text(encoding="utf-8")
        .endswith("Écrit à la main.\n")
    )


# --- what cannot be added ----------------------------------------------------------------------


def assert_nothing_written(project: Path) -> None:
    assert files(project / "seeds") == [], "nothing is saved for an address that failed"
    assert files(project / "content") == []


def failing(site: Site, case: str) -> str:
    """An address on the test server that fails in the given way."""
    if case == "404":
        return site.url("/introuvable")
    if case == "500":
        return site.serve("/panne", b"<h1>Erreur</h1>", status=500)
    if case == "png":
        return site.serve("/photo", b"\x89PNG\r\n\x1a\n", headers={"Content-Type": "image/png"})
    if case == "big":  # announced as 25 MB: refused before reading
        return site.serve(
            "/gros",
            b"<html>",
            headers={"Content-Type": "text/html", "Content-Length": "26214400"},
            length=False,
        )
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("404", "HTTP 404 Not Found"),
        ("500", "HTTP 500 Internal Server Error"),
        ("png", "not an HTML page (image/png)"),
        ("big", "too big (more than 20 MB)"),
    ],
)
def test_a_page_that_cannot_be_had_is_one_line_naming_it_and_why(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str], case: str, reason: str
) -> None:
    url = failing(site, case)
    assert add(project, url) == 1
    err = capsys.readouterr().err
    assert f"error: {url}: {reason}\n" in err
    assert len([line for line in err.splitlines() if url in line]) == 1
    assert_nothing_written(project)


def test_a_page_too_big_without_a_length_stops_being_read(site: Site) -> None:
    url = site.serve("/gros", "<p>" + "é" * 3000, length=False)
    with pytest.raises(FetchError, match=r"too big \(more than 1000 bytes\)"):
        fetch_page(url, FetchLimits(max_bytes=1000))


def test_the_deadline_holds_against_a_server_that_trickles(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.serve("/lent", article("Le marché ouvre tôt", MARCHE), trickle=0.05)
    started = time.perf_counter()
    assert add(project, "--timeout", "1", url) == 1
    assert time.perf_counter() - started < 3
    assert f"error: {url}: no complete answer within 1 s (timed out)" in capsys.readouterr().err
    assert_nothing_written(project)


def test_the_deadline_holds_against_a_server_that_never_answers(site: Site) -> None:
    url = site.serve("/muet", article("Le marché ouvre tôt", MARCHE), delay=30)
    started = time.perf_counter()
    with pytest.raises(FetchError, match=r"no complete answer within 0\.5 s"):
        fetch_page(url, FetchLimits(timeout=0.5))
    assert time.perf_counter() - started < 2


def test_a_timeout_must_be_a_positive_number_of_seconds(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        add(project, "--timeout", "0", "http://127.0.0.1/")
    assert exit_info.value.code == 2
    assert "not a positive number of seconds: '0'" in capsys.readouterr().err


def test_the_default_deadline_is_at_most_ten_seconds() -> None:
    assert FetchLimits().timeout <= 10
    assert build_parser().parse_args(["add", "https://example.invalid/"]).timeout <= 10


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("http://127.0.0.1:{port}/article", "connection refused by 127.0.0.1"),
        ("http://visavis-test.invalid/article", "cannot find the host visavis-test.invalid"),
    ],
)
def test_offline_each_address_fails_fast_with_its_reason(
    project: Path, capsys: pytest.CaptureFixture[str], address: str, reason: str
) -> None:
    url = address.format(port=closed_port())
    started = time.perf_counter()
    assert add(project, url) == 1
    assert time.perf_counter() - started < 10
    err = capsys.readouterr().err
    assert f"error: {url}: {reason}" in err
    assert_nothing_written(project)


def test_several_addresses_show_progress_and_a_failure_stops_only_itself(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    first = site.serve("/marche", article("Le marché ouvre tôt", MARCHE))
    third = site.serve("/pont", article("Le pont de la Concorde rouvre", PONT))
    missing = site.url("/introuvable")
    assert add(project, first, missing, third) == 1
    err = capsys.readouterr().err
    assert f"add: [1/3] {first} → seeds/le-marche-ouvre-tot.html" in err
    assert f"add: [3/3] {third} → seeds/le-pont-de-la-concorde-rouvre.html" in err
    assert f"error: {missing}: HTTP 404 Not Found" in err
    assert "add: 2 added, 1 error(s)" in err
    assert files(project / "content") == [
        "le-marche-ouvre-tot.fr.md",
        "le-pont-de-la-concorde-rouvre.fr.md",
    ]


def test_a_page_that_is_no_article_is_refused_and_nothing_is_saved(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.serve("/", HOME_PAGE)
    assert add(project, url) == 1
    assert f"error: {url}: no article text found in the page (hint: " in capsys.readouterr().err
    assert_nothing_written(project)


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("ftp://ftp.example.invalid/article.html", "only http:// and https:// addresses"),
        ("le-marche.html", "no such file, and not a web address"),
    ],
)
def test_an_argument_that_is_no_address_nor_file_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str], argument: str, message: str
) -> None:
    assert add(project, argument) == 1
    assert f"error: {argument}: {message}" in capsys.readouterr().err
    assert_nothing_written(project)


# --- adding a file -----------------------------------------------------------------------------


def test_add_file_copies_a_saved_page_and_ingests_it(project: Path, tmp_path: Path) -> None:
    page = article("Le marché ouvre tôt", MARCHE).encode("utf-8")
    source = write_tree(tmp_path / "downloads", {"Le marché.html": page}) / "Le marché.html"
    assert add(project, str(source)) == 0
    assert (project / "seeds" / "Le marché.html").read_bytes() == page
    assert files(project / "content") == ["le-marche-ouvre-tot.fr.md"]


def test_add_file_copies_a_text_file_and_ingests_it(project: Path, tmp_path: Path) -> None:
    text = "Le pont de la Concorde rouvre\n\n" + "\n\n".join(PONT) + "\n"
    source = write_tree(tmp_path, {"pont.txt": text}) / "pont.txt"
    assert add(project, str(source)) == 0
    assert (project / "seeds" / "pont.txt").read_text(encoding="utf-8") == text
    meta = read_document(project / "content" / "le-pont-de-la-concorde-rouvre.fr.md").meta
    assert meta["source"]["file"] == "pont.txt"


def test_add_file_already_in_seeds_is_not_copied_again(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Le pont de la Concorde rouvre\n\n" + "\n\n".join(PONT) + "\n"
    write_tree(project, {"seeds/pont.txt": text})
    source = write_tree(tmp_path, {"copie/pont.txt": text}) / "copie" / "pont.txt"
    assert add(project, str(source)) == 0
    assert f"add: {source}: already in seeds/ as seeds/pont.txt" in capsys.readouterr().err
    assert files(project / "seeds") == ["pont.txt"]


def test_add_file_with_a_name_taken_by_another_file_gets_a_distinct_name(
    project: Path, tmp_path: Path
) -> None:
    write_tree(project, {"seeds/article.txt": "Le marché ouvre tôt\n\n" + "\n\n".join(MARCHE)})
    text = "Le pont de la Concorde rouvre\n\n" + "\n\n".join(PONT) + "\n"
    source = write_tree(tmp_path, {"article.txt": text}) / "article.txt"
    assert add(project, str(source)) == 0
    assert (project / "seeds" / "article-2.txt").read_text(encoding="utf-8") == text
    assert (project / "seeds" / "article.txt").read_text(encoding="utf-8").startswith("Le marché")


def test_add_file_of_another_kind_is_refused(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_tree(tmp_path, {"article.pdf": b"%PDF-1.7"}) / "article.pdf"
    assert add(project, str(source)) == 1
    assert f"error: {source}: cannot add a '.pdf' file (hint: only .html, .htm, .txt, .md)" in (
        capsys.readouterr().err
    )
    assert_nothing_written(project)


# --- the parts -----------------------------------------------------------------------------------


def test_addresses_compare_without_case_default_port_or_fragment() -> None:
    assert address_key("HTTPS://Journal.Example:443/a?b=1#haut") == "https://journal.example/a?b=1"
    assert address_key("http://journal.example") == "http://journal.example/"
    assert address_key("http://journal.example:8080/a") != address_key("http://journal.example/a")


def test_run_add_returns_the_add_report_then_the_ingest_report(project: Path, site: Site) -> None:
    url = site.serve("/a", article("Le marché ouvre tôt", MARCHE))
    reports = run_add(load_config(project / "config.yaml"), [url])
    assert [report.stage for report in reports] == ["add", "ingest"]
    assert reports[0].counts == {"added": 1}
    assert reports[1].counts == {"written": 1}


def test_a_slug_recorded_in_an_origin_file_must_be_a_slug(project: Path) -> None:
    from visavis.ingest.core import ingest_file

    page = article("Le marché ouvre tôt", MARCHE)
    write_tree(project, {"seeds/a.html": page, "seeds/a.html.yaml": "slug: ../../ailleurs\n"})
    with pytest.raises(IngestError, match=r"'slug' '\.\./\.\./ailleurs' is not a slug"):
        ingest_file(project / "seeds" / "a.html")


def test_help_explains_add(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    out = capsys.readouterr().out
    for words in ("URL|FILE", "redirects", "--timeout", "seeds/<slug>.html.yaml", "<slug>-2"):
        assert words in out


def test_on_a_terminal_several_addresses_show_a_progress_bar(
    project: Path, site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    first = site.serve("/marche", article("Le marché ouvre tôt", MARCHE))
    second = site.serve("/pont", article("Le pont de la Concorde rouvre", PONT))
    assert add(project, first, second) == 0
    err = capsys.readouterr().err
    assert "add: 100%" in err or "add:  50%" in err, "tqdm's bar, on stderr"
    assert f"add: [2/2] {second} → seeds/le-pont-de-la-concorde-rouvre.html" in err
