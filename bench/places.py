"""Benchmark of the places layer: articles per second per core on SaudiNewsNet, given the entity layer.

Run ``python bench/places.py [--n 3000] [--passes 3] [--no-ner]`` (needs ../shared/data/news/saudinewsnet).
The entities component runs first (untimed in the figure: it has its own cost, printed apart), then
the places component is timed alone over the tagged articles, ``--passes`` times. Prints figures;
nothing is asserted. The goal of issue #4 is 2,000 articles/s/core.

Both clocks are printed: CPU time (``time.process_time``) is the per-core figure and moves less when
other jobs share the machine; wall time is what a user waits. The first pass starts with empty caches
(word readings, candidate tests); the best pass is the steady state of a long batch.
"""

from __future__ import annotations

import argparse
import time

from _data import read_articles  # noqa: E402  (bench/ is on sys.path when run as a script)
from rasd.analyze.components.places import load_gazetteer, places
from rasd.analyze.pipeline import available
from rasd.article import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="articles to read (default 3000)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes of the places component (default 3)")
    parser.add_argument("--no-ner", action="store_true", help="time places without the entity layer")
    args = parser.parse_args()
    articles = [Article(text=a["content"], outlet=a["source"]) for a in read_articles(args.n)]
    chars = sum(len(a.text) for a in articles) / len(articles)
    print(f"{len(articles)} SaudiNewsNet articles, {chars:.0f} chars on average")
    t = time.process_time()
    load_gazetteer()
    print(f"gazetteer load: {time.process_time() - t:.3f} s CPU")

    given = "without entities"
    if not args.no_ner:
        entities = available().get("entities")
        if entities is None:
            print("entities component not available: places timed without entities")
        else:
            wall, cpu = time.perf_counter(), time.process_time()
            articles = [entities.fn(a) for a in articles]
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"entities (not in the figure): {cpu / len(articles) * 1000:.2f} ms/article CPU, "
                  f"{wall / len(articles) * 1000:.2f} ms/article wall")
            given = "given entities"

    runs = []  # (cpu s, wall s) per pass
    for k in range(1, args.passes + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        for article in articles:
            places(article)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        runs.append((cpu, wall))
        print(f"pass {k}: {len(articles) / cpu:,.0f} articles/s CPU ({cpu / len(articles) * 1000:.3f} ms/article), "
              f"{len(articles) / wall:,.0f} articles/s wall ({wall / len(articles) * 1000:.3f} ms/article)")
    mentions = sum(len(a.places) for a in articles)
    resolved = sum(not p.get("unresolved") for a in articles for p in a.places)
    cpu, wall = min(runs)
    first_cpu = runs[0][0]
    print(f"figure: places {given}: {len(articles) / cpu:,.0f} articles/s/core CPU ({cpu / len(articles) * 1000:.3f} "
          f"ms/article; first pass {len(articles) / first_cpu:,.0f}/s), {len(articles) / wall:,.0f} articles/s wall "
          f"({wall / len(articles) * 1000:.3f} ms/article); {mentions:,} mentions, {resolved:,} resolved, "
          f"in {len(articles)} articles (best of {len(runs)} passes)")


if __name__ == "__main__":
    main()
