"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-third PLOVER events blind set.

Rule (same as the thirty-second set's sampler, /work/main/tests/data/events/blind32/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261273);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 18:33 UTC (141 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind32.jsonl and claims/blind32/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-two sets incl.
        events-blind32.jsonl and events/blind32/sample.jsonl; files created later, such as the claims
        blind33 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-two events sets' 640 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-33)

SEED = 20261273
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 18:33 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind33.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 33)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-two events sets' articles
# (url -> reason); see SOURCE-events-blind33.txt. The first hundred and nineteen entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-second set's seven; same_story(33) holds no entry first used by
# a thirty-third set); the seven entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(33))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.al-madina.com/node/620722/خادم-الحرمين-يستقبل-وزير-الخارجية-المصري.html?live":
        "the visit to the Kingdom of the Egyptian foreign minister Sameh Shoukry of 22-23 July 2015, here King "
        "Salman's reception of him and his delegation at al-Salam palace (President al-Sisi's greetings, the "
        "cooperation of the two countries and the region's developments reviewed, al-Jubeir present), the whole "
        "article = the eleventh set's snn-5379a3bbfe5a (alriyadh, 2015-07-23, الجبير: مصر جزء أساسي من التحالف "
        "الداعم للشرعية في اليمن), the report of the same visit (his meeting with the Crown Prince and his talks and "
        "joint press conference with al-Jubeir in Jeddah): another meeting of the same visit, as the seventh, "
        "twenty-first and twenty-third sets' entries for Carter's second day in Erbil and the thirty-second set's "
        "entries for Obama's first day in Kenya, beside the twenty-first, twenty-fourth and twenty-sixth sets' "
        "entries for the same talks (tf-idf cosine 0.18, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://aawsat.com/home/article/420856/«الكردستاني»-يستأنف-الحرب-الانتحارية-ضد-تركيا":
        "the PKK suicide attack of the night of 1-2 August 2015 on a gendarmerie post in eastern Turkey (a suicide "
        "bomber driving a tractor loaded with explosives into the post, two soldiers killed and 31 wounded; the "
        "PKK's claim of it, with a Kurdish spokesman's comment on the return to suicide attacks), the whole article "
        "= the first set's snn-831f3bbddb7f (aleqtisadiya, 2015-08-02, مقتل جنديين تركيين وجرح 24 آخرين في هجوم "
        "انتحاري على مركز للدرك نسب للمتمردين الاكراد), the report of the same attack (the same tractor bomb at the "
        "gendarmerie post near Dogubayazit, Agri, the same two soldiers killed; a later count of the wounded) "
        "(tf-idf cosine 0.22, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.3alyoum.com/news/golobal/a/بعد-مطالبات-بإعدامه-القبض-على-سليمان-ا/":
        "the Syrian authorities' announcement (SANA, the Latakia governor) of Monday 10 August 2015 of the arrest "
        "of Suleiman al-Assad, Bashar al-Assad's relative, accused of killing the air force colonel Hassan al-Sheikh "
        "over the right of way in Latakia (arrested at a farm in the Latakia countryside, to be referred to the "
        "judiciary; the demonstration demanding his execution recalled), the whole article = the thirteenth set's "
        "snn-a544be0dca22 (alriyadh, 2015-08-11, التلفزيون السوري: القبض على ابن عم الأسد), the report of the same "
        "announcement the same day, as the thirty-second set's alweeam 351896 entry (tf-idf cosine 0.31, 3-gram "
        "Jaccard 0.021, under the automatic 0.3)",
    "http://aawsat.com/home/article/419581/طرد-47-ألف-عاملة-في-إيران-من-وظائفهن-بعد-إجازة-الأمومة":
        "the disclosure by an official of Iran's social security organisation that 47,000 working women lost their "
        "jobs on returning from maternity leave while the new law extending the leave awaits its funding (the "
        "ministries' difficulty in paying salaries under the austerity budget of March), the article's news (s0-s5; "
        "s6-s7 a comment on the Western companies' fears) = the thirty-second set's snn-c046a3ea13c4 (alriyadh, "
        "2015-07-31, تسريح 47 ألف امرأة في إيران بعد عودتهن من إجازة الأمومة), the report of the same disclosure (its "
        "austerity-budget sentence nearly word for word) (tf-idf cosine 0.33, 3-gram Jaccard 0.054, under the "
        "automatic 0.3)",
    "http://www.alriyadh.com/1070150":
        "the GCC foreign ministers' joint meeting with the US secretary of state John Kerry in Doha on Monday 3 "
        "August 2015 and Kerry's joint press conference with the Qatari foreign minister Khalid al-Attiyah after it "
        "(the agreement to speed up arms sales, military exercises and missile-defence integration, al-Attiyah's "
        "\"best option\" for the nuclear deal, Kerry on Yemen, ISIS and Syria), the whole article = the third set's "
        "snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), the editorial on the same meeting the "
        "day it was held: the preview of an event and the report of it, as the fifth set's al-jazirah "
        "20150803/du10, the sixth set's alwatan 230832 and the thirty-second set's alyaum 4081715 and okaz "
        "20150804/787523 entries (tf-idf cosine 0.17, 3-gram Jaccard 0.012, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231624&CategoryID=1":
        "the Popular Resistance's offensive in al-Dhale province of 8-9 August 2015: its announcement that the "
        "whole province is free of the Houthi rebels after retaking the al-Sadrain and Central Security camps and "
        "al-Jumaima (the fighting at Sanah, the border strip, the central prison and the police headquarters), with "
        "the storming of the al-Sadrain camp itself as a main paragraph (s0 \"بعد استعادتها معسكري الصدرين\", "
        "s4-s5: the advance into Muris and the full recapture of the camp overlooking the city, then the border "
        "strip) = the fifteenth set's snn-e3f0d0b1306b (alwatan, 2015-08-09, الثوار يستردون معسكر الصدرين), whose "
        "whole story is the same storming of the al-Sadrain camp with the liberation of Qataba and Muris: a later "
        "step of one offensive with the earlier step as a main report, as the fourteenth set's aawsat 425086 and "
        "the sixteenth set's al-jazirah 20150803/du7 entries (the Taiz and Abyan items, s7-s10, are further items) "
        "(tf-idf cosine 0.21, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://sabq.org/IACgde":
        "the Senate Foreign Relations Committee's hearing of Thursday 23 July 2015 on the Iran nuclear deal with "
        "the secretaries John Kerry, Ernest Moniz and Jack Lew (their closed sessions with both houses the day "
        "before, the Republicans unmoved, the vote due in September, Boehner's renewed vow to stop the deal), the "
        "whole article = the twenty-seventh set's snn-36f84d32f80f (almadina, 2015-07-24, تقرير: مسؤولون أمريكيون "
        "تحت ضغط الكونغرس للكشف عن معلومات بخصوص الاتفاق النووي الإيراني), whose main story is the same hearing "
        "(the same three secretaries before the same committee on Thursday, the closed sessions of Wednesday), "
        "the preview of an event and the report of it (its last sentence, Boehner's vow, is the story of the "
        "thirtieth set's snn-9d5a1026e470) (tf-idf cosine 0.18, 3-gram Jaccard 0.016, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
