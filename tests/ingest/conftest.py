"""Fixtures for the ingest tests: committed real samples under tests/data/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest_helpers import DATA


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return (DATA / "seed-article.txt").read_bytes()


@pytest.fixture(scope="session")
def seed_text(seed_bytes) -> str:
    return seed_bytes.decode("utf-8")


@pytest.fixture(scope="session")
def saudi_records() -> list[dict]:
    """30 real SaudiNewsNet records (CC BY-NC-SA 4.0, see tests/data/SOURCE-saudinewsnet.txt)."""
    return json.loads((DATA / "saudinewsnet-sample.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def html_dir() -> Path:
    return DATA / "html"
