"""Seeded, reproducible sample of SaudiNewsNet articles for the sixty-first PLOVER events blind set.

Rule (the fifty-ninth set's sampler, /work/main/tests/data/events/blind59/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-61: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261361);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 61) (252 files: the table of sets 59/60 -- every tests/data/**/*.jsonl of the
        claims and events sets frozen there, incl. claims/blind55/, claims-blind55.jsonl, events/blind59/sample.jsonl
        and events-blind59.jsonl -- plus the four key files of the report judgements, events/reports/batch1-2/
        key-ASSAULT.jsonl and key-PROTEST.jsonl, which must stay out of the events sets), each with its md5 at the draw
        (checked; a mismatch is reported) -- text = an excluded text/content of >= 60 chars inside the content, or the
        content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-nine events sets' 1,149 articles;
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to fifty-ninth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-61)

SEED = 20261361
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-61: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-61: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 248 files of the set-59/60
# table plus the four key files of the report judgements (events/reports/batch1/ and batch2/, key-ASSAULT.jsonl and
# key-PROTEST.jsonl), 252 in all, each with its md5 at the draw. Named explicitly so that a file added later does not
# shift a re-drawn sample; the md5s are checked (a mismatch is reported) and listed in SOURCE-events-blind61.txt.
# sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 61)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-nine events sets' articles
# (url -> reason); see SOURCE-events-blind61.txt. The first four hundred entries are the earlier sets'
# (tests/data/blind_tables.py, including the fifty-ninth set's three; same_story(61) holds no entry first used by a
# sixtieth or sixty-first set); the six entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(61))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1067137":
        "the Pentagon's announcement (Jeff Davis's statement of Tuesday 21 July 2015) that a coalition air strike "
        "near Sarmada in north-western Syria on 8 July killed Muhsin al-Fadhli, the leader of the Khorasan group (his"
        " record: the 9/11 foreknowledge, the Failaka and Limburg attacks of 2002, the earlier strike of September), "
        "the headlined main story of the article (title, s0-s9; the barrel bombs on Qasr al-Buraij in the Aleppo "
        "countryside and de Mistura's concern over Zabadani further items) = the twenty-ninth set's snn-ab92dadb0077 "
        "(3alyoum, 2015-07-24, مقتل محسن الفضلي زعيم جماعة خراسان بغارة أمريكية في سوريا), whose whole story is the "
        "same announcement with the same record: two reports of one event, as the fifty-second set's alwatan 229859 "
        "entry for the same announcement (tf-idf cosine 0.36, 3-gram Jaccard 0.009, under the automatic 0.3; its de "
        "Mistura item s13-s19 is also the thirty-seventh set's snn-4b25fffbafac, alwatan, 2015-07-23, s0-s7, 3-gram "
        "Jaccard 0.219)",
    "http://www.alriyadh.com/1070924":
        "President Obama's speech of Wednesday 5 August 2015 at the American University in Washington defending the "
        "nuclear agreement with Iran (Congress's rejection would mean another war in the Middle East, part of the "
        "released funds may go to terrorist organisations, Israel the only government openly opposed; Priebus's "
        "criticism), the whole article = the first set's snn-8d1549f981c0 (aleqtisadiya, 2015-08-06, الرئيس الأمريكي:"
        " رفض الكونغرس للاتفاق مع إيران يعني الحرب), whose whole story is the same speech with the same words from "
        "the same agency copy: two reports of one event, as the sixth set's aleqt 979226 and the forty-sixth set's "
        "3alyoum entries for the same speech (tf-idf cosine 0.35, 3-gram Jaccard 0.068, under the automatic 0.3)",
    "http://www.alriyadh.com/1068213":
        "the meeting of the twelve Trans-Pacific Partnership states (the United States, Japan and ten others) in "
        "Hawaii from Tuesday 28 July 2015 to finalise the agreement (its critics, the hopes of Washington, Japan and "
        "Vietnam, the unions' and experts' objections), the whole article, a preview = the third set's "
        "snn-5c97e320743f (aleqtisadiya, 2015-08-06, كيري: تقدم جيد في اتفاقية الشراكة عبر «الهادئ» رغم فشل مباحثات "
        "هاواي), whose s0 and s3-s4 report the same Hawaii talks ending on Friday 31 July without an agreement, with "
        "Kerry's words on their progress: a preview and its report, as the seventeenth set's okaz 787033 entry for "
        "the end of the same talks (tf-idf cosine 0.16, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://aawsat.com/home/article/417741/قاتل-الأسد-الشهير-«سيسيل»-في-زيمبابوي-يلقي-باللوم-على-مرشديه-داخل-الحديقة":
        "the killing of Cecil, Zimbabwe's best-known lion, by the American dentist Walter Palmer in early July 2015 "
        "(lured out of the Hwange park, shot with an arrow, finished off after 40 hours, skinned and beheaded) and "
        "Palmer's statement of Tuesday 28 July blaming his guides, with the outcry and the petition against him, the "
        "whole article = the sixth set's snn-703ac93f0424 (aawsat, 2015-07-31, الأسد سيسيل وكلب الهرم), the comment "
        "whose whole subject is the same killing and outcry (its s0-s5 the same account): an event, the actor's "
        "acknowledgment of it and a comment on it, as the thirty-eighth set's alyaum 4081121 entry for the same "
        "killing (tf-idf cosine 0.19, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081464":
        "the French foreign minister Laurent Fabius's visit to Tehran on Wednesday 29 July 2015, the first by a "
        "foreign minister of the states that signed the nuclear agreement (Liberation's 'impossible friendship', the "
        "joint press conference with Zarif, Rouhani's coming visit to Paris in November), here a column whose whole "
        "subject is that visit, with the history of French-Iranian relations as its background = the twenty-fifth "
        "set's snn-65ccd6cfd8b9 (alweeam, 2015-07-31, وزير الخارجية الفرنسي يصل الى ايران لاجراء محادثات), whose "
        "whole story is the same visit: an event and a comment on it, as the fifty-eighth set's aawsat 418111 entry "
        "for Walid Abi Murshed's column on the Incirlik agreement (tf-idf cosine 0.11, 3-gram Jaccard 0.006, under "
        "the automatic 0.3)",
    "http://www.aleqt.com/2015/08/03/article_978552.html":
        "the Saudi Football Federation's board meeting of Sunday 2 August 2015, chaired by Ahmed Eid (no national "
        "coach announced; the Belgian Jan van Wijk appointed technical director, the resignations of Ibrahim al-"
        "Rubaish from the disciplinary committee and Nizar al-Aqil accepted, the draft rewards and penalties "
        "regulation approved; Adnan al-Muaibed's statements after it), the whole article = the nineteenth set's "
        "snn-a8fc97cae178 (aleqtisadiya, 2015-08-02, إضافة «وخارجيا» تحبط عبدالغني وعيد والراهب والشمراني), whose "
        "whole story is the same meeting 'today' and the amendment of the disciplinary regulation expected of it: a "
        "preview and the report of one meeting, as the forty-fifth and forty-seventh sets' sabq and alriyadh 1070424 "
        "entries for the later steps of the same matter (tf-idf cosine 0.10, 3-gram Jaccard 0.005, under the "
        "automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
