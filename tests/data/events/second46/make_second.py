"""Build events-second46.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 20 articles of the forty-sixth events blind set (../blind46/sample.jsonl), made to measure the
agreement of two careful annotators (the human ceiling of the events score). Same layout and guidelines as the first
forty-five sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind45.jsonl and their blind/ ..
blind45/ make_gold.py); blind45/make_gold.py was the template. The first annotation of these articles
(events-blind46.jsonl, blind46/make_gold.py, SOURCE-events-blind46.txt) was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second46.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind46", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second46.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-fifth sets' rule: here "وساطة ورعاية" from "بوساطة", "منعها" from "بمنعها", "تهمة «الاساءة للقرى الايرانية»"
# from "بتهمة", "هجوم بقنبلة يدوية" from "في هجوم"); in actors, recipients and places the fused ب/ل/ك is left out
# ("القيادة الإيرانية" from "للقيادة", "رفسنجاني" from "برفسنجاني"); spellings as written, copied exactly (the
# hamza-less "اصيب", "اقليم", "اميصوم", "الاسرائيلي" of the AFP copies; "قوّات الاحتلال" and "الضّفة" with their shaddas;
# "٢٦ مواطنًا فلسطينيًا" with its Arabic-Indic digits; 'متمردو "حركة الشباب"', 'قوة "اميصوم"', '"مسيرة السلام"' and
# 'منظمة "بي كيه كيه "' with their straight quotes and loose space; "«شركة تطوير وترميم الحي اليهودي»", "محطة
# «بهارستان»" and "كل شخص بحوزته «موبايل» ..." with their guillemets; "مالايقل" without its spaces); a string repeated in
# its sentence is picked by its occurrence (("محاولة اغتيال", 2) in the Sabha s3; ("المحافظين", 1), ("المحافظون", 3),
# ("هاشمي رفسنجاني", 2), ("رفسنجاني", 6) and 11, ("مهدي", 3) in the Rafsanjani s0; ("عدد من المعلمين", 2) in the
# teachers' s0; ("اختطاف", 1) in the Diyarbakir s1; ("قوات الاحتلال", 1) in the Jerusalem s7).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-fifth sets); a subject named earlier in the same sentence is kept for its further clauses, and a participant
# named earlier in the sentence is kept as the recipient of a pronoun (the forty-fourth and forty-fifth sets).
GOLD = {
    # Okaz: the status of 363,378 Yemenis corrected (24 July). s0-s1 the passports directorate's tally of the Yemenis
    # whose status was corrected under the royal directive of more than two months ago (a tally; the directive a
    # standing government measure for residents, not an act towards a party: not coded); s2 the directorate's call on
    # the eligible Yemenis to hurry to the correction centres and its statement that an embassy document alone does not
    # allow legal stay (an administrative requirement for applicants, the sets' vacancy and admission notices and the
    # forty-fifth set's education spokesman: not coded); s3-s6 the web address cut at its dots. None (hard case: the
    # royal directive could be read as AID [H], PLOVER's asylum to persons in its territory).
    "snn-49787bc3758f": [],
    # Al-Riyadh: the passports' director, the criminal act will not shake our country (10 August). A reaction article to
    # the suicide bombing of the emergency forces' mosque in Asir (6 August), coded as the twenty-seventh set's reaction
    # articles to the same bombing: one ACCUSE disapprove per speaker with the attack as object (recipient null) and the
    # attack coded once where it is described with its place. s0 Maj-Gen. Sulaiman al-Yahya's regret for the painful
    # incident (regret at another's act -> ACCUSE disapprove, the thirty-third and forty-fifth sets' "أسف") and the
    # incident that took place in the emergency forces' mosque in Asir (inside the relative clause, its own place ->
    # ASSAULT, mode null: "الحادث الأليم" names no method, the thirteenth, eighteenth and twenty-seventh sets' rule;
    # bombers not named: actor null; four days before: not historical); s1-s4 his further words on the same act
    # ("cowardly", "the Abha mosque bombing", the country's resilience: the same speaker's condemnation restated and
    # the attack restated, not coded again); s5 his prayer.
    "snn-b0a9aa8cf847": [
        ("ACCUSE", "disapprove", 0, "أسفه", "مدير عام الجوازات اللواء سليمان بن عبدالعزيز اليحيى", None, None, ""),
        ("ASSAULT", None, 0, "للحادث الأليم", None, None, "مسجد قوة الطوارئ الخاصة في منطقة عسير", ""),
    ],
    # Al-Watan: the Saudi Institute for Electronics opens admission (21 July). An institute's admission notice and the
    # trainees' benefits: none.
    "snn-20f121629974": [],
    # Asharq Al-Awsat: a shark kills a diver off Tasmania (26 July). An animal attack (no political or social actor)
    # and the daughter's flare: none.
    "snn-be49471f2a75": [],
    # Al-Jazirah: a ceasefire agreement between the Tuareg and Tebu tribes in southern Libya (27 July). s0 the two tribes
    # signed a ceasefire agreement in Sabha (-> AGREE, the two tribes as one actor phrase) through the mediation and
    # sponsorship of the Hasawna, Riyah... tribes and the people of al-Nasiriya (a mediation -> CONSULT, mode null, the
    # first and twenty-third sets' "وساطة"; the two tribes as recipient) with Amazigh notables present (not coded);
    # s1 the agreement's motive and terms (immediate end of fighting, return of the displaced, release of detainees,
    # the sponsors' liability clause: the agreement's content, not coded); s2 UNSMIL had expressed its deep concern over
    # the renewed clashes between the two tribes in the south (-> ACCUSE disapprove, recipient null, the thirty-seventh
    # set's "قلقه البالغ") and the clashes themselves (inside "إزاء", their own parties and place, reported nowhere else
    # -> ASSAULT, mode null, both sides in one actor phrase; the 60 dead "من الطرفين" their toll; the fighting of the
    # past days that brought the agreement: recent, not historical); s3 the assassination attempt on the constitution
    # drafting assembly member Ahmed Abubakr Mahjoub late on Saturday night in Sabha (-> ASSAULT targeted, PLOVER
    # "successful and attempted assassinations"; the lead "نجا ... من محاولة اغتيال" and the source's account in the same
    # sentence: one record; attackers not named).
    "snn-de4f44a5ec36": [
        ("AGREE", None, 0, "اتفاقاً لوقف إطلاق النار", "قبيلتي التبو والطوارق الليبيتين", None, "مدينة سبها", ""),
        ("CONSULT", None, 0, "وساطة ورعاية", "قبائل الحساونة والربائع والقذاذفة والمحاميد والزوائد وأهل منطقة الناصرية بسبها", "قبيلتي التبو والطوارق الليبيتين", "مدينة سبها", ""),
        ("ACCUSE", "disapprove", 2, "قلقها البالغ", "بعثة الأمم المتحدة للدعم في ليبيا", None, None, ""),
        ("ASSAULT", None, 2, "تجدد الاشتباكات", "قبيلتي التبو والطوارق", None, "جنوب ليبيا", ""),
        ("ASSAULT", "targeted", 3, ("محاولة اغتيال", 2), None, "عضو الهيئة التأسيسية لصياغة مشروع الدستور أحمد أبوبكر محجوب", "مدينة سبها", ""),
    ],
    # Asharq Al-Awsat: an officer and three soldiers killed by an IED in Sinai (23 July). s0 the IED planted by the
    # terrorist elements (-> ASSAULT explosives, the dead as recipient) during the army's combing of an area of Rafah
    # (inside "أثناء", its own actor and place -> COERCE seize, the fourth, nineteenth and twenty-fifth sets' "تمشيط",
    # PLOVER "execute search"); the spokesman's announcement not coded; s1 the many attacks since Morsi's removal (a
    # general series and a tally: not coded) and the removal itself (inside "منذ", its own recipient, reported nowhere
    # else -> COERCE, mode null [H], the tenth and forty-fifth sets' record of the same removal; "الإطاحة" passive:
    # actor null); s2 Ansar Bayt al-Maqdis the first responsible for the attacks (a standing charge, not coded) and its
    # allegiance to ISIS last year (-> COOPERATE [H], the thirty-fifth set's "اعلنت ولاءها", the latest against the third,
    # nineteenth and twenty-third sets' SUPPORT) and its change of name (not coded); s3 the group's last attack of 1 July
    # on army checkpoints in Rafah and Sheikh Zuweid (inside "بالهجوم", its actor, recipient and place -> ASSAULT, mode
    # null, as the forty-fifth set's record of the same attack; 22 days before: not historical; both sides' dead its
    # toll).
    "snn-658751b01fae": [
        ("ASSAULT", "explosives", 0, "انفجار عبوة ناسفة", "العناصر الإرهابية", "ضابط و3 جنود بالجيش المصري", "مدينة رفح في محافظة شمال سيناء", ""),
        ("COERCE", "seize", 0, "تمشيط", "قوات الجيش", None, "مدينة رفح في محافظة شمال سيناء", ""),
        ("COERCE", None, 1, "الإطاحة", None, "الرئيس الأسبق محمد مرسي", None, "H"),
        ("COOPERATE", None, 2, "أعلنت ولاءها", "جماعة «أنصار بيت المقدس»", "تنظيم داعش الإرهابي", None, "H"),
        ("ASSAULT", None, 3, "الهجوم على عدد من الكمائن", "للجماعة", "عدد من الكمائن للجيش المصري", "مدينتي رفح والشيح زويد", ""),
    ],
    # Al-Jazirah: Hezbollah recruits minors in the al-Zabadani battle and appeals to Iran (6 August). s0 the media's
    # reports of the party's dead and the al-Zabadani battle "which the party has fought with the regime's forces for
    # about a month" (a standing participation, the twenty-seventh set's "which sees the party fight beside Assad's
    # forces", the latest against the twenty-fifth set's coded battles: not coded); s1 the reported figures and funerals;
    # s2 Shia sources' statement that the war of attrition pushed the party to recruit minors (a charge -> ACCUSE allege,
    # the twenty-sixth set's "قام حزب الله بتجنيده"; the recruitment its content, not coded apart); s3 their example;
    # s4 the party's announcement of his "martyrdom" (a named death without an act, the twenty-seventh set's
    # acknowledged dead: not coded); s5 the funeral of another minor (not coded); s6 the announced death of more than six
    # party members, among them its field commander in al-Zabadani (-> ASSAULT, mode null, actor null, the eleventh and
    # twenty-seventh sets' Zabadani dead; no place of the killing written beyond the commander's title: location null);
    # s7 more than ten party members killed in an ambush inside Syrian territory (-> ASSAULT, mode null, the twenty-fifth
    # set's "كمين نصبه" with mode null; the party's silence on their names awaiting their families: not a charge, not
    # coded); s8 the mother not convinced (a state); s9-s10 lone full stops; s11 her rebuke to a party official before
    # the crowd, "shame on such a resistance that steals the young" (-> ACCUSE disapprove; the mother named in s8 only:
    # actor null, the sets' pronoun rule); s12 the Lebanese Forces site's view of the quagmire (a view); s13 the source:
    # the party asked the Revolutionary Guard to increase its military experts and send Iranian guerrilla fighters (->
    # REQUEST assist, military assistance, PLOVER "any form of assistance"); s14 Nasrallah's urgent letter to the Iranian
    # leadership explaining the battle (-> CONSULT phone, PLOVER "remote medium", the forty-first set's letter); s15 the
    # party backing away from the idea of bringing Iraqi Shia fighters (a plan dropped, not coded; their daily dead a
    # series); s16 the rocket fire from Lebanon and the regime's barrel bombs no longer effective (a general series and a
    # view: not coded).
    "snn-63b846047e0c": [
        ("ACCUSE", "allege", 2, "تؤكد", "مصادر شيعية", "الحزب", None, ""),
        ("ASSAULT", None, 6, "مقتل", None, "أكثر من ستة عناصر من الحزب", None, ""),
        ("ASSAULT", None, 7, "كمين", None, "اكثر من عشرة من عناصر حزب الله", "الأراضي السورية", ""),
        ("ACCUSE", "disapprove", 11, "يا عيب الشوم", None, "مسؤول في حزب الله", None, ""),
        ("REQUEST", "assist", 13, "طلب", "حزب الله", "الحرس الثوري الإيراني", None, ""),
        ("CONSULT", "phone", 14, "رسالة عاجلة", "أمين عام حزب الله حسن نصرالله", "للقيادة الإيرانية", None, ""),
    ],
    # Al-Yaum: 520 volunteer hours at the al-Ahsa community office (25 July). s0 the volunteers' hours and programmes (an
    # organisation's activities); s1 the director's thanks to the office's own departments (inside one organisation: not
    # coded); s2 the office had launched the "Tatawwa" project by signing an agreement with Manarat al-Ataa (-> AGREE, the
    # twenty-eighth and forty-fourth sets' agreements between companies and associations; "كان ... قد", undated
    # background: historical, the sets' rule, as the forty-fifth set's undated donation); s3 the agreement and the
    # partnership restated with their aims (not coded again); s4 the platform's services.
    "snn-ce19400d7b1b": [
        ("AGREE", None, 2, "توقيع اتفاقية", "المكتب", "منارات العطاء", None, "H"),
    ],
    # Al-Yaum: Israel strips five Palestinian quarters of Jerusalem's Old City of their ownership (6 August). s0 the
    # so-called Jewish Quarter development company disclosed that it has begun transferring the ownership of five
    # Palestinian quarters from their original owners to the settlers living there (a taking of property -> COERCE seize,
    # PLOVER "confiscate property"; the quarters as recipient, as the title); s1-s6 the settlement plan for the Mughrabi
    # quarter, its costs, buildings, the ministers' interest and the coming synagogue tender (planning and
    # administrative decisions, the thirty-sixth set's approval of units: not coded); s7 a French Jewish settler's
    # raising of the Israeli flag in the Dome of the Rock courtyard (the object of the confrontation, the thirty-eighth
    # set's record of the same kind of incident: not coded), the guards' and worshippers' confronting him (detailed in
    # s8), the occupation forces' beating of them (-> ASSAULT beat, PLOVER "blows"; "عليهم": the guards and worshippers
    # named earlier as recipient), four injured and arrested (-> COERCE arrest, the forces the named subject of the
    # sentence kept for "وتم اعتقالهم", as the thirty-eighth set's arrest of guards), the settler taken out (not coded)
    # and, the same dawn, the occupation forces' wide arrest campaign across the West Bank, 26 Palestinians (-> COERCE
    # arrest, the thirtieth set's campaigns); s8 the guards' request to the police to stop the settler (inside "رغم
    # طلب", its own actor and recipient -> REQUEST, mode null), the police ignoring it (a non-act, not coded), the
    # worshippers' and guards' removing and tearing the flag and the fist clashes with the settler and the forces (->
    # ASSAULT beat, PLOVER "fists"; the tearing of the flag part of it); s9 the forces' beating and pushing of the
    # guards and worshippers before Bab al-Silsila (the guards' account with its place, the thirty-eighth set's second
    # version -> ASSAULT beat) and their expressed anger and denunciation (-> ACCUSE disapprove; recipient null); s10 the
    # forces' arrest of Radwan Amr, head of the manuscripts department, and six guards (new named recipients -> COERCE
    # arrest) taken to Beit Eliyahu and then al-Qishla for interrogation (-> ACCUSE investigate, the thirtieth and
    # forty-first sets' "للتحقيق"; passive: actor null; the arrested named earlier as recipient).
    "snn-34eea8c83a9f": [
        ("COERCE", "seize", 0, "نقل ملكية", "«شركة تطوير وترميم الحي اليهودي»", "خمسة أحياء فلسطينية", "البلدة القديمة", ""),
        ("ASSAULT", "beat", 7, "الاعتداء عليهم بالضرب", ("قوات الاحتلال", 1), "حراس المسجد والمصلين", "صحن قبة الصخرة المشرفة", ""),
        ("COERCE", "arrest", 7, "اعتقالهم", ("قوات الاحتلال", 1), "أربعة من الحراس والمصلين", None, ""),
        ("COERCE", "arrest", 7, "حملة اعتقالات واسعة", "قوّات الاحتلال", "٢٦ مواطنًا فلسطينيًا", "الضّفة الغربية المحتلة", ""),
        ("REQUEST", None, 8, "طلب", "حراس المسجد الأقصى والمصلين", "الشرطة", None, ""),
        ("ASSAULT", "beat", 8, "اشتباكات بالأيدي", "المصلون والحراس", "المستوطن وقوات الاحتلال", None, ""),
        ("ASSAULT", "beat", 9, "اعتدت", "قوات الاحتلال", "حراس الأقصى والمصلين", "باب السلسلة", ""),
        ("ACCUSE", "disapprove", 9, "عبروا عن غضبهم واستنكارهم", "حراس الأقصى والمصلين", None, None, ""),
        ("COERCE", "arrest", 10, "اعتقلت", "قوات الاحتلال", "مدير قسم المخطوطات في المسجد الأقصى رضوان عمرو، وستة من الحراس", None, ""),
        ("ACCUSE", "investigate", 10, "للتحقيق", None, "مدير قسم المخطوطات في المسجد الأقصى رضوان عمرو، وستة من الحراس", "مركز «القشلة»", ""),
    ],
    # Al-Madina: elders, the "unjustified" financial burdens stole the joy of Eid (21 July). Reminiscences and views on
    # Eid customs in Asir: none.
    "snn-a986fda3e91c": [],
    # Okaz: a teachers' revolt in Iran, the authorities cut communications (23 July). s0 teachers' sit-in yesterday in
    # front of the parliament building (-> PROTEST demo, the second set's "اعتصم"; recipient null: against arrests and
    # low pay, no addressee named) in protest at the arrest of teachers (the protest's motivation, an earlier arrest,
    # PLOVER "should be coded" -> COERCE arrest, actor null; recent: not historical) and at Iran's support for armed groups
    # (a standing practice, not coded); s1 the repression forces deployed at the site since the early hours (-> MOBILIZE
    # police, the eighteenth, forty-second and forty-fourth sets' deployments; the site anaphoric: location null), closed
    # the streets leading to it and cut the telephone lines (-> COERCE restrict, PLOVER "cordoning off areas"; the cut
    # communications the same actor's act in the same sentence: one record, the unit rule) and the security forces'
    # arrest of everyone with a mobile or taking pictures (-> COERCE arrest, a new actor phrase); s2 the security forces
    # deployed at the Baharestan metro entrance with batons and shields (a new place -> MOBILIZE police) and the
    # announcements that the metro will not stop at Baharestan (a restriction of access, passive -> COERCE restrict,
    # actor null); s3 the teachers' attempts to pass the forces (part of the protest) and the women teachers' presence;
    # s4 the Basij women and the intelligence ministry's women threatening the protesting women teachers (-> THREATEN,
    # mode null: no content named); s5 about 100 teachers arrested after a raid by the repression forces and taken to
    # unknown places (-> COERCE arrest, the raid's named actor; the raid and the arrest one COERCE record, the unit rule).
    "snn-4a2317d46e5b": [
        ("PROTEST", "demo", 0, "اعتصم", "عدد من المعلمين الإيرانيين", None, "مبنى البرلمان الإيراني", ""),
        ("COERCE", "arrest", 0, "اعتقال", None, ("عدد من المعلمين", 2), None, ""),
        ("MOBILIZE", "police", 1, "انتشرت", "قوات القمع", None, None, ""),
        ("COERCE", "restrict", 1, "أغلقوا الشوارع", "قوات القمع", None, None, ""),
        ("COERCE", "arrest", 1, "اعتقلت", "قوات الأمن", "كل شخص بحوزته «موبايل» أو يقوم بالتقاط الصور", None, ""),
        ("MOBILIZE", "police", 2, "انتشرت", "قوات الأمن الإيرانية", None, "محطة «بهارستان»", ""),
        ("COERCE", "restrict", 2, "لا يتوقف قطار الانفاق", None, None, "محطة بهارستان", ""),
        ("THREATEN", None, 4, "تهدد", "النساء البسيجيات والأخريات التابعات لوزارة المخابرات", "المعلمات المحتجات", None, ""),
        ("COERCE", "arrest", 5, "اعتقال", "قوات القمع", "نحو 100 من المعلمين المجتمعين", None, ""),
    ],
    # Al-Weeam (Reuters): Iran will return to the oil market at full capacity once sanctions are lifted (21 July). s0 the
    # official's prediction (not coded; the deal a time anchor reported in s1); s1 Iran and the six world powers
    # reached a historic nuclear agreement "today" (-> AGREE, both sides in one actor phrase, the thirty-first to
    # forty-first sets' records of the same deal, once per article; 14 July: not historical; the ten years of talks a
    # bare anchor); s2 the oil price and the deal's easing of sanctions (the deal's content, a prediction); s3-s16 the
    # officials' plans and priorities, the refineries' interest, the minister's statement of last month on plans, the
    # analysts' views, the Reuters poll and figures (plans, views and tallies: not coded); s17 the link line (not coded,
    # the twentieth to forty-fifth sets).
    "snn-a4cc0406f936": [
        ("AGREE", None, 1, "توصلت", "إيران والقوى العالمية الست الكبرى", None, None, ""),
    ],
    # Al-Weeam: clashes during a racist organisation's demonstration in South Carolina (21 July). s0 dozens of members of
    # an anti-black organisation demonstrated on Sunday 19 July against the removal of the Confederate flag (-> PROTEST
    # demo; the removal a state decision, no addressee: recipient null); s1 limited clashes (-> ASSAULT, mode null,
    # actor null) after the deployment of large numbers of police in Columbia (inside "بعد", its own actor and place ->
    # MOBILIZE police, the eighteenth set's "تم نشر عناصر من الشرطة"); s2 the members' flags (part of the demonstration)
    # and the clashes that began after verbal exchanges between the anti-black side and the opposing protesters (the
    # clashes with their two sides named -> ASSAULT, mode null, both sides in one actor phrase; the verbal exchanges not
    # coded, the forty-fifth set's "a verbal quarrel" and the thirty-fifth set's "تلاسن"); s3 Ku Klux Klan members
    # gathered at the south side of the statehouse (the demonstration with its organisation named -> PROTEST demo) and
    # black-rights defenders gathered at the north side (a counter-demonstration -> PROTEST demo, the twenty-third set's
    # "مظاهرة مضادة"; the sides of the building descriptive: location null); s4 the agency; s5 the flag removed from
    # before the statehouse on 10 July (a state's own decision, passive: not coded) after the killing of nine black people
    # in a church in Charleston by a white extremist (inside "بعد", its own actor, recipient and place, reported nowhere
    # else -> ASSAULT, mode null: no weapon written; "in July" by the text: not historical); s6 Roof's justification and
    # pictures (not coded); s7-s9 the link line (not coded).
    "snn-8231167e7d6a": [
        ("PROTEST", "demo", 0, "تظاهر", "عشرات من أعضاء منظمة معادية للزنوج", None, "ولاية كارولينا الجنوبية الأمريكية", ""),
        ("ASSAULT", None, 1, "صدامات محدودة", None, None, "كولومبيا عاصمة الولاية", ""),
        ("MOBILIZE", "police", 1, "انتشار", "أعداد كبيرة من رجال الشرطة", None, "كولومبيا عاصمة الولاية", ""),
        ("ASSAULT", None, 2, "الصدامات", "المعادين للسود ومحتجين معارضين لتوجهاتهم", None, None, ""),
        ("PROTEST", "demo", 3, "احتشد", "أعضاء من منظمة “كو كلوكس كلان” المعادية للسود", None, None, ""),
        ("PROTEST", "demo", 3, "تجمع", "أشخاص يدافعون عن حقوق الأمريكيين السود", None, None, ""),
        ("ASSAULT", None, 5, "مقتل", "متطرف أبيض", "9 من السود", "تشارلستون", ""),
    ],
    # Al-Riyadh (AFP/Anadolu): ten Turkish policemen wounded in bombings and an officer kidnapped (26 July). s0 the lead:
    # at least ten policemen wounded in two bombings (-> ASSAULT explosives) and another kidnapped (-> ASSAULT abduct,
    # PLOVER "kidnap", the sets' kidnappings) in two south-eastern provinces (a named region); s1 the police: an officer
    # kidnapped in Diyarbakir province, the PKK believed to be behind it (-> ASSAULT abduct, the suspected actor named);
    # s2-s3 his route and the manner of the kidnapping, his family allowed to go on (details of s1: not coded again); s4
    # a separate incident: at least seven policemen wounded in a hand-grenade attack in Bismil, Diyarbakir (-> ASSAULT
    # explosives); s5 three policemen wounded in a bomb attack in Hakkari (-> ASSAULT explosives); s6 no claim (not
    # coded); s7 the wave of violence of the past week (background with its own acts, reported nowhere else as a main
    # clause, all within the week: not historical): the suicide bombing of Monday in Suruc, 32 dead (-> ASSAULT
    # suicide-attack), the clashes between the security forces and the PKK in Adiyaman with a soldier killed (-> ASSAULT,
    # mode null, both sides in one actor phrase, recipient null) and ISIS's cross-border attack of Thursday killing an
    # officer (-> ASSAULT, mode null); s8 the "peace march" against ISIS cancelled after the Istanbul governor's decision
    # to ban it (a ban on a political gathering -> COERCE restrict, PLOVER "restrictions on political freedoms"; the
    # march as recipient, the twenty-third set's "التظاهرة"), announced by the HDP (not coded); s9-s11 the HDP's statement
    # and the governorate's own statement of the ban with its reasons (the ban restated), the peace bloc's cancellation
    # (compliance with the ban, not coded); s12 the HDP's resolve (a view); s13 people demonstrating every day since the
    # Suruc attack to denounce Erdogan's Syria policy (a series bounded in time with its actor and target -> PROTEST demo,
    # the forty-fifth set's bounded series; "شوارع البلاد" vague: location null; the Suruc attack an anchor reported in
    # s7, its attribution to ISIS not coded); s14 the police dispersing most of these demonstrations with tear gas,
    # water cannon and rubber bullets (-> ASSAULT crowd-control, PLOVER "explicit mention of a crowd control weapon", the
    # thirty-first set's tear gas).
    "snn-c4fca0df81a7": [
        ("ASSAULT", "explosives", 0, "تفجيرين", None, "مالايقل عن عشرة من رجال الشرطة", "جنوب شرق تركيا", ""),
        ("ASSAULT", "abduct", 0, "اختطف", None, "آخر", "جنوب شرق تركيا", ""),
        ("ASSAULT", "abduct", 1, ("اختطاف", 1), "حزب العمال الكردستاني (بي كيه كيه)", "ضابط شرطة تركي", "اقليم ديار بكر جنوب شرق البلاد", ""),
        ("ASSAULT", "explosives", 4, "هجوم بقنبلة يدوية", None, "مالايقل عن سبعة من عناصر الشرطة", "منطقة بيسميل في ديار بكر", ""),
        ("ASSAULT", "explosives", 5, "هجوم بقنبلة", None, "ثلاثة من عناصر الشرطة", "اقليم هكاري شرق تركيا", ""),
        ("ASSAULT", "suicide-attack", 7, "تفجير انتحاري", None, "32 شخصًا", 'مدينة "سوروج" التابعة لولاية شانلي أورفة جنوب شرقي تركيا', ""),
        ("ASSAULT", None, 7, "اشتباكات", 'القوات الأمنية التركية، وعناصر منظمة "بي كيه كيه "', None, 'ولاية "أديامان"', ""),
        ("ASSAULT", None, 7, "هجوم لداعش", "داعش", "ضابط", "الحدود مع سورية", ""),
        ("COERCE", "restrict", 8, "منعها", "محافظ المدينة", '"مسيرة السلام"', "اسطنبول", ""),
        ("PROTEST", "demo", 13, "يتظاهر", "اشخاص", "الرئيس المحافظ رجب طيب اردوغان", None, ""),
        ("ASSAULT", "crowd-control", 14, "فرقت", "الشرطة", "معظم هذه التظاهرات", None, ""),
    ],
    # Asharq Al-Awsat (AFP): al-Shabaab assassinates a Somali MP and his guards in Mogadishu (26 July). s0 al-Shabaab's
    # claim of the killing of an MP with his two guards on Saturday (the act with the claimant as actor -> ASSAULT
    # targeted, PLOVER "targeted killings, including assassinations", the fortieth set's "اغتيال"; Obama's statement that
    # the group has weakened, a view inside "بعد": not coded); s1 the named MP ambushed and killed with his guards and
    # driver (the victim named, the driver and the ambush: new content -> ASSAULT targeted, "مهاجموه" as actor; "one of
    # the neighbourhoods south of the capital" vague: location null); s2 the UN envoy Nicholas Kay's condemnation (->
    # ACCUSE disapprove); s3 the claim restated (not coded again); s4 its statement that it "will continue targeting" MPs
    # (-> THREATEN violence; "قالت": actor null); s5 the Somali president's "displeasure" at the attack (-> ACCUSE
    # disapprove) and, inside "بعد اشهر على", the assassination of an MP in Puntland months before (its own recipient and
    # place, reported nowhere else -> ASSAULT targeted [H]); s6 his words (a resolve); s7 the witness: they opened fire on
    # the car, killing the MP and those with him (the method -> ASSAULT firearms, as the forty-fifth set's Shields
    # lead, actor and method); s8 the civil war since 1991 (a standing situation; Barre's fall a bare anchor); s9 the
    # movement's vow to fight the authorities (a standing stance); s10 the defeats inflicted by AMISOM and the increase in
    # assassinations (a general series); s11 Obama's praise of AMISOM's work on Saturday (-> SUPPORT) and his visit to
    # neighbouring Kenya ending today (inside the relative clause, its own place, reported nowhere else -> CONSULT visit
    # with the place, the forty-third to forty-fifth sets' trips without a named host); s12 his assessment (a view);
    # s13 the US drone strikes "always" (a standing practice); s14 AMISOM's new offensive of last week to drive
    # al-Shabaab out of the rural areas of Bay (-> ASSAULT, mode null; its aim not coded); s15 a local official's charge
    # that al-Shabaab forces civilians to flee with it as human shields (-> ACCUSE allege; its defeat a restatement, his
    # unawareness of civilian losses not coded); s16 the residents: a truck carrying fleeing civilians destroyed (->
    # ASSAULT destroy, PLOVER's residual mode: method not written, passive: actor null); s17 a resident: a missile hit a
    # truck and killed six civilians including two children (the method and the dead -> ASSAULT heavy-weapons, the sets'
    # missiles and rockets); s18-s19 the wounded and the other witnesses (tolls); s20 other residents earlier this week
    # holding AMISOM responsible for the killing of eight civilians in Merca (-> ACCUSE allege, the sixth set's
    # "تحميل المسؤولية"; the killing its content, the forty-third and forty-fourth sets' rule: not coded apart).
    "snn-93efba38d6de": [
        ("ASSAULT", "targeted", 0, "قتل", 'متمردو "حركة الشباب"', "نائب صومالي مع حارسيه", "مقديشو", ""),
        ("ASSAULT", "targeted", 1, "نصب له مهاجموه مكمنا وقتلوه", "مهاجموه", "النائب عبد الله حسين محمد مارا", None, ""),
        ("ACCUSE", "disapprove", 2, "ندد", "الموفد الخاص للامم المتحدة في الصومال نيكولاس كاي", None, None, ""),
        ("THREATEN", "violence", 4, "ستواصل استهداف", None, "النواب", None, ""),
        ("ACCUSE", "disapprove", 5, "استيائه", "الرئيس الصومالي حسن شيخ محمود", None, None, ""),
        ("ASSAULT", "targeted", 5, "اغتيال", None, "نائب", "منطقة بونتلاند للحكم الذاتي في شمال الصومال", "H"),
        ("ASSAULT", "firearms", 7, "اطلقوا النار", None, "النائب ومن كان معه", None, ""),
        ("SUPPORT", None, 11, "اشاد", "الرئيس الاميركي", "قوة اميصوم", None, ""),
        ("CONSULT", "visit", 11, "زيارة", "الرئيس الاميركي", None, "كينيا المجاورة", ""),
        ("ASSAULT", None, 14, "هجوما جديدا", "قوة اميصوم المؤلفة من فرق كينية واثيوبية وبوروندية واوغندية وجيبوتية", "الشباب", "اقليم باي", ""),
        ("ACCUSE", "allege", 15, "اكد", "عبد الرحمن محمد المسؤول في الحكومة المحلية", "حركة الشباب", None, ""),
        ("ASSAULT", "destroy", 16, "دمرت", None, "شاحنة كانت تنقل مدنيين", None, ""),
        ("ASSAULT", "heavy-weapons", 17, "اصاب صاروخ شاحنة", None, "ستة مدنيين منهم طفلان", None, ""),
        ("ACCUSE", "allege", 20, "حمل", "سكان آخرون", 'قوة "اميصوم"', None, ""),
    ],
    # Okaz sports: al-Wahda's foreign players after the Ismaily friendly (26 July). The camp, the friendly, the club
    # president's coming meeting with the staff and the honorary members' visit to the club's headquarters with their
    # agreement to step up visits and the president's praise (club business, the thirty-fourth set's al-Wahda honorary
    # members and the twenty-ninth to forty-fifth sets: not coded). None.
    "snn-2050ef915f5a": [],
    # Okaz column (al-Ehaidib): violating doctors threaten the minister (6 August). The columnist's account of government
    # doctors "banding together" against the health minister, their meetings and lobby against his corrective steps,
    # their habitual threats to move to the private sector and a proposal to spread a resignation threat on social media
    # (the ministry's own staff against their minister: inside one government; habitual threats and a proposal, general
    # practices; the rest the columnist's views): none (hard case: s3's "يهددون" could be read as THREATEN).
    "snn-7b70159283f3": [],
    # Asharq Al-Awsat: Adel Imam incites "revolution" (21 July). A review of a television drama's episode (fiction, the
    # twenty-third and twenty-fifth sets' drama reviews): none.
    "snn-f9b83acfed44": [],
    # Al-Madina: Iran's conservatives seek to topple Rafsanjani and Rouhani (11 August). One sentence s0: the
    # conservatives' aim to mobilise their media and money to bring down Rafsanjani after his candidacy (an aim and an
    # electoral announcement: not coded); their media's activation of the case of his son Mehdi Hashemi's imprisonment
    # and their questioning "what is the difference between Hashemi Rafsanjani and the other Iranians" (a media campaign
    # of criticism -> ACCUSE disapprove, one record for the campaign); the court's sentence of Mehdi to ten years on
    # corruption and security charges (inside the relative clause, its own actor and recipient -> SANCTION convict and
    # COERCE arrest, PLOVER's sentence with imprisonment; undated background: historical, the sets' rule); Rafsanjani's
    # contacts with the Supreme Leader and Khamenei's consent to "reduce" the sentence (communications and a decision
    # between two heads of state bodies, inside one government: not coded); Rafsanjani's farewell to his son (not an
    # event); the charges "which Rafsanjani described as false" (a rejection of the charges, inside the relative clause
    # with its own actor -> REJECT, mode null); Mehdi's words to the journalists before entering prison: the target was
    # his father, they wanted to smear him (-> ACCUSE allege, recipient unnamed; his entry into prison an anchor of the
    # sentence coded above); the family's tears; Rafsanjani's rise after the signing of the nuclear agreement between
    # Iran and the P5+1 (inside "إثر", its own parties, reported nowhere else -> AGREE, the thirty-eighth set's "توقيع
    # الاتفاق النووي"; 14 July, four weeks before: not historical); the experts' view of him as its architect (a view);
    # the conservatives' new plan to topple him by using the charge of "insulting Iranian villages" (the charge taken
    # up against him -> ACCUSE allege; the aim not coded).
    "snn-ddfaaace22a8": [
        ("ACCUSE", "disapprove", 0, "متسائلين", ("المحافظين", 1), ("هاشمي رفسنجاني", 2), None, ""),
        ("SANCTION", "convict", 0, "حكمت", ("المحكمة", 1), "نجله مهدي هاشمي", None, "H"),
        ("COERCE", "arrest", 0, "السجن لمدة 10سنوات", ("المحكمة", 1), "نجله مهدي هاشمي", None, "H"),
        ("REJECT", None, 0, "وصفها رفسنجاني بـ»الكاذبة»", ("رفسنجاني", 6), None, None, ""),
        ("ACCUSE", "allege", 0, "المستهدف كان أبي ولست أنا", ("مهدي", 3), None, None, ""),
        ("AGREE", None, 0, "توقيع الاتفاق النووي", "ايران والسداسية الدولية", None, None, ""),
        ("ACCUSE", "allege", 0, "تهمة «الاساءة للقرى الايرانية»", ("المحافظون", 3), ("رفسنجاني", 11), None, ""),
    ],
    # Al-Watan column: "Ahmed al-Jubrin's team, thank you!" (22 July). s0 al-Jubrin's tweet proposing a campaign to ask
    # Snapchat to publish #مكة_لايف (a proposal, carried out in s1); s1 al-Jubrin and those with him starting the pressure
    # on the owners of Snapchat to show live snaps from the Grand Mosque on the 27th night (a campaign of requests ->
    # REQUEST, mode null; events stated as facts in a column are coded, the sets' columns), the wide circle of users who
    # exerted the same pressure on the company (a new actor -> REQUEST) and the company compelled to respond to the
    # requests (yielding to the demand -> CONCEDE, the thirty-first set's "التزامه بتوجيهات"; the young men's explanation
    # to the company part of the campaign); s2 the live story and the reactions (not PLOVER events); s3 the columnist's
    # views.
    "snn-58010d2b6bb2": [
        ("REQUEST", None, 1, ("الضغط", 1), "أحمد الجبرين ومن معه", 'أصحاب موقع التواصل الاجتماعي الشهير "سناب شات"', None, ""),
        ("REQUEST", None, 1, "مارسوا بدورهم ذات الضغط", "شريحة كبرى من مستخدمي التقنية في الدول العربية والإسلامية", "الشركة العملاقة", None, ""),
        ("CONCEDE", None, 1, "الاستجابة", "الشركة العملاقة", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
