"""Build claims-blind51.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261320) with attribution annotations.

The articles are read from the frozen draw sample.jsonl (written by sample.py), so later changes to
tests/data cannot change the set.  Annotations follow the guidelines in tests/data/claims/make_gold.py and the
decisions of tests/data/claims/SOURCE-blind.txt to SOURCE-blind50.txt (the latest set's where the sets differ),
plus those listed in SOURCE-blind51.txt; they are written as strings (cue, speaker or None, content first words,
content last words, direct, named), in text order of the cues.  Offsets are computed here and every span is
checked with text[start:end] == span text.

Locating rules (those of blind50/make_blind.py, unchanged; the shared gold_builder.py):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part.
* Whitespace in a string matches any run of whitespace in the text (also the no-break spaces of alwatan, alriyadh,
  sabq and okaz).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (nearest occurrence before the cue).
  A "first" prefixed with "^" marks content standing between the cue and a speaker that follows it.
The strings copy the text's marks and spellings as written (the straight quotes of aleqtisadiya, was, alriyadh
and sabq, the curly quotes of 3alyoum and its closing double prime "″" after "2013", the guillemets of almadina's
"«مسارات»", sabq's "أكّدت"/"كِبار" with their vowel signs, almadina's "مشيرًا" with the tanwin on the alif,
alriyadh's hamza-less "ان"/"ادارة"/"اندية"/"الالمانية", was's "الاجراءات" and alwatan's "عدوه").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample as sampler  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import gold_builder  # noqa: E402  (the builder shared by the claims blind sets)

# (cue, speaker or None, content first words, content last words, direct, named)
ANNOTATIONS: dict[int, list[tuple]] = {
    # alwatan Khartoum tries 100 Egyptian fishermen: "بينما واصلت أسر الصيادين مطالبتها للسلطات المصرية بالتدخل"
    # is a demand (not a claim), but its overt subject is the speaker of the two participles that follow, "مؤكدة أن
    # مصدر دخلها ... في سجون السودان" and "مشيرة إلى أن القوارب ... للصيد هناك" (blind12/blind38's "شكا/وجدد ...
    # مؤكدين ... مشيرين" with the subject on both; blind29/blind42/blind45-blind50's overt subject of a non-claim verb
    # before a participle; unidentified families: named=false, blind12's "سكان حي ..."), "وتشير أنباء إلى أن السلطات
    # السودانية تشترط ... على متن ثلاثة قوارب صيد" (blind40's "تقول أنباء", named=false), "عقب ورود أنباء عن وفاة
    # أحد عساكر الجيش ... مساء الخميس الماضي" (decided here: news that arrived with a content, blind50's "أنباء قوية
    # ترددت حول أن"; cue the noun "ورود", speaker "أنباء", named=false; content from the preposition "عن") and
    # "وأشارت أنباء إلى أن تعليمات مشددة ... اعتقلت 21 من عساكر الجيش". Not claims: "وفور ورود تلك الأنباء" (the
    # same news taken up again, no content), the writer's account of the clashes and "ولكن ما زالت تسيطر ..."
    0: [("مؤكدة", "أسر الصيادين", "أن مصدر دخلها", "معيليها في سجون السودان", False, False),
        ("مشيرة", "أسر الصيادين", "إلى أن القوارب", "إلى إريتريا للصيد هناك", False, False),
        ("وتشير", "أنباء", "إلى أن السلطات", "على متن ثلاثة قوارب صيد", False, False),
        ("ورود", "أنباء", "عن وفاة أحد", "بين الجانبين مساء الخميس الماضي", False, False),
        ("وأشارت", "أنباء", "إلى أن تعليمات", "اعتقلت 21 من عساكر الجيش", False, False)],
    # arreyadi column "جدارك قصير يا اتحاد": "مع أن هناك أصواتا وكتابات بدأت تظهر بين الجماهير في مواقع التواصل
    # الاجتماعي تشير إلى أن هذا التصرف ... تمييزاً في التعامل بين الأندية" (voices and writings of fans with a
    # content clause, blind42's "بعض المغردين"/"التعليقات"; the asyndetic relative "بدأت تظهر ..." left out of the
    # speaker; unidentified: named=false; the "..!!" excluded). Not claims: the columnist's list "في نظر حبيب الشعب
    # (أبو متعب): أنت نادي الوطن.." and the four "في نظر ...:" lines (the columnist's rhetoric, no reporting word),
    # "يبدو أن البعض منزعج"، "ظن الاتحاديون بأنه قد أتاهم الفرج" (a belief, blind28's "وظنوا أنه" unannotated),
    # "طلب الاتحاد أن يلعب" (a request), "فقيل بأنه طولب بأن يدفع" and "حيث أعلن بأنه سيتم تسليم الملعب" (passives
    # with no source, blind49's "وعرف بأنه" and blind50's "ما تم تدواله"), "قاموا بالرفض بحجة ..." and "ارتفع الصوت
    # الأهلاوي الرسمي برفض خوض أي مباراة" (refusals), "السؤال الذي نطرحه ..."، "لا أظن أن ..."، "وهو ما لا أتفق معه
    # ولكن هذا ما يطرح فعلاً" (the columnist's own voice and a passive), the picture captions
    1: [("تشير", "أصواتا وكتابات", "إلى أن هذا التصرف", "في التعامل بين الأندية", False, False)],
    # almadina Al-Balawi and Boloni: no claim ("اجتمع ... لمناقشة خطة العمل" a meeting and its topics; "ويترقب
    # الاتحاديون" waiting; "لا ترغب الجماهير الاتحادية في استمراره" a wish not expressed in words)
    2: [],
    # alweeam night schools: no claim ("ألزمت وزارة التعليم ..." and "كما ألزمت ..." directives, acts; the link line)
    3: [],
    # okaz Hazazi injured: no claim ("أظهرت الفحوصات الطبية والأشعة ... عن وجود تمزق" test results that show,
    # blind38/blind47/blind48 unannotated; "وبذلك تأكد غياب «الصقر»" impersonal)
    4: [],
    # aljazirah Egypt Cup: no claim (match reports; "ومن المنتظر أن يلتقي" impersonal)
    5: [],
    # alriyadh Hail labour office: "وأكد على أهمية تطبيق قرار منع العمل ... وأن ذلك من الأولويات لدى وزارة العمل"
    # (null: the coordinated verb after the non-claim "وحث الاحمري", blind44-blind50; ending before "، مطالبا") and
    # "وكشف مدير عام فرع الوزارة بحائل أن فرع الوزارة يعمل ... وزيادة مستوى الإنتاج" (the title alone identifies
    # Al-Ahmari: named=true). Not claims: "التي تنص على معاقبة المخالفين ..." (a law's provision, make_gold's "وينص
    # القانون" and blind5's "ونصت المادة" unannotated), "وحث الاحمري" (an appeal), "مطالبا الجميع" (a demand),
    # "داعيا أصحاب المنشآت" (an appeal)
    6: [("وأكد", None, "على أهمية تطبيق", "من الأولويات لدى وزارة العمل", False, True),
        ("وكشف", "مدير عام فرع الوزارة بحائل", "أن فرع الوزارة", "وزيادة مستوى الإنتاج", False, True)],
    # aleqtisadiya Seattle garbage lawsuit: "قال أهالي سياتل في مستندات دعوى قضائية إن المدينة تنتهك ... في صندوقها
    # المخصص لها" (the channel left out; residents: named=false, blind4/blind12/blind50's "سكان ..."), 'وقال ايثان
    # بلفنز المحامي في (باسيفيك ليجال) وهي مؤسسة ... نيابة عن أهالي سياتل "استغل ... بتفتيش القمامة"' (the
    # apposition's clause "وهي مؤسسة ..." left out of the speaker; direct), "وقالت مصلحة المرافق العامة في سياتل إن
    # جامعي القمامة ... بالالتزام باللوائح", "باللوائح التي قال مسؤولو المدينة إنها حققت نجاحا في بدايتها لكن ثمة
    # افتقارا للوعي بهذه اللوائح" (unnamed officials: named=false; to the end of the sentence), "وقال مجلس الدفاع عن
    # الموارد القومية في الولايات المتحدة إن ما يصل الى 40% ..." and "وقال المجلس إن الأغذية ... للتربة الزراعية".
    # Not claims: "ولم يتسن على الفور الاتصال بمحام ... للتعليق" (no comment obtained), "أقرت"، "وصدقت"، "أوقفت"
    # (decisions), "ووضع العاملون ... تحذيرات حمراء" (an act)
    7: [("قال", "أهالي سياتل", "إن المدينة", "في صندوقها المخصص لها", False, False),
        ("وقال", "ايثان بلفنز المحامي في (باسيفيك ليجال)", "\"استغل", "بتفتيش القمامة\"", True, True),
        ("وقالت", "مصلحة المرافق العامة في سياتل", "إن جامعي", "للتأكد من الالتزام باللوائح", False, True),
        ("قال", "مسؤولو المدينة", "إنها حققت", "للوعي بهذه اللوائح", False, False),
        ("وقال", "مجلس الدفاع عن الموارد القومية في الولايات المتحدة", "إن ما يصل", "تلقى في صناديق القمامة",
         False, True),
        ("وقال", "المجلس", "إن الأغذية", "مغذية للتربة الزراعية", False, True)],
    # sabq Senior Scholars on Al-Aqsa: "أكّدت الأمانة العامة لهيئة كِبار العلماء, ما للمقدس والمسجد الأقصى ... في
    # مشارق الأرض ومغاربها" (object NP), "وقالت إن ما قامت به قوات الاحتلال ... بدوله ومؤسساته" (null) and "وأوضحت
    # أن هذه الجرائم ... وإنهاء الاحتلال الظالم" (null). Not claims: "وأوصت الأمانة العامة ... أهل فلسطين ... بتقوى
    # الله" (a recommendation, blind4/blind11/blind44's "وأوصت الدراسة" unannotated), "ودعت المجتمع الدولي إلى أن
    # ينظر ... فما تقوم به قوات الاحتلال ... هو إرهاب دولة ..." (an appeal, its explanatory clause carried by
    # "ودعت"), the dateline "واس- الرياض:"
    8: [("أكّدت", "الأمانة العامة لهيئة كِبار العلماء", "ما للمقدس", "في مشارق الأرض ومغاربها", False, True),
        ("وقالت", None, "إن ما قامت", "بدوله ومؤسساته", False, True),
        ("وأوضحت", None, "أن هذه الجرائم", "وإنهاء الاحتلال الظالم", False, True)],
    # was UNAMI welcomes Iraqi reforms: 'وقال نائب الممثل الخاص للأمين العام للأمم المتحدة في العراق جورجي بوستن في
    # بيان اليوم إن هذه الاجراءات "تأتي ... بالإصلاح والكفاءة' (the channel and time left out; partly quoted, its
    # quote never closed: direct=false), 'مضيفا أن "الفساد ... لتحقيق مآربها"' and 'وأضاف أن "الإصلاحات ... في
    # مكافحة الإرهاب"' (null; the whole content quoted after أن: direct, blind39-blind50). Not claims: "رحبت بعثة
    # الأمم المتحدة ... بحزمة الإصلاحات" (welcoming an NP, blind13's "رحبت اللجنة ... بالتعاون" unannotated), the
    # dateline, "// انتهى //" and the time line
    9: [("وقال", "نائب الممثل الخاص للأمين العام للأمم المتحدة في العراق جورجي بوستن", "إن هذه الاجراءات",
         "بالإصلاح والكفاءة", False, True),
        ("مضيفا", None, "أن \"الفساد", "لتحقيق مآربها\"", True, True),
        ("وأضاف", None, "أن \"الإصلاحات", "في مكافحة الإرهاب\"", True, True)],
    # 3alyoum study of Iranian hostile positions: 'وقالت الدراسة في سياق رصدها ... إن “المملكة ... للمخططات
    # الإيرانية”' (the occasion left out; whole content quoted after إن: direct), "وذكرت الدراسة التي أعدها الدكتور عمر
    # الحسن، رئيس مركز الخليج للدراسات الاستراتيجية، أن “هناك نحو 160 ... وحتى 2013″" (the relative left out; the
    # quote closed by a double prime "″": taken as the closing mark, direct), "، وفق ما نقلت وكالة أنباء البحرين" (a
    # source-last relay crediting the study's statement: content the same as that claim's, blind40's "وفق ما ذكرت
    # وكالة رويترز" and blind50's "وفقا لوكالة رويترز"; direct), "وحسب الدراسة، فإن من التصريحات العدائية ... و6
    # للمرشد الديني الإيراني”" (a fronted relay, content from "فإن", blind27/blind36/blind46/blind47; the stray closing
    # mark kept, direct=false, blind47/blind49), "وقالت الدراسة إن افتتاحيات الصحف ... بعدد 26 مادة صحافية", "ووفق
    # الدراسة، فإن التصريحات ... خاصة السعودية" and "وقالت الدراسة إن افتتاحيات ومقالات رأي ... عن “امتداد ...
    # والسعودية”" (partly quoted: direct=false). Not claims: "أحصت دراسة ... 160 موقفاً عدائياً" (counting, the
    # study's act; its figure is reported again by "وذكرت"), "التصريحات السلبية التي أطلقها مسؤولون إيرانيون"
    # (statements without content), "في حين جاءت ..." and "وجاء في المرتبة الأخيرة ..." (no reporting word), "تكشف
    # هي الأخرى عن" (inside the study's content: writings that reveal, not a source speaking), the dateline, the tag
    # line "سمات ..."
    10: [("وقالت", "الدراسة", "إن “المملكة", "للمخططات الإيرانية”", True, True),
         ("وذكرت", "الدراسة", "أن “هناك", "وحتى 2013″", True, True),
         ("وفق ما نقلت", "وكالة أنباء البحرين", "<أن “هناك", "وحتى 2013″", True, True),
         ("وحسب", "الدراسة", "فإن من التصريحات", "للمرشد الديني الإيراني”", False, True),
         ("وقالت", "الدراسة", "إن افتتاحيات الصحف", "بعدد 26 مادة صحافية", False, True),
         ("ووفق", "الدراسة", "فإن التصريحات", "خاصة السعودية", False, True),
         ("وقالت", "الدراسة", "إن افتتاحيات ومقالات", "صورة البحرين والسعودية”", False, True)],
    # alwatan Buraidah dates festival: "وطبقا لفرق الإحصاء في المهرجان فإن عدد سيارات ... من مختلف الأصناف" (a fronted
    # relay, content from "فإن"; the speaker after the clitic لـ, blind50's "لوكالة"; the festival's statistics teams:
    # named=true, blind45's "الإحصائيات"), "ويشير المراقبون والمتابعون إلى أن الأسعار ... في بداية المهرجان"
    # (named=false) and "وهو ما عدوه مؤشرا جيدا وفق ما يحدثه السوق ... كميات كبيرة من التمور" (decided here: an
    # opinion, blind35's "واعتبرها مميزة" with the object pronoun in the cue; null: the observers' pronoun; "وفق ما
    # يحدثه السوق" a non-source inside). Not claims: "ما يؤكد توافر العرض" (a fact that confirms, no source),
    # "لاسيما أنه من المتوقع أن تكون ..." (impersonal), "على توقعاتهم في نسب البيع" (expectations without content)
    11: [("وطبقا", "فرق الإحصاء في المهرجان", "فإن عدد", "من مختلف الأصناف", False, True),
         ("ويشير", "المراقبون والمتابعون", "إلى أن الأسعار", "في بداية المهرجان", False, False),
         ("عدوه", None, "مؤشرا جيدا", "كميات كبيرة من التمور", False, True)],
    # almadina Credit and Savings Bank: "وكشف المتحدث الرسمي للبنك ... عبدالعزيز الناصر، في تصريح له أمس عن نتائج
    # الربع الثاني ... ضمن برنامج «مسارات»" (the channel and time left out; ending before "، حيث أظهرت"), "حيث أظهرت
    # الإحصائيات أن البنك اعتمد ... وتشمل تخصصات متعددة" (blind45's "أظهرت إحصائيات مصرفية"/"وأظهرت الإحصائيات":
    # published statistics as a source, named=true), "مشيرًا إلى أن مجموع المشروعات ... (309) ملايين ريال" (null),
    # "وأشار إلى أن المشروعات المتناهية الصغر ... (2.700.000) ريال" (null) and "وأضاف الناصر أن البنك ... قرض أسرة
    # بقيمة (2.063.000.000)" (to the end of its sentence; the next paragraph "كما بلغت قروض ترميم المساكن ..." has no
    # reporting word). Not claims: "اعتمد البنك ..." (the writer's lead)
    12: [("وكشف", "المتحدث الرسمي للبنك السعودي للتسليف والادخار عبدالعزيز الناصر", "عن نتائج الربع",
          "ضمن برنامج «مسارات»", False, True),
         ("أظهرت", "الإحصائيات", "أن البنك اعتمد", "وتشمل تخصصات متعددة", False, True),
         ("مشيرًا", None, "إلى أن مجموع", "(309) ملايين ريال", False, True),
         ("وأشار", None, "إلى أن المشروعات", "مشروعين بقيمة (2.700.000) ريال", False, True),
         ("وأضاف", "الناصر", "أن البنك وعلى صعيد", "قرض أسرة بقيمة (2.063.000.000)", False, True)],
    # alweeam Madinah governor thanks the Red Crescent: "أعرب صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز أمير
    # منطقة المدينة المنورة عن شكره لصاحب السمو الملكي ... بالإضافة للقرى" (expressed thanks, blind3-blind50). Not
    # claims: "ونوه سموه في خطاب ... بالاهتمام الذي تولية الهيئة بتوفير مزيد من المراكز ..." (commending an NP, blind6's
    # "ونوهت ... بالدعم الكبير الذي يوليه" and blind4/blind47's "نوه بجهود/بالاجتماع" unannotated), the link line
    13: [("أعرب", "صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة المنورة", "عن شكره",
          "بالإضافة للقرى", False, True)],
    # okaz Riyadh Red Crescent answers Al-Kalbani: "والتي اتهم من خلالها أفراد الهلال الأحمر بالتخاذل عن مساعدة ابنه
    # بعد حريق شب بمنزلهم" (an accusation, blind4-blind42; the accused left out, content from بـ; null: the verb's
    # subject (Al-Kalbani) elided in a relative on the tweet, blind50's "بين من خلالها" with the cue the verb alone),
    # "مؤكدين أن فرق الاستجابة تعاملت مع الموقف كاملا" (the overt subject of the non-claim "تفاعل": "مسؤولو الهلال
    # الأحمر بالرياض", unnamed officials: named=false, blind49's "مسئولو الجبلاية"), "وأوضح المتحدث الرسمي للهيئة
    # بمنطقة الرياض عبدالله المريبض أنه تم إرسال ... للمنشأة الصحية", "وأشار إلى أنها الحالة الوحيدة ... بصحة جيدة"
    # (null) and "وذكر أنه وقع على ذلك ... وعدم الحاجة لها" (null; to the end of the sentence). Not claims: "التي
    # تناقلتها بعض وسائل الإعلام" (passing a tweet on, no content), "ودعا الصحف ... إلى ضرورة تحري الدقة ...، إضافة
    # إلى أن الجميع يسعى ..." (an appeal; "إضافة إلى أن" continues it, unannotated as in blind23/blind35)
    14: [("اتهم", None, "بالتخاذل", "شب بمنزلهم", False, True),
         ("مؤكدين", "مسؤولو الهلال الأحمر بالرياض", "أن فرق الاستجابة", "مع الموقف كاملا", False, False),
         ("وأوضح", "المتحدث الرسمي للهيئة بمنطقة الرياض عبدالله المريبض", "أنه تم إرسال", "للمنشأة الصحية",
          False, True),
         ("وأشار", None, "إلى أنها الحالة", "كانوا بصحة جيدة", False, True),
         ("وذكر", None, "أنه وقع", "وعدم الحاجة لها", False, True)],
    # alriyadh Ittihad and Boateng: 'ذكرت صحيفة "ون سبورت" الالمانية ان وكيل اعمال اللاعب ... النادي السعودي',
    # "كشفت المصادر أن ادارة الاتحاد ... للتنازل عنه" (cue without "من جهة ثانية"; unidentified sources: named=false)
    # and "وشددت هذه المصادر ان هناك اندية انسحبت ... الرغبة الاتحادية بضمه قائمة" (the demonstrative kept in the
    # speaker; named=false). Not claims: "فيما تناولت الصحف الالمانية خبر تعاقد الاتحاد ..." (covering a topic,
    # blind49's "وتابعت الصحف"), 'وعلمت "دنيا الرياضة" ان ...' (the outlet's own news, blind13/blind22/blind46's
    # "وعلمت «الوطن»/«الشرق الأوسط»" unannotated), "ونقل للاعبين طريقة العمل" (an act), the sub-heading
    15: [("ذكرت", "صحيفة \"ون سبورت\" الالمانية", "ان وكيل", "مع مسؤولي النادي السعودي", False, True),
         ("كشفت", "المصادر", "أن ادارة الاتحاد", "المالية للتنازل عنه", False, False),
         ("وشددت", "هذه المصادر", "ان هناك اندية", "الرغبة الاتحادية بضمه قائمة", False, False)],
    # aleqtisadiya health jobs and civil service: 'وبحسب الإحصائية الحكومية التي اطلعت "الاقتصادية" عليها أن النساء
    # ... 43088 موظفة' (a fronted relay, the relative left out; named=true, blind45's "الإحصائيات"), "مؤكدة بأنه لن
    # يسمح بدخول الاختبار لغير المسجلين" (the overt subject "الوزارة" of the non-claim "ودعت", blind29/blind42/
    # blind45-blind50), "وأوضحت وزارة الخدمة المدنية أن اختبار ... من متطلبات التعيين", "مشيرة إلى أنه لا توجد درجة
    # اجتياز ... لدخول الاختبار" (null; "وفقا للدرجة التي حصل عليها المتقدم" a non-source inside), "وأشارت الوزارة
    # إلى أنها قررت تأجيل ... الوزارة حاليا", "مبينة بأن اختبار تقييم- 2 ... الإدارية المقبلة" (null) and "وجاء
    # إعلان الوزارة عن هذه الوظائف ... من خارج السعودية" (the noun "إعلان" with its object, blind33/blind34/blind49;
    # to the end of the sentence). Not claims: "ودعت الوزارة ... التسجيل" (an appeal), "وقد وافقت الوزارة"، "شرعت"
    # (acts), "بناءً على توصية من لجنة" (a recommendation), "حيث يشترط" (a passive, inside the announcement)
    16: [("وبحسب", "الإحصائية الحكومية", "أن النساء", "43088 موظفة", False, True),
         ("مؤكدة", "الوزارة", "بأنه لن يسمح", "لغير المسجلين", False, True),
         ("وأوضحت", "وزارة الخدمة المدنية", "أن اختبار", "من متطلبات التعيين", False, True),
         ("مشيرة", None, "إلى أنه لا توجد", "مالي لدخول الاختبار", False, True),
         ("وأشارت", "الوزارة", "إلى أنها قررت", "تعمل عليه الوزارة حاليا", False, True),
         ("مبينة", None, "بأن اختبار", "المفاضلة الإدارية المقبلة", False, True),
         ("إعلان", "الوزارة", "عن هذه الوظائف", "من خارج السعودية", False, True)],
    # sabq Minister of Justice receives the Minister of Housing: "استقبل وزير العدل ...، وأكد دعم وزارته
    # لإستراتيجية الإسكان ... من السكن" (object NP; null: the coordinated verb after the non-claim "استقبل",
    # blind44-blind50), "وأكد الدكتور الصمعاني خلال اللقاء دعم الوزارة ... في جميع مناطق المملكة" (the occasion left
    # out) and 'وقال: "نسعى ... الحياة الكريمة له"' (null, direct). Not claims: "بدوره؛ أشاد وزير الإسكان
    # بالتعاون ..." (praise), the byline
    17: [("وأكد", None, "دعم وزارته", "بتمكين المواطن من السكن", False, True),
         ("وأكد", "الدكتور الصمعاني", "دعم الوزارة", "في جميع مناطق المملكة", False, True),
         ("وقال", None, "\"نسعى", "الحياة الكريمة له\"", True, True)],
    # was Iraqi parliament approves reforms: no claim ("صادق مجلس النواب ..." a vote; "ونصت حزمتا الإصلاح ... على
    # إلغاء ..." and "كما نصت على ..." the provisions of texts, make_gold's "وينص القانون" and blind5's "ونصت المادة"
    # unannotated; the dateline, "// انتهى //" and the time line)
    18: [],
    # 3alyoum Al-Balawi on Sada Al-Malaeb: "حيث أكد البلوي أن تصريحاته ... ووصفت بالاحتراف" (ending before
    # "ومؤكدا"), "ومؤكدا أن لقب البعبع ... لأجل الاتحاد وجمهوره" (null), "ووصف البلوي رحيل المدرب بيتوركا بالقرار
    # الصحيح ... وجمهور الاتحاد واع وفاهم" (describing, make_gold's "يصفه ... بأنه" and blind30's "ووصف المواطنون ما
    # قامت به الشركة بالجشع": content from بـ, the described left out; to the end of the sentence), "كما أكد أن صفقة
    # مونتاري ... موازية لصفقة مونتاري" (null; cue the verb without "كما", as blind11/blind12/blind31/blind35/
    # blind42's "كما أكد/أوضح"), "وقال إنه ترك الاتحاد ... شكوى رفعها النادي ضده" (null, after the non-claim "كما
    # تحدث عن رحيل ماركينهو"), "وتمنى البلوي لنايف هزازي التوفيق مع النصر" (a wish, blind35/blind41/blind45/blind50;
    # content all after the cue), 'وقال: “الله يسامح اللي فرط فيه”' (null, direct), "وقال إن نادي الشباب طلب ...
    # في عدة مراكز" (null) and, nested in it, "وأنهم ارتأوا أنه يمكن بهذا المبلغ ... في عدة مراكز" (an opinion,
    # blind43's "ارتأوا أن"; null: a pronoun), "وأكد البلوي أن لقب البعبع ... وجمهوره" (the repeated statement),
    # 'وأضاف البلوي: “قبل نهاية السنة ... لتخفيض المبالغ' (introduced by a colon, its quote never closed: direct;
    # the final stop excluded) and "وقال إن هناك لجنة ... ووفق خمس مراحل" (null). Not claims: "عرض برنامج صدى الملاعب
    # حديثا مطولا" (broadcasting a talk), "ومن كان ينتقدها سابقا" (criticism without content), "ووصفت بالاحتراف" (a
    # passive), "لقب أطلقته الجماهير" (a nickname given, inside Al-Balawi's content, no content of the fans'),
    # "نادي الشباب طلب ٢٥ مليونا" (a request), "وهناك شكوى رفعها النادي ضده" (a complaint without content), the
    # byline and the tag line "سمات ..."
    19: [("أكد", "البلوي", "أن تصريحاته", "ووصفت بالاحتراف", False, True),
         ("ومؤكدا", None, "أن لقب البعبع", "لأجل الاتحاد وجمهوره", False, True),
         ("ووصف", "البلوي", "بالقرار الصحيح", "وجمهور الاتحاد واع وفاهم", False, True),
         ("أكد", None, "أن صفقة مونتاري", "موازية لصفقة مونتاري", False, True),
         ("وقال", None, "إنه ترك", "رفعها النادي ضده", False, True),
         ("وتمنى", "البلوي", "لنايف هزازي", "التوفيق مع النصر", False, True),
         ("وقال", None, "“الله", "فرط فيه”", True, True),
         ("وقال", None, "إن نادي الشباب", "لاعبين في عدة مراكز", False, True),
         ("ارتأوا", None, "أنه يمكن", "لاعبين في عدة مراكز", False, True),
         ("وأكد", "البلوي", "أن لقب البعبع", "لأجل الاتحاد وجمهوره", False, True),
         ("وأضاف", "البلوي", "“قبل نهاية", "لتخفيض المبالغ", True, True),
         ("وقال", None, "إن هناك لجنة", "ووفق خمس مراحل", False, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.load_frozen(), HERE.parent / "claims-blind51.jsonl")
