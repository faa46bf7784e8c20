"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifty-fifth PLOVER events blind set.

Rule (same as the fifty-fourth set's sampler, /work/main/tests/data/events/blind54/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261317);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 03:45 UTC (226 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind49.jsonl, claims/blind49/sample.jsonl and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-four sets
        incl. events-blind54.jsonl, events/blind54/sample.jsonl and events/second50/; files created later, like the
        concurrent claims/blind50/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-four events sets' 1,080 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-55)

SEED = 20261317
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 03:45 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind55.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 55)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-four events sets' articles
# (url -> reason); see SOURCE-events-blind55.txt. The first three hundred and fifty-nine entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-fourth set's sixteen; same_story(55) holds no entry first
# used by a fifty-fifth set); the nineteen entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(55))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150810/Con20150810788649.htm":
        "the sit-in of about a thousand people at the Zira'a roundabout in Latakia (the Observatory's statement "
        "of Sunday 9 August 2015) demanding the punishment of Suleiman Hilal al-Assad for the killing of Col. "
        "Hassan al-Sheikh on the night of 6 August, the whole article = the second set's snn-fa07f26fd57b "
        "(alwatan, 2015-08-10, اعتصام في اللاذقية يطالب بمعاقبة أحد أقارب الأسد), whose main story is the same "
        "sit-in from the same statement nearly word for word (the thirteenth set's snn-a544be0dca22, the arrest "
        "that followed, a later step): two reports of one event (tf-idf cosine 0.56 and 0.35, 3-gram Jaccard "
        "0.178 and 0.029, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784788.htm":
        "the US helicopters' strike on an Afghan army checkpoint in the Baraki Barak district of Logar province "
        "on Monday 20 July 2015 (the district governor's and the province spokesman's toll, the US official's "
        "word of an inquiry, the Logar incident of March 2014 recalled), the whole article = the fifteenth set's "
        "snn-2ad06f9dc978 (alriyadh, 2015-07-22, مقتل عشرة جنود أفغان بنيران أميركية صديقة), whose whole story is "
        "the same strike from the same AFP copy with an earlier toll: two reports of one event (tf-idf cosine "
        "0.65, 3-gram Jaccard 0.275, under the automatic 0.3)",
    "http://aawsat.com/home/article/418826/هيومن-رايتس-ووتش-قوات-الحوثي-ترتكب-مجازر-تمثل-جرائم-حرب":
        "Human Rights Watch's statement of Thursday 30 July 2015 condemning the pro-Houthi forces' mortar and "
        "rocket shelling of residential areas of Aden as possible war crimes (Ole Solvang's words, the Dar Saad "
        "shelling of 19 July, the four sites visited), the whole article = the twentieth set's snn-b58c5638915d "
        "(aljazirah, 2015-07-31, المقاومة الشعبية اليمنية تسيطر على أجزاء كبيرة من الحوطة), whose s0-s4 item "
        "reports the same statement from the same copy, as the earlier sets' entries for the same report (tf-idf "
        "cosine 0.51, 3-gram Jaccard 0.199, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350252/بان-كي-مون-يطالب-بمحاسبة-قتلة-الطفل-الف/":
        "the UN secretary-general Ban Ki-moon's condemnation of Friday 31 July 2015 of the killing of the toddler "
        "Ali Dawabsha in the settlers' arson of the family home in Duma, calling it a terrorist act and demanding "
        "that the perpetrators be brought to justice (Netanyahu's vow and visit, Abbas's words, the settlements "
        "background further items), the whole article = the twenty-first set's snn-6aa427bf733d (sabq, "
        "2015-08-01), whose item under its heading 'إدانة دولية' (s10) is the same condemnation calling the "
        "attack a terrorist act, and the eleventh set's snn-02b8e7262025 (alwatan, 2015-08-01), the same arson "
        "with Netanyahu's statement: an item of its own of an earlier article, as the forty-seventh set's okaz "
        "786870 entry for the reactions of the same day (tf-idf cosine 0.19 and 0.19, 3-gram Jaccard 0.016 and "
        "0.017, under the automatic 0.3)",
    "http://www.alyaum.com/article/4079509":
        "the Eid visit of the Khobar municipality's head Eng. Issam al-Mulla and his staff to the in-patients of "
        "King Fahd University Hospital in Khobar (about sixty patients, gifts and greetings, before 21 July "
        "2015), the whole article = the eleventh set's snn-4498d1e452df (aljazirah, 2015-07-21, بلدية الخبر تحتفل "
        "بالعيد مع المرضى في مستشفى الملك فهد الجامعي), whose whole story is the same visit with the same "
        "figures: two reports of one event (tf-idf cosine 0.23, 3-gram Jaccard 0.023, under the automatic 0.3)",
    "http://www.alriyadh.com/1071434":
        "the US handover on Thursday 6 August 2015 of Nisreen Assad Ibrahim (Umm Sayyaf), the widow of the ISIS "
        "leader Abu Sayyaf held since the May raid in Syria, to the Kurdistan region's interior ministry (the "
        "Pentagon's statement; the raid of May recalled), the whole article = the fourth set's snn-094819577114 "
        "(aawsat, 2015-08-11, سلطات إقليم كردستان تحقق مع أم سياف بعد تسلمها من القوات الأميركية), whose whole "
        "story is the same handover, as the forty-sixth set's alwatan 231384 entry for the same statement (tf-idf "
        "cosine 0.18, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.alyaum.com/article/4079773":
        "the Turkish authorities' announcement on Wednesday 22 July 2015 that the Suruc suicide bomber was a man "
        "of twenty from Adiyaman (the DNA analysis, his joining ISIS two months before, the blast in the cultural "
        "centre's garden, the Diyarbakir link; the two policemen killed in Sanliurfa a further item), the main "
        "story of the article = the sixteenth set's snn-517ecfb4b81e (almadina, 2015-07-23) and snn-f6116f644d49 "
        "(aawsat, 2015-07-22) and the thirty-seventh set's snn-4b25fffbafac (alwatan, 2015-07-23), which report "
        "the same announcement from the same AFP copy, as the thirty-ninth set's al-jazirah 20150723/du8 and okaz "
        "785146 entries (tf-idf cosine 0.27, 0.29 and 0.32, 3-gram Jaccard 0.074, 0.069 and 0.082, under the "
        "automatic 0.3)",
    "http://www.alriyadh.com/1066877":
        "the Yemeni human rights minister Ezzeddine al-Asbahi's letter of 20-21 July 2015 calling on the UN High "
        "Commissioner for Human Rights and the president of the Human Rights Council to visit Aden, with his "
        "account of the Houthi-Saleh shelling of Dar Saad of 19 July and the siege of Taiz, the whole article = "
        "the thirty-seventh set's snn-525d2f1c6754 (okaz, 2015-07-23, وزير حقوق الإنسان يدعو المنظمات الإنسانية "
        "الدولية لزيارة عدن), whose whole story is the same letter with the same figures: two reports of one "
        "statement (tf-idf cosine 0.41, 3-gram Jaccard 0.111, under the automatic 0.3)",
    "http://aawsat.com/home/article/413261/مقتل-جندي-تركي-وإصابة-آخر-باشتباكات-مع-«داعش»-على-الحدود-السورية":
        "the exchange of fire across the Syrian border near Kilis (the village of Elbeyli) on Thursday 23 July "
        "2015 in which fire from ISIS's side killed a Turkish soldier and wounded another and the Turkish "
        "soldiers responded, the whole article = the twentieth set's snn-63cdc68d1ac9 (alweeam, 2015-07-23, الجيش "
        "التركي يقصف مواقع داعش بعد إطلاق نار تسبب بمقتل أحد جنوده), whose whole story is the same exchange of "
        "fire with the same soldier killed: two reports of one event, as the fifty-third set's okaz 785427 entry "
        "(tf-idf cosine 0.13, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350237/اليمن-معارك-في-تعز-والمقاومة-تتقدم-بأ/":
        "the fighting in the Mashraa and Hadnan villages of Jabal Sabr above Taiz over the two days to Saturday 1 "
        "August 2015 (42 Houthis and 9 resistance fighters killed, in the resistance's count) with the civilian "
        "killed by the Houthi-Saleh shelling of Taiz the same night (the control of al-Hawta and Lawdar further "
        "items), the headlined and main story of the article = the thirtieth set's snn-04cba792a250 "
        "(aleqtisadiya, 2015-08-02, المقاومة تطرد ميليشيات الحوثي وصالح من مديرية مشرعة وحدنان في صبر تعز), whose "
        "main story is the same fighting with the same tolls and the same civilian: two reports of one day's "
        "fighting (tf-idf cosine 0.19, 3-gram Jaccard 0.002, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081338":
        "the coalition's air raids of Friday evening 31 July 2015 on the Houthi positions at al-Jufaina and "
        "al-Balaq south-west of Marib (25 killed, 15 wounded, a tank, four patrols and an artillery piece "
        "destroyed), the whole article = the thirtieth set's snn-04cba792a250 (aleqtisadiya, 2015-08-02), whose "
        "item of its own (s6-s11, 'وفي مأرب') is the same raids of Friday evening with the same tolls and damage: "
        "two reports of one event (tf-idf cosine 0.19, 3-gram Jaccard 0.007, under the automatic 0.3)",
    "http://www.3alyoum.com/news/a/قوات-الرئيس-هادي-تسيطر-على-زنجبار-عاصم/":
        "the capture of Zinjibar, capital of Abyan, by the forces loyal to President Hadi on 8-9 August 2015 "
        "(their offensive from Aden with the coalition's air support, the 15th brigade's positions taken first, "
        "the armour deployed in the city, Shuqra taken later; the mines' toll and the Ibb and Taiz fighting "
        "further items), the main story of the article = the first set's snn-13ed6b749af5 (alweeam, 2015-08-09, "
        "غارات للتحالف.. والمقاومة تدخل زنجبار), whose headlined story is the same entry into Zinjibar, and the "
        "thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08), the same operation: the next report of one "
        "advance, as the thirty-fourth set's alwatan 231629 entry for the same AFP report (tf-idf cosine 0.14 and "
        "0.11, 3-gram Jaccard 0.002 and 0.005, under the automatic 0.3)",
    "http://www.al-madina.com/node/623125/أبو-مازن-يدعو-لمراجعة-شاملة-للعلاقات-الفلسطينية-الإسرائيلية-ويتهم-كيري-بالتقصير.html":
        "President Abbas's words at the meeting of the Arab Peace Initiative follow-up committee at the foreign "
        "ministers' level in Cairo on Wednesday 5 August 2015 (his call for a full review of the relations with "
        "Israel, his charge against Kerry and Hamas), the whole article = the thirty-seventh set's "
        "snn-e33dff0325cc (okaz, 2015-08-06, وزراء خارجية لجنة مبادرة السلام يجتمعون في القاهرة), whose whole "
        "story is the same meeting held 'أمس' with Abbas present: two reports of one meeting, as the forty-third "
        "and forty-fourth sets' entries for the same meeting and the fifty-fourth set's alriyadh 1069446 entry "
        "(tf-idf cosine 0.18, 3-gram Jaccard 0.012, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150802/Con20150802786997.htm":
        "the al-Birr society of al-Ahsa's care for the Omani families injured in the road accident near Hijrat "
        "Khurais on Thursday 30 July 2015 (the families housed in a hotel, the hospital visits, the meeting with "
        "the Omani Shura president and ambassador, the travel procedures completed), the whole article = the "
        "second set's snn-86f0161cb0d1 (okaz, 2015-08-01, إيواء 13 أسرة عمانية من مصابي «هجرة خريص»), whose main "
        "story is the same society's housing of the same thirteen families: a later step of one event with the "
        "event as a main report, as the fifty-fourth set's alweeam 351467 entry (tf-idf cosine 0.18, 3-gram "
        "Jaccard 0.002, under the automatic 0.3)",
    "http://aawsat.com/home/article/426551/دب-يتسبب-في-مقتل-شخص-بمتنزه-أميركي":
        "the death of a seasonal worker from Montana in Yellowstone park, found on Friday 7 August 2015 and "
        "believed killed by a grizzly bear and her cub (the rangers' traps, the park's warnings), the whole "
        "article = the fifteenth set's snn-4480d756eb18 (alriyadh, 2015-08-10, خنازير برية تقتل رجلاً في صقلية), "
        "whose item of its own (s6-s16, 'وفي حادث مماثل') is the same death with the same finding and warnings: "
        "two reports of one event (tf-idf cosine 0.16, 3-gram Jaccard 0.005, under the automatic 0.3)",
    "http://www.al-madina.com/node/620209/30-قتيلا-بتفجير-انتحاري-لـ«داعش»-في-بلدة-تركية-على-حدود-سوريا.html":
        "the suicide bombing of Monday 20 July 2015 at the cultural centre of Suruc near the Syrian border (at "
        "least 30 killed and about 100 wounded, Davutoglu's attribution to ISIS, Erdogan's condemnation from "
        "northern Cyprus, the car bomb south of Kobani a further item), the whole article = the thirteenth set's "
        "snn-e8affbe839ac (alweeam, 2015-07-21, داود أوغلو يتوعد داعش بعد \"تفجير سروج\"), whose main story is the "
        "same bombing with Davutoglu's attribution, and the thirty-ninth set's snn-07aea22d3d04 (alwatan, "
        "2015-07-21), Erdogan's condemnation of it: two reports of one event, as the eighteenth and twenty-second "
        "sets' al-jazirah 20150721/du4 and 3alyoum entries (tf-idf cosine 0.14 and 0.28, 3-gram Jaccard 0.002 and "
        "0.038, under the automatic 0.3)",
    "http://aawsat.com/home/article/411201/ضوء-أخضر-من-مجلس-الأمن-للاتفاق-النووي-والحرس-الثوري-ممتعض":
        "the UN Security Council's unanimous resolution of Monday 20 July 2015 endorsing the nuclear agreement "
        "with Iran (the Revolutionary Guards' displeasure a further item), the headlined and main story of the "
        "article = the seventeenth set's snn-3daab4c1c4d3 (3alyoum, 2015-07-24, مجلس الأمن يقر الاتفاق النووي "
        "الإيراني ويفتح الباب لمعاودة فرض العقوبات), whose whole story is the same vote: two reports of one "
        "event, as the fifty-fourth set's al-madina 620167 entry (tf-idf cosine 0.29, 3-gram Jaccard 0.066, under "
        "the automatic 0.3)",
    "http://www.alriyadh.com/1071157":
        "the Pakistani army's protest note of Thursday 6 August 2015 to the UN military observer group (UNMOGIP) "
        "on the Indian forces' shelling across the border, asking it to investigate the Indian 'aggression', the "
        "whole article = the fifty-third set's snn-dcf3bd58979c (alwatan, 2015-08-07, باكستان: الهند انتهكت وقف "
        "النار), whose main story is the same note from the same ISPR statement: two reports of one event (tf-idf "
        "cosine 0.53, 3-gram Jaccard 0.222, under the automatic 0.3)",
    "http://aawsat.com/home/article/427316/أميركا-تحاكم-أردنيًا-أميركيًا-بتهمة-دعم-«داعش»":
        "the appearance of the Jordanian-American Nader Saadeh, 20, before a federal court near New York on "
        "Monday 10 August 2015 on the charge of trying to join ISIS (his arrest and his brother's, the court "
        "documents), the whole article = the forty-fifth set's snn-48f466b4bde8 (alyaum, 2015-08-11, مثول شاب "
        "اميركي امام محكمة فدرالية بتهمة دعم داعش), whose whole story is the same appearance from the same AFP "
        "copy: two reports of one event (tf-idf cosine 0.73, 3-gram Jaccard 0.232, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
