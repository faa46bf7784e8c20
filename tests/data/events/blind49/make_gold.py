"""Build events-blind49.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-ninth events blind set; same layout and guidelines as the first
forty-eight sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind48.jsonl and their blind/ ..
blind48/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind49.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind49.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-eighth sets' rule: here "عزلت" from "وعزلت", "استجوبت" from "واستجوبت", "احتج" from "واحتج", "اتهم" from
# "واتهم", "طالب" from "وطالب", "مساندة" from "ومساندة", "اتفقوا" as written, "محاكمته" from "ومحاكمته", "قمعها بالقوة",
# "ضرب" from "بضرب", "اتهام" from "بعد اتهام", "إلقاء القبض" from "من إلقاء القبض"); in actors, recipients and places the
# fused ب/ل/ك is left out ("الرئيس القبرصي نيكوس أناستاسيادس" from "بالرئيس", "محادثات السلام" from "بمحادثات", "قادة
# مصر واليونان" as written, "المدن السعودية" from "على المدن") and where the article's alif is elided the fused ل stays
# ("للجيش الأمريكي", the eighth set's record of the same Incirlik permission; "للتحالف"; "للشيخ عبدالواحد الدعام";
# "لقاهرة", the Libyan report's own spelling after "اجتماع"); spellings as written, copied exactly ("عناصر تنظيم
# «داعش" with its unclosed guillemet, "أبنا المناطق الوسطى" without its hamza, "تمرد الحوثي – صالح" with its dash,
# "بالمر (55 عاما)" with its bracket, "الجمعية الخيرية للطعام (إطعام)"); a string repeated in its sentence is picked by
# its occurrence (("تركيا", 1) in the Turkish column s13, ("اجتماع", 2) in the Libyan s1, ("ألقى", 1) and ("اشتباكات",
# 2) in the Daraa s3, ("قوات النظام", 1) in the Daraa s4, ("أمريكا", 1) and ("العراق", 1) in the ISIS column s5).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-eighth sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Yaum: Al-Fath's chairman leaves the team's camp in Tunisia, al-Bayawi holds two sessions (27 July). The
    # chairman's meeting with his own players, the federation member's visit to watch a friendly and the training
    # sessions (club business and sport, the twenty-ninth to forty-eighth sets: not coded). None.
    "snn-9c87ef7c948b": [],
    # Al-Watan column: the film director Raafat al-Mihi (26 July). An appreciation of a late director's films. None.
    "snn-95ce319bbbcb": [],
    # Al-Eqtisadiah: scholarships for master's and doctoral degrees at King Abdullah Medical City (4 August). An
    # institution's admission notice and programmes; s2 the city "studying" agreements with universities (a plan inside
    # an institution's programme, not an expressed willingness towards a named party: not coded). None.
    "snn-0531401b9151": [],
    # Al-Yaum: Ebsar trains the children of its "Building Hope" programme in mobility (6 August). s0 the trainer's views;
    # s1 he praised the role of the Ebsar charity (-> SUPPORT, the sets' praise, the twelfth set's "نوه" of the same
    # programme; the speaker an implied subject of "وأوضح", named only later in the sentence: actor null); s2 the course
    # started with the volunteers and the island that hosted the children (a charity's own programme with its partners:
    # not coded, the forty-seventh set's home's own Eid party) and the island manager's views; s3 the programme's aims.
    "snn-7c9ac8110d5b": [
        ("SUPPORT", None, 1, "نوه", None, "جمعية إبصار الخيرية", None, ""),
    ],
    # Asharq Al-Awsat: seven officials arrested over the escape of the drug lord "El Chapo" Guzman in Mexico (21 July).
    # s0 the attorney general's office announced the arrest of seven officials (-> COERCE arrest, the announcer as actor,
    # the forty-eighth set's ministry); s1 Guzman's escape on Saturday 11 July through a tunnel (an escape from prison,
    # no act towards another party: not coded) and its embarrassment; s2 officials' views; s3 the government removed the
    # prison's director (-> SANCTION, the sixth set's "الإعفاء" of officials) and questioned more than 30 prison officials
    # (-> ACCUSE investigate, the twelfth set's "استجوبت"; the named subject kept); s4 no names; s5 Pena Nieto's
    # admission (a view) and his return from a visit to France (inside the relative clause, its own actor and place,
    # reported nowhere else -> CONSULT visit); s6 the United States had asked for Guzman's extradition two weeks before
    # the escape (-> REQUEST, late June in an article of 21 July: recent; the addressee Mexico implied: null); s7 the
    # former attorney general Murillo had said in January that Mexico did not intend to extradite him (-> REJECT [H]).
    "snn-b08e21796aa5": [
        ("COERCE", "arrest", 0, "اعتقال", "مكتب النائب العام المكسيكي", "7 مسؤولين", None, ""),
        ("SANCTION", None, 3, "عزلت", "الحكومة", "قائد السجن", None, ""),
        ("ACCUSE", "investigate", 3, "استجوبت", "الحكومة", "أكثر من 30 مسؤولا بالسجن", None, ""),
        ("CONSULT", "visit", 5, "زيارة", "بينا نييتو", None, "فرنسا", ""),
        ("REQUEST", None, 6, "طلبت تسلم جوسمان", "الولايات المتحدة", None, None, ""),
        ("REJECT", None, 7, "لا تنوي تسليمه", "النائب العام السابق خيسيوس موريلو", None, None, "H"),
    ],
    # Al-Madina column: God protect you, my country (11 August). On the suicide bombing of the Emergency Forces mosque in
    # Asir of Thursday 6 August (recent): s0 the bombing named (-> ASSAULT explosives, the twenty-ninth set's column
    # record "للتفجير الإجرامي" of the same bombing; its target "طوارئ عسير" as written; the bomber unnamed: actor null);
    # s3, s5 the columnist's questions on the same bombing (not coded again); s14 ISIS's boasting of the killing (the
    # organisation's propaganda, a general practice: not coded); the rest feelings and the contact lines s15-s22 (the
    # e-mail address cut at its dots).
    "snn-c6c717f67bdd": [
        ("ASSAULT", "explosives", 0, "تفجير", None, "طوارئ عسير", None, ""),
    ],
    # Asharq Al-Awsat: Cyprus hosts peace talks amid a warm EU welcome (25 July). s0 Mogherini welcomed the peace talks
    # hosted by Cyprus (-> SUPPORT), during a visit (-> CONSULT visit, the island as place) in which she also praised the
    # island's role in the Middle East (-> SUPPORT, a second recipient); s1 she met President Anastasiades at the
    # presidential palace in Nicosia (-> CONSULT visit, a programme item with a new participant, the thirty-first and
    # thirty-third sets); s2 the island divided since 1974 by the Turkish invasion (-> ASSAULT [H], the forty-first and
    # forty-seventh sets' invasions; "ثلثها الشمالي" anaphoric: place null) in response to the Greek Cypriot nationalists' coup (-> ASSAULT [H], the fourteenth
    # and thirty-sixth sets' coups); s3-s6 her words on the meeting and the support (s0-s1 restated: not coded again);
    # s7 Netanyahu's visit planned for next week (inside "بالنظر إلى", its own actor -> CONSULT visit [F]; the place
    # Cyprus implied: null) and the views exchanged; s8 the Iran agreement of 14 July (a bare reference "الذي تم
    # توقيعه", the forty-seventh set); s10 Cyprus hosted in April a mini-summit with the leaders of Egypt and Greece (->
    # CONSULT multilateral [H], more than five weeks; implied subject: actor null) at which it was agreed to strengthen
    # counter-terrorism cooperation (-> AGREE [H], passive); s11 its talks with Israel on the gas (a continuing practice:
    # not coded).
    "snn-9afac37b8749": [
        ("SUPPORT", None, 0, "رحبت", "فيديريكا موغيريني، وزيرة الخارجية في الاتحاد الأوروبي", "محادثات السلام", None, ""),
        ("CONSULT", "visit", 0, "زيارة", "فيديريكا موغيريني، وزيرة الخارجية في الاتحاد الأوروبي", None, "قبرص", ""),
        ("SUPPORT", None, 0, "أثنت", "فيديريكا موغيريني، وزيرة الخارجية في الاتحاد الأوروبي", "الجزيرة", None, ""),
        ("CONSULT", "visit", 1, "التقت", "موغيريني", "الرئيس القبرصي نيكوس أناستاسيادس", "القصر الرئاسي في نيقوسيا", ""),
        ("ASSAULT", None, 2, "اجتياح", "القوات التركية", None, None, "H"),
        ("ASSAULT", None, 2, "انقلاب", "قوميون قبارصة يونانيون", None, None, "H"),
        ("CONSULT", "visit", 7, "الزيارة", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", None, None, "F"),
        ("CONSULT", "multilateral", 10, "قمة مصغرة", None, "قادة مصر واليونان", None, "H"),
        ("AGREE", None, 10, "تم الاتفاق", None, None, None, "H"),
    ],
    # Al-Watan: crowds at the funeral of the broadcaster Saud al-Dosari (10 August). A funeral, a death by heart attack
    # and the mourners' words (no act between parties; his visit to his mother a family visit). None.
    "snn-603129e292bb": [],
    # Asharq Al-Awsat: the Basra local government refuses to apply the new customs tariff law (6 August). s0 the Basra
    # local government refused to apply the law raised by the central government (-> REJECT, the sets' refusals of a
    # decision; the law as recipient; the raise itself a government's fiscal measure: not coded); s1 the council member's
    # words "we decided yesterday" (s0 restated); s2 the law in force since the first of the month (a measure inside one
    # government); s3 the traders and importers protested the new tariff (-> PROTEST demo, the first set's record of a
    # protest against a trade agreement; the lorries piled up a consequence); s4-s10 the member's views, s9 "the
    # demonstrations sweep Iraq" (general); s11 the council members spread to the ports to let goods in under the old law
    # (the refusal of s0 carried out: not coded again); s12-s18 the businessman's views; s19 al-Hashemi demanded that the
    # private sector be involved (-> REQUEST, the forty-seventh set's calls; the addressee "the government and the
    # finance ministry" is in s20: recipient null); s21 the demonstrations in Basra and other areas over water and
    # electricity (-> PROTEST demo, actor unnamed).
    "snn-03b683a4b171": [
        ("REJECT", None, 0, "رفضت", "حكومة البصرة المحلية", "قانون التعرفة الجمركية الجديد", None, ""),
        ("PROTEST", "demo", 3, "احتج", "التجار والمستوردون", "التسعيرة الجديدة", None, ""),
        ("REQUEST", None, 19, "طالب", "الهاشمي", None, None, ""),
        ("PROTEST", "demo", 21, "تظاهرات", None, None, "البصرة ومناطق اخرى في العراق", ""),
    ],
    # Al-Jazirah column: the Turkish spring!! (2 August). Facts stated as facts are coded, the columnist's views and
    # charges of a Turkish hand behind ISIS not (the thirty-fourth set): s0 ISIS's invasion of Kobani (-> ASSAULT [H],
    # September 2014; the reported meetings at the border the columnist's allegation: not coded); s1 a view; s4 the
    # Brussels conference of the coalition against ISIS of 3 December 2014 (inside the relative clause with its own date
    # and place -> CONSULT multilateral [H]; Turkey's hesitation a view); s6 Turkey's turn against ISIS and its strikes on
    # the organisation and the Kurds (-> ASSAULT, mode null, recent); s7 the breaking of the 2013 truce (the collapse of
    # an agreement without a named actor, the truce a bare reference: not coded) after the Turkish authorities accused the
    # Kurdish militants of attacking the security forces (inside "بعد", its own actor and target -> ACCUSE allege); s9 the
    # arrest of twenty ISIS suspects in Turkish areas (-> COERCE arrest, passive: actor null; "مناطق تركية" vague: null);
    # s11 the US blessing of Turkey's war (-> SUPPORT; "لها" a pronoun: recipient null) and the general charges against
    # Erdogan's party (standing: not coded); s13 Turkey's agreement to let the US army strike ISIS from Incirlik (->
    # AGREE, the eighth set's record of the same permission "وافقت على السماح"); s14-s22 a question and the list of other
    # articles.
    "snn-24bd077115bc": [
        ("ASSAULT", None, 0, "غزو كوباني", "تنظيم داعش", None, "كوباني", "H"),
        ("CONSULT", "multilateral", 4, "مؤتمر", "للتحالف", None, "بروكسل", "H"),
        ("ASSAULT", None, 6, "ضرب", "تركيا", "التنظيم والأكراد", None, ""),
        ("ACCUSE", "allege", 7, "اتهام", "السلطات التركية", "المسلحين الكرد", None, ""),
        ("COERCE", "arrest", 9, "اعتقال", None, "عشرين شخصاً", None, ""),
        ("SUPPORT", None, 11, "مباركة", "أمريكا", None, None, ""),
        ("AGREE", None, 13, "موافقة تركيا على السماح", ("تركيا", 1), "للجيش الأمريكي", "قاعدة إنجرليك الجوية الأمريكية في تركيا", ""),
    ],
    # Al-Watan: the central regions announce a resistance command council (7 August). s0 the provinces of the central
    # region (Ibb, al-Bayda, Dhamar, Raymah) announced the formation of the resistance command council of the central
    # regions under al-Daam (-> MOBILIZE militia, a resistance formed to fight, the thirteenth set's "الاحتشاد"; the
    # choice of the sector commanders part of it); s1 the council's first statement: military operations against the
    # Houthi-Saleh rebellion decided "according to plans being prepared" (-> THREATEN violence, the sets' announced
    # military responses; the cutting of supplies part of it) and support for the resistance in al-Dhale and the Janad
    # region with all they need (-> AID [F], a decided, not yet given help); s2 the statement's list of the militias'
    # deeds (general and standing charges: not coded) and the decision to mass and go to the field (s0-s1 restated); s3
    # the formation and the aims restated (not coded again); s4 the people of the central regions' apology to all who
    # faced the rebels and especially to al-Daam (-> CONCEDE, PLOVER "apologize"; the recipient named) and his choice as
    # leader (the council's own internal choice: not coded).
    "snn-c6cd4cbdb4fb": [
        ("MOBILIZE", "militia", 0, "تشكيل مجلس قيادة مقاومة المناطق الوسطى", "محافظات المنطقة الوسطى في اليمن", None, None, ""),
        ("THREATEN", "violence", 1, "القيام بعمليات عسكرية", "المجلس", "تمرد الحوثي – صالح", None, ""),
        ("AID", None, 1, "مساندة", "المجلس", "عناصر المقاومة الشعبية في محافظة الضالع وإقليم الجند", None, "F"),
        ("CONCEDE", None, 4, "اعتذارهم", "أبنا المناطق الوسطى", "للشيخ عبدالواحد الدعام", None, ""),
    ],
    # Okaz: a high council to run Libya to be formed (21 July). s0 a Libyan city kept secret to host next Thursday the
    # first round of dialogue among the tribes' elders and society's figures (-> CONSULT [F], the sets' planned
    # meetings; mode null, talks among national parties); s1 all Libyan parties invited to the meeting by the preparatory
    # committee (-> AGREE, the fifth, ninth and fourteenth sets' invitations) and the Cairo meeting of 25-28 May (a
    # comparison with its own place and dates -> CONSULT [H]; "لقاهرة" as written); s2 the council to be elected (a plan
    # inside the meeting: not coded); s3 the tribes to discuss the framework agreement signed in Skhirat on 12 July
    # (inside the relative clause, its own place and date, nine days before: recent -> AGREE, passive) and al-Majdoub's
    # praise of it as a historic development (-> SUPPORT, the sets' praise of a deal; the speaker an implied subject:
    # null); s4 diplomatic sources: the party that refused to sign, the GNC in Tripoli (-> REJECT; its alternatives of
    # signing or sanctions the sources' prediction: not coded); s5 the agreement's terms (contents: not coded).
    "snn-309d190955bc": [
        ("CONSULT", None, 0, "أول جولة للحوار", "شيوخ ووجهاء القبائل ورموز المجتمع", None, None, "F"),
        ("AGREE", None, 1, "دعيت", "اللجنة التي تقوم بالإعداد للمؤتمر", "جميع الأطراف الليبية", None, ""),
        ("CONSULT", None, 1, ("اجتماع", 2), None, None, "لقاهرة", "H"),
        ("AGREE", None, 3, "التوقيع", None, None, "مدينة الصخيرات المغربية", ""),
        ("SUPPORT", None, 3, "يمثل تطورا تاريخيا", None, "هذا الاتفاق", None, ""),
        ("REJECT", None, 4, "رفض توقيع الاتفاق", "المؤتمر الشعبي الذي يتخذ من طرابلس مقرا له", None, None, ""),
    ],
    # Al-Jazirah column: baloot behind bars (27 July). s0-s3 the columnist's views on Ramadan pictures; s4 the Medina
    # police arrested four citizens pictured playing baloot inside the Prophet's Mosque (-> COERCE arrest; Ramadan, less
    # than five weeks before: recent; the mosque the place of the game, not of the arrest: null); s5-s6 the search, their
    # identity and the initial questioning (the same arrest restated with details: not coded again); s7 a view; s8 the
    # list of other articles.
    "snn-670cc16564b7": [
        ("COERCE", "arrest", 4, "إلقاء القبض", "شرطة المدينة المنورة", "أربعة مواطنين", None, ""),
    ],
    # Al-Yaum: Kiev announces a demilitarised zone in eastern Ukraine (23 July). s0 Poroshenko approved a 30 km
    # demilitarised zone in Donbas (-> AGREE, an agreement to a de-escalation; the zone's place as location); s1 all
    # tanks and artillery to be withdrawn from the buffer zone (-> RETREAT withdraw [F], passive: actor null; the place
    # anaphoric: null) and his appearance in Luhansk (his own front: not coded); s2 its aim; s3 the Ukrainian side will
    # sign an agreement of the contact group (-> AGREE [F]); s4 Ukraine, the OSCE and Russia agreed on Tuesday evening to
    # withdraw the weapons (-> AGREE); s5 the Ukrainian authorities promised to bring back Yanukovych and try him (->
    # ACCUSE allege [F], the twenty-third and twenty-sixth sets' trials to come) after Interpol suspended its search
    # notice (inside "بعدما", its own actor -> RETREAT, mode null, the easing of a coercive measure; "عنه" a pronoun);
    # s6 his lawyers filed a complaint (-> ACCUSE allege, the complaint's target Interpol's notice, not named: null);
    # s7 parliament removed Yanukovych in February 2014 (-> SANCTION [H], the sixth set's dismissal) after the
    # pro-European protests (-> PROTEST demo [H]) which his regime put down by force (-> ASSAULT [H], mode null; the
    # place the Maidan in Kiev) and his flight to Russia (a part of the same history: not coded); s8-s9 the standing
    # charges and the notice's contents (not coded); s10 Interpol's confirmation (s5 restated); s11 the lawyers'
    # statement that the charges were part of political persecution (-> ACCUSE allege); s12-s14 the steps ahead and a
    # view (not coded).
    "snn-6c335ef04ff6": [
        ("AGREE", None, 0, "وافق", "الرئيس الأوكراني بيترو بوروشينكو", None, "منطقة دونباس", ""),
        ("RETREAT", "withdraw", 1, "سحب جميع الدبابات والمدفعية", None, None, None, "F"),
        ("AGREE", None, 3, "سوف يوقع اتفاقية", "الجانب الأوكراني", "مجموعة الاتصال", None, "F"),
        ("AGREE", None, 4, "اتفقوا", "أوكرانيا ومنظمة الأمن والتعاون في أوروبا وكذلك روسيا", None, None, ""),
        ("ACCUSE", "allege", 5, "محاكمته", "السلطات الاوكرانية", "الرئيس السابق فيكتور يانوكوفيتش المنفي في روسيا", None, "F"),
        ("RETREAT", None, 5, "علق", "الانتربول", None, None, ""),
        ("ACCUSE", "allege", 6, "رفعوا شكوى", "محامي يانوكوفيتش", None, None, ""),
        ("SANCTION", None, 7, "اقال", "البرلمان", "يانوكوفيتش", None, "H"),
        ("PROTEST", "demo", 7, "الاحتجاجات", None, None, "ساحة الميدان في كييف", "H"),
        ("ASSAULT", None, 7, "قمعها بالقوة", "نظامه", None, "ساحة الميدان في كييف", "H"),
        ("ACCUSE", "allege", 11, "الاضطهاد السياسي", "محامو الدفاع في مجموعة جوزف هاغ ارونسون في لندن", "السلطات الاوكرانية الجديدة", None, ""),
    ],
    # Al-Riyadh: unknown vandals deface a house of the "lion killer" (7 August). s0 vandals used spray paint to deface
    # Walter Palmer's holiday home in Florida (-> ASSAULT destroy, the sets' damaged property; the owner named as
    # recipient) for the charge of killing the lion (s2); s1 the police chief: the damage under investigation (-> ACCUSE
    # investigate, passive "يجري التحقيق": actor null); s2 Palmer charged with killing the lion Cecil illegally last month
    # (-> ACCUSE allege, passive: actor null; the killing itself the background of the charge); s3-s4 the report's time;
    # s5 the pig's feet thrown (a detail of s0: not coded apart); s7 the police's non-confirmation; s8 Palmer received
    # threats on social media (-> THREATEN, mode null, senders unnamed) and the police detained protesters outside his
    # office (-> COERCE arrest, as written "أوقفت"; the protest named only by the detained "محتجين": not coded apart); s9 his regret for killing
    # Cecil (-> CONCEDE, the eleventh and twenty-sixth sets' confessions; implied speaker: null); s11 cameras installed (a
    # security measure); s12-s13 the price, cut at "1.".
    "snn-c467b12ae82e": [
        ("ASSAULT", "destroy", 0, "تشويه", "مخربين", "طبيب الأسنان الأمريكي والتر بالمر", "فلوريدا", ""),
        ("ACCUSE", "investigate", 1, "التحقيق", None, None, None, ""),
        ("ACCUSE", "allege", 2, "اتهم", None, "بالمر", None, ""),
        ("THREATEN", None, 8, "تهديدات", None, "بالمر (55 عاما)", None, ""),
        ("COERCE", "arrest", 8, "أوقفت", "الشرطة", "محتجين", "ضواحي منيابوليس", ""),
        ("CONCEDE", None, 9, "في غاية الندم", None, None, None, ""),
    ],
    # Al-Jazirah: helicopters drop barrels on Daraa, shelling on Suwayda (27 July). The Syrian Observatory's digest of the
    # night of 26-27 July, each incident with its own actor and place (the sets' field digests): s0 three barrels on
    # al-Naima east of Daraa (-> ASSAULT aerial; the intensive bombing of Daraa and its countryside a general series);
    # s1 two barrels on al-Shaddadi (-> ASSAULT aerial); s2 an air raid on Tal Ishhib (-> ASSAULT aerial, actor unnamed)
    # and ISIS's attack on the regime-held Tal Maaz (-> ASSAULT, mode null); s3 barrels on Zabadani (-> ASSAULT aerial),
    # the clashes between the 4th Division and Hezbollah and the factions and local gunmen (-> ASSAULT, the two sides in
    # one actor phrase, the thirty-fourth set; the place "المدينة" anaphoric: null; the campaign since 4 July its aim),
    # the four fighters killed the day before yesterday in clashes with the regime forces in Zabadani and Western Ghouta
    # (-> ASSAULT, the toll with its own day and places) and ISIS's targeting of a regime position at the edge of
    # Qalamoun (-> ASSAULT); s4 the factions' rocket shells on Nubl and Zahraa (-> ASSAULT heavy-weapons), the regime's
    # shelling of Anadan (-> ASSAULT heavy-weapons), the clashes at Karm al-Tarrab (-> ASSAULT, two sides) and the
    # strikes of aircraft believed to be the coalition's on Sarrin (-> ASSAULT aerial).
    "snn-b25506f6c76e": [
        ("ASSAULT", "aerial", 0, "قصف الطيران المروحي", "الطيران المروحي", None, "بلدة النعيمة الواقعة في شرق مدينة درعا", ""),
        ("ASSAULT", "aerial", 1, "ألقى", "الطيران المروحي", None, "منطقة الشدادي", ""),
        ("ASSAULT", "aerial", 2, "قصف جوي", None, None, "تل اشهيب شرقي مطار خلخلة", ""),
        ("ASSAULT", None, 2, "استهدف", "عناصر تنظيم «داعش", "مناطق سيطرة قوات النظام", "تل معاز شرقي قرية شقا في ريف السويداء الشمالي", ""),
        ("ASSAULT", "aerial", 3, ("ألقى", 1), "الطيران المروحي", None, "مدينة الزبداني", ""),
        ("ASSAULT", None, 3, "الاشتباكات العنيفة", "الفرقة الرابعة وحزب الله اللبناني من جهة والفصائل المقاتلة ومسلحين محليين من جهة أخرى", None, None, ""),
        ("ASSAULT", None, 3, ("اشتباكات", 2), "قوات النظام والمسلحين الموالين لها", "4 مقاتلين من الكتائب المقاتلة", "الزبداني والغوطة الغربية", ""),
        ("ASSAULT", None, 3, "استهدف", "التنظيم", "تمركزاً لقوات النظام", "أطراف القلمون", ""),
        ("ASSAULT", "heavy-weapons", 4, "القذائف الصاروخية", "الفصائل المقاتلة", None, "بلدتي نبل والزهراء", ""),
        ("ASSAULT", "heavy-weapons", 4, "قصف", ("قوات النظام", 1), None, "بلدة عندان", ""),
        ("ASSAULT", None, 4, "اشتباكات", "قوات النظام مدعمة بقوات الدفاع الوطني وعناصر من حزب الله اللبناني من جهة، والكتائب المقاتلة من جهة أخرى", None, "أطراف حي كرم الطراب قرب مطار النيرب العسكري شرق حلب", ""),
        ("ASSAULT", "aerial", 4, "ضربات", "طائرات يعتقد أنها تابعة للتحالف الدولي", None, "منطقة صرين بريف حلب الشمالي الشرقي", ""),
    ],
    # Al-Weeam: the Alzheimer's and Ith'am charities conclude an agreement (21 July). s0 the Saudi Alzheimer's charity
    # concluded a cooperation agreement with the food charity Ith'am (-> AGREE, the forty-fourth set's cooperation
    # agreement between bodies); s1-s2 its occasion and its signing by the two charities' officials at the headquarters
    # in Riyadh (s0 restated with the signatories: not coded again); s3-s6 the officials' words, the programmes to come
    # and the charity's aims (plans and views: not coded); s7 the link line (the twentieth to forty-eighth sets: not
    # coded).
    "snn-72f0a3dbca52": [
        ("AGREE", None, 0, "أبرمت", "الجمعية السعودية الخيرية لمرضى ألزهايمر", "الجمعية الخيرية للطعام (إطعام)", None, ""),
    ],
    # Al-Jazirah column: ISIS is the most dangerous (10 August). The columnist's list of the crises since 1979, facts
    # stated as facts coded with their flags (the thirty-fourth and forty-seventh sets' recalled history), the views not:
    # s1 the Iran-Iraq war (-> ASSAULT [H]; the war named by its two sides' adjective only: actor null) and the feared
    # spread (a view); s2 Saddam's invasion of Kuwait of 1990 (-> ASSAULT [H], the forty-first set's "تغزو"); s3 the
    # coalition's attack of 1991 on the Iraqi forces (-> ASSAULT [H]), Saddam's missiles on the Saudi cities (->
    # ASSAULT heavy-weapons [H]) and his entry into Khafji (-> COERCE seize [H]); s4 al-Qaeda's attack of 11 September
    # 2001 (-> ASSAULT [H]; "civil aircraft" not one of PLOVER's modes: null) and the charges against the Kingdom (general:
    # not coded); s5 the US occupation of Iraq of 2003 (-> ASSAULT [H], the forty-seventh set's Soviet invasion) and Iran's
    # interference (a general practice); s6 al-Qaeda's attacks in the Kingdom of 2004 (-> ASSAULT [H], mode null); s7
    # the Arab Spring (a general wave: not coded); s8 ISIS's occupation of Iraqi and Syrian lands of 2014 (-> COERCE
    # seize [H]) and its presence elsewhere (standing); s10 the mosque bombings in Qatif, Dammam and Abha (-> ASSAULT
    # explosives; the last of the three, Abha, four days before: not flagged, the series named as one) and ISIS's
    # forces on the borders (standing); s11 a view; s12 the list of other articles.
    "snn-6db9154c8340": [
        ("ASSAULT", None, 1, "الحرب العراقية الإيرانية", None, None, "رأس الخليج العربي وشط العرب", "H"),
        ("ASSAULT", None, 2, "اجتاح", "الرئيس العراقي السابق صدام حسين", None, "الحدود الكويتية", "H"),
        ("ASSAULT", None, 3, "هجوماً", "قوات التحالف بقيادة أمريكا وبريطانيا", "القوات العراقية", "الكويت والأراضي العراقية", "H"),
        ("ASSAULT", "heavy-weapons", 3, "إطلاق صواريخ", "صدام حسين", "المدن السعودية", None, "H"),
        ("COERCE", "seize", 3, "الدخول", "صدام حسين", None, "الخفجي", "H"),
        ("ASSAULT", None, 4, "هاجمت", "منظمة القاعدة", "الأبراج الأمريكية وبعض المباني", None, "H"),
        ("ASSAULT", None, 5, "احتلت", ("أمريكا", 1), None, ("العراق", 1), "H"),
        ("ASSAULT", None, 6, "الهجمات", "منظمة القاعدة", None, "المملكة", "H"),
        ("COERCE", "seize", 8, "احتلت عسكرياً", "داعش", None, "أراضي وأقاليم عراقية وسورية", "H"),
        ("ASSAULT", "explosives", 10, "تفجير المساجد", None, None, "القطيف، الدمام، أبها", ""),
    ],
    # Asharq Al-Awsat: the Vienna orchestra apologises for its absence from a music festival in Tunisia (31 July). s0-s2
    # the El Jem festival's opening with the Mediterranean youth orchestra (a cultural programme); s3 the Vienna
    # orchestra declined to come after the terrorist attacks (a cultural body's cancellation, no political act towards
    # a party: not coded; the attacks a bare reference, named with their places in s7); s7 the attacks on the Bardo
    # museum (18 March) and the Sousse resort (26 June, five weeks before the article) (-> ASSAULT [H], one record for
    # the pair named together) and the director's call on the ministries (a necessity statement: not coded); s8-s12 the
    # director's fears, the programme and Italy's continuing support (a standing support: not coded).
    "snn-3bbb52b747a4": [
        ("ASSAULT", None, 7, "الهجمات الإرهابية", None, "تونس", "متحف باردو ومنتجع سوسة", "H"),
    ],
    # 3alyoum: a Saudi delegation presents investment opportunities to the French in Paris (24 July). s0 the dateline;
    # s1 a trade delegation of the Saudi-French Business Council headed by Mohammed bin Ali bin Laden arrives in Paris
    # "tomorrow" (-> CONSULT visit [F], the sets' planned visits); s2 the joint council's fifth meeting on its first day
    # (a body's own session, the forty-eighth set: not coded); s3 the joint meeting of the Saudi businessmen with their
    # French counterparts (-> CONSULT visit [F], a programme item with new participants) and the French agriculture
    # minister's meeting with the council's members (-> CONSULT visit [F]); s4 the council head's statement of the aims
    # (aims: not coded); s5-s6 the relations and trade figures; s7 the tag line.
    "snn-fdf6ee77701f": [
        ("CONSULT", "visit", 1, "يصل", "وفد تجاري من مجلس الأعمال السعودي الفرنسي برئاسة رئيس المجلس الدكتور محمد بن علي بن لادن", None, "العاصمة الفرنسية باريس", "F"),
        ("CONSULT", "visit", 3, "لقاء مشترك", "رجال الأعمال السعوديين", "نظرائهم الفرنسيين", None, "F"),
        ("CONSULT", "visit", 3, "يلتقي", "وزير الزراعة الفرنسية ستيفان لو فول", "أعضاء مجلس الأعمال السعودي الفرنسي", None, "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
