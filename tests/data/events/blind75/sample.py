"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-fifth PLOVER events blind set.

Rule (the seventy-fourth set's sampler, /work/main/tests/data/events/blind74/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-75: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261375);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 75) (285 files: the table of set 74 plus the seventy-fourth set's
        events/blind74/sample.jsonl and events-blind74.jsonl and the second annotation of the seventy-third set,
        events/second73/events-second73.jsonl), each with its md5 at the draw (checked; a mismatch is reported) --
        text = an excluded text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-four events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-fourth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-75)

SEED = 20261375
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-75: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-75: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 282 files of the set-74
# table plus events/blind74/sample.jsonl, events/events-blind74.jsonl and events/second73/events-second73.jsonl,
# 285 in all, each with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn
# sample; the md5s are checked (a mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 75)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-four events sets' articles
# (url -> reason); see SOURCE-events-blind75.txt. The first four hundred and eighty-nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-fourth set's eight, marked there first-set 74 after that draw;
# same_story(75) == same_story(74), no entry first used by a seventy-fifth set); the entries added by this set
# follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(75))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/414536/مقتل-القيادي-البارز-أبو-خليل-السوداني-جراء-غارة-أميركية-في-أفغانستان':
        "the Pentagon's announcement of Friday 24 July 2015 that the US air strike of 11 July in Paktika province (Afghanistan) killed the senior al-Qaeda commander Abu Khalil al-Sudani with two other militants (the Taliban sources' confirmation, his burial and his role further details; the whole article) = the first set's snn-b5820fbaac0d (alweeam, 2015-07-24, غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة في أفغانستان), whose whole story is the same announcement of the same strike: two reports of one event, as the earlier sets' entry for another report of the same announcement (tf-idf cosine 0.22, 3-gram Jaccard 0.006, under the automatic 0.3)",
    'http://aawsat.com/home/article/413606/بخاري-يحذر-واشنطن-بأن-سياستها-ضد-«بوكو-حرام»-تضر-بالجهود-لمكافحة-التطرف':
        "the Nigerian president Muhammadu Buhari's warning in Washington (22-23 July 2015) that the US refusal to arm the Nigerian army harms the fight against Boko Haram, with the attacks of the same days in Maroua (Cameroon) and Gombe (Nigeria), the Boko Haram video and the five-nation force due by 30 July, the whole article = the thirty-fifth set's snn-018edd34a298 (aljazirah, 2015-07-24, أكثر من 50 قتيلاً في الكاميرون ونيجيريا), whose whole story is the same attacks with the same warning of Buhari from the same agency copy, its lead nearly word for word: two reports of one event (tf-idf cosine 0.56, 3-gram Jaccard 0.150, under the automatic 0.3)",
    'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229919&CategoryID=1':
        "the joint press conference of the foreign ministers Adel al-Jubeir and Sameh Shoukry at the foreign ministry in Jeddah on Thursday 23 July 2015 (the unified position on Yemen, the Cairo meeting of the former US ambassador with the General People's Congress, Syria, the Hamas visit; the whole article) = the eleventh set's snn-5379a3bbfe5a (alriyadh, 2015-07-23, الجبير: مصر جزء أساسي من التحالف الداعم للشرعية في اليمن), whose whole story is the same talks and press conference: two reports of one event, as the earlier sets' aawsat 413706 and 3alyoum entries for the same press conference (tf-idf cosine 0.20, 3-gram Jaccard 0.005, under the automatic 0.3)",
    'http://aawsat.com/home/article/423371/أوباما-يقر-بأن-طهران-ستستخدم-أموالاً-إثر-رفع-العقوبات-لتمويل-«أنشطة-إرهابية»':
        "President Obama's foreign-policy speech at the American University in Washington on Wednesday 5 August 2015 defending the nuclear agreement with Iran (his admission that part of the released funds will finance 'terrorist activities', his warning to Congress that rejecting the deal would cost US credibility; the whole article) = the first set's snn-8d1549f981c0 (aleqtisadiya, 2015-08-06, الرئيس الأمريكي: رفض الكونغرس للاتفاق مع إيران يعني الحرب), whose whole story is the same speech with the same admission word for word from the same agency copy: two reports of one event (tf-idf cosine 0.23, 3-gram Jaccard 0.039, under the automatic 0.3)",
    'http://www.alriyadh.com/1067400':
        "the Israeli soldiers' killing of the freed prisoner Falah Abu Maria (53) in his house at Beit Ummar north of Hebron at dawn on Thursday 23 July 2015 during the raid to arrest his son Muhammad (the sons Muhammad and Ahmed wounded, the clashes, the presidency spokesman Nabil Abu Rudeineh's statement, the Prisoners' Club's charge; the Jenin killing of the day before and the arrests in the West Bank minor items), the whole story of the article = the fifth set's snn-69e22e9f4ef1 (alwatan, 2015-07-24, الإفتاء الفلسطينية: الاعتداءات على الأقصى تنذر بحرب دينية), whose s4-s11 report the same killing the same day with the same sons wounded and Abu Rudeineh's same words: the main story of one article a main report of the other, as the earlier sets' aawsat 413191 and al-jazirah 20150724/du13 entries for the same killing (tf-idf cosine 0.23, 3-gram Jaccard 0.047, under the automatic 0.3)",
    'http://aawsat.com/home/article/420866/عبد-الله-بن-مساعد-سنحرم-الأندية-المديونة-من-المحترفين':
        "the meeting of Prince Abdullah bin Musaed (General Presidency of Youth Welfare) with the Saudi Football Federation's board in Riyadh on Sunday 2 August 2015 and his initiative on the clubs' debts (a unified accountant and financial year, clubs barred from registering local or foreign players above debt thresholds by their league rank: the headline, s8-s12; the exemption request for the suspended players, the Super Cup in London, the stadium and the coach further items) = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting and the same two proposals with the same thresholds: two reports of one event (tf-idf cosine 0.19, 3-gram Jaccard 0.008, under the automatic 0.3)",
})



if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
