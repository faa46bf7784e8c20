"""JSON arrays (streamed with ijson) and JSON Lines (read line by line, each line bounded).

Records are our own output contract (``text``, ``id``, ... -- kept exactly) or the SaudiNewsNet layout
(``source``, ``url``, ``date_extracted``, ``title``, ``author``, ``content``); see
:func:`rasd.ingest.base.record_to_article`.
"""

from __future__ import annotations

import json
from typing import BinaryIO, Iterator

from rasd.article import Article

from . import base
from .base import Skipped, record_to_article


def read_json(stream: BinaryIO, source: str, *, array: bool = True) -> Iterator[Article | Skipped]:
    """Yield the records of a JSON array (or a single top-level object) in order.

    The array is streamed with ijson, so memory holds one record at a time however long the array.

    Args:
        stream: UTF-8 JSON bytes (see :func:`rasd.ingest.base.utf8_stream` for other encodings).
        source: The file name; records are named ``source#N`` (0-based index in the array).
        array: True for a top-level array of records, False for one top-level object.

    Yields:
        Articles in input order; a Skipped for each record without text, and one for malformed JSON
        naming the record reached (parsing cannot resume after a syntax error).
    """
    import ijson

    n = 0
    try:
        for n, record in enumerate(ijson.items(stream, "item" if array else "", use_float=True)):
            yield record_to_article(record, f"{source}#{n}")
            n += 1
    except ijson.JSONError as exc:
        yield Skipped(f"{source}#{n}", f"malformed JSON: {exc}")
    except UnicodeDecodeError as exc:
        yield Skipped(f"{source}#{n}", f"not valid UTF-8 ({exc.reason}); re-save the file as UTF-8")


def _skip_rest_of_line(stream: BinaryIO) -> None:
    """Read and discard up to the next newline in bounded chunks (constant memory)."""
    while True:
        chunk = stream.readline(base.CHUNK_BYTES)
        if not chunk or chunk.endswith(b"\n"):
            return


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Article | Skipped]:
    """Yield one record per line of a JSON Lines file.

    Each line is read with a bound (``MAX_LINE_BYTES``); a longer line is skipped in chunks, never
    held in memory, and the lines after it are still read.

    Args:
        stream: UTF-8 JSONL bytes, a buffered stream (``readline(size)`` must be bounded).
        source: The file name; lines are named ``source:LINE`` (1-based).

    Yields:
        Articles in input order; a Skipped for each malformed, over-long, non-UTF-8 or text-less line.
        Blank lines are ignored.
    """
    limit = base.MAX_LINE_BYTES
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        where = f"{source}:{lineno}"
        if len(line) > limit:
            if not line.endswith(b"\n"):
                _skip_rest_of_line(stream)
            yield Skipped(where, f"line longer than the {limit // 2**20} MB limit (MAX_LINE_BYTES)")
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Skipped(where, f"not valid UTF-8 (byte {exc.start}: {exc.reason}); re-save the file as UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        yield record_to_article(record, where)
