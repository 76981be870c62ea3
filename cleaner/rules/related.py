"""Where the article ends: 'Related Articles', 'Most popular', comment sections and headline lists."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import accumulate, groupby

from cleaner.blocks import STOPWORDS, Block
from cleaner.rules.base import Drop, RuleContext
from cleaner.rules.phrases import (
    AUTHOR_LABEL_OPENINGS,
    BIO_HEADS,
    BIO_NAME_PREFIX_INITIALS,
    BIO_NAME_PREFIX_RE,
    BIO_WORDS_RE,
    COMMENT_SAYS_RE,
    COMMENT_STAMP_RE,
    COPYRIGHT_NOTICE_MAX_WORDS,
    DIGIT_RE,
    DISCLAIMER_HEADS,
    PERMALINK_MARK,
    PERSON_PRONOUNS,
    SECTION_ENDS,
    TWO_DIGITS_RE,
    fold,
    is_social,
    lines_holding,
    page_copyright_lines,
)
from cleaner.rules.records import control_key
from cleaner.rules.shop import shop_page
from cleaner.rules.structure import ARTICLE_STRETCH_WORDS, TRUNCATION_MARKS, has_prose_stretch

# boilerpipe's TerminatingBlocksFinder only cuts once 60 words of full text came before, so a page that
# opens with "Comments" in its menu is not cut to nothing.
MIN_WORDS_BEFORE_CUT = 60
# A heading with more link text than this is a link to a section; this many of them in the same kind
# of container are teasers' links to their posts' comments.
MAX_HEAD_LINK_DENSITY = 0.5
MIN_TEASER_COMMENT_LINKS = 3
# The innermost class/id words that tell one kind of container from another.
HEAD_CONTAINER_WORDS = 3
MAX_HEADING_WORDS = 8
COMMENT_HEADS = frozenset(
    fold(x)
    for x in [
        "comments",
        "comment",
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "reader comments",
        "join the conversation",
        "join the discussion",
        "discussion",
        "discussion about this post",
        "conversation",
        "responses",
        "kommentare",
        "kommentieren",
        "commentaires",
        "réagir",
        "comentarios",
        "deja un comentario",
        "commenti",
        "comentários",
        "reacties",
        "show comments",
        "view comments",
    ]
)
_N_COMMENTS_RE = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?)\b"
)
# A heading an earlier rule took for a button or counter only counts in its plainest forms ("Comments",
# "14 Comments"): "Add a comment" and "2 replies" stand under every post of a Q&A or forum thread.
_DROPPED_HEAD_RE = re.compile(
    r"^(?:\d+ )?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)$"
)
# A Q&A page or a forum thread shows "Add a comment" under every post: an invitation to comment this many
# times on one page is each post's control, and the posts are the content. (A bare "Comments" repeats as a
# tab or a share button and still heads the thread.)
MIN_PER_POST_CONTROLS = 3
# A count of no comments ("0 Comments", "No comments") heads no thread: whatever follows it is not
# comments (on many pages the counter sits above the article, between the byline and the text).
_NO_COMMENTS_RE = re.compile(r"^(?:0|no|keine|aucun|sin|nessun) ")
_RELATED_PREFIXES = (
    "more from",
    "more in",
    "more on",
    "related",
    "see also",
    "also read",
    # A section's own teaser box: "Most read in world news", "Top stories in Nation", "Trending on X".
    "most read in",
    "most read on",
    "most popular in",
    "most popular on",
    "most viewed in",
    "most viewed on",
    "top stories in",
    "trending in",
    "trending on",
    "lesen sie auch",
    "lire aussi",
    "à lire aussi",
    "lee también",
    "leggi anche",
    "leia também",
    "weitere",
    "mehr aus",
    "plus de",
    "más de",
)
_PREFIX_RE = re.compile(rf"^(?:{'|'.join(map(re.escape, _RELATED_PREFIXES))})\b")
# 'More Washington Examiner', 'Mehr Tagesschau': "More" and the site's name (as its copyright line
# gives it) heading the teasers under an article. ("More Details" or "More Considerations" are content.)
_MORE_WORDS = ("More ", "Mehr ", "Plus ", "Más ")
_MORE_SITE_RE = re.compile(
    rf"^(?:{'|'.join(w.strip() for w in _MORE_WORDS)}) ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){{0,2}})$"
)
# A related list ends where running text resumes: two prose blocks in a row.
RESUME_PROSE_RUN = 2
RESUME_MIN_WORDS = 15
# A paragraph ends in one of these (or a closing quote after one); a headline in none of them. Not in a
# question mark: a list of related questions ("How close did Hitler come to winning WWII?") ends in them.
SENTENCE_ENDS = frozenset('.!…"”’»。！')


# WordPress heads the comments under a post with their count and the post's title in quotes: '59 Comments
# on “The December Comfort Watches”', '3 thoughts on “...”', '2 responses to “...”', 'One thought on
# “...”'. The title makes the line longer than a heading (MAX_HEADING_WORDS) and sometimes a sentence;
# the count, the preposition and the opening quote tell it. Over the wcxb-dev and scrapinghub dumps 10
# pages show one; on 2 the comments under it were kept (the others' went by their per-comment headers).
_TITLED_COMMENTS_RE = re.compile(
    r"^(?:\d+|one)\s+(?:comments?|thoughts?|responses?|replies|reactions?)\s+(?:on|to)\s+[“\"«„']", re.I
)


# The first characters of such a heading's folded key: its count's digit, or "one"'s "o".
_COUNT_FIRST = frozenset("0123456789o")


def _titled_comments(b: Block) -> bool:
    """A WordPress comments heading quoting the post's title (see _TITLED_COMMENTS_RE)."""
    # The count's first character first: a regex call for every line was most of a rule's time.
    return b.key[:1] in _COUNT_FIRST and _TITLED_COMMENTS_RE.match(b.text) is not None


# A heading ending in the permalink's mark (PERMALINK_MARK, '¶') is a section of the document, not a teaser
# box after it. 16 wcxb-dev documentation dumps carry such headings; one of them ('More on fields¶') was cut
# there with the rest of its page: documentation BoW dump .8979 -> .8980, HTML .9282 -> .9283 (+0.011 on
# that page in both), no other page moves.
_NO_HEAD_ENDS = (".", PERMALINK_MARK)


def _section_head(b: Block) -> str | None:
    """'comments' or 'related' when the block is the heading of such a section."""
    if _titled_comments(b):
        return "comments"
    # A full stop ends a sentence, not a heading; 'You may also like...' trails off and still heads a list.
    # A permalink's mark ends a documentation generator's section heading ('More on fields¶', 'See also¶'):
    # the document's own section (see PERMALINK_MARK).
    if b.words > MAX_HEADING_WORDS or (b.text[-1:] in _NO_HEAD_ENDS and not b.text.endswith("..")):
        return None
    return _head_kind(b.key)


@lru_cache(maxsize=4096)  # asked of every short block by three rules, and menus repeat across pages
def _head_kind(f: str) -> str | None:
    if f in COMMENT_HEADS or (f[:1].isdigit() and _N_COMMENTS_RE.match(f)):
        return "comments"
    if f in SECTION_ENDS or _PREFIX_RE.match(f):
        return "related"
    return None


def _more_from_site(b: Block, owners: Callable[[], list[str]]) -> bool:
    """'More Washington Examiner' on a page whose copyright line names the Washington Examiner.

    ``owners`` gives the page's short copyright lines, folded; it is called only once a block reads
    'More <Name>', since searching every block for a copyright mark cost a millisecond a page and almost
    no page has such a heading."""
    m = _MORE_SITE_RE.match(b.text) if b.text.startswith(_MORE_WORDS) else None
    return m is not None and any(fold(m.group(1)) in o for o in owners())


MAX_INLINE_LINK_WORDS = 30


def _inline_link(text: str) -> bool:
    _, sep, rest = text.partition(":")
    return bool(sep) and len(rest.split()) >= 2


def _prose_words_before(alive: list[Block]) -> list[int]:
    """Prefix sums: element i is the prose words in ``alive[:i]``.

    Summing afresh at every candidate heading was O(n²): a dump of 100,000 'Related' lines took minutes.
    Summed by ``accumulate`` in C over the words listed in one comprehension (a Python step, an index and
    an append per block cost twice as much; several rules ask on every page).
    """
    return [0, *accumulate([b.words if b.is_prose else 0 for b in alive])]


def drop_comment_section(ctx: RuleContext) -> Iterator[Drop]:
    """Everything from a comments heading ('Comments', 'Leave a reply', '12 comments') to the end."""
    # The heading may already be gone as a button or counter ('Comments', '14 Comments'): it still marks
    # where the comments start.
    # A blog's front page links "14 comments" under every post, each link in the same kind of container:
    # such links lead to each post's comments and head no section. (An article's own "167 comments" link
    # sits in a container of its own, however many teasers in a sidebar carry their counts.)
    linked: dict[str, int] = {}
    heads: dict[int, str] = {}
    copies: dict[str, int] = {}
    counts = 0
    # WordPress's heading quoting the post's title (_titled_comments) is looked for in dumps only: HTML
    # sets the comments in a container its classes name (drop_boilerplate_containers), and the test of
    # every line cost each HTML page ~0.25 M instructions (scrapinghub, pure Python) for no page changed.
    titled = ctx.doc.kind == "text"
    for b in ctx.blocks:
        # The word cap and the necessary part of _head_kind's "comments" inline: most lines of a page are
        # short, and a Python call for each of them was most of the rule's time.
        if (
            (b.words <= MAX_HEADING_WORDS and (b.key in COMMENT_HEADS or b.key[:1].isdigit()))
            or (titled and b.key[:1] in _COUNT_FIRST and _titled_comments(b))
        ) and _section_head(b) == "comments":
            heads[b.index] = kind = " ".join(b.attrs.split()[:HEAD_CONTAINER_WORDS])
            copies[b.key] = copies.get(b.key, 0) + 1
            counts += _is_comment_count(b.key)
            if b.link_density > MAX_HEAD_LINK_DENSITY:
                linked[kind] = linked.get(kind, 0) + 1
    # HTML tells the teasers' counts from the article's own by their links (above); a dump cannot, so there
    # many counts on one page are all taken for teasers'.
    teaser_counts = ctx.doc.kind == "text" and counts >= MIN_TEASER_COMMENT_LINKS
    if not heads:
        return  # most pages: no comments heading, and no need to count their posts
    prose = 0
    blocks = ctx.blocks
    total = sum(b.words for b in blocks if ctx.kept[b.index] and b.is_prose)
    posts: _ThreadPosts | _DumpThreadPosts = (
        _DumpThreadPosts(ctx) if ctx.doc.kind == "text" else _ThreadPosts(ctx)
    )
    for b in blocks:
        head = (
            b.index in heads
            and not _NO_COMMENTS_RE.match(b.key)
            and (copies[b.key] < MIN_PER_POST_CONTROLS or _DROPPED_HEAD_RE.match(b.key))
            and not (teaser_counts and _is_comment_count(b.key))
            and not (_in_share_bar(blocks, b.index) and total - prose > prose)
            and not (
                b.link_density > MAX_HEAD_LINK_DENSITY
                and linked.get(heads[b.index], 0) >= MIN_TEASER_COMMENT_LINKS
            )
            and (ctx.kept[b.index] or _DROPPED_HEAD_RE.match(b.key))
        )
        if (
            head
            and prose >= MIN_WORDS_BEFORE_CUT
            and (b.key.endswith(_POST_NAMED) or not posts.go_on(b.index))
        ):
            if ctx.kept[b.index]:
                yield b.index, f"comments heading '{b.text}'"
            for after in ctx.blocks[b.index + 1 :]:
                if ctx.kept[after.index]:
                    yield after.index, f"in the comments after '{b.text}'"
            return
        if ctx.kept[b.index] and b.is_prose:
            prose += b.words


