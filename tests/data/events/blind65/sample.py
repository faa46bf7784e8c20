"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-fifth PLOVER events blind set.

Rule (the sixty-fourth set's sampler, /work/main/tests/data/events/blind64/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-65: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261365);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 65) (260 files: the table of set 64 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there and the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets -- plus the sixty-fourth set's
        events/blind64/sample.jsonl and events-blind64.jsonl), each with its md5 at the draw (checked; a mismatch is
        reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixty-four events sets' 1,197 articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to sixty-fourth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-65)

SEED = 20261365
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-65: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-65: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 258 files of the set-64
# table plus the sixty-fourth set's events/blind64/sample.jsonl and events/events-blind64.jsonl, 260 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind65.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 65)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixty-four events sets' articles
# (url -> reason); see SOURCE-events-blind65.txt. The first four hundred and sixteen entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixty-fourth set's four; same_story(65) holds no entry first used by a
# sixty-fifth set); the eleven entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(65))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://www.3alyoum.com/news/pol/a/ولي-ولي-العهد-والسيسي-يتفقان-على-تطوير/':
        "the Cairo Declaration issued at Prince Mohammed bin Salman's visit to Egypt of Thursday 30 July 2015 (his "
        "meeting with President al-Sisi, the package of executive mechanisms: military cooperation and the joint Arab "
        "force, energy and transport, economic integration, investments, political and media cooperation, the "
        "maritime border; al-Sisi's greetings and the prince's thanks), the whole article (the declaration's text) = "
        "the seventeenth set's snn-51f57268a2bf (alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت "
        "متانة الروابط الأخوية والرغبة في تعميق التعاون), whose lead reports the same declaration, several sentences "
        "word for word: two reports of one event, as the sixty-fourth set's sabq mcDgde entry (tf-idf cosine 0.51, "
        "3-gram Jaccard 0.170, under the automatic 0.3)",
    'http://www.al-jazirah.com/2015/20150723/du11.htm':
        "the killing of Mohammed Alawneh by the Israeli forces at dawn on Wednesday 22 July 2015 in Burqin west of "
        "Jenin during clashes (s0-s3; the arrest campaigns in the West Bank and Jerusalem and Ahmed Bahr's words on "
        "the prisoners further items), the headlined main story of the article (title, s0-s3) = the fifteenth set's "
        "snn-37b5a09a8c66 (alriyadh, 2015-07-23, مقتل فلسطيني برصاص الجيش الإسرائيلي في «جنين»), whose whole story is "
        "the same killing in Burqin the same dawn: two reports of one event, as the fifty-first set's alwatan 229862 "
        "entry (tf-idf cosine 0.24, 3-gram Jaccard 0.007, under the automatic 0.3)",
    'http://aawsat.com/home/article/409996/وفاة-جندي-خامس-متأثرًا-بإصابته-في-هجوم-تينيسي-والمحققون-لا-يزالون-يبحثون-عن':
        "the shooting of Thursday 16 July 2015 at two military centres in Chattanooga, Tennessee by Mohammad Youssef "
        "Abdulazeez and the investigation into his motives (the death of a fifth serviceman on the Saturday, his stay "
        "in Jordan, his blog, his father, McCaul's words; the headlined story, title and s0-s28) = the sixth set's "
        "snn-16e221ef3020 (aawsat, 2015-07-21, «إرهابي تينيسي» كتب قبل أعوام: اسمي سيحدث هلعًا في كل أميركا), whose "
        "main story is the same day's investigation into the same gunman's motives and his stay in Jordan: two "
        "reports of one event and its investigation, as the seventeenth set's aawsat 411391 entry (tf-idf cosine "
        "0.19, 3-gram Jaccard 0.018, under the automatic 0.3)",
    'http://www.aleqt.com/2015/08/02/article_978415.html':
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the president and "
        "members of the Saudi Football Federation of Sunday 2 August 2015 and the controls on the clubs' debts agreed "
        "there (a single chartered accountant for the premier-league clubs, a financial year ending in June, bans on "
        "registering players above debt ceilings by league rank, the youth incentives), the headlined main story of "
        "the article (title, s0-s8; the Super Cup in London, the privatisation file and the veterans' society further "
        "items) = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات "
        "متدرجة للمتجاوزين), whose whole story is the same meeting with the same proposals: two reports of one event, "
        "as the fifty-ninth set's alyaum 4081546 entry (tf-idf cosine 0.29, 3-gram Jaccard 0.040, under the automatic "
        "0.3)",
    'http://www.alyaum.com/article/4081443':
        "Netanyahu's internet address to North American Jewish groups announced for Tuesday 4 August 2015 against the "
        "Iran nuclear agreement (the Conference of Presidents, Greenberg's words, Kerry's counter-campaign with the "
        "same organisations), the headlined main story of the article (title, s0-s9; Amano's visit to Washington of 5 "
        "August and the Congress review further items) = the tenth set's snn-c0f066bd76b9 (aljazirah, 2015-08-02, "
        "نتنياهو يُصعد معركته ضد أوباما ويوجه خطاباً تحريضاً ليهود أمريكا), whose whole story announces the same "
        "address to the Jews of America 'بعد غدٍ الثلاثاء': two previews of one event, as the forty-sixth set's "
        "alweeam 350952 and the thirteenth set's alriyadh 1070830 entries (tf-idf cosine 0.15, 3-gram Jaccard 0.002, "
        "under the automatic 0.3; the fifty-fourth set's snn-0df50aa40c02, aawsat 08-02, whose further item s7-s12 is "
        "the same paragraph, 0.40, 0.117)",
    'http://aawsat.com/home/article/409801/توافد-أوروبي-إلى-إيران-بطموحات-اقتصادية':
        "the German economy minister Sigmar Gabriel's three-day visit to Tehran with a business delegation from 19 "
        "July 2015, the first of a senior Western politician after the nuclear agreement (his expected meetings with "
        "Rouhani and ministers, the German exports hoped for), the headlined main report of the article (title, "
        "s0-s10; the Austrian foreign minister's and president's planned visits, Fabius's and Cameron's wishes "
        "further items) = the thirty-third set's snn-0751fcf4ca9f (alriyadh, 2015-07-22, ألمانيا وإيران تعتزمان "
        "استئناف مشاورات التعاون الاقتصادي), whose whole story is the same visit: a visit announced on its departure "
        "and the report of its talks, as the fortieth set's alriyadh 1066365 and the forty-seventh set's aawsat "
        "411566 entries (tf-idf cosine 0.18, 3-gram Jaccard 0.002, under the automatic 0.3)",
    'http://aawsat.com/home/article/414391/تونس-اعتقال-شبكة-كانت-تخطط-لأعمال-إرهابية-في-عيد-الجمهورية':
        "the Tunisian security operation of Thursday-Friday 23-24 July 2015 in Bizerte province (the raid at Sejnane "
        "on a cell linked to the Bardo group preparing attacks on sensitive sites and two dams at Republic Day, 13 "
        "arrested and one killed, the arrests at Menzel Bourguiba, the weapons seized), the headlined main story of "
        "the article (title, s0-s6; the parliament's vote on article 63, the four arrested for calls to assassinate "
        "Essebsi and the law's debate further items) = the twenty-first set's snn-b86eb6c6a4fa (aljazirah, "
        "2015-07-25, تونس.. مقتل عنصر إرهابي واعتقال 16 آخرين في عملية أمنية بجهة بنزرت), whose whole story is the "
        "same operation: two reports of one event, as the twenty-fifth, thirty-fourth and forty-third sets' entries "
        "for the same operation (tf-idf cosine 0.18, 3-gram Jaccard 0.004, under the automatic 0.3)",
    'http://www.aleqt.com/2015/07/20/article_974788.html':
        "the extraordinary meeting of FIFA's executive committee in Zurich on Monday 20 July 2015 to set the date of "
        "the extraordinary congress that will elect Joseph Blatter's successor (Blatter's meeting with six "
        "confederation presidents, Platini's possible candidacy, the sponsors' criticism, the reforms; a preview "
        "'today'), the whole article = the thirty-seventh set's snn-ef6366cd7269 (3alyoum, 2015-07-24, ممثل كوميدي "
        "يمطر بلاتر بالدولارات في مؤتمر الفيفا), whose s5-s7 report the outcome of the same meeting (the election set "
        "for 26 February 2016, Blatter not a candidate): a preview and its report, as the fifty-third set's okaz "
        "784825 entry for the same meeting (tf-idf cosine 0.19, 3-gram Jaccard 0.011, under the automatic 0.3)",
    'http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/':
        "the Kabul attacks of Friday 7 August 2015 (the truck bomb in a crowded quarter, the suicide bombing at the "
        "police academy, the attack on Camp Integrity with NATO's toll of a soldier and eight Afghan contractors "
        "announced on Saturday; the Taliban's claim, the UN's words, the wave's toll of 50), the whole article = the "
        "twenty-fourth set's snn-67b5bcda7880 (aawsat, 2015-08-08, الأطلسي: 8 مدنيين قتلوا في الهجوم على قاعدة "
        "أميركية بأفغانستان), whose whole story is the same NATO announcement with the same academy and truck "
        "bombings and the wave's toll, and the eighth set's snn-af4cc46a2d35 (3alyoum, 2015-08-07, the academy "
        "bombing): two reports of one event, as the fortieth set's al-jazirah 20150809/du9 entry (tf-idf cosine 0.16 "
        "and 0.22, 3-gram Jaccard 0.008 and 0.010, under the automatic 0.3)",
    'http://www.alriyadh.com/1069947':
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the president and "
        "members of the Saudi Football Federation of Sunday 2 August 2015 and the controls on the clubs' debts agreed "
        "there (the federation's statement: the two proposals, the single accountant and financial year, the debt "
        "ceilings by rank, the sanctions for hidden or falsified accounts, the share of the television income for the "
        "youth teams), the whole article = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب "
        "واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting with the same proposals "
        "and sanctions, several sentences nearly word for word: two reports of one event, as the fifty-ninth set's "
        "alyaum 4081546 entry and this set's aleqt 978415 entry (tf-idf cosine 0.69, 3-gram Jaccard 0.295, just under "
        "the automatic 0.3)",
    'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231175&CategoryID=1':
        "President Obama's speech at the American University in Washington of Wednesday 5 August 2015 defending the "
        "nuclear agreement with Iran (Iran the only beneficiary of the Iraq war, set beside Prince Saud al-Faisal's "
        "words of September 2005; part of the released funds going to terrorist organisations; the warning to "
        "Congress on America's credibility; his meeting with Jewish leaders the night before, the Washington Post on "
        "the undecided Democrats and Dermer's meetings further items), the headlined main story of the article "
        "(title, s0-s9) = the first set's snn-8d1549f981c0 (aleqtisadiya, 2015-08-06, الرئيس الأمريكي: رفض الكونغرس "
        "للاتفاق مع إيران يعني الحرب), whose whole story is the same speech with the same admission on the funds: two "
        "reports of one event, as the forty-sixth set's 3alyoum entry (the same speech set beside Saud al-Faisal's "
        "words) and the sixty-first set's alriyadh 1070924 entry (tf-idf cosine 0.11, 3-gram Jaccard 0.002, under the "
        "automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
