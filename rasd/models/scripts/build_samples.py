"""Build the bundled sample that `make run` ingests: the seed article + real SaudiNewsNet articles.

Run: ``python -m rasd.models.scripts.build_samples`` (reads ../shared; seeded, reproducible).
SaudiNewsNet (github.com/parallelfold/SaudiNewsNet) is CC BY-NC-SA 4.0: see rasd/data/samples/SOURCE.txt.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
OUT = REPO / "rasd" / "data" / "samples"
SEED = 20171011
#: Articles per outlet (14 outlets; small ones give what they have): ~300 in all, a few MB at most.
PER_OUTLET = 22
#: Stories about the seed's subject, so that searching the sample for them finds something.
TOPIC_WORDS = ("دير الزور", "داعش", "العراق")
TOPIC_EXTRA = 20


def load_saudinewsnet(shared: Path = SHARED) -> list[dict]:
    """All SaudiNewsNet records, in file order."""
    records = []
    for zpath in sorted((shared / "data" / "news" / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in sorted(z.namelist()):
                if name.endswith(".json"):
                    records.extend(json.loads(z.read(name).decode("utf-8")))
    return records


def main() -> int:
    if not SHARED.exists():
        print(f"needs {SHARED} (the shared data folder)", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    records = load_saudinewsnet()
    by_outlet: dict[str, list[dict]] = {}
    for r in records:
        if r.get("content", "").strip():
            by_outlet.setdefault(r["source"], []).append(r)
    chosen = []
    for outlet in sorted(by_outlet):
        pool = by_outlet[outlet]
        chosen.extend(rng.sample(pool, min(PER_OUTLET, len(pool))))
    ids = {id(r) for r in chosen}
    topical = [r for r in records if id(r) not in ids and any(w in r.get("content", "") for w in TOPIC_WORDS)]
    chosen.extend(rng.sample(topical, min(TOPIC_EXTRA, len(topical))))
    chosen.sort(key=lambda r: (r["date_extracted"], r["source"], r["url"]))
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "saudinewsnet-sample.jsonl", "w", encoding="utf-8") as f:
        for r in chosen:
            f.write(json.dumps({k: r.get(k) for k in ("source", "url", "date_extracted", "title", "author", "content")},
                               ensure_ascii=False) + "\n")
    shutil.copy(SHARED / "examples" / "seed-article.txt", OUT / "seed-article.txt")
    print(f"wrote {len(chosen)} SaudiNewsNet articles + the seed article to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
