"""Ingest speed on saved web pages: `build.py ingest` over N synthetic pages, and trafilatura
alone on the same pages for comparison (issue 11: aim under a minute for 1,000 on 2 cores).

    .venv/bin/python bench/bench_ingest.py [--pages 1000] [--runs 3]

The pages are `make_edition.py`'s articles (~800 words, subheads, a pull quote) inside the
chrome of three kinds of site — a WordPress page with JSON-LD, an Arc-style page with Open
Graph only, a home-made page of nested divs — with menus, share bars, "Lire aussi" boxes,
captions, a newsletter box and a footer. Each build is a fresh subprocess (interpreter start
included) into an empty content folder; peak RSS is that process's own.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from make_edition import make_article  # noqa: E402

CHROME_TOP = """<header class="site-header"><a class="logo" href="/">{pub}</a>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/suisse">Suisse</a></li>
<li><a href="/monde">Monde</a></li><li><a href="/economie">Économie</a></li>
<li><a href="/culture">Culture</a></li><li><a href="/abonnement">S’abonner</a></li></ul></nav>
</header><div class="cookie-banner">Nous utilisons des cookies pour améliorer votre
expérience. <button>Accepter</button> <button>Refuser</button></div>"""
CHROME_SHARE = """<div class="share"><a href="#">Facebook</a> <a href="#">X</a>
<a href="#">LinkedIn</a> <a href="#">Copier le lien</a></div>"""
CHROME_RELATED = """<aside class="related"><h3>Lire aussi</h3><ul>
<li><a href="/a">Les primes maladie augmentent encore</a></li>
<li><a href="/b">Le Conseil fédéral présente son budget</a></li></ul></aside>"""
CHROME_BOTTOM = """<div class="newsletter"><h3>Notre newsletter</h3><p>Recevez chaque matin
l’essentiel de l’actualité.</p><form><input type="email"><button>S’inscrire</button></form>
</div><footer><p>© 2024 {pub}. Tous droits réservés.</p><p>Rue du Lac 12, 1201 Genève</p>
</footer>"""
FIGURE = """<figure><img src="photo.jpg" alt=""><figcaption>Une vue de la manifestation
à Lausanne. © Keystone / Laurent Gillieron</figcaption></figure>"""


def heavy_chrome(index: int) -> tuple[str, str]:
    """What makes real saved pages ~100 KB: inline CSS and scripts, a mega-menu of links."""
    css = "".join(
        f".c{index}-{i}{{margin:{i % 9}px;color:#{i * 7919 % 0xFFFFFF:06x}}}" for i in range(900)
    )
    config = json.dumps(
        {"ads": [{"slot": f"slot-{i}", "sizes": [[300, 250], [728, 90]]} for i in range(300)]}
    )
    menu = "".join(f'<li><a href="/rubrique/{i}">Rubrique {i}</a></li>' for i in range(250))
    head = f"<style>{css}</style><script>window.__CONFIG__={config};</script>"
    return head, f'<div class="mega-menu"><ul>{menu}</ul></div>'


def block_html(kind: str, lines: tuple[str, ...], attribution: str | None) -> str:
    """One body block as a publisher's CMS writes it."""
    text = html.escape(" ".join(lines))
    if kind == "subhead":
        return f"<h2>{text}</h2>"
    if kind == "quote":
        cite = f"<cite>{html.escape(attribution)}</cite>" if attribution else ""
        return f'<aside class="pullquote"><p>{text}</p>{cite}</aside>'
    return f"<p>{text}</p>"


