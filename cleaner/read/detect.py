"""Bytes to text, and text to a kind (html or text).

Decoding order (issue #2): BOM, then the HTML ``<meta charset>``, then strict UTF-8, then
charset-normalizer's guess; the last resort is UTF-8 with replacement, so undecodable bytes never crash.
"""

from __future__ import annotations

import codecs
import re

from cleaner.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Only the head of a document may declare its charset (the HTML spec prescans 1024 bytes; pages in the
# wild put it later, behind long <script> blocks, so we look further).
META_SCAN_BYTES = 16 * 1024
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE
)
# Magic numbers of formats people accidentally feed us: name the format so the message can say so.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\x7fELF", "an executable"),
)
# Share of control characters above which bytes are not text in any encoding we support.
MAX_CONTROL_SHARE = 0.10
SNIFF_CHARS = 4096
# Invisible control characters (backspace, escape, DEL...) are not text: kept, they ended up in
# paragraphs, and the cleaned article of a page with a few of them was refused as binary when cleaned
# again (found by the idempotence property). Line and space separators (\t\n\v\f\r, \x1c-\x1f) stay.
CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F]))
_CONTROL_RE = re.compile(f"[{re.escape(CONTROL_CHARS)}]+")


def has_controls(text: str) -> bool:
    """Real pages almost never hold one, and a character-class regex over a 200 KB page costs ~4 ms where
    the per-character ``in`` scans (memchr in C) cost a tenth of that; the regex runs only when needed."""
    return any(c in text for c in CONTROL_CHARS)


def strip_controls(text: str) -> str:
    return _CONTROL_RE.sub("", text) if has_controls(text) else text


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data`` if it is one we recognise or obviously not text."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            if name == "a RIFF (WebP/WAV/AVI) file" and len(data) < 12:
                continue
            return name
    return None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte of ASCII-range text is NUL."""
    head = data[:2000]
    if len(head) < 4:
        return None
    even_nul = head[0::2].count(0) / max(1, len(head[0::2]))
    odd_nul = head[1::2].count(0) / max(1, len(head[1::2]))
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _lookup(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes) -> str:
    """Decode page bytes to text without ever raising on bad bytes (only on non-text formats)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    binary = sniff_binary(data)
    if binary:
        fix = "pass HTML or a text dump"
        if "compressed" in binary:
            fix = "decompress it first (files named .gz are decompressed automatically)"
        raise InputError(f"input is {binary}, not a web page or text dump", fix)
    m = _META_CHARSET_RE.search(data[:META_SCAN_BYTES])
    if m:
        declared = _lookup(m.group(1).decode("ascii", "ignore"))
        if declared and not declared.startswith("utf-16"):
            try:
                return _decode_cut(data, declared)
            except UnicodeDecodeError:
                pass  # the meta lied; fall through to what the bytes say
    try:
        return _decode_cut(data, "utf-8")
    except UnicodeDecodeError:
        pass
    text = _guess(data)
    return text if text is not None else data.decode("utf-8", errors="replace")


# UTF-8 text decoded once too often as Latin-1/cp1252 by whoever saved the page ("donâ€™t", "cafÃ©",
# "itertools â\x80\x94 Functions"): a lead byte's character (Â..ô) followed by continuation bytes' characters
# (\x80-\xbf, or the cp1252 letters standing for \x80-\x9f). Such a run is repaired only when its bytes
# decode as UTF-8, which legitimate Latin-1 text ('Ã©' is no word) practically never does; and only on pages
# with a few of them, so one odd pair of symbols ('NIÑO°') in a clean page stays as written.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_RE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]+")
MIN_MOJIBAKE_RUNS = 2


