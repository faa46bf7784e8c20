"""Parse the date strings found in Arabic news (datelines, feed dates, crawl stamps) to ``YYYY-MM-DD``.

Handles numeric forms (``2017/10/11``, ``11/10/2017``, ``2017-10-11T08:00:00Z``), Eastern Arabic and
Persian digits, month names of every Arabic series plus English (lists in
:mod:`rasd.analyze.lang_ar.months`), combined forms (``28 آب/اغسطس 2013``), weekday names, and Hijri
dates (``15 رمضان 1438 هـ``, ``1438/09/15هـ``), converted with ``hijridate`` (Umm al-Qura calendar).
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from rasd.analyze.lang_ar import months as _months

# Eastern Arabic (U+0660..) and Persian (U+06F0..) digits -> ASCII.
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS |= {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}
# Marks removed before matching: harakat (U+064B-U+0652), superscript alef, tatweel, bidi and
# zero-width marks, NBSP-like spaces become plain spaces.
_DROP = {cp: None for cp in [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x200B, 0x200C, 0x200D,
                              0x200E, 0x200F, 0x061C, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
                              0x202A, 0x202B, 0x202C, 0x202D, 0x202E]}
_SPACES = {cp: " " for cp in (0x00A0, 0x2009, 0x202F, 0x2007)}
# Letter variants folded so one spelling in the word lists matches them all.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ئ": "ي", "ؤ": "و"})

#: Plausible Gregorian years; outside this a number is not taken as a year (phone numbers, ids).
MIN_YEAR, MAX_YEAR = 1800, 2200
#: Hijri years supported by hijridate's Umm al-Qura tables (1343-1500 AH, i.e. 1924-2077 CE).
MIN_HIJRI_YEAR, MAX_HIJRI_YEAR = 1343, 1500


def _fold(s: str) -> str:
    """Digits to ASCII, marks dropped, letter variants folded, lowercased (for English)."""
    return s.translate(_DIGITS).translate(_DROP).translate(_SPACES).translate(_FOLD).lower()


@lru_cache(maxsize=1)
def _month_tables() -> tuple[re.Pattern[str], dict[str, tuple[int, bool]]]:
    """Compile one regex of all month names (folded, longest first) and the name -> (month, hijri) map."""
    table: dict[str, tuple[int, bool]] = {}
    for series in (_months.LEVANTINE_MONTHS, _months.EGYPTIAN_GULF_MONTHS, _months.MAGHREB_MONTHS,
                   _months.ENGLISH_MONTHS):
        for name, number in series.items():
            table[_fold(name)] = (number, False)
    for name, number in _months.HIJRI_MONTHS.items():
        table[_fold(name)] = (number, True)
    names = sorted(table, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    # Not inside a longer word; an Arabic proclitic is not expected before a month in a dateline.
    pattern = re.compile(rf"(?<![^\W\d_])({alternation})(?![^\W\d_])")
    return pattern, {re.sub(r"\s+", " ", k): v for k, v in table.items()}


_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?")
_YMD = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
_HIJRI_MARK = re.compile(r"\d\s*ه(?![^\W\d_])")


def _make(year: int, month: int, day: int, hijri: bool) -> str | None:
    """Validated ``YYYY-MM-DD`` (Hijri converted), or None if no such day."""
    if hijri:
        if not MIN_HIJRI_YEAR <= year <= MAX_HIJRI_YEAR:
            return None
        from hijridate import Hijri  # small pure-Python package; imported where used

        try:
            return Hijri(year, month, day).to_gregorian().isoformat()
        except (ValueError, OverflowError):
            return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _is_hijri_year(year: int, folded: str) -> bool:
    """A year is Hijri if marked with هـ, or if it lies in the Hijri range (no newspaper dates CE 1400)."""
    return bool(_HIJRI_MARK.search(folded)) or MIN_HIJRI_YEAR <= year <= MAX_HIJRI_YEAR


def parse_date(s: str, *, default_year: int | None = None) -> str | None:
    """Parse a date string in any of the forms Arabic news uses.

    Args:
        s: The date text, e.g. ``"أضيف بتاريخ :2017/10/11"``, ``"الأربعاء 11 تشرين الأول 2017"``,
            ``"28 آب/اغسطس 2013"``, ``"15 رمضان 1438 هـ"``, ``"2015-07-21 02:51:32"``.
        default_year: Year to use when the text names a day and month but no year.

    Returns:
        The Gregorian date as ``YYYY-MM-DD``, or ``None`` when no complete, valid date is found
        (a month and year without a day gives ``None``: no day is invented).
    """
    if not s or not isinstance(s, str):
        return None
    folded = _TIME.sub(" ", _fold(s))

    # Numeric forms. Year first (ISO, 2017/10/11), else day first (the Arab convention, 11/10/2017),
    # swapping to month-first only when the day-first reading is impossible (10/31/2017).
    if m := _YMD.search(folded):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        return _make(year, month, day, _is_hijri_year(year, folded))
    if m := _DMY.search(folded):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if month > 12 >= day:
            day, month = month, day
        return _make(year, month, day, _is_hijri_year(year, folded))

    # Month names: day is the number just before the (first) month name, year the first 4-digit
    # number after the (last) month name, so "28 آب/اغسطس 2013" reads as one date.
    pattern, table = _month_tables()
    found = list(pattern.finditer(folded))
    if not found:
        return None
    first = last = found[0]
    for m in found[1:]:  # names joined by "/", "-", "(" ... are one month: "آب/اغسطس", "آب (اغسطس)"
        if not re.fullmatch(r"[\s/\\\-()]*", folded[last.end():m.start()]):
            break
        last = m
    month, hijri = table[re.sub(r"\s+", " ", first[1])]
    before = _NUMBER.findall(folded[: first.start()])
    after = _NUMBER.findall(folded[last.end():])
    if not before:
        # English order "Oct 11, 2017": day right after the month.
        if len(after) >= 2 and int(after[0]) <= 31 and len(after[1]) == 4:
            before, after = [after[0]], after[1:]
        else:
            return None
    day = int(before[-1])
    year_text = next((n for n in after if len(n) == 4), None)
    if year_text is None:
        if default_year is None:
            return None
        year = default_year
    else:
        year = int(year_text)
    return _make(year, month, day, hijri)

