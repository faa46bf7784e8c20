"""Build events-blind61.jsonl: PLOVER event annotations (written by hand below, reading the text only)
for the 12 articles drawn by sample.py (sixty-first events blind set; same layout and guidelines as the first
fifty-nine sets, /work/main/tests/data/events/events-blind.jsonl ... events-blind59.jsonl and their blind/ ..
blind59/ make_gold.py). The draw follows the sampling rule of the fifty-seventh to fifty-ninth sets: articles of
2,501 to 4,000 code points (the pool of 400 to 2,500 used by sets 3-56 being exhausted) and quotas of 10
conflict/security/politics pool articles and 2 outside it, see SOURCE-events-blind61.txt.

Each record is written as a tuple
    (EVENT, MODE, SENTENCE_INDEX, TRIGGER, ACTOR, RECIPIENT, LOCATION, FLAGS)
where SENTENCE_INDEX counts the sentences produced by sentences() below (a sentence ends at
. ! ? ؟ or a newline, surrounding white space stripped, empty spans dropped); TRIGGER/ACTOR/
RECIPIENT/LOCATION are strings as written in that sentence, or (string, n) for the n-th (1-based)
occurrence inside the sentence, or None; FLAGS holds 'N' (negated), 'F' (hypothetical: future,
planned, conditional, threatened-to, appealed-for) and 'H' (historical background).
A string that occurs more than once in its sentence must be given with an explicit n (checked).
Run: python3 make_gold.py  -> writes events-blind61.jsonl and prints counts.
"""
import os, sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_builder  # noqa: E402  (the builder shared by the events blind sets)

_HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(_HERE, "sample.jsonl")
OUT = os.path.join(os.path.dirname(_HERE), "events-blind61.jsonl")

