"""Multilingual phrase lists the rules match whole lines against (EN, DE, FR, ES, IT, PT, NL at least).

Lists are data, kept apart from the decisions that use them, so adding a language touches one place.
Matching is on a folded form of the line (see ``fold``): lower-case, punctuation and symbols stripped.
Sources: video.js lang files, Shariff, trafilatura RE_FILTER, Nikola messages, autoconsent patterns,
Readability adWords (see shared knowledge); translations completed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from cleaner.blocks import Block, Document, fold

__all__ = ["fold"]

# One digit anywhere in a line: a count, a price, a date or a post's number, which no menu label or heading
# of words holds; the rules ask it of short lines before their costlier tests.
DIGIT_RE = re.compile(r"\d")


def _set(*groups: str) -> frozenset[str]:
    return frozenset(fold(p) for g in groups for p in g.split("|") if p.strip())


# Video/audio player leftovers (video.js strings and common player chrome).
PLAYER = _set(
    "play|pause|replay|mute|unmute|close|fullscreen|non-fullscreen|exit fullscreen|picture-in-picture",
    "video player|audio player|current time|duration|remaining time|live|loaded|progress|playback rate",
    "subtitles|captions|captions off|subtitles off|chapters|descriptions off|audio track|quality|settings",
    "close modal dialog|this is a modal window|caption settings dialog|end of dialog window",
    "this modal can be closed by pressing the escape key or activating the close button",
    "beginning of dialog window escape will cancel and close the window",
    "no compatible source was found for this media|media error|seek to live currently behind live",
    "text|background|window|font size|text edge style|font family|reset|done|defaults|restore defaults",
    "transparent|semi-transparent|opaque|white|black|red|green|blue|yellow|magenta|cyan",
    "none|raised|depressed|uniform|dropshadow|proportional sans-serif|monospace sans-serif",
    "watch|watch now|watch video|listen|listen to this article|now playing|up next|autoplay|skip ad",
    "abspielen|wiedergabe|stummschalten|ton an|vollbild|schließen|untertitel|jetzt ansehen|video abspielen",
    "lecture|pause|muet|activer le son|plein écran|fermer|sous-titres|regarder|écouter",
    "reproducir|pausa|silenciar|activar sonido|pantalla completa|cerrar|subtítulos|ver vídeo|escuchar",
    "riproduci|muto|schermo intero|chiudi|sottotitoli|guarda",
    "loading|chargement|cargando|wird geladen|laden|caricamento|carregando",
)

# Ad and sponsorship labels (Readability adWords, extended).
ADS = _set(
    "ad|ads|advertisement|advertising|advert|sponsored|sponsored content|paid content|paid post|promoted",
    "partner content|in partnership with|presented by|promotion|anzeige|werbung|gesponsert|publicité",
    "contenu sponsorisé|sponsorisé|publicidad|anuncio|patrocinado|contenido patrocinado|pubblicità",
    "sponsorizzato|publicidade|advertentie|story continues below advertisement|continue reading below",
    "article continues below|article continues below advertisement|scroll to continue with content",
    "remove ads|ad blocker detected|ad feedback|report this ad|skip advertisement",
)

# Share / social / print / follow buttons and their labels (trafilatura RE_FILTER, Shariff).
SOCIAL = _set(
    "share|share this|share this article|share this story|share this post|share on facebook|share on twitter",
    "share on x|share on linkedin|share on whatsapp|share via email|share article|share story|shares",
    "tweet|tweet this|pin it|email|e-mail|mail|print|print this|print article|print this page|copy link",
    "link copied|copy url|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|pocket|tumblr",
    "instagram|youtube|tiktok|telegram|xing|wechat|weibo|qq|messenger|threads|bluesky|mastodon|rss|feed",
    "google|google news|apple news|follow|follow us|follow us on|follow us on twitter|connect with us",
    "teilen|artikel teilen|auf facebook teilen|bei facebook teilen|drucken|per e-mail senden|folgen",
    "partager|partager sur facebook|partager cet article|imprimer|envoyer par e-mail|suivez-nous",
    "compartir|compartir en facebook|imprimir|enviar por correo|síguenos|condividi|stampa|seguici",
    "compartilhar|partilhar|delen|afdrukken|volg ons|dela|udostępnij|поделиться|分享",
    "comment|comments|add comment|leave a comment|save|saved|save article|bookmark|like|favorite|gift",
    "gift article|gift this article|listen to article|reading list|add to reading list|more on this",
    "mehr zum thema|jump to comments|view comments|show comments|kommentare|commentaires|comentarios",
)

# A line of only share/social words: "Facebook Twitter Email", "Share on X | Print".
MAX_SOCIAL_WORDS = 12


# A share button's label spelt out ("Share to LinkedIn", WordPress's "Click to share on Twitter (Opens in
# new window)", "Click to email this to a friend"): these words around the network's name.
_BUTTON_PREFIXES = ("click to ",)
_BUTTON_SUFFIXES = (" opens in new window", " opens in a new window", " to a friend")
_SHARE_LINKERS = frozenset({"on", "to", "via", "by", "with", "this"})


def is_social(key: str) -> bool:
    """Whether a folded line (``Block.key``) is only share/social words."""
    if key in SOCIAL:
        return True
    # Every other social line opens with a social word, or with the 'Click to' of a spelt-out button:
    # most short lines fail this, and skip the split and the word-by-word tests (asked of every short
    # line, this was most of drop_social_buttons' time).
    if key.partition(" ")[0] not in SOCIAL and not key.startswith(_BUTTON_PREFIXES):
        return False
    parts = key.split()
    if not 1 < len(parts) <= MAX_SOCIAL_WORDS:
        return False
    if all(p in SOCIAL for p in parts):
        return True
    return _spelt_out_button(key)


def _spelt_out_button(key: str) -> bool:
    """A share button's label: a share word and a network, joined by 'on'/'to'/'via', with the
    'Click to' and '(Opens in new window)' its screen-reader text adds."""
    label = key
    for prefix in _BUTTON_PREFIXES:
        label = label.removeprefix(prefix)
    for suffix in _BUTTON_SUFFIXES:
        label = label.removesuffix(suffix)
    parts = label.split()
    if not parts or parts[0] not in SOCIAL:
        return False
    if label != key and all(p in SOCIAL for p in parts):
        return True  # "Click to print (Opens in new window)"
    return any(p in _SHARE_LINKERS for p in parts) and all(p in SOCIAL or p in _SHARE_LINKERS for p in parts)


# Site chrome: account, search, menu, navigation and subscription calls to action.
CHROME = _set(
    "menu|main menu|open menu|close menu|toggle menu|toggle navigation|navigation|skip to content",
    "skip to main content|skip to navigation|skip to footer|jump to|back to top|top|home|homepage|search",
    "search for|search this site|submit|go|sign in|sign up|log in|login|log out|logout|register|my account",
    "account|profile|subscribe|subscribe now|subscribe today|subscriber|subscribers only|already a subscriber",
    "already a subscriber sign in|newsletter|newsletters|sign up for our newsletter|get the newsletter",
    "sign up for newsletters|join|join now|donate|support us|contact|contact us|about|about us|advertise",
    "careers|jobs|help|faq|terms|terms of use|terms of service|terms and conditions|privacy|privacy policy",
    "cookie policy|cookies|cookie settings|manage cookies|imprint|impressum|legal|legal notice|sitemap",
    "accessibility|accessibility statement|rss feeds|more|see more|show more|load more|view more|see all",
    "view all|show all|all|next|previous|prev|older|newer|next post|previous post|older posts|newer posts",
    "next article|previous article|page|edition|select edition|language|english|deutsch|français|español",
    "sections|topics|tags|categories|category|archive|archives|latest|latest news|news|trending|popular",
    "anmelden|abmelden|registrieren|abonnieren|jetzt abonnieren|suche|suchen|startseite|hauptmenü",
    "zum inhalt springen|nach oben|mein konto|kontakt|datenschutz|datenschutzerklärung|nutzungsbedingungen",
    "se connecter|connexion|s'inscrire|s'abonner|abonnez-vous|rechercher|recherche|accueil|mon compte",
    "aller au contenu|retour en haut|mentions légales|politique de confidentialité|plan du site",
    "iniciar sesión|registrarse|suscribirse|suscríbete|buscar|búsqueda|inicio|mi cuenta|aviso legal",
    "política de privacidad|accedi|registrati|abbonati|cerca|iscriviti|entrar|assinar|pesquisar|início",
    "inloggen|registreren|abonneren|zoeken",
    # A search box's prompt printed as its label: 6 wcxb-dev dumps of 6 sites (blogs, a shop, a docs site)
    # print it on a line of its own, in no gold; one took it for the headline over the real one under it.
    "what are you looking for",
    # A shop's or a software vendor's buttons. Over wcxb-dev's dumps they stand alone on 1,251 lines of 299
    # pages (246 sites); 115 pages name one as a must-not-have snippet, 14 hold one as a line of the gold.
    "add to cart|add to bag|add to basket|shop now|get started|get started for free|start free trial",
    "start your free trial|try for free|try it free|sign up for free|book now|book a demo|schedule a demo",
    "request a demo|contact sales|talk to sales|get a quote|schedule a call|apply now",
    # A grid's per-card buttons set as a <label> or a link rather than a <button> (drop_item_controls):
    # kept on 3 wcxb-dev HTML pages (2 sites) and 4 dumps (3 sites), in no gold.
    "add to compare|add to wishlist|add to wish list|quick view|quick shop",
    "read more|read more »|continue reading|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más",
    "seguir leyendo|leggi di più|continua a leggere|leia mais|lees meer",
    "table of contents|contents|toggle table of contents|in this article|on this page|jump to section",
    # A documentation page's feedback question under its text (Kubernetes's and GitHub's docs; 11 wcxb-dev
    # dumps print one): kept on 3 documentation dumps, in no gold; the 3 better (up to .024), none worse; 1
    # wcxb-dev HTML page better. 'Yes No' (its buttons on one line) is a comparison table's row on a service
    # page (-.010); Google's 'Send feedback' button is drop_page_controls' on HTML.
    "was this page helpful|was this helpful|did you find what you needed",
    "inhaltsverzeichnis|inhalt|auf dieser seite|sommaire|table des matières|dans cet article|sur cette page",
    "índice|tabla de contenidos|contenido|en este artículo|en esta página|indice|sommario|índice do artigo",
    "inhoudsopgave",
    # A listing's sort and filter controls. cleaner kept them as lines of their own on 22 lines of 18
    # wcxb-dev HTML pages (15 sites) and 16 of 14 dumps, 3 and 1 of them lines of the gold; a bare
    # 'Filter' or 'Sort' also heads documentation sections (SQL's FILTER clause, jq filters): not listed.
    "sort by|filters|filter by|filter sort|sort filter|sort and filter|filter and sort|all filters|clear all",
    "clear filters|clear all filters|show filters|hide filters",
    # A US site's legal link under the page (CCPA), and the placeholder a CDN prints for an e-mail address it
    # hides from scrapers ('[email protected]'): over wcxb-dev dumps lines of their own on 49 and 25 pages,
    # kept on 2 (2 sites) and 4 (4 sites), in no gold.
    "do not sell or share my personal information|do not sell my personal information|email protected",
    "email address|your email|your email address|enter your email|enter your email address|e-mail-adresse",
    "adresse e-mail|votre adresse e-mail|correo electrónico|tu correo electrónico",
    # WordPress's likes widget before its script runs ('Like Loading…'): kept on 4 wcxb-dev article HTML
    # pages and 2 dumps (4 sites), in no gold.
    "like loading",
)

# The labels that make a line an explicit authorship claim ('Written by Jane Doe', 'Author: Jane Doe',
# 'Posted By: Jane Doe · In: Recipes'), as against a bare 'By …', which filter menus write too ('By
# Category'): the fields' labelled byline reads them, and drop_author_bio's gate tests a folded line's
# opening against them (folded, 'Author:' and 'Authored by' both open on 'author').
AUTHOR_LABELS = ("written by", "posted by", "authored by", "author:")
AUTHOR_LABEL_OPENINGS = ("written by", "posted by", "author")

# A byline's or a stamp's label left in an element of its own, its name or date in the next one ('Written
# by' / 'Jane Doe', 'Last updated:' / 'May 4'): kept on 8 wcxb-dev article HTML pages of 8 sites, in no
# gold. A dump prints the label over the name the author field and drop_author_bio's reviewer heads read
# (4 article dumps worse when dropped there): HTML only (drop_site_chrome).
META_LABELS = _set(
    "written by|reviewed by|edited by|fact checked by|medically reviewed by|last updated|last updated on",
    "updated at|updated on",
)

# A thread's per-post controls and poster badges, and a Q&A page's widgets (drop_post_controls): over
# wcxb-dev's dumps these lines stand on 3-41 pages each (forums, Q&A, comment threads), ~1,500 times, and
# in the gold text once (a 'Report' line). NodeBB's 'Log in to reply' under a thread: 3 forums of 3 sites,
# a must-not-have snippet on all 3.
POST_CONTROLS = _set(
    "reply|quote|report|reply with quote|click to expand|share this post|link to post|permalink|upvote",
    "author|original poster|thread starter|member|new member|senior member|well known member|moderator",
    "administrator|joined|reaction score|improve this answer|improve this question|ask question",
    "your answer|sorted by reset to default|highest score default|date modified newest first",
    "date created oldest first|linked|start asking to get answers|explore related questions",
    "see similar questions with these tags|find the answer to your question by asking",
    # A thread's 'Click to shrink...' (under an expanded quote), a Q&A post's 'Add a comment |' and a travel
    # board's 'Report inappropriate content': wcxb-dev dumps, 13 pages, none in the gold.
    "click to shrink|add a comment|report inappropriate content",
    "log in to reply",
    # XenForo's sort menu over a thread's replies: kept on 4 wcxb-dev forum dumps of 4 sites, in no gold.
    "oldest first newest first most reactions",
    # A Q&A page's sort menu over the answers, which HTML sets on two lines ('Sorted by:', 'Reset to
    # default'): kept on 4 wcxb-dev HTML threads of 4 Stack Exchange sites, in no gold.
    "sorted by|reset to default",
)

# A poster's card under each post: counts and join dates ('Posts: 1,077', '3.4k posts', '14 posts · Joined
# 2025', 'Joined: Feb 2019', 'Reputation: 7') and a Q&A site's score and badges ('12.5k 3 gold badges 41
# silver badges'). Over wcxb-dev's dumps: 464 lines on 39 pages, one in the gold. And a Q&A post's stamp
# ('answered Feb 4, 2014 at 13:07', 'Commented Mar 28, 2014 at 15:49', 'posted 6 years ago'): 294 lines
# on 13 pages, 14 in the gold (all on one page). A number run ends at a 'k', a space or a badge word, so a
# line of 20,000 digits and dots is rejected in linear time (benchmarks/redos.py).
# The card alone, POSTER_CARD_RE, names its poster on the line over it (the fields' _first_poster).
# 'Registered: 2025-11-01' is FluxBB's join date: 27 lines on 2 wcxb-dev forum dumps, none in the gold;
# 'Join Date: Mar 2016' vBulletin's: 15 lines on 2 dumps, none in the gold; 'Threads:' a board's thread count.
POSTER_CARD_LABELS = (
    "posts",
    "messages",
    "reaction score",
    "joined",
    "join date",
    "registered",
    "threads",
    "points",
    "reputation",
)
# A Q&A post's stamp opens with one of these.
POST_STAMP_VERBS = ("answered", "asked", "edited", "commented", "modified", "posted", "replied")
POSTER_CARD_RE = re.compile(
    r"^(?:[\d.,]+(?:k\s*|\s+))?[\d.,]+\s*(?:gold|silver|bronze) badges?(?:\s*[\d.,]+\s*(?:gold|silver|bronze) badges?)*$"
    rf"|^(?:{'|'.join(POSTER_CARD_LABELS)})\s*:\s*\S"
    r"|^[\d.,]+k?\s+posts(?:\s*·\s*joined\s+\d{4})?$",
    re.I,
)
POSTER_STATS_RE = re.compile(
    POSTER_CARD_RE.pattern + rf"|^(?:{'|'.join(POST_STAMP_VERBS)})\s+"
    r"(?:\w{3}\s\d{1,2},\s\d{4}\s+at\s+\d{1,2}:\d{2}|\d+\s+\w+\s+ago)$",
    re.I,
)
# Every POSTER_STATS_RE line opens with a digit or one of these words (folded): a C test that spares most
# lines the regex. Built from the same two lists, so the two stay in step.
POSTER_STATS_OPENINGS = POSTER_CARD_LABELS + POST_STAMP_VERBS

# A post's notes under its text: who reacted ('Reactions: Bobby T, Aviator and 19 others'), when and by
# whom it was edited ('Last edited: Jul 13, 2022', 'Last edited by lowjhg; Feb 17, 2026 at 9:17 am',
# 'Edited April 18, 2024 by thanosmano'), and a Q&A post's folded comments ('| Show 3 more comments').
# Over wcxb-dev's dumps: 120 lines on 36 forum pages (29 sites), none in the gold; they shared no line
# with a gold of another type. wcxb-dev forum dump BoW +0.0016 (simulated on the kept lines).
POST_NOTES_RE = re.compile(
    r"^(?:reactions\s*:\s*\S"
    r"|last edited(?: by [^:;()]{1,40})?\s*[:;]\s*\S"
    r"|edited [a-z]+ \d{1,2}\b.{0,16} by \S+(?: \(see edit history\))?$"
    r"|\|?\s*show \d+ more comments?$"
    # NodeBB's notice over a deleted topic's posts, which a dump prints ('This topic has been deleted. Only
    # users with topic management privileges can see it.'): kept on 3 wcxb-dev forum dumps of 3 sites.
    r"|this topic has been deleted\b"
    # NodeBB's header over an edited post, its times left to a script ('wrote on last edited by jdoe').
    r"|wrote on last edited by\b)",
    re.I,
)

# NodeBB's bar under a post with replies: the repliers' avatar letters, the count, its latest reply's link
# and the post's controls ('J S 2 Replies Last reply', 'L 1 Reply Last reply Reply Quote 1'). Kept as lines
# of the text on 3 wcxb-dev forum dumps of 3 sites (14 lines), in no gold.
REPLY_BAR_RE = re.compile(r"^(?:\w )*\d+ repl(?:y|ies) last reply(?: reply quote -?\d+)?$", re.I)

# A post's or a listed entry's stamp: who posted it and how long ago, maybe with its score before and its
# comment count or replies after ('Marko Zivkovic 1 month ago 1', 'KGW • 21 hours ago', 'Alan Woinski |
# 2 weeks ago', 'poke Over a year ago', 'Asked 13 years, 8 months ago', '[–]floris0302 18 points 16 hours
# ago (1 child)'). A byline of the card or the post, which the golds leave out: over wcxb-dev (forums, news
# streams, blog indexes) HTML 6 pages better (6 sites), 2 worse by 0.002 (a job board's 'Latest post 1 day
# ago', a listing's 'NEW 14 HRS AGO' badge); dumps 12 better (9 sites), 1 worse by 0.001. BoW collection
# +0.0004 (HTML) / +0.0005 (dump), listing +0.0009 / +0.0004, forum +0.0005 / +0.0007. A bare 'N hours
# ago' is left alone: a link aggregator's or a job board's column, which their golds keep (2 sites, 30
# lines). A line in parentheses ('(edited 1 year ago)') is a post's text.
ENTRY_STAMP_RE = re.compile(
    r"^(?:by\s+)?[^\s(][^()]{0,40}?\s*[|•·,-]?\s+(?:over\s+)?(?:\d+|an?|one)\s+"
    r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\*?(?:\s*\(\d+ child(?:ren)?\))?(?:\s+\d+)?$",
    re.I,
)

# Sphinx (and the generators copying it: MkDocs, Django's docs) end each section heading with a permalink
# anchor, '¶', which innerText and an HTML heading's text keep ('More on fields¶', 'infile¶'): the line is
# the document's own section heading (see cleaner.rules.related's _section_head and drop_outside_article).
PERMALINK_MARK = "¶"

# Taxonomy lines under a post: "Filed under: Bread, Sourdough", "Tags: rye, starter", "Posted in News".
TAXONOMY_RE = re.compile(
    r"^(?:filed under|posted in|tagged(?: with)?|tags|categories|category|topics|schlagworte|schlagwörter"
    r"|themen|kategorien?|mots-clés|étiquettes|catégories|etiquetas|categorías|temas)\s*:\s*\S",
    re.I,
)

# Section headings after which the rest is not the article: related lists, comments, more-from.
SECTION_ENDS = _set(
    "related|related articles|related article|related stories|related posts|related news|related content",
    "related coverage|related topics|related reading|more reading|read next",
    "more from|more stories|more news|more articles|more on this topic|more on this story|more like this",
    "you may also like|you might also like|you may be interested in|you might be interested in",
    "you may also be interested in|you might also be interested in|you may like|you might like",
    "you may also enjoy|you might also enjoy|you may also like these|you might also like these",
    "recommended|recommended for you|recommended stories|recommended articles|recommended reading",
    "most popular|most read|most viewed|most shared|most commented|popular now|popular posts|trending now",
    "top stories|editor's picks|editors' picks|don't miss|also read|see also|further reading|what to read next",
    # A blog's list of its latest posts under the post (13 wcxb-dev dumps of 13 sites better, none worse).
    "recent posts|recent articles",
    # A shop's or a portal's lists of the reader's last visits and of searches (6 wcxb-dev pages of 2 sites
    # better, HTML and dumps, none worse).
    "recently viewed|recently viewed items|recently viewed products|your recently viewed items",
    "trending searches|popular searches|related searches|top searches|recent searches|people also search for",
    # Their variants under a post (wcxb-dev dumps: 3 articles of 3 sites better, none worse; 'latest posts'
    # is a forum's own list, tried and left out).
    "recommended posts|popular articles|similar posts|similar articles|related blogs|read this next",
    # Their other wordings under a post (8 wcxb-dev dumps of 8 sites print one; no list under one is in a gold).
    "you'll also love|you'll also like|you might also love|you may also love|more you might like",
    "read more articles|read more of our articles|from our archives|if you liked this post you might also like",
    # A forum's lists of other threads under a thread (XenForo's 'Similar threads', 'Trending threads'):
    # 14 wcxb-dev forum dumps show one; 3 kept it (wcxb-dev forum dump BoW .8005 -> .8024, 3 pages better
    # by up to .143, 1 worse by .001; HTML and scrapinghub unchanged).
    "similar threads|trending threads",
    # And under a post or a page's text: 'Your next read', 'Latest reviews', 'Explore more' (4 wcxb-dev dumps
    # of 4 sites keep a teaser list under one, none in a gold; where text follows such a heading, as on a
    # listing whose gold keeps it, the box ends where the text resumes).
    "your next read|latest reviews|explore more",
    # More wordings of a site's list under the text ('You may like to read:', 'Recommended content',
    # 'Featured articles', 'Other posts', 'Recent Blogs', 'More Resources...', 'TRENDING TOPICS'): over
    # wcxb-dev dumps such a heading opens a list of other pages on 9 pages of 8 sites, none of them in a gold;
    # 8 better, 1 worse by .002 (a 'Featured articles' box above more of the article). ('Trending News'
    # is left to drop_headline_lists, which takes its teasers between paragraphs.)
    "you may like to read|you might like to read|recommended content",
    "featured articles|trending topics|related pages|other posts|recent blogs|more resources",
    "around the web|from the web|sponsored stories|promoted stories|more to explore|keep reading|latest stories",
    "comments|comment|leave a reply|leave a comment|post a comment|add a comment|join the conversation",
    "join the discussion|discussion|reader comments|conversation|responses|show comments|view comments",
    "das könnte sie auch interessieren|auch interessant|mehr zum thema|weitere artikel|ähnliche artikel",
    "meistgelesen|meist gelesen|beliebteste artikel|lesen sie auch|empfehlungen|kommentare|kommentieren",
    "à lire aussi|lire aussi|sur le même sujet|articles similaires|articles liés|les plus lus",
    "vous aimerez aussi|vous aimerez aussi|commentaires|réagir|a lire aussi",
    "artículos relacionados|noticias relacionadas|te puede interesar|también te puede interesar",
    "lo más leído|más leídas|más noticias|comentarios|deja un comentario|lee también",
    "articoli correlati|potrebbe interessarti|i più letti|commenti|leggi anche",
    "artigos relacionados|leia também|mais lidas|comentários|gerelateerde artikelen|meest gelezen",
    "você pode gostar|você também pode gostar|veja também|notícias relacionadas|posts relacionados",
    "matérias relacionadas|leia mais|mais notícias|deixe um comentário|deixe seu comentário",
    "potrebbe interessarti anche|ti potrebbe interessare|altri articoli|lascia un commento",
    "lees ook|bekijk ook|reacties|laat een reactie achter|misschien ook interessant",
    "похожие статьи|похожие материалы|читайте также|смотрите также|вам также может быть интересно",
    "комментарии|добавить комментарий|оставить комментарий|популярное|самое читаемое",
    "artikel terkait|berita terkait|baca juga|komentar|tinggalkan komentar|terpopuler",
)

# Cookie/consent button labels (autoconsent accept/reject/settings patterns).
CONSENT_BUTTONS = _set(
    "accept|accept all|accept cookies|accept all cookies|i accept|agree|i agree|agree and close|allow all",
    "allow cookies|reject|reject all|decline|deny|necessary only|only necessary|manage preferences",
    "manage options|customise|customize|cookie preferences|privacy settings|got it|ok|okay|continue",
    "alle akzeptieren|akzeptieren|zustimmen|alle ablehnen|ablehnen|einstellungen|nur notwendige",
    "tout accepter|accepter|accepter et fermer|tout refuser|refuser|continuer sans accepter|paramétrer",
    "aceptar|aceptar todo|aceptar todas|rechazar|rechazar todo|configurar|continuar sin aceptar",
    "accetta|accetta tutto|rifiuta|rifiuta tutto|aceitar|rejeitar|accepteren|weigeren",
)

# Regexes over the folded line for consent-banner sentences (autoconsent DETECT_PATTERNS, C4 policy).
CONSENT_RE = re.compile(
    r"\bwe (?:use|serve)(?: optional)? cookies\b|\b(?:this|our) (?:web)?site.{0,100}\bcookies\b"
    r"|\buses? cookies\b|\buse of cookies\b|\bcookie policy\b|\bstore and or access information"
    r"|\bpersonalised ads and content\b|\bpersonalized ads and content\b|\bby continuing to (?:browse|use)"
    r"|\bwir.{0,100}\bverwenden.{0,100}\bcookies\b|\bdiese (?:web)?seite verwendet cookies\b"
    r"|\butilisons.{0,100}\bdes.{0,100}\bcookies\b|\bce site utilise des cookies\b"
    r"|\butilizamos.{0,100}\bcookies\b|\beste sitio web utiliza cookies\b|\butilizziamo.{0,100}\bcookie\b"
    r"|\bgebruik.{0,100}\bvan.{0,100}\bcookies\b|\bconsent to (?:the use of|our use of) cookies\b"
    # A consent dialog's cookie table, which a dump prints whole under the page: its header, each row's
    # description ('_ga 1 year Google Analytics sets this cookie to ...', 'This cookie is set by GDPR Cookie
    # Consent plugin. The cookie is used to store ...') and each category's ('Functional cookies help ...').
    r"|^cookie duration description$|\b(?:sets|set|installs) this cookie\b|\b(?:this|the) cookies? is set by\b"
    r"|\bthe cookies? is used to store\b"
    r"|^(?:necessary|functional|performance|analytical|analytics|advertisement|marketing) cookies (?:are|help)\b"
)

# "Newsletter"-style calls to action that come as whole sentences.
CTA_RE = re.compile(
    r"^(?:sign up|subscribe|register|join|get|enter your email)\b.{0,80}\b(?:newsletter|inbox|email|updates)\b"
    r"|^(?:melden sie sich|abonnieren sie|inscrivez-vous|abonnez-vous|suscríbete|iscriviti)\b.{0,80}"
    r"\b(?:newsletter|infolettre|boletín)\b"
    r"|^you have reached your (?:free )?article limit|^this content is (?:for|available to) subscribers"
    r"|^already (?:a subscriber|have an account)\b|^to continue reading\b"
    r"|^(?:please )?enable javascript\b|\bjavascript (?:is )?(?:disabled|required|must be enabled)\b"
    # A script-rendered app's fallback line ('You need to enable JavaScript to run this app.', the
    # create-react-app default, shipped as is by many sites).
    r"|^you (?:will )?(?:need to|have to|must) enable javascript\b"
    r"|^your browser does not support\b|^(?:thanks?|thank you) for (?:signing up|subscribing)\b"
    # A form's fine print: 'By submitting this form, you agree to our Terms', 'By clicking "Sign Up", you
    # are consenting to ...', 'By checking this box, I authorize ...' (the text explaining how clicking
    # saves time names no agreement).
    r"|^by (?:submitting|providing|clicking|tapping|subscribing|checking|signing up|entering|registering"
    r"|continuing|completing|selecting|creating)\b.{0,200}?\b(?:agree|consent|accept|authori[sz]e"
    r"|acknowledge|confirm)"
    # A form's consent box written in the first person: 'I agree to receive marketing emails from ...',
    # 'I consent to Example.com handling my data as explained in this Privacy Notice', 'I have read and
    # understood the Website Privacy Notice and opted in to receive emails' ('I agree to a point' stays):
    # kept on 5 wcxb-dev dumps of 5 sites (2 services, an article, a listing, a shop), in no gold.
    r"|^i (?:agree|consent) to\b.{0,120}?\b(?:receiv|privacy|terms|processing|handling|marketing|emails?\b)"
    r"|^i have read and (?:understood|understand|agree|accept)\b.{0,120}?\b(?:privacy|terms|policy|notice)"
    # A form's status messages, shown as text when the page is saved without its scripts: 'Oops! Something
    # went wrong while submitting the form.', 'Please enter a valid email address.', 'Thank you! Your
    # submission has been received!', 'There was a problem subscribing you to this newsletter.'; and the
    # request's own retry notice, wherever it stands in the message: 'Your subscription failed. Please try
    # again.', 'Something went wrong. Please try your request again later.', 'Error rating book. Refresh and
    # try again.'. Kept on 13 wcxb-dev dumps of 13 sites (listings, collections, shops, articles, a
    # service), 19 lines, none in a gold; a writer's advice ('Refresh your browser window to try again.')
    # has none of these wordings.
    r"|^(?:oops|opps|sorry|hmm)\b.{0,40}\bsomething went wrong\b|^something went wrong(?: while\b| please\b|$)"
    r"|\bplease try (?:again|your request again)\b|\btry again later\b|\brefresh and try again\b"
    r"|^please enter a valid\b|^thank you your submission has been received\b"
    r"|^there was (?:a problem|an error) (?:subscribing|submitting|loading|processing)\b"
    r"|^captcha failed to load\b"
    # A form's field notes and a login's timeout dialog, printed alike on every form a builder renders and
    # shown as text in a dump: the required-field legend of Mailchimp's sign-up form ('* indicates
    # required', folded to its words) and of WordPress's comment form ('Required fields are marked *',
    # '... with an asterisk(*)'), the hidden honeypot field's label of Gravity Forms ('This field is for
    # validation purposes and should be left unchanged.', 'If you are human, leave this field blank.'),
    # 'Your session is about to expire!', 'You will be logged out in seconds.', 'Oops, we detected that
    # your session has expired ...'. Kept on 10 wcxb-dev dumps of 10 sites before, in 1 gold.
    r"|^indicates (?:a )?required\b|^required fields are marked\b|^this field is for validation purposes\b"
    r"|^if you are (?:a )?human\b.{0,20}\b(?:leave|ignore) this field\b|^leave this field (?:blank|empty)\b"
    r"|^your session (?:is about to expire|has expired)\b|^you will be logged out\b"
    r"|^(?:oops|sorry)\b.{0,40}\bsession has expired\b"
    # A sign-up box's invitation, which names no newsletter: 'Create your account and connect with a world
    # of communities.', 'Sign up to request clarification or add additional context in comments.' (under
    # each Q&A post), 'Sign up today and make this your healthiest fall yet.', 'Sign up for free and start
    # shopping'. Kept on 13 wcxb-dev dumps of 9 sites (forum threads, articles, shops, a service), none in
    # their golds; one more shop's gold keeps its club's invitation. 'Sign up for the workshop' stays.
    r"|^sign up (?:to|today|now|for free)\b|^create (?:your|an|a free) account (?:and|to)\b"
    # The invitation to a mailing list or to join its readers, wherever it stands in the line: 'Enter your
    # e-mail address below to join our mailing list and receive ...', 'Join our mailing list // Discover
    # ...', 'Join 800,000+ subscribers to get regular emails ...', 'Join 52k Readers', 'Never miss another
    # article'. Over all wcxb-dev dumps such lines of 40 words at most hold 209 words on 22 pages, none in
    # a gold; 6 pages of 6 sites kept one. (A line inviting to subscribe to 'our newsletter' is left to
    # drop_closing_promos, which cuts the site's part of the page there; this earlier rule would take its
    # first line away from it.)
    r"|\bjoin (?:our|my) (?:free )?(?:mailing|e ?mail) list\b"
    r"|^join \d[\d ]*k? (?:readers|subscribers)\b|^never miss (?:another|an?) (?:article|post|story)\b"
)

# Every CONSENT_RE alternative contains one of these, and every CTA_RE alternative starts with one of
# the openings or contains one of the words is_call_to_action tests. Both regexes run on nearly every
# short block and try all their alternatives at each character; these C-level substring tests rule most
# blocks out first.
_CONSENT_HINTS = ("cookie", "store and or access", "ads and content", "by continuing to")
# How a form's fine print opens ('By submitting this form, you agree ...', 'I agree to receive ...'): CTA_RE's
# consent forms, which drop_newsletter_prompts also reads past the length of a prompt.
FINE_PRINT_OPENINGS = ("by ", "i agree to", "i consent to", "i have read and")
_CTA_OPENINGS = (
    "sign up",
    "subscribe",
    "register",
    "join",
    "get",
    "enter your email",
    "melden sie sich",
    "abonnieren sie",
    "inscrivez-vous",
    "abonnez-vous",
    "suscríbete",
    "iscriviti",
    "you have reached your",
    "this content is",
    "already",
    "to continue reading",
    "your browser does not support",
    "thank",
    *FINE_PRINT_OPENINGS,
    "oops",
    "opps",
    "sorry",
    "hmm",
    "something went wrong",
    "please enter a valid",
    "there was",
    "captcha",
    "indicates",
    "required fields",
    "this field is",
    "if you are",
    "leave this field",
    "your session",
    "you will be logged out",
    "create",
    "never miss",
)


def is_consent_notice(key: str) -> bool:
    """``CONSENT_RE.search(key)`` on a folded line, without the regex for lines holding no hint."""
    return any(h in key for h in _CONSENT_HINTS) and CONSENT_RE.search(key) is not None


def consent_notices(blocks: list[Block], max_words: int) -> set[int]:
    """Positions in ``blocks`` of those of at most ``max_words`` words that ``is_consent_notice``: the
    hints looked for once in the page's folded lines joined (``lines_holding``), not line by line."""
    keys = [b.key for b in blocks]
    return {
        i
        for i in lines_holding("\n".join(keys), _CONSENT_HINTS)
        if blocks[i].words <= max_words and CONSENT_RE.search(keys[i]) is not None
    }


