"""Plain-text articles: the aggregator layout of ``examples/seed-article.txt``, or a bare body.

The aggregator layout is::

    <title>
    <author>
    <body paragraph>
    ...
    <outlet>
    أضيف بتاريخ :YYYY/MM/DD

It is recognised by its last non-empty line (``أضيف بتاريخ``, "added on"). Anything else is a bare
body: ``text`` is the whole file stripped of surrounding whitespace and nothing else is guessed.
"""

from __future__ import annotations

import re

from rasd.article import Article
from rasd.errors import IngestError

from .base import EDGE_CHARS, Skipped, clean_meta, decode_bytes, guess_language
from .dates import parse_date

# "أضيف بتاريخ" with optional invisible marks / tatweel anywhere, then an optional colon.
_MARKS = "[\u200e\u200f\u061c\u200b-\u200d\ufeff\u2066-\u2069\u202a-\u202e\u0640]*"
_DATE_LINE = re.compile(
    rf"^[\s{_MARKS[1:-2]}]*" + _MARKS.join("أضيف") + rf"{_MARKS}\s+{_MARKS}" + _MARKS.join("بتاريخ")
    + rf"{_MARKS}\s*:?"
)
#: Longest author line, in words: Arabic bylines are 2-4 words ("معن حمية", "لندن: رنيم حنوش");
#: six allows a title such as "د." or a place prefix.
MAX_AUTHOR_WORDS = 6
#: Longest outlet line, in words ("جريدة البناء", "صحيفة الشرق الأوسط اللندنية").
MAX_OUTLET_WORDS = 6
#: Fewest non-empty lines for the layout: title, author, one body paragraph, outlet, date line.
MIN_LAYOUT_LINES = 5


def _short_line(line: str, max_words: int) -> bool:
    """A metadata-like line: few words and no sentence-final punctuation."""
    stripped = line.strip(EDGE_CHARS)
    return bool(stripped) and len(stripped.split()) <= max_words and not stripped.endswith((".", "؟", "!", "،"))


def parse_text(data: bytes, source: str) -> Article | Skipped:
    """Read one plain-text article file.

    Args:
        data: The file's bytes (any encoding :func:`~rasd.ingest.base.decode_bytes` accepts).
        source: The file name, kept as the article's ``source``.

    Returns:
        The Article (title/author/outlet/published set for the aggregator layout), or a Skipped when
        the file cannot be decoded or holds no text.
    """
    try:
        decoded = decode_bytes(data, source)
    except IngestError as exc:
        return Skipped(source, exc.reason)
    if not decoded.strip(EDGE_CHARS):
        return Skipped(source, "empty file")

    # (start, end) offsets of each non-empty line's content, end excluding the line break.
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in decoded.splitlines(keepends=True):
        content = raw.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        if content.strip(EDGE_CHARS):
            lines.append((pos, pos + len(content)))
        pos += len(raw)

    def line(i: int) -> str:
        return decoded[lines[i][0]:lines[i][1]]

    if len(lines) >= MIN_LAYOUT_LINES and _DATE_LINE.match(line(-1)):
        title = clean_meta(line(0))
        first_body = 1
        author = None
        if _short_line(line(1), MAX_AUTHOR_WORDS):
            author, first_body = clean_meta(line(1)), 2
        last_body = len(lines) - 2
        outlet = None
        if _short_line(line(-2), MAX_OUTLET_WORDS) and last_body - 1 >= first_body:
            outlet, last_body = clean_meta(line(-2)), last_body - 1
        text = decoded[lines[first_body][0]:lines[last_body][1]]
        return Article(
            text=text, title=title, author=author, outlet=outlet,
            published=parse_date(_DATE_LINE.sub("", line(-1))),
            language=guess_language(text), source=source,
        )
    text = decoded.strip()
    return Article(text=text, language=guess_language(text), source=source)
