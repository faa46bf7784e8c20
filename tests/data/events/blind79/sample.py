"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-ninth PLOVER events blind set.

Rule (the seventy-eighth set's sampler, /work/main/tests/data/events/blind78/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-79: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261379);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 79) (296 files: the table of set 78 plus the seventy-eighth set's
        events/blind78/sample.jsonl and events-blind78.jsonl), each with its md5 at the draw (checked; a mismatch
        is reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-eight events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-eighth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-79)

SEED = 20261379
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-79: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-79: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 294 files of the set-78
# table plus events/blind78/sample.jsonl and events/events-blind78.jsonl, 296 in all, each with its md5 at the
# draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are checked (a
# mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 79)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-eight events sets' articles
# (url -> reason); see SOURCE-events-blind79.txt. The first five hundred and nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-eighth set's five, marked there first-set 78 after that draw:
# SAME_STORY = dict(blind_tables.same_story(79))); the entries added by this set follow, in the order they were
# judged.
SAME_STORY = dict(blind_tables.same_story(79))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/419711/4-أسماء-تتنافس-لرئاسة-الائتلاف-السوري-ومساع-للتوصل-لصيغة-توافقية':
        "the 23rd session of the Syrian National Coalition's general assembly in Istanbul, opened on Friday 31 July 2015 for three days (the agenda: de Mistura's proposals, the safe zone in northern Syria and the entry of the coalition and the interim government into it, the Kurdish National Council's recommendations, the election of the presidential body on the last day; the four names for the presidency: Khoja, al-Meslet, al-Hakim, Nayrabiya), the whole article = the fortieth set's snn-7096943ec975 (alwatan, 2015-08-02, 34 قتيلا من المعارضة والنظام في حلب), whose item of its own ('إلى ذلك', s5-s7) reports the same session's meetings with the same agenda, and the forty-second set's snn-47219bd32276 (alwatan, 2015-08-04, المعارضة السورية تضيق الخناق على الأسد), whose lead reports the same session's close and Khoja's re-election over Nayrabiya: the main story of one article an item of its own of the other, as the forty-fifth set's Khoja reading and the forty-ninth set's alriyadh 1070225 entry (tf-idf cosine 0.19 and 0.14, 3-gram Jaccard 0.007 and 0.005, under the automatic 0.3)",
    'http://www.al-madina.com/node/621016/تركيا-سلاح-الجو-يقصف-مواقع-«داعش»-شمال-سوريا.html':
        "the Turkish air force's first strikes on ISIS positions in Syria before dawn on Friday 24 July 2015 (three F-16s, the positions across the border from Kilis, after Thursday's exchange of fire that killed a Turkish NCO) with the police raids against ISIS and PKK suspects across Turkey (251 held, Davutoglu's 'the operations will continue'), the headlined main story = the twenty-fourth set's snn-b442871241e3 (alweeam, 2015-07-24, تركيا: مقاتلات F16 قصفت مواقع لداعش في سوريا), whose whole story is the same three F-16s' strikes off Kilis and the same Istanbul raids the same day: two reports of one event (tf-idf cosine 0.16, 3-gram Jaccard 0.002, under the automatic 0.3)",
    'http://aawsat.com/home/article/414716/أوباما-من-كينيا-أفريقيا-تسير-قدمًا-الناس-يخرجون-من-الفقر':
        "President Obama's first day in Kenya, Saturday 25 July 2015 (his speech at the opening of the Global Entrepreneurship Summit in Nairobi, 'Africa is on the move', President Kenyatta's words, the security measures, the Kenyan press on his arrival, his half-sister Auma), the whole article = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري على فندق في الصومال), whose framing clause and s4-s10 report the same visit and its first day, as the thirty-second set's al-madina 621080 entry for another copy of the same agency report (tf-idf cosine 0.14, 3-gram Jaccard 0.010, under the automatic 0.3)",
    'http://www.al-jazirah.com/2015/20150731/lp4.htm':
        "a column (al-Jazirah, 31 July 2015) whose whole subject is the visit to Cairo of Crown Prince Mohammed bin Salman of 30 July 2015 and its meaning for Saudi-Egyptian relations (the Brotherhood's claims of coolness answered, the historical background a view) = the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose whole story is the same visit (the Cairo Declaration, the talks with al-Sisi), as the earlier sets' entries for columns on one event (tf-idf cosine 0.08, 3-gram Jaccard 0.006, under the automatic 0.3)",
    'http://aawsat.com/home/article/426301/22-قتيلاً-بانفجار-سيارة-مفخخة-في-شمال-أفغانستان':
        "the Taliban's attack of Friday night 7 August 2015 on the NATO base Camp Integrity on the outskirts of Kabul (a foreign soldier, American by the White House, and eight Afghan contractors killed, the four attackers shot, the Afghan interior ministry's statement, the Taliban's claim; Susan Rice's call to President Ghani), an item of its own of the article (its second paragraph, beside the headlined Taliban car bomb among the Arbaki militia in Khan Abad, Kunduz) = the twenty-fourth set's snn-67b5bcda7880 (aawsat, 2015-08-08, الأطلسي: 8 مدنيين قتلوا في الهجوم على قاعدة أميركية بأفغانستان), whose whole story is the same attack from the same agency copy (the NATO spokesman's and the ministry's statements nearly word for word): the main story of one article a main report (an item of its own) of the other, as the forty-fifth, sixty-seventh and sixty-ninth sets' readings (tf-idf cosine 0.48, 3-gram Jaccard 0.134, under the automatic 0.3)",
    'http://aawsat.com/home/article/406991/واشنطن-تحذر-رعاياها-من-السفر-إلى-كينيا-قبل-زيارة-أوباما':
        "the al-Shabab attack of Monday 20 July 2015 on a police vehicle in the Lamu region of Kenya (the mine and the grenades, five killed including a woman and a child, the Lamu police chief Crispus Mutali, the local official's denial, al-Shabab's claim), an item of its own of the article (s5-s11, beside the headlined US travel warning before Obama's visit) = the thirty-eighth set's snn-382fc0eaf9e7 (aawsat, 2015-07-21, كينيا: مقتل 5 أشخاص بهجوم على آلية للشرطة), whose whole story is the same attack from the same agency copy, nearly word for word: the main story of one article a main report (an item of its own) of the other, as the forty-fifth, sixty-seventh and sixty-ninth sets' readings (tf-idf cosine 0.54, 3-gram Jaccard 0.171, under the automatic 0.3)",
    'http://www.okaz.com.sa/new/Issues/20150806/Con20150806787826.htm':
        "an editorial (Okaz, 6 August 2015) whose whole subject is Crown Prince Mohammed bin Salman's tours of Moscow, Paris, Cairo and Amman, its Cairo paragraph (s4) restating the outcomes of the visit of 30 July 2015 word for word (military cooperation, the joint Arab force, energy, electric interconnection, the maritime border) = the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose whole story is the same Cairo visit, and its Amman paragraph (s5) the visit to Jordan of 4-5 August = the fifty-first set's snn-f98dbb2af3d7 (okaz, 2015-08-06, زيارة الأمير محمد بن سلمان لتعزيز العمل العربي), whose whole story is that visit: a column on the same visits, as this set's al-jazirah 20150731/lp4 entry above and the earlier sets' entries for columns on one event (tf-idf cosine 0.22 and 0.17, 3-gram Jaccard 0.065 and 0.023, under the automatic 0.3)",
    'http://aawsat.com/home/article/419606/المشاورات-الليبية-تنتهي-بالعاصمة-الجزائرية-على-أمل-العودة-للتوقيع':
        "the ISIS raid of Friday 31 July 2015 on the army's Gate 200 checkpoint outside Ajdabiya near Brega (five soldiers of the 21st border-guard battalion killed and 15 missing, two more killed when reinforcements were sent, five wounded), an item of its own of the article (s7-s10, 'وعلى صعيد متصل', beside the headlined end of the Algiers consultations of Bernardino Leon with the General National Congress) = the thirty-sixth set's snn-ba83c5660b94 (3alyoum, 2015-08-01, مقتل 7 جنود ليبيين في اشتباكات مع داعش الإرهابي), whose whole story is the same raid from the same agency copy, nearly word for word: the main story of one article a main report (an item of its own) of the other, as the sixty-ninth set's aawsat 421291 entry for the same raid (tf-idf cosine 0.39, 3-gram Jaccard 0.131, under the automatic 0.3)",
    'http://www.alyaum.com/article/4080136':
        "the tripartite Renaissance Dam talks of the water ministers of Egypt, Sudan and Ethiopia in Khartoum, begun on 22 July and closed on Friday 24 July 2015 (Hossam Moghazy's consensus, the road map: the French firm's updated offers on 12 August, the eighth meeting in Addis Ababa on 20-21 August), an item of its own of the article (s3-s4, 'سياسياً', beside the headlined trial crossing of the new Suez Canal, the Nile boat disaster and North Sinai) = the twenty-second set's snn-0d04387fd4f3 (alwatan, 2015-07-21, جولة حاسمة في الخرطوم لإنهاء قضايا سد النهضة), whose main story is the same Khartoum round (Moghazy's statement on its aims, the extra day): the preview of an event and the report of it, as the eleventh and thirteenth sets' rule, and the main story of one article a main report (an item of its own) of the other, as the thirty-first set's 3alyoum entry for Obama's visit to Kenya (tf-idf cosine 0.10, 3-gram Jaccard 0.003, under the automatic 0.3)",
    'http://www.al-jazirah.com/2015/20150805/ln50.htm':
        "Crown Prince Mohammed bin Salman's official visit to Jordan of 4-5 August 2015 at King Abdullah II's invitation (his telegram of thanks on leaving, the reception and farewell at the airport, the delegation; the whole article) = the fifty-first set's snn-f98dbb2af3d7 (okaz, 2015-08-06, زيارة الأمير محمد بن سلمان لتعزيز العمل العربي), whose whole story is the same visit and its results (the Jordanian politicians' statements, the joint statement): two reports of one visit, as the earlier sets' entries for reports of one visit (tf-idf cosine 0.10, 3-gram Jaccard 0.017, under the automatic 0.3)",
    'http://aawsat.com/home/article/424611/«داعش»-يختطف-عشرات-المسيحيين-من-مدينة-القريتين-بحمص-ويتحضر-للهجوم-على-صدد':
        "ISIS's abduction of about 220-230 people, dozens of Christians among them, after it took the town of al-Qaryatain in Homs province on Wednesday 5 August 2015 (the Syrian Observatory's figures, the Assyrian network, the flight towards Sadad, Archbishop Matta al-Khoury), the whole article = the fourteenth set's snn-b5ebd7c0b8ae (aljazirah, 2015-08-08, الأمم المتحدة تكلف خبراء للتحقيق حول الهجمات الكيميائية في سوريا), whose second item reports the same abduction (the 230 civilians with at least sixty Christians, the Observatory), as the thirty-second set's 3alyoum entry for the same abduction (tf-idf cosine 0.22, 3-gram Jaccard 0.031, under the automatic 0.3)",
    'http://www.alweeam.com.sa/350930/اليمن-المقاومة-تحقق-مزيداً-من-المكاس/':
        "the Popular Resistance's and the loyal army's advance in Lahj after the recapture of the al-Anad air base on Monday 3 August 2015 and its announced next step, the purging of Abyan (the ten villages retaken on Tuesday, the thousand fighters trained in Saudi Arabia and the UAE; the UN envoy Ould Cheikh Ahmed's call to the Egyptian CBC channel for a ceasefire and the Houthis' withdrawal a further item), the headlined main story = the fifty-fifth set's snn-ba2ec4bddb83 (aawsat, 2015-08-06, بعد تطهير لحج.. أبين المحطة التالية للمقاومة اليمنية), whose main story is the same step after Lahj's liberation, with the same envoy's statement to CBC: two reports of one event (tf-idf cosine 0.23, 3-gram Jaccard 0.044, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
