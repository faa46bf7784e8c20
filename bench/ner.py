"""Benchmark the NER tagger: tokens per second on one core, and peak RSS with the model loaded.

Run: ``python bench/ner.py`` (uses the ANERcorp dev split from ``../shared/data`` when present, else
the committed CoNLL samples in ``tests/data/ner/``), then a stream of SaudiNewsNet articles for the
steady state (``--articles N``, skipped without ../shared). Prints figures; never asserts on them.
Targets from the "Entities" issue: >= 20,000 tokens/s, <= 300 MB RSS.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.analyze import ner  # noqa: E402

ANERCORP = ROOT.parent / "shared" / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt"
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def _sentences() -> tuple[list[list[str]], str]:
    if ANERCORP.exists():
        sents = ner.read_conll(ANERCORP)
        dev = sents[len(sents) - len(sents) // 10:]  # last 10%: the dev split
        return [[w for w, _ in s] for s in dev], "ANERcorp dev split"
    sents = [s for p in sorted((ROOT / "tests/data/ner").glob("*.conll")) for s in ner.read_conll(p)]
    return [[w for w, _ in s] for s in sents], "tests/data/ner/*.conll (../shared absent)"


def _stream(n: int) -> str | None:
    """Steady state on real news: ``find_entities`` (tokenize + tag) over ``n`` SaudiNewsNet articles.

    Unlike the dev split, a long stream of articles has many word forms the per-word cache has not
    seen (or has dropped), so this is the figure a batch over a news archive sees.
    """
    if n <= 0 or not NEWS.exists():
        return None
    sys.path.insert(0, str(ROOT / "bench"))
    from _data import read_articles

    texts = [r.get("content") or "" for r in read_articles(n)]
    n_tokens = sum(len(ner.tokenize(t)) for t in texts)
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        ner.find_entities(text)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return (f"stream of {len(texts)} SaudiNewsNet articles ({n_tokens:,} tokens), tokenize + tag: "
            f"{n_tokens / wall:,.0f} tokens/s wall, {n_tokens / cpu:,.0f} tokens/s of CPU time, "
            f"{len(texts) / cpu:.1f} articles/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the text (the best is reported)")
    ap.add_argument("--articles", type=int, default=1000,
                    help="SaudiNewsNet articles for the steady-state figure (0: skip)")
    args = ap.parse_args()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    model = ner.load_model()
    load_s = time.perf_counter() - t0
    sents, what = _sentences()
    n_tokens = sum(len(s) for s in sents)
    cold = warm = cold_cpu = warm_cpu = float("inf")
    for r in range(args.repeat):
        # cold: per-word feature caches emptied, as for the first article a process sees
        model.tables.clear_cache()
        ner.conj_prep_stripped.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        model.tag_sentences(sents)
        cold, cold_cpu = min(cold, time.perf_counter() - t0), min(cold_cpu, time.process_time() - c0)
        # warm: caches filled, as in a long batch over many articles
        t0, c0 = time.perf_counter(), time.process_time()
        model.tag_sentences(sents)
        warm, warm_cpu = min(warm, time.perf_counter() - t0), min(warm_cpu, time.process_time() - c0)
    stream = _stream(args.articles)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux -> MiB
    print(f"text: {what}, {len(sents)} sentences, {n_tokens} tokens")
    print(f"model load: {load_s:.2f} s; passes: {2 if model.tagger2 is not None else 1}")
    # CPU time is what one core gives when other jobs share the machine; wall time equals it on an idle one
    print(f"tagging, cold caches: {n_tokens / cold:,.0f} tokens/s wall, {n_tokens / cold_cpu:,.0f} tokens/s "
          f"of CPU time (best of {args.repeat}, one process, one core)")
    print(f"tagging, warm caches: {n_tokens / warm:,.0f} tokens/s wall, {n_tokens / warm_cpu:,.0f} tokens/s of CPU time")
    if stream:
        print(stream)
    print(f"peak RSS: {rss:.0f} MB (interpreter before loading: {rss_before:.0f} MB)")


if __name__ == "__main__":
    main()
