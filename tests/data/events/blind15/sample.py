"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the fifteenth PLOVER events blind set.

Rule (same as the fourteenth set's sampler, /work/main/tests/data/events/blind14/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261237);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 12:40 UTC (69 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind14.jsonl and claims/blind14/,
        places, genre, saudinewsnet-sample, and the events files of the first fourteen sets incl.
        events-blind14.jsonl and events/blind14/sample.jsonl; files created later, such as the claims
        blind15 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fourteen events sets' 280 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-15)

SEED = 20261237
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 12:40 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind15.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 15)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fourteen events sets' articles
# (url -> reason); see SOURCE-events-blind15.txt. The first twenty-six entries are the earlier sets'
# (tests/data/blind_tables.py, including the twelfth set's four, the thirteenth set's one and the
# fourteenth set's two); the entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(15))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://aawsat.com/home/article/413191/مقتل-فلسطيني-برصاص-الجيش-الإسرائيلي":
        "the killing of Falah Abu Maria (52) by Israeli soldiers who stormed his house in Beit Ummar near "
        "Hebron at dawn on Thursday 23 July 2015 to arrest his son Muhammad (the sons wounded, the army's "
        "version of an angry crowd, the presidency spokesman Nabil Abu Rudeineh's statement on the daily "
        "Israeli killings), the main story of the article = the fifth set's snn-69e22e9f4ef1 (alwatan, "
        "2015-07-24, الإفتاء الفلسطينية: الاعتداءات على الأقصى تنذر بحرب دينية), which reports the same "
        "killing as a main report beside the Fatwa Council's statement (\"إلى ذلك\", seven of its eleven "
        "paragraphs: the hospital's deputy director, the witnesses, the same Abu Rudeineh quote, the army's "
        "disclaimer), as the eighth set's alwatan 230595 entry (tf-idf cosine 0.19, 3-gram Jaccard 0.019, "
        "under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150802/Con20150802786945.htm":
        "the call of Dr Hadi bin Ali al-Yami, chairman of the Arab Human Rights Committee, on the Arab and UN "
        "bodies to investigate at once the crimes of the Houthis in Yemen and prepare a report for the "
        "prosecution of those involved (the liberation of Aden exposing the systematic crimes, the working "
        "group to document the violations), the whole article = the eighth set's snn-780d779209ec (aleqt, "
        "2015-07-31, رئيس لجنة حقوق الإنسان العربية يطالب بالتحقيق في جرائم الحوثيين ضد الشعب اليمني), the "
        "report of the same statement (tf-idf cosine 0.60, 3-gram Jaccard 0.182, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231388&CategoryID=1":
        "the Yemeni Journalists' Syndicate's statement condemning the Houthi militias' decision to bar "
        "journalists from leaving Yemen (13 journalists disappeared or detained, media offices closed and "
        "looted), the main story of the article = the twelfth set's snn-79f1f13a92ff (3alyoum, 2015-08-06, "
        "نقابة الصحفيين اليمنيين تدين قرار الحوثيين منع الصحفيين من السفر), the report of the same statement "
        "(tf-idf cosine 0.55, 3-gram Jaccard 0.209, under the automatic 0.3)",
    "http://www.alweeam.com.sa/348666/سوريا-قتلى-بالزبداني-والمعارضة-تمطر-ق/":
        "the opposition factions' (incl. the Nusra Front) shelling of the four besieged Shiite towns of "
        "northern Syria (al-Fu'a and Kafriya in Idlib, seven killed; Nubl and Zahraa in Aleppo, 160 shells) "
        "on Monday 20 July 2015 in retaliation for the regime and Hezbollah attack on Zabadani, half of the "
        "title and three of the article's seven sentences beside the Zabadani clashes = the eleventh set's "
        "snn-4847ac22ca0e (alweeam, 2015-07-21, تساقط مئات القذائف على بلدات \"علوية\" شمال سوريا), whose main "
        "story is the same shelling from the same Observatory statement (tf-idf cosine 0.41, 3-gram Jaccard "
        "0.039, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231283&CategoryID=1":
        "the flight of dozens of Houthis and Saleh's forces from the camp and positions of the 15th Brigade "
        "in Zinjibar and Shuqra (Abyan) under the coalition's air raids, reported from field sources in the "
        "article's Abyan section (its last three paragraphs: the flight, the raids' toll, the attack on the "
        "Zinjibar fronts repelled), a main report beside the Taiz news = the thirteenth set's "
        "snn-c996633cdf84 (alwatan, 2015-08-08, الحوثيون يهربون قبل معارك أبين), whose main story is the "
        "same flight from the 15th Brigade camp, as the tenth set's al-jazirah 20150807/du9 entry (a last "
        "paragraph reporting the earlier article's main story) (tf-idf cosine 0.31, 3-gram Jaccard 0.009, "
        "under the automatic 0.3)",
    "http://www.alweeam.com.sa/350328/لقاء-ثلاثي-بين-لافروف-وكيري-والجبير-في/":
        "the Doha ministerial meetings of 2-3 August 2015: the Russian foreign ministry's announcement of "
        "Lavrov's working visit to Qatar and his trilateral meeting with Kerry and al-Jubeir, the whole "
        "article = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), whose "
        "subject is the same Doha meetings, as the fifth to eleventh sets' entries for al-jazirah "
        "20150803/du10, alwatan 230832, alyaum 4081704 and alriyadh 1070160 (the preview of an event and "
        "the report of it, as the thirteenth set's alriyadh 1070830 entry) (tf-idf cosine 0.06, 3-gram "
        "Jaccard 0.004, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
