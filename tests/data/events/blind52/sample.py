"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifty-second PLOVER events blind set.

Rule (same as the fifty-first set's sampler, /work/main/tests/data/events/blind51/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261311);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 01:10 UTC (216 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind47.jsonl, claims/blind47/sample.jsonl and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-one sets
        incl. events-blind51.jsonl, events/blind51/sample.jsonl and events/second50/; files created later are not
        part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-one events sets' 1,020 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-52)

SEED = 20261311
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 01:10 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind52.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 52)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-one events sets' articles
# (url -> reason); see SOURCE-events-blind52.txt. The first three hundred and nine entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-first set's fifteen; same_story(52) holds no entry first
# used by a fifty-second set); the twelve entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(52))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229859&CategoryID=1":
        "the Pentagon's announcement (Jeff Davis's statement of Tuesday 21 July 2015) that a coalition air strike near "
        "Sarmada in north-western Syria on 8 July killed Muhsin al-Fadhli, the leader of the Khorasan group (his record: "
        "the 9/11 foreknowledge, the Failaka and Limburg attacks of 2002, the earlier strike of September), the whole "
        "article = the twenty-ninth set's snn-ab92dadb0077 (3alyoum, 2015-07-24, مقتل محسن الفضلي زعيم جماعة خراسان بغارة "
        "أمريكية في سوريا), whose whole story is the same announcement of the same strike near Sarmada with the same "
        "record: two reports of one event (tf-idf cosine 0.46, 3-gram Jaccard 0.014, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348548/أمريكا-تتعهد-بمساعدة-إسرائيل-على-مواج/":
        "the US defence secretary Ashton Carter's visit to Israel on Monday 20 July 2015 (his tour of the Hussein "
        "observation post on the Lebanese border with his counterpart Moshe Yaalon, his promise of help against Iran's "
        "allies; Netanyahu's call to Congress of Sunday a further item), the whole article = the forty-first set's "
        "snn-06dc91ba2693 (alriyadh, 2015-07-22, وزير الدفاع الأميركي يلتقي نتنياهو أملاً في إقناعه بجدوى الاتفاق مع "
        "إيران), whose main story is the same visit to Israel (its meeting with Netanyahu on Tuesday) with the same "
        "Monday tour of the northern border with Lebanon (s3) and the same reassurance and offer of cooperation given to "
        "Yaalon on Monday (s7, s10): one visit, its first day and its second, as the fiftieth set's alriyadh 1067892 "
        "entry for Obama's first day in Kenya (tf-idf cosine 0.09, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://aawsat.com/home/article/414321/ثور-أميركي-ينطح-امرأة-حاولت-التقاط-صورة-سيلفي-معه":
        "a bison in Yellowstone National Park goring a 43-year-old woman who tried to take a selfie with it in the week "
        "before 25 July 2015 (the park spokeswoman Amy Bartlett's words, the fifth such incident since May; the park's "
        "bison policy further items), the whole article = the thirty-first set's snn-649379dbe7a0 (alyaum, 2015-07-25, "
        "ثور ينطح سائحة بسبب «سيلفي»), whose whole story is the same goring with the same spokeswoman's words, one "
        "translation of the same wire copy: two reports of one event (tf-idf cosine 0.56, 3-gram Jaccard 0.209, under the "
        "automatic 0.3)",
    "http://www.3alyoum.com/news/a/القوات-السعودية-تحبط-هجوماً-لميليشيا/":
        "the Saudi forces' foiling of an attack by the militias of Saleh and the Houthis on the al-Tuwal border crossing "
        "(24 July 2015: the 16 vehicles destroyed, the six-hour clashes with artillery, tanks, Apaches and the "
        "coalition's aircraft, the Katyusha plan), the whole article = the forty-first set's snn-596d96688109 (sabq, "
        "2015-07-25, مقذوفات حوثية تستهدف قرية الخوجرة بجازان دون إصابات), whose s2-s8 report the same foiled attack on "
        "the al-Tuwal crossing with the same vehicles, clashes and plan (an item of its own beside the shelling of "
        "al-Khawjara): two reports of one event (tf-idf cosine 0.52, 3-gram Jaccard 0.098, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150803/Con20150803787193.htm":
        "the meeting of the US secretary of state John Kerry with the GCC foreign ministers in Doha on Monday 3 August "
        "2015 on the consequences of the Iranian nuclear agreement (a preview, \"اليوم\": the ministers' coordination "
        "meeting of the day before, al-Jubeir heading the Saudi delegation, the trilateral meeting with Lavrov further "
        "items), the whole article = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), "
        "whose whole story is the same meeting in Doha \"today\" with the same purposes (the editorial's expectations of "
        "Kerry's briefing): two previews of one event, as the fiftieth set's okaz 785862 entry (tf-idf cosine 0.33, "
        "3-gram Jaccard 0.055, under the automatic 0.3)",
    "http://www.al-madina.com/node/621018/ليبيا-قتيلان-في-اشتباكات-بنغازي.html":
        "the fighting in central Benghazi on Thursday 23 July 2015 between the eastern government's forces and Islamist "
        "fighters (two killed and ten wounded, the air force's raids on the al-Sabri axis and Sharif Street, the new "
        "attempt on the commercial port, Faraj Aqeim's and Nasser al-Hasi's words), the whole article = the thirty-sixth "
        "set's snn-69b59f214f81 (aljazirah, 2015-07-25, الجيش الليبي يبدأ عملية تحرير مدينة الصابري ببنغازي), whose main "
        "story is Aqeim's operation to free al-Sabri with heavy weapons and air strikes and whose s7-s9 report the same "
        "two killed and ten wounded, the same Thursday attempt on the port and al-Hasi's same words: two reports of one "
        "event (tf-idf cosine 0.29, 3-gram Jaccard 0.066, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229997&CategoryID=1":
        "the Turkish air force's first raids on ISIS positions in Syria at dawn on Friday 24 July 2015 (three F-16s on "
        "three positions opposite Kilis; the police raids in Istanbul with 5,000 officers and the 251 detained, the "
        "leftist killed in an exchange of fire, the Incirlik consent and the Syrian regime's raids further items), the "
        "main story of the article (title, s0-s2, s8) = the twenty-fourth set's snn-b442871241e3 (alweeam, 2015-07-24, "
        "تركيا: مقاتلات F16 قصفت مواقع لداعش في سوريا), whose whole story is the same dawn raid of three F-16s from "
        "Diyarbakir opposite Kilis with the same Istanbul police raids: two reports of one event (tf-idf cosine 0.14, "
        "3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.alriyadh.com/1067997":
        "the car bomb that killed two Turkish soldiers and wounded four near Lice in Diyarbakir province on the night of "
        "Saturday 25 July 2015 (the army's statement blaming Kurdish militants, the governor's office's search for the "
        "perpetrators), the whole article = the eleventh set's snn-8d00ad812b5d (alyaum, 2015-07-27, مقتل جنديين تركيين "
        "وواشنطن تدعم أنقرة في ضرب «الإرهاب»), whose main story is the same car bomb on the same convoy at Lice with the "
        "same toll and the same words of the governor's office: two reports of one event (tf-idf cosine 0.27, 3-gram "
        "Jaccard 0.026, under the automatic 0.3)",
    "http://www.alriyadh.com/1067037":
        "the senior Iranian nuclear negotiator Abbas Araghchi's press conference of Wednesday 22 July 2015 (Tehran will "
        "not accept any extension of the nuclear sanctions beyond ten years, any attempt to reimpose them a violation of "
        "the Vienna agreement, the Security Council's resolution of Monday; Brigadier Pourdastan's criticism of Obama a "
        "further item), the main story of the article (title, s0-s2) = the twentieth set's snn-d81af286a142 (aawsat, "
        "2015-07-22, عراقجي: أي قرارات بعد انتهاء مدة الاتفاق النووي «ليست ذات مصداقية»), whose whole story is the same "
        "press conference with the same words: two reports of one event (tf-idf cosine 0.43, 3-gram Jaccard 0.155, under "
        "the automatic 0.3)",
    "http://www.alyaum.com/article/4081518":
        "the meeting of Prince Abdullah bin Musaed, president of Youth Welfare, with the board of the Saudi Football "
        "Federation on Sunday 2 August 2015 on the clubs' debts and the federation's approval of his two proposals (a "
        "unified accounting office, a financial year from June, the graded penalties), the whole article = the "
        "twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة "
        "للمتجاوزين), whose whole story is the same meeting and the same two proposals with the same penalties: two "
        "reports of one event (tf-idf cosine 0.63, 3-gram Jaccard 0.230, under the automatic 0.3)",
    "http://www.alweeam.com.sa/351155/غارات-على-قاعدة-عسكرية-للحوثيين-بزنجب/":
        "the coalition's air strikes on the morning of Thursday 6 August 2015 on the Houthis' and Saleh's forces in "
        "Abyan, centred on the headquarters of the 15th Infantry Brigade in Zinjibar (Wadi Duqlan, the iron factory, the "
        "Yashafi station and al-Mashhour farm; the clash between the Houthis and the former Guard at the farm over the "
        "withdrawal a further item), the whole article = the thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08, "
        "الحوثيون يهربون قبل معارك أبين), whose main story is the same operation against Zinjibar with the coalition's "
        "heavy raids on the 15th Brigade camp and the rebels' flight from it, as the forty-fifth set's alweeam 351346 and "
        "the forty-ninth set's alwatan 231078 entries for the same siege of Zinjibar of Thursday 6 August and the first "
        "set's snn-13ed6b749af5 (alweeam, 2015-08-09), the entry into Zinjibar: the next report of one advance (tf-idf "
        "cosine 0.07 and 0.19, 3-gram Jaccard 0.004 and 0.027, under the automatic 0.3)",
    "http://www.3alyoum.com/news/golobal/a/قتيل-وجرحى-بهجوم-مسلح-على-حافلة-إيراني/":
        "the armed attack on an Iranian passenger bus at 10 a.m. on Friday 7 August 2015 on the road between Dogubayazit "
        "and Van near Caldiran, just after it entered Turkey, that killed one and wounded three (IRNA's report), the "
        "whole article = the thirty-seventh set's snn-3e0ae1a53ad7 (alweeam, 2015-08-07, مقتل جنديين في هجومين للاكراد في "
        "شرق تركيا), whose headlined story is the PKK's two attacks of that Friday in eastern Turkey, the first of them "
        "(s1) the same attack on a bus with Iranian plates in Van province with the soldier killed in the security "
        "forces' response: a main report of one article the main story of the other (the seventh set's snn-ebd976f22eeb, "
        "alriyadh 2015-08-09, Iran's advice against travel by land, reports the same attack as the background of another "
        "authority's reaction) (tf-idf cosine 0.09 and 0.12, 3-gram Jaccard 0.000 and 0.005, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
