"""Seeded draw of the report-judgement sentences: SaudiNewsNet sentences the ASSAULT or PROTEST report filter would
judge, mixed with a sample of the OEDA tune half, for three independent annotators each (the OEDA panels' task).

Why: the report filter (rasd/models/scripts/train_event_filter.py) learns from 81 / 26 "yes" sentences of the OEDA
tune half and scores 0.58 / 0.49 on the held half against a cross-validated 0.68 / 0.54 on the tune half; more
sentences judged as the OEDA panels judged theirs may teach it more than one more hand rule. The OEDA sentences mixed
in (their labels hidden from the annotators) measure how far our annotators' panel agrees with the OEDA panels, and
so whether their labels can be trained on.

Rule (drawn 2026-12-07 by the session of that day; run from the repository root with ``../shared`` present):
  - SaudiNewsNet: all records of the zips, deduplicated by url and by white-space-normalised content, with 200..6,000
    code points of content; an article whose url or content is in any ``tests/data/**/*.jsonl`` or
    ``rasd/data/samples/*.jsonl`` of the repository at the draw (249 files, frozen with their md5 in
    ``excluded.txt``) is skipped (the annotated sets stay unseen by the filter); sorted by url and shuffled with
    ``random.Random(SEED)``;
  - walking them, a sentence of :func:`rasd.analyze.components.events.event_sentences` (no entities) is a candidate of
    a category when, taken alone as a text, it has a trigger of that category not negated, hypothetical or
    historical against the article date (exactly the sentences the filter is trained on and judges), it has 6..80
    words, and its text was not taken already; at most one sentence per article and category (the first); the walk
    stops when both quotas (:data:`QUOTAS`) are full; a second batch continues the walk from the article where the
    first stopped (its PROTEST quota of 700 was not met: the walk ran out of articles at 540);
  - OEDA: :data:`CALIBRATION` rows of each category's tune half (the split of tests/analyze/test_events.py), not
    "ambiguous", with such a trigger (OEDA date 2007-01-01), drawn with ``random.Random(SEED + ":" + category)``
    (batch 2: ``+ ":2"``, from the rows batch 1 did not take) from the rows in file order; the held half is not read;
  - per category, news and OEDA sentences are shuffled together with ``random.Random(SEED + ":mix:" + category)``
    (batch 2: ``+ ":2"``) and numbered ``A0001``... / ``P0001``... (batch 2 from ``A1001`` / ``P1001``).

Writes into ``batch1/`` and ``batch2/`` of the directory given (default: this one) ``key-ASSAULT.jsonl`` /
``key-PROTEST.jsonl`` (per item: id, source ``snn`` with url, date, outlet and the sentence's offsets in the article,
or ``oeda`` with the OEDA id) and ``items-ASSAULT.txt`` / ``items-PROTEST.txt`` (what the annotators saw:
``id<TAB>sentence`` with white space normalised, one per line; not committed, as the key holds the same text).
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import random
import re
import sys
import zipfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, ROOT)
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
SEED = "rasd-reports-20261207"
#: Per batch: news sentences per category, and OEDA tune rows mixed in. The second batch continues the walk of the
#: first from the article where it stopped, and its OEDA rows are drawn from those the first did not take.
QUOTAS = {1: {"ASSAULT": 700, "PROTEST": 400}, 2: {"ASSAULT": 1000, "PROTEST": 700}}
CALIBRATION = {1: {"ASSAULT": 150, "PROTEST": 150}, 2: {"ASSAULT": 75, "PROTEST": 75}}
LENGTH = (200, 6000)
WORDS = (6, 80)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def excluded() -> tuple[set[str], set[str]]:
    """Urls and texts of the files of ``excluded.txt`` (md5 and path of every ``tests/data/**/*.jsonl`` and
    ``rasd/data/samples/*.jsonl`` at the draw, commit dc21f07); a file changed since is reported."""
    urls, texts = set(), set()
    for line in open(os.path.join(HERE, "excluded.txt"), encoding="utf-8"):
        md5, rel = line.split()
        f = os.path.join(ROOT, *rel.split("/"))
        if hashlib.md5(open(f, "rb").read()).hexdigest() != md5:
            print("EXCL", rel, "CHANGED SINCE THE DRAW (was %s)" % md5)
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            if isinstance(r.get("url"), str):
                urls.add(r["url"])
            for k in ("text", "content"):
                if isinstance(r.get(k), str) and len(r[k]) >= 200:
                    texts.add(norm(r[k]))
    return urls, texts


def plain(text: str, cat: str, date: str) -> bool:
    from rasd.analyze.components.events import event_sentences, sentence_flags

    for ctx, triggers in event_sentences(text):
        flags = sentence_flags(ctx, triggers, date)
        if any(c == cat and not any(f) for (_, c, _), f in zip(triggers, flags)):
            return True
    return False


def part(sentence_id: str) -> str:
    """The OEDA tune/held split, as the filter's trainer and the test draw it."""
    from rasd.models.scripts.train_event_filter import part as split

    return split(sentence_id)


def articles() -> list[dict]:

    ex_urls, ex_texts = excluded()
    recs, seen_url, seen_text = [], set(), set()
    for zf in sorted(glob.glob(os.path.join(SHARED, "news", "saudinewsnet", "dataset", "*.zip"))):
        z = zipfile.ZipFile(zf)
        for name in sorted(z.namelist()):
            for r in json.loads(z.read(name)):
                c = r.get("content") or ""
                if not (LENGTH[0] <= len(c) <= LENGTH[1]) or r["url"] in seen_url or norm(c) in seen_text:
                    continue
                seen_url.add(r["url"])
                seen_text.add(norm(c))
                if r["url"] in ex_urls or norm(c) in ex_texts:
                    continue
                recs.append(r)
    recs.sort(key=lambda r: r["url"])
    random.Random(SEED).shuffle(recs)
    return recs


def news(recs: list[dict], quotas: dict[str, int], start: int, taken: set[str]) -> tuple[dict[str, list[dict]], int]:
    """The candidates of one batch, walking ``recs`` from ``start``; returns them and where the walk stopped."""
    from rasd.analyze.components.events import event_sentences

    out: dict[str, list[dict]] = {cat: [] for cat in quotas}
    stop = len(recs)
    for n in range(start, len(recs)):
        r = recs[n]
        if all(len(out[c]) >= q for c, q in quotas.items()):
            stop = n
            break
        text, date = r["content"], r["date_extracted"][:10]
        done: set[str] = set()
        for ctx, triggers in event_sentences(text):
            sent = text[ctx.start:ctx.end]
            key = norm(sent)
            if key in taken or not (WORDS[0] <= len(sent.split()) <= WORDS[1]):
                continue
            for cat in quotas:
                if cat in done or len(out[cat]) >= quotas[cat] or not any(c == cat for _, c, _ in triggers):
                    continue
                if plain(sent, cat, date):
                    out[cat].append({"source": "snn", "url": r["url"], "outlet": r["source"], "date": date,
                                     "start": ctx.start, "end": ctx.end, "text": sent})
                    done.add(cat)
                    taken.add(key)
                    break
    return out, stop


def calibration(cat: str) -> list[dict]:
    """The tune rows of ``cat`` with a plain trigger, in file order."""
    import csv

    rows = []
    with open(os.path.join(SHARED, "events", "arabic_event_gsr_dev", f"{cat.lower()}_gsr.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if part(row["id"]) == "tune" and row["label"] != "ambiguous" and plain(row["text"], cat, "2007-01-01"):
                rows.append({"source": "oeda", "oeda_id": row["id"], "text": row["text"]})
    return rows


def main(out_dir: str = HERE) -> None:
    recs, start, taken = articles(), 0, set()
    oeda = {cat: calibration(cat) for cat in QUOTAS[1]}
    used: set[str] = set()
    for batch in sorted(QUOTAS):
        drawn, start = news(recs, QUOTAS[batch], start, taken)
        here = os.path.join(out_dir, f"batch{batch}")
        os.makedirs(here, exist_ok=True)
        for cat, items in drawn.items():
            rest = [row for row in oeda[cat] if row["oeda_id"] not in used]
            seed = f"{SEED}:{cat}" if batch == 1 else f"{SEED}:{cat}:{batch}"
            cal = random.Random(seed).sample(rest, CALIBRATION[batch][cat])
            used.update(row["oeda_id"] for row in cal)
            items = items + cal
            mix = f"{SEED}:mix:{cat}" if batch == 1 else f"{SEED}:mix:{cat}:{batch}"
            random.Random(mix).shuffle(items)
            write(here, cat, items, first=1 if batch == 1 else 1000 * (batch - 1) + 1)


def write(here: str, cat: str, items: list[dict], first: int) -> None:
    """``key-CAT.jsonl`` and ``items-CAT.txt`` of one batch, the items numbered from ``first``."""
    with open(os.path.join(here, f"key-{cat}.jsonl"), "w", encoding="utf-8") as key, \
            open(os.path.join(here, f"items-{cat}.txt"), "w", encoding="utf-8") as view:
        for k, item in enumerate(items, first):
            item = {"id": f"{cat[0]}{k:04d}", **item}
            key.write(json.dumps(item, ensure_ascii=False) + "\n")
            view.write(f"{item['id']}\t{norm(item['text'])}\n")
    print(here, cat, len(items), "items:", sum(i["source"] == "snn" for i in items), "news,",
          sum(i["source"] == "oeda" for i in items), "OEDA tune")


if __name__ == "__main__":
    main(*sys.argv[1:])
