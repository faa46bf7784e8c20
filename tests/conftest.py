"""Shared fixtures: real samples, a real SQLite store file, the optional ../shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.article import Article
from rasd.store.db import Store

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "rasd" / "data" / "samples"
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data folder, absent on a fresh clone)")
    return path


def sample_records() -> list[dict]:
    """The bundled real SaudiNewsNet sample (CC BY-NC-SA 4.0, see rasd/data/samples/SOURCE.txt)."""
    with open(SAMPLES / "saudinewsnet-sample.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def sample_articles() -> list[Article]:
    return [
        Article(text=r["content"], url=r["url"], outlet=r["source"], author=r["author"], title=r["title"],
                published=r["date_extracted"][:10], language="ar")
        for r in sample_records()
    ]


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def filled_store(store) -> Store:
    with store.transaction():
        for art in sample_articles():
            store.add(art)
    return store
