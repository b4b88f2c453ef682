"""Saved pages, the families of the holdout33/web round: a box named in a CSS module's
CamelCase (`NewsletterTeaser_root__Hs2k9`) is read by its words like any class, so a
newsletter teaser between paragraphs is chrome; `Respectivement …` after two co-signers'
names opens their roles, not a third name; a site name that squashes its words into an
address (`og:site_name` `SudOuest.fr`) gives way to the name as the page also writes it, in
words and without the address ending (`© Sud Ouest`). Each is stated on a small invented page
read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, TITLE, ingest, page, paragraphs, texts

TEASER = (
    '<div class="NewsletterTeaser_root__Hs2k9"><p class="NewsletterTeaser_title__b0Q">'
    "Newsletter «Le Jour du matin»</p><p>Pour rester informé, recevez les principales "
    'actualités du jour.</p><a href="/newsletter">Se connecter</a></div>'
)


def test_a_css_module_newsletter_teaser_between_paragraphs_is_chrome() -> None:
    html = page(f"{paragraphs(P1)}{TEASER}{paragraphs(P2, P3)}")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_css_module_paragraph_class_is_not_chrome() -> None:
    html = page(f'<p class="ArticleParagraph_root__4mszW">{P1}</p>{paragraphs(P2, P3)}')
    assert texts(html)[0] == ("paragraph", P1)


def test_respectivement_opens_the_co_signers_roles() -> None:
    byline = (
        '<div class="authors"><span class="author-names"><a href="/auteur/a">Anne-Marie Bélanger'
        '</a> et <a href="/auteur/b">Samuel Thibodeau</a></span> <span class="author-role">'
        "Respectivement bibliothécaire scolaire à Sherbrooke et professeur à l’UQAM</span></div>"
    )
    html = page(
        f'<article><header><h1>{TITLE}</h1>{byline}</header><div class="article-body">'
        f"{paragraphs(P1, P2, P3)}</div></article>",
        wrap=False,
    )
    assert ingest(html).meta["author"] == "Anne-Marie Bélanger et Samuel Thibodeau"


def site_page(site_name: str, title_suffix: str, footer: str) -> str:
    """A page whose og:site_name, `<title>` suffix and footer name the site."""
    html = page(
        paragraphs(P1, P2, P3) + f"</div></article><footer><p>{footer}</p></footer><div>",
        head=f'<meta property="og:site_name" content="{site_name}">',
    )
    return html.replace(" | Le Jour</title>", f" - {title_suffix}</title>")


def test_a_squashed_address_name_gives_way_to_the_name_in_words() -> None:
    html = site_page("SudOuest.fr", "Sud Ouest.fr", "© Sud Ouest 2026 - Tous droits réservés")
    assert ingest(html).meta["publication"] == "Sud Ouest"


def test_the_address_form_stays_when_the_page_never_writes_the_name_without_it() -> None:
    html = site_page("SudOuest.fr", "Sud Ouest.fr", "Mentions légales")
    assert ingest(html).meta["publication"] == "Sud Ouest.fr"
