"""Saved pages, the families of the holdout28/web round: a page builder's caption set in a
block of its own right under its image (Wix: `… (Photo : courtoisie …)`), a home-made page's
text split by `<br>` and signed by a name in italics, and the comments under such a page,
whose writers sign no article; from holdout29/web, a theme's layout classes on `<body>`
(`nav-below-header right-sidebar`) that never make the page chrome, and a pull quote's
speaker in an element of its own (`pullquote-by`). Each is stated on a small invented page
read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, texts

LONG_1, LONG_2, LONG_3 = f"{P1} {P2}", f"{P3} {P4}", f"{P2} {P1}"


def rich(text: str) -> str:
    """A page builder's block of text."""
    return (
        '<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 '
        f'wixui-rich-text__text"><span class="wixui-rich-text__text">{text}</span></p></div>'
    )


def wix_page(blocks: str) -> str:
    """A page builder's page: no `<article>`, the headline and each paragraph in a block."""
    return page(f'<div id="SITE_CONTAINER"><h1>{TITLE}</h1>{blocks}</div>', wrap=False)


def test_a_caption_in_its_own_block_under_an_image_is_not_text() -> None:
    image = '<div class="wixui-image"><img src="quai.jpg" alt="quai"></div>'
    caption = rich("Le quai, vu depuis la descente de bateaux. (Photo : courtoisie Municipalité)")
    html = wix_page(f"{rich(LONG_1)}{image}{caption}{rich(LONG_2)}{rich(LONG_3)}")
    assert texts(html) == [("paragraph", LONG_1), ("paragraph", LONG_2), ("paragraph", LONG_3)]


def test_a_sentence_under_an_image_that_carries_no_credit_stays_text() -> None:
    image = '<div class="wixui-image"><img src="quai.jpg" alt="quai"></div>'
    html = wix_page(f"{rich(LONG_1)}{image}{rich(LONG_2)}{rich(LONG_3)}")
    assert texts(html) == [("paragraph", LONG_1), ("paragraph", LONG_2), ("paragraph", LONG_3)]


def home_made_page(signature: str, comments: str) -> str:
    """A 2000s page laid out in tables: the headline, then the text split by `<br />`."""
    parts = [f"{P1} {P2}", f"{P3} {P4}", f"{P2} {P1}"]  # (old pages' long paragraphs)
    text = "<br />\n<br />\n".join([*parts, signature])
    forum = f'<table class="forum"><tr><td class="forum_titre">3 réactions</td></tr>{comments}'
    body = (
        f'<table width="760"><tr><td class="titre">{TITLE}</td></tr>'
        f'<tr><td class="texte">{text}\n</td></tr><tr><td>{forum}</table></td></tr></table>'
    )
    return page(body, wrap=False)


COMMENTS = (
    '<tr><td class="forum_msg"><b>Naina</b> - 9 novembre 2026 - 11:20<br />Courage.</td></tr>'
    '<tr><td class="forum_msg"><b>Tsiory R.</b> - 9 novembre 2026 - 14:02<br />'
    "Que fait la commune ?</td></tr>"
)


def test_a_name_in_italics_closing_a_text_split_by_breaks_is_its_author() -> None:
    result = ingest(home_made_page("<i>Rado Andrianaivo</i>", COMMENTS))
    assert result.meta["author"] == "Rado Andrianaivo"


def test_a_commenters_name_and_date_are_no_byline() -> None:
    result = ingest(home_made_page("", COMMENTS))
    assert result.meta["author"] is None


def test_a_themes_layout_classes_on_body_do_not_make_the_headline_chrome() -> None:
    body = (
        f'<div class="site"><main class="site-main"><article class="post">'
        f'<header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>'
        f'<div class="entry-content"><p>{LONG_1}</p><p>{LONG_2}</p><p>{LONG_3}</p></div>'
        "</article></main></div>"
    )
    head = '<meta property="og:title" content="Un autre titre pour les réseaux">'
    html = page(body, head, wrap=False)
    html = html.replace("<body>", '<body class="nav-below-header right-sidebar wp-custom-logo">')
    assert ingest(html).meta["title"] == TITLE


def test_a_pull_quotes_speaker_in_a_by_element_is_its_attribution() -> None:
    quote = (
        '<aside class="pullquote"><p>Je ne pourrai pas faire ça encore cinq ans.</p>'
        '<span class="pullquote-by">— Dr Rémi Tremblay</span></aside>'
    )
    html = page(f"<p>{LONG_1}</p>{quote}<p>{LONG_2}</p><p>{LONG_3}</p>")
    assert ("quote", "Je ne pourrai pas faire ça encore cinq ans.") in texts(html)


def test_a_posts_categories_marked_by_a_data_hook_give_the_section() -> None:
    categories = (
        '<div data-hook="post-categories"><a href="https://ex.ch/blog/categories/region">'
        "Région</a></div>"
    )
    html = wix_page(f"{categories}{rich(LONG_1)}{rich(LONG_2)}{rich(LONG_3)}")
    assert ingest(html).meta["section"] == "Région"


def test_a_2000s_pages_lines_marked_as_caption_and_byline_are_not_text() -> None:
    head = (
        f'<span class="titre_article">{TITLE}</span><br>\n'
        '<span class="auteur">Par Anne ROY</span><br>\n'
        '<span class="date_article">Publié le 19 novembre 2026</span><br><br>\n'
        '<img src="a.jpg" alt=""><br>\n'
        '<span class="legende">La salle du Grand Conseil jeudi soir. Photo : Le Jour</span>'
        "<br><br>\n"
    )
    text = f'<div class="texte_article">{LONG_1}<br><br>{LONG_2}<br><br>{LONG_3}</div>'
    html = page(f'<table><tr><td class="contenu">{head}{text}</td></tr></table>', wrap=False)
    assert texts(html) == [("paragraph", LONG_1), ("paragraph", LONG_2), ("paragraph", LONG_3)]
