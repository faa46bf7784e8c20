"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the thirtieth PLOVER events blind set.

Rule (same as the twenty-ninth set's sampler, /work/main/tests/data/events/blind29/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261267);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 17:33 UTC (129 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind29.jsonl and claims/blind29/,
        places, genre, saudinewsnet-sample, and the events files of the first twenty-nine sets incl.
        events-blind29.jsonl and events/blind29/sample.jsonl; files created later, such as the claims
        blind30 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first twenty-nine events sets' 580 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-30)

SEED = 20261267
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 17:33 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind30.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 30)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first twenty-nine events sets' articles
# (url -> reason); see SOURCE-events-blind30.txt. The first ninety-eight entries are the earlier sets'
# (tests/data/blind_tables.py, including the twenty-ninth set's five); the eight entries added by this set
# follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(30))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://aawsat.com/home/article/420256/أكراد-سوريا-يطالبون-واشنطن-بموقف-من-القصف-التركي":
        "the Turkish air raids at dawn on Saturday 1 August 2015 on a village north-east of Erbil (about 25 villagers "
        "killed or wounded; Zarkel in the earlier report) and the Kurdistan Region presidency's condemnation with its "
        "call on the PKK to keep the battlefield away from the region (a Turkish official on the joint investigation of "
        "the civilian casualties): the article's second item (s2-s4, after \"من ناحية ثانية\", three of its five "
        "sentences of text, beside its own lead, the Syrian Kurdish YPG's charge that Turkey targeted it four times in "
        "the past week and its call on the coalition partners, s0-s1) = the eighteenth set's snn-536005d800e3 "
        "(aljazirah, 2015-08-02, كردستان تطالب المتمردين الأكراد بالخروج من أراضيها), whose whole story is the same "
        "raids and the same statement of the presidency, as the twenty-third, twenty-fourth, twenty-seventh and "
        "twenty-eighth sets' skips of an article whose second item is an earlier set's whole story (tf-idf cosine "
        "0.26, 3-gram Jaccard 0.011, under the automatic 0.3)",
    "http://www.alriyadh.com/1067134":
        "the two Turkish policemen found shot in the head in a house in Ceylanpinar on the Syrian border on the morning "
        "of Wednesday 22 July 2015 (the Sanliurfa governor Izzettin Kucuk: no known link to terrorism yet), the whole "
        "article = the sixteenth set's snn-f6116f644d49 (aawsat, 2015-07-22, إحباط هجوم على مبنى حزب العدالة والتنمية "
        "في أنقرة.. وتوتر أمني على الحدود السورية), whose s9-s11 report the same find from the same agency copy (the "
        "governor's statements word for word), the headlined second item (\"توتر أمني على الحدود السورية\") beside "
        "the Ankara bomb defused, as the eighth set's alwatan 230595 entry (a main report beside another) (tf-idf "
        "cosine 0.37, 3-gram Jaccard 0.095, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081047":
        "the Cairo Declaration issued at Prince Mohammed bin Salman's visit to Egypt of Thursday 30 July 2015 (his "
        "meeting with President al-Sisi, the package of executive mechanisms: military cooperation and the joint Arab "
        "force, energy and transport, economic integration, investments, political and media cooperation, the "
        "maritime border), the whole article (the declaration's text) = the seventeenth set's snn-51f57268a2bf "
        "(alriyadh, 2015-07-31, ولي ولي العهد للرئيس المصري: مباحثاتنا أثبتت متانة الروابط الأخوية والرغبة في تعميق "
        "التعاون), whose lead (s0-s5) reports the same declaration, several sentences word for word (tf-idf cosine "
        "0.49, 3-gram Jaccard 0.175, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229816&CategoryID=1":
        "the resistance's recapture of the Maashiq presidential palace and the radio building in Aden late on Monday 20 "
        "July 2015 and the rebels' expulsion from the whole al-Tawahi district: the article's second item (s1-s2, "
        "\"فيما كشفت\", beside its lead on the disputes in the rebel-held army camps, s0, and the shells on Dhahran "
        "al-Janub, s3) = the nineteenth set's snn-39204d7ffb7a (aleqtisadiya, 2015-07-21, المقاومة الشعبية تسيطر على "
        "مبان رئاسية وعسكرية في عدن), whose whole story is the same sweep of the presidential palace, the radio and "
        "al-Tawahi (the twenty-eighth set kept 3alyoum's clearing of the same palace on the evening of 22 July, another "
        "day); its lead (the recent defeats causing disputes inside the rebel-held camps, officers refusing to "
        "fight, the Houthis mobilising northern tribesmen) is the fifteenth set's snn-0b47f85aed2e (alwatan, "
        "2015-07-24, جنود التمرد يبيعون أسلحتهم قبل الفرار) s1-s3, its s1 nearly word for word (the same outlet's "
        "paragraph two days later); as the twenty-third, twenty-fourth, twenty-seventh and twenty-eighth sets' skips of an "
        "article whose second item is an earlier set's whole story (tf-idf cosine 0.09 and 0.20, 3-gram Jaccard 0.005 "
        "and 0.023, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788164.htm":
        "Al-Azhar's statement of Thursday 6 August 2015 condemning the attack on the mosque of the special emergency "
        "forces in Asir (Islamic law rejecting all violence, the plague of terrorism requiring the leaders of the "
        "nation and the world to meet, its solidarity with the Kingdom, its condolences), the whole article = the "
        "sixth set's snn-d47c08f42e76 (aawsat, 2015-08-07, الأزهر يدين الهجوم الإرهابي على «مسجد الطوارئ» بالسعودية), "
        "the report of the same statement (several phrases word for word) (tf-idf cosine 0.43, 3-gram Jaccard 0.109, "
        "under the automatic 0.3)",
    "http://www.alyaum.com/article/4081973":
        "the inauguration ceremony of the new Suez Canal on Thursday 6 August 2015, the article's main story (title, "
        "s0-s2: al-Sisi to launch the \"great Egyptian dream\" plan of new national projects during the ceremony, the "
        "more than 90 official delegations, the seven-hour programme with naval and air shows, the French frigate "
        "securing it; s4-s8 add the parliamentary election timetable and two Egyptian security items) = the third "
        "set's snn-d441a06b8c76 (alwatan, 2015-08-06, محمد بن سلمان يترأس وفد المملكة في حفل افتتاح قناة السويس), "
        "whose story is the same ceremony \"اليوم\", as the eleventh set's alwatan 231273 and the twenty-third set's "
        "okaz 20150807/788033 entries for the same opening (two previews of one event, the eleventh and thirteenth "
        "sets' rule for a preview and the report of it) (tf-idf cosine 0.08, 3-gram Jaccard 0.001, under the "
        "automatic 0.3)",
    "http://www.3alyoum.com/news/golobal/a/طرابلس-حكم-الإعدام-على-سيف-الإسلام-الق/":
        "the Tripoli court's death sentences of Tuesday 28 July 2015 on Saif al-Islam Gaddafi (in absentia), Abdullah "
        "al-Senussi and other officials of the former regime (by firing squad), the recognised government's justice "
        "minister calling the trial illegal, the whole article = the third set's snn-8a15785345a2 (aleqtisadiya, "
        "2015-07-31, محكمة ليبية تقضي بإعدام سيف الإسلام القذافي ومسؤولين سابقين), the report of the same sentences "
        "(tf-idf cosine 0.26, 3-gram Jaccard 0.013, under the automatic 0.3)",
    "http://www.alriyadh.com/1071737":
        "Israel's placing of the Jewish extremists Meir Ettinger and Evyatar Slonim in administrative detention for "
        "six months, announced on Sunday 9 August 2015 after the arson killing of the Palestinian toddler Ali "
        "Dawabsha, the whole article = the seventh set's snn-dde4041bac7e (alyaum, 2015-08-10, إسرائيل تعتقل «إدارياً» "
        "إرهابيين يهوديين), whose lead (s0-s3) reports the same two detentions (tf-idf cosine 0.12, 3-gram Jaccard "
        "0.000: two translations, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
