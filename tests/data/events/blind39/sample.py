"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-ninth PLOVER events blind set.

Rule (same as the thirty-eighth set's sampler, /work/main/tests/data/events/blind38/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261285);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 20:14 UTC (165 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind38.jsonl and claims/blind38/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-eight sets incl.
        events-blind38.jsonl and events/blind38/sample.jsonl; files created later, such as the claims
        blind39 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-eight events sets' 760 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-39)

SEED = 20261285
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 20:14 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind39.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 39)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-eight events sets' articles
# (url -> reason); see SOURCE-events-blind39.txt. The first hundred and fifty-nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-eighth set's six; same_story(39) holds no entry first used by
# a thirty-ninth set); the nine entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(39))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1070038":
        "the Nusra Front's kidnapping of eight fighters of the US-trained Division 30 near Azaz (northern Aleppo "
        "countryside) on the evening of Wednesday 29 July 2015: this article reports the video Nusra broadcast showing "
        "the kidnapped men (title, s0, s3-s4), with the kidnapping itself from the same Observatory statement, Nusra's "
        "claim of it and the Pentagon's denial as a main paragraph (s2-s3) and the Friday attack on the Division's "
        "headquarters (s5) = the second set's snn-ad5fe406f7b3 (aawsat, 2015-07-31, «جبهة النصرة» تخطف 7 عناصر من "
        "فرقة سورية دُربت بإطار برنامج أميركي), whose main story is the same kidnapping: a later step of one event "
        "with the event itself as a main report, as the sixteenth set's al-jazirah 20150803/du7 entry for another "
        "report of the same video (tf-idf cosine 0.27, 3-gram Jaccard 0.027, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/مظاهرات-واسعة-في-العراق-ضد-الفساد/":
        "the demonstrations in Baghdad, Basra and other cities on Friday 7 August 2015 against corruption and the power "
        "cuts and the Friday sermon of al-Sistani's representative Ahmed al-Safi calling on al-Abadi to strike the "
        "corrupt 'with an iron hand' and to be bolder in his reforms, the whole article = the thirty-first set's "
        "snn-85e6e7950c4b (alwatan, 2015-08-08, تظاهرات عراقية تطالب بتحسين الأداء الحكومي), whose main story is the "
        "same sermon and the same day's demonstrations, and the fourth set's snn-54611314da74 (aawsat, 2015-08-07, "
        "العراقيون يتظاهرون احتجاجًا على الفساد ونقص الخدمات.. ودعوات لمحاسبة المسؤولين), the report of the same "
        "demonstrations, as the sixteenth and thirty-fifth sets' okaz 788372 and alriyadh 1071278 entries (tf-idf "
        "cosine 0.11 and 0.07, 3-gram Jaccard 0.003 and 0.000: other translations, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150723/du8.htm":
        "the Turkish authorities' announcement on Wednesday 22 July 2015 that the Suruc suicide bomber was a man of "
        "twenty (the DNA analysis, the initials 'ش أ أ', his joining ISIS two months before, the blast in the "
        "cultural centre's garden), the main story of the article (title, s0-s4; s5-s8 the Kobani background and the "
        "Diyarbakir link, s9-s12 the two policemen found dead at Ceylanpinar, s13-s14 the Twitter ban) = the sixteenth "
        "set's snn-517ecfb4b81e (almadina, 2015-07-23, تركيا: إبطال مفعول عبوة ناسفة بجانب مقر حزب «العدالة»), "
        "whose s0-s1 and s2-s8 are the same AFP copy of the same announcement and of the same find nearly word for "
        "word, and its snn-f6116f644d49 (aawsat, 2015-07-22; s7-s8 the same announcement, s5-s6 the same Twitter "
        "ban) (tf-idf cosine 0.46 and 0.28, 3-gram Jaccard 0.277 and 0.054, under the automatic 0.3)",
    "http://www.al-madina.com/node/620813/واشنطون-بوست-اتفاق-أمريكي-سعودي-على-تطويق-الانتشار-العسكري-الإيراني.html":
        "the US defence secretary Ashton Carter's talks with King Salman and Prince Mohammed bin Salman on Wednesday 22 "
        "July 2015 during his visit to the Kingdom (their agreement, in the Washington Post's account, to contain "
        "Iran's military spread after the nuclear deal; the King's call for strong inspections and a snap-back of the "
        "sanctions; Yemen), the whole article = the twenty-ninth set's snn-898d11cc5c18 (alweeam, 2015-07-22, وزير "
        "الدفاع الامريكي يصل السعودية لمناقشة اتفاق إيران), whose whole story is Carter's arrival in the Kingdom the "
        "same Wednesday to meet King Salman and reassure the Kingdom after the nuclear deal: a visit announced on its "
        "arrival and the report of its talks, as the thirty-third set's Senate-hearing and the thirty-seventh set's "
        "Zarif-Kuwait entries (a preview and its report) (tf-idf cosine 0.11, 3-gram Jaccard 0.008, under the "
        "automatic 0.3)",
    "http://www.alriyadh.com/1066489":
        "the decree-law against contempt of religions, discrimination and hate speech issued by the UAE president "
        "Sheikh Khalifa bin Zayed and announced on Monday 20 July 2015 (death for takfir that incites a murder, "
        "prison and fines of up to a million dirhams), the whole article = the twenty-eighth set's snn-df260d699d53 "
        "(alyaum, 2015-07-21, قانون إماراتي يجرم ازدراء الأديان بعقوبة تصل للإعدام), the report of the same decree "
        "from the same copy (its clauses word for word) (tf-idf cosine 0.65, 3-gram Jaccard 0.291, just under the "
        "automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/مقتل-طفل-فلسطيني-في-هجوم-لمتطرفين-يهود/":
        "the arson attack of Friday 31 July 2015 on a house in Duma near Nablus in which suspected Jewish extremists "
        "killed an 18-month-old Palestinian child and wounded his brother and parents (the police spokeswoman, the "
        "'price tag' graffiti), the whole article = the eleventh set's snn-02b8e7262025 (alwatan, 2015-08-01, استشهاد "
        "رضيع فلسطيني حرقا بهجوم لمستوطنين), whose main story (s0-s1) is the same attack (the later articles on the "
        "reactions, the pursuit, the detentions and the father's death, the sixth, seventh, eighth, sixteenth, "
        "twenty-first and thirty-seventh sets', are other stories) (tf-idf cosine 0.08, 3-gram Jaccard 0.002: two "
        "translations, under the automatic 0.3)",
    "http://aawsat.com/home/article/423676/كارثة-هيروشيما-تستذكر-عامها-الـ70":
        "the ceremony in Hiroshima on Thursday 6 August 2015 marking the seventieth anniversary of the atomic bomb "
        "(the minute of silence at 8.15, the mayor Kazumi Matsui's call to abolish nuclear weapons, the survivors), the "
        "whole article = the twenty-fourth set's snn-e77d3f1c45be (3alyoum, 2015-08-06, الأجراس تقرع في هيروشيما "
        "إحياء للذكرى السبعين لأول هجوم نووي), the report of the same ceremony the same day (tf-idf cosine 0.22, "
        "3-gram Jaccard 0.010, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785146.htm":
        "the Turkish authorities' announcement on Wednesday 22 July 2015 that the Suruc suicide bomber was a man of "
        "twenty from Adiyaman (his initials, his joining ISIS two months before, the blast in the cultural centre's "
        "garden), the whole article with the lifting of the Twitter ban (s4) = the sixteenth set's snn-517ecfb4b81e "
        "(almadina, 2015-07-23, تركيا: إبطال مفعول عبوة ناسفة بجانب مقر حزب «العدالة»), s0-s1, and the "
        "thirty-seventh set's snn-4b25fffbafac (alwatan, 2015-07-23, دي ميستورا قلق من معركة الزبداني), s10-s13, the "
        "same AFP copy word for word, as this set's al-jazirah 20150723/du8 entry above (tf-idf cosine 0.25 and 0.42, "
        "3-gram Jaccard 0.085 and 0.161, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150721/du3.htm":
        "the pro-Hadi forces' and the Popular Resistance's taking of most of al-Tawahi, the Houthis' last stronghold in "
        "Aden, on Monday 20 July 2015 (the 22 May presidential palace and the Fourth Military Region's command "
        "retaken, the sweep of the last pockets, 28 killed in 24 hours), with the Houthi shelling of northern Aden on "
        "Sunday, the whole article = the nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة "
        "الشعبية تسيطر على مبان رئاسية وعسكرية في عدن), whose main story is the same taking of al-Tawahi (with the "
        "Dar Saad shelling of Sunday), as the twenty-fourth set's alweeam 348555 entry (tf-idf cosine 0.11, 3-gram "
        "Jaccard 0.003, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
