"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-sixth PLOVER events blind set.

Rule (the seventy-fifth set's sampler, /work/main/tests/data/events/blind75/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-76: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261376);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 76) (288 files: the table of set 75 plus the seventy-fifth set's
        events/blind75/sample.jsonl and events-blind75.jsonl and the second annotation of the seventy-fourth set,
        events/second74/events-second74.jsonl), each with its md5 at the draw (checked; a mismatch is reported) --
        text = an excluded text/content of >= 60 chars inside the content, or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy-five events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventy-fifth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-76)

SEED = 20261376
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-76: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-76: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 285 files of the set-75
# table plus events/blind75/sample.jsonl, events/events-blind75.jsonl and events/second74/events-second74.jsonl,
# 288 in all, each with its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn
# sample; the md5s are checked (a mismatch is reported). sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 76)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy-five events sets' articles
# (url -> reason); see SOURCE-events-blind76.txt. The first four hundred and ninety-five entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventy-fifth set's six, marked there first-set 75 after that draw:
# SAME_STORY = dict(blind_tables.same_story(76)), same_story(76) == same_story(75)); the entries added by this set
# follow, in the order they were judged.
SAME_STORY = dict(blind_tables.same_story(76))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/411961/بعد-تحريرها-عدن-تبدأ-باستقبال-المساعدات-الإنسانية-بحرًا':
        "the docking at Aden port on Tuesday 21 July 2015 of the first ship chartered by the World Food Programme since the fighting began (the UN's first aid shipment to the city in months; the UAE's second ship, the governor al-Bakri's reception, the relief coalition's distribution and the casualty figures further items) = the sixty-second set's snn-89ae8008e6a7 (aleqtisadiya, 2015-07-22, وصول أول سفينة مساعدات أممية  إلى ميناء عدن), whose whole story is the same ship's arrival the same day: two reports of one event (tf-idf cosine 0.38, 3-gram Jaccard 0.006, under the automatic 0.3)",
    'http://www.alriyadh.com/1070048':
        "the joint press conference of John Kerry and Sameh Shoukry in Cairo on Sunday 2 August 2015 closing the resumed Egyptian-American strategic dialogue (Kerry on Iran's destabilising activities and the nuclear agreement, the exchange on human rights, the F-16 delivery; the whole article) = the fifty-third set's snn-4ced3c0bb93a (aleqtisadiya, 2015-08-03, كيري يشيد في القاهرة بالاتفاق حول برنامج إيران النووي), whose whole story is the same dialogue and press conference: two reports of one event (tf-idf cosine 0.23, 3-gram Jaccard 0.008, under the automatic 0.3)",
    'http://www.alriyadh.com/1070929':
        "the meeting of the Arab Peace Initiative committee's foreign ministers at the Arab League in Cairo on Wednesday 5 August 2015 with President Abbas (the call on the Security Council for international protection against the settlers, Nizar Madani heading the Saudi delegation, the tributes to Prince Saud al-Faisal; the whole article) = the thirty-seventh set's snn-e33dff0325cc (okaz, 2015-08-06, وزراء خارجية لجنة مبادرة السلام يجتمعون في القاهرة), whose whole story is the same meeting with the same attendance: two reports of one event (tf-idf cosine 0.39, 3-gram Jaccard 0.038, under the automatic 0.3)",
})



if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
