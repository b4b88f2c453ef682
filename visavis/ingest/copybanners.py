"""Lines a site addresses to its reader, and the words of its interface.

Buttons and navigation links (`Se connecter`, `Partager sur X`, `Écouter cet article`), the
cue to a recording (`Regardez notre reportage`), ad labels (`Publicité`), what a live page
says of itself, consent notices, and banners that ask the reader to subscribe, sign up,
answer or give: each judged by its content alone, for `linekind`.
"""

from __future__ import annotations

import re

from .lines import ends_sentence, word_count

#: What a button says in brackets after its label: `Écouter cet article (3 min)`.
_BRACKETED_END = re.compile(r"\s*\([^()]{1,20}\)$")
#: Words of the interface: buttons, navigation, share targets (a feature of short lines).
_INTERFACE = re.compile(
    r"menu|logo|rechercher|recherche|search|accueil|home|connexion|login|compte|subscribe|"
    r"s'abonner|abonnez-vous|partager|share|imprimer|print|courriel|e-mail|email|facebook|"
    r"twitter|x|linkedin|whatsapp|instagram|fermer|close|ok|accepter|refuser|paramètres|"
    r"participer|répondre|reply|newsletters?|publicité|advertisement|écouter|contact|suivant|"
    r"précédent|sections|télécharger|commenter|réagir|favoris|suivre|follow|panier|cart"
)
#: Interface verbs that open a button's label: `Écouter cet article`, `Partager sur X`.
_INTERFACE_VERBS = re.compile(
    r"rechercher|partager|imprimer|fermer|accepter|refuser|participer|répondre|écouter|"
    r"télécharger|commenter|réagir|envoyer|copier|offrir"
)
#: A broadcaster's button to its live stream: `Regarder le direct`, `Voir le live`.
_LIVE_BUTTON = re.compile(
    r"(?:regarder|voir|revoir|écouter)\s+(?:le\s+|en\s+)?(?:direct|live|replay)",
    re.IGNORECASE,
)
_ACTIONS = r"(?:abonner|connecter|déconnecter|inscrire|identifier)"
_INTERFACE_START = re.compile(
    rf"^(?:(?:se |s['’]){_ACTIONS}|(?:je |j['’])(?:m['’]|me )?(?:abonne|inscris|participe|connecte|"
    r"fais un don|soutiens|commente|découvre|en profite)|mon compte|mon profil|"
    r"mes favoris|plus d['’]infos|voir plus|lire plus tard|offrir|copier le lien|envoyer par|"
    r"partager|ajouter à|faire un don|en savoir plus|(?:tout )?accepter|refuser|paramétrer"
    # a media player's controls: `Lecture de la vidéo`, `Vidéo suivante`, `Activer le son`
    r"|lecture de la vidéo|(?:lire|voir|regarder) la vidéo$|vidéo suivante|mettre en pause"
    r"|(?:activer|couper) le son|plein écran|passer la pub"
    r"|signaler (?:une erreur|une faute|une coquille|un abus|ce commentaire))",
    re.IGNORECASE,
)
#: A reader addressed, formally or not (`vous`, `votre`, `-vous`; `tu`, `ton`, `-toi`, as
#: sites for a young public write); the site speaking: `notre`, `nos`.
ADDRESSED = re.compile(
    r"\b(?:vous|votre|vos|tu|ton|ta|tes|toi)\b|-(?:vous|toi|tu)\b", re.IGNORECASE
)
_WE = re.compile(r"\b(?:nos|notre)\b|^(?:je|j['’])", re.IGNORECASE)
#: A sentence opening on an imperative: `Signalez-la …`, `Inscrivez-vous …`, `Recevez …`.
_IMPERATIVE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?!chez\b|assez\b)[A-ZÀ-Þ]\w{2,}ez(?:-(?:nous|vous|la|le|les|moi))?\b"
    r"|[A-ZÀ-Þ]\w{2,}-(?:nous|moi|toi)\b)"  # the tu-form: `Envoie-nous …`, `Abonne-toi`
)
#: What a banner asks for, whoever speaks: subscribing, signing up, answering, giving.
_ASKS = re.compile(
    r"abonn|inscri|newsletter|infolettre|sondage|cookie|(?<![dD]['’])\boffres\b|soutien|souten|"
    r"\bdons?\b|recev|reçoi|applicati|notificat|confidentialit|publicit",
    re.IGNORECASE,
)
#: What only a site asks for: the other words of `_ASKS` are the news' too (`Un sondage
#: inquiétant`, `Le soutien de l’État`, `Des dons en hausse` are subheads).
_ASKS_ONLY = re.compile(
    r"abonn|inscri|newsletter|infolettre|cookie|notificat|confidentialit", re.IGNORECASE
)
#: A phrase opening on an article or determiner: `Un soutien fragile` names, it asks nothing.
_DETERMINED = re.compile(r"^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cet|cette|ces)\b", re.I)
#: A platform the site asks to be followed on (`Suivez-nous sur WhatsApp`).
_PLATFORM = re.compile(
    r"\b(?:sur|chaîne|chaînes|canal|compte|page|groupe) (?:whatsapp|telegram|facebook|instagram|"
    r"tiktok|youtube|linkedin|threads|bluesky|google (?:news|actualités))\b",
    re.IGNORECASE,
)
#: A poll's answer with its share of the votes: `Oui (64 %)`, `Je ne sais pas (15 %)`.
_POLL_ANSWER = re.compile(r"^[^()]{1,30}\(\s*\d{1,3}(?:[.,]\d)?\s?%\s*\)$")
#: Where a sentence ends and the next begins.
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?=[A-ZÀ-Þ«])")
#: The writer speaking in the first person singular, inside a sentence.
FIRST_PERSON = re.compile(r"\b(?:je|j['’]|me|m['’]|moi|mon|ma|mes)\b", re.IGNORECASE)
#: What a banner asks of a reader it addresses.
_ASKS_YOU = re.compile(
    r"connect|recev|découvr|télécharg|partag|commentaire|réagi|avis|navigat|mail|courriel|alerte|"
    r"essai|gratuit|premium|(?:votre|ton|un|mon)\s+comptes?\b|identifi|accept(?:ez|er)\b|"
    r"la suite|reste\b.*\blire|réservé|"
    r"aim|erreur|signal|coquille",
    re.IGNORECASE,
)
_AD = re.compile(
    r"^(?:publicité|publicite|pub|annonce|advertisement|sponsorisé|contenu sponsorisé"
    r"|annonce publicitaire|(?:la )?suite (?:de l['’]article )?(?:après|sous) (?:cette|la) "
    r"publicité|publicité[ ,–-]+(?:la )?suite (?:de l['’]article )?ci-dessous"
    r"|(?:publicité[ ,–-]+)?continuer (?:la lecture|à lire)(?: ci-dessous| après la publicité)?)$"
)
#: What a live page says of itself: `Cette page est mise à jour régulièrement.`
_LIVE_NOTICE = re.compile(
    r"^(?:(?:cette page|ce (?:direct|fil|live|suivi|texte)|cet article)\s+(?:est|sera)\s+"
    r"(?:régulièrement |automatiquement |constamment )?"
    r"(?:mise?\s+(?:\w+ment\s+)?à\s+jour|actualisée?|rafraîchie?)"
    # a live page that has ended: `Ce direct est désormais terminé.`
    r"|ce (?:direct|fil|live|suivi)\s+(?:est|sera)\s+(?:désormais |maintenant )?"
    r"(?:terminée?|clos))\b",
    re.IGNORECASE,
)
#: What an article says of itself: its first printing (`Cet article a été publié dans notre
#: édition papier du 3 mars`, `Une version de cet article est parue dans Le Temps`), its
#: series, its free access.
_THIS_PIECE = (
    r"(?:cet article|cette (?:tribune|chronique|enquête|interview|analyse)|cet entretien|"
    r"ce reportage|ce texte)"
    r"\s+(?:a\s+(?:d['’]abord\s+|initialement\s+)?été|est|avait été)"
)
_PRINTED = r"(?:publiée?|parue?|diffusée?)"
_FIRST = r"(?:initialement|d['’]abord|originellement|en premier)"
_EDITION = (
    r"(?:notre|nos|l['’]édition|le numéro|la version papier|le journal|le magazine|"
    r"le quotidien|l['’]hebdomadaire|le supplément)"
)
#: An article's funding: `Cet article a été produit dans le cadre de l’Initiative de journalisme
#: local (IJL), financée par le gouvernement du Canada.`, or the programme named first:
#: `L’Initiative de journalisme local est financée par …`.
_FUNDING = (
    rf"^{_THIS_PIECE}\s+(?:produite?|réalisée?|rendue? possible)\s+(?:dans le cadre|grâce)\b"
    r"[^.]*\b(?:initiative de journalisme local|financée? par|soutien financier|"
    r"(?:grâce au|avec le) soutien (?:financier|du (?:ministère|fonds|gouvernement)|d['’]un fonds))"
    r"|^l['’]initiative de journalisme local (?:est|a été) financée? par [^.]*\.?$"
)
_EDITION_NOTE = re.compile(
    rf"^une (?:première )?version de cet (?:article|entretien)\s+(?:a été|est)\s+{_PRINTED}"
    rf"|^(?=[^.]*\b{_FIRST}\b){_THIS_PIECE}\s+(?:{_FIRST}\s+)?{_PRINTED}"
    rf"|^(?:{_THIS_PIECE}|article)\s+{_PRINTED}\s+(?:dans|en)\s+{_EDITION}"
    r"|^cet article (?:est|a été) republié"
    # its source: `Cet article a été repris automatiquement du fil de l'agence Keystone-ATS.`
    r"|^(?:cet article|ce texte|cette dépêche)\s+(?:a été|est)\s+(?:repris|reprise|publiée?)\s+"
    r"(?:automatiquement\s+|tel quel\s+|sans modification\s+)?(?:du|depuis le|sur le)\s+fil\s+"
    r"(?:de\s+l['’]agence|d['’]agence|de\s+presse|de\s+(?:l['’])?(?:AFP|ATS|Belga|Keystone|Reuters)\b)"
    # its series: `Ce texte fait partie de notre section Perspectives.`
    r"|^(?:ce texte|cet article|cette chronique|ce reportage|cette enquête|cet entretien)\s+"
    r"fait partie (?:de notre|de nos|de la série|d['’]une série|du dossier|de la rubrique|"
    r"de la section|de la collection|du projet|du cahier|du supplément)"
    # its access: `Ce contenu est offert gratuitement.`, `Article en accès libre`
    r"|^(?:ce contenu|cet article|cet entretien|ce texte|cette vidéo)\s+(?:vous\s+)?est\s+"
    r"(?:exceptionnellement\s+)?(?:offerte?|proposée? gratuitement|en accès libre|"
    r"accessible gratuitement|gratuite?)\b"
    r"|^(?:article|contenu) (?:gratuit|offert|en accès libre)$"
    # its age: `Prenez note que cet article publié en 2025 pourrait contenir des informations
    # qui ne sont plus à jour.`, `Attention, cet article date de plus de deux ans.`
    r"|^(?:(?:prenez|veuillez) noter? que |attention,?\s+|à noter\s*:?\s+)?"
    r"(?:cet article|ce contenu)"
    r"(?:\s+(?:publié|paru|mis en ligne)\s+(?:en|le|il y a)\s+[^,.]{1,25}?)?"
    r"\s+(?:(?:pourrait|peut) contenir des informations (?:qui ne sont plus à jour|obsolètes)"
    r"|(?:a|date de|remonte à) plus (?:d['’]un an|de \w+ (?:ans|mois)))"
    rf"|{_FUNDING}",
    re.IGNORECASE,
)
_FUNDING_NOTE = re.compile(_FUNDING, re.IGNORECASE)
#: The longest note on an article's funding, with a word on the medium (`Pivot est un média
#: indépendant …`).
MAX_FUNDING_NOTE_WORDS = 60


