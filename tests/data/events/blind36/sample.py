"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-sixth PLOVER events blind set.

Rule (same as the thirty-fifth set's sampler, /work/main/tests/data/events/blind35/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261279);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 19:23 UTC (153 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind35.jsonl and claims/blind35/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-five sets incl.
        events-blind35.jsonl and events/blind35/sample.jsonl; files created later, such as the claims
        blind36 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-five events sets' 700 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-36)

SEED = 20261279
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 19:23 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind36.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 36)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-five events sets' articles
# (url -> reason); see SOURCE-events-blind36.txt. The first hundred and thirty-eight entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-fifth set's five; same_story(36) holds no entry first used by
# a thirty-sixth set); the seven entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(36))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4079990":
        "the domesticated bison that gored a 43-year-old woman trying to take a selfie with it in Yellowstone National "
        "Park that week (the fifth such incident since May, the park spokeswoman Amy Bartlett's statements), the whole "
        "article = the thirty-first set's snn-649379dbe7a0 (alyaum, 2015-07-25, ثور ينطح سائحة بسبب «سيلفي»), the report "
        "of the same incident the same day from the same agency copy (its four sentences word for word in s0-s3) "
        "(tf-idf cosine 0.57, 3-gram Jaccard 0.212, under the automatic 0.3)",
    "http://www.alriyadh.com/1069377":
        "the joint press conference of the foreign ministers Shoukry and al-Jubeir in Cairo at the close of the talks of "
        "President al-Sisi and Prince Mohammed bin Salman on Thursday 30 July 2015 and the 'Cairo Declaration', the whole "
        "article = the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا "
        "أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose main story is the same visit and declaration and "
        "whose s7 and s9-s11 report the same press conference (Shoukry's and al-Jubeir's sentences word for word): a "
        "main report of one the whole story of the other (tf-idf cosine 0.49, 3-gram Jaccard 0.137, under the automatic "
        "0.3)",
    "http://www.al-jazirah.com/2015/20150725/du2.htm":
        "the seventh round of the Renaissance Dam negotiations of the water ministers of Egypt, Sudan and Ethiopia in "
        "Khartoum (the Thursday session ended without agreement on the two consultancies, the final session on Friday 24 "
        "July 2015), the whole article = the twenty-second set's snn-0d04387fd4f3 (alwatan, 2015-07-21, جولة حاسمة في "
        "الخرطوم لإنهاء قضايا سد النهضة), whose main story (title, s0-s2) announces the same Khartoum round 'starting "
        "tomorrow' to settle the points left on the consultancies: a preview and the report of one event, as the "
        "thirty-fifth set's Al-Watan entry (tf-idf cosine 0.15, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150804/du9.htm":
        "the Syrian warplane that crashed on a crowded market in Ariha (Idlib province) on Monday 3 August 2015, killing "
        "at least 12 by the Syrian Observatory's first toll, the main story of the article (title, s0-s6) = the ninth "
        "set's snn-463083f4850b (alwatan, 2015-08-04, مقتل 31 شخصا بتحطم طائرة حربية في إدلب), whose whole story is the "
        "same crash the same day (a later toll); the Daraa and coalition items of s7-s13 minor (tf-idf cosine 0.20, "
        "3-gram Jaccard 0.010, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788371.htm":
        "al-Jubeir's visit to Moscow in the middle of the week (talks with Putin and with Lavrov on Syria, Yemen and "
        "Iraq and the follow-up of Prince Mohammed bin Salman's visit), announced by Russian sources, the main story of "
        "the article (title, s0-s4) = the fourth set's snn-eb16dededc95 (alyaum, 2015-08-11, الجبير: لا مكان لبشار الأسد "
        "في مستقبل سوريا), the report of the same talks with Lavrov in Moscow on Tuesday 11 August: a preview and the "
        "report of one event, as the thirty-fifth set's Al-Watan entry; its second item (s5-s8, al-Jubeir's talks with "
        "Gentiloni in Rome on 7 August) is besides the twenty-ninth set's snn-a571277069b4 (aljazirah, 2015-08-08, "
        "تطابق في الآراء بين السعودية وإيطاليا حيال مجمل القضايا في المنطقة), the same talks with the same statement "
        "(tf-idf cosine 0.22 and 0.42, 3-gram Jaccard 0.013 and 0.169, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350397/مقتل-جنديين-وإصابة-24-في-هجوم-انتحاري-لـ/":
        "the PKK's suicide tractor bomb on the Karabulak gendarmerie post near Dogubeyazit (Agri) at dawn on Sunday 2 "
        "August 2015, two soldiers killed and 24 wounded, the whole article = the first set's snn-831f3bbddb7f "
        "(aleqtisadiya, 2015-08-02, مقتل جنديين تركيين وجرح 24 آخرين في هجوم انتحاري على مركز للدرك نسب للمتمردين "
        "الاكراد), whose main story is the same attack the same day (the thirty-fifth set's Al-Riyadh entry is its "
        "claim) (tf-idf cosine 0.14, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150724/du14.htm":
        "the US defence secretary Ashton Carter's unannounced visit to Baghdad on Thursday 23 July 2015 to meet Iraqi "
        "officials on the fight against ISIS (al-Obeidi, al-Abadi, the Anbar tribes), the main story of the article "
        "(title, s0-s7) = the third set's snn-17df799964d8 (aawsat, 2015-07-24, وزير الدفاع الأميركي: مشاركة سنة العراق "
        "في الحملة ضد «داعش» أساسية), whose whole story is the same visit the same day; the Mosul car bomb and the "
        "coalition raids of s8-s15 minor items (tf-idf cosine 0.13, 3-gram Jaccard 0.011, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
