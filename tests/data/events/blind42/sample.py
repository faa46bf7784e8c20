"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-second PLOVER events blind set.

Rule (same as the forty-first set's sampler, /work/main/tests/data/events/blind41/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261291);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 20:58 UTC (177 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind41.jsonl and claims/blind41/,
        places, genre, saudinewsnet-sample, and the events files of the first forty-one sets incl.
        events-blind41.jsonl and events/blind41/sample.jsonl; files created later, such as the claims
        blind42 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-one events sets' 820 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-42)

SEED = 20261291
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 20:58 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind42.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 42)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-one events sets' articles
# (url -> reason); see SOURCE-events-blind42.txt. The first hundred and seventy-nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the forty-first set's three; same_story(42) holds no entry first used by a
# forty-second set); the six entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(42))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4079648":
        "the US air strike of July 2015 by two helicopters on an Afghan army checkpoint at Baraki Barak in Logar "
        "province south of Kabul (the checkpoint burnt, seven to fourteen soldiers killed), here with the US forces' "
        "acknowledgment of responsibility, their regret and condolences (Tuesday 21 July), the whole article = the "
        "fifteenth set's snn-2ad06f9dc978 (alriyadh, 2015-07-22, مقتل عشرة جنود أفغان بنيران أميركية صديقة), the "
        "report of the same strike the same day (the two US helicopters, the checkpoint burnt, the provincial "
        "spokesman Din Mohammad Darwish): an attack and the attacker's acknowledgment of it, as the thirty-fourth "
        "set's Ceylanpinar claim and the thirty-eighth set's claim as a later step of an attack (tf-idf cosine 0.15, "
        "3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150809/du5.htm":
        "the death at dawn on Saturday 8 August 2015, at Soroka hospital in Beersheba, of Saad Dawabsha, the father "
        "of the Palestinian toddler Ali burnt to death in the settlers' arson of the family home in Duma on 31 July "
        "(his burns over 80%, the mother and the brother in intensive care, the mourning in Duma, Abbas's words), "
        "the whole article = the eighth set's snn-80e08524def5 (alriyadh, 2015-08-08, وفاة والد الرضيع الفلسطيني "
        "الذي قتل حرقا في الضفة الغربية), whose whole story is the same death the same day under the same title: "
        "two reports of one event (tf-idf cosine 0.17, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://aawsat.com/home/article/425776/الشرطة-الإسرائيلية-تعتقل-المزيد-من-المشتبه-بهم-في-حرق-الطفل-الفلسطيني":
        "Israel's placing of the Jewish extremists Meir Ettinger and Evyatar Slonim in administrative detention for "
        "six months, announced by the defence ministry on Sunday 9 August 2015 after the arson killing of the "
        "Palestinian toddler Ali Dawabsha (Ya'alon's statement, Mordechai Meyer's detention the week before), the "
        "whole article = the seventh set's snn-dde4041bac7e (alyaum, 2015-08-10, إسرائيل تعتقل «إدارياً» إرهابيين "
        "يهوديين), whose lead (s0-s3) reports the same two detentions, as the thirtieth set's alriyadh 1071737 entry "
        "for the same announcement (tf-idf cosine 0.12, 3-gram Jaccard 0.000: two translations, under the automatic "
        "0.3)",
    "http://www.alweeam.com.sa/349988/المقاومة-تدخل-مركز-لحج-جنوبي-اليمن/":
        "the Popular Resistance's entry into al-Houta, the centre of Lahj province, in the last days of July 2015 "
        "and the fierce clashes there with the Houthi and Saleh forces, the main story of the article (title, s0-s1; "
        "s2-s5 the Taiz shelling and the recapture of Aden recalled, minor items) = the twentieth set's "
        "snn-b58c5638915d (aljazirah, 2015-07-31, المقاومة الشعبية اليمنية تسيطر على أجزاء كبيرة من الحوطة), whose "
        "headline and s5-s8 report the same entry into al-Houta, the control of parts of the town and the clashes "
        "after it (tf-idf cosine 0.19, 3-gram Jaccard 0.010, under the automatic 0.3)",
    "http://aawsat.com/home/article/409006/الرئيس-الأميركي-يقوم-بزيارة-غير-مسبوقة-لكينيا-وإثيوبيا":
        "President Obama's visit to Kenya from 24 July 2015 and on to Addis Ababa (the US ambassador Robert Godec: "
        "no trip to Kogelo, the security concern, the Global Entrepreneurship Summit in Nairobi), the whole article "
        "(a preview, \"سيتوجه إلى كينيا بعد أسبوع\") = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم "
        "انتحاري على فندق في الصومال), whose framing clause and s4-s10 report the same visit (Obama's talks with "
        "Kenyatta on its first day, coded there as CONSULT visit): the preview of an event and the report of it, as "
        "the thirty-first set's 3alyoum preview entry and the thirty-second set's entries for the same visit (tf-idf "
        "cosine 0.13, 3-gram Jaccard 0.007, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350044/اليمن-مقتل-4-من-القاعدة-في-ضربة-جوية-أم/":
        "the drone strike, probably American, of the night of 29-30 July 2015 on a car in al-Mahfad district (Abyan) "
        "that killed four suspected al-Qaeda members, the local mid-level leader Ahmad al-Kazimi among them (residents "
        "and local officials, Thursday 30 July), the whole article = the twenty-second set's snn-3de671677fef "
        "(alriyadh, 2015-07-31, المقاومة الشعبية تأسر 40 حوثياً في أبين.. وتتوقع السيطرة على لودر.. قريباً), whose "
        "second item (s5-s8, \"على صعيد آخر\") reports the same strike and leader, a main report beside the Abyan "
        "captives, as the thirty-first set's okaz 786602 entry for the same strike (tf-idf cosine 0.13, 3-gram "
        "Jaccard 0.000: two agency copies, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