def is_funding_note(text: str) -> bool:
    """What an article says of its funding: `Ce reportage a été réalisé dans le cadre de
    l’Initiative de journalisme local.`, `L’Initiative … est financée par …`."""
    short = word_count(text) <= MAX_FUNDING_NOTE_WORDS
    return short and _FUNDING_NOTE.match(text.strip()) is not None


#: The longest live notice, with where to read on (`… Retrouvez la suite de nos informations …`).
MAX_NOTICE_WORDS = 20
#: The longest note on an article's first printing.
MAX_EDITION_NOTE_WORDS = 30
MAX_BANNER_WORDS = 25
#: The longest prompt a site sets after the text, addressing the reader in every sentence.
MAX_PROMPT_WORDS = 50
#: A consent notice explains itself at length: it is still a banner up to this many words.
MAX_CONSENT_WORDS = 70
#: Words of consent notices: cookies, trackers, the reader's privacy, "our partners".
CONSENT_TERMS = r"cookies?|traceurs|vie privée|consentement|données personnelles|nos partenaires"
_CONSENT = re.compile(CONSENT_TERMS, re.I)
#: The link to a recording set in the text: an imperative to watch or listen (`Regardez notre
#: reportage`), or a play mark before the recording it starts.
_MEDIA_CUE = re.compile(
    r"^(?:[▶►]\s*)?(?:(?:ré)?écoutez|regardez|revoyez|visionnez|voyez)\s+"
    r"(?:l['’]|le|la|les|notre|nos|cette|ce)\b"
    # a play mark before the recording it starts: `▶ Le reportage de Julie Marchal`
    r"|^[▶►]\s*(?:(?:le|la|les|notre|nos)\s+|l['’]\s?)?(?:reportages?|vidéos?|interview|"
    r"entretien|podcast|émission|replay|sujet|images)\b",
    re.IGNORECASE,
)
MAX_MEDIA_CUE_WORDS = 14