# A thread's posts (a forum's replies, a Q&A page's answers) share their container's class words; the
# comments under an article are set in a container of their own.
THREAD_POST_MIN_WORDS = 20


def _post_kind(ctx: RuleContext, b: Block) -> str | None:
    """The container kind of a kept post-sized prose block (HTML), else None."""
    if b.attrs and b.is_prose and b.words >= THREAD_POST_MIN_WORDS and ctx.kept[b.index]:
        return " ".join(b.attrs.split()[:HEAD_CONTAINER_WORDS])
    return None


class _ThreadPosts:
    """Whether prose after a comments heading sits in the same kind of container as prose before it: the
    heading is then one post's comment box inside a thread (a question's comments, then the answers; a
    'Comments' button inside an article's text), and the posts on both sides are the page's content.

    Kept as counts brought up to each heading asked about, so asking at every heading stays linear; and
    built only at the first (most pages with a comments heading never ask: it stands too high)."""

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self.kinds: list[str | None] | None = None
        self.at = 0  # the blocks before this one are counted as passed
        self.before: set[str] = set()
        self.after: dict[str, int] = {}

    def go_on(self, at: int) -> bool:
        """Whether a kind of post seen before block ``at`` (a block's index is its place) comes again from
        there on."""
        if self.kinds is None:
            # Each block's kind, found once.
            self.kinds = [_post_kind(self.ctx, b) for b in self.ctx.blocks]
            for kind in self.kinds:
                if kind is not None:
                    self.after[kind] = self.after.get(kind, 0) + 1
        for kind in self.kinds[self.at : at]:
            if kind is not None:
                self.before.add(kind)
                self.after[kind] -= 1
        self.at = at
        return any(self.after.get(kind, 0) > 0 for kind in self.before)


# A dump has no containers: a thread's posts show instead by the controls and the user card under each
# ('Share', 'Follow', 'answered <date>', 'Reply', 'Quote', the poster's name and rank), the short lines
# between one post's text and the next. Two posts whose gaps share this many of those lines are posts of
# one thread; an article's end and a comment under it share at most one ('Share', or a date's month).
POST_GAP_SHARED_CONTROLS = 2
# A comments heading that names the post ('Discussion about this post', Substack's) stands under it, not
# inside a thread: the post's own counters and 'Share' under its last paragraph ('33', '25', 'Share') are
# no reply's controls, though they match a comment's. 1 of 14 wcxb-dev dumps printing it kept its comments.
_POST_NAMED = (" this post", " this article", " this story")
POST_CONTROL_MAX_WORDS = 6
# A post's gap is read up to the next prose, at most this many lines (a sidebar is no post's controls).
POST_GAP_MAX_LINES = 30
# The posts compared on each side of a heading: the thread's nearest ones.
POSTS_COMPARED = 5
# A forum's starter answers in their own thread: the poster's name on the card above the post that stands
# over the heading ('Linc Admin', 'AtlanG') shows again on a reply's card under it. A name is a short line
# without digits, read within POSTER_CARD_LINES lines above the post (share buttons not counted, at most
# POSTER_CARD_REACH lines up) and below any longer line without digits (the thread's title: above it
# stands the site's menu, shown again in its footer), and not among the lines closing the
# post (there a name is an author box's, and 'Share' or 'Reply' a control printed on both sides).
# Over wcxb-dev dumps 70 pages ask (54 articles): true on 4 forum threads and 1 article, 2 threads better
# (2 sites), no page worse. Reading 12 lines up, share buttons counted and past the title, took a news
# site's menu for a card (an article lost .29); past the title, a fixture's menu shown again in its footer.
POSTER_CARD_LINES = 8
POSTER_CARD_REACH = 20
POSTER_NAME_MAX_WORDS = 3
POSTER_REPLY_REACH = 40


class _DumpThreadPosts:
    """``_ThreadPosts`` for a dump: whether the posts after a comments heading ('19 Answers', '3 Comments')
    carry the same controls as a post before it (a question and its answers, a forum's opening post and
    the replies): the heading then stands inside the thread, whose posts are the page's content."""

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self.gaps: list[tuple[int, int]] | None = None  # (first, end) block index of each post's gap

    def _find_gaps(self) -> list[tuple[int, int]]:
        blocks, kept = self.ctx.blocks, self.ctx.kept
        gaps = []
        n = len(blocks)
        for b in blocks:
            i = b.index
            if kept[i] and b.is_prose and i + 1 < n and not (kept[i + 1] and blocks[i + 1].is_prose):
                end = i + 1
                while end < n and end - i <= POST_GAP_MAX_LINES and not (kept[end] and blocks[end].is_prose):
                    end += 1
                gaps.append((i + 1, end))
        return gaps

    def _controls(self, first: int, end: int) -> set[str]:
        return {
            k
            for b in self.ctx.blocks[first:end]
            if b.words <= POST_CONTROL_MAX_WORDS and (k := control_key(b))
        }

    def go_on(self, at: int) -> bool:
        """Whether a post after block ``at`` shares POST_GAP_SHARED_CONTROLS controls with one before it."""
        if self.gaps is None:
            self.gaps = self._find_gaps()
        before = [g for g in self.gaps if g[0] <= at][-POSTS_COMPARED:]
        after = [g for g in self.gaps if g[0] > at][:POSTS_COMPARED]
        if not before or not after:
            return False
        if self._poster_answers(at, before[-1]):
            return True
        later = [self._controls(first, end) for first, end in after]
        for first, end in before:
            seen = self._controls(first, min(end, at))
            if any(len(seen & c) >= POST_GAP_SHARED_CONTROLS for c in later):
                return True
        return False

    def _poster_answers(self, at: int, gap: tuple[int, int]) -> bool:
        """Whether a name on the card above the post closing at ``gap`` shows again under block ``at``."""
        blocks, kept = self.ctx.blocks, self.ctx.kept
        start = gap[0] - 1  # the post's last line; its first is the top of its run of kept prose
        while start > 0 and kept[start - 1] and blocks[start - 1].is_prose:
            start -= 1
        names: set[str] = set()
        seen = 0
        for b in reversed(blocks[max(0, start - POSTER_CARD_REACH) : start]):
            if is_social(b.key):
                continue  # a share bar between the card and the post
            if DIGIT_RE.search(b.key) is None:
                if b.words > POSTER_NAME_MAX_WORDS:
                    break  # the thread's title, or text: the card ends below it
                names.add(b.key)
            seen += 1
            if seen == POSTER_CARD_LINES:
                break
        if not names:
            return False
        names.difference_update(b.key for b in blocks[gap[0] : at])
        return any(b.key in names for b in blocks[at + 1 : at + 1 + POSTER_REPLY_REACH])


def _is_comment_count(key: str) -> bool:
    """'14 comments': a post's comment count. A blog's front page shows one under every teaser ('0
    comments', '14 comments', '2 comments'), an article its own once or twice."""
    return key[:1].isdigit() and bool(_DROPPED_HEAD_RE.match(key))


def _in_share_bar(blocks: list[Block], i: int) -> bool:
    """'Comments' as one button of a share bar ('Facebook', 'Twitter', 'Comments', 'Print'): a link to the
    comments, which sits between the byline and the text as often as under it. With most of the page's
    prose still to come, such a bar stands above the article and heads no comments."""
    return any(
        0 <= j < len(blocks) and is_social(blocks[j].key) and _section_head(blocks[j]) != "comments"
        for j in (i - 1, i + 1)
    )


# A comment thread without a heading shows itself by its per-comment headers ("Jane says:",
# "May 2, 2019 at 4:47 pm"). Three of them make a thread; one could be the article's own date line.
MIN_COMMENT_MARKERS = 3
MAX_MARKER_WORDS = 15
# How far above the first header a "34 responses to …" heading may stand.
COMMENT_HEAD_REACH = 3
_BY_RE = re.compile(r"\bby\b|\bvon\b|\bpar\b|\bpor\b", re.I)
# Q&A and forum post stamps ("asked May 2, 2019 at 4:47", "edited …") head posts that are the content.
_POST_STAMP_RE = re.compile(r"^(?:asked|answered|edited|modified|posted|replied|commented)\b", re.I)
_N_RESPONSES_RE = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts|kommentare?|commentaires?|comentarios?)\b", re.I
)


def _comment_marker(b: Block) -> bool:
    if b.words > MAX_MARKER_WORDS:
        return False
    # Both forms of COMMENT_SAYS_RE end in a colon; the unanchored regex is tried at every character, so
    # the ending is checked first.
    if b.text.rstrip().endswith(":") and COMMENT_SAYS_RE.search(b.text):
        return True
    # Not a byline: "Posted by Jane on May 2, 2019 at 4:47 pm" heads the article itself. Every stamp ends
    # in a clock time, so a line without two digits in a row skips the regex (tried at every character).
    return (
        TWO_DIGITS_RE.search(b.text) is not None
        and bool(COMMENT_STAMP_RE.search(b.text))
        and not _BY_RE.search(b.text)
        and not _POST_STAMP_RE.match(b.text)
    )


def drop_comment_threads(ctx: RuleContext) -> Iterator[Drop]:
    """A comment thread with no heading: from the first of 3+ comment headers ('Jane says:') to the end."""
    alive = ctx.alive()
    # _comment_marker's word cap, inline: no call for the page's longer lines.
    markers = [i for i, b in enumerate(alive) if b.words <= MAX_MARKER_WORDS and _comment_marker(b)]
    if len(markers) < MIN_COMMENT_MARKERS:
        return
    first = markers[0]
    if _prose_words_before(alive[:first])[-1] < MIN_WORDS_BEFORE_CUT:
        return  # the headers start with the page: a thread page, not an article with comments
    start = first
    for j in range(first - 1, max(-1, first - 1 - COMMENT_HEAD_REACH), -1):
        if _N_RESPONSES_RE.match(alive[j].text) or _section_head(alive[j]) == "comments":
            start = j
            break
    if start == first and first > 0 and alive[first - 1].words <= 3 and not alive[first - 1].ends_sentence:
        start = first - 1  # the commenter's name on its own line
    for b in alive[start:]:
        yield b.index, "in a comment thread (per-comment headers)"


# A Q&A site's comments under a question or an answer: each is one line of text, then its author's name,
# the name again after a dash ('– Jane Doe') and a stamp ('Commented May 2, 2019 at 4:47') within
# REPLY_STAMP_REACH lines. The thread's posts are the content, their comments are not: over wcxb-dev's
# dumps 118 such comments on 10 forum pages (10 sites), one in the gold. A dash line without the stamp (a
# quote's '— Mark Twain', a testimonial's signature: 45 on 6 pages, nearly all in the gold) is kept.
REPLY_STAMP_REACH = 2
REPLY_ATTRIBUTION_MAX_WORDS = 6
REPLY_ATTRIBUTION_DASHES = ("\u2013 ", "\u2014 ")
_REPLY_STAMP_RE = re.compile(r"^commented\s", re.I)


