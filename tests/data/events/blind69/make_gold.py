"""Build events-blind69.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-ninth events blind set; same layout and guidelines as the first
sixty-eight sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind68.jsonl
and their blind/ .. blind68/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-eighth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind69.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind69.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind69.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب is left out of triggers and participants where the word stands whole (the twentieth to
# sixty-eighth sets' rule: here "أطلق الإرهابيون النار" from "فأطلق" in the Turkish column s13,
# "طرد" from "وطرد" in the Mukalla report s3, "تقديم التهنئة" from
# "بتقديم" in the Asia column s3, "الحاج أحمد محمد" from "بالحاج" in the Mukalla report s7); a fused ل is left out of
# a trigger or place ("زيارة" from "لزيارة" in the Asia column s3, "سلمان" from "لسلمان" in the Mukalla report s3,
# "قيادة دول التحالف العربي ..." from "لقيادة" in its s7); where the article's alif is elided after a fused ل the ل
# stays ("للإرهابيين" in the Asia column s6, "للمدنيين" in the Kurdish report s5); the text's own spellings copied
# exactly ("الاسلامية" and "الاحتلال الاسرائيلي" without hamza, "انس منتصر طه", "المسجد الاقصى" in the Palestinian
# report, "ام محمد" and "الالغام" without hamza and "اعوانهم" in the Mukalla report, "حاجز «عوفر»" with its
# guillemets); a string repeated in its sentence is picked by its occurrence (("العقيد الصفيان", 1) in the al-Rashid
# column s0, ("الحدود التركية", 1) in the Turkish column s15, ("دعت", 1) in the Palestinian report s2, ("قوات
# الاحتلال", 1) in its s3, ("الأقصى", 2) in its s11, ("الطائرات التركية", 2) and ("الجيش التركي", 3) in the Kurdish
# report s5, ("إسرائيل", 2) in the Asia column s1, ("زيارة", 1) and ("إسرائيل", 3) in its s3, ("الحوثي", 3) and
# ("الطريق", 2) in the Mukalla report s0, ("سلمان", 1) in its s3).
# Actors named only by a pronoun or a passive are null (the eighteenth, twenty-seventh to sixty-eighth sets: the IED
# of the Kurdish report s4, the Suruc bombing "المتهم" in its s6); a subject named earlier in the same sentence is
# kept ("القوى الوطنية والاسلامية الفلسطينية" for "معتبرين" in the Palestinian report s0, "وحدات حماية شرق كردستان
# (كردستان إيران)" for "مقاتليها ... قتلوا" in the Kurdish report s0, "قوات حماية الشعب، الجناح العسكري لحزب العمال
# الكردستاني" for "مقاتلينا فجروا" and the threat in its s5, "إسرائيل" for "عدوانها" and "رئيس الوزراء الهندي ناريندرا
# مودي" for the planned visit in the Asia column s1 and s3).

GOLD = {
    # Al-Jazirah column: "more programmes to protect the young" (24 July). The six ministries' coming programme to
    # shield students from extremism (a government's own works and aims: not coded, the sixty-eighth set's
    # ministerial team); s12 the cases caught and the arrested studied (a general account, a series: not coded);
    # s19-s22 the list of the writer's other articles (link lines). None.
    "snn-a80929f56fb7": [],
    # Al-Riyadh: Dubai draws huge numbers of Saudi tourists (24 July). Tourism, the aquarium's activities, the
    # Saudi wildlife authority's reserves (a body's own works). None.
    "snn-4d7b6312ce03": [],
    # Al-Watan column: "the void killed Abdullah al-Rashid" (24 July). s0 the killing of Col. (Rashid) al-Safyan by
    # his nephew Abdullah al-Rashid in the last days of Ramadan, four bullets in the head (an event stated as fact
    # with its actor and victim; 16 July, recent in a column of 24 July -> ASSAULT firearms, the fifty-ninth set's
    # record of the same Hair incident in a column, here with its weapon); the TV series episode a fiction; s1-s17
    # the writer's questions and views (not coded).
    "snn-ab5143f45ea3": [
        ("ASSAULT", "firearms", 0, "مقتل", "ابن أخته عبدالله الرشيد", ("العقيد الصفيان", 1), None, ""),
    ],
    # Al-Watan column: "the making of harassment" (22 July). The writer's view of the cultural roots of sexual
    # harassment (s17 the cases reported on social media a series without participants: not coded). None.
    "snn-c22c00d84639": [],
    # Al-Yaum column (a political analyst): "the new turn of Turkish policy in the war on terror" (26 July). s2-s5
    # the caretaker government and the coming choice (views, questions); s6 the new agreement between the United
    # States and Turkey on Turkey's full part in the coalition against ISIS (-> AGREE, the forty-ninth set's column
    # "الربيع التركي" and the eighth set's report of the same consent; recent; its restatement in the question of s12,
    # the permission to use Incirlik, not coded again); s13 the border incident of the week before: ISIS fighters'
    # fire killing a Turkish officer (-> ASSAULT firearms), the exchange of fire at the border (-> ASSAULT firearms,
    # both sides as actor) and the Turkish aircraft's raids on ISIS positions in Syria (-> ASSAULT aerial); the
    # border guards' refusal to let a wounded fighter in not coded (the occasion of the fire, a routine border
    # control); s15 the army's completed deployments along the border a day or two before (inside "بعد" -> MOBILIZE
    # troops, the sixty-sixth and sixty-eighth sets' anchors with their own actor); the Kurdish militias' gains a
    # general account; s16 the PKK's claim of the killing of a Turkish officer (a list ending in "؟" but stated as
    # fact -> ASSAULT, mode null, the claimant as actor, the thirty-seventh set's "تبنى ... قتل شرطيين تركيين"); s17
    # the nine months of consultations between Washington's and Ankara's senior representatives (-> CONSULT, mode
    # null; recent, ended the week before) that led to the "new partnership" (the agreement of s6, not coded again);
    # s18 the writer's guess on the secret terms (not coded) and the United States' earlier rejection of Turkey's
    # condition for joining the coalition (relative clause, undated -> REJECT [H], mode null; the condition itself a
    # standing demand, not coded, the sixty-eighth set); s19-s20 views.
    "snn-c81704f90f46": [
        ("AGREE", None, 6, "الاتفاق الجديد", "الولايات المتحدة وتركيا", None, None, ""),
        ("ASSAULT", "firearms", 13, "أطلق الإرهابيون النار", "الإرهابيون", "الضابط", None, ""),
        ("ASSAULT", "firearms", 13, "إطلاق النار بين", "الجنود الأتراك ومقاتلي داعش", None, "الحدود", ""),
        ("ASSAULT", "aerial", 13, "غارات", "الطائرات التركية", "مواقع معروفة لداعش", "الأراضي السورية", ""),
        ("MOBILIZE", "troops", 15, "استكمال القوات العسكرية كافة تجهيزاتها", "القوات العسكرية", None,
         ("الحدود التركية", 1), ""),
        ("ASSAULT", None, 16, "اغتيال", "حزب العمال الكردستاني التركي", "ضابط تركي", None, ""),
        ("CONSULT", None, 17, "مشاورات طويلة ومضنية", "ممثلين للإدارات العليا بين واشنطن وأنقرة", None, None, ""),
        ("REJECT", None, 18, "رفضته", "الولايات المتحدة", "الأتراك", None, "H"),
    ],
    # Al-Jazirah: the Palestinian factions: all options open to answer the settlers' crimes (11 August). s0 the
    # national and Islamic forces' meeting in Ramallah (-> CONSULT, mode null, the sixty-eighth set's meeting of two
    # parties' delegations), their statement that all options are open to confront the occupation's terror (->
    # THREATEN, mode null: the content unspecified; s1's "legitimate target" and "will not go unpunished" its detail,
    # not coded again, the forty-fifth set's leads beside details) and their charge that the killings, the burning of
    # families and the daily attacks are the occupation's and the settlers' (-> ACCUSE disapprove); s1 their call to
    # form guard committees and cut the settlers' roads (-> REQUEST, mode null, no recipient named); s2 their call on
    # the international community for international protection (-> REQUEST assist) and for isolating and boycotting
    # Israel (-> REQUEST, mode null: PLOVER has no sanction mode for REQUEST; another content, no recipient named);
    # s3 the killing of the freed prisoner Anas Taha by the occupation forces' bullets on Sunday evening near the
    # Ofer checkpoint (-> ASSAULT firearms; the alleged stabbing "بذريعة" the pretext, not coded); s4 the arrest of ten
    # Palestinians yesterday after raids on their homes (-> COERCE arrest; the raids part of the arrests); s6 the
    # arrests in Jenin and Bani Naim (the other five of the ten, details of s4: not coded again); s8 the occupation
    # forces' attack with batons and gas bombs on the summer-camp children and the al-Aqsa guards near Bab al-Asbat
    # (-> ASSAULT crowd-control, the thirty-first and fifty-sixth sets' gas); s9 the police's barring of the children
    # from the mosque (-> COERCE restrict; the pepper gas and beating of the guards the detail of s8, not coded again);
    # s11 the police's banning of Sheikh Abd al-Rahman Bakirat and four minors from al-Aqsa for 20 days to 3 months
    # (-> COERCE restrict).
    "snn-d73df6c034da": [
        ("CONSULT", None, 0, "اجتماعها", "القوى الوطنية والاسلامية الفلسطينية", None, "مدينة رام الله", ""),
        ("THREATEN", None, 0, "كل الخيارات مفتوحة", "القوى الوطنية والاسلامية الفلسطينية", "دولة الاحتلال", None,
         ""),
        ("ACCUSE", "disapprove", 0, "معتبرين", "القوى الوطنية والاسلامية الفلسطينية",
         "جنود الاحتلال والمستوطنون الصهاينة", None, ""),
        ("REQUEST", None, 1, "داعية", "القوى الفلسطينية", None, None, ""),
        ("REQUEST", "assist", 2, ("دعت", 1), "القوى الفلسطينية", "المجتمع الدولي", None, ""),
        ("REQUEST", None, 2, "فرض العزلة الدولية", "القوى الفلسطينية", None, None, ""),
        ("ASSAULT", "firearms", 3, "برصاص", ("قوات الاحتلال", 1), "انس منتصر طه", "محطة الوقود قرب حاجز «عوفر»", ""),
        ("COERCE", "arrest", 4, "اعتقل", "جيش الاحتلال الاسرائيلي وقواته الخاصة", "عشرة فلسطينيين", None, ""),
        ("ASSAULT", "crowd-control", 8, "اعتداء", "قوات الاحتلال",
         "عدد كبير من أطفال المخيمات الصيفية المقدسية، وحراس المسجد الأقصى المبارك", "باب الأسباط", ""),
        ("COERCE", "restrict", 9, "منعت", "شرطة الاحتلال", "العشرات من أطفال المخيمات الصيفية", "المسجد الاقصى",
         ""),
        ("COERCE", "restrict", 11, "أبعدت", "شرطة الاحتلال", "الشيخ عبد الرحمن صالح بكيرات", ("الأقصى", 2), ""),
    ],
    # Asharq Al-Awsat: a senior Revolutionary Guards commander killed in clashes with Kurdish fighters (6 August).
    # s0 the KCK's announcement that PKK fighters clashed with the Turkish forces in several areas of south-eastern
    # Turkey (-> ASSAULT, mode null) and the East Kurdistan units' announcement that their fighters killed a senior
    # IRGC commander and 12 soldiers in clashes in Kermanshah (-> ASSAULT, mode null; restated in s7 with its place
    # and the four fighters killed and one captured on their side: one clash, not coded again); s1-s3 Dalil Amed's
    # words (the "defensive operations" continuing, the clashes of Sirnak and Agri: the detail of s0, not coded
    # again); s4 the eyewitnesses' IED blast at a Turkish military vehicle in Sirnak killing more than three soldiers
    # (-> ASSAULT explosives, actor null) and the clashes after it (-> ASSAULT, both sides as actor); s5 the HPG
    # source: the blowing up of the Iran-Turkey gas pipeline yesterday (-> ASSAULT explosives: the method, the
    # sixty-eighth set's one mode per record, PLOVER's "destroy" for energy infrastructure not taken), the "many
    # operations" of the last hours in Sirnak (a series restating s0: not coded), the Turkish aircraft's attacks on the
    # party's strongholds (a series: not coded) and their strike on the civilians of Zarkali on 1 August (-> ASSAULT
    # aerial, dated, recent), and the warning that the coming days will see more and stronger operations (-> THREATEN
    # violence); s6 Erdogan's "war on terror" of 24 July (-> ASSAULT, mode null, the fifteenth set's record of the
    # same sentence) and the Suruc suicide bombing of 20 July of which ISIS is "accused" (-> ASSAULT suicide-attack,
    # actor null: the perpetrator only the content of an unattributed charge, the sixty-eighth set); the collapse of
    # the truce and the 40,000 dead of thirty years (a series: not coded); s7 Iran's continued massing of forces and
    # heavy weapons in the Kurdish areas (-> MOBILIZE troops) and Arvin Ahmadpour's charge that the Islamic Republic
    # broke the truce with its operations and ambushes (-> ACCUSE allege).
    "snn-1f71b0d73282": [
        ("ASSAULT", None, 0, "اشتبكوا", "مقاتلي حزب العمال الكردستاني", "القوات التركية", "جنوب شرقي تركيا", ""),
        ("ASSAULT", None, 0, "قتلوا", "وحدات حماية شرق كردستان (كردستان إيران)", "قائدا بارزا في قوات الحرس الثوري الإيراني، و12 جنديا",
         "محافظة كرمانشاه", ""),
        ("ASSAULT", "explosives", 4, "انفجار عبوة ناسفة", None, "عجلة عسكرية تركية", ("إقليم شرناخ", 2), ""),
        ("ASSAULT", None, 4, "اشتباكات", "مقاتلين من العمال الكردستاني والجيش التركي", None, None, ""),
        ("ASSAULT", "explosives", 5, "فجروا", "قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني", "أنبوب نقل الغاز بين إيران وتركيا",
         "منطقة باكو الحدودية في جنوب شرقي تركيا", ""),
        ("ASSAULT", "aerial", 5, "استهدافهم", ("الطائرات التركية", 2), "للمدنيين", "قرية زاركلي", ""),
        ("THREATEN", "violence", 5, "ستشهد الأيام المقبلة عمليات أكثر وأقوى ضدهم",
         "قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني", ("الجيش التركي", 3), None, ""),
        ("ASSAULT", None, 6, "أطلق", "الرئيس التركي رجب طيب إردوغان", "حزب العمال الكردستاني وتنظيم داعش", None,
         ""),
        ("ASSAULT", "suicide-attack", 6, "العملية الانتحارية", None, "32 من الناشطين الأكراد", "بلدة سروج التركية",
         ""),
        ("MOBILIZE", "troops", 7, "حشد قواته", "النظام الإيراني", None, "المناطق الكردية من إيران", ""),
        ("ACCUSE", "allege", 7, "خرقتها", "آرفين أحمد بور", "الجمهورية الإيرانية", None, ""),
    ],
    # Al-Madina column: "whose hands hold the keys of power?" (24 July). s0 the Security Council's unanimous adoption
    # three days before of the agreement reached in Vienna by the 5+1 group with Iran (-> SUPPORT, the seventeenth,
    # twentieth and fifty-first sets' records of the same endorsement; -> AGREE, the agreement stated as fact with its
    # parties, the fifty-ninth set's columns; both recent); s1-s11 the writer's reading of the agreement's effects
    # (Russia's, China's and India's hoped-for deals, the assets frozen since the Shah's fall a bare reference) and
    # his call for an Arab project (not coded).
    "snn-9d7158e50db0": [
        ("SUPPORT", None, 0, "تبنى", "مجلس الأمن الدولي", "اتفاقاً", None, ""),
        ("AGREE", None, 0, "توصلت إليه", "مجموعة خمسة زائد واحد", "إيران", "فيينا", ""),
    ],
    # Al-Madina: Lebanon: the government fails to solve the rubbish crisis; Salam: the presidential vacancy harmful
    # (6 August). s0-s2 the cabinet session of Wednesday and its failure on the rubbish and the security
    # appointments, Aoun's and Hezbollah's insistence (a meeting and a dispute inside one government, standing
    # demands: not coded, the fifty-ninth set's al-Abadi objections and the sixty-eighth set's standing demands); s3
    # Salam's renewed call to elect a president (-> REQUEST change, the sixty-seventh set's patriarch's call); s4-s9
    # his account of the rubbish measures and hopes (a government's own works); s10 the Maronite bishops' call on the
    # political and parliamentary blocs to name candidates and elect a president (-> REQUEST change; their warning of
    # the republic's fall a view); s14 Derbas's views; s16 the UNIFIL deputy mission-support director's tour of
    # UNIFIL's own headquarters and posts on the Blue Line (an organisation's own inspection: not coded); s18 the
    # Israeli warplanes' violation of Lebanese airspace yesterday (-> MOBILIZE weapons, the twenty-seventh set's
    # record of the Israeli flights over southern Lebanon).
    "snn-73bd14f134a7": [
        ("REQUEST", "change", 3, "تجديد الدعوة", "رئيس المجلس تمام سلام", None, None, ""),
        ("REQUEST", "change", 10, "دعا", "مجلس المطارنة الموارنة", "الكتل السياسية والنيابة", None, ""),
        ("MOBILIZE", "weapons", 18, "خرق", "الطيران الحربي الإسرائيلي", None, "القطاع الشرقي في الجنوب اللبناني",
         ""),
    ],
    # Asharq Al-Awsat column (Hussein Shobokshi): "Israel snatches Asia from the Arabs!" (21 July). s0 India's past
    # ties (Non-Aligned Movement, labour: a general account); s1 the recent vote of the UN Human Rights Council (3
    # July, recent) in which 41 states voted criticising Israel (-> ACCUSE disapprove: the content of the resolution)
    # and the United States voted against it (-> REJECT, mode null, the twenty-second set's "صوت ضد"), India's
    # abstention (not an event), and Israel's aggression on the Gaza Strip (the war of 2014 named with its actor and
    # place -> ASSAULT [H], the forty-third set's "عدوان"); s3 India's arms purchases (trade: not coded), Modi's
    # congratulations to Netanyahu after the March election (-> SUPPORT [H], the twenty-seventh and sixty-eighth sets'
    # "هنأ"; March, over five weeks before) and his planned visit to Israel next year (-> CONSULT visit [F]); s4-s5 a
    # community and a mood (not coded); s6 the terrorists' attack on Mumbai a few years ago (-> ASSAULT [H], the
    # thirty-third set's record of the same attack); Pakistan's harbouring and Japan's wish for better relations
    # (stances: not coded); s7-s9 China's delegations and investments (commerce, a series: not coded).
    "snn-c1ad6f67c5a1": [
        ("ACCUSE", "disapprove", 1, "منتقدة", "41 دولة", ("إسرائيل", 2), None, ""),
        ("REJECT", None, 1, "صوتت ضد", "الولايات المتحدة", "هذا القرار", None, ""),
        ("ASSAULT", None, 1, "عدوانها", ("إسرائيل", 2), None, "قطاع غزة", "H"),
        ("SUPPORT", None, 3, "تقديم التهنئة", "رئيس الوزراء الهندي ناريندرا مودي", "رئيس الوزراء الإسرائيلي", None,
         "H"),
        ("CONSULT", "visit", 3, ("زيارة", 1), "رئيس الوزراء الهندي ناريندرا مودي", None, ("إسرائيل", 3), "F"),
        ("ASSAULT", None, 6, "ضربوا", "للإرهابيين", None, "بومباي", "H"),
    ],
    # Al-Madina: the Yemeni displaced in Mukalla: we are returning (10 August). s0 the war the Houthis waged on the
    # cities (a characterisation) and their shelling of the homes (a series: not coded); the 47,000 displaced
    # registered and the centres' supervisors' provision of food, water and blankets (-> AID, mode null, the
    # thirty-first set's distributions); the mines the Houthis planted on the coastal road (-> ASSAULT explosives,
    # the forty-fourth and fiftieth sets' planted mines); s3 the victories of the army and the resistance in Aden and
    # Lahj and the expulsion of the Houthi remnants with the coalition's help (-> COERCE seize, the sixty-eighth set's
    # "طرد"; recent, mid-July to early August); Umm Muhammad's thanks to King Salman (-> SUPPORT); s4 the Houthi
    # militia's heavy shelling of Dar Saad that drove a displaced man out (-> ASSAULT heavy-weapons [H], undated, the
    # sixty-eighth set's shelling); s5-s6 feelings; s7 Hajj Ahmad Muhammad's message of thanks to the coalition's
    # leadership (-> SUPPORT, the earlier sets' "شكر").
    "snn-3a71eb8a293d": [
        ("AID", None, 0, "توفير البطانيات", "الجهات المشرفة على مراكز النازحين", None, None, ""),
        ("ASSAULT", "explosives", 0, "الالغام التي زرعها", ("الحوثي", 3), None, ("الطريق", 2), ""),
        ("COERCE", "seize", 3, "طرد", "الجيش الموالي للشرعية وأبطال المقاومة", "فلول الحوثي واعوانهم",
         "محافظتي عدن ولحج", ""),
        ("SUPPORT", None, 3, "شكرا", "ام محمد", ("سلمان", 1), None, ""),
        ("ASSAULT", "heavy-weapons", 4, "قصف عنيف", "مليشيا الحوثي", None, "دار سعد", "H"),
        ("SUPPORT", None, 7, "رسالة شكر", "الحاج أحمد محمد",
         "قيادة دول التحالف العربي بقيادة المملكة العربية السعودية", None, ""),
    ],
    # Al-Jazirah readers' letter: "the answer is not blocking social media but intellectual security" (27 July). A
    # reader's reply to a column (its call to block the sites a writer's view) and his view of the family's role
    # (not coded). None.
    "snn-9b6e6b952057": [],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
