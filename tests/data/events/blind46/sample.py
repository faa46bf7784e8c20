"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-sixth PLOVER events blind set.

Rule (same as the forty-fifth set's sampler, /work/main/tests/data/events/blind45/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261299);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 23:01 UTC (197 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind45.jsonl, claims/blind45/ and
        claims/second45/, places, genre, saudinewsnet-sample, and the events files of the first forty-five sets
        incl. events-blind45.jsonl, events/blind45/sample.jsonl and events/second45/; files created later, such
        as the claims blind46 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-five events sets' 900 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-46)

SEED = 20261299
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 23:01 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind46.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 46)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-five events sets' articles
# (url -> reason); see SOURCE-events-blind46.txt. The first two hundred and twenty-one entries are the earlier
# sets' (tests/data/blind_tables.py, including the forty-fifth set's fifteen; same_story(46) holds no entry first
# used by a forty-sixth set); the nineteen entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(46))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784804.htm":
        "the interior ministry's disclosure of 20-21 July 2015 that the Twitter accounts whose owners threatened "
        "their mothers and fathers with death if they reported ISIS members belong to members recently arrested, "
        "here an Okaz column's comment on it (s0 the disclosure, s1-s5 the columnist's views) = the forty-third "
        "set's snn-bd93e0f3475a (okaz, 2015-07-21, تغريدة لـ «جنون الاستشهاد» يقسم فيها على قتل والدته), whose whole "
        "story is the same disclosure of an account's threat to kill its owner's mother (and the forty-fifth set's "
        "snn-aaac3e0af6e3, alriyadh, 2015-07-22, whose s2 reports the same disclosure and arrests): an event and a "
        "comment on it, as the forty-fifth set's Foreign Policy and Khamenei entries (tf-idf cosine 0.03 and "
        "0.04, 3-gram Jaccard 0.000 and 0.003: a column, under the automatic 0.3)",
    "http://www.alweeam.com.sa/351441/وفاة-والد-الرضيع-الفلسطيني-الذي-قضى-حر/":
        "the death on Saturday 8 August 2015 of Saad Dawabsha, the father of the toddler Ali burnt to death in "
        "the settlers' arson of the family home in Duma on 31 July (Ghassan Daghlas's announcement, the family's "
        "confirmation, the funeral arrangements), the whole article = the eighth set's snn-80e08524def5 "
        "(alriyadh, 2015-08-08, وفاة والد الرضيع الفلسطيني الذي قتل حرقا في الضفة الغربية), whose whole story is "
        "the same death the same day: two reports of one event, as the forty-second set's al-jazirah "
        "20150809/du5 entry for the same death (tf-idf cosine 0.27, 3-gram Jaccard 0.013, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081598":
        "the settlers' arson of the Dawabsha home in Duma of Friday 31 July 2015 that killed the toddler Ali, with "
        "Israel's condemnation of it as terrorism, Netanyahu's vow and his visit to the wounded brother at Sheba "
        "hospital, here an Al-Yaum column's comment on them and on the Arab media (the whole article) = the "
        "eleventh set's snn-02b8e7262025 (alwatan, 2015-08-01, استشهاد رضيع فلسطيني حرقا بهجوم لمستوطنين), whose "
        "main story is the same arson with Netanyahu's statement calling it terrorism (s8-s9): an event and a "
        "comment on it, as the forty-fifth set's Foreign Policy and Khamenei entries (the fifth set's "
        "snn-f72d0eda3383 another comment on Netanyahu's reaction) (tf-idf cosine 0.14 and 0.13, 3-gram Jaccard "
        "0.006 and 0.007, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231384&CategoryID=1":
        "the US handover on Thursday 6 August 2015 of Nisreen Assad Ibrahim (Umm Sayyaf), the widow of the ISIS "
        "leader Abu Sayyaf held since the May raid in Syria, to the Kurdistan region's interior ministry (the "
        "Pentagon's statement), the main story of the article (title, s0-s8) = the fourth set's snn-094819577114 "
        "(aawsat, 2015-08-11, سلطات إقليم كردستان تحقق مع أم سياف بعد تسلمها من القوات الأميركية), whose whole "
        "story is the same handover of 6 August (the Kurdish judicial council's statement); its second item (s9-s12, "
        "'إلى ذلك', the clashes near Silopi in Sirnak) is the eighteenth set's snn-82a9e4b4eea2 (aawsat, 2015-08-07) "
        "word for word (tf-idf cosine 0.18 and 0.45, 3-gram Jaccard 0.009 and 0.149, under the automatic 0.3)",
    "http://www.alriyadh.com/1069574":
        "the PKK fighters' attack on the Bozanti police station in Adana province on the morning of Friday 31 July "
        "2015, two policemen killed in the exchange of fire, with the Sarikamis railway worker killed the evening "
        "before, the whole article = the first set's snn-0b56fe952af7 (aawsat, 2015-08-01, الغارات التركية تتواصل "
        "على «الكردستاني» وإردوغان ينفي العلاقة مع «داعش»), whose lead paragraph reports the same attack on the "
        "Adana police station (s2-s3) and the same Sarikamis attack from the same agency copy (s4-s5): the main "
        "story of one article a main report of the other (tf-idf cosine 0.34, 3-gram Jaccard 0.098, under the "
        "automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230600&CategoryID=1":
        "Prince Mohammed bin Salman's visit to Cairo of Thursday 30 July 2015 and his talks with President al-Sisi "
        "at the military academies' graduation, here Egyptian analysts' comments on its timing (the whole "
        "article) = the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: "
        "مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose whole story is the same visit, and "
        "the fifth set's snn-d39cf7cd042d (okaz, 2015-08-01, خبير استراتيجي: دافع لتنمية العمل المشترك), an expert's "
        "comment on it: an event and a comment on it, as the forty-fourth set's two comments on one visit and the "
        "forty-first set's okaz 786683 entry for the same visit (tf-idf cosine 0.19 and 0.17, 3-gram Jaccard 0.027 "
        "and 0.031, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229984&CategoryID=1":
        "the US defence secretary Ashton Carter's visit to Iraq of 23-24 July 2015: its second day (his meeting "
        "with Masoud Barzani in Erbil, his inspection of the US advisers, the Kurds' requests for weapons), with "
        "the Baghdad day of the day before recalled (s6), the whole article = the third set's snn-17df799964d8 "
        "(aawsat, 2015-07-24, وزير الدفاع الأميركي: مشاركة سنة العراق في الحملة ضد «داعش» أساسية), the report of "
        "the same visit's first day, as the seventh set's alriyadh 1067712 and the twenty-first and twenty-third "
        "sets' entries for the Erbil day of the same visit (tf-idf cosine 0.10, 3-gram Jaccard 0.011, under the "
        "automatic 0.3)",
    "http://www.alweeam.com.sa/348289/المقاومة-الشعبية-تتقدم-باتجاه-مقر-الر/":
        "the Popular Resistance's entry into al-Tawahi, the Houthis' last stronghold in Aden, on the night of "
        "18-19 July 2015 and its advance on the presidential palace and the Fourth Military Region's command, "
        "with the coalition's raids on the rebels' positions, the whole article = the nineteenth set's "
        "snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة الشعبية تسيطر على مبان رئاسية وعسكرية في عدن), whose "
        "main story is the taking of al-Tawahi, the palace and the command completed on Monday 20 July: the entry "
        "into a district and its control the next report of one advance, as the thirty-fourth set's alwatan 231629 "
        "entry (the entry into Zinjibar and its control) and the twenty-fourth and thirty-ninth sets' entries for "
        "other reports of the same taking (tf-idf cosine 0.13, 3-gram Jaccard 0.005, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/غضب-إسلامي-بعد-هدم-إيران-لمسجد-السنة-ال/":
        "the Iranian security forces' demolition of the only Sunni prayer hall in Tehran on Wednesday 29 July 2015 "
        "and the anger it raised (the Twitter hashtag, the Zahedan imam's letter to Khamenei), the whole article = "
        "the twelfth set's snn-04bed654330e (okaz, 2015-07-31, إيران تستثير السنة بهدم مسجدهم الوحيد), whose whole "
        "story is the same demolition and the same letter, several phrases word for word (tf-idf cosine 0.57, "
        "3-gram Jaccard 0.221, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/بعد-وفاة-الفيصل-أوباما-يقر-أخيراً-بتسل/":
        "President Obama's speech at the American University in Washington of Wednesday 5 August 2015 defending "
        "the nuclear agreement (Iran the only beneficiary of the Iraq war, part of the released funds going to "
        "terrorist activities, the warning to Congress), set beside Prince Saud al-Faisal's words of 2005, the "
        "whole article = the first set's snn-8d1549f981c0 (aleqtisadiya, 2015-08-06, الرئيس الأمريكي: رفض "
        "الكونغرس للاتفاق مع إيران يعني الحرب), whose whole story is the same speech (the same admission on the "
        "funds) (tf-idf cosine 0.12, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350952/نتنياهو-يطلب-من-اليهود-الأمريكيين-معا/":
        "Netanyahu's internet broadcast to North American Jewish groups of Tuesday 4 August 2015 urging them to "
        "oppose the nuclear agreement, the whole article = the tenth set's snn-c0f066bd76b9 (aljazirah, 2015-08-02, "
        "نتنياهو يُصعد معركته ضد أوباما ويوجه خطاباً تحريضاً ليهود أمريكا), whose whole story announces the same "
        "televised address 'بعد غدٍ الثلاثاء' to the Jews of America: the preview of an event and the report of it, "
        "as the forty-fifth set's EU-Tunisia entry (tf-idf cosine 0.10, 3-gram Jaccard 0.007, under the automatic "
        "0.3)",
    "http://www.alriyadh.com/1069388":
        "the Iranian foreign minister Zarif's regional tour of Kuwait, Qatar and Iraq of 26-27 July 2015, here his "
        "tweet on its 'excellent' talks and the priority of the neighbours (title, s0-s1; s2-s8 Araghchi before "
        "the parliament's committee on the agreement's documents a further item) = the thirty-sixth set's "
        "snn-108d0a36044d (aljazirah, 2015-07-26, وزير الخارجية الإيراني يزور الكويت وقطر والعراق لبحث التعاون "
        "الإقليمي وشرح بنود الاتفاق النووي), whose main story announces the same tour: a preview and the actor's "
        "report of one event, as the thirty-seventh set's aawsat 415976 and the forty-fourth set's alriyadh 1068139 "
        "entries for the same tour (tf-idf cosine 0.20, 3-gram Jaccard 0.017, under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/23/article_975522.html":
        "the Al-Ettifaq midfielder Mohammed Kanno's failure to travel with his team to the camp in Turkey on 22 "
        "July 2015 and the acting president's reaction, the whole article = the twenty-sixth set's "
        "snn-a61506f27c80 (aawsat, 2015-07-23, كنو يتمرد على الاتفاق.. والإدارة تهدد بمعاقبته), whose main story "
        "is the same no-show and the management's reaction the same day (tf-idf cosine 0.16, 3-gram Jaccard "
        "0.013, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350874/قاعدة_العند-الضربة-القاصمة-لـ-الحوثي/":
        "the recapture of al-Anad air base in Lahj by the army loyal to President Hadi and the Popular Resistance "
        "on 3 August 2015, here a profile of the base on that occasion (its history, the Soviet and British "
        "periods, the 3,000 fighters, the battle commander on the Iranian experts), the whole article = the "
        "fourth set's snn-adfd38fff3b0 (sabq, 2015-08-04, \"العند\" قاعدة سوفيتية استضاف فيها صالح الإيرانيين "
        "لقتل اليمنيين بالألغام), whose news is the same recapture and whose body is a profile of the same base, as "
        "the sixth, twenty-third, twenty-eighth and forty-fifth sets' entries for the same capture (tf-idf cosine "
        "0.33, 3-gram Jaccard 0.075, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150802/Con20150802786934.htm":
        "the Palestinian leadership's decision after the settlers' arson in Duma of 31 July 2015 to go to the "
        "International Criminal Court against Israel (s0), here with the legal experts' scenarios of the "
        "membership (s1-s5) = the eleventh set's snn-02b8e7262025 (alwatan, 2015-08-01, استشهاد رضيع فلسطيني حرقا "
        "بهجوم لمستوطنين), whose main report after the arson is President Abbas's statement that the leadership "
        "will go to the ICC over the burning of the child (s3-s7): a main report of one article the lead of the "
        "other, with a comment on it, as the forty-fifth set's comment entries (the thirty-ninth set's "
        "snn-32afc476e34f the leadership's emergency meeting) (tf-idf cosine 0.11 and 0.08, 3-gram Jaccard 0.006 "
        "and 0.000, under the automatic 0.3)",
    "http://www.alweeam.com.sa/349178/تركيا-تقصف-مواقع-لحزب-العمال-الكردستا/":
        "the Turkish air raids on seven PKK camps in northern Iraq on the night of Friday 24 to Saturday 25 July "
        "2015 (the prime minister's office's statement, Bakhtiyar Dogan's words, the Duhok and Erbil border "
        "areas), with the 320 arrests of the security operations, the whole article = the fifteenth set's "
        "snn-eb848edf838c (aljazirah, 2015-07-26, تركيا تشن ضربات على تنظيم داعش والأكراد), whose main story is "
        "the same raids from the same statement and the same spokesman's words (tf-idf cosine 0.28, 3-gram "
        "Jaccard 0.017, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150721/du2.htm":
        "the UN Security Council's unanimous resolution of Monday 20 July 2015 endorsing the nuclear agreement with "
        "Iran with the return of the sanctions in case of violation (Obama's and Samantha Power's reactions), the "
        "whole article = the seventeenth set's snn-3daab4c1c4d3 (3alyoum, 2015-07-24, مجلس الأمن يقر الاتفاق النووي "
        "الإيراني ويفتح الباب لمعاودة فرض العقوبات), whose whole story is the same resolution the same day (tf-idf "
        "cosine 0.12, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150810/du2.htm":
        "Prime Minister Haider al-Abadi's reform package announced on Sunday 9 August 2015 (the posts of the "
        "vice-presidents, al-Maliki's among them, and of the deputy prime ministers abolished, the guards cut, the "
        "corruption files opened) and the cabinet's unanimous vote on it, the whole article = the forty-third "
        "set's snn-7fddfa37e5cd (okaz, 2015-08-10, العبادي وإيران يتخلصان من نوري المالكي), whose main story is the "
        "same decisions the same day (tf-idf cosine 0.25, 3-gram Jaccard 0.026, under the automatic 0.3)",
    "http://aawsat.com/home/article/419191/تركيا-تتهم-العمال-الكردستاني-بقتل-شرطيين-في-هجوم-جديد":
        "the PKK fighters' attack on the Bozanti police station in Adana province on the morning of Friday 31 July "
        "2015, two policemen killed (the Anadolu report), the whole article = the first set's snn-0b56fe952af7 "
        "(aawsat, 2015-08-01), whose lead paragraph reports the same attack (s2-s3), as this set's alriyadh 1069574 "
        "entry for the same copy (tf-idf cosine 0.12, 3-gram Jaccard 0.008, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