def is_ad_label(text: str) -> bool:
    """`Publicité`, `La suite après cette publicité`, `Contenu sponsorisé`: an ad's label."""
    return _AD.match(text.casefold().strip(" .:-–—")) is not None


def is_live_notice(text: str) -> bool:
    """What a live page says of itself: `Cette page est mise à jour régulièrement.`"""
    return _LIVE_NOTICE.match(text) is not None and word_count(text) <= MAX_NOTICE_WORDS


def is_article_note(text: str) -> bool:
    """What an article says of itself: its first printing (`Cet article a été publié dans
    notre édition papier du 3 mars 2025.`), its series (`Ce texte fait partie de notre section
    Perspectives.`), its access (`Ce contenu est offert gratuitement.`)."""
    return _EDITION_NOTE.match(text) is not None and word_count(text) <= MAX_EDITION_NOTE_WORDS


#: An app's lines under the text it shared: `Partagé depuis l'application Le Jour`,
#: `Télécharger l'application`, `Lire l'article complet sur lejour.ch`.
_SHARED_FROM = re.compile(
    r"^(?:(?:partagé|envoyé)\s+(?:depuis|via|avec)\s+l['’]app"
    r"|télécharge(?:r|z)?(?:-la)?\s+(?:l['’]app|notre app)"  # (`Télécharge l'app X et …`)
    # (a read-later app's export line: `Exporté depuis votre liste de lecture le …`)
    r"|exporté (?:depuis|de|avec) (?:(?:votre|ma|mon) (?:liste|app|application|compte)|l['’]app)"
    r"|lire l['’]article (?:complet|en entier) (?:sur|dans)"
    # an embedded post's link: `Voir la publication sur X`, `Voir ce post sur Instagram`
    r"|(?:voir|afficher) (?:la publication|cette publication|le post|ce post|le tweet|ce tweet)"
    r" (?:sur|on) (?:x|twitter|instagram|facebook|threads|tiktok|bluesky|linkedin)$)",
    re.IGNORECASE,
)
#: A skip link atop the page: `Passer au contenu`, `Ignorer et passer au contenu principal`,
#: `Ignorer et accéder au contenu`.
_SKIP_LINK = re.compile(
    r"^(?:ignorer et )?(?:aller|passer|accéder|sauter) (?:au|à la|aux) "
    r"(?:contenu|navigation|menu|recherche|pied de page|commentaires)\b",
    re.IGNORECASE,
)
MAX_SKIP_LINK_WORDS = 7
#: A link's note that it opens elsewhere: `Ouvrir dans une nouvelle fenêtre`.
_OPENS_ELSEWHERE = re.compile(
    r"^(?:ouvrir|afficher|voir|lire)\s+(?:dans|en)\s+(?:une?\s+)?"
    r"(?:nouvelle fenêtre|nouvel onglet)$",
    re.IGNORECASE,
)


