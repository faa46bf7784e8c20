"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the PLOVER events blind set.

Rule: content length 400..2500 code points; dedupe by url and exact (white-space normalised)
content; sort by url; shuffle with random.Random(20261209); walk the shuffled list and
  - skip any article whose url, or whose text, appears in /work/main/tests/data/saudinewsnet-sample.jsonl,
    /work/main/tests/data/claims/*.jsonl or /work/main/tests/data/places/*.jsonl (text: an excluded
    text of >= 60 chars inside the content, or the content inside an excluded text);
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in the content, see is_conflict) and N_OTHER = 4 outside it;
  - skip a near-duplicate (same story) of an already-picked article: 5-word-shingle overlap
    coefficient >= 0.2, or the same title.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import glob, hashlib, json, random, re, zipfile

SEED = 20261209
N_CONFLICT, N_OTHER = 16, 4
KEYWORDS = ["قتل", "غارة", "قصف", "هجوم", "اشتباك", "تظاهر", "احتجاج", "اعتقال", "زيارة",
            "اجتماع", "اتفاق", "انسحاب", "حشد", "تهديد", "عقوبات"]
import os
_TESTS = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/data
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(_TESTS))), "shared", "data", "news", "saudinewsnet",
                    "dataset", "*.zip")
# NOTE: the exclusion lists as they stood when the sample was drawn (2026-12-06, with claims-blind.jsonl present);
# files added later may shift a re-drawn sample: sample.jsonl is the fixed draw.
EXCL = ([os.path.join(_TESTS, "saudinewsnet-sample.jsonl")]
        + sorted(glob.glob(os.path.join(_TESTS, "claims", "*.jsonl")))
        + sorted(glob.glob(os.path.join(_TESTS, "places", "*.jsonl"))))


def load_exclusions():
    urls, texts = set(), []
    for f in EXCL:
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            if r.get("url"):
                urls.add(r["url"])
            for k in ("text", "content"):
                t = r.get(k)
                if isinstance(t, str) and t.strip():
                    texts.append(t.strip())
    return urls, texts


def kw_hits(s):
    return sum(s.count(k) for k in KEYWORDS)


def is_conflict(r):
    """Conflict/security/politics pool: the content contains >= 2 distinct keywords and >= 3 keyword
    hits in all (substring match). A single hit (e.g. قتل in a shark story, زيارة in a tourism
    story) proved far too loose in a first trial."""
    c = r["content"]
    return sum(1 for k in KEYWORDS if k in c) >= 2 and kw_hits(c) >= 3


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def shingles(s, n=5):
    w = re.findall(r"\w+", s)
    return {" ".join(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}


def jacc(a, b):
    return len(a & b) / max(1, min(len(a), len(b)))  # overlap coefficient


def main():
    ex_urls, ex_texts = load_exclusions()
    ex_norm = [norm(t) for t in ex_texts]
    recs, seen_url, seen_text = [], set(), set()
    for zf in sorted(glob.glob(DATA)):
        z = zipfile.ZipFile(zf)
        for name in sorted(z.namelist()):
            for r in json.loads(z.read(name)):
                c = r.get("content") or ""
                if not (400 <= len(c) <= 2500):
                    continue
                if r["url"] in seen_url or norm(c) in seen_text:
                    continue
                seen_url.add(r["url"]); seen_text.add(norm(c))
                recs.append(r)
    recs.sort(key=lambda r: r["url"])
    rng = random.Random(SEED)
    rng.shuffle(recs)
    picked, skipped = [], []
    nc = no = 0
    for r in recs:
        if nc >= N_CONFLICT and no >= N_OTHER:
            break
        c = r["content"]
        if r["url"] in ex_urls:
            skipped.append(("excluded-url", r["url"])); continue
        nc_ = norm(c)
        if any((len(t) >= 60 and t in nc_) or nc_ in t for t in ex_norm):
            skipped.append(("excluded-text", r["url"])); continue
        conflict = is_conflict(r)
        if conflict and nc >= N_CONFLICT:
            continue
        if not conflict and no >= N_OTHER:
            continue
        sh = shingles(c)
        dup = None
        for p in picked:
            if jacc(sh, p["_sh"]) >= 0.2 or norm(r["title"]) == norm(p["title"]):
                dup = p; break
        if dup:
            skipped.append(("near-duplicate of " + dup["url"], r["url"])); continue
        r = dict(r); r["_sh"] = sh; r["_conflict"] = conflict
        picked.append(r)
        if conflict: nc += 1
        else: no += 1
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample.jsonl"), "w", encoding="utf-8") as out:
        for r in picked:
            rid = "snn-" + hashlib.sha1(r["url"].encode()).hexdigest()[:12]
            out.write(json.dumps({"id": rid, "outlet": r["source"], "url": r["url"],
                                  "date": r["date_extracted"][:10], "title": r["title"],
                                  "conflict_keyword": r["_conflict"], "text": r["content"]},
                                 ensure_ascii=False) + "\n")
            print(rid, r["source"], r["_conflict"], len(r["content"]), r["title"])
    for why, u in skipped:
        print("SKIPPED", why, u)


if __name__ == "__main__":
    main()
