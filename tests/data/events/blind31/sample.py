"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-first PLOVER events blind set.

Rule (same as the thirtieth set's sampler, /work/main/tests/data/events/blind30/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261269);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 18:07 UTC (133 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind30.jsonl and claims/blind30/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty sets incl.
        events-blind30.jsonl and events/blind30/sample.jsonl; files created later, such as the claims
        blind31 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty events sets' 600 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-31)

SEED = 20261269
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 18:07 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind31.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 31)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty events sets' articles
# (url -> reason); see SOURCE-events-blind31.txt. The first hundred and six entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirtieth set's eight); the six entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(31))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786602.htm":
        "the drone strike, probably American, of the night of Wednesday to Thursday 29-30 July 2015 on a car of "
        "al-Qaeda members coming from Mukalla in Wadi Dhayqa near al-Mahfad (Abyan) that killed five, among them the "
        "mid-level leader Abu Ahmad al-Kazimi (a government official's statement), the whole article = the "
        "twenty-second set's snn-3de671677fef (alriyadh, 2015-07-31, المقاومة الشعبية تأسر 40 حوثياً في أبين.. وتتوقع "
        "السيطرة على لودر.. قريباً), whose second item (s5-s8, \"على صعيد آخر\", four of its nine sentences) reports "
        "the same strike from the same agency copy word for word, a main report beside the Abyan captives, as the "
        "eighth set's alwatan 230595 and the thirtieth set's alriyadh 1067134 entries (tf-idf cosine 0.48, 3-gram "
        "Jaccard 0.152, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/08/article_979931.html":
        "the Grand Mufti Sheikh Abdulaziz Al al-Sheikh's Friday sermon of 7 August 2015 at the Imam Turki bin "
        "Abdullah mosque in Riyadh against the deviant group that kills innocents in suicide operations planned by "
        "the enemies of Islam (after the Asir mosque bombing), the whole article = the twenty-eighth set's "
        "snn-601d72293aa9 (okaz, 2015-08-08, المفتي العام:فئة شاذة وضالة تخدم أعداء الإسلام), the report of the same "
        "sermon (several sentences word for word) (tf-idf cosine 0.62, 3-gram Jaccard 0.263, under the automatic "
        "0.3)",
    "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787679.htm":
        "the Ministry of Social Affairs' honouring, with Community Jameel, of 20 orphans who excelled at school with "
        "a ten-day trip to Japan (the \"Tanweer\" programme; the deputy minister al-Muaiqel's and Abdullah Talab's "
        "statements), the whole article = the thirteenth set's snn-3fb80a97c1a2 (sabq, 2015-08-04, \"الشؤون "
        "الاجتماعية\" تكرّم 20 يتيماً تفوّقوا دراسياً), the report of the same trip from the same press release "
        "(several sentences word for word) (tf-idf cosine 0.66, 3-gram Jaccard 0.210, under the automatic 0.3)",
    "http://www.3alyoum.com/news/golobal/a/أوباما-يعود-إلى-أرض-الآباء-وفي-فكره-ال/":
        "President Obama's visit to Kenya from Friday 24 July 2015 (his arrival in Nairobi, the security talks with "
        "President Uhuru Kenyatta, the trip to his father's homeland, Ethiopia as the second stop), the whole article "
        "(a preview, \"يصل ... غدا الجمعة\") = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري "
        "على فندق في الصومال), whose framing clause and s4-s10 (seven of its eleven sentences) report the same visit "
        "(Obama's statement after his talks with Kenyatta on its first day, coded there as CONSULT visit, and Le "
        "Figaro's comment on the visit), a main report beside the Mogadishu hotel bombing: the preview of an event "
        "and the report of it, as the eleventh and thirteenth sets' rule, and a main report beside another, as the "
        "eighth set's alwatan 230595 entry (tf-idf cosine 0.14, 3-gram Jaccard 0.001, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/داعش-تخطف-عشرات-المسيحيين-من-مدينة-الق/":
        "ISIS's abduction of about 230 people, dozens of Christians among them, some taken from the monastery of Mar "
        "Elian, after it took the town of al-Qaryatain in Homs province on Wednesday 5 August 2015 (the Syrian "
        "Observatory, Friday 7 August), the whole article = the fourteenth set's snn-b5ebd7c0b8ae (aljazirah, "
        "2015-08-08, الأمم المتحدة تكلف خبراء للتحقيق حول الهجمات الكيميائية في سوريا), whose second item (s7-s12, "
        "\"من جهة أخرى\", six of its thirteen sentences) reports the same abduction (the 230 civilians with at "
        "least sixty Christians, the Observatory, al-Qaryatain on the road from Palmyra to the Qalamoun, Mar Elian), "
        "a main report beside the Security Council's chemical weapons inquiry, as the eighth set's alwatan 230595 "
        "and the thirtieth set's alriyadh 1067134 entries (tf-idf cosine 0.17, 3-gram Jaccard 0.008, under the "
        "automatic 0.3)",
    "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
        "the US announcement of Friday 24 July 2015 that an American air strike of 11 July in Barmal, Paktika, killed "
        "the senior al-Qaeda field commander Abu Khalil al-Sudani (in charge of its suicide and bombing operations, "
        "linked to plots against US targets), the whole article = the first set's snn-b5820fbaac0d (alweeam, "
        "2015-07-24, غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة في أفغانستان), the report of the same announcement "
        "from the same agency copy (several sentences word for word) (tf-idf cosine 0.58, 3-gram Jaccard 0.219, under "
        "the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