def is_skip_link(text: str) -> bool:
    """A skip link atop the page: `Passer au contenu`, `Ignorer et passer au contenu principal`."""
    return _SKIP_LINK.match(text.strip()) is not None and len(text.split()) <= MAX_SKIP_LINK_WORDS


def is_interface(text: str) -> bool:
    """A button or a navigation link: interface words only, or an action (`Je m'abonne`)."""
    if _OPENS_ELSEWHERE.match(text.strip()) or _SHARED_FROM.match(text.strip()):
        return True
    if is_skip_link(text) or _LIVE_BUTTON.fullmatch(text.strip()):
        return True
    words = _BRACKETED_END.sub("", text.lower().replace("’", "'")).rstrip(" :.").split()
    if not words or len(words) > 4:
        return False
    if all(_INTERFACE.fullmatch(word) for word in words) or _INTERFACE_START.match(text):
        return True
    if _INTERFACE_VERBS.fullmatch(words[0]):
        return True  # `Écouter cet article`, `Commenter l’article`
    single = words[0] if len(words) == 1 else ""
    infinitive = single.endswith("er") and not single.endswith("ier")
    return len(single) >= 6 and infinitive and "-" not in single  # not `Boulogne-sur-Mer`


def is_media_cue(text: str) -> bool:
    """The link to a recording set in the text (`Écoutez l’entrevue de X au Québec matin`,
    `Regardez notre reportage`): an imperative to listen or watch, no sentence."""
    short = word_count(text) <= MAX_MEDIA_CUE_WORDS and not ends_sentence(text)
    return short and _MEDIA_CUE.match(text) is not None