# ---------------------------------------------------------------------------------------------
# Annotations, one list per article (articles without events have an empty list).
# ---------------------------------------------------------------------------------------------
# Spans: a fused ب/ل/ك and the conjunctions و/ف are left out of a trigger where the word stands whole (the twentieth
# to fifty-ninth sets' rule: here "استرداد" from "واسترداد" and "القبض" from "والقبض" in the Uhud column s17,
# "الانسحاب" from "بالانسحاب" and "تدمير حقول النفط" from "بتدمير" in the Kuwait chronology s21, "قبوله" standing
# whole after "أعلن صدام"); in actors, recipients and places the fused ب/ل/ك is left out ("الحي المالي للدار
# البيضاء" from "بالحي" in the Africa50 s13, "الاجتماع التأسيسي" from "بالاجتماع" in its s3); spellings as written,
# copied exactly (the copy's hamza-less "اوقفت" beside its "أوقفت", "عددًا" and "مهددًا" with their tanwin, "الخاطفون"
# and "الخاطفين" as the sentences have them, "صندوق «أفريقيا 50»" with its guillemets, "أميركا" as written); a string
# repeated in its sentence is picked by its occurrence (("اوقفت", 1) and ("اوقفت", 2) in the Nusra s2, ("صدام", 2)
# after "صدام حسين" in the Kuwait s0, ("العراق", 1) before "اقتصاد العراق" in its s1, ("العراق", 2) after "العراقي"
# in its s18, ("الكويت", 2) in its s20).
# Speakers and actors named only by a pronoun, an implied subject or a passive are null (the eighteenth,
# twenty-seventh to fifty-ninth sets: the passive "أوقفت"/"اوقفت" of the Nusra s2 and "سيفرج عنهم" of its s12, the
# unnamed "we" of its s11, the recovery of Aden and the arrests in the Uhud s17, the headquarters agreement's
# signatories in the Africa50 s13, the chronology's "طالبه" and "ودعوته"'s Iraq as recipient); a subject named
# earlier in the same sentence is kept for its further clauses ("مجلس الأمن" for "ودعوته مجددًا" in the Kuwait s6,
# "صدام حسين" for "مهددًا" in its s2 and "يهدد" in its s13, "السعودية وأميركا" for "بدأتا" in its s20, "صدام" for
# "بتدمير" in its s21, the gunmen for "اقتادوا" in the Nusra s5).
GOLD = {
    # Al-Yaum column: an appeal to the velvet class (2 August). The writer's views on begging and charity, a friend's
    # private visit to a charity (private: not coded), her call on the rich to join a productive charitable fund (a
    # columnist's appeal: a view, not coded) and her thanks to the sheikh of Talaat al-Tamyat (not coded). None.
    "snn-e059ee9ff67e": [],
    # Al-Riyadh health page: methods of contraception (8 August). Medical information only. None.
    "snn-958e7729a155": [],
    # Al-Jazirah column: Uhud and the requirements of today's battle (31 July). s2 the battle of Uhud between the
    # Muslims and the polytheists in Shawwal of the year 3 AH (-> ASSAULT [H], mode null, both sides in one actor
    # phrase, the sets' two-sided clashes; a dated fact recalled in a column, the fifty-ninth set's recalled anecdotes
    # and the fifth set's almanac; Badr a bare reference); s3-s11 the archers' disobedience of the Prophet's order
    # (inside one army: not coded) and his words; s13-s16 the writer's lessons (views); s14 the Prophet's wounds (the
    # battle's detail: not coded again); s17 the writer's views, with "the recovery of Aden in the Yemen war" (->
    # COERCE seize, the sets' liberations of cities, the ninth and first sets' "تحرير عدن"; mid-July, recent: not
    # historical; its forces unnamed: actor null) and "the arrest of the ISIS members planning to strike the nation"
    # (-> COERCE arrest, the interior ministry's arrests announced on 18 July, recent; actor null) stated as facts in a
    # column, the fourteenth to fifty-ninth sets' columns; s18 the list of the writer's other articles (not coded).
    "snn-9ccea6d83d56": [
        ("ASSAULT", None, 2, "المعركة", "المسلمين والمشركين", None, None, "H"),
        ("COERCE", "seize", 17, "استرداد", None, None, "عدن", ""),
        ("COERCE", "arrest", 17, "القبض", None, "الدواعش المفسدين", None, ""),
    ],
    # Okaz column: "Afa" (6 August). s4-s8 the killing of the lion Cecil by an American dentist (the killing of an
    # animal: not coded, the sixth set's column on the same killing had no record of it) and the hunter now "wanted by
    # the official authorities for committing a set of violations" (-> ACCUSE allege, the forty-ninth and fifty-fifth
    # sets' "اتهم بالمر", here with its actor; a fact in a column, recent); s9-s15 a novel's plot (not coded); s16-s33
    # the writer's views on the Middle East's victims, the colonial powers and a Dutch novel (general: not coded);
    # s34-s36 the SMS lines.
    "snn-3a3416b69525": [
        ("ACCUSE", "allege", 8, "مطلوبا", "السلطات الرسمية", "الطبيب الصياد", None, ""),
    ],
    # Al-Watan sport: Nassr and Hilal, a halal Super Cup (27 July). The Saudi Football Federation's conditions on the
    # Loftus Road management (no non-halal food, no alcohol), its coordinator's agreement with three hotels and meetings
    # with the stadium's management, the teams' camps in Austria and the sponsor's gifts (sport administration and
    # business around a match: not coded, the thirty-third to fifty-ninth sets' sport rule). None.
    "snn-660ae0862b66": [],
    # Al-Riyadh news ticker of the retirees' page (24 July). The National Retirees Association's coming extraordinary
    # meeting and its board's meeting in Mecca with its branch directors (meetings inside one association: not coded,
    # the sets' meetings inside one body), the Riyadh branch's activities and trips (habitual activities without a
    # counterpart: not coded, the twenty-first and thirty-fourth sets' museum visits), the Public Pension Agency's
    # returns and annual report (figures: not coded; its decimal points cut s10-s32). None.
    "snn-f46af4040cd4": [],
    # Al-Yaum: Nusra demands the release of women prisoners in exchange for kidnapped Lebanese soldiers (21 July). s0
    # Nusra, which holds soldiers and policemen in the Qalamoun mountains (a standing detention: not coded), demanded
    # the release of five women from Lebanese prisons in exchange for three soldiers (-> REQUEST yield, PLOVER "release
    # of prisoners", the fifty-fifth set's demands of release; recipient unnamed: null); s1 Abu Malik's words in the MTV
    # interview (the s0 demand restated with its offer: not coded again) on the margin of a visit Nusra allowed the
    # soldiers' families (a family visit, private, not coded; could be RETREAT access); s2 the five named: Jumana Hamid
    # arrested in February 2014 driving a car bomb, Saja al-Dulaimi arrested at the end of 2014, Ola al-Okaili
    # arrested in the same period (-> three COERCE arrest [H], one per recipient, each an event with its own recipient
    # inside a relative clause and reported nowhere else, the thirty-fourth set's anchors; passive: actor null); s3-s4
    # the families' crossing with the army's permit and their meeting with the captives (private, not coded); s5 the
    # fighting of 2 August 2014 between the Lebanese army and the gunmen in Arsal (-> ASSAULT [H], two-sided, both sides
    # in one actor phrase) and the gunmen's taking away of soldiers and policemen (-> ASSAULT abduct [H], PLOVER
    # "abduct, kidnap", the second and forty-sixth sets' kidnappings; the gunmen named earlier in the sentence kept as
    # actor); the army's expulsion of the gunmen (the fight's outcome: not coded apart); s6 the kidnappers killed four
    # of the hostages (-> ASSAULT targeted [H], PLOVER "executions", the fifth and thirty-eighth sets' executions;
    # undated within the year: historical) and still hold 25 (standing: not coded); s7 Nusra's repeated family
    # meetings and ISIS's refusal (a series and a standing position: not coded); s8 the kidnappers' demands in the
    # first period of the detention: Hezbollah's withdrawal from Syria and the release of Islamist detainees (->
    # REQUEST yield [H], one record for the one actor's demands, recipient unnamed); s9-s11 Abu Malik: "we used to
    # demand prisoners of Roumieh ... we no longer want that" (s9 the s8 demand restated: not coded again; s11 the
    # demand withdrawn -> CONCEDE, PLOVER "withdrawing a demand should be coded as CONCEDE"; its own sentence with the
    # speaker only in "we": actor null); s12 the remaining soldiers will be released after the displaced Syrians
    # return to their villages (-> RETREAT release [F], the thirty-fourth set's planned release; passive: actor null)
    # and his view that the Lebanese must bear responsibility for Hezbollah (a necessity statement: not coded); s13
    # Hezbollah and the regime took control of Qalamoun in April 2014 and drove out the opposition (-> COERCE seize
    # [H], the sets' captures, the opposition as recipient, one record for the capture and the expulsion) and the
    # displacement it caused (a consequence: not coded); s15 the fighters' attacks from the mountains (a series: not
    # coded); s16 Hezbollah's wide military operations in the Qalamoun mountains and Arsal in May and June (-> ASSAULT
    # [H], a campaign begun more than five weeks before the article of 21 July); s17 Abu Malik's words that the
    # negotiations are "almost cut off" (a standing state: not coded); s18-s19 details.
    "snn-1aaae17683af": [
        ("REQUEST", "yield", 0, "طالبت", "جبهة النصرة", None, None, ""),
        ("COERCE", "arrest", 2, "أوقفت", None, "جمانة حميد", None, "H"),
        ("COERCE", "arrest", 2, ("اوقفت", 1), None, "سجى الدليمي", None, "H"),
        ("COERCE", "arrest", 2, ("اوقفت", 2), None, "علا العقيلي", None, "H"),
        ("ASSAULT", None, 5, "معارك عنيفة", "الجيش اللبناني ومسلحين قدموا من سوريا ومن داخل مخيمات للاجئين", None,
         "بلدة عرسال", "H"),
        ("ASSAULT", "abduct", 5, "اقتادوا", "مسلحين قدموا من سوريا ومن داخل مخيمات للاجئين",
         "عددًا من عناصر الجيش وقوى الامن الداخلي", None, "H"),
        ("ASSAULT", "targeted", 6, "قتل", "الخاطفون", "أربعة من الرهائن", None, "H"),
        ("REQUEST", "yield", 8, "يطالبون", "الخاطفين", None, None, "H"),
        ("CONCEDE", None, 11, "لم نعد نريد ذلك", None, None, None, ""),
        ("RETREAT", "release", 12, "سيفرج عنهم", None, "بقية العسكريين المحتجزين لدى الجبهة", None, "F"),
        ("COERCE", "seize", 13, "سيطرت", "قوات حزب الله والنظام السوري", "فصائل المعارضة السورية",
         "مجمل منطقة القلمون", "H"),
        ("ASSAULT", None, 16, "عمليات عسكرية واسعة", "حزب الله", None, "جبال القلمون وعرسال", "H"),
    ],
    # Asharq Al-Awsat: the main historical stages from before the invasion to the liberation (2 August, the
    # twenty-fifth anniversary). A dated chronology of 1990-91: every dated political item coded, all [H] (the fifth,
    # twenty-third and forty-first sets' "on this day" almanacs). s0 the extraordinary Arab summit in Baghdad of 28 May
    # 1990 (-> CONSULT multilateral [H], the sets' summits; its participants unnamed: actor null) convened at Arafat's
    # request (-> REQUEST meet [H], an event with its own actor inside a clause of purpose, reported nowhere else) and
    # Saddam's charge that Kuwait stole an oil field (-> ACCUSE allege [H]); s1 Iraq's memorandum to the Arab League
    # complaining of Kuwait and the UAE (-> ACCUSE allege [H]); s2 Saddam's speech of 17 July accusing the Gulf states of
    # an oil conspiracy (-> ACCUSE allege [H]) and threatening an "appropriate response" (-> THREATEN [H], mode null: the
    # content unstated; recipient a pronoun: null); s3 Saudi Arabia's call on Iraq and Kuwait to hold talks in Jeddah
    # (-> REQUEST meet [H], the eighteenth and thirty-fourth sets' calls for a meeting; a proposed venue is not the
    # location of a call); s4 Iraq's attack on the Kuwaiti border with 20,000 troops (-> ASSAULT [H], the forty-first
    # set's "تغزو", mode null) and Baghdad's announcement of "recovering Kuwait" (the annexation, coded at s8); s5 the
    # Security Council's emergency session (a session of one body: not coded apart) and its demand in resolution 660
    # that Iraq withdraw (-> REQUEST yield [H], the eighth and fifty-fifth sets' calls to withdraw; recipient a pronoun:
    # null); s6 its economic sanctions, resolution 661 (-> SANCTION discontinue [H], PLOVER "international sanctions",
    # the thirty-fourth set's UN sanctions) and its renewed call to withdraw (-> REQUEST yield [H], a new call);
    # s7 the US sending its forces to Saudi Arabia, Desert Shield (-> MOBILIZE troops [H], the seventh, thirty-fifth and
    # thirty-ninth sets' arrivals of forces; could be AID); s8 Iraq's declaration of Kuwait as its 19th province (->
    # COERCE seize [H], the annexation of a territory, the sets' captures) and its closure of all the embassies there
    # (-> SANCTION expel [H], PLOVER "expulsion of ambassadors or similar diplomats"); s9 the emergency Arab summit in
    # Cairo (-> CONSULT multilateral [H]) and its condemnation of Iraq's occupation (-> ACCUSE disapprove [H]); s10 the
    # arrival of Egyptian and Syrian forces in Saudi Arabia (-> MOBILIZE troops [H]); s11 resolution 665 authorising
    # naval forces to take the necessary measures (an authorisation without a named target: not coded); s12 the arrival
    # of Spanish, South Korean and Pakistani forces (-> MOBILIZE troops [H]); s13 Saddam's massing of forces on the
    # Saudi border (-> MOBILIZE troops [H]) and his threats to its security (-> THREATEN [H], recipient a pronoun:
    # null); s14 Saddam's visit to Kuwait and his invading forces (a visit to his own forces: not coded), his renewed
    # threat to the Kingdom (-> THREATEN [H]) and his call on the Muslims to jihad against the foreign presence (->
    # REQUEST [H], mode null, the fifty-ninth set's preachers' call to jihad); s15 more than 30 states' declaration of
    # standing with Saudi Arabia in an international coalition (-> SUPPORT [H], a declared stand; could be COOPERATE);
    # s16 the US increase of its forces by more than 200,000 (-> MOBILIZE troops [H]; the coalition's total a figure);
    # s17 resolution 678 authorising the coalition to use force unless Iraq withdrew by 15 January 1991 (-> THREATEN
    # violence [H], PLOVER's ultimatum); s18 the coalition's air strikes on the Iraqi army's positions (-> ASSAULT aerial
    # [H]); s19 the Iraqi forces' entry into Khafji (-> COERCE seize [H]) and its liberation by Saudi and Qatari forces
    # (-> COERCE seize [H], the sets' liberations; the city a pronoun: location null); s20 Saddam's acceptance of a
    # Russian proposal to withdraw (-> AGREE [H]; the proposal, not a party, left out of the recipient), Saudi Arabia's
    # and America's rejection (-> REJECT [H]) and their ground offensive to liberate Kuwait (-> ASSAULT [H]); s21
    # Saddam's withdrawal from Kuwait (-> RETREAT withdraw [H]) by destroying the oil fields (-> ASSAULT destroy [H]);
    # s22 Bush's declaration of the liberation (a statement of an outcome: not coded); s23 the Emir's return home (not
    # an interaction: not coded).
    "snn-7d9128b5740a": [
        ("CONSULT", "multilateral", 0, "القمة العربية الاستثنائية", None, None, "بغداد", "H"),
        ("REQUEST", "meet", 0, "طلب", "رئيس السلطة الفلسطينية الراحل ياسر عرفات", None, None, "H"),
        ("ACCUSE", "allege", 0, "اتهام", ("صدام", 2), "الكويت", None, "H"),
        ("ACCUSE", "allege", 1, "شكا", ("العراق", 1), "الكويت والإمارات", None, "H"),
        ("ACCUSE", "allege", 2, "اتهم", "صدام حسين", "دول الخليج", None, "H"),
        ("THREATEN", None, 2, "مهددًا", "صدام حسين", None, None, "H"),
        ("REQUEST", "meet", 3, "دعت", "السعودية", "العراق والكويت", None, "H"),
        ("ASSAULT", None, 4, "اعتدى", "العراق", None, "الحدود الكويتية", "H"),
        ("REQUEST", "yield", 5, "طالبه", "مجلس الأمن", None, None, "H"),
        ("SANCTION", "discontinue", 6, "عقوبات اقتصادية", "مجلس الأمن", "العراق", None, "H"),
        ("REQUEST", "yield", 6, "دعوته مجددًا للانسحاب", "مجلس الأمن", None, None, "H"),
        ("MOBILIZE", "troops", 7, "ترسل قواتها", "أميركا", None, "السعودية", "H"),
        ("COERCE", "seize", 8, "المحافظة الـ 19", "العراق", "الكويت", None, "H"),
        ("SANCTION", "expel", 8, "أغلق كل السفارات", "العراق", None, None, "H"),
        ("CONSULT", "multilateral", 9, "قمة عربية طارئة", None, None, "القاهرة", "H"),
        ("ACCUSE", "disapprove", 9, "أدانت", "القمة", "العراق", None, "H"),
        ("MOBILIZE", "troops", 10, "وصول قوات مصرية وسورية", "قوات مصرية وسورية", None, "السعودية", "H"),
        ("MOBILIZE", "troops", 12, "وصول قوات إسبانية وكورية جنوبية وباكستانية",
         "قوات إسبانية وكورية جنوبية وباكستانية", None, "السعودية", "H"),
        ("MOBILIZE", "troops", 13, "يحشد قواته", "صدام حسين", None, "الحدود السعودية", "H"),
        ("THREATEN", None, 13, "يهدد أمنها", "صدام حسين", None, None, "H"),
        ("THREATEN", None, 14, "يجدد تهديد أمن المملكة", "صدام حسين", "المملكة", None, "H"),
        ("REQUEST", None, 14, "يدعو", "صدام حسين", "المسلمين", None, "H"),
        ("SUPPORT", None, 15, "الوقوف مع السعودية", "أكثر من 30 دولة", "السعودية", None, "H"),
        ("MOBILIZE", "troops", 16, "زيادة أميركا لقواتها", "أميركا", None, None, "H"),
        ("THREATEN", "violence", 17, "يأذن لدول التحالف الدولي باستخدام القوة", "مجلس الأمن", "العراق", None, "H"),
        ("ASSAULT", "aerial", 18, "غارات جوية كثيفة", "قوات التحالف", "مواقع الجيش العراقي", ("العراق", 2), "H"),
        ("COERCE", "seize", 19, "تدخل مدينة الخفجي", "قوات عراقية", None, "مدينة الخفجي السعودية", "H"),
        ("COERCE", "seize", 19, "تحررها", "قوات سعودية وقطرية", None, None, "H"),
        ("AGREE", None, 20, "قبوله", "صدام", None, None, "H"),
        ("REJECT", None, 20, "رفضتا", "السعودية وأميركا", None, None, "H"),
        ("ASSAULT", None, 20, "قيادة القوة البرية", "السعودية وأميركا", None, ("الكويت", 2), "H"),
        ("RETREAT", "withdraw", 21, "الانسحاب", "صدام", None, "الكويت", "H"),
        ("ASSAULT", "destroy", 21, "تدمير حقول النفط", "صدام", None, None, "H"),
    ],
    # Asharq Al-Awsat: Morocco, the subscriptions to the Africa50 fund exceed a billion dollars (31 July). s0 eighteen
    # African states subscribed to the founding capital of the Africa50 infrastructure fund (-> COOPERATE, PLOVER
    # "initiate ... economic cooperation", a fund with returns benefiting its members, not AID; the fund as recipient);
    # s1 their commitments and shares (the s0 subscription's figures: not coded again); s2 Kaberuka's optimism (a
    # view); s3 two more states, Libya among them, joined the founding meeting (-> CONSULT multilateral, the meeting
    # named only here; the two states as actor); s4-s12 Kaberuka's and the fund's aims, criteria and stages (aims and
    # statements of policy: not coded); s13 the signing of the fund's headquarters agreement in Casablanca's financial
    # district (-> AGREE, its parties unnamed: actor null); s14 Morocco's tax and diplomatic privileges for the fund
    # (the headquarters agreement's terms: not coded apart; could be AID) and s15 the minister's commitment to spare no
    # effort (a statement of policy: not coded); s16-s21 the ministers' figures and views (not coded).
    "snn-028793e2b3eb": [
        ("COOPERATE", None, 0, "اكتتبت", "18 دولة أفريقية", "صندوق «أفريقيا 50»", None, ""),
        ("CONSULT", "multilateral", 3, "الاجتماع التأسيسي", "دولتين أفريقيتين، من بينها ليبيا", None, None, ""),
        ("AGREE", None, 13, "التوقيع على اتفاقية مقر", None, None, "الحي المالي للدار البيضاء", ""),
    ],
    # Asharq Al-Awsat sport: al-Muaibed, al-Ettifaq's state is sad (6 August). Adnan al-Muaibed's call on the club's
    # former president Abdulaziz al-Dosari to hold a broad reconciliation meeting of the club's members, his visit to
    # a candidates' group and his views on the relegation, the elections and the players' "rebellion" (matters internal
    # to one club: not coded, the thirty-third to fifty-ninth sets' club business; the forty-sixth and forty-seventh
    # sets skipped the Kanno and Zubaidi reports as the same stories, here only named). None.
    "snn-e3e953a01d5c": [],
    # Al-Jazirah column: to the minister of education, with greetings (3 August). The writer's requests and views on
    # the school calendar, government schools, school meals, and her praise of the minister's scholarship-and-employment
    # agreements with government bodies (agreements inside one government and a columnist's praise: not coded). None.
    "snn-2d6cdf792ac2": [],
    # Al-Watan culture: the Iraqi painter Shankul Haseeb, making life is the task of the artist and the politician (22
    # July). Her exile, her views, the unnamed critics of her exhibitions in Erbil and Sulaymaniyah (without an actor:
    # not coded, the fifty-eighth and fifty-ninth sets' objections without an actor), the fall of Baghdad and ISIS's
    # control of a third of Iraq (bare references and a standing state). None.
    "snn-d9061bf582c0": [],
}


if __name__ == "__main__":
    gold_builder.main(GOLD, SAMPLE, OUT)
