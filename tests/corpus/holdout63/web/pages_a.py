# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout63/web (Switzerland, Belgium, France)."""

import datetime

from kit import (
    FILLER,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    row,
    row_text,
    teasers,
    write,
)


def page01() -> None:
    """Léman Bleu: Drupal 9, live page newest first, three authors 'avec ATS', ended banner."""
    base = "https://www.lemanbleu.ch"
    url = f"{base}/fr/actualite/geneve/en-direct-la-bise-noire-souffle-sur-geneve-51873"
    title = "La bise noire souffle à 118&nbsp;km/h sur Genève"
    lead = (
        "Des rafales jusqu’à 118&nbsp;km/h ont été mesurées vendredi à Cointrin. Arbres "
        "arrachés, bateaux à quai, trams à l’arrêt: suivez avec nous cette journée de bise."
    )
    recommandations = (
        '<ul class="live-list"><li>d’éviter les parcs, les forêts et les promenades '
        "arborées;</li><li>de ranger ou de fixer le mobilier de balcon;</li><li>de ne pas "
        "s’approcher des quais et des jetées.</li></ul>"
    )
    tweet = (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Le 14 bloqué '
        "rue de la Servette, un platane couché sur la caténaire. Tout le monde est sorti, "
        'personne de blessé 🙏 <a href="https://twitter.com/hashtag/bise">#bise</a> '
        '<a href="https://t.co/Xk2sB0e">pic.twitter.com/Xk2sB0e</a></p>&mdash; Vie de '
        'quartier Servette (@ServetteVie) <a href="https://twitter.com/ServetteVie/status/1">'
        "4 décembre 2026</a></blockquote>"
    )
    video = (
        '<div class="paragraph paragraph--type--video"><div class="video-embed-field-provider-'
        'jwplayer"><div id="jw-51873-3" data-media="Kq9sT2ab"></div></div><div class="field '
        'field--name-field-legende">Les vagues passent par-dessus le parapet du quai '
        "Gustave-Ador. Images: Léman Bleu</div></div>"
    )
    # (time, datetime, title or None, paragraph fragments, html after them, list items)
    entries = [
        (
            "18h30",
            "2026-12-04T18:30:00+01:00",
            "La bise faiblit, la vigilance reste de mise",
            [
                "MétéoSuisse a abaissé en fin d’après-midi son alerte de degré 3 à degré 2 pour "
                "la région genevoise. Les rafales ne devraient plus dépasser 80&nbsp;km/h durant "
                "la nuit, mais la bise restera soutenue jusqu’à samedi midi.",
                "Les trams devraient circuler à nouveau normalement dès 20&nbsp;heures. La ligne "
                "14 reste toutefois interrompue entre Meyrin-Gravière et le CERN jusqu’à nouvel "
                "avis.",
            ],
            "",
        ),
        (
            "17h05",
            "2026-12-04T17:05:00+01:00",
            None,
            [
                "Selon un premier bilan communiqué en fin d’après-midi, les pompiers et la "
                "police ont mené 43&nbsp;interventions depuis le matin, principalement pour des "
                "chutes d’arbres et des objets emportés par le vent. Deux personnes ont été "
                "légèrement blessées à Carouge par la chute d’un panneau de chantier.",
            ],
            "",
        ),
        (
            "15h40",
            "2026-12-04T15:40:00+01:00",
            "Un arbre tombe sur un tram à la Servette",
            [
                "Un platane s’est abattu peu après 15&nbsp;heures sur la ligne de tram de la rue "
                "de la Servette, arrachant la caténaire. Aucun passager n’a été blessé, mais une "
                "trentaine de personnes ont dû quitter le convoi à pied.",
                "«On a entendu un craquement énorme, puis tout le tram a tremblé», raconte "
                "Mélanie Rossier, qui rentrait de son travail. Il a fallu un peu plus d’une "
                "heure pour dégager la voie.",
            ],
            tweet,
        ),
        (
            "13h20",
            "2026-12-04T13:20:00+01:00",
            "118&nbsp;km/h à Cointrin",
            [
                "C’est la rafale la plus forte mesurée vendredi dans le canton: 118&nbsp;km/h à la "
                "station de l’aéroport, à 12&nbsp;h&nbsp;50. Plusieurs vols ont été retardés en "
                "début d’après-midi, sans annulation à ce stade, selon Keystone-ATS.",
            ],
            "",
        ),
        (
            "11h00",
            "2026-12-04T11:00:00+01:00",
            "Les quais interdits aux piétons",
            [
                "La Ville a fermé aux piétons le quai Gustave-Ador et le quai du Mont-Blanc, où "
                "les vagues passent par-dessus le parapet. Le Jet d’eau, lui, est arrêté depuis "
                "jeudi soir.",
                "Les autorités recommandent à la population:",
            ],
            recommandations + video,
        ),
        (
            "09h15",
            "2026-12-04T09:15:00+01:00",
            "Les bateaux restent à quai",
            [
                "Aucune Mouette ne traverse la rade ce vendredi: les petits bateaux jaunes qui "
                "relient les deux rives ont été retirés du service dès le début de la matinée. "
                "Les courses de la CGN entre Genève et Nyon sont également supprimées.",
                "Au port de la Nautique, plusieurs voiliers ont rompu leurs amarres pendant la "
                "nuit. Les gardes-port étaient à pied d’œuvre à l’aube pour les rattraper.",
            ],
            "",
        ),
        (
            "07h10",
            "2026-12-04T07:10:00+01:00",
            "Bienvenue dans ce direct",
            [
                "Bonjour à toutes et à tous. La bise s’est levée dans la nuit sur le bassin "
                "lémanique et devrait atteindre son pic en milieu de journée. Nos équipes "
                "suivent ses conséquences sur le terrain tout au long de la journée.",
            ],
            "",
        ),
    ]
    list_items = [
        "d’éviter les parcs, les forêts et les promenades arborées;",
        "de ranger ou de fixer le mobilier de balcon;",
        "de ne pas s’approcher des quais et des jetées.",
    ]
    blocks = []
    expected_paragraphs = []
    for i, (time, stamp, head, texts, extra) in enumerate(entries):
        heading = f'<h3 class="live-entry__title">{head}</h3>' if head else ""
        blocks.append(
            f'<div class="paragraph paragraph--type--live-entry live-entry" id="entry-{7 - i}">'
            f'<div class="live-entry__meta"><time datetime="{stamp}">{time}</time>'
            '<button class="live-entry__share" aria-label="Partager ce post">Partager</button></div>'
            f"{heading}"
            f'<div class="clearfix text-formatted field field--name-field-texte field__item">{paras(*texts)}</div>'
            f"{extra}</div>"
        )
        expected_paragraphs += [flat(x) for x in texts]
        if "live-list" in extra:
            expected_paragraphs += [flat(x) for x in list_items]
    assert all(f"<li>{x}</li>" in recommandations for x in list_items)
    authors = ["Léa Fornerod", "Damien Rochat", "Inès Berthoud"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "LiveBlogPosting",
                "@id": url,
                "headline": flat(title),
                "name": flat(title),
                "description": flat(lead),
                "articleSection": "Genève",
                "coverageStartTime": "2026-12-04T07:10:00+0100",
                "coverageEndTime": "2026-12-04T18:45:00+0100",
                "datePublished": "2026-12-04T07:10:00+0100",
                "dateModified": "2026-12-04T18:45:00+0100",
                "author": [{"@type": "Person", "name": a} for a in authors],
                "publisher": {
                    "@type": "NewsMediaOrganization",
                    "@id": f"{base}/#organization",
                    "name": "Léman Bleu",
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{base}/themes/custom/lemanbleu/logo.svg",
                    },
                },
                "image": {
                    "@type": "ImageObject",
                    "url": f"{base}/sites/default/files/styles/og/public/2026-12/bise-quai.jpg",
                },
                "liveBlogUpdate": [
                    {
                        "@type": "BlogPosting",
                        "headline": flat(head) if head else flat(texts[0])[:90],
                        "datePublished": stamp.replace("+01:00", "+0100"),
                        "articleBody": " ".join(flat(x) for x in texts),
                    }
                    for _, stamp, head, texts, _ in entries
                ],
                "mainEntityOfPage": url,
            }
        ],
    }
    nav = menu(
        6301,
        "menu--main",
        base,
        ["Actualité", "Émissions", "Sport", "Culture", "Replay", "En direct"],
        7,
    )
    latest = "".join(
        f'<div class="views-row"><article class="node node--type-video node--view-mode-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="node__title">{t["title"]}</h3></a><span class="node__date">{t["date"]}</span></article></div>'
        for t in teasers(631, 12, base + "/fr/video", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="{url}" />
<meta name="description" content="{flat(lead)}" />
<meta property="og:site_name" content="Léman Bleu" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="EN DIRECT - {flat(title)}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/2026-12/bise-quai.jpg" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@lemanbleu" />
<meta name="twitter:title" content="EN DIRECT - {flat(title)}" />
<meta property="article:published_time" content="2026-12-04T07:10:00+01:00" />
<meta property="article:modified_time" content="2026-12-04T18:45:00+01:00" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(ld)}
<link rel="icon" href="/themes/custom/lemanbleu/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>EN DIRECT - {flat(title)} | Léman Bleu</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk3d8L0aZ1n.css" />
    <style>{css_blob(6311, "lb", 260)}</style>
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  </head>
  <body class="path-node page-node-type-live">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>
    <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-content"><div class="eu-cookie-compliance-message"><p>Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus adaptés.</p></div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">J’accepte</button><button type="button" class="decline-button">Je refuse</button></div></div></div>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header"><a href="/fr" rel="home" class="site-logo"><img src="/themes/custom/lemanbleu/logo.svg" alt="Accueil" /></a>
<nav role="navigation" aria-labelledby="block-lemanbleu-main-menu" id="block-lemanbleu-main-menu"><h2 class="visually-hidden" id="block-lemanbleu-main-menu">Navigation principale</h2>{nav}</nav>
<a class="btn-live" href="/fr/direct">Regarder Léman Bleu en direct</a></div>
  </header>
  <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/fr">Accueil</a></li><li><a href="/fr/actualite">Actualité</a></li><li><a href="/fr/actualite/geneve">Genève</a></li></ol></nav></div>
  <main role="main"><a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/fr/actualite/geneve/en-direct-la-bise-noire-souffle-sur-geneve-51873" class="node node--type-live node--promoted node--view-mode-full">
  <div class="node__header">
    <div class="live-badge"><span class="live-badge__dot"></span>En direct</div>
    <div class="field field--name-field-rubrique field--type-entity-reference field__item"><a href="/fr/actualite/geneve" hreflang="fr">Genève</a></div>
    <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
    <div class="clearfix text-formatted field field--name-field-chapeau field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>
    <div class="node__meta">
      <div class="field field--name-field-auteurs">Par <a href="/fr/equipe/lea-fornerod">Léa Fornerod</a>, <a href="/fr/equipe/damien-rochat">Damien Rochat</a> et <a href="/fr/equipe/ines-berthoud">Inès Berthoud</a>, avec ATS</div>
      <div class="node__dates">Publié le <time datetime="2026-12-04T07:10:00+01:00">04.12.2026 à 07h10</time> | Mis à jour le <time datetime="2026-12-04T18:45:00+01:00">04.12.2026 à 18h45</time></div>
    </div>
    <div class="share-links"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="share-links__fb">Facebook</a><a href="https://twitter.com/intent/tweet?url={url}" class="share-links__x">X</a><a href="https://wa.me/?text={url}" class="share-links__wa">WhatsApp</a><a href="mailto:?body={url}" class="share-links__mail">E-mail</a></div>
  </div>
  <div class="live-status live-status--ended" role="status">Ce direct est terminé. Merci de l’avoir suivi avec nous.</div>
  <figure class="field field--name-field-image"><img src="/sites/default/files/styles/large/public/2026-12/bise-quai.jpg" alt="Les vagues sur le quai Gustave-Ador" /><figcaption>Le quai Gustave-Ador, vendredi matin. <span class="credit">Léman Bleu / Arnaud Perroud</span></figcaption></figure>
  <div class="node__content">
    <div class="field field--name-field-live-entries field--type-entity-reference-revisions field--label-hidden field__items">
{chr(10).join(blocks)}
    </div>
  </div>
  <div class="field field--name-field-tags field__items"><div class="field__label">Mots-clés</div><a href="/fr/tags/meteo">Météo</a><a href="/fr/tags/bise">Bise</a><a href="/fr/tags/tpg">TPG</a></div>
</article>
<div class="block block-views block-views-blockdernieres-videos-block-1"><h2>Nos dernières vidéos</h2><div class="view-content">{latest}</div></div>
      </div>
    </div>
  </main>
  <footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>Léman Bleu Télévision SA, Genève</p><ul class="menu"><li><a href="/fr/contact">Contact</a></li><li><a href="/fr/mentions-legales">Mentions légales</a></li><li><a href="/fr/protection-des-donnees">Protection des données</a></li></ul><p>© 2026 Léman Bleu</p></div></footer>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/51873","currentLanguage":"fr"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
<script src="/sites/default/files/js/js_8bD2kq0Lx9.js"></script>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
  </body>
</html>
"""
    write(
        "01_lemanbleu_drupal9_direct_bise_three_authors_avec_ats",
        page,
        {
            "title": flat(title),
            "publication": "Léman Bleu",
            "author": "Léa Fornerod, Damien Rochat et Inès Berthoud",
            "agency": "ATS",
            "section": "Genève",
            "date": datetime.date(2026, 12, 4),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(h) for _, _, h, _, _ in entries if h],
            "paragraphs": expected_paragraphs,
            "notes": "Drupal 9 live page (Paragraphs entries), newest first: entry h3 titles "
            "are subheads, one entry untitled, the <time> stamps '18h30' … are not text. "
            "Byline 'Par A, B et C, avec ATS' in three links; 'selon Keystone-ATS' inside an "
            "entry. An introducing paragraph + ul of three items inside one entry; embedded "
            "tweet and a video legend ('Images: Léman Bleu') are chrome; 'Ce direct est "
            "terminé' status banner outside the entries is chrome. Standfirst "
            "field--name-field-chapeau; 'En direct' badge outside the h1, 'EN DIRECT - ' in "
            "<title> and og:title. schema_metatag-style @graph LiveBlogPosting with "
            "articleSection 'Genève' (also the breadcrumb and rubrique), dates '+0100' without "
            "colon, liveBlogUpdate repeating the entries. 'Publié le 04.12.2026 à 07h10 | Mis "
            "à jour le 04.12.2026 à 18h45'. EU cookie banner, tags, video teasers.",
        },
    )


def page02() -> None:
    """Alter Échos: Drupal 10, interview by two journalists, questions in <p><strong>, citation
    paragraph, 'Lire aussi' paragraph in the body."""
    base = "https://www.alterechos.be"
    url = f"{base}/nadia-ferhat-la-precarite-energetique-se-vit-portes-fermees/"
    title = "Nadia Ferhat&nbsp;: «&nbsp;La précarité énergétique se vit portes fermées&nbsp;»"
    lead = (
        "Des dizaines de milliers de ménages wallons et bruxellois ont froid chez eux sans "
        "apparaître dans aucune statistique de coupure. La sociologue a passé deux hivers à "
        "les écouter."
    )
    qa = [
        "<em>Un ménage sur cinq consacre plus d’un dixième de ses revenus à l’énergie, selon le "
        "baromètre publié en novembre par le Centre d’études sur la précarité (CEP). Nadia "
        "Ferhat, sociologue, coordonne ce baromètre depuis 2019. Pour cette édition, elle a "
        "mené avec son équipe une centaine d’entretiens dans des logements de Charleroi, de "
        "Liège et de Bruxelles.</em>",
        "<strong>Alter Échos&nbsp;: Le baromètre parle cette année de «&nbsp;précarité "
        "cachée&nbsp;». De quoi s’agit-il&nbsp;?</strong>",
        "<strong>Nadia Ferhat&nbsp;:</strong> Ce sont les ménages qui ne sont pas en retard de "
        "paiement, qui n’apparaissent dans aucune statistique de coupure, mais qui se privent "
        "pour y arriver. Ils chauffent une seule pièce, coupent le chauffage à 18&nbsp;heures, "
        "se lavent à l’eau tiède. Sur le papier, tout va bien. Dans les faits, ils ont froid.",
        "<strong>Combien sont-ils&nbsp;?</strong>",
        "Nous estimons qu’ils représentent environ 9&nbsp;% des ménages en Wallonie et "
        "11&nbsp;% à Bruxelles. C’est plus que ceux qui sont officiellement en difficulté de "
        "paiement. Et ce chiffre a très peu bougé malgré la baisse des prix depuis 2023.",
        "<strong>Pourquoi parler de portes fermées&nbsp;?</strong>",
        "Parce que c’est ce que nous avons vu, littéralement. Dans beaucoup de logements, on "
        "ferme les portes des chambres pour ne chauffer que le séjour. Les enfants font leurs "
        "devoirs dans la cuisine, en manteau. Mais c’est aussi une image&nbsp;: les gens ne "
        "parlent pas de leur situation, ni aux voisins ni au CPAS. Il y a une grande honte à "
        "avoir froid chez soi.",
        "Une dame de Marchienne-au-Pont nous a raconté qu’elle allumait le four quand sa fille "
        "venait lui rendre visite, pour que l’appartement ait l’air chaud. Elle ne voulait pas "
        "qu’on s’inquiète pour elle.",
        "<strong>Le tarif social ne suffit-il pas&nbsp;?</strong>",
        "Il aide énormément ceux qui y ont droit. Le problème, c’est la marche&nbsp;: un ménage "
        "qui gagne 50&nbsp;euros de trop n’a rien. Et beaucoup de locataires vivent dans des "
        "passoires thermiques que ni eux ni leurs propriétaires n’ont les moyens de rénover. "
        "On paie alors pour chauffer la rue.",
        "<strong>Que faudrait-il changer en priorité&nbsp;?</strong>",
        "Trois choses, à mon sens. Un tarif progressif plutôt qu’un seuil couperet. Des primes "
        "à la rénovation versées d’avance, et non remboursées deux ans après les travaux. Et "
        "des visites à domicile par des personnes formées, parce que la plupart des ménages "
        "que nous avons rencontrés n’auraient jamais poussé la porte d’un guichet.",
        "<strong>Vous êtes optimiste&nbsp;?</strong>",
        "Prudemment. Là où des visites à domicile ont été testées, les demandes d’aide ont "
        "triplé en un an. Les gens ne demandent pas, parce qu’on ne leur demande pas.",
    ]
    quote = "«&nbsp;Il y a une grande honte à avoir froid chez soi.&nbsp;»"
    lire = (
        '<p><strong>Lire aussi&nbsp;: <a href="/compteurs-a-budget-la-fin-annoncee-dun-'
        'dispositif-controverse/">Compteurs à budget&nbsp;: la fin annoncée d’un dispositif '
        "controversé</a></strong></p>"
    )

    def text(*items: str) -> str:
        return (
            '<div class="paragraph paragraph--type--texte paragraph--view-mode--default">'
            '<div class="clearfix text-formatted field field--name-field-texte field--type-text-long field--label-hidden field__item">'
            + "\n".join(f"<p>{x}</p>" for x in items)
            + "</div></div>"
        )

    body = "\n".join(
        [
            text(*qa[:5]),
            text(lire),
            text(*qa[5:7]),
            '<div class="paragraph paragraph--type--citation paragraph--view-mode--default">'
            f'<blockquote class="citation"><div class="field field--name-field-citation">{quote}</div></blockquote></div>',
            text(*qa[7:11]),
            '<div class="paragraph paragraph--type--image"><figure><img src="/sites/default/files/styles/article/public/2026-11/ferhat-cuisine.jpg" alt="" loading="lazy" /><figcaption>Dans une cuisine de Charleroi, la seule pièce chauffée du logement. © Lucie Verbeke</figcaption></figure></div>',
            text(*qa[11:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "headline": flat(title),
                "name": flat(title),
                "description": flat(lead),
                "about": ["Énergie", "Pauvreté", "Logement"],
                "articleSection": "Énergie",
                "datePublished": "2026-12-02T08:00:00+0100",
                "dateModified": "2026-12-02T11:24:51+0100",
                "author": [
                    {"@type": "Person", "name": "Manon Declercq"},
                    {"@type": "Person", "name": "Hugo Lambrechts"},
                ],
                "publisher": {
                    "@type": "Organization",
                    "@id": base,
                    "name": "Alter Échos",
                    "url": base,
                    "logo": {"@type": "ImageObject", "url": f"{base}/themes/alterechos/logo.png"},
                },
                "isAccessibleForFree": "True",
                "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            }
        ],
    }
    nav = menu(
        6302,
        "menu--themes",
        base,
        ["Social", "Logement", "Énergie", "Enseignement", "Santé", "Migrations", "Emploi"],
        6,
    )
    more = "".join(
        f'<div class="views-row"><article class="node--view-mode-teaser"><a href="{t["url"]}"><h3>{t["title"]}</h3></a><div class="field--name-field-date">{t["date"]}</div></article></div>'
        for t in teasers(632, 6, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Alter Échos" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/2026-11/ferhat.jpg" />
<meta property="article:published_time" content="2026-12-02T08:00:00+0100" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(ld)}
    <title>{flat(title)} | Alter Échos</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_vW1pQm7Lz0.css?delta=0&amp;language=fr&amp;theme=alterechos" />
    <style>{css_blob(6312, "ae", 220)}</style>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable">Aller au contenu principal</a>
    <div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span><button id="tarteaucitronPersonalize2">Tout accepter</button><button id="tarteaucitronAllDenied2">Tout refuser</button></div></div>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="page">
  <header class="site-header">
    <div class="site-header__top"><a class="site-logo" href="/" rel="home"><img src="/themes/alterechos/logo.svg" alt="Alter Échos" /></a><p class="site-slogan">L’actualité sociale décryptée</p><a class="btn btn--abo" href="/abonnements/">S’abonner</a><a class="btn btn--don" href="/soutenir/">Faire un don</a></div>
    <nav class="menu-themes" aria-label="Thématiques">{nav}</nav>
  </header>
  <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/thematiques/energie/">Énergie</a></li></ol></nav></div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="region region-content">
<article data-history-node-id="24817" role="article" about="/nadia-ferhat-la-precarite-energetique-se-vit-portes-fermees/" class="node node--type-article node--view-mode-full">
  <header class="node__header">
    <div class="field field--name-field-genre field--type-entity-reference field__item">Entretien</div>
    <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
    <div class="clearfix text-formatted field field--name-field-chapeau field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>
    <div class="node__meta">
      <div class="field field--name-field-auteurs field--type-entity-reference field--label-inline"><div class="field__label">Propos recueillis par</div><div class="field__items"><div class="field__item"><a href="/auteurs/manon-declercq/" hreflang="fr">Manon Declercq</a></div><div class="field__item"><a href="/auteurs/hugo-lambrechts/" hreflang="fr">Hugo Lambrechts</a></div></div></div>
      <div class="field field--name-field-date-publication"><time datetime="2026-12-02T07:00:00Z">02/12/2026</time></div>
      <div class="field field--name-field-numero">Paru dans <a href="/numeros/alter-echos-n-518/">Alter Échos n°518</a> – décembre 2026</div>
      <div class="field field--name-field-thematique"><a href="/thematiques/energie/">Énergie</a></div>
    </div>
    <div class="addtoany_list"><a class="a2a_button_facebook">Facebook</a><a class="a2a_button_linkedin">LinkedIn</a><a class="a2a_button_email">E-mail</a><a class="a2a_button_print">Imprimer</a></div>
  </header>
  <figure class="field field--name-field-image-principale"><img src="/sites/default/files/styles/article_large/public/2026-11/ferhat.jpg" alt="Nadia Ferhat" /><figcaption>Nadia Ferhat coordonne le baromètre du CEP depuis 2019. © Lucie Verbeke</figcaption></figure>
  <div class="node__content">
    <div class="field field--name-field-paragraphes field--type-entity-reference-revisions field--label-hidden field__items">
{body}
    </div>
  </div>
  <aside class="soutien-box"><h2>Alter Échos a besoin de vous</h2><p>Cet article est en accès libre. Pour que l’information sociale reste accessible à tous, soutenez un média indépendant.</p><a href="/abonnements/">Je m’abonne</a> <a href="/soutenir/">Je fais un don</a></aside>
  <div class="field field--name-field-tags field__items"><a href="/tags/precarite-energetique/">Précarité énergétique</a><a href="/tags/cpas/">CPAS</a><a href="/tags/tarif-social/">Tarif social</a></div>
</article>
<section class="block block-views related"><h2>Sur le même sujet</h2>{more}</section>
    </div>
  </main>
  <footer class="site-footer"><div class="newsletter"><h2>Newsletter</h2><p>Recevez chaque semaine nos derniers articles.</p><form><input type="email" placeholder="Votre adresse e-mail" /><button>S’inscrire</button></form></div><p>Alter Échos est édité par l’Agence Alter asbl, Bruxelles.</p><p>© 2026 Alter Échos – Tous droits réservés</p></footer>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/24817","currentLanguage":"fr"}}}}</script>
    <script src="/sites/default/files/js/js_k3Pz0a9Qw1.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=alterechos"></script>
  </body>
</html>
"""
    write(
        "02_alterechos_drupal10_entretien_two_authors_citation_lire_aussi",
        page,
        {
            "title": flat(title),
            "publication": "Alter Échos",
            "author": "Manon Declercq et Hugo Lambrechts",
            "section": "Énergie",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in qa],
            "notes": "Drupal 10 with Paragraphs: the body is a sequence of text, citation and "
            "image paragraph entities. Interview: italic presentation paragraph, questions in "
            "<p><strong> (the first opened by 'Alter Échos :', the first answer by the bold "
            "'Nadia Ferhat :'), an answer in two paragraphs. 'Lire aussi :' as a bold <p> "
            "between paragraphs is chrome; the citation entity repeats a sentence of an answer "
            "(pull quote). 'Propos recueillis par' as the authors' field label over two field "
            "items → 'A et B'. Genre 'Entretien' above the h1; articleSection 'Énergie' (also "
            "breadcrumb and thematique). Visible date '02/12/2026' with datetime 07:00Z, "
            "JSON-LD '+0100'; issue line 'décembre 2026'. Support box, tags, related, "
            "newsletter, tarteaucitron banner.",
        },
    )