def drop_post_comments(ctx: RuleContext) -> Iterator[Drop]:
    """A Q&A post's comments (a dump's): the comment's line, its author's name and the dashed signature
    a 'Commented <date>' stamp follows."""
    blocks = ctx.doc.blocks
    # The lines holding a dash and a space, found in the page's lines joined (a C scan per dash): a test per
    # line was a Python step for each of a page's lines, and few hold one.
    for i in lines_holding("\n".join([b.text for b in blocks]), REPLY_ATTRIBUTION_DASHES):
        b = blocks[i]
        if (
            i >= 2
            and b.words <= REPLY_ATTRIBUTION_MAX_WORDS
            and b.text.startswith(REPLY_ATTRIBUTION_DASHES)
            and any(_REPLY_STAMP_RE.match(x.text) for x in blocks[i + 1 : i + 1 + REPLY_STAMP_REACH])
        ):
            yield b.index, "a comment's signature under a post"
            name = blocks[i - 1]
            if name.text == b.text[2:].strip():
                yield name.index, "a comment's author under a post"
                yield blocks[i - 2].index, "a comment under a post"


# Lead-ins that point to another story only when a headline follows them on the line ('READ MORE: <a
# headline>', 'SEE MORE: ...'); alone they are a teaser's button, so they head no related section.
_INLINE_ONLY_PREFIXES = ("read more", "read also", "see more", "read next")
_INLINE_PREFIX_RE = re.compile(
    rf"^(?:{'|'.join(map(re.escape, _RELATED_PREFIXES + _INLINE_ONLY_PREFIXES))})\b"
)


def drop_inline_related_links(ctx: RuleContext) -> Iterator[Drop]:
    """'Related: <headline>', 'See also: <headline>', 'READ MORE: <headline>': one link set in the text,
    not a section heading."""
    for b in ctx.alive():
        if b.words <= MAX_INLINE_LINK_WORDS and _inline_link(b.text) and _INLINE_PREFIX_RE.match(b.key):
            yield b.index, "inline related link"


# A teaser's linked headline: the line right above a summary sentence, dropped as a link by an earlier rule.
TEASER_LINK_DENSITY = 0.5


def _under_teaser_link(ctx: RuleContext, b: Block) -> bool:
    """The line right above ``b`` on the page is a dropped linked headline: ``b`` is that teaser's summary,
    not the article's text resuming (teasers alternate headline and summary, and once the headlines are
    gone their summaries stand side by side as two paragraphs would)."""
    k = b.index - 1
    return k >= 0 and not ctx.kept[k] and ctx.blocks[k].link_density > TEASER_LINK_DENSITY


# A teaser's excerpt is cut off with an ellipsis ('... a focused local SEO strategy turned....', '... when
# the [...]'); in a dump a card's title often runs into it on one line. A related box's cards are then long
# lines ending a "sentence", and two of them in a row read as the text resuming under the box, which kept
# the box's other cards. A run holding such a line resumes nothing. (An article's own paragraph may trail
# off so too: over wcxb-dev dumps 153 kept lines of 15+ words ending in an ellipsis are in their golds, 129
# are not; the test is asked only of the lines under a related heading, where 134 such lines were already
# dropped and none is in a gold.) Over wcxb-dev dumps 4 pages better (3 articles, 1 forum; up to +.029),
# none worse; wcxb-dev HTML and scrapinghub unchanged.
def _cut_excerpt(b: Block) -> bool:
    """A teaser's excerpt, cut off with an ellipsis, maybe in brackets ('... was made to [...]'). (String
    tests: a regex anchored at the line's end still tried every character of every paragraph.)"""
    text = b.text
    if text[-1:] in ")]":
        text = text[:-1].rstrip()
    return text.endswith(TRUNCATION_MARKS)


# A dump's teaser cards under the article (the site's other posts: a title, a date, an excerpt cut off
# with an ellipsis) outlast the article's extent when no related heading stands over them: each excerpt
# is a long line ending a "sentence". Past TEASER_TAIL_SHARE of the kept prose, TEASER_MIN_CARDS or more
# cut excerpts (_cut_excerpt, TEASER_EXCERPT_MIN_WORDS words or more) with no other paragraph of
# RESUME_MIN_WORDS words after the first of them are such cards: each excerpt goes, with the short lines
# right above it (its title and date) back to the previous card. An article's own ellipses ('But here I
# am, 20 years later...') have its paragraphs after them; a listing's cards (whose golds keep them) run
# from its top, so no cut excerpt may stand above the share; and at least TEASER_TITLED_SHARE of the
# excerpts have a short line over them (a card's title; a forum's quoted posts have none). Over wcxb-dev
# dumps 7 pages change (7 sites): 6 better (4 articles, 2 services; up to +.198), 1 worse (a service whose
# gold keeps its blog's cards, -.065); all BoW .8442 -> .8445, article .9369 -> .9373, service .7878 ->
# .7887; scrapinghub dumps unchanged. At a share of 0.3, or with 3 cards at least, the same pages change.
TEASER_TAIL_SHARE = 0.5
TEASER_MIN_CARDS = 2
TEASER_EXCERPT_MIN_WORDS = 8
TEASER_HEAD_LINES = 2
TEASER_TITLED_SHARE = 0.5


