"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-seventh PLOVER events blind set.

Rule (the seventy-sixth set's sampler, /work/main/tests/data/events/blind76/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-77: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261377);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 77) (291 files: the table of set 76 plus the seventy-sixth set's
        events/blind76/sample.jsonl and events-blind76.jsonl and the second annotation of the seventy-fifth set,
        events/second75/events-second75.jsonl), each with its md5 at the draw (checked; a mismatch is reported) --
        text = an excluded text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-six events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-sixth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-77)

SEED = 20261377
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-77: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-77: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 288 files of the set-76
# table plus events/blind76/sample.jsonl, events/events-blind76.jsonl and events/second75/events-second75.jsonl,
# 291 in all, each with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn
# sample; the md5s are checked (a mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 77)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-six events sets' articles
# (url -> reason); see SOURCE-events-blind77.txt. The first four hundred and ninety-eight entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-sixth set's three, marked there first-set 76 after that draw:
# SAME_STORY = dict(blind_tables.same_story(77)), same_story(77) == same_story(76)); the entries added by this set
# follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(77))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://www.3alyoum.com/news/a/بيان-سعودي-أردني-أكد-على-أن-سلامة-وأمن-ا/':
        "Prince Mohammed bin Salman's visit to Jordan on Tuesday-Wednesday 4-5 August 2015 at King Abdullah II's invitation, here the full text of the joint statement issued on it (the meeting with the king, the talks, the strategic cooperation, the security of the two countries as one, terrorism, Syria, Yemen, Iraq, Iran; the whole article) = the fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), the editorial whose whole subject is the same visit, as the earlier sets' entries for the same joint statement (alriyadh 1070620, alweeam 350943): two reports of one event (tf-idf cosine 0.20, 3-gram Jaccard 0.021, under the automatic 0.3)",
    'http://www.aleqt.com/2015/07/31/article_977736.html':
        "the settlers' arson attack of Friday 31 July 2015 on the Dawabsha home in Duma near Nablus that burnt the toddler Ali to death and wounded his parents and brother (the reactions further items; the whole article) = the eleventh set's snn-02b8e7262025 (alwatan, 2015-08-01, استشهاد رضيع فلسطيني حرقا بهجوم لمستوطنين), whose main story is the same attack: two reports of one event (tf-idf cosine 0.15, 3-gram Jaccard 0.006, under the automatic 0.3)",
    'http://www.alyaum.com/article/4080311':
        "the Egyptian government's extension, published late on Saturday 25 July 2015, of the state of emergency and the curfew in parts of North Sinai for three more months (Prime Minister Mahlab's decree; the attacks on the security forces background; the whole article) = the forty-fourth set's snn-f84f89591081 (aleqtisadiya, 2015-07-26, مصر تمدد حالة الطوارئ في شمال 'سيناء'), whose whole story is the same extension: two reports of one event (tf-idf cosine 0.40, 3-gram Jaccard 0.037, under the automatic 0.3)",
    'http://aawsat.com/home/article/417926/الاتحاد-يمنح-بواتينغ-مهلة-للرد-على-العرض-النهائي':
        "al-Ittihad's negotiation with the Ghanaian player Kevin-Prince Boateng at the end of July 2015 (Mansour al-Balawi's meeting with him in Milan and the final offer; the whole article) = the fifty-third set's snn-75252e42e629 (okaz, 2015-07-31, الاتحاد يقنع بواتينغ بـ 42 مليونا), whose whole story is the same negotiation the same day: two reports of one story (tf-idf cosine 0.30, 3-gram Jaccard 0.002, under the automatic 0.3)",
    'http://www.al-jazirah.com/2015/20150805/ln46.htm':
        "the Education Minister's directive of early August 2015 to open Quran-memorisation classes in the public schools, here an Al-Jazirah column whose subject is the same directive (the writer's view of the way the education system is reformed; the whole article) = the thirty-seventh set's snn-04284d7c171b (okaz, 2015-08-09, تحفيظ القرآن فقط، بالمدارس الحكومية), the column whose whole subject is the same decision, as the earlier sets' entries for columns on one law or event (tf-idf cosine 0.15, 3-gram Jaccard 0.000, under the automatic 0.3)",
    'http://www.aleqt.com/2015/08/08/article_979943.html':
        "the general municipal-elections committee's announcement that the preparations for the first stage of the third municipal elections (voter and candidate registration from 7 Dhu al-Qa'da) were complete, with the executive committee's meeting under Eng. Judai al-Qahtani on the local committees' reports (the whole article) = the fifty-fourth set's snn-8433370ad55d (okaz, 2015-07-27, اكتمال الاستعدادات للانتخابات البلدية), whose whole story is the same announcement and meeting in nearly the same words: two reports of one event (tf-idf cosine 0.76, 3-gram Jaccard 0.265, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
