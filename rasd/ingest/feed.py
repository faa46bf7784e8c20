"""RSS and Atom feeds (feedparser, parsed from bytes): one article per entry."""

from __future__ import annotations

import time
from typing import Iterator

from rasd.article import Article

from .base import Skipped, clean_meta, guess_language
from .dates import parse_date
from .html import fragment_text


def _entry_date(entry) -> str | None:
    """The entry's publication date: the feed's own string (local day) first, then the parsed struct."""
    for key in ("published", "updated", "created", "dc_date"):
        value = entry.get(key)
        if isinstance(value, str) and (date := parse_date(value)):
            return date
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _entry_text(entry) -> str:
    """Text of the entry's full content when present, else its summary (HTML stripped)."""
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if value and (text := fragment_text(value)):
            return text
    summary = entry.get("summary") or entry.get("description") or ""
    return fragment_text(summary) if summary else ""


def read_feed(data: bytes, source: str) -> Iterator[Article | Skipped]:
    """Yield one Article per feed entry.

    Args:
        data: The whole RSS or Atom document (feedparser detects its encoding).
        source: The file name; entries are named ``source#N`` (0-based).

    Yields:
        Articles (title, url = link, author, published, text = content else summary, outlet = feed
        title), and a Skipped for each entry with no text or for a feed that cannot be parsed.
    """
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        yield Skipped(source, f"malformed feed: {why}" if why else "feed has no entries")
        return
    outlet = clean_meta(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries):
        where = f"{source}#{n}"
        text = _entry_text(entry)
        if not text.strip():
            yield Skipped(where, "feed entry has no text (no content or summary)")
            continue
        yield Article(
            text=text,
            id=None,
            url=clean_meta(entry.get("link")),
            outlet=outlet,
            author=clean_meta(entry.get("author")),
            title=clean_meta(entry.get("title")),
            published=_entry_date(entry),
            language=guess_language(text),
            source=where,
        )