def is_consent(text: str) -> bool:
    """A consent notice about cookies and the reader's privacy, however long it explains."""
    words = word_count(text)
    site = _WE.search(text) is not None or re.search(r"\bnous\b", text, re.I) is not None
    return words <= MAX_CONSENT_WORDS and site and len(set(_CONSENT.findall(text.lower()))) >= 2


def is_banner(text: str) -> bool:
    """A call addressed to the reader: subscribe, sign up, follow, answer a survey (or its
    answers' shares: `Oui (64 %)`), accept cookies."""
    if _LETTER_BOX.match(text) and ADDRESSED.search(text) and word_count(text) <= MAX_BANNER_WORDS:
        return True  # `Newsletter«Dernières nouvelles»Pour rester au top …, abonnez-vous …`
    if any(mark in text for mark in '«»“”"'):
        return False  # quoted speech addresses someone in the story, not the reader
    if is_consent(text) or _prompt(text) or _POLL_ANSWER.match(text.strip()):
        return True
    if _FEEDBACK.match(text.strip()):
        return True  # `Cet article vous a-t-il été utile ?`
    if _asks_for_tips(text):
        return True  # `Vous avez un scoop à nous transmettre? … Écrivez-nous …`
    if word_count(text) > MAX_BANNER_WORDS:
        return False
    if _READ_ELSEWHERE.match(text):
        return True  # `Lire l'article complet … sur l'application Alwihda Info.`
    you = ADDRESSED.search(text) is not None
    if _IMPERATIVE.search(text) and not text.rstrip().endswith("?"):
        asks = bool(_ASKS.search(text) or _ASKS_YOU.search(text) or _PLATFORM.search(text))
        return asks or (you and not _writer_speaks(text))
    if _ASKS.search(text):
        if you or _WE.search(text) is not None:
            return True
        named = _DETERMINED.match(text) is not None and _ASKS_ONLY.search(text) is None
        return word_count(text) <= 4 and not named
    return you and _ASKS_YOU.search(text) is not None


