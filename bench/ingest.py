"""Benchmark: ingest + index of all SaudiNewsNet articles on one core, then search latency.

Run: ``.venv/bin/python bench/ingest.py [--limit N]`` (needs ../shared/data). Prints figures; asserts nothing.
Ingest here is read (zip of JSON arrays) + decode + normalize + index + SQLite write, without the
analysis pipeline (``rasd ingest --no-analyze``); analysis has its own benchmarks (bench/ner.py, ...).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.analyze.arabic import WORD_RE, normalize  # noqa: E402
from rasd.core import ingest  # noqa: E402
from rasd.store.db import Store  # noqa: E402
from rasd.store.search import search  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "news" / "saudinewsnet" / "dataset"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=300, help="search queries to time")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"needs {DATA}", file=sys.stderr)
        return 2
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    zips = sorted(str(p) for p in DATA.glob("*.zip"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            t0 = time.perf_counter()
            report = ingest(zips, store)
            elapsed = time.perf_counter() - t0
            n = report.ingested
            print(f"ingest+index: {n} articles ({report.duplicates} duplicates, {len(report.skipped)} skipped)"
                  f" in {elapsed:.1f} s = {n / elapsed:,.0f} articles/s on one core")
            print(f"store size: {db.stat().st_size / 1e6:.0f} MB (+ WAL {Path(str(db) + '-wal').stat().st_size / 1e6:.0f} MB)")
            # queries: single words and two-word phrases drawn (seeded) from stored titles
            rng = random.Random(7)
            titles = [r[0] for r in store.conn.execute("SELECT title FROM articles WHERE title IS NOT NULL")]
            queries = []
            while len(queries) < args.queries:
                words = [w for w in WORD_RE.findall(normalize(rng.choice(titles))) if len(w) > 3]
                if len(words) >= 2:
                    i = rng.randrange(len(words) - 1)
                    queries.append(words[i] if rng.random() < 0.6 else f'"{words[i]} {words[i + 1]}"')
            queries += ["العراق", "داعش", '"دير الزور"', "السعودية", "اليمن"]
            for q in queries[:20]:  # warm the page cache
                search(store, q, limit=20)
            times = []
            hits = 0
            for q in queries:
                t = time.perf_counter()
                hits += len(search(store, q, limit=20))
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
            print(f"search: {len(times)} queries (top 20 with snippets), p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms,"
                  f" max {times[-1]:.1f} ms, mean {statistics.mean(times):.1f} ms, {hits / len(times):.1f} hits/query")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