def is_call_to_action(key: str) -> bool:
    """``CTA_RE.search(key)`` on a folded line, without the regex for lines that cannot match: every CTA_RE
    alternative opens with one of _CTA_OPENINGS or holds one of the words tested here (plain ``in`` tests:
    this runs on nearly every short line)."""
    return (
        key.startswith(_CTA_OPENINGS)
        or "javascript" in key
        or "try again" in key
        or "mailing list" in key
        or "mail list" in key
    ) and CTA_RE.search(key) is not None


# Copyright and rights lines.
COPYRIGHT_RE = re.compile(
    r"©|&copy|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b"
    r"|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b"
    r"|\btodos os direitos reservados\b|\balle rechten voorbehouden\b",
    re.I,
)
# A piece of every COPYRIGHT_RE alternative, lower-cased. The case-insensitive regex tries all eleven
# alternatives at every character (no literal prefix to skip by), ~3x the cost of these substring tests,
# and it runs on every short block twice (the rule and the site name); so it only confirms a hint.
_COPYRIGHT_HINTS = (
    "©",
    "&copy",
    "(c)",
    "copyright",
    "rights reserved",
    "vorbehalten",
    "droits",
    "derechos",
    "diritti",
    "direitos",
    "voorbehouden",
)
# The characters re.IGNORECASE matches with an ASCII letter that str.lower() does not turn into it. (The
# Kelvin sign is one re.IGNORECASE matches with 'k', but str.lower() turns it into 'k' already; an ASCII
# 'K' listed here made every non-ASCII line holding a capital K take the slow translation for nothing.)
_IGNORECASE_EXTRAS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_IGNORECASE_EXTRA_CHARS = "İıſ"