#: A newsletter's box run onto one line as a copy glues its parts: its heading, the letter's
#: name in quotes, its blurb (`Newsletter«Dernières nouvelles»Pour rester …`).
_LETTER_BOX = re.compile(r"^(?:newsletters?|infolettres?)[«“\"][^»”\"]+[»”\"]\S", re.IGNORECASE)
#: A call to read the piece elsewhere: `Lire l'article complet sur l'application X`.
_READ_ELSEWHERE = re.compile(
    r"^(?:lire|lisez|retrouvez|découvrez)\s+(?:la suite|l['’]article(?: complet)?|"
    r"l['’]intégralité|toute l['’]actualité)\b.*\b(?:sur|dans)\s+(?:l['’]appli(?:cation)?|"
    r"notre (?:site|appli(?:cation)?)|le site)\b",
    re.IGNORECASE,
)
#: A newsroom's call for tips: a question to the reader, then how to reach the newsroom.
_TIPS_ASKED = re.compile(r"^(?:vous avez|avez-vous|tu as|as-tu)\b[^.!]*\?", re.IGNORECASE)
_REACH_US = re.compile(
    r"\b(?:écrivez|contactez|appelez|joignez|écris|contacte|appelle)-nous\b"
    r"|\b(?:envoyez|envoie)-(?:la|le|les)-nous\b",
    re.IGNORECASE,
)
#: The longest call for tips: a question or two, an address and a phone number.
MAX_TIPS_CALL_WORDS = 60


def tips_call_lines(texts: list[str]) -> int:
    """How many of the lines, from the first, make the newsroom's call for tips when the copy
    breaks it over lines (`Vous avez un scoop à nous transmettre?` / `… à propos de cette
    histoire?` / `Écrivez-nous ou appelez-nous directement.`); 0 if they do not."""
    if not texts or _TIPS_ASKED.match(texts[0]) is None:
        return 0
    if _asks_for_tips(texts[0]):
        return 1
    for count in range(2, min(len(texts), MAX_TIPS_CALL_LINES) + 1):
        asked, reach = texts[: count - 1], texts[count - 1].strip()
        if not all(line.rstrip().endswith("?") for line in asked):
            return 0  # (questions only over the line that says how to reach the newsroom)
        if any(mark in reach for mark in '«»“”"'):
            return 0
        if _REACH_US.match(reach) and _asks_for_tips(" ".join(texts[:count])):
            return count
    return 0


#: The most lines a copy breaks a call for tips over.
MAX_TIPS_CALL_LINES = 4


def _asks_for_tips(text: str) -> bool:
    """`Vous avez un scoop à nous transmettre? … Écrivez-nous ou appelez-nous au …`: the
    newsroom's standing call for tips, however long (a call about the story itself shares
    a word of the headline and is taken back into the text: `copycalls`)."""
    short = word_count(text) <= MAX_TIPS_CALL_WORDS
    return short and _TIPS_ASKED.match(text) is not None and _REACH_US.search(text) is not None


#: A site's question on the article itself: `Cet article vous a-t-il été utile ?`.
_FEEDBACK = re.compile(
    r"^(?:cet article|ce contenu|cette page)\s+vous\s+a(?:-t-il|-t-elle)?\s+(?:été|semblé)"
    r"\s+(?:utile|intéressante?|pertinente?)\s*\??$",
    re.IGNORECASE,
)


def _prompt(text: str) -> bool:
    """A site's prompt after the text, longer than a banner, that speaks to the reader in
    every sentence and asks (`Cet article vous a été utile ? Sachez que vous pouvez suivre …
    après inscription, vous y retrouverez …`)."""
    sentences = [part for part in _SENTENCE_BREAK.split(text) if part.strip()]
    if word_count(text) > MAX_PROMPT_WORDS or len(sentences) < 2:
        return False
    asks = _ASKS.search(text) is not None or _ASKS_YOU.search(text) is not None
    return asks and all(ADDRESSED.search(sentence) for sentence in sentences)


def _writer_speaks(text: str) -> bool:
    """A columnist's own close, two sentences or more in the first person that ask the reader
    nothing a site asks (`je vous donne rendez-vous … Venez tôt.`): prose, no banner."""
    return _SENTENCE_BREAK.search(text) is not None and FIRST_PERSON.search(text) is not None


