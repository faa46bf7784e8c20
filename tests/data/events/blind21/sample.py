"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-first PLOVER events blind set.

Rule (same as the twentieth set's sampler, /work/main/tests/data/events/blind20/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261249);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 14:38 UTC (93 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind20.jsonl and claims/blind20/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty sets incl.
        events-blind20.jsonl and events/blind20/sample.jsonl; files created later, such as the claims
        blind21 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty events sets' 400 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-21)

SEED = 20261249
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 14:38 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind21.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 21)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty events sets' articles
# (url -> reason); see SOURCE-events-blind21.txt. The first fifty-three entries are the earlier sets'
# (tests/data/blind_tables.py, including the twentieth set's five); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(21))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alweeam.com.sa/350136/هيومن-رايتس-ووتش-المتمردون-الحوثيون/":
        "Human Rights Watch's statement of Thursday 30 July 2015 charging the Houthi rebels with war crimes for "
        "the indiscriminate rockets and mortars on residential areas of Aden (the deadliest attack, the mortar "
        "fire that killed dozens of civilians in Dar Saad on 19 July; the emergency staff's words \"أمطرت القوات "
        "الموالية للحوثيين مناطق مأهولة من عدن بقذائف الهاون والصواريخ\"; the field investigation of the sites "
        "and weapons' remains), the whole article = the twentieth set's snn-b58c5638915d (aljazirah, 2015-07-31, "
        "المقاومة الشعبية اليمنية تسيطر على أجزاء كبيرة من الحوطة), which reports the same statement in its lead "
        "and first paragraph (s0-s4, five of its ten sentences, with the same quote, the Dar Saad attack and the "
        "visit of four sites), a main report beside the resistance's entry into al-Houta, as the eighth set's "
        "alwatan 230595 and the twentieth set's aawsat 419616 entries (tf-idf cosine 0.34, 3-gram Jaccard 0.056, "
        "under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/25/article_976056.html":
        "the Turkish prime minister Davutoglu's press conference in Ankara on Saturday 25 July 2015 (the security "
        "operations to go on as long as Turkey faces a threat, a day after the Turkish jets struck ISIS in Syria "
        "and the Kurdish rebels in northern Iraq; his trip to Istanbul to meet Erdogan and the army chief), the "
        "whole article = the fifteenth set's snn-eb848edf838c (aljazirah, 2015-07-26, تركيا تشن ضربات على تنظيم "
        "داعش والأكراد), whose main story is the same strikes and which reports the same press conference from "
        "the same agency copy in its last paragraph (s11-s12, word for word), as the twentieth set's sabq mGCgde "
        "entry (the prime ministry's statement on the same strikes) (tf-idf cosine 0.47, 3-gram Jaccard 0.160, "
        "under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785317.htm":
        "the talks of the Saudi foreign minister al-Jubeir with his Egyptian counterpart Sameh Shoukry in Jeddah "
        "on 22-23 July 2015 and their joint press conference (Egypt a basic part of the coalition supporting "
        "legitimacy in Yemen, the Hamas delegation's visit for the umrah only, Syria on the basis of Geneva 1 "
        "with Assad's departure, Iraq's reforms), the whole article = the eleventh set's snn-5379a3bbfe5a "
        "(alriyadh, 2015-07-23, الجبير: مصر جزء أساسي من التحالف الداعم للشرعية في اليمن), the report of the "
        "same talks and press conference (tf-idf cosine 0.48, 3-gram Jaccard 0.058, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082984":
        "the wave of attacks in Turkey of Monday 10 August 2015 (the shooting at the US consulate in Sariyer, "
        "Istanbul, by two women, one of them arrested and linked to the DHKP-C; the car bomb at the Sultanbeyli "
        "police station; the roadside bomb in Silopi and the fire on a military helicopter in Sirnak), the whole "
        "article = the first set's snn-1ba3c02c0c0d (3alyoum, 2015-08-10, استهداف قنصلية أمريكية بأسطنبول "
        "والعنف يحصد تسعة قتلى في تركيا), the report of the same day's attacks from the same agency copy (the "
        "witness Akkay's words, the governor's office, the Dogan agency on the arrested woman) (tf-idf cosine "
        "0.35, 3-gram Jaccard 0.102, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150725/du12.htm":
        "Carter's visit to Iraq of 23-24 July 2015: its second day (his arrival in Erbil on Friday and his "
        "meeting with Barzani on the war against ISIS and the coalition's support of the Peshmerga), with the "
        "first day in Baghdad recalled (his meetings with al-Abadi, al-Jubouri and al-Obeidi), reported in the "
        "article's photo caption (s0) and its second paragraph (s3-s4), a main report beside the Iraqi Forces "
        "Alliance's condemnation of al-Maliki's statements against the Kingdom (title, s1-s2) and the ISIS "
        "executions in Fallujah (s5) = the third set's snn-17df799964d8 (aawsat, 2015-07-24, وزير الدفاع "
        "الأميركي: مشاركة سنة العراق في الحملة ضد «داعش» أساسية), the report of the same visit's first day, as "
        "the seventh set's alriyadh 1067712 entry (the Erbil day of the same visit) and the eighth set's alwatan "
        "230595 entry (a main report beside another) (tf-idf cosine 0.19, 3-gram Jaccard 0.005, under the "
        "automatic 0.3)",
    "http://www.alyaum.com/article/4082674":
        "the rockets fired on the al-Thawra and Baghdad streets, Bab Touma and al-Abbasiyin in Damascus on "
        "Saturday 8 August 2015 with the toll risen to 11 killed and 46 wounded (SANA, the Observatory's "
        "director on the rebel positions around the capital as their source) and the fighting between the rebel "
        "factions and ISIS in the northern Aleppo countryside (28 killed, two suicide bombings), the whole "
        "article = the second set's snn-fa07f26fd57b (alwatan, 2015-08-10, اعتصام في اللاذقية يطالب بمعاقبة أحد "
        "أقارب الأسد), which reports the same toll and the same Aleppo fighting from the same agency copy in "
        "seven of its nineteen sentences under two headings of their own (s12-s18, \"وفي العاصمة\", \"قتال في "
        "حلب\"), a main report beside the Latakia sit-in, as the eighth set's alwatan 230595 and the twentieth "
        "set's alwatan 230744 entries (the nineteenth set judged the shells one item of its Okaz report on "
        "Russia, not a story of its own there) (tf-idf cosine 0.27, 3-gram Jaccard 0.072, under the automatic "
        "0.3)",
    "http://www.alweeam.com.sa/348973/مقتل-20-شخصا-فـي-تفجيرات-بغداد-وداعش-ي/":
        "the car bomb in the market of al-Bayaa (south-west Baghdad) claimed by ISIS and the double bombing in "
        "al-Shaab (north-east Baghdad) of 22-23 July 2015 (the al-Shaab bombing on Wednesday evening, ISIS's claim of the al-Bayaa car bomb published on Thursday), the whole article = the fifteenth set's "
        "snn-7cd07d26c6cd (alyaum, 2015-07-24, موجة تفجيرات جديدة تضرب بغداد ومقتل 27 من «حزب الله»), whose "
        "title, lead and own paragraph (s0, s5) report the same wave of car bombs in Baghdad (the al-Bayaa car "
        "bomb claimed by ISIS, the two car bombs in al-Shaab), a main report beside the Kataib Hezbollah losses "
        "in Baiji, as the eighth set's alwatan 230595 entry (tf-idf cosine 0.21, 3-gram Jaccard 0.006, under "
        "the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