def make_page(index: int) -> str:
    """Saved page number `index`, in one of three site templates."""
    article = make_article(index)
    meta = article.meta_fr
    pub, title = html.escape(meta["publication"]), html.escape(meta["title"])
    body = [block_html(b.kind, b.lines, b.attribution) for b in article.blocks_fr]
    body.insert(2, FIGURE)
    body.insert(len(body) // 2, CHROME_RELATED)
    date = meta["date"].isoformat()
    url = f"https://www.example-{index % 7}.ch/{meta['slug']}"
    head = [
        '<meta charset="utf-8">',
        f"<title>{title} | {pub}</title>",
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{pub}">',
        f'<meta property="og:title" content="{title}">',
    ]
    heavy_head, mega_menu = heavy_chrome(index)
    head.append(heavy_head)
    kind = index % 3
    if kind == 0:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": meta["title"],
            "datePublished": f"{date}T08:00:00+01:00",
            "author": [{"@type": "Person", "name": meta["author"]}],
            "publisher": {"@type": "Organization", "name": meta["publication"]},
            "articleSection": meta["section"],
        }
        head.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    else:
        head.append(f'<meta property="article:published_time" content="{date}T08:00:00Z">')
    byline = f'<p class="byline">Par {html.escape(meta["author"])}</p>'
    lead = f'<p class="chapo">{html.escape(meta["standfirst"])}</p>'
    header = f'<h1>{title}</h1>{lead}{byline}<time datetime="{date}">{date}</time>'
    if kind == 2:
        main = (
            f'<div id="c"><div class="t">{header}</div><div class="txt">{"".join(body)}</div></div>'
        )
    else:
        main = f'<article class="entry">{header}{CHROME_SHARE}<div class="entry-content">'
        main += f"{''.join(body)}</div>{CHROME_SHARE}</article>"
    script = (
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'article'});</script>"
    )
    return (
        f'<!doctype html><html lang="fr"><head>{"".join(head)}{script}</head><body>'
        f"{CHROME_TOP.format(pub=pub)}{mega_menu}<main>{main}</main>{CHROME_BOTTOM.format(pub=pub)}"
        "</body></html>\n"
    )


def write_project(folder: Path, pages: int) -> None:
    """A project whose seeds/ holds `pages` saved pages."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    (folder / "content").mkdir()
    (folder / "config.yaml").write_text(
        f'layouts_dir: "{ROOT / "layouts"}"\ncache_dir: ".cache"\n', encoding="utf-8"
    )
    for index in range(1, pages + 1):
        (seeds / f"page-{index:05d}.html").write_text(make_page(index), encoding="utf-8")


def time_ingest(folder: Path) -> tuple[float, int, str]:
    """One `build.py ingest` from an empty content folder: seconds, peak RSS (KB), summary."""
    shutil.rmtree(folder / "content")
    (folder / "content").mkdir()
    shutil.rmtree(folder / ".cache", ignore_errors=True)
    log = folder / "ingest.log"
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "build.py"), "ingest"],
            cwd=folder,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
        _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    rss = usage.ru_maxrss
    output = log.read_text(encoding="utf-8")
    summary = next((line for line in output.splitlines() if line.startswith("ingest:")), output)
    return elapsed, rss, summary


def time_trafilatura(folder: Path, sample: int) -> float:
    """Seconds per page for trafilatura.extract alone (one core), over the first pages."""
    import trafilatura

    pages = sorted((folder / "seeds").iterdir())[:sample]
    texts = [page.read_text(encoding="utf-8") for page in pages]
    started = time.perf_counter()
    for text in texts:
        trafilatura.extract(text, output_format="xml", with_metadata=True)
    return (time.perf_counter() - started) / len(texts)


def main(argv: list[str] | None = None) -> int:
    """Generate the pages, time the ingests, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="visavis-bench-ingest-") as temp:
        folder = Path(temp)
        write_project(folder, args.pages)
        size = sum(path.stat().st_size for path in (folder / "seeds").iterdir())
        print(f"{args.pages} saved pages, {size / args.pages / 1024:.1f} KB each on average")
        runs = [time_ingest(folder) for _ in range(args.runs)]
        times = [run[0] for run in runs]
        written = len(list((folder / "content").glob("*.fr.md")))
        per_page = time_trafilatura(folder, min(200, args.pages))
    median = statistics.median(times)
    listed = ", ".join(f"{t:.1f}" for t in times)
    print(f"visavis ingest: median {median:.1f} s over {args.runs} runs ({listed});")
    per_visavis = median / args.pages * 1000
    print(f"  {per_visavis:.0f} ms per page on {os.cpu_count()} cores, {written} content files")
    print(f"  peak RSS {max(run[1] for run in runs) / 1024:.0f} MB; {runs[-1][2]}")
    print(f"trafilatura.extract alone, one core: {per_page * 1000:.0f} ms per page")
    verdict = "MET" if median <= 60 * args.pages / 1000 else "MISSED"
    print(f"target: 1,000 pages under a minute -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
