"""Benchmark of the places layer: articles per second per core on SaudiNewsNet.

Run ``python bench/places.py [--n 3000] [--ner]`` (needs ../shared/data/news/saudinewsnet). Prints
figures; nothing is asserted. ``--ner`` first runs the entities component (when it exists) and times
places given its entities, and the two together.
"""

from __future__ import annotations

import argparse
import time

from _data import read_articles  # noqa: E402  (bench/ is on sys.path when run as a script)
from rasd.analyze.components.places import load_gazetteer, resolve_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--ner", action="store_true", help="also time with the NER component's entities")
    args = parser.parse_args()
    articles = read_articles(args.n)
    chars = sum(len(a["content"]) for a in articles)
    t = time.process_time()
    load_gazetteer()
    print(f"gazetteer load: {time.process_time() - t:.3f} s")
    t = time.process_time()
    mentions = sum(len(resolve_text(a["content"], outlet=a["source"])) for a in articles)
    dt = time.process_time() - t
    print(f"places without NER: {len(articles)} articles ({chars / len(articles):.0f} chars avg), "
          f"{mentions} mentions, {len(articles) / dt:.0f} articles/s/core")
    if args.ner:
        from rasd.analyze.pipeline import available
        from rasd.article import Article

        comps = available()
        if "entities" not in comps:
            print("entities component not available: skipped")
            return
        t = time.process_time()
        tagged = [comps["entities"].fn(Article(text=a["content"], outlet=a["source"])) for a in articles]
        ner_dt = time.process_time() - t
        t = time.process_time()
        for art in tagged:
            resolve_text(art.text, art.entities, art.outlet)
        dt = time.process_time() - t
        print(f"places given entities: {len(tagged) / dt:.0f} articles/s/core; "
              f"entities + places: {len(tagged) / (dt + ner_dt):.0f} articles/s/core")


if __name__ == "__main__":
    main()