# A modification label ('Last update:', 'Updated on', 'Last modified', 'Updated at'): alone on its line over
# the date (cleaner.fields.date.is_update_label), or opening an update stamp (drop_site_chrome). 'updated'
# comes before 'last update' so that the label opening a stamp is read whole ('Last updated: …').
UPDATE_LABEL_RE = re.compile(
    r"(?:(?:last\s+)?(?:updated|modified)|last\s+update)(?:\s+(?:on|at))?\s*:?", re.I
)

# The pronouns that say a paragraph speaks of a person (a bio, an introduction), not of a thing: read by the
# bio rules (cleaner.rules.related) and by the dump author's bio test (cleaner.fields.text_signals).
PERSON_PRONOUNS = r"he|she|his|her|him"

# A breadcrumb trail's separator: a slash or an arrow between spaces ('Home / Shop / Tents', 'Docs > API');
# a bar or a dot parts a title from its site's name, or a menu's entries. Read by the dump title's
# features (cleaner.fields.title) and by drop_above_breadcrumb.
TRAIL_SEPARATOR_RE = re.compile(r"\s[>»›/]\s")
# A trail is short: a longer line ending in a page's heading is a sentence.
BREADCRUMB_MAX_WORDS = 24


# The hints as one alternation of literals: one C call per line instead of a Python loop of substring
# tests (a third of the time on a page's lines).
_COPYRIGHT_HINT_RE = re.compile("|".join(map(re.escape, _COPYRIGHT_HINTS)))


