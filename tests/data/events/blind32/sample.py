"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirty-second PLOVER events blind set.

Rule (same as the thirty-first set's sampler, /work/main/tests/data/events/blind31/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261271);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 18:19 UTC (137 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind31.jsonl and claims/blind31/,
        places, genre, saudinewsnet-sample, and the events files of the first thirty-one sets incl.
        events-blind31.jsonl and events/blind31/sample.jsonl; files created later, such as the claims
        blind32 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first thirty-one events sets' 620 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-32)

SEED = 20261271
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 18:19 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind32.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 32)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first thirty-one events sets' articles
# (url -> reason); see SOURCE-events-blind32.txt. The first hundred and twelve entries are the earlier sets'
# (tests/data/blind_tables.py, including the thirty-first set's six); the seven entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(32))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4080119":
        "President Obama's talks with President Uhuru Kenyatta at the State House in Nairobi on Saturday 25 July "
        "2015, the first day of his visit to Kenya (the reception and guard of honour, Vice-President William Ruto "
        "present, security first on the agenda, Kenyatta's and Obama's statements before the closed meeting), the "
        "whole article = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري على فندق في الصومال), "
        "whose framing clause and s4-s10 (seven of its eleven sentences) report the same visit and Obama's statement "
        "after these very talks (\"بعد محادثاته مع الرئيس الكيني أوهورو كينياتا في اليوم الأول من زيارته كينيا\", "
        "coded there as CONSULT visit), a main report beside the Mogadishu hotel bombing, as the thirty-first set's "
        "3alyoum preview entry of the same visit (tf-idf cosine 0.11, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.alriyadh.com/1071510":
        "the hostage-taking at the Byblos hotel in Sevare (central Mali) from the morning of Friday 7 August 2015 "
        "(the attackers storming the hotel used by foreigners, the South African, French, Ukrainian and Russian "
        "guests; here the new toll of Saturday, 12 dead with five soldiers and five attackers, a UN mission employee "
        "among them), the whole article = the thirteenth set's snn-9787106ec45e (alyaum, 2015-08-07, أربعة قتلى في "
        "احتجاز رهائن في فندق يرتاده غربيون في مالي), the report of the same attack on its first day (the same hotel, "
        "town and foreign guests from the same agency's sources; a later toll of the same incident, not another "
        "day's incident of a series) (tf-idf cosine 0.50, 3-gram Jaccard 0.027, under the automatic 0.3)",
    "http://www.alweeam.com.sa/351896/التلفزيون-السوري-القبض-على-سليمان-الأ/":
        "the Syrian television's announcement of Monday 10 August 2015 of the arrest of Suleiman Hilal al-Assad, "
        "accused of killing the air force colonel Hassan al-Sheikh over the right of way in Latakia, the whole "
        "article = the thirteenth set's snn-a544be0dca22 (alriyadh, 2015-08-11, التلفزيون السوري: القبض على ابن عم "
        "الأسد), the report of the same announcement the same day (the killing itself is the second set's "
        "snn-fa07f26fd57b, the story of the third set's alweeam 351839 entry) (tf-idf cosine 0.29, 3-gram Jaccard "
        "0.039, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150725/du19.htm":
        "the US announcement of Friday 24 July 2015 that an American air strike of 11 July in Barmal, Paktika, killed "
        "the senior al-Qaeda field commander Abu Khalil al-Sudani (in charge of its suicide and bombing operations, "
        "linked to plots against US targets), the whole article = the first set's snn-b5820fbaac0d (alweeam, "
        "2015-07-24, غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة في أفغانستان), the report of the same announcement "
        "from the same agency copy (several sentences word for word), as the thirty-first set's al-madina 620963 "
        "entry (tf-idf cosine 0.66, 3-gram Jaccard 0.178, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081715":
        "the GCC foreign ministers' meeting with the US secretary of state John Kerry in Doha on Monday 3 August 2015, "
        "here in the Saudi foreign minister Adel al-Jubeir's statement and tweet on it (fruitful, Iran's aggressive "
        "policy discussed), the whole article = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. "
        "وتطمينات كيري), the editorial on the same meeting that day, as the fifth set's al-jazirah 20150803/du10 and "
        "the sixth set's alwatan 230832 entries (tf-idf cosine 0.13, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.al-madina.com/node/621080/أوباما-من-كينيا-«إفريقيا-تسير-قدمًا».html?weekly":
        "President Obama's first day in Kenya, Saturday 25 July 2015 (his speech at the opening of the Global "
        "Entrepreneurship Summit in Nairobi, President Kenyatta's words, the security measures, the Kenyan press on "
        "his arrival), the whole article = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري على "
        "فندق في الصومال), whose framing clause and s4-s10 (seven of its eleven sentences) report the same visit and "
        "its first day, a main report beside the Mogadishu hotel bombing, as this set's alyaum 4080119 entry above "
        "and the thirty-first set's 3alyoum preview entry (tf-idf cosine 0.21, 3-gram Jaccard 0.003, under the "
        "automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787523.htm":
        "the GCC foreign ministers' meeting with John Kerry in Doha on Monday 3 August 2015 (Kerry's briefing on the "
        "nuclear deal, the joint press conference with the Qatari foreign minister al-Attiyah, the agreements on arms "
        "sales, training and intelligence sharing, the trilateral meeting with Lavrov and al-Jubeir), the whole "
        "article = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), the editorial "
        "on the same meeting the day it was held: the preview of an event and the report of it, as the fifth set's "
        "al-jazirah 20150803/du10 and the sixth set's alwatan 230832 entries (tf-idf cosine 0.22, 3-gram Jaccard "
        "0.012, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
