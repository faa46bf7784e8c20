"""Word lists that tell an opinion column from a news report, as data.

Used by :mod:`rasd.analyze.components.genre`, which turns them into features of a small logistic
regression (``rasd/models/genre/genre.json``, trained by ``rasd.models.scripts.train_genre``). Each
group is one feature (hits per 100 words) and each word is also a feature of its own, so the shipped
weights say which words pushed a decision. Words are written in ordinary spelling; the component
normalizes them (hamza/alef, ى/ي, ة/ه, no diacritics) with :func:`rasd.analyze.arabic.normalize` and
also matches them after a leading و or ف (وقال، فلقد).

Sources: the reporting verbs are the common attribution verbs of Arabic news style (cf. the seed list
``../shared/data/events/arabic_reporting_verbs``, derived from the CAMEO Arabic dictionary, which has
قال، صرح، أعلن، أكد، أضاف، نفى، حذر); the stance markers are the first-person, second-person,
rhetorical and modal words that Arabic writing guides name as the marks of the essay (المقال) as
against the report (الخبر), checked by reading SaudiNewsNet columns (alwatan ``/Articles/``,
al-jazirah ``ar*.htm``) against news pages of the same outlets and the seed article (Al-Binaa).
"""

from __future__ import annotations

#: Attribution verbs of news reports, in the forms that open or carry a reported sentence.
REPORTING_VERBS = (
    "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "أوضح", "أوضحت", "أكد", "أكدت", "أشار", "أشارت",
    "ذكر", "ذكرت", "صرح", "صرحت", "أعلن", "أعلنت", "أفاد", "أفادت", "نقل", "نقلت", "كشف", "كشفت",
    "لفت", "لفتت", "تابع", "تابعت", "أردف", "نفى", "نفت", "حذر", "حذرت", "أعرب", "أعربت", "شدد", "شددت",
    "أبلغ", "أبلغت", "دعا", "دعت", "مضيفا", "موضحا", "مشيرا", "مؤكدا", "لافتا", "مبينا",
)

#: Attribution nouns and phrases: sources, agencies, statements.
ATTRIBUTION = (
    "بحسب", "حسب", "وفق", "وفقا", "نقلا", "مصادر", "مصدر", "المتحدث", "الناطق", "متحدث", "وكالة", "الوكالة",
    "بيان", "البيان", "تصريح", "تصريحات", "مؤتمر", "صحفي", "مراسل", "مسؤول", "مسؤولون", "شهود", "الرسمي",
    "الرسمية", "أنباء", "تقرير", "التقرير", "الإعلامي", "المركز",
)

#: Time words of reporting: the day of the event relative to the paper's date.
NEWS_TIME = (
    "أمس", "اليوم", "الليلة", "صباح", "مساء", "ظهر", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "الأحد", "الجاري", "المقبل", "غدا", "مؤخرا",
)

#: First person singular: the columnist speaking as themself.
FIRST_SINGULAR = (
    "أنا", "أرى", "أعتقد", "أظن", "أتصور", "أتمنى", "أقول", "أعرف", "أذكر", "أكتب", "كتبت", "قلت",
    "رأيي", "برأيي", "لي", "عندي", "نفسي", "شخصيا", "أنني", "إنني", "لأنني", "أشعر", "أجد", "أتساءل",
)

#: First person plural: "we" of a community the writer addresses (نحن، بلادنا، مجتمعنا).
FIRST_PLURAL = (
    "نحن", "إننا", "أننا", "لأننا", "لدينا", "علينا", "منا", "لنا", "عندنا", "بلادنا", "وطننا", "مجتمعنا",
    "أمتنا", "نرى", "نعتقد", "نحتاج", "نريد", "نتمنى", "نعيش", "أنفسنا", "بيننا", "أبناءنا",
)

#: Second person and vocatives: the writer addressing the reader or an official.
SECOND_PERSON = ("أنت", "أنتم", "لك", "لكم", "عليكم", "إليكم", "منكم", "يا", "أيها", "أيتها", "معالي")