@lru_cache(maxsize=4096)  # asked of each short line twice a page (the rule, the site name)
def mentions_copyright(text: str) -> bool:
    """``COPYRIGHT_RE.search(text)``, answered without the regex for text holding none of its pieces."""
    low = text.lower()
    if not text.isascii() and any(c in text for c in _IGNORECASE_EXTRA_CHARS):
        low = text.translate(_IGNORECASE_EXTRAS).lower()  # rare: a per-character pass, ~10x a lower()
    return _COPYRIGHT_HINT_RE.search(low) is not None and COPYRIGHT_RE.search(text) is not None


def lines_holding(joined: str, needles: Iterable[str]) -> list[int]:
    """The numbers of the lines of ``joined`` (lines joined by "\\n") holding any of ``needles``, in order.

    A page-wide prefilter: one substring search per needle skips through the whole page in C, where a test
    per line is a Python step for each of its ~160 lines, and most lines hold no needle. Block texts never
    hold a line break (the readers collapse whitespace); a needle may end in one, to match at a line's
    end, and hold none elsewhere."""
    hits: list[int] = []
    for needle in needles:
        pos = joined.find(needle)
        while pos >= 0:
            hits.append(pos)
            end = joined.find("\n", pos)
            pos = joined.find(needle, end) if end >= 0 else -1  # the next line holding it
    return _line_numbers(joined, sorted(hits))


