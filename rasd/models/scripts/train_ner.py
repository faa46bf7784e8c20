"""Build the Arabic NER model shipped in ``rasd/models/ner/`` from ``../shared/data``.

Steps (all seeded; one process, one thread):

1. Read ANERcorp (CAMeL train split); the last 10% of its sentences are the dev split, never trained on.
2. Word clusters: word2vec (gensim, training-time only) on SaudiNewsNet article text plus the *training*
   part of ANERcorp, then k-means on the unit vectors at several granularities; the table
   ``word -> cluster ids`` of the most frequent words is shipped as ``clusters.tsv.gz``.
3. Gazetteer: ANERGazet lists, entity strings of AQMAR and of the Wojood sample, the actor aliases
   of :mod:`rasd.analyze.lang_ar.actors`, and Arabic names of GeoNames cities: ``gazetteer.txt.gz``.
4. A first-pass CRF (python-crfsuite, L-BFGS) over :class:`rasd.analyze.ner.FeatureTables` features,
   c1/c2 picked on dev from a small grid: ``ner.crfsuite``.
5. A second-pass CRF that also sees what the first pass found elsewhere in the document (stacking),
   trained on out-of-fold first-pass tags of the training sentences: ``ner2.crfsuite``, shipped only if
   it beats the first pass on dev. ``meta.json`` records dev scores of both, seed and sources.

Run: ``python -m rasd.models.scripts.train_ner`` (``--help`` for options). Needs ``gensim`` and
``scikit-learn`` (``pip install gensim scikit-learn``) for step 2 only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pycrfsuite

from rasd.analyze import ner
from rasd.analyze.ner import FeatureTables, evaluate, normalize, read_conll, tokenize

SEED = 13  # any fixed value; recorded in meta.json
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data"
OUT_DIR = ner.MODEL_DIR
ANERCORP = "ner/anercorp/ANERCorp_CamelLab_train.txt"
DEV_FRACTION = 0.10  # the brief: dev = last 10% of ANERcorp train sentences

# word2vec / k-means settings. Dimension, window and epochs are the usual word2vec defaults for a
# ~10M-token corpus; min_count 3 keeps rare names that still co-occur; the k values give coarse to
# fine classes as Brown-cluster prefixes do (Turian et al. 2010 use several prefix lengths).
W2V = {"vector_size": 100, "window": 5, "min_count": 3, "sg": 1, "negative": 5, "epochs": 5, "sample": 1e-4}
KS = (64, 256, 1024)
MAX_CLUSTER_WORDS = 120_000  # keeps clusters.tsv.gz at a few MB; words beyond are rare in news

# Two CRF passes plus tables must stay under the 50 MB artefact budget of the issue.
MAX_CRF_BYTES = 20 << 20

GEONAMES_MIN_POP = 100_000  # cities worldwide whose Arabic names go into the gazetteer
GEONAMES_ME = {"SY", "IQ", "LB", "JO", "PS", "IL", "SA", "EG", "YE", "KW", "IR", "TR", "AE", "QA", "BH", "OM", "LY", "TN", "DZ", "MA", "SD"}
GEONAMES_ME_MIN_POP = 15_000  # Middle-East and North-Africa cities: smaller towns matter in the news


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# Data
# ------------------------------------------------------------------------------------------------


def split_anercorp(shared: Path) -> tuple[list, list]:
    """ANERcorp train split into (train, dev): dev is the last 10% of sentences."""
    sents = read_conll(shared / ANERCORP)
    n_dev = int(len(sents) * DEV_FRACTION)
    return sents[: len(sents) - n_dev], sents[len(sents) - n_dev:]


def repair_iob(tags: list[str]) -> list[str]:
    """Training targets in proper IOB2: an I-X that does not continue X becomes B-X."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _aqmar_tag(tag: str) -> str:
    """AQMAR tags onto ours: MIS0-3 (and their noisy spellings) -> MISC; see aqmar/SOURCE.txt."""
    tag = tag.strip("`").replace("--", "-")
    if tag in ("O", "OO"):
        return "O"
    prefix, _, typ = tag.partition("-")
    prefix = prefix.upper()
    if prefix not in ("B", "I"):
        return "O"
    if typ in ("PER", "LOC", "ORG"):
        return f"{prefix}-{typ}"
    return f"{prefix}-MISC"  # MIS0..3, MIS, MIS-1, MISS1, ENGLISH, SPANISH


