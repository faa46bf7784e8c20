"""WARC and WARC.gz archives (warcio, streamed): each HTML response becomes one article.

Decisions:
- ``url`` is the record's ``WARC-Target-URI`` (the address actually fetched), not the page's canonical.
- ``published`` comes from the page only (see :mod:`rasd.ingest.html`). ``WARC-Date`` is *not* used as a
  fallback: it is the crawl time, and a 2013 article crawled in 2024 would be dated 2024 -- a wrong date
  is worse than none for timelines (the SaudiNewsNet SOURCE notes the same crawl-vs-publication caveat).
- Records that are not HTTP responses with an HTML content type (requests, metadata, images, CSS) are
  passed over silently: they are not articles.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO, Iterator

from rasd.article import Article

from . import base
from .base import Skipped
from .html import parse_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, source: str) -> Iterator[Article | Skipped]:
    """Yield the articles of a WARC file, one record at a time.

    Args:
        stream: The archive, plain or gzip (per-record or whole-file), as a binary stream.
        source: The file name; records are named ``source#N`` (0-based index among all WARC records).

    Yields:
        Articles from HTML responses; a Skipped for a response with no article, one larger than
        ``MAX_ARTICLE_BYTES``, and for a truncated or corrupt archive (naming the record reached;
        the records before it are yielded normally).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    reached = 0  # index of the record being read, for the error message
    try:
        for n, record in enumerate(ArchiveIterator(stream)):
            reached = n
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if not ctype.startswith(_HTML_TYPES):
                continue
            where = f"{source}#{n}"
            limit = base.MAX_ARTICLE_BYTES
            body = record.content_stream().read(limit + 1)
            if len(body) > limit:
                yield Skipped(where, f"response larger than the {limit // 2**20} MB article limit")
                continue
            if getattr(record.raw_stream, "limit", 0):
                # warcio's LimitReader still expects bytes after a full read only if the file ended early.
                yield Skipped(where, "truncated WARC: the file ends inside this record")
                return
            yield parse_html(body, where, url=record.rec_headers.get_header("WARC-Target-URI"))
            reached = n + 1
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield Skipped(f"{source}#{reached}", f"truncated or corrupt WARC: {exc}".strip())