def lines_matching(joined: str, pattern: re.Pattern[str]) -> list[int]:
    """The numbers of the lines of ``joined`` (as in ``lines_holding``) where ``pattern``, which matches
    no line break, matches. For needles sharing their first character (" > ", " | ", ...) one regex is
    the faster scan: it skips in C to that character and tries the rest there, where each needle of
    ``lines_holding`` is a scan of the whole page of its own (8 needles: ~3x the time)."""
    hits: list[int] = []
    search = pattern.search
    m = search(joined)
    while m is not None:
        hits.append(m.start())
        end = joined.find("\n", m.end())
        m = search(joined, end) if end >= 0 else None  # the next line matching
    return _line_numbers(joined, hits)


def _line_numbers(joined: str, positions: list[int]) -> list[int]:
    """The numbers of the lines holding ``positions`` (ascending offsets into ``joined``), each once."""
    out: list[int] = []
    line = counted = 0
    for pos in positions:
        line += joined.count("\n", counted, pos)
        counted = pos
        if not out or out[-1] != line:
            out.append(line)
    return out


def copyright_lines(blocks: list[Block], max_words: int) -> list[Block]:
    """The blocks of at most ``max_words`` words that ``mentions_copyright``, in order.

    Most lines of a page hold no piece of COPYRIGHT_RE, so the pieces are looked for in the lines joined
    (``lines_holding``; ~5x faster than the regex of pieces, which stops at every 'c', 'd', 'r' and 'v'),
    and only the lines holding one are asked. Lower-casing the joined text gives each line's own lower
    case at the same offsets: only 'İ' lower-cases to two characters, and it is translated first, as
    ``mentions_copyright`` does."""
    short = [b for b in blocks if b.words <= max_words]
    joined = "\n".join([b.text for b in short])
    low = joined.lower()
    if not joined.isascii() and any(c in joined for c in _IGNORECASE_EXTRA_CHARS):
        low = joined.translate(_IGNORECASE_EXTRAS).lower()
    return [short[i] for i in lines_holding(low, _COPYRIGHT_HINTS) if mentions_copyright(short[i].text)]


