"""Benchmark of the claims and events layers: articles per second per core, given the earlier layers.

Run ``python bench/events.py [--n 1000] [--long K]`` (needs ../shared/data/news/saudinewsnet). The entities and places
layers are computed first (not timed); then claims + events are timed on one core, after what the pipeline does
after its first article (its models loaded, :func:`rasd.analyze.pipeline.settle_heap`). With ``--long K``, also the
time of claims and of events on one long article, the first K articles' texts one after the other (K = 300 makes
about a million characters, under the ingest limit of 5 MB): their time must grow with the text, not with its square.
Prints figures; nothing is asserted.
"""

from __future__ import annotations

import argparse
import time

from _data import articles_with_layers, read_articles  # noqa: E402  (bench/ is on sys.path when run as a script)
from rasd.analyze.components.claims import claims, document
from rasd.analyze.components.events import events
from rasd.analyze.pipeline import settle_heap

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--long", type=int, default=0, help="also time one article made of the first LONG texts")
    args = parser.parse_args()
    arts = articles_with_layers(args.n)
    chars = sum(len(a.text) for a in arts)
    claims(arts[0]), events(arts[0])  # warm the lexicons
    settle_heap()  # as Pipeline does after its first article
    print(f"{len(arts)} articles, {chars / len(arts):.0f} chars on average")
    rates = []
    for k in range(args.passes):  # pass 1 has cold per-word caches; later passes see a warm stream
        document.cache_clear()
        t0 = time.process_time()
        n_claims = n_events = 0
        for a in arts:  # as the pipeline runs them: claims then events on each article (they share tokens)
            n_claims += len(claims(a).claims)
            n_events += len(events(a).events)
        rates.append(len(arts) / (time.process_time() - t0))
        print(f"pass {k + 1}: {rates[-1]:.0f} articles/s/core CPU")
    print(f"claims+events: {max(rates):.0f} articles/s/core (best of {args.passes} passes; first pass "
          f"{rates[0]:.0f}) ({n_claims} claims, {n_events} events)")
    if args.long:
        long_article(args.long)


def long_article(k: int) -> None:
    """Time claims and events on one article made of the first ``k`` texts (entities and places not timed)."""
    from rasd.analyze.components.entities import entities  # noqa: PLC0415
    from rasd.analyze.components.places import places  # noqa: PLC0415
    from rasd.article import Article  # noqa: PLC0415

    text = "\n\n".join(rec.get("content") or "" for rec in read_articles(k))
    art = places(entities(Article(text=text, published="2015-01-01")))
    t0 = time.process_time()
    n_claims = len(claims(art).claims)
    t1 = time.process_time()
    n_events = len(events(art).events)
    t2 = time.process_time()
    print(f"one article of {k} texts ({len(text):,} chars, {len(text.encode()):,} bytes): claims {t1 - t0:.2f} s "
          f"({n_claims} claims), events {t2 - t1:.2f} s ({n_events} events)")


if __name__ == "__main__":
    main()
