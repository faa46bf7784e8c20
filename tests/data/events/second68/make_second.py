"""Build events-second68.jsonl: a SECOND, independent annotation of PLOVER events (written by hand below, reading the
text only) for the 12 articles of the sixty-eighth events blind set (../blind68/sample.jsonl), made to measure the
agreement of two careful annotators on the long articles of the sets 57 on (the human ceiling of the events score).
Same layout and guidelines as the earlier sets (/work/main/tests/data/events/events-blind.jsonl ... events-blind67.jsonl,
there is no sixtieth set); second50/make_second.py was the template and blind67/make_gold.py the most recent
annotation script. The first annotation of these articles was never opened.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() of gold_builder.py (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 -B make_second.py  -> writes events-second68.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(os.path.dirname(_HERE), "blind68", "sample.jsonl")
OUT = os.path.join(_HERE, "events-second68.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused و/ف/ب/ل is left out of triggers and participants where the word stands whole (the twentieth to
# sixty-seventh sets' rule: here "أشادتا" from "وأشادتا", "أشاد" from "وأشاد", "أثنى", "دان" from "فيما دان",
# "اتهمتها" from "التي اتهمتها", "ناشدت" from "وناشدت", "اقترح" from "واقترح", "الإرهابيين" from "والإرهابيين",
# "مسلحي الحوثي" from "بمقاتلي ..."/"ضد", "مقاتلي المقاومة الشعبية" from "بمقاتلي", "أربيل" from "في", "موسكو" from
# "لموسكو", "الكويت" from "لتحرير"); where the article's alif is elided after a fused ل the ل stays (the forty-fifth and
# later sets' rule: "نائب الأمين العام للاتحاد الوطني الكردستاني، برهم صالح" as written, with its comma); the text's own
# spellings copied exactly ("براك أوباما" in the Iran column s4 beside "باراك أوباما" in its s6, "جيم رسش",
# "أعضاء (الكابيتول هيل)" with its brackets, "هدَّدَ" with its shadda before the fatha as the text has them, "امريكا والعالم" without the hamza, "هجوماً مباغتاً" with its tanwin, the
# colon of "السيناتور الأمريكي: جيم رسش" and "للرئيس الأمريكي: براك أوباما", whose ل stays before the elided alif); a string repeated in its sentence is picked
# by its occurrence (("المقاومة", 2) in the Yemen s10, "مصدر في المقاومة" the first; ("موسكو", 1) and ("موسكو", 2) in
# the initiatives column s8; ("النظام الإيراني", 2) in the Iran column s3, "لعبة النظام الإيراني" the first;
# ("الكويت", 1) and ("الكويت", 2) in the oil column s9).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth, twenty-seventh
# to sixty-seventh sets); a subject named earlier in the same sentence is kept for its further clauses (the UN Security
# Council of the Libya s27 as the actor of "كان قد فرضه", the Taiz council of the Yemen s19 for its warning), and a
# participant named earlier in the sentence is kept as the recipient of a pronoun (the reinforcements of the Libya s1).
GOLD = {
    # Al-Yaum (Reuters): weak arms keep the Libyan army from advancing against the extremists (7 August). s0-s1 the
    # report's opening incident, told in the present tense with its own numbers and place: a suicide bomber kills three
    # soldiers at a checkpoint in Benghazi (-> ASSAULT suicide-attack) and, when the army sends reinforcements, Islamist
    # fighters open fire on them from nearby buildings, killing six more (-> ASSAULT firearms, the reinforcements of the
    # pronoun "عليهم" as recipient; the sending of reinforcements not coded as MOBILIZE, PLOVER: a mobilisation within an
    # ASSAULT is not coded). Read as one bounded incident (Reuters' feature opening), s2 "بات هذا من الحوادث المعتادة"
    # saying it is typical; a reading of s0-s1 as a habitual account would code neither (see Hard cases). s3 the
    # residents who joined the army ("بعض", unnamed: not coded); s4-s7 the stalled campaign, the chaos since 2011, the
    # divided country (general accounts); s8-s9 the special forces' toll for July: 25 killed and 35 wounded in their
    # battles with the "terrorists" in Benghazi (-> ASSAULT, mode null, at s9 where the battles and the place are
    # stated, the dead as recipient: the thirty-seventh set's record of the same July toll, the forty-ninth and fiftieth
    # sets' tolls of bounded battles); s12 the spokesman's resolve (a view); s14-s19 the fighters' and the army's
    # habitual tactics, the old jets, the ambushes and booby-traps (present-tense general accounts: not coded, the
    # sixty-seventh set); s20 last year the government forces regained a barracks (-> COERCE seize [H], the sets'
    # "استعادة السيطرة") taken by Ansar al-Sharia (inside the relative clause with its own actor -> COERCE seize [H]), the
    # group Washington accused (-> ACCUSE allege [H]) of the attack on its diplomatic compound in Benghazi in 2012 (->
    # ASSAULT [H], actor null: only charged; the fifty-fourth set's record of the same attack); s21-s24 the council's
    # silence on its dead, Haftar's claim of 90 per cent, the council's positions, the closed port and airport (claims
    # and states); s25-s26 ISIS drawn in and its suicide bombings "that began" (a series: not coded); s27 the recognised
    # government appealed to the Security Council to lift the arms embargo (-> REQUEST yield, the fiftieth set's call to
    # lift a ban) imposed during the 2011 uprising (the relative clause with its own date -> SANCTION discontinue [H],
    # the thirty-fourth and sixty-sixth sets' UN embargoes; Libya not named: recipient null); its loss of the capital "a
    # year ago" inside "منذ" (a bare anchor without a named winner of the capital: not coded); s28-s30 the spokesman's
    # view; s32 the great powers refused to lift the embargo (-> REJECT yield, the request's mode).
    "snn-97160664c065": [
        ("ASSAULT", "suicide-attack", 0, "يقتل", "انتحاري", "ثلاثة جنود ليبيين", "نقطة تفتيش في مدينة بنغازي بشرق البلاد", ""),
        ("ASSAULT", "firearms", 1, "يفتح", "مقاتلون إسلاميون", "تعزيزات من الجند", None, ""),
        ("ASSAULT", None, 9, "معاركها", "الإرهابيين", "25 قتيلا و35 جريحا من القوات الخاصة", "مدينة بنغازي", ""),
        ("COERCE", "seize", 20, "استعادت", "القوات الحكومية", None, "ثكنة عسكرية", "H"),
        ("COERCE", "seize", 20, "انتزعتها", "جماعة أنصار الشريعة", None, "ثكنة عسكرية", "H"),
        ("ACCUSE", "allege", 20, "اتهمتها", "واشنطن", "جماعة أنصار الشريعة", None, "H"),
        ("ASSAULT", None, 20, "الهجوم", None, "مجمعها الدبلوماسي", "بنغازي", "H"),
        ("REQUEST", "yield", 27, "ناشدت", "الحكومة المعترف بها دوليا", "مجلس الأمن الدولي", None, ""),
        ("SANCTION", "discontinue", 27, "فرضه", "مجلس الأمن الدولي", None, None, "H"),
        ("REJECT", "yield", 32, "رفضت", "القوى الكبرى", None, None, ""),
    ],
    # Al-Yaum column: "Classes?" (27 July). The writer's reflections on social classes, discrimination and the education
    # of poor children (views, general accounts, the failed revolutions of history as a general claim). None.
    "snn-d48e67c1063f": [],
    # Asharq al-Awsat column: "How long will the clown who takes the slaps remain?" (6 August). Galeano's book on
    # football, goalkeepers and referees (literature and sport; Galeano's death no event between parties). None.
    "snn-ccc61a0bfeea": [],
    # Asharq al-Awsat: Barzani calls for early elections if there is no consensus on the region's presidency (11
    # August). s0 the two main Kurdish parties announced yesterday their rejection of infighting and of the two
    # administrations (a stated position, no act towards a party: not coded, the sixty-seventh set's standing positions)
    # and their continuing talks (the meeting of s1 coded there), while Barham Salih presented a project to solve the
    # crisis (-> REQUEST change, a proposal, the fifty-third set's "اقترحت"; coded at its first mention, s11-s13 its six
    # points and closing proposal being details); s1 the two parties' delegations met in Erbil yesterday (-> CONSULT,
    # mode null, both sides as actor: no host) and held a joint press conference (the statements of s1-s8 are views);
    # s6 the PUK spokesman: "we ended the two administrations with the KDP through the strategic agreement between us"
    # (-> AGREE [H], the agreement recalled with its parties, the fifty-seventh to fifty-ninth sets' agreements recalled;
    # speaker implied: actor null, the KDP recipient); s9 Barzani's statement of the day before yesterday proposing a
    # referendum on the way the president is elected (-> REQUEST change; his rivals' demand inside "في إشارة إلى" a bare
    # reference without a named actor: not coded); s10 his call on all parties in the government and parliament to work
    # quickly for an agreement, with early elections if none (-> REQUEST change, the sixty-second and sixty-seventh
    # sets' patriarch's call on the MPs; his rejection of "coup methods" a view).
    "snn-80adf312beb2": [
        ("REQUEST", "change", 0, "قدم", "نائب الأمين العام للاتحاد الوطني الكردستاني، برهم صالح", None, None, ""),
        ("CONSULT", None, 1, "اجتماع", "وفدي الحزبين", None, "أربيل", ""),
        ("AGREE", None, 6, "الاتفاقية الاستراتيجية", None, "الحزب الديمقراطي الكردستاني", None, "H"),
        ("REQUEST", "change", 9, "اقترح", "رئيس إقليم كردستان مسعود بارزاني", None, None, ""),
        ("REQUEST", "change", 10, "يجب العمل", "بارزاني", "جميع الأحزاب المشاركة في الحكومة والبرلمان", None, ""),
    ],
    # Al-Watan column: "The initiatives of the blue suit" (21 July). The writer's mockery of the Syrian initiatives; facts:
    # s8 this week's initiative came from Moscow (-> REQUEST, mode null: a proposal whose two parts, s9, call for
    # military-security coordination and for a national unity government, change and assist together; coded once, the
    # s9 parts as its content), one part put forward during al-Muallem's visit to Moscow last week (-> CONSULT visit,
    # the host city as place; "last week" in a column of 21 July: recent). The rest (s0-s7, s10-s22) the writer's views,
    # questions and the regime's imagined answer (s19, fiction); the regime's barrel bombs in s13 inside a rhetorical
    # question (a general charge: not coded).
    "snn-7a5699eb7063": [
        ("REQUEST", None, 8, "مبادرة هذا الأسبوع", ("موسكو", 1), None, None, ""),
        ("CONSULT", "visit", 8, "زيارة", "وليد المعلم", None, ("موسكو", 2), ""),
    ],
    # Al-Eqtisadiya: popular resistance leaders: the Kingdom's role is pivotal in Yemen (21 July). s0 two resistance
    # figures of Marib congratulated King Salman on Eid (-> SUPPORT, the sets' congratulations); s1 they praised the
    # Kingdom's role (-> SUPPORT, actor the implied dual subject: null; the sets' "أشاد"); s2-s3 Gharib's views (the
    # achievements of the two operations: a general account); s4 Samran praised the coalition's role (-> SUPPORT; the
    # Houthi coup in the relative clause a bare background reference); s5 his view; s6-s7 the minister: the government
    # works to reopen Aden airport next week (a government's own works, the airport's liberation a bare anchor without
    # an actor) in cooperation with officials (own works); s8 he praised the resistance fighters (-> SUPPORT, implied
    # subject: null) who expelled the Houthi gunmen (the relative clause with its own actor and recipient, the Aden
    # expulsion of days before, reported nowhere else with its actor -> COERCE seize, the sets' "طرد"); the 750 killed in
    # three months of battles (a tally of a long series: not coded); s9 the Marib resistance took Houthi positions west of
    # the province yesterday (-> COERCE seize, the forty-fourth to sixty-sixth sets' "سيطرة", the positions as place);
    # s10 the source: a surprise attack on Houthi positions in al-Faw (-> ASSAULT, mode null; the control of three of them
    # restating s9: not coded again); s11 the combing and pursuit (details of the same operation); s12 the Ibb
    # resistance's two separate operations against Houthi gunmen yesterday (-> ASSAULT, mode null) and s13 one of them,
    # the targeting and destruction of a Houthi patrol near Mafraq Hubaish (-> ASSAULT, mode null, passive: actor null;
    # a lead beside its detail with its own place, the fiftieth set); s14 the patrol's route (detail); s15-s16 the
    # ministerial team's meetings in Aden (a government's own sessions); s17 the rebel militias shelled the oil and gas
    # reserve site in Taiz (-> ASSAULT heavy-weapons, the sets' shelling); s18 the same shelling restated by the military
    # council with the named militias and a narrower place (not coded again, the fiftieth set's restatements) and the
    # blows they had received (a bare series); s19 the council condemned the operation (-> ACCUSE disapprove) and warned
    # it would not go unpunished (-> THREATEN, mode null, the sixth, twelfth and fifty-ninth sets' warnings of
    # punishment).
    "snn-38b4becdf72c": [
        ("SUPPORT", None, 0, "هنأت", "شخصيتان يمنيتان قياديتان من المقاومة الشعبية في محافظة مأرب", "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود", None, ""),
        ("SUPPORT", None, 1, "أشادتا", None, "المملكة", None, ""),
        ("SUPPORT", None, 4, "أثنى", "سالم سمران، القيادي في المقاومة الشعبية", "التحالف العربي بقيادة المملكة العربية السعودية", None, ""),
        ("SUPPORT", None, 8, "أشاد", None, "مقاتلي المقاومة الشعبية", None, ""),
        ("COERCE", "seize", 8, "طرد", "مقاتلي المقاومة الشعبية", "مسلحي الحوثي", None, ""),
        ("COERCE", "seize", 9, "سيطرت", "المقاومة الشعبية", None, "مواقع للمتمردين الحوثيين غربي المحافظة", ""),
        ("ASSAULT", None, 10, "هجوماً مباغتاً", ("المقاومة", 2), "مواقع للمسلحين الحوثيين", "منطقة الفاو", ""),
        ("ASSAULT", None, 12, "عمليتين منفصلتين", "المقاومة الشعبية", "مسلحي الحوثي", "محافظة إب", ""),
        ("ASSAULT", None, 13, "استهداف", None, "دورية عسكرية تابعة لهم", "مفرق حبيش في مديرية المخادر", ""),
        ("ASSAULT", "heavy-weapons", 17, "قصفت", "الميليشيات المتمردة", "موقعا مخصصا لتخزين الاحتياطي الاستراتيجي من النفط والغاز", "محافظة تعز اليمنية", ""),
        ("ACCUSE", "disapprove", 19, "دان", "المجلس", "العملية", None, ""),
        ("THREATEN", None, 19, "لن تمر دون عقاب", "المجلس", None, None, ""),
    ],
    # Al-Jazirah column: "The trumpets of sedition and the intellectual explosive devices!" (8 August). The writer's
    # charges against unnamed channels and sites (general, unnamed "some"), his warnings (views) and the list of his other
    # articles s8-s20. None.
    "snn-b47ed3184fbb": [],
    # Okaz: a legal matter holds up Morales's move; Sanharib the fourth foreigner (8 August). Club business and sport (the
    # transfer, the camp in Milan, the coming matches, the fans' support): not coded, the twenty-ninth to sixty-seventh
    # sets. None.
    "snn-0f8dda584802": [],
    # Al-Eqtisadiya: an Arab agreement on 11 items to activate the Greater Arab Free Trade Area (1 August). s0 the states'
    # readiness to approve (an expectation); s1 the assistant secretary-general: a common formula for all the rules of
    # origin has finally been agreed (-> AGREE, passive: actor null, recent) and meetings of experts and senior officials
    # of the Arab states will be held to approve it (-> CONSULT multilateral [F], the Arab League's framework; coded at
    # its first mention, s4 giving its dates; the final approval its aim, not coded: the sets' aims); s2, s5-s8 the
    # benefits and the rules' purpose (views and explanations); s3 the states' drafting of the rules in 2007 and their
    # technical committee's meetings (own works and a series); s9-s13 the 1984 committee's bases, the WTO's rules of 1995
    # and the 1996 round prompted by a council decision (technical background of institutions' own procedures and a
    # series: not coded).
    "snn-6e2f93bcedcf": [
        ("AGREE", None, 1, "تم الاتفاق", None, None, None, ""),
        ("CONSULT", "multilateral", 1, "ستعقد اجتماعات", "خبراء ومسؤولين كبار في الدول العربية", None, None, "F"),
    ],
    # Al-Riyadh column: "Iran and the game of the hammer and the anvil" (1 August). The writer's views on the nuclear
    # deal (its signing and terms bare references and readings: "تلك الصفقة" without its parties, the terms of s7 not coded,
    # the sixty-seventh set); facts coded: s3 the Iranian regime's detention of five US citizens on charges of espionage
    # (-> COERCE arrest [H], undated; the regime named in "سجون النظام الإيراني" as actor; the charge itself part of the
    # detention; the Fox News report of 2013 a media description: not coded); s4 Senator Risch's description of Obama's
    # decision as naive (-> ACCUSE disapprove, the sets' criticisms; recent, the Senate hearings of late July); s5 Obama's
    # taking the deal to the Security Council over the Congress (the writer's characterisation: not coded, see Hard
    # cases); s6 Obama threatened the members of Congress beforehand with his veto if they rejected the agreement (->
    # THREATEN, mode null: no PLOVER mode for a veto; recent, mid-July); the rest the writer's views.
    "snn-dc691392fdb6": [
        ("COERCE", "arrest", 3, "سلبت حرية", ("النظام الإيراني", 2), "خمسة من مواطني راعي تلك الاتفاقية", None, "H"),
        ("ACCUSE", "disapprove", 4, "وصف", "السيناتور الأمريكي: جيم رسش", "للرئيس الأمريكي: براك أوباما", None, ""),
        ("THREATEN", None, 6, "هدَّدَ", "باراك أوباما", "أعضاء (الكابيتول هيل)", None, ""),
    ],
    # Al-Yaum column: "Will America join the oil exporters' club?" (2 August). s0 the Senate energy committee's approval
    # of a bill to lift the crude export ban (a legislature's internal vote: not coded, the fifty-ninth set's Shura vote);
    # s2-s8 the writer's readings of OPEC, Citigroup's report (a view) and predictions; s9 on this day in 1990 Iraq
    # invaded Kuwait (-> ASSAULT [H], the forty-first and fifty-first sets' records of the invasion, Kuwait as place) and
    # America and the world intervened to liberate it (-> ASSAULT [H], the thirty-fourth set's "التدخل" of America and
    # NATO in Libya); s10-s15 predictions and views; s16 Obama's statement that the danger to the Gulf states is their
    # youths' discontent, not an Iranian attack (an assessment, recalled as the writer's example: not coded, see Hard
    # cases); s17-s23 the writer's warnings and advice.
    "snn-228a2b67178a": [
        ("ASSAULT", None, 9, "غزا", "العراق", None, ("الكويت", 1), "H"),
        ("ASSAULT", None, 9, "تدخل", "امريكا والعالم", None, ("الكويت", 2), "H"),
    ],
    # Al-Yaum (translated column): "The IMF acts wisely on Greece" (3 August). The writer's defence of the IMF's position;
    # facts coded: the IMF's insistence on its conditions for taking part in the new arrangement for Greece (a reform
    # programme, progress in carrying it out, financing guarantees and debt relief, s3-s4) -> REQUEST change, coded once at
    # s14 where the IMF is named as the subject of "يصر" (s2-s3 its readiness and wishes, the subject a pronoun in s3);
    # the latest bailout agreement and the two earlier ones (bare references and a series), the IMF's part in them (s12,
    # s13, a series), the Argentine lending of about 2001 (s17, a recalled general account) and the writer's advice not
    # coded.
    "snn-837d96180f58": [
        ("REQUEST", "change", 14, "يصر", "صندوق النقد الدولي", None, None, ""),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
