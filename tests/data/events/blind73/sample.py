"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-third PLOVER events blind set.

Rule (the seventy-second set's sampler, /work/main/tests/data/events/blind72/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-73: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261373);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 73) (279 files: the table of set 72 plus the seventy-second set's
        events/blind72/sample.jsonl and events-blind72.jsonl), each with its md5 at the draw (checked; a mismatch
        is reported) -- text = an excluded text/content of >= 60 chars inside the content, or the content inside
        an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-two events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-second sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-73)

SEED = 20261373
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-73: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-73: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 277 files of the set-72
# table plus the seventy-second set's events/blind72/sample.jsonl and events/events-blind72.jsonl, 279 in all, each
# with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s
# are checked (a mismatch is reported) and listed in SOURCE-events-blind73.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 73)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-two events sets' articles
# (url -> reason); see SOURCE-events-blind73.txt. The first four hundred and sixty-nine entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-second set's eight; same_story(73) holds no entry first used by a
# seventy-third set); the entries added by this set follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(73))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://www.alyaum.com/article/4081523':
        "the meeting of the General President of Youth Welfare Prince Abdullah bin Musaed with the Saudi Football "
        "Federation's board on Sunday 2 August 2015 and the controls on the Premier League clubs' debts agreed there "
        "(a single chartered accountant for the clubs, the bans on registering players above the debt ceilings, the "
        "graded penalties, the youth incentives), the whole article = the twenty-second set's snn-3d5b09e676b1 "
        "(aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same "
        "meeting and the same measures: two reports of one event, as the seventy-second set's alweeam 350473 and "
        "okaz 20150803/787139 entries (tf-idf cosine 0.35, 3-gram Jaccard 0.040, under the automatic 0.3)",
    'http://www.alyaum.com/article/4079525':
        "the Popular Resistance's and the national army's recapture of the presidential palace and their control of "
        "the Tawahi quarter of Aden, the rebels' last stronghold, with the radio and television, political security "
        "and Fourth Military Region buildings, reported on 21 July 2015 (the Dar Saad rocket massacre, the "
        "coalition's raids on the al-Sawad camp south of Sanaa and the fighting in Marib and Lahj further items), "
        "the headlined main story = the nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة "
        "الشعبية تسيطر على مبان رئاسية وعسكرية في عدن), whose whole story is the same combing and control of the "
        "presidential palace and the same buildings of al-Tawahi the same day, with the same Dar Saad massacre: two "
        "reports of one event (tf-idf cosine 0.27, 3-gram Jaccard 0.007, under the automatic 0.3)",
    'http://www.okaz.com.sa/new/Issues/20150726/Con20150726785645.htm':
        "the dispute over the admission of the daughter of the teacher Rahma al-Huwaiti, who died in the admissions "
        "building of the University of Tabuk (the university's statement that the student chose computer science "
        "as her first preference and medicine as her tenth, the family's denial and demand for an investigation, "
        "the education minister's committee), the whole article = the thirty-first set's snn-4bd1aafa60be (sabq, "
        "2015-07-24, زوج المعلمة المتوفاة بجامعة تبوك: تغيير رغبات ابنتي وراء عدم قبولها بالطب), whose whole story "
        "is the same dispute, the husband's answer to the same university statement and his demand for an "
        "investigation: two reports of one development (tf-idf cosine 0.40, 3-gram Jaccard 0.030, under the "
        "automatic 0.3)",
    'http://www.aleqt.com/2015/07/20/article_974855.html':
        "the formal reopening of the United States' and Cuba's embassies in Havana and Washington on Monday 20 July "
        "2015 after 54 years (the Cuban flag in the State Department's lobby, the ceremony with Bruno Rodriguez, "
        "his meeting with Kerry; the whole article) = the forty-seventh set's snn-5e5a66b2ddb5 (3alyoum, "
        "2015-07-24, أمريكا وكوبا تبدآن بهدوء فصلاً جديداً في علاقات ما بعد الحرب الباردة), whose whole story is the "
        "same restoration of relations and reopening of the embassies after midnight, the same flag ceremony and "
        "Rodriguez's first visit: two reports of one event (tf-idf cosine 0.24, 3-gram Jaccard 0.003, under the "
        "automatic 0.3)",
    'http://www.alweeam.com.sa/350943/بيان-مشترك-بمناسبة-زيارة-سمو-ولي-ولي-ال/':
        "Prince Mohammed bin Salman's visit to Jordan on Wednesday 5 August 2015 at King Abdullah II's invitation, "
        "here the full text of the joint statement issued on it (the meeting with the king, the bilateral and "
        "extended talks, the strategic cooperation, terrorism, Syria, Yemen, Iraq, Iran's interference), the whole "
        "article = the fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), the "
        "editorial whose whole subject is the same visit (coded there as CONSULT visit): an event and a comment on "
        "it, as the earlier sets' entries for another copy of the same joint statement and the Jordanian "
        "politicians' statements (tf-idf cosine 0.16, 3-gram Jaccard 0.020, under the automatic 0.3)",
    'http://www.al-madina.com/node/621008/إعفاء-قيادات-بمستشفى-الملك-فيصل-بمكة-لإهمال-«طفلة-متوفاة».html':
        "the Makkah health directorate's statement of 24-25 July 2015 on the girl who died at King Faisal Hospital "
        "in Makkah and whose body was left in the hospital (the committee's findings, the relieving of the "
        "hospital's officials and the penalties on the staff; the whole article) = the sixth set's snn-068d135f1088 "
        "(okaz, 2015-07-27, كلنا لعيون وزارة الصحة..), a column whose main story is the same decomposed body of the "
        "girl Zahra at King Faisal Hospital and the ministry's investigation and penalties (the relieving, the "
        "deductions): an event and a comment on it, as the earlier sets' column entries (tf-idf cosine 0.25, "
        "3-gram Jaccard 0.004, under the automatic 0.3)",
    'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231223&CategoryID=1':
        "Prince Mohammed bin Salman's visit to Jordan on Wednesday 5 August 2015 at King Abdullah II's invitation, "
        "here the agreement on strategic cooperation and the joint fight against terrorism and the joint statement "
        "issued on it (the talks, Syria, Yemen, Iraq, Iran's interference; the whole article) = the fourteenth set's "
        "snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), the editorial whose whole subject "
        "is the same visit (coded there as CONSULT visit): an event and a comment on it, as this set's alweeam "
        "350943 entry (another copy of the same joint statement) (tf-idf cosine 0.14, 3-gram Jaccard 0.018, under "
        "the automatic 0.3)",
    'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230873&CategoryID=6':
        "Prince Abdullah bin Musaed's initiative to the Saudi Football Federation after his meeting with Ahmed Eid "
        "and the federation's members on Sunday 2 August 2015, three measures against the clubs' debts (a single "
        "chartered accountant, a single financial year ending in June, the bans on registering players by league "
        "position; the whole article) = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب "
        "واحد للأندية .. وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting and the same measures: "
        "two reports of one event, as this set's alyaum 4081523 entry (tf-idf cosine 0.31, 3-gram Jaccard 0.048, "
        "under the automatic 0.3)",
    'http://www.al-jazirah.com/2015/20150802/ec2.htm':
        "the end of the twelve Pacific Rim states' Trans-Pacific Partnership negotiations in Maui, Hawaii, on "
        "Friday 31 July 2015 without a final agreement (Michael Froman's press conference, the bilateral talks to "
        "continue, no date for a new meeting, the sticking points; the whole article) = the third set's "
        "snn-5c97e320743f (aleqtisadiya, 2015-08-06, كيري: تقدم جيد في اتفاقية الشراكة عبر «الهادئ» رغم فشل "
        "مباحثات هاواي), whose headline and s3-s4 report the same failure of the Hawaii talks on the Friday and the "
        "same disputes (cars, dairy, medicines) beside Kerry's words on the progress made there: an event and a "
        "later statement on it, as the earlier sets' Zarif-tour entries (tf-idf cosine 0.33, 3-gram Jaccard "
        "0.005, under the automatic 0.3)",
    'http://sabq.org/soDgde':
        "Prince Abdullah bin Musaed's press statement after his meeting with the president and members of the "
        "Football Federation on Sunday 2 August 2015: the measures agreed against the clubs' debts from the next "
        "season (the single accounting office, the financial year ending in June, the bans on registering players by "
        "league position; the Super Cup in London a Hilal-Nassr idea, a further item), the headlined statement and "
        "main story = the twenty-second set's snn-3d5b09e676b1 (aleqtisadiya, 2015-08-03, محاسب واحد للأندية .. "
        "وعقوبات متدرجة للمتجاوزين), whose whole story is the same meeting and the same measures: two reports of one "
        "event, as this set's alyaum 4081523 and alwatan 230873 entries and the seventy-second set's alweeam 350473 "
        "entry (the Super Cup item in it too) (tf-idf cosine 0.33, 3-gram Jaccard 0.041, under the automatic 0.3)",
    'http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231080&CategoryID=5':
        "Prince Mohammed bin Salman's visit to Jordan on Wednesday 5 August 2015, here the Saudi-Jordanian "
        "agreement on strategic cooperation and the fight against terrorism in the joint statement issued on it "
        "(the whole article) = the fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي "
        "العربي), the editorial whose whole subject is the same visit (coded there as CONSULT visit): an event and a "
        "comment on it, as this set's alweeam 350943 and alwatan 231223 entries (tf-idf cosine 0.17, 3-gram "
        "Jaccard 0.024, under the automatic 0.3)",
    'http://www.alriyadh.com/1066363':
        "the shooting of Thursday 16 July 2015 at two military centres in Chattanooga, Tennessee by Mohammad Youssef "
        "Abdulazeez and the investigation into his motives, here his family's statement that he suffered from "
        "depression and their condemnation of the attack (the five servicemen killed, his stay in Jordan; the whole "
        "article) = the sixth set's snn-16e221ef3020 (aawsat, 2015-07-21, «إرهابي تينيسي» كتب قبل أعوام: اسمي سيحدث "
        "هلعًا في كل أميركا), whose main story is the same investigation into the same gunman's motives: two reports "
        "of one event and its investigation, as the earlier sets' aawsat 409996 entry (tf-idf cosine 0.16, 3-gram "
        "Jaccard 0.011, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
