"""The site speaking for itself around an article: promotions under it and affiliate disclosures.

Sites close an article with the same kinds of lines, whatever the site: an invitation to follow it on
social networks, to subscribe to its newsletter, channel or magazine, to get its app, to join its forums,
to support it with money, and the sign-up form's fine print ("No spam, we promise. Unsubscribe at any
time"). They are written as sentences, sit right against the last paragraph, and the extent rule keeps
them. Under the article such a line is where the site's part begins; above it, or in the middle of a
service page, the same wording is often the content (a shop's "Download our app", a podcast's page),
so these rules look only at the article's end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.blocks import Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import (
    COPYRIGHT_NOTICE_MAX_WORDS,
    is_call_to_action,
    lines_holding,
    page_copyright_lines,
)
from cleaner.rules.structure import dangling

_NETWORKS = (
    r"(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|pinterest|snapchat"
    r"|flipboard|telegram|whatsapp|x)"
)
# A site's invitation to the reader, as a clause anywhere in the line: follow it on a network, subscribe
# to one of its channels, get its letters delivered, get its app, join its forums, pay for it; the
# hooks that open such a block ("Like this story?", "Want more …?", "Have a tip?"); and the sign-up
# form's promise. Each pattern names what is promoted (a network, a newsletter, an app, the site's
# support), so a how-to's own imperatives ("Follow these steps", "Get the best results") do not match.
# Each comes with the words (lower-cased) one of which a line must hold for it to be tried: one regex of
# all of them, its dozen alternatives tried at every position of a line, cost ~80 µs a line and made this
# the costliest rule of a page.
_HOOK = "^"
PROMO_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (hints, re.compile(pattern, re.I))
    for hints, pattern in (
        (("follow",), rf"\bfollow (?:us|me|him|her|them|\w+(?: \w+){{0,4}}) (?:on {_NETWORKS}\b|@\w)"),
        (
            ("subscribe", "sign up", "signup", "register"),
            r"\b(?:subscribe|sign up|signup|register) (?:to|for|on)\b[^.!?]{0,80}"
            r"\b(?:newsletters?|channel|magazine|podcast|youtube|daily|weekly|updates|alerts|e-?mails?)\b",
        ),
        (
            ("inbox", "letterbox", "mailbox", "your door"),
            r"\b(?:delivered|straight|direct(?:ly)?) (?:to|into|through) your (?:inbox|letterbox|mailbox|door)\b",
        ),
        (("spam", "unsubscribe"), r"\bno spam\b|\bunsubscribe (?:at )?any ?time\b"),
        (("app",), r"\b(?:get|download|install) (?:the|our) (?:\w+ ){0,3}app\b"),
        (("click",), r"\bclick (?:here )?to (?:get|download) the\b"),
        (("join",), r"\bjoin (?:our|the) (?:\w+ ){0,2}(?:forums?|community|discussion)\b"),
        (
            ("support",),
            r"\bsupport (?:us|our (?:work|journalism|mission)|independent journalism)\b|\bsupport \w+ so\b",
        ),
        (("to keep",), r"\b(?:we need|with) your (?:help|support) to keep\b"),
        # A thread's closing prompt to sign up and reply ('Create an account or sign in to comment' closes
        # an Invision Community thread: 5 wcxb-dev forum dumps of 5 sites, 'Sign In or Register to comment'
        # a Vanilla one), and a Q&A site's answer form.
        (
            ("you must", "thanks for contributing", "to comment"),
            r"^you must (?:log in|sign in|be logged in)(?: or (?:register|sign up))? to (?:reply|answer|post)\b"
            r"|^thanks for contributing an answer to\b"
            r"|^(?:create an account or sign in|sign in or register) to comment\b",
        ),
        (("become a",), r"\bbecome a (?:member|patron|supporter)\b"),
        (
            (_HOOK,),
            r"^(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the) (?:story|article|post|piece)\b[^.!?]{0,20}\?"
            r"|^(?:want|need) more\b[^.!?]{0,40}\?|^(?:have|got) (?:a|any) (?:news )?tips?\b",
        ),
        (
            ("reached at", "@"),
            r"\bmay be reached at\b|\be-?mail (?:him|her|the (?:author|writer)|[A-Z]\w+ [A-Z]\w+) at \S+@",
        ),
    )
)
# How the hooks open a line (see the ``_HOOK`` pattern).
_PROMO_HOOKS = ("like", "enjoy", "love", "want more", "need more", "have a", "got a")


_ALL_HINTS = tuple(h for hints, _ in PROMO_PATTERNS for h in hints if h is not _HOOK)


def _promotes(text: str, low: str) -> bool:
    # Lines holding no hint are left out by drop_closing_promos before they get here (_site_note_candidates).
    hooked = low.startswith(_PROMO_HOOKS)
    return any(
        pattern.search(text) is not None
        for hints, pattern in PROMO_PATTERNS
        if (hooked if hints[0] is _HOOK else any(h in low for h in hints))
    )


# The site's rules for the comments under the article ("Quanta Magazine moderates comments to ...", "As you
# comment, please be respectful ...", "Community standards"): the comment section starts there, whether or
# not it has a heading of its own.
COMMENT_POLICY_RE = re.compile(
    r"\b(?:moderates?|moderating|moderated) (?:all )?(?:the )?comments\b|\bas you comment\b"
    r"|\bcomments? (?:policy|guidelines|rules)\b|^community (?:guidelines|standards)$|\bby posting a comment\b"
    r"|\b(?:comment|coment|komment)\w*\b.{0,120}\bmodera(?:tor|dor|teur|tore)s?\b",
    re.I,
)
_COMMENT_POLICY_HINTS = ("comment", "coment", "komment", "community")
# A promotion is a sentence or two; a longer block that mentions a newsletter is running text.
PROMO_MAX_WORDS = 60
# Only a promotion after this share of the article's prose closes it: above it, the line is an
# invitation the article makes itself (a podcast's page, a shop's service description) as often as not.
PROMO_TAIL_SHARE = 0.7
# ...and after at least this many words of prose, so a stub page is not cut to nothing.
PROMO_MIN_WORDS_BEFORE = 60
# ...and with less than this many words of prose after it: what a site appends under the article (bios,
# newsletter forms, teasers, donation appeals) runs to a paragraph or three, while a promotion-like line
# with pages of running text under it is the article's own aside ('subscribe to industry newsletters' in a
# list of tips, a note announcing the next post, an offer of help before the closing sections).
PROMO_MAX_PROSE_AFTER = 250
# A page whose kept prose is under this share of its kept words is a page of cards (a shop's grid, a
# listing's entries, a thread's short replies): a share of its prose tells nothing of where its text ends
# (a grid of names and prices keeps a sentence or two of it, often the sign-up box's own pitch under the
# grid), so every kept word counts instead. Over wcxb-dev dumps: 6 pages better (6 sites: 3 collection,
# 2 listing, 1 forum; the footer under a grid's sign-up box goes), 1 worse (a Q&A thread's last related
# question under 'You must log in to answer', -.013); BoW +0.24 page-units (collection +.115, listing +.11,
# forum +.013), both halves of the sites split by a hash of the domain better. At 0.3: 4 better, 1 worse
# (+.13); at 0.7: a service page's closing offer goes too (6 better, 2 worse, +.18).
CARDS_MAX_PROSE_SHARE = 0.5


def is_site_note(b: Block) -> bool:
    """Whether a block is the site speaking for itself: promoting itself to the reader (PROMO_PATTERNS) or
    setting the rules of its comments (COMMENT_POLICY_RE)."""
    if b.words > PROMO_MAX_WORDS:
        return False
    low = b.text.lower()
    if _promotes(b.text, low):
        return True
    return any(h in low for h in _COMMENT_POLICY_HINTS) and COMMENT_POLICY_RE.search(b.text) is not None


# Every line is_site_note accepts holds one of these, lower-cased, or opens with a hook (_PROMO_HOOKS).
_SITE_NOTE_HINTS = _ALL_HINTS + _COMMENT_POLICY_HINTS


def _site_note_candidates(blocks: list[Block]) -> set[int]:
    """Positions in ``blocks`` of the lines is_site_note may accept: short, and holding a hint or opening
    with a hook. The hints are looked for in the lines joined (``lines_holding``, a C scan per hint over
    the page's tail), not line by line: one regex of them all, an alternation of literals, stopped at
    nearly every letter (~32,000 instructions a line of the tail, ~0.24 M a page on scrapinghub HTML).
    Lower-casing the lines joined lower-cases each line as alone (a line break is no cased character)."""
    short = [k for k, b in enumerate(blocks) if b.words <= PROMO_MAX_WORDS]
    low = "\n".join([blocks[k].text for k in short]).lower()
    found = {short[n] for n in lines_holding(low, _SITE_NOTE_HINTS)}
    found.update(short[n] for n, line in enumerate(low.split("\n")) if line.startswith(_PROMO_HOOKS))
    return found


# A sign-up box's heading ('Subscribe to our newsletter', 'Subscribe to our newsletter to never miss an
# update!') is a few words and no sentence; a sentence inviting to sign up ('Sign up for our Business
# Briefing newsletter to get the day's top stories in your inbox.') is as often a box set inside the story,
# with more of the story under it.
PROMPT_HEADING_MAX_WORDS = 10


def _prompt_between(ctx: RuleContext, prev: int, b: Block) -> bool:
    """Whether a sign-up box's heading that drop_newsletter_prompts, an earlier rule, already took away
    stood between the alive block at index ``prev`` and ``b``: 'Subscribe to our newsletter' heading a box
    under the article is a prompt there and a promotion here, and without it this rule would not see where
    the site's part begins.

    Only such prompts count (``is_call_to_action``): a promotion an HTML rule dropped with its container
    ('Follow us on ...' in a footer's landmark) may stand anywhere in the page's source order."""
    return any(
        x.words <= PROMPT_HEADING_MAX_WORDS
        and not x.text.endswith(".")
        and is_call_to_action(x.key)
        and is_site_note(x)
        for x in ctx.blocks[prev + 1 : b.index]
    )


def drop_closing_promos(ctx: RuleContext) -> Iterator[Drop]:
    """A promotion of the site under the article ('Follow us on Twitter', 'Subscribe to our newsletter',
    'Get the app', 'Support us so …') or its comment policy, and everything after it: the site's part of
    the page begins there. A sign-up prompt that drop_newsletter_prompts dropped still marks that start
    (_prompt_between)."""
    alive = ctx.alive()
    total = sum(b.words for b in alive if b.is_prose)
    # A page of cards keeps too little prose to find its end by (see CARDS_MAX_PROSE_SHARE): its kept
    # words are counted instead.
    words = sum(b.words for b in alive)
    cards = total < CARDS_MAX_PROSE_SHARE * words
    if cards:
        total = words
    before = 0
    needed = max(PROMO_MIN_WORDS_BEFORE, PROMO_TAIL_SHARE * total)
    # The tail: from the first line with enough prose before it (``before`` only grows), the only lines
    # asked; of those, only the ones that may be site notes.
    tail = len(alive)
    for i, b in enumerate(alive):
        if before >= needed:
            tail = i
            break
        if b.is_prose or cards:
            before += b.words
    notes = _site_note_candidates(alive[tail:])
    for i in range(tail, len(alive)):
        b = alive[i]
        # (Most alive lines follow the one before directly: nothing dropped between them to look at.)
        prev = alive[i - 1].index if i else b.index - 1
        if b.index - prev > 1 and total - before < PROMO_MAX_PROSE_AFTER and _prompt_between(ctx, prev, b):
            for x in alive[i:]:
                yield x.index, "the site's promotion or comment policy under the article, or after it"
            return
        if (
            i - tail in notes
            and is_site_note(b)
            and total - before - b.words * (b.is_prose or cards) < PROMO_MAX_PROSE_AFTER
        ):
            start = i
            # A short heading left over the promotion ('Pick Six Newsletter') goes with it.
            while start > 0 and dangling(alive[start - 1]):
                start -= 1
            for x in alive[start:]:
                yield x.index, "the site's promotion or comment policy under the article, or after it"
            return
        if b.is_prose or cards:
            before += b.words


# The affiliate disclosure sites print above or under a review or a deal post: "We may earn a commission
# from links on this page", "If you buy something through this post, IGN may get a share of the sale".
# The wording is the FTC-style formula shared across sites; an article about affiliate marketing says
# that affiliates earn commissions, not that "we may".
AFFILIATE_RE = re.compile(
    r"\b(?:may|might|could|will) (?:earn|receive|get|collect|make)\b[^.!?]{0,40}"
    r"\b(?:commissions?|share of (?:the )?sales?|portion of (?:the )?sales?)\b",
    re.I,
)
# A disclosure is a sentence or three; a long paragraph holding the formula is an article's own text.
AFFILIATE_MAX_WORDS = 60


def drop_affiliate_disclosures(ctx: RuleContext) -> Iterator[Drop]:
    """Affiliate disclosures: 'We may earn a commission from links on this page', wherever they stand."""
    for b in ctx.alive():
        if b.words > AFFILIATE_MAX_WORDS:
            continue
        key = b.key  # folded once per block already: no lower-casing of every line here
        if ("commission" in key or "share of" in key or "portion of" in key) and AFFILIATE_RE.search(b.text):
            yield b.index, "an affiliate disclosure"


# A site closes its pages with a paragraph about itself: 'White Flower Farm is a family-owned mail-order
# nursery ...', 'At Glossier, we make products inspired by real life ...', 'HackerNoon is built for
# technologists ...', a press release's 'Ascom is headquartered in Baar ...'. Its subject is the name the
# copyright notice gives ('© 2026 White Flower Farm'), up to SITE_BLURB_MAX_NAME_WORDS words before its verb,
# and it is the last paragraph kept, under the text: a listing's extent (drop_outside_article) runs to the
# last sentence of the page, which is often this one. An article about the company names it in its text,
# not as the last line with nothing after it. Over wcxb-dev dumps: 21 pages change (19 sites), 14 better
# (12 sites), 7 worse (by at most .07: a service's closing pitch 'At BPM, we help ...' and a testimonial
# are in their golds); BoW .8373 -> .8376 (service .7815 -> .7827, listing .7136 -> .7142, article .9333 ->
# .9335, product -.0002); scrapinghub dumps .9511 -> .9514 (2 press releases' 'About' paragraphs).
SITE_BLURB_MAX_NAME_WORDS = 4
# A name of a letter or two ('a', 'it') is no site's; a notice is a short line (COPYRIGHT_NOTICE_MAX_WORDS).
SITE_BLURB_MIN_NAME_CHARS = 3
_SITE_BLURB_RE = re.compile(
    rf"^(?:at )?((?:\S+ ){{1,{SITE_BLURB_MAX_NAME_WORDS}}}?)(?:is|are|was|has|have|we|offers|provides)\b"
)


def drop_site_blurb(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: the site's paragraph about itself closing the kept text ('White Flower Farm is a
    family-owned nursery ...'), whose subject is the owner its copyright notice names."""
    alive = ctx.alive()
    if not alive or not alive[-1].is_prose or not any(b.is_prose for b in alive[:-1]):
        return  # (the only paragraph kept is no closing one: the page is about the site)
    last = alive[-1]
    m = _SITE_BLURB_RE.match(last.key)
    if m is None:
        return
    name = m.group(1).strip()
    if len(name) < SITE_BLURB_MIN_NAME_CHARS:
        return
    name = f" {name} "  # whole words of the notice: 'art' is not 'smart'
    if any(name in f" {b.key} " for b in page_copyright_lines(ctx.doc, COPYRIGHT_NOTICE_MAX_WORDS)):
        yield last.index, "the site's paragraph about itself, closing the page"
