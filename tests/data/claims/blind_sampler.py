"""The sampler of the blind claims sets 3 to 6: each ``blindN/sample.py`` holds only its seed and its frozen
exclusion list and calls these functions (the sets' rule is written out in each script's docstring).

Rule: SaudiNewsNet articles with 500-2,500 characters of "content", grouped by outlet ("source"); outlets sorted
then shuffled with ``random.Random(seed)``; round-robin over the outlets, each time popping a random article
(``rng.randrange``) from that outlet's pool. A candidate is skipped (and the round-robin moves on) when its url
or its content (exact or stripped) is in an exclusion file, or when it is a near-duplicate of an article already
picked or of any record of those files (same non-empty title, or word-3-gram Jaccard >= 0.3). The first ``n``
kept are the draw. Standard library only.
"""
from __future__ import annotations

import collections, glob, hashlib, json, random, sys, zipfile
from pathlib import Path

# tests/data/claims/ -> tests/data, and ../shared next to the repository
DATA = Path(__file__).resolve().parents[1]
SHARED = DATA.parents[2] / "shared" / "data" / "news" / "saudinewsnet" / "dataset"


def shingles(t):
    w = t.split()
    return frozenset(tuple(w[i:i + 3]) for i in range(len(w) - 2))


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def changed_exclusions(exclude):
    """Exclusion files whose md5 differs from the one recorded at the draw (or that are missing)."""
    out = []
    for rel, md5 in exclude.items():
        f = DATA / rel
        if not f.exists() or hashlib.md5(f.read_bytes()).hexdigest() != md5:
            out.append(rel)
    return out


def exclusions(exclude):
    urls, texts, titles, shs = set(), set(), set(), []
    for rel in sorted(exclude):
        for line in open(DATA / rel, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("url"):
                urls.add(r["url"])
            t = r.get("text") or r.get("content")
            if t:
                texts.add(t)
                texts.add(t.strip())
                shs.append((rel, r.get("url"), shingles(t)))
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


def sample(seed, exclude, n, log=None):
    by = load()
    ex_urls, ex_texts, ex_titles, ex_shs = exclusions(exclude)
    rng = random.Random(seed)
    outlets = sorted(by)
    rng.shuffle(outlets)
    out, i = [], 0
    while len(out) < n:
        o = outlets[i % len(outlets)]
        i += 1
        pool = by[o]
        if not pool:
            continue
        rec = pool.pop(rng.randrange(len(pool)))
        c = rec["content"]
        if rec["url"] in ex_urls or c in ex_texts or c.strip() in ex_texts:
            if log is not None: log.append(("excluded (already in tests/data)", o, rec["url"]))
            continue
        sh = shingles(c)
        title = (rec.get("title") or "").strip()
        dup = None
        if title and title in ex_titles:
            dup = "same title as a tests/data record"
        best = (0.0, None, None)
        for f, u, s in ex_shs:
            j = jaccard(sh, s)
            if j > best[0]:
                best = (j, f, u)
            if j >= 0.3 and dup is None:
                dup = f"Jaccard {j:.2f} with {f} {u}"
        for p in out:
            j = jaccard(sh, shingles(p["content"]))
            if (title and title == (p.get("title") or "").strip()) or j >= 0.3 or p["url"] == rec["url"]:
                dup = f"near-duplicate of picked {p['url']} (Jaccard {j:.2f})"
        if dup:
            if log is not None: log.append(("near-duplicate", o, rec["url"], dup))
            continue
        if log is not None: log.append(("kept", o, rec["url"], f"max Jaccard {best[0]:.3f} ({best[1]} {best[2]})"))
        out.append(rec)
    return out


def rid(url):
    return "snn-" + hashlib.sha1(url.encode()).hexdigest()[:12]


def load_frozen(out):
    """The frozen draw (sample.jsonl), as make_blind.py uses it."""
    return [json.loads(line) for line in open(out, encoding="utf-8") if line.strip()]


def main(seed, exclude, n, out):
    """Draw, print the picks and the log, and write ``out`` unless an exclusion file changed (``--force``)."""
    changed = changed_exclusions(exclude)
    if changed:
        print("WARNING: exclusion files changed since the draw:", *changed, sep="\n  ")
    log = []
    recs = sample(seed, exclude, n, log)
    for k, r in enumerate(recs):
        print(k, rid(r["url"]), r["source"], len(r["content"]), r["date_extracted"], r.get("title"))
    print("log (skipped and kept candidates, in draw order):")
    for l in log:
        print("  ", *l)
    if changed and "--force" not in sys.argv:
        print("sample.jsonl NOT rewritten (exclusion files changed; use --force)")
    else:
        with open(out, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", out.name, hashlib.md5(out.read_bytes()).hexdigest())
