"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-fourth PLOVER events blind set.

Rule (the sixty-third set's sampler, /work/main/tests/data/events/blind63/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-64: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261364);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 64) (258 files: the table of set 63 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-third set's
        events/blind63/sample.jsonl and events-blind63.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-three events sets' 1,185 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-third sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-64)

SEED = 20261364
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-64: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-64: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 256 files of the set-63
# table plus the sixty-third set's events/blind63/sample.jsonl and events/events-blind63.jsonl, 258 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind64.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 64)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-three events sets' articles
# (url -> reason); see SOURCE-events-blind64.txt. The first four hundred and twelve entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixty-third set's one; same_story(64) holds no entry first used by a
# sixty-fourth set); the four entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(64))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://sabq.org/mcDgde':
        "the Cairo Declaration issued at Prince Mohammed bin Salman's visit to Egypt of Thursday 30 July 2015 "
        "(his meeting with President al-Sisi, the package of executive mechanisms: military cooperation and "
        "the joint Arab force, energy and transport, economic integration, investments, political and media "
        "cooperation, the maritime border; his thanks), the whole article (the declaration's text) = the "
        "seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا "
        "أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose lead reports the same declaration, "
        "several sentences word for word: two reports of one event, as the thirtieth set's alyaum 4081047 "
        "entry (tf-idf cosine 0.55, 3-gram Jaccard 0.166, under the automatic 0.3)",
    'http://www.al-madina.com/node/623049/تركيا-تبدأ-«قريبًا»-بمحاربة-«داعش»-في-سوريا.html':
        "the Turkish foreign minister Mevlut Cavusoglu's announcement on Wednesday 5 August 2015, at his "
        "meeting with John Kerry in Kuala Lumpur on the margin of the ASEAN meetings, that Turkey would "
        "'soon' begin fighting ISIS in northern Syria, the main story of the article (title, s0-s9; "
        "al-Muallem's statement in Tehran and the fighting at Jurin further items) = the fifteenth set's "
        "snn-425d8ba58e7c (3alyoum, 2015-08-06, تركيا تستعد لهجوم “واسع النطاق” ضد تنظيم داعش في سوريا), "
        "whose whole story is the same announcement at the same meeting: two reports of one statement, as the "
        "fifty-seventh set's alyaum 4082137 and the fifty-ninth set's alriyadh 1070901 entries (tf-idf cosine "
        "0.24, 3-gram Jaccard 0.026, under the automatic 0.3)",
    'http://aawsat.com/home/article/421171/كيري-يستبق-اللقاء-الثلاثي-في-الدوحة-باجتماع-مع-نظرائه-الخليجيين':
        "the Doha ministerial meetings of 3 August 2015: Kerry's meeting with the GCC foreign ministers "
        "'today' and the Saudi-US-Russian trilateral with Lavrov and al-Jubeir (the agenda: terrorism, Syria, "
        "Yemen, Iran after the nuclear agreement; Bogdanov's announcement of al-Jubeir's visit to Moscow and "
        "the Russian proposals further items), the main story of the article (title, s0, s2-s9, s14; a "
        "preview) = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), whose "
        "whole story is the same meeting in Doha 'today': two previews of one event, as the fifth to "
        "fifty-second sets' entries for the same Doha meetings (al-jazirah 20150803/du10, alwatan 230832, "
        "alriyadh 1069857, okaz 787193 and the others) (tf-idf cosine 0.19, 3-gram Jaccard 0.008, under the "
        "automatic 0.3)",
    'http://aawsat.com/home/article/419806/بعد-انتظار-دام-68-عامًا-الهند-وبنغلاديش-تتبادلان-جيوبهما-الحدودية':
        "the entry into force at midnight of Friday 31 July 2015 of the India-Bangladesh land boundary "
        "agreement and the exchange of the 162 border enclaves (the residents' choice of nationality, the "
        "flag-raising ceremonies, the Modi-Hasina signing of June and the Bangladeshi parliament's approval "
        "recalled), the whole article = the twenty-fourth set's snn-4e3eecfd95ce (aljazirah, 2015-08-02, "
        "الهند وبنغلادش تتبادلان أراضي يقيم فيها أشخاص بلا جنسية), the report of the same exchange with "
        "several sentences word for word (Parul Khatun's words, the late president Kalam, the 1974 approval): "
        "two reports of one event (tf-idf cosine 0.43, 3-gram Jaccard 0.159, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
