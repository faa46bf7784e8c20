"""Seeded, reproducible sample of SaudiNewsNet articles for the fifty-sixth PLOVER events blind set.

Rule (same as the fifty-fifth set's sampler, /work/main/tests/data/events/blind55/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261319);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 04:25 UTC (230 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind50.jsonl, claims/blind50/sample.jsonl and
        claims/second46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-five sets
        incl. events-blind55.jsonl, events/blind55/sample.jsonl and events/second50/; files created later, like the
        concurrent claims/blind51/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-five events sets' 1,100 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
  The walk exhausts the pool: after the exclusions and the same-story entries only 9 pool articles are left,
  so the draw has 13 articles (9 pool + 4 outside), not 20 (see SOURCE-events-blind56.txt).
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-56)

SEED = 20261319
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 04:25 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind56.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 56)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-five events sets' articles
# (url -> reason); see SOURCE-events-blind56.txt. The first three hundred and seventy-eight entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-fifth set's nineteen; same_story(56) holds no entry first
# used by a fifty-sixth set); the eight entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(56))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alyaum.com/article/4082508":
        "the UN's announcement (Thursday 6 August 2015) of a new round of the Libyan peace talks in Geneva on "
        "Monday 10 August (Ahmad Fawzi's words on Bernardino Leon and the some thirty representatives, Leon's "
        "statement of the day before urging the parties; the preliminary agreement of July and the boycott of "
        "the Tripoli delegates further items), the whole article = the forty-fifth set's snn-466d545f919f "
        "(alyaum, 2015-08-08, سلاح الجو الليبي يدمر مركبا محملا بمسلحين قبالة ميناء درنة), whose s4-s11 (an item "
        "of its own, \"سياسيا\", beside the Derna boat) report the same announcement of the same Geneva round with "
        "the same call of Leon and the same background: two previews of one event, as the fifty-third set's "
        "alriyadh 1071498 entry for the same announcement (tf-idf cosine 0.39, 3-gram Jaccard 0.106, under the "
        "automatic 0.3)",
    "http://www.alriyadh.com/1066241":
        "the Popular Resistance's night advance into al-Tawahi, the Houthis' last stronghold in Aden, towards "
        "the presidential palace and the Fourth Military Region's command (a military source, Sunday 19 July "
        "2015), with the coalition's some fifteen raids on al-Tawahi and the northern and eastern suburbs and "
        "the ammunition depot hit at al-Ribat, the whole article = the nineteenth set's snn-39204d7ffb7a "
        "(aleqtisadiya, 2015-07-21, المقاومة الشعبية تسيطر على مبان رئاسية وعسكرية في عدن), whose main story is "
        "the taking of al-Tawahi, the palace and the command completed on Monday 20 July: the entry into a "
        "district and its control the next report of one advance, as the forty-sixth set's alweeam 348289 entry "
        "for the same advance from the same AFP copy (tf-idf cosine 0.14, 3-gram Jaccard 0.003, under the "
        "automatic 0.3)",
    "http://www.alweeam.com.sa/348816/مصدر-يمني-مقتل-17-حوثياً-خلال-مواجهات/":
        "the Houthis' and Saleh's forces' attack on the resistance's positions on the al-Jufaina front south of "
        "Marib on Wednesday 22 July 2015 and the fierce clashes that followed (a resistance source's toll of 17 "
        "Houthis killed, among them Abu al-Karrar al-Madani, three captured), the whole article = the "
        "forty-third set's snn-c3ce6d12e741 (aleqtisadiya, 2015-07-23, المقاومة تقطع طرق إمداد الحوثيين بين لحج "
        "وتعز), whose s5-s8 (an item of its own, \"من جهة أخرى\") report the same attack on the same front, "
        "repelled by the resistance, from the same German agency's sources: two reports of one event (tf-idf "
        "cosine 0.34, 3-gram Jaccard 0.060, under the automatic 0.3)",
    "http://www.alriyadh.com/1070575":
        "the tension at al-Aqsa mosque on Tuesday 4 August 2015: a settler's raising of the Israeli flag in the "
        "court of the Dome of the Rock, the guards' and worshippers' confrontation of him, the scuffles with the "
        "occupation police and the arrest of the manuscripts director Radwan Amr and six guards (the guards' "
        "sit-in at al-Qishla and the West Bank arrests further items), the whole article = the forty-sixth set's "
        "snn-34eea8c83a9f (alyaum, 2015-08-06, إسرائيل تنزع ملكية 5 أحياء فلسطينية في القدس العتيقة), whose "
        "s7-s10 (an item of its own, \"وفي السياق\") report the same flag incident, the beating of the guards and "
        "the arrest of the same named men: two reports of one event (tf-idf cosine 0.30, 3-gram Jaccard 0.022, "
        "under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785616.htm":
        "the first Turkish F-16 strikes on ISIS positions inside Syria at dawn on Friday 24 July 2015 (three "
        "F-16s on two headquarters and a gathering point; the opening of Incirlik to the US aircraft, the police "
        "raids on more than 100 sites in Istanbul and the some 300 detained further items), the main story of "
        "the article (title, s0-s1) = the twenty-fourth set's snn-b442871241e3 (alweeam, 2015-07-24, تركيا: "
        "مقاتلات F16 قصفت مواقع لداعش في سوريا), whose whole story is the same dawn raid from the same statement "
        "of the prime minister's office with the same Istanbul raids, as the earlier sets' entries for the same "
        "strikes (tf-idf cosine 0.27, 3-gram Jaccard 0.029, under the automatic 0.3)",
    "http://www.alyaum.com/article/4080134":
        "the opposition's renewed attack on the security quarter of Daraa city on Friday 24 July 2015 (the "
        "Southern Front's spokesman Issam al-Rais on the new military plan, the regime's barrel bombs on the "
        "Daraa villages) with the opposition's capture of the Jurat al-Maa hill in Jabal al-Turkman in the "
        "Latakia countryside, the main story of the article (title, s0-s10) = the forty-eighth set's "
        "snn-95bcbc523778 (almadina, 2015-07-25, المعارضة السورية تكثف هجماتها على قوات الأسد في درعا), whose "
        "whole story is the same attack on the same security quarter from the same Reuters copy with the same "
        "words of al-Rais, and its Latakia item (s11-s14) = the forty-third set's snn-82fe87978a19 (alwatan, "
        "2015-07-26), whose s5-s6 report the same capture of the same hill with the same commander's words: two "
        "reports of one event (tf-idf cosine 0.40 and 0.30, 3-gram Jaccard 0.088 and 0.055, under the automatic "
        "0.3)",
    "http://www.al-jazirah.com/2015/20150810/du13.htm":
        "the capture of Zinjibar, the capital of Abyan, by the forces loyal to Hadi on 8-9 August 2015 (the "
        "military sources' AFP report of Sunday, the Fifteenth Brigade's positions taken first, the mines that "
        "killed 19; the Ibb fighting a further item) = the first set's snn-13ed6b749af5 (alweeam, 2015-08-09, "
        "غارات للتحالف.. والمقاومة تدخل زنجبار) and the thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08, "
        "الحوثيون يهربون قبل معارك أبين): the next report of one advance, as the thirty-fourth set's alwatan "
        "231629 entry and the fifty-fifth set's 3alyoum entry for other reports of the same capture (tf-idf "
        "cosine 0.21 and 0.13, 3-gram Jaccard 0.005 and 0.003, under the automatic 0.3)",
    "http://www.al-madina.com/node/623507/بالفيديو-إعلامي-مقيم-بالسعودية-يمثّل-جريمة-قتل-زوجته-في-لبنان.html":
        "the Lebanese Internal Security Forces' video of the re-enactment by the Syrian media man Manhal "
        "Abdulqader, resident in Saudi Arabia, and his driver of the killing of his wife Fatima al-Hajj Ibrahim "
        "on the Metn highway on 5 August 2015 (the investigators' findings: the killing agreed with the driver "
        "for money and to marry her sister, the driver's shot at the husband to feign a robbery), the whole "
        "article = the twenty-sixth set's snn-44af3014befa (okaz, 2015-08-07, قاتل زوجته في بيروت ليس سعوديا), "
        "whose s2-s11 report the same killing with the same findings, confessions and arrests from the same ISF "
        "statement, and the thirty-ninth set's snn-7f09eee3abd1 (3alyoum, 2015-08-09, منهل عبدالقادر.. مجرم أم "
        "ضحية مؤامرة), whose s19-s21 report the same video with the same findings: a later step of one event "
        "with the event as a main report (tf-idf cosine 0.39 and 0.41, 3-gram Jaccard 0.084 and 0.091, under the "
        "automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
