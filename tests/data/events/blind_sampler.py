"""The sampler of the PLOVER events blind sets 3 to 6: each ``blindN/sample.py`` holds only its seed, its frozen
exclusion list and its same-story urls, and calls :func:`main` (the sets' rule is written out in each script's
docstring).

Rule: all records of the SaudiNewsNet zips with 400..2,500 code points of content, deduplicated by url and by
white-space-normalised content, sorted by url and shuffled with ``random.Random(seed)``; the walk skips an article
whose url or text is in an exclusion file, one judged by reading to be the same story as an earlier set's, and a
near-duplicate (same title, or word 3-gram Jaccard >= JACCARD) of an excluded or already picked article, and takes
N_CONFLICT articles of the conflict/security/politics keyword pool and N_OTHER outside it. Standard library only.
"""
import glob, hashlib, json, os, random, re, zipfile

N_CONFLICT, N_OTHER = 16, 4
KEYWORDS = ["قتل", "غارة", "قصف", "هجوم", "اشتباك", "تظاهر", "احتجاج", "اعتقال", "زيارة",
            "اجتماع", "اتفاق", "انسحاب", "حشد", "تهديد", "عقوبات"]
TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(TESTS))), "shared", "data", "news", "saudinewsnet",
                    "dataset", "*.zip")
JACCARD = 0.3

def load_exclusions(excl):
    urls, texts, titles = set(), [], set()
    for f in excl:
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


def main(seed, excl_files, same_story, here, length=(400, 2500), quotas=(N_CONFLICT, N_OTHER)):
    """Draw the sample of a set (its seed, its frozen exclusion files {path: md5 at the draw}, its same-story
    urls) and write ``sample.jsonl`` into ``here``, printing the picks and the skipped articles. ``length`` is the
    range of content code points and ``quotas`` the numbers of conflict-pool and other articles: those of sets 3-56
    by default (the fifty-seventh set, the 400..2,500 pool exhausted, takes longer articles)."""
    n_conflict, n_other = quotas
    excl = [os.path.join(TESTS, *k.split("/")) for k in sorted(excl_files)]
    for f in excl:
        rel = os.path.relpath(f, TESTS).replace(os.sep, "/")
        md5 = hashlib.md5(open(f, "rb").read()).hexdigest()
        print("EXCL", rel, md5, "" if md5 == excl_files[rel] else "CHANGED SINCE THE DRAW (was %s)" % excl_files[rel])
    ex_urls, ex_texts, ex_titles = load_exclusions(excl)
    ex_norm = [norm(t) for t in ex_texts]
    ex_grams = [grams(t) for t in ex_norm]
    recs, seen_url, seen_text = [], set(), set()
    for zf in sorted(glob.glob(DATA)):
        z = zipfile.ZipFile(zf)
        for name in sorted(z.namelist()):
            for r in json.loads(z.read(name)):
                c = r.get("content") or ""
                if not (length[0] <= len(c) <= length[1]):
                    continue
                if r["url"] in seen_url or norm(c) in seen_text:
                    continue
                seen_url.add(r["url"]); seen_text.add(norm(c))
                recs.append(r)
    recs.sort(key=lambda r: r["url"])
    rng = random.Random(seed)
    rng.shuffle(recs)
    picked, skipped = [], []
    nc = no = 0
    for r in recs:
        if nc >= n_conflict and no >= n_other:
            break
        c = r["content"]
        conflict = is_conflict(r)
        if conflict and nc >= n_conflict:
            continue
        if not conflict and no >= n_other:
            continue
        if r["url"] in ex_urls:
            skipped.append(("excluded-url", r["url"], r["title"])); continue
        nc_ = norm(c)
        if any((len(t) >= 60 and t in nc_) or nc_ in t for t in ex_norm):
            skipped.append(("excluded-text", r["url"], r["title"])); continue
        if r["url"] in same_story:
            skipped.append(("same story as an earlier events set: " + same_story[r["url"]], r["url"], r["title"])); continue
        g = grams(nc_)
        t = norm(r["title"] or "")
        if t in ex_titles:
            skipped.append(("same title as an excluded article", r["url"], r["title"])); continue
        best = max((jaccard(g, eg), i) for i, eg in enumerate(ex_grams))
        if best[0] >= JACCARD:
            skipped.append((f"near-duplicate of an excluded text (3-gram Jaccard {best[0]:.3f})", r["url"], r["title"]))
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


