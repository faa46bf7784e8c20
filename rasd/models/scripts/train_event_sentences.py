"""Train the sentence model of the events component: ``rasd/models/events/sentences.json``.

Run from the repository root (scikit-learn is needed: ``pip install -e '.[train]'``)::

    python -m rasd.models.scripts.train_event_sentences

The trigger rules miss events the annotators of the news event sets code (an accusation told without اتهم, an
agreement without اتفاق, talks told by their outcome). The sentence model adds them: per PLOVER type, one
L1-regularized logistic regression (sparse: a few thousand weights) over the features of :func:`rasd.analyze.components.events.sentence_features`
(the sentence's word stems and the types the rules found in it), trained on every sentence of the annotated
articles of ``tests/data/events/events-blind*.jsonl`` (the target: whether an annotated event of that type lies
in the sentence). At run time a type the rules did not find in a sentence is added when its probability reaches
the threshold (:func:`rasd.analyze.components.events._learned_events`).

* The regularization strength and the threshold are chosen by cross-validation in which each fold holds out
  whole sets (:data:`FOLDS` folds of the sets, seeded): an article is never scored by a model that saw its set,
  and a story is never split between training and test (each set's draw skips the earlier sets' stories).
  The score is F1 over (type, sentence) units as :func:`rasd.analyze.evaluate.score_article_events` counts it
  (a unit found when a predicted event of its type lies in its sentence; each predicted event right or wrong).
  The chosen setting is then scored end to end with that function on the held-out folds and printed with the
  rules alone: that is the model's honest figure.
* The files trained on are listed with their md5 in the model (``trained_on``): scores of those files count the
  rules alone (:func:`rasd.analyze.evaluate.score_article_events`), since the model has seen their answers.
* Features seen in fewer than :data:`MIN_DF` training sentences are dropped; weights are rounded and the smallest
  dropped (:data:`MIN_WEIGHT`). Everything is seeded and single-threaded; the output is identical on every run.

It reads the report filter (``filter.json``) through the rules, so it runs after ``train_event_filter``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[3]
SETS_DIR = ROOT / "tests" / "data" / "events"
OUT = ROOT / "rasd" / "models" / "events" / "sentences.json"
SEED = 20261206
FOLDS = 5
#: Inverse L1 strengths tried (scikit-learn's ``C``).
CS = (0.3, 1.0, 3.0, 10.0)
#: Probability thresholds tried.
THRESHOLDS = tuple(round(0.1 + 0.05 * k, 2) for k in range(13))
#: A feature must occur in this many training sentences to get a weight.
MIN_DF = 2
#: Weights smaller than this (in absolute value) are dropped from the shipped model.
MIN_WEIGHT = 0.01
#: A type needs this many training sentences to get a model.
MIN_POSITIVES = 10


def set_files() -> list[Path]:
    """The annotated news event sets, in set order (events-blind.jsonl is the first)."""
    def number(p: Path) -> int:
        m = re.fullmatch(r"events-blind(\d*)\.jsonl", p.name)
        return int(m.group(1) or 1)
    return sorted((p for p in SETS_DIR.glob("events-blind*.jsonl")
                   if re.fullmatch(r"events-blind\d*\.jsonl", p.name)), key=number)


def load(paths: list[Path]) -> list[dict]:
    """Every article of ``paths`` with its layers and rule events (``set``, ``rec``, ``layers``, ``rules``)."""
    from rasd.analyze.components import events as E
    from rasd.analyze.evaluate import read_article_event_gold
    from rasd.analyze.pipeline import Pipeline
    from rasd.article import Article

    layers = Pipeline(only=["entities", "places"])
    out = []
    for n, path in enumerate(paths):
        for rec in read_article_event_gold(path):
            art = layers(Article(text=rec["text"], published=rec.get("date")))
            rules = E.find_events(rec["text"], art.entities, art.places, rec.get("date"), learned=False)
            out.append({"set": n, "rec": rec, "layers": (art.entities, art.places), "rules": rules})
    return out


def sentence_rows(articles: list[dict]) -> list[dict]:
    """One row per sentence: its set, features, gold types and the rules' event count per type."""
    from rasd.analyze.components import events as E
    from rasd.analyze.components.claims import document

    rows = []
    for art in articles:
        text = art["rec"]["text"]
        doc = document(text)
        for i, rng in enumerate(doc.ranges):
            a, b = doc.sents[i]
            words = doc.words.words[rng.start:rng.stop]
            if not words:
                continue
            gold = {g["event"] for g in art["rec"]["events"] if g["sentence"]["start"] < b and a < g["sentence"]["end"]}
            rules: dict[str, int] = {}
            for e in art["rules"]:
                if e["sentence"]["start"] == a:
                    rules[e["event"]] = rules.get(e["event"], 0) + 1
            rows.append({"set": art["set"], "feats": E.sentence_features(words, rules), "gold": gold,
                         "rules": rules})
    return rows


