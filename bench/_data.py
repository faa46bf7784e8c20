"""Real articles for the benchmarks: SaudiNewsNet from ../shared/data (CC BY-NC-SA 4.0)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet" / "dataset"


def read_articles(n: int) -> list[dict]:
    """The first ``n`` SaudiNewsNet articles, day files in order (raw records: source, url, content...)."""
    out: list[dict] = []
    for path in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                out.extend(json.loads(z.read(name)))
        if len(out) >= n:
            break
    return out[:n]


def articles_with_layers(n: int) -> list:
    """The first ``n`` SaudiNewsNet articles as :class:`rasd.article.Article` records with their entities and places
    layers: what the claims and events layers are given (``bench/events.py``, ``bench/events_ab.py``)."""
    from rasd.analyze.components.entities import entities  # noqa: PLC0415  (the other benchmarks need no models)
    from rasd.analyze.components.places import places  # noqa: PLC0415
    from rasd.article import Article  # noqa: PLC0415

    return [places(entities(Article(text=rec.get("content") or "",
                                    published=(rec.get("date_extracted") or "")[:10] or None)))
            for rec in read_articles(n)]
