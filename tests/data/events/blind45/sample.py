"""Seeded, reproducible sample of 20 SaudiNewsNet articles for the forty-fifth PLOVER events blind set.

Rule (same as the forty-fourth set's sampler, /work/main/tests/data/events/blind44/sample.py, except the seed,
the exclusion list and SAME_STORY):
  - all records of the SaudiNewsNet zips; content length 400..2500 code points; dedupe by url and by
    exact (white-space normalised) content; sort by url; shuffle with random.Random(20261297);
  - walk the shuffled list and skip
      * any article whose url, or whose text, appears in an exclusion file: every
        /work/main/tests/data/**/*.jsonl present at 2026-12-06 22:23 UTC (191 files, listed in
        EXCL_FILES with their md5 at that time: claims incl. claims-blind44.jsonl, claims/blind44/ and
        claims/second44/, places, genre, saudinewsnet-sample, and the events files of the first forty-four sets
        incl. events-blind44.jsonl, events/blind44/sample.jsonl and events/second44/; files created later, such
        as the claims blind45 draw made at the same time by another session, are not part of the rule)
        -- text = an excluded text/content of >= 60 chars inside the content, or the content inside an
        excluded text;
      * a near-duplicate of an excluded article or of an already-picked one: the same title, or word
        3-gram Jaccard >= 0.3;
      * an article judged (by reading, listed in SAME_STORY below with the reason) to be the same
        story as one of the first forty-four events sets' 880 articles;
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
import blind_sampler  # noqa: E402  (the sampler shared by the events blind sets 3-45)

SEED = 20261297
# The exclusion files frozen for this draw: every tests/data/**/*.jsonl present at 2026-12-06 22:23 UTC
# (this set's own files did not exist yet), with its md5 at that time. Named explicitly so that a file
# added later does not shift a re-drawn sample; the md5s are checked (a mismatch is reported) and
# listed in SOURCE-events-blind45.txt. sample.jsonl is the fixed draw.
EXCL_FILES = blind_tables.excluded("events", 45)  # frozen at the draw (tests/data/blind_tables.py)

# Articles judged, by reading, to be the same story as one of the first forty-four events sets' articles
# (url -> reason); see SOURCE-events-blind45.txt. The first two hundred and six entries are the earlier sets'
# (tests/data/blind_tables.py, including the forty-fourth set's twelve; same_story(45) holds no entry first used by
# a forty-fifth set); the fifteen entries added by this set follow, in the order of the walk.
SAME_STORY = dict(blind_tables.same_story(45))  # tests/data/blind_tables.py
SAME_STORY.update({
    "http://www.alriyadh.com/1069753":
        "the Kurdistan region presidency's call of Saturday 1 August 2015 on the PKK to take its bases out of the "
        "region's territory to spare civilians the Turkish raids, after the villagers of Zarkel north of Erbil were "
        "killed (Barzani's statement, the adviser Kifah Mahmoud's words), the main story of the article (title, "
        "s0-s2; s3-s10 Falah Mustafa in Washington and s11 the Turkish raids further items) = the eighteenth set's "
        "snn-536005d800e3 (aljazirah, 2015-08-02, كردستان تطالب المتمردين الأكراد بالخروج من أراضيها), whose whole "
        "story is the same statement the same day with the same words of Barzani and Kifah Mahmoud (coded there as "
        "REQUEST yield), as the forty-fourth set's alweeam 350355 entry for the same statement (tf-idf cosine 0.35, "
        "3-gram Jaccard 0.054, under the automatic 0.3)",
    "http://aawsat.com/home/article/410806/«الأوروبي»-يبحث-سبل-دعم-تونس-لمكافحة-الإرهاب":
        "the EU foreign ministers' meeting in Brussels on Monday 20 July 2015 on strengthening the support for "
        "Tunisia against terrorism after the Sousse attack, with Prime Minister Habib Essid's talks on its margin "
        "(Juncker, Mogherini, de Kerchove, the British, French and German ministers), the whole article = the "
        "thirteenth set's snn-4f0a17468504 (aawsat, 2015-07-21, وزراء خارجية الاتحاد الأوروبي يبحثون غدًا في بروكسل "
        "دعم تونس لمواجهة الإرهاب), whose whole story announces the same meeting 'غدا الاثنين' with Essid and Mogherini's "
        "talks (coded there as CONSULT [F]): the preview of an event and the report of it, as the forty-third and "
        "forty-fourth sets' preview entries (tf-idf cosine 0.18, 3-gram Jaccard 0.000: two copies, under the "
        "automatic 0.3)",
    "http://www.al-madina.com/node/623819/أمريكا-إصابة-رجل-بجروح-خطيرة-في-تبادل-للنار-مع-الشرطة.html":
        "the shooting at Ferguson, Missouri, on the night of Sunday 9 August 2015, the anniversary of Michael Brown's "
        "death, when the peaceful march turned violent and a man who opened fire on the police was seriously wounded "
        "in the exchange (the St. Louis County police chief Jon Belmar's statements), the whole article = the "
        "thirty-second set's snn-b3f5b492e59e (alriyadh, 2015-08-11, مواجهات عنيفة بين الشرطة ومحتجين في فيرجسون "
        "الأميركية), whose whole story is the same shooting during the same march the same night (its toll, the "
        "young black man seriously wounded), also the background of the thirty-third set's snn-68fa73bf1d14 "
        "(aleqtisadiya, 2015-08-11, the St. Louis state of emergency): two reports of one event (tf-idf cosine 0.25 "
        "and 0.22, 3-gram Jaccard 0.034 and 0.005, under the automatic 0.3)",
    "http://aawsat.com/home/article/410611/موجز-أخبار":
        "the shelling in eastern Ukraine of mid-July 2015 (Ukraine and the pro-Russian separatists trading "
        "accusations, four civilians and a soldier killed, the man killed in central Donetsk): the fourth of this "
        "digest's four headlined news items ('مقتل 4 مدنيين وجندي في قصف مكثف في شرق أوكرانيا', s17-s21, a main "
        "report beside the Greek fires, Zuma's operation and the Delhi collapse) = the thirty-fourth set's "
        "snn-d69c0699b585 (alyaum, 2015-07-21, مقتل 4 مدنيين وجندي في شرق أوكرانيا), whose whole story is the same "
        "report from the same agency copy under the same heading: a digest whose headlined item is the main report "
        "of an earlier set's story, the ninth and seventeenth sets' digest rule (aawsat 421221 and 411391) (tf-idf "
        "cosine 0.29, 3-gram Jaccard 0.144, under the automatic 0.3)",
    "http://www.alriyadh.com/1071093":
        "the Saudi tweeters' condemnation under the hashtag 'تفجير طوارئ عسير' of the suicide bombing of the "
        "Emergency Forces mosque in Asir on Thursday 6 August 2015 (al-Muqbil, al-Obayan, al-Musleh and others; the "
        "386,000 tweets), the whole article = the twenty-fifth set's snn-1ae1cd584270 (aleqtisadiya, 2015-08-07, "
        "السعوديون يجمعون مليون استنكار عبر «تويتر»), whose whole story is the same Twitter condemnation under the same "
        "hashtag the same day: two reports of one reaction (other tweets quoted), as the earlier sets' entries for "
        "the comments on the same bombing (tf-idf cosine 0.11, 3-gram Jaccard 0.007, under the automatic 0.3)",
    "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230998&CategoryID=1":
        "the capture of al-Anad air base in Lahj by the Popular Resistance and the army loyal to the government on "
        "the morning of Monday 3 August 2015 after fierce clashes, with the coalition's air cover (the rebels' "
        "flight, their toll and the surrenders), the whole article = the fourth set's snn-adfd38fff3b0 (sabq, "
        "2015-08-04, \"العند\" قاعدة سوفيتية استضاف فيها صالح الإيرانيين لقتل اليمنيين بالألغام), whose news item (s5) "
        "reports the same capture 'اليوم' after fierce battles (coded there as COERCE seize and ASSAULT), the "
        "occasion of its profile of the base, and the thirty-ninth set's snn-7fbc367be596 (alwatan, 2015-08-07), "
        "whose s0 and s3 recall the same recapture 'يوم الإثنين الماضي': the main story of one article a main report "
        "(a one-sentence item) of the other, as the sixth, twenty-third and twenty-eighth sets' entries for 3alyoum, "
        "al-jazirah 20150804/du15 and okaz 787524 (the same recapture = the same sabq article's news) (tf-idf cosine "
        "0.10 and 0.23, 3-gram Jaccard 0.000 and 0.011, under the automatic 0.3)",
    "http://www.alweeam.com.sa/351346/المقاومة-اليمنية-تحاصر-زنجبار-وتستهد/":
        "the siege of Zinjibar, the centre of Abyan, by the national army and the Popular Resistance on Thursday 6 "
        "August 2015 after the reinforcements from Lahj reached Jaar, and the coalition's raids on the houses of "
        "Houthi leaders in Maran and Saqin on the Saudi border, the main story of the article (title, s0-s5; s6-s8 "
        "Taiz and al-Bayda further items) = the thirteenth set's snn-c996633cdf84 (alwatan, 2015-08-08, الحوثيون "
        "يهربون قبل معارك أبين), whose main story is the same operation against Zinjibar and Shuqra (the resistance "
        "massing to storm them after receiving big reinforcements, the rebels fleeing), the twelfth set's "
        "snn-cce03e97272c (okaz, 2015-08-08), whose s6 reports the same Thursday arrival of the reinforcements from "
        "Lahj at Jaar and the fighting in Zinjibar, and the thirty-fifth set's snn-51bdd6e101b7 (alwatan, "
        "2015-08-08), whose main story is the coalition's raids on the leaders' houses in Maran and Saqin: the "
        "main story of one article the main story or a main report of the others, as the fifteenth set's alwatan "
        "231283 entry (the flight from Zinjibar = the same thirteenth-set article) and the thirty-fourth set's alwatan "
        "231629 entry (the capture of Zinjibar, the next step of one advance) (tf-idf cosine 0.13, 0.13 and 0.16, "
        "3-gram Jaccard 0.002, 0.002 and 0.004, under the automatic 0.3)",
    "http://www.al-madina.com/node/623677/مصر-مقتل-إرهابي-واستشهاد-ضابط-ومجند-وإصابة-3-آخرين-شمال-سيناء.html":
        "the Egyptian Third Field Army's repelling of an attack at the Badr markets in Suez province on Sunday 9 "
        "August 2015, one attacker killed and the other fleeing (the military spokesman Brig. Mohammed Samir's "
        "statement), half of the article's headlined main story (title 'مقتل إرهابي', s1-s2, beside the Arish bomb "
        "of s0; s3 the North Sinai arrests and s4-s6 Mahlab on the elections further items) = the fourth set's "
        "snn-2a6a2832bc31 (alriyadh, 2015-08-10, الجيش المصري يصد هجوماً إرهابياً بالسويس), whose whole story is the "
        "same attack from the same statement word for word: the main story of one article a main report of the "
        "other, as the forty-third set's alwatan 230826 entry (tf-idf cosine 0.35, 3-gram Jaccard 0.094, under the "
        "automatic 0.3)",
    "http://aawsat.com/home/article/409691/خامنئي-ينذر-واشنطن-وتوافد-أوروبي-على-طهران-طمعًا-في-عقود":
        "the Iranian supreme leader Khamenei's Eid al-Fitr sermon in Tehran of Saturday 18 July 2015 (no talks with "
        "the US on regional matters, support for the 'friends' in the region, no change of policy towards 'the "
        "arrogant US' after the agreement), the main story of the article (title, s0-s4; s5-s8 Rouhani's call with "
        "the Emir of Qatar and the European visitors further items) = the twentieth set's snn-0616b0c14a36 (okaz, "
        "2015-07-22, الاستعراض الكاذب), the editorial whose whole story is the same speech ('السبت الماضي', its same "
        "terms) and Kerry's reaction to it: an event and a comment on it, as the forty-fourth set's sabq ArDgde and "
        "al-madina 622874 entries (Netanyahu's reaction in the twenty-ninth set's snn-d00b2ce95d17 another "
        "speaker's reaction) (tf-idf cosine 0.11, 3-gram Jaccard 0.003, under the automatic 0.3)",
    "http://www.al-madina.com/node/621291/فورين-بوليسي-تمدد-داعش-وأكراد-سوريا-يجبر-أنقرة-على-دخول-حرب-تجنبتها-طويلا.html":
        "Turkey's decision of Wednesday-Thursday 22-23 July 2015 to allow the US to launch air strikes against ISIS "
        "from Incirlik air base after the Obama-Erdogan telephone call, here Foreign Policy's national-security "
        "editor Dan De Luce's comment on it as a major shift of Turkish policy (the whole article) = the eighth "
        "set's snn-0e2329cc4d4d (3alyoum, 2015-07-24, تركيا تسمح لأمريكا بشن غارات من قاعدة إنجرليك الجوية), whose "
        "whole story is the same agreement after the same call: an event and a comment on it, as the forty-fourth "
        "set's comment entries (tf-idf cosine 0.14, 3-gram Jaccard 0.000, under the automatic 0.3)",
    "http://www.3alyoum.com/news/golobal/a/مزحة-مبتعث-سعودي-تتسبب-باعتقاله-في-أمر/":
        "the arrest in Warren County, Kentucky, of the Saudi student Mohammed Ali Issa Nahari (22, Western Kentucky "
        "University) charged with second-degree terrorism after telling the apartment manager of 31 July 2015 that "
        "he had made a pressure-cooker bomb (the one-million-dollar bail, his 'joke'), the whole article = the "
        "thirty-fifth set's snn-9f0763281bde (sabq, 2015-08-06, الولايات المتحدة: اعتقال طالب سعودي هدد بتفجير \"قدر "
        "ضغط\"), whose whole story is the same arrest and charge the same day (coded there as COERCE arrest): two "
        "reports of one case (tf-idf cosine 0.18, 3-gram Jaccard 0.004, under the automatic 0.3)",
    "http://www.aleqt.com/2015/08/07/article_979632.html":
        "the coming visit to Moscow of the Syrian National Coalition's delegation under Khaled Khoja on 12-13 "
        "August 2015 to meet Lavrov, Bogdanov and Naumkin (a Russian source and Badr Jamous on the invitation), the "
        "whole article (a preview) = the nineteenth set's snn-b21892754e59 (okaz, 2015-08-09, روسيا أيقنت بانهيار "
        "النظام السوري وتفكر في البديل), whose s1 and s6 (an item of its own, 'إلى ذلك') announce the same meeting of "
        "Khoja with Lavrov in Moscow on the 12th at the Russian invitation, also named by the twenty-first set's "
        "snn-062199e77fa7 (okaz, 2015-08-10, s5): two previews of one visit, the main story of one article a main "
        "report (a one-sentence item) of the other, as the forty-fourth set's okaz 785615 and al-jazirah 20150722/du8 "
        "entries (tf-idf cosine 0.16 and 0.13, 3-gram Jaccard 0.005 and 0.004, under the automatic 0.3)",
    "http://sabq.org/2yDgde":
        "the Saudi football federation's disciplinary committee's refusal of Tuesday 4 August 2015 to lift the "
        "suspensions of the five Al-Nassr and Al-Hilal players for the Super Cup final in London (the proposal "
        "referred to it after the tripartite meeting of the Monday), the whole article = the conclusion of the "
        "matter whose earlier steps are the whole stories of the nineteenth set's snn-a8fc97cae178 (aleqtisadiya, "
        "2015-08-02, the loophole and the federation's meeting), the thirty-fourth set's snn-09212e5158b9 "
        "(alriyadh, 2015-08-04, al-Muaibed on the tripartite meeting to decide) and the forty-third set's "
        "snn-33e60fcaca75 (sabq, 2015-08-03), and whose decision the forty-fourth set's snn-0350073546f2 "
        "(alriyadh, 2015-08-06) reports in s9: earlier steps of one matter and the report of its conclusion, as the "
        "forty-third set's okaz 785433 (Muntari) entry (tf-idf cosine 0.32, 0.22 and 0.18, 3-gram Jaccard 0.032, "
        "0.011 and 0.008, under the automatic 0.3)",
    "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786478.htm":
        "Prince Khalid al-Faisal's honouring in Jeddah on Wednesday 29 July 2015 of the two police colonels Bandar "
        "al-Sharif and Omar al-Sultan (one of them seen in a video calming a brawl between Yemeni residents), the "
        "main story of the article (title, s0-s4; s5-s10 his receptions of the Hajj minister and the Makkah paper's "
        "managers further items) = the thirty-sixth set's snn-0d1f1097f433 (aljazirah, 2015-07-31, خالد الفيصل يكرم "
        "رجلي أمن من شرطة المنطقة), whose whole story is the same honouring with the same words (tf-idf cosine 0.64, "
        "3-gram Jaccard 0.241, under the automatic 0.3)",
    "http://www.alriyadh.com/1071997":
        "the Kuwaiti Interior Ministry's announcement of Sunday 9 August 2015 that the young man found dead at Ali "
        "Sabah al-Salem (Umm al-Hayman) was killed by his father, who confessed to shooting him twice in the head "
        "and chest after the son's threats, the whole article = the forty-fourth set's snn-4bd6d1edffb1 (3alyoum, "
        "2015-08-10, أب يقتل ابنه بطلقتين في الرأس والصدر), whose whole story is the same announcement and confession "
        "from the same statement (tf-idf cosine 0.60, 3-gram Jaccard 0.175, under the automatic 0.3)",
})


if __name__ == "__main__":
    blind_sampler.main(SEED, EXCL_FILES, SAME_STORY, os.path.dirname(os.path.abspath(__file__)))