def fit(rows: list[dict], types: list[str], c: float) -> dict:
    """Per type: ``bias`` and ``weights`` (feature -> weight) of a logistic regression on ``rows``."""
    import inspect

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    # an L1 penalty: scikit-learn 1.8 deprecated ``penalty`` for ``l1_ratio``, which earlier versions ignore
    deprecated = inspect.signature(LogisticRegression).parameters["penalty"].default == "deprecated"
    L1 = {"l1_ratio": 1.0} if deprecated else {"penalty": "l1"}

    df: dict[str, int] = {}
    for r in rows:
        for f in r["feats"]:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: k for k, f in enumerate(vocab)}
    ind, ptr = [], [0]
    for r in rows:
        ind.extend(sorted(index[f] for f in r["feats"] if f in index))
        ptr.append(len(ind))
    x = csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(vocab)))
    model = {}
    for t in types:
        y = np.array([t in r["gold"] for r in rows])
        m = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=5000, **L1).fit(x, y)
        model[t] = {"bias": round(float(m.intercept_[0]), 4),
                    "weights": {f: round(float(w), 4) for f, w in zip(vocab, m.coef_[0]) if abs(w) >= MIN_WEIGHT}}
    return model


def probabilities(model: dict, feats: set[str]) -> dict[str, float]:
    import math
    out = {}
    for t, m in model.items():
        z = m["bias"] + sum(m["weights"].get(f, 0.0) for f in feats)
        out[t] = 1.0 / (1.0 + math.exp(-z))
    return out


