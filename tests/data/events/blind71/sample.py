"""Seeded, reproducible sample of SaudiNewsNet articles for the seventy-first PLOVER events blind set.

Rule (the seventieth set's sampler, /work/main/tests/data/events/blind70/sample.py, unchanged but for the seed,
the exclusion list and SAME_STORY; the length range and quotas of the rule introduced by the fifty-seventh set kept:
the pool of 400..2,500 code points used by sets 3-56 is exhausted, set 56 finding only 9 pool articles left):
  - all records of the SaudiNewsNet zips; content length 2501..4000 code points (the rule of sets 57-71: longer
    articles than the 400..2500 of sets 3-56); dedupe by url and by exact (white-space normalised) content; sort by
    url; shuffle with random.Random(20261371);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: the frozen table
        blind_tables.excluded("events", 71) (274 files: the table of set 70 plus the seventieth set's
        events/blind70/sample.jsonl and events-blind70.jsonl and the second annotations
        events/second66/events-second66.jsonl and events/second68/events-second68.jsonl), each with its md5 at the
        draw (checked; a mismatch is reported) -- text = an excluded text/content of >= 60 chars inside the content,
        or the content inside an excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first seventy events sets' articles (there is no sixtieth set);
  - take 10 articles from the conflict/security/politics pool (the pool rule unchanged: >= 2 distinct keywords of
    KEYWORDS and >= 3 keyword hits in all, substring count, see blind_sampler.is_conflict) and 2 outside it, i.e.
    blind_sampler.main(..., length=(2501, 4000), quotas=(10, 2)), as the fifty-seventh to seventieth sets.
Run: python3 sample.py  -> writes sample.jsonl and prints the picks and the skipped articles.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import blind_tables  # noqa: E402  (the frozen tables of the blind sets)
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-71)

SEED = 20261371
LENGTH = (2501, 4000)  # content code points (sets 3-56: 400..2500, exhausted; sets 57-71: 2501..4000)
QUOTAS = (10, 2)  # conflict/security/politics pool, outside it (sets 3-56: 16, 4; sets 57-71: 10, 2)
# The exclusion files frozen for this draw (tests/data/blind_tables.py, not edited): the 270 files of the set-70
# table plus the seventieth set's events/blind70/sample.jsonl and events/events-blind70.jsonl and the second
# annotations events/second66/events-second66.jsonl and events/second68/events-second68.jsonl, 274 in all, each with
# its md5 at the draw. Named explicitly so that a file added later does not shift a re-drawn sample; the md5s are
# checked (a mismatch is reported) and listed in SOURCE-events-blind71.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 71)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first seventy events sets' articles
# (url -> reason); see SOURCE-events-blind71.txt. The first four hundred and fifty-seven entries are the earlier sets'
# (tests/data/blind_tables.py, including the seventieth set's seven; same_story(71) holds no entry first used by a
# seventy-first set); the four entries added by this set follow, in the order they were judged (two after the first
# walk, one after each of the second and third walks).
SAME_STORY = dict(blind_tables.same_story(71))  # tests/data/blind_tables.py
SAME_STORY.update({
    'http://aawsat.com/home/article/412786/حسين-شبكشي/قانون-للجميع':
        "the UAE's new law against contempt of religions, discrimination, racism and sectarianism (reported 20-21 "
        'July 2015), here an Asharq Al-Awsat column (Hussein Shobokshi, 2015-07-23) whose subject is the same law '
        "(the whole article: the decision praised, the challenge of applying it, the writer's view that every Arab "
        "state needs such a law) = the twenty-eighth set's snn-df260d699d53 (alyaum, 2015-07-21, قانون إماراتي "
        'يجرم ازدراء الأديان بعقوبة تصل للإعدام), whose whole story is the issuing of the same law: an event and a '
        "comment on it, as the seventieth set's Abdul Rahman al-Rashed column on the same law (aawsat 418841) and "
        "the forty-fifth set's Khamenei entry (tf-idf cosine 0.10, 3-gram Jaccard 0.000, under the automatic 0.3)",
    'http://www.alriyadh.com/1066941':
        "the Kremlin's announcement of Tuesday 21 July 2015 that President Putin will meet the outgoing FIFA "
        'president Joseph Blatter on the sidelines of the 2018 World Cup draw in St Petersburg, his first trip out '
        "of Switzerland since the corruption scandal (the arrests and the Swiss inquiry into the 2018 and 2022 "
        "awards recalled; Platini's path to the presidency and the election of 26 February 2016 a second item), "
        "the headlined main story of the article = the twentieth set's snn-4b28af1f847f (almadina, 2015-07-25, "
        'سحب قرعة مونديال 2018 بحضور بوتين وبلاتر), whose whole story is the same draw in St Petersburg attended by '
        "Putin and Blatter, Blatter's arrival there his first trip out of Switzerland since the scandal: a visit "
        "announced and its report, as the earlier sets' Zarif-tour entries (tf-idf cosine 0.23, 3-gram Jaccard "
        '0.032, under the automatic 0.3)',
    'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229809&CategoryID=1':
        "the Houthi and Saleh forces' Katyusha shells that struck the nurses' housing of the Dhahran al-Janub "
        "general hospital and citizens' houses in the al-Rahib al-Sharqi and al-Iskan quarters on the morning of "
        "Tuesday 21 July 2015 without casualties, the governor Mohammed Falah al-Qarqah's visit to the hospital "
        "and the damaged houses on the Emir of Asir's instruction and the residents' words, the Saudi artillery's "
        "and aircraft's reply (the whole article) = the twenty-first set's snn-0d82185c3b11 (okaz, 2015-07-24, "
        'أهالي ظهران الجنوب: مقذوفات المعتدين لن تزيدنا إلا ثباتا), whose whole story is the same shelling of the '
        "nurses' housing and the houses, the same governor's visit with the same residents (Al Zaher, al-Sahami, "
        'al-Wadii, Ibn Dahen) and the same reply: two reports of one event (tf-idf cosine 0.34, 3-gram Jaccard '
        '0.027, under the automatic 0.3)',
    'http://aawsat.com/home/article/422571/الأمم-المتحدة-تدعو-لهدنة-تضمن-«انسحاب-الحوثيين-وعودة-الحكومة»':
        "the UN envoy to Yemen Ismail Ould Cheikh Ahmed's peace plan (a ceasefire with the Houthis' withdrawal "
        "from the main cities and the government's return), renewed in his statements to CBC and reported on "
        "Tuesday 4 August 2015 by the UN spokesman Ahmed Fawzy in Geneva (the envoy's meetings in Cairo with the "
        "General People's Congress secretary-general and Nabil al-Arabi, the plan gaining acceptance, Riyadh's "
        "positive reaction, his coming trips to Oman, Riyadh and New York, the Arab League's readiness to study "
        "monitors; the humanitarian figures and Djibouti's refugees further items), the headlined main story of "
        "the article = the thirty-fourth set's snn-f548189a5a97 (alweeam, 2015-08-04, مبعوث الأمم المتحدة لليمن: "
        'خطة السلام تلقى قبولاً بين أطراف الصراع), whose whole story is the same plan and the same statement by '
        "Fawzy, copied here nearly word for word: two reports of one event (tf-idf cosine 0.66, 3-gram Jaccard "
        '0.254, under the automatic 0.3)',
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)),
                       length=LENGTH, quotas=QUOTAS)
