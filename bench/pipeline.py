"""Benchmark of the whole analysis pipeline: articles per second on one core, and where the time goes.

Run ``python bench/pipeline.py [--n 1000]`` (needs ../shared/data/news/saudinewsnet). Every available
component runs on each article in the default order, as ``rasd analyze`` runs them (storage excluded:
``bench/ingest.py`` measures that). Reports CPU time (``time.process_time``), which is what one core
gives even when other jobs share the machine, and wall time. Prints figures; nothing is asserted.
"""

from __future__ import annotations

import argparse
import time

from _data import read_articles  # noqa: E402  (bench/ is on sys.path when run as a script)
from rasd.analyze.pipeline import Pipeline
from rasd.article import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (the first N of SaudiNewsNet)")
    args = parser.parse_args()
    records = read_articles(args.n)
    arts = [Article(text=r.get("content") or "", url=r.get("url"), outlet=r.get("source"),
                    title=r.get("title"), author=r.get("author"),
                    published=(r.get("date_extracted") or "")[:10] or None)
            for r in records if (r.get("content") or "").strip()]
    pipe = Pipeline()
    t0 = time.perf_counter()
    pipe(Article(text=arts[0].text))  # loads every model once, as the first article of a batch does
    load = time.perf_counter() - t0
    per_component = {c.name: 0.0 for c in pipe.components}
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for art in arts:
        for comp in pipe.components:
            c0 = time.process_time()
            art = comp.fn(art)
            per_component[comp.name] += time.process_time() - c0
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    chars = sum(len(a.text) for a in arts)
    print(f"{len(arts)} articles, {chars / len(arts):,.0f} characters on average; model loading {load:.2f} s")
    print(f"pipeline ({', '.join(pipe.names)}): {len(arts) / cpu:,.0f} articles/s of CPU time on one core, "
          f"{len(arts) / wall:,.0f} articles/s wall")
    for name, spent in per_component.items():
        print(f"  {name:<10} {1000 * spent / len(arts):6.2f} ms/article  {100 * spent / cpu:5.1f}%")
    print(f"layers: {sum(len(a.entities) for a in arts)} entities, {sum(len(a.places) for a in arts)} places, "
          f"{sum(len(a.claims) for a in arts)} claims, {sum(len(a.events) for a in arts)} events")


if __name__ == "__main__":
    main()
