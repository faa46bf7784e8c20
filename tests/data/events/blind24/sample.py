"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-fourth PLOVER events blind set.

Rule (same as the twenty-third set's sampler, /work/main/tests/data/events/blind23/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261255);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 15:47 UTC (105 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind23.jsonl and claims/blind23/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-three sets incl.
        events-blind23.jsonl and events/blind23/sample.jsonl; files created later, such as the claims
        blind24 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-three events sets' 460 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-24)

SEED = 20261255
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 15:47 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind24.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 24)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-three events sets' articles
# (url -> reason); see SOURCE-events-blind24.txt. The first sixty-nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-third set's seven); the nine entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(24))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150802/Con20150802786968.htm":
        "the Saudi Football Federation's meeting of Sunday 2 August 2015 taking up the loophole that the lawyer Fahd "
        "Barbaa pointed out in the disciplinary rules (article 6 limits them to matches played at home, so that they "
        "cannot apply to the Super Cup in London), the whole article = the nineteenth set's snn-a8fc97cae178 "
        "(aleqtisadiya, 2015-08-02, إضافة «وخارجيا» تحبط عبدالغني وعيد والراهب والشمراني), the report of the same "
        "agenda item of the same day's meeting on the same lawyer's point (tf-idf cosine 0.24, 3-gram Jaccard 0.013, "
        "under the automatic 0.3)",
    "http://www.alriyadh.com/1069410":
        "the Nusra Front's attack at dawn on Friday 31 July 2015 on the headquarters of the US-trained Division 30 "
        "near Azaz and the clashes that followed, with the kidnapping of its commander Col. Nadim al-Hassan and seven "
        "of his men on the evening of 29 July: s1 and s5-s9 (six of its ten sentences) report the kidnapping from the "
        "same Observatory statement (the Azaz meeting, the Division's call on Nusra to free the captives word for "
        "word, the Pentagon's denial) = the second set's snn-ad5fe406f7b3 (aawsat, 2015-07-31, «جبهة النصرة» تخطف 7 "
        "عناصر من فرقة سورية دُربت بإطار برنامج أميركي), whose main story is the same kidnapping, as the eighth set's "
        "alwatan 230595 entry; and its lead, the Friday attack, is the attack the fifth set's alweeam 350757 entry "
        "judged the same story as the second set's snn-126d50effe72 (tf-idf cosine 0.48, 3-gram Jaccard 0.101, under "
        "the automatic 0.3)",
    "http://www.alweeam.com.sa/348555/قوات-هادي-تسيطر-على-معظم-حي-التواهي-آخر/":
        "the pro-Hadi forces' and the Popular Resistance's taking of al-Tawahi, the Houthis' last stronghold in Aden, "
        "on Monday 20 July 2015 (the presidential palace, the radio and television building and the Fourth Military "
        "Region's command retaken, the sweep of the district, the Maashiq palace in Crater still held), with the UAE "
        "technical team for Aden airport and the Houthi shelling of Dar Saad of Sunday, the whole article = the "
        "nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة الشعبية تسيطر على مبان رئاسية وعسكرية "
        "في عدن), whose main story is the same taking of al-Tawahi (the completed sweep of the palace, the radio and "
        "television and the Fourth Region's command, the district under full control after Monday's sweep) with the "
        "same airport team and Dar Saad shelling (tf-idf cosine 0.18, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/الجبير-يكشف-ملابسات-زيارة-وفد-حماس-للس/":
        "al-Jubeir's talks with the Egyptian foreign minister Sameh Shoukry in Jeddah on Thursday 23 July 2015 and "
        "their joint press conference (Yemen and Egypt's support of the legitimacy, Syria on the Geneva I principles "
        "with Assad's departure, the Hamas delegation's visit for umrah only), the whole article = the eleventh set's "
        "snn-5379a3bbfe5a (alriyadh, 2015-07-23, الجبير: مصر جزء أساسي من التحالف الداعم للشرعية في اليمن), the "
        "report of the same talks and press conference, as the twenty-first set's okaz 785317 entry (tf-idf cosine "
        "0.27, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.alweeam.com.sa/349859/قتيلان-من-حزب-الله-في-غارة-اسرائيلية-ع/":
        "the Israeli drone strike of Wednesday 29 July 2015 on a car at al-Hadar in the Quneitra countryside that "
        "killed two Hezbollah members (reported by al-Manar), the whole article = the tenth set's snn-68833be3cb34 "
        "(alwatan, 2015-07-31, حزب الله يعترف بمقتل اثنين من عناصره في القنيطرة), whose main story is the same strike "
        "\"أول من أمس\" (tf-idf cosine 0.10, 3-gram Jaccard 0.006, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231690&CategoryID=1":
        "the attacks of Monday 10 August 2015 in Istanbul (the two women's shooting at the US consulate in Sariyer, "
        "the DHKP-C's claim, the police's cordon, the witness Akkay's account of the police's orders, the arrest of "
        "one woman, the Sultanbeyli car bomb) = the first set's snn-1ba3c02c0c0d (3alyoum, 2015-08-10, استهداف قنصلية "
        "أمريكية بأسطنبول والعنف يحصد تسعة قتلى في تركيا), the report of the same attacks from the same agency copy "
        "(its sentences word for word), as the twenty-first set's alyaum 4082984 entry (tf-idf cosine 0.56, 3-gram "
        "Jaccard 0.249, under the automatic 0.3)",
    "http://www.3alyoum.com/news/a/اليمن-المقاومة-الشعبية-تبدأ-عملية-تحر/":
        "the clashes of Saturday 8 August 2015 between the Houthis and the Popular Resistance in the Arhab district "
        "north of Sanaa (the village of al-Janadiba, the Houthis' raid to abduct citizens charged with belonging to "
        "ISIS and al-Qaeda, the heavy and light weapons): s3-s4 (\"من جانب آخر\", two of the article's four sentences "
        "of text, a main report beside the start of the Abyan operation) are the twenty-first set's snn-3abca6e7dc76 "
        "(alweeam, 2015-08-08, اليمن : قتلى وجرحى من الحوثيين في اشتباكات مع المقاومة بأرحب) word for word, its whole "
        "text, as the twenty-third set's aawsat 415966 and the eighth set's alwatan 230595 entries (a main report "
        "beside another) (tf-idf cosine 0.62, 3-gram Jaccard 0.273, under the automatic 0.3)",
    "http://www.alweeam.com.sa/349529/المركزي-الإيراني-أرصدة-إيران-التي-سيف/":
        "the Iranian central bank governor Valiollah Seif's statement of Sunday 26 July 2015 that Iran's frozen "
        "assets abroad to be released under the nuclear deal are 29 billion dollars and not 100 billion (23 billion "
        "of the central bank's and 6 of the government's, the 35 billion in oil projects and 22 billion in Chinese "
        "guarantees, the 200-300 billion of foreign investment Iran can absorb), the whole article = the seventh "
        "set's snn-db17028656ef (alweeam, 2015-07-26, طهران: موجوداتنا المجمدة في الخارج 29 مليار دولار), the report "
        "of the same statement (tf-idf cosine 0.32, 3-gram Jaccard 0.029, under the automatic 0.3)",
    "http://aawsat.com/home/article/415126/نصر-الله-حزب-الله-يتلقى-الدعم-المادي-من-إيران-ونفتخر-بذلك":
        "Hassan Nasrallah's speech of Saturday 25 July 2015 at a Hezbollah ceremony (his first public statements "
        "after the nuclear deal: the party's reliance on Iran's support, which Iran will not give up, the United "
        "States the great Satan before and after the deal, the US sanctions on three of its leaders), the whole "
        "article = the fourth set's snn-141deaaa19ef (3alyoum, 2015-07-25, نصر الله : إيران لن تتخلى عن دعمها لحزب "
        "الله بعد الاتفاق النووي), the report of the same speech at the ceremony honouring the children of the "
        "party's fallen fighters (tf-idf cosine 0.13, 3-gram Jaccard 0.002, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
