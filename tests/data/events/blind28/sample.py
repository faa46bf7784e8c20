"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the twenty-eighth PLOVER events blind set.

Rule (same as the twenty-seventh set's sampler, /work/main/tests/data/events/blind27/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261263);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 16:41 UTC (121 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind27.jsonl and claims/blind27/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-seven sets incl.
        events-blind27.jsonl and events/blind27/sample.jsonl; files created later, such as the claims
        blind28 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-seven events sets' 540 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-28)

SEED = 20261263
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 16:41 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind28.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 28)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-seven events sets' articles
# (url -> reason); see SOURCE-events-blind28.txt. The first eighty-seven entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-seventh set's three); the six entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(28))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.al-jazirah.com/2015/20150801/ln48.htm":
        "the Arab League secretary-general Nabil al-Arabi's statement of Friday 31 July 2015 welcoming the Cairo "
        "Declaration issued at the end of Prince Mohammed bin Salman's visit to Egypt (the visit's results a big "
        "step for the bilateral relations and joint Arab action, the Cairo talks and the agreement on the joint "
        "Arab force reflecting on the Arab defence and foreign ministers' meeting of 27 August), the article's "
        "second item (s3-s6, four of its seven sentences after \"من جهتها\", beside its own lead, King Salman's "
        "telephone call with President al-Sisi of 31 July, s0-s2) = the eleventh set's snn-83f823ae0d22 (alriyadh, "
        "2015-08-01, العلاقات والروابط المتينة بين المملكة ومصر ستبقى ركيزة العمل العربي المشترك ...), whose whole "
        "story is the same statement nearly word for word, as the twenty-third, twenty-fourth and twenty-seventh "
        "sets' skips of an article whose second item is an earlier set's whole story (tf-idf cosine 0.54, 3-gram "
        "Jaccard 0.195, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785508.htm":
        "the meeting of the Arab Joint Defence Council (the Arab foreign and defence ministers) called by the Arab "
        "League secretary-general for Wednesday 29 July 2015 at the League's seat, with the protocol of the joint "
        "(deterrent) force as its main item and the consequences of the Iranian nuclear agreement on its agenda, "
        "the whole article (a preview from League sources) = the twenty-sixth set's snn-1e313a79aad3 (okaz, "
        "2015-07-25, الأمن العربي), the same issue's comment whose subject is the same coming meeting (\"الأربعاء "
        "المقبل\", the deterrent force protocol as the first item; coded there as CONSULT multilateral [F]): the "
        "preview of an event and a comment on it, as the fifth to seventeenth sets' entries for the Doha meetings "
        "against the third set's Okaz comment snn-f2b6e3e113f6 (tf-idf cosine 0.20, 3-gram Jaccard 0.016, under the "
        "automatic 0.3)",
    "http://www.alweeam.com.sa/348740/إيران-لن-تقبل-إعادة-فرض-العقوبات-بعد-عش/":
        "the press conference of the Iranian chief negotiator Abbas Araghchi of Wednesday 22 July 2015 (Tehran will "
        "not accept any extension of the nuclear sanctions beyond ten years, any attempt to re-impose them after "
        "they lapse a violation of the Vienna agreement of 14 July without credibility), the whole article = the "
        "twentieth set's snn-d81af286a142 (aawsat, 2015-07-22, عراقجي: أي قرارات بعد انتهاء مدة الاتفاق النووي "
        "«ليست ذات مصداقية»), the report of the same press conference from the same agency copy, as the "
        "twenty-second set's 3alyoum entry (tf-idf cosine 0.54, 3-gram Jaccard 0.102, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787524.htm":
        "the battle for al-Anad of 3-4 August 2015 (the Yemeni national army and the Popular Resistance, backed by "
        "the coalition's aviation, retaking al-Anad base on Monday 3 August after fierce battles, the Houthi "
        "commander fleeing, the combing of the base and the offensive of that day), the main story of the article "
        "(title, s0-s5; s6 al-Houta, s7-s8 Djibouti's refugees) = the fourth set's snn-adfd38fff3b0 (sabq, "
        "2015-08-04, \"العند\" قاعدة سوفيتية ...), whose news (and only current event) is the same recapture "
        "today, as the sixth set's 3alyoum and the twenty-third set's al-jazirah 20150804/du15 entries (tf-idf "
        "cosine 0.22, 3-gram Jaccard 0.018, under the automatic 0.3)",
    "http://www.3alyoum.com/news/a/6-قتلى-إثر-انفجار-في-فندق-بمقديشو-وحركة/":
        "the al-Shabaab car bomb on a hotel in Mogadishu on Sunday 26 July 2015 (at least six killed, the toll "
        "possibly higher, the movement's claim as retaliation for the African Union force's and the government's "
        "attacks), the whole article = the seventh set's snn-ff08fd480f62 (alwatan, 2015-07-27, هجوم انتحاري على "
        "فندق في الصومال), whose main story (title, s0-s3) is the same suicide car bomb on the Jazeera hotel with "
        "the same six dead and the movement's claim (tf-idf cosine 0.16, 3-gram Jaccard 0.009, under the automatic "
        "0.3)",
    "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785194.htm":
        "the Houthi fire on the Jazan border of Wednesday 22 July 2015 and the Saudi response: the article's s1-s2 "
        "(the militias' mortar fire answered at once, the coalition's strikes on Saada and Hajjah, the five mortar "
        "shells on the al-Tuwal crossing that burnt a vehicle without injuries) = the twenty-sixth set's "
        "snn-e7c6044e0b0f (alwatan, 2015-07-23, المدفعية تدك مواقع المتمردين في حرض), whose whole story is the same "
        "day's shells on al-Tuwal that burnt vehicles without injuries and the Saudi forces' answer on the sources "
        "of fire in Hajjah and Saada; beside them the Okaz lead (s0) reports the joint forces foiling the same day's "
        "attempted attacks on the same border front (al-Harth and al-Tuwal), as the twenty-third, twenty-fourth and "
        "twenty-seventh sets' skips of an article whose second item is an earlier set's whole story (tf-idf cosine "
        "0.17, 3-gram Jaccard 0.005, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
