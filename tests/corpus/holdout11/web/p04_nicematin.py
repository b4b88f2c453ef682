"""Page 04: Nice-Matin (home-made), an interview."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, write

NM = "https://www.nicematin.com"


def page() -> None:
    """Nice-Matin: interview with questions in <p><strong>, 'Propos recueillis par', stale JSON-LD."""
    url = f"{NM}/sante/cet-hiver-nous-n-aurons-pas-un-lit-de-trop-le-chef-des-urgences-de-pasteur-s-inquiete-1027744"
    title = "« Cet hiver, nous n’aurons pas un lit de trop » : le chef des urgences de Pasteur s’inquiète"
    standfirst = (
        "Grippe précoce, personnel épuisé, lits fermés faute de soignants : à l’approche des "
        "fêtes, le Dr Yann Delorme, chef des urgences de l’hôpital Pasteur 2 à Nice, décrit un "
        "service au bord de la rupture et appelle les patients à consulter d’abord leur médecin."
    )
    q = 'class="question"'
    b = Body()
    b.p("<strong>Comment se porte votre service à quelques semaines des fêtes ?</strong>", attrs=q)
    b.p(
        "Il est déjà plein. Nous accueillons en moyenne 210 patients par jour, contre 170 il y a "
        "cinq ans. Le problème n’est pas tant l’afflux que l’aval : quand un patient doit être "
        "hospitalisé, il faut lui trouver un lit. Et ces lits, aujourd’hui, nous ne les avons "
        "pas. Certaines nuits, quinze personnes attendent sur des brancards dans les couloirs."
    )
    b.p("<strong>Pourquoi manque-t-il des lits ?</strong>", attrs=q)
    b.p(
        "Parce qu’il manque des infirmières. Les chambres existent, le matériel existe, mais "
        "sans équipe on ne peut pas les ouvrir. Au CHU, une quarantaine de lits de médecine "
        "sont fermés depuis l’été. On recrute, on fait venir des intérimaires, mais ils partent "
        "souvent au bout de quelques mois, parce que le logement coûte trop cher sur la Côte."
    )
    b.chrome(ch.ad_slot("nm-pave-1", "pub"))
    b.p("<strong>L’épidémie de grippe semble arriver tôt cette année…</strong>", attrs=q)
    b.p(
        "Oui, nous voyons des formes sévères depuis la mi-novembre, avec trois semaines d’avance "
        "sur la saison dernière. Les personnes âgées sont les plus touchées. J’insiste : il est "
        "encore temps de se faire vacciner, et c’est le geste le plus utile qu’on puisse faire "
        "pour nous aider."
    )
    b.p("<strong>Que conseillez-vous aux habitants ?</strong>", attrs=q)
    b.p(
        "D’appeler le 15 avant de venir, ou leur médecin traitant. Beaucoup de gens se présentent "
        "pour une entorse ou une fièvre qui pourrait être prise en charge en ville. Ils "
        "attendront six heures, et ils auront raison d’être en colère. Ce n’est pas de la "
        "mauvaise volonté de notre part : nous trions, et les cas graves passent d’abord."
    )
    b.p("<strong>Les soignants tiennent-ils le coup ?</strong>", attrs=q)
    b.p(
        "Ils sont fatigués. Mes équipes sont formidables, mais on leur demande beaucoup. Cet "
        "hiver, nous n’aurons pas un lit de trop et pas un soignant de trop. Si une équipe tombe "
        "malade, tout le système vacille. Je ne veux pas être alarmiste, mais je préfère prévenir "
        "maintenant plutôt que m’excuser en janvier."
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Urgences de Pasteur : « On se prépare à un hiver très dur »",
        "datePublished": "2026-11-20T07:00:00+01:00",
        "dateModified": "2026-11-20T08:35:00+01:00",
        "articleSection": "Santé",
        "author": {"@type": "Person", "name": "Élodie Castellan"},
        "publisher": {
            "@type": "Organization",
            "name": "Nice-Matin",
            "logo": {"@type": "ImageObject", "url": f"{NM}/img/logo-nm.svg"},
        },
        "mainEntityOfPage": url,
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>"Cet hiver, nous n’aurons pas un lit de trop": le chef des urgences de Pasteur s’inquiète - Nice-Matin</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Le Dr Yann Delorme, chef des urgences de Pasteur 2, décrit un service au bord de la rupture.">
<meta name="keywords" content="urgences, hôpital Pasteur, Nice, grippe, CHU">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Nice-Matin"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="og:title" content="{title} - Nice-Matin">
<meta property="og:image" content="{NM}/media/image/2026/11/19/urgences-pasteur-2.jpg">
<meta name="twitter:site" content="@Nice_Matin"><meta name="twitter:title" content="{title}">
<link rel="stylesheet" href="{NM}/css/main.min.css?v=2026111901">
<style>{ch.stylesheet(41, "nm", 440)}</style>
{json_script(ld)}
<script>var nm_dataLayer={{"page_type":"article","article_id":"1027744","rubrique":"sante","premium":"0","format":"interview"}};</script>
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head><body class="page-article rub-sante">
<div id="top"><header id="header"><div class="logo"><a href="{NM}/" title="Nice-Matin">{ch.icon("bookmark", "logo")}</a></div>
<div class="header-date">Vendredi 20 novembre 2026</div>
<nav id="menu">{ch.menu(42, "menu-rubriques", NM, ["Nice", "Cannes", "Antibes", "Grasse", "Menton", "Monaco", "Faits divers", "Politique", "Sports", "Santé", "Loisirs"])}</nav>
<a class="btn-abo" href="{NM}/abonnement">Abonnez-vous</a></header></div>
<div id="content" class="container"><div class="col-main">
<div class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="surtitre">Entretien</div>
<h1 class="titre" itemprop="headline">{title}</h1>
<div class="infos"><span class="auteur">Propos recueillis par <a href="{NM}/auteur/elodie-castellan">Élodie Castellan</a></span>
<span class="date">Publié le 20/11/2026 à 07:00, mis à jour le 20/11/2026 à 08:35</span></div>
{ch.share_bar("partage", url)}
<div class="visuel"><img src="{NM}/media/image/2026/11/19/urgences-pasteur-2.jpg" alt="Le Dr Yann Delorme" width="960" height="540"><p class="legende">Le Dr Yann Delorme dans le service des urgences de Pasteur 2. <span class="credit">(Photo Franck Ferrero)</span></p></div>
<p class="chapeau">{standfirst}</p>
<div class="article-content" itemprop="articleBody">
{b.html()}
</div>
<div class="encadre-newsletter"><h3>Recevez l’essentiel de l’actu azuréenne</h3><p>Chaque matin dans votre boîte mail.</p><a href="{NM}/newsletters">S’inscrire</a></div>
</div></div>
<div class="col-side">{ch.ad_slot("nm-side", "pub")}{ch.teaser_list(43, "les-plus-lus", NM, 10, "Les plus lus")}</div>
{ch.teaser_list(44, "a-voir-aussi", NM, 12, "À voir aussi")}
</div>
<div id="footer"><div class="footer-links">{ch.link_columns(45, NM, ["Nice-Matin", "Var-matin", "Monaco-Matin", "Services", "Annonces"], 7)}</div><p>© Nice-Matin 2026. Tous droits réservés.</p></div>
{ch.consent_box("sddan", "Nice-Matin")}
</body></html>"""
    write(
        "04_nicematin_homemade_interview",
        page,
        {
            "title": title,
            "publication": "Nice-Matin",
            "author": "Élodie Castellan",
            "section": "Santé",
            "date": datetime.date(2026, 11, 20),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "notes": "Home-made markup: interview, five questions in <p class=question><strong> "
            "(paragraphs); 'Propos recueillis par'; JSON-LD headline is a stale earlier title (h1 "
            "wins); <title> with straight quotes and ' - Nice-Matin'; surtitre 'Entretien' is no "
            "section (articleSection 'Santé'); chapeau after the photo; meta description shorter "
            "than the chapeau; header date of the day; 'Publié le 20/11/2026 à 07:00, mis à jour "
            "…'; newsletter box after the body.",
        },
    )
