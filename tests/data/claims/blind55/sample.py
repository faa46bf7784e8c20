"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifty-fifth blind claims test set.

Rule (that of blind54/sample.py with a new seed): articles with 500-2,500 characters of "content", grouped by
outlet ("source"); outlets sorted then shuffled with random.Random(20261327); round-robin over the outlets, each
time popping a random article (rng.randrange) from that outlet's pool.  A candidate is skipped (and the
round-robin moves on to the next outlet) when
* its url, or its content (exact or stripped), is in any of the EXCLUDE files below ("text" or "content" field):
  every tests/data/**/*.jsonl file present at 2026-12-07 06:13 UTC (the table frozen at 06:07), frozen with its md5 -- among them
  claims-blind54.jsonl, claims/blind54/sample.jsonl and the events set 58; sets
  created later (this one's blind55/sample.jsonl, claims-blind55.jsonl ...)
  are not part of the rule;
* it is a near-duplicate of an article already picked or of any record of those files: same (non-empty,
  stripped) title, or word-3-gram Jaccard >= 0.3.
The first 20 kept are used as they come.  The draw is written to sample.jsonl (next to this script), which
make_blind.py reads; if an EXCLUDE file has changed since the draw, sample.jsonl is not overwritten (--force).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the claims blind sets 3-11)

SEED = 20261327
N = 20
OUT = HERE / "sample.jsonl"

# the tests/data/**/*.jsonl files present at 2026-12-07 06:13 UTC (the table frozen at 06:07), with their md5 at that time (244 files)
EXCLUDE = blind_tables.excluded("claims", 55)  # frozen at the draw (tests/data/blind_tables.py)


def sample(log=None):
    return blind_sampler.sample(SEED, EXCLUDE, N, log)


def load_frozen():
    """The frozen draw (sample.jsonl), as make_blind.py uses it."""
    return blind_sampler.load_frozen(OUT)


rid = blind_sampler.rid

if __name__ == "__main__":
    blind_sampler.main(SEED, EXCLUDE, N, OUT)
