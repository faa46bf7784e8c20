"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-second PLOVER events blind set.

Rule (the seventy-first set's sampler, /work/main/tests/data/events/blind71/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-72: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261372);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 72) (277 files: the table of set 71 plus the seventy-first set's
        events/blind71/sample.jsonl and events-blind71.jsonl and the second annotation
        events/second70/events-second70.jsonl), each with its md5 at the draw (checked; a mismatch is reported) --
        text = an excluded text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-one events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-first sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-72)

SEED = 20261372
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-72: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-72: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 274 files of the set-71
# table plus the seventy-first set's events/blind71/sample.jsonl and events/events-blind71.jsonl and the second
# annotation events/second70/events-second70.jsonl, 277 in all, each with its md5 at the draw. Named explicitly so
# that a file added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and listed
# in SOURCE-events-blind72.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 72)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-one events sets' articles
# (url -> reason); see SOURCE-events-blind72.txt. The first four hundred and sixty-one entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-first set's four; same_story(72) holds no entry first used by a
# seventy-second set); the entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(72))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/427266/الجبير-الأسد-فقد-شرعيته-بعدما-قتل-300-ألف-سوري-ولا-مكان-له-بمستقبل-سوريا':
        "the Saudi foreign minister Adel al-Jubeir's talks with the Russian foreign minister Sergei Lavrov in Moscow "
        "on Tuesday 11 August 2015 and his statement after them that the kingdom's position on Syria has not "
        "changed and that Assad has no place in Syria's future (Lavrov's words on the improved relations and the "
        "agreements reached at Prince Mohammed bin Salman's June visit, the fight against ISIS, Geneva 1, the "
        "ministry's agenda further items; the whole article) = the fourth set's snn-eb16dededc95 (alyaum, "
        '2015-08-11, الجبير: لا مكان لبشار الأسد في مستقبل سوريا), whose whole story is the same talks and the same '
        "statement, Lavrov's same opening words: two reports of one event (tf-idf cosine 0.28, 3-gram Jaccard "
        '0.052, under the automatic 0.3)',
    'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231689&CategoryID=1':
        "the Saudi foreign minister Adel al-Jubeir's visit to Moscow of Tuesday 11 August 2015 for talks with the "
        "Russian officials on the Syrian settlement and Moscow's initiative for a regional alliance against ISIS, "
        "the headlined main story of the article (محادثات بين موسكو والرياض بشأن الأزمة السورية; analysts' views "
        "of the Saudi proposal carried by Ali Mamlouk, Khaled al-Dakhil's and Abdul Halim Khaddam's words, further "
        "items) = the fourth set's snn-eb16dededc95 (alyaum, 2015-08-11, الجبير: لا مكان لبشار الأسد في مستقبل "
        "سوريا), whose whole story is the same talks in Moscow that day and al-Jubeir's statement after them: a "
        "visit announced and its report, as the earlier sets' Zarif-tour and the seventy-first set's Putin-Blatter "
        'entries (tf-idf cosine 0.10, 3-gram Jaccard 0.004, under the automatic 0.3)',
    'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231190&CategoryID=1':
        "the mines and explosive devices planted by the Houthi and Saleh militias in the residential quarters of "
        "Aden and al-Houta (and around al-Anad base) before their withdrawal, their clearing by the Popular "
        "Resistance and the army with the coalition's mine-clearing vehicles and the Resistance's appeal to the "
        "residents not to return home before the clearing (the spokesman Ali al-Ahmadi's accusation of 5 August "
        "2015, the headlined main story; the fighting in al-Bayda, Marib and Shabwa further items) = the fiftieth "
        "set's snn-4eaa3f76bfdd (alwatan, 2015-08-08, إعلام التمرد يتباهى بزراعة الألغام), whose whole story is the "
        "same mine-laying in the quarters of Aden, Lahj and Abyan left on the withdrawal, the same clearing with "
        "the coalition's equipment and the same appeal to the displaced: two reports of one development, as the "
        "earlier sets' Lahj-combing entry (tf-idf cosine 0.21, 3-gram Jaccard 0.011, under the automatic 0.3)",
    'http://www.alweeam.com.sa/350473/تعيين-محاسب-قانوني-موحد-لأندية-الدرجة/':
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the Saudi Football "
        "Federation's board under Ahmed Eid on Sunday 2 August 2015 and its measures against the clubs' debts (a "
        "single auditing office for the Premier League clubs, bans on registering foreign or local players above "
        "debt ceilings by league position, the incentives for youth teams; the Super Cup in London, privatisation "
        "and the veterans' association further items in the prince's statement), the headlined main story = the "
        "twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة "
        "للمتجاوزين), whose whole story is the same meeting and the same two proposals, ceilings and graded "
        'penalties: two reports of one event (tf-idf cosine 0.30, 3-gram Jaccard 0.040, under the automatic 0.3)',
    'http://www.okaz.com.sa/new/Issues/20150803/Con20150803787139.htm':
        "the Youth Welfare presidency's statement of Sunday 2 August 2015 after Prince Abdullah bin Musaed's meeting "
        "with the Football Federation's board (the single auditing office, the bans on registering players above the "
        "debt ceilings, the graded penalties for hiding or falsifying financial information, the youth incentives "
        "from the TV contract; the whole article) = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, "
        "2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting and the "
        "same measures, the ceilings and penalties copied nearly word for word: two reports of one event (tf-idf "
        'cosine 0.61, 3-gram Jaccard 0.235, under the automatic 0.3)',
    'http://www.alyaum.com/article/4080132':
        "the Tunisian parliament's adoption, on the night of Friday 24 to Saturday 25 July 2015, of the new law on "
        "combating terrorism and money laundering (174 votes, ten abstentions) after three days of debate, the "
        "rights groups' criticism of it (the Sousse and Bardo attacks, the 2003 law, al-Sebsi's call for unity and "
        "the Bizerte arrests further items) = the twenty-seventh set's snn-24459ba1ee53 (alyaum, 2015-07-23, البرلمان "
        "التونسي يناقش «قانونا جديدا لمكافحة الإرهاب»), whose whole story is the opening of the same three-day debate "
        "on the same bill, and the sixth set's snn-012906cd4038 (aawsat, 2015-07-23, برلمان تونس يقر مجموعة قوانين "
        "تصل إلى الإعدام لمرتكبي الجرائم الإرهابية), the same debate's first articles adopted: one legislative "
        "process reported at its start and its end, as the earlier sets' Zarif-tour entries (tf-idf cosine 0.31 and "
        '0.21, 3-gram Jaccard 0.066 and 0.050, under the automatic 0.3)',
    'http://aawsat.com/home/article/412931/القاهرة-تبدي-تحفظات-خلال-اجتماعات-اللجنة-الفنية-لسد-النهضة-الإثيوبي':
        "the seventh round of the tripartite technical committee on Ethiopia's Renaissance Dam in Khartoum (opened "
        "on Wednesday 22 July 2015 with the water ministers Hossam Moghazi, Motaz Musa and Alemayehu Tegenu, Egypt's "
        "reservations on the French and Dutch consultants' studies, the possible extra day; the dam's figures and "
        "al-Bashir's support further items; the whole article) = the twenty-second set's snn-0d04387fd4f3 (alwatan, "
        "2015-07-21, جولة حاسمة في الخرطوم لإنهاء قضايا سد النهضة), whose headlined main story is the same round of "
        "talks of the three ministers in Khartoum opening the next day, Moghazi's same statement of its aim and of "
        "the extra day: a meeting announced and its report, as the earlier sets' Zarif-tour entries (tf-idf cosine "
        '0.26, 3-gram Jaccard 0.018, under the automatic 0.3)',
    'http://aawsat.com/home/article/412081/مصر-تدخل-جولة-جديدة-من-مفاوضات-«سد-النهضة»-بسقف-توقعات-منخفض-ونفاد-صبر':
        "the new round of the Egyptian-Sudanese-Ethiopian negotiations on the Renaissance Dam opening in Khartoum on "
        "Wednesday 22 July 2015, the Egyptian delegation's low expectations and impatience (the irrigation "
        "minister's and his adviser Alaa Yassin's words on the consultants' tasks, Mahlab's reassurance in "
        "Equatorial Guinea, the dam's figures and the March declaration of principles further items; the whole "
        "article) = the twenty-second set's snn-0d04387fd4f3 (alwatan, 2015-07-21, جولة حاسمة في الخرطوم لإنهاء "
        "قضايا سد النهضة), whose headlined main story is the same round in Khartoum opening the next day and its "
        "aim: two reports of one meeting (the entry above, aawsat 412931, its report of the next day) (tf-idf "
        'cosine 0.18, 3-gram Jaccard 0.003, under the automatic 0.3)',
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
