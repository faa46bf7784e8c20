"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the seventeenth PLOVER events blind set.

Rule (same as the sixteenth set's sampler, /work/main/tests/data/events/blind16/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261241);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 13:27 UTC (77 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind16.jsonl and claims/blind16/,
        places, genre, saudinewsnet-sample, and the events files of the first sixteen sets incl.
        events-blind16.jsonl and events/blind16/sample.jsonl; files created later, such as the claims
        blind17 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first sixteen events sets' 320 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-17)

SEED = 20261241
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 13:27 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind17.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 17)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first sixteen events sets' articles
# (url -> reason); see SOURCE-events-blind17.txt. The first thirty-five entries are the earlier sets'
# (tests/data/blind_tables.py, including the sixteenth set's three); the entries added by this set follow,
# in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(17))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alweeam.com.sa/350545/وزراء-خارجية-دول-مجلس-التعاون-الخليجي-3/":
        "the Doha ministerial meetings of 2-3 August 2015: the GCC foreign ministers' coordination meeting in "
        "Doha on Sunday 2 August (al-Jubeir heading the Saudi delegation, al-Attiyah chairing, al-Zayani "
        "attending), held \"تمهيداً\" for their joint meeting with Kerry in Doha the next day, which the article "
        "previews in its lead and its second half (s3-s5: the agenda with the nuclear agreement, the meeting's "
        "importance and expected results) = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. "
        "وتطمينات كيري), whose subject is the same Doha meetings, as the fifth to fifteenth sets' entries for "
        "al-jazirah 20150803/du10, alwatan 230832, alyaum 4081704, alriyadh 1070160 and alweeam 350328 (the "
        "preview of an event and the report of it, thirteenth set's alriyadh 1070830 entry) (tf-idf cosine "
        "0.15, 3-gram Jaccard 0.022, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/03/article_978585.html":
        "the Nigerian army's rescue of 178 people (101 children, 67 women) held by Boko Haram in Borno state and "
        "the arrest of a Boko Haram commander near Bama, announced by the army spokesman Col. Tukur Gusau late "
        "on Sunday 2 August 2015, with the air force's part in repelling a Boko Haram attack near Bita (Sambisa), "
        "the whole article = the third set's snn-40f8cf4f7e7d (aljazirah, 2015-08-04, نيجيريا تعلن تحرير حوالي "
        "180 رهينة من بوكو حرام), the report of the same rescue, arrest and Bita strike from the same statement "
        "(tf-idf cosine 0.25, 3-gram Jaccard 0.008, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150802/Con20150802787033.htm":
        "the end of the twelve states' Trans-Pacific Partnership talks in Hawaii on Friday 31 July 2015 without a "
        "final agreement (Froman's press conference, the disputes over dairy, cars and medicines), the whole "
        "article = the third set's snn-5c97e320743f (aleqtisadiya, 2015-08-06, كيري: تقدم جيد في اتفاقية "
        "الشراكة عبر «الهادئ» رغم فشل مباحثات هاواي), which reports the same failure of the Hawaii talks in its "
        "title, lead and own paragraph (the trade ministers' failure on Friday, the disputes over cars, dairy "
        "and medicines; coded there as CONSULT and negated AGREE records), a main report beside Kerry's "
        "comment, as the eighth set's alwatan 230595 and the thirteenth set's alriyadh 1070830 entries (tf-idf "
        "cosine 0.15, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://aawsat.com/home/article/411391/موجز-أخبار":
        "the investigation into the motives of Mohammad Youssef Abdulazeez for the shooting at two military "
        "centres in Chattanooga, Tennessee (July 2015): the third of this digest's three headlined news items "
        "(s21-s24: a source close to the investigation on the extremists' online propaganda, no direct link to "
        "ISIS, the authorities investigating it as a terrorist act), a main report beside Abe's security bills "
        "and the Munich NSU trial = the sixth set's snn-16e221ef3020 (aawsat, 2015-07-21, «إرهابي تينيسي» كتب "
        "قبل أعوام: اسمي سيحدث هلعًا في كل أميركا), whose main story is the same day's investigation into the "
        "same gunman's motives, as the ninth set's aawsat 421221 entry (a digest whose headlined item is an "
        "earlier set's main story) (tf-idf cosine 0.07, 3-gram Jaccard 0.011, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
