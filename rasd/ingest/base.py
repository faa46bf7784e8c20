"""What every ingest reader shares: the Skipped record, size limits, decoding, binary and language checks.

Readers yield :class:`~rasd.article.Article` objects or :class:`Skipped` records; a bad file, line or
record never stops a batch (STYLE.md habit 4).
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from typing import Any, BinaryIO

from rasd.article import Article
from rasd.errors import IngestError

from .dates import parse_date

#: Largest single article file or record read whole (text, HTML, one WARC response, one CSV field).
#: The longest SaudiNewsNet article is ~90 KB and long-form pages with inline markup rarely pass
#: 1-2 MB; 5 MB leaves room while keeping a worst case cheap.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
#: Largest whole-document feed (RSS/Atom are parsed whole by feedparser): 10 articles' worth.
MAX_FEED_BYTES = 10 * MAX_ARTICLE_BYTES
#: Longest JSONL line: one 5 MB article written with ``ensure_ascii`` takes up to 3x its UTF-8 size
#: (an Arabic letter is 2 bytes in UTF-8, 6 as ``\\u0627``), plus metadata.
MAX_LINE_BYTES = 16 * 1024 * 1024
#: Bytes read from the start of a file to sniff format, encoding and binary content.
HEAD_BYTES = 64 * 1024
#: Chunk size for streaming reads (skipping over an over-long line, transcoding).
CHUNK_BYTES = 1024 * 1024

#: Share of letters that must be Arabic for ``language='ar'`` and for accepting a Windows-1256 reading.
#: Arabic news mixes in Latin names and acronyms (CNN, ISIS) but letters stay >90% Arabic in the
#: SaudiNewsNet sample; half is a safe floor that mojibake and non-Arabic text do not reach.
ARABIC_LETTER_SHARE = 0.5
#: Share of non-ASCII characters that must be Arabic letters/punctuation for a Windows-1256 reading.
#: Real cp1256 Arabic is >95% so (the rest: «», NBSP); Latin-1 text read as cp1256 keeps its accented
#: Latin letters (cp1256 has é, à, ç ...) and stays far below.
CP1256_ARABIC_SHARE = 0.8
#: Share of control characters (other than tab/newline/CR/FF) above which decoded head bytes are binary.
#: Text files have none; 1% tolerates a stray control byte in a scraped page.
MAX_CONTROL_SHARE = 0.01

_INVISIBLE = "\u200e\u200f\u061c\u200b\u200c\u200d\ufeff\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
#: Characters stripped from the edges of metadata fields (never from ``text``).
EDGE_CHARS = " \t\r\n\f\v\u00a0" + _INVISIBLE

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"\x00\x00\x01\x00",
                 b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"SQLite format 3", b"\xd0\xcf\x11\xe0",
                 b"OggS", b"ID3", b"RIFF", b"\x28\xb5\x2f\xfd")
_UTF8_ARABIC_PAIR = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")


@dataclass(slots=True)
class Skipped:
    """One file, line or record that could not be read as an article.

    Attributes:
        source: Where: ``file``, ``file:LINE`` (1-based), ``file#N`` (0-based record) or
            ``archive.zip!member#N``.
        reason: What went wrong, in words a user can act on.
    """

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def clean_meta(value: Any) -> str | None:
    """A metadata string with edge whitespace and invisible marks stripped; ``None`` if empty or not text."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    value = value.strip(EDGE_CHARS)
    return value or None


def arabic_share(text: str, sample: int = 20_000) -> tuple[float, int]:
    """Share of letters in the Arabic blocks among all letters of ``text[:sample]``, and the letter count."""
    letters = arabic = 0
    for ch in text[:sample]:
        if ch.isalpha():
            letters += 1
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
                arabic += 1
    return (arabic / letters if letters else 0.0), letters


def guess_language(text: str) -> str | None:
    """``'ar'`` when Arabic letters dominate the text, else ``None`` (other languages are not guessed).

    Args:
        text: Any text.

    Returns:
        ``"ar"`` or ``None``.
    """
    share, letters = arabic_share(text)
    return "ar" if letters and share >= ARABIC_LETTER_SHARE else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``'utf-16-le'``/``'utf-16-be'`` if the high bytes of every code unit look like Arabic/Latin text."""
    sample = data[: HEAD_BYTES - (HEAD_BYTES % 2)]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    # Arabic (U+06xx), ASCII (U+00xx) and general punctuation (U+20xx) text have high bytes 0x06, 0x00
    # or 0x20; UTF-8 and single-byte text never put these at every other position.
    high = {0x00, 0x06, 0x20, 0xFE, 0xFB}
    for order, hi_bytes, lo_bytes in (("utf-16-le", sample[1::2], sample[0::2]),
                                      ("utf-16-be", sample[0::2], sample[1::2])):
        share = sum(b in high for b in hi_bytes) / len(hi_bytes)
        # 0.95: stray emoji or CJK code units can break the pattern; binary zeros fill both halves.
        if share >= 0.95 and lo_bytes.count(0) < len(lo_bytes) * 0.5:
            return order
    return None


def sniff_encoding(head: bytes) -> str | None:
    """Guess the encoding of text from its first bytes.

    Args:
        head: The first bytes of the file (a few KB is enough).

    Returns:
        ``"utf-8-sig"``, ``"utf-8"``, ``"utf-16"`` (with BOM), ``"utf-16-le"``, ``"utf-16-be"``,
        ``"cp1256"`` or ``None`` when no text encoding fits.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if order := _utf16_without_bom(head):
        return order
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the head is still UTF-8.
        if exc.start >= len(head) - 3 and exc.reason in ("unexpected end of data",):
            return "utf-8"
    if _looks_cp1256(head):
        return "cp1256"
    return None


