"""Build claims-blind.jsonl: 20 SaudiNewsNet articles (sample.py) with attribution annotations.

Annotations follow the guidelines in tests/data/claims/make_gold.py and are written as strings
(cue, speaker or None, content first words, content last words, direct, named), in text order.  Offsets are
computed here and every span is checked with text[start:end] == span text.

Locating rules:
* A string may be written "pre|target|post": the whole string is searched, the span is the middle part
  (used to disambiguate, e.g. a speaker glued to a clitic: "ف|سامي|").
* Whitespace in a string matches any run of whitespace in the text (the texts contain NBSPs and newlines).
* cue: the first occurrence (starting a word, unless given with "|" context) at or after the end of the
  previous claim's cue.
* speaker: the occurrence nearest to the cue (word start preferred).
* content: "first" = the first occurrence after the cue (and after the speaker if the speaker follows the cue);
  "last" = the first occurrence ending at or after the end of "first".
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
    0: [("أكد", "أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد", "أن إمارة المنطقة", "العيش الكريم له", False, True),
        ("وقال", "الأمير جلوي", '"جئنا لتفقد', 'خدمة كل مواطن"', True, True),
        ("عبر", "المواطنون", "عن سعادتهم", "لمحافظة شرورة", False, False),
        ("مؤكدين", None, "ثبات موقفهم", "حدود الوطن الغالي", False, True),
        ("وأكد", "أمير نجران", "أن جميع رجال الأمن", "والطمأنينة لهم", False, True),
        ("مشيرا", None, "إلى أن ما قام به", "رجال الأمن البواسل", False, True)],
    1: [("وأوضح", "المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة الرياض عبد الله نايف المريبض",
         "أنه في تمام", "عبد الرحمن بن سعودي", False, True),
        ("وأضاف", None, "تحركت على الفور", "للمنشآت المناسبة", True, True)],
    2: [("أكدت", "المقاومة الشعبية اليمنية", "أنها بصدد", "والمخلوع في تعز", False, True),
        ("وبحسب", "شبكة تعز الإخبارية", "فإنه من المتوقع", "والاعتماد النهائية", False, True),
        ("يقول", "أحدهم", '"خدعونا', 'الدواعش"', True, False),
        ("قالوا", None, "سنذهب", "لمقاتلة الدواعش", False, True),
        ("ويقول", "آخر", '"لم نجد', 'مثقفين"', True, False),
        ("يقول", "ثالث", '"تم أسري', 'المعاملة الحسنة"', True, False)],
    3: [("أكد", "وزير الخارجية السعودي عادل الجبير", "أن الرياض تراقب", "أبرمه الغرب مع طهران", False, True),
        ("وقال", "الجبير", "إن امتناع إيران", "تصنيع أسلحة نووية»", False, True),
        ("أكد", "الجبير", "حرص الرياض", "والعراق ولبنان", False, True),
        ("وقال", None, "«يجب على إيران", "مع جيرانها»", True, True),
        ("وشدد", None, "على أن استمرار", "إضافة إلى البحرين", False, True),
        ("وكشفت", "مصادر دبلوماسية روسية", "عن أن موسكو", "اليوم من نتائج", False, False)],
    4: [("قال", "هاري ريدناب مدرب توتنهام هوتسبير السابق", "إن تشيلسي", "لفترة طويلة", False, True),
        ("وكتب", "ريدناب", "«إذا أصيب", "اللعب بدونه؟»", True, True),
        ("وأضاف", None, "«إذا تعرض", "القيام بذلك.»", True, True)],
    5: [],
    6: [("حذرت", None, "من هذه الخطوة", "من هذه الخطوة", False, True),
        ("وكتبت", None, "أنهم وضعوا", "على عنق الجابر", False, True),
        ("وكتبت", None, '"إن من الحب', 'ماقتل"', True, True),
        ("توقعوا", None, "أنهم قادرون", "كمدرب أيضاً", False, True),
        ("توقعت", None, "أن سامي الجابر أذكى", "بهذا الفخ", False, True),
        ("وتوقعت", None, "أن سامي الجابر لن", "المحسومة سلفاً", False, True),
        ("يقول", "ف|سامي|", "رجالات الهلال", "يدعمونه شخصياً", False, True),
        ("يعترف", None, "أن هناك نسبة", "على سقوطه", False, True),
        ("يعترف", None, "أنه لايرد", "على اتصالاته", False, True)],
    7: [("وقال", "مسؤولون", "إن الحريق استعر", "في أنحاء الولاية", False, False),
        ("وقال", "دانيال بيرلانت المتحدث باسم إدارة الغابات والوقاية من الحرائق في كاليفورنيا",
         '"هذا حريق', 'الانتشار"', True, True),
        ("وأضاف", None, "أن الحريق أتى", 'الفترة القصيرة"', False, True),
        ("وقالت", "إدارة الوقاية من الحرائق", "إنه لا يزال", "طريقين سريعين", False, True)],
    8: [],
    9: [("كشفت", "الشرطة وصحف بريطانية", "عن تفاصيل جديدة", "عائلة “بن لادن”", False, False),
        ("وقال", "متحدث باسم شرطة مقاطعة هامبشاير البريطانية", "أن أفراد أسرة", "لقضاء العطلة", False, True),
        ("وفقاً لما نقلته", "الشرق الأوسط", "أن أفراد أسرة", "لقضاء العطلة", False, True),
        ("وذكرت", "تقارير صحفية برطانية", "أن الطائرة وأثناء", "من السيارات بالمعرض", False, False),
        ("رجّحت", "متحدثة باسم خدمة الإسعاف", "أن يكون ربّان", "وتحطم الطائرة", False, True),
        ("أكد", "متحدّث باسم مطار بلاكبوش", "أن الطائرة من طراز", "بتوقيت جرينتش", False, True),
        ("وأكد", "مصدر مختص في سلامة الطيران", "أن التحقيقات ستعتمد على أكثر", "لغز سقوط الطائرة", False, False),
        ("وأوضح", "المصدر", "أن التحقيقات ستعتمد على جهاز", "وبين برج المراقبة", False, False),
        ("وأضاف", None, "بأن المحققين", "وغير ذلك", False, True)],
    10: [],
    11: [("وأعلن", None, "اعتزاله", "اعتزاله للكرة", False, True)],
    12: [("ويشير", "متابعون للأحوال الجوية", "الى احتمالات واردة", "من معدلاتها الموسمية", False, False),
         ("وبحسب", "خبراء الارصاد", "ترتفع فرصة", "السائدة حاليا", False, False)],
    13: [("نفى", "وزير التعليم", "شائعة تأجيل", "بعد إجازة الحج", False, True),
         ("وأكد", None, "أنه سيبدأ", "المحدد سلفا", False, True),
         ("جزم", "بعضهم", "أن اجتماع", "لهذا الغرض", False, False)],
    14: [("وأوضح", 'مساعد المدير العام التنفيذي للشؤون التجارية بالخطوط السعودية "خالد بن حماد البلوي"',
          'أن "السعودية"', "على تلك الوجهات", False, True),
         ("وأكد", '"|البلوي|"', "أن الخطوط السعودية أضافت", "مقعد إضافي خلال |شهر رمضان الكريم|", False, True),
         ("وأشار", None, 'إلى أن "الخطوط"', "السفر خلال الإجازة", False, True),
         ("مؤكداً", None, "أن الخطوط السعودية توفر", "على الإنترنت", False, True)],
    15: [],
    16: [],
    17: [("جاء في", "الخبر", "(أعلن برنامج", "من فيروس الإيدز)", True, False),
         ("أعلن", "برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة (الإيدز)", "أنه سيوزع",
          "الجماهير من فيروس الإيدز", False, True),
         ("وقال", "رئيس الرابطة الجماهيرية النيجيرية", "(إن 2 مليون", "يوم واحد فقط)", True, True)],
    18: [("أرجع", "برنامج الأغذية العالمي في العراق", "خفض كمية الطعام", "النقص الحاد في التمويل", False, True),
         ("وأوضحت", "ممثلة برنامج الأغذية العالمي المديرة القطرية في العراق جين بيرس", "أن نقص الأموال",
          "خارج المخيمات", False, True),
         ("وذكر", "البرنامج", "أن عملياته", "61% في التمويل", False, True),
         ("مؤكداً", None, "حاجته إلى", "حتى نهاية العام", False, True)],
    19: [("اعتبر", "الشيخ عبدالعزيز الفوزان", "الاكتتاب في البنك", "التجاري محرّماً", False, True),
         ("مستغرباً", None, "الإصرار على الحرام", "الرقابية المسؤولة", False, True),
         ("وأكد", None, "أن لدى البنك", "“معاملات ربوية”", False, True),
         ("وتساءل", None, "“كيف يجوز", "إلى الحرام؟”", True, True)],
}


if __name__ == "__main__":
    gold_builder.main(ANNOTATIONS, sampler.sample(), HERE.parent / "claims-blind.jsonl")
