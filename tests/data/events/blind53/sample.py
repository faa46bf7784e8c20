"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifty-third PLOVER events blind set.

Rule (same as the fifty-second set's sampler, /work/main/tests/data/events/blind52/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261313);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 02:35 UTC (218 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind47.jsonl, claims/blind47/sample.jsonl and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-two sets
        incl. events-blind52.jsonl, events/blind52/sample.jsonl and events/second50/; files created later, like the
        concurrent claims/blind48/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-two events sets' 1,040 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-53)

SEED = 20261313
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 02:35 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind53.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 53)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-two events sets' articles
# (url -> reason); see SOURCE-events-blind53.txt. The first three hundred and twenty-one entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-second set's twelve; same_story(53) holds no entry first
# used by a fifty-third set); the twenty-two entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(53))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784825.htm":
        "the extraordinary meeting of FIFA's executive committee in Zurich on Monday 20 July 2015 to set the date of "
        "the extraordinary congress that will elect Joseph Blatter's successor (the reforms to be discussed, "
        "Blatter's resignation of 2 June and the arrests of May further items), the whole article = the "
        "thirty-seventh set's snn-ef6366cd7269 (3alyoum, 2015-07-24, ممثل كوميدي يمطر بلاتر بالدولارات في مؤتمر "
        "الفيفا), whose s5-s7 (an item of its own, \"من ناحية أخرى\", beside the comedian at the press conference held "
        "on the sidelines of the same meeting) report the outcome of the same executive committee meeting, the "
        "elections set for 26 February 2016 and Blatter's word that he will not stand: a preview and its report "
        "(tf-idf cosine 0.13, 3-gram Jaccard 0.006, under the automatic 0.3)",
    "http://aawsat.com/home/article/424431/أربعة-قتلى-واحتجاز-رهائن-في-هجوم-على-فندق-بمالي":
        "the gunmen's attack and hostage-taking at a hotel used by foreigners in Sevare in central Mali on the "
        "morning of Friday 7 August 2015 (four killed including two soldiers, the man with a suicide belt killed, "
        "the army's cordon), the whole article = the thirteenth set's snn-9787106ec45e (alyaum, 2015-08-07, أربعة "
        "قتلى في احتجاز رهائن في فندق يرتاده غربيون في مالي), whose whole story is the same attack with the same "
        "toll from the same military source: two reports of one event (tf-idf cosine 0.35, 3-gram Jaccard 0.021, "
        "under the automatic 0.3)",
    "http://www.alyaum.com/article/4082277":
        "the Jeddah Society for Culture and Arts' screening of three Saudi short films (\"هدر الطاقة\", \"ثلاثة في "
        "واحد\", \"الحياة\") with the discussion that followed, in its first film season (the visit to the \"العيدية\" "
        "exhibition a further item), the whole article = the third set's snn-862fa3ad29aa (alriyadh, 2015-08-06, "
        "«فنون جدة» تواصل عروضها السينمائية), whose whole story is the same evening, the second night of the season, "
        "with the same three films, directors and actors: two reports of one event (tf-idf cosine 0.37, 3-gram "
        "Jaccard 0.053, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/08/article_979997.html":
        "the death on Saturday 8 August 2015 of Saad Dawabsheh, father of the Palestinian child burnt to death in "
        "the arson attack on the family's house in Duma a week before, of his burns in an Israeli hospital (Ghassan "
        "Daghlas's words, the funeral being arranged, the attack of 31 July and the family's injuries further "
        "items), the whole article = the eighth set's snn-80e08524def5 (alriyadh, 2015-08-08, وفاة والد الرضيع "
        "الفلسطيني الذي قتل حرقا في الضفة الغربية), whose whole story is the same death with the same background: "
        "two reports of one event (tf-idf cosine 0.24, 3-gram Jaccard 0.007, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348327/سوريا-500-برميل-متفجر-على-الزبداني-خلال-أ/":
        "the regime's barrel bombs on al-Zabadani and the state of its offensive with Hezbollah on 20-21 July 2015 "
        "(the Observatory's \"genocide\", the 28 barrels, the regime's forces and militias retreating on several axes, "
        "the 470 barrels and more than 400 missiles since the battle began; Hezbollah's losses and the arrest of its "
        "deserters further items), the whole article = the forty-eighth set's snn-e507b97c6e03 (aawsat, 2015-07-21, "
        "قوات الأسد تتراجع في الزبداني.. وحزب الله: هي معركة لبنان), whose headlined story is the same retreat of "
        "the regime's forces in al-Zabadani with the intensified bombing (s1) and the same activists' count of 470 "
        "barrels and more than 400 missiles (s3-s4): two reports of one day's fighting (tf-idf cosine 0.20, 3-gram "
        "Jaccard 0.014, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/05/article_979334.html":
        "the Islamist and rebel factions' advance on Wednesday 5 August 2015 to less than two kilometres from the "
        "regime's and its allies' operations command at Jurin in Hama province, with their capture of al-Bahsa and "
        "the clashes' toll (the military source's warning for Latakia and the Alawite villages further items), the "
        "whole article = the twenty-fourth set's snn-9956cd976685 (aljazirah, 2015-08-06, المعارضة تصل إلى منطقة "
        "قريبة من حزب الله وقوات النظام), whose main story is the same fighting around al-Bahsa, less than 2 km from "
        "the Jurin command, the closest point the opposition had reached: two reports of one advance (tf-idf cosine "
        "0.18, 3-gram Jaccard 0.009, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/10/article_980429.html":
        "the killing of five women accused of witchcraft by villagers of Kanjia near Ranchi in Jharkhand, eastern "
        "India, on the night of Friday 7 August 2015, and the police's arrests (the shooting of Zachary Hammond in "
        "South Carolina of 26 July a second item), the main story of the article (title, s0-s4) = the third set's "
        "snn-89951cc20ad5 (aljazirah, 2015-08-09, ومن السحر ما قتل), whose whole story is the same killing of five "
        "women near Ranchi with the police's arrests: two reports of one event (tf-idf cosine 0.11, 3-gram Jaccard "
        "0.000, under the automatic 0.3)",
    "http://www.3alyoum.com/culture/a/فنون-جدة-تعرض-ثلاثة-أفلام-ضمن-موسمها-ا/":
        "the Jeddah Society for Culture and Arts' screening of the same three Saudi short films (\"هدر الطاقة\", "
        "\"ثلاثة في واحد\", \"الحياة\") with the discussion and the visit to the \"العيدية\" exhibition, the whole article "
        "= the third set's snn-862fa3ad29aa (alriyadh, 2015-08-06, «فنون جدة» تواصل عروضها السينمائية), whose whole "
        "story is the same evening with the same films: two reports of one event, as this set's alyaum 4082277 "
        "entry, the same copy under another outlet (tf-idf cosine 0.40, 3-gram Jaccard 0.078, under the automatic "
        "0.3)",
    "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784580.htm":
        "the US chief of staff General Martin Dempsey's talks in Baghdad with Haider al-Abadi and the defence "
        "minister Khalid al-Obeidi during his visit of the weekend of 18-19 July 2015 (his charge that Baghdad gave "
        "Iran more room, his warning and the commando teams announced, from an Iraqi official; ISIS's threat to "
        "al-Jabouri and the blocs' statements further items), the main story of the article (title, s0-s4) = the "
        "twelfth set's snn-782ba8de3411 (aawsat, 2015-07-21, مباحثات لديمبسي في بغداد بعد قرار واشنطن رفع الفيتو عن "
        "«العصائب» و«الكتائب»), whose whole story is the same unannounced visit of Dempsey to Baghdad and its talks: "
        "one visit, its arrival and its talks, as the fifty-second set's alweeam 348548 entry for Carter in Israel "
        "(tf-idf cosine 0.20, 3-gram Jaccard 0.005, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230827&CategoryID=1":
        "the PKK's suicide attack with a tractor loaded with two tonnes of explosives on a gendarmerie post near "
        "Dogubayazit in Agri province on the night of 1-2 August 2015 (two killed, 24 wounded; the Mardin mine, the "
        "Turkish air campaign and the Kurds' demonstration in Sulaymaniyah further items), the main story of the "
        "article (title, s0-s2) = the first set's snn-831f3bbddb7f (aleqtisadiya, 2015-08-02, مقتل جنديين تركيين "
        "وجرح 24 آخرين في هجوم انتحاري على مركز للدرك نسب للمتمردين الاكراد), whose whole story is the same suicide "
        "attack with the same tractor and toll (and the same Mardin mine): two reports of one event (tf-idf cosine "
        "0.19, 3-gram Jaccard 0.006, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150810/du3.htm":
        "the sit-in of about a thousand people at the al-Zira'a roundabout in Latakia on Sunday 9 August 2015 "
        "demanding the punishment of Suleiman Hilal al-Assad for killing Col. Hassan al-Sheikh on the night of 6 "
        "August, the whole article = the second set's snn-fa07f26fd57b (alwatan, 2015-08-10, اعتصام في اللاذقية "
        "يطالب بمعاقبة أحد أقارب الأسد), whose main story is the same sit-in from the same Observatory statement, as "
        "the third set's alweeam 351839 entry (tf-idf cosine 0.52, 3-gram Jaccard 0.144, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348320/حكومة-اليمن-قوات-الحوثي-تقصف-عدن-وتقتل/":
        "the Houthis' and Saleh's forces' shelling of Aden on Sunday 19 July 2015 that killed 43 and wounded 173 "
        "(the government's health ministry; the continuing clashes in Dar Saad, Sabr and al-Ma'ashiq further items), "
        "the main story of the article (title, s0) = the forty-fourth set's snn-816394484f45 (alweeam, 2015-07-21, "
        "المقاومة الشعبية اليمنية تسيطر على مثلث العند), whose s2-s4 (an item of its own, \"من جهة أخرى\") report the "
        "same Houthi shelling of Dar Saad in Aden shortly after its liberation with an earlier toll, and the "
        "nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21), whose s2 reports the same shelling of Dar "
        "Saad with the same toll of 43 killed and 173 wounded from the Aden health office: two reports of one event "
        "with a later toll, as the fifty-first set's Tebu-Tuareg entry (tf-idf cosine 0.18 and 0.14, 3-gram Jaccard "
        "0.021 and 0.002, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348624/اليمن-المقاومة-تسعى-لتعزيز-مكاسبها-وا/":
        "the local fighters' push on Tuesday 21 July 2015 to retake the northern districts of Aden, a day after "
        "completing their control of the city centre (the artillery exchanges in Dar Saad and al-Alam, the "
        "coalition's raids; the new governor, the Emirati officer's death and the WFP ship further items), the whole "
        "article = the nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة الشعبية تسيطر على مبان "
        "رئاسية وعسكرية في عدن), whose main story is the completion of the control of al-Tawahi and the presidential "
        "palace on Monday with the Dar Saad shelling, the new governor and the Emirati airport team: the next report "
        "of one advance, as the fifty-first set's al-jazirah 20150722/du6 entry for the same Tuesday (tf-idf cosine "
        "0.12, 3-gram Jaccard 0.001, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348963/كـارتر-في-بغـداد-لبحـث-محاربـة-داعـش/":
        "the US defence secretary Ashton Carter's unannounced visit to Baghdad on Thursday 23 July 2015 to review "
        "the operations against ISIS (his planned meetings with al-Abadi, al-Obeidi and an Anbar tribal delegation, "
        "his regional tour), the whole article = the third set's snn-17df799964d8 (aawsat, 2015-07-24, وزير الدفاع "
        "الأميركي: مشاركة سنة العراق في الحملة ضد «داعش» أساسية), whose main story is the same visit with his talks "
        "with al-Obeidi and his words on the Sunnis: a preview and its report of one visit (tf-idf cosine 0.12, "
        "3-gram Jaccard 0.006, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350017/روسيا-نسعى-مع-أوبك-الى-سوق-نفطية-متوازن/":
        "OPEC secretary-general Abdullah al-Badri's visit to Moscow on Thursday 30 July 2015 with his forecast of "
        "stable prices in 2016 and the Russian energy minister Alexander Novak's words on a balanced market, the "
        "whole article = the fifth set's snn-17aa09e98ef0 (okaz, 2015-07-31, «أوبك»: لا نعتزم خفض الإنتاج ولا مزيد "
        "من هبوط الأسعار), whose whole story is the same visit with the same words of both men: two reports of one "
        "event (tf-idf cosine 0.68, 3-gram Jaccard 0.249, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785427.htm":
        "the exchange of fire across the Syrian border near Kilis on Thursday 23 July 2015 in which ISIS's fire "
        "killed a Turkish NCO and wounded two and an ISIS member was killed (the army's statement), with the US "
        "official's announcement that Turkey allowed the use of Incirlik and other bases (s5-s7), the whole article "
        "= the twentieth set's snn-63cdc68d1ac9 (alweeam, 2015-07-23, الجيش التركي يقصف مواقع داعش بعد إطلاق نار "
        "تسبب بمقتل أحد جنوده), whose whole story is the same exchange of fire with the same soldier killed, and the "
        "eighth set's snn-0e2329cc4d4d (3alyoum, 2015-07-24, تركيا تسمح لأمريكا بشن غارات من قاعدة إنجرليك الجوية), "
        "the same consent: two reports of the same events, as the fifty-first set's aawsat 413716 entry (tf-idf "
        "cosine 0.20 and 0.15, 3-gram Jaccard 0.020 and 0.000, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230993&CategoryID=1":
        "the killing of the Houthi \"elite battalion\" commander Abu Hamza al-Sanhani with 13 of his men by the "
        "popular resistance in al-Dhale province (Sanah district) at dawn on Sunday 2 August 2015 as they tried to "
        "infiltrate and flee towards Qa'taba (the executions of captured resistance fighters north of Aden and the "
        "rebel column in Abyan further items), the main story of the article (title, s0) = the fourteenth set's "
        "snn-f2878882ec03 (alweeam, 2015-08-02, مقتل قائد كتائب الحسين الحوثية بالضالع جنوب اليمن), whose whole "
        "story is the same ambush in Sanah with the same commander and the same 13 killed, the survivors fleeing "
        "towards Qa'taba: two reports of one event (tf-idf cosine 0.17, 3-gram Jaccard 0.002, under the automatic "
        "0.3)",
    "http://aawsat.com/home/article/421791/واشنطن-تطمئن-دول-الخليج-بخطوات-عملية-عسكرية":
        "the joint meeting of the GCC foreign ministers with the US secretary of state John Kerry in Doha on Monday "
        "3 August 2015 and its outcome (closer ties and security cooperation, the faster arms sales, the accord on "
        "Syria; the Emir of Qatar's reception of the ministers before it), the whole article = the third set's "
        "snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), an editorial whose whole story is the "
        "same meeting in Doha \"today\" and what Kerry was expected to tell the ministers: a preview and its report, "
        "as the fifty-second set's okaz 787193 entry for the same meeting (tf-idf cosine 0.08, 3-gram Jaccard 0.000, "
        "under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150721/du11.htm":
        "the round of the national technical committee of the Ethiopian Renaissance Dam with the water ministers of "
        "Egypt, Sudan and Ethiopia opening in Khartoum on Wednesday 22 July 2015 (Hossam Moghazi's words on its aim, "
        "the Cairo round of early July further items), the whole article = the twenty-second set's snn-0d04387fd4f3 "
        "(alwatan, 2015-07-21, جولة حاسمة في الخرطوم لإنهاء قضايا سد النهضة), whose main story is the same round "
        "opening \"tomorrow\" in Khartoum with Moghazi's same statement: two previews of one event (tf-idf cosine "
        "0.26, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348889/وزير-الدفاع-الأمريكي-للسعوديين-تهديد/":
        "the US defence secretary Ashton Carter's talks in Jeddah with King Salman on Wednesday 22 July 2015 and his "
        "statements after them (Iran's capacity for aggression a shared concern, the public support for the nuclear "
        "agreement, the missile defence, cyber and maritime security, the King's visit to Washington in September), "
        "the whole article = the twenty-ninth set's snn-898d11cc5c18 (alweeam, 2015-07-22, وزير الدفاع الامريكي يصل "
        "السعودية لمناقشة اتفاق إيران), whose whole story is the same visit, Carter's arrival that Wednesday to meet "
        "King Salman on the Iranian agreement with the missile defence, cyber and maritime cooperation to be "
        "discussed: a preview and its report of one visit (tf-idf cosine 0.18, 3-gram Jaccard 0.013, under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/426231/سويدي-من-أصل-لبناني-معتقل-في-إسرائيل-بتهمة-تجنيد-فلسطينيين-عملاء-لحزب-الله":
        "the Israeli indictment, made public on Sunday 9 August 2015, of Hassan Khalil Khaizaran, a 55-year-old "
        "Swede of Lebanese origin arrested at the airport on arrival about three weeks before, on charges of "
        "belonging to Hezbollah since 2009 and recruiting Arab citizens of Israel to spy for it (his confession "
        "under pressure), the whole article = the twenty-sixth set's snn-10421c517535 (alwatan, 2015-08-10, حزب الله "
        "يسحب مئات الجنود من سورية), whose s3-s10 (an item of its own, \"إلى ذلك\", beside Hezbollah's withdrawal of "
        "fighters from Syria) report the same arrest and charges of the same Hassan Khaizaran from the Shin Bet's "
        "statement with his lawyer's denial: two reports of one event, as the fifty-second set's 3alyoum entry for "
        "the al-Tuwal attack (tf-idf cosine 0.14, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.alriyadh.com/1071498":
        "the UN's announcement (Thursday 6 August 2015) of a new round of the Libyan peace talks in Geneva on Monday "
        "10 August (Ahmad Fawzi's words on Bernardino Leon and the some thirty representatives, Leon's call on the "
        "parties; the preliminary agreement of July and the Tripoli congress's boycott further items), the whole "
        "article = the forty-fifth set's snn-466d545f919f (alyaum, 2015-08-08, سلاح الجو الليبي يدمر مركبا محملا "
        "بمسلحين قبالة ميناء درنة), whose s4-s11 (an item of its own, \"سياسيا\", beside the Derna boat) report the "
        "same announcement of the same Geneva round with the same call of Leon and the same background: two previews "
        "of one event (tf-idf cosine 0.39, 3-gram Jaccard 0.107, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
