"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-ninth PLOVER events blind set.

Rule (same as the forty-eighth set's sampler, /work/main/tests/data/events/blind48/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261305);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 00:30 UTC (207 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind46.jsonl, claims/blind46/ and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first forty-eight sets
        incl. events-blind48.jsonl and events/blind48/sample.jsonl; files created later are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-eight events sets' 960 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-49)

SEED = 20261305
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 00:30 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind49.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 49)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-eight events sets' articles
# (url -> reason); see SOURCE-events-blind49.txt. The first two hundred and seventy-six entries are the earlier
# sets' (tests/data/blind_tables.py, including the forty-eighth set's ten; same_story(49) holds no entry first
# used by a forty-ninth set); the twelve entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(49))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4082228":
        "the UN Security Council's vote set for Friday 7 August 2015 on the draft resolution forming a panel of UN "
        "and OPCW experts to identify those responsible for the chlorine attacks in Syria (the diplomats' "
        "expectation, the draft's terms, the Western charge against the regime, Kerry's words after meeting Lavrov in"
        " Malaysia), the whole article (a preview) = the fourteenth set's snn-b5ebd7c0b8ae (aljazirah, 2015-08-08, "
        "الأمم المتحدة تكلف خبراء للتحقيق حول الهجمات الكيميائية في سوريا), whose main story is the same resolution "
        "adopted unanimously that Friday with the same terms, and the twenty-seventh set's snn-e719c4ce23ca (aawsat, "
        "2015-08-06), Kerry's announcement of the same agreement on the draft: the preview of an event and the report"
        " of it (tf-idf cosine 0.29 and 0.19, 3-gram Jaccard 0.059 and 0.006, under the automatic 0.3)",
    "http://www.alweeam.com.sa/351543/نهاية-دامية-لأزمة-احتجاز-رهائن-بفندق-ا/":
        "the hostage-taking at the hotel used by UN mission staff in Sevare, central Mali, of Friday 7 August 2015 "
        "and its end by the army's assault on Saturday (at least 12 killed, four hostages freed, the MINUSMA "
        "spokeswoman's words), the whole article = the thirteenth set's snn-9787106ec45e (alyaum, 2015-08-07, أربعة "
        "قتلى في احتجاز رهائن في فندق يرتاده غربيون في مالي), whose whole story is the same attack on the hotel in "
        "Sevare and the army's siege, as the forty-seventh set's al-jazirah 20150809/du10 entry for the same end of "
        "the crisis: two reports of one event (tf-idf cosine 0.17, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.alriyadh.com/1070225":
        "the Syrian National Coalition's re-election of its presidential body (Khaled Khoja president for a second "
        "and last term of six months, Mohammad Yahya Maktabi secretary-general, Hisham Marwa, Mustafa Oso and Nagham "
        "Ghadiri vice-presidents) at the close of its 23rd session in Istanbul on the night of 2-3 August 2015, the "
        "whole article = the forty-second set's snn-47219bd32276 (alwatan, 2015-08-04, المعارضة السورية تضيق الخناق "
        "على الأسد), whose lead (s0) and item of its own (s7-s11, 'إلى ذلك') report the same election with the same "
        "names and the votes: the main report of one article the lead and an item of its own of the other, as the "
        "forty-fifth set's Khoja reading (tf-idf cosine 0.27, 3-gram Jaccard 0.028, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/05/article_979144.html":
        "Pakistan's statement that the ground-breaking of the TAPI gas pipeline "
        "(Turkmenistan-Afghanistan-Pakistan-India) will be laid in December 2015, after the Turkmen authorities told "
        "Nawaz Sharif the work would start this year, the whole article = the fourth set's snn-3c45ef06d0fc (alyaum, "
        "2015-08-04, بناء انبوب عملاق للغاز بين تركمانستان والهند يبدأ نهاية العام), the same agency copy of the same"
        " statement under the same title, sentence for sentence (tf-idf cosine 0.71, 3-gram Jaccard 0.262, under the "
        "automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150803/du9.htm":
        "Iyad Allawi's al-Wataniya coalition's statement calling on the Iraqi government to take 'brave and firm' "
        "steps against the outlaws and warning of the people's anger, with the Basra demonstration over the lack of "
        "electricity and water (s0-s1; s2-s3 the UN mission's July toll a further item), the main story of the "
        "article = the fourteenth set's snn-8701dc69985d (alwatan, 2015-08-02, غضب شعبي في العراق لانقطاع الكهرباء), "
        "whose s0-s4 report the same demonstrations over the electricity cuts in Baghdad, Basra and other cities and "
        "the same statement of al-Wataniya in the same words ('خطوات شجاعة وحازمة لضرب الأطراف الخارجة عن القانون'): "
        "two reports of one statement in the same wave of protests (tf-idf cosine 0.38, 3-gram Jaccard 0.125, under "
        "the automatic 0.3)",
    "http://aawsat.com/home/article/423651/أول-هجوم-لطالبان-منذ-إعلان-وفاة-الملا-عمر-يحصد-أرواح-6-أشخاص":
        "the Taliban's suicide truck bomb against the police in Pul-i-Alam, capital of Logar province south of Kabul,"
        " on Thursday 6 August 2015 (six killed, three policemen and three civilians; the first big attack since "
        "Mullah Omar's death was announced; the interior ministry spokesman Najib Danish's words; the Taliban's "
        "claim), the whole article = the first set's snn-77e54ef0c38c (alwatan, 2015-08-07, أفغانستان.. 23 قتيلا "
        "بهجومين لطالبان), whose lead (s0) and s9-s10 report the same suicide attack on the police centre in "
        "Pul-i-Alam the same morning with the same toll and the same words of Danish: two reports of one event "
        "(tf-idf cosine 0.23, 3-gram Jaccard 0.043, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350184/مقتل-18-حوثي-وأسر-آخرين-على-يد-المقاوم/":
        "the clashes in Sanah in al-Dhale province of the night of Thursday 30 to Friday 31 July 2015 (the Houthis' "
        "attack on the resistance's positions repelled, 18 Houthis killed and six captured, four of the resistance "
        "killed), the whole article = the third set's snn-51e1a884f425 (okaz, 2015-08-01, الجيش الوطني والتحالف "
        "يُفشِلان تعزيزات الانقلابيين بالضالع وحرض), whose lead (s0-s1) reports the same fight of the same night in "
        "Sanah, as the forty-seventh set's alriyadh 1069409 entry (the same title, another outlet): the main story of"
        " one article the main report of the other (tf-idf cosine 0.13, 3-gram Jaccard 0.002, under the automatic "
        "0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230977&CategoryID=1":
        "the PKK's acknowledgment of Monday 3 August 2015 that its suicide attack with a tractor bomb on the "
        "gendarmerie post near Dogubayazit in Agri province on Sunday 2 August was 'a response' to the Zergele raid "
        "(its armed wing's statement, the attacker's name and picture, the Turkish toll of two soldiers killed; s4-s7"
        " the Zergele victims, further attacks and a closed road further items), the main story of the article = the "
        "first set's snn-831f3bbddb7f (aleqtisadiya, 2015-08-02, مقتل جنديين تركيين وجرح 24 آخرين في هجوم انتحاري على"
        " مركز للدرك نسب للمتمردين الاكراد), whose whole story is the same suicide attack with a tractor of "
        "explosives on the same post the same Sunday: an event and the actor's claim of it (tf-idf cosine 0.15, "
        "3-gram Jaccard 0.008, under the automatic 0.3)",
    "http://www.alriyadh.com/1071708":
        "the demonstration of some two hundred Kurds in Brussels on Saturday 8 August 2015 against the Turkish air "
        "raids on the PKK and in memory of the Suruc victims, the whole article = the fourteenth set's "
        "snn-be60b9a0c5a5 (alyaum, 2015-08-09, الأكراد يتظاهرون في بلجيكا تنديدًا بالغارات التركية), the same agency "
        "copy of the same demonstration the same day (tf-idf cosine 0.63, 3-gram Jaccard 0.239, under the automatic "
        "0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231078&CategoryID=1":
        "the Popular Resistance's and the loyal army's operation against Zinjibar, the centre of Abyan, of "
        "Wednesday-Thursday 5-6 August 2015 (the big force with its equipment heading from Aden to Abyan, the siege "
        "of the 15th Brigade camp with the coalition's air support, the fighting in the city, the captured convoy and"
        " the surrendered soldiers; s7-s12 the Marib fighting and raids further items), the main story of the article"
        " (title, s0-s6) = the thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08, الحوثيون يهربون قبل معارك "
        "أبين), whose main story is the same operation against Zinjibar and Shuqra and the rebels' flight from the "
        "15th Brigade camp, as the forty-fifth set's alweeam 351346 entry for the same siege of Zinjibar of Thursday "
        "6 August and the first set's snn-13ed6b749af5 (alweeam, 2015-08-09), the entry into Zinjibar: the next "
        "report of one advance (tf-idf cosine 0.28 and 0.19, 3-gram Jaccard 0.025 and 0.010, under the automatic 0.3)",
    "http://aawsat.com/home/article/420851/لقاء-الدوحة-الثلاثي-سيبحث-محاربة-«داعش»-وميليشيات-إيران-في-سوريا":
        "the Doha ministerial meetings of 2-3 August 2015: the headlined Saudi-US-Russian trilateral meeting of "
        "Kerry, Lavrov and al-Jubeir expected in Doha on Monday 3 August and the GCC foreign ministers' preparatory "
        "meeting of Sunday evening for their meeting with Kerry (title, s5-s7; s0-s4 Kerry's strategic dialogue in "
        "Cairo the lead of a digest-like front-page summary ending in 'المزيد') = the third set's snn-f2b6e3e113f6 "
        "(okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), whose subject is the same Doha meetings: the preview of an"
        " event and the report of it, as the fifteenth set's alweeam 350328 and the thirty-seventh set's alriyadh "
        "1069857 entries (tf-idf cosine 0.13, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348564/كيري-ردًا-على-تصريحات-الأمير-بندر-أختل/":
        "John Kerry's reply in a CNN interview of Monday 20 July 2015 to Prince Bandar bin Sultan's criticism of the "
        "Iran nuclear agreement ('I disagree with him', his meeting with al-Jubeir the day before, no agreement would"
        " leave Iran free), the whole article = the forty-fifth set's snn-05024e21c49c (sabq, 2015-07-21, كيري رداً "
        "على \"بندر بن سلطان\": عدم وجود اتفاقية يمنح إيران حريتها), the report of the same interview the same day in "
        "the same words: two reports of one statement (tf-idf cosine 0.43, 3-gram Jaccard 0.131, under the automatic "
        "0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
