"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the eleventh blind claims test set.

Rule (that of blind10/sample.py with a new seed): articles with 500-2,500 characters of "content", grouped by
outlet ("source"); outlets sorted then shuffled with random.Random(20261228); round-robin over the outlets, each
time popping a random article (rng.randrange) from that outlet's pool.  A candidate is skipped (and the
round-robin moves on to the next outlet) when
* its url, or its content (exact or stripped), is in any of the EXCLUDE files below ("text" or "content" field):
  every tests/data/**/*.jsonl file present at 2026-12-06 11:20 UTC, frozen with its md5 -- among them
  claims-blind10.jsonl, claims/blind10/sample.jsonl, events-blind10.jsonl and events/blind10/sample.jsonl; sets
  created later (this one's blind11/sample.jsonl, claims-blind11.jsonl, the concurrent events/blind11/ set ...)
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
import blind_sampler  # noqa: E402  (the sampler shared by the claims blind sets 3-11)

SEED = 20261228
N = 20
OUT = HERE / "sample.jsonl"

# the tests/data/**/*.jsonl files present at 2026-12-06 11:20 UTC, with their md5 at that time (53 files)
EXCLUDE = {
    "claims/blind10/sample.jsonl": "be37f11b5860d26713e0d7fe50869848",
    "claims/blind3/sample.jsonl": "ebe689e3e5d076cb2cff22f5b3f8c31c",
    "claims/blind4/sample.jsonl": "7c7b2d4fc2549708d9f316656108d654",
    "claims/blind5/sample.jsonl": "f8e8d337fe5b0e15356eeec668f11175",
    "claims/blind6/sample.jsonl": "68d187da437dc14698177fb9d1e1377d",
    "claims/blind7/sample.jsonl": "6e71d659ff27615a07dd873ad982b918",
    "claims/blind8/sample.jsonl": "626e2a4ec482436ae3f3a18f903dd49f",
    "claims/blind9/sample.jsonl": "fa528ca1f9c017b9ffb47856e6f728ca",
    "claims/claims-blind.jsonl": "23b057db38c47349829232bb3505cfd9",
    "claims/claims-blind10.jsonl": "21b5fc06ffb90be6215ef90a635ad563",
    "claims/claims-blind2.jsonl": "12f31a2b2e30522a40e4ec56a9dc3744",
    "claims/claims-blind3.jsonl": "fc4477203bdb410561db43ef37d971ab",
    "claims/claims-blind4.jsonl": "752756d97bf194bfd98bfd2481705376",
    "claims/claims-blind5.jsonl": "2e90514776f500340f6ef6391561a96a",
    "claims/claims-blind6.jsonl": "28080ac215c69e82da32dcae170707db",
    "claims/claims-blind7.jsonl": "710f1ad2b84f5bd49fe99413a82ab55d",
    "claims/claims-blind8.jsonl": "38e944bede79c92b5c7549b6fa515fa9",
    "claims/claims-blind9.jsonl": "46f63d02324d1fcc271716b6efff7a3f",
    "claims/claims-gold.jsonl": "6311c9da15f9a3db1e58f18e15265903",
    "claims/referents-held.jsonl": "561e23c626949db63d7d78486001e0a0",
    "claims/referents-tune.jsonl": "26363642da414286059f94d5eb856dc0",
    "events/blind/sample.jsonl": "026caf4e81697eb0196bd7d00b07ac04",
    "events/blind10/sample.jsonl": "f9e92188a9f2521a6f6f3c1aedaf593a",
    "events/blind2/sample.jsonl": "971c2ae315041a098eff3c23623e9759",
    "events/blind3/sample.jsonl": "aa6a830b6b2ef14b8b2dac29d1f265ed",
    "events/blind4/sample.jsonl": "d8251a5e27ed78a7c351ba5f026bcabe",
    "events/blind5/sample.jsonl": "30c43f2b0a31caf5aab13ac9562ef29f",
    "events/blind6/sample.jsonl": "acc3f49b3564059fe165e8dafd85a48a",
    "events/blind7/sample.jsonl": "d958ee16e93a6bdc96e6117c5c53abc0",
    "events/blind8/sample.jsonl": "6a5a815595b1fb354494e11b09627977",
    "events/blind9/sample.jsonl": "8c37311ba5733cef4599936e9638495b",
    "events/events-blind.jsonl": "31abd914ffbfd20527db3d892924f0be",
    "events/events-blind10.jsonl": "d947e9d7264307613176af8c410694c1",
    "events/events-blind2.jsonl": "e1ff1a15c453e26489689934a78b8565",
    "events/events-blind3.jsonl": "642b01011fe46275a28df9ccda003044",
    "events/events-blind4.jsonl": "41526227232939fbfc808ed0b71a8fc0",
    "events/events-blind5.jsonl": "1582915d96a582f45dfdf11a34cd84fe",
    "events/events-blind6.jsonl": "d3e74244db863c6fe06141d328f50de8",
    "events/events-blind7.jsonl": "f75442c3d38e81fb99e4a087c7bce2e7",
    "events/events-blind8.jsonl": "d40a9461431c6b9ba1437a16c2e074ee",
    "events/events-blind9.jsonl": "b16e486a4b16cd342abf5e3538e2cd59",
    "genre/heldout.jsonl": "237580a2bc5cb9e1e9f6f51ccb60f7a0",
    "places/blind.jsonl": "af79adb970094ff494fdfbedaa3fc6aa",
    "places/blind2.jsonl": "581f9c3822b69bc814f4c1aee0e45b0b",
    "places/blind3.jsonl": "6672d7c8d12fbae8e31368c43950224b",
    "places/blind4.jsonl": "7085cbae9d40f01e2bcdaa62a147320f",
    "places/blind5.jsonl": "5879631522f3690ebc38f5f9eb3598ae",
    "places/blind6.jsonl": "33518f67ae7236882a355006cf543c2e",
    "places/blind7.jsonl": "4292dfd31fcd30db53175b55fbf6c1a1",
    "places/blind8.jsonl": "0e5ed7fda257dacbc7ba4b48f41016f9",
    "places/blind9.jsonl": "b2293d7493a3f97991869de6a251ed21",
    "places/dev.jsonl": "955e69041a945d5fffcef3a97744041f",
    "saudinewsnet-sample.jsonl": "838d15b56722a548e955f8e1b92fb662",
}


def sample(log=None):
    return blind_sampler.sample(SEED, EXCLUDE, N, log)


def load_frozen():
    """The frozen draw (sample.jsonl), as make_blind.py uses it."""
    return blind_sampler.load_frozen(OUT)


rid = blind_sampler.rid

if __name__ == "__main__":
    blind_sampler.main(SEED, EXCLUDE, N, OUT)