def drop_teaser_excerpts(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: teaser cards under the article, told by their excerpts cut off with an ellipsis."""
    alive = ctx.alive()
    cut = [
        i
        for i, b in enumerate(alive)
        if b.words >= TEASER_EXCERPT_MIN_WORDS and b.text[-1:] in ".…])" and _cut_excerpt(b)
    ]
    if len(cut) < TEASER_MIN_CARDS:
        return
    before = _prose_words_before(alive)
    titled = sum(1 for i in cut if i > 0 and not alive[i - 1].is_prose)
    cards = set(cut)
    if (
        before[cut[0]] < TEASER_TAIL_SHARE * before[-1]
        or titled < TEASER_TITLED_SHARE * len(cut)
        or any(
            b.is_prose and b.words >= RESUME_MIN_WORDS
            for j, b in enumerate(alive[cut[0] :], cut[0])
            if j not in cards
        )
    ):
        return
    floor = -1
    for i in cut:
        top = i
        while top - 1 > floor and i - (top - 1) <= TEASER_HEAD_LINES and not alive[top - 1].is_prose:
            top -= 1
        for b in alive[top : i + 1]:
            yield b.index, "a teaser card under the article"
        floor = i


def _field_label(b: Block) -> bool:
    """A single word and a colon ('Recommended:', 'Related:') labels the value that follows it, as
    'Minimum:' does: a game's or a program's system requirements list the 'Minimum:' and the 'Recommended:'
    machine, a spec sheet its 'Related:' models. A section's heading names its list without a colon ('You
    may also like', 'Recommended'), and a longer lead-in keeps its colon ('More to explore:', 'You may also
    enjoy:'). Over wcxb-dev HTML: 7 shop pages (the requirements of 7 games) better (product BoW +.003),
    none worse, no other page changed; scrapinghub HTML unchanged. A dump's 'Recommended:' line is left to
    the cut: it lost on 3 of 5 dumps it moved (product -.0005), whose requirements end the page's text and
    the cut took the recommendations after them too; the cut spares the label lines under it instead
    (``_field_values_end``)."""
    return b.words == 1 and b.text.rstrip().endswith(":")


def _field_values_end(alive: list[Block], i: int) -> int:
    """Where the values under a dump's field label ``alive[i]`` ('Recommended:') end: the lines opening
    with a label of their own ('OS: Windows 10', 'Memory: 16 GB RAM') and the next field labels
    ('Minimum:') are the spec sheet the label heads; what follows them is left to the section's cut. In a
    dump a game's system requirements close its text, and the store's recommendations and reviews follow:
    'Recommended:' taken as a related heading cut the requirements with them, and left alone it cut
    nothing (see ``_field_label``). Over wcxb-dev and scrapinghub dumps 8 such labels stand over label
    lines (4 game pages of one store; 'Related:', 'More:', 'TRENDING:' over headlines on 5 other pages
    are not): 1 page better (+.171, product BoW .5186 -> .5204), none worse; the others' requirements are
    cut or kept by later rules as before. A note line opening the values is theirs too: 1 more page
    better (+.032), none worse."""
    k = i + 1
    # A note may open the values ('Requires a 64-bit processor and operating system'), over label lines.
    if k + 1 < len(alive) and _LABEL_RE.match(alive[k].text) is None and _LABEL_RE.match(alive[k + 1].text):
        k += 1
    start = k
    while k < len(alive) and (_field_label(alive[k]) or _LABEL_RE.match(alive[k].text) is not None):
        k += 1
    return k if k > start else i + 1


def drop_related_section(ctx: RuleContext) -> Iterator[Drop]:
    """A 'Related Articles' / 'Most popular' / 'Read more' heading and the headline list under it."""
    alive = ctx.alive()
    before: list[int] = []  # prefix sums, summed at the first heading (most pages have none)
    entries: list[int] = []
    # Whether the page is a listing (no article's run of paragraphs), found at the first heading with more
    # prose under it than above it. Asked on HTML too: a front page's or a hub's sections ('Most read',
    # 'More on Iran war') head their own entries there as in a dump, and nothing above them is an article.
    listing: bool | None = None

    @cache
    def owners() -> list[str]:
        # page_copyright_lines: the lines COPYRIGHT_RE finds, looked for over the page once (the regex on
        # every short line cost ~0.4 ms on a page with a 'More <Name>' line).
        return [b.key for b in page_copyright_lines(ctx.doc, COPYRIGHT_NOTICE_MAX_WORDS)]

    i = 0
    while i < len(alive):
        b = alive[i]
        # A related heading is in SECTION_ENDS or opens with a related prefix (_head_kind): lines that are
        # neither skip the call. So do lines failing _more_from_site's first test.
        f = b.key
        head = ((f in SECTION_ENDS or f.startswith(_RELATED_PREFIXES)) and _section_head(b) == "related") or (
            b.text.startswith(_MORE_WORDS) and _more_from_site(b, owners)
        )
        if not head or (ctx.doc.kind == "html" and _field_label(b)):
            i += 1
            continue
        if not before:
            before = _prose_words_before(alive)
            entries = list(accumulate((b.is_prose and b.words >= RESUME_MIN_WORDS for b in alive), initial=0))
        if (
            before[i] < MIN_WORDS_BEFORE_CUT
            or _contents_entry(alive, i, before)
            or _in_contents_box(ctx.blocks, b.index)
            or _per_section_link(alive, i)
        ):
            i += 1
            continue
        if listing is not False and _listing_goes_on(before, entries, i):
            if listing is None:
                listing = not has_prose_stretch(alive)
            if listing:
                i += 1
                continue
        yield b.index, f"section heading '{b.text}'"
        top = _field_values_end(alive, i) if ctx.doc.kind == "text" and _field_label(b) else i + 1
        j = top
        while j < len(alive):
            run = alive[j : j + RESUME_PROSE_RUN]
            if (
                len(run) == RESUME_PROSE_RUN
                and all(x.is_prose and x.words >= RESUME_MIN_WORDS for x in run)
                and not all(_under_teaser_link(ctx, x) for x in run)
                and not all(_question(x) for x in run)
                and not any(_cut_excerpt(x) for x in run)
            ):
                j = _resumed_headings_start(alive, top, _resumed_text_start(ctx, alive, top, j))
                break
            if _closes_section(alive, i, j) or (ctx.doc.kind == "text" and alive[j].key in _FAQ_LABELS):
                break
            j += 1
        for x in alive[top:j]:
            yield x.index, f"listed under '{b.text}'"
        i = j


# A page's questions-and-answers label ('Frequently Asked Questions', 'FAQs'), folded. In a dump a related
# box ('Related Offerings', 'More articles') runs until running text resumes, and on a service's page the
# FAQ under the box opens on this label and a question, whose short answers resume no run: the cut took
# the page's own FAQ with the box. The label ends a dump's box, as a higher heading ends it on HTML
# (_closes_section). Over wcxb-dev dumps 5 pages change (5 sites), 4 better (3 service, 1 article, by up
# to .085), 1 worse by .005; the FAQ under such a box is in the gold on the 4.
_FAQ_LABELS = frozenset(
    {"frequently asked questions", "faq", "faqs", "frequently asked questions faq", "faq s"}
)


# A table of contents' own label: the folded line that heads it ('Contents:', 'On this page').
_CONTENTS_LABELS = frozenset(
    {
        "contents",
        "table of contents",
        "in this article",
        "on this page",
        "inhalt",
        "inhaltsverzeichnis",
        "sommaire",
        "índice",
        "indice",
        "contenido",
    }
)
# See _in_contents_box: how far above a related heading its box's label may stand, and how long its
# entries run (a section's name; a sentence or prose ends the box).
CONTENTS_REACH = 40
CONTENTS_ENTRY_MAX_WORDS = 8


def _in_contents_box(blocks: list[Block], k: int) -> bool:
    """Whether the related heading ``blocks[k]`` ('See also') is an entry of a table of contents: its
    label ('Contents:') stands above it with only entries between (short lines, no prose, at most
    CONTENTS_REACH of them), and the heading comes again further down, where the section itself starts.
    ``_contents_entry`` knows such an entry by the next entry, another section's heading shown again
    lower; an index's contents box (a line of letters, then 'See also') has none, and the cut took the
    whole index under it. Looked for among all the blocks: the label itself is dropped as chrome by then.
    Over wcxb-dev dumps 8 pages hold such an entry (7 documentation, 1 listing); 1 changes (a list
    index's dump, BoW .11 -> .94, listing .7044 -> .7129), no other page moves; scrapinghub unchanged."""
    # The label first: the line above a related box is most often the text's last paragraph, and the
    # search stops there; the later copy is looked for through the rest of the page only under a label.
    for x in reversed(blocks[max(0, k - CONTENTS_REACH) : k]):
        if x.key in _CONTENTS_LABELS:
            key = blocks[k].key
            return any(y.key == key for y in blocks[k + 1 :])
        if x.is_prose or x.words > CONTENTS_ENTRY_MAX_WORDS:
            return False
    return False


def _contents_entry(alive: list[Block], i: int, before: list[int]) -> bool:
    """Whether the related heading alive[i] is an entry of a list of the page's own sections, whose heading
    comes again further down: a table of contents' 'See also' (with the next entry, also a later section's
    heading, under it), or a listing's section label ('Top stories') with most of the page's prose still
    to come (as in ``_listing_goes_on``). Only the later copy heads a section to cut. The first copy still
    cuts when a paragraph stands right above it (a related box amid the text, shown again lower with other
    teasers) or when the same line follows both copies (one box shown twice). Over wcxb-dev dumps: 6 pages
    better (3 documentation, 2 article, 1 listing), 2 worse by at most 0.006; scrapinghub unchanged."""
    if i > 0 and alive[i - 1].is_prose:
        return False
    key = alive[i].key
    k = next((k for k in range(i + 1, len(alive)) if alive[k].key == key), None)
    if k is None or (k + 1 < len(alive) and alive[i + 1].key == alive[k + 1].key):
        return False
    if before[-1] - before[i] > LISTING_PROSE_AFTER * before[i]:
        return True
    entry = alive[i + 1].key
    return any(x.key == entry for x in alive[i + 2 :])


_MORE_PREFIXES = tuple(w.lower() for w in _MORE_WORDS)


def _per_section_link(alive: list[Block], i: int) -> bool:
    """Whether the related heading alive[i] ('More on Armand Hammer', 'More on HBS:') is one of several
    'More on <name>' lines, each under its own section, with running text between them: a review column's
    or a guide's link under each of its items, not the box that ends the article. Cutting from the first
    until two paragraphs in a row resumed took the items in between (a line of stats, a track list breaks
    the run). Over wcxb-dev dumps 18 pages hold two such lines or more; 2 articles better (by 0.16 and
    0.58), none worse."""
    m = _PREFIX_RE.match(alive[i].key)
    if m is None or not m.group(0).startswith(_MORE_PREFIXES):
        return False
    prefix, key = m.group(0), alive[i].key
    prose = False
    for x in alive[i + 1 :]:
        if x.is_prose:
            prose = True
        elif prose and x.words <= MAX_HEADING_WORDS and x.key.startswith(prefix) and x.key != key:
            return True
    return False


# See _listing_goes_on. Over wcxb-dev's dumps (and its HTML front pages and hubs), a listing whose section
# headings cut it short has most of its entries after the first heading.
LISTING_PROSE_AFTER = 2
LISTING_MIN_ENTRIES_BEFORE = 2


def _listing_goes_on(before: list[int], entries: list[int], i: int) -> bool:
    """Whether LISTING_PROSE_AFTER times more prose follows heading ``i`` than precedes it, and the prose
    above it is entries, not one paragraph. On a dump's listing (a news hub, a blog's front page, an
    index) a section heading ('Top stories', 'More on Iran war', 'See also' in the contents) stands among
    the entries, most of them still to come; an article's related box comes after most of its text, or
    amid it (a box between its paragraphs), and a one-paragraph post's ('a quote') is its teasers'. So on
    HTML, where the entries under the heading may be spared as the page's main list but the heading and
    the entries outside that list were cut. ``before`` and ``entries`` are the prose words and the
    paragraphs (RESUME_MIN_WORDS) before each block."""
    return (
        entries[i] >= LISTING_MIN_ENTRIES_BEFORE and before[-1] - before[i] > LISTING_PROSE_AFTER * before[i]
    )


def _question(b: Block) -> bool:
    """A line ending in a question mark. Under a 'Related' or 'Hot Network Questions' heading a Q&A site
    lists other threads' questions, each long enough to read as prose; two of them in a row are more
    questions, not the article's text resuming (which ends its sentences in full stops). Over wcxb-dev
    dumps: 6 forum pages better (4 sites), none worse."""
    return b.text.rstrip()[-1:] == "?"


def _resumed_text_start(ctx: RuleContext, alive: list[Block], first: int, j: int) -> int:
    """Where the article's text resumes after a related box set inside it, given the start ``j`` of the
    run of long paragraphs that ended the box: the full sentences right above that run are the text's
    first paragraphs, too short to count toward the run ("However, the other 28 people showed no
    symptoms."). A box's headlines end in no full stop; a teaser's summary sits under a dropped linked
    headline (HTML), which the check leaves to the box."""
    while (
        j - 1 >= first
        and alive[j - 1].is_prose
        and alive[j - 1].text[-1:] in SENTENCE_ENDS
        and not _under_teaser_link(ctx, alive[j - 1])
    ):
        j -= 1
    return j


# See _resumed_headings_start: a heading that is mostly a link is a teaser's title, not the text's.
RESUMED_HEADING_MAX_LINK_DENSITY = 0.5


def _resumed_headings_start(alive: list[Block], first: int, j: int) -> int:
    """Where the text that resumes after a related box starts, its own headings included: the unlinked
    <hN> lines right above its paragraphs ('Frequently asked questions about camp stoves' and the FAQ's
    question over the first answer, a shop's 'Functional and practical bookshelves' over its blurb) head
    that text, not the box, whose entries are linked titles. Only HTML knows a heading; a dump's line is
    left to the box."""
    while (
        j - 1 >= first
        and alive[j - 1].heading
        and alive[j - 1].link_density < RESUMED_HEADING_MAX_LINK_DENSITY
    ):
        j -= 1
    return j


def _closes_section(alive: list[Block], i: int, j: int) -> bool:
    """Whether ``alive[j]`` is a heading of a higher rank than the related box's own ``alive[i]`` ('More
    on HBS:' an <h4>, the next school's <h2>) and of the same rank and place (its innermost class word)
    as a heading of the text above the box: the box was a part of the section that it ends, and the text goes on under it. A
    sidebar's or a footer's heading after an article's closing box sits in other containers. HTML only
    (a dump's lines have no rank)."""
    b = alive[j]
    if not 0 < b.heading < alive[i].heading:
        return False
    place = b.attrs.split(" ", 1)[0]  # its innermost class word: ancestors' names vary by section
    return any(x.heading == b.heading and x.attrs.split(" ", 1)[0] == place for x in alive[:i])


# Headline lists: runs of short title-like lines without final punctuation.
MIN_HEADLINE_RUN = 4
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20


def _headline_like(b: Block) -> bool:
    """Short, unpunctuated, not a list item, and opening as a headline does: a line opening in lower case
    is a wrapped sentence's continuation (hard-wrapped dumps), not a teaser."""
    return (
        HEADLINE_MIN_WORDS <= b.words <= HEADLINE_MAX_WORDS
        and not b.ends_sentence
        and not b.in_list
        and not b.in_table
        and not b.text[:1].islower()
    )


def _text_before(alive: list[Block], i: int) -> bool:
    """Running text stands right before alive[i], or a line announcing a list ('For comparison:', 'This
    means:') that a paragraph leads to: the text goes on into the list, as no teaser list's heading does."""
    if i == 0:
        return False
    prev = alive[i - 1]
    if prev.is_prose:
        return True
    return prev.text.endswith(":") and i >= 2 and alive[i - 2].is_prose


# A dump's listing page (recipes in a collection, a blog's posts, award winners) opens with a short intro
# paragraph and then lists its titles; an article's teaser list comes after the article's many paragraphs.
# Below this many words of prose above it on the page, a run of titles is the page's own list.
LISTING_INTRO_MAX_WORDS = 100


# Paragraphs a run of <br>-broken lines may span and still be the writer's list: the list's paragraph and
# one more (a credit line under it, 'Additional reporting by ...').
BR_LIST_MAX_BREAKS = 1


def _in_article_container(alive: list[Block], i: int, j: int) -> bool:
    """HTML: the run's lines sit, unlinked, in the very container of the paragraph above them (the
    article's own list: tour dates, a spec sheet's lines), or are the lines of one paragraph broken by
    <br>; a teaser list has links or a box of its own, each teaser an element of its own."""
    run = alive[i:j]
    if (
        all(b.tag == "p" and (b.para_start or b.link_density == 0.0) for b in run)
        and sum(b.para_start for b in run[1:]) <= BR_LIST_MAX_BREAKS
    ):
        return True  # a paragraph's lines broken by <br>: the writer's own list, no teaser box
    prev = next((b for b in reversed(alive[:i]) if b.is_prose), None)
    if prev is None or not prev.attrs:
        return False
    return all(b.attrs == prev.attrs and b.link_density == 0.0 for b in run)


def drop_headline_lists(ctx: RuleContext) -> Iterator[Drop]:
    """Runs of 4+ headline-like lines (teaser lists), unless running text stands right before and after.

    A run with a paragraph on both sides (maybe with the line announcing it in between) is a list inside
    the text (tour dates, steps, a table's rows); teaser lists hang off the article's edge or between menus.
    In a dump, a run under a short intro is the listing the intro presents (HTML tells teasers by links).
    An HTML page with less prose than one stretch of an article (ARTICLE_STRETCH_WORDS: a front page of
    bare headlines, a hub, a catalogue) has no article whose edge a teaser list would hang off, and its
    menus went with their landmarks and links: its runs of headlines are its content, unless a related
    heading ('You may also like') heads the run, which is then the shop's or the site's other items.
    On a shop's HTML page (``shop_page``) such runs are the product's own: its feature names and spec
    labels ('Case Material Stainless Steel', '1x Metal Hanger'), the sizes of its bits, a course's chapters,
    the seller's details. The other products' cards there carry links, prices or a heading naming them,
    which drop_link_lists and the shop rules take. Over wcxb-dev HTML: product BoW .698 -> .700, 12 pages
    better (10 sites), 5 worse (4 sites, by at most .015), no other type moves by .001. A dump's shop pages
    print the other products' cards as such bare lines (collection -.002 there): HTML only.

    An HTML teaser names another page and links to it. On an HTML page declaring no date and no written
    piece (no published date in its metadata, no story type in its JSON-LD: a company's service, a SaaS
    feature page, a plan comparison) a run's unlinked lines are the page's own cards' names ('Automate
    repetitive work', 'Unlimited messaging with your therapist'), steps or plans: only its linked lines go.
    Over wcxb-dev HTML such unlinked lines held 1,609 gold words of service pages against 474 others (85
    pages of 79 sites over all types; on the other types later rules drop most of them anyway). Service
    BoW .8558 -> .8572, 23 sites better, 5 worse; no type loses over .0001.
    """
    alive = ctx.alive()

    # No article for a teaser list to hang off: the headlines are the page's (a front page, a hub).
    front = (
        ctx.doc.kind == "html"
        and sum(b.words for b in alive if b.is_prose) < ARTICLE_STRETCH_WORDS
        and not has_prose_stretch(alive)
    )
    # A page declaring no date and no written piece has no story for teasers to hang off (see above).
    undated = ctx.doc.kind == "html" and not ctx.doc.meta.published and not ctx.doc.meta.story
    listing_intro = ctx.doc.kind == "text"
    prose_before = _prose_words_before(alive) if listing_intro else []  # HTML never asks
    total_prose = prose_before[-1] if listing_intro else 0
    i = 0
    while i < len(alive):
        j = i
        while j < len(alive) and _headline_like(alive[j]):
            j += 1
        inside = j < len(alive) and alive[j].is_prose and _text_before(alive, i)
        intro = listing_intro and 0 < prose_before[i] < LISTING_INTRO_MAX_WORDS
        own = front and j - i >= MIN_HEADLINE_RUN and not _under_related_head(alive, i)
        if (
            j - i >= MIN_HEADLINE_RUN
            and not inside
            and not intro
            and not own
            and not _in_article_container(alive, i, j)
            and not (
                listing_intro
                and prose_before[i] >= LIST_IN_TEXT_MIN_PROSE
                and (
                    (
                        (total_prose - prose_before[j] >= LIST_IN_TEXT_MIN_PROSE or shop_page(ctx))
                        and (
                            _sentence_case_run(alive, i, j)
                            or _sentence_case_items(alive, i, j)
                            or _announced(alive, i)
                        )
                    )
                    or _labelled_run(alive, i, j)
                )
            )
        ):
            if ctx.doc.kind == "html" and shop_page(ctx):
                return
            # The unlinked headings closing the run over a paragraph head that text, not the list: those
            # of another rank than the run's first line (unlinked teaser titles share one rank).
            end = j
            if j < len(alive) and alive[j].is_prose:
                end = _resumed_headings_start(alive, i, j)
                while end < j and alive[end].heading == alive[i].heading:
                    end += 1
            for b in alive[i:end]:
                if undated and b.link_density == 0.0:  # a feature card's name, not a teaser
                    continue
                yield b.index, "in a list of headlines"
        i = max(j, i + 1)


# In a dump a writer's bullet list (a product's features, a checklist's steps, a guide's tips) has lost its
# bullets and reads as a run of short unpunctuated lines, like a teaser list. But the writer's items are
# in sentence case ('Hot-swappable switches for easy customization', 'Book the photographer'), while
# teasers, menus and section names are in title case ('The Best Places to Photograph Puffins') or name
# people and places (a news site's 'Safety officials urge Boeing to redesign part on 737s'), and the
# writer's list stands in the text, with the article's prose above and below it, where a teaser list hangs
# off its end. Such a run is left to the text (and drop_outside_article lets it stand in the run). Over the
# wcxb-dev dumps: 276 runs on 116 pages (107 sites) spared, 1,128 of their 1,465 lines in the gold; on the
# scrapinghub dumps 5 runs of teasers, none in the gold. wcxb-dev dump BoW .8242 -> .8255 (91 pages
# better, 20 worse), scrapinghub dump shingle F1 .9504 -> .9507. On a shop's dump (shop_page) prose above
# the run is enough: a product's feature list closes its description, with only the shop's parts below
# (2 product pages better, +.105 and +.013; none worse; scrapinghub dumps unchanged).
LIST_IN_TEXT_MIN_PROSE = 100
# Words after the first that title case capitalises and sentence case does not; the short function words
# are in lower case in both, so they tell nothing.
_MINOR_WORDS = frozenset(
    "a an the and or nor but of for to in on at by with from as is are vs via into onto over per than".split()
)
# A line is in sentence case when under this share of its other words is capitalised (a name in a
# ten-word item), and a run is when at least SENTENCE_CASE_RUN_SHARE of its lines that have such words
# are. Acronyms and brands written with inner capitals ('SEO', 'DeFi') are left out of the count: a
# writer's list names them in either case ('Revenue-focused SEO strategy for blockchain companies'), and
# counting them took such lists for teasers. Over wcxb-dev dumps: article BoW +0.0004 (16 pages better,
# none worse), 13 pages of other types better, 8 worse; scrapinghub dumps unchanged. At 0.1 one name took
# an item of up to ten counted words for title case ('Helped Gala secure media features for its
# launch'); at 0.15 one name in seven counted words passes, two do not. Over wcxb-dev dumps: BoW +0.116
# page-units (article .9374 -> .9375, listing .7261 -> .7265), 9 pages better (9 sites), 1 worse by under
# .001; scrapinghub dumps unchanged. At 0.2: 4 more pages better, 4 worse (-.028, -.020, -.020, -.005).
SENTENCE_CASE_MAX_CAPITALS = 0.15
SENTENCE_CASE_RUN_SHARE = 0.75


def _sentence_case(text: str) -> bool | None:
    """Whether ``text`` is in sentence case (see SENTENCE_CASE_MAX_CAPITALS); None without words to tell."""
    # A word with a capital past its first letter (an acronym, 'SEO', 'NFT'; a brand, 'DeFi', 'YouTube')
    # is written so in either case and tells nothing either; nor does a name holding a digit ('Web3', 'Pi5',
    # 'X100F'), a model or a brand the writer's list names in its own spelling. Over the wcxb-dev dumps:
    # 2 article pages better (+.032, +.002; 2 sites), none worse; scrapinghub dumps unchanged.
    words = [
        w
        for w in text.split()[1:]
        if w[:1].isalpha()
        and w.lower() not in _MINOR_WORDS
        and w[1:] == w[1:].lower()
        and not any(c.isdigit() for c in w)
    ]
    if not words:
        return None
    capitals = sum(w[0].isupper() for w in words)
    return capitals < SENTENCE_CASE_MAX_CAPITALS * len(words)


# A writer's lists in a dump often come in pairs under their own short headings ('Main Features', five
# items, 'Why It Stands Out', three more) and end on a listicle's next numbered item ('2. Razer BlackWidow
# V4 Pro 75%'), all one run of bare lines: those headings are in title case and sank the run's share of
# sentence case. Counting only the items (lines of more than LIST_HEADING_MAX_WORDS words, not numbered),
# over the wcxb-dev dumps: BoW .8342 -> .8344 (article .9327 -> .9329, forum .7808 -> .7810, service
# .7780 -> .7781, collection .6363 -> .6365), 16 pages better (16 sites), 3 worse (by at most .009);
# scrapinghub dumps unchanged. Only drop_headline_lists asks: its run must stand in the article's prose
# (LIST_IN_TEXT_MIN_PROSE), where writers_lists's weights for drop_outside_article lost service pages.
# The items of such a list name products and brands more than teasers' lines do ('Works with Alexa and
# Google Home'): under the article's prose most of them, not three in four, suffice. Over the wcxb-dev
# dumps, against SENTENCE_CASE_RUN_SHARE: BoW .8345 -> .8346 (article .9330 -> .9331, service .7781 ->
# .7782, listing .7039 -> .7040, product .5182 -> .5180), 8 pages better, 1 worse (by .017); scrapinghub
# dumps unchanged. At a half: as much gained, with 10 pages worse.
LIST_HEADING_MAX_WORDS = 5
SENTENCE_CASE_ITEMS_SHARE = 0.6
_NUMBERED_RE = re.compile(r"\d{1,2}[.)]\s")


def _announced(alive: list[Block], i: int) -> bool:
    """Whether a short line ending in a colon ('Services Offered:', 'Add-Ons:', 'Minimum:') heads the
    run at ``alive[i]``: the writer announces a list of theirs, as a paragraph leading to one does (see
    _text_before); a teaser box's heading ('Read more:', 'See also:') is a related one. Asked of runs in
    the article's prose (LIST_IN_TEXT_MIN_PROSE): over the wcxb-dev dumps, BoW .8344 -> .8345 (article
    .9329 -> .9330, documentation .8919 -> .8922), 9 pages better (9 sites), 4 worse (by at most .005);
    scrapinghub dumps unchanged."""
    if i == 0:
        return False
    h = alive[i - 1]
    return (
        not h.is_prose and h.words <= MAX_HEADING_WORDS and h.text.endswith(":") and _section_head(h) is None
    )


def _sentence_case_items(alive: list[Block], i: int, j: int) -> bool:
    """Whether most lines of ``alive[i:j]`` but its headings are in sentence case (see
    LIST_HEADING_MAX_WORDS)."""
    verdicts = [
        v
        for v in (
            _sentence_case(b.text)
            for b in alive[i:j]
            if b.words > LIST_HEADING_MAX_WORDS and _NUMBERED_RE.match(b.text) is None
        )
        if v is not None
    ]
    return bool(verdicts) and sum(verdicts) >= SENTENCE_CASE_ITEMS_SHARE * len(verdicts)


def _sentence_case_run(alive: list[Block], i: int, j: int) -> bool:
    """Whether most lines of ``alive[i:j]`` are in sentence case: a writer's list, not teasers."""
    verdicts = [v for v in (_sentence_case(b.text) for b in alive[i:j]) if v is not None]
    return bool(verdicts) and sum(verdicts) >= SENTENCE_CASE_RUN_SHARE * len(verdicts)


# A writer's facts in a dump, between the article's paragraphs: 'Office Location: Atlanta, Georgia',
# 'Year Founded: 2011', 'Cost: $20 styling fee', 'Focal Length: 430mm', 'Pros: ...': a label of up to
# LABEL_MAX_WORDS words and a colon open the line, in title case as often as not. A teaser's headline
# seldom opens so ('Exclusive: ...' is one line of a list, not half of it). Such a run (with the prose
# around it that LIST_IN_TEXT_MIN_PROSE asks) is left to the text like a writer's list in sentence case.
# Over the wcxb-dev dumps the runs drop_headline_lists dropped with half their lines so labelled held
# 2,750 gold words of 3,753 (57 pages); BoW .8339 -> .8341 (article .9324 -> .9327, product .5176 ->
# .5182), 19 pages better, 7 worse (forum profile fields 'Joined: ...', by at most .01); scrapinghub
# dumps unchanged. innerText glues a label to a value in another element ('Developed By:Respawn'): a
# colon right before a capital or a digit ends a label too, where a URL's 'https://' ends none (store
# cards' 'Developed By:' and 'Published By:' lines: collection BoW .6349 -> .6363, 2 pages better, one
# product page worse by .004). A labelled run needs prose above it only: a product's specs, a game's system
# requirements, a recipe's or a course's facts close the text as often as they stand inside it (over
# wcxb-dev dumps 8 pages better: 2 product, 2 collection, 2 article, 1 service, 1 forum; none worse; BoW
# .8373 -> .8374; scrapinghub dumps unchanged).
LABEL_MAX_WORDS = 3
_LABEL_RE = re.compile(rf"[^\s:]+(?: [^\s:]+){{0,{LABEL_MAX_WORDS - 1}}}:(?: |(?=[A-Z0-9]))")
LABELLED_RUN_SHARE = 0.5


def line_label(text: str) -> str | None:
    """The short label and colon opening ``text`` (``_LABEL_RE``), or None. The regex runs only on text
    holding a colon: on the ~9 in 10 short lines of a dump that hold none it fails only after trying every
    split of their first words (~5x the test)."""
    if ":" not in text:
        return None
    m = _LABEL_RE.match(text)
    return None if m is None else m.group(0)


def _labelled_run(alive: list[Block], i: int, j: int) -> bool:
    """Whether at least LABELLED_RUN_SHARE of ``alive[i:j]`` open with a short label and a colon, each
    label its own: a fact sheet names each fact once, where titles with a series' name before a colon
    ('Leadership Boot Camp: Effective Leadership', '... : People Management') repeat it."""
    labels = [label for label in (line_label(b.text) for b in alive[i:j]) if label is not None]
    return len(labels) >= LABELLED_RUN_SHARE * (j - i) and len(set(labels)) == len(labels)


def writers_lists(alive: list[Block]) -> Iterator[tuple[int, int]]:
    """The runs ``alive[i:j]`` of MIN_HEADLINE_RUN or more headline-like lines in sentence case: a
    writer's bullet list in a dump (see LIST_IN_TEXT_MIN_PROSE)."""
    flags = [_headline_like(b) for b in alive]
    i = 0
    for like, group in groupby(flags):
        j = i + sum(1 for _ in group)
        if like and j - i >= MIN_HEADLINE_RUN and _sentence_case_run(alive, i, j):
            yield i, j
        i = j


def _under_related_head(alive: list[Block], i: int) -> bool:
    """Whether the run starting at alive[i] opens with, or sits right under, a related heading."""
    return any(_section_head(alive[k]) == "related" for k in (i - 1, i) if k >= 0)


# --- the writer's bio: where the article ends ------------------------------------------------------------

# A bio is a short paragraph about the writer under a heading ("About the Author") or under the writer's
# name on a line of its own ("Meg James", then "Meg James is a corporate media reporter ..."), the name
# maybe followed by a role line ("CBS Sports Writer"). Sites put it where the article ends: what follows
# it is the site's (more by the writer, related stories, a newsletter form), not the article's.
BIO_NAME_MAX_WORDS = 4
# Lines from the heading or name line down to the bio paragraph (a role line, a second name line).
BIO_REACH = 3
BIO_MAX_WORDS = 150
# Words a bio heading needs for its paragraph to be taken as a bio of any trade (see ``_bio_at``); over
# wcxb-dev dumps: 9 articles better (8 sites), 2 worse (one site, whose dump lacks most of its text).
HEADED_BIO_MIN_WORDS = 2
# Words into the paragraph where a name after a lead-in ("About Moritz Bachmann") may stand; a name line
# of its own must open the paragraph (first name or surname: "Zac covers ...", "Hiltzik writes ...").
BIO_NAME_REACH = 12
# A bio after this share of the page's prose closes the article; one above it (an author box between the
# headline and the text) is dropped alone.
BIO_TAIL_SHARE = 0.5
# "About <first name> <surname>" heads a bio; "By <name>" may head a book, a quote, anything.
_ABOUT_RE = re.compile(r"^(?:about|über|sobre|à propos de|acerca de)\s", re.I)
ABOUT_NAME_WORDS = (2, 3)
# Lead-ins before the name in a bio written in the first person ("Hi, I'm Philip, a ...").
_SELF_INTRO = frozenset({"hi", "hey", "hello", "i", "m", "am", "author"})


def _person_name(b: Block) -> tuple[list[str], bool] | None:
    """The folded words of a name line ('Meg James', 'REBECCA NORRIS', 'About Brigit Katz') and whether
    a lead-in preceded it: two to four capitalised words of letters, one after a lead-in."""
    if b.ends_sentence or b.words > BIO_NAME_MAX_WORDS + 2:
        return None
    text = b.text
    if text[:1] in BIO_NAME_PREFIX_INITIALS:
        text = BIO_NAME_PREFIX_RE.sub("", text, count=1)
    prefixed = text != b.text
    words = text.split()
    if not (1 if prefixed else 2) <= len(words) <= BIO_NAME_MAX_WORDS:
        return None
    for w in words:
        if not w[0].isupper():
            return None
        # A word of letters alone (most) has none of the marks to take out first.
        if (
            not w.isalpha()
            and not w.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()
        ):
            return None
    # Asked last: most short lines already failed the test of their words, which costs less than a fold.
    folded = [fold(w) for w in words]
    if folded[0] in STOPWORDS:
        return None  # 'The Mooncast', 'Your Match': a title, not a person
    return folded, prefixed


def _is_bio(p: Block, name: list[str] | None, prefixed: bool, about: bool) -> bool:
    """A short prose paragraph on someone's writing, about the person the name line names. Under 'About'
    and a person's full name ('Über Moritz Bachmann') it need not name a trade: that heading heads a bio
    (longer names under 'About' are organisations: a press release's boilerplate, often its content)."""
    if not p.is_prose or p.words > BIO_MAX_WORDS:
        return False
    if not BIO_WORDS_RE.search(p.text) and not (
        about and name and ABOUT_NAME_WORDS[0] <= len(name) <= ABOUT_NAME_WORDS[1]
    ):
        return False
    if name is None:
        return True
    words = p.key.split()[: BIO_NAME_REACH + 3]
    while words and words[0] in _SELF_INTRO:
        words.pop(0)
    if prefixed:
        return any(w in words[:BIO_NAME_REACH] for w in name)
    return bool(words) and words[0] in (name[0], name[-1])


def _has_acronym(text: str) -> bool:
    """An all-capitals word among others that are not ('About ONE Health Ohio'): an organisation's name
    (a person's name in capitals is capitals throughout)."""
    words = text.split()
    caps = sum(1 for w in words if len(w) > 1 and w.isupper())
    return 0 < caps < len(words)


def _bio_at(alive: list[Block], i: int, tail: bool) -> int | None:
    """Where the bio headed by alive[i] (a bio heading or a name line) ends, or None. 'About <name>' heads
    a bio of any trade only under the article: above it, it is as often a menu's 'About <company>'."""
    b = alive[i]
    head = b.words <= BIO_NAME_MAX_WORDS + 2 and b.key in BIO_HEADS
    found = None if head else _person_name(b)
    if not head and found is None:
        return None
    name, prefixed = found if found else (None, False)
    about = tail and _ABOUT_RE.match(b.text) is not None and not _has_acronym(b.text)
    # Under the article, a bio heading ('About the Author', 'Written by') says whose paragraph follows: it
    # need not name a writer's trade ('a contributing stock market analyst', 'a board-certified surgeon',
    # 'I'm a mom of four'). A one-word 'Author' heads each post of a forum thread as well, so it does not.
    headed = head and tail and b.words >= HEADED_BIO_MIN_WORDS
    for k in range(i + 1, min(len(alive), i + 1 + BIO_REACH)):
        if head and name is None:
            nxt = _person_name(alive[k])
            if nxt:
                name, prefixed = nxt
                continue
        if (headed and alive[k].is_prose and alive[k].words <= BIO_MAX_WORDS) or _is_bio(
            alive[k], name, prefixed, about
        ):
            return k
    return None


# A bio without a name line opens on the writer's name and a copula: "Jane Doe is a freelance writer ...",
# "Jeff Foust (jeff@example.com) is the editor ...".
_BARE_BIO_RE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}(?: \([^()]{1,60}\))? (?:is|was|has been|ist|est|es|è|é|is de) "
)
BARE_BIO_MAX_WORDS = 80


