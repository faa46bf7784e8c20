"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the eleventh PLOVER events blind set.

Rule (same as the tenth set's sampler, /work/main/tests/data/events/blind10/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261229);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 11:20 UTC (53 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind10.jsonl and claims/blind10/,
        places, genre, saudinewsnet-sample, and the events files of the first ten sets incl.
        events-blind10.jsonl and events/blind10/sample.jsonl; files created later, such as the claims
        blind11 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first ten events sets' 200 articles;
  - take N_CONFLICT = 16 articles from the conflict/security/politics pool (>= 2 distinct keywords
    of KEYWORDS and >= 3 keyword hits in all, substring count, see is_conflict: as the earlier sets)
    and N_OTHER = 4 outside it.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-11)

SEED = 20261229
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 11:20 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind11.txt. sample.jsonl is the fixed draw.
EXCL_FILES = {
    "claims/blind10/sample.jsonl": "be37f11b5860d26713e0d7fe50869848",
    "claims/blind3/sample.jsonl": "ebe689e3e5d076cb2cff22f5b3f8c31c",
    "claims/blind4/sample.jsonl": "7c7b2d4fc2549708d9f316656108d654",
    "claims/blind5/sample.jsonl": "f8e8d337fe5b0e15356eeec668f11175",
    "claims/blind6/sample.jsonl": "68d187da437dc14698177fb9d1e1377d",
    "claims/blind7/sample.jsonl": "6e71d659ff27615a07dd873ad982b918",
    "claims/blind8/sample.jsonl": "626e2a4ec482436ae3f3a18f903dd49f",
    "claims/blind9/sample.jsonl": "fa528ca1f9c017b9ffb47856e6f728ca",
    "claims/claims-blind.jsonl": "23b057db38c47349829232bb3505cfd9",
    "claims/claims-blind10.jsonl": "21b5fc06ffb90be6215ef90a635ad563",
    "claims/claims-blind2.jsonl": "12f31a2b2e30522a40e4ec56a9dc3744",
    "claims/claims-blind3.jsonl": "fc4477203bdb410561db43ef37d971ab",
    "claims/claims-blind4.jsonl": "752756d97bf194bfd98bfd2481705376",
    "claims/claims-blind5.jsonl": "2e90514776f500340f6ef6391561a96a",
    "claims/claims-blind6.jsonl": "28080ac215c69e82da32dcae170707db",
    "claims/claims-blind7.jsonl": "710f1ad2b84f5bd49fe99413a82ab55d",
    "claims/claims-blind8.jsonl": "38e944bede79c92b5c7549b6fa515fa9",
    "claims/claims-blind9.jsonl": "46f63d02324d1fcc271716b6efff7a3f",
    "claims/claims-gold.jsonl": "6311c9da15f9a3db1e58f18e15265903",
    "claims/referents-held.jsonl": "561e23c626949db63d7d78486001e0a0",
    "claims/referents-tune.jsonl": "26363642da414286059f94d5eb856dc0",
    "events/blind/sample.jsonl": "026caf4e81697eb0196bd7d00b07ac04",
    "events/blind10/sample.jsonl": "f9e92188a9f2521a6f6f3c1aedaf593a",
    "events/blind2/sample.jsonl": "971c2ae315041a098eff3c23623e9759",
    "events/blind3/sample.jsonl": "aa6a830b6b2ef14b8b2dac29d1f265ed",
    "events/blind4/sample.jsonl": "d8251a5e27ed78a7c351ba5f026bcabe",
    "events/blind5/sample.jsonl": "30c43f2b0a31caf5aab13ac9562ef29f",
    "events/blind6/sample.jsonl": "acc3f49b3564059fe165e8dafd85a48a",
    "events/blind7/sample.jsonl": "d958ee16e93a6bdc96e6117c5c53abc0",
    "events/blind8/sample.jsonl": "6a5a815595b1fb354494e11b09627977",
    "events/blind9/sample.jsonl": "8c37311ba5733cef4599936e9638495b",
    "events/events-blind.jsonl": "31abd914ffbfd20527db3d892924f0be",
    "events/events-blind10.jsonl": "d947e9d7264307613176af8c410694c1",
    "events/events-blind2.jsonl": "e1ff1a15c453e26489689934a78b8565",
    "events/events-blind3.jsonl": "642b01011fe46275a28df9ccda003044",
    "events/events-blind4.jsonl": "41526227232939fbfc808ed0b71a8fc0",
    "events/events-blind5.jsonl": "1582915d96a582f45dfdf11a34cd84fe",
    "events/events-blind6.jsonl": "d3e74244db863c6fe06141d328f50de8",
    "events/events-blind7.jsonl": "f75442c3d38e81fb99e4a087c7bce2e7",
    "events/events-blind8.jsonl": "d40a9461431c6b9ba1437a16c2e074ee",
    "events/events-blind9.jsonl": "b16e486a4b16cd342abf5e3538e2cd59",
    "genre/heldout.jsonl": "237580a2bc5cb9e1e9f6f51ccb60f7a0",
    "places/blind.jsonl": "af79adb970094ff494fdfbedaa3fc6aa",
    "places/blind2.jsonl": "581f9c3822b69bc814f4c1aee0e45b0b",
    "places/blind3.jsonl": "6672d7c8d12fbae8e31368c43950224b",
    "places/blind4.jsonl": "7085cbae9d40f01e2bcdaa62a147320f",
    "places/blind5.jsonl": "5879631522f3690ebc38f5f9eb3598ae",
    "places/blind6.jsonl": "33518f67ae7236882a355006cf543c2e",
    "places/blind7.jsonl": "4292dfd31fcd30db53175b55fbf6c1a1",
    "places/blind8.jsonl": "0e5ed7fda257dacbc7ba4b48f41016f9",
    "places/blind9.jsonl": "b2293d7493a3f97991869de6a251ed21",
    "places/dev.jsonl": "955e69041a945d5fffcef3a97744041f",
    "saudinewsnet-sample.jsonl": "838d15b56722a548e955f8e1b92fb662",
}