# A footer's copyright notice is a short line; a longer one mentioning copyright is text about it (an
# article's paragraph on copyright law is as long). drop_copyright drops the notices, and the site name,
# drop_site_blurb and the related lists' owner test read the owner's name in them.
COPYRIGHT_NOTICE_MAX_WORDS = 40
# The longest line any reader of the page's copyright lines asks about: drop_after_footer's long legal
# notice (LONG_NOTICE_MAX_WORDS); the others ask of notices (COPYRIGHT_NOTICE_MAX_WORDS).
COPYRIGHT_LINE_MAX_WORDS = 150


def page_copyright_lines(doc: Document, max_words: int) -> list[Block]:
    """``copyright_lines(doc.blocks, max_words)``, the page scanned once: drop_copyright, drop_after_footer,
    drop_site_blurb, drop_related_section and the dump's site name each asked ``copyright_lines`` of the
    same blocks (4 % of a dump's time). Whether a line mentions copyright depends on its text alone, so
    the lines of the widest scan (COPYRIGHT_LINE_MAX_WORDS) cut to ``max_words`` are the narrower scan's,
    in the same order. A list shared by the callers: never mutated."""
    if max_words > COPYRIGHT_LINE_MAX_WORDS:
        raise ValueError(f"copyright lines are found up to {COPYRIGHT_LINE_MAX_WORDS} words, not {max_words}")
    found = doc.copyright
    if found is None:
        found = doc.copyright = copyright_lines(doc.blocks, COPYRIGHT_LINE_MAX_WORDS)
    if max_words == COPYRIGHT_LINE_MAX_WORDS:
        return found
    return [b for b in found if b.words <= max_words]


