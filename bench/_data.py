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
