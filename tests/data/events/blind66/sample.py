"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-sixth PLOVER events blind set.

Rule (the sixty-fifth set's sampler, /work/main/tests/data/events/blind65/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-66: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261366);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 66) (262 files: the table of set 65 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-fifth set's
        events/blind65/sample.jsonl and events-blind65.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-five events sets' 1,209 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-fifth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-66)

SEED = 20261366
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-66: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-66: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 260 files of the set-65
# table plus the sixty-fifth set's events/blind65/sample.jsonl and events/events-blind65.jsonl, 262 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind66.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 66)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-five events sets' articles
# (url -> reason); see SOURCE-events-blind66.txt. The first four hundred and twenty-seven entries are the earlier
# sets' (tests/data/blind_tables.py, including the sixty-fifth set's eleven; same_story(66) holds no entry first used
# by a sixty-sixth set); the five entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(66))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.aleqt.com/2015/08/04/article_978847.html":
        "the capture of al-Anad air base in Lahj by the Yemeni national army and the Popular Resistance on the "
        "afternoon of Monday 3 August 2015 under heavy air cover (the toll of some 30 Houthi and Saleh fighters "
        "and five of the resistance, the combing operation, President Hadi's announced 'zero hour' for al-Anad), "
        "the headlined main story of the article (title, s0-s8; the Marib clashes and the coalition's raids, the "
        "shipping diverted to Aden and the rial's collapse further items) = the fourth set's snn-adfd38fff3b0 "
        "(sabq, 2015-08-04, \"العند\" قاعدة سوفيتية استضاف فيها صالح الإيرانيين لقتل اليمنيين بالألغام), whose news "
        "(s5) reports the same capture 'اليوم' after fierce battles: the main story of one article a main report "
        "of the other, as the sixth, twenty-third, twenty-eighth, forty-fifth and forty-sixth sets' entries for "
        "the same capture (tf-idf cosine 0.26, 3-gram Jaccard 0.005, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/03/article_978553.html":
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the members of the "
        "Saudi Football Federation under Ahmed Eid of Sunday 2 August 2015 and the controls on the clubs' debts "
        "agreed there (a single chartered accountant for the premier-league clubs, a financial year ending in "
        "June, bans on registering players above debt ceilings by league rank, the youth incentives from the "
        "television income; his statement after the meeting), the headlined main story of the article (s0-s6; the "
        "Super Cup in London, the Jeddah stadium, the privatisation file and the veterans' society further items) "
        "= the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات "
        "متدرجة للمتجاوزين), whose whole story is the same meeting with the same proposals: two reports of one "
        "event, as the fifty-ninth set's alyaum 4081546 and the sixty-fifth set's aleqt 978415 and alriyadh "
        "1069947 entries (tf-idf cosine 0.38, 3-gram Jaccard 0.042, under the automatic 0.3)",
    "http://aawsat.com/home/article/415756/ظريف-في-جولة-إعلان-نوايا-في-الكويت-وقطر":
        "the Iranian foreign minister Mohammad Javad Zarif's visit to Kuwait on Sunday 26 July 2015, the first "
        "leg of his regional tour taking in Qatar and Iraq after the nuclear agreement (his press conference and "
        "call to the Gulf states to cooperate against extremism, his talks with the Emir and his Kuwaiti "
        "counterpart, Amir-Abdollahian's words on the tour), the headlined main story of the article (title, "
        "s0-s14; Zarif's statement of Friday, Rouhani's Kurdistan speech and Bahrain's foiled arms plot and "
        "recall of its ambassador further items) = the thirty-sixth set's snn-108d0a36044d (aljazirah, "
        "2015-07-26, وزير الخارجية الإيراني يزور الكويت وقطر والعراق لبحث التعاون الإقليمي وشرح بنود الاتفاق "
        "النووي), whose main story announces the same tour 'tomorrow': a visit announced and its report, as the "
        "thirty-seventh set's aawsat 415976, the forty-fourth set's alriyadh 1068139, the fifty-first set's "
        "alweeam 349368 and the fifty-fourth set's alweeam 349347 entries for the same visit (tf-idf cosine 0.22, "
        "3-gram Jaccard 0.012, under the automatic 0.3)",
    "http://aawsat.com/home/article/422166/«الأوروبي»-والولايات-المتحدة-يحضان-أنقرة-على-«رد-متكافئ»-على-«العمال-الكردستاني»":
        "the PKK's attack on a Turkish military convoy on the morning of Tuesday 4 August 2015 that killed two "
        "soldiers (s1, an item of its own: 'وفي هجوم جديد صباح اليوم استهدف قافلة عسكرية، قتل جنديان تركيان'), "
        "beside the headlined call of the EU and the United States of the same day for a proportionate Turkish "
        "response (s0, s7-s13, reported in no earlier set) = the fifteenth set's snn-5e81ffc1eed4 (aawsat, "
        "2015-08-04, مقتل جنديين تركيين بهجوم نسب لمتمردي «العمال الكردستاني»), whose whole story is the same "
        "attack (the mine set off as a military convoy passed in Sirnak, the two soldiers killed): the main story "
        "of one article a main report (a one-sentence item of its own) of the other, read both ways as the "
        "thirty-fifth set's aawsat 416136 entry (a further item of the new article the whole story of the earlier "
        "one), and as the thirty-fourth set's alweeam 350808 entry for the same attack (tf-idf cosine 0.20, "
        "3-gram Jaccard 0.020, under the automatic 0.3)",
    "http://aawsat.com/home/article/422951/المقاومة-الشعبية-تتعقب-المتمردين-الحوثيين-وحلفاءهم-بعد-طردهم-من-«العند»-ومدينة":
        "the pursuit and combing of Lahj by the Popular Resistance and the loyal forces on Wednesday 5 August "
        "2015 after the capture of al-Houta, the province's capital, and of al-Anad base (the rebels besieged in "
        "Wadi al-Husaini between al-Houta and al-Anad, the toll of the last 24 hours, al-Houta under control "
        "after the combing of Tuesday night and Wednesday morning), the headlined main story of the article "
        "(title, s0-s8; Kahwaji's views, the Houthi leader's offer and the Saudi aid plane at Aden further items) "
        "= the thirty-ninth set's snn-7fbc367be596 (alwatan, 2015-08-07, تمشيط لحج.. المهمة الكبرى أمام الثوار), "
        "whose whole story is the same combing of Lahj after the same capture of al-Houta and al-Anad (the "
        "clashes with the rebels who fled to Wadi al-Husaini, the toll of the battles of al-Houta): the control "
        "of a city and its combing the next reports of one advance, as the forty-seventh set's alriyadh 1070443 "
        "entry (tf-idf cosine 0.22, 3-gram Jaccard 0.006, under the automatic 0.3; the fifty-sixth set's "
        "snn-f7e014ed90d8, alwatan 08-06, whose further item s2-s5 is the same combing, 0.18, 0.007)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