# Image credits and captions' tails. A credit line may name its source as 'Photo courtesy (of) X', as it
# does 'Courtesy of X' (over wcxb-dev dumps 23 such lines kept on 2 articles, none in a gold; 'Courtesy'
# alone needs its 'of': 'Courtesy and respect ...' is a sentence).
CREDIT_RE = re.compile(
    r"^(?:photo|image|picture|foto|bild|illustration|credit|crédit|crédito|source|quelle|fuente|video)s?"
    r"(?:\s+credit)?\s*:\s*\S.{0,120}$"
    r"|^\(?(?:photo|image|foto|bild|crédit photo)\s*(?:by|:|/|©)\s*.{1,80}\)?$"
    r"|^(?:getty(?: images)?|reuters|ap photo|afp|shutterstock|epa|dpa|istock)(?:\s*/\s*\S.*)?$"
    r"|^(?:(?:photo(?:graph)?|image|picture)s?\s+courtesy(?:\s+of)?|courtesy\s+of)\s*:?\s+\S.{0,60}$",
    re.I,
)
# The first two characters of every line CREDIT_RE matches but those opening with "(", in every case the
# regex folds: the two first letters of its opening words ("photo", "image", "illustration", "foto",
# "fuente", "bild", "crédit", "source", "quelle", "video", "getty", "reuters", "ap photo", "afp",
# "shutterstock", "epa", "dpa", "istock", "courtesy"), upper or lower case, or a letter re.I takes for
# them ("İ" and "ı" for "i", "ſ" for "s").
_CREDIT_HEADS = frozenset(
    a + b
    for head in "ph pi im il fo fu bi cr so qu vi ge re ap af sh ep dp is co".split()
    for a in (head[0], head[0].upper(), *"İıſ")
    for b in (head[1], head[1].upper(), *"İıſ")
    if re.fullmatch(head, a + b, re.I)
)


def is_credit_line(text: str) -> bool:
    """``CREDIT_RE.match(text)``, answered without the regex for the ~87 % of short lines (measured on the
    scrapinghub pages) opening with none of its words: the case-insensitive regex of alternatives costs
    ~3x a plain regex call, and drop_image_credits asks it of every short line."""
    return (text[:2] in _CREDIT_HEADS or text[:1] == "(") and CREDIT_RE.match(text) is not None


# A caption ends in its photo's credit: "(AP Photo/Alan Diaz, File)", "(Image: Getty)", "[File: Reuters]",
# "(AP)", "(Jane Doe/Reuters)", "Alex Wong | Getty Images", "Jane Doe / AP file", "... on the trail.
# Credit: Jane Doe". Body text names its sources in sentences ("told Reuters."), never after a slash or a
# bar, nor as a parenthesised credit; a photographer's line names the agency after a comma or "via"
# ("Michael Conroy, AP", "X via Getty Images").
CAPTION_CREDIT_RE = re.compile(
    r"(?:[(\[](?:[^()\[\]]{0,40}\b)?(?:Photo(?:graph)?|Image|Foto|Picture|Bild)s?(?: credit| source)?\s*"
    r"(?::|/|\bby\b|\bvia\b|©)[^()\[\]]{0,80}[)\]]"
    r"|[(\[](?:Credit|File|Source)s?\s*:[^()\[\]]{0,80}[)\]]"
    r"|[(\[](?:[^()\[\]]{0,60}(?:\svia\s|/|,\s*))?(?:AP|Reuters|AFP|EPA|Getty Images|Getty)[)\]]"
    r"|(?:[/|,]\s*|\svia\s+)(?:Getty(?: Images)?|AP|Reuters|AFP|EPA|Bloomberg|Shutterstock|iStock(?:photo)?"
    r"|Alamy|Associated Press)(?: file)?"
    r"|(?:\b|(?<=[a-z]))Credit:\s*[^.]{2,60})\s*$"
)
# The wire-service caption's opening ("In this Dec. 12, 2006, file photo, ...", "This undated photo provided
# by ... shows ..."), written by AP-style captions whatever site runs the picture.
WIRE_CAPTION_RE = re.compile(
    r"^In this\b.{0,60}?\b(?:file |handout |undated |aerial |satellite )?"
    r"(?:photo(?:graph)?|image|picture|screenshot|video still|frame grab)s?\b,"
    r"|^This (?:undated |file |handout |aerial |satellite |[\w.,' ]{0,30}?\d{4},? (?:file )?)"
    r"(?:photo(?:graph)?|image|picture|screenshot)s? (?:provided|released|made|taken|obtained|distributed"
    r"|posted|from|by|shows?)\b"
)
# How much of a line's end CAPTION_CREDIT_RE looks at: a credit is a few words.
CAPTION_CREDIT_TAIL = 140

