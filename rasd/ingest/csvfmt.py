"""CSV/TSV files with a header row and a text column (``text``, ``content``, ``body`` ...)."""

from __future__ import annotations

import csv
import io
from typing import BinaryIO, Iterator

from rasd.article import Article

from . import base
from .base import Skipped, record_to_article

#: Header names accepted for the text column, in order of preference (contract, SaudiNewsNet, common).
TEXT_COLUMNS = ("text", "content", "body", "article", "story")
_DELIMITERS = (",", "\t", ";")


def header_delimiter(first_line: str) -> str | None:
    """The delimiter of a CSV header line that names a text column, else ``None``.

    Args:
        first_line: The first line of the file, decoded.

    Returns:
        ``","``, ``"\\t"`` or ``";"`` -- whichever splits the line into fields that include a text column.
    """
    for delimiter in sorted(_DELIMITERS, key=first_line.count, reverse=True):
        if delimiter not in first_line:
            continue
        try:
            fields = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:  # stray CR or NUL: not a CSV header
            return None
        if any(f.strip().strip('"').lower() in TEXT_COLUMNS for f in fields):
            return delimiter
    return None


def read_csv(stream: BinaryIO, source: str) -> Iterator[Article | Skipped]:
    """Yield one article per CSV row.

    The field size limit is raised to ``MAX_ARTICLE_BYTES`` (Python's default, 128 KB, is shorter than
    some real articles); a longer field is skipped with its line number.

    Args:
        stream: UTF-8 CSV bytes (see :func:`rasd.ingest.base.utf8_stream` for other encodings).
        source: The file name; rows are named ``source:LINE`` (1-based line where the row starts).

    Yields:
        Articles in file order; a Skipped for each bad or text-less row.
    """
    csv.field_size_limit(max(csv.field_size_limit(), base.MAX_ARTICLE_BYTES))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    try:
        first = text.readline()
    except UnicodeDecodeError as exc:
        yield Skipped(f"{source}:1", f"not valid UTF-8 ({exc.reason}); re-save the file as UTF-8")
        return
    delimiter = header_delimiter(first)
    if delimiter is None:
        yield Skipped(f"{source}:1", f"CSV header has no text column (expected one of {', '.join(TEXT_COLUMNS)})")
        return
    header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter))]
    reader = csv.reader(text, delimiter=delimiter)
    line_end = 1  # physical line where the previous row ended
    while True:
        start = line_end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line_end = reader.line_num + 1
            yield Skipped(f"{source}:{start}", f"malformed CSV: {exc}")
            continue
        except UnicodeDecodeError as exc:
            yield Skipped(f"{source}:{start}", f"not valid UTF-8 ({exc.reason}); re-save the file as UTF-8")
            return
        line_end = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield Skipped(f"{source}:{start}", f"row has {len(row)} fields, header has {len(header)}")
            continue
        yield record_to_article(dict(zip(header, row)), f"{source}:{start}")
