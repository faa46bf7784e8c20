"""The Article record that flows through every layer of Rasd.

Ingest modules create Articles, analysis components add layers to them, the store keeps them,
and every interface emits :meth:`Article.to_record` -- the output contract in ``docs/output.md``.
Every span in every layer is a dict with ``start``, ``end`` and ``text`` where
``article.text[start:end] == text`` (Python code-point offsets).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

#: Keys of the output record, in the order every interface emits them.
RECORD_KEYS = (
    "id", "url", "outlet", "author", "title", "published", "language", "text", "genre",
    "entities", "places", "claims", "events", "techniques",
)
#: The analysis layers (lists of span-bearing dicts), ``[]`` until a component fills them.
LAYERS = ("entities", "places", "claims", "events", "techniques")


@dataclass(slots=True)
class Article:
    """One article: its text, its metadata and every analysis layer.

    Attributes:
        text: The article body, exactly as read (offsets of every layer index it).
        id: Stable identifier: the input's own id when it has one, else derived from the content hash.
        url, outlet, author, title: Metadata, ``None`` when unknown.
        published: Publication date as ``YYYY-MM-DD`` or ``None``.
        language: ISO 639-1 code (``"ar"`` for Arabic) or ``None``.
        genre: ``"news"``, ``"opinion"`` or ``None``.
        source: Where the article came from (``file``, ``file:line`` or ``file#record``), for errors
            and provenance; not part of the output record.
    """

    text: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    genre: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    techniques: list[dict[str, Any]] = field(default_factory=list)
    source: str | None = None

    def content_hash(self) -> str:
        """SHA-256 (hex) of what makes this article itself: url, outlet, title and text.

        Re-ingesting the same article gives the same hash, so the store skips it.
        """
        payload = json.dumps([self.url, self.outlet, self.title, self.text], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def ensure_id(self) -> str:
        """Give the article an id (first 16 hex digits of its content hash) if it has none."""
        if not self.id:
            self.id = self.content_hash()[:16]
        return self.id

    def to_record(self) -> dict[str, Any]:
        """The output contract: a dict with exactly :data:`RECORD_KEYS`, in order."""
        return {key: getattr(self, key) for key in RECORD_KEYS}

    @classmethod
    def from_record(cls, record: dict[str, Any], source: str | None = None) -> "Article":
        """Build an Article from a contract record (unknown keys are ignored)."""
        kwargs = {key: record.get(key) for key in RECORD_KEYS if key not in LAYERS}
        article = cls(**kwargs, source=source)
        for layer in LAYERS:
            value = record.get(layer)
            if isinstance(value, list):
                setattr(article, layer, value)
        return article
