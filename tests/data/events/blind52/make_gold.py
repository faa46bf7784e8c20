"""Build events-blind52.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (fifty-second events blind set; same layout and guidelines as the first
fifty-one sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind51.jsonl and their blind/ ..
blind51/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind52.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind52.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth to
# fifty-first sets' rule: here "غارة" from "بغارة", "زيارة" from "بزيارة", "تسجيل شكوى" from "لتسجيل", "انتقدت" from
# "وانتقدت", "اتهم" from "واتهم", "تقديم إهداءات" from "وتقديم"); where the article's
# alif is elided the fused ل stays ("للهجوم" in the pipelines s4, the forty-ninth to fifty-first sets' rule); in
# actors, recipients and places the fused ب/ل/ك is left out ("أطفال غزة" from "لأطفال", "أديس أبابا" from "بأديس",
# "إثيوبيا" from "بإثيوبيا", "فريق ابتسموا الاجتماعي والتطوعي" from "لفريق"); spellings as written, copied exactly
# ("البنك الاسلامي للتنمية" and "ازري" without hamza, "رجب طيب إردوغان" with its hamza, "هجوما جديدًا" with its
# tanwin, "متظاهرا" with its tanwin alif); a string repeated in its sentence is picked by its occurrence (("الكويت", 2)
# in the Kuwaiti cell s3, ("أيدت", 1) in the Abu Dhabi s3).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to fifty-first sets); a subject named earlier in the same sentence is kept for its further clauses ("كير" for
# "واتهم" in the South Sudan s9, Obama for "ولوح" in its s0, "التنظيم" for "شنه" in the Hasakah s7).
GOLD = {
    # Al-Watan column: Soleimani's sun has set.. so the attack on Mohammed bin Salman began (22 July). The columnist's
    # views on Iran's project and its media's campaign against the deputy crown prince (a general charge and a standing
    # practice, the thirty-fourth set's columns), the Arabs' and Saudi Arabia's "rising" and "attack" (general), the
    # rumour of Mojtaba Khamenei's crime (an insinuation, undated, no place: not coded). None.
    "snn-1dd2e94288c4": [],
    # Okaz: the status of 63,000 Yemenis corrected at the Princess Nourah University centre (8 August). An embassy
    # official's figures and the extended deadline (an administrative procedure; the forty-sixth set's report of the
    # same campaign had no event). None.
    "snn-5facb3294d80": [],
    # Okaz: 10% yearly growth of jobs in tourism (2 August). A report's statistics and forecasts. None.
    "snn-d53847423f1c": [],
    # Al-Weeam: the Makkah emir opens the exhibition "al-Faisal.. witness and martyr" in Taif (27 July). A ceremony (the
    # opening, the reception, the tour, the speeches and King Faisal's biography: not coded, the sets' festivals and
    # openings); the link line s11-s13. None.
    "snn-cd00379d35b6": [],
    # Al-Weeam: Bin Turki, the stalling over al-Younesi's deal must end (21 July). Club business (the Nassr president's
    # instruction to his own negotiators and the Norwegian club's delays: the twenty-ninth to fifty-first sets' sport,
    # not coded). None.
    "snn-0f0470b4e411": [],
    # Asharq Al-Awsat: Iraq awaits heat above half boiling point, the government declares a four-day holiday (31 July).
    # s0-s11 the forecaster, al-Abadi's holiday and power cuts to the state's offices (measures inside one government:
    # not coded) and the views; s12 the angry street protests of this summer (a general series: not coded); s13 the
    # police and officials: a protester killed and two wounded earlier this month in a demonstration against the power
    # cuts near Basra (-> PROTEST demo, the demonstrators unnamed, and ASSAULT, mode null, passive: actor null; July,
    # recent).
    "snn-f2875f42f815": [
        ("PROTEST", "demo", 13, "مظاهرة", None, None, "البصرة", ""),
        ("ASSAULT", None, 13, "قتل", None, "متظاهرا", "البصرة", ""),
    ],
    # Asharq Al-Awsat: ISIS seizes Syrian opposition land on the Turkish border (11 August). s0 ISIS's new military
    # operation against opposition fighters north of Aleppo (-> ASSAULT, mode null) and its seizure of land near the
    # border (-> COERCE seize; the land a descriptive place: location null); s1 dozens of fighters of both sides killed
    # in the fighting in and around Marea (-> ASSAULT, mode null, the dead of both sides as recipient, the fiftieth
    # set's two-sided toll; the new place) and ISIS's suicide bombers in four car bombs last night (-> ASSAULT
    # explosives, the fiftieth set's suicide bombers; Marea named in the sentence kept for the "حيث" clause); s2 the
    # attack on Marea restated (not coded again) after the seizure of the nearby village of Umm Hosh (-> COERCE seize,
    # the anchor with its own place, reported nowhere else; actor not named: null); s3 the commander's description (a
    # view); s4 the toll (reported apart: not coded); s5 the US and Turkey's announced intention late last month to give
    # the rebels air cover and drive ISIS out (-> AGREE, an expressed willingness, both parties as actor, the fifty-first
    # set's US-Turkish decision; recent); s6 ISIS's own statement of the attack (a claim of its own act, the fiftieth
    # set: not coded); s7 detail; s8 the Nusra Front's withdrawal yesterday from the positions facing ISIS north of
    # Aleppo (-> RETREAT withdraw); s9 its criticism of Turkey's buffer-zone plan (-> ACCUSE disapprove); s10 ISIS's new
    # attack in recent days on the government forces at an air base east of Aleppo (-> ASSAULT, mode null).
    "snn-080727199d13": [
        ("ASSAULT", None, 0, "عملية عسكرية جديدة", "تنظيم داعش", "مقاتلين من المعارضة السورية المسلحة", "شمال مدينة حلب", ""),
        ("COERCE", "seize", 0, "سيطر", "تنظيم داعش", None, None, ""),
        ("ASSAULT", None, 1, "القتال", None, "عشرات المقاتلين من الطرفين", "مدينة مارع السورية", ""),
        ("ASSAULT", "explosives", 1, "فجر", "انتحاريون من التنظيم المتشدد", None, "مدينة مارع السورية", ""),
        ("COERCE", "seize", 2, "السيطرة", None, None, "قرية أم حوش", ""),
        ("AGREE", None, 5, "نيتهما", "الولايات المتحدة وتركيا", None, None, ""),
        ("RETREAT", "withdraw", 8, "انسحابها", "جبهة النصرة", "التنظيم", "شمال مدينة حلب", ""),
        ("ACCUSE", "disapprove", 9, "انتقدت", "الجبهة", "تركيا", None, ""),
        ("ASSAULT", None, 10, "هجوما جديدًا", "تنظيم داعش", "القوات الحكومية السورية", "شرق حلب", ""),
    ],
    # Al-Watan column: #Eid_massacre (23 July). s1 the Israeli air strike of Eid al-Fitr 2014 on the children playing on
    # the swing in the al-Shati camp west of Gaza City (-> ASSAULT aerial [H], a fact stated as a fact, the forty-ninth
    # and fifty-first sets' columns); s2 restated; s3-s7 the children's words on television (testimonies of last year's
    # war: not coded apart); s9-s10 the Guardian's report on the war's effects (its statistics and the war as a bare
    # reference: not coded); s11 some international bodies' relief campaign "the national campaign for the joy of Eid"
    # launched days ago in the Gaza Strip with celebrations for the children of prisoners and detainees (-> AID, recent);
    # s12-s17 the columnist's views.
    "snn-c61ed30277ef": [
        ("ASSAULT", "aerial", 1, "غارة", "الاحتلال الإسرائيلي", "مجموعة من الأطفال", "مخيم الشاطئ غرب مدينة غزة", "H"),
        ("AID", None, 11, "حملتها الإغاثية", "بعض الجهات الدولية", "أطفال غزة", "قطاع غزة", ""),
    ],
    # Al-Riyadh: Abu Dhabi, a prisoner threatens an officer with death if he is not allowed to smoke (4 August). s0 the
    # Court of Cassation upheld the conviction of a Gulf prisoner for threatening a prison officer (-> SANCTION convict)
    # and its additional year (-> COERCE arrest, the thirty-second set's verdict and prison term; the offence proven not
    # coded beside the conviction, the twenty-ninth and thirty-second sets); s1 the case's details: the officer's refusal
    # to let him smoke (a prison's enforcement of its rule, as the thirty-fourth set's Snapchat: not coded), the threat
    # (the offence), the officer's complaint against the prisoner (-> ACCUSE allege, the ninth set's "رفعوا شكوى"), his
    # confession before the prosecution (-> CONCEDE, the sets' confessions) and his denial before the court (not coded);
    # s2 the medical finding (a procedure); s3 the first-instance court's three additional years (-> SANCTION convict and
    # COERCE arrest) and his appeal (-> REJECT, the thirty-second set's "الاعتراض"), the term cut to one year and
    # upheld (the s0 ruling restated: not coded again). The case's earlier steps are undated parts of the reported case:
    # not flagged (the fifty-first set's undated relative clause).
    "snn-ed4d82042440": [
        ("SANCTION", "convict", 0, "حكماً قضائياً", "محكمة النقض", "سجين خليجي", "أبوظبي", ""),
        ("COERCE", "arrest", 0, "عقوبة إضافة سنة واحدة", "المحكمة", "المتهم", None, ""),
        ("ACCUSE", "allege", 1, "تسجيل شكوى", "الضابط", "السجين", None, ""),
        ("CONCEDE", None, 1, "اعترف", "السجين", None, None, ""),
        ("SANCTION", "convict", 3, ("أيدت", 1), "المحكمة الابتدائية", "المتهم", None, ""),
        ("COERCE", "arrest", 3, "حبس", "المحكمة الابتدائية", "المتهم", None, ""),
        ("REJECT", None, 3, "استأنف", None, None, None, ""),
    ],
    # Al-Watan: South Sudan, Obama's waving of sanctions will not lead to peace (1 August). s0 President Salva Kiir's
    # strong attack on Obama (-> ACCUSE disapprove) over his recent statements in Addis Ababa in which he waved new
    # sanctions on Kiir and on his former deputy, the rebel leader Riek Machar, if no agreement is reached (-> THREATEN,
    # mode null, the sets' threats of sanctions; Obama named in the sentence kept for "ولوح"; one record per target, Kiir
    # named in the sentence for the pronoun "عليه"; a threat, not flagged; last week: recent); s1 his criticism of his
    # government's not being invited (-> ACCUSE disapprove, implied subject: actor null; Obama named as the host) to the
    # meeting Obama held in Addis Ababa last week with the presidents of Kenya and Uganda, the Ethiopian prime minister
    # and the Sudanese foreign minister (-> CONSULT multilateral, the relative clause with its own participants and
    # place, reported nowhere else); s2-s8 his questions and views (not coded again; "if Washington is keen ... it must"
    # a necessity statement); s9 his denial of a racial war (not coded) and his charge that his opponents are agents of
    # others (-> ACCUSE allege); s10 the coming round of talks in Ethiopia under IGAD on 17 August (-> CONSULT [F], the
    # parties not named) where a draft final agreement will be signed (-> AGREE [F], the forty-eighth and fiftieth sets'
    # planned adoption); the war since late 2013 (a general series).
    "snn-e75b56231540": [
        ("ACCUSE", "disapprove", 0, "هجوما شديدا", "رئيس جنوب السودان سلفاكير ميارديت", "الرئيس الأميركي باراك أوباما", None, ""),
        ("THREATEN", None, 0, "لوح", "الرئيس الأميركي باراك أوباما", "رئيس جنوب السودان سلفاكير ميارديت", "العاصمة الإثيوبية أديس أبابا", ""),
        ("THREATEN", None, 0, "لوح", "الرئيس الأميركي باراك أوباما", "نائبه السابق وزعيم التمرد رياك مشار", "العاصمة الإثيوبية أديس أبابا", ""),
        ("ACCUSE", "disapprove", 1, "انتقد", None, "أوباما", None, ""),
        ("CONSULT", "multilateral", 1, "الاجتماع", "أوباما", "رؤساء كينيا وأوغندا ورئيس الوزراء الإثيوبي ووزير الخارجية السوداني", "أديس أبابا", ""),
        ("ACCUSE", "allege", 9, "اتهم", "كير", "خصومه", None, ""),
        ("CONSULT", None, 10, "جلسة المباحثات المقبلة", None, None, "إثيوبيا", "F"),
        ("AGREE", None, 10, "توقيع", None, None, None, "F"),
    ],
    # Asharq Al-Awsat: the British foreign secretary to Asharq Al-Awsat, we support the Saudi-led coalition.. a
    # political solution is needed in Yemen (6 August). s0 the interview (media interviews not coded); s1 Hammond: "we
    # support the coalition led by Saudi Arabia" (-> SUPPORT, a stated backing, the fifty-first set's Washington's
    # backing of its ally; the direct assistance through the standing agreements, including the support of the Saudi air
    # force, a standing practice: not coded); s2 the need for a political solution (a view); s3 the Sanaa agreement
    # reached in September 2014 (-> AGREE [H], passive: actor null); s4-s8 views and necessity statements ("علينا", "يجب");
    # s9 the link line.
    "snn-f2f663a8562a": [
        ("SUPPORT", None, 1, "ندعم", "وزير الخارجية البريطاني", "التحالف الذي تقوده السعودية", None, ""),
        ("AGREE", None, 3, "اتفاق صنعاء", None, None, None, "H"),
    ],
    # Okaz: the competitions committee turns to the clubs to satisfy al-Ahli (1 August). Club business and sport
    # administration (Hawsawi's renewal, the club's consultative meeting with the competitions committee's chairman, the
    # friendly: not coded, the forty-fourth to fifty-first sets). None.
    "snn-5870ddfaf828": [],
    # Al-Jazirah: the Syrian Observatory, six extremists killed in a raid in Syria (21 July). s0 an ISIS leader and five
    # foreign extremists killed on Monday in an air strike near Hasakah (-> ASSAULT aerial; the striker unknown, s2: actor
    # null); s1 the jets hit their car near the village of Fawj al-Milbiya (-> ASSAULT aerial, the newly named actor and
    # place, the forty-eighth and fiftieth sets' lead beside a sentence naming a new actor and place); s2 the unknown
    # striker (not coded); s3 the US intensification earlier this month of its air campaign with a wave of strikes on
    # Raqqa (-> ASSAULT aerial, a series bounded in time with its actor, target and place, the forty-fifth set's Hawija
    # raids; recent); s4 background; s5-s6 the standing campaigns and fighting (general: not coded); s7 ISIS's continuing
    # raids inside Hasakah (a series: not coded), its expulsion from some areas (passive, bare) and the huge attack it
    # launched last month (-> ASSAULT, mode null, the anchor with its own actor and time, reported nowhere else; "last
    # month" from an article of 21 July not shown to be over five weeks: not flagged); s8 the attack's aim (not coded);
    # s9 background; s10 an explosion in Kobani with conflicting accounts (not coded apart); s11 the Observatory: a car
    # bomb that targeted a YPG checkpoint in the town also known as Ain al-Arab (-> ASSAULT explosives, actor unnamed);
    # s12 the YPG spokesman's account of ordnance exploding while clearing ISIS's bombs (another account; the bombs
    # planted by ISIS a bare anchor: not coded).
    "snn-251ea7d1d532": [
        ("ASSAULT", "aerial", 0, "غارة جوية", None, "قياديا في تنظيم داعش وخمسة متطرفين أجانب آخرين", "مدينة الحسكة", ""),
        ("ASSAULT", "aerial", 1, "أصابت", "الطائرات المقاتلة", "سيارة كانت تقل المتطرفين الأجانب", "فوج الميلبية", ""),
        ("ASSAULT", "aerial", 3, "موجة من الضربات", "الولايات المتحدة", "التنظيم المتطرف", "مدينة الرقة", ""),
        ("ASSAULT", None, 7, "هجوم ضخم", "التنظيم", None, "مدينة الحسكة", ""),
        ("ASSAULT", "explosives", 11, "استهدفت", None, "نقطة تفتيش تابعة لوحدات حماية الشعب الكردية", "عين العرب", ""),
    ],
    # Okaz: Kuwait announces the dismantling of an ISIS cell (31 July). s0 the interior ministry: the security services
    # uncovered and seized the members of an ISIS network of five Kuwaitis (-> COERCE arrest, the forty-eighth and
    # fiftieth sets' dismantled cells); s1 the accused confessed to training and to fighting in Syria and Iraq (->
    # CONCEDE, the sets' confessions; the content of the confession not coded apart); s2 the names and their records
    # (details: not coded); s3 the suicide bombing of a mosque in Kuwait on 26 June that killed 26 worshippers (->
    # ASSAULT explosives, the fiftieth and fifty-first sets' suicide bombers; 26 June in an article of 31 July, 35 days:
    # not more than five weeks, the fiftieth set's al-Jazouli, not flagged); s4 the ministry's arrest of forty suspects
    # after it (-> COERCE arrest); s5 the authorities' reinforced security around mosques and sensitive sites (-> MOBILIZE
    # police, the sets' "شددت اجراءاتها الامنية") and the standing anti-terror committee (inside one government: not
    # coded).
    "snn-999168cff0a6": [
        ("COERCE", "arrest", 0, "ضبط", "أجهزة الأمن", "عناصر شبكة إرهابية تنتمي لتنظيم داعش تضم خمسة كويتيين", None, ""),
        ("CONCEDE", None, 1, "اعترفوا", "المتهمين", None, None, ""),
        ("ASSAULT", "explosives", 3, "فجر", "انتحاري", "26 من المصلين", ("الكويت", 2), ""),
        ("COERCE", "arrest", 4, "اعتقال", "وزارة الداخلية", "أربعين مشتبها بهم", None, ""),
        ("MOBILIZE", "police", 5, "عززت", "السلطات", None, None, ""),
    ],
    # Okaz: the Yemeni planning minister, the situation is catastrophic and we are working to repair the damage (24
    # July). s0-s2 his ministry's efforts, the famine figures, his hopes of Gulf aid and its four reports (views,
    # statistics and a ministry's own work: not coded; the Houthi coup a bare reference); s3 the urgent projects whose
    # financing was signed with the Islamic Development Bank (-> AGREE, passive: actor null, the bank as recipient;
    # undated, of the government's current work: not flagged); s4 the agreement's terms (the hospitals, medicines and
    # relief: the contents of an agreement, the fifty-first set's Mukalla terms, not coded) and the Kingdom's share of
    # the aid (a statistic); s5 a conditional return (not coded); s6-s7 the infrastructure destroyed and the fuel seized
    # by the Houthis (general, undated practices of the war: not coded).
    "snn-24bb20ce8e54": [
        ("AGREE", None, 3, "تم التوقيع", None, "البنك الاسلامي للتنمية", None, ""),
    ],
    # Asharq Al-Awsat: Turkey strengthens security around energy facilities as Kurdish attacks increase (7 August). s0
    # Turkey will deploy thermal cameras and mounted patrols around the pipelines (-> MOBILIZE police [F], the sets'
    # security reinforcements; s11-s13 its details, not coded again); s1 the recent attack on the Kurdistan pipeline
    # (anaphoric, coded at s5 where its actor is named); s2 the PKK's statement of mid-July that it escalates its attacks
    # because of the Turkish state's violations of the ceasefire (-> ACCUSE allege; recent); s3 the near-daily attacks (a
    # series: not coded) since Ankara began air strikes on the PKK's camps in northern Iraq on 24 July (-> ASSAULT aerial,
    # the anchor with its own actor, target, place and date, reported nowhere else in the article; recent); s4 the
    # attacks on the Shah Deniz and Iranian gas pipelines in the past ten days (-> ASSAULT, mode null, passive: actor
    # null); s5 the PKK's attack that closed the Iraq-Turkey oil pipeline for a week (-> ASSAULT, mode null); s6-s8 views,
    # statistics and the PKK's practice of the nineties (general); s9 the ceasefire agreed in 2013 (-> AGREE [H], the sets'
    # recalled ceasefire agreements) after Erdogan began talks with Ocalan (-> CONSULT [H], the fifty-first set's records
    # of the same talks); the thirty-year conflict (general); s10 a view; s14 the officials' silence.
    "snn-ce99ab3cb049": [
        ("MOBILIZE", "police", 0, "ستنشر", "تركيا", None, None, "F"),
        ("ACCUSE", "allege", 2, "خروق", "حزب العمال الكردستاني", "الدولة التركية", None, ""),
        ("ASSAULT", "aerial", 3, "ضربات جوية", "أنقرة", "معسكرات حزب العمال الكردستاني", "شمال العراق", ""),
        ("ASSAULT", None, 4, "للهجوم", None, "خط أنابيب ازري شاه دينيز وخط الأنابيب الإيراني", None, ""),
        ("ASSAULT", None, 5, "هجوم", "حزب العمال الكردستاني", "خط الأنابيب الواصل بين العراق وتركيا", None, ""),
        ("AGREE", None, 9, "الاتفاق", None, None, None, "H"),
        ("CONSULT", None, 9, "محادثات", "رجب طيب إردوغان", "الزعيم الكردي المسجون عبد الله أوجلان", None, "H"),
    ],
    # Okaz: diverting the aid route stops the Houthis' grip (7 August). s0 the former Hodeidah governor Sakhr al-Wajih
    # denounced the Houthi putschists' claims on the diversion of the relief ships to Aden (-> ACCUSE disapprove) and
    # charged the Houthi group with looting the aid (-> ACCUSE allege; the diversion itself a measure without a named
    # actor: not coded); s1-s2 the charge restated and the ships' ports (not coded again); s3-s4 the resistance's
    # continuing operations in Hodeidah (a series: not coded); s5 the Houthis "still" holding dozens of journalists and
    # activists (a standing state, the fifty-first set's Mukalla "still holds": not coded); s6 their terrorising of the
    # residents (general).
    "snn-c09db4a38cd5": [
        ("ACCUSE", "disapprove", 0, "استهجن", "محافظ الحديدة السابق صخر الوجيه", "الانقلابيين الحوثيين", None, ""),
        ("ACCUSE", "allege", 0, "نهبهم للمساعدات", "محافظ الحديدة السابق صخر الوجيه", "جماعة الحوثي", None, ""),
    ],
    # Al-Riyadh: an Indian mother fights off a hungry leopard to save her baby (31 July). An animal's attack, the
    # villagers driving it off and the authorities' capture of it (no act between parties, the fifty-first set's
    # Jericho). None.
    "snn-63c51b696072": [],
    # Okaz: no profit deprives Buraidah of its summer festival (24 July). A chamber of commerce's decision on its own
    # funding, its earlier support agreement and the festival committee's plans (business and a body's own work: not
    # coded); the specialists' demand (a general view). None.
    "snn-5691b2f656b5": [],
    # Al-Weeam: the volunteer team "Smile" lights up Eid in al-Sunaydali (21 July). s0-s2 the team's Eid greeting party
    # and prepared prayer ground for the worshippers (hospitality to the village's own worshippers: not coded apart) and
    # its second initiative, a visit to the elderly on Eid morning with gifts (-> CONSULT visit and AID, the tenth,
    # twenty-third, fiftieth and fifty-first sets' Eid visits; the team named in the sentence kept as actor; the
    # recipient of the gifts a pronoun "لهم": null); s3 plans; s4-s6 the link line.
    "snn-cecf24a475f6": [
        ("CONSULT", "visit", 2, "زيارة", "فريق ابتسموا الاجتماعي والتطوعي", "كبار السن", None, ""),
        ("AID", None, 2, "تقديم إهداءات", "فريق ابتسموا الاجتماعي والتطوعي", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