def _second_word_capitalised(text: str) -> bool:
    """Whether the text's second word opens on a capital A-Z, as _BARE_BIO_RE's name does: asked before the
    regex at a fraction of its cost (most paragraphs fail it)."""
    space = text.find(" ")
    return space > 0 and "A" <= text[space + 1 : space + 2] <= "Z"


def _bare_bio(b: Block) -> bool:
    """A short paragraph naming someone and their trade of writing, with no heading over it."""
    return (
        b.is_prose
        and b.words <= BARE_BIO_MAX_WORDS
        and _second_word_capitalised(b.text)
        and _BARE_BIO_RE.match(b.text) is not None
        and b.key.split(" ", 1)[0] not in STOPWORDS  # 'The NPMC is ...': an organisation
        and BIO_WORDS_RE.search(b.text) is not None
    )


# A blogger's 'about me' box (a sidebar's, which a dump prints under the article) opens on a greeting and
# an introduction in the first person naming the blogger: 'Hi, I'm Chris!', 'Howdy, I’m Melissa!', 'I'm
# Trevor Jones, an astrophotographer ...', 'Hi there, and welcome to Hello Stranger. My name is Maddy,
# ...'. It need name no writer's trade. A writer introducing themselves in the text does so early ('Hey,
# I'm Kev, coffee nerd ...' opening a review); the box stands after the text, past this share of the
# page's prose, with little prose under it (a roundup's curator saying 'Hi, I'm Ashley, and I oversee all
# laptop coverage' above the buying guide has much). Over wcxb-dev and scrapinghub dumps 27 lines on 21
# pages read so: the 15 past the share with at most SELF_INTRO_MAX_PROSE_AFTER words of prose under them
# are all such boxes (13 articles of 13 sites, 2 already taken for bios; the most prose under one: 110
# words), the other 12 all the text's (the latest at 0.75 of the prose, with 675 words under it).
SELF_INTRO_TAIL_SHARE = 0.7
SELF_INTRO_MAX_PROSE_AFTER = 250
_SELF_INTRO_RE = re.compile(
    r"(?i:(?:hi|hey|hello|howdy|welcome)(?: there)?[,!.]?\s+(?:and welcome[^.!]*[.!]\s+)?)?"
    r"(?i:i[’']m|i am|my name is)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:[,!.]|\s+and\b|$)"
)
# The letters such an introduction opens with (_SELF_INTRO_RE's first), tested before the regex.
_SELF_INTRO_FIRST = frozenset("HhIiMmWw")


