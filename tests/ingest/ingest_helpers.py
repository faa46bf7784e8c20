"""Shared helpers for the ingest tests (a uniquely named module, so it never clashes with another conftest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.article import Article
from rasd.ingest import Skipped

DATA = Path(__file__).resolve().parents[1] / "data"
# ../shared relative to the repository root (tests/ingest/<this file> -> parents[2] is the repo).
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "data").is_dir(),
    reason="../shared/data is absent (a fresh checkout has none); committed samples cover the rest",
)


def articles(items) -> list[Article]:
    """The Articles among reader output."""
    return [i for i in items if isinstance(i, Article)]


def skipped(items) -> list[Skipped]:
    """The Skipped records among reader output."""
    return [i for i in items if isinstance(i, Skipped)]
