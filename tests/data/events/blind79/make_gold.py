"""Build events-blind79.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (seventy-ninth events blind set; same layout and guidelines as the first
seventy-eight sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind78.jsonl
and their blind/ .. blind78/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to seventy-eighth
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind79.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind79.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind79.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the earlier sets'
# rule: "اتهام" for "باتهام" in the Iran column s4); the texts' spellings copied ("نيتنياهو", "الادارة"); repeated
# strings by occurrence (("البحرين", 1), ("إيران", 1), ("داعش", 1), ("العراق", 1), ("شقيقها", n)). Actors named only by
# a pronoun, a passive or an unnamed reference are null. Administrative matters, awards, social programmes, economic
# figures, fiction (a TV series' or a hidden-camera show's plots) and the writers' views are not coded (the
# fifty-ninth set's list). Historical: the five-week rule (the Iran-Iraq war, the invasion of Iraq in 2003, the
# Treasury's findings on the two financiers' acts of 2013-2014 and before, the Makkah inmate's months-old
# beating and jailings [H]; the Ramadan meetings of the Hajj Ministry, the nuclear agreement of 14 July and the
# Security Council's endorsement of 20 July, not).

GOLD = {
    # Al-Eqtisadiya: the listed companies' debt ratios (23 July; outside the pool). Economic figures and the
    # newspaper's analysis. None.
    "snn-5a17309b7db6": [],
    # Asharq Al-Awsat (Washington Post service): a physics teacher wins the Presidential Award for Excellence (27
    # July; outside the pool). An award and the president's statement praising the honoured teachers as a group
    # (s4, a ceremony's words, not coded as SUPPORT: no political stance towards an actor), the student's and the
    # principal's praise (views) and the school's competitions not coded. None.
    "snn-863e872daa9e": [],
    # Al-Watan: the licences, a third crisis between the Hajj Ministry and the domestic Hajj firms (22 July).
    # s1 the board chairmen's meeting to prepare a collective complaint to the Hajj Minister -> ACCUSE allege [F]
    # (the earlier sets' "رفعوا شكوى"/"تقديم شكوى" allege; being prepared: F; their own meeting, among one side, not
    # CONSULT; s5 repeats s1, not coded again); s2 the Hajj and Umrah committee's and the coordinating council's
    # putting to the ministry the speedy issue of the licences -> REQUEST (s6 the same step, not coded again);
    # s3 the ministry's three meetings in Ramadan with the firms' representatives -> CONSULT (a ministry and the
    # firms, as set 78's ministry and professional body; Ramadan ended on 16 July, within five weeks: not [H]; s0
    # and s9 the same meetings) and its ending of the crisis with them in the two files -> AGREE (s2/s7's
    # "consensual solution" the same settlement); s4 the firms' threat to withdraw from this year's Hajj ->
    # THREATEN (null mode, the earlier sets' "تلويح"/"يهددون بالانتقال" None; s1, s5 "ملوحين" and s8 "تهديد" the same
    # threat, not coded again); s8 their demand that the minister move fast -> REQUEST (their demand for
    # compensation part of the threat, not coded). The ministry sources' explanation of the delay (s2, s7) not coded.
    "snn-84096a096b97": [
        ("ACCUSE", "allege", 1, "شكوى جماعية", "بعض رؤساء مجالس إدارات مؤسسات حجاج الداخل",
         "وزير الحج الدكتور بندر حجار", None, "F"),
        ("REQUEST", None, 2, "طرحت", "لجنة الحج والعمرة والمجلس التنسيقي لحجاج الداخل", ("الوزارة", 1), None, ""),
        ("CONSULT", None, 3, "عقدت ثلاثة اجتماعات", "وزارة الحج", "ممثلي شركات الحج والعمرة", None, ""),
        ("AGREE", None, 3, "أنهت خلالها أزمتها", "وزارة الحج", "ممثلي شركات الحج والعمرة", None, ""),
        ("THREATEN", None, 4, "هدد", "عدد من مؤسسات حجاج الداخل", "وزارة الحج", None, ""),
        ("REQUEST", None, 8, "مطالبين", "بعض الشركات", "وزير الحج", None, ""),
    ],
    # Al-Madina: the director of "Selfie" on the threats (22 July). s9 the threats the director received with al-
    # Qasabi, direct death threats ("رسائل تهديد مباشرة بالقتل") -> THREATEN violence (the earlier sets' "تهديدات
    # بالقتل" violence; actor null: unnamed senders). The series' plots (s0, s5: fiction), the director's defence of
    # the programme (s1), his rejection of the criticism (s11) and his denial (s12) -- statements of view -- not coded.
    "snn-154cef66937b": [
        ("THREATEN", "violence", 9, "تهديدات كثيرة", None, "الشرقي", None, ""),
    ],
    # Al-Weeam column: the illusion Iran markets (31 July). Views, but stated facts: s0 the signing of the final
    # nuclear agreement -> AGREE (14 July, not [H]; coded once per article as the earlier columns; actor null, the
    # parties not named); s4 Zarif's accusation against Bahrain -> ACCUSE allege, and Bahrain's accusation that Iran
    # smuggled weapons and explosives into Bahrain -> ACCUSE allege (the earlier sets' "اتهم" allege); s14 the
    # eight-year war against Saddam's regime -> ASSAULT [H] (set 78's Iran-Iraq war; actor null: "they"). Khamenei's
    # and Zarif's statements on good relations (s2, declarations of intent), the 1979 revolution (s14, a
    # characterisation), "the military option used indirectly in Bahrain and Yemen" (s16, a characterisation) and the
    # writer's views not coded.
    "snn-5366d37efdb2": [
        ("AGREE", None, 0, "توقيع الاتفاق النووي النهائي", None, None, None, ""),
        ("ACCUSE", "allege", 4, "اتهم", "ظريف", ("البحرين", 1), None, ""),
        ("ACCUSE", "allege", 4, "اتهام", ("البحرين", 1), ("إيران", 1), None, ""),
        ("ASSAULT", None, 14, "حرب طويلة", None, "نظام صدام حسين", "بغداد", "H"),
    ],
    # Al-Jazirah (readers' page): "Life is beautiful, but" (7 August). A prose poem; the wars it names are general.
    # None.
    "snn-94e95ae75672": [],
    # Asharq Al-Awsat: Washington sanctions two Qataris for financing al-Qaeda (6 August). s0 the Treasury's
    # sanctions on the two Qataris -> SANCTION discontinue (the manual: international sanctions 'discontinue'; s1
    # the same designation, s5 the freezing of their assets and the ban on dealings with them its content, not coded
    # again); s4 the Treasury's accusation that they supported extremists -> ACCUSE allege (s0's and s7's "بتهمة"
    # the same charge); s6 the war declared against ISIS almost a year ago -> ASSAULT [H] (over five weeks); the
    # Treasury's findings: s11 al-Kaabi's raising of funds for weapons and food for al-Nusra early in 2014 -> AID [H];
    # s12 a Nusra official's request that he mediate a ransom -> REQUEST [H] and the hostages held by al-Nusra ->
    # ASSAULT abduct [H]; s13 his receipt in 2013 of funds from Hamid al-Ali to support al-Nusra -> AID [H]; s14
    # the Qatari authorities' stopping of his fundraising network -> COERCE censor [H] ("سابقا"); s15 al-Kuwari's
    # financing of al-Qaeda in Pakistan -> AID [H] (undated past, the designation's grounds). The official's
    # statements (s1-s3, s7, s10: views and pledges) and the cooperation with Qatar "improving" (s3, a view) not
    # coded; s9's "توقيف" is the designation, not an arrest.
    "snn-16f52ef80c12": [
        ("SANCTION", "discontinue", 0, "فرضت", "وزارة الخزانة الأميركية", "قطريين", None, ""),
        ("ACCUSE", "allege", 4, "تتهم", "وزارة الخزانة الأميركية", "الكواري والكعبي", None, ""),
        ("ASSAULT", None, 6, "الحرب", "إدارة الرئيس الأميركي باراك أوباما", ("داعش", 1), None, "H"),
        ("AID", None, 11, "جمع تبرعات لتمويل أسلحة ومواد غذائية", "الكعبي", "جبهة النصرة", None, "H"),
        ("REQUEST", None, 12, "طلبا", "مسؤول في التنظيم الإرهابي", "الكعبي", None, "H"),
        ("ASSAULT", "abduct", 12, "احتجزتهم", "الجبهة", "رهائن", None, "H"),
        ("AID", None, 13, "تلقى منه تمويلا", "حامد حمد حامد العلي", "الكعبي", None, "H"),
        ("COERCE", "censor", 14, "أوقفت", "السلطات القطرية", "شبكة تواصل اجتماعية إلكترونية", None, "H"),
        ("AID", None, 15, "عملية تمويل", "الكواري", "التنظيم", "باكستان", "H"),
    ],
    # Al-Eqtisadiya column: facing the extremists' "lobby" (21 July). Views. None.
    "snn-5dc33c96d920": [],
    # Okaz column: on the nuclear situation in the region (26 July). Views, but stated facts: s15 the nuclear
    # agreement signed in Lausanne and Vienna -> AGREE (once per article; actor null), the Security Council's
    # endorsement of it last Monday (20 July) -> SUPPORT (an endorsement, not [H]) and Netanyahu's "it paves the way
    # for war" -> ACCUSE disapprove (the earlier sets' criticism of the agreement); s17 the invasion and occupation
    # of Iraq by the Bush administration -> ASSAULT [H] (actor null: "تلك الادارة", a reference). Israel's efforts
    # against any nuclear programme and its call to bomb Iran (s6, s10: characterisations without a dated act), the
    # US "covering" of Israel's weapons (s16) and the writer's views not coded.
    "snn-7511954511a6": [
        ("AGREE", None, 15, "الاتفاق النووي الاخير الموقع", None, None, "لوزان، وفيينا", ""),
        ("SUPPORT", None, 15, "صادق عليه", "مجلس الامن الدولي", None, None, ""),
        ("ACCUSE", "disapprove", 15, "يمهد للحرب", "نيتنياهو", None, None, ""),
        ("ASSAULT", None, 17, "غزو واحتلال وتدمير", None, ("العراق", 1), None, "H"),
    ],
    # Al-Yaum column: the feast of technology (22 July). Views on the Eid and social media. None.
    "snn-ee46a6effbba": [],
    # Okaz: the inmates of the Makkah family-protection home complain of ill-treatment (22 July). s0 the inmates'
    # demand that the authorities intervene and investigate -> REQUEST, and their complaint of "abuses and
    # injustice" by the administration -> ACCUSE allege (the title's "يشتكين"); s1 one inmate's account: her
    # brother's renewed beating of her -> ASSAULT [H], his report that she had run away -> ACCUSE allege [H], her
    # jailing on it -> COERCE arrest [H] (actor null: passive), her complaint against the home to the emirate ->
    # ACCUSE allege [H] (months ago: she spent three and a half months in prison twice); s4 the assaults and
    # killings of inmates in Taif and Jeddah during visits -> ASSAULT (actor null; undated, not [H]). The home's
    # circular stopping the hosting programme (s4, administrative), the social workers' summoning of her brother and
    # her refusal (s2) and the director's denials (s4-s5, statements) not coded.
    "snn-620a03c76aa5": [
        ("REQUEST", None, 0, "طالبت", "نزيلات دار الوفاء للحماية الأسرية بمكة المكرمة", "الجهات المعنية", None, ""),
        ("ACCUSE", "allege", 0, "تجاوزات وظلم", "نزيلات دار الوفاء للحماية الأسرية بمكة المكرمة", "الإدارة", None, ""),
        ("ASSAULT", None, 1, "عاود الاعتداء", ("شقيقها", 2), "النزيلة (غ،ع)", None, "H"),
        ("ACCUSE", "allege", 1, "بلاغ الهروب", ("شقيقها", 3), None, None, "H"),
        ("COERCE", "arrest", 1, "سجنت", None, None, None, "H"),
        ("ACCUSE", "allege", 1, "تقدمت بشكوى", None, None, None, "H"),
        ("ASSAULT", None, 4, "الاعتداء والقتل", None, ("بعض النزيلات", 1), "محافظتي الطائف، وجدة", ""),
    ],
    # Al-Weeam: the hidden-camera show "Haya Taal" reaches five million views (21 July). A programme's plot (the
    # girl's family's threat, s1-s2, fiction) and the channel's plans. None.
    "snn-080745e45940": [],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