def unit_f1(rows: list[dict], probs: list[dict[str, float]], threshold: float | None) -> tuple[float, float, float]:
    """(F1, P, R) over (type, sentence) units of the rules plus the types added at ``threshold`` (None: none)."""
    gold = found = pred = right = 0
    for r, p in zip(rows, probs):
        out = dict(r["rules"])
        if threshold is not None:
            for t, v in p.items():
                if t not in out and v >= threshold:
                    out[t] = 1
        gold += len(r["gold"])
        found += len(r["gold"] & set(out))
        pred += sum(out.values())
        right += sum(n for t, n in out.items() if t in r["gold"])
    prec, rec = (right / pred if pred else 0.0), (found / gold if gold else 0.0)
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def folds_of(n_sets: int) -> list[list[int]]:
    order = list(range(n_sets))
    random.Random(SEED).shuffle(order)
    return [sorted(order[k::FOLDS]) for k in range(FOLDS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    paths = set_files()
    if not paths:
        print(f"no annotated event sets under {SETS_DIR}", file=sys.stderr)
        return 1
    from rasd.analyze.components import events as E
    from rasd.analyze.evaluate import score_article_events

    articles = load(paths)
    rows = sentence_rows(articles)
    counts: dict[str, int] = {}
    for r in rows:
        for t in r["gold"]:
            counts[t] = counts.get(t, 0) + 1
    types = sorted(t for t, n in counts.items() if n >= MIN_POSITIVES)
    folds = folds_of(len(paths))
    print(f"{len(paths)} sets, {len(articles)} articles, {len(rows)} sentences; types {', '.join(types)}")

    # out-of-fold probabilities for each strength, each fold's model trained on the other folds' sets
    oof: dict[float, list[dict[str, float]]] = {}
    fold_models: dict[float, list[dict]] = {}
    for c in CS:
        probs: list[dict[str, float] | None] = [None] * len(rows)
        fold_models[c] = []
        for held in folds:
            train = [r for r in rows if r["set"] not in held]
            model = fit(train, types, c)
            fold_models[c].append(model)
            for k, r in enumerate(rows):
                if r["set"] in held:
                    probs[k] = probabilities(model, r["feats"])
        oof[c] = probs  # type: ignore[assignment]
    base = unit_f1(rows, oof[CS[0]], None)
    print(f"rules alone: F1 {base[0]:.4f} (P {base[1]:.4f}, R {base[2]:.4f})")
    best = None
    for c in CS:
        for thr in THRESHOLDS:
            f1, p, r = unit_f1(rows, oof[c], thr)
            print(f"C {c} threshold {thr:.2f}: F1 {f1:.4f} (P {p:.4f}, R {r:.4f})")
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, thr)
    assert best is not None
    _, c, thr = best

    # the chosen setting end to end, on the held-out folds, with the scorer of the tests
    def shipped(model: dict) -> dict:
        by_feature: dict[str, list[tuple[str, float]]] = {}
        for t, m in model.items():
            for f, w in m["weights"].items():
                by_feature.setdefault(f, []).append((t, w))
        return {"threshold": thr, "bias": {t: m["bias"] for t, m in model.items()}, "features": by_feature}

    loader = E._sentence_model
    records, fold_of = [], {}
    for k, held in enumerate(folds):
        for art in articles:
            if art["set"] in held:
                fold_of[id(art["rec"])] = k
                records.append(art)
    live: dict[str, dict] = {}
    try:
        E._sentence_model = lambda: live.get("model")  # type: ignore[assignment]

        def events_of(rec: dict) -> list[dict]:
            art = by_rec[id(rec)]
            live["model"] = shipped(fold_models[c][fold_of[id(rec)]])
            return E.find_events(rec["text"], *art["layers"], rec.get("date"))

        by_rec = {id(a["rec"]): a for a in articles}
        with_model = score_article_events([a["rec"] for a in records], events_of)[0]
        rules_alone = score_article_events([a["rec"] for a in records],
                                           lambda rec: by_rec[id(rec)]["rules"])[0]
    finally:
        E._sentence_model = loader
    print(f"chosen: C {c}, threshold {thr}; cross-validated over the sets, end to end: F1 {with_model.f1:.4f} "
          f"(P {with_model.precision:.4f}, R {with_model.recall:.4f}) against the rules alone {rules_alone.f1:.4f} "
          f"(P {rules_alone.precision:.4f}, R {rules_alone.recall:.4f})")

    model = fit(rows, types, c)
    out = {
        "source": "the annotated news event sets of tests/data/events (SaudiNewsNet texts, CC BY-NC-SA 4.0); "
                  "rasd/models/scripts/train_event_sentences.py",
        "C": c,
        "threshold": thr,
        "cross_validated": {"f1": round(with_model.f1, 4), "precision": round(with_model.precision, 4),
                            "recall": round(with_model.recall, 4), "rules_f1": round(rules_alone.f1, 4),
                            "folds": FOLDS, "seed": SEED},
        "trained_on": {p.relative_to(ROOT).as_posix(): hashlib.md5(p.read_bytes()).hexdigest() for p in paths},
        "types": model,
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    E._sentence_model.cache_clear()
    n = sum(len(m["weights"]) for m in out["types"].values())
    print(f"wrote {OUT.relative_to(ROOT)}: {len(types)} types, {n} weights, {OUT.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
