"""Arabic attribution cues: reporting verbs, source prepositions and anonymous-source words, as data.

Where the words come from: the seed list ``../shared/data/events/arabic_reporting_verbs`` (78 lemmas taken
from the English glosses of the Universal-PETRARCH Arabic CAMEO dictionary, MIT, Open Event Data Alliance).
Kept from it, because Arabic news uses them to introduce what someone said: اضاف، اكد، نفى، انكر، تحدث
(+عن)، تكلم، اعلن، صرح، شدد، اوضح، اخبر، عبر/اعرب (+عن)، ردد، قال، نقل (+عن)، روى، اقر، اعترف، اصر،
ادعى، اتهم، حذر (+من)، نبه. Dropped as noise of the automatic glossing (they are not reporting verbs in
news): قوة، وكد، صدق، ثبت، علم، قدم، عزز، رفض، تبرا، جحد، منع، حرم، نكر، شهر، شد، وضح، حول،
بلغ، بدى، عرب، لفظ، نطق، وصل، خبر، وصف (kept below as a cue only with بأنّ)، كلم، القى، اعد، عمل، قص، جرى،
قبل، عرف، قدر، شكر، سلم، عند، الح، دعا، طلب، دعى، خطر، نذر، عين، ظهر، عرض. Appeals and demands (دعا،
طالب) are events (PLOVER REQUEST), not claims. Added by Rasd from newswire usage (SaudiNewsNet, the
seed article): أفاد، أشار (+إلى)، زعم، كشف (+عن)، ذكر، أورد، أبلغ، رصد، لفت، نوّه، بيّن، أبان، تابع،
أردف، استطرد، اعتبر، رأى، توقع، أعرب، عبّر، كتب، نشر، أبدى، تساءل، ختم، رجّح، جزم، أرجع، عزا، يأمل، أظهر (a
study showed), أثبت and استنتج (scientists proved / concluded that; with أنّ only), أجاب and ردّد (with a colon or a
quotation), خلص إلى (a study concluded), and the
circumstantial participles (مشيراً، مؤكداً ...) whose subject is the main clause's.

Every form is written *normalized* (:func:`rasd.analyze.arabic.normalize`: no diacritics, أ/إ/آ → ا,
ى → ي, ة → ه); a leading conjunction و/ف is stripped before lookup, so وقال and فقالت need no entry.
"""

from __future__ import annotations

