"""Seeded, reproducible sample of SaudiNewsNet articles for the fifty-eighth PLOVER events blind set.

Rule (the fifty-seventh set's sampler, /work/main/tests/data/events/blind57/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the fifty-seventh set's NEW rule kept: the pool of
400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-58: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261326);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 05:51 UTC (240 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind53.jsonl and claims/blind53/sample.jsonl,
        claims/second44-46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-seven sets
        incl. events-blind57.jsonl, events/blind57/sample.jsonl and events/second44-50/; files created later, like
        the concurrent claims/blind54/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-seven events sets' 1,125 articles;
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh set.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-58)

SEED = 20261326
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-58: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-58: 10, 2)
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 05:51 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind58.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 58)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-seven events sets' articles
# (url -> reason); see SOURCE-events-blind58.txt. The first three hundred and ninety-three entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-seventh set's seven; same_story(58) holds no entry first
# used by a fifty-eighth set); the four entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(58))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://aawsat.com/home/article/411306/مجلس-الأمن-يمهد-الطريق-أمام-رفع-تدريجي-ومشروط-للعقوبات-على-طهران":
        "the UN Security Council's resolution of Monday 20 July 2015 endorsing the Vienna nuclear agreement "
        "with Iran (the UN sanctions to be lifted on the IAEA's verification, the snapback mechanism) and the "
        "Revolutionary Guards commander Mohammad Ali Jafari's words the same day that the resolution was "
        "unacceptable, the whole article = the seventeenth set's snn-3daab4c1c4d3 (3alyoum, 2015-07-24, مجلس "
        "الأمن يقر الاتفاق النووي الإيراني ويفتح الباب لمعاودة فرض العقوبات), whose whole story is the same "
        "vote with the same words of Jafari from the same agency copy: two reports of one event (tf-idf cosine "
        "0.31, 3-gram Jaccard 0.091, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/إعلان-القاهرة-ينقل-العلاقات-السعودية/":
        "the joint statement (the Cairo Declaration) of Thursday 30 July 2015 on the visit of the deputy crown "
        "prince Mohammed bin Salman to Egypt: his meeting with President al-Sisi, the package of executive "
        "mechanisms agreed (military cooperation and the joint Arab force, energy, investment, the maritime "
        "borders) and his thanks, the whole article = the seventeenth set's snn-51f57268a2bf (alriyadh, "
        "2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق "
        "التعاون), whose main story is the same agreement of the same visit with the same list of mechanisms "
        "and words of the statement: two reports of one event (tf-idf cosine 0.52, 3-gram Jaccard 0.170, under "
        "the automatic 0.3)",
    "http://aawsat.com/home/article/418111/وليد-أبي-مرشد/صيف-وشتاء-على-سطح-واحد":
        "the Turkish-US agreement of 22-24 July 2015 opening the Incirlik air base to the US aircraft against "
        "ISIS and on clearing north-eastern Syria of ISIS (with the safe zone along the border), here Walid Abi "
        "Murshed's column whose whole subject is that agreement (its terms not fully announced, its "
        "beneficiary, the US 'concession' on the safe zone, the Kurds) = the eighth set's snn-0e2329cc4d4d "
        "(3alyoum, 2015-07-24, تركيا تسمح لأمريكا بشن غارات من قاعدة إنجرليك الجوية), whose whole story is "
        "Turkey's consent to the US air strikes from Incirlik after the Obama-Erdogan call, and the forty-third "
        "set's snn-d41bd5f618d7 (aawsat, 2015-07-26, تقاسم أدوار تركي ـ أميركي: الحدود لأنقرة والرقة لواشنطن), "
        "whose lead reports the terms of the same agreement: an event and a comment on it, as the forty-fifth "
        "set's al-madina 621291 entry (Foreign Policy's comment on the same decision) and the fortieth set's "
        "aawsat 421026 entry (al-Homayed's column on the Doha meetings) (tf-idf cosine 0.12 and 0.12, 3-gram "
        "Jaccard 0.001 and 0.002, under the automatic 0.3)",
    "http://www.alriyadh.com/1067128":
        "the landing of the first (Saudi military) plane at Aden airport on Wednesday 22 July 2015 after the "
        "city's liberation, received by the Yemeni transport minister (the airport's opening announced by the "
        "government; the military adviser Jaafar Saad's words on Aden, the Anad base, Taiz, Sanaa, Marib and "
        "al-Bayda further items), the headlined main story of the article (title, s0-s3) = the fifty-seventh "
        "set's snn-7bd85c02ffa3 (sabq, 2015-07-23, \"عسيري\": مناوشات الحوثيين على الحدود بائسة وتبحث عن نصر "
        "إعلامي), whose item of its own (s12-s15 and s21-s23, coded there as AID) reports the same arrival that "
        "day of the first plane at Aden international airport with Asiri's words on it and its reception by the "
        "transport minister, and the fortieth set's snn-56ca6945220b (okaz, 2015-07-23, تصفية خلايا حوثية "
        "نائمة.. و«العند» قاب قوسين), whose lead (s0) and s10 report the same opening of the airport and "
        "arrival of the Saudi military plane: the main story of one article a main report of the other (tf-idf "
        "cosine 0.13 and 0.12, 3-gram Jaccard 0.000 and 0.003, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
