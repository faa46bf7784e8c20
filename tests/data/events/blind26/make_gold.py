"""Build events-blind26.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-sixth events blind set; same layout and guidelines as the first
twenty-five sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind25.jsonl and their blind/ ..
blind25/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind26.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind26.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# to twenty-fifth sets' rule: here "قصف عنيف" from "بقصف عنيف", "إطلاق نار" from "لحادثة إطلاق نار", "إطلاق النار"
# from "بإطلاق النار", "طلب" from "بطلب", "وجهت إليه تهمة" from "ووجهت"); in actors and places the fused ب/ل/ك is
# left out likewise, and kept where the article's alif is elided (the first set's rule: "للاجتماع الوزاري", as the
# eighth and eighteenth sets' records of the same Doha meeting).
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates
# the headline (the twentieth to twenty-fifth sets; the first, tenth to fourteenth and seventeenth sets coded it
# like any sentence: the latest sets' decision is followed, see SOURCE-events-blind26.txt).
GOLD = {
    # Al-Yaum sports: Zamalek signs Ahmed Hamoudi from Basel on a one-year loan (6 August). A player's transfer, the
    # club's option to buy and its ambitions: club business and sport (eighth, ninth and twelfth to twenty-fifth
    # sets): none.
    "snn-1cb3d855929d": [],
    # Okaz: the wife's killer in Beirut is not Saudi (7 August; the Saudi ambassador Ali Awadh Asiri to the paper,
    # the statement of Lebanon's Internal Security Forces). Not coded: s0 (the ambassador denying that the accused
    # holds Saudi nationality: no event denied, the twentieth set's denial of irregularities; the attributive
    # "المتهم بقتل زوجته" is carried by the records below, fifth set), s1's end of the embassy's follow-up, s3-s5 and
    # s7-s8 (the statement's time, place and passengers and the husband's wound: the s6 shooting's details, the
    # sentence cut at "م." "ف." "ب." applied literally), s10's "تمكنت من كشف ملابساتها" (the s9 investigation's
    # result), s12 (the accused's trip and job). Coded: s1 the embassy following the incident through contact with the
    # official security bodies (a contact between two named bodies -> CONSULT, mode null, the twenty-fifth set's
    # talks outside a visit; "في بيروت" identifies the embassy: location null); s2 the preliminary investigations of
    # the Lebanese security bodies (-> ACCUSE investigate, PLOVER "all investigations", the seventeenth set's
    # police) and their finding that the Syrian media man Manhal Abdulqader colluded with a driver to kill his wife
    # (a criminal killing with its named suspect -> ASSAULT, mode null, the first set's criminal murder, the
    # sixteenth and seventeenth sets' suspects as actor; the killing itself is reported as fact in s6 and s10, so
    # it is not the "alleged act of a charge" of the thirteenth to twenty-fifth sets); s6 the jeep on the Metn
    # highway subjected to a shooting that killed F.A. (-> ASSAULT firearms; the record sits where the trigger is,
    # the second set's "برئاسة م." cut; the highway of s3 is in another sentence: location null; actor not named);
    # s9 the Information Branch's intensive investigations (-> ACCUSE investigate, new actor); s10 the husband and
    # the driver confessing to planning the killing (-> CONCEDE, the eleventh set's "اعترف"), the driver firing at
    # the wife with a military pistol (new content: the shooter and the weapon -> ASSAULT firearms) and then firing
    # a shot at the husband to mislead the investigators (another target -> ASSAULT firearms; a staged shot that
    # wounded him, s8, still a deliberate act of force; "الزوج" fourth occurrence, after "الزوج والسائق" and the two
    # "الزوجة"); s11 the two arrested (-> COERCE arrest, passive: actor null, pronoun: recipient null) and the pistol
    # seized (-> COERCE seize, the twenty-first set's weapons "حجزت").
    "snn-44af3014befa": [
        ("CONSULT", None, 1, "التواصل", "السفارة", "الاجهزة الامنية الرسمية", None, ""),
        ("ACCUSE", "investigate", 2, "التحقيقات الاولية", "الاجهزة الامنية اللبنانية", None, None, ""),
        ("ASSAULT", None, 2, "قتل", "الاعلامي السوري منهل عبدالقادر", "زوجته", None, ""),
        ("ASSAULT", "firearms", 6, "إطلاق نار", None, "المدعوة ف", None, ""),
        ("ACCUSE", "investigate", 9, "التحقيقات اللازمة والمكثفة", "شعبة المعلومات", None, None, ""),
        ("CONCEDE", None, 10, "اعترف", "الزوج والسائق", None, None, ""),
        ("ASSAULT", "firearms", 10, "إطلاق النار", ("السائق", 2), ("الزوجة", 2), None, ""),
        ("ASSAULT", "firearms", 10, "أطلق عيارا ناريا", ("السائق", 2), ("الزوج", 4), None, ""),
        ("COERCE", "arrest", 11, "توقيفهما", None, None, None, ""),
        ("COERCE", "seize", 11, "ضبط المسدس", None, "المسدس المستعمل", None, ""),
    ],
    # Al-Yaum: the Hajj minister: the first caravans of pilgrims arrive next week (the ministry's Eid reception in
    # Mecca, 22 July). The farewell of the Umrah pilgrims, the preparations to receive the pilgrims and the minister's
    # wishes: a ministry's services and a ceremony, no act between actors: none.
    "snn-bf871c30dec1": [],
    # Al-Madina sports: Al-Ahli opens its friendlies against Celerina in its Swiss camp (24 July). A friendly, the
    # training and a player's injury: sport: none.
    "snn-a55152d3fc0d": [],
    # Al-Riyadh sports column: the Ministry of Social Affairs takes up the "worries" of the veteran players (7 August).
    # s2 the former president of Youth Welfare Prince Nawaf bin Faisal donating one million riyals to support the
    # sports charity project (a donation to a charity -> AID, the sixteenth and twenty-third sets' charitable gifts;
    # the fund's development "more than three years" before, undated background: historical, sixteenth to
    # twenty-fifth sets' rule). Not coded: s0 (the ministry's announcement of a new charitable society and the care
    # and financial aid it is to give: the founding of an institution, its aims not coded, the twenty-fifth set's
    # "the sweep's aims"), s1 (the column's praise; the old fund's rigid rules), s2's funding of the fund from
    # fines (a rule), s4 (the steps not carried out: no act), s5 (the column's hope), s8 (the paper's earlier page on
    # Mubarak al-Abdulkarim's illness), s10 (the journalist's proposal of an agreement: a writer's suggestion).
    "snn-d636f9e8cfc5": [
        ("AID", None, 2, "تبرع", "الرئيس العام لرعاية الشباب السابق الامير نواف بن فيصل", "هذا المشروع الخيري الرياضي", None, "H"),
    ],
    # Asharq Al-Awsat cinema: a review of "Terminator Genisys" ("التقدم إلى الخلف", 21 July). The killings, threats
    # and missions of the films' plots are fiction (the twenty-third and twenty-fifth sets' television and drama):
    # none.
    "snn-5c98c3a7e684": [],
    # Al-Yaum column: a letter from a reader who does not want his name mentioned (1 August). s1 the soldier Sami
    # Mu'awad al-Harbi, lost "this week" (s0), killed (the column's prayer "وقتل الله من قتله" names his killing as a
    # fact: in columns events stated as facts are coded, the fourteenth to twentieth sets' rule -> ASSAULT, mode null, actor not named; "قتله" first
    # occurrence; recent: not historical; the full name is in s0, "سامي" in s1). Not coded: s1's imprecations
    # against whoever killed him, helped, covered or kept silent (a prayer), s2-s11 (the reader's idea of inviting
    # orphans to weddings and the columnist's praise: charity proposals, no act).
    "snn-bf37d34b27e2": [
        ("ASSAULT", None, 1, ("قتله", 1), None, "سامي", None, ""),
    ],
    # Al-Weeam: Dhahi Khalfan offers the Houthi leader a job as "cooks' supervisor" in the Gulf (11 August). s0 the
    # deputy head of Dubai police launching a new attack on the Houthi leader Abdulmalik al-Houthi (public criticism
    # by a named official -> ACCUSE disapprove, the twenty-fifth set's "هاجم"; the mock job offer is the attack's
    # form); s1 his justification on Facebook: the Houthis' "stupidity" and their hostility to the Gulf states to
    # please Iran (a charge against a named party, new content -> ACCUSE allege, as the twenty-fifth set's Heikal
    # charge beside the attack; "الحوثيين" first occurrence). Not coded: s2-s3 (the mock advertisement: the s0 attack
    # continued), s4 (his words restating s1's charge), s5 (the link line).
    "snn-4c160153be26": [
        ("ACCUSE", "disapprove", 0, "هجوما جديدا", "ضاحي الخلفان نائب رئيس شرطة دبي", "زعيم جماعة الحوثيين عبد الملك الحوثي", None, ""),
        ("ACCUSE", "allege", 1, "معاداتهم دول الخليج", "خلفان", ("الحوثيين", 1), None, ""),
    ],
    # Al-Watan: Saudi artillery pounds the rebels' positions in Haradh (22 July). s0 Houthi shells again targeting the
    # border governorates of Jazan region, shells falling in al-Tuwal governorate and burning two vehicles (->
    # ASSAULT heavy-weapons, the tenth, fourteenth, nineteenth, twenty-first and twenty-fourth sets' shells; the
    # adjective "الحوثية" the only naming of the actor, first set; the governorate where they fell as the place); s1
    # the Saudi armed forces and the border guard answering with heavy shelling of the sources of fire in Yemeni
    # territory, silenced and destroyed (-> ASSAULT heavy-weapons, the twenty-first set's Saudi artillery reply;
    # "بالأراضي اليمنية" a vague area: null), the Saudi artillery continuing to pound the militias' positions in the
    # north of Hajjah and Saada (another actor, target and place -> ASSAULT heavy-weapons), the Apaches continuing to
    # sweep the border (a military sweep -> COERCE seize, PLOVER "execute search", the fourth, nineteenth and
    # twenty-fifth sets' "تمشيط"; "الحدود" vague: null) and to bomb the remnants of the Houthi gangs and Saleh's
    # forces (-> ASSAULT aerial, the twelfth and twenty-first sets' helicopters and aircraft); s2 tribal sources: the
    # Saudi artillery pounding the gatherings of the rebel gangs in Haradh district and the abandoned villages north
    # of Hajjah (new content: the place -> ASSAULT heavy-weapons). Not coded: s3 (the artillery's pounding of the
    # abandoned buildings in Haradh with the losses, and the Apaches' bombing of the remnants: the s1-s2 shelling
    # restated with a toll; the Houthis' use of the buildings to target the border: a standing practice), s4 (life
    # going on in the border governorates).
    "snn-e7c6044e0b0f": [
        ("ASSAULT", "heavy-weapons", 0, "استهدافها", "الحوثية", "محافظات الشريط الحدودي بمنطقة جازان", "محافظة الطوال", ""),
        ("ASSAULT", "heavy-weapons", 1, "قصف عنيف", "القوات المسلحة السعودية وحرس الحدود", "مصادر إطلاق النار", None, ""),
        ("ASSAULT", "heavy-weapons", 1, "دك", "المدفعية السعودية", "مواقع الميليشيات الانقلابية", "شمال محافظتي حجة وصعدة اليمنيتين", ""),
        ("COERCE", "seize", 1, "تمشيط الحدود", "طائرات الأباتشي", None, None, ""),
        ("ASSAULT", "aerial", 1, ("قصف", 2), "طائرات الأباتشي", "فلول العصابات الحوثية وحلفائها من قوات الرئيس المخلوع علي عبدالله صالح", None, ""),
        ("ASSAULT", "heavy-weapons", 2, "دكت", "المدفعية السعودية", "مواقع تجمعات العصابات المتمردة", "مديرية حرض", ""),
    ],
    # Al-Watan: Hezbollah withdraws hundreds of soldiers from Syria (10 August; sources close to the party; the Shin
    # Bet's statement). s0 the party beginning to pull hundreds of its soldiers in Syria back to the southern Bekaa
    # (-> RETREAT withdraw, PLOVER "withdraw forces from an area"; "الحزب" first occurrence, the named subject; Syria,
    # first occurrence, as the place withdrawn from); s3 the Israeli internal security service announcing the arrest
    # of a Swedish citizen of Palestinian origin suspected of spying for Hezbollah (-> COERCE arrest; the announcing
    # service, the named subject of the sentence and the arrester of s10's "هذا الاعتقال", kept for the passive, as
    # the nineteenth set's named committee for "تم إيقاف") and the charge brought against him of passing
    # information and contacting a foreign agent (a formal charge -> ACCUSE allege, the sixteenth set's "وجهت";
    # the charging body not named: actor null; the spying itself, the charge's alleged act, not coded); s5 the Shin
    # Bet: Hezbollah recruited him in 2009 (a charge against another named party -> ACCUSE allege; the recruitment
    # is its alleged act, not coded; the charge is made now: no flag); s8 the suspect also charged with the
    # prohibited use of terror-related material (in a relative clause, a further charge reported nowhere else ->
    # ACCUSE allege, actor null); s10 the service: the arrest shows Hezbollah's interest in foreigners and military
    # bases in preparation for a coming confrontation with Israel by drawing up a bank of targets (a charge against
    # a named party -> ACCUSE allege; "الجهاز" the named subject; the future attacks are its content, not coded);
    # s11 the 33-day war of summer 2006 between Israel and Hezbollah (-> ASSAULT [H], two-sided: both as actor,
    # first set). Not coded: s0's Turkish buffer-zone plan and the expected further withdrawals (a plan and a
    # prediction), s1 (the families' celebrations and their wish that the sons not go back: a general attitude,
    # twenty-fifth set), s2 (prediction), s4 (the lawyer rebutting the claim that he belongs to Hezbollah: the
    # denied membership is no PLOVER act, the twentieth set's rule for denials), s6-s7 (the tasks and payments: the
    # charge's details), s8's visits to Israel (not stated), s9 (his stay in Israel).
    "snn-10421c517535": [
        ("RETREAT", "withdraw", 0, "سحب المئات من جنوده", ("الحزب", 1), None, ("سورية", 1), ""),
        ("COERCE", "arrest", 3, "اعتقاله", "جهاز الأمن الداخلي الإسرائيلي", "مواطنا سويديا من أصل فلسطيني", None, ""),
        ("ACCUSE", "allege", 3, "وجهت إليه تهمة", None, "مواطنا سويديا من أصل فلسطيني", None, ""),
        ("ACCUSE", "allege", 5, "قام حزب الله بتجنيده", "الشين بيت", "حزب الله", None, ""),
        ("ACCUSE", "allege", 8, "اتهم", None, "المشتبه به", None, ""),
        ("ACCUSE", "allege", 10, "تحديد بنك أهداف", "الجهاز", "حزب الله", None, ""),
        ("ASSAULT", None, 11, "نزاعا داميا", "إسرائيل وحزب الله", None, None, "H"),
    ],
    # Al-Riyadh: the Iranian opposition criticises Mogherini's visit to Tehran (26 July; the statement of the foreign
    # affairs committee of the National Council of Resistance of Iran). s0 the exiled opposition criticising the
    # visit that the EU's High Representative is to make to Tehran (criticism -> ACCUSE disapprove, the person whose
    # act is criticised as recipient, the eighteenth set's "انتقدت ... تجاوز معصوم") and the planned visit itself (a
    # relative clause with its actor and place, reported nowhere else -> CONSULT visit [F], the nineteenth to
    # twenty-fifth sets' planned visits); s1 the committee's statement: the visit would encourage the Iranian regime
    # to go on with torture and killings (a charge against a named party -> ACCUSE allege; the criticism of the visit
    # "ضد المصالح الوطنية" is s0's restated) and its call on all human-rights and women's-rights defenders and
    # democracy advocates to act urgently to cancel the visit (-> REQUEST, mode null: the cancellation of a visit
    # fits no REQUEST mode; the named committee kept for "مطالبة"); s2 the statement: all whom Mogherini will meet are
    # responsible for 120,000 political executions, the 1988 massacre of 30,000 prisoners, exporting terrorism and
    # killing in Iraq, Syria, Yemen and Lebanon (-> ACCUSE allege; the charged acts not coded apart, thirteenth to
    # twenty-fifth sets) and its demand that they be tried (-> REQUEST, and the requested trial, PLOVER ACCUSE
    # "bring to trial", coded beside it as ACCUSE allege [F], the sixteenth set's requested acts; "البيان" as actor,
    # twenty-second and twenty-third sets); s3 the statement reproaching Mogherini for not condemning "these daily
    # crimes" even in words (-> ACCUSE disapprove by the statement; her silence is the object, not coded as a negated
    # act: the absence of a practice, twenty-fifth set). Not coded: s2's "تقوم موغيريني بلقائهم" (the planned
    # meetings of the visit restated), s3's thousand executions in nine months and the repression of women and
    # minorities (a tally and a standing practice inside the charge).
    "snn-47547e7b9b25": [
        ("ACCUSE", "disapprove", 0, "انتقدت", "المعارضة الإيرانية في المنفى", "الممثلة العليا للسياسة الخارجية الأوروبية فدريكا موغيريني", None, ""),
        ("CONSULT", "visit", 0, "الزيارة", "الممثلة العليا للسياسة الخارجية الأوروبية فدريكا موغيريني", None, "طهران", "F"),
        ("ACCUSE", "allege", 1, "عمليات التعذيب وأعمال القتل", "لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية", "النظام الإيراني", None, ""),
        ("REQUEST", None, 1, "مطالبة", "لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية", "جميع مدافعي حقوق الإنسان وحقوق المرأة ودعاة الديمقراطية", None, ""),
        ("ACCUSE", "allege", 2, "مسؤولين عن 120 ألف إعدام سياسي", "البيان", "جميع الذين تقوم موغيريني بلقائهم", None, ""),
        ("REQUEST", None, 2, "مطالباً", "البيان", None, None, ""),
        ("ACCUSE", "allege", 2, "محاكمتهم", None, "جميع الذين تقوم موغيريني بلقائهم", None, "F"),
        ("ACCUSE", "disapprove", 3, "لم تستنكر", "البيان", "موغيريني", None, ""),
    ],
    # Okaz editorial "الأمن العربي" (25 July). s0 the meeting of the Arab Joint Defence Council with the foreign and
    # defence ministers under the dome of the Arab League next Wednesday (a scheduled ministerial meeting of a
    # multilateral body -> CONSULT multilateral [F], the first and third sets' multilateral meetings, the nineteenth
    # to twenty-fifth sets' planned meetings; "تحت قبة الجامعة العربية" names an institution's seat, no place:
    # location null); s4 the Iranian nuclear agreement signed recently between Tehran and the 5+1 (in a relative
    # clause with its parties, reported nowhere else -> AGREE, the third and eighteenth sets' commentaries, the
    # twenty-fifth set's Fabius report; 14 July, eleven days before: not historical). Not coded: s1 (the agenda:
    # the Arab deterrent force protocol), s2 (the earlier meetings: a series), s3-s5 (the editorial's opinion; the
    # spread of terrorism: general).
    "snn-1e313a79aad3": [
        ("CONSULT", "multilateral", 0, "اجتماع", "مجلس الدفاع العربي المشترك", None, None, "F"),
        ("AGREE", None, 4, "الاتفاق النووي", "طهران ودول 5+ 1", None, None, ""),
    ],
    # Al-Jazirah sports: Al-Wehda's board distributes posts and committees (25 July). The board's meeting, the
    # committees agreed on, the adviser recommended and the team's training in Cairo: a club's internal business
    # (eighth, ninth and twelfth to twenty-fifth sets; "تم الاتفاق عليها" inside one board): none.
    "snn-7bc5fe740e4a": [],
    # Al-Eqtisadiah: CAF refuses to back Bility for the FIFA presidency (6 August, Cairo). Decisions of a sports
    # governing body towards named parties are coded (the fifth and nineteenth sets' governing bodies, the twentieth
    # set's FIFA scandal), its internal meetings and appointments not (nineteenth set). s0 CAF unanimously refusing
    # to support the candidacy of Musa Bility, president of the Liberian federation (-> REJECT assist, the fifteenth
    # set's refused support; Cairo, where the decision was taken, as the place); s5 CAF mandating its president Issa
    # Hayatou to hold the necessary consultations with the officials of the continental confederations (planned
    # consultations between named parties -> CONSULT [F], mode null); s6 the arrest of seven members of FIFA's
    # executive committee in Zurich at the end of May (-> COERCE arrest [H], the twentieth set's "اعتقالات عدة";
    # ten weeks before; no arresting party named: actor null; the charges not coded apart) at the request of the US
    # judiciary (-> REQUEST [H], mode null; "بطلب": the fused ب left out); s10 Bility suspended by CAF in 2013 for
    # breaching the rules on confidential documents (in a relative clause, reported nowhere else; a governing body's
    # penalty -> SANCTION [H], mode null, the fifth and nineteenth sets); s11 Bility: "I have talked with some six
    # federation presidents in Africa" (talks of named parties -> CONSULT [H], mode null; his words of June, s8, more
    # than five weeks before). Not coded: s1 (the statement after the executive committee's meeting restating s0's
    # refusal), s2 (more time to study the options), s3 (the committee's next meeting: internal), s4 (naming two
    # representatives to FIFA's reform task force: an appointment), s6's Blatter re-election and s7 his forced
    # resignation and call for an extraordinary congress (a sports body's office and elections, the twenty-fifth
    # set's Zamalek resignation: PLOVER RETREAT resign is for government officials), s8-s9 (Bility's intention to
    # run and his views), s10's view of the suspension as revenge (his characterisation), s11's "أملك دعمهم" and
    # s12 (a claim and a conditional).
    "snn-127ee4a3c4a1": [
        ("REJECT", "assist", 0, "رفض", "الاتحاد الإفريقي لكرة القدم", "موسى بيليتي رئيس الاتحاد الليبيري", "القاهرة", ""),
        ("CONSULT", None, 5, "المشاورات الضرورية", "رئيسه الكاميروني عيسى حياتو", "مسؤولي الاتحادات القارية", None, "F"),
        ("COERCE", "arrest", 6, "اعتقال", None, "سبع أعضاء في لجنته التنفيذية", "زيوريخ", "H"),
        ("REQUEST", None, 6, "طلب", "القضاء الأمريكي", None, None, "H"),
        ("SANCTION", None, 10, "اوقفه", "الاتحاد الإفريقي", "بيليتي", None, "H"),
        ("CONSULT", None, 11, "تحدثت", "بيليتي", "نحو ستة رؤساء اتحادات في إفريقيا", None, "H"),
    ],
    # Okaz culture: the comedy play "Haya Khallik" on the generations (27 July). The plot, in which a son kills his
    # father, is fiction; the troupe and the cast: none.
    "snn-6c16efaa3e99": [],
    # Al-Madina column "الوعي الاجتماعي" (23 July). s1 the clip of young men's mass harassment of girls on the Jeddah
    # corniche days before: the harassment is not coded (no physical act described, the third and fifth sets' rule
    # for the same clip), "يجب أن يقابل بحزم" is the writer's opinion; s2 (the child and the Zamzam coolers) and s3
    # (Twitter's quick judgements) are social comment: none.
    "snn-009aa29dfb8a": [],
    # Asharq Al-Awsat sports: Mohammed Kanno "rebels" against Al-Ettifaq and the management threatens to punish him
    # (23 July). The player's absence from the camp in Turkey, the club source's charge of "rebellion", the
    # management's intention to ask the professionals committee for disciplinary and financial penalties, the coach
    # Paulo Sergio's claim to his penalty clause and the coming general assembly are internal to one club (club
    # business, the twenty-third set's al-Zubaidi of the same club); s1-s2's Youth Welfare intervention and its
    # appointment of the club's secretary-general as acting president (undated background; an appointment and a
    # tutelage have no PLOVER type, the twenty-fifth set's al-Maliki tutelage, the twentieth set's regulatory
    # decision): none.
    "snn-a61506f27c80": [],
    # Al-Eqtisadiah (DPA): the coalition strikes the house of a Houthi commander in Shabwa; eight Houthis killed in
    # Marib (Sunday 26 July). s0 coalition aircraft bombing the house of a military commander loyal to the Houthis in
    # the city of Ataq (-> ASSAULT aerial); s3 the truce declared by the Yemeni government and the coalition forces,
    # to begin that evening (inside the anchor "قبل ساعات من", with its actors, reported nowhere else -> CONCEDE, the
    # eighteenth set's "الهدن الثلاث التي أعلنتها قوات التحالف", the first and eighth sets' declared truces; the
    # declaration is made: no flag); s4 eight Houthis killed in clashes with the Popular Resistance in the city of
    # Marib (-> ASSAULT, mode null, the twenty-fifth set's Taiz "المواجهات": the Resistance as actor, the dead as
    # recipient); s5 violent clashes from Saturday evening to Sunday morning between the Popular Resistance and the
    # Houthi gunmen in al-Jufaina south-west of Marib (new content: the place and the two sides -> ASSAULT, both
    # sides as actor, the first and fourteenth sets' "من طرف" phrases) and the Houthi gunmen backed by the forces of
    # the former president Saleh (-> AID, the twentieth, twenty-third and twenty-fourth sets' "المدعومة"); s6 the two
    # sides using heavy and medium weapons (new content: the method -> ASSAULT heavy-weapons, the twenty-first set's
    # "الطرفان") and the Third Military Region loyal to President Hadi shelling the positions of the Houthis and
    # Saleh's forces with artillery (-> ASSAULT heavy-weapons); s7 coalition aircraft bombing the positions of the
    # Houthis and Saleh's forces in al-Jufaina (-> ASSAULT aerial). Not coded: s1 (the strike's toll and the
    # commander's name: s0 restated), s2 (flames and smoke), s3's "الغارات" (s0 restated), s8 (the Houthis trying to
    # advance to take the Resistance's positions and Marib: a standing aim, the twenty-second set's advances).
    "snn-9c814db60597": [
        ("ASSAULT", "aerial", 0, "قصف", "طيران التحالف", "منزل قائد عسكري موال لجماعة أنصار الله الحوثية", "مدينة عتق", ""),
        ("CONCEDE", None, 3, "أعلنتها", "الحكومة اليمنية وقوات التحالف", None, None, ""),
        ("ASSAULT", None, 4, "مواجهات", "المقاومة الشعبية", "ثمانية حوثيين", "مدينة مأرب", ""),
        ("ASSAULT", None, 5, "مواجهات عنيفة", "المقاومة الشعبية من جانب والمسلحين الحوثيين", None, "منطقة الجفينة جنوب غرب مأرب", ""),
        ("AID", None, 5, "المدعومين", "قوات الرئيس السابق على عبد الله صالح", "المسلحين الحوثيين", None, ""),
        ("ASSAULT", "heavy-weapons", 6, "استخدما الأسلحة الثقيلة والمتوسطة", "الطرفين", None, None, ""),
        ("ASSAULT", "heavy-weapons", 6, "قصفت", "المنطقة العسكرية الثالثة الموالية للرئيس عبد ربه منصور هادي", "مواقع الحوثيين وقوات صالح", None, ""),
        ("ASSAULT", "aerial", 7, "قصف", "طيران التحالف", "مواقع الحوثيين وقوات صالح", "الجفينة", ""),
    ],
    # Okaz: an expert to the paper: the joint statement put the ball in Iran's court (Dr Mohammed Abdelghani on the
    # GCC-US ministerial meeting in Doha, 3 August). s0 the ministerial meeting held in Doha the day before yesterday
    # (inside a relative clause, with its parties and place, reported nowhere else -> CONSULT multilateral, the
    # eighth and eighteenth sets' records of the same meeting, "للاجتماع الوزاري" with "الخليجي الأمريكي" as actor);
    # s1 the nuclear agreement Iran concluded with the international community (in a relative clause with its
    # parties -> AGREE, the eighteenth set's editorial on the same meeting; the eighth set's expert article left it
    # uncoded: the later set is followed; recent: not historical). Not coded: the expert's analysis (s0-s1 the
    # statement's importance, s2 the Gulf's repeated offers of dialogue, a series, and his charges against Iran's
    # conduct in Syria, Yemen and the Arab states, s3 Tehran "required" to prove its good faith, s4 the six months
    # and the inspectors awaited): an analyst's opinion, as the eighth set's experts and the eighteenth set's
    # editorial on the same statement, whose charges and demands on Iran were not coded.
    "snn-93030c953238": [
        ("CONSULT", "multilateral", 0, "للاجتماع الوزاري", "الخليجي الأمريكي", None, "الدوحة", ""),
        ("AGREE", None, 1, "الاتفاق النووي", "إيران", "المجتمع الدولي", None, ""),
    ],
    # Al-Weeam: Hamas denies Iranian claims that it takes part in Decisive Storm (19 July; the spokesman Sami Abu
    # Zuhri's statement). s0 Hamas denying the report of an Iranian news agency of an agreement between the movement
    # and Saudi Arabia on hundreds of its members taking part in Decisive Storm (a denial -> the denied act negated,
    # first and fourth sets: AGREE [N]; the participation is the agreement's content, not coded apart; the
    # Saudi-led operation in Yemen "for months" is background, not coded, as the earlier sets' mentions of Decisive
    # Storm); s1 Abu Zuhri: the Fars report "mere lies" (a charge against a named party -> ACCUSE allege; the denied
    # agreement restated, not coded again); s2 the "successful" recent visit of a Hamas delegation to Saudi Arabia
    # (-> CONSULT visit; "مؤخراً", days before: not historical; the host country as the place, recipient null, the
    # twenty-fifth set's Hochstein); s3 "the Saudi leadership did not ask for that" (an act stated not to have
    # happened -> REQUEST assist [N]). Not coded: s2's "محاولة تحريض على الحركة" (the same speaker's s1 charge
    # continued), s3's absolute denial (s0 restated) and "ولا حماس يمكن أن تفكر" (an attitude), s4 (the link line).
    "snn-01ae4327f457": [
        ("AGREE", None, 0, "اتفاق", "الحركة", "المملكة العربية السعودية", None, "N"),
        ("ACCUSE", "allege", 1, "مجرد أكاذيب", "سامي أبو زهري، المتحدث الرسمي باسم الحركة", "وكالة أنباء فارس الإيرانية", None, ""),
        ("CONSULT", "visit", 2, "زيارة", "وفد حماس", None, "السعودية", ""),
        ("REQUEST", "assist", 3, "طلبت", "القيادة السعودية", None, None, "N"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
