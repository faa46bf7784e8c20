"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the blind claims test set.

Rule: articles with 500-2,500 characters of "content", grouped by outlet ("source"); outlets sorted then
shuffled with random.Random(20261208); round-robin over the outlets, each time popping a random article
(rng.randrange) from that outlet's pool.  A candidate is skipped (and the round-robin moves on to the next
outlet) when its url or content (exact or stripped) is in any of the exclusion files, or when it is a
near-duplicate of an article already picked (same title, or word-3-gram Jaccard >= 0.3).
"""
from __future__ import annotations

import collections, glob, hashlib, json, random, sys, zipfile
from pathlib import Path

# tests/data/claims/blind/ -> tests/data, and ../shared next to the repository
DATA = Path(__file__).resolve().parents[2]
SHARED = DATA.parents[2] / "shared" / "data" / "news" / "saudinewsnet" / "dataset"
SEED = 20261208
N = 20


def exclusions():
    urls, texts = set(), set()
    files = [DATA / "claims/claims-gold.jsonl", DATA / "claims/referents-tune.jsonl",
             DATA / "claims/referents-held.jsonl", DATA / "saudinewsnet-sample.jsonl",
             *sorted((DATA / "places").glob("*.jsonl"))]
    for f in files:
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("url"):
                urls.add(r["url"])
            t = r.get("text") or r.get("content")
            if t:
                texts.add(t)
                texts.add(t.strip())
    return urls, texts


def shingles(t):
    w = t.split()
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def load():
    by = collections.defaultdict(list)
    for z in sorted(glob.glob(str(SHARED / "*.zip"))):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for rec in json.load(zf.open(name)):
                    if 500 <= len(rec.get("content") or "") <= 2500:
                        by[rec["source"]].append(rec)
    return by


def sample(log=None):
    by = load()
    ex_urls, ex_texts = exclusions()
    rng = random.Random(SEED)
    outlets = sorted(by)
    rng.shuffle(outlets)
    out, i = [], 0
    while len(out) < N:
        o = outlets[i % len(outlets)]
        i += 1
        pool = by[o]
        rec = pool.pop(rng.randrange(len(pool)))
        c = rec["content"]
        if rec["url"] in ex_urls or c in ex_texts or c.strip() in ex_texts:
            if log is not None: log.append(("excluded", rec["url"]))
            continue
        sh = shingles(c)
        dup = None
        for p in out:
            ps = shingles(p["content"])
            j = len(sh & ps) / max(1, len(sh | ps))
            if p.get("title") == rec.get("title") or j >= 0.3 or p["url"] == rec["url"]:
                dup = p["url"]
        if dup:
            if log is not None: log.append(("near-duplicate", rec["url"], dup))
            continue
        out.append(rec)
    return out


def rid(url):
    return "snn-" + hashlib.sha1(url.encode()).hexdigest()[:12]


if __name__ == "__main__":
    log = []
    recs = sample(log)
    for k, r in enumerate(recs):
        print(k, rid(r["url"]), r["source"], len(r["content"]), r["date_extracted"], r.get("title"))
    print("skipped:", log)
