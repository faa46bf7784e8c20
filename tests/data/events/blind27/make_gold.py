"""Build events-blind27.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 20 articles drawn by sample.py (twenty-seventh events blind set; same layout and guidelines as the first
twenty-six sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind26.jsonl and their blind/ ..
blind26/ make_gold.py).

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind27.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind27.jsonl")


# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunction و are left out of a trigger where the word stands whole (the twentieth
# to twenty-sixth sets' rule: here "الضغط" from "بالضغط", "دعم" from "لدعم", "مداهمة" from "بمداهمة", "اقتحام" from
# "باقتحام", "مساعدة" from "وبمساعدة", "ملاحقة الجناة" from "في ملاحقة الجناة"); in actors and places the fused
# ب/ل/ك is left out likewise ("الاتفاقية" from "بالاتفاقية", "إيران" from "لإيران", "وحدة الاتصالات الرئيسية" from
# "لوحدة", "الرياض"-type bare names), and kept where the article's alif is elided (the first set's rule:
# "للزيارة" in the Arab Parliament's s0).
# The link line "رابط الخبر بصحيفة الوئام: <headline>" that closes the Al-Weeam reports is not coded: it restates
# the headline (the twentieth to twenty-sixth sets; the first, tenth to fourteenth and seventeenth sets coded it
# like any sentence: the latest sets' decision is followed, see SOURCE-events-blind27.txt).
# Speakers named only by an honorific pronoun ("معاليه", "لقائه") or an implied subject ("وأضاف", "وندد", "مطالبا")
# are null (the eighteenth set's "وناشد معاليه" with a null actor, the latest decision; the first set had kept
# "معاليه" as actor); a subject named earlier in the same sentence is kept for its further clauses (twenty-sixth set).
GOLD = {
    # Okaz economy: oil recovers in volatile trading (21 July). s0 the expected rise of Iran's crude exports "after
    # Tehran reached a nuclear agreement" (an agreement with its own actor inside the anchor "عقب", reported nowhere
    # else -> AGREE, as the fourteenth set's oil report "بعد التوصل إلى اتفاق" and the eleventh set's oil report;
    # 14 July, a week before: not historical). Not coded: the prices, the dollar, the supply glut and the Chinese and
    # European worries (markets), s1-s3 (Brent's settlement, cut at the decimal points).
    "snn-003888dc5585": [
        ("AGREE", None, 0, "توصل", "طهران", None, None, ""),
    ],
    # Ain Al-Yaum: a Gaza student lays his graduation gown on his mother's grave (24 July). A photo shared on social
    # networks, the users' prayers and a comment on flowers on graves: no act between actors: none.
    "snn-0a6b29ac5184": [],
    # Okaz: "the enemies will not break our national cohesion" (10 August): the sheikhs and notables of Najran
    # condemning the suicide bombing of the emergency forces' mosque in Asir (6 August). Reaction articles to that
    # bombing are coded as the sixth, eleventh, thirteenth, eighteenth and twenty-fifth sets': one ACCUSE
    # disapprove per speaker with the attack as object (recipient null), and the attack coded where it is
    # described with its target and place. s0 the notables' condemnation (-> ACCUSE disapprove) and the terrorist
    # operation that targeted the worshippers in the emergency forces' mosque (-> ASSAULT, mode null: "العملية
    # الإرهابية" names no method here, the thirteenth and eighteenth sets' rule for reaction articles; bombers not
    # named: actor null; four days before: not historical); s1 Sheikh Ali Abu Saq (-> ACCUSE disapprove, "a clear
    # violation of the sanctity of mosques"); s2 Sheikh Sultan bin Munif (-> ACCUSE disapprove, "a shameful criminal
    # act"); s4 Mohammed Shatran and Saleh Al Salama, one phrase for the two speakers of one statement (-> ACCUSE
    # disapprove; "هذه العملية الإجرامية" first occurrence). Not coded: s1's description of the attack on the men of
    # the emergency forces (the s0 attack restated with a detail), s3 (the Kingdom "will continue" to fight terrorism:
    # a general resolve, the thirteenth and twenty-fifth sets' "ستمضي"), s4's security men's blows, pursuits, foiled
    # operations, uncovered cells and perpetrators brought to justice (a standing practice and series, the twenty-fifth
    # set's "the army's painful blows").
    "snn-b7edde3a6b92": [
        ("ACCUSE", "disapprove", 0, "استنكر", "عدد من مشايخ وأعيان ووجهاء منطقة نجران", None, None, ""),
        ("ASSAULT", None, 0, "العملية الإرهابية", None, "المصلين", "مسجد قوة الطوارئ الخاصة بمنطقة عسير", ""),
        ("ACCUSE", "disapprove", 1, "انتهاكا واضحا لحرمة المساجد", "الشيخ علي أبو ساق شيخ شمل قبائل آل فاطمة يام", None, None, ""),
        ("ACCUSE", "disapprove", 2, "عمل إجرامي مشين", "الشيخ سلطان بن منيف شيخ شمل قبائل جشم يام", None, None, ""),
        ("ACCUSE", "disapprove", 4, ("هذه العملية الإجرامية", 1), "محمد شتران عضو مجلس نجران ونائب رئيس الغرفة التجارية الصناعية، وصالح آل سلامة عضو مجلس منطقة نجران وعضو مجلس إدارة الغرفة التجارية الصناعية", None, None, ""),
    ],
    # Okaz sports: al-Barqan, head of the Saudi federation's professional committee: "we approved 22 players only"
    # (20 July). The list of clubs with and without complaints and bank transfers, the international certificates
    # and the 22 registrations approved: a sports body's routine administration of registrations (the nineteenth and
    # twenty-sixth sets: a sports body's internal business is not coded; no penalty or refusal towards a named party),
    # and "لم يتم طلب أي شهادة دولية" a routine absence, not a denied act: none.
    "snn-d8242c0b92e9": [],
    # Al-Yaum: al-Jubeir: the states of the region want a peaceful solution of Iran's nuclear programme (20 July,
    # after his talks with Kerry). s0 the foreign minister: Iran must use the agreement to improve its economy and not
    # to continue its adventures in the region (a demand on a state's policy -> REQUEST change, the first set's
    # al-Jubeir/Steinmeier "يجب على إيران تغيير سياستها", the twenty-fifth set's "نريد من الجانب الإيراني"; the
    # adventures are the demand's object, not coded apart) and the nuclear agreement "reached this week with the six
    # world powers" (a relative clause with its parties, reported nowhere else -> AGREE, actor null for the passive
    # "تم التوصل" and the powers as recipient, the fourteenth set's "التوصل إلى اتفاق ... مع الدول الكبرى الست";
    # recent); s1 his meeting with the US Secretary of State John Kerry (inside the anchor "عقب", with its
    # participant, reported nowhere else -> CONSULT, mode null: talks outside a stated visit, twelfth to twenty-sixth
    # sets) and "if Iran tries to cause problems in the region, we will confront it firmly" (a conditional warning to
    # a named state -> THREATEN, mode null: no force named, the twenty-third set's "ستتم مواجهته"); s2 his welcome of
    # the agreement (-> SUPPORT, the twenty-fourth set's Kerry and the first set's Obama defending the deal;
    # "الاتفاقية" first occurrence, from "بالاتفاقية"). Speaker in s1-s2 only "معاليه": actor null (the eighteenth
    # set's "وناشد معاليه"). Not coded: s2's "all the states of the region want a peaceful solution" (a general
    # statement) and "there must be an effective mechanism allowing sanctions to be reimposed quickly" (a condition
    # stated as policy, addressed to no party: neither REQUEST nor THREATEN; the threatened sanctions of the first
    # set's Steinmeier were a speaker's own warning).
    "snn-e4458b1d648b": [
        ("REQUEST", "change", 0, "أن تستخدم", "وزير الخارجية الأستاذ عادل بن أحمد الجبير", "إيران", None, ""),
        ("AGREE", None, 0, "تم التوصل إليه", None, "القوى العالمية الست", None, ""),
        ("CONSULT", None, 1, "لقائه", None, "وزير الخارجية الأمريكية جون كيري", None, ""),
        ("THREATEN", None, 1, "سوف نواجهها بحزم", None, "إيران", None, ""),
        ("SUPPORT", None, 2, "مرحبًا", None, ("الاتفاقية", 1), None, ""),
    ],
    # Al-Yaum: the Tunisian parliament debates a new counter-terrorism law (22 July). Domestic legislation (the
    # debate, the drafts, the law's aim and the 2003 law it replaces) is not coded (the sixth set's Tunisian
    # parliament, the same law two days later). Coded: s2 the two attacks that killed dozens of tourists, in June in
    # Sousse and in March in the Bardo museum, claimed by ISIS (inside the anchor "بعد" with their claimant, victims
    # and places, reported nowhere else -> ASSAULT, mode null, the claimant as actor, the twenty-fifth set's claimed
    # attacks; two records for the two places and flags: Sousse on 26 June, four weeks before: not historical;
    # Bardo in March: historical, the five-week rule); s4 several NGOs including HRW and Amnesty voicing fears about
    # the law (-> ACCUSE disapprove, the sixth set's NGOs' criticism of the same law) and s5 their criticism of the
    # vague definition of terrorist crimes and the lack of guarantees (a new explicit criticism -> ACCUSE
    # disapprove, implied subject: actor null; the sixth set coded its two opponents' criticisms in two sentences).
    # Not coded: s0's "الاعتداءات تتزايد" and s6's growing jihadist threat (a series, general), s1 (the drafts and the
    # missing consensus), s3 (the 2003 law "used to repress the opposition, especially Ennahda": background left
    # uncoded by the sixth set for the same sentence).
    "snn-24459ba1ee53": [
        ("ASSAULT", None, 2, "الهجومين", "تنظيم داعش", "السياح", "سوسة", ""),
        ("ASSAULT", None, 2, "الهجومين", "تنظيم داعش", "السياح", "متحف باردو", "H"),
        ("ACCUSE", "disapprove", 4, "ابدت مخاوف", "عدة منظمات غير حكومية بينها هيومن رايتس ووتش ومنظمة العفو الدولية", None, None, ""),
        ("ACCUSE", "disapprove", 5, "انتقدت", None, None, None, ""),
    ],
    # Al-Riyadh: Twitter's revenue beats the analysts' forecasts (31 July). Revenue, shares, users and the sales
    # team's contracts with advertisers: commerce (the twenty-fifth set's commercial items): none.
    "snn-f40344e1ff48": [],
    # Asharq Al-Awsat: Carter and Dempsey before the Senate Armed Services Committee on the Iran deal (29 July; the
    # Congress hearings). The hearings themselves (s0's committees hearing ministers and experts, s1's appearance,
    # s11's answers to the senators' questions, the planned vote) are legislative business, not coded (the
    # twenty-fourth set's "ويراجع الكونجرس حاليا", the sixth set's Tunisian parliament). Coded: s0 the US ministers
    # defending the nuclear agreement before the committees (inside the anchor "بعد أن", the defence reported
    # nowhere else -> SUPPORT, the first set's Obama "دافع"; recent); s2 Carter calling on Congress to back the
    # agreement (-> REQUEST, mode null, the twenty-fourth set's Obama call on the deal's supporters), the requested
    # backing (a requested act with a PLOVER type, coded beside its REQUEST: SUPPORT [F], the sixteenth and
    # twenty-sixth sets' rule; PLOVER SUPPORT covers ratifying an agreement) and his "an important step and a great
    # success of US diplomacy" (-> SUPPORT); s4 his reassurance messages to the United States' allies in the Middle
    # East (-> SUPPORT; s6-s7 and s9 are the messages' content, the quotation as such); s5 Iran "a security challenge
    # by its support for the Assad regime and Hezbollah and its destabilising of Yemen" (a charge -> ACCUSE allege,
    # the twenty-fourth set's Kerry "دعمها للإرهاب", speaker implied: actor null; the support charged is not coded
    # apart as AID); s8 his condemnation of Iran's "harmful activities" (-> ACCUSE disapprove, implied subject: null;
    # "إيران" from "لإيران"); s12 the deal's critics saying it will enrich Iran (-> ACCUSE disapprove, the
    # twenty-fifth set's conservatives attacking the deal) and its supporters, the Democrats, saying it is better than
    # the military solution (-> SUPPORT); s13 Dempsey cautiously backing the agreement (-> SUPPORT). Not coded: s3
    # and s14-s16 (quotations restating the support), s8-s9's "we will keep a strong military posture" (a general
    # statement of policy), s10 (the Iranian military support for Assad and Hezbollah: s5's charge restated), s17
    # (Dempsey's view), s18 (a series of unspecified initiatives with Israel and the GCC), s19-s20 (his assessment
    # of hypothetical strikes).
    "snn-d7e4f687fc86": [
        ("SUPPORT", None, 0, "يدافعون", "وزراء أميركيين", "اتفاق إيران النووي", None, ""),
        ("REQUEST", None, 2, "دعا", "كارتر", "الكونغرس", None, ""),
        ("SUPPORT", None, 2, "دعم", "الكونغرس", "الاتفاق", None, "F"),
        ("SUPPORT", None, 2, "خطوة هامة", "كارتر", "الاتفاق", None, ""),
        ("SUPPORT", None, 4, "رسائل طمأنة", "كارتر", "حلفاء الولايات المتحدة في الشرق الأوسط", None, ""),
        ("ACCUSE", "allege", 5, "دعمها", None, "إيران", None, ""),
        ("ACCUSE", "disapprove", 8, "ندد", None, "إيران", None, ""),
        ("ACCUSE", "disapprove", 12, "ستغني إيران", "منتقدو الصفقة", None, None, ""),
        ("SUPPORT", None, 12, "أفضل من الحل العسكري", "المؤيدون، وهم من الديمقراطيين", "الاتفاق", None, ""),
        ("SUPPORT", None, 13, "أيد", "الجنرال ديمبسي", "الاتفاق", None, ""),
    ],
    # Al-Madina (Reuters): US officials under Congress's pressure to disclose information on the Iran deal (23
    # July). The hearings and testimonies (s2, s3's separate sessions, s9's closed session) and Congress's review and
    # deadline (s0, s13) are legislative business, not coded (as the Carter report). Coded: s0 the sceptical
    # lawmakers vowing to press the administration's senior officials to disclose more information during the
    # hearing (the pressing vowed for a hearing not yet reported -> REQUEST [F], mode null: disclosure fits no
    # REQUEST mode; "الضغط" from "بالضغط"); s3 the administration officials' series of phone calls and meetings with
    # lawmakers (talks between named sides -> CONSULT, mode null: phone calls and meetings together, the latest
    # mode for talks outside a visit); s4 lawmakers saying they want more information on the sanctions, the
    # inspections and the funds (-> REQUEST, mode null, the twenty-fifth set's "نريد"); s10 Cardin's "we need
    # clarifications on many areas" (another speaker -> REQUEST, implied subject "وأضاف": actor null); s14 Iran's
    # agreeing under the deal to limit its programme (-> AGREE; the sanctions relief is the agreement's content,
    # not coded); s15 many Republicans' rejection of the deal (inside the anchor "في ظل", with its actor, reported
    # nowhere else -> REJECT, mode null, the third set's Revolutionary Guard "رفضه"; "للاتفاق الإيراني" kept, the
    # article's alif elided). Not coded: s2's "منذ إعلان
    # الاتفاق في 14 يوليو" (a bare anchor; the agreement is s14's record), s6-s7 (Corker's assessment), s8 (his
    # scepticism and his undecided vote: an opinion, not a criticism), s12 (the undecided Democrats), s13 (the law
    # Obama signed in May: domestic legislation), s15's Obama needing to persuade the Democrats (a need).
    "snn-36f84d32f80f": [
        ("REQUEST", None, 0, "الضغط", "مشرعون أمريكيون متشككون في الاتفاق النووي مع إيران", "كبار المسؤولين في إدارة الرئيس باراك أوباما", None, "F"),
        ("CONSULT", None, 3, "سلسلة من المحادثات الهاتفية والاجتماعات", "مسؤولون بالإدارة", "مشرعين", None, ""),
        ("REQUEST", None, 4, "يريدون", "مشرعون", None, None, ""),
        ("REQUEST", None, 10, "نحتاج إيضاحات", None, None, None, ""),
        ("AGREE", None, 14, "وافقت", "إيران", None, None, ""),
        ("REJECT", None, 15, "رفض", "الكثير من الجمهوريين", "للاتفاق الإيراني", None, ""),
    ],
    # Al-Yaum: families of the Saudi prisoners in Iraq to meet the new ambassador (10 August). s0 the families'
    # coming meeting with the Saudi ambassador in Baghdad Thamer al-Sabhan (with the lawyer and Red Crescent
    # officials) to discuss their sons' situation (a scheduled meeting between named parties -> CONSULT [F], mode
    # null; the meeting's place not yet set: location null, "بغداد" names the ambassador's post); s1 the exchange
    # agreement signed between the Iraqi and Saudi sides (in a relative clause, reported nowhere else -> AGREE;
    # undated background: historical, the sixteenth to twenty-sixth sets' rule) and the source's charge that the
    # Iraqi government has not disclosed where some Saudi prisoners are held nor who died or was killed in its
    # prisons and interrogation rooms (-> ACCUSE allege against a named party; "مصدر" as actor, the sources of the
    # earlier sets); s2 the families' demand that all Saudi prisoners be moved to Kurdistan's prisons, treated and
    # allowed to call their relatives (-> REQUEST, mode null; the addressee not named; the transfer, treatment and
    # calls have no clear PLOVER type and are not coded apart). Not coded: s0's monthly meeting of the families (a
    # standing practice among one side) and the ambassador's recent appointment (an appointment), s1's agreement
    # still "at the mercy of the Iraqi parliament" (its ratification pending, no act) and the 60 prisoners held (a
    # standing state), s2's contact cut for a year and a half (a standing state), s3 (the families' optimism and the
    # claim that no terrorism charge was proven against any detainee: a denial with no PLOVER act denied, the
    # twentieth set's rule).
    "snn-5189bfdf5bed": [
        ("CONSULT", None, 0, "اجتماعاً", "اهالي السجناء السعوديين في العراق", "سفير خادم الحرمين الشريفين في بغداد ثامر السبهان", None, "F"),
        ("AGREE", None, 1, "توقيعها", "الجانبين العراقي والسعودي", None, None, "H"),
        ("ACCUSE", "allege", 1, "لم تحدد", "مصدر", "الحكومة العراقية", None, ""),
        ("REQUEST", None, 2, "مطالبة", "الأهالي", None, None, ""),
    ],
    # Al-Watan: the presidential vacuum and the waste crisis threaten Lebanon's government (26 July). s4 the
    # information minister Ramzi Jreij's meeting with PM Salam yesterday (inside the anchor "عقب", with its
    # participants, reported nowhere else -> CONSULT, mode null) and his affirmed solidarity with and support for
    # Salam's positions in the cabinet (-> SUPPORT; "الرئيس سلام", named in the sentence, as recipient of both);
    # s6 Elie Mahfouz attacking those who obstruct the PM (-> ACCUSE disapprove, the twenty-fifth and twenty-sixth
    # sets' "هاجم"; the obstructers unnamed: recipient null); s10 "after Iran signed the nuclear agreement with the
    # major powers" (inside the anchor "بعد", with its parties, reported nowhere else -> AGREE; recent); s11 the
    # Israeli aviation's spy drone circling over southern Lebanon in violation of its airspace and of resolution
    # 1701 (a military flight short of force -> MOBILIZE weapons, the fifteenth set's Turkish fighters over Qandil
    # "حلقت ... من دون أن تشن غارات"; "التحليق" from "بالتحليق") and the Lebanese army and UNIFIL closely watching
    # the Israeli movements as a precaution (increased readiness -> MOBILIZE troops, the ninth and eleventh sets'
    # alerts; the watched side only an adjective: recipient null). Not coded: s0-s3 (the crisis, the obstructed
    # election, the waste, the feared protests, the delayed and expected resignation, Salam's "red line": an
    # institution's crisis, predictions and intentions), s5 (his words continued), s7 (Mahfouz's s6 attack
    # continued, against the same unnamed side), s8 (his view of the Taif agreement, not coded by the sixteenth set
    # either), s9-s10's predictions (Chamoun ruling out the resignation, Aoun's "losing bet").
    "snn-ecc3ab1ec78c": [
        ("CONSULT", None, 4, "لقائه", "وزير الإعلام رمزي جريج", "الرئيس سلام", None, ""),
        ("SUPPORT", None, 4, "تضامني", "وزير الإعلام رمزي جريج", "الرئيس سلام", None, ""),
        ("ACCUSE", "disapprove", 6, "هاجم", "رئيس حركة التغيير عضو الأمانة العامة لقوى 14 آذار إيلي محفوظ", None, None, ""),
        ("AGREE", None, 10, "توقيع", "إيران", "الدول الكبرى", None, ""),
        ("MOBILIZE", "weapons", 11, "التحليق", "الطيران الإسرائيلي", None, "جنوب لبنان", ""),
        ("MOBILIZE", "troops", 11, "مراقبة التحركات الإسرائيلية", "الجيش اللبناني وقوات الطوارئ المعززة \"اليونيفيل\"", None, None, ""),
    ],
    # Al-Weeam column: the nuclear agreement and the secret of Iran's joy (21 July). s0 the agreement of Iran with
    # America and the Western states, "imminent" when the news came (the column's subject, named with its parties
    # in the sentence -> AGREE, the third and eighteenth sets' commentaries on the same agreement; reached on 14 July,
    # a week before: neither hypothetical nor historical; the two sides in one phrase, the twenty-sixth set's
    # "من جانب" phrase). Not coded: the negotiations' rounds (a series over years), s1 (the Iranian jubilation, the
    # agreement's stated aims and content, the column's suspicion of secret annexes), s2-s3 (speculation and
    # prediction).
    "snn-4bdd5f831243": [
        ("AGREE", None, 0, "اتفاقاً وشيكاً", "إيران من جهة وأمريكا والدول الغربية من جهة أخرى", None, None, ""),
    ],
    # Asharq Al-Awsat: Kerry: an agreement with Russia to identify those responsible for chemical attacks in Syria
    # (6 August). s0 the United States and Russia reaching agreement on a draft UN resolution (-> AGREE; its aim, the
    # perpetrators' identification and trial, is an aim, not coded, twenty-sixth set; the chemical attacks in Syria
    # are a general series with no party named); s1 the likely vote tomorrow on the US proposal asking the UN
    # Secretary-General and the OPCW to form a team of investigators (the request of a draft not yet adopted ->
    # REQUEST [F], mode null, the adjective "أميركي" the only naming of its author, first set) and the requested
    # investigation (a requested act with a PLOVER type, coded beside its REQUEST -> ACCUSE investigate [F], the
    # fourteenth set's requested investigation; the vote itself, "من المرجح", a forecast, not coded apart); s3 the
    # Council "has already threatened consequences for such attacks that may include sanctions" (-> THREATEN, mode
    # null: sanctions fit no THREATEN mode; undated background: historical); s5 the final touches put to the
    # agreement in talks in Malaysia yesterday between Kerry and Lavrov (-> CONSULT, mode null, both as actor: no
    # host, the first set's rule for talks at a neutral place and the latest null mode; the agreement's
    # finalisation is s0's record); s7 the United States beginning to discuss the draft with Russia a few months
    # ago (-> CONSULT [H], more than five weeks before). Not coded: s2 (the path to Council action, a forecast), s4
    # (s0 restated), s6 (Russia's protection of Assad's government at the UN since the war began: a standing
    # practice), s8 (the silence procedure and the expected vote, a conditional forecast).
    "snn-e719c4ce23ca": [
        ("AGREE", None, 0, "توصلتا إلى اتفاق", "الولايات المتحدة وروسيا", None, None, ""),
        ("REQUEST", None, 1, "يطلب", "أميركي", "الأمين العام للمنظمة الدولية بان كي مون ومنظمة حظر الاسلحة الكيماوية", None, "F"),
        ("ACCUSE", "investigate", 1, "تشكيل فريق من المحققين", "الأمين العام للمنظمة الدولية بان كي مون ومنظمة حظر الاسلحة الكيماوية", None, None, "F"),
        ("THREATEN", None, 3, "هدد", "المجلس", None, None, "H"),
        ("CONSULT", None, 5, "محادثات", "وزير الخارجية الاميركي جون كيري ونظيره الروسي سيرجي لافروف", None, "ماليزيا", ""),
        ("CONSULT", None, 7, "مناقشة مسودة القرار", "الولايات المتحدة", "روسيا", None, "H"),
    ],
    # Al-Madina column: the chaos of social media and the lack of accountability (26 July). The writer's view of
    # young users' abuse and his call for official bodies to impose deterrent penalties (a writer's suggestion, the
    # twenty-sixth set's journalist's proposal), the e-mail address cut at "." and the SMS lines: none.
    "snn-3152e96c0eab": [],
    # Al-Watan: the Arab Parliament congratulates the Yemenis on legitimacy's return to Aden (3 August), and the
    # attack on a human-rights centre in Taiz. s0 the Arab Parliament congratulating the Yemeni people (-> SUPPORT,
    # the eleventh set's "تهاني") and the visit to Aden of the vice-president and prime minister Khaled Bahah the
    # day before yesterday (in a relative clause with its actor and place -> CONSULT visit, the second set's Bahah in
    # Aden; "للزيارة" kept, the article's alif elided; "عدن" second occurrence; s1's "عودة بحاح إلى عدن" restates
    # it); s2 the statement affirming that the Arab Parliament stands behind the Yemeni people's right to restore
    # its legitimacy (its president's statement, a new content -> SUPPORT, the third set's "تقف إلى جانب"; "الشعب
    # اليمني" first occurrence); s3 the International Humanitarian Law and Human Rights Centre condemning the
    # "cowardly act" of armed groups last Friday (-> ACCUSE disapprove, the act as object: recipient null; "دان"
    # first occurrence, before "الإدانة"), who stormed the centre's building in Taiz, broke the doors and stole its
    # equipment (a raid with theft -> COERCE seize, the fifteenth set's "اقتحم ... منازل"; "اقتحام" from
    # "باقتحام"; recent: not historical); s4 their setting fire to the centre's rooms (-> ASSAULT primitive, PLOVER
    # "fire", the sixth and sixteenth sets' arson; the cut sentence names no actor: null); s6 the centre demanding
    # that the province's competent authorities pursue the culprits and impose deterrent penalties (-> REQUEST, mode
    # null, implied subject "مطالبا": actor null) with the requested acts (the sixteenth and twenty-sixth sets' rule:
    # the pursuit -> COERCE arrest [F], the twenty-first set's requested "ملاحقة"; the penalties -> SANCTION convict
    # [F], recipient only "هؤلاء": null), and calling on all local and international organisations to stand with
    # the centre and condemn the crime (-> REQUEST, another recipient) with its requested acts (SUPPORT [F], ACCUSE
    # disapprove [F]); s7 the centre blaming the instability of Taiz on the criminal Houthi militias in some of its
    # districts (a charge against a named party -> ACCUSE allege) and calling on the residents to cooperate with the
    # security bodies (-> REQUEST, mode null; "المركز" the named subject; the cooperation asked has no PLOVER type:
    # residents helping their own security bodies is no COOPERATE between parties). Not coded: s1 (Bahah's return
    # restated; the coalition's and resistance's progress "on the ground", a general advance, the twenty-second
    # set), s2's prediction of victory, s5 (the centre's condemnation restated in its statement), s7's call to
    # tighten security across Yemen (a general appeal), s8 (its resolve; "all attempts at threat and intimidation",
    # unspecified and general).
    "snn-270b6b716bd4": [
        ("SUPPORT", None, 0, "هنأ", "البرلمان العربي", "الشعب اليمني", None, ""),
        ("CONSULT", "visit", 0, "للزيارة", "نائب الرئيس رئيس الوزراء اليمني خالد بحاح", None, ("عدن", 2), ""),
        ("SUPPORT", None, 2, "وقوف", "البرلمان العربي", ("الشعب اليمني", 1), None, ""),
        ("ACCUSE", "disapprove", 3, ("دان", 1), "مركز القانون الدولي الإنساني وحقوق الإنسان", None, None, ""),
        ("COERCE", "seize", 3, "اقتحام", "مجاميع مسلحة", "مبنى المركز", "مدينة تعز", ""),
        ("ASSAULT", "primitive", 4, "إضرام النيران", None, "غرف المركز", None, ""),
        ("REQUEST", None, 6, "مطالبا", None, "الجهات المختصة في المحافظة", None, ""),
        ("COERCE", "arrest", 6, "ملاحقة الجناة", "الجهات المختصة في المحافظة", "الجناة", None, "F"),
        ("SANCTION", "convict", 6, "اتخاذ العقوبات الرادعة", "الجهات المختصة في المحافظة", None, None, "F"),
        ("REQUEST", None, 6, "داعيا", None, "جميع المنظمات المحلية والدولية وجميع الشرفاء", None, ""),
        ("SUPPORT", None, 6, "الوقوف", "جميع المنظمات المحلية والدولية وجميع الشرفاء", "المركز", None, "F"),
        ("ACCUSE", "disapprove", 6, "إدانة هذه العملية الإجرامية", "جميع المنظمات المحلية والدولية وجميع الشرفاء", None, None, "F"),
        ("ACCUSE", "allege", 7, "عدم الاستقرار", "المركز", "ميليشيات الحوثيين الإجرامية", None, ""),
        ("REQUEST", None, 7, "دعا", "المركز", "السكان", None, ""),
    ],
    # Okaz: two European experts: Mogherini's visit confirms the Kingdom's pivotal role (26 July). s0 the EU foreign
    # policy chief Federica Mogherini's expected visit to the Kingdom, the start of a Gulf tour from Riyadh (a
    # planned visit -> CONSULT visit [F], the nineteenth to twenty-sixth sets' planned visits; the host country as
    # the place with the recipient null, the twenty-sixth set's Hamas delegation and the twenty-fifth set's
    # Hochstein; "زيارة" and "المملكة" first occurrences); s4 her visit to Tehran that the Riyadh visit precedes (in
    # the expert's sentence, with its place, reported nowhere else -> CONSULT visit [F], the twenty-sixth set's
    # record of the same planned visit; "زيارة" third and "موغيريني" second occurrence). Not coded: the experts'
    # analysis of the visit's meaning, aims and results (s0's aims, s1-s3, s4's aims, s5), as the eighth set's
    # European experts to the same paper; s1's decision to travel (the s0 visit restated).
    "snn-5d6638b648b1": [
        ("CONSULT", "visit", 0, ("زيارة", 1), "وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني", None, ("المملكة", 1), "F"),
        ("CONSULT", "visit", 4, ("زيارة", 3), ("موغيريني", 2), None, "طهران", "F"),
    ],
    # Al-Watan: five Hezbollah dead in al-Zabadani (27 July), with other Lebanese items. s0 sources close to the
    # party: five of its members killed and others wounded yesterday in al-Zabadani (-> ASSAULT, mode null, no
    # attacker named: actor null, as the eleventh set's six dead of the party in the same town; "سقوط" the trigger
    # where no clash is named); s3 the families of the soldiers held by ISIS going to Moukhtara yesterday and
    # meeting Taymour Walid Jumblatt with the health minister present (-> CONSULT visit: their spokesman calls it
    # "this visit"; the visitors as actor, the host as recipient; "الأهالي" first occurrence) and asking him to work
    # to move the file quickly (-> REQUEST, mode null; the named families kept for "طالبوه", Jumblatt named in the
    # sentence as recipient); s4 the waste crisis in Beirut that brought protesters into the streets (in a relative
    # clause, reported nowhere else -> PROTEST demo; the streets vague and Beirut belonging to the collection:
    # location null; within the six days before: recent); s5 the Mufti of Tripoli calling on all politicians to put
    # the nation's interests first and elect a president (-> REQUEST, mode null, the sixteenth set's Abu Faour's
    # call for a parliament session; one record for "دعا" and "طالب", same speaker and addressees). Not coded: s0's
    # leadership claim of two dead (the toll restated) and "Zabadani, which sees the party fight beside Assad's
    # forces" (a standing participation; the battle's casualties are the record), s1 (the families' anxiety amid the
    # party's secrecy: a general attitude; the twenty-first set left the party's concealment uncoded), s2 (the
    # families' aim to renew pressure, carried out in s3; the soldiers "held by ISIS", a state described by a
    # participle, as the sixteenth set's "خاطفي العسكريين"), s4's resumed waste collection.
    "snn-ac0d5c1798e0": [
        ("ASSAULT", None, 0, "سقوط", None, "خمسة قتلى من عناصر الحزب الطائفي", "مدينة الزبداني السورية", ""),
        ("CONSULT", "visit", 3, "التقوا", ("الأهالي", 1), "تيمور وليد جنبلاط", "المختارة", ""),
        ("REQUEST", None, 3, "طالبوه", ("الأهالي", 1), "تيمور وليد جنبلاط", None, ""),
        ("PROTEST", "demo", 4, "خروج", "متظاهرين", None, None, ""),
        ("REQUEST", None, 5, "دعا", "مفتي طرابلس الشيخ مالك الشعار", "كل السياسيين", None, ""),
    ],
    # Al-Weeam: Houthis killed in Taiz and the coalition strikes Hajjah (23 July). s0 thirteen Houthi and Saleh
    # fighters killed in clashes in Taiz city (-> ASSAULT, mode null; the other side not named in the sentence:
    # actor null, the dead as recipient, the twenty-first and twenty-fifth sets' clashes) and the coalition's air
    # strikes on Houthi gatherings in Hajjah province (-> ASSAULT aerial); s2 the confrontations in al-Dhabab,
    # al-Ashraf and other districts wounding dozens of them (new place -> ASSAULT); s3 the Popular Resistance's
    # advance in the al-Dhabab confrontations (new actor -> ASSAULT) and its taking of the Aqaqa area behind the
    # central prison (-> COERCE seize, the first set's taking of territory); s4 five Houthi and Saleh fighters
    # killed on Wednesday morning in an attack on their checkpoint in Damnat Khadir (-> ASSAULT, mode null; "وكان"
    # but one day old: recent); s5 the Houthis' and Saleh's forces shelling the main telecommunications unit (inside
    # the anchor "بعد", with its actor and target -> ASSAULT heavy-weapons: militias' shelling, the latest sets'
    # rule; "وحدة الاتصالات الرئيسية" from "لوحدة") in the telecommunications building the resistance took two
    # days before (in a relative clause, reported nowhere else -> COERCE seize); s6 the shelling of the
    # transformers (inside "بعد", its target named, the shelling side not: actor null; mode null, the method and the
    # side unknown); s7 the Houthi gunmen raiding houses in al-Houta and Tuban in Lahj (-> COERCE seize, PLOVER
    # "raid") and arresting dozens of citizens (-> COERCE arrest, the named subject kept; "في المنطقتين"
    # anaphoric: location null). Not coded: s1 (s0's clashes restated with the resistance's four dead, a toll), s5-s6's
    # cuts of internet, telephone and electricity (consequences, not acts), s8 (the link line).
    "snn-bbf9bdae16e3": [
        ("ASSAULT", None, 0, "اشتباكات", None, "13 عنصراً من المتمردين الحوثيين وقوات الرئيس السابق علي عبد الله صالح", "مدينة تعز", ""),
        ("ASSAULT", "aerial", 0, "قصفاً", "طيران التحالف العربي", "تجمعات الحوثيين", "محافظة حجة", ""),
        ("ASSAULT", None, 2, "المواجهات", None, "العشرات من قوات الحوثي وصالح", "منطقة الضباب والأشراف", ""),
        ("ASSAULT", None, 3, "المواجهات", "المقاومة الشعبية", None, "منطقة الضباب جنوب غربي المدينة", ""),
        ("COERCE", "seize", 3, "سيطرتها", "المقاومة الشعبية", None, "منطقة عقاقة خلف السجن المركزي", ""),
        ("ASSAULT", None, 4, "هجوم", None, "5 من الحوثيين وقوات صالح", "دمنة خدير شرق مدينة تعز", ""),
        ("ASSAULT", "heavy-weapons", 5, "قصف", "الحوثيين وقوات صالح", "وحدة الاتصالات الرئيسية", "مبنى الاتصالات", ""),
        ("COERCE", "seize", 5, "سيطرت", "المقاومة", None, "مبنى الاتصالات", ""),
        ("ASSAULT", None, 6, "قصف المحولات", None, "المحولات", None, ""),
        ("COERCE", "seize", 7, "مداهمة", "المسلحين الحوثيين", "عدد من المنازل", "مدينة الحوطة وتبن بمحافظة لحج", ""),
        ("COERCE", "arrest", 7, "اعتقلوا", "المسلحين الحوثيين", "العشرات من المواطنين", None, ""),
    ],
    # Al-Weeam: Iraq: 19 ISIS members killed in clashes west of Baghdad (22 July; army sources). s0 nineteen ISIS
    # members killed in sporadic clashes with the Iraqi forces in Anbar province (-> ASSAULT, mode null, "X killed in
    # clashes with Y": Y as actor, X as recipient, the twelfth and twenty-first sets); s2 the force attacking an ISIS
    # den and killing fifteen (-> ASSAULT, mode null; the force named in s1, a pronoun here: actor null; Jubba in s1:
    # location null), the forces elsewhere killing four in armed clashes in al-Madiq east of Ramadi (another actor
    # and place -> ASSAULT, mode null: no weapon named, the twenty-first set's "اشتباكات مسلحة") and others fleeing to
    # Khalidiya island (-> RETREAT withdraw, the first and twenty-fifth sets' fleeing fighters; "آخرون" unnamed:
    # actor null; the destination is no place withdrawn from: location null). Not coded: s1 (the force's
    # infiltration into Jubba: a movement in the context of the s2 assault, PLOVER "only the ASSAULT"), s3 (the link
    # line).
    "snn-aa9e221f3e17": [
        ("ASSAULT", None, 0, "اشتباكات متفرقة", "القوات العراقية", "19 من عناصر تنظيم داعش", "محافظة الأنبار العراقية", ""),
        ("ASSAULT", None, 2, "مهاجمة", None, "وكر لتنظيم داعش", None, ""),
        ("ASSAULT", None, 2, "اشتباكات مسلحة", "قوات عسكرية", "أربعة من عناصر داعش", "منطقة المضيق شرقي الرمادي", ""),
        ("RETREAT", "withdraw", 2, "فر", None, None, None, ""),
    ],
    # Asharq Al-Awsat: new Boko Haram attacks leave 30 dead in Nigeria (21 July). s0 about thirty citizens (the text's
    # "كينيًا") killed yesterday in Boko Haram attacks on three villages in the north-east (-> ASSAULT, mode null); s1
    # the deadliest, near Ngamdu: Boko Haram gunmen attacking the drivers on the Damaturu-Maiduguri highway and
    # killing more than twenty (new actor phrase, target and place -> ASSAULT, mode null; the checkpoint they set up
    # is the attack's means, not coded apart); s2 their setting fire to houses in Ngamdu (-> ASSAULT primitive,
    # PLOVER "fire"; pronoun subject: actor null); s3 their burning of half the village last week (-> ASSAULT
    # primitive; last week: recent); s8 Boko Haram members attacking the residents returning home near Baga (->
    # ASSAULT, mode null; "قريبًا من باغا" vague: location null, the twenty-fifth set's "قرب البويرة"); s9 the ambush
    # of the fishermen's truck at Garin Giwa, the gunmen opening fire on it (-> ASSAULT firearms), capturing eight
    # passengers (-> ASSAULT abduct) and killing them by shots to the head (-> ASSAULT firearms; "وقتلوهم" pronoun:
    # recipient null); s10 the gunmen setting fire to Damasak (-> ASSAULT primitive) and opening fire on everyone
    # they saw (-> ASSAULT firearms); s12 the authorities' pledges to end Boko Haram's insurgency (vows against a
    # named enemy -> THREATEN violence, the twenty-fifth set's rule; undated background: historical) and the new
    # regional force to be deployed at the end of the month (a scheduled deployment -> MOBILIZE troops [F]; its
    # creation, the founding of a body, not coded); s13 Nigeria, helped by regional forces, driving the militants
    # out of most of the territory they overran in 2014 (taking territory -> COERCE seize [H], the first set's rule,
    # and the militants' 2014 seizure -> COERCE seize [H], the named subject kept for "اجتاحتها"; the regional forces'
    # military help -> AID [H], the twenty-fifth set's battalion; undated and 2014: historical); s14 the Nigerian
    # army's ground offensive on Sambisa forest at the end of April (-> ASSAULT [H], mode null); s15 the camps
    # destroyed (-> ASSAULT destroy [H]) and about a thousand people rescued from captivity (-> AID [H], PLOVER
    # "hostage rescues", the third set's rescued hostages; the army named in s14: actor null). Not coded: s1's
    # simultaneous attacks restated with their times, s4 (the residents fleeing after the attack: no act of a named
    # party, as the earlier sets' displaced), s6-s7 (the driver's account restating s1-s2), s11 (five bodies found,
    # a toll), s8's displacement since January, s14's "tightening the noose" (the offensive's course), s15's
    # militants dispersing and turning to guerrilla attacks on soft targets (a general series).
    "snn-0824ce0047b9": [
        ("ASSAULT", None, 0, "هجمات", "جماعة بوكو حرام", "نحو 30 مواطنًا كينيًا", "شمال شرقي نيجيريا", ""),
        ("ASSAULT", None, 1, "هاجموا", "مسلحو بوكو حرام", "السائقين", "الطريق السريع بين داماتورو وميديغوري", ""),
        ("ASSAULT", "primitive", 2, "إضرام النار", None, "المنازل", "نغامدو", ""),
        ("ASSAULT", "primitive", 3, "أحرقوا", None, "نصف القرية", None, ""),
        ("ASSAULT", None, 8, "هاجم", "عناصر بوكو حرام", "السكان", None, ""),
        ("ASSAULT", "firearms", 9, "كمين", "مسلحي بوكو حرام", "الشاحنة", "قرية غارين جيوا", ""),
        ("ASSAULT", "abduct", 9, "أسروا", "المسلحين", "ثمانية من الركاب", "قرية غارين جيوا", ""),
        ("ASSAULT", "firearms", 9, "قتلوهم بإطلاق النار", "المسلحين", None, "قرية غارين جيوا", ""),
        ("ASSAULT", "primitive", 10, "أضرم", "مسلحو بوكو حرام", "البلدة", "داماساك", ""),
        ("ASSAULT", "firearms", 10, "فتحوا النار", "مسلحو بوكو حرام", "كل شخص كانوا يشاهدونه", "داماساك", ""),
        ("THREATEN", "violence", 12, "تعهدات", "السلطات", "بوكو حرام", None, "H"),
        ("MOBILIZE", "troops", 12, "نشرها", "قوة إقليمية جديدة", None, None, "F"),
        ("COERCE", "seize", 13, "إخراج", "نيجيريا", "المتشددين", None, "H"),
        ("COERCE", "seize", 13, "اجتاحتها", "المتشددين", None, None, "H"),
        ("AID", None, 13, "مساعدة", "قوات من المنطقة", "نيجيريا", None, "H"),
        ("ASSAULT", None, 14, "هجومًا بريًا", "الجيش النيجيري", "الجماعة المتشددة", "غابة سامبيسا بولاية بورنو", "H"),
        ("ASSAULT", "destroy", 15, "تدمير", None, "الكثير من المعسكرات", None, "H"),
        ("AID", None, 15, "إنقاذ", None, "نحو ألف شخص", None, "H"),
    ],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
