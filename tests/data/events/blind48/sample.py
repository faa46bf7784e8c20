"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-eighth PLOVER events blind set.

Rule (same as the forty-seventh set's sampler, /work/main/tests/data/events/blind47/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261303);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 00:20 UTC (205 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind46.jsonl, claims/blind46/ and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first forty-seven sets
        incl. events-blind47.jsonl and events/blind47/sample.jsonl; files created later are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-seven events sets' 940 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-48)

SEED = 20261303
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 00:20 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind48.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 48)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-seven events sets' articles
# (url -> reason); see SOURCE-events-blind48.txt. The first two hundred and sixty-six entries are the earlier
# sets' (tests/data/blind_tables.py, including the forty-seventh set's twenty-six; same_story(48) holds no entry
# first used by a forty-eighth set); the ten entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(48))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.spa.gov.sa/details.php?id=1387153":
        "the Saudi foreign minister Adel al-Jubeir's meeting with the Russian foreign minister Sergei Lavrov in "
        "Moscow on Tuesday 11 August 2015 (the bilateral relations, Prince Mohammed bin Salman's earlier visit, Syria "
        "and Geneva 1, Yemen and resolution 2216, al-Jubeir's statement after the meeting), the whole article = the "
        "fourth set's snn-eb16dededc95 (alyaum, 2015-08-11, الجبير: لا مكان لبشار الأسد في مستقبل سوريا), whose whole "
        "story is the same talks in Moscow the same day with al-Jubeir's words on al-Assad: two reports of one event "
        "(tf-idf cosine 0.22, 3-gram Jaccard 0.009, under the automatic 0.3)",
    "http://www.al-madina.com/node/623241/مقتل-3-فلسطينيين-بانفجار-داخل-منزل-في-جنوب-قطاع-غزة.html":
        "the explosion inside a house in the Shaboura camp in Rafah in the southern Gaza Strip on Thursday 6 August "
        "2015 (three killed, twenty wounded; s0-s1; s2 the night's arrests in the West Bank a further item), the main "
        "story of the article = the thirty-eighth set's snn-5c70110d436a (alwatan, 2015-08-07, فلسطيني يدهس 3 جنود "
        "إسرائيليين), whose item of its own under the subheading \"مقتل 4 في غزة\" (s10-s14) reports the same explosion "
        "in Rafah the same day: the main report of one article an item of its own of the other, as the forty-fifth "
        "set's Khoja reading (tf-idf cosine 0.18, 3-gram Jaccard 0.010, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082223":
        "al-Azhar's statement of Thursday 6 August 2015 condemning the suicide bombing of the Emergency Forces mosque "
        "in Abha (its words on terrorism and its solidarity with King Salman; s3 the interior ministry's toll "
        "recalled), the whole article = the sixth set's snn-d47c08f42e76 (aawsat, 2015-08-07, الأزهر يدين الهجوم "
        "الإرهابي على «مسجد الطوارئ» بالسعودية), whose main story is the same statement of al-Azhar with the same "
        "words (s0-s2): two reports of one statement (tf-idf cosine 0.57, 3-gram Jaccard 0.290, just under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/411206/«داعش»-يشن-أولى-هجماته-الانتحارية-في-تركيا-وإردوغان-«يندد-ويلعن»":
        "the suicide bombing of the cultural centre in Suruc of Monday 20 July 2015, ISIS's first in Turkey, with "
        "Erdogan's condemnation from northern Cyprus, Davutoglu's attribution to ISIS and the Istanbul demonstration, "
        "the whole article = the thirty-ninth set's snn-07aea22d3d04 (alwatan, 2015-07-21, إردوغان: التفجير في سوروتش "
        "عمل إرهابي), whose whole story is the same bombing with the same words of Erdogan and the same attribution "
        "by Davutoglu: two reports of one event (tf-idf cosine 0.45, 3-gram Jaccard 0.123, under the automatic 0.3)",
    "http://www.alyaum.com/article/4080139":
        "the assassination of the Fatah official Talal al-Urduni in the Ain al-Hilweh camp in southern Lebanon on "
        "Saturday 25 July 2015 (his companion killed, the gunmen's ambush near al-Nidaa hospital, no claim), the "
        "whole article = the twenty-third set's snn-e37d7395f0ca (aawsat, 2015-07-25, اغتيال طلال الأردني القيادي "
        "بحركة فتح), the same copy of the same killing sentence for sentence (tf-idf cosine 0.79, 3-gram Jaccard "
        "0.250, under the automatic 0.3)",
    "http://www.alriyadh.com/1071274":
        "the Taliban suicide bombing of the police academy in Kabul on Friday 7 August 2015 (at least 20 killed), the "
        "whole article = the eighth set's snn-af4cc46a2d35 (3alyoum, 2015-08-07, هجوم انتحاري يستهدف أكاديمية الشرطة "
        "في كابول), whose whole story is the same suicide attack the same day: two reports of one event, as the "
        "forty-seventh set's al-jazirah 20150808/du14 entry (tf-idf cosine 0.33, 3-gram Jaccard 0.006, under the "
        "automatic 0.3)",
    "http://www.alriyadh.com/1071135":
        "Kerry's announcement of Thursday 6 August 2015 in Malaysia of the agreement with Lavrov on the draft UN "
        "resolution to identify those responsible for the chemical attacks in Syria (the Security Council vote "
        "expected on Friday), the whole article = the twenty-seventh set's snn-e719c4ce23ca (aawsat, 2015-08-06, جون "
        "كيري: اتفاق مع روسيا لتحديد المسؤولين عن هجمات بالأسلحة الكيماوية في سوريا), whose whole story is the same "
        "agreement on the same draft announced the same day, its further sentences this article's s2-s5 almost word "
        "for word: two reports of one event (tf-idf cosine 0.64, 3-gram Jaccard 0.264, under the automatic 0.3)",
    "http://aawsat.com/home/article/422776/موجز-أخبار":
        "a news digest whose headlined item (s0-s5) is the ASEAN foreign ministers' meeting in Kuala Lumpur of the "
        "week of 4 August 2015 (the South-East Asian states' backing of the US call to halt island building in the "
        "South China Sea, China's wish not to raise the issue, the Malaysian minister's words, Kerry's attendance), "
        "its further items the migrants' toll in the Mediterranean (s6-s13) and the Vatican on Russia (s14-s20) = the "
        "forty-seventh set's snn-0b4967d4fd02 (aljazirah, 2015-08-06, التوتر في بحر الصين الجنوبي يهيمن على القمة "
        "الأمنية الآسيوية), whose whole story is the same ministers' meeting in Kuala Lumpur with the calls on China "
        "and the Malaysian minister's words: a digest whose headlined item is an earlier main story (tf-idf cosine "
        "0.24, 3-gram Jaccard 0.016, under the automatic 0.3)",
    "http://www.alriyadh.com/1071143":
        "the crash of an Afghan military helicopter in Shinkay district of Zabul on Thursday 6 August 2015 (17 "
        "killed, 12 soldiers and the five crew; the analyst Graeme Smith's words; the Taliban suicide attack south of "
        "Kabul the same morning, s8), the whole article = the first set's snn-77e54ef0c38c (alwatan, 2015-08-07, "
        "أفغانستان.. 23 قتيلا بهجومين لطالبان), whose whole story is the same crash the same day from the same copy "
        "(the general's words, the governor's confirmation, Smith's figures) with the same suicide attack: two "
        "reports of one event (tf-idf cosine 0.71, 3-gram Jaccard 0.282, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150724/du17.htm":
        "the roadside bomb against an army patrol in the Rafah sector of North Sinai on Thursday 23 July 2015 (an "
        "officer and three soldiers killed, three wounded, the army spokesman's statement, Wilayat Sinai's claim), "
        "the main story of the article (title, s0-s7; s8 the Nile boat collision a further item) = the forty-sixth "
        "set's snn-658751b01fae (aawsat, 2015-07-23, مقتل ضابط و3 جنود بالجيش المصري في انفجار عبوة ناسفة بسيناء), "
        "whose whole story is the same bomb the same day with the same spokesman's statement: two reports of one "
        "event (tf-idf cosine 0.41, 3-gram Jaccard 0.025, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
