"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-fourth PLOVER events blind set.

Rule (same as the forty-third set's sampler, /work/main/tests/data/events/blind43/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261295);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 21:51 UTC (185 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind43.jsonl and claims/blind43/,
        places, genre, saudinewsnet-sample, and the events files of the first forty-three sets incl.
        events-blind43.jsonl and events/blind43/sample.jsonl; files created later, such as the claims
        blind44 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-three events sets' 860 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-44)

SEED = 20261295
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 21:51 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind44.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 44)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-three events sets' articles
# (url -> reason); see SOURCE-events-blind44.txt. The first hundred and ninety-four entries are the earlier sets'
# (tests/data/blind_tables.py, including the forty-third set's nine; same_story(44) holds no entry first used by a
# forty-fourth set); the twelve entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(44))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.al-jazirah.com/2015/20150724/du13.htm":
        "the Israeli soldiers' killing of the freed Palestinian prisoner Falah Abu Maria (shot in the chest) and the "
        "wounding of his sons Mohammed and Ahmed during the storming of the family's house at Beit Ummar north of "
        "Hebron at dawn on Thursday 23 July 2015, with the presidency spokesman Nabil Abu Rudeineh's comment, the main "
        "story of the article (title, s0-s7; s8 the arrest of an old man at the Chain Gate a minor item) = the fifth "
        "set's snn-69e22e9f4ef1 (alwatan, 2015-07-24, الإفتاء الفلسطينية: الاعتداءات على الأقصى تنذر بحرب دينية), whose "
        "s4-s11 (eight of its twelve sentences) report the same killing the same day with the same sons wounded and "
        "Abu Rudeineh's same words: the main story of one article a main report of the other, as the forty-third "
        "set's alwatan 230826 and al-jazirah 20150801/du9 entries (tf-idf cosine 0.30, 3-gram Jaccard 0.074, under "
        "the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785615.htm":
        "the coming first visit to Riyadh of the EU High Representative Federica Mogherini on Monday 27 July 2015 "
        "(talks on the Iran nuclear agreement and regional security, her visit to Tehran on the Tuesday), here the EU "
        "Foreign Relations Council sources' statement to Okaz on the Kingdom's pivotal role, the whole article = the "
        "twenty-seventh set's snn-5d6638b648b1 (okaz, 2015-07-26, زيارة موغيريني تأكيد على الدور المحوري للمملكة), "
        "whose whole story is the same coming visit in two European experts' comment (coded there as CONSULT visit "
        "[F], Riyadh and Tehran): two previews of one visit with a comment on it, as the fortieth set's 3alyoum entry "
        "for the report of its Riyadh talks (tf-idf cosine 0.28, 3-gram Jaccard 0.023, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350155/شيشانيات-يخدعـن-مقاتلـي-داعش-عبر-الإن/":
        "the three young Chechen women who obtained money from ISIS fighters and recruiters on the internet by "
        "pretending to want to travel to Syria and who are held by the Chechen authorities for fraud (end of July "
        "2015), the whole article = the twenty-eighth set's snn-b0ca22977770 (aleqtisadiya, 2015-08-02, 3 شابات "
        "روسيات يتحايلن على مقاتلي «داعش» ويحصلن على 200 ألف روبل), whose main story (s0-s2) is the same case of the "
        "same three women and their detention (coded there as COERCE arrest): two reports of one case from other "
        "sources (tf-idf cosine 0.09, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150722/Con20150722785059.htm":
        "the US defence secretary Ashton Carter's arrival in the Kingdom on Wednesday 22 July 2015 at the end of his "
        "regional tour after the Iran nuclear deal (Israel and Jordan before it; the Pentagon spokesman's words on the "
        "guarantees and on the Camp David commitment), the whole article = the twenty-ninth set's snn-898d11cc5c18 "
        "(alweeam, 2015-07-22, وزير الدفاع الامريكي يصل السعودية لمناقشة اتفاق إيران), whose whole story is the same "
        "arrival the same day to meet King Salman and reassure the Kingdom, as the thirty-ninth set's al-madina 620813 "
        "entry for the report of its talks (tf-idf cosine 0.16, 3-gram Jaccard 0.010, under the automatic 0.3)",
    "http://sabq.org/ArDgde":
        "the Doha ministerial meetings of 2-3 August 2015: the opening of the GCC foreign ministers' consultative "
        "meeting with John Kerry in Doha on Monday 3 August (the nuclear agreement on its agenda, the Saudi-US-Russian "
        "trilateral on its margin), the whole article = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس "
        "الخليج.. وتطمينات كيري), the editorial on the same meeting the day it was held, as the fifth to fortieth sets' "
        "entries for al-jazirah 20150803/du10, alwatan 230832, alyaum 4081704, alriyadh 1070150 and the other reports "
        "of the same meetings (tf-idf cosine 0.12, 3-gram Jaccard 0.017, under the automatic 0.3)",
    "http://www.al-madina.com/node/622874/أردنيون-التنسيق-الأردني-السعودي-أساس-في-قضايا-المنطقة.html":
        "Prince Mohammed bin Salman's visit to Jordan at the beginning of August 2015, here Jordanian politicians' "
        "statements to Al-Madina on it (the former ministers Amin Mashaqbeh and Samih Maaytah, the MPs al-Radaydeh and "
        "al-Khalayleh: the visit strengthened the strategic relations, coordination a basis), the whole article = the "
        "fourteenth set's snn-1d15862da617 (almadina, 2015-08-06, مثلث الثقل الإستراتيجي العربي), the same paper's "
        "editorial the same day whose main story is the same visit at King Abdullah's invitation (coded there as "
        "CONSULT visit): two comments on one event, as the fortieth set's aawsat 421026 entry (al-Homayed's column on "
        "the Doha meetings beside the third set's Okaz editorial on them) (tf-idf cosine 0.11, 3-gram Jaccard 0.019, "
        "under the automatic 0.3)",
    "http://www.alriyadh.com/1068139":
        "the Iranian foreign minister Zarif's visit to Kuwait on Sunday 26 July 2015, the first leg of his regional "
        "tour taking in Qatar and Iraq (his meetings with the Emir and his counterpart, his press conference, the "
        "Iraqi spokesman on the Baghdad leg), the whole article = the thirty-sixth set's snn-108d0a36044d (aljazirah, "
        "2015-07-26, وزير الخارجية الإيراني يزور الكويت وقطر والعراق لبحث التعاون الإقليمي وشرح بنود الاتفاق النووي), "
        "whose main story announces the same tour 'tomorrow, Sunday' with Kuwait its first stop: a preview and the "
        "report of one event, as the thirty-seventh set's aawsat 415976 entry for the same visit (tf-idf cosine 0.11, "
        "3-gram Jaccard 0.012, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350122/عسيري-المقاومة_الشعبية-تقوم-بعمليات-ن/":
        "the coalition spokesman Brig. Ahmed Asiri's interview with Reuters of the end of July 2015 (the coalition's "
        "aim of the government's return to Aden and then to Sanaa, the government's right to remove the Houthis by "
        "force if they do not withdraw, resolution 2216, the investigators welcome, the Human Rights Watch report "
        "rejected), the whole article = the thirty-fifth set's snn-1d9351cbda5c (alweeam, 2015-07-31, اليمن : مقتل "
        "حوثيين بالبيضاء وغارات على مأرب), whose s7-s8 report the same interview the same day with the same aim and "
        "the same threat (coded there as THREATEN violence), an item of its own beside al-Maqdashi's statement: the "
        "main story of one article a main report (a two-sentence item) of the other, as the forty-third set's alwatan "
        "230826 and al-jazirah 20150801/du9 entries (tf-idf cosine 0.23, 3-gram Jaccard 0.057, under the automatic "
        "0.3)",
    "http://www.aleqt.com/2015/08/09/article_980239.html":
        "the Iraqi prime minister Haider al-Abadi's reforms announced on Sunday 9 August 2015 in response to the "
        "protests (the abolition of the posts of the vice-presidents, one of them held by Nouri al-Maliki, and of "
        "the deputy prime ministers, the cut in the guards, the allowances, the corruption files), the main story of "
        "the article (title, s0-s2, s6-s7; s3-s5 the protests as background) = the forty-third set's snn-7fddfa37e5cd "
        "(okaz, 2015-08-10, العبادي وإيران يتخلصان من نوري المالكي), whose main story (title, s0-s4) is the same "
        "decisions with Iran's part in them (left uncoded there as decisions inside one government), also background "
        "of the eighteenth set's snn-bab12ae535d6 (alyaum, 2015-08-10, al-Jabouri's demand) (tf-idf cosine 0.20 and "
        "0.20, 3-gram Jaccard 0.024 and 0.020, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150722/du8.htm":
        "the Iranian parliament's session of Tuesday-Wednesday 21-22 July 2015 on the nuclear agreement, with Zarif "
        "and Salehi presenting its results and text before the deputies (the conservatives' questions on the "
        "missiles), the main story of the article (title, s0-s3 and the first clause of s4; the rest of s4 and s5-s7 "
        "Fabius's and Mogherini's planned visits to Tehran a second item) = the twenty-ninth set's snn-d00b2ce95d17 (alriyadh, 2015-07-22, نتنياهو: تصريحات "
        "خامنئي لا تدل على نية إيران تغيير سياستها), whose second item (s4-s5, 'إلى ذلك') announces the same "
        "appearance of Zarif and Salehi before the Majlis 'tomorrow, Tuesday' and its public sessions on Tuesday and "
        "Wednesday: a preview and the report of one event, the main story of one article a main report of the "
        "other, as the forty-third set's okaz 787603 and alwatan 230826 entries (tf-idf cosine 0.15, 3-gram Jaccard "
        "0.018, under the automatic 0.3)",
    "http://www.alweeam.com.sa/350355/اتفاقية-صدام-تجبر-برزاني-على-الانحياز/":
        "the Kurdistan region president Massoud Barzani's statement of Saturday 1 August 2015 calling on the PKK to "
        "take its bases out of the region's territory to spare civilians the Turkish raids and to return to the peace "
        "process (the security agreement that allows Turkey to pursue the rebels), the main story of the article "
        "(title, s0-s1; s2 Falah Mustafa in Washington, s3-s9 the Turkish raids, their toll and the inquiry into "
        "Demirtas further items) = the eighteenth set's snn-536005d800e3 (aljazirah, 2015-08-02, كردستان تطالب "
        "المتمردين الأكراد بالخروج من أراضيها), whose whole story is the same statement the same day (coded there as "
        "REQUEST yield), and its s4-s5 the twenty-fifth set's snn-60372fa42256 (alriyadh, 2015-08-02, the 260 "
        "killed and Demirtas's brother wounded) (tf-idf cosine 0.25 and 0.27, 3-gram Jaccard 0.026 and 0.046, under "
        "the automatic 0.3)",
    "http://www.alriyadh.com/1068301":
        "the emergency meeting of the Arab Peace Initiative follow-up committee at the foreign ministers' level in "
        "Cairo on 5 August 2015 on the Israeli escalation in Jerusalem, here Saeb Erekat's announcement of it on "
        "Monday 27 July after his meeting with Nabil al-Arabi (called at President Abbas's request; the French "
        "efforts and the reconciliation further items), the main story of the article (title, s0-s1) = the "
        "thirty-seventh set's snn-e33dff0325cc (okaz, 2015-08-06, وزراء خارجية لجنة مبادرة السلام يجتمعون في "
        "القاهرة), the report of the same meeting held 'أمس' with its same agenda: the preview of an event and the "
        "report of it, as the forty-third set's okaz 20150805/787603 entry for the same meeting (tf-idf cosine 0.33, "
        "3-gram Jaccard 0.064, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
