"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the second blind claims test set.

Rule: articles with 500-2,500 characters of "content", grouped by outlet ("source"); outlets sorted then
shuffled with random.Random(20261210); round-robin over the outlets, each time popping a random article
(rng.randrange) from that outlet's pool.  A candidate is skipped (and the round-robin moves on to the next
outlet) when
* its url, or its content (exact or stripped), is in any /work/main/tests/data/**/*.jsonl file ("text" or
  "content" field) -- this includes tests/data/events/blind/sample.jsonl;
* it is a near-duplicate of an article already picked or of any record of those files: same (non-empty,
  stripped) title, or word-3-gram Jaccard >= 0.3 of the texts.
The first 20 kept are used as they come.
"""
from __future__ import annotations

import collections, glob, hashlib, json, random, sys, zipfile
from pathlib import Path

# tests/data/claims/blind2/ -> tests/data, and ../shared next to the repository
DATA = Path(__file__).resolve().parents[2]
LATER = {"claims-blind2.jsonl", "events-blind2.jsonl"}
SHARED = DATA.parents[2] / "shared" / "data" / "news" / "saudinewsnet" / "dataset"
SEED = 20261210
N = 20


def shingles(t):
    w = t.split()
    return frozenset(tuple(w[i:i + 3]) for i in range(len(w) - 2))


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def exclusion_files():
    # the files as they stood when the sample was drawn: not this set itself, nor sets added after it
    files = sorted(f for f in DATA.glob("**/*.jsonl") if f.name not in LATER)
    extra = DATA / "events" / "blind" / "sample.jsonl"
    if extra not in files:
        files.append(extra)
    return files


def exclusions():
    urls, texts, titles, shs = set(), set(), set(), []
    for f in exclusion_files():
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
                shs.append((str(f.relative_to(DATA)), r.get("url"), shingles(t)))
            if (r.get("title") or "").strip():
                titles.add(r["title"].strip())
    return urls, texts, titles, shs


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
    ex_urls, ex_texts, ex_titles, ex_shs = exclusions()
    rng = random.Random(SEED)
    outlets = sorted(by)
    rng.shuffle(outlets)
    out, i = [], 0
    while len(out) < N:
        o = outlets[i % len(outlets)]
        i += 1
        pool = by[o]
        if not pool:
            continue
        rec = pool.pop(rng.randrange(len(pool)))
        c = rec["content"]
        if rec["url"] in ex_urls or c in ex_texts or c.strip() in ex_texts:
            if log is not None: log.append(("excluded (already in tests/data)", rec["url"]))
            continue
        sh = shingles(c)
        title = (rec.get("title") or "").strip()
        dup = None
        if title and title in ex_titles:
            dup = "same title as a tests/data record"
        for f, u, s in ex_shs:
            j = jaccard(sh, s)
            if j >= 0.3:
                dup = f"Jaccard {j:.2f} with {f} {u}"
                break
        for p in out:
            j = jaccard(sh, shingles(p["content"]))
            if (title and title == (p.get("title") or "").strip()) or j >= 0.3 or p["url"] == rec["url"]:
                dup = f"near-duplicate of picked {p['url']} (Jaccard {j:.2f})"
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
    print("skipped:")
    for l in log:
        print("  ", *l)
