"""Month and weekday names used in Arabic (and English) news datelines, as data.

Sources: the month series are the standard calendars named in Arabic style guides and used by the
press -- the Syriac-derived series of the Levant and Iraq (كانون الثاني ... كانون الأول, e.g. Al-Binaa,
Al-Akhbar), the Latin-derived series of Egypt and the Gulf (يناير ... ديسمبر, e.g. Al-Ahram, SaudiNewsNet
outlets), the French-derived series of Tunisia and Algeria (جانفي، فيفري ..., e.g. Assabah, as seen in
``tests/data/html/assabah.com.tn.article.html``) and of Morocco (يوليوز، غشت، شتنبر ...), and the Hijri
(Islamic) months. Spelling variants (with or without hamza, ه/ة/ي endings) are listed where the press
uses both; :func:`rasd.ingest.dates.parse_date` also folds alef/hamza/ya/ta-marbuta variants before
lookup, so each name needs to appear here only once per distinct spelling.
English names cover RSS/HTTP dates ("Wed, 11 Oct 2017").

Each mapping is ``name -> month number (1-12)``.
"""

#: Levantine / Iraqi (Syriac-derived) Gregorian months.
LEVANTINE_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}

#: Egyptian / Gulf (Latin-derived) Gregorian months, with common spelling variants.
EGYPTIAN_GULF_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4,
    "مايو": 5, "يونيو": 6, "يونيه": 6, "يونية": 6, "يوليو": 7, "يوليه": 7, "يولية": 7,
    "أغسطس": 8, "اغسطس": 8, "آغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}

#: Maghreb Gregorian months: Tunisia / Algeria (French-derived) and Morocco.
MAGHREB_MONTHS = {
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "جويليه": 7, "أوت": 8, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

#: Gregorian months in English (full and three-letter forms), for feeds and HTTP dates.
ENGLISH_MONTHS = {
    name: number
    for number, full in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], start=1)
    for name in (full, full[:3])
} | {"sept": 9}

#: Hijri (Islamic) months, with the variant names of months 4 and 6.
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6,
    "جمادى الثاني": 6, "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}

#: Markers that a date is Hijri: "هـ" (with tatweel) after the year; also spelled without tatweel.
HIJRI_MARKERS = ("هـ", "ه")

#: Weekday names; a date parser skips them ("الأربعاء 11 تشرين الأول 2017").
WEEKDAYS = ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
