"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the second PLOVER events blind set.

Rule (same as the first set's sampler, /work/main/tests/data/events/blind/sample.py, except where noted):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261211);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl (claims, places, events incl. events/blind/sample.jsonl,
        genre, saudinewsnet-sample) -- text = an excluded text/content of >= 60 chars inside the
        content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or
        word 3-gram Jaccard >= 0.3 (new for this set; the first set used a 5-gram overlap
        coefficient >= 0.2 against picked articles only);
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first events set's 20 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the first set)
    and N_OTHER = 4 outside it (the brief asks for at least 14 from the pool; 16 + 4 as the first set).
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import glob, hashlib, json, os, random, re, zipfile

SEED = 20261211
N_CONFLICT, N_OTHER = 16, 4
KEYWORDS = ["قتل", "غارة", "قصف", "هجوم", "اشتباك", "تظاهر", "احتجاج", "اعتقال", "زيارة",
            "اجتماع", "اتفاق", "انسحاب", "حشد", "تهديد", "عقوبات"]
TESTS = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/data
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(TESTS))), "shared", "data", "news", "saudinewsnet",
                    "dataset", "*.zip")
# The exclusion files as they stood when the sample was drawn (2026-12-06); their names and md5s are
# printed by this script and listed in SOURCE-events-blind2.txt. A file added later could shift a
# re-drawn sample: sample.jsonl is the fixed draw.
# the 18 files as they stood at the draw (2026-12-06): not this set, nor files added after it
LATER = {"claims-blind2.jsonl", "events-blind2.jsonl", os.path.join("blind2", "sample.jsonl")}
EXCL = sorted(f for f in glob.glob(os.path.join(TESTS, "**", "*.jsonl"), recursive=True)
              if os.path.basename(f) not in LATER and not f.endswith(os.path.join("blind2", "sample.jsonl")))
JACCARD = 0.3

# Articles judged, by reading, to be the same story as one of the first events set's articles
# (url -> reason). Checked after reading the draw: none of the 20 is the same story as a first-set
# article (closest: the Taiz/Hodeidah battles of 2015-08-09 vs the first set's Zinjibar story of the same
# day -- different fronts and incidents), so it stays empty; see SOURCE-events-blind2.txt.
SAME_STORY = {
}


def load_exclusions():
    urls, texts, titles = set(), [], set()
    for f in EXCL:
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            if r.get("url"):
                urls.add(r["url"])
            if isinstance(r.get("title"), str) and r["title"].strip():
                titles.add(norm(r["title"]))
            for k in ("text", "content"):
                t = r.get(k)
                if isinstance(t, str) and t.strip():
                    texts.append(t.strip())
    return urls, texts, titles


def kw_hits(s):
    return sum(s.count(k) for k in KEYWORDS)


def is_conflict(r):
    c = r["content"]
    return sum(1 for k in KEYWORDS if k in c) >= 2 and kw_hits(c) >= 3


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def grams(s, n=3):
    w = re.findall(r"\w+", s)
    return {" ".join(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def main():
    import hashlib as _h
    for f in EXCL:
        print("EXCL", os.path.relpath(f, TESTS), _h.md5(open(f, "rb").read()).hexdigest())
    ex_urls, ex_texts, ex_titles = load_exclusions()
    ex_norm = [norm(t) for t in ex_texts]
    ex_grams = [grams(t) for t in ex_norm]
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
        conflict = is_conflict(r)
        if conflict and nc >= N_CONFLICT:
            continue
        if not conflict and no >= N_OTHER:
            continue
        if r["url"] in ex_urls:
            skipped.append(("excluded-url", r["url"], r["title"])); continue
        nc_ = norm(c)
        if any((len(t) >= 60 and t in nc_) or nc_ in t for t in ex_norm):
            skipped.append(("excluded-text", r["url"], r["title"])); continue
        if r["url"] in SAME_STORY:
            skipped.append(("same story as first set: " + SAME_STORY[r["url"]], r["url"], r["title"])); continue
        g = grams(nc_)
        t = norm(r["title"] or "")
        if t in ex_titles:
            skipped.append(("same title as an excluded article", r["url"], r["title"])); continue
        best = max((jaccard(g, eg), i) for i, eg in enumerate(ex_grams))
        if best[0] >= JACCARD:
            skipped.append((f"near-duplicate of an excluded text (3-gram Jaccard {best[0]:.2f})", r["url"], r["title"]))
            continue
        dup = None
        for p in picked:
            if jaccard(g, p["_g"]) >= JACCARD or t == norm(p["title"] or ""):
                dup = p; break
        if dup:
            skipped.append(("near-duplicate of picked " + dup["url"], r["url"], r["title"])); continue
        r = dict(r); r["_g"] = g; r["_conflict"] = conflict
        picked.append(r)
        if conflict: nc += 1
        else: no += 1
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "sample.jsonl"), "w", encoding="utf-8") as out:
        for r in picked:
            rid = "snn-" + hashlib.sha1(r["url"].encode()).hexdigest()[:12]
            out.write(json.dumps({"id": rid, "outlet": r["source"], "url": r["url"],
                                  "date": r["date_extracted"][:10], "title": r["title"],
                                  "conflict_keyword": r["_conflict"], "text": r["content"]},
                                 ensure_ascii=False) + "\n")
            print(rid, r["source"], r["_conflict"], len(r["content"]), r["title"])
    for why, u, ti in skipped:
        print("SKIPPED", why, u, ti)
    mx = 0
    for i in range(len(picked)):
        for j in range(i):
            mx = max(mx, jaccard(picked[i]["_g"], picked[j]["_g"]))
    print(f"max pairwise 3-gram Jaccard in sample: {mx:.3f}")


if __name__ == "__main__":
    main()