def _self_intro(b: Block) -> bool:
    """A blogger's introduction of themselves (see SELF_INTRO_TAIL_SHARE)."""
    return (
        b.words <= BIO_MAX_WORDS
        and b.text[:1] in _SELF_INTRO_FIRST
        and _SELF_INTRO_RE.match(b.text) is not None
    )


# The box may name the blogger on a line of its own, the introduction under it saying only what they are
# ('Josh Fechter' over 'I’m the founder of HR.University. I’m a certified HR professional ...', 'Amanda
# Brooks' over 'I am a running coach with over a decade of experience ...'): a person's name line right
# over a first-person paragraph opening on 'I'm a/an/the' (after a greeting: 'Hello, and welcome! I'm the
# editor & founder of this site.') is the same box, under the same share and bound. Over wcxb-dev dumps
# 2 such boxes were kept under articles (2 sites), none in a gold; no scrapinghub dump changes.
_NAMED_SELF_INTRO_RE = re.compile(
    r"(?i:(?:hi|hey|hello|howdy)\b[^.!?]{0,30}[,!.]\s+)?(?:I[’']m|I am) (?:a|an|the)\b"
)


def _named_self_intro(alive: list[Block], i: int) -> bool:
    """Whether ``alive[i]`` is a person's name line over their introduction of themselves (see above)."""
    if i + 1 >= len(alive):
        return False
    p = alive[i + 1]
    return (
        p.is_prose
        and p.words <= BIO_MAX_WORDS
        and p.text[:1] in _SELF_INTRO_FIRST
        and _NAMED_SELF_INTRO_RE.match(p.text) is not None
        and _person_name(alive[i]) is not None
    )


