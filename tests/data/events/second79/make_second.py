"""Build events-second79.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the seventy-ninth events blind set (../blind79/sample.jsonl), made to measure the
agreement of two careful annotators on the long articles of the sets 57 on (the human ceiling of the events score).
Same layout and guidelines as the earlier sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind78.jsonl,
there is no sixtieth); second50/make_second.py was the template, blind78/make_gold.py the recent model. The first
annotation of these articles was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second79.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind79", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second79.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole ("اتهام" from "باتهام"
# in the Iran column s4, "إسقاط" from "في إسقاط" s14, "الاعتداء عليها" from "عاود الاعتداء عليها", "إبلاغ الشرطة" from
# "بإبلاغ", "تمويل" from "في عملية تمويل"); the text's spellings copied exactly ("نيتنياهو" inside its doubled
# guillemets left outside, "مجلس الامن الدولي", "الاتفاق النووي الاخير", "تلك الادارة" without their hamzas,
# "النزيلة (غ،ع)" with its Arabic comma; the fused ل kept where the article's alif is elided: "للتنظيم الإرهابي"
# in the sanctions s7); repeated strings picked by occurrence (("البحرين", 1) and ("إيران", 1) in the
# Iran column s4, ("العراق", 1) in the Okaz column s17, ("الوزارة", 1) in the Hajj s2, ("الاعتداء عليها", 2),
# ("شقيقها", 2/3) and ("إدارة الدار", 1) in the protection-home s1, ("الدار", 1) in its s4).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null; a subject named earlier in
# the same sentence is kept for its further clauses, and a participant named earlier in the sentence is kept as the
# recipient of a pronoun (the forty-fourth to seventy-eighth sets). Historical: the five-week rule (undated
# background [H]). Columns: facts coded, views not (set 59's list).
GOLD = {
    # Al-Eqtisadiya: listed companies' debt ratios (23 July; economic figures and an analysis unit's tallies). None.
    "snn-5a17309b7db6": [],
    # Aawsat / Washington Post: a physics teacher wins the Presidential Award (27 July). An award, a president's
    # statement praising teachers in general (s7-s9), school competitions and the foundation's grant to every
    # awardee (s25, a programme's standing prize): no earlier set codes prizes or honours (no record of "جائزة" or
    # "تكريم"); not coded. None.
    "snn-863e872daa9e": [],
    # Al-Watan: the licences, a third crisis between the Hajj Ministry and the domestic Hajj companies (22 July). A
    # ministry and private companies (not inside one government: set 78's Housing Ministry and Council of Engineers).
    # s0 the three meetings of Ramadan between the companies and the ministry's officials (-> CONSULT, null mode; Ramadan
    # 18 June - 16 July in an article of 22 July: recent) -- restated in s3 and s9, coded once; the ministry's
    # "solving" of the two crises is s3's ending of the crisis. s1 and s5 the companies' own meeting to prepare a
    # collective complaint (a body's own session; the complaint an aim, not yet lodged: not coded) and their hinting
    # at withdrawal (s4's threat, coded there). s2 the Hajj and Umrah committee and the coordinating council put to the
    # ministry the speedy issuing of the licences (-> REQUEST, the earlier "طالب"; s6 restates it as the
    # "intervention": not coded again); the ministry's sources' explanation (a view). s3 the ministry ended its crisis
    # with the companies' representatives in the two files (-> AGREE, the "consensual solution" of s2/s7). s4 a number
    # of companies threatened the ministry with withdrawal from this year's Hajj (-> THREATEN, mode null: the earlier
    # threat to resign, set 40, mode null; withdrawal from a commercial season is no boycott of a party). s7 the
    # ministry's no-reply and the planned study with the companies (a planned procedure: not coded). s8 the companies'
    # threat restated (not coded again) and their demand that the minister act quickly (-> REQUEST, another actor and
    # addressee than s2). s9 the ministry's striking of its adviser's pricing (inside one ministry: not coded) and its
    # promise to take the registration recommendations into account at a later meeting (-> AGREE, a promise made, the
    # thirty-fourth set's pledge; the ministry named earlier in the sentence kept as actor).
    "snn-84096a096b97": [
        ("CONSULT", None, 0, "ثلاثة اجتماعات ساخنة", "مؤسسات حجاج الداخل", "مسؤولي وزارة الحج", None, ""),
        ("REQUEST", None, 2, "طرحت", "لجنة الحج والعمرة والمجلس التنسيقي لحجاج الداخل", ("الوزارة", 1), None, ""),
        ("AGREE", None, 3, "أنهت خلالها أزمتها", "وزارة الحج", "ممثلي شركات الحج والعمرة", None, ""),
        ("THREATEN", None, 4, "هدد", "عدد من مؤسسات حجاج الداخل", "وزارة الحج", None, ""),
        ("REQUEST", None, 8, "مطالبين", "بعض الشركات", "وزير الحج", None, ""),
        ("AGREE", None, 9, "وعدت", "وزارة الحج", "ممثلي شركات الحج والعمرة", None, ""),
    ],
    # Al-Madina: the director of "Selfie": we were threatened with beheading (22 July). s0-s8 and s11-s13 the
    # programme, the controversy, the director's defence, his rejection of the criticisms and denial of sectarian aims
    # (views and denials: not coded; ISIS's recruitment of women a general practice). s9 the director received with
    # al-Qasabi many threats, messages threatening death (-> THREATEN violence, the twenty-second set's threats to
    # al-Qasabi; senders unnamed: actor null; during Ramadan: recent).
    "snn-154cef66937b": [
        ("THREATEN", "violence", 9, "تهديدات", None, "الشرقي", None, ""),
    ],
    # Al-Weeam column: the illusion Iran markets (31 July). s0 since the signing of the final nuclear agreement (->
    # AGREE once per article, the sets' columns, e.g. set 63's "توقيع الاتفاق النووي", actor null; 14 July: recent);
    # the Iranian discourse and its reassurances (a characterisation). s2 Khamenei's and Zarif's statements that Iran
    # seeks good relations (examples of the discourse, undated: not coded, set 78's "war of words"). s4 Zarif accused
    # Bahrain of trying to stand against this wish (-> ACCUSE allege) by accusing Iran of smuggling arms and explosives
    # into Bahrain (Bahrain's accusation inside the phrase, its own actor and recipient, reported nowhere else ->
    # ACCUSE allege; the alleged smuggling not coded). s5-s13 the writer's views and predictions (the lifting of the
    # sanctions a future consequence). s14 history: the revolution's overthrow of the Shah in 1979 (inside the anchor
    # with its own actor, recipient and date -> ASSAULT [H], null mode, set 78's coup) -- Khomeini's declared wish for
    # good relations a statement of intent, not coded -- and the eight-year war against Saddam Hussein's regime (->
    # ASSAULT [H], the earlier "الحرب العراقية الإيرانية" and set 53's "حرب طاحنة" Iran -> Iraq; the Iranian leaders
    # named earlier in the sentence kept as actor); their attempt to export the revolution (an aim). s16 the military
    # option resorted to indirectly in Bahrain and Yemen (a characterisation). s17 the link line.
    "snn-5366d37efdb2": [
        ("AGREE", None, 0, "توقيع الاتفاق النووي النهائي", None, None, None, ""),
        ("ACCUSE", "allege", 4, "اتهم", "ظريف", ("البحرين", 1), None, ""),
        ("ACCUSE", "allege", 4, "اتهام", ("البحرين", 1), ("إيران", 1), None, ""),
        ("ASSAULT", None, 14, "إسقاط", "الثورة الإسلامية", "حكم الشاه", None, "H"),
        ("ASSAULT", None, 14, "حرب طويلة", "القيادات الإيرانية", "نظام صدام حسين", None, "H"),
    ],
    # Al-Jazirah column: life is beautiful.. but!! (7 August). Reflections on Eid, the wars elsewhere in general (no
    # actor, place-bound general series: Syria, Iraq, Egypt and Libya "turned to war" a general reference) and prayers.
    # None.
    "snn-94e95ae75672": [],
    # Aawsat: Washington sanctions Qataris accused of financing al-Qaeda (6 August). s0 the Treasury imposed sanctions
    # yesterday on two Qataris (-> SANCTION discontinue, PLOVER "international sanctions ... discontinue", set 44's
    # asset freeze) on the charge of financing al-Qaeda and al-Nusra (-> ACCUSE allege, the earlier "بتهمة"); s1 the
    # sanctions restated with the names and the official's view, s4 the charge restated in the present, s5 the freeze
    # and the ban on transactions (the sanctions' content), s7 and s9 the decision restated (all not coded again); s2,
    # s3, s10 statements of commitment and the standing cooperation with Qatar (views, a standing relation). s6 the
    # war Obama's administration declared against ISIS about a year ago (inside the relative clause with its actor ->
    # ASSAULT [H], set 58's "اعلانها الحرب"). s7 al-Nusra, which declared its allegiance to al-Qaeda (relative clause,
    # own actor -> COOPERATE [H], the thirty-fifth and sixty-fourth sets' "اعلنت ولاءها"). s8 the groups' financing
    # systems over the past years (a general series). s11 al-Kaabi collected donations to fund arms and food for
    # al-Nusra in early 2014 (-> AID [H]). s12 an official of the group asked al-Kaabi to mediate a ransom payment
    # (-> REQUEST [H]) for hostages held by the Front (relative clause, own actor -> ASSAULT abduct [H], the earlier
    # "احتجاز رهائن"). s13 in 2013 al-Kaabi received funding from Hamid al-Ali to support the group (-> AID [H], the
    # funder as actor; "worked with" its frame). s14 the Qatari authorities earlier shut down a social-media network
    # al-Kaabi ran to raise funds (-> COERCE censor [H], set 71's Turkey "أوقفت" Twitter). s15 al-Kuwari's involvement
    # in financing the organisation in Pakistan (-> AID [H], undated; his dealings with the named members its frame).
    "snn-16f52ef80c12": [
        ("SANCTION", "discontinue", 0, "عقوبات", "وزارة الخزانة الأميركية", "قطريين", None, ""),
        ("ACCUSE", "allege", 0, "بتهمة", "وزارة الخزانة الأميركية", "قطريين", None, ""),
        ("ASSAULT", None, 6, "الحرب", "إدارة الرئيس الأميركي باراك أوباما", ("داعش", 1), None, "H"),
        ("COOPERATE", None, 7, "أعلنت ولاءها", "جبهة النصرة", "للتنظيم الإرهابي", None, "H"),
        ("AID", None, 11, "جمع تبرعات", "الكعبي", "جبهة النصرة", None, "H"),
        ("REQUEST", None, 12, "طلبا", "مسؤول في التنظيم الإرهابي", "الكعبي", None, "H"),
        ("ASSAULT", "abduct", 12, "احتجزتهم", "الجبهة", "رهائن", None, "H"),
        ("AID", None, 13, "تمويلا", "حامد حمد حامد العلي", "الكعبي", None, "H"),
        ("COERCE", "censor", 14, "أوقفت", "السلطات القطرية", "شبكة تواصل اجتماعية إلكترونية", None, "H"),
        ("AID", None, 15, "تمويل", "الكواري", "التنظيم", "باكستان", "H"),
    ],
    # Al-Eqtisadiya column: facing the extremists' "lobby" (21 July). Views on extremism, general practices. None.
    "snn-5dc33c96d920": [],
    # Okaz column: on the generalities of the nuclear situation in the region (26 July). s0-s14 views (Iran's policies,
    # Israel's efforts, its call to bomb Iran and the US's expected response: standing positions and predictions). s15
    # the latest nuclear agreement signed in Lausanne and Vienna (-> AGREE once, actor null; recent), endorsed by the
    # UN Security Council last Monday (-> SUPPORT, set 40's "صادق" with the agreement as recipient) and Netanyahu's
    # saying it paves the way for war (-> ACCUSE disapprove, set 59's Netanyahu with the agreement as recipient;
    # recent). s16 the Bush administration's covering of Israel's weapon (a standing practice). s17 the invasion,
    # occupation and destruction of Iraq by that administration (-> ASSAULT [H], the earlier "غزو", one record for
    # the series of nouns). s18-s31 views and predictions.
    "snn-7511954511a6": [
        ("AGREE", None, 15, "الموقع", None, None, "لوزان، وفيينا", ""),
        ("SUPPORT", None, 15, "صادق", "مجلس الامن الدولي", "الاتفاق النووي الاخير", None, ""),
        ("ACCUSE", "disapprove", 15, "يمهد للحرب", "نيتنياهو", "الاتفاق النووي الاخير", None, ""),
        ("ASSAULT", None, 17, "غزو", "تلك الادارة", None, ("العراق", 1), "H"),
    ],
    # Al-Yaum column: the Eid of technology (22 July). Reflections on Eid and social media. None.
    "snn-ee46a6effbba": [],
    # Okaz: the residents of the Mecca protection home complain of mistreatment (22 July). s0 the residents demanded
    # that the concerned authorities intervene to investigate (-> REQUEST) what they called abuses and injustice
    # against them (-> ACCUSE allege, PLOVER "complaints", the earlier "شكوى"), the administration having asked them to
    # leave and return to their abusers (-> REQUEST, the residents named earlier as recipient); their further demands
    # (equality, the hosting programme) the same demand's content; the ban on hosting s4's circular. s1 one resident's
    # account (undated, months before: [H]): her imprisonment twice (-> COERCE arrest [H], the lead, passive: actor
    # null; the two terms of three and a half months its details), her brother's renewed beating (-> ASSAULT beat [H],
    # PLOVER "general mentions of beatings ... beat"), his report that she had absconded (-> ACCUSE allege [H], the
    # earlier "بلاغ"), the supervisors' confining her to an isolated room (-> COERCE restrict [H]) and their report to
    # the police (-> ACCUSE allege [H]), the court's release (-> RETREAT release [H], the earlier "إخلاء سبيل") and her
    # complaint against the home (-> ACCUSE allege [H]); the home's refusals to receive her, the pledges taken from the
    # brother, the quarrel, the dropped complaint and the emirate's order not coded (non-acts and procedures). s2 the
    # other residents' accounts (deception and a refusal between private persons: not coded). s4 the director: the
    # home issued a circular stopping the hosting programme for all residents (-> COERCE restrict, PLOVER restriction
    # of movement) after the assault and killing cases, the last in Taif and Jeddah (a series: not coded); his denial
    # (not coded). s5 his denial that any girl was forced to leave (a denial of a charge: not coded).
    "snn-620a03c76aa5": [
        ("REQUEST", None, 0, "طالبت", "نزيلات دار الوفاء للحماية الأسرية بمكة المكرمة", "الجهات المعنية", None, ""),
        ("ACCUSE", "allege", 0, "تجاوزات وظلم", "نزيلات دار الوفاء للحماية الأسرية بمكة المكرمة", "الإدارة", None, ""),
        ("REQUEST", None, 0, "طلبت منهن المغادرة", "الإدارة", "نزيلات دار الوفاء للحماية الأسرية بمكة المكرمة", None, ""),
        ("COERCE", "arrest", 1, "إدخالها لسجن النساء مرتين", None, "النزيلة (غ،ع)", None, "H"),
        ("ASSAULT", "beat", 1, ("الاعتداء عليها", 2), ("شقيقها", 2), "النزيلة (غ،ع)", None, "H"),
        ("ACCUSE", "allege", 1, "بلاغ الهروب", ("شقيقها", 3), "النزيلة (غ،ع)", None, "H"),
        ("COERCE", "restrict", 1, "إجبارها على البقاء في غرفة منعزلة", "المشرفات", "النزيلة (غ،ع)", None, "H"),
        ("ACCUSE", "allege", 1, "إبلاغ الشرطة", "المشرفات", "النزيلة (غ،ع)", None, "H"),
        ("RETREAT", "release", 1, "أخلت", "المحكمة", "النزيلة (غ،ع)", None, "H"),
        ("ACCUSE", "allege", 1, "تقدمت بشكوى", "النزيلة (غ،ع)", ("إدارة الدار", 1), None, "H"),
        ("COERCE", "restrict", 4, "إيقاف برنامج الاستضافة", ("الدار", 1), "جميع النزيلات", None, ""),
    ],
    # Al-Weeam: "Haya Taal" reaches five million views (21 July). A YouTube channel's programmes (the prank's fictional
    # threat, the cartoon quarrel, the player's phrase): entertainment, not coded. None.
    "snn-080745e45940": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