# Articles judged, by reading, to be the same story as one of the first ten events sets' articles
# (url -> reason); see SOURCE-events-blind11.txt. The first fourteen entries are the earlier sets'.
SAME_STORY = {
    "http://www.alweeam.com.sa/351839/الأسد-يتعهد-بمحاسبة-قريبه-الذي-قتل-عقي/":
        "Suleiman al-Assad's killing of Col. Hassan al-Sheikh in Latakia and the protest demanding his"
        " punishment = the second set's snn-fa07f26fd57b (alwatan, 2015-08-10, اعتصام في اللاذقية)",
    "http://www.al-jazirah.com/2015/20150801/ln6.htm":
        "Al-Ahsa health team (al-Mumtan) visiting the injured of the bus accident near Khurais = the second"
        " set's snn-86f0161cb0d1 (okaz, 2015-08-01, إيواء 13 أسرة عمانية من مصابي «هجرة خريص»)",
    "http://www.alweeam.com.sa/350757/سقوط-أول-قتيل-من-عناصر-سورية-دربتها-أمر/":
        "the Nusra attack of Friday 31 July on the US-trained Division 30 fighters, the first US air strikes"
        " in their support and the US decision to allow air strikes to defend them even against Assad's"
        " forces = the second set's snn-126d50effe72 (alyaum, 2015-08-04, أوباما يوافق على توفير غطاء جوي"
        " للفرقة 30 السورية)",
    "http://www.al-jazirah.com/2015/20150803/du10.htm":
        "the Doha ministerial meetings of 3 August 2015 (Saudi-US-Russian trilateral and the GCC foreign"
        " ministers' joint meeting with Kerry and Lavrov) = the third set's snn-f2b6e3e113f6 (okaz,"
        " 2015-08-03, هواجس الخليج.. وتطمينات كيري: Kerry meeting the GCC ministers in Doha today)",
    # sixth set:
    "http://www.aleqt.com/2015/08/05/article_979226.html":
        "Obama's speech of Wednesday 5 August 2015 at the American University in Washington defending the"
        " Iran nuclear deal against its rejection by Congress (announced by a White House official) = the"
        " first set's snn-8d1549f981c0 (aleqt, 2015-08-06, الرئيس الأمريكي: رفض الكونغرس للاتفاق مع إيران"
        " يعني الحرب), the report of the same speech",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230832&CategoryID=1":
        "the Doha ministerial meetings of 3 August 2015 (Lavrov in Doha, the Saudi-US-Russian meeting, Kerry"
        " reassuring the Gulf states on the nuclear deal) = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03,"
        " هواجس الخليج.. وتطمينات كيري), as the fifth set's al-jazirah 20150803/du10 entry above",
    "http://www.3alyoum.com/news/pol/a/اشتباكات-بمعسكر-العند-وقتلى-في-تعز/":
        "the battle for al-Anad of 3-4 August 2015 (the army and the Popular Resistance taking al-Anad air"
        " base and fighting on at the adjacent camp) = the fourth set's snn-adfd38fff3b0 (sabq, 2015-08-04,"
        " \"العند\" قاعدة سوفيتية ...), whose news (and only current event) is the same recapture today",
    # seventh set:
    "http://www.alriyadh.com/1067712":
        "Carter's unannounced visit to Iraq of 23-24 July 2015: this article reports its second day (the"
        " meeting with Barzani in Erbil) and, as a main paragraph, its first day in Baghdad (arrival, talks"
        " with al-Abadi and his counterpart al-Obeidi, the meeting with Sunni leaders) = the third set's"
        " snn-17df799964d8 (aawsat, 2015-07-24, وزير الدفاع الأميركي: مشاركة سنة العراق في الحملة ضد «داعش»"
        " أساسية), the report of the same visit's first day",
    "http://www.alyaum.com/article/4081704":
        "the Doha ministerial meetings of 3 August 2015 (Kerry's meeting with the GCC foreign ministers and"
        " his press conference on faster arms sales) = the third set's snn-f2b6e3e113f6 (okaz, 2015-08-03,"
        " هواجس الخليج.. وتطمينات كيري), as the fifth and sixth sets' entries for al-jazirah 20150803/du10 and"
        " alwatan 230832 above",
    "http://www.al-madina.com/node/623602/المرصد-السوري-اللاذقية-تطالب-بإعدام-أحد-أقارب-الأسد.html?weekly":
        "the Latakia sit-in of August 2015 demanding the execution of Suleiman al-Assad for killing Col. Hassan"
        " al-Sheikh = the second set's snn-fa07f26fd57b (alwatan, 2015-08-10, اعتصام في اللاذقية يطالب بمعاقبة أحد"
        " أقارب الأسد), the report of the same sit-in from the same Observatory statement (tf-idf cosine 0.60,"
        " 3-gram Jaccard 0.263, under the automatic 0.3)",
    # eighth set:
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230595&CategoryID=1":
        "the Nusra Front's kidnapping of the Division 30 commander Col. Nadim al-Hassan and seven of his men"
        " near Azaz on the evening of 29 July 2015, reported from the same Observatory statement in four of"
        " the article's nine paragraphs (\"إلى ذلك\", a main report beside the Zabadani warning) = the second"
        " set's snn-ad5fe406f7b3 (aawsat, 2015-07-31, «جبهة النصرة» تخطف 7 عناصر من فرقة سورية دُربت بإطار"
        " برنامج أميركي), whose main story is the same kidnapping (tf-idf cosine 0.36, 3-gram Jaccard 0.133,"
        " under the automatic 0.3)",
    # ninth set:
    "http://www.alriyadh.com/1067412":
        "Carter's unannounced visit to Baghdad of Thursday 23 July 2015 (arrival at Baghdad airport, talks"
        " with al-Abadi and his counterpart al-Obeidi, the planned meeting with Anbar tribal leaders) = the"
        " third set's snn-17df799964d8 (aawsat, 2015-07-24, وزير الدفاع الأميركي: مشاركة سنة العراق في الحملة"
        " ضد «داعش» أساسية), the report of the same visit's first day, as the seventh set's alriyadh 1067712"
        " entry above (tf-idf cosine 0.13, 3-gram Jaccard 0.005, under the automatic 0.3)",
    "http://aawsat.com/home/article/421221/موجز-أخبار":
        "the killing of Burundi's former intelligence chief Lt-Gen. Adolphe Nshimirimana in an attack on his car"
        " in Bujumbura on Sunday 2 August 2015, announced by the presidency's spokesman Willy Nyamitwe: the third"
        " of the digest's three headlined news items (\"مقتل رئيس المخابرات السابق في بوروندي\", s15-s21, a main"
        " report beside the Australian speaker's resignation and the Mali ambush) = the second set's"
        " snn-aaec62871c62 (aawsat, 2015-08-02, مقتل قائد عسكري كبير في بوروندي بهجوم صاروخي), whose main story is"
        " the same killing (tf-idf cosine 0.11, 3-gram Jaccard 0.002, under the automatic 0.3)",
    # tenth set:
    "http://www.al-jazirah.com/2015/20150807/du9.htm":
        "the Syrian foreign minister Walid al-Muallem's visit to Muscat of 6 August 2015, his first to a Gulf"
        " state since the conflict began, and his meeting with his Omani counterpart Yusuf bin Alawi, reported"
        " in the article's last paragraph (s7-s9, a main report beside the Security Council vote on the"
        " chlorine mechanism, with the same SANA quote \"تضافر الجهود البناءة\" and the Omani agency's version)"
        " = the first set's snn-dcc469339653 (aawsat, 2015-08-07, عُمان تستقبل المعلم وتدخل على خط وساطة الأزمة"
        " السورية), whose main story is the same visit (tf-idf cosine 0.18, 3-gram Jaccard 0.025, under the"
        " automatic 0.3)",
    # eleventh set:
    "http://www.alriyadh.com/1070160":
        "the Doha ministerial meetings of 3 August 2015: al-Jubeir's tweet on the GCC foreign ministers' meeting"
        " with Kerry (\"مثمر وبناء\", Iran's policy, the US position on the nuclear deal), the whole article = the"
        " third set's snn-f2b6e3e113f6 (okaz, 2015-08-03, هواجس الخليج.. وتطمينات كيري), whose subject is the same"
        " meeting, as the fifth to seventh sets' entries for al-jazirah 20150803/du10, alwatan 230832 and alyaum"
        " 4081704 above (tf-idf cosine 0.12, 3-gram Jaccard 0.014, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788844.htm":
        "al-Jubeir's visit to Moscow of Tuesday 11 August 2015 and his talks with Lavrov (bilateral relations, the"
        " follow-up of Mohammed bin Salman's June visit, Syria; the earlier meeting in Doha), the whole article (a"
        " preview from sources and the Russian foreign ministry) = the fourth set's snn-eb16dededc95 (alyaum,"
        " 2015-08-11, الجبير: لا مكان لبشار الأسد في مستقبل سوريا), whose main story is the same talks in Moscow"
        " (tf-idf cosine 0.22, 3-gram Jaccard 0.014, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784538.htm":
        "the police pursuit of the youths who harassed two girls in a Jeddah park on the second day of Eid al-Fitr"
        " (the video of July 2015): Khalid al-Faisal's order to arrest them quickly and the Makkah police"
        " spokesman al-Qurashi on identifying them and handing them to the Investigation and Prosecution"
        " Commission = the fifth set's snn-d551a4a47bb8 (okaz, 2015-07-22, مقطع جديد يشعل جدلا حول فيديو التحرش),"
        " the same outlet's report a day later on the same case, which reports in its own paragraph (s5-s6) the"
        " same spokesman announcing the youths' arrest and referral and in s0 the investigation opened on the"
        " Commission's file (tf-idf cosine 0.19, 3-gram Jaccard 0.022, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231273&CategoryID=1":
        "the inauguration ceremony of the new Suez Canal on Thursday 6 August 2015 (al-Sisi's opening of the"
        " canal before foreign guests, his speech), the main story of the article (s0-s6; s7 adds a Rafah air"
        " strike) = the third set's snn-d441a06b8c76 (alwatan, 2015-08-06, محمد بن سلمان يترأس وفد المملكة في حفل"
        " افتتاح قناة السويس), whose story is the same ceremony \"اليوم\" (the Saudi delegation at it, the"
        " ambassador's statement on the canal, the prime minister on the 100 states attending); the ninth set kept"
        " its Suez Canal lesson because \"the opening is not reported there\" (tf-idf cosine 0.13, 3-gram"
        " Jaccard 0.003, under the automatic 0.3)",
    "http://www.al-jazirah.com/2015/20150723/du1.htm":
        "the Tunisian parliament's debate of the new anti-terrorism bill opened on Wednesday 22 July 2015 (three"
        " days, to replace the 2003 law, the NGOs' criticism of it), the whole article = the sixth set's"
        " snn-012906cd4038 (aawsat, 2015-07-23, برلمان تونس يقر مجموعة قوانين تصل إلى الإعدام لمرتكبي الجرائم"
        " الإرهابية), whose main story is the same debate's second day (the articles adopted since Wednesday, the"
        " same NGOs' criticism, the 2003 law) (tf-idf cosine 0.18, 3-gram Jaccard 0.015, under the automatic 0.3)",
}


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
