"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fourth PLOVER events blind set.

Rule (same as the third set's sampler, /work/main/tests/data/events/blind3/sample.py, except the seed
and the exclusion list):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261215);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at the draw (2026-12-06; 27 files, listed in EXCL_FILES
        with their md5 at the draw: claims, places, genre, saudinewsnet-sample, events incl.
        events-blind3.jsonl, events/blind3/sample.jsonl, claims-blind3.jsonl, claims/blind3/sample.jsonl,
        and claims-blind4.jsonl and claims/blind4/sample.jsonl, which appeared during the first draw's
        annotation and were added, the sample re-drawn, as the first events set did)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first, second or third events set's 60 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-6)

SEED = 20261215
# The exclusion files as they stood when the sample was drawn (2026-12-06): every tests/data/**/*.jsonl
# then present (this set's own files did not exist yet). Named explicitly so that a file added later
# does not shift a re-drawn sample; the md5s at the draw are checked (a mismatch is reported) and
# listed in SOURCE-events-blind4.txt. sample.jsonl is the fixed draw.
EXCL_FILES = {
    "claims/blind3/sample.jsonl": "ebe689e3e5d076cb2cff22f5b3f8c31c",
    "claims/blind4/sample.jsonl": "7c7b2d4fc2549708d9f316656108d654",
    "claims/claims-blind.jsonl": "23b057db38c47349829232bb3505cfd9",
    "claims/claims-blind2.jsonl": "12f31a2b2e30522a40e4ec56a9dc3744",
    "claims/claims-blind3.jsonl": "fc4477203bdb410561db43ef37d971ab",
    "claims/claims-blind4.jsonl": "752756d97bf194bfd98bfd2481705376",
    "claims/claims-gold.jsonl": "6311c9da15f9a3db1e58f18e15265903",
    "claims/referents-held.jsonl": "561e23c626949db63d7d78486001e0a0",
    "claims/referents-tune.jsonl": "26363642da414286059f94d5eb856dc0",
    "events/blind/sample.jsonl": "026caf4e81697eb0196bd7d00b07ac04",
    "events/blind2/sample.jsonl": "971c2ae315041a098eff3c23623e9759",
    "events/blind3/sample.jsonl": "aa6a830b6b2ef14b8b2dac29d1f265ed",
    "events/events-blind.jsonl": "31abd914ffbfd20527db3d892924f0be",
    "events/events-blind2.jsonl": "e1ff1a15c453e26489689934a78b8565",
    "events/events-blind3.jsonl": "642b01011fe46275a28df9ccda003044",
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

# Articles judged, by reading, to be the same story as one of the first, second or third events set's
# articles (url -> reason); see SOURCE-events-blind4.txt.
SAME_STORY = {
    "http://www.alweeam.com.sa/351839/الأسد-يتعهد-بمحاسبة-قريبه-الذي-قتل-عقي/":
        "Suleiman al-Assad's killing of Col. Hassan al-Sheikh in Latakia and the protest demanding his"
        " punishment = the second set's snn-fa07f26fd57b (alwatan, 2015-08-10, اعتصام في اللاذقية)",
    "http://www.al-jazirah.com/2015/20150801/ln6.htm":
        "Al-Ahsa health team (al-Mumtan) visiting the injured of the bus accident near Khurais = the second"
        " set's snn-86f0161cb0d1 (okaz, 2015-08-01, إيواء 13 أسرة عمانية من مصابي «هجرة خريص»)",
}


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
