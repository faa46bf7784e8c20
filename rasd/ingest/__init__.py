"""Ingest: read files, directories, archives and stdin into :class:`~rasd.article.Article` objects.

The format of every file is sniffed from its first bytes (the file name is only a tie-breaker), and
every problem becomes a :class:`Skipped` record naming the file and line (``file:LINE``), record
(``file#N``) or archive member (``archive.zip!member.json#3``): reading a batch never raises for bad input.

Format detection (:func:`detect_format`), in order:

1. ``PK\\x03\\x04`` (or an empty zip's ``PK\\x05\\x06``) -> ``zip``.
2. ``\\x1f\\x8b`` -> gzip: the head is decompressed; ``warc`` if it starts with ``WARC/`` (warcio reads
   ``.warc.gz`` itself), else ``gzip`` (the inner file is detected again after decompression).
3. The head is decoded (UTF-8/UTF-16/Windows-1256, see :func:`~rasd.ingest.base.sniff_encoding`) and
   leading whitespace, BOM and invisible marks skipped, then:
   ``WARC/`` -> ``warc``; ``<`` whose first element is ``rss``, ``feed`` or ``rdf:RDF`` -> ``feed``,
   any other markup -> ``html``; ``[`` -> ``json``; ``{`` -> ``jsonl`` if the first line is a whole JSON
   value or the name ends ``.jsonl``/``.ndjson``, else ``json`` (one object); a first line that splits on
   ``,``/tab/``;`` into fields including a text column (or a ``.csv``/``.tsv`` name) -> ``csv``;
   anything else -> ``text``.

Binary content (NUL bytes that are not UTF-16, known magic numbers) is skipped as "binary file" before
any parser sees it; only the first ``HEAD_BYTES`` are read to decide, so a 1 GB blob costs nothing.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import zlib
from typing import BinaryIO, Iterable, Iterator

from rasd.article import Article

from . import base
from .base import Skipped, decode_bytes, is_binary, sniff_encoding, utf8_stream
from .dates import parse_date

__all__ = ["Skipped", "read_paths", "read_stream", "detect_format", "decode_bytes", "parse_date", "FORMATS"]

#: Every value :func:`detect_format` returns.
FORMATS = ("text", "html", "feed", "warc", "json", "jsonl", "csv", "zip", "gzip")

_SKIP_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>|\s+)*", re.S | re.I)
_FIRST_TAG = re.compile(r"<([a-zA-Z][\w:.-]*)")
_LEAD = " \t\r\n\f\v\ufeff\u200e\u200f\u061c\u200b\u200c\u200d"


def _head_text(head: bytes) -> str:
    """The head decoded leniently for sniffing (never raises)."""
    encoding = sniff_encoding(head) or "utf-8"
    if encoding == "utf-16":
        encoding = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        head = head[2:]
    head = head[: len(head) - len(head) % 2] if encoding.startswith("utf-16") else head
    return head.decode(encoding, errors="replace").lstrip(_LEAD)


def detect_format(head: bytes, name: str = "") -> str:
    """Name the format of a file from its first bytes.

    Args:
        head: The first bytes of the file (``HEAD_BYTES`` is plenty; a few hundred usually suffice).
        name: The file name, used only to break ties (``{`` starting both JSON and JSONL, a CSV header
            without a known text column).

    Returns:
        One of :data:`FORMATS`: ``text``, ``html``, ``feed``, ``warc``, ``json``, ``jsonl``, ``csv``,
        ``zip`` or ``gzip``.
    """
    lower_name = name.lower()
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            inner = b""
        return "warc" if inner.lstrip().startswith(b"WARC/") else "gzip"
    text = _head_text(head)
    if text.startswith("WARC/"):
        return "warc"
    if text.startswith("<"):
        rest = text[_SKIP_PROLOG.match(text).end():]
        tag = _FIRST_TAG.match(rest)
        if tag and tag[1].lower() in ("rss", "feed", "rdf:rdf"):
            return "feed"
        return "html"
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        if lower_name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
            return "jsonl"
        first_line, newline, _ = text.partition("\n")
        try:
            json.loads(first_line)
            return "jsonl"
        except ValueError:
            return "json"
    from .csvfmt import header_delimiter

    first_line = text.split("\n", 1)[0].rstrip("\r")
    if header_delimiter(first_line) or lower_name.endswith((".csv", ".tsv")):
        return "csv"
    return "text"


class _Rewound(io.RawIOBase):
    """A stream that replays the already-read head, then continues with the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_head(stream: BinaryIO) -> bytes:
    """Read up to ``HEAD_BYTES`` (looping over short reads from pipes)."""
    parts, size = [], 0
    while size < base.HEAD_BYTES:
        chunk = stream.read(base.HEAD_BYTES - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _read_whole(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream, or ``None`` if it is longer than ``limit`` (at most ``limit + 1`` bytes are read)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_stream(stream: BinaryIO, source: str, *, name: str = "") -> Iterator[Article | Skipped]:
    """Read one file-like input of any supported format.

    Args:
        stream: The raw bytes, seekable or not (stdin, a zip member, a gzip stream).
        source: Name used in every Article's ``source`` and every Skipped.
        name: File name for tie-breaking format detection (defaults to none).

    Yields:
        Articles and Skipped records. Exceptions from the underlying stream (a truncated gzip) are
        left to the caller; :func:`read_paths` turns them into Skipped records.
    """
    from . import archive, csvfmt, feed, html, jsonfmt, text, warc

    head = _read_head(stream)
    if not head:
        yield Skipped(source, "empty file")
        return
    if getattr(stream, "seekable", lambda: False)() and stream.tell() == len(head):
        stream.seek(0)
        full: BinaryIO = stream if isinstance(stream, io.BufferedIOBase) else io.BufferedReader(stream)
    else:
        full = io.BufferedReader(_Rewound(head, stream), base.CHUNK_BYTES)
    fmt = detect_format(head, name)
    if fmt == "zip":
        yield from archive.read_zip(full, source)
        return
    if fmt == "gzip":
        yield from archive.read_gzip(full, source, name)
        return
    if fmt == "warc":
        yield from warc.read_warc(full, source)
        return
    if is_binary(head):
        yield Skipped(source, "binary file (not text, HTML, JSON, CSV, WARC or an archive)")
        return
    if len(head) < base.HEAD_BYTES and not _head_text(head).strip(_LEAD):
        yield Skipped(source, "empty file (only whitespace)")
        return
    if fmt in ("json", "jsonl", "csv"):
        utf8 = utf8_stream(full, head)
        if fmt == "json":
            yield from jsonfmt.read_json(utf8, source, array=_head_text(head).startswith("["))
        elif fmt == "jsonl":
            yield from jsonfmt.read_jsonl(utf8, source)
        else:
            yield from csvfmt.read_csv(utf8, source)
        return
    limit = base.MAX_FEED_BYTES if fmt == "feed" else base.MAX_ARTICLE_BYTES
    data = _read_whole(full, limit)
    if data is None:
        yield Skipped(source, f"file larger than the {limit // 2**20} MB limit for one {fmt} document")
        return
    if fmt == "feed":
        yield from feed.read_feed(data, source)
    elif fmt == "html":
        yield html.parse_html(data, source)
    else:
        yield text.parse_text(data, source)


def _guarded(items: Iterator[Article | Skipped], source: str) -> Iterator[Article | Skipped]:
    """Yield from ``items``; an unexpected exception ends the file with a Skipped instead of raising."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 -- one bad file never stops a batch (STYLE habit 4)
        yield Skipped(source, f"could not be read: {type(exc).__name__}: {exc}")


def _walk(path: str) -> Iterator[str]:
    """Files under a directory, recursively, sorted by path; hidden files and folders are left out."""
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def _read_file(path: str) -> Iterator[Article | Skipped]:
    """Open and read one file, naming it as given."""
    try:
        fp = open(path, "rb")
    except OSError as exc:
        yield Skipped(path, f"cannot open: {exc.strerror or exc}")
        return
    with fp:
        yield from _guarded(read_stream(fp, path, name=os.path.basename(path)), path)


def read_paths(paths: Iterable[str], *, stdin: BinaryIO | None = None) -> Iterator[Article | Skipped]:
    """Read articles from files, directories and stdin.

    Args:
        paths: File paths, directories (read recursively in sorted order, hidden entries skipped) or
            ``"-"`` for standard input (read as a stream, format sniffed like a file).
        stdin: Binary stream to use for ``"-"`` (defaults to ``sys.stdin.buffer``).

    Yields:
        :class:`~rasd.article.Article` objects, each with ``source`` set, and :class:`Skipped` records
        for every file, line or record that could not be read. Never raises for bad input.
    """
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(read_stream(stream, "<stdin>"), "<stdin>")
        elif os.path.isdir(path):
            for file in _walk(path):
                yield from _read_file(file)
        elif os.path.exists(path):
            yield from _read_file(path)
        else:
            yield Skipped(path, "no such file or directory")