# A dump's author box under the article names the writer on a line of its own and opens its paragraph on
# that name and a verb ('Karina Cohen' over 'Karina Cohen is the owner of CR Maids, ...', 'Chris Toy is the
# CEO and co-founder of ...'): writers of a business's blog are its staff, and their bios name no writer's
# trade (BIO_WORDS_RE). What tells it from a listicle's entry on a person or a product ('Jack Butcher is a
# conceptual artist ...', 'Codex CLI is an AI coding CLI tool ...') is the byline: the same name stands
# above in a byline (see ``_in_byline``), and the box stands past SELF_INTRO_TAIL_SHARE of the page's prose
# with at most BYLINED_BIO_MAX_PROSE_AFTER words of prose under it (the blogger's box's bound; what the
# label rules leave under a box is mostly the footer's). Over wcxb-dev and scrapinghub dumps, a name line
# over a paragraph opening on its name and a verb stands past that share on 38 pages: the 17 with the
# name on a short line above and little prose under them are bios (17 sites), none in a gold. A byline's
# label ('By', 'Written by', a dated post meta: byline_name) or a stamp beside the bare name tells 14 of
# them (14 articles of 14 sites better, none worse; article BoW .9333 -> .9339); a menu's entry above
# ('Accruent EMS' over 'Accruent EMS is a comprehensive event management system', a listicle's product)
# is no byline.
BYLINED_BIO_MAX_PROSE_AFTER = SELF_INTRO_MAX_PROSE_AFTER
BYLINE_MAX_WORDS = 12
# A dateline or a reading time beside a bare name line makes it a byline ('Jane Doe' over '9 min read').
BYLINE_STAMP_MAX_WORDS = 6
_BIO_VERBS = frozenset(
    {"is", "was", "has", "had", "joined", "covers", "covered", "writes", "wrote", "leads", "serves", "holds"}
    | {"works", "brings", "specializes", "specialises"}
)


def _named_bio(alive: list[Block], i: int) -> tuple[int, list[str], bool] | None:
    """The position of the paragraph under the name line ``alive[i]`` that opens on that name and a verb
    ('Karina Cohen' over 'Karina Cohen is the owner of ...'), with the folded name and whether a lead-in
    ('By', 'About') preceded it; None when there is no such pair."""
    found = _person_name(alive[i])
    if found is None:
        return None
    name = found[0]
    for k in range(i + 1, min(len(alive), i + 1 + BIO_REACH)):
        p = alive[k]
        if not p.is_prose or p.words > BIO_MAX_WORDS:
            continue
        words = p.key.split()
        n = len(name) if words[: len(name)] == name else (1 if words[:1] in ([name[0]], [name[-1]]) else 0)
        if n and n < len(words) and words[n] in _BIO_VERBS:
            return k, name, found[1]
    return None


# Without a byline to match, the same author box (a name line over 'Camille is a content specialist at
# ...', 'Sam is the revenue-focused VP of Marketing at ...', 'By Sam O'Brien' over it) is told from a
# listicle's entry on a person or a product by three things: the paragraph speaks of a person (a personal
# pronoun: 'She has over 15 years ...'), the page holds no other name-line pair (a listicle holds one per
# entry), and almost no prose stands under it (LONE_BIO_MAX_PROSE_AFTER words: a listicle's last entry
# has its summary and buying advice under it). The rule takes 6 dumps' boxes (5 wcxb-dev articles, 1
# scrapinghub story; 6 sites), all outside their golds: all 6 better (up to +.055), none worse. Lone pairs
# with a pronoun and more prose under them stay (a podcast host's entry with 287 words under it and a
# clinic's with 328, both in their golds); so does a car review's reviewer box, which its gold keeps. At a
# bound of 150 or 250 words the same pages change.
LONE_BIO_MAX_PROSE_AFTER = 60
_PERSON_PRONOUN_RE = re.compile(rf"\b(?:{PERSON_PRONOUNS})\b", re.I)


def _lone_bio(alive: list[Block], i: int, k: int) -> bool:
    """Whether the name line ``alive[i]`` over the paragraph ``alive[k]`` opening on its name is the
    page's only such pair, and the paragraph speaks of a person (see LONE_BIO_MAX_PROSE_AFTER)."""
    if _PERSON_PRONOUN_RE.search(alive[k].text) is None:
        return False
    others = (
        j
        for j, b in enumerate(alive)
        if j != i and b.words <= BIO_NAME_MAX_WORDS + 2 and not b.ends_sentence and _named_bio(alive, j)
    )
    return next(others, None) is None


def _in_byline(blocks: list[Block], name: list[str]) -> bool:
    """Whether a byline among ``blocks`` names the person of the folded ``name``: 'By Jane Doe', 'Written
    By Jane Doe', 'Published on ... by Jane Doe and John Roe', '0 · by Jane Doe · Updated on ...' (a 'by'
    before the name in a line's first BYLINE_MAX_WORDS words), or the bare name beside a dateline or a
    reading time ('Jane Doe' under '9 min read')."""
    # Imported here: cleaner.fields imports cleaner.rules, which imports this module.
    from cleaner.fields.text_signals import byline_name

    for i, b in enumerate(blocks):
        words = b.key.split(maxsplit=BYLINE_MAX_WORDS)[:BYLINE_MAX_WORDS]
        if name[-1] not in words:
            continue
        if words == name:
            if any(
                0 <= j < len(blocks)
                and blocks[j].words <= BYLINE_STAMP_MAX_WORDS
                and DIGIT_RE.search(blocks[j].text)
                for j in (i - 1, i + 1)
            ):
                return True
            continue
        if any(w == "by" and words[k + 1 : k + 1 + len(name)] == name for k, w in enumerate(words)):
            return True
        found = byline_name(b) if b.words <= BYLINE_MAX_WORDS else None
        if found is not None and {name[0], name[-1]} <= set(fold(found).split()):
            return True
    return False


# The author box may open on the labelled byline itself ('Written by: Jane Doe, Senior Analyst' over 'Jane Doe
# co-founded ...', 'Written by Jane Doe' over 'Jane has over 20 years of experience ...'): the label says
# whose paragraph follows, as a bio heading does, so it needs no writer's trade either. In the last two
# fifths of 8 kept wcxb-dev article dumps (8 sites) such a label stands with none of the lines under it in
# the gold. The rule fires on 3 articles (3 sites), all better; scrapinghub dumps unchanged.
def _labelled_bio(alive: list[Block], i: int) -> int | None:
    """The position of the bio paragraph under ``alive[i]`` when alive[i] labels its name the author's
    ('Written by: Jane Doe, Senior Analyst', 'Written by Jane Doe': labelled_byline) and a paragraph within
    BIO_REACH lines opens on that name ('Jane Doe co-founded ...', 'Jane has over 20 years ...')."""
    # Imported here: cleaner.fields imports cleaner.rules, which imports this module.
    from cleaner.fields.text_signals import labelled_byline

    found = labelled_byline(alive[i])
    name = fold(found.split(",", 1)[0]).split() if found else []
    if not name:
        return None
    for k in range(i + 1, min(len(alive), i + 1 + BIO_REACH)):
        p = alive[k]
        if p.is_prose and p.words <= BIO_MAX_WORDS and p.key.split(maxsplit=1)[0] in (name[0], name[-1]):
            return k
    return None


# A dump may print the bio's heading and the bio on one line, when the heading is no block of its own ('About
# the Author Jorge Jimenez is a writer at ...', 'About the author: Craig Hull is a freelance photographer
# ...', 'About the AuthorTOI Lifestyle Desk'). Under the article (past BIO_TAIL_SHARE of the prose) such a
# line is the writer's box, as the heading on its own line is: it ends the article. Over wcxb-dev dumps 4
# pages (4 sites) change, all better (up to +.098: a desk's box with the site's teasers under it), none
# worse; no such line is in a gold. scrapinghub dumps unchanged.
_GLUED_BIO_HEAD_RE = re.compile(
    r"^(?:about the (?:author|writer)s?|meet the author|more about the author|author bio)"
    r"(?:\s*:\s*|\s+|(?-i:(?=[A-Z])))\S",
    re.I,
)
_GLUED_BIO_HEAD_STARTS = (
    "about the author",
    "about the writer",
    "meet the author",
    "more about the author",
    "author bio",
)


def _glued_bio_head(b: Block) -> bool:
    """A line opening on a bio heading run into the bio (see _GLUED_BIO_HEAD_RE)."""
    return (
        b.words <= BIO_MAX_WORDS
        and b.key.startswith(_GLUED_BIO_HEAD_STARTS)
        and b.key not in BIO_HEADS
        and _GLUED_BIO_HEAD_RE.match(b.text) is not None
    )


def _may_open_late_bio(b: Block) -> bool:
    """Whether ``b``, past SELF_INTRO_TAIL_SHARE of the prose, may open one of the boxes drop_author_bio
    looks for: a bio heading, a person's name line, a blogger's introduction, a labelled byline, a bio
    heading run into its bio, or a bare bio. A superset of the rule's own tests, asked first and at a
    fraction of their cost: most blocks are the text's paragraphs, which open none."""
    text = b.text
    if b.words > BYLINE_MAX_WORDS:
        # A paragraph: each test's cheapest part first, in line (a call costs more than the tests).
        space = text.find(" ")
        return (
            (text[:1] in _SELF_INTRO_FIRST and _self_intro(b))
            or (b.key.startswith(_GLUED_BIO_HEAD_STARTS) and _glued_bio_head(b))
            or ("A" <= text[space + 1 : space + 2] <= "Z" and _bare_bio(b))
        )
    if b.words <= BIO_NAME_MAX_WORDS + 2 and (
        b.key in BIO_HEADS or (not b.ends_sentence and _person_name(b) is not None)
    ):
        return True
    return (
        _self_intro(b)
        or b.key.startswith(AUTHOR_LABEL_OPENINGS)  # no labelled byline opens otherwise
        or b.key.startswith(_GLUED_BIO_HEAD_STARTS)
        or _bare_bio(b)
    )


