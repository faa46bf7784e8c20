"""Build events-blind68.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-eighth events blind set; same layout and guidelines as the first
sixty-seven sets -- there is no sixtieth --, /work/main/tests/data/events/events-blind.jsonl ... events-blind67.jsonl
and their blind/ .. blind67/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to sixty-seventh
sets: articles of 2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas
of 10 conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind68.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind68.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind68.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب is left out of triggers and participants where the word stands whole (the twentieth to
# sixty-seventh sets' rule: here "أشادتا" from "وأشادتا" and "أشاد" from "وأشاد" in the Yemen report s1 and s8,
# "مقاتلي المقاومة الشعبية" from "بمقاتلي" in its s8, "اقترح" from "واقترح" in the Kurdistan report s9, "تدخل" from
# "وتدخل" in the oil column s9, "الهجوم" from "بالهجوم" in the Libya report s20, "ناشدت" from "وناشدت" in its s27,
# "أشار إلى رغبته" from "وأشار" in the IMF column s2); a fused ل is left out of a place ("موسكو" from "لموسكو" in the
# Syrian initiatives column s8); the text's own spellings copied exactly ("هدَّدَ" with its shadda and fathas and
# "أعضاء (الكابيتول هيل)" with its brackets in the Iran column s6, "السيناتور الأمريكي: جيم رسش" and "الرئيس
# الأمريكي: براك أوباما" with their colons in its s4, "امريكا" and "اوباما" without hamza in the oil column,
# "هجوماً مباغتاً" with its tanwin in the Yemen report s10); a string repeated in its sentence is picked by its
# occurrence (("موسكو", 1) and ("موسكو", 2) in the initiatives column s8, ("المقاومة", 2) in the Yemen report s10,
# ("النظام الإيراني", 2) in the Iran column s3, ("الكويت", 1) and ("الكويت", 2) in the oil column s9).
# Actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh to
# sixty-seventh sets: "أشادتا" in the Yemen report s1, "أشاد" in its s8, "استهداف" in its s13, "طوينا" in the
# Kurdistan report s6, "تم الاتفاق" in the trade report s1); a subject named earlier in the same sentence is kept
# ("المجلس" for "أكد" in the Yemen report s19, "مجلس الأمن الدولي" for "كان قد فرضه" in the Libya report s27,
# "بارزاني" for "مؤكدا" in the Kurdistan report s10).

GOLD = {
    # Al-Yaum (Reuters): weak armament keeps the Libyan army from advancing against the extremists (7 August). s0-s1
    # the opening incident at a Benghazi checkpoint, told in the present tense with its own figures (a suicide
    # bomber kills three soldiers -> ASSAULT suicide-attack; the fighters' fire on the reinforcements kills six ->
    # ASSAULT firearms; the reinforcements themselves not coded, PLOVER's mobilisation in the context of an
    # assault); s2 "بات هذا من الحوادث المعتادة" and s4-s7, s14-s16 general accounts (not coded); s3 the residents who
    # took up arms and joined the soldiers some sixteen months before (inside "بعد أن", reported nowhere else ->
    # MOBILIZE militia [H], PLOVER "mobilize ... any non-state entity"); s8-s12 the spokesman's July toll of the
    # Special Forces (a toll reported apart, a month's series: not coded); s20 the government forces' recapture of
    # a barracks last year (-> COERCE seize [H]), Ansar al-Sharia's earlier seizure of it (relative clause with its
    # own actor -> COERCE seize [H]), Washington's charge against the group (-> ACCUSE allege [H], undated) and the
    # attack of 2012 on the US compound in Benghazi that killed the ambassador (-> ASSAULT [H], actor null: the
    # perpetrator only the content of the charge, the sixty-seventh set's "coded as the charge only"); s22-s26
    # standing positions and a series (Haftar's claim of 90 per cent, the closed port and airport, ISIS's suicide
    # bombings "بدأ"); s27 the recognised government's appeal to the Security Council to lift the arms embargo (->
    # REQUEST yield [H], undated; PLOVER "ending sanctions"), its loss of the capital a year before (inside "منذ" ->
    # COERCE seize [H], the fortieth set's "بسطت ... سيطرتها على العاصمة طرابلس") and the embargo imposed in 2011 (a
    # relative clause with its own date -> SANCTION discontinue [H], the thirty-fourth set's UN bans); s28-s31 the
    # army spokesman's views; s32 the great powers' refusal to lift the embargo (-> REJECT yield [H], undated).
    "snn-97160664c065": [
        ("ASSAULT", "suicide-attack", 0, "يقتل", "انتحاري", "ثلاثة جنود ليبيين", "نقطة تفتيش في مدينة بنغازي", ""),
        ("ASSAULT", "firearms", 1, "يفتح", "مقاتلون إسلاميون", "ستة آخرين", None, ""),
        ("MOBILIZE", "militia", 3, "رفع", "بعض السكان", None, None, "H"),
        ("COERCE", "seize", 20, "استعادت", "القوات الحكومية", None, "ثكنة عسكرية", "H"),
        ("COERCE", "seize", 20, "انتزعتها", "جماعة أنصار الشريعة", None, "ثكنة عسكرية", "H"),
        ("ACCUSE", "allege", 20, "اتهمتها", "واشنطن", "جماعة أنصار الشريعة", None, "H"),
        ("ASSAULT", None, 20, "الهجوم", None, "مجمعها الدبلوماسي", "بنغازي", "H"),
        ("REQUEST", "yield", 27, "ناشدت", "الحكومة المعترف بها دوليا", "مجلس الأمن الدولي", None, "H"),
        ("COERCE", "seize", 27, "فقدت", "إدارة منافسة", "الحكومة المعترف بها دوليا", "العاصمة", "H"),
        ("SANCTION", "discontinue", 27, "فرضه", "مجلس الأمن الدولي", None, None, "H"),
        ("REJECT", "yield", 32, "رفضت", "القوى الكبرى", None, None, "H"),
    ],
    # Al-Yaum column: "classes?" (27 July). The writer's reflections on social classes, poverty and discrimination
    # (the failed communist revolutions a general account). None.
    "snn-d48e67c1063f": [],
    # Asharq Al-Awsat column (Saad al-Mahdi): "how long will the clown who takes the slaps remain?" (6 August).
    # Eduardo Galeano's book on football and goalkeepers quoted (his death in April a writer's life, not a PLOVER
    # event). None.
    "snn-ccc61a0bfeea": [],
    # Asharq Al-Awsat: Barzani calls for early elections in the absence of consensus on the Kurdistan presidency (11
    # August). s0 the two main parties' announced rejection of infighting and of two administrations (a stance: not
    # coded) and Barham Salih's project to solve the crisis (-> REQUEST change, the twenty-second set's "طرحت
    # اقتراحين"; its six points s11-s13 not coded again); s1 the meeting of the two parties' delegations in Erbil
    # yesterday (-> CONSULT, mode null; two parties, not one government); s2-s5 and s7-s8 the spokesmen's views
    # (necessity statements, a stance; the talks "continuing" restated); s6 the strategic agreement by which the PUK
    # and the KDP ended the two administrations (a recalled agreement, undated -> AGREE [H], actor null: "طوينا");
    # s9 Barzani's statement of the evening before yesterday proposing a referendum on how the president is elected
    # (-> REQUEST change; his rivals' demand of an election in parliament a standing position, not coded); s10 his
    # call on all the parties to reach an agreement quickly or move towards early elections (-> REQUEST change, the
    # headline; "لن تنجح أساليب الانقلاب" a view).
    "snn-80adf312beb2": [
        ("REQUEST", "change", 0, "مشروعا لحل الأزمة", "نائب الأمين العام للاتحاد الوطني الكردستاني، برهم صالح", None,
         None, ""),
        ("CONSULT", None, 1, "اجتماع", "وفدي الحزبين", None, "أربيل", ""),
        ("AGREE", None, 6, "الاتفاقية الاستراتيجية", None, "الحزب الديمقراطي الكردستاني", None, "H"),
        ("REQUEST", "change", 9, "اقترح", "رئيس إقليم كردستان مسعود بارزاني", None, None, ""),
        ("REQUEST", "change", 10, "انتخابات مبكرة", "بارزاني", "جميع الأحزاب المشاركة في الحكومة والبرلمان", None, ""),
    ],
    # Al-Watan column: "the initiatives of the blue suit" (21 July). s0-s7 views on the initiatives for Syria (a
    # general account); s8 this week's initiative from Moscow, one part of it put forward during Walid al-Muallem's
    # visit to Moscow the week before (-> REQUEST, mode null: its two parts, s9, a call for military and security
    # coordination (assist) and for a national unity government (change), the twenty-second and fifty-third sets'
    # proposals as REQUEST; -> CONSULT visit, recent); s9-s10 its parts (not coded again) and the writer's reading;
    # s11-s22 rhetorical questions and an imagined debate inside the regime (not coded).
    "snn-7a5699eb7063": [
        ("REQUEST", None, 8, "مبادرة هذا الأسبوع", ("موسكو", 1), None, None, ""),
        ("CONSULT", "visit", 8, "زيارة", "وليد المعلم", None, ("موسكو", 2), ""),
    ],
    # Al-Eqtisadiya: leaders of the Popular Resistance: the Kingdom's role pivotal and positive (21 July). s0 two Marib
    # resistance leaders' Eid congratulations to King Salman (-> SUPPORT, the twenty-seventh and sixty-fourth sets'
    # "هنأ"); s1 their praise of the Kingdom's role (-> SUPPORT, actor null: "أشادتا"; Ali Gharib's words of s2 its
    # detail, not coded again; s3 his views and prediction); s4 Salem Samran's praise of the coalition (-> SUPPORT,
    # another actor and recipient; the coup against the government inside "التي" a characterisation, not coded);
    # s6-s7 the interior minister on reopening Aden airport next week (a government's own works and aims: not
    # coded; the airport's liberation inside "بعد" reported as s8's expulsion); s8 his praise of the resistance
    # fighters (-> SUPPORT, actor null) who drove out the Houthi gunmen (relative clause with its own actor and target
    # -> COERCE seize, the fiftieth and sixty-second sets' "طرد"; recent, Aden freed in mid-July) and the toll of three
    # months of battles (a series: not coded); s9 the Marib resistance's capture of Houthi positions yesterday (->
    # COERCE seize); s10 the source's surprise attack at al-Faw (-> ASSAULT, new method and place) and the rebels'
    # flight inside "بعد" (-> RETREAT withdraw, the twenty-fifth set's "هربوا"; the capture of three positions
    # restated, not coded again); s11 the combing and pursuit (-> ASSAULT, mode null, the sixty-sixth set's "a combing
    # campaign -> ASSAULT" following the fifty-sixth set, the latest; earlier sets had COERCE seize); s12 the two
    # operations in Ibb (-> ASSAULT) and s13 the targeting of a Houthi patrol near Mafraq Hubaish (-> ASSAULT, new target and place, actor null; its destruction restated); s14 the patrol's route (not
    # coded); s15-s16 the ministerial team's meetings in Aden (inside one government: not coded); s17 the Houthi
    # shelling of the oil and gas reserve site in Taiz (-> ASSAULT heavy-weapons, the twenty-fifth set's shelling by
    # the Houthis), restated s18 with its place (not coded again; the "ضربات موجعة" inside "بعد" a series); s19 the
    # military council's condemnation (-> ACCUSE disapprove) and warning that the crime will not go unpunished (->
    # THREATEN, mode null, the fifty-ninth and sixty-seventh sets' warnings).
    "snn-38b4becdf72c": [
        ("SUPPORT", None, 0, "هنأت", "شخصيتان يمنيتان قياديتان من المقاومة الشعبية في محافظة مأرب",
         "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود", None, ""),
        ("SUPPORT", None, 1, "أشادتا", None, "المملكة", None, ""),
        ("SUPPORT", None, 4, "أثنى", "سالم سمران، القيادي في المقاومة الشعبية",
         "التحالف العربي بقيادة المملكة العربية السعودية", None, ""),
        ("SUPPORT", None, 8, "أشاد", None, "مقاتلي المقاومة الشعبية", None, ""),
        ("COERCE", "seize", 8, "طرد", "مقاتلي المقاومة الشعبية", "مسلحي الحوثي", None, ""),
        ("COERCE", "seize", 9, "سيطرت", "المقاومة الشعبية في مأرب", "للمتمردين الحوثيين", "غربي المحافظة", ""),
        ("ASSAULT", None, 10, "هجوماً مباغتاً", ("المقاومة", 2), "للمسلحين الحوثيين", "منطقة الفاو", ""),
        ("RETREAT", "withdraw", 10, "فرار", "المتمردين", None, None, ""),
        ("ASSAULT", None, 11, "تمشيط المنطقة", "رجال المقاومة", "ما تبقى من فلول المتمردين", None, ""),
        ("ASSAULT", None, 12, "عمليتين منفصلتين", "المقاومة الشعبية", "مسلحي الحوثي", "محافظة إب، وسط اليمن", ""),
        ("ASSAULT", None, 13, "استهداف", None, "دورية عسكرية تابعة لهم", "مفرق حبيش في مديرية المخادر", ""),
        ("ASSAULT", "heavy-weapons", 17, "قصفت", "الميليشيات المتمردة",
         "موقعا مخصصا لتخزين الاحتياطي الاستراتيجي من النفط والغاز", "محافظة تعز اليمنية", ""),
        ("ACCUSE", "disapprove", 19, "دان", "المجلس", "العملية", None, ""),
        ("THREATEN", None, 19, "لن تمر دون عقاب", "المجلس", None, None, ""),
    ],
    # Al-Jazirah column: "the trumpets of sedition and the explosive intellectual charges" (8 August). The writer's
    # view of sectarian channels and websites (general accounts: not coded); s8-s20 the list of the writer's other
    # articles (link lines). None.
    "snn-b47ed3184fbb": [],
    # Okaz (sport): a legal matter holds up Morales's move, Sanharib the fourth foreigner (8 August). A club's
    # transfers, camp, friendlies and fixtures (club business and sport: not coded, the thirty-fourth, fifty-third and
    # fifty-ninth sets). None.
    "snn-0f8dda584802": [],
    # Al-Eqtisadiya: Arab agreement on 11 clauses to activate the Greater Arab Free Trade Area (1 August). s0 the
    # member states' readiness to approve (the lead of s1; the approval itself the coming meetings' aim); s1 the
    # agreement reached "أخيرا" on the common wording of the rules of origin (-> AGREE, recent; passive "تم الاتفاق":
    # actor null) and the meetings of experts and senior officials to be held (-> CONSULT multilateral [F], the
    # League's framework; the nineteenth to thirty-fourth sets' planned meetings; their dates in s4 not coded again);
    # s2, s5-s8 views and explanations; s3, s9-s13 the technical history of the rules (the 2007 drafting, the 1984
    # experts' approval, the WTO's controls of 1995, the 1996 round of negotiations: procedures and a series without
    # named parties, not coded).
    "snn-6e2f93bcedcf": [
        ("AGREE", None, 1, "تم الاتفاق", None, None, None, ""),
        ("CONSULT", "multilateral", 1, "ستعقد اجتماعات", "خبراء ومسؤولين كبار في الدول العربية", None, None, "F"),
    ],
    # Al-Riyadh column: "Iran and the game of the hammer and the anvil" (1 August). s0-s2 the writer's reading of the
    # nuclear agreement (no anchor with its parties stated as fact: not coded, the sixty-sixth and sixty-seventh
    # sets' readings); s3 the Iranian regime's detention of five American citizens on spying charges without trial
    # (-> COERCE arrest [H], undated, the sixty-first set's detentions); s4 Senator Jim Risch's description of
    # Obama's decision as naive (-> ACCUSE disapprove, the fifty-ninth set's Netanyahu "description"); s5 Obama's
    # taking the deal to the Security Council over Congress (the writer's framing: not coded); s6 his pre-emptive
    # threat to veto a congressional rejection (-> THREATEN, mode null, the forty-second and fifty-eighth sets' "حذر
    # ... الكونجرس"; recent); s7 the deal's terms as the writer reads them (not coded).
    "snn-dc691392fdb6": [
        ("COERCE", "arrest", 3, "سلبت حرية", ("النظام الإيراني", 2), "خمسة من مواطني راعي تلك الاتفاقية", None, "H"),
        ("ACCUSE", "disapprove", 4, "وصف", "السيناتور الأمريكي: جيم رسش", "للرئيس الأمريكي: براك أوباما", None, ""),
        ("THREATEN", None, 6, "هدَّدَ", "باراك أوباما", "أعضاء (الكابيتول هيل)", None, ""),
    ],
    # Al-Yaum column: "will America join the club of oil exporters?" (2 August). s0 the Senate energy committee's
    # approval of a bill to lift the crude export ban "قبل أيام" (a decision inside one government: not coded, the
    # fifty-ninth set's Shura vote); s2-s8 views, a bank report, predictions; s9 Iraq's invasion of Kuwait of 2
    # August 1990 (-> ASSAULT [H], the forty-first and fifty-first sets' records of the same invasion) and the
    # intervention of America and the world to liberate Kuwait (-> ASSAULT [H], the thirty-fourth set's "a military
    # intervention -> ASSAULT"); s10-s15 views; s16 Obama's remembered warning to the Gulf states that their danger is
    # their youth's discontent (-> ACCUSE disapprove [H], undated (April 2015), the twenty-second and thirty-fifth
    # sets' critical warnings); s17-s23 the writer's views and warnings.
    "snn-228a2b67178a": [
        ("ASSAULT", None, 9, "غزا", "العراق", None, ("الكويت", 1), "H"),
        ("ASSAULT", None, 9, "تدخل", "امريكا والعالم", None, ("الكويت", 2), "H"),
        ("ACCUSE", "disapprove", 16, "حذر", "الرئيس الأمريكي باراك اوباما", "دول الخليج", None, "H"),
    ],
    # Al-Yaum column (Bloomberg): "the IMF acts wisely on Greece" (3 August). s2 the IMF's readiness to take part in
    # the creditors' negotiations and its stated wish to join the new financing, conditional on progress (-> AGREE,
    # the thirty-fourth set's "an expressed willingness -> AGREE"); s3-s5 its four conditions (pronoun, the lead of
    # s14) and the writer's approval; s6-s13 views and the earlier bailouts (a bare reference and a series, the
    # fifty-seventh set's column of the same series); s14 the IMF's insistence on its conditions for a new
    # arrangement (-> REQUEST change); s17 the IMF's lending to Argentina some 14 years before, told as the writer's
    # example (not coded); s15-s20 views.
    "snn-837d96180f58": [
        ("AGREE", None, 2, "أشار إلى رغبته", "صندوق النقد الدولي", "اليونان", None, ""),
        ("REQUEST", "change", 14, "يصر", "صندوق النقد الدولي", None, None, ""),
    ],
}

if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
