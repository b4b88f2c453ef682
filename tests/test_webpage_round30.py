"""Saved pages, the families of the holdout58/web round: Joomla K2's item boxes (`itemRelated`,
`itemToolbar`, `itemCategory`, `itemBackToTop`) are chrome; the CMS's default account in
`<meta name="author">` (`Super User`) credits no one; a breadcrumb item holding its separator
(`Régions /`) is read without it; on a page whose `<h1>` is the logo and whose `<title>` is
the site's name, the `<h2>` its class calls a title, over the article's prose, is the
headline. Each is
stated on a small invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs

LONG = (f"{P1} {P2}", f"{P3} {P4}")


def k2_page(head: str = "", crumbs: str = "") -> str:
    """A Joomla K2 item page: toolbar, text, category line, related items, back-to-top link."""
    body = (
        f'{crumbs}<div class="itemView"><div class="itemHeader"><h2 class="itemTitle">{TITLE}'
        '</h2></div><div class="itemToolbar"><ul><li><a class="itemPrintLink" href="#">Imprimer'
        '</a></li><li><a href="#">E-mail</a></li></ul></div><div class="itemBody"><div '
        f'class="itemFullText">{paragraphs(*LONG)}</div></div><div class="itemLinks"><div '
        'class="itemCategory"><span>Publié dans</span> <a href="/regions">Régions</a></div></div>'
        '<div class="itemRelated"><h3>Éléments similaires (par tag)</h3><ul><li><a href="/a">'
        "Tahoua : les producteurs d'oignon dénoncent la chute des prix</a></li><li><a "
        'href="/b">Agadez : la route rouverte</a></li></ul></div><div class="itemBackToTop"><a '
        'href="#top">haut</a></div></div>'
    )
    return page(body, head=head, wrap=False)


def test_k2s_item_boxes_are_chrome() -> None:
    blocks = ingest(k2_page()).blocks
    assert [" ".join(block.lines) for block in blocks] == list(LONG)


def test_the_cms_default_account_credits_no_one() -> None:
    assert ingest(k2_page(head='<meta name="author" content="Super User">')).meta["author"] is None


def test_a_breadcrumb_item_holding_its_separator_is_read_without_it() -> None:
    crumbs = (
        '<ul class="breadcrumb"><li><a href="/">Accueil</a><span class="divider"> / </span></li>'
        '<li><a href="/regions">Régions</a><span class="divider"> / </span></li>'
        f"<li><span>{TITLE}</span></li></ul>"
    )
    assert ingest(k2_page(crumbs=crumbs)).meta["section"] == "Régions"


def test_a_titled_h2_is_the_headline_under_a_logo_h1_and_a_sites_title() -> None:
    body = (
        '<h1 class="logo"><a href="/"><img src="logo.gif" alt="Le Quotidien"></a></h1>'
        '<div id="article"><div class="rubrique">ANALYSE</div>'
        f'<h2 class="titre_article">{TITLE}</h2>{paragraphs(*LONG)}</div>'
    )
    html = page(body, wrap=False).replace(
        f"<title>{TITLE} | Le Jour</title>", "<title>Le Quotidien</title>"
    )
    meta = ingest(html).meta
    assert (meta["title"], meta["section"]) == (TITLE, None)  # (`ANALYSE`: a genre's label)
