"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-third PLOVER events blind set.

Rule (same as the twenty-second set's sampler, /work/main/tests/data/events/blind22/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261253);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 15:32 UTC (101 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind22.jsonl and claims/blind22/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-two sets incl.
        events-blind22.jsonl and events/blind22/sample.jsonl; files created later, such as the claims
        blind23 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-two events sets' 440 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-23)

SEED = 20261253
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 15:32 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind23.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 23)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-two events sets' articles
# (url -> reason); see SOURCE-events-blind23.txt. The first sixty-two entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-second set's two); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(23))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788033.htm":
        "the Saudi ambassador to Egypt Ahmed Qattan's press statement on the opening of the new Suez Canal of "
        "Thursday 6 August 2015 (the Kingdom standing by Egypt and its people, Egypt a pivotal state that all must "
        "support strongly, the achievement built in record time, the economic and investment cooperation it "
        "opens), the whole article = the third set's snn-d441a06b8c76 (alwatan, 2015-08-06, محمد بن سلمان يترأس "
        "وفد المملكة في حفل افتتاح قناة السويس), whose s1-s4 report the same statement (several of its sentences "
        "word for word), as the eleventh set's alwatan 231273 entry for the same opening (tf-idf cosine 0.46, "
        "3-gram Jaccard 0.130, under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/25/article_975947.html":
        "the US defence secretary Ashton Carter's unannounced visit to Iraq of 23-24 July 2015: s7-s17 of the "
        "article (\"من جهته\", eleven of its eighteen sentences, a main report beside the Tharthar suicide car "
        "bombs and the Shirqat executions) report its second day in Erbil (the Peshmerga a model of the force "
        "needed to defeat ISIS, his words to the coalition soldiers) = the third set's snn-17df799964d8 (aawsat, "
        "2015-07-24, وزير الدفاع الأميركي: مشاركة سنة العراق في الحملة ضد «داعش» أساسية), the report of the same "
        "visit's first day, as the seventh set's alriyadh 1067712 and the ninth set's alriyadh 1067412 entries "
        "(tf-idf cosine 0.09, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350579/كيري-يلتقي-وزراء-خارجية-دول-الخليج-في-م/":
        "the Doha ministerial meetings of 2-3 August 2015: Kerry's arrival in Doha at dawn on Monday 3 August to "
        "meet the GCC foreign ministers and reassure them on the Iran nuclear deal (the planned trilateral with "
        "al-Jubeir and Lavrov, the GCC ministers' preparatory meeting of Sunday), the whole article = the third "
        "set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), whose subject is the same "
        "meeting, as the fifth to seventeenth sets' entries for al-jazirah 20150803/du10, alwatan 230832, alyaum "
        "4081704, alriyadh 1070160, alweeam 350328 and the GCC ministers' preparatory meeting (tf-idf cosine "
        "0.15, 3-gram Jaccard 0.020, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/11/article_980747.html":
        "the Ukrainian government's charge of Monday 10 August 2015 that the pro-Russian separatists shelled its "
        "positions in the heaviest artillery fire in six months (400 separatists with tanks attacking the "
        "government forces around Starognatovka north of Mariupol, the army spokesman Andriy Lysenko: the attack "
        "repelled and the lost ground retaken), the whole article = the sixth set's snn-8ce198ee3232 (alriyadh, "
        "2015-08-11, أوكرانيا تتهم الانفصاليين بشن أعنف قصف منذ ستة أشهر), the report of the same shelling from "
        "the same agency copy (its sentences on the 400 separatists and Lysenko's words word for word) (tf-idf "
        "cosine 0.54, 3-gram Jaccard 0.160, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150804/du15.htm":
        "the battle for al-Anad of 3-4 August 2015 (the Popular Resistance, with the coalition's air support, "
        "taking full control of al-Anad air base on Monday 3 August after driving out the Houthis and their "
        "allies; the pro-government forces' offensive of that day), the main story of the article (title, s0-s3, "
        "s6-s9) = the fourth set's snn-adfd38fff3b0 (sabq, 2015-08-04, \"العند\" قاعدة سوفيتية ...), whose news "
        "(and only current event) is the same recapture today, as the sixth set's 3alyoum entry (tf-idf cosine "
        "0.16, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://aawsat.com/home/article/415966/أنقرة-تركز-على-«الكردستاني»-وتخوض-حربا-من-طرف-واحد-ضد-داعش":
        "the car bomb that killed two Turkish soldiers in Diyarbakir province on Saturday 25 July 2015 and the "
        "White House's defence of Turkey's right to strike the PKK (Ben Rhodes from Nairobi: the PKK a terrorist "
        "organisation, Turkey's right to act against terrorist targets): three of the article's seven sentences "
        "(s3-s5, \"إلى ذلك\" and \"من ناحية ثانية\", main reports beside the campaign's third day) = the eleventh "
        "set's snn-8d00ad812b5d (alyaum, 2015-07-27, مقتل جنديين تركيين وواشنطن تدعم أنقرة في ضرب «الإرهاب»), "
        "whose main story (both halves of its title) is the same car bomb and the same Rhodes statement (word for "
        "word), as the twelfth set's okaz 785866 entry for the same car bomb (tf-idf cosine 0.28, 3-gram Jaccard "
        "0.059, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785613.htm":
        "the World Trade Organization's announcement of Friday 24 July 2015 of the agreement of 54 of its members "
        "to eliminate the customs duties on more than two hundred information-technology products (the first "
        "major tariff agreement in 18 years, the road maps due by October, Roberto Azevedo's statements), the "
        "whole article = the eleventh set's snn-ccd5da8e8152 (aljazirah, 2015-07-25, منظمة التجارة العالمية: "
        "اتفاق حاسم يلغي رسوم منتجات تكنولوجيا المعلومات), the report of the same agreement from the same agency "
        "copy (tf-idf cosine 0.67, 3-gram Jaccard 0.290, just under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
