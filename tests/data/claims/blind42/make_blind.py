"""Build claims-blind42.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261290) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind41.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind42.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind41/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text.
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the full vocalisation of the almadina column; the
tanwin of "مشيرًا"/"ووفقًا" (aawsat, almadina) against "مشيراً"/"متهماً"/"وفقاً" (aljazirah, alriyadh, arreyadi),
the bare "وفقا"/"متصورا" of alweeam and alwatan, the hamza-less "واوضح"/"ان"/"اقرت"/"بانها" of alweeam, the shadda
of "أكّد"/"وأكّد" (arreyadi) and "توقّعت" (aawsat), the curly quotes “ ” of 3alyoum and alweeam (also the reversed
opening ” of "بـ”تويتر”" and the unpaired closing ” after "مخالفة !!"), the guillemets « » of aawsat, aljazirah and
okaz (also the reversed opening » of "و»الرخم»"), the straight quotes of alriyadh and alwatan).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample as sampler  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # sabq column "سياحتنا إلى أين؟!": "وكان تبرير أمانة الباحة مخجلا عندما أعادت السبب إلى كون السياح يطعمون القرود"
    # (decided here: "أعاد السبب إلى" = "أرجع ... إلى", a re-attribution of a cause, blind1/blind14/blind27/blind29's
    # أرجع/عزا/عازيا; cue the verb that carries the content, null -- its subject elided, "أمانة الباحة" only the
    # possessor of the noun "تبرير" -- content from the object "السبب" to the end of the clause, before the columnist's
    # "وتناست أن ..."). Not claims: "عندما أعلن عن انطلاق ما سمي بـ"الباص السياحي"" (a passive, no source), "ما سمي"
    # (a naming), "اعتذرتا عن استقبال الركاب" (a refusal, an act), "وتناست أن ..." and "بدلا من اتهام السياح" (the
    # columnist's charge; an accusation without content), the columnist's questions
    0: [("أعادت", None, "السبب إلى كون", "يطعمون القرود", False, True)],
    # was settlers storm al-Aqsa: "وأوضحت مصادر فلسطينية في القدس أن المرابطات ... بهتافات التكبير" (unnamed sources:
    # named=false; the place kept in the speaker, make_gold's "مصادر فلسطينية محلية في الخليل") and "مشيرة إلى أن عدد
    # كبير ... جنود وشرطة الاحتلال" (null; the spaced stop outside). Not claims: "تجدر الاشارة الى أن" (editorial),
    # the dateline, "// انتهى //" and the time line
    1: [("وأوضحت", "مصادر فلسطينية في القدس", "أن المرابطات", "بهتافات التكبير", False, False),
        ("مشيرة", None, "إلى أن عدد كبير", "جنود وشرطة الاحتلال", False, True)],
    # alriyadh Iraqi tribes on al-Maliki: 'وقال البيان: "في ظل ... حكومة ايران"' (the council's statement: named=true;
    # colon and quotes: direct) with, nested in it, "متهماً المملكة العربية السعودية بأنها راعية للارهاب والتطرف" (an
    # accusation with content, blind21/blind40; a participle after the non-claim "يظهر ... زعيم عصابة القتل والإباده
    # نوري المالكي" takes that overt subject, blind5-blind39; content from بأن, the object outside; nested:
    # direct=false), 'وقال الأمين العام ... الشيخ أحمد الغانم في البيان: "بأسمي ... والاتفاقات الدولية"' (the channel
    # left out) and 'وأضاف الغانم: "ندعو القادة العرب ... أمن واستقرار المنطقة"' (a statement whose content is an
    # appeal, blind12/blind41). Not claims: "استنكر مجلس عشائر العراق ... التصريحات" (a condemnation with an NP
    # object, blind3/blind8/blind21), "داعيا وضع المملكة تحت الوصايا الدولية" (an appeal), "متناسيا" (not reporting),
    # "بتصريحات طائفية"/"التصريحات الاستفزازية التي يطلقها حكام ايران" (nouns without content), and inside the
    # sheikh's words "نعلن استنكارنا"، "الذي نقول له إن ..."، "وكما نرفض" (the speaker's own first-person words, not
    # nested claims, blind41's "نعد")
    2: [("وقال", "البيان", "\"في ظل", "حكومة ايران\"", True, True),
        ("متهماً", "زعيم عصابة القتل والإباده نوري المالكي", "بأنها راعية", "للارهاب والتطرف", False, True),
        ("وقال", "الأمين العام لمجلس عشائر العراق العربية في الجنوب الشيخ أحمد الغانم", "\"بأسمي",
         "والاتفاقات الدولية\"", True, True),
        ("وأضاف", "الغانم", "\"ندعو القادة", "أمن واستقرار المنطقة\"", True, True)],
    # 3alyoum Jeddah restaurants closed: no claim ("أغلقت"، "وطالت عقوبة الإغلاق" acts, "وتأتي تلك الجهود" the
    # writer, the byline, the tag line "سمات ...")
    3: [],
    # alwatan column on al-Maliki: "هو نفسه الذي يتهم السعودية بالطائفية" (an accusation with content, blind40's
    # "اتهمت ... بارتكاب"; decided here: the relative's speaker is the NP it identifies, "نوري المالكي", the subject of
    # the clause whose predicate "هو نفسه الذي ..." only resumes it, blind35-blind40's antecedent rule; content from
    # بـ), "قديما؛ ظن البعض أن المعارضة العراقية ... سنوات الحروب والدمار" (a belief of unnamed people, blind36's "يظنّ
    # كثيرٌ من الناس أنّ", named=false; ending before the columnist's "، غير أن ..."), "الأمر الذي مثل –في تقدير
    # كثيرين– الباب الحقيقي ... في ربوع المنطقة" (decided here: "in the estimation of many", an attribution phrase
    # naming a source like "بحسب/وفقا"; cue "في تقدير", speaker "كثيرين" named=false; the content the predicate after
    # the parenthesis, the subject "الأمر الذي" standing before the cue) and "متصورا أنه بذلك قد يغطي ... في أغسطس
    # الماضي" (a belief, blind36; null: the participle follows "إلا أنه لا يتوقف"). Not claims: "هناك من ينشر
    # مزاعمه" (publishing; a noun without content), "بدعوى أن الأخير يتعرض لمحاولة إسقاط خارجية" (a pretext, blind9/
    # blind21/blind28/blind41's "بحجة أن"), "لقد أصر المالكي ... على أن يكون ابنا وفيا" (an insistence in deeds),
    # "لم يخف ... انحيازه"، "فأظهر من المواقف" (acts), "بقول آخر" (the columnist's), "بمزاعم كاذبة" (a noun)
    4: [("يتهم", "نوري المالكي", "بالطائفية", "بالطائفية", False, True),
        ("ظن", "البعض", "أن المعارضة العراقية", "سنوات الحروب والدمار", False, False),
        ("في تقدير", "كثيرين", "الباب الحقيقي", "في ربوع المنطقة", False, False),
        ("متصورا", None, "أنه بذلك", "في أغسطس الماضي", False, True)],
    # aljazirah Hani Ramzi's film: "أكد نقاد ورواد مواقع التواصل الاجتماعي أن فيلم «نوم التلات» ... فيلم «مسلوق»"
    # (named=false; partly quoted: direct=false), "ويرى مغردون أن فكرة الفيلم ... رأس من قدم" (named=false), "وهو ما
    # أكده الناقد طارق الشناوي" (blind24/blind33's relative "ما" cue, content the resumed proposition before it, "أن
    # فكرة الفيلم ... رأس من قدم") and "الذي قال إن الفيلم ... عامل إضافي" (a second claim, as blind33's "ما كشفته
    # ... حين أكدت"; the relative's speaker its antecedent), "وعزا الشناوي هذا الفشل إلى ... مضحكاً وطريفاً" (blind14/
    # blind27's عزا/أرجع, content from the object) with "مشيراً إلى أن هاني رمزي ..." (null), "وأيد مغردو التواصل هذا
    # التحليل، بالقول إن هاني رمزي نفسه ... أعماله السابقة" (one claim, cue "بالقول" with the subject of the governing
    # verb as speaker, blind30/blind39; named=false), "وكان الشناوي قد اعتبر فيلم «نوم التلات» هو الأسوأ ..." (content
    # from the object, blind7/blind20's "اعتبر ... NP") with "مشيراً إلى فقدان ..." (null), "وأرجع الناقد عصام زكريا
    # أسباب ... في الفكرة والموضوع" and "ومن أبرز التعليقات التي هاجمت الفيلم على «فيسبوك» كانت وصفه بـ «الغلس»
    # و»الرخم»" (decided here: the description noun "وصفه" with its content, blind18/blind31's "وصفه بـ"; speaker
    # "التعليقات", the unnamed comments, named=false, the relative left out; both words quoted, the conjunction
    # outside, as blind5's 'وردد المشاركون "..." و"..."': direct). Not claims: "توجيه انتقادات لاذعة" (criticism
    # without content), "وتذيل فيلم ..." (the writer), the credits line
    5: [("أكد", "نقاد ورواد مواقع التواصل الاجتماعي", "أن فيلم", "لأنه فيلم «مسلوق»", False, False),
        ("ويرى", "مغردون", "أن فكرة الفيلم", "رأس من قدم", False, False),
        ("ما أكده", "الناقد طارق الشناوي", "<أن فكرة الفيلم", "رأس من قدم", False, True),
        ("قال", "الناقد طارق الشناوي", "إن الفيلم", "بحاجة إلى عامل إضافي", False, True),
        ("وعزا", "الشناوي", "هذا الفشل", "مضحكاً وطريفاً", False, True),
        ("مشيراً", None, "إلى أن هاني رمزي", "في الإيحاءات الجنسية", False, True),
        ("بالقول", "مغردو التواصل", "إن هاني رمزي نفسه", "سائر أعماله السابقة", False, False),
        ("اعتبر", "الشناوي", "فيلم «نوم التلات»", "خلال موسم عيد الفطر", False, True),
        ("مشيراً", None, "إلى فقدان", "بوصلة الاختيار الصحيح", False, True),
        ("وأرجع", "الناقد عصام زكريا", "أسباب عدم نجاح", "في الفكرة والموضوع", False, True),
        ("وصفه", "التعليقات", "بـ «الغلس»", "و»الرخم»", True, False)],
    # aawsat Moroccan cell: "الذين أشار بيان وزارة الداخلية المغربية إلى أنهم «تلقوا ... في العراق وسوريا»" (the
    # words after "أنهم" wholly quoted: direct, blind13/blind38/blind40), "، وذلك حسب البيان" (a postposed relay of the
    # arrest and its purpose; content from the sentence's first word "واعتقل" to "في المغرب", blind23/blind41; the
    # nested "أشار" inside), "البيان، الذي أوضح أن التحريات كشفت ... بأفغانستان" (the relative's speaker its
    # antecedent) with, nested, "التحريات كشفت ارتباط عناصر ... بأفغانستان" (a disclosure, blind25's "كشفت
    # التحقيقات ... تورط", named=true; direct=false), "كما أشار إلى تورط نساء ... بأفغانستان" (null), "وأعلنت المجاطي
    # ولاءها لتنظيم «داعش» سنة 2013" (an announcement with an NP object, blind36's "أعلن قيام «خلافة»"; decided here:
    # the trailing time of the announcing left out, as times are). Not claims: "يشتبه في تنسيقهم" (a passive), "بيد أن
    # البيان لم يذكر أي اسم" (a negated report without a proposition, blind29's "ولم يذكر زوكربيرغ الموعد"), "وعرفت
    # المجاطي ... بنشاطها" (a passive), "اتخذت ... موقفا"، "حاولت ... تأسيس" (acts), "أحبط"، "واعتقل" (acts)
    6: [("أشار", "بيان وزارة الداخلية المغربية", "إلى أنهم", "في العراق وسوريا»", True, True),
        ("حسب", "البيان", "<واعتقل المكتب", "العمليات الإرهابية في المغرب", False, True),
        ("أوضح", "البيان", "أن التحريات", "القاعدة بأفغانستان", False, True),
        ("كشفت", "التحريات", "ارتباط عناصر", "القاعدة بأفغانستان", False, True),
        ("أشار", None, "إلى تورط نساء", "القاعدة بأفغانستان", False, True),
        ("وأعلنت", "المجاطي", "ولاءها لتنظيم", "لتنظيم «داعش»", False, True)],
    # okaz Buraidah dates: "وما يميز التمور اليوم، جودتها من حيث الحجم واللون والمذاق، وهذا ما أكده المتسوقون"
    # (blind24/blind33's relative "ما" cue; content before it from the sentence's first word; the unnamed shoppers:
    # named=false). Not claims: "ما يؤكد توفر العرض" (a thing that shows), "وفق ما يحدثه السوق" (according to a
    # non-source), "من المتوقع أن" (impersonal), "على توقعاتهم في نسب البيع" (a noun without content), the figures
    7: [("ما أكده", "المتسوقون", "<وما يميز التمور", "واللون والمذاق", False, False)],
    # alyaum King's cables to Benin and Switzerland: "وأعرب الملك المفدى باسمه واسم ... عن أصدق التهاني وأطيب
    # التمنيات ... اطراد التقدم والازدهار" ×2 and "وعبر نائب خادم الحرمين الشريفين عن أبلغ التهاني ... المزيد من
    # التقدم والازدهار" ×2 (a verb of expression + noun is a claim whatever the noun, blind21's "وأعرب باسمه ونيابة عن
    # ... عن أحر التعازي", blind28/blind41; "باسمه واسم شعب وحكومة المملكة" left out like blind21's "باسمه ونيابة
    # عن منسوبي السفارة"; content from عن). Not claims: "بعث ... برقية تهنئة" ×4 (an act, make_gold's "برقية تهنئة")
    8: [("وأعرب", "الملك المفدى", "عن أصدق التهاني", "اطراد التقدم والازدهار", False, True),
        ("وأعرب", "الملك المفدى", "عن أصدق التهاني", "اطراد التقدم والازدهار", False, True),
        ("وعبر", "نائب خادم الحرمين الشريفين", "عن أبلغ التهاني", "المزيد من التقدم والازدهار", False, True),
        ("وعبر", "نائب خادم الحرمين الشريفين", "عن أبلغ التهاني", "المزيد من التقدم والازدهار", False, True)],
    # almadina column "مجابهة التحطيم بالإرادة والتصميم" (the writer of blind5's "النجاح العظيم محفوف بالتحطيم", whose
    # decisions are applied): the illustrative utterances "ستَجد العَشَرَات ممَّن يُحاولون تَحطيمك، قَائلين لَك: «...»"
    # (blind5's typical quoted utterance; speaker the participle's subject "العَشَرَات", the partitive relative "ممَّن
    # ..." left out, named=false; direct), "سيَقولون لَك: «يَا رَجُل، ... في السِّن»" (null; the "؟" after the closing
    # mark outside) and "حِين تَصيح بعِبَارات مِثل: «أوووه.. مَا تقدر»، ... «روح البيت ورَاها»" (decided here: shouted
    # phrases quoted, blind5's chanted slogans "وردد المشاركون "..." و"...""; null, the subject of "تَصيح" elided;
    # "بعِبَارات مِثل:" the lead-in, blind41's "ما يلي"; direct). Not claims: "ذَلك المَثَل العَامّي القَائِل: «...»"
    # and "«المَهْدِ إلَى اللّحد»" (proverbs, blind5/blind13), "بَقي أنْ أَصرُخ قَائلاً: أيُّها الطَّامِحون، ..." (the
    # columnist's present voice and imperatives, blind5's "بَقي أنْ نُشير"), "وسأُفردُ كِتابةً" (the columnist's plan),
    # the contact lines
    9: [("قَائلين", "العَشَرَات", "«يَا رَجُل، لِمَاذَا", "عَلى أكتَافهم»", True, False),
        ("سيَقولون", None, "«يَا رَجُل، كَبّر", "كَبير في السِّن»", True, True),
        ("تَصيح", None, "«أوووه..", "«روح البيت ورَاها»", True, True)],
    # aleqtisadiya Obstfeld to the IMF: 'وبحسب "الفرنسية"، فقد أعلن الصندوق أمس أن المستشار ... منذ أيلول (سبتمبر)
    # 2008' -- two claims: the relay (cue "وبحسب", the agency's name without its quotes) and the Fund's announcement
    # (the time left out); decided here on blind40's relay of a reported statement (3alyoum "وفق ما ذكرت وكالة
    # رويترز" given the same content as the statement it relays), the latest, over blind16's fronted "ووفقا لسكاي
    # نيوز أفادت مصادر ..." (content from the relayed verb): both contents "أن المستشار ... 2008". "وقالت كريستين
    # لاجارد المديرة العامة لصندوق النقد الدولي إن عمله ... في هذه الأوقات الصعبة". Not claims: "عين" (a passive act)
    10: [("وبحسب", "الفرنسية", "أن المستشار الأمريكي", "(سبتمبر) 2008", False, True),
         ("أعلن", "الصندوق", "أن المستشار الأمريكي", "(سبتمبر) 2008", False, True),
         ("وقالت", "كريستين لاجارد المديرة العامة لصندوق النقد الدولي", "إن عمله", "في هذه الأوقات الصعبة",
          False, True)],
    # alriyadh Mario Suarez to Fiorentina: "أعلن اتلتيكو مدريد ثالث الدوري الأسباني لكرة القدم انتقال لاعب وسطه ...
    # فيورنتينا الإيطالي" (object NP; the apposition kept) and 'وذكر اتلتيكو على موقعه على شبكة الانترنت "سيلعب ...
    # في الساعات المقبلة"' (the channel left out; wholly quoted: direct). Not claims: "علما بأنه كان يتقدم" (the
    # writer), the record
    11: [("أعلن", "اتلتيكو مدريد ثالث الدوري الأسباني لكرة القدم", "انتقال لاعب", "فيورنتينا الإيطالي", False, True),
         ("وذكر", "اتلتيكو", "\"سيلعب", "في الساعات المقبلة\"", True, True)],
    # arreyadi Reghecampf match-fixing: "وأشار في تقريره إلى احتمال أن يكون ريجيكامف ... أمام بايرن ميونيخ" (null, a
    # finite verb coordinated with "نشر" whose subject is the site, blind24/blind33/blind34; the channel left out) and
    # the relay standing apart in the sentence "وفقاً لاتهامات غزت الشارع الرياضي والإعلامي في رومانيا" (a second
    # claim, blind1/blind7/blind13/blind40; unnamed accusations: named=false, the relative left out; its content that
    # of the claim it relays, blind40), "ونقلت عن مدرب روماني آخر اسمه كورنيل دينو ادعاءه بأن ريجيكامف ... 3 أهداف
    # نظيفة" (make_gold's "نقل عن X قوله": speaker the original source; "ادعاءه" as "قوله", content from بأن, blind30),
    # "علماً أن دينو أكّد هذه الأخبار لوكالة الأنباء (ميديافاكس)" (blind19's "أكد ذلك": content the anaphoric NP; the
    # addressee left out) with "وأشار إلى أن أحد الأشخاص ... متفقاً عليه" (null), "تصريحاً لرئيس نادي كوتبوس كريستيان
    # بيك الذي أعلن عن تفاجئه من الحديث الدائر في رومانيا" (an expressed feeling; the relative's speaker its
    # antecedent) with "وأكّد أنه لم يشعر ... مطلقاً" (null, coordinated), and "التحقيق الذي أجرته الشرطة الأوروبية
    # (يوروبول) ... وكشفت حينها عن عمليات ضخمة ... ومن بينها ألمانيا" (a disclosure with عن + NP, blind40's "كشفت شركة
    # ... عن قرص"; null, coordinated). Not claims: "في ظل الحديث عن اقترابه" (talk naming a topic, no source), "قد
    # نشر ... تقريراً عنوانه (...)"، "نشر موقع (فوكوس) الألماني تصريحاً"، "قد نشرا ... تقاريراً شبيهة" (publishing,
    # acts, blind40's "أصدر ... تصريح"), "وجاءت هذه الأنباء" (a noun), the byline and the subtitle line
    12: [("وأشار", None, "إلى احتمال", "أمام بايرن ميونيخ", False, True),
         ("وفقاً", "ل|اتهامات| غزت", "<إلى احتمال", "أمام بايرن ميونيخ", False, False),
         ("ونقلت", "مدرب روماني آخر اسمه كورنيل دينو", "بأن ريجيكامف", "3 أهداف نظيفة", False, True),
         ("أكّد", "دينو", "هذه الأخبار", "هذه الأخبار", False, True),
         ("وأشار", None, "إلى أن أحد الأشخاص", "كان متفقاً عليه", False, True),
         ("أعلن", "رئيس نادي كوتبوس كريستيان بيك", "عن تفاجئه", "الدائر في رومانيا", False, True),
         ("وأكّد", None, "أنه لم يشعر", "الأعمال مطلقاً", False, True),
         ("وكشفت", None, "عن عمليات ضخمة", "ومن بينها ألمانيا", False, True)],
    # 3alyoum Austrian TV report: "حيث ذكر التقرير بأن هناك سلوكيات ... على بقية السياح" (the report aired by
    # Austrian TV: named=true, blind40's "التقرير"), 'وقال التقرير: “...”' (direct), "وعلق بعض المغردين بـ”تويتر” على
    # التقرير بقولهم: “...”" (cue "بقولهم" with the subject of the governing verb, make_gold/blind27's "بقوله";
    # named=false; the channel left out; direct) and, inside the editorial "يذكر أن", "وقالت السلطات إن مثل هذه
    # السلوكيات ... وليست مجرد مخالفة !!”" ("السلطات" named=false, blind30/blind35; decided here: the unpaired closing
    # mark kept at the span's edge with the "!!" before it, blind40's "... فارقت الحياة»"; no opening mark or colon:
    # direct=false). Not claims: "جاء تقرير بثه تلفزيون النمسا قاسياً" (a verdict on the report, no content), "يذكر
    # أن" (editorial), "تم فرض غرامات" (a passive), the byline, the writer's question, the tag line
    13: [("ذكر", "التقرير", "بأن هناك", "على بقية السياح", False, True),
         ("وقال", "التقرير", "“لا نريد", "لم تسلم منهم”", True, True),
         ("بقولهم", "بعض المغردين", "“كان التقرير", "بشكل أوسع”", True, False),
         ("وقالت", "السلطات", "إن مثل هذه", "مجرد مخالفة !!”", False, False)],
    # alwatan Jotun prize draw: 'وقال مدير التسويق بجوتن السعودية فيصل كريم: "استحوذت ... أحد أجمل بلدان العالم"'
    # (direct; "أردنا ... أن نعبر عن تقديرنا" the speaker's own words). Not claims: "اختتمت"، "توجت" (acts)
    14: [("وقال", "مدير التسويق بجوتن السعودية فيصل كريم", "\"استحوذت", "أجمل بلدان العالم\"", True, True)],
    # aljazirah reader's letter "رجال الأمن.. الحصن الحصين": no claim ("اطلعت على ما جاء في الصفحة الأولى" a topic
    # only, "وأود التعليق عليه بأن ..." and "ختاماً:" the writer's own voice, "فرجال الأمن يعلمون أنهم ..." a knowledge
    # verb, not a report, blind17/blind31's "يدرك/يعلم أن", "تثمن الدور" praise, "تدل على" a thing that shows, the
    # signature line)
    15: [],
    # alweeam Australian expelled from the UAE: "أفاد مصدر قضائي في أبوظبي أنه تم أمس طرد ... اعتبرت “مهينة”" (an
    # unnamed source: named=false; the place kept, as in 1), "واوضح المصدر ان جودي ماغي ... “تعليقات مهينة”" with the
    # relay ".وفقا للفرنسية" (speaker "لفرنسية" as blind7's identical alweeam ".وفقا للفرنسية" and blind14/blind16/
    # blind21's "لدراسة"/"لتقرير"; content that of the claim it relays, blind40 -- the latest -- over blind7, whose
    # relay took the whole sentence from its cue), "اقرت جودي ماغي ... بانها نشرت الصورة" (an admission, blind24's
    # "اقر ... بأن"), "لكنها نفت نشرها النص" (a denial; null, the subject only a clitic; object NP), "لكن التحقيق خلص
    # ... وبطردها بحسب المصدر نفسه" and "وفي 12 يوليو رفضت ... بناء على اختيارها وفق المصدر القضائي" (postposed
    # relays: content from the sentence's first word, blind41; named=false). Not claims: "اعتبرت “مهينة”" (a passive),
    # "خلص الى اتهامها" (a charge without content), "وقررت ان تستأنف" (a decision), "رفضت ان تدفع" (a refusal),
    # "أمرت بتوقيفها" (an order), "شكوى تقدمت بها" (an act), the link line
    16: [("أفاد", "مصدر قضائي في أبوظبي", "أنه تم أمس", "اعتبرت “مهينة”", False, False),
         ("واوضح", "المصدر", "ان جودي ماغي", "“تعليقات مهينة”", False, False),
         ("وفقا", "لفرنسية", "<ان جودي ماغي", "“تعليقات مهينة”", False, True),
         ("اقرت", "جودي ماغي", "بانها نشرت", "نشرت الصورة", False, True),
         ("نفت", None, "نشرها النص", "نشرها النص", False, True),
         ("بحسب", "المصدر نفسه", "<لكن التحقيق", "وبطردها", False, False),
         ("وفق", "المصدر القضائي", "<وفي 12 يوليو", "بناء على اختيارها", False, False)],
    # aawsat King Khalid airport: "من جهتها، أعلنت الهيئة العامة للطيران المدني تأجيل وتحويل ... نظرًا لتقلب الأجواء"
    # (object NP to the end of the sentence), "وقال يوسف العبد، مدير عام مطار الملك خالد الدولي، لـ«الشرق الأوسط»، إن
    # «عدد الرحلات ... ووضوح الرؤية" (the apposition between commas kept, blind29-blind35; the addressee left out; an
    # unclosed quotation after إن: direct, blind18/blind20/blind31/blind40) and its two "مشيرًا إلى أن ..." (null;
    # decided here: the quotation, never closed, is taken to end before the writer's first participle, so both
    # participle contents are indirect -- unlike blind41's alriyadh, where a closing mark after the participle's
    # content put it inside the marks), "أكد عبد الرحمن الفهد، مساعد مدير الخطوط السعودية للعلاقات العامة، أن
    # الرحلات ... بسبب الغبار", "وكانت الرئاسة العامة للأرصاد وحماية البيئة توقّعت في تقريرها عن حالة الطقس، سماء
    # غائمة ... الشرقية والرياض" (a forecast, make_gold's توقع; the channel left out; object NP to the end of the
    # sentence, its impersonal "بينما يتوقع هطول ..." inside) and "وتوقعت الأرصاد تأثر الرؤية ... وشمال السعودية".
    # Not claims: "وطلبت «الهيئة» من المسافرين ..." (a request), "ويعد مطار ..." and "باعتباره" (passives), "يهدف"
    # inside the content (an aim)
    17: [("أعلنت", "الهيئة العامة للطيران المدني", "تأجيل وتحويل", "نظرًا لتقلب الأجواء", False, True),
         ("وقال", "يوسف العبد، مدير عام مطار الملك خالد الدولي", "إن «عدد الرحلات", "ووضوح الرؤية", True, True),
         ("مشيرًا", None, "إلى أن تعليق", "مطارات العالم كافة", False, True),
         ("مشيرًا", None, "إلى أن متوسط", "500 رحلة", False, True),
         ("أكد", "عبد الرحمن الفهد، مساعد مدير الخطوط السعودية للعلاقات العامة", "أن الرحلات", "بسبب الغبار",
          False, True),
         ("توقّعت", "الرئاسة العامة للأرصاد وحماية البيئة", "سماء غائمة",
          "والغربية من منطقتي الشرقية والرياض", False, True),
         ("وتوقعت", "الأرصاد", "تأثر الرؤية", "ووسط وشمال السعودية", False, True)],
    # okaz anti-bullying project: "كشفت لـ«عكاظ» المدير التنفيذي ... الدكتورة مها المنيف عن بدء تطبيق ... واللجنة
    # الوطنية للطفولة" (the addressee left out; عن + NP to the end of the sentence), "وأشارت إلى عقد دورات ..."
    # (null), "وبينت المدير التنفيذي لبرنامج الأمان الأسري الوطني أن نجاح ... هذا العام", "أكدت الدكتورة مها المنيف
    # أن برنامج ... والأمنية)" (the closing parenthesis kept), "لفتت إلى أن السجل الوطني ... ترد فقط للقطاع الصحي"
    # (null) with "كما ذكرت" (a postposed "as she said", blind7/blind18/blind30's "كما قالت", blind15's "كما ذكرتُ";
    # null; content the clause it follows, "وهي حالات ترد فقط للقطاع الصحي") and "واختتمت الدكتورة مها المنيف حديثها
    # بقولها: اعتقد ... والنساء" (make_gold's "واختتم ... حديثه بقوله:": cue "بقولها", speaker the subject of
    # اختتمت; colon: direct; "اعتقد" her own words; "والذي يؤكد إلزامية التبليغ" a law's provision, blind40's
    # "ينص على"). Not claims: the share line "شارك من خلال تويتر ... اكتب رأيك", "وهناك حالات أخرى ..." (no
    # reporting word)
    18: [("كشفت", "المدير التنفيذي لبرنامج الأمان الأسري الوطني الدكتورة مها المنيف", "عن بدء تطبيق",
          "واللجنة الوطنية للطفولة", False, True),
         ("وأشارت", None, "إلى عقد دورات", "بمدارس التعليم العام", False, True),
         ("وبينت", "المدير التنفيذي لبرنامج الأمان الأسري الوطني", "أن نجاح الحملة", "في المدارس هذا العام",
          False, True),
         ("أكدت", "الدكتورة مها المنيف", "أن برنامج الأمان", "القانونية والأمنية)", False, True),
         ("لفتت", None, "إلى أن السجل", "ترد فقط للقطاع الصحي", False, True),
         ("كما ذكرت", None, "<وهي حالات", "ترد فقط للقطاع الصحي", False, True),
         ("بقولها", "الدكتورة مها المنيف", "اعتقد مع", "الأطفال والنساء", True, True)],
    # almadina Qassim girl and expatriate: "ووفقًا للناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني فإن شرطة
    # ... في حينها" ×2 (fronted relays with فإن, blind16/blind21's "ووفقاً للدراسة/للتقرير ... فإن/فقد": content from
    # فإن; the speaker spanned after "لل" as blind7/blind14/blind16/blind21's "لفرنسية"/"لدراسة"/"لتقرير"), "مشيرًا
    # إلى أن إجراءات المعاينة الأولية أوضحت وجود ... بمنزل ذويها" (null after a full stop, blind41; "إجراءات ...
    # أوضحت" inside, procedures that show, not a nested claim), "وبين أن التحقيقات ..." (null), "وأشار الى أنه على
    # الفور ..."، "وأوضح بأنه جرى نقل ..." and "مشيرًا إلى إحالة أوراق ... بحسب الاختصاص" (all null). Not claims:
    # "فتح ... تحقيقًا"، "أقدم وافدٌ" (acts), "تلقت بلاغًا من مستشفى ... حول وفاة الطفلة" and "تلقت بلاغًا عن إقدام
    # ..." inside the contents (reports naming a topic, no proposition), "بحسب الاختصاص" (according to a non-source)
    19: [("ووفقًا", "لناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني", "فإن شرطة", "الحادثة في حينها",
          False, True),
         ("مشيرًا", None, "إلى أن إجراءات", "بمنزل ذويها", False, True),
         ("وبين", None, "أن التحقيقات", "ملابسات الحادثة", False, True),
         ("ووفقًا", "لناطق الإعلامي بشرطة منطقة القصيم الرائد بدر السحيباني", "فإن الجهات الأمنية",
          "مما تسبب بوفاته", False, True),
         ("وأشار", None, "الى أنه على الفور", "المعاينة الأولية", False, True),
         ("وأوضح", None, "بأنه جرى نقل", "تحديد سبب الوفاة", False, True),
         ("مشيرًا", None, "إلى إحالة", "بحسب الاختصاص", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind42.jsonl")