# Counters (RefinedWeb counter_line_modifier, multilingual tail words).
COUNTER_RE = re.compile(
    r"^\W*\d[\d,.]*\s*(?:k|m|b)?\s+(?:likes?|shares?|comments?|retweets?|reposts?|quotes?|bookmarks?"
    r"|upvotes?|downvotes?|downloads?|views?|followers?|reads?|reactions?|replies|reply|responses?"
    r"|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|min read|minute read"
    r"|minutes read|min lesezeit|minuten lesezeit|min de lecture|minutos de lectura)\W*$"
    r"|^(?:reading time|read time|lesezeit|lecture|temps de lecture|lectura|tiempo de lectura)\s*:?\s*\d+\s*"
    r"(?:min|minutes?|minuten|minutos)\W*$"
    # A Q&A question's view count under its title ('Viewed 3k times', 'Viewed 439k times').
    r"|^(?:viewed|read|seen)\s+\d[\d,.]*\s*(?:k|m)?\s+times\W*$"
    # The same counts with their label first, as a thread's header and stats boxes print them ('Replies
    # 154', 'Views 26.2k', 'Replies: 22', 'Followers 0', 'Reply 3' over each post).
    r"|^(?:likes?|shares?|comments?|upvotes?|downloads?|views?|followers?|reactions?|replies|reply|answers?"
    r"|votes?)\s*:?\s*\d[\d,.]*\s*(?:k|m|b)?\W*$",
    re.I,
)

# Player timestamps: "0:00", "0:00 / 2:31", "-1:23", "01:02:03".
TIMESTAMP_RE = re.compile(r"^-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*-?\d{1,2}:\d{2}(?::\d{2})?)?$")

# Article comment headers (blog engines): "Jane says:", "Jane on May 2, 2019 at 4:47 pm said:", and a
# date joined to a clock time by "at" ("May 2, 2019 at 4:47 pm", "2 days ago at 07:50"). Forum quote
# headers ("Jane said:", "Jane wrote:") are left out on purpose: on a forum the replies are the content.
COMMENT_SAYS_RE = re.compile(
    r"\b(?:says|schreibt|dit|dice|scrive|diz|zegt)\s*:\s*$|\bat\s+\d{1,2}:\d{2}\b.*\bsaid\s*:\s*$", re.I
)
# Two digits in a row: every date (it holds a year, or the short year of 07/01/25) and every clock time has
# them, so a line without them skips the costlier date and stamp regexes.
TWO_DIGITS_RE = re.compile(r"\d\d")
COMMENT_STAMP_RE = re.compile(
    r"(?:\b(?:19|20)\d{2}|\bago|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*,?\s+(?:at|um|à|a las|alle|às|om)\s+\d{1,2}[:h.]\d{2}\b",
    re.I,
)

# A heading over the fine print under an article: the site's disclaimer or its affiliate disclosure.
DISCLAIMER_HEADS = _set(
    "disclaimer|disclaimers|disclosure|disclosures|affiliate disclosure|advertiser disclosure",
    "editorial disclosure|legal disclaimer|medical disclaimer|financial disclaimer",
    "haftungsausschluss|avertissement|clause de non-responsabilité|descargo de responsabilidad",
    "esclusione di responsabilità|isenção de responsabilidade|aviso de isenção de responsabilidade",
    # A review site's list of the studies it cites, under the article (7 wcxb-dev dumps print such a heading:
    # on 6 past the text, none of their lists in its gold; on 1 as a menu's entry above the text).
    "citations|article sources|view article sources",
)
# A heading standing over the writer's bio under an article ("About the Author", "Über den Autor").
BIO_HEADS = _set(
    "about the author|about the authors|about the writer|the author|author|authors|about author",
    "written by|author bio|author details|meet the author|more about the author",
    # The expert who reviewed the text, boxed under it like the writer ('Reviewed by,' over 'Jane Doe, CFP®'
    # and her bio): 1 wcxb-dev article dump keeps such a box (+.089), no dump moves otherwise.
    "reviewed by|edited by|fact checked by|about the reviewer|about the editor",
    "über den autor|über die autorin|zum autor|zur autorin|über die autoren",
    "à propos de l'auteur|à propos de l'autrice|l'auteur|sobre el autor|sobre la autora|acerca del autor",
    "sobre o autor|sobre a autora|l'autore|sull'autore|informazioni sull'autore|over de auteur|over de schrijver",
    "об авторе|tentang penulis",
)
# A name line's lead-in: "About Brigit Katz", "Written by Cassidy Horton", "Über Moritz Bachmann".
BIO_NAME_PREFIXES = "about|written by|by|meet|über|sobre|à propos de|acerca de|su|over|von|par|por|di".split(
    "|"
)
BIO_NAME_PREFIX_RE = re.compile(rf"^(?:{'|'.join(BIO_NAME_PREFIXES)})\s+", re.I)
# The characters a line the regex matches may open with: each lead-in's first letter in either case, and
# the one letter re.I folds onto an ASCII one of them ('ſ' for 's'). Tested first, one C lookup: most
# short lines open otherwise, and the regex call costs several times as much.
BIO_NAME_PREFIX_INITIALS = frozenset(
    c for w in BIO_NAME_PREFIXES for c in (w[0], w[0].upper(), *("ſ" if w[0] == "s" else ""))
)
# What a bio says of its subject (the trade of writing), in the languages of the lists above. Not the
# verbs of reporting in general: "covers" and "writing" are as common in an article's own text.
BIO_WORDS_RE = re.compile(
    r"\b(?:writers?|editors?|reporters?|journalists?|correspondents?|columnists?|contributors?|authors?"
    r"|bloggers?|freelancer?|writes|journalism"
    r"|autor(?:in)?|redakteur(?:in)?|journalistin|journaliste|rédact(?:eur|rice)|auteure?|periodista"
    r"|redact(?:or|ora)|giornalista|scrittric?e|jornalista|redator[a]?|escritor[a]?|schrijver|journalist)\b",
    re.I,
)


# An amount with its currency in a line (a card's price: '$229.99', '19,99 €', 'USD 40'): a shop's grid
# prints one per card (cleaner.rules.records' PRICE_KEY, structure.storyless_isolated).
PRICE_IN_LINE_RE = re.compile(r"[$£€¥]\s?\d|(?<![\d,.])\d[\d,.]*\s?[$£€¥]|\b(?:USD|EUR|GBP) ?\d")
