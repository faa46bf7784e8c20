"""Build events-blind48.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (forty-eighth events blind set; same layout and guidelines as the first
forty-seven sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind47.jsonl and their blind/ ..
blind47/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind48.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind48.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# forty-seventh sets' rule: here "وافق" from "ووافق", "زيارة" from "لزيارة", "نيران" from "بنيران", "رشق الحجارة" from
# "برشق", "التحصن" from "بالتحصن", "تسليم" from "بتسليم", "فضح الممارسات الإسرائيلية" from "لفضح", "تفكيكها" from
# "بتفكيكها", "رحبت" from "ورحبت"); in actors, recipients and places the fused ب/ل/ك is left out ("كتائب الثوار" from
# "لكتائب", "لواء السلطان مراد التابع للثوار" from "للواء", "وسط درعا" from "بوسط", "الاتفاق" from "بالاتفاق") and where
# the article's alif is elided the fused ل stays ("للجبهة الشامية", "للنصرة", the sets' rule); spellings as written,
# copied exactly ("انفجارعبوة ناسفة" run together, "منطقة كمب سارة ، وسط بغداد" with its loose comma, '"جبهة النصرة"',
# '"كارتر"', '"إسرائيل"' and 'رئيس الوزراء "الإسرائيلي" بنيامين نتنياهو' with their straight quotes, the right-to-left
# marks inside "حي عين اللوزة في بلدة ‏سلوان جنوب ‏المسجد الأقصى المبارك", "لجنة حقوق الإنسان العربية "لجنة
# الميثاق"", "الاقصى" without its hamza in the Aqsa s1-s2, "اعزاز" beside the same article's "أعزاز"); a string
# repeated in its sentence is picked by its occurrence (("اليمن", 1) in the human-rights s0, ("الزبداني", 2) in the
# Zabadani s3, ("القوات الحكومية", 2) in the Daraa s1, ("الشرطة الاسرائيلية", 1/2) and ("المسجد الاقصى", 2) in the Aqsa
# s2, ("قوات الاحتلال", n) in the Aqsa s4-s7, ("الشركة", 2) in the electricity s1).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to forty-seventh sets); a subject named earlier in the same sentence is kept for its further clauses.
GOLD = {
    # Al-Eqtisadiah: Al-Faisaly beat Ahal of Turkmenistan 3-0 in a friendly at its camp in Afyon (25 July). A match, its
    # scorers and the captain's praise of his own club's camp (club business and sport, the twenty-ninth to
    # forty-seventh sets: not coded). None.
    "snn-e91ab1cff848": [],
    # Al-Yaum: Al-Raed signs the Guinean defender Kamil Zayatte (26 July). A club's contract with a player (club business,
    # the sets: not coded). None.
    "snn-7b92feda092c": [],
    # Asharq Al-Awsat: "DVD", Al Pacino's ten best films (21 July). A list of films, cut at every "." of the numbers and
    # initials (s2-s24) and the picture caption (s25-s26). None.
    "snn-78d03d3784f2": [],
    # Al-Eqtisadiah: the Dawadmi hospital's statement on a body handed to the wrong family (25 July). s0 an urgent committee
    # formed to investigate the matter and report to the Riyadh health directorate (-> ACCUSE investigate, the sets'
    # "تشكيل لجنة تحقيق", the twenty-ninth and thirty-first sets; passive "تم تشكيل": actor null; the accountability
    # an aim); s1 the body returned to its family and the measures to hold the negligent to account (a remedy and a
    # standing procedure inside one institution: not coded); s2 an empty line of marks.
    "snn-ef04e08467fe": [
        ("ACCUSE", "investigate", 0, "تشكيل لجنة عاجلة للتحقيق", None, None, None, ""),
    ],
    # Al-Eqtisadiah (DPA): UN member states set goals to end poverty and hunger by 2030 (4 August). s0 the final document
    # agreed by all member states praised on Monday by UN officials and member states (-> SUPPORT, praise, the sets'
    # welcomes; the document as recipient, as the sets' welcomed agreements); s1 the 193 member states agreed the text on
    # Sunday night, ending three years of negotiations (-> AGREE, mode null; the negotiations' end a bare reference) and
    # its formal adoption by the world leaders at the UN summit in September, inside the relative clause with its own
    # actor (-> AGREE [F], the sets' planned acts); s2 the agreement restated with its 17 goals (contents of an
    # agreement: not coded, the thirty-fourth set); s3 the Paris climate agreement due in December to become part of the
    # agenda (the agenda's contents and a prospect: not coded); s4-s6 Ban Ki-moon's words (his evaluation of the
    # adoption, the s0 praise in the words of one official: not coded apart) and the split year "2015" (s5); s7 civil
    # society organisations welcomed the agreement (-> SUPPORT); s8-s9 the WWF's and ONE's spokesmen's words (the
    # s7 welcome in the words of its organisations: not coded apart); s10-s11 figures (the split year "1990").
    "snn-aa4172a441ca": [
        ("SUPPORT", None, 0, "إشادة", "مسؤولين في الامم المتحدة ودول أعضاء", "وثيقة ختامية", None, ""),
        ("AGREE", None, 1, "وافق", "193 دولة هم جميع الدول الأعضاء في الأمم المتحدة", None, None, ""),
        ("AGREE", None, 1, "سيتم اعتمادها رسميا", "قادة العالم", None, None, "F"),
        ("SUPPORT", None, 7, "رحبت", "منظمات المجتمع المدني", "الاتفاق", None, ""),
    ],
    # Al-Riyadh: the Arab Human Rights Committee: half of Yemen's population at risk (6 August). s0 the committee is
    # forming a delegation to visit Yemen for a field inquiry in response to the Yemeni government's invitation (->
    # CONSULT visit [F], the sets' planned visits; the invitation's acceptance the eighth set's record of 31 July, here
    # the reason of the delegation: not coded again; the attacks on civilians a general statement); s1 al-Yami's words at
    # the committee's 34th meeting in Cairo yesterday (a body's own session: not coded, the sets' meetings inside one
    # body); s2 the committee reviewed the arrangements for the visit (s0 restated; the violations it is to look into an
    # aim: not coded); s3 the committee heard a presentation by the Yemeni human rights minister al-Asbahi (-> CONSULT,
    # mode null, the sets' briefings outside a visit; the place of s1 not in the sentence: null) who set out how the
    # Houthis' and Saleh's forces' armed rebellion is a direct and continuing aggression on the Yemeni people's rights
    # (-> ACCUSE disapprove, the eighth set's record of the committee's same charge).
    "snn-5ce1cedd61ba": [
        ("CONSULT", "visit", 0, "زيارة", 'لجنة حقوق الإنسان العربية "لجنة الميثاق"', None, ("اليمن", 1), "F"),
        ("CONSULT", None, 3, "استمعت لعرض", "اللجنة", "عز الدين الأصبحي وزير حقوق الإنسان في اليمن", None, ""),
        ("ACCUSE", "disapprove", 3, "يشكل اعتداء مباشرا ومتواصلا", "عز الدين الأصبحي وزير حقوق الإنسان في اليمن", "جماعة الحوثي والقوات الموالية لعلي عبدالله صالح", None, ""),
    ],
    # Asharq Al-Awsat: Assad's forces fall back in Zabadani; Hezbollah: it is Lebanon's battle (21 July). s0 two massacres
    # in Idlib and Aleppo provinces on the first day of Eid (17 July, recent) carried out by the regime's warplanes and
    # helicopters (-> ASSAULT aerial, the sets' regime air raids); s1 the regime's air force intensified its bombing of
    # the Zabadani front (-> ASSAULT aerial) after its forces and allied militias were forced to fall back from a number
    # of positions (inside "بعد أن", its own actor, reported nowhere else but the title -> RETREAT withdraw, the sets'
    # withdrawals; "عدد من المواقع" vague: place null); s2 the tolls of s0's massacres by town (tolls reported apart, the
    # thirty-fourth set: not coded) and the continuing battles around the four besieged towns (a general series); s3 the
    # activists' report two weeks into the Zabadani campaign: 34 Hezbollah, 17 regime and two IRGC members killed against
    # 30 opposition fighters (-> ASSAULT x2, mode null, actor null: the tolls of a bounded battle, the twenty-seventh and
    # forty-sixth sets' Zabadani tolls; the two sides' dead apart); s4 the report's count of barrels and rockets since 3
    # July (a statistic of the same report: not coded apart); s5 a Hezbollah leader defended the party militia's fighting
    # in Zabadani (-> ASSAULT, mode null, the forty-sixth set's "معركة الزبداني التي يخوضها الحزب"; the defence itself a
    # repeated standing position: not coded); s6-s7 Qaouk's words at a memorial (justifications and views: not coded);
    # s8-s9 the Ramadan tolls of the whole conflict (general tolls: not coded); s10-s13 the "المزيد" tail.
    "snn-e507b97c6e03": [
        ("ASSAULT", "aerial", 0, "مجزرتين", "طيران النظام الحربي والمروحي", None, "محافظتا إدلب وحلب في شمال سوريا", ""),
        ("ASSAULT", "aerial", 1, "قصفه", "طيران النظام", None, "جبهة مدينة الزبداني في ريف دمشق الغربي", ""),
        ("RETREAT", "withdraw", 1, "التراجع", "قواته والميليشيات المتحالفة معه", None, None, ""),
        ("ASSAULT", None, 3, "مقتل", None, "34 عنصرا من حزب الله و17 من قوات النظام، بالإضافة إلى عنصرين من الحرس الثوري الإيراني", ("الزبداني", 2), ""),
        ("ASSAULT", None, 3, "سقوط", None, "30 مقاتلا من المعارضة المسلحة", ("الزبداني", 2), ""),
        ("ASSAULT", None, 5, "المعارك", "ميليشيا الحزب", None, "الزبداني", ""),
    ],
    # 3alyoum: 19 killed and wounded in separate incidents in Iraq (9 August). s0 the dateline; s1 the lead: six killed,
    # 13 wounded and two bodies found in separate incidents in Baghdad and Kirkuk (-> ASSAULT, mode null, actor null, the
    # thirty-fourth set's lead of incidents, coded beside its details with their new places and methods, the forty-fifth
    # and forty-sixth sets); s2 a roadside bomb near shops in Camp Sara (-> ASSAULT explosives); s3 a roadside bomb near a
    # market in New Baghdad (-> ASSAULT explosives); s4 a teacher and his wife killed by unknown gunmen's fire in al-Ja'ara
    # (-> ASSAULT firearms); s5 a man killed by unknown gunmen with machine guns near the 5 June district in Kirkuk (->
    # ASSAULT firearms); s6 the two bodies found shot near the Kirkuk-Erbil road (-> ASSAULT firearms, the killing, actor
    # null; the finding itself not coded apart); s7 the tag line.
    "snn-3f4f0914de03": [
        ("ASSAULT", None, 1, "حوادث أمنية منفصلة", None, "6 أشخاص", "بغداد وكركوك", ""),
        ("ASSAULT", "explosives", 2, "انفجارعبوة ناسفة", None, "شخصين", "منطقة كمب سارة ، وسط بغداد", ""),
        ("ASSAULT", "explosives", 3, "الانفجار بعبوة ناسفة", None, "شخص", "منطقة بغداد الجديدة", ""),
        ("ASSAULT", "firearms", 4, "نيران", "مسلحين مجهولين", "مدرس وزوجته", "منطقة الجعارة التابعة لقضاء المدائن جنوبي العاصمة", ""),
        ("ASSAULT", "firearms", 5, "هجوم", "مسلحون مجهولون", "شخص", "حي واحد حزيران جنوبي مدينة كركوك", ""),
        ("ASSAULT", "firearms", 6, "رميًا بالرصاص", None, "رجلين مجهولي الهوية", "الطريق الرابط بين كركوك واربيل شمالي المدينة", ""),
    ],
    # Al-Madina (Reuters): the Syrian opposition steps up its attacks on Assad's forces in Daraa (25 July). s0 the armed
    # opposition said it intensified its shelling of a main area of Assad's forces in central Daraa on Friday (-> ASSAULT
    # heavy-weapons, the sets' shelling; the aim to wrest control not coded); s1 last month the Southern Front launched an
    # attack to drive out the remaining government forces (-> ASSAULT, mode null; "الشهر الماضي", the offensive of late
    # June about a month before: recent by the text, as the twelfth, nineteenth, twenty-fourth and thirty-eighth sets'
    # "last month") and came under a counter-attack by the government forces relying on air power (-> ASSAULT aerial; the
    # named subject "الجبهة الجنوبية" kept as recipient of its further clause); s2 the city's division (a standing
    # situation); s3 the spokesman on the latest attack's target (s0 restated with the target's name: not coded again); s4
    # his views; s5-s6 its importance and a condition (not coded); s7 the Observatory: the Syrian army attacked the town of
    # al-Ghariya al-Gharbiya last night, 13 killed, in a week of intensified air bombardment (-> ASSAULT aerial; the toll
    # part of the record).
    "snn-95bcbc523778": [
        ("ASSAULT", "heavy-weapons", 0, "كثفت قصفها", "المعارضة المسلحة في سوريا", "منطقة رئيسية لقوات الأسد", "وسط درعا", ""),
        ("ASSAULT", None, 1, "هجوما", "الجبهة الجنوبية", "القوات الحكومية المتبقية", None, ""),
        ("ASSAULT", "aerial", 1, "هجوم مضاد", ("القوات الحكومية", 2), "الجبهة الجنوبية", None, ""),
        ("ASSAULT", "aerial", 7, "هاجم", "الجيش السوري", "13 شخصا معظمهم من النساء والأطفال", "بلدة الغارية الغربية الواقعة إلى الشرق من درعا", ""),
    ],
    # Al-Riyadh: new clashes at al-Aqsa; the occupation continues its raids and arrests (3 August). s0 clashes broke out on
    # Sunday at al-Aqsa mosque (-> ASSAULT, mode null, sides unnamed: actor null) two days after the settlers' arson of
    # the toddler's home in the West Bank (inside "على إثر", its own actor, target and place, reported in this article
    # only in anchors -> ASSAULT primitive, the fifth to ninth sets' records of the same arson; Friday: recent); s1 the
    # police statement: masked youths barricaded themselves inside the mosque after throwing stones at the police (->
    # ASSAULT primitive, stones, and COERCE seize, the ninth and thirteenth sets' "تحصن"); s2 dozens gathered on Sunday
    # morning with pictures of the toddler at the mosque's gates (-> PROTEST demo), the police barriers that kept them
    # out (inside the relative clause, its own actor -> COERCE restrict; the named "العشرات" kept as recipient), the arson
    # restated in the relative clause (not coded again) and the police's entry into al-Aqsa last week to expel the
    # Palestinians barricaded there (-> COERCE seize, the thirty-eighth set's storming; "last week": recent); s3 the
    # extremists' use of the visiting hours (a standing practice: not coded); s4 six Palestinians arrested in Hebron
    # governorate, four of them named, after their homes were raided (-> COERCE arrest, one record for the arrests and
    # their names; the raid the means of the arrest: not coded apart); s5 a suspicious object blown up (no party targeted:
    # not coded), two young men arrested at a checkpoint at the entrance of Beit Ummar (-> COERCE arrest), shops searched
    # and surveillance cameras seized in al-Fawwar camp (-> COERCE seize, PLOVER "confiscate property"; the search part of
    # it) and two checkpoints set up (-> COERCE restrict, the forty-second and forty-sixth sets' closures; the named
    # subject "قوات الاحتلال" kept for the further clause); s6 the forces smashed the door of the freed prisoner's home in
    # Silwad and its contents (-> ASSAULT destroy, the thirty-fourth set's destroyed property; the search part of it); s7
    # they led him away bound and blindfolded (-> COERCE arrest) and arrested the youth Naim Abu Sara in Silwan after
    # blowing up his family's door (-> COERCE arrest; the door the means of the arrest, inside "بعد": not coded apart).
    "snn-1265a2157dbd": [
        ("ASSAULT", None, 0, "اشتباكات", None, None, "المسجد الأقصى في القدس الشرقية المحتلة", ""),
        ("ASSAULT", "primitive", 0, "إضرام", "مستوطنين متطرفين", "رضيع فلسطيني", "الضفة الغربية المحتلة", ""),
        ("ASSAULT", "primitive", 1, "رشق الحجارة", "عدداً من الشبان الملثمين", "قوات الشرطة", None, ""),
        ("COERCE", "seize", 1, "التحصن", "عدداً من الشبان الملثمين", None, "المسجد الاقصى", ""),
        ("PROTEST", "demo", 2, "تجمع", "العشرات", None, "بوابات المسجد الاقصى", ""),
        ("COERCE", "restrict", 2, "منعتهم من الدخول", ("الشرطة الاسرائيلية", 1), "العشرات", None, ""),
        ("COERCE", "seize", 2, "دخلت", ("الشرطة الاسرائيلية", 2), "فلسطينيين تحصنوا فيه", ("المسجد الاقصى", 2), ""),
        ("COERCE", "arrest", 4, ("اعتقلت", 1), "قوات الاحتلال الإسرائيلي", "ستة فلسطينيين", "محافظة الخليل", ""),
        ("COERCE", "arrest", 5, "اعتقلت", ("قوات الاحتلال", 2), "مالك نايف الصليبي (21 عاماً)، وأمير إبراهيم صبارنة (23 عاما)", "حاجز عسكري على مدخل بلدة بيت أمر", ""),
        ("COERCE", "seize", 5, "استولت على كاميرات مراقبة", ("قوات الاحتلال", 3), None, "مخيم الفوار", ""),
        ("COERCE", "restrict", 5, "نصبت حاجزين عسكريين", ("قوات الاحتلال", 3), None, None, ""),
        ("ASSAULT", "destroy", 6, "تحطيم باب منزل", "قوات الاحتلال", "الأسير المحرر ماهر نادر مبارك (25 عاماً)", "بلدة سلواد شرق مدينة رام الله", ""),
        ("COERCE", "arrest", 7, "اقتادت", ("قوات الاحتلال", 1), "الأسير", None, ""),
        ("COERCE", "arrest", 7, "اعتقلت", "قوات الاحتلال الإسرائيلي", "الفتى نعيم أبو سارة (18 عاماً)", "حي عين اللوزة في بلدة \u200fسلوان جنوب \u200fالمسجد الأقصى المبارك", ""),
    ],
    # Al-Watan: al-Nusra hands Syrian positions over to the rebels (7 August). s0 al-Nusra announced its agreement to hand
    # over its points on the Syrian-Turkish border to the rebel brigades (-> AGREE, the sets' expressed willingness) after
    # a meeting of the main military factions in Aleppo (inside "بعد", its own actor and place, reported nowhere else ->
    # CONSULT, mode null, the sets' talks outside a visit); s1 al-Nusra handed the village of Hur Kalas to the Sultan Murad
    # brigade (-> RETREAT withdraw, a yielded position); s2 it pledged to evacuate all its positions on the ISIS fronts and
    # hand its headquarters in Azaz to the Levant Front (a pledge -> AGREE, the sets' promises; implied subject: actor
    # null); s3 the Turkish government had earlier announced its rejection of any al-Nusra presence on the border (->
    # REJECT [H], undated "وكانت ... في وقت سابق", the forty-fifth to forty-seventh sets' undated rule; the safe-zone
    # project a plan); s4 the coalition's media official: the Iranians, Hezbollah, the regime and Jibril's group use
    # internationally banned weapons to destroy Zabadani (-> ACCUSE allege); s5 the coalition's political body discussed
    # the situation at its first meeting in Istanbul (a body's own meeting: not coded; the Doha meetings and the
    # trilateral meeting bare references); s6-s8 al-Bahra's views and what Iran must do (views and necessity statements:
    # not coded; the talks on the Iranian initiative "ما يشاع", rumoured).
    "snn-e27b63fa1f2d": [
        ("AGREE", None, 0, "موافقتها", '"جبهة النصرة"', "كتائب الثوار", None, ""),
        ("CONSULT", None, 0, "اجتماع", "الفصائل العسكرية الكبرى", None, "حلب", ""),
        ("RETREAT", "withdraw", 1, "تسليم", "النصرة", "لواء السلطان مراد التابع للثوار", "قرية حور كلس", ""),
        ("AGREE", None, 2, "تعهدت", None, "للجبهة الشامية", "مدينة اعزاز الواقعة بريف حلب الشمالي", ""),
        ("REJECT", None, 3, "رفضها", "الحكومة التركية", "للنصرة", None, "H"),
        ("ACCUSE", "allege", 4, "يستخدمون أسلحة محرمة دوليا", "المسؤول الإعلامي في الائتلاف الوطني السوري المعارض أحمد كامل", "الإيرانيين وحزب الله والنظام السوري وجماعة أحمد جبريل", None, ""),
    ],
    # Sabq (BBC): the US defence secretary: the agreement with Iran "does not rule out the military option" (21 July). s0
    # Carter said the option of military action to stop Iran developing nuclear weapons remains (-> THREATEN violence,
    # the forty-first set's record of the same words; the agreement "this week" a bare anchor); s1 he spoke on his way to
    # Israel, the first stop of his Middle East tour (-> CONSULT visit, the trip under way: not hypothetical; the host
    # country as place); s2 his aim to allay the ally's fears and Israel's standing criticism (not coded); s3 "one of the
    # reasons this deal is good is that it did not rule out the military option" (his praise of the deal -> SUPPORT, the
    # sets' praise; the threat of s0 restated: not coded again); s4 his further words (implied speaker; s3 restated: not
    # coded again); s5 the agreement's terms (not coded); s6 Netanyahu described the agreement as a "historic mistake" (->
    # ACCUSE disapprove, the sets' criticism; the agreement as recipient).
    "snn-fb7a48592147": [
        ("THREATEN", "violence", 0, "خيار العمل العسكري", "وزير الدفاع الأمريكي أشتون كارتر", "إيران", None, ""),
        ("CONSULT", "visit", 1, "في طريقه", '"كارتر"', None, '"إسرائيل"', ""),
        ("SUPPORT", None, 3, "هذه الصفقة جيدة", '"كارتر"', None, None, ""),
        ("ACCUSE", "disapprove", 6, "خطأ تاريخي", 'رئيس الوزراء "الإسرائيلي" بنيامين نتنياهو', "الاتفاق", None, ""),
    ],
    # Al-Riyadh: the Electricity and Co-generation Regulatory Authority reviews its activities in its annual report (4
    # August). The report's facts of the fiscal year 2014 (more than five weeks before -> [H]): s1 a team of the authority
    # made a comprehensive visit to Jazan region, met consumers and held intensive meetings with officials of the Saudi
    # Electricity Company (-> CONSULT visit, and the meetings with new participants -> CONSULT visit, the thirty-first and
    # thirty-third sets' programme items; a regulator and a company, not one government body), the visit yielding an
    # agreement with the company on measures to raise quality (-> AGREE; "الزيارة" not an actor: actor null); s0, s2-s3
    # the report's contents, studies and tariff comparisons (not coded).
    "snn-166ac7cde7ef": [
        ("CONSULT", "visit", 1, "الزيارة الشاملة", "فريق من الهيئة", None, "منطقة جازان", "H"),
        ("CONSULT", "visit", 1, "عقد اجتماعات مكثفة", "فريق من الهيئة", "مسؤولي الشركة السعودية للكهرباء", "منطقة جازان", "H"),
        ("AGREE", None, 1, "اتفاقاً", None, ("الشركة", 2), None, "H"),
    ],
    # Al-Jazirah column: ISIS's active cells!! (21 July). Facts stated as facts in a column are coded, views not (the
    # thirty-fourth set): s0 the interior ministry's earlier statements on arrests of sleeper cells (a general past:
    # not coded) and the ministry's dismantling of the remaining cells that had woken (-> COERCE arrest; the announcement
    # of 18 July: recent), the foiling of their operations (the same act); s2 views; s3 the pre-emptive operations that
    # ended with the arrest of more than four hundred ISIS members (s0's dismantling restated with a figure: not coded
    # again) and the citizen's question (a view); s6, s9, s12 a cell member's profile and the cell leader named (details
    # of the ministry's disclosure: not coded apart); s15-s22 questions and appeals; s23-s29 the columnist's other
    # articles. The lone "." and "!" lines are sentences of their own.
    "snn-1fdc13436568": [
        ("COERCE", "arrest", 0, "تفكيكها", "الوزارة", "بقية الخلايا", None, ""),
    ],
    # Al-Watan: new solutions to protect e-mail from hacking (2 August). A security company's products (no PLOVER act
    # between parties). None.
    "snn-be8869d82e7b": [],
    # Okaz column: these are punishing al-Assad (9 August). An address to al-Assad: predictions, exhortations and
    # rhetoric (Iran's initiatives, Moscow's doors open to the opposition and "even if" al-Muallem lands in Tehran,
    # Moscow and Muscat are general or conditional, not reported acts). None.
    "snn-1f96d232706c": [],
    # Al-Watan: report: cyber threats backed by the Russian government (9 August). s0 a cyber-security firm published a
    # report by its threat-intelligence unit on a Russian group planting malware in its targets on behalf of the Russian
    # government (-> ACCUSE allege, the forty-sixth set's private actors coded with PLOVER's categories); s1-s5 the
    # report's analysis of the group's tactics (a general practice and the report's contents: not coded apart).
    "snn-2adafbf68a56": [
        ("ACCUSE", "allege", 0, "تقرير", "إحدى الجهات العالمية المتخصصة في مجال التصدي للهجمات الإلكترونية ومكافحتها", "مجموعة روسية", None, ""),
    ],
    # Okaz column: they excused them, so they harassed!! (3 August). The calls for an anti-harassment law and the
    # columnist's arguments (general appeals and views; the incidents of the past weeks a general series). None.
    "snn-0e5d4b233cb6": [],
    # Al-Riyadh (AFP): Aleppo: five children killed by a shell (27 July). s0 five children, four of them brothers, killed
    # the night before last by a rocket shell fired by opposition fighters at a neighbourhood of Aleppo (-> ASSAULT
    # heavy-weapons, the sets' rockets; the toll part of the record); s1 the Observatory's words: the shell fired by
    # Islamist factions at their home in al-Shahba al-Jadida (the same shelling with a newly named actor and place ->
    # ASSAULT heavy-weapons, the forty-fifth to forty-seventh sets' lead beside its detail); s2 the battles since 2012
    # (a general war: not coded); s3-s6 the regime's and the rebels' regular shelling (standing practices: not coded); s7
    # the conflict's toll (a general toll).
    "snn-224e757d9f59": [
        ("ASSAULT", "heavy-weapons", 0, "قذيفة صاروخية", "مقاتلو المعارضة", "خمسة اطفال على الاقل بينهم اربعة اشقاء", "مدينة حلب", ""),
        ("ASSAULT", "heavy-weapons", 1, "قذيفة صاروخية", "فصائل إسلامية", "5 أطفال هم 4 أشقاء وطفلة قريبتهم", "حي الشهباء الجديدة", ""),
    ],
    # 3alyoum: the Palestinian foreign minister: an international move to expose the settlers' terrorism (6 August). s0
    # the dateline; s1 al-Maliki announced an international campaign to expose the Israeli practices of settlement and
    # violations (-> ACCUSE allege, the sets' charges; the adjective the only naming of the accused); s2 before the
    # opening of the Arab Peace Initiative committee's meeting at the Arab League (inside "قبيل", its own actor and place,
    # reported nowhere else -> CONSULT multilateral, the sets' ministerial meetings), the reports to be prepared (s1's
    # campaign restated: not coded again) and a report submitted to the ICC on the settlement file and the last Gaza war
    # (-> ACCUSE allege, the eleventh and twenty-ninth sets' ICC records; passive: actor null; the Gaza war a bare
    # reference); s3 agreed: a meeting very soon between the Swiss and Palestinian foreign ministries (-> CONSULT [F],
    # the sets' planned meetings; the December conference's agreement a bare reference [H] and the periodic reports a
    # plan: not coded); s4 the tag line.
    "snn-3648ae0606c8": [
        ("ACCUSE", "allege", 1, "فضح الممارسات الإسرائيلية", "وزير الخارجية الفلسطيني رياض المالكي", "الإسرائيلية", None, ""),
        ("CONSULT", "multilateral", 2, "اجتماع", "لجنة مبادرة السلام", None, "مقر الجامعة العربية", ""),
        ("ACCUSE", "allege", 2, "تقديم تقرير إلى محكمة الجنائية الدولية", None, None, None, ""),
        ("CONSULT", None, 3, "عقد اجتماع قريب جدا", "وزارة الخارجية السويسرية والفلسطينية", None, None, "F"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