# On HTML the rule runs after drop_outside_article, which has cut the page to its article, and reads only
# the end of what is kept: from SELF_INTRO_TAIL_SHARE of the prose, and no more than this many prose words
# from its end. A writer's box closes the article. drop_side_notes takes the boxes whose classes name them,
# but many are named nothing it knows (CSS hashes, 'profile-content') or sit inside a 'post'/'content'
# container. Over wcxb-dev HTML: 26 pages better (25 sites), 3 worse (bare bios the golds keep), +0.34
# page-units. Read across the whole page, before drop_outside_article, the rule cost 0.5 to 0.9 M
# instructions a page; here, with _may_open_late_bio asked first, about 0.14 M.
HTML_BIO_MAX_PROSE_AFTER = 250


def drop_author_bio(ctx: RuleContext) -> Iterator[Drop]:
    """The writer's bio ('About the Author', or a name line over 'Jane Doe is a reporter ...', or a
    blogger's 'Hi, I'm Chris!'); under the article it ends it, and what follows goes too."""
    alive = ctx.alive()
    before = _prose_words_before(alive)
    total = before[-1]
    intro_from = max(MIN_WORDS_BEFORE_CUT, SELF_INTRO_TAIL_SHARE * total)
    tail_from = max(MIN_WORDS_BEFORE_CUT, BIO_TAIL_SHARE * total)
    html = ctx.doc.kind == "html"
    i = bisect_left(before, max(intro_from, total - HTML_BIO_MAX_PROSE_AFTER)) if html else 0
    while i < len(alive):
        if html and not _may_open_late_bio(alive[i]):
            i += 1
            continue
        if (
            before[i] >= intro_from
            and (_self_intro(alive[i]) or _named_self_intro(alive, i))
            and total - before[i + 1] <= SELF_INTRO_MAX_PROSE_AFTER
        ):
            for b in alive[i:]:
                yield b.index, "the blogger's introduction of themselves, or after it"
            return
        if before[i] >= intro_from and alive[i].words <= BIO_NAME_MAX_WORDS and not alive[i].ends_sentence:
            # A name line over a paragraph opening on the name and a verb: the writer's box when a byline
            # above names the same person (BYLINED_BIO_MAX_PROSE_AFTER), or when the pair is alone and
            # speaks of a person (LONE_BIO_MAX_PROSE_AFTER).
            found = _named_bio(alive, i)
            if found is not None:
                bio, name, prefixed = found
                after = total - before[bio + 1]
                if not prefixed and _in_byline(ctx.doc.blocks[: alive[i].index], name):
                    if after <= BYLINED_BIO_MAX_PROSE_AFTER:
                        for b in alive[i:]:
                            yield b.index, "the writer's bio under the byline's name, or after it"
                        return
                elif after <= LONE_BIO_MAX_PROSE_AFTER and _lone_bio(alive, i, bio):
                    for b in alive[i:]:
                        yield b.index, "the writer's bio under their name, or after it"
                    return
        if before[i] >= intro_from and alive[i].words <= BYLINE_MAX_WORDS:
            k = _labelled_bio(alive, i)
            if k is not None and total - before[k + 1] <= BYLINED_BIO_MAX_PROSE_AFTER:
                for b in alive[i:]:
                    yield b.index, "the writer's bio under 'Written by <name>', or after it"
                return
        tail = before[i] >= tail_from
        if tail and _glued_bio_head(alive[i]):
            for b in alive[i:]:
                yield b.index, "the writer's bio under its heading, or after it"
            return
        # Only a bio heading or a name line heads one (_bio_at): a longer line is neither, and most are.
        end = _bio_at(alive, i, tail) if alive[i].words <= BIO_NAME_MAX_WORDS + 2 else None
        if end is None and not (tail and _bare_bio(alive[i])):
            i += 1
            continue
        if tail and end is not None:
            for b in alive[i:]:
                yield b.index, "the writer's bio, or after it"
            return
        for b in alive[i : (end or i) + 1]:
            yield b.index, "the writer's bio"
        i = (end or i) + 1


# The writer's box also closes a dump's kept text with its name line over a bio that drop_author_bio does
# not take: one that does not open on the name ('Mike Marshall' over 'With over seven years at
# FreightWaves, ..., Mike has ...', 'Albert Swann' over '(Editor / Journalist) – Albert comes from ...',
# 'Isabella Tabacchi' over 'Isabella Tabacchi's lens captures ...'), a first-person one that opens
# elsewhere than on 'I'm a' ('As the diabetic half of this blog, I'm passionate about ...'), or one that
# drop_author_bio saw with the site's tail still under it (the rules after it cut that tail; this one
# runs after them). Such a pair is then the last thing kept: the name line, at most
# CLOSING_BIO_MAX_PARAGRAPHS paragraphs, and at most CLOSING_BIO_MAX_TAIL_LINES short lines (a 'Contact'
# link, 'View comments'); its first paragraph names the person (their first name within its first
# CLOSING_BIO_NAME_REACH words) and speaks of a person (a personal pronoun) or of a writer's trade
# (BIO_WORDS_RE), or introduces its writer ('I'm', 'I am'). A listicle's last entry on a person or a place
# ('Harbour Road' over 'Harbour Road carries the most traffic ...') has the same shape, but its page holds
# more such pairs (its other entries) or its paragraph speaks of no person. Lines the HTML run of the same
# pages drops but the dump run kept: the closing writer's box is the most frequent kind of line after the
# HTML run's last kept line (about 15 of 57 article pages with 40+ such words). Over wcxb-dev dumps: 8
# articles better (8 sites), none worse, +0.15 page-units. A staff bio may close the text without its
# name line, its paragraph opening on the name (see _NAME_OPENING_RE) and naming a role: 4 more articles
# better (4 sites), none worse, +0.095 page-units; no scrapinghub dump changes.
CLOSING_BIO_MAX_PARAGRAPHS = 2
CLOSING_BIO_MAX_TAIL_LINES = 2
CLOSING_BIO_TAIL_MAX_WORDS = 4
CLOSING_BIO_NAME_REACH = 30
# A bio without its name line opens on the name and 'is' or 'has' ('Summer is Yeti's Marketing Manager.
# ... you can find her ...', 'Rasmus is the founder of ...'), not on a pronoun or an article; a story's
# closing quote ('Jane Doe, director of the port, said she ...') opens otherwise.
_NAME_OPENING_RE = re.compile(
    r"(?!(?:He|She|It|This|That|The|They|We|There|Our|Its)\b)[A-Z][a-z]+(?: [A-Z][a-z.]+){0,2} (?:is|has) "
)
# The roles a staff bio names: a post in the firm or an editor's, and their experience. Not the wider
# BIO_WORDS_RE: an article on a writer ('Tomson Highway is a Cree playwright ... He is best known for his
# plays') may close on his own bio, which its gold keeps.
_ROLE_RE = re.compile(
    r"\b(?:founder|co-founder|director|manager|head|ceo|cto|cfo|president|editor|writer|journalist|experience)\b",
    re.I,
)
# A first-person bio in a folded key ('I'm' folds to 'i m').
_FIRST_PERSON_RE = re.compile(r"\bi (?:m|am)\b")


def _unnamed_bio(b: Block) -> bool:
    """Whether the paragraph ``b`` is a bio without its name line: opening on a person's name and 'is' or
    'has', speaking of a person, and naming their role (see CLOSING_BIO_MAX_PARAGRAPHS)."""
    return (
        b.is_prose
        and b.words <= BIO_MAX_WORDS
        and _NAME_OPENING_RE.match(b.text) is not None
        and _PERSON_PRONOUN_RE.search(b.text) is not None
        and _ROLE_RE.search(b.text) is not None
    )


def _bio_pair(alive: list[Block], i: int) -> bool:
    """Whether the line ``alive[i]`` names a person over a paragraph that speaks of them: naming them
    (their first name within its first CLOSING_BIO_NAME_REACH words) with a personal pronoun or a
    writer's trade, or introducing its writer ('I'm ...')."""
    found = _person_name(alive[i])
    if found is None or i + 1 >= len(alive):
        return False
    bio = alive[i + 1]
    if not bio.is_prose or bio.words > BIO_MAX_WORDS:
        return False
    head = " ".join(bio.key.split()[:CLOSING_BIO_NAME_REACH])  # folded: 'Tabacchi’s' is 'tabacchi s'
    if _FIRST_PERSON_RE.search(head) is not None:
        return True
    return f" {found[0][0]} " in f" {head} " and (
        _PERSON_PRONOUN_RE.search(bio.text) is not None or BIO_WORDS_RE.search(bio.text) is not None
    )


def _closing_bio_start(alive: list[Block]) -> int | None:
    """The position of the name line heading the writer's bio that closes ``alive`` (see
    CLOSING_BIO_MAX_PARAGRAPHS), or None."""
    n = len(alive)
    while (
        n > 0
        and n > len(alive) - CLOSING_BIO_MAX_TAIL_LINES
        and not alive[n - 1].is_prose
        and alive[n - 1].words <= CLOSING_BIO_TAIL_MAX_WORDS
    ):
        n -= 1
    if n > 0 and _unnamed_bio(alive[n - 1]) and (n < 2 or _person_name(alive[n - 2]) is None):
        return n - 1
    for i in range(n - 2, max(-1, n - 2 - CLOSING_BIO_MAX_PARAGRAPHS), -1):
        if not all(b.is_prose and b.words <= BIO_MAX_WORDS for b in alive[i + 1 : n]):
            return None
        if _person_name(alive[i]) is not None:
            return i if _bio_pair(alive, i) else None
    return None


def drop_closing_bio(ctx: RuleContext) -> Iterator[Drop]:
    """Dumps: the writer's name line over their bio, when the pair is the last thing kept under the
    article's text (see CLOSING_BIO_MAX_PARAGRAPHS)."""
    alive = ctx.alive()
    i = _closing_bio_start(alive)
    if i is None or sum(b.words for b in alive[:i] if b.is_prose) < MIN_WORDS_BEFORE_CUT:
        return
    # A listicle's entries on people are such pairs down the page: the last one is no writer's box.
    if any(_bio_pair(alive, j) for j in range(i)):
        return
    for b in alive[i:]:
        yield b.index, "the writer's bio closing the text"


# A disclaimer's heading is a word or three ("Disclaimer", "Affiliate Disclosure").
DISCLAIMER_HEAD_MAX_WORDS = 4


def drop_disclaimer(ctx: RuleContext) -> Iterator[Drop]:
    """A 'Disclaimer' or 'Affiliate Disclosure' heading under the article, and everything after it: the
    site's fine print and footer. Above BIO_TAIL_SHARE of the prose (a disclosure box over the text),
    the heading is left to the other rules."""
    alive = ctx.alive()
    before = _prose_words_before(alive)
    tail = max(MIN_WORDS_BEFORE_CUT, BIO_TAIL_SHARE * before[-1])
    for i, b in enumerate(alive):
        if b.words <= DISCLAIMER_HEAD_MAX_WORDS and b.key in DISCLAIMER_HEADS and before[i] >= tail:
            for x in alive[i:]:
                yield x.index, f"the fine print from '{b.text}' on"
            return
