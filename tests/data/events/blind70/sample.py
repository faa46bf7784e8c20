"""Seeded, reproducible sample of SaudiNewsNet articles for the seventieth PLOVER events blind set.

Rule (the sixty-ninth set's sampler, /work/main/tests/data/events/blind69/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-70: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261370);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 70) (270 files: the table of set 69 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-ninth set's
        events/blind69/sample.jsonl and events-blind69.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-nine events sets' 1,257 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-ninth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-70)

SEED = 20261370
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-70: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-70: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 268 files of the set-69
# table plus the sixty-ninth set's events/blind69/sample.jsonl and events/events-blind69.jsonl, 270 in all, each
# with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind70.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 70)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-nine events sets' articles
# (url -> reason); see SOURCE-events-blind70.txt. The first four hundred and fifty entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixty-ninth set's ten; same_story(70) holds no entry first used by a
# seventieth set); the seven entries added by this set follow, in the order they were judged (three after the first
# walk, one after each of the second to fifth walks).
SAME_STORY = dict(blind_tables.same_story(70))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/411411/علم-كوبا-يرفرف-رسميًا-في-واشنطن-للمرة-الأولى-منذ-1961':
        'the formal reopening of the embassies of the United States and Cuba in Havana and Washington on '
        'Monday 20 July 2015 after 54 years (the Cuban flag raised at the State Department and over the Cuban '
        "mission, Bruno Rodriguez's visit and his meeting with Kerry, Kerry's visit to Havana of 14 August "
        "awaited; the embargo, Rubio's words and the Senate further items), the whole article = the "
        "forty-seventh set's snn-5e5a66b2ddb5 (3alyoum, 2015-07-24, أمريكا وكوبا تبدآن بهدوء فصلاً جديداً في "
        'علاقات ما بعد الحرب الباردة), whose whole story is the same reopening of the two embassies with the '
        "same flag ceremony and Rodriguez's meeting with Kerry (coded there as SUPPORT and CONSULT visit): "
        'two reports of one event (tf-idf cosine 0.25, 3-gram Jaccard 0.003, under the automatic 0.3)',
    'http://www.alriyadh.com/1070097':
        'the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the board of '
        "the Saudi Football Federation on Sunday 2 August 2015 and the measures on the clubs' debts agreed "
        'there to apply from the next season (a single chartered accountant for the premier-league clubs, a '
        'financial year ending in June, the youth incentives from the television income; the Super Cup in '
        "London, the Jeddah stadium, the privatisation file and the veterans' society further items), the "
        "headlined main story of the article = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, "
        '2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting '
        "with the same proposals: two reports of one event, as the fifty-ninth set's alyaum 4081546 and the "
        "later sets' aleqt 978415, alriyadh 1069947 and aleqt 978553 entries (tf-idf cosine 0.16, 3-gram "
        'Jaccard 0.012, under the automatic 0.3)',
    'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=231340&CategoryID=6':
        "the Egyptian forward Mohamed Salah's move to Roma on a one-year loan from Chelsea, completed in "
        "early August 2015 after the delay caused by Fiorentina's threats to sue him (his welcome at "
        'Fiumicino airport, his words, the loan fee and the option to buy, his career background), the whole '
        "article = the seventeenth set's snn-d08b2a54344d (alriyadh, 2015-07-27, تهديدات فيورنتينا قد تفسد "
        "صفقة انتقال محمد صلاح لروما), whose whole story is Roma's full agreement on the same transfer amid "
        "the same Fiorentina threats (the agent Rami Abbas's words): one transfer, its agreement and its "
        'completion, read as the preview of an event and the report of it (tf-idf cosine 0.19, 3-gram Jaccard '
        '0.003, under the automatic 0.3)',
    'http://aawsat.com/home/article/418841/عبد-الرحمن-الراشد/قانون-الإمارات-من-السجن-إلى-الإعدام':
        "the UAE's new law against contempt of religions, discrimination and hate speech issued by President "
        'Khalifa bin Zayed (reported 20-21 July 2015: prison and fines, the harsher penalty for a government '
        'employee, the death penalty where takfir leads to killing), here an Asharq Al-Awsat column (Abdul '
        "Rahman al-Rashed) whose subject is the same law (the whole article, the writer's view of the "
        "region's need for such laws) = the twenty-eighth set's snn-df260d699d53 (alyaum, 2015-07-21, قانون "
        'إماراتي يجرم ازدراء الأديان بعقوبة تصل للإعدام), whose whole story is the issuing of the same law '
        'with the same penalties (its definition quoted in both nearly word for word): an event and a comment '
        "on it, as the forty-fifth set's Khamenei and the sixty-ninth set's Duma column entries (tf-idf "
        'cosine 0.24, 3-gram Jaccard 0.047, under the automatic 0.3)',
    'http://www.alweeam.com.sa/350090/إعلان-القاهرة/':
        "the joint statement ('the Cairo Declaration') issued on Thursday 30 July 2015 on the visit of Deputy "
        'Crown Prince Mohammed bin Salman to Cairo and his meeting with President al-Sisi (the six agreed '
        'mechanisms: military cooperation and the joint Arab force, energy and transport, economic '
        'integration, investments, political and media cooperation, the demarcation of the maritime borders), '
        "the whole article = the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد "
        'للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق التعاون), whose main story is '
        'the same meeting and the same declaration: two reports of one event (tf-idf cosine 0.48, 3-gram '
        'Jaccard 0.139, under the automatic 0.3)',
    'http://aawsat.com/home/article/423316/سوريا-جيش-الفتح-على-تخوم-الشريط-العلوي-والنظام-يسعى-إلى-تحصين-اللاذقية-وجبلة':
        "the opposition's (Jaish al-Fatah's) advance of Wednesday 5 August 2015 in the south-eastern "
        'countryside of Jisr al-Shughur and the al-Ghab plain to the surroundings of the village of al-Bahsa, '
        'less than 2 km from the operations headquarters of the regime, Hezbollah and the Iranian forces at '
        "Jurin (the Syrian Observatory's account, the hit-and-run fighting; Omar al-Jablawi's words on "
        "Latakia and Jableh further items), the headlined main story of the article = the twenty-fourth set's "
        'snn-9956cd976685 (aljazirah, 2015-08-06, المعارضة تصل إلى منطقة قريبة من حزب الله وقوات النظام), '
        'whose main story is the same clashes around al-Bahsa the same day at the same distance from Jurin '
        '(the same Observatory copy): two reports of one event (tf-idf cosine 0.29, 3-gram Jaccard 0.040, '
        'under the automatic 0.3)',
    'http://www.okaz.com.sa/new/Issues/20150731/Con20150731786532.htm':
        "the joint statement ('the Cairo Declaration') of Thursday 30 July 2015 on Deputy Crown Prince "
        "Mohammed bin Salman's visit to Cairo and his meeting with President al-Sisi (the same six "
        "mechanisms, the joint Arab force, the maritime borders), the whole article = the seventeenth set's "
        'snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط '
        'الأخوية والرغبة في تعميق التعاون), whose main story is the same meeting and declaration: two reports '
        "of one event, as this set's alweeam 350090 entry (the same statement) (tf-idf cosine 0.48, 3-gram "
        'Jaccard 0.144, under the automatic 0.3)',
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