def asks_for_subscription(text: str) -> bool:
    """What a site's banner asks: subscribing, signing up, answering a survey, giving."""
    return _ASKS.search(text) is not None


def site_asks(text: str) -> bool:
    """A site's blurb over its form: it asks to sign up or subscribe, or the site speaks to
    the reader (`Notre rédaction a sélectionné pour vous …`), not a text's `Vous pouvez …`."""
    if asks_for_subscription(text):
        return True
    return _WE.search(text) is not None and ADDRESSED.search(text) is not None


def calls_reader(text: str) -> bool:
    """Words of a call to the reader: `vous`, an imperative, subscribing, receiving, signing up."""
    cues = (ADDRESSED, _IMPERATIVE, _ASKS, _ASKS_YOU)
    return any(cue.search(text) for cue in cues)


def is_paywall(text: str) -> bool:
    """A banner that says the rest of the article is for subscribers."""
    low = text.lower()
    cues = ("il vous reste", "réservé aux abonn", "réservée aux abonn", "lire la suite")
    return any(cue in low for cue in (*cues, "suite de cet article")) or (
        "abonn" in low and ("lire" in low or "continuer" in low)
    )


#: A label on the article that says who may read it or who paid, not where it belongs.
_BADGE = re.compile(
    r"(?:article |contenu )?(?:abo|abonnés?|réservé aux abonnés|premium|exclusif|exclusivité|"
    r"plus|\+|sponsorisé|partenaire|publireportage|contenu partenaire|publicité|payant|gratuit)",
    re.IGNORECASE,
)


def is_badge(text: str) -> bool:
    """A label on the article that says who may read it or who paid (`Abonné`, `Premium`,
    `Contenu partenaire`), not where it belongs."""
    return _BADGE.fullmatch(text.strip()) is not None


#: The publisher's disclaimer under an opinion piece.
_DISCLAIMER = re.compile(
    r"n['’]engage(?:nt)? que (?:leurs?|ses|son) auteur|"
    r"(?:ne reflète(?:nt)?|n['’]engage(?:nt)?) pas (?:nécessairement )?"
    r"(?:la position|l['’]opinion|la rédaction|les opinions|le point de vue|celles? d['’e])",
    re.IGNORECASE,
)


def is_disclaimer(text: str) -> bool:
    """The publisher's disclaimer under an opinion piece: `Les tribunes … n’engagent que leurs
    auteurs.`"""
    return _DISCLAIMER.search(text) is not None


#: A box asking readers to report a mistake: `Vous avez repéré une erreur? Écrivez-nous.`
_ERROR_REPORT = re.compile(
    r"^(?:vous avez|avez-vous|tu as|as-tu)\s+(?:repéré|trouvé|remarqué|relevé|vu)\s+une\s+"
    r"(?:erreur|faute|coquille)\b"
    # then the call, or the article it is in: not `… une erreur sur votre avis d'imposition ?`
    r"(?=.*\b(?:signalez|écrivez|contactez|dites-le|faites-le|prévenez|cet article"
    r"|notre article|dans l['’]article)\b|\s*\??\s*$)",
    re.IGNORECASE,
)
#: The longest such box.
MAX_ERROR_REPORT_WORDS = 25


def is_error_report(text: str) -> bool:
    """A call to report a mistake in the article (`Vous avez trouvé une erreur? Signalez-la`)."""
    return (
        _ERROR_REPORT.match(text.strip()) is not None and word_count(text) <= MAX_ERROR_REPORT_WORDS
    )


#: A news ticker's label at the top of the page: it names no site (`Dernières Nouvelles
#: d'Alsace` does).
_TICKER = re.compile(
    r"^(?:dernières? (?:nouvelles|infos?|minute|actus?|actualités)|flash(?:[- ]infos?)?|"
    r"breaking(?: news)?|en continu|fil info|alerte info|à la une)\s*:?$",
    re.IGNORECASE,
)


def is_ticker_label(text: str) -> bool:
    """A news ticker's label (`Dernières nouvelles`, `Flash info`): it names no site."""
    return _TICKER.match(text.strip()) is not None
