"""Seeded, reproducible sample of SaudiNewsNet articles for the fifty-seventh PLOVER events blind set.

Rule (the fifty-sixth set's sampler, /work/main/tests/data/events/blind56/sample.py, with a NEW length range and NEW
quotas, the seed, the exclusion list and SAME_STORY; the pool of 400..2,500 code points used by sets 3-56 is exhausted,
set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (NEW: longer articles than the
    400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by url; shuffle with
    random.Random(20261324);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-07 05:27 UTC (236 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind52.jsonl and claims/blind52/sample.jsonl,
        claims/second44-46/, places, genre, saudinewsnet-sample, and the events files of the first fifty-six sets
        incl. events-blind56.jsonl, events/blind56/sample.jsonl and events/second44-50/; files created later, like
        the concurrent claims/blind53/, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first fifty-six events sets' 1,113 articles;
  - take 10 articles from the conflict/security/politics pool (NEW quota; the pool rule unchanged: >= 2 distinct
    keywords of KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside
    it (NEW quota), i.e. blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)).
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-57)

SEED = 20261324
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4)
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-07 05:27 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind57.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 57)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first fifty-six events sets' articles
# (url -> reason); see SOURCE-events-blind57.txt. The first three hundred and eighty-six entries are the earlier
# sets' (tests/data/blind_tables.py, including the fifty-sixth set's eight; same_story(57) holds no entry first
# used by a fifty-seventh set); the seven entries added by this set follow, in the order of the walks.
SAME_STORY = dict(blind_tables.same_story(57))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://aawsat.com/home/article/413176/مقتل-50-شخصا-بهجمات-لـ«بوكو-حرام»-في-الكاميرون-ونيجيريا":
        "the Boko Haram attacks of Wednesday 22 July 2015 that killed more than 50 people (the double suicide attack "
        "by two girls in the central market of Maroua in northern Cameroon, the two bombings of the Gombe bus "
        "stations in north-east Nigeria; Buhari's warning in Washington on the US arms policy a further item), the "
        "whole article = the thirty-fifth set's snn-018edd34a298 (aljazirah, 2015-07-24, أكثر من 50 قتيلاً في "
        "الكاميرون ونيجيريا), the same attacks from the same AFP copy (s0-s5 word for word): two reports of one "
        "event (tf-idf cosine 0.59, 3-gram Jaccard 0.250, under the automatic 0.3)",
    "http://www.alriyadh.com/1069756":
        "the PKK fighters' attack on the police headquarters of Bozanti in Adana province on the morning of Friday "
        "31 July 2015 (two policemen killed) and the Turkish air force's raids on the PKK in northern Iraq the same "
        "afternoon, the headlined first item and lead of the article (title, s0-s6; the judicial proceedings against "
        "the HDP leaders Demirtas and Yuksekdag a second item, s7-s16; Erdogan's denial in Jakarta s19-s20) = the "
        "first set's snn-0b56fe952af7 (aawsat, 2015-08-01, الغارات التركية تتواصل على «الكردستاني» وإردوغان ينفي "
        "العلاقة مع «داعش»), whose s2-s3 report the same attack on the Adana police station and whose s9-s10 report "
        "Erdogan's same words in Jakarta from the same agency copy: the headlined main story of one article a main "
        "report of the other, as the forty-third set's al-jazirah 20150801/du9 and the forty-sixth set's alriyadh "
        "1069574 and aawsat 419191 entries for the same attack (tf-idf cosine 0.17, 3-gram Jaccard 0.026, under the "
        "automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231387&CategoryID=1":
        "the UN envoy Ismail Ould Cheikh Ahmed's renewed call for a ceasefire under a plan including the Houthis' "
        "withdrawal from the main cities, and his belief that his plan is gaining acceptance among the warring "
        "parties (the UN spokesman Ahmad Fawzi's words, 4-6 August 2015), the only reported event of the article "
        "(s2-s6; s0-s1 and s7-s11 the sources', observers' and a writer's views on the chances of peace, comments) = "
        "the fifty-fifth set's snn-ba2ec4bddb83 (aawsat, 2015-08-06, بعد تطهير لحج.. أبين المحطة التالية للمقاومة "
        "اليمنية), whose s8-s11 (an item of its own, \"دبلوماسيًا\") report the same renewed call with the same "
        "words, and the thirty-fourth set's snn-f548189a5a97 (alweeam, 2015-08-04, مبعوث الأمم المتحدة لليمن: خطة "
        "السلام تلقى قبولاً بين أطراف الصراع), whose whole story is the same statement of Fawzi on the plan's "
        "acceptance: an event and comments on it (tf-idf cosine 0.18 and 0.20, 3-gram Jaccard 0.045 and 0.024, under "
        "the automatic 0.3)",
    "http://www.alriyadh.com/1068127":
        "the roadside bomb and car bomb that killed two Turkish soldiers and wounded four on a highway near "
        "Diyarbakir in the night of Saturday 25 July 2015 (the army's statement, the machine-gun fire that followed, "
        "six detained) and the White House's Ben Rhodes in Nairobi on Turkey's right to strike the PKK, the main "
        "story of the article (title, s0-s12; Demirtas's tweet and Merkel's call to Davutoglu further items) = the "
        "eleventh set's snn-8d00ad812b5d (alyaum, 2015-07-27, مقتل جنديين تركيين وواشنطن تدعم أنقرة في ضرب "
        "«الإرهاب»), whose whole story is the same bombing of the same convoy with the same toll and the same words "
        "of Rhodes in Nairobi: two reports of one event (tf-idf cosine 0.19, 3-gram Jaccard 0.003, under the "
        "automatic 0.3)",
    "http://www.alyaum.com/article/4082137":
        "the Turkish foreign minister Mevlut Cavusoglu's announcement on Wednesday 5 August 2015 in Malaysia that "
        "the US aircraft and drones were arriving at the Turkish bases and that Turkey and the coalition would soon "
        "launch a comprehensive battle against ISIS in northern Syria, with his meeting with John Kerry in Kuala "
        "Lumpur on the margin of the ASEAN meetings, the main story of the article (title, s0-s4, s10-s14) = the "
        "fifteenth set's snn-425d8ba58e7c (3alyoum, 2015-08-06, تركيا تستعد لهجوم “واسع النطاق” ضد تنظيم داعش في "
        "سوريا), whose whole story is the same announcement the same day at the same meeting with Kerry: two reports "
        "of one statement (tf-idf cosine 0.15, 3-gram Jaccard 0.015, under the automatic 0.3)",
    "http://aawsat.com/home/article/412921/العمال-الكردستاني-لم-نقتل-الشرطيين-التركيين-بل-نشرنا-الخبر-فقط":
        "the killing of the two Turkish policemen found shot in the head at Ceylanpinar on the Syrian border on "
        "Wednesday 22 July 2015, here in the PKK armed wing's spokesman Bakhtiyar Dogan's words of the same day to "
        "Asharq Al-Awsat (an 'Apoist' group carried it out in revenge for Suruc, the PKK only published the news; "
        "the Suruc bomber identified, the ban on the pictures and the emergency cabinet further items), the whole "
        "article = the sixteenth set's snn-f6116f644d49 (aawsat, 2015-07-22, إحباط هجوم على مبنى حزب العدالة "
        "والتنمية في أنقرة.. وتوتر أمني على الحدود السورية), whose headlined second item (s9-s11) reports the same "
        "killing, and the thirty-seventh set's snn-4b25fffbafac (alwatan, 2015-07-23), whose s8-s13 (an item of its "
        "own, \"إلى ذلك\") report the PKK's claim of it with the same Suruc bomber identified: the actor's statement "
        "on an earlier set's event, a later step of one event with the event itself as a main report, as the "
        "thirty-fourth set's okaz 785243 entry for the claim (tf-idf cosine 0.21 and 0.21, 3-gram Jaccard 0.027 and "
        "0.044, under the automatic 0.3)",
    "http://www.alyaum.com/article/4081226":
        "the clashes in Sanah in al-Dhale province of the night of Thursday 30 to Friday 31 July 2015 (the Houthis' "
        "attack on the resistance's positions repelled, 18 Houthis killed and six captured, four of the resistance "
        "killed; the Hodeidah ambush and the al-Qatn car bomb in Hadramawt further items), the main story of the "
        "article (title, s0-s4) = the third set's snn-51e1a884f425 (okaz, 2015-08-01, الجيش الوطني والتحالف يُفشِلان "
        "تعزيزات الانقلابيين بالضالع وحرض), whose lead (s0-s1) reports the same fight of the same night in Sanah, as "
        "the forty-seventh set's alriyadh 1069409 and the forty-ninth set's alweeam 350184 entries for the same "
        "German agency copy: the main story of one article the main report of the other (tf-idf cosine 0.13, 3-gram "
        "Jaccard 0.003, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
