"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-seventh PLOVER events blind set.

Rule (the sixty-sixth set's sampler, /work/main/tests/data/events/blind66/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-67: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261367);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 67) (264 files: the table of set 66 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-sixth set's
        events/blind66/sample.jsonl and events-blind66.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-six events sets' 1,221 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-sixth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-67)

SEED = 20261367
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-67: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-67: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 262 files of the set-66
# table plus the sixty-sixth set's events/blind66/sample.jsonl and events/events-blind66.jsonl, 264 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind67.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 67)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-six events sets' articles
# (url -> reason); see SOURCE-events-blind67.txt. The first four hundred and thirty-two entries are the earlier
# sets' (tests/data/blind_tables.py, including the sixty-sixth set's five; same_story(67) holds no entry first used
# by a sixty-seventh set); the six entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(67))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4081355":
        "the eighth International Honey Festival of al-Baha at the Raghadan forest park (organised by the "
        "cooperative beekeepers' society under Dr Ahmed al-Khazim, opened on Friday 31 July 2015 for 12 days: the "
        "50 beekeepers' products, the British honey festival's participation, the tenth national scientific "
        "meeting of beekeepers, the visitors of the first day), the whole article = the fortieth set's "
        "snn-7776bff461d0 (okaz, 2015-07-25, مهرجان العسل الدولي يعزز مكانة الباحة السياحية), whose whole story is"
        " the same eighth festival described before its opening by the same organiser (its aims, its exhibition, "
        "the tenth national meeting, the shows): the preview of an event and the report of it, as the eleventh and"
        " thirteenth sets' rule (the first set's snn-b9d482944dba, almadina 08-08, a later activity of the same "
        "festival, 0.33, 0.034) (tf-idf cosine 0.22, 3-gram Jaccard 0.008, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082330":
        "the landing at Aden airport on Thursday 6 August 2015 of the first commercial plane since the airport's "
        "closure more than four months before (a Yemenia aircraft bringing back 150 citizens who had fled to "
        "Djibouti; the Red Cross plane with 30 prisoners for the exchange), the headlined main story of the "
        "article (title, s0-s6; the force sent from Hadramawt to Shabwa, the Marib clashes and the coalition's "
        "raids further items) = the eighth set's snn-3ce60724ab52 (aawsat, 2015-08-07, طائرة مدنية تحط في عدن "
        "والمقاومة تواصل التقدم شمالا), whose headlined main story is the same first civil plane in four months, a"
        " Yemenia aircraft from Djibouti carrying Yemeni refugees: two reports of one event (tf-idf cosine 0.19, "
        "3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230829&CategoryID=1":
        "the Nusra Front's kidnapping of eight fighters of the US-trained Division 30 near Azaz (northern Aleppo "
        "countryside) on the evening of Wednesday 29 July 2015, reported with the video Nusra broadcast confirming"
        " it, the Pentagon's denial and Nusra's attack of Friday on the Division's headquarters (s9-s18, ten of "
        "the article's twenty-four sentences after 'إلى ذلك', an item of its own beside the headlined call of the "
        "former US assistant secretary of state James Rubin in the Sunday Times to topple Assad, s0-s8, reported "
        "in no earlier set) = the second set's snn-ad5fe406f7b3 (aawsat, 2015-07-31, «جبهة النصرة» تخطف 7 عناصر من"
        " فرقة سورية دُربت بإطار برنامج أميركي), whose whole story is the same kidnapping: a second item of one "
        "article the whole story of the other, as the twenty-eighth set's al-jazirah 20150801/ln48 entry and the "
        "sixty-sixth set's aawsat 422166 entry, and the sixteenth, thirty-ninth and fiftieth sets' entries for "
        "reports of the same video (tf-idf cosine 0.17, 3-gram Jaccard 0.007, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230602&CategoryID=1":
        "Prince Mohammed bin Salman's visit to Cairo of Thursday 30 July 2015, his meeting with President al-Sisi "
        "at the military academies' graduation and the Saudi-Egyptian agreement of six points issued there (the "
        "Cairo Declaration: military cooperation and the joint Arab force, the maritime border, energy, "
        "investments), the whole article = the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي "
        "العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose main story is"
        " the same visit and declaration: two reports of one event, as the thirtieth, thirty-sixth, forty-first, "
        "forty-sixth, fifty-first, fifty-eighth, sixty-fourth and sixty-fifth sets' entries for the same visit "
        "(tf-idf cosine 0.33, 3-gram Jaccard 0.054, under the automatic 0.3)",
    "http://aawsat.com/home/article/414441/الجيش-السوري-الحر-وفصائل-المعارضة-يرحبون-بالتدخل-التركي-رغم-بعض-التحفظات":
        "the first Turkish air raids on ISIS positions in northern Syria at dawn on Friday 24 July 2015 (four "
        "Turkish fighters, nine ISIS fighters killed, the border clash with the Turkish army before them), an item"
        " of its own of the article (s10-s11 after 'إلى ذلك', beside the headlined welcome of the Free Syrian Army"
        " and the northern opposition factions for Turkey's entry into the war on ISIS, s0-s9, and ISIS's media "
        "campaign, s12-s15) = the twenty-fourth set's snn-b442871241e3 (alweeam, 2015-07-24, تركيا: مقاتلات F16 "
        "قصفت مواقع لداعش في سوريا), whose whole story is the same dawn raids with the same border clash of the "
        "day before: a second item of one article the whole story of the other, as the twenty-eighth set's al-"
        "jazirah 20150801/ln48 entry and the sixty-sixth set's aawsat 422166 entry, and the twenty-seventh, forty-"
        "seventh, fifty-second and fifty-sixth sets' entries for the same raids (tf-idf cosine 0.09, 3-gram "
        "Jaccard 0.000, under the automatic 0.3)",
    "http://www.alyaum.com/article/4082411":
        "the truck bomb in the residential Shah Shahid quarter of Kabul on the morning of Friday 7 August 2015 (15"
        " killed and more than a hundred wounded, the first big attack in the capital since Mullah Omar's "
        "successor was named; President Ghani's condemnation, the police's view of the target; the Kandahar and "
        "Logar attacks and the UN mission's half-year figures further items), the whole story of the article = the"
        " twenty-fourth set's snn-67b5bcda7880 (aawsat, 2015-08-08, الأطلسي: 8 مدنيين قتلوا في الهجوم على قاعدة "
        "أميركية بأفغانستان), whose s6-s7 report the same truck bomb in Kabul the same Friday with the same toll "
        "of 15 and the wave's toll (a one-sentence item of its own), and the eighth set's snn-af4cc46a2d35 "
        "(3alyoum, 2015-08-07, هجوم انتحاري يستهدف أكاديمية الشرطة في كابول), whose s1 recalls it: the main story "
        "of one article a main report of the other, as the fortieth set's al-jazirah 20150809/du9 and the sixty-"
        "fifth set's 3alyoum entries for the same wave of Kabul attacks and the sixty-sixth set's aawsat 422166 "
        "entry (tf-idf cosine 0.07 and 0.09, 3-gram Jaccard 0.003 and 0.000, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
