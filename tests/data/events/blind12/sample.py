"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twelfth PLOVER events blind set.

Rule (same as the eleventh set's sampler, /work/main/tests/data/events/blind11/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261231);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 11:52 UTC (57 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind11.jsonl and claims/blind11/,
        places, genre, saudinewsnet-sample, and the events files of the first eleven sets incl.
        events-blind11.jsonl and events/blind11/sample.jsonl; files created later, such as the claims
        blind12 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first eleven events sets' 220 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-12)

SEED = 20261231
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 11:52 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind12.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 12)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first eleven events sets' articles
# (url -> reason); see SOURCE-events-blind12.txt. The first nineteen entries are the earlier sets'
# (tests/data/blind_tables.py); the entries added by this set follow.
SAME_STORY = dict(blind_tables.same_story(12))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785866.htm":
        "the car bomb that killed two Turkish soldiers and wounded four as a military convoy passed in the Lice "
        "area of Diyarbakir province on Saturday 25 July 2015 and the PKK's People's Defence Forces' statement "
        "that Turkey ended the ceasefire unilaterally, the whole article = the eleventh set's snn-8d00ad812b5d "
        "(alyaum, 2015-07-27, مقتل جنديين تركيين وواشنطن تدعم أنقرة في ضرب «الإرهاب»), whose main story is the "
        "same car bomb with the same governor's statement and the same PKK statement (tf-idf cosine 0.43, "
        "3-gram Jaccard 0.086, under the automatic 0.3)",
    "http://www.spa.gov.sa/details.php?id=1386823":
        "the Riyadh labour office inspectors' campaign on the reports of breaches of the ban on outdoor work "
        "at midday in al-Aziziyah and al-Dar al-Baida (south Riyadh) and the governorates of Rumah and Durma, "
        "the offending firms' managers summoned and the penalties of article 236, the whole article (the "
        "ministry's statement of 10 August 2015 through SPA) = the second set's snn-eaa2a9d8b8ed "
        "(aleqtisadiya, 2015-08-11, ضبط منشآت خالفت قرار منع العمل تحت الشمس في الرياض), the report of the "
        "same campaign from the same statement (tf-idf cosine 0.63, 3-gram Jaccard 0.297, just under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/416081/مقتل-5-هنود-بهجوم-على-مركز-حدودي-مع-باكستان":
        "the gunmen's attack on the police station of Gurdaspur (Punjab, near the Pakistani border) on Monday "
        "27 July 2015, the dead policemen and civilians, and the home minister Rajnath Singh's order to "
        "tighten security on the border, the whole article (the attack still under way) = the ninth set's "
        "snn-404af3b54ad7 (alyaum, 2015-07-27, الهند: انتهاء الهجوم في البنجاب ومقتل جميع المسلحين), whose "
        "main story is the same attack and its end that day, with the same order of the home minister "
        "(tf-idf cosine 0.20, 3-gram Jaccard 0.016, under the automatic 0.3)",
    "http://www.alriyadh.com/1071952":
        "Obama's interview with Fareed Zakaria on CNN (recorded on Thursday 6 August, aired on Sunday 9 August "
        "2015) on the Iran nuclear deal, the main story of the article (title, s0-s1: the deal better than any "
        "alternative, wider talks with Iran possible; s2-s10 add Schumer's opposition, the White House's reply "
        "and the scientists' letter) = the tenth set's snn-4826dd96a19c (almadina, 2015-08-11, الجيروزاليم "
        "بوست: لا ينبغي لإسرائيل التدخل في السياسات الأمريكية), whose main story is the same interview (Obama's "
        "criticism of Netanyahu's interference and his defence of the deal in it): two reports of one "
        "interview, as the sixth set's entry for aleqt 979226 (the announcement and the report of one speech) "
        "(tf-idf cosine 0.10, 3-gram Jaccard 0.002, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
