# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout4/web (Canada, France)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """Le Journal de Québec: long read, h2/h3, two pull quotes, two authors apart."""
    base = "https://www.journaldequebec.com"
    url = f"{base}/2026/11/22/au-bout-du-rang-lecole-de-saint-elzear-refuse-de-fermer"
    title = "Au bout du rang, l’école de Saint-Élzéar refuse de fermer"
    lead = (
        "Avec 23 élèves répartis dans deux classes, la petite école primaire du Témiscouata "
        "devait fermer en juin. Parents, grands-parents et entreprises du village ont décidé de "
        "se battre."
    )
    s1, s2, s3 = "Un village qui se mobilise", "Le calcul du centre de services", "Et après?"
    q1 = "« Quand l’école ferme, la maison d’en face se vend moins cher. C’est aussi simple que ça. »"
    q2 = "« On ne demande pas la charité, on demande du temps. »"
    p1 = [
        "Il est 7 h 50 quand l’autobus jaune s’arrête devant l’école Notre-Dame-des-Champs. Sept "
        "enfants en descendent, sac au dos, sous une neige mouillée qui annonce l’hiver. Dans la "
        "cour, la directrice, Josée Pelletier, connaît chacun par son prénom, et souvent celui "
        "de ses grands-parents.",
        "Le 14 octobre, une lettre du Centre de services scolaire du Fleuve-et-des-Lacs a "
        "annoncé aux familles que l’établissement fermerait à la fin de l’année scolaire, faute "
        "d’élèves. Les 23 enfants seraient transférés à Dégelis, à 28&nbsp;kilomètres.",
        "« Vingt-huit kilomètres de rang l’hiver, c’est une heure d’autobus matin et soir pour "
        "des enfants de cinq ans », dénonce Karine Ouellet, mère de trois élèves et présidente "
        "du conseil d’établissement.",
    ]
    p2 = [
        "En cinq semaines, le comité de parents a recueilli 1&nbsp;140 signatures, soit plus que "
        "la population du village. Le dépanneur a installé une boîte de dons à côté de la "
        "caisse; la fromagerie Lavoie a promis de financer un poste d’aide-enseignante pendant "
        "deux ans.",
        "Le maire, Gilles Bérubé, a fait adopter à l’unanimité une résolution demandant un "
        "moratoire de trois ans. La municipalité offre de prendre en charge le déneigement et "
        "l’entretien du bâtiment, soit environ 38&nbsp;000&nbsp;$ par année.",
        "Pour l’agent immobilier Marc-André Dionne, qui vend des maisons dans la région depuis "
        "vingt ans, l’enjeu dépasse la seule question scolaire.",
        "Depuis l’annonce, deux familles qui devaient s’installer au printemps ont suspendu "
        "leur achat, affirme-t-il.",
    ]
    p3 = [
        "Au centre de services, on assure que la décision n’a rien d’arbitraire. L’école coûte "
        "près de 14&nbsp;000&nbsp;$ par élève, contre 9&nbsp;500&nbsp;$ en moyenne dans la "
        "région, et deux des trois enseignantes partiront à la retraite en juin.",
        "« Nous avons un devoir d’équité envers tous les élèves du territoire », fait valoir le "
        "directeur général, Réjean Thibault, qui rappelle que trois autres écoles de moins de "
        "50 élèves sont sous surveillance.",
        "Le ministère de l’Éducation, lui, renvoie la balle au centre de services, tout en "
        "rappelant l’existence d’une enveloppe réservée aux écoles de village.",
    ]
    p4 = [
        "Le conseil d’administration doit rendre sa décision finale le 9 décembre. D’ici là, "
        "les parents préparent un mémoire qui propose d’accueillir dès l’an prochain les "
        "enfants de la garderie voisine dans une classe de maternelle quatre ans.",
        "Karine Ouellet, elle, ne se fait pas d’illusions, mais refuse de baisser les bras.",
        "Dans la cour, la cloche sonne. Les sept enfants de l’autobus rentrent en courant.",
    ]
    video = (
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
        '<iframe title="Reportage à Saint-Élzéar" src="https://players.brightcove.net/1/default/'
        'index.html?videoId=63" allowfullscreen></iframe></div><figcaption>Regardez le reportage '
        "de TVA Nouvelles à Saint-Élzéar.</figcaption></figure>"
    )
    photo = (
        '<figure class="wp-block-image size-large"><img src="https://m1.quebecormedia.com/emp/'
        'jdq/ecole.jpg" alt=""><figcaption>Josée Pelletier, directrice de l’école, devant '
        'l’établissement. <span class="credit">Photo Jonathan Gagnon</span></figcaption></figure>'
    )
    promo = (
        '<div class="article-promo"><p class="article-promo__title">VOUS AVEZ UN SCOOP À NOUS '
        "TRANSMETTRE?</p><p>Écrivez-nous à l’adresse ou appelez-nous directement au 1 800 "
        "367-1234.</p></div>"
    )
    body = "\n".join(
        [
            photo,
            paras(*p1),
            f"<h2>{s1}</h2>",
            paras(*p2[:3]),
            f'<figure class="wp-block-pullquote"><blockquote><p>{q1}</p><cite>Marc-André Dionne, '
            "agent immobilier</cite></blockquote></figure>",
            paras(p2[3]),
            video,
            f"<h2>{s2}</h2>",
            paras(*p3),
            promo,
            f"<h3>{s3}</h3>",
            paras(*p4[:2]),
            f'<aside class="pullquote pullquote--right"><p>{q2}</p><span class="pullquote__author">'
            "Karine Ouellet</span></aside>",
            paras(p4[2]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "articleSection": "Régional",
        "datePublished": "2026-11-22T05:00:00-05:00",
        "dateModified": "2026-11-22T05:00:00-05:00",
        "author": [
            {"@type": "Person", "name": "Marie-Ève Tremblay"},
            {"@type": "Person", "name": "Jonathan Gagnon"},
        ],
        "publisher": {"@type": "Organization", "name": "Le Journal de Québec"},
        "mainEntityOfPage": url,
    }
    state = {
        "posts": teasers(6, 260, base, FILLER),
        "ads": {"network": "/1234/jdq", "targeting": {"section": "regional"}},
    }
    nav = menu(
        105,
        "main-menu",
        base,
        [
            "Actualité",
            "Politique",
            "Sports",
            "Spectacles",
            "Argent",
            "Opinions",
            "Week-end",
            "Monde",
        ],
        14,
    )
    more = "".join(
        f'<div class="story-card"><a href="{t["url"]}"><img data-src="{t["image"]}" alt=""><h3 class="story-card__title">{t["title"]}</h3></a></div>'
        for t in teasers(7, 50, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA" prefix="og: https://ogp.me/ns#">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{title} | Le Journal de Québec</title>
	<link rel="canonical" href="{url}">
	<meta property="og:title" content="{title} | Le Journal de Québec">
	<meta property="og:description" content="Parents, grands-parents et entreprises du village ont décidé de se battre.">
	<meta property="og:url" content="{url}">
	<meta property="og:site_name" content="Le Journal de Québec">
	<meta property="og:type" content="article">
	<style id="qmi-critical">{css_blob(15, "qmi", 650)}</style>
	{json_script(ld)}
	<script>window.__QMI_STATE__ = {json_script(state, "")[9:-9]};</script>
	<script src="https://www.journaldequebec.com/wp-content/plugins/qmi-ads/js/ads.min.js?ver=4.2" defer></script>
</head>
<body class="post-template-default single single-post wp-embed-responsive">
	<div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p>Nous et nos partenaires stockons et accédons à des informations sur votre appareil.</p><button mode="primary">J’ACCEPTE</button><button mode="secondary">PLUS D’OPTIONS</button></div></div>
	<header id="masthead" class="site-header"><div class="site-header__date">dimanche 22 novembre 2026</div><a class="site-logo" href="{base}/">Le Journal de Québec</a><nav class="site-navigation">{nav}</nav></header>
	<main id="primary" class="site-main">
		<nav class="breadcrumbs"><a href="{base}/">Accueil</a> / <a href="{base}/actualite">Actualité</a> / <a href="{base}/actualite/regional">Régional</a></nav>
		<article id="post-5522871" class="post-5522871 post type-post status-publish">
			<header class="entry-header">
				<a class="entry-header__category" href="{base}/actualite/regional">RÉGIONAL</a>
				<h1 class="entry-title">{title}</h1>
				<p class="entry-header__dek">{lead}</p>
				<div class="entry-header__authors">
					<div class="author-card"><img src="{base}/authors/mtremblay.jpg" alt=""><a class="author-card__name" href="{base}/auteur/marie-eve-tremblay">Marie-Ève Tremblay</a></div>
					<div class="author-card"><img src="{base}/authors/jgagnon.jpg" alt=""><a class="author-card__name" href="{base}/auteur/jonathan-gagnon">Jonathan Gagnon</a></div>
				</div>
				<div class="entry-header__date"><time datetime="2026-11-22T05:00:00-05:00">Publié le 22 novembre 2026 à 05h00</time></div>
				<div class="share-bar"><button>Facebook</button><button>X</button><button>Courriel</button><button>Copier le lien</button></div>
			</header>
			<div class="entry-content">
{body}
			</div>
			<footer class="entry-footer"><div class="tags-links"><a href="{base}/sujet/education">Éducation</a> <a href="{base}/sujet/bas-saint-laurent">Bas-Saint-Laurent</a></div></footer>
		</article>
		<section class="more-stories"><h2>À voir aussi</h2>{more}</section>
	</main>
	<footer id="colophon" class="site-footer"><p>© 2026 Le Journal de Québec, tous droits réservés. Une division de Québecor Média.</p></footer>
</body>
</html>
"""
    write(
        "05_journaldequebec_wordpress_longread",
        page,
        {
            "title": title,
            "publication": "Le Journal de Québec",
            "author": "Marie-Ève Tremblay et Jonathan Gagnon",
            "section": "Régional",
            "date": datetime.date(2026, 11, 22),
            "standfirst": lead,
            "source_url": url,
            "subheads": [s1, s2, s3],
            "pull_quotes": [q1, q2],
            "paragraphs": [flat(x) for x in p1 + p2 + p3 + p4],
            "notes": "WordPress VIP long read (about 130 KB): h2 and h3 subheads; a "
            "wp-block-pullquote with a cite and an aside.pullquote with an author span; two "
            "authors in two separate author cards; photo credit 'Photo Jonathan Gagnon' in a "
            "caption (the photographer is also an author); video embed with a legend; 'scoop' "
            "promo box; Quantcast consent; kicker in capitals 'RÉGIONAL'; <title> and og:title "
            "with ' | Le Journal de Québec'; '$' amounts with &nbsp;.",
        },
    )


def page06() -> None:
    """L'actualité: WordPress interview, questions in <p><strong>, 'Propos recueillis par'."""
    base = "https://lactualite.com"
    url = f"{base}/environnement/le-feu-ne-prend-plus-de-vacances/"
    title = "« Le feu ne prend plus de vacances »"
    lead = (
        "La forestière Aurélie Côté-Lévesque étudie depuis quinze ans les incendies de la forêt "
        "boréale. Elle explique pourquoi la saison des feux s’allonge, et ce que le Québec "
        "devrait changer dès maintenant."
    )
    qa = [
        "<strong>Vous dites que la saison des feux a changé de nature. Qu’est-ce qui a changé, "
        "concrètement?</strong>",
        "Autrefois, on parlait d’une saison qui allait de la mi-mai à la fin août. Aujourd’hui, "
        "nos équipes interviennent dès la fin avril et jusqu’en octobre. En 2025, un feu a "
        "couvé sous la neige près de Chibougamau pendant tout l’hiver avant de reprendre en "
        "avril. On appelle ça un feu zombie, et on en voyait très rarement il y a vingt ans.",
        "<strong>Pourquoi?</strong>",
        "Parce que les sols tourbeux s’assèchent. Quand la couche organique est sèche sur "
        "trente ou quarante centimètres, le feu peut s’y enfouir et y survivre des mois, à "
        "l’abri de l’oxygène. C’est l’effet combiné d’hivers moins enneigés et de printemps "
        "plus chauds.",
        "<strong>La Société de protection des forêts contre le feu a-t-elle les moyens d’y "
        "faire face?</strong>",
        "Elle fait un travail remarquable avec les moyens qu’elle a. Mais son modèle repose sur "
        "des pompiers saisonniers embauchés pour quatre mois. Si la saison dure six mois, il "
        "faut des équipes permanentes, formées toute l’année, et des avions-citernes "
        "disponibles plus tôt.",
        "<strong>Vous plaidez aussi pour une autre façon d’exploiter la forêt.</strong>",
        "Oui. Les peuplements d’épinettes noires, très inflammables, ont été favorisés pendant "
        "des décennies parce qu’ils rapportent. En réintroduisant des feuillus comme le "
        "peuplier faux-tremble autour des villages, on crée des coupe-feu naturels. Des "
        "communautés cries le font déjà, avec de bons résultats.",
        "<strong>Qu’est-ce qui vous rend optimiste?</strong>",
        "Les gens. Après les feux de 2023, j’ai vu des municipalités de 800 habitants se doter "
        "d’un plan d’évacuation en trois semaines. La forêt boréale a toujours brûlé; ce qui "
        "est nouveau, c’est que nous savons ce qui s’en vient.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "headline": flat(title),
                "author": {"@type": "Person", "name": "Catherine Lavoie"},
                "datePublished": "2026-11-12T06:30:00-05:00",
                "articleSection": ["Environnement"],
                "publisher": {"@id": base + "/#organization"},
            },
            {"@type": "Organization", "@id": base + "/#organization", "name": "L’actualité"},
        ],
    }
    nav = menu(
        106,
        "menu",
        base,
        ["Politique", "Société", "Santé", "Environnement", "Économie", "Culture", "Le magazine"],
        7,
    )
    page = f"""<!doctype html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<title>« Le feu ne prend plus de vacances » — L’actualité</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L’actualité">
<meta property="og:title" content="« Le feu ne prend plus de vacances »">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta name="description" content="Entretien avec la forestière Aurélie Côté-Lévesque.">
<style>{css_blob(16, "la", 260)}</style>
{json_script(ld, 'type="application/ld+json" class="rank-math-schema"')}
<script>var lactu_paywall={{"meter":5,"remaining":3,"free":false}};</script>
</head>
<body class="single single-post">
<header class="header"><a href="{base}/" class="header__logo">L’actualité</a><nav>{nav}</nav><a class="header__subscribe" href="{base}/abonnement">S’abonner au magazine</a></header>
<main>
<article class="post">
<div class="post__header">
<a class="post__category" href="{base}/environnement/">Environnement</a>
<span class="post__format">Entrevue</span>
<h1 class="post__title">{title}</h1>
<div class="post-dek">{lead}</div>
<div class="post__byline"><span>Propos recueillis par <a href="{base}/auteur/catherine-lavoie/">Catherine Lavoie</a></span> <span class="post__date">12 novembre 2026</span></div>
</div>
<figure class="post__thumbnail"><img src="{base}/wp-content/uploads/2026/11/cote-levesque.jpg" alt=""><figcaption>Aurélie Côté-Lévesque, à la station de recherche de la forêt Montmorency. (Photo : Renaud Philippe)</figcaption></figure>
<div class="post__content entry-content">
<p><em>Cet entretien a été condensé et révisé par souci de clarté.</em></p>
{paras(*qa[:6])}
<div class="newsletter-signup"><h4>Infolettre</h4><p>Recevez chaque semaine nos meilleurs articles sur l’environnement.</p><input type="email"><button>M’inscrire</button></div>
{paras(*qa[6:])}
</div>
<div class="post__author-bio"><img src="{base}/auteur/clavoie.jpg" alt=""><p><strong>Catherine Lavoie</strong> est journaliste à L’actualité, où elle couvre les sciences et l’environnement.</p></div>
</article>
<section class="comments"><h3>2 commentaires</h3><ol class="comment-list"><li class="comment"><div class="comment-author">Pierre G.</div><div class="comment-meta">13 novembre 2026 à 8 h 14</div><p>Merci pour cet entretien très éclairant.</p></li><li class="comment"><div class="comment-author">Lyne</div><p>Et les coupes forestières, on en parle?</p></li></ol></section>
</main>
<footer class="footer"><p>© 2026 L’actualité. Tous droits réservés. Mishmash Média.</p></footer>
</body>
</html>
"""
    lines = ["Cet entretien a été condensé et révisé par souci de clarté."] + [flat(x) for x in qa]
    write(
        "06_lactualite_wordpress_interview",
        page,
        {
            "title": flat(title),
            "publication": "L’actualité",
            "author": "Catherine Lavoie",
            "section": "Environnement",
            "date": datetime.date(2026, 11, 12),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": lines,
            "notes": "WordPress interview (Rank Math @graph, Article not NewsArticle): questions "
            "in <p><strong> are paragraphs; an italic editor's note opens the body; "
            "'Propos recueillis par'; kicker 'Environnement' and format label 'Entrevue'; the "
            "headline is a quotation in « »; title separator '—'; newsletter box inside the "
            "body; author bio and comments after it; caption credit '(Photo : …)'.",
        },
    )


def page07() -> None:
    """Le Courrier picard: results table, rows as paragraphs, Drupal-ish."""
    base = "https://www.courrier-picard.fr"
    url = f"{base}/id512877/article/2026-11-29/municipales-partielles-corbie-la-liste-de-sylvie-dancourt-lemporte"
    title = "Municipales partielles à Corbie : la liste de Sylvie Dancourt l’emporte dès le premier tour"
    lead = (
        "Avec 52,8 % des suffrages, la liste « Corbie en commun » remporte l’élection "
        "partielle provoquée par la démission de onze conseillers en septembre."
    )
    p1 = [
        "La soirée électorale aura été courte à la salle des fêtes de Corbie. À 20 h 30, les "
        "résultats des quatre bureaux de vote étaient connus : la liste conduite par Sylvie "
        "Dancourt, adjointe sortante aux affaires scolaires, obtient la majorité absolue dès "
        "le premier tour.",
        "La participation s’établit à 58,1 %, un niveau élevé pour une élection partielle, "
        "signe de l’intérêt suscité par une crise municipale qui dure depuis l’été.",
        "Voici les résultats définitifs communiqués par la mairie :",
    ]
    rows = [
        ["Liste", "Tête de liste", "Voix", "%", "Sièges"],
        ["Corbie en commun", "Sylvie Dancourt", "1 642", "52,8", "21"],
        ["Agir pour Corbie", "Jean-Marc Lefebvre", "1 011", "32,5", "5"],
        ["Corbie d’abord", "Nadia Boulanger", "457", "14,7", "1"],
    ]
    p2 = [
        "Jean-Marc Lefebvre, qui avait mené la fronde contre l’ancien maire, reconnaît sa "
        "défaite mais annonce une opposition « vigilante ». « Les Corbéens ont voulu tourner "
        "la page, je l’entends », a-t-il déclaré devant ses colistiers.",
        "Le nouveau conseil municipal se réunira samedi 5 décembre pour élire le maire. Sylvie "
        "Dancourt, 54 ans, professeure des écoles, devrait être la seule candidate.",
        "Elle a promis de présenter dès janvier un audit des finances de la commune, au cœur "
        "des tensions qui avaient conduit à la démission collective de septembre.",
    ]
    table = (
        '<div class="table-responsive"><table class="results"><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in rows[0])
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        + "</tbody></table></div>"
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": "2026-11-29T21:47:00+01:00",
                "articleSection": "Somme",
                "author": [{"@type": "Person", "name": "Thomas Lefrançois"}],
                "publisher": {"@type": "NewsMediaOrganization", "name": "Courrier picard"},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {"@type": "ListItem", "position": 2, "name": "Somme", "item": base + "/somme"},
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Corbie",
                        "item": base + "/corbie",
                    },
                ],
            },
        ],
    }
    nav = menu(
        107,
        "menu--main",
        base,
        ["Amiens", "Somme", "Oise", "Aisne", "Sports", "Loisirs", "Nécrologie"],
        11,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>{title} - Courrier picard</title>
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Courrier picard" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="{url}" />
<meta property="og:type" content="article" />
<style>{css_blob(17, "cp", 340)}</style>
{json_script(ld)}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/512877","currentLanguage":"fr"}},"ajaxTrustedUrl":[],"user":{{"uid":0}}}}</script>
</head>
<body class="path-node page-node-type-article">
<div id="didomi-host"><div class="didomi-popup"><p>Vos choix en matière de cookies</p><button>Accepter &amp; Fermer</button></div></div>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><a href="{base}/" rel="home">Courrier picard</a><nav>{nav}</nav></header>
<main role="main">
<nav class="breadcrumb" role="navigation"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/somme">Somme</a></li><li><a href="{base}/corbie">Corbie</a></li></ol></nav>
<article class="node node--type-article node--view-mode-full">
<div class="field field--name-field-surtitre">Élections</div>
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="field field--name-field-chapeau"><p>{lead}</p></div>
<div class="article-meta"><div class="field--name-field-signature">Par Thomas Lefrançois | Correspondant</div><div class="field--name-created">Publié le 29/11/2026 à 21h47</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{paras(*p1)}
{table}
<div class="encadre-lire-aussi"><strong>Lire aussi</strong> <a href="{base}/id509911/article/2026-09-18/corbie-onze-elus-demissionnent">Corbie : onze élus démissionnent, le conseil municipal dissous</a></div>
{paras(*p2)}
</div>
<div class="field--name-field-tags"><a href="{base}/tags/municipales">Municipales</a> <a href="{base}/tags/corbie">Corbie</a></div>
</article>
</main>
<footer role="contentinfo"><p>© Courrier picard 2026</p></footer>
</div>
</body>
</html>
"""
    write(
        "07_courrierpicard_drupal_table",
        page,
        {
            "title": title,
            "publication": "Courrier picard",
            "author": "Thomas Lefrançois",
            "section": "Somme",
            "date": datetime.date(2026, 11, 29),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p1]
            + [" ".join(r) for r in rows]
            + [flat(x) for x in p2],
            "notes": "Drupal 10 with a results table: each row (header row included) is one "
            "paragraph, its cells joined by a space (judgement: the schema's 'one table row per "
            "paragraph'); @graph with BreadcrumbList; articleSection 'Somme' beats the "
            "breadcrumb's 'Corbie'; surtitre 'Élections'; byline 'Par A | Correspondant'; "
            "'Lire aussi' box in the body; standfirst field--name-field-chapeau.",
        },
    )


def page08() -> None:
    """Le Parisien: Arc XP with Fusion.globalContent, 'Par X avec AFP', m<sup>2</sup>."""
    base = "https://www.leparisien.fr"
    path = "/val-d-oise-95/gonesse-un-entrepot-de-40-000-m2-ravage-par-un-incendie-26-11-2026-QW3ERTY7UIOP.php"
    url = base + path
    title = "Gonesse : un entrepôt de 40 000 m² ravagé par un incendie, 200 salariés au chômage technique"
    p = [
        "L’épaisse fumée noire était visible jusqu’à Roissy. Un incendie s’est déclaré "
        "mercredi, peu après 15 heures, dans un entrepôt logistique de la zone d’activités de "
        "la Grande Couture, à Gonesse (Val-d’Oise). Il a fallu près de six heures aux pompiers "
        "pour circonscrire le sinistre.",
        "Selon la préfecture, 140 sapeurs-pompiers et 45 engins ont été mobilisés. Le bâtiment, "
        "qui abritait des stocks de meubles et d’électroménager d’une enseigne de vente en "
        "ligne, est détruit aux trois quarts. Aucune victime n’est à déplorer : les 86 "
        "salariés présents ont été évacués sans difficulté.",
        "Par précaution, la préfecture a demandé aux habitants des communes voisines de fermer "
        "leurs fenêtres. « Les mesures de la qualité de l’air réalisées en fin de soirée ne "
        "montrent pas de toxicité particulière », a précisé le sous-préfet de Sarcelles, "
        "Olivier Chaumette.",
        "Sur place, les salariés oscillaient entre soulagement et inquiétude. « On est vivants, "
        "c’est le principal. Mais demain, on travaille où ? » s’interrogeait Samir, "
        "cariste depuis sept ans sur le site.",
        "La direction a annoncé jeudi matin le placement en chômage technique des quelque 200 "
        "salariés du site, le temps de trouver une solution de repli. Une partie de l’activité "
        "pourrait être transférée vers un autre entrepôt du groupe, à Moissy-Cramayel "
        "(Seine-et-Marne).",
        "Le parquet de Pontoise a ouvert une enquête pour déterminer l’origine du feu. D’après "
        "une source proche du dossier, il aurait pris naissance dans une zone de charge de "
        "chariots électriques. La piste criminelle n’est pas privilégiée à ce stade.",
        "C’est le troisième incendie d’entrepôt dans le département depuis le début de "
        "l’année, après ceux de Saint-Ouen-l’Aumône en mars et d’Herblay en juillet.",
    ]
    p_html = list(p)
    p_html[0] = p_html[0].replace(
        "Gonesse (Val-d’Oise)", '<a href="/val-d-oise-95/gonesse-95500/">Gonesse</a> (Val-d’Oise)'
    )
    h1 = title.replace("m²", "m<sup>2</sup>")
    global_content = {
        "_id": "QW3ERTY7UIOP",
        "type": "story",
        "headlines": {"basic": title.replace("m²", "m2")},
        "credits": {"by": [{"name": "Hugo Marchetti", "type": "author"}]},
        "distributor": {"name": "AFP", "category": "wires"},
        "display_date": "2026-11-26T18:12:00Z",
        "first_publish_date": "2026-11-26T18:12:00Z",
        "taxonomy": {"primary_section": {"_id": "/val-d-oise-95", "name": "Val-d’Oise"}},
        "content_elements": [
            {"type": "text", "content": x, "_id": f"E{i:03d}"} for i, x in enumerate(p_html)
        ],
        "related_content": {"basic": teasers(8, 300, base, FILLER)},
    }
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title.replace("m²", "m2"),
        "datePublished": "2026-11-26T18:12:00Z",
        "dateModified": "2026-11-26T21:03:00Z",
        "articleSection": "Val-d’Oise",
        "author": [{"@type": "Person", "name": "Hugo Marchetti"}],
        "publisher": {"@type": "Organization", "name": "Le Parisien"},
        "isAccessibleForFree": True,
    }
    nav = menu(
        108,
        "nav-list",
        base,
        [
            "Paris",
            "Île-de-France & Oise",
            "Faits divers",
            "Politique",
            "Société",
            "Sports",
            "Culture",
            "Immobilier",
        ],
        16,
    )
    most = "".join(
        f'<li class="ui-list-item"><a href="{t["url"]}" class="ranked-item">{t["title"]}</a></li>'
        for t in teasers(9, 5, base, FILLER)
    )
    body_parts = [paras(*p_html[:2], attrs='class="paragraph text_align_left"')]
    body_parts.append(
        '<div class="article-read-also"><span class="read-also__title">À lire aussi</span>'
        f'<a href="{base}/val-d-oise-95/herblay-incendie-entrepot.php">Herblay : un '
        "incendie détruit un entrepôt de pneus, un panache visible à 20 km</a></div>"
    )
    body_parts.append(paras(*p_html[2:5], attrs='class="paragraph text_align_left"'))
    body_parts.append(
        '<div class="ad_element"><div id="dfp-inread" class="ad-placeholder">Publicité</div></div>'
    )
    body_parts.append(paras(*p_html[5:], attrs='class="paragraph text_align_left"'))
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{title.replace("m²", "m2")} - Le Parisien</title><meta property="og:site_name" content="Le Parisien"/><meta property="og:title" content="{title.replace("m²", "m2")} - Le Parisien"/><meta property="og:url" content="{url}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="2026-11-26T18:12:00Z"/><link rel="canonical" href="{url}"/><link rel="amphtml" href="{base}/amp{path}"/><style>{css_blob(18, "lp", 700)}</style>{json_script(ld)}<script type="text/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="leparisien";Fusion.contextPath="/pf";Fusion.deployment="1482";Fusion.globalContent={json_script(global_content, "")[9:-9]};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"QW3ERTY7UIOP"}}}};</script></head><body><div id="didomi-host" data-nosnippet="true" aria-hidden="true"><div class="didomi-notice-banner"><div class="didomi-notice-text">Le Parisien et ses partenaires utilisent des cookies pour vous proposer des contenus et publicités personnalisés.</div><button id="didomi-notice-agree-button">Accepter et fermer</button><button class="didomi-continue-without-agreeing">Continuer sans accepter</button></div></div><div id="fusion-app"><header class="header"><a class="header__logo" href="/" aria-label="Le Parisien">Le Parisien</a><nav class="nav">{nav}</nav></header><main class="article-page"><div class="breadcrumb"><a href="/">Accueil</a><a href="/val-d-oise-95/">Val-d’Oise</a></div><article class="article-full"><header class="article-header"><h1 class="title_xl col margin_bottom_headline">{h1}</h1><div class="article_header_meta"><div class="author-wrapper"><span class="ui-author">Par <a href="/journalistes/hugo-marchetti">Hugo Marchetti</a> avec AFP</span></div><div class="timestamp"><span>Le 26 novembre 2026 à 19h12, modifié le 26 novembre 2026 à 22h03</span></div></div></header><figure class="article-figure"><img src="https://www.leparisien.fr/resizer/gonesse.jpg" alt=""/><figcaption class="width_full caption">Le feu a pris mercredi après-midi dans la zone d’activités de la Grande Couture. LP/Arnaud Journois</figcaption></figure><section class="article-section margin_bottom_article">{"".join(body_parts)}</section><div class="article-tags"><a href="/gonesse-95500/">Gonesse</a><a href="/faits-divers/">Faits divers</a></div><section class="newsletter-inline"><p class="newsletter-title">Newsletter L’essentiel du Val-d’Oise</p><p>Chaque matin, l’actualité de votre département.</p><button>S’inscrire</button></section></article><aside class="most-read"><h2 class="title">Les plus lus</h2><ol>{most}</ol></aside></main><footer class="footer"><p>© Le Parisien 2026</p></footer></div><script src="/pf/dist/engine/react.js?d=1482" defer></script></body></html>"""
    write(
        "08_leparisien_arcxp_avec_afp",
        page,
        {
            "title": title.replace("m²", "m2"),
            "publication": "Le Parisien",
            "author": "Hugo Marchetti",
            "agency": "AFP",
            "section": "Val-d’Oise",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Arc XP page on one line (about 140 KB): Fusion.globalContent with the whole "
            "text and 300 related teasers; 'Par A avec AFP'; 'Le 26 novembre 2026 à 19h12, "
            "modifié le …'; JSON-LD time in UTC (18:12Z = 19h12 local); h1 with m<sup>2</sup> "
            "(title 'm2'); 'À lire aussi', ad and newsletter box; Didomi; no standfirst; "
            "<title> and og:title with ' - Le Parisien'.",
        },
    )
