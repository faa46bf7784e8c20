"""Build claims-blind2.jsonl: 20 SaudiNewsNet articles (sample.py, seed 20261210) with attribution annotations.

Annotations follow the guidelines in /work/main/tests/data/claims/make_gold.py and the decisions of
tests/data/claims/SOURCE-blind.txt (first blind set), and are written as strings
(cue, speaker or None, content first words, content last words, direct, named), in text order of the cues.
Offsets are computed here and every span is checked with text[start:end] == span text.

Locating rules (those of the first set's make_blind.py, plus "<"):
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker glued to a clitic: "ل|تقارير صحافية بريطانية|", or a speaker
  written in quotes: '"|سبق|"').
* Whitespace in a string matches any run of whitespace in the text (the texts contain NBSPs and newlines).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
  A "first" prefixed with "<" marks content that PRECEDES its cue (sentence-final حسبما/وفق ما/حسب): the
  occurrence nearest before the cue (word start) is used, and the content must end before the cue.
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
    # okaz editorial "لغة في جنيف وأخرى في طهران"
    0: [("بالتأكيد", None, "على أن الأهم", "تنفيذ إيران للاتفاق", False, True)],
    # alwatan column "#القبائل_النازحة"
    1: [("قال", "أحد الموظفين", "نعطيك هوية", "هوية عامل", True, False),
        ("أتساءل", None, "عن الشيء الناقص", "لإكمال معاملاتهم", False, True)],
    # aawsat Kunduz attack
    2: [("حسبما أعلن", "مسؤولون", "<قتل 21 شخصًا", "المضطربة شمال أفغانستان", False, False),
        ("وأشارت", "وزارة الداخلية الأفغانية", "إلى أنّ جميع", "هم مدنيون", False, True),
        ("وصفوهم", "مسؤولين محليين", "بأنهم مقاتلون", "ضد حركة طالبان", False, False),
        ("وقالت", "وزارة الداخلية", "إنّ «الحادثة", "في إقليم خان آباد»", True, True),
        ("مضيفة", None, "أن «الهجوم", "وجرح عشرة آخرين»", True, True),
        ("قال", "المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي", "إن 22 مسلحًا", "بانفجار عبوة ناسفة", False, True)],
    # 3alyoum "car in a backpack"
    3: [("حسب ما كشف", "المهندس وفريقه في شركة كوكوا موترز للسيارات", "<وتعمل وسيلة النقل",
         "ببطاريات الليثيوم", False, True),
        ("وقال", "المهندس كونياكو سايتو", "إن عمله", "وسيلة النقل المبتكرة", False, True),
        ("ويأمل", "سايتو", "أن يستخدم ابتكاره", "لأغراض أخرى", False, True),
        ("يقول", None, "إنه يمكن أن يساعد", "بسهولة شديدة", False, True),
        ("ويقول", "مبتكرو وسيلة النقل المحمولة", "إنها أيضا سهلة", "زاوية تحميل ثقله", False, True)],
    # alriyadh Gulf stock markets
    4: [("توقعات", "المحللين", "لمتوسط ربح", "1.21 مليار ريال", False, False)],
    # sabq wedding-hall fire in Asir
    5: [("كشفت", "مديرية الدفاع المدني بمنطقة عسير", "تفاصيل عن حادثة", "بقرية آل السريع", False, True),
        ("مبينة", None, "أن الحادثة أسفرت", "فيما نقلت 4 للمستشفى", False, True),
        ("مؤكدة", None, "أنه تم إخلاء", "عددهن 200 امرأة", False, True),
        ("وأوضح", "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد عبدالرحيم العاصمي",
         "في تمام الساعة", "أسباب وملابسات الحادث", False, True)],
    # aleqtisadiya Ebsar programme
    6: [("وأفاد", "أمين جمعية إبصار الخيرية محمد توفيق بلو", "أن البرنامج أقيم", "عيوب الإبصار المبكر", False, True)],
    # arriyadiyah derby preview: no claim
    7: [],
    # alweeam Egyptian forces
    8: [("ذكرت", "وكالة أنباء الشرق الأوسط الرسمية في مصر", "أن الحكومة وافقت", "ومضيف باب المندب", False, True),
        ("وقال", "البيان", "إن التفويض", "أيهما أقرب", False, True)],
    # almadina Arar accident
    9: [("وأوضح", "المتحدث الرسمي للإدارة العامة لهيئة الهلال الأحمر بمنطقة الحدود الشمالية، مساعد غالي العنزي",
         "ان غرفة العمليات", "مستشفى عرعر المركزي", False, True)],
    # alyaum Obama on the nuclear deal
    10: [("قال", "الرئيس الأمريكي باراك أوباما", "ان الاتفاق مع إيران", "وتخصيب اليورانيوم", False, True),
         ("بين", None, "أن الاتفاق النووي تأسس", "تقاليد دبلوماسية", False, True),
         ("وأضاف", "أوباما", "الاتفاق من أفضل", "الكثير من المزايا", True, True),
         ("أوضح", None, "أن إيران ستخضع", "وعلى مدار الساعة", False, True),
         ("حذر", "الرئيس الاميركي", "من ان رفض", "حرب في الشرق الاوسط", False, True),
         ("وقال", "اوباما", 'ان "رفضا', 'انه واقع"', True, True)],
    # was (SPA) Okaz market play
    11: [("ورأى", "مخرج المسرحية فطيس بقنة", "أن مسرحية هذا العام", "الفني والتوثيقي", False, True),
         ("وأفاد", None, "أن وقت عرض", "الإضاءة والصوت", False, True),
         ("وبين", None, "أن شخصية لبيد", "وشجاع الشباطي", False, True),
         ("وكشف", None, "عن أن حفل الافتتاح", "وفقرة التكريم", False, True)],
    # okaz editorial "كلنا رجال الطوارئ": no claim
    12: [],
    # alwatan column "خروج جماعي عن نص الأدب"
    13: [("توضيحا", '"|أمانة الرياض|"', "بأن ما حدث", "وصفته بالكريم", False, True),
         ("وصفته", None, "بالكريم", "بالكريم", False, True),
         ("مؤكدة", None, "عدم قبولها", "لعدم تكرارها", False, True),
         ("مؤكدا", None, "أنه جديد", "وأنه أخطأ", False, True),
         ("يعتبر", None, "الترويج لاعتذاره", "واجبا على الجمهور", False, True),
         ("يستدرك", None, "بأنه لا يسمح", "لأنها لا تناسبهم", False, True)],
    # aawsat Blackbushe plane crash
    14: [("أكد", "متحدث باسم شرطة مقاطعة هامبشاير البريطانية", "تحطّم طائرة سعودية", "بالإضافة إلى الطيار", False, True),
         ("وأوضح", "دان بينس، أحد أعضاء فريق الشرطة المطلع على الحادث", "أن 4 أشخاص", "لقوا حتفهم في الحادث", False, True),
         ("وأضافت", "الشرطة", "أن الركاب الثلاثة", "لقضاء العطلة", False, True),
         ("نفت", None, "إصابة أشخاص", "على الأرض", False, True),
         ("وأكدت", None, "فتح تحقيق", "بهذا الشأن", False, True),
         ("أفاد", "مجلس التحقيق في حوادث الطيران التابع لوزارة النقل البريطانية", "بإرسال فريق",
          "قوات الشرطة المحلية", False, True),
         ("وفق ما أكدته", "مصادر مطلعة", "<وكانت الطائرة", "الدكتور زهير هاشم", False, False),
         ("ووفقا", "ل|تقارير صحافية بريطانية|", "اصطدمت الطائرة", "وتحطم 20 سيارة بالكامل", False, False),
         ("وفق ما صرحت به", "متحدّثة باسم خدمة الإسعاف", "<يبدو أن الطيار", "بمعرض بيع السيارات", False, True),
         ("وأكد", "متحدّث باسم مطار بلاكبوش", "أن الطائرة،", "«إمبراير فينوم 300»", False, True),
         ("أشار", None, "إلى أنها تقدّر", "مليون دولار أميركي)", False, True),
         ("أكدت", "السفارة السعودية في لندن", "أنها تتابع", "ودفنهم في المملكة", False, True)],
    # 3alyoum coalition air strikes
    15: [("قالت", "قوة المهام المشتركة", "إن التحالف", "أمس الأحد", False, True),
         ("وأفاد", "البيان", "أن ثماني ضربات", "أخريين في سوريا", False, True)],
    # alriyadh editorial "إعلان القاهرة": no claim
    16: [],
    # arreyadi Crown Prince Cup round-up: no claim
    17: [],
    # sabq Jazan governor / Yemeni status-correction centre
    18: [("نشرته", '"|سبق|"', "عن الوضع المزري", "على الأرصفة", False, True),
         ("وقال", "المتحدث الرسمي للإمارة الوكيل المساعد للتطوير والتقنية علي بن موسى زعلة",
          '"اطّلع أمير المنطقة', "وسرعة البت في طلباتهم", True, True),
         ("حسب إفادة", "المراجعين", "<ضيق المكان", "وتأخر إنجاز المعاملات", False, False),
         ("وأوضح", "المتحدث الرسمي", "إن وكيل الإمارة", "المقدمة لطالبي التصحيح", True, True)],
    # aleqtisadiya trust in democracy study
    19: [("أظهرت", "دراسة ألمانية حديثة", "أن إيمان المواطنين", "الألفية الثالثة", False, True),
         ("وأوضحت", 'صحيفة "فيلت أم زونتاج" الألمانية الأسبوعية', "أن هذا الأمر", "وكذلك إسبانيا", False, True),
         ("استنادا إلى", "الدراسة", "أن هذا الأمر", "وكذلك إسبانيا", False, True),
         ("وأضافت", "الدراسة", "أن إيمان المواطنين في فرنسا", "تراجعا أيضا", False, True),
         ("وقال", "مؤلف الدراسة دومينيك إنسته", '"تتسم هذه الدول', 'بين الثقة والسيطرة"', True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.sample(), HERE.parent / "claims-blind2.jsonl")
