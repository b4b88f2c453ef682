"""Links between the site's own pages: relative, so one build works anywhere.

Every page links to the others and to its assets with a relative address: a page at depth d
(`articles/x/index.html` is at depth 2) starts them with its `root`, `../` d times (`./` at
the top), and layouts write `{{ root }}{{ card.url }}`, where every URL a context holds is
relative to the site's root (`articles/x/`, never `/articles/x/`). The same files then work
at a domain root, under any sub-path, and opened from disk.

A folder's page is linked as `articles/x/` by default, which a web server answers with its
`index.html`; a browser opening files from disk shows the folder instead, so `visavis.js`
adds `index.html` to such links when the page is a `file:` URL. Built with `--for-disk`, the
links name `index.html` themselves (as MkDocs does with `use_directory_urls: false`) and
work from disk without JavaScript.

Two kinds of page cannot link relatively: 404.html, which a host serves at whatever address
was missing (its `root` is the path of `base_url`, e.g. `/repo/`), and the addresses the web
requires absolute (canonical, Open Graph, feed, sitemap), made from `base_url`.
"""

from __future__ import annotations

from typing import Any

NOT_FOUND = "404.html"


def root_of(path: str) -> str:
    """The relative prefix from an output file to the site's root (`../../` for
    `articles/x/index.html`, `./` for `index.html`)."""
    return "../" * path.count("/") or "./"


def page_root(site: dict[str, Any], path: str) -> str:
    """What a page's links start with: its relative root, or the site's path for 404.html
    (served at any depth)."""
    return site["path"] if path == NOT_FOUND else root_of(path)


def site_url(site: dict[str, Any], url_path: str) -> str:
    """A page's URL relative to the site's root (`articles/x/`, or `articles/x/index.html`
    when built for disk); `url_path` is the page's folder or file (`articles/x/`, `""` for
    the home page, `feed.xml`)."""
    if url_path == "" or url_path.endswith("/"):
        return url_path + site["index"]
    return url_path
