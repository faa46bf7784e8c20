"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-third PLOVER events blind set.

Rule (same as the forty-second set's sampler, /work/main/tests/data/events/blind42/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261293);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 21:12 UTC (181 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind42.jsonl and claims/blind42/,
        places, genre, saudinewsnet-sample, and the events files of the first forty-two sets incl.
        events-blind42.jsonl and events/blind42/sample.jsonl; files created later, such as the claims
        blind43 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-two events sets' 840 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-43)

SEED = 20261293
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 21:12 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind43.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 43)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-two events sets' articles
# (url -> reason); see SOURCE-events-blind43.txt. The first hundred and eighty-five entries are the earlier sets'
# (tests/data/blind_tables.py, including the forty-second set's six; same_story(43) holds no entry first used by a
# forty-third set); the nine entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(43))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785433.htm":
        "the Ghanaian Sulley Muntari's transfer to Al-Ittihad after the termination of his contract with Milan, here "
        "at its step of the negotiations and the club's offer of 20 million (the Italian papers, Friday 24 July "
        "2015), the main story of the article (title, s0-s1; s2-s4 the Khurrah transfer, al-Balawi's arrival at the "
        "Milan camp and the friendly lost to Aris Limassol, further club items) = the fifteenth set's "
        "snn-8b3a7e6e337c (almadina, 2015-07-26, حسمت الصفقة.. مونتاري اتحادي لمدة سنتين), whose main story is the "
        "same transfer settled two days later: an earlier step of one transfer and the report of its conclusion, as "
        "the thirty-seventh set's alweeam 349496 entry for the next step of the same transfer (tf-idf cosine 0.26, "
        "3-gram Jaccard 0.009, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150811/du11.htm":
        "the car bomb near the entrance of Kabul airport on Monday 10 August 2015 (five killed, 16 wounded, the "
        "Taliban's claim that it targeted 'foreign forces' in two armoured cars, the police chief Abdul Rahman "
        "Rahimi), the whole article = the fortieth set's snn-e108270ba020 (3alyoum, 2015-08-11, سيارة ملغومة تقتل 5 "
        "في كابول والرئيس الأفغاني يحذّر باكستان), whose main story is the same bombing the same day from the same "
        "agency copy (the Taliban's claim and the security official's armoured cars word for word) (tf-idf cosine "
        "0.40, 3-gram Jaccard 0.107, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230826&CategoryID=1":
        "the call of the Al-Wataniya coalition (its MP Mahmoud al-Mashhadani, in a statement of Sunday 2 August 2015) "
        "to declare a state of emergency in Iraq and form a small crisis government under Haider al-Abadi under "
        "parliament's supervision, the main story of the article (title, s0-s1; the activists' coordination "
        "committee, the Ramadi storming, the Baghdad bombs and the Yazidi demonstration in Erbil further items) = the "
        "eighteenth set's snn-d85bba91b796 (okaz, 2015-08-04, حكومة العبادي تترنح ومعصوم يتدخل لإنقاذها), whose s2 "
        "reports the same statement of the same bloc with the same terms (coded there as REQUEST change), a main "
        "report beside President Masum's intervention: the main story of one article a main report of the other, as "
        "the thirty-fifth set's aawsat 416136 and the forty-second set's alweeam 350044 entries (tf-idf cosine 0.13, "
        "3-gram Jaccard 0.022, under the automatic 0.3)",
    "http://www.3alyoum.com/news/pol/a/قوات-الأمن-التونسية-تقتل-مسلحاً-متشدد/":
        "the Tunisian security operation of Thursday-Friday 23-24 July 2015 at Sejnane in Bizerte province (a cell "
        "preparing attacks on sensitive sites surrounded, 13 arrested, the fleeing suspect killed when he fired on "
        "the security forces, Kalashnikovs, ammunition and explosive devices seized; the Interior Ministry's "
        "statement), the whole article = the twenty-first set's snn-b86eb6c6a4fa (aljazirah, 2015-07-25, تونس.. مقتل "
        "عنصر إرهابي واعتقال 16 آخرين في عملية أمنية بجهة بنزرت), whose main story is the same operation the same "
        "day, as the twenty-fifth set's al-madina 621020 entry for the same operation (tf-idf cosine 0.29, 3-gram "
        "Jaccard 0.021, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787603.htm":
        "the meeting of the Arab Peace Initiative committee at the foreign ministers' level at the Arab League's seat "
        "in Cairo on Wednesday 5 August 2015 with President Mahmoud Abbas attending, on the settlers' attacks after "
        "the arson killing of the toddler Ali Dawabsha, the main story of the article (title, s0-s1: a preview, \"الذي "
        "سيعقد اليوم الأربعاء\"; s2 the Arab lawyers' union's condemnation a minor item) = the thirty-seventh set's "
        "snn-e33dff0325cc (okaz, 2015-08-06, وزراء خارجية لجنة مبادرة السلام يجتمعون في القاهرة), the report of the "
        "same meeting held \"أمس\" with Abbas present: the preview of an event and the report of it, as the "
        "thirty-first and forty-second sets' preview entries (tf-idf cosine 0.19, 3-gram Jaccard 0.032, under the "
        "automatic 0.3)",
    "http://www.alweeam.com.sa/351955/السلطات-السورية-تعتقل-أحد-اقارب-الأسد/":
        "the Syrian authorities' announcement (SANA) of Monday 10 August 2015 of the arrest of Suleiman Hilal "
        "al-Assad, accused of killing the air force colonel Hassan al-Sheikh over the right of way in Latakia, after "
        "two days of protests demanding his execution, the whole article = the thirteenth set's snn-a544be0dca22 "
        "(alriyadh, 2015-08-11, التلفزيون السوري: القبض على ابن عم الأسد), the report of the same announcement the "
        "same day (the killing and the protest are the second set's snn-fa07f26fd57b), as the thirty-second set's "
        "alweeam 351896 and the thirty-third set's 3alyoum entries for the same arrest (tf-idf cosine 0.24 and 0.28, "
        "3-gram Jaccard 0.010 and 0.028, under the automatic 0.3)",
    "http://www.aleqt.com/2015/07/25/article_976031.html":
        "the shooting in a crowded cinema at Lafayette, Louisiana, on the evening of Thursday 23 July 2015 during a "
        "showing of \"Trainwreck\" (a gunman aged 58 killing two and wounding seven before killing himself as the "
        "police arrived, the police chief Jim Craft's statements, the Aurora comparison, Governor Bobby Jindal's "
        "visit), the whole article = the fourth set's snn-f44db6c2b601 (3alyoum, 2015-07-25, مسلح يقتل اثنين ويصيب 7 "
        "في قاعة سينما بلويزيانا), the report of the same shooting from the same agency copy (several sentences word "
        "for word), as the fourteenth set's al-jazirah 20150725/du4 and the twenty-ninth set's sabq aDCgde entries "
        "(tf-idf cosine 0.53, 3-gram Jaccard 0.162, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150801/du9.htm":
        "the PKK fighters' attack on the police station of Bozanti in Adana province on the morning of Friday 31 July "
        "2015 (two policemen killed in the exchange of fire, the Anadolu agency), the main story of the article "
        "(title, s1-s3; s4-s8 the week's series and the Turkish raids as background; s9-s17 Erdogan's words in "
        "Jakarta on Europe and the refugees a second item) = the first set's snn-0b56fe952af7 (aawsat, 2015-08-01, "
        "الغارات التركية تتواصل على «الكردستاني» وإردوغان ينفي العلاقة مع «داعش»), whose s2-s3 report the same attack "
        "on the police station in Adana the same day with its toll and the attackers killed in the exchange of fire, "
        "and whose s9-s16 report Erdogan's other words in Jakarta during the same visit: the main story of one "
        "article a main report of the other, as the thirtieth set's alriyadh 1067134 entry (tf-idf cosine 0.12, "
        "3-gram Jaccard 0.008, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230948&CategoryID=1":
        "the Nigerian army's release of 178 hostages held by Boko Haram (more than 100 children and 67 women) and the "
        "capture of one of its leaders in an operation near Ulari on the road to Bama, announced by the army "
        "spokesman Col. Tukur Gusau on Sunday 2 August 2015, with the air strikes on Bitta near the Sambisa forest, "
        "the whole article = the third set's snn-40f8cf4f7e7d (aljazirah, 2015-08-04, نيجيريا تعلن تحرير حوالي 180 "
        "رهينة من بوكو حرام), the report of the same announcement from the same agency copy (tf-idf cosine 0.51, "
        "3-gram Jaccard 0.083, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