def _mojibake_bytes(run: str) -> bytes | None:
    out = bytearray()
    for ch in run:
        if ord(ch) < 0x100:
            out.append(ord(ch))
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def repair_mojibake(text: str) -> str:
    """Undo a double UTF-8 decode (see _MOJIBAKE_RE). The signs are looked for one character at a time
    (a one-character ``in`` is a memchr, ~50x faster than a two-character one or a regex): 'Ã', 'Â', or
    'â' followed by the cp1252 or Latin-1 reading of \x80 (curly quotes and dashes all start 'â€')."""
    if not (
        "\u00c3" in text
        or "\u00c2" in text
        or ("\u00e2" in text and ("\u00e2\u20ac" in text or "\u00e2\u0080" in text))
    ):
        return text
    fixed = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal fixed
        raw = _mojibake_bytes(m.group(0))
        try:
            good = raw.decode("utf-8") if raw is not None else None
        except UnicodeDecodeError:
            good = None
        if good is None:
            return m.group(0)
        fixed += 1
        return good

    repaired = _MOJIBAKE_RE.sub(fix, text)
    return repaired if fixed >= MIN_MOJIBAKE_RUNS else text


# When charset-normalizer scores several encodings the same (short Western pages: cp1250, cp1252, cp1257
# all "fit" é, à, ü), take the web's default legacy encoding (WHATWG) instead of the alphabetically first:
# a French page decoded as cp1250 read "ŕ la crčme".
PREFERRED_ON_TIE = ("cp1252", "latin_1", "iso8859_15")


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    results = from_bytes(data[: 256 * 1024])
    best = results.best()
    if best is None or not best.encoding:
        return None
    encoding = best.encoding
    tied = {m.encoding for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    for preferred in PREFERRED_ON_TIE:
        if preferred in tied:
            encoding = preferred
            break
    return data.decode(encoding, errors="replace")


def _decode_cut(data: bytes, encoding: str) -> str:
    """Strict decode that forgives only a character cut in half at the very end (``--max-bytes``
    truncation): otherwise a UTF-8 page cut mid-character failed strict UTF-8 and went to the guesser."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 4:
            raise
        return data[: exc.start].decode(encoding)


# Characters that do not occur in text: C0 controls other than the line and space separators, and the
# replacement character a failed decode leaves.
_BINARY_SIGNS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\f\v") + "\ufffd"


def check_text(text: str, source_hint: str = "input") -> None:
    """Refuse decoded text that is mostly control characters: random bytes, not a page."""
    head = text[:SNIFF_CHARS]
    if not head:
        return
    # Almost every page has none. A one-character ``in`` per sign says so (memchr in C, as in
    # ``has_controls``): a fifth of one regex scan over the head, which tests every character against the
    # class (~65 instructions a character of a page that is not Latin-1), and far below a count per sign.
    if not any(c in head for c in _BINARY_SIGNS):
        return
    ctrl = sum(map(head.count, _BINARY_SIGNS))
    if ctrl / len(head) > MAX_CONTROL_SHARE:
        raise InputError(
            f"{source_hint} looks like binary data, not a web page or text dump",
            "pass HTML or a text dump (decompress archives first)",
        )


# A comment's body may not contain "-->": with a lazy ``.*?`` one group could span several comments, and a
# page opening with a few hundred comments backtracked exponentially (found by benchmarks/redos.py).
# A page may also open with a <script> pasted before its doctype (a tag manager's or a form plugin's
# snippet, a CDN's rewritten script type): a browser reads it as HTML all the same. The script's body may
# not contain "</script>", for the same reason as the comment's.
_HTML_START_RE = re.compile(
    r"^\s*(?:<!--(?:(?!-->).)*-->\s*|<script\b[^<>]*>(?:(?!</script>).)*</script>\s*)*"
    r"<(!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
# ``[^<>]``, not ``[^>]``: a head full of "<p <p <p" without ">" made every "<p" scan to the end (O(n²)).
_TAG_RE = re.compile(
    r"</?(p|div|span|a|br|li|ul|h[1-6]|table|td|tr|img|section|article|script|style)\b[^<>]*>", re.I
)
# A text dump may quote a tag or two; markup needs many tags relative to its lines.
MIN_TAGS_FOR_HTML = 3
TAGS_PER_LINE_FOR_HTML = 0.3


def detect_kind(text: str) -> str:
    """'html' or 'text', from the first few KB."""
    head = text[:SNIFF_CHARS]
    if _HTML_START_RE.match(head):
        return "html"
    tags = len(_TAG_RE.findall(head))
    lines = head.count("\n") + 1
    if tags >= MIN_TAGS_FOR_HTML and tags / lines >= TAGS_PER_LINE_FOR_HTML:
        return "html"
    return "text"