#: Verb -> (normalized surface forms: past 3ms/3fs/3mp/dual, imperfect 3ms/3fs/3mp/dual, passive, ...),
#: preposition that may introduce its content (``None``: a complement clause أنّ/إنّ, a quote or an object).
REPORTING_VERBS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "قال": (("قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول", "يقولون", "يقولان"), None),  # not قيل: no source
    "أعلن": (("اعلن", "اعلنت", "اعلنوا", "اعلنا", "يعلن", "تعلن", "يعلنون"), "عن"),
    "أكد": (("اكد", "اكدت", "اكدوا", "اكدا", "يؤكد", "تؤكد", "يؤكدون", "يوكد", "توكد"), "علي"),
    "أفاد": (("افاد", "افادت", "افادوا", "يفيد", "تفيد", "افيد"), "ب"),
    "صرح": (("صرح", "صرحت", "صرحوا", "يصرح", "تصرح"), "ب"),
    "أشار": (("اشار", "اشارت", "اشاروا", "اشارا", "يشير", "تشير", "يشيرون"), "الي"),
    "نفى": (("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون"), None),
    "أنكر": (("انكر", "انكرت", "ينكر", "تنكر"), None),
    "زعم": (("زعم", "زعمت", "زعموا", "يزعم", "تزعم", "يزعمون"), None),
    "ادعى": (("ادعي", "ادعت", "ادعوا"), None),  # not يدعي: «يُدعى» (is called) reads the same
    "كشف": (("كشف", "كشفت", "كشفوا", "يكشف", "تكشف"), "عن"),
    "حذر": (("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون"), "من"),
    "نبه": (("نبه", "نبهت", "ينبه", "تنبه"), "الي"),
    "أوضح": (("اوضح", "اوضحت", "اوضحوا", "يوضح", "توضح"), None),
    "أضاف": (("اضاف", "اضافت", "اضافوا", "يضيف", "تضيف"), None),
    "ذكر": (("ذكر", "ذكرت", "ذكروا", "ذكرا"), None),  # not يذكر: «يُذكر أنّ» is an editor's aside
    "أورد": (("اورد", "اوردت", "يورد", "تورد"), None),
    "أبلغ": (("ابلغ", "ابلغت", "ابلغوا"), None),  # not يبلغ/تبلغ: "amounts to" (يبلغ عدد، تبلغ قيمة)
    "أخبر": (("اخبرت", "اخبروا"), None),  # not اخبر: the imperative reads the same
    "رصد": (("رصد", "رصدت", "رصدوا", "يرصد", "ترصد"), None),
    "تحدث": (("تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "يتحدثون"), "عن"),
    "تكلم": (("تكلم", "تكلمت", "يتكلم"), "عن"),
    "لفت": (("لفت", "لفتت", "لفتوا", "يلفت", "تلفت"), "الي"),
    "نوه": (("نوه", "نوهت", "ينوه", "تنوه"), "الي"),
    "بين": (("بين", "بينت", "بينوا", "يبين", "تبين"), None),
    "أبان": (("ابان", "ابانت"), None),
    "شدد": (("شدد", "شددت", "شددوا", "يشدد", "تشدد"), "علي"),
    "تابع": (("تابع", "تابعت"), None),  # only with a colon/quote/أنّ (else: "followed")
    "أردف": (("اردف", "اردفت"), None),
    "استطرد": (("استطرد", "استطردت"), None),
    "اعتبر": (("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر", "اعتبره", "اعتبرها", "اعتبرته", "اعتبرتها", "تعتبره",
               "يعتبره", "تعتبرها", "يعتبرها"), None),
    "رأى": (("راي", "رات", "راوا", "يري", "تري", "يرون"), None),
    "توقع": (("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون"), None),
    "أعرب": (("اعرب", "اعربت", "اعربوا", "يعرب", "تعرب"), "عن"),
    "عبر": (("عبر", "عبرت", "عبروا", "يعبر", "تعبر"), "عن"),
    "أبدى": (("ابدي", "ابدت", "ابدوا", "يبدي", "تبدي"), None),
    "كتب": (("كتب", "كتبت"), None),  # only with a complement clause/quote/colon
    "روى": (("روي", "روت", "يروي", "تروي"), None),
    "أقر": (("اقر", "اقرت", "يقر", "تقر"), "ب"),
    "اعترف": (("اعترف", "اعترفت", "اعترفوا", "يعترف", "تعترف"), "ب"),
    "أصر": (("اصر", "اصرت", "يصر", "تصر"), "علي"),
    "تساءل": (("تساءل", "تساءلت", "تساءلوا", "يتساءل", "تتساءل", "يتساءلون"), None),  # وتساءلوا عن الدور الغائب
    "وصف": (("وصف", "وصفت", "يصف", "تصف", "يصفه", "يصفها", "وصفه", "وصفها", "وصفوا", "وصفوه", "وصفوها", "وصفوهم",
             "وصفتهم", "وصفهم", "يصفون", "وصفته", "وصفتها"), None),  # only with بأنّ
    "أمل": (("يامل", "تامل", "ياملون", "نامل", "تؤمل"), "في"),  # "hopes that / for": with أنّ or في (أمل alone is "hope")
    "أظهر": (("اظهرت", "اظهر", "اظهروا"), None),  # أظهرت دراسة أنّ: with a source and أنّ only (يظهر "appears")
    "نقل": (("نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "تناقلت", "نقلته", "نقله"), "عن"),  # only with عن
    "نسب": (("نسب", "نسبت", "نسبوا", "ينسب", "تنسب"), "الي"),
    "ألمح": (("المح", "المحت", "المحوا", "يلمح", "تلمح"), "الي"),  # ألمح إلى، ألمح بأن: with إلى or أنّ  # نسبت يونهاب إلى مصدر قوله: only with إلى and قوله
    "رجح": (("رجح", "رجحت", "رجحوا", "يرجح", "ترجح", "يرجحون"), None),
    "جزم": (("جزم", "جزمت", "جزموا", "يجزم", "تجزم"), None),
    "أرجع": (("ارجع", "ارجعت", "ارجعوا", "يرجع", "ترجع", "يرجعون"), None),  # "attributed X to": an object (يرجع only
    # with a source before the cause: ويرجع العلماء ذلك إلى; not يرجع تاريخ المسجد إلى "dates back")
    "عزا": (("عزا", "عزت", "عزوا", "يعزو", "تعزو"), None),
    # estimated, by an institution or a report only (قدّر التقرير صافي الفائض، قدّرت منظمة الصحة العالمية; not قدّر
    # الأمير جهود العاملين "appreciated")
    "قدر": (("قدر", "قدرت", "قدروا", "يقدر", "تقدر", "يقدره", "تقدره", "يقدرها", "تقدرها"), None),
    "استبعد": (("استبعد", "استبعدت", "استبعدوا", "يستبعد", "تستبعد", "يستبعدون"), None),  # ruled out (with أنّ only)
    "أثبت": (("اثبت", "اثبتت", "اثبتوا"), None),  # only with أنّ: أثبت العلماء أن (not أثبت وجوده; تثبت أن: a fact)
    "استنتج": (("استنتج", "استنتجت", "استنتجوا"), None),
    "أجاب": (("اجاب", "اجابت", "اجابوا", "يجيب", "تجيب"), None),  # ويجيب: «...» (with a colon, quote or أنّ only)
    "خلص": (("خلص", "خلصت", "خلصوا", "خلصا"), "الي"),  # خلصت الدراسة إلى أنّ / إلى وجود (only with إلى)
    "ردد": (("ردد", "رددت", "رددوا", "يرددون"), None),
    "وجد": (("وجد", "وجدت", "وجدوا"), None),  # ووجد الباحثون أن (a study's finding: with أنّ and a research subject)
    "لاحظ": (("لاحظ", "لاحظت", "لاحظوا"), None),  # فقد لاحظت العالمتان أن (a study's finding: a research subject)
    "توصل": (("توصل", "توصلت", "توصلوا"), "الي"),  # وتوصل الباحثون إلى أن (idem, with إلى; not توصل إلى اتفاق)
    "أفصح": (("افصح", "افصحت", "افصحوا", "يفصح", "تفصح"), "عن"),  # أفصحت مصادر طبية عن سقوط خمسة قتلى
    "أجمع": (("اجمع", "اجمعت", "اجمعوا"), "علي"),
    "زاد": (("زاد",), None),  # وزاد: "..." (he added; with a colon or quote only: not زاد عدد "increased")
    "اتفق": (("اتفق", "اتفقت", "اتفقوا", "اتفقا", "يتفق", "تتفق", "يتفقون"), "علي"),  # only with (على) أنّ: واتفق مندوب
    # رابع على أنه لا حاجة (a view shared), not اتفق الطرفان على تعزيز التعاون (an agreement, an event)  # وأجمع عدد من الملاك أن، أجمعوا على أن (with أنّ or على; not يجمع "collects")
    "حدد": (("حدد", "حددت", "حددوا"), None),  # وحدد العلماء أن (idem)  # وردد المشاركون "ارفعوا ..." (not تردد "it was rumoured")
}

#: Verbs that count only when a complement clause, quote or colon follows (else they mean something else).
NEEDS_COMPLEMENT = frozenset({"المح", "تابع", "كتب", "بين", "راي", "وصف", "توقع", "اعتبر", "روي", "ابدي", "رجح", "جزم", "قدر",
                              "استبعد", "ارجع", "عزا", "امل", "اظهر", "اثبت", "استنتج", "اجاب", "ردد", "وجد", "حدد",
                              "لاحظ", "اجمع", "اتفق", "زاد"})
#: Verbs whose speaker must be a source (an entity, a source noun ...): أظهرت دراسة أنّ، not أظهرت المشاهد أنّ.
NEEDS_SOURCE = frozenset({"اظهر"})
#: Verbs that report only a study's finding: their speaker's head must be a research noun (ووجد الباحثون أن، وحدد
#: العلماء أن; not وجدت نفسها أن، حدد الموعد).
NEEDS_RESEARCH = frozenset({"وجد", "حدد", "توصل", "لاحظ"})
#: Heads of research speakers (normalized, with or without ال).
RESEARCH_NOUNS = frozenset({"باحثون", "باحثين", "الباحثون", "الباحثين", "علماء", "العلماء", "دراسه", "الدراسه", "الدراسات",
                            "دراسات", "القائمون", "القائمين", "فريق", "الفريق", "بحث", "البحث", "الابحاث", "ابحاث",
                            "التقرير", "تقرير", "خبراء", "الخبراء", "المحققون", "محققون", "العالمان", "العالمتان",
                            "الباحثتان", "الباحثان", "باحثان", "العلماء،"})
#: Verbs that never take a quotation or colon as their content, only أنّ (بين "between": بين الثقة والسيطرة").
COMPLEMENTIZER_ONLY = frozenset({"بين", "اظهر", "اثبت", "وجد", "حدد", "لاحظ"})
#: Subject pronouns: a claim whose subject is one has no speaker phrase (فهو يقول إنه ...).
PRONOUN_SUBJECTS = frozenset({"هو", "هي", "هم", "هما", "هن", "فهو", "وهو", "فهي", "وهي", "فهم", "وهم", "لكنه", "لكنها",
                              "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
#: Forms of اعتبر whose subject is a pronoun and whose object follows (واعتبر وجوده في المعادلة من الأخطاء، ما اعتبره
#: ممارسات غير مقبولة، أسعاراً اعتبرتها غير منصفة): a view, the speaker unsaid -- a perfect with a conjunction or an
#: object suffix (not يُعتبر "is considered").
OBJECT_VIEW_FORMS = frozenset({"واعتبر", "واعتبرت", "واعتبروا", "فاعتبر", "فاعتبرت", "اعتبره", "اعتبرها", "اعتبرته",
                               "اعتبرتها", "واعتبره", "واعتبرها"})
#: ... except with a named speaker (a person or organisation of the entities layer), whose object is then
#: the content: اعتبر الشيخ فلان الاكتتاب محرماً، أرجع برنامج الأغذية العالمي خفض الحصص إلى ...
OBJECT_WITH_NAMED_SPEAKER = frozenset({"اعتبر", "توقع", "رجح", "ارجع", "عزا", "قدر"})
#: Reports and data that estimate or forecast with an object (قدّر التقرير صافي الفائض، توقعت الدراسة ارتفاع).
REPORT_HEADS = frozenset({"تقرير", "دراسه", "احصاءات", "احصائيات", "بيانات", "احصائيه", "مسح", "استطلاع"})
#: Verbs whose speaker must be an institution, an organisation or a report, never a person (قدّر: "estimated" only then).
NEEDS_INSTITUTION = frozenset({"قدر"})
#: Objects of عزا / أرجع that are the cause itself (وعزا ذلك إلى): the subject is unsaid.
CAUSE_OBJECTS = frozenset({"ذلك", "هذا", "الامر", "السبب", "الاسباب", "الحادث", "الحريق", "الوفاه", "التراجع",
                           "الارتفاع", "الانخفاض"})
#: Words that are also common non-reporting words (بين "between", تحدث "happens", عبر "via", تابع
#: "followed"): their complement must follow the speaker closely (within 2 words).
AMBIGUOUS = frozenset({"بين", "تابع", "زاد", "كتب", "راي", "عبر", "تحدث", "روي", "اثبت"})
#: Words after a content preposition that make it an idiom, not content (عن طريق "by way of").
NOT_CONTENT_AFTER = frozenset({"طريق", "كثب", "بعد", "قرب"})
#: Verbs that count only with their preposition (نقل عن X: X is the speaker; نقل alone is "transport").
NEEDS_PREPOSITION = frozenset({"نقل", "نسب"})
#: Verbs whose content must open with their preposition (عبّر عن؛ «عبر» alone is "via").
NEEDS_OWN_PREPOSITION = frozenset({"عبر", "اعرب", "خلص", "توصل", "افصح"})

#: Words after كشف that make it the noun "list, statement" (كشف الدرجات، كشف حساب), not "revealed".
LIST_OBJECTS = frozenset({"الدرجات", "درجات", "حساب", "الحساب", "حسابات", "طبي", "الطبي", "باسماء", "بالاسماء", "باسم"})
#: Writings that كتب X في names before what is written (وكتبت فيسبوك في تدوينة على الإنترنت أن، كتب في عموده).
WRITINGS = frozenset({"تدوينه", "تغريده", "مقال", "مقاله", "عموده", "عمودها", "صفحته", "صفحتها", "حسابه", "حسابها",
                      "رساله", "كتابه", "كتابها", "مدونته", "مدونتها", "بيان", "افتتاحيه", "تقرير", "صفحه", "دوريه",
                      "مجله"})  # (وكتب فريق الباحثين في دورية ارتفاع ضغط الدم أن)
#: Verbs that may take "that" (ذلك) as what was said, the speaker after it (أوضح ذلك المتحدث الرسمي لوزارة الصحة).
THAT_SAID_VERBS = frozenset({"اوضح", "اكد", "ذكر", "قال", "اعلن", "كشف", "بين", "صرح", "افاد", "ابان"})
#: Parts of a law or regulation, which provide rather than say (أشارت المادة (28) إلى أنه، اللائحة شددت على).
LAW_PARTS = frozenset({"الماده", "ماده", "المواد", "البند", "بند", "البنود", "الفقره", "فقره", "اللائحه", "لائحه"})
#: Reports received (تلقت الشرطة بلاغاً مفاده ...، باشرت بلاغاً عن سقوط مقذوف): indefinite only (البلاغ is told of).
REPORT_NOUNS = frozenset({"بلاغ", "بلاغا"})
#: Words that open what a report says (مفاده، عن، بأن).
REPORT_CONTENT_OPENERS = frozenset({"مفاده", "مفادها", "يفيد", "تفيد", "عن", "بان", "بانه", "بانها"})

#: Circumstantial participles (حال): "..., مشيراً إلى أنّ ..." -- the speaker is the main clause's subject.
PARTICIPLES: dict[str, str | None] = {
    "مشيرا": "الي", "مشيره": "الي", "مؤكدا": "علي", "موكدا": "علي", "مؤكده": "علي", "مضيفا": None,
    "مضيفه": None, "موضحا": None, "موضحه": None, "لافتا": "الي", "لافته": "الي", "مشددا": "علي",
    "مشدده": "علي", "معتبرا": None, "معتبره": None, "محذرا": "من", "محذره": "من", "منوها": "الي",
    "مبينا": None, "مبينه": None, "معربا": "عن", "معربه": "عن", "مستدركا": None, "متسائلا": None,
    "متابعا": None, "قائلا": None, "قائله": None, "قائلين": None, "مفيدا": "ب", "مفيده": "ب", "منبها": "الي",
    "نافيا": None, "نافين": None,
    "منبهه": "الي",
    # plural and dual agreement: "..., مؤكدين ثبات موقفهم"
    "مشيرين": "الي", "مؤكدين": "علي", "موكدين": "علي", "مضيفين": None, "موضحين": None, "لافتين": "الي",
    "مشددين": "علي", "معتبرين": None, "محذرين": "من", "معربين": "عن", "مبينين": None,
    # an expressed feeling with its object: "مستغرباً الإصرار على ..."
    "مستغربا": None, "مستغربه": None, "مستنكرا": None, "مستنكره": None,
    # claims made: "زاعمين أن الملايين تصرف"
    "زاعما": None, "زاعمه": None, "زاعمين": None,
    # likelihoods: "مرجحاً أن يتم ..."، "مستبعداً أن ..."
    "مرجحا": None, "مرجحه": None, "مستبعدا": None, "مستبعده": None,
    # forecasts and disclosures: "متوقعة أن تشهد ..."، "كاشفة عن اشتباكات"
    "متوقعا": None, "متوقعه": None, "متوقعين": None, "كاشفا": "عن", "كاشفه": "عن", "كاشفين": "عن",
    # feelings and views expressed: "معبراً عن سعادته"، "مبدياً إعجابه"
    "معبرا": "عن", "معبره": "عن", "معبرين": "عن", "مبديا": None, "مبديه": None, "مبدين": None,
    # descriptions: "واصفاً إياه بالتضليل"
    "واصفا": None, "واصفه": None, "واصفين": None,
}
#: Participles whose content may be a bare object (no أنّ/إلى/على): مؤكداً حاجته إلى ...، مستغرباً الإصرار.
PARTICIPLE_OBJECT = frozenset({"مؤكدا", "موكدا", "مؤكده", "مؤكدين", "موكدين", "مستغربا", "مستغربه", "مستنكرا",
                               "مستنكره", "معتبرا", "معتبره", "معتبرين", "واصفا", "واصفه", "واصفين", "مبديا", "مبديه",
                               "مبدين"})
# (معتبراً ذلك تطوراً مهماً، واصفاً إياه بالتضليل: what is considered or called so)

#: Verbal nouns "his saying" after نقل عن X / اختتم حديثه بـ: the cue when no verb carries the claim.
SAYING_NOUNS = frozenset({"قوله", "قولها", "قولهم", "بقوله", "بقولها", "بقولهم", "بالقول"})

#: Source prepositions (normalized token sequences), for "... بحسب وكالة رويترز" / "نقلاً عن مصادر".
#: ``ل`` stands for the preposition لـ written alone or attached to the next word.
SOURCE_PREPOSITIONS: tuple[tuple[str, ...], ...] = (
    ("بحسب",), ("حسب",), ("حسبما",), ("وفق",), ("وفقا", "ل"), ("طبقا", "ل"), ("تبعا", "ل"),
    ("نقلا", "عن"), ("علي", "لسان"), ("استنادا", "الي"), ("كما", "جاء", "في"), ("وبحسب",), ("وحسب",),
    ("ووفقا", "ل"), ("ووفق",), ("وطبقا", "ل"), ("ونقلا", "عن"), ("وفقما",),
    ("جاء", "في"), ("وجاء", "في"), ("ورد", "في"), ("وورد", "في"),  # وجاء في خبر الوكالة: (a source noun must follow)
    ("علي", "ما"),  # على ما أعلنته وكالة دوغان (one of ANNOUNCING_VERBS must follow)
)
#: The verbs (lemmas) after على ما that make it a source preposition (على ما أعلنته وكالة، على ما ذكرت الصحيفة; not
#: احتج على ما اعتبره).
ANNOUNCING_VERBS = frozenset({"اعلن", "ذكر", "افاد", "اورد", "قال", "نقل", "اكد", "نشر", "كشف", "اوضح"})
#: After a source preposition, ما + a reporting verb (بحسب ما ذكر، وفق ما نقله) makes the cue longer.
WHAT = frozenset({"ما"})

#: Heads of source noun phrases: a source preposition needs one of these (or a named entity) after it,
#: so that "وفقاً للمعدلات الحالية" (according to the current rates) is not attribution.
SOURCE_NOUNS = frozenset({
    "وكاله", "مصادر", "مصدر", "بيان", "تقرير", "تقارير", "صحيفه", "صحف", "موقع", "قناه", "تلفزيون",
    "اذاعه", "مسؤول", "مسؤولين", "مسؤولون", "متحدث", "الناطق", "ناطق", "المتحدث", "شهود", "شاهد",
    "ناشطين", "ناشطون", "نشطاء", "مراسل", "وزاره", "وزير", "رئيس", "مدير", "قائد", "مصدرا", "احصاءات",
    "احصائيات", "دراسه", "استطلاع", "مركز", "منظمه", "هيئه", "مكتب", "شبكه", "مجله", "خبراء", "محللين",
    "مراقبين", "اوساط", "دوائر", "سلطات", "الشرطه", "الجيش", "المرصد", "مرصد", "الامم", "وسائل",
    "نتائج", "استبيان", "مسح", "بحث", "ابحاث", "بيانات",  # وأظهرت نتائج الاستبيان أن، وفقاً لنتائج المسح
    "معلومات",  # وبحسب المعلومات الأولية فإن
    "خبر", "رساله", "وثيقه", "وثائق",  # وجاء في خبر الوكالة، ورد في الرسالة
    "بوابه",  # بحسب البوابة العربية للأخبار التقنية (a news site)
})

#: Speakers whose "talk of" something reports it (تحدثت تقارير استخبارية عن، تحدثت مصادر عن): documents and
#: anonymous sources, not a person's speech about a topic.
TALK_SOURCES = frozenset({"تقارير", "تقرير", "التقارير", "التقرير", "مصادر", "المصادر", "مصدر", "المصدر", "انباء", "الانباء",
                          "معلومات", "المعلومات", "وسائل", "صحف", "الصحف", "صحيفه", "الصحيفه", "وثائق", "الوثائق",
                          "اوساط", "الاوساط", "روايات", "شهود", "الشهود", "وكاله", "الوكاله", "اخبار", "الاخبار"})
#: Words after "يُعتبر X" that rank X (ويعتبر فابيان أحد الأسماء المرشحة، يعتبر من أبرز): the passive "is considered".
RANKING_WORDS = frozenset({"احد", "احدي", "من", "اكثر", "افضل", "اول", "ابرز", "اهم", "اكبر", "اقدم", "اشهر"})
#: What a talk may be "of" that makes it a report of something happening (يتحدث الروس عن تعزيزات داعشية، تحدث عن
#: وقوع اشتباكات), not a topic (تحدث عن سياحة السعوديين، عن أهمية الدور).
TALK_EVENTS = frozenset({"تعزيزات", "انتقال", "نقل", "وجود", "سقوط", "وقوع", "مقتل", "اعتقال", "هجوم", "هجمات", "انشقاقات",
                         "اشتباكات", "تحركات", "ارسال", "انسحاب", "صفقه", "اتفاق", "خطه", "نيه", "تورط", "مشاركه",
                         "ضربات", "غارات", "قصف", "تفجير", "عمليه", "عمليات", "اختراق", "تسلل", "اصابه", "اصابات",
                         "خسائر", "قتلي", "ضحايا", "مفاوضات", "محادثات", "لقاء", "اجتماع", "زياره", "اتصالات", "تهريب",
                         "دعم", "تمويل", "تدريب", "تسليح", "نشر", "حشد", "حشود", "تقدم", "سيطره"})
#: Particles that front a topic before a verb of saying (وعن استعدادات فريقه قال، وحول الأزمة أكد): its subject is a pronoun.
TOPIC_OPENERS = frozenset({"عن", "وعن", "حول", "وحول", "بخصوص", "وبخصوص", "بشان", "وبشان"})
#: Honorific pronouns that follow a verb or participle as its subject (مؤكداً سموه أن، وأضاف معاليه).
HONORIFIC_SUBJECTS = frozenset({"سموه", "معاليه", "فخامته", "سماحته", "سعادته", "دولته", "جلالته", "سموها", "معاليها"})
#: News agencies as the press names them alone (وفقاً للفرنسية، بحسب (واس)، لسكاي نيوز): sources after a preposition.
AGENCY_NAMES = frozenset({"الفرنسيه", "واس", "رويترز", "سكاي", "الاناضول", "الالمانيه", "يونا", "سبا", "بترا", "قنا", "وام",
                          "كونا", "سانا", "ارنا", "تاس", "نوفوستي", "شينخوا", "اسوشيتد", "بي"})
#: Institutions that can speak as the subject of a verb of saying (وكانت الرئاسة العامة للأرصاد قد توقعت، أعلنت
#: الأمانة) -- heads for :func:`claims._source_like` only: after the speaker (الناطق لمديرية الدفاع المدني) they
#: continue it, unlike a source noun with لـ (قال لوكالة الأنباء: the addressee).
INSTITUTION_NOUNS = frozenset({"رئاسه", "ارصاد", "امانه", "بلديه", "محكمه", "نيابه", "اداره", "لجنه", "جمعيه",
                               "جامعه", "مجلس", "حكومه", "شركه", "مديريه", "قياده", "سفاره", "برنامج", "مستشفي",
                               "مستشفيات", "دفاع"})  # (الدفاع المدني)
#: Institutions that are sources after a source preposition too (بحسب إدارة معلومات الطاقة، وفقاً للجنة) -- not برنامج
#: (وفقاً لبرنامج الزيارة: a schedule).
INSTITUTION_SOURCES = INSTITUTION_NOUNS - {"برنامج"}
#: Objects of أضاف / أعلن in a match report (وأضاف اللاعب الهدف الثاني، أعلن الحكم صافرة النهاية): no statement.
SCORE_OBJECTS = frozenset({"الهدف", "هدف", "هدفا", "هدفه", "هدفين", "الهدفين", "هدفا،", "تسجيل", "صافره", "ركله"})
#: Abstractions an essayist lets "say" or "show" something (المنطق يقول، كما تشير الصورة، الشواهد تشير): no source.
ABSTRACT_SUBJECTS = frozenset({"المنطق", "المثاليه", "الشواهد", "الصوره", "الدلائل", "الوقائع", "المؤشرات", "التاريخ",
                               "الواقع", "الحقيقه", "التجارب", "التجربه", "العقل", "الحادث", "الحادثه", "الاسلام",
                               "الدين", "الشريعه", "الجريمه"})  # (الإسلام شدد على حرمة الدماء، وكشف الحادث أن)
#: Subjects of يقول that are proverbs (كما يقول المثل، المثل الشعبي), not sources.
PROVERB_WORDS = frozenset({"المثل", "مثل", "المقوله", "الحكمه"})
#: Words before أن that make it "after/before" a past act (بعد أن أعلنت الحكومة): the verb is a report, not an intent.
TIME_BEFORE_AN = frozenset({"بعد", "قبل", "منذ", "وبعد", "وقبل"})
#: Modal words before أن + imperfect: a subjunctive, no report (لا بد أن يستبعد، يجب أن يعلن).
MODALS = frozenset({"لابد", "بد", "يجب", "ينبغي", "يمكن", "يتعين", "يفترض", "المفترض", "يستطيع", "تستطيع", "علي"})
# (علي: على أن تعلن الهيئة "provided that it announces")
#: One-letter title abbreviations, normalized (م. مهندس، د. دكتور، أ. أستاذ): their period goes on in a speaker.
TITLE_LETTERS = frozenset({"م", "د", "ا"})
#: "On it" after a verb (أكد عليه وزير النفط): the speaker, if any, follows, as after فيه.
ON_IT_WORDS = frozenset({"عليه", "عليها", "عليهم"})
#: Words that open a clause inside a sentence: a subject before a verb of saying starts after them (... لكن
#: محافظ البنك المركزي حذر).
CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "لكنه", "بينما", "فيما", "بدورها", "بدوره"})  # (not اما: إما "either")
#: Words heading an unidentified source: speaker_named is false when one heads the speaker and no
#: person or organisation is named in it (after the brief: مصادر، تقارير استخبارية، شهود عيان، ناشطون).
ANONYMOUS_HEADS = frozenset({
    "مصادر", "مصدر", "تقارير", "تقرير", "شهود", "شاهد", "ناشطون", "ناشطين", "نشطاء", "مسؤول", "مسؤولون",
    "مسؤولين", "مسؤولان", "اوساط", "دوائر", "مراقبون", "مراقبين", "محللون", "محللين", "خبراء", "سكان",
    "اهالي", "معلومات", "انباء", "اخبار", "عدد", "بعض", "جهات", "مصدرا", "الصحف", "وسائل", "منهم",
    "دبلوماسيون", "دبلوماسي", "متحدث", "ضابط", "مسؤوله", "عناصر", "مواطنون", "مغردون", "روايات",
})
#: Phrases that make any speaker anonymous (normalized): "مسؤول رفض الكشف عن اسمه".
ANONYMITY_PHRASES = ("رفض الكشف عن اسمه", "طلب عدم الكشف عن اسمه", "فضل عدم الكشف", "طلب عدم ذكر اسمه",
                     "رفض ذكر اسمه", "فضل عدم ذكر اسمه", "طلب عدم نشر اسمه", "رفضت الكشف عن اسمها",
                     "طلب عدم الكشف عن هويته", "رفض الكشف عن هويته",
                     # any asking (طالباً، مفضلاً، اشترط): "عدم ذكر اسمه"
                     "عدم ذكر اسمه", "عدم ذكر اسمها", "عدم الكشف عن اسمه", "عدم الكشف عن اسمها", "عدم نشر اسمه")

#: Complementizers that open reported content (normalized, with attached pronouns).
COMPLEMENTIZERS = frozenset({
    "ان", "بان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "انكم", "بانه", "بانها", "بانهم",
    "بانهما", "لان", "انما", "فان", "فانه", "فانها", "فانهم", "بانني", "باننا", "بانك", "بانكم",
})

#: Words that open a clause or adjunct and so end a speaker noun phrase.
#: Words that open a statement, never a speaker's name: right after a saying verb they start its unquoted words.
STATEMENT_OPENERS = frozenset({"لقد", "نحن"})
SPEAKER_STOPS = frozenset({
    "في", "خلال", "امس", "اليوم", "الليله", "صباح", "مساء", "عبر", "اثناء", "لدي", "امام", "عن", "الي",
    "من", "علي", "مع", "بعد", "قبل", "حين", "عندما", "بينما", "فيما", "لكن", "الا", "ان", "انه", "قد", "لقد", "نحن", "هل", "سوف",
    "ضمن", "حول", "بشان", "تجاه", "عقب", "اثر", "ليل", "فجر", "ظهر", "يوم", "الاحد", "الاثنين",
    "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "امام", "هذا", "هذه", "ذلك", "كان", "كانت",
    "لا", "لم", "لن", "ما", "الذي", "التي", "الذين", "او", "ثم", "حيث", "منذ", "حتي", "بان", "وان",
    "انها", "بانه", "بانها", "انهم", "ايضا", "كذلك", "مجددا", "سابقا", "لاحقا", "رسميا", "بدوره",
    "بدورها", "حسابه", "حسابها", "كما", "مضي", "ومضي", "بتاريخ", "باسمه", "باسمها", "باسمهم",
    # adverbials right after the verb (وأكد بشكل صريح، وتساءل بالتالي): no speaker
    "بشكل", "بشده", "بصوره", "بالتالي", "بوضوح", "بصراحه", "صراحه", "تاره", "وتاره", "مؤخرا", "حاليا", "اخيرا",
    "مرارا", "تكرارا", "علنا", "مسبقا",  # (أعلنت الولايات المتحدة مرارا أنه: the subject is before the verb)
    "الان", "دوما", "دائما",  # (إيران تؤكد الآن على مسار جديد)
    "تعالي",  # وقال تعالى: God, named by "the Exalted" alone (the speaker is the verb's subject pronoun)
})
#: The addressee right after the verb (قال لأحدهم، يتحدثون إليه): no speaker phrase there (but المرسل إليه
#: inside a phrase is a noun).
ADDRESSEE_WORDS = frozenset({"اليه", "اليها", "اليهم", "له", "لها", "لهم", "لي", "لنا", "لاحدهم", "لبعضهم"})
#: Conjunctions of time that open a subordinate clause: a subject phrase before the verb cannot contain one
#: (فبيانه لم يكن متوازنا عندما تحدث عن ...).
TIME_CONJUNCTIONS = frozenset({"عندما", "حين", "حينما", "بعدما", "لما", "كلما", "ريثما", "بينما"})
#: Prepositions that may follow a quoted source name (كشفت "صحة جازان" في رد، وحذر "باكيز" إلى أنه).
ADJUNCT_PREPOSITIONS = frozenset({"في", "الي", "علي", "عن", "من", "خلال", "عبر", "امام", "لدي"})
#: Words before أنّ that make it "before / after that ..." (قبل أن تقع، بعد أن وصل), not a reported clause.
SUBORDINATORS = frozenset({"قبل", "بعد", "دون", "بدون", "حتي", "منذ", "لدرجه", "بمجرد"})
#: "In it" after a verb, the speech or document the speaker already named (ألقى كلمة أعرب فيها عن شكره): no speaker.
IN_IT_WORDS = frozenset({"فيه", "فيها", "فيهم", "فيهما"})
#: Modals that open the words themselves, with no speaker before them (وقال يجب أن تتوفر، وأضاف الوزير يجب أن).
MODAL_OPENERS = frozenset({"يجب", "ينبغي", "لابد", "يتعين", "يتوجب", "علينا"})
#: Conditionals opening the content right after the verb (ويقول إذا أراد رياديو الأعمال ...): no speaker phrase; and
#: a first-person pronoun or a modal (وقال نحن نريد، وقال يجب أن).
CONDITIONAL_OPENERS = frozenset({"اذا", "لو", "لولا", "كلما", "نحن", "انا"}) | MODAL_OPENERS
#: Words before ذكر that make it a noun, "mention" (متحفظاً على ذكر اسمه، دون ذكر تفاصيل، طالباً عدم ذكر اسمه), not
#: "said".
MENTION_PREPOSITIONS = frozenset({"علي", "عن", "دون", "بدون", "عند", "بعد", "قبل", "مع", "عدم"})
#: Objects that make a reporting verb an idiom (لفت انتباهه "caught his attention", لفت الأنظار).
IDIOM_OBJECTS = {"لفت": frozenset({"انتباه", "الانتباه", "انتباهه", "انتباهها", "انتباههم", "انظار", "الانظار", "نظر"}),
                 "قال": frozenset({"الكثير", "رايه", "رايها", "رايهم", "كلمته", "كلمتها", "كلمتهم"})}
# (وقفات عابرة يمكنها أن تقول الكثير: "says a lot"; أن يقول رأيه بالحدث، قال كلمته: "give one's view", no words told)
#: Nouns after which لـ means "of", not an addressee (بيان لوزارة الصحة، تقرير لمنظمة العفو).
GENITIVE_HOSTS = frozenset({"بيان", "تقرير", "تصريح", "تصريحات", "مصدر", "مصادر", "متحدث", "دراسه",
                            "رساله", "تغريده", "مقال", "حديث", "مقابله", "كلمه", "استطلاع"})
#: Speech nouns that end a speaker phrase only after its first word (قال في بيان / وذكر بيان لـ...).
SPEECH_NOUNS = frozenset({"بيان", "تصريح", "تصريحات", "مؤتمر", "كلمه", "حديث", "لقاء", "مقابله",
                          "تغريده", "رساله"})
#: Words that begin with the letter و without a conjunction, common in speaker phrases (وزير، وكالة).
WAW_INITIAL = frozenset({"وزير", "وزيره", "وزراء", "وزاره", "وكاله", "وكيل", "وفد", "وحدات", "وحده", "ولايه",
                         "وسائل", "واشنطن", "وليد", "وائل", "وليام", "والي", "وكالات", "وطني", "وطنيه"})
#: Title words that may stand inside a speaker phrase before a name (الناطق باسم ... اللواء ...).
SPEAKER_JOINERS = frozenset({"باسم", "بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال"})
#: Titles whose preposition continues the speaker phrase (المشرف على كرسي ...، المسؤول عن الملف).
TITLE_PREPOSITIONS = {"المشرف": "علي", "المشرفه": "علي", "القائم": "علي", "القائمه": "علي", "القائمون": "علي",
                      "القائمين": "علي", "المسؤول": "عن", "المسؤوله": "عن", "المسؤولون": "عن", "المسؤولين": "عن"}
#: Particles before a source that a comma then separates from its verb (وكان X، أعلن ...؛ إن X، أكدت ...).
COMMA_SUBJECT_OPENERS = frozenset({"كان", "كانت", "ان", "إن"})
#: كان before a subject and قد before the verb (وكانت منظمة العفو الدولية قد قالت الشهر الماضي إن): the subject speaks.
KANA_FORMS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
#: Words opening with ب after اتهم that are not the charge (اتهم X بعد، بين، بشكل ...).
NOT_CHARGE = frozenset({"بعد", "بين", "بشكل", "بسبب", "بحسب", "بكل", "بها", "بهم", "بهما", "بدون", "بنحو", "بما",
                        "بمن", "بينما", "بينهم", "بينها", "بعض", "بعدما", "بموجب", "بخصوص", "بشان", "بصفته",
                        "بصفتها", "بلاده", "بلادها", "بيان", "بيانا"})
#: Possessive endings of a word right after the verb that make it the verb's object, not its subject, unless its
#: stem is a source (أكدت التزامها بـ، أعلنت مسؤوليتها عن; but قال مديرها).
OBJECT_POSSESSIVES = ("تها", "تهم", "ته", "ها", "هم", "هما")
#: The verbs whose possessed object is a statement (أكدت التزامها، أعلنت مسؤوليتها، جدد رفضه) -- not كشف ملابساتها.
POSSESSED_OBJECT_VERBS = frozenset({"اكد", "اعلن", "جدد", "نفي", "ابدي"})  # (أبدوا إعجابهم بما قدمته الفرقة)
#: Verbal nouns that are what is denied or stressed, never part of a speaker's name (ونفت اسبانيا ارتكاب مخالفات).
DENIED_OBJECTS = frozenset({"ارتكاب", "تورط", "وقوع", "حدوث", "وجود"})
#: Objects of أكّد that are what is stressed (وأكد أهمية تفعيل دور الإعلام، أكدت ضرورة): the subject is unsaid.
EMPHASIS_OBJECTS = frozenset({"اهميه", "ضروره", "تصميم", "عزم", "حرص", "استعداد", "رفض", "دعم", "وقوف", "الثقه"})
#: What one expresses (أبدى استعداده، أبدى أسفه): with a masculine possessive after أبدى, the object, not a speaker.
EXPRESSED_NOUNS = frozenset({"استعداد", "اسف", "اعجاب", "ارتياح", "رغبه", "تفاؤل", "قلق", "استياء", "ترحيب", "تاييد",
                             "امتعاض", "انزعاج", "سعاده", "تفهم", "استغراب", "دهشه", "حزن", "غضب", "موافقه", "تحفظ"})
#: Events right after أكد / نفى / أعلن are what is said (وأكدت قتل خمسة عناصر، أعلن استقلال الشيشان): no speaker.
EVENT_OBJECTS = frozenset({"قتل", "مقتل", "اعتقال", "القبض", "اصابه", "سقوط", "وفاه", "استشهاد", "استقلال", "اختطاف",
                           "خطف", "تفجير", "اغتيال", "انسحاب", "تحرير"})
#: Accusation nouns whose rejection is a denial (رفض الجيش هذه الاتهامات، رفضت المزاعم).
ACCUSATION_NOUNS = frozenset({"الاتهامات", "الاتهام", "اتهامات", "المزاعم", "مزاعم", "الادعاءات", "ادعاءات",
                              "التهم", "تهم", "الاتهامات،"})
#: Demonstratives before a noun (هذه الاتهامات، تلك المزاعم).
DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين"})
#: Words after a verb's علي (spelled with ya) that make it the preposition على (أكد علي أهمية), not the name علي
#: (قال علي سليمان الدخيل).
NOT_AFTER_NAME_ALI = frozenset({"ان", "انه", "انها", "ضروره", "اهميه", "حرص", "ان،", "عدم", "ما", "هذا", "هذه",
                                "ذلك", "وجود", "تقديم", "دور", "استمرار", "اعتبار", "لسان", "حد", "ضوء"})
#: Nouns of persons that, possessed, are subjects (كما تؤكد أرملته، قال محاميه، أكد زعيمها), beyond the source nouns.
PERSON_NOUNS = frozenset({"ارمله", "زوج", "زوجه", "ابن", "ابنه", "بنت", "شقيق", "شقيقه", "والد", "والده", "اخ", "اخت",
                          "محامي", "عائله", "اسره", "اقارب", "رفاق", "انصار", "قائد", "زعيم", "امين", "ممثل",
                          "مندوب", "وكيل", "صديق", "اصدقاء", "اهل", "ذوي", "زملاء", "زميل"})
#: Quantifiers with a pronoun that are subjects, not objects (يقول أحدهم، قال بعضهم).
QUANTIFIER_HEADS = ("احد", "بعض", "كل", "جميع", "معظم", "اغلب", "اكثر", "غالبي")
#: Time nouns and what follows them right after a verb of saying (قالت الشهر الماضي إن): an adjunct, no speaker.
TIME_NOUNS = frozenset({"الشهر", "الاسبوع", "العام", "السنه"})
TIME_NOUN_ADJECTIVES = frozenset({"الماضي", "الماضيه", "الحالي", "الحاليه", "الجاري", "المنصرم", "الفائت", "المقبل"})
#: Time words that open an adjunct right after a verb of saying (قالت الشهر الماضي إن، أعلن أمس أن): no speaker.
TIME_ADJUNCT_WORDS = frozenset({"الشهر", "الاسبوع", "العام", "السنه", "امس", "اليوم", "الليله", "صباح", "مساء", "ظهر",
                                "فجر", "مطلع", "اواخر", "اوائل", "منتصف", "يوم", "ليل", "ليله", "خلال", "الاحد",
                                "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})
#: Nouns heading a group's name (تنظيم داعش، حركة حماس): the name's phrase starts with them.
GROUP_HEADS = frozenset({"تنظيم", "حركه", "جماعه", "حزب", "ميليشيا", "مليشيا", "جبهه", "منظمه"})
#: Relative pronouns: after a quoted name they end it (وقالت "كلير" التي اجتازت ...); before يتوقع they make it
#: impersonal (التي يتوقع أن تؤدي: "which is expected to").
RELATIVE_PRONOUNS = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
#: Verbs read impersonal ("it is expected") right after a relative pronoun with a complementizer next.
IMPERSONAL = frozenset({"توقع", "رجح"})
#: Words after رصد that make it a credit line (رصد وتصوير: ...), not a report.
CREDIT_WORDS = frozenset({"وتصوير", "وتحرير", "واعداد", "وتغطيه", "ومتابعه"})
#: Particles before a clause-final reporting verb whose content precedes it (... لأسباب غير معروفة كما قالت الشرطة).
AS_SAID = frozenset({"كما", "حسبما", "مثلما"})

#: Clause-opening particles that are not a subject before a verb (كما قال، فيما أكد، من جهته قال).
CLAUSE_PARTICLES = frozenset({
    "كما", "ثم", "وقد", "قد", "فقد", "فيما", "بينما", "حيث", "لكن", "ولكن", "كذلك", "بدوره", "بدورها",
    "من", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "و", "ف", "اذ", "وكان", "وكانت", "كان", "كانت",
    "الي", "ذلك", "هذا", "في", "السياق", "سياق", "متصل", "وفي", "وعن", "عن", "وحول", "حول", "اخري",
    "جهه", "ومن", "وبدوره", "وبدورها", "ايضا", "اما", "واما", "لقد", "ولقد", "بل", "اي", "تاره", "وتاره",
})

#: Nouns "his talk/speech" that end a left speaker phrase (اختتم المدرب حديثه بقوله).
SPEECH_OBJECTS = frozenset({
    "حديثه", "حديثها", "كلمته", "كلمتها", "تصريحه", "تصريحها", "تصريحاته", "تصريحاتها", "بيانه",
    "بيانها", "رسالته", "رسالتها", "تغريدته", "تغريدتها", "مداخلته", "مداخلتها", "خطابه", "خطابها",
})

#: Editorial formulas that look like reporting verbs but attribute nothing.
EDITORIAL = frozenset({"يذكر", "يشار", "الجدير", "والجدير", "ويذكر", "ويشار", "يجدر", "ويجدر"})

#: Opening -> closing quotation marks of Arabic news.
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“", "‘": "’", "'": "'"}

#: Broken plurals of things that a pronoun takes up in the feminine singular (وأضافت after المصادر).
NONHUMAN_PLURALS = frozenset({"مصادر", "تقارير", "وسائل", "اوساط", "صحف", "دوائر", "مراجع", "انباء", "معلومات"})
#: Broken plurals of persons that a pronoun takes up in the masculine plural (وأضافوا after الشهود).
HUMAN_PLURALS = frozenset({"شهود", "نشطاء", "ناشطون", "مسؤولو", "خبراء", "سكان", "مسؤولي", "قاده", "زعماء", "وزراء",
                           "نواب", "اعضاء", "علماء", "اطباء", "مراقبون", "محللون", "مشاركون", "منظمو", "عمال",
                           "اهالي"})
#: Speaker heads that name no one in particular (منهم من "some of them", بعضهم): never taken up by a pronoun.
INDEFINITE_SPEAKERS = frozenset({"منهم", "من", "بعضهم", "بعض", "احدهم", "كثيرون", "اخرون", "البعض"})

#: Titles and roles that head a speaker phrase without naming anyone (المدرب، اللاعب، الأمير، المحافظ): a
#: source, not an object, after a reporting verb whose content is a bare object.
SPEAKER_TITLES = frozenset({
    "الامير", "الملك", "الرئيس", "الوزير", "المدرب", "اللاعب", "المحافظ", "الشيخ", "الدكتور", "السفير",
    "النائب", "القائد", "المتحدث", "الناطق", "المدير", "الامين", "العميد", "اللواء", "العقيد", "الفريق",
    "امير", "ملك", "رئيس", "وزير", "مدرب", "لاعب", "محافظ", "سفير", "نائب", "قائد", "مدير", "امين",
    "عضو", "خبير", "الخبير", "المحلل", "محلل", "الكاتب", "كاتب", "المستشار", "مستشار", "الباحث", "باحث",
    "رئيسه", "مديره", "الحكومه", "حكومه", "الوزاره", "الهيئه", "اللجنه", "لجنه", "الجمعيه", "الاتحاد",
    "الجناح", "جناح", "المهاجم", "مهاجم", "الحارس", "حارس", "المدافع", "مدافع", "النادي", "الشركه", "شركه", "البنك", "المجلس", "مجلس", "البرنامج", "برنامج", "المنظمه", "الجامعه",
    "اجهزه", "جهاز", "المقاومه", "قوات", "القوات", "حزب", "حركه", "جماعه", "تنظيم", "ائتلاف", "تحالف",
    "سموه", "معاليه", "فخامته", "سماحته", "مديريه", "مديريات", "اداره", "ادارات", "امانه", "قياده", "السفاره",
    "سفاره", "البرلمان", "الكونغرس", "المحكمه", "محكمه", "النيابه", "الادعاء", "المعارضه", "الاوساط",
})
#: Participles of saying that only introduce the words of the verb before them (وأوضح قائلاً: ...).
SAYING_PARTICIPLES = frozenset({"قائلا", "قائله", "قائلين"})
#: Experts whose forecasts (توقعات، تقديرات) are their claims (توقعات المحللين، تقديرات الخبراء).
FORECASTERS = frozenset({"المحللين", "محللين", "الخبراء", "خبراء", "المراقبين", "الاقتصاديين", "المختصين", "المتعاملين"})
#: One's own account after حسب / بحسب / وفق (حسب روايته، بحسب قولها، وفق تعبيره): the cue, with no speaker (a pronoun).
OWN_ACCOUNTS = frozenset({"روايته", "روايتها", "روايتهم", "قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "وصفه",
                          "وصفها", "زعمه", "زعمها", "زعمهم", "افادته", "افادتها", "رايه", "رايها"})
#: Titles before a foreign name (جنرال روي، السيد روي), after which an ambiguous verb form is the name.
NAME_TITLES = frozenset({"جنرال", "الجنرال", "كابتن", "الكابتن", "السيد", "السيده", "مستر", "المستر", "البريغادير"})