#: Rhetorical connectives and emphasis: argument rather than account (لقد، لا بل، ألا، أليس ...).
RHETORIC = (
    "لقد", "بل", "ألا", "أليس", "أما", "إذن", "هل", "لماذا", "كيف", "ماذا", "لعل", "ليت", "ربما", "طالما",
    "حتما", "قطعا", "حقا", "فعلا", "بالتأكيد", "لاشك", "هكذا", "إنما", "لكن", "ولكن", "كأن", "مهما",
    "فإن", "إن", "لأن", "حين", "مجرد", "ليس", "ليست", "أصلا", "إطلاقا", "أبدا", "مثلا", "يبدو",
)

#: Prescriptive and modal words: what should be done.
MODAL = (
    "يجب", "ينبغي", "لابد", "يتوجب", "يتعين", "المطلوب", "الأجدر", "الأحرى", "نأمل", "يمكن", "يستطيع",
)

#: Evaluative words: judgement rather than account.
EVALUATIVE = (
    "للأسف", "المؤسف", "مؤسف", "عجيب", "غريب", "الغريب", "مخجل", "مؤلم", "الخطير", "الأخطر", "كارثة",
    "فضيحة", "مأساة", "عار", "سخيف", "رائع", "جميل", "أجمل", "أسوأ", "أفضل", "الحقيقة", "الواقع",
    "المشكلة", "القضية", "الفكر", "الإنسان", "المجتمع", "التاريخ", "الأمة", "الوعي", "ثقافة",
)

#: All groups, in feature order (name -> words).
GROUPS = {
    "reporting_verbs": REPORTING_VERBS,
    "attribution": ATTRIBUTION,
    "news_time": NEWS_TIME,
    "first_singular": FIRST_SINGULAR,
    "first_plural": FIRST_PLURAL,
    "second_person": SECOND_PERSON,
    "rhetoric": RHETORIC,
    "modal": MODAL,
    "evaluative": EVALUATIVE,
}

#: News agencies and desk credits as they appear in bylines and datelines (واس = Saudi Press Agency,
#: أ ف ب = AFP, د ب أ = dpa, أ ش أ = MENA, كونا = KUNA, وام = WAM, قنا = QNA, بنا = BNA, سانا = SANA).
#: Matched as whole words on normalized text; "الجزيرة"-style outlet self-credits are not listed
#: (they are outlet names, and the byline's shape already tells a desk credit from a bare name).
AGENCIES = (
    "واس", "رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "د ب أ", "د.ب.أ", "أ.ف.ب", "أ ش أ", "الأناضول",
    "وكالات", "متابعات", "متابعة", "سبوتنيك", "يو بي آي", "كونا", "وام", "بنا", "قنا", "سانا", "إرنا",
    "أسوشيتد برس", "أسوشيتدبرس", "شينخوا", "وكالة الأنباء", "مكتب", "خاص",
)

#: Honorifics that open a columnist's name: abbreviations, counted only with their dot (د. عبدالعزيز،
#: أ. د.عثمان، م. عبدالمحسن -- "أ ف ب" is AFP, not an honorific), and title words (اللواء الركن).
HONORIFIC_ABBREVIATIONS = ("د", "أ", "م", "أد")
HONORIFIC_WORDS = ("الدكتور", "المهندس", "الأستاذ", "اللواء", "الركن", "الشيخ", "معالي", "سعادة")

#: Words of a URL path that name an opinion section, on any outlet: ``/opinion/``, ``/Articles/``
#: (alwatan.com.sa's columns), ``/kuttab/`` (كتّاب), ``/maqalat/`` (مقالات), ``/columns/`` ...
#: Not listed: singular ``article`` (many outlets put every story under ``/article/``) and the
#: Arabic كتاب (it also means "book").
URL_OPINION_WORDS = (
    "opinion", "opinions", "articles", "column", "columns", "columnists", "writers", "kuttab", "kottab",
    "maqalat", "maqal", "editorial", "editorials", "op-ed", "oped", "views", "مقالات", "مقال", "آراء",
    "رأي", "الرأي", "أعمدة",
)