def _looks_cp1256(data: bytes) -> bool:
    """True if ``data`` reads as Windows-1256 Arabic and is not broken UTF-8 Arabic."""
    high = sum(b >= 0x80 for b in data[:HEAD_BYTES])
    if not high:
        return False
    # Mixed input: UTF-8 Arabic letters are D8-DB followed by a continuation byte; in real cp1256 text
    # that pair is rare (ط/ظ/ع/غ before a symbol). If a fifth of the high bytes form such pairs, the file
    # is UTF-8 with corruption, not cp1256.
    if len(_UTF8_ARABIC_PAIR.findall(data[:HEAD_BYTES])) * 2 >= high * 0.2:
        return False
    # Judge the non-ASCII characters only: markup and Latin names are ASCII in any encoding.
    decoded = [ch for ch in data[:HEAD_BYTES].decode("cp1256") if ch >= "\x80"]
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in decoded)
    return arabic / len(decoded) >= CP1256_ARABIC_SHARE


def is_binary(head: bytes) -> bool:
    """True if the first bytes are not text (NUL bytes that are not UTF-16, known binary magic numbers).

    Args:
        head: The first bytes of a file.

    Returns:
        Whether the file should be skipped as binary.
    """
    if head.startswith(_BINARY_MAGIC):
        return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(head):
        return False
    sample = head[:HEAD_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls > len(sample) * MAX_CONTROL_SHARE


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a whole article file or record to text.

    UTF-8 (a BOM is removed), UTF-16 LE/BE (with BOM, or detected from the byte pattern), and
    Windows-1256 (accepted only when it yields mostly Arabic letters and the bytes are not broken UTF-8).

    Args:
        data: The raw bytes.
        source: Where they came from, for the error message.

    Returns:
        The decoded text.

    Raises:
        IngestError: The bytes are not valid in any supported encoding (e.g. invalid or mixed UTF-8).
    """
    encoding = sniff_encoding(data[:HEAD_BYTES])
    if encoding == "cp1256" and not _looks_cp1256(data):
        encoding = None
    if encoding is None:
        encoding = "utf-8"  # report the UTF-8 error: the most useful message for a broken file
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-8" and _looks_cp1256(data):
            return data.decode("cp1256")
        raise IngestError(
            source,
            f"not valid {encoding.upper()} text (byte {exc.start}: {exc.reason}); "
            "re-save the file as UTF-8",
        ) from None


class TranscodedStream(io.RawIOBase):
    """A read-only byte stream giving UTF-8 for a stream in another encoding, decoded chunk by chunk."""

    def __init__(self, raw: BinaryIO, encoding: str):
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        self._pending = b""
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending and not self._eof:
            chunk = self._raw.read(CHUNK_BYTES)
            self._eof = not chunk
            self._pending = self._decoder.decode(chunk, final=self._eof).encode("utf-8")
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def utf8_stream(stream: BinaryIO, head: bytes) -> BinaryIO:
    """Return ``stream`` as UTF-8 bytes (BOM removed), transcoding UTF-16 or Windows-1256 as it is read."""
    encoding = sniff_encoding(head)
    if encoding in (None, "utf-8"):
        return stream
    return io.BufferedReader(TranscodedStream(stream, encoding), buffer_size=CHUNK_BYTES)


# Record keys: our own output contract and the SaudiNewsNet layout (source, date_extracted, content).
_TEXT_KEYS = ("text", "content", "body", "article", "story")
_CONTRACT_META = ("id", "url", "outlet", "author", "title", "published", "language", "genre")


def record_to_article(record: Any, source: str) -> Article | Skipped:
    """Turn one JSON/CSV record into an Article.

    Contract records (with a ``text`` key) go through :meth:`Article.from_record`: ``text`` and ``id``
    are kept exactly. SaudiNewsNet records map ``source``->outlet, ``date_extracted``->published,
    ``content``->text. ``body``/``article``/``story`` are accepted as text columns too.

    Args:
        record: The decoded record (a dict; anything else is skipped).
        source: ``file#N`` or ``file:LINE``.

    Returns:
        The Article, or a Skipped naming the source when the record has no text.
    """
    if not isinstance(record, dict):
        return Skipped(source, f"record is a {type(record).__name__}, expected an object with a text field")
    key = next((k for k in _TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if key is None:
        present = [k for k in _TEXT_KEYS if k in record]
        why = f"empty {present[0]!r} field" if present else f"no text field (expected one of {', '.join(_TEXT_KEYS)})"
        return Skipped(source, f"no article text: {why}")
    if key == "text":
        article = Article.from_record(record, source=source)
        for name in _CONTRACT_META:
            value = getattr(article, name)
            if value is not None and not isinstance(value, str):
                value = str(value)
            setattr(article, name, value if name == "id" else clean_meta(value))
    else:
        article = Article(text=record[key], source=source)
        article.id = clean_meta(record.get("id"))
        article.url = clean_meta(record.get("url") or record.get("link"))
        article.outlet = clean_meta(record.get("outlet") or record.get("source") or record.get("sitename"))
        article.author = clean_meta(record.get("author"))
        article.title = clean_meta(record.get("title"))
        article.published = clean_meta(record.get("published") or record.get("date")
                                       or record.get("date_extracted"))
        article.language = clean_meta(record.get("language"))
        article.genre = clean_meta(record.get("genre"))
    if article.published is not None:
        article.published = parse_date(article.published)
    if article.language is None:
        article.language = guess_language(article.text)
    return article
