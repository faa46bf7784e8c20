"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifty-fourth PLOVER events blind set.

Rule (same as the fifty-third set's sampler, /work/main/tests/data/events/blind53/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261315);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 03:30 UTC (222 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind48.jsonl, claims/blind48/sample.jsonl and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-three sets
        incl. events-blind53.jsonl, events/blind53/sample.jsonl and events/second50/; files created later, like the
        concurrent claims/blind49/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-three events sets' 1,060 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-54)

SEED = 20261315
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 03:30 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind54.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 54)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-three events sets' articles
# (url -> reason); see SOURCE-events-blind54.txt. The first three hundred and forty-three entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-third set's twenty-two; same_story(54) holds no entry first
# used by a fifty-fourth set); the sixteen entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(54))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alweeam.com.sa/351467/القوات-المالية-تنهي-عملية-احتجاز-الره/":
        "the Malian army's end of the hostage-taking at the Byblos hotel in Sevare on the night of Friday 7 to "
        "Saturday 8 August 2015 (the attackers driven out, the hotel cleared, the government's toll of five soldiers "
        "and two attackers, MINUSMA's condemnation further items), the whole article = the thirteenth set's "
        "snn-9787106ec45e (alyaum, 2015-08-07, أربعة قتلى في احتجاز رهائن في فندق يرتاده غربيون في مالي), whose whole"
        " story is the same attack and hostage-taking at the same hotel with the army's cordon: a later step of one "
        "event with the event as a main report, as the fifty-third set's aawsat 424431 entry (tf-idf cosine 0.32, "
        "3-gram Jaccard 0.008, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/11/article_980743.html":
        "the Syrian authorities' arrest of Suleiman Hilal al-Assad after two days of protests in Latakia demanding "
        "his punishment for the killing of Col. Hassan al-Sheikh (SANA's report of Monday 10 August 2015), the whole "
        "article = the thirteenth set's snn-a544be0dca22 (alriyadh, 2015-08-11, التلفزيون السوري: القبض على ابن عم "
        "الأسد), whose whole story is the same arrest announced the same day, and the second set's snn-fa07f26fd57b "
        "(alwatan, 2015-08-10), the protest before it: two reports of one event (tf-idf cosine 0.26 and 0.24, 3-gram "
        "Jaccard 0.014 and 0.016, under the automatic 0.3)",
    "http://www.alriyadh.com/1067919":
        "the assassination of the Fatah commander Col. Talal al-Ardani with one of his companions in the Ain al-"
        "Hilweh camp on Saturday 25 July 2015, the whole article = the twenty-third set's snn-e37d7395f0ca (aawsat, "
        "2015-07-25, اغتيال طلال الأردني القيادي بحركة فتح), whose whole story is the same killing: two reports of "
        "one event (tf-idf cosine 0.20, 3-gram Jaccard 0.018, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082829":
        "the explosion in front of a court in north-eastern Cairo (Heliopolis) on Monday 10 August 2015 that wounded "
        "two police officers and a civilian (the Arish attack and the Suez clash of the day before a further item), "
        "the whole article = the forty-third set's snn-4a22f3bc5f9d (3alyoum, 2015-08-10, انفجار في القاهرة يصيب "
        "ضابطي شرطة ومجنداً), whose whole story is the same explosion with the same further item: two reports of one "
        "event (tf-idf cosine 0.52, 3-gram Jaccard 0.228, under the automatic 0.3)",
    "http://www.al-madina.com/node/620167/مجلس-الأمن-يصادق-على-الاتفاق-مع-إيران.html":
        "the UN Security Council's unanimous resolution of Monday 20 July 2015 endorsing the nuclear agreement with "
        "Iran, the whole article = the seventeenth set's snn-3daab4c1c4d3 (3alyoum, 2015-07-24, مجلس الأمن يقر "
        "الاتفاق النووي الإيراني ويفتح الباب لمعاودة فرض العقوبات), whose whole story is the same vote: two reports "
        "of one event (tf-idf cosine 0.14, 3-gram Jaccard 0.009, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231265&CategoryID=1":
        "the Security Council's vote, expected on the morning of Friday 7 August 2015, on a resolution setting up a "
        "panel of experts to identify those responsible for the chlorine attacks in Syria (the Kerry-Lavrov agreement"
        " on it a further item), the whole article = the fourteenth set's snn-b5ebd7c0b8ae (aljazirah, 2015-08-08, "
        "الأمم المتحدة تكلف خبراء للتحقيق حول الهجمات الكيميائية في سوريا), whose main story is the same resolution "
        "adopted unanimously that Friday: a preview and its report (tf-idf cosine 0.26, 3-gram Jaccard 0.029, under "
        "the automatic 0.3)",
    "http://aawsat.com/home/article/424481/زنجبار-محررة-وقوة-سعودية-إلى-عدن-لتطهيرها-من-الألغام":
        "the loyal army's and the resistance's control of Zinjibar, capital of Abyan, on Friday 7 August 2015 (the "
        "advance towards Taiz, the Saudi mine-clearing force, the Turkish asset freeze and Isabelle Prime's release "
        "further items), the headlined story = the first set's snn-13ed6b749af5 (alweeam, 2015-08-09, غارات للتحالف.."
        " والمقاومة تدخل زنجبار), the entry into Zinjibar, and the thirteenth set's snn-c996633cdf84 (alwatan, "
        "2015-08-08), the same operation against Zinjibar: the next report of one advance, as the earlier sets' "
        "Zinjibar entries (tf-idf cosine 0.11 and 0.10, 3-gram Jaccard 0.008 and 0.000, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231503&CategoryID=1":
        "the rebels' recapture of Zinjibar, capital of Abyan, on Friday 7 August 2015 and the clearing of its last "
        "pockets on Saturday (the raids on the 15th Brigade camp and the coalition raids on Hodeidah further items), "
        "the headlined story = the thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08, الحوثيون يهربون قبل معارك "
        "أبين), the same operation with the same raids on the 15th Brigade camp, and the first set's snn-13ed6b749af5"
        " (alweeam, 2015-08-09), the entry into Zinjibar: the next report of one advance, as the earlier sets' "
        "Zinjibar entries (tf-idf cosine 0.27 and 0.20, 3-gram Jaccard 0.037 and 0.007, under the automatic 0.3)",
    "http://aawsat.com/home/article/413946/مسلح-يقتل-اثنين-ويصيب-7-داخل-صالة-سينما-بلويزيانا-الأميركية":
        "the shooting in a cinema in Lafayette, Louisiana, on the evening of Thursday 23 July 2015 (two killed, seven"
        " wounded, the gunman's suicide), the whole article = the fourth set's snn-f44db6c2b601 (3alyoum, 2015-07-25,"
        " مسلح يقتل اثنين ويصيب 7 في قاعة سينما بلويزيانا), whose whole story is the same shooting: two reports of "
        "one event, as the earlier sets' sabq entry for the same shooting (tf-idf cosine 0.55, 3-gram Jaccard 0.150, "
        "under the automatic 0.3)",
    "http://aawsat.com/home/article/425476/رئيس-اللجنة-الدولية-للصليب-الأحمر-يزور-اليمن":
        "the ICRC president Peter Maurer's three-day visit to Yemen begun on Saturday 8 August 2015 in Sanaa to "
        "assess the humanitarian situation (the talks he is to hold, the UN and ICRC figures further items), the "
        "whole article = the eighth set's snn-86d9b8adf183 (okaz, 2015-08-09, الصليب الأحمريقيّم الوضع الإنساني), "
        "whose whole story is the same visit with the same statement and figures: two reports of one event (tf-idf "
        "cosine 0.48, 3-gram Jaccard 0.220, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229796&CategoryID=1":
        "the Knesset's approval on the night of Monday 20 July 2015 of the amendment raising the penalties for "
        "throwing stones at vehicles to up to 20 years (the Palestinian National Council's condemnation a further "
        "item), the whole article = the twentieth set's snn-7997b9f1a710 (alweeam, 2015-07-21, إسرائيل: السجن 20 "
        "عاماً لأي فلسطيني سيرشقنا بالحجارة), whose whole story is the same vote with a Palestinian official's "
        "criticism: two reports of one event (tf-idf cosine 0.13, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348990/اليمن-المقاومة-تدخل-القصر-الجمهوري-في/":
        "the Popular Resistance's entry into the presidential palace of al-Maashiq in Aden, the rebels' last "
        "stronghold there, after fierce fighting with twenty Houthis killed (22-23 July 2015; the coalition raids and"
        " the control of al-Tawahi further items), the whole article = the twenty-eighth set's snn-a1dc37673a07 "
        "(3alyoum, 2015-07-25, مقتل حوثيين خلال تطهير “قصر معاشيق” المقر الأسبق لهادي), whose main story is the same "
        "clearing of the same palace in Crater with its toll: two reports of one event (tf-idf cosine 0.20, 3-gram "
        "Jaccard 0.013, under the automatic 0.3)",
    "http://www.alriyadh.com/1069446":
        "President Abbas's words at the opening of the Palestinian leadership's emergency meeting in Ramallah on "
        "Friday 31 July 2015 after the Duma arson, asking his foreign minister Riyad al-Maliki to go to the "
        "International Criminal Court in The Hague, the whole article = the thirty-ninth set's snn-32afc476e34f "
        "(aljazirah, 2015-08-01, عباس يطالب بتصنيف جماعات المستوطنين الإسرائيليين كمنظمات إرهابية), whose main story "
        "is Abbas's words in chairing the same emergency meeting, and the twenty-first set's snn-6aa427bf733d (sabq, "
        "2015-08-01), whose s9 reports the same meeting's decisions: two reports of one meeting (tf-idf cosine 0.17 "
        "and 0.21, 3-gram Jaccard 0.025 and 0.033, under the automatic 0.3)",
    "http://aawsat.com/home/article/415531/الصحافة-الأميركية-اهتمت-بزيارة-أوباما-لموطن-والده":
        "the weekly review of the US and British press whose headlined item (title, s0-s2) is the US papers' coverage"
        " of President Obama's first visit as president to Kenya, his father's homeland (24-26 July 2015; the papers'"
        " calls for Jason Rezaian's release, the Labour leadership race and the FT sale further items) = the seventh "
        "set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري على فندق في الصومال), whose framing clause and "
        "s4-s10 report the same visit (Obama's talks with Kenyatta on its first day) with Le Figaro's comment on it: "
        "a digest whose headlined item is an earlier main report and a comment on it, as the thirty-first and forty-"
        "second sets' entries for the previews of the same visit (tf-idf cosine 0.09, 3-gram Jaccard 0.006, under the"
        " automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150806/du12.htm":
        "a column on the selectivity of the fight against terrorism whose subject (s0-s1) is the meetings of the GCC "
        "foreign ministers with the US and Russian foreign ministers in Doha on 3 August 2015 (the observers' view of"
        " them as unprecedented, Russia's aim of a coalition against terrorism, the Russian minister's reception and "
        "the Gulf states' condition that the fight be without selectivity) = the third set's snn-f2b6e3e113f6 (okaz, "
        "2015-08-03, هواجس الخليج.. وتطمينات كيري), the editorial on the same Doha meetings to which the earlier sets"
        " tied their reports (the fifth to thirty-seventh sets' entries for al-jazirah 20150803/du10, alwatan 230832 "
        "and alriyadh 1069857, the Saudi-US-Russian meeting): two comments on one event, as the forty-fourth and "
        "forty-fifth sets' comments (tf-idf cosine 0.06, 3-gram Jaccard 0.006, under the automatic 0.3)",
    "http://www.alweeam.com.sa/349347/ظريف-في-الكويت-ايرانالاتفاق-النووي-لن/":
        "the Iranian foreign minister Zarif's arrival in Kuwait on Sunday 26 July 2015, received at the airport by "
        "his Kuwaiti counterpart, the first leg of his regional tour (Abdollahian's words on the visit's message of "
        "reassurance to the Gulf further items), the whole article = the thirty-sixth set's snn-108d0a36044d "
        "(aljazirah, 2015-07-26, وزير الخارجية الإيراني يزور الكويت وقطر والعراق لبحث التعاون الإقليمي وشرح بنود "
        "الاتفاق النووي), whose main story announces the same tour 'tomorrow, Sunday' with Kuwait its first stop: a "
        "preview and the report of one event, as the forty-fourth set's alriyadh 1068139 entry for the same visit "
        "(tf-idf cosine 0.15, 3-gram Jaccard 0.005, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