def page03() -> None:
    """L'Humanité: WordPress + Yoast, paywall after four paragraphs, two authors, kicker."""
    base = "https://www.humanite.fr"
    url = f"{base}/social-et-economie/greve/a-maubeuge-les-fondeurs-de-sambracast-tiennent-le-piquet-depuis-dix-jours"
    title = "À Maubeuge, les fondeurs de Sambracast tiennent le piquet depuis dix jours"
    lead = (
        "Les 212 salariés de cette fonderie sous-traitante de l’automobile refusent un plan qui "
        "supprimerait un poste sur trois. La réunion prévue mercredi a été reportée sans date."
    )
    p = [
        "Sur le parking de la fonderie, un brasero taillé dans un ancien fût d’huile réchauffe "
        "une vingtaine de salariés. Il est 6&nbsp;heures, la nuit est encore noire sur la zone "
        "industrielle, et le piquet de grève entame son dixième jour. «&nbsp;On restera ici "
        "jusqu’à ce qu’ils reviennent avec autre chose qu’un tableau Excel&nbsp;», lance "
        "Jérôme Dufrasne, 51&nbsp;ans, dont vingt-six passés au moulage.",
        "Le 24&nbsp;novembre, la direction de Sambracast a présenté aux représentants du "
        "personnel un projet de «&nbsp;réorganisation&nbsp;» prévoyant 71&nbsp;suppressions de "
        "postes sur 212. Le groupe qui détient la fonderie depuis 2019 invoque la chute des "
        "commandes de pièces pour moteurs thermiques, qui représentaient encore 80&nbsp;% de "
        "l’activité du site l’an dernier.",
        "«&nbsp;Ils nous parlent de transition, mais ils n’ont jamais mis un euro dans les "
        "pièces pour l’électrique&nbsp;», conteste Sandrine Lefebvre, déléguée syndicale. Selon "
        "elle, un projet de ligne de carters pour batteries, présenté en 2024 par l’encadrement "
        "du site, a été «&nbsp;enterré&nbsp;» par le siège.",
        "La réunion de négociation prévue mercredi a été reportée <em>sine die</em>. Contactée, "
        "la direction n’a pas souhaité répondre à nos questions.",
    ]
    lire = (
        '<aside class="read-also"><span class="read-also__label">À lire aussi</span>'
        '<a href="/social-et-economie/industrie/sous-traitance-automobile-la-saignee-des-'
        'fonderies-francaises"><span class="read-also__title">Sous-traitance automobile&nbsp;: '
        "la saignée des fonderies françaises</span></a></aside>"
    )
    body = "\n".join([paras(*p[:2]), lire, paras(*p[2:])])
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": [
                    {"@id": f"{base}/#/schema/person/5a1c0f"},
                    {"@id": f"{base}/#/schema/person/b7e240"},
                ],
                "headline": title,
                "datePublished": "2026-12-03T16:45:00+00:00",
                "dateModified": "2026-12-04T08:10:12+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 812,
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": ["Social et économie", "Grève", "Industrie"],
                "inLanguage": "fr-FR",
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".paywalled-content",
                },
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - L'Humanité",
                "datePublished": "2026-12-03T16:45:00+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Social et économie",
                        "item": base + "/social-et-economie",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Grève",
                        "item": base + "/social-et-economie/greve",
                    },
                    {"@type": "ListItem", "position": 4, "name": title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "L'Humanité",
                "url": base + "/",
                "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/logo.png"},
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/5a1c0f",
                "name": "Camille Roussel",
                "url": f"{base}/auteurs/camille-roussel",
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/b7e240",
                "name": "Yanis Belkacem",
                "url": f"{base}/auteurs/yanis-belkacem",
            },
        ],
    }
    nav = menu(
        6303,
        "main-nav",
        base,
        [
            "Politique",
            "Social et économie",
            "Société",
            "Monde",
            "Environnement",
            "Culture",
            "Sports",
        ],
        7,
    )
    more = "".join(
        f'<article class="card card--small"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><span class="card__kicker">{t["section"]}</span><h3 class="card__title">{t["title"]}</h3></a></article>'
        for t in teasers(633, 8, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{title} - L&#039;Humanité</title>
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="L&#039;Humanité" />
<meta property="article:publisher" content="https://www.facebook.com/humanite.fr" />
<meta property="article:published_time" content="2026-12-03T16:45:00+00:00" />
<meta property="article:modified_time" content="2026-12-04T08:10:12+00:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/12/sambracast-piquet.jpg" />
<meta name="author" content="Camille Roussel, Yanis Belkacem" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Camille Roussel, Yanis Belkacem" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='huma-main-css' href='{base}/wp-content/themes/humanite/dist/css/main.css?ver=3.4.2' media='all' />
<style id='huma-inline-css'>{css_blob(6313, "hm", 300)}</style>
<script id="poool-js" src="https://assets.poool.fr/access.min.js" async></script>
</head>
<body class="post-template-default single single-post postid-812455 single-format-standard is-premium">
<div id="didomi-host"><div class="didomi-popup-notice"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre terminal.</p><button id="didomi-notice-agree-button">Accepter</button><button>Continuer sans accepter</button></div></div>
<header class="site-header">
<div class="site-header__top"><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/humanite/img/logo.svg" alt="L'Humanité"></a><a class="btn btn--red" href="{base}/abonnement">S’abonner</a><a class="btn btn--outline" href="{base}/mon-compte">Se connecter</a><a class="btn btn--outline" href="{base}/journal">Le journal</a></div>
<nav class="main-nav-wrap" aria-label="Menu principal">{nav}</nav>
</header>
<main id="main" class="site-main">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><a href="{base}/">Accueil</a> <span>/</span> <a href="{base}/social-et-economie">Social et économie</a> <span>/</span> <a href="{base}/social-et-economie/greve">Grève</a></nav>
<article id="post-812455" class="post-812455 post type-post status-publish format-standard has-post-thumbnail category-greve tag-industrie tag-automobile">
<header class="single-header">
<div class="single-header__kicker"><span class="badge badge--premium">Abonnés</span> <a class="kicker" href="{base}/mot-cle/industrie">Industrie</a></div>
<h1 class="single-header__title">{title}</h1>
<p class="single-header__chapo">{lead}</p>
<div class="single-header__meta">
<div class="authors"><a href="{base}/auteurs/camille-roussel" class="author">Camille Roussel</a> <a href="{base}/auteurs/yanis-belkacem" class="author">Yanis Belkacem</a></div>
<div class="dates"><span>Publié le <time datetime="2026-12-03T17:45:00+01:00">3 décembre 2026</time></span> <span class="dates__updated">Mis à jour le 4 décembre 2026</span></div>
</div>
<div class="share"><button class="share__btn share__btn--fb">Facebook</button><button class="share__btn share__btn--x">X</button><button class="share__btn share__btn--mail">Mail</button><button class="share__btn share__btn--gift">Offrir cet article</button></div>
</header>
<figure class="single-thumbnail"><img src="{base}/wp-content/uploads/2026/12/sambracast-piquet.jpg" alt=""><figcaption>Le piquet de grève devant la fonderie Sambracast, lundi 30 novembre, à Maubeuge. <span class="credit">© Pierre-Yves Delattre pour L’Humanité</span></figcaption></figure>
<div class="single-content paywalled-content">
{body}
</div>
<div class="paywall" id="poool-widget"><div class="paywall__inner"><p class="paywall__kicker">Article réservé aux abonnés</p><p class="paywall__title">Vous souhaitez lire la suite&nbsp;?</p><p class="paywall__text">L’Humanité ne vit que de ses lecteurs. Pour 1&nbsp;€ le premier mois, accédez à tous nos articles, au journal numérique et aux newsletters.</p><a class="btn btn--red" href="{base}/abonnement?origin=paywall">Je m’abonne</a><p class="paywall__login">Déjà abonné&nbsp;? <a href="{base}/mon-compte">Je me connecte</a></p></div></div>
<div class="single-tags"><a href="{base}/mot-cle/industrie" rel="tag">Industrie</a><a href="{base}/mot-cle/automobile" rel="tag">Automobile</a><a href="{base}/mot-cle/nord" rel="tag">Nord</a></div>
</article>
<section class="related"><h2 class="related__title">Sur le même thème</h2><div class="related__grid">{more}</div></section>
</main>
<footer class="site-footer"><div class="site-footer__newsletter"><p>Chaque matin, l’essentiel de l’actualité sociale dans votre boîte mail.</p><a href="{base}/newsletters">Je m’inscris</a></div><p class="site-footer__copy">© L'Humanité 2026 – Tous droits réservés</p></footer>
<script src='{base}/wp-content/themes/humanite/dist/js/main.js?ver=3.4.2' id='huma-main-js'></script>
</body>
</html>
"""
    write(
        "03_humanite_wordpress_yoast_greve_paywall_two_authors_no_et",
        page,
        {
            "title": title,
            "publication": "L'Humanité",
            "author": "Camille Roussel et Yanis Belkacem",
            "section": "Social et économie",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "WordPress (custom theme) + Yoast @graph: NewsArticle with two Person "
            "@id references, articleSection list → 'Social et économie' (beats the breadcrumb's "
            "'Grève' and the kicker 'Industrie'); isAccessibleForFree false with hasPart "
            "cssSelector. Paywall (Poool widget) after four paragraphs: 'Article réservé aux "
            "abonnés' box is chrome, incomplete. Two authors as two sibling links without 'et' "
            "→ 'A et B'. Standfirst p.single-header__chapo; 'Abonnés' badge; '<em>sine "
            "die</em>'; 'À lire aussi' aside between paragraphs; caption credit 'pour "
            "L’Humanité'. og:site_name 'L&#039;Humanité'. 'Publié le 3 décembre 2026 … Mis à "
            "jour le 4 décembre 2026', JSON-LD 16:45+00:00.",
        },
    )


def page04() -> None:
    """Rue89 Strasbourg: WordPress Astra + Yoast, table, block quotation, two subheads, no
    standfirst, comments."""
    base = "https://www.rue89strasbourg.com"
    url = f"{base}/cantines-nouvelle-grille-tarifaire-qui-paie-plus-qui-paie-moins-318204"
    title = "Cantines&nbsp;: avec la nouvelle grille, qui paie plus, qui paie moins&nbsp;?"
    p1 = [
        "À partir de la rentrée 2027, le prix d’un repas à la cantine ne dépendra plus de six "
        "mais de huit tranches de quotient familial. La délibération adoptée lundi 30 "
        "novembre par le conseil municipal baisse le tarif pour les deux premières tranches "
        "et l’augmente pour les familles dont le quotient dépasse 1&nbsp;000&nbsp;euros.",
        "La Ville justifie la réforme par le coût d’un repas, passé selon ses chiffres de "
        "9,80 à 11,40&nbsp;euros en trois ans, dont une part croissante reste à sa charge. "
        "Nous avons comparé l’ancienne et la nouvelle grille pour une famille type.",
    ]
    head1 = "Jusqu’à 1,10&nbsp;euro de plus par repas"
    p2 = [
        "Pour les familles des deux premières tranches, la baisse atteint 50&nbsp;centimes par "
        "repas. À l’inverse, un enfant dont la famille déclare un quotient supérieur à "
        "2&nbsp;000&nbsp;euros paiera 7,80&nbsp;euros, soit 1,10&nbsp;euro de plus "
        "qu’aujourd’hui.",
    ]
    table_rows = [
        ["Tranche", "Quotient familial", "Prix actuel", "Prix à la rentrée 2027"],
        ["1", "moins de 450&nbsp;€", "1,50&nbsp;€", "1,00&nbsp;€"],
        ["2", "de 450 à 700&nbsp;€", "2,40&nbsp;€", "1,90&nbsp;€"],
        ["3", "de 701 à 1&nbsp;000&nbsp;€", "3,60&nbsp;€", "3,40&nbsp;€"],
        ["4", "de 1&nbsp;001 à 1&nbsp;400&nbsp;€", "4,80&nbsp;€", "5,10&nbsp;€"],
        ["5", "de 1&nbsp;401 à 2&nbsp;000&nbsp;€", "5,90&nbsp;€", "6,60&nbsp;€"],
        ["6", "plus de 2&nbsp;000&nbsp;€", "6,70&nbsp;€", "7,80&nbsp;€"],
    ]
    table = (
        '<figure class="wp-block-table is-style-stripes"><table><thead>'
        + row(table_rows[0], "th")
        + "</thead><tbody>"
        + "".join(row(r) for r in table_rows[1:])
        + '</tbody></table><figcaption class="wp-element-caption">Tarifs d’un repas en '
        "élémentaire, par tranche de quotient familial (source&nbsp;: délibération du 30 "
        "novembre 2026).</figcaption></figure>"
    )
    p3 = [
        "Pour une famille de deux enfants inscrits quatre jours par semaine, l’écart dépasse "
        "ainsi 300&nbsp;euros sur l’année scolaire dans la dernière tranche.",
    ]
    head2 = "Des parents demandent un gel"
    p4 = [
        "Un collectif de parents d’élèves du quartier de la Robertsau a adressé le 25 "
        "novembre une lettre ouverte aux élus. Il y écrit&nbsp;:",
    ]
    quote = [
        "«&nbsp;Nous ne contestons pas la solidarité entre les familles. Mais les familles "
        "des tranches moyennes, qui ne sont ni aidées ni aisées, vont porter l’essentiel de "
        "la hausse.",
        "Nous demandons que les tarifs soient gelés pour une année, le temps d’évaluer la "
        "qualité des repas et la fréquentation.&nbsp;»",
    ]
    p5 = [
        "Parent de trois enfants scolarisés à Neudorf, Vincent Kuntz fait partie des "
        "signataires. «&nbsp;On nous explique que le bio et le local coûtent plus cher, et "
        "c’est vrai. Mais personne ne nous a demandé notre avis sur la manière de répartir "
        "l’effort&nbsp;», regrette-t-il.",
        "Interrogé lors du conseil, un élu de l’opposition a réclamé une tranche "
        "supplémentaire pour les quotients compris entre 1&nbsp;000 et 1&nbsp;200&nbsp;euros. "
        "L’amendement a été rejeté. La nouvelle grille sera appliquée en septembre 2027, "
        "après une année de transition.",
    ]
    lire = (
        '<p class="lire-aussi"><strong>Lire aussi</strong>&nbsp;: <a href="'
        f'{base}/cantines-scolaires-les-cuisines-centrales-a-bout-de-souffle-301877">Cantines '
        "scolaires&nbsp;: les cuisines centrales à bout de souffle</a></p>"
    )
    body = "\n".join(
        [
            paras(*p1),
            f'<h2 class="wp-block-heading">{head1}</h2>',
            paras(*p2),
            table,
            paras(*p3),
            lire,
            f'<h2 class="wp-block-heading">{head2}</h2>',
            paras(*p4),
            '<blockquote class="wp-block-quote">'
            + "".join(f"<p>{x}</p>" for x in quote)
            + "<cite>Lettre ouverte du collectif Parents Robertsau, 25 novembre 2026</cite></blockquote>",
            paras(*p5),
        ]
    )
    expected = (
        [flat(x) for x in p1 + p2]
        + [row_text(r) for r in table_rows]
        + [flat(x) for x in p3 + p4 + quote + p5]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Maëlle Schaeffer", "@id": f"{base}/#/schema/person/91ab"},
                "headline": flat(title),
                "datePublished": "2026-12-04T06:00:00+00:00",
                "dateModified": "2026-12-04T10:31:47+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 690,
                "commentCount": 2,
                "publisher": {"@id": f"{base}/#organization"},
                "keywords": ["cantine", "conseil municipal", "tarifs"],
                "articleSection": ["Éducation", "Politique"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{flat(title)} - Rue89 Strasbourg",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Rue89 Strasbourg",
                "url": base + "/",
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/91ab",
                "name": "Maëlle Schaeffer",
                "url": f"{base}/author/maelle-schaeffer",
            },
        ],
    }
    comments = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{cid}"><article class="ast-comment"><div class="ast-comment-meta"><span class="ast-comment-cite-wrap"><cite><b class="fn">{who}</b></cite></span><time datetime="{when}">{shown}</time></div><section class="ast-comment-content comment"><p>{what}</p></section></article></li>'
        for cid, who, when, shown, what in [
            (
                88412,
                "Sophie_67",
                "2026-12-04T09:12:00+01:00",
                "4 décembre 2026 à 9 h 12 min",
                "Dans notre école, la moitié des repas part à la poubelle. Qu’on commence par là avant d’augmenter les prix.",
            ),
            (
                88419,
                "J. Meyer",
                "2026-12-04T11:40:00+01:00",
                "4 décembre 2026 à 11 h 40 min",
                "Merci pour le tableau, c’est plus clair que tout ce qu’on a reçu de la mairie.",
            ),
        ]
    )
    nav = menu(
        6304,
        "main-header-menu",
        base,
        ["Politique", "Société", "Éducation", "Environnement", "Culture", "Enquêtes"],
        5,
    )
    more = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(634, 5, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{flat(title)} - Rue89 Strasbourg</title>
<meta name="description" content="La nouvelle grille tarifaire des cantines strasbourgeoises baisse le prix pour les familles modestes et l’augmente au-delà de 1 000 euros de quotient familial." />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Rue89 Strasbourg" />
<meta property="article:published_time" content="2026-12-04T06:00:00+00:00" />
<meta property="article:modified_time" content="2026-12-04T10:31:47+00:00" />
<meta name="author" content="Maëlle Schaeffer" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Maëlle Schaeffer" />
<meta name="twitter:label2" content="Durée de lecture estimée" />
<meta name="twitter:data2" content="4 minutes" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<style id='astra-theme-css-inline-css'>{css_blob(6314, "ast", 280)}</style>
<link rel='stylesheet' id='astra-child-r89-css' href='{base}/wp-content/themes/astra-child-r89/style.css?ver=1.9.0' media='all' />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-318204 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Aller au contenu">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/logo-r89s.png" class="custom-logo" alt="Rue89 Strasbourg"></a></span></div><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Navigation principale">{nav}</nav><div class="ast-header-button-1"><a class="ast-custom-button" href="{base}/abonnement">S’abonner</a></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Fil d’Ariane" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="{base}/"><span>Accueil</span></a></li><li class="trail-item"><a href="{base}/category/education"><span>Éducation</span></a></li><li class="trail-item trail-end"><span>{flat(title)}</span></li></ul></div></nav></div></div>
<main id="main" class="site-main">
<article class="post-318204 post type-post status-publish format-standard has-post-thumbnail hentry category-education category-politique tag-cantine ast-article-single" id="post-318204" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
<div class="ast-single-post-order">
<div class="ast-terms-link"><a href="{base}/category/education">Éducation</a>, <a href="{base}/category/politique">Politique</a></div>
<h1 class="entry-title" itemprop="headline">{title}</h1>
<div class="entry-meta">Par <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="Voir tous les articles de Maëlle Schaeffer" href="{base}/author/maelle-schaeffer" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Maëlle Schaeffer</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">4 décembre 2026</span><span class="updated" itemprop="dateModified">4 décembre 2026</span></span> / <span class="comments-link"><a href="#comments">2 commentaires</a></span></div>
</div>
</header>
<div class="post-thumb-img-content post-thumb"><img src="{base}/wp-content/uploads/2026/12/cantine-ecole-strasbourg.jpg" alt=""><p class="wp-caption-text">Dans le réfectoire d’une école élémentaire de Neudorf (Photo MS / Rue89 Strasbourg / cc)</p></div>
<div class="entry-content clear" itemprop="text">
{body}
<div class="r89-soutien"><p class="r89-soutien__title">Rue89 Strasbourg est un média indépendant.</p><p>Il ne vit que grâce à ses abonnés. Pour 5&nbsp;€ par mois, soutenez une information locale libre d’accès.</p><a class="r89-soutien__btn" href="{base}/abonnement">Je m’abonne</a></div>
</div>
</div>
</article>
<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">À propos de l’auteure</h3></div><div class="ast-author-details"><h4 class="author-title">Maëlle Schaeffer</h4><div class="post-author-bio"><p>Journaliste à Rue89 Strasbourg depuis 2023, elle suit l’éducation et les questions sociales.</p></div></div></div></div>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 réflexions sur « {flat(title)} »</h3></div><ol class="ast-comment-list">{comments}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p><textarea name="comment"></textarea><input type="submit" value="Publier le commentaire"></form></div></div>
</main>
</div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_recent_entries"><h2 class="widget-title">Derniers articles</h2><ul>{more}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>© 2026 Rue89 Strasbourg – Tous droits réservés – <a href="{base}/mentions-legales">Mentions légales</a></p></div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};</script>
<script src='{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3' id='astra-theme-js-js'></script>
</body>
</html>
"""
    write(
        "04_rue89strasbourg_astra_yoast_cantines_table_blockquote_no_standfirst",
        page,
        {
            "title": flat(title),
            "publication": "Rue89 Strasbourg",
            "author": "Maëlle Schaeffer",
            "section": "Éducation",
            "date": datetime.date(2026, 12, 4),
            "source_url": url,
            "subheads": [flat(head1), flat(head2)],
            "paragraphs": expected,
            "notes": "WordPress Astra (child theme) + Yoast @graph with articleSection list "
            "['Éducation', 'Politique'] (also the breadcrumb and the first term link). No "
            "standfirst: the text opens with an ordinary paragraph. Two h2.wp-block-heading "
            "subheads; wp-block-table with thead (the header row and six rows, one paragraph "
            "each, cells joined by a space) and a figcaption (caption); an introducing "
            "paragraph then wp-block-quote of two paragraphs with a <cite> (citation is "
            "chrome); 'Lire aussi' paragraph and a subscription box inside entry-content; "
            "caption with '(Photo MS / Rue89 Strasbourg / cc)'. Astra entry-meta 'Par A / 4 "
            "décembre 2026 / 2 commentaires'; author box, comments, sidebar.",
        },
    )