def read_aqmar(shared: Path) -> list:
    sents = []
    for path in sorted((shared / "ner/aqmar").glob("*.txt")):
        if path.name == "SOURCE.txt":
            continue
        for s in read_conll(path):
            sents.append([(w, _aqmar_tag(t or "O")) for w, t in s])
    return sents


def news_texts(shared: Path):
    """Article bodies (and titles) of SaudiNewsNet, in a fixed order."""
    for path in sorted((shared / "news/saudinewsnet/dataset").glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                for art in json.loads(z.read(name)):
                    for key in ("title", "content"):
                        if art.get(key):
                            yield art[key]


# ------------------------------------------------------------------------------------------------
# Clusters
# ------------------------------------------------------------------------------------------------


def _stable_hash(text: str) -> int:
    """gensim seeds each word's initial vector with ``hashfxn(word + seed)``; Python's ``hash`` of a str
    changes per process (PYTHONHASHSEED), so use a stable one for reproducible clusters."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "little")


def build_clusters(shared: Path, train: list, cache: Path) -> list[str]:
    """word2vec + k-means; returns the lines of the cluster table (most frequent words first)."""
    from gensim.models import Word2Vec  # training-time only
    from sklearn.cluster import KMeans, MiniBatchKMeans
    import numpy as np

    corpus = cache / "w2v_corpus.txt"
    if not corpus.exists():
        log("writing word2vec corpus")
        tmp = corpus.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for text in news_texts(shared):
                for line in text.split("\n"):
                    toks = [normalize(t) for t, _, _ in tokenize(line)]
                    if len(toks) > 2:
                        fh.write(" ".join(toks) + "\n")
            for s in train:  # training sentences only: the dev split stays unseen
                fh.write(" ".join(normalize(w) for w, _ in s) + "\n")
        tmp.rename(corpus)
    log("training word2vec (1 thread)")
    model = Word2Vec(corpus_file=str(corpus), workers=1, seed=SEED, hashfxn=_stable_hash, **W2V)
    words = model.wv.index_to_key[:MAX_CLUSTER_WORDS]  # sorted by frequency
    vecs = np.asarray(model.wv[words], dtype=np.float64)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    np.save(cache / "w2v_vectors.npy", vecs.astype(np.float32))  # for experiments with dense features
    ids = []
    for k in KS:
        log(f"k-means k={k} on {len(words)} words")
        if k <= 256:
            km = KMeans(n_clusters=k, random_state=SEED, n_init=1, max_iter=100)
        else:
            km = MiniBatchKMeans(n_clusters=k, random_state=SEED, n_init=1, batch_size=4096, max_iter=50)
        ids.append(km.fit_predict(vecs))
    stats = trigger_stats(corpus, set(words))
    return ["\t".join([w, *(str(int(i[n])) for i in ids), *stats.get(w, ("-", "-", "-"))])
            for n, w in enumerate(words)]


def _bin(ratio: float) -> str:
    # bins of the share of a word's occurrences right after a trigger; edges set by eye on the
    # distribution (most words are < 1%, names after titles are typically 5-50%)
    return "0" if ratio < 0.01 else "1" if ratio < 0.05 else "2" if ratio < 0.2 else "3"


def trigger_stats(corpus: Path, words: set[str]) -> dict[str, tuple[str, str, str]]:
    """Per word, how often news text has it right after a person / organisation / location trigger.

    A corpus-wide version of the trigger feature: a name seen 30 times after الرئيس in 2015 news is
    a person even in a sentence without a title. Returned as binned shares (see :func:`_bin`).
    """
    count: Counter = Counter()
    after = {"P": Counter(), "O": Counter(), "L": Counter()}
    lists = {"P": ner.PER_TRIGGERS, "O": ner.ORG_TRIGGERS, "L": ner.LOC_TRIGGERS}
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            prev_kinds: tuple[str, ...] = ()
            for tok in line.split():
                if tok in words:
                    count[tok] += 1
                    for kind in prev_kinds:
                        after[kind][tok] += 1
                base = ner.conj_prep_stripped(tok)
                prev_kinds = tuple(k for k, lst in lists.items() if tok in lst or base in lst)
    return {w: tuple(_bin(after[k][w] / c) for k in "POL") for w, c in count.items() if c >= 3}


# ------------------------------------------------------------------------------------------------
# Gazetteer
# ------------------------------------------------------------------------------------------------

_ARABIC_ONLY = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ")


def build_gazetteer(shared: Path) -> list[str]:
    """``LABEL<TAB>name`` lines from ANERGazet, the actor table and GeoNames (sorted, deduplicated)."""
    from rasd.analyze.lang_ar import actors

    rows: set[tuple[str, str]] = set()
    for fname, label in (("AlignedLocGazetteer.txt", "LOC"), ("AlignedOrgGazetteer.txt", "ORG"),
                         ("AlignedPersGazetteer.txt", "PER")):
        for line in (shared / "ner/anergazet" / fname).read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if name and not name.startswith(("====", "****")):
                rows.add((label, name))
    # entity strings of the corpora we do not train on: AQMAR (Wikipedia) and the Wojood sample
    # (outer layer; GPE counts as LOC as in ANERcorp, where countries are LOC)
    for sent in read_aqmar(shared):
        for a, b, lab in ner.spans_from_tags([t for _, t in sent]):
            if lab in ("PER", "LOC", "ORG"):
                rows.add((lab, " ".join(w for w, _ in sent[a:b])))
    wojood_map = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    for fname in ("train.txt", "val.txt", "test.txt"):
        lines = (shared / "ner/wojood_sample" / fname).read_text(encoding="utf-8").splitlines()
        sents = ner.read_conll([" ".join(l.split()[:2]) if l.strip() else "" for l in lines])
        for sent in sents:
            for a, b, lab in ner.spans_from_tags([t or "O" for _, t in sent]):
                if lab in wojood_map and b - a <= 6:
                    rows.add((wojood_map[lab], " ".join(w for w, _ in sent[a:b])))
    for actor in actors.ACTORS:
        for name in (actor.canonical, *actor.aliases):
            rows.add((actor.label, name))
    with gzip.open(shared / "geo/geonames_cities500_2023/cities500.txt.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            pop = int(cols[14] or 0)
            if pop < GEONAMES_MIN_POP and not (cols[8] in GEONAMES_ME and pop >= GEONAMES_ME_MIN_POP):
                continue
            for name in cols[3].split(","):
                name = name.strip()
                # Arabic letters only (no Persian/Kurdish/Urdu letters), at least 3 letters
                if len(name) >= 3 and set(name) <= _ARABIC_ONLY and any(c != " " for c in name):
                    rows.add(("LOC", name))
    return [f"{lab}\t{name}" for lab, name in sorted(rows)]


# ------------------------------------------------------------------------------------------------
# CRF
# ------------------------------------------------------------------------------------------------


def featurize(tables: FeatureTables, sents: list) -> list:
    return tables.document_features([[w for w, _ in s] for s in sents])


def train_crf(xs, ys, path: Path, c1: float, c2: float, max_iter: int) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": max_iter,
        "feature.possible_transitions": True,  # lets the model learn to forbid O -> I-X
        "feature.minfreq": 1,
    })
    trainer.train(str(path))


def tag_all(path: Path, xs) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    out = [list(tagger.tag(x)) for x in xs]
    tagger.close()
    return out


def confident_tags(path: Path, xs) -> tuple[list[list[str]], list[list[str]]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    out = ner.first_pass(tagger, xs)
    tagger.close()
    return out


def report(scores: dict) -> str:
    lines = [f"{'label':6} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for lab in [*sorted(k for k in scores if k != "micro"), "micro"]:
        s = scores[lab]
        lines.append(f"{lab:6} {s['precision']:6.4f} {s['recall']:6.4f} {s['f1']:6.4f} {s['support']:5d}")
    return "\n".join(lines)


def _rounded(scores: dict) -> dict:
    return {k: {m: round(v, 4) if isinstance(v, float) else v for m, v in s.items()} for k, s in scores.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="path of shared/data (default: ../shared/data)")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="artefact directory (default: rasd/models/ner)")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "rasd-ner-build",
                    help="scratch directory for the word2vec corpus and CRF candidates")
    ap.add_argument("--reuse-clusters", action="store_true",
                    help="keep the existing clusters.tsv.gz instead of retraining word2vec (dev loop only)")
    # AQMAR (Wikipedia) in training lowered dev F1 (0.706 -> 0.692 at c1=0.1 c2=0.01), so it is off by
    # default; its entity strings still go into the gazetteer
    ap.add_argument("--aqmar", choices=["yes", "no", "compare"], default="no",
                    help="add AQMAR (mapped to our labels) to training; 'compare' tries both on dev")
    # c1:c2 grid: a wider grid (c1 0-0.3, c2 0.001-0.1) on dev showed F1 rising as L1 falls
    # (0.2:0.01 -> 0.715, 0.05:0.01 -> 0.726, 0.02:0.05 -> 0.735, 0.005:0.05 -> 0.741, 0:0.05 -> 0.743);
    # c1=0 keeps every feature (31 MB per pass, over the size budget), so the grid stops at c1=0.001
    ap.add_argument("--grid", default="0.005:0.05,0.001:0.1", help="c1:c2 pairs tried on dev")
    ap.add_argument("--folds", type=int, default=4,
                    help="folds for out-of-fold first-pass tags that train the second pass (0: one pass only)")
    # tried once: 0.749 with it vs 0.752 without (same c1/c2), so off by default
    ap.add_argument("--confidence", action="store_true",
                    help="give the second pass the first pass's marginal probabilities (binned) too")
    ap.add_argument("--max-iter", type=int, default=300, help="L-BFGS iterations (converged by ~250 on dev)")
    args = ap.parse_args(argv)

    random.seed(SEED)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # one core: set before numpy/scikit-learn are imported
    args.out.mkdir(parents=True, exist_ok=True)
    args.cache.mkdir(parents=True, exist_ok=True)

    train, dev = split_anercorp(args.shared)
    log(f"ANERcorp: {len(train)} train / {len(dev)} dev sentences")

    cl_path = args.out / "clusters.tsv.gz"
    if not (args.reuse_clusters and cl_path.exists()):
        lines = build_clusters(args.shared, train, args.cache)
        with gzip.GzipFile(cl_path, "wb", mtime=0) as fh:  # mtime=0: byte-identical rebuilds
            fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    gz_lines = build_gazetteer(args.shared)
    with gzip.GzipFile(args.out / "gazetteer.txt.gz", "wb", mtime=0) as fh:
        fh.write(("\n".join(gz_lines) + "\n").encode("utf-8"))
    tables = ner.load_tables(args.out)
    log(f"{len(tables.clusters)} clustered words, {len(tables.gazetteer)} gazetteer names")

    x_train = featurize(tables, train)
    y_train = [repair_iob([t for _, t in s]) for s in train]
    x_dev = featurize(tables, dev)
    extra_x, extra_y = [], []
    if args.aqmar != "no":
        aq = read_aqmar(args.shared)  # one document per article file would be better; sentences are in file order
        extra_x, extra_y = featurize(tables, aq), [repair_iob([t for _, t in s]) for s in aq]

    grid = [tuple(float(v) for v in pair.split(":")) for pair in args.grid.split(",")]
    variants = {"no": [False], "yes": [True], "compare": [False, True]}[args.aqmar]
    best = None
    for use_aq in variants:
        for c1, c2 in grid:
            cand = args.cache / f"cand_aq{int(use_aq)}_{c1}_{c2}.crfsuite"
            xs, ys = (x_train + extra_x, y_train + extra_y) if use_aq else (x_train, y_train)
            t0 = time.time()
            train_crf(xs, ys, cand, c1, c2, args.max_iter)
            scores = evaluate([[t for _, t in s] for s in dev], tag_all(cand, x_dev))
            f1 = scores["micro"]["f1"]
            size = cand.stat().st_size
            log(f"aqmar={use_aq} c1={c1} c2={c2}: dev micro-F1 {f1:.4f} ({time.time() - t0:.0f}s, {size >> 20} MB)")
            if size > MAX_CRF_BYTES:
                log(f"  skipped: over the {MAX_CRF_BYTES >> 20} MB budget per pass")
                continue
            if best is None or f1 > best[0]:
                best = (f1, use_aq, c1, c2, cand, scores)

    f1, use_aq, c1, c2, cand, scores = best
    print(f"first pass (best of grid): aqmar={use_aq} c1={c1} c2={c2}")
    print(report(scores))
    (args.out / "ner.crfsuite").write_bytes(cand.read_bytes())
    stage1_scores, stage2_scores = scores, None
    ner2 = args.out / "ner2.crfsuite"
    ner2.unlink(missing_ok=True)
    if args.folds > 1:
        xs, ys = (x_train + extra_x, y_train + extra_y) if use_aq else (x_train, y_train)
        toks = [[w for w, _ in s] for s in train] + ([[w for w, _ in s] for s in aq] if use_aq else [])
        # out-of-fold first-pass tags for the training sentences: contiguous folds (articles stay whole)
        oof: list[list[str]] = []
        oof_conf: list[list[str]] | None = [] if args.confidence else None
        bounds = [round(len(xs) * k / args.folds) for k in range(args.folds + 1)]
        for k in range(args.folds):
            lo, hi = bounds[k], bounds[k + 1]
            fold_model = args.cache / f"fold{k}.crfsuite"
            train_crf(xs[:lo] + xs[hi:], ys[:lo] + ys[hi:], fold_model, c1, c2, args.max_iter)
            if oof_conf is None:
                oof += tag_all(fold_model, xs[lo:hi])
            else:
                t, c = confident_tags(fold_model, xs[lo:hi])
                oof += t
                oof_conf += c
            log(f"fold {k + 1}/{args.folds} tagged")
        x2 = tables.stage2_features(toks, xs, oof, oof_conf)
        dev_toks = [[w for w, _ in s] for s in dev]
        if oof_conf is None:
            x2_dev = tables.stage2_features(dev_toks, x_dev, tag_all(cand, x_dev))
        else:
            x2_dev = tables.stage2_features(dev_toks, x_dev, *confident_tags(cand, x_dev))
        cand2 = args.cache / "stage2.crfsuite"
        train_crf(x2, ys, cand2, c1, c2, args.max_iter)
        stage2_scores = evaluate([[t for _, t in s] for s in dev], tag_all(cand2, x2_dev))
        log(f"second pass: dev micro-F1 {stage2_scores['micro']['f1']:.4f} (first pass {f1:.4f})")
        if stage2_scores["micro"]["f1"] > f1:
            ner2.write_bytes(cand2.read_bytes())
            scores = stage2_scores
    sizes = {p.name: p.stat().st_size for p in sorted(args.out.iterdir()) if p.name != "meta.json"}
    meta = {
        "labels": list(ner.LABELS),
        "feature_version": ner._FEATURE_VERSION,
        "seed": SEED,
        "crf": {"algorithm": "lbfgs", "c1": c1, "c2": c2, "max_iterations": args.max_iter,
                "second_pass": ner2.exists(), "folds": args.folds, "confidence": args.confidence},
        "word2vec": W2V, "kmeans_k": list(KS), "max_cluster_words": MAX_CLUSTER_WORDS,
        "train": {"anercorp_sentences": len(train), "aqmar": use_aq},
        "dev": {"definition": "last 10% of sentences of ANERCorp_CamelLab_train.txt", "sentences": len(dev),
                "scores": _rounded(scores),
                "first_pass_scores": _rounded(stage1_scores),
                "second_pass_scores": _rounded(stage2_scores) if stage2_scores else None},
        "sources": {
            "anercorp": "ANERcorp CAMeL Lab train split (Benajiba et al. 2007; Obeid et al. 2020), research use",
            "aqmar": "AQMAR Arabic Wikipedia NER corpus (Mohit et al. 2012), CC BY-SA 3.0" if use_aq else None,
            "clusters": "word2vec + k-means on SaudiNewsNet (CC BY-NC-SA 4.0) and ANERcorp train text",
            "gazetteer": "ANERGazet (Benajiba, research use); entity strings of AQMAR (CC BY-SA 3.0) and the Wojood "
                         "sample (MIT); rasd.analyze.lang_ar.actors; GeoNames cities500 (CC BY 4.0)",
        },
        "artefact_bytes": sizes,
    }
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"shipped: aqmar={use_aq} c1={c1} c2={c2} second_pass={ner2.exists()}")
    print(report(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
