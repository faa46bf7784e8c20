"""Build events-blind47.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-seventh events blind set; same layout and guidelines as the first
forty-six sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind46.jsonl and their blind/ ..
blind46/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind47.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind47.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-sixth sets' rule: here 'اتفاقية "هلسنكي"' from 'فاتفاقية', "تدريبات عسكرية مشتركة" and "دانتها" as written,
# "التهديد بقصف" from "بالتهديد", "زيارة" from "بزيارة" (the second of the Khaled bin Talal s0, the first being the
# caption's "جانب من زيارة"), "نهبهما" and "تتهم" from "وتتهم", "اغتيال" from the "من أبرزها اغتيال" of the Sheikh
# Zuweid s5); in actors, recipients and places the fused ب/ل/ك is left out ("دار الرعاية الاجتماعية للمسنين" from
# "لدار", "الرياض" of "في الرياض", "واشنطن" from "لواشنطن", "كيري" of "بها كيري", "رودريجيز" from "ورودريجيز");
# spellings as written, copied exactly ("دول 5 1" with the plus sign the text lacks, "نحو 300 من مقاتلي «ولاية
# سيناء»" with its guillemets, "الدول العشرة في رابطة دول جنوب شرق آسيا (اسيان)" with its brackets, "مسلحو تنظيم
# القاعدة", "وادي سر بوادي حضرموت جنوب شرق اليمن", "الفليبيني البرت ديل روزاريو" and "تشاتانوجا" as written); a
# string repeated in its sentence is picked by its occurrence (("زيارة", 2) in the Khaled bin Talal s0, ("تنظيم
# القاعدة", 2) in the Hadramawt s0, ("الصين", 1) in the South China Sea s0, ("موسكو", 2) in the nuclear column s15).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-sixth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # 3alyoum: a Russian inventor's "infinite" flash memory (24 July). A product and its inventor's prize (s4, an award
    # without a named giver; no PLOVER act between parties). None.
    "snn-a582e5624cec": [],
    # 3alyoum: how to buy tickets for the Super Cup at Queens Park Rangers (9 August). A video, ticket sales and the
    # stadium's rules (a club's administrative notice, the sets' notices: not coded). None.
    "snn-e04f220f070c": [],
    # Sabq: Al-Nassr signs a binding agreement with Mora, Hazazi ready for the Super Cup (4 August). The club's contract
    # with a player, his arrival date and a player's rehabilitation (club business, the twenty-ninth to forty-sixth
    # sets: a club's contracts and its internal matters not coded). None.
    "snn-0e3f850ab95c": [],
    # Okaz column: clubs without debts!! (6 August). The clubs' debts, the General Presidency's occasional support of
    # faltering clubs (a habitual practice) and the columnist's hopes (views). None.
    "snn-2e6206f80513": [],
    # Al-Jazirah column: "the perfume of the gatherings" (6 August). Reminiscences and views (the pool through "قتل" in
    # "لقتل الفراغ" and "اجتماع"). None.
    "snn-c1950fae2948": [],
    # Okaz: nine Yemeni soldiers killed in an attack with two car bombs in Hadramawt (1 August). s0 the attack by al-Qaeda
    # gunmen on a military post in Wadi Sirr yesterday, nine soldiers killed (-> ASSAULT, mode null: no method in the
    # sentence; the toll part of the record) and the military source holding al-Qaeda responsible (-> ACCUSE allege, the
    # thirteenth and thirty-first sets' "محملاً"); s1 the security source: an attack with two car bombs followed by
    # machine-gun and shell fire on a Brigade 135 checkpoint (a new method and a named target -> ASSAULT explosives, the
    # forty-sixth set's lead-and-detail rule; the clashes part of the same attack; the wounded colonel a detail); s2-s4
    # al-Qaeda used two armoured vehicles it had looted from the Second Military Region in Mukalla two months before
    # (inside the relative clause, its own actor, recipient and place, reported nowhere else -> COERCE seize, PLOVER
    # "confiscate property"; "قبل شهرين", more than five weeks -> [H]; the loading with explosives part of s1's attack;
    # s2/s3/s4 cut at the dots of "T.N.T"); s5 a characterisation (first such use): not coded.
    "snn-6ac5e23db560": [
        ("ASSAULT", None, 0, "هجوم", "مسلحو تنظيم القاعدة", "تسعة جنود من قوات الجيش اليمني", "وادي سر بوادي حضرموت جنوب شرق اليمن", ""),
        ("ACCUSE", "allege", 0, "محملا", "مصدر عسكري", ("تنظيم القاعدة", 2), None, ""),
        ("ASSAULT", "explosives", 1, "هجوما بسيارتين مفخختين", None, "نقطة عسكرية تابعة للواء 135 أحد ألوية المنطقة الأولى بحضرموت", None, ""),
        ("COERCE", "seize", 2, "نهبهما", "تنظيم القاعدة", "المنطقة العسكرية الثانية", "المكلا", "H"),
    ],
    # Al-Jazirah: the Hail juvenile observation home opens visits for three days at Eid (21 July). The home's own Eid
    # party for its juveniles with their guardians, and its visiting hours (inside one institution, and an
    # administrative notice; the forty-second set coded the social-affairs branch's visits to such homes, an outside
    # visitor, which this article lacks). None.
    "snn-19b810c7a262": [],
    # Sabq column: the nuclear agreement between revolution and wealth (22 July). Events stated as facts in a column are
    # coded, views not (the thirty-fourth set): s0 the Vienna agreement between the 5+1 and Iran (-> AGREE, the sets'
    # records of the same agreement; 14 July, eight days before: recent); s2 views; s3 the agreement welcomed by
    # Washington, Moscow and London (inside "بالرغم من", its own actors, reported nowhere else -> SUPPORT, welcomes ->
    # SUPPORT, the thirty-fourth set); s5 the two sides' readings (views); s7-s12 the text not yet published and its
    # terms (contents of an agreement: not coded, the thirty-fourth set); s14 views; s15 the column's recalled analogy:
    # the "Helsinki" agreement between Washington and the Soviet Union (-> AGREE [H]) and Moscow's invasion of
    # Afghanistan (-> ASSAULT, mode null [H]; the thirty-fourth set's column's recalled Libyan revolution [H]); s16 an
    # exhortation and Pakistan's neutrality in the coalition's war (a standing stance and a general war: not coded).
    "snn-d69ff5f6508f": [
        ("AGREE", None, 0, "اتفاق فيينا", "دول 5 1", ("إيران", 1), None, ""),
        ("SUPPORT", None, 3, "ترحيب", "واشنطن وموسكو ولندن", None, None, ""),
        ("AGREE", None, 15, 'اتفاقية "هلسنكي"', "واشنطن والاتحاد السوفييتي", None, None, "H"),
        ("ASSAULT", None, 15, "غزو", ("موسكو", 2), None, "أفغانستان", "H"),
    ],
    # Al-Watan: a majority of the House rejects the nuclear agreement (4 August). s0 a Republican majority of the House of
    # Representatives has backed a text rejecting the agreement reached with Iran (-> REJECT, mode null: the formal
    # signature of a resolution of disapproval, 218 members, s5; the agreement not a party: recipient null; the
    # two-thirds needed a prospect); s1 Congress will vote before 17 September (a scheduled procedure inside one state:
    # not coded); s2-s4 the resolution's effect and Obama's veto (conditions and prospects: not coded); s5 Roskam's count
    # (s0 restated with a figure: not coded again); s6 a detail; s7 his view; s8-s9 the Democrats' positions (standing
    # stances: not coded); s10-s14 figures.
    "snn-2146b9659a2d": [
        ("REJECT", None, 0, "نصا يرفض الاتفاق النووي", "غالبية في مجلس النواب الأميركي تنتمي إلى الحزب الجمهوري", None, None, ""),
    ],
    # Al-Jazirah: Prince Khaled bin Talal greets the residents of the social care home in Riyadh (22 July). s0 his visit
    # to the elderly home, where he met the residents and offered Eid greetings (-> CONSULT visit, the second to
    # forty-fifth sets' visits to homes and patients: the home as recipient, its city as place; the greetings without
    # gifts or praise not coded apart, the forty-fifth set coding only gifts and praise); s1 his reception by the
    # director and the presentation (the same visit: not coded again); s2 the home's own Eid party, outings and family
    # visits (inside one institution and a standing programme: not coded).
    "snn-0ab338c35845": [
        ("CONSULT", "visit", 0, ("زيارة", 2), "صاحب السمو الملكي الأمير خالد بن طلال عضو شرف نادي الهلال", "دار الرعاية الاجتماعية للمسنين", "الرياض", ""),
    ],
    # Asharq Al-Awsat: Sheikh Zuweid, the focus of terrorism in Egypt (21 July; a profile). s0 the army's foiling "last
    # week" of Wilayat Sinai's attempt to declare the town an Islamic province (the lead, restated with its actors and
    # toll in s1: coded there); s1 the army killed more than 200 terrorists in a wide operation of land and air forces
    # last week (-> ASSAULT, mode null: two kinds of forces) in response to the attack by about 300 Wilayat Sinai
    # fighters on military checkpoints in Sheikh Zuweid that killed 17 soldiers and officers (inside "ردا على", its own
    # actor, target and place, reported nowhere else -> ASSAULT, mode null; the toll part of the record); "last week" by
    # the text: recent (the forty-sixth set's "by the text" rule); s2-s3 geography; s4 the Egyptian agencies' standing
    # charge against Gaza gunmen (a standing charge: not coded); s5 the area a training ground of the death squads of the
    # late 1980s (a general past) and the assassination of President Sadat in 1981 (-> ASSAULT targeted [H], the
    # groups' operations not named as its actor in the clause: actor null); s6 the displacement caused by the security
    # operations (a general consequence: not coded).
    "snn-284bd90a30eb": [
        ("ASSAULT", None, 1, "عملية موسعة", "الجيش المصري", "أكثر من 200 إرهابي", None, ""),
        ("ASSAULT", None, 1, "هجوم مسلح", "نحو 300 من مقاتلي «ولاية سيناء»", "كمائن عسكرية", "مدينة الشيخ زويد شمال سيناء", ""),
        ("ASSAULT", "targeted", 5, "اغتيال", None, "الرئيس المصري الراحل أنور السادات", None, "H"),
    ],
    # 3alyoum (Reuters): the United States and Cuba quietly open a new chapter (24 July, the day of 20 July). s0 the
    # dateline; s1 the two states formally restored the diplomatic relations cut for more than fifty years and reopened
    # their embassies (-> SUPPORT, PLOVER "initiate, resume ... diplomatic cooperation"; both in one phrase); s2 the
    # rapprochement begun by Obama's and Castro's announcement of 17 December (-> AGREE [H], CAMEO "express intent to
    # cooperate"; seven months before); s3 Rodriguez to preside over the flag-raising ceremony (a ceremony of one side:
    # not coded); s4 his meeting with Kerry at the State Department to follow, the first official visit of a Cuban
    # foreign minister to Washington since 1959 (-> CONSULT visit [F], the visitor as actor and the host as recipient,
    # the nineteenth to forty-sixth sets' planned visits); s5 the US embassy in Havana reopened (s1's reopening restated:
    # not coded again); s6 Kerry's visit expected next month (-> CONSULT visit [F]; "هناك" anaphoric: place null); s7
    # the tag line.
    "snn-5e5a66b2ddb5": [
        ("SUPPORT", None, 1, "أعادتا بشكل رسمي العلاقات الدبلوماسية", "الولايات المتحدة وكوبا", None, None, ""),
        ("AGREE", None, 2, "إعلان مهم", "الرئيسين الأمريكي باراك أوباما والكوبي راؤول كاسترو", None, None, "H"),
        ("CONSULT", "visit", 4, "اجتماع", "رودريجيز", "وزير الخارجية جون كيري", "واشنطن", "F"),
        ("CONSULT", "visit", 6, "زيارة", "كيري", None, None, "F"),
    ],
    # Al-Jazirah: tension in the South China Sea dominates the Asian security summit (6 August). s0 South-East Asian
    # diplomats called on China on Tuesday to address the concerns over its island plan (-> REQUEST, mode null, the
    # place of the talks as location) during regional security talks in Kuala Lumpur that Kerry will attend (-> CONSULT
    # multilateral [F], the sets' planned multilateral meetings); s1 the United States and some South-East Asian states
    # warned of the growing danger as Beijing expands its artificial islands (a warning at a party's act -> ACCUSE
    # disapprove, the twenty-second set's "حذر" and the forty-sixth set's concern; the island building itself a continuing
    # practice: not coded); s2 the meeting hosted by the ten ASEAN states opened on Tuesday in Malaysia (-> CONSULT
    # multilateral) and Wang Yi hinted at no agreement (not an event); s3 his view of international forums (a view); s4
    # China will not bow to pressure to stop recovering its land (-> REJECT, mode null; "وأضاف" the implied speaker, the
    # named "الصين" inside his words as actor); s5 the officials' insistence (a view); s6-s8 the Malaysian minister's
    # "ASEAN can and should play a role" (a view and an exhortation: not coded); s9 the Philippine minister called for a
    # halt to land reclamation, construction and aggressive acts (-> REQUEST; no addressee named in the call: recipient
    # null); s10 his proviso; s11-s13 the claims (standing positions).
    "snn-0b4967d4fd02": [
        ("REQUEST", None, 0, "دعا", "دبلوماسيون من جنوب شرق آسيا", ("الصين", 1), "كوالالمبور", ""),
        ("CONSULT", "multilateral", 0, "سيحضرها", "وزير الخارجية الأميركي جون كيري", None, "كوالالمبور", "F"),
        ("ACCUSE", "disapprove", 1, "حذرت", "الولايات المتحدة وبعض دول جنوب شرق آسيا", "بكين", None, ""),
        ("CONSULT", "multilateral", 2, "الاجتماع", "الدول العشرة في رابطة دول جنوب شرق آسيا (اسيان)", None, "ماليزيا", ""),
        ("REJECT", None, 4, "لن ترضخ للضغوط", "الصين", None, None, ""),
        ("REQUEST", None, 9, "دعا", "وزير الخارجية الفليبيني البرت ديل روزاريو", None, None, ""),
    ],
    # Al-Riyadh: the US defence secretary approves arming soldiers inside military facilities (1 August). s0-s2 Carter's
    # memorandum allowing more armed personnel at facilities in the United States and asking the senior commanders for
    # plans by 21 August (a directive inside one government, the twenty-ninth to forty-sixth sets: not coded; the
    # Chattanooga shooting inside "بعد" and in his words anchors, reported as a main clause in s3); s3 four Marines and a
    # sailor killed two weeks before in Chattanooga when a gunman opened fire on military facilities there (-> ASSAULT
    # firearms, PLOVER "small arms"; 16 July, two weeks before: recent) and the calls, some from Congress, to arm more
    # soldiers (domestic appeals without a named addressee: not coded).
    "snn-f886b04b555a": [
        ("ASSAULT", "firearms", 3, "قتل", "مسلح", "أربعة من مشاة البحرية الأميركية وبحار", "تشاتانوجا", ""),
    ],
    # Al-Madina (Reuters): "El Loco" leaves Marseille suddenly (10 August). Bielsa's resignation, the interim coach and
    # the contract dispute (club business: not coded, the twenty-ninth to forty-sixth sets). None.
    "snn-789d8b3526bd": [],
    # Al-Watan column: al-Talbi, his presence the mark of a civilised society (24 July). s0-s3 the columnist's reading and
    # the responses to the Tunisian thinker (views; the charges of madness and heresy a general characterisation of TV
    # debates: not coded); s4 Farag Foda assassinated (-> ASSAULT targeted [H], passive: actor null; 1992) and the young
    # man sent to kill al-Qusaimi who did not (an anecdote of an unrealised intent: not coded); s5 Naguib Mahfouz almost
    # killed in the failed assassination attack (-> ASSAULT targeted [H], PLOVER "attempted assassinations"; 1994); s6
    # the attacker's motive and the fatwa of thirty years before (a motive and a standing ruling: not coded); s7-s10
    # views.
    "snn-a786586e7445": [
        ("ASSAULT", "targeted", 4, "اغتيل", None, "فرج فودة", None, "H"),
        ("ASSAULT", "targeted", 5, "هجوم الاغتيال", None, "نجيب محفوظ", None, "H"),
    ],
    # Asharq Al-Awsat (AFP): tension rises between the Koreas after mine blasts on the border (11 August). s0 the lead
    # (its subject misnamed "North Korea" for the South: the reinforcement and the loudspeakers restated with their
    # proper actor in s5 and s7, coded there); s1 South Korea accuses northern soldiers of crossing to plant
    # anti-personnel mines (-> ACCUSE allege); s2 the mine blast of last week that maimed two South Korean soldiers (->
    # ASSAULT explosives; actor null: passive and charged, not stated; the place in s3); s3-s4 the place and the wounds
    # (details); s5 South Korea restarted the loudspeakers for the first time in eleven years (a symbolic hostile act ->
    # THREATEN, mode null, as the forty-sixth set's flag); s6 Seoul's threat of 2010 to take this step and Pyongyang's
    # threat to shell the units (-> THREATEN [H] and THREATEN violence [H]); s7 the defence ministry's spokesman: "we are
    # reinforcing our defensive positions" (-> MOBILIZE troops); s8 the army "will respond immediately" if the North
    # fires at the loudspeakers (a conditional threat -> THREATEN violence); s9 the residents' and farmers' instructions
    # (notices to one's own public: not coded); s10 the presidency asked Pyongyang to apologise for the violation of the
    # armistice (-> REQUEST); s11 the call restated with the punishment (not coded again); s12-s13 the broadcasts'
    # contents; s14 the joint South Korean-US exercises next week (-> COOPERATE [F], PLOVER "joint military games and
    # maneuvers") condemned in advance by Pyongyang (-> ACCUSE disapprove).
    "snn-8db30c142c3c": [
        ("ACCUSE", "allege", 1, "تتهم", "كوريا الجنوبية", "جنودا شماليين", None, ""),
        ("ASSAULT", "explosives", 2, "انفجار ألغام", None, "جنديين كوريين جنوبيين", None, ""),
        ("THREATEN", None, 5, "تشغيل مكبرات الصوت", "كوريا الجنوبية", None, None, ""),
        ("THREATEN", None, 6, "هددت", "سيول", None, None, "H"),
        ("THREATEN", "violence", 6, "التهديد بقصف", "بيونغ يانغ", "الوحدات العسكرية المكلفة بذلك", None, "H"),
        ("MOBILIZE", "troops", 7, "نعزز مواقعنا الدفاعية", "الناطق باسم وزارة الدفاع الكورية الجنوبية كيم مين سيوك", None, None, ""),
        ("THREATEN", "violence", 8, "سيرد فورا", "الجيش الكوري الجنوبي", "كوريا الشمالية", None, ""),
        ("REQUEST", None, 10, "طلبت", "الرئاسة الكورية الجنوبية", "بيونغ يانغ", None, ""),
        ("COOPERATE", None, 14, "تدريبات عسكرية مشتركة", "كوريا الجنوبية والولايات المتحدة", None, None, "F"),
        ("ACCUSE", "disapprove", 14, "دانتها", "بيونغ يانغ", None, None, ""),
    ],
    # Al-Madina column: no to banning, yes to monitoring (21 July). The interior ministry spokesman's words at the press
    # conference of the Saturday before on Twitter and blocking (a spokesman's policy statement and views: not coded; the
    # disclosure of the ISIS groups an anchor without an act towards a party), the Kingdom's never having blocked (a
    # standing policy), the security agencies' exposure of inciting accounts (a general past practice) and the
    # columnist's appeal (views); s10-s12 the e-mail address cut at its dots and the SMS line. None.
    "snn-258aae9ccd96": [],
    # Okaz column: crowd management and the prevention of coronavirus (11 August). The health ministry's standing
    # measures and its enforcement of its regulations (a ministry's standing measures inside one state: not coded) and
    # the columnist's views. None.
    "snn-87a18363c965": [],
    # Al-Watan: the terrorists offer to withdraw and hand over their weapons (11 August). s0 the field sources' view of why
    # the Houthis are thinking of giving up (the coalition's strikes and the resistance's recaptures a general series)
    # and, inside the relative clause, their storming of Sanaa on 21 September last year (its own actor and place,
    # reported nowhere else -> COERCE seize [H], the sets' captures; the named "الإرهابيين الحوثيين" of the same
    # sentence kept); s1 a prediction; s2 the Houthi politburo member Mohammed al-Bukhaiti declared yesterday the group's
    # readiness to withdraw from the cities and hand over its weapons (an expressed willingness -> AGREE, the twelfth,
    # thirty-fourth and forty-sixth sets' readiness; its condition and the Peace and Partnership agreement of September
    # 2014, a passive reference without actor or place, not coded); s3-s4 his words restated and his condition (not coded
    # again); s5 the leaked meeting between the UN envoy and officials of the movement (-> CONSULT, mode null, the sets'
    # talks outside a visit) and the rebels' readiness to implement resolution 2216 (-> AGREE), both undated background
    # ("وكانت ... قد", the forty-fifth and forty-sixth sets' undated rule -> [H]); s6 their condition (not coded); s7-s8
    # the sources' assessment and the militias' past refusals and truce breaches (views and a general series: not coded).
    "snn-94026e9cf5ee": [
        ("COERCE", "seize", 0, "اجتياحهم", "الإرهابيين الحوثيين", None, "العاصمة صنعاء", "H"),
        ("AGREE", None, 2, "استعداد الجماعة للانسحاب من المدن", "عضو المجلس السياسي للجماعة، محمد البخيتي", None, None, ""),
        ("CONSULT", None, 5, "لقاء", "المبعوث الدولي", "مسؤولين في الحركة المتمردة", None, "H"),
        ("AGREE", None, 5, "أبدوا استعدادهم لتنفيذ القرار الأممي رقم 2216", "الانقلابيين", None, None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
