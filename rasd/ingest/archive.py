"""Zip archives and gzip single files: members are dispatched by content like any other file.

A zip's members are named ``archive.zip!member``; records inside them ``archive.zip!member.json#3``.
A truncated or corrupt zip (no central directory) is read member by member from its local headers,
so the members before the damage are still yielded, then a Skipped names the archive and the member.
"""

from __future__ import annotations

import gzip
import io
import shutil
import struct
import tempfile
import zlib
from typing import BinaryIO, Iterator

from rasd.article import Article

from . import base
from .base import Skipped

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")  # PKZIP APPNOTE 4.3.7: local file header, 30 bytes
_LOCAL_SIG = b"PK\x03\x04"
_STORED, _DEFLATED = 0, 8
#: A zip read from a stream (stdin) is spooled to a temporary file; above this it goes to disk.
SPOOL_BYTES = 64 * 1024 * 1024


def _dispatch(stream: BinaryIO, source: str, name: str) -> Iterator[Article | Skipped]:
    from . import read_stream  # the dispatcher lives in the package __init__

    return read_stream(stream, source, name=name)


def _dispatch_member(stream: BinaryIO, source: str, name: str) -> Iterator[Article | Skipped]:
    """Dispatch one zip member; damage (bad CRC, broken deflate data) or any error ends that member only."""
    import zipfile

    try:
        yield from _dispatch(stream, source, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        yield Skipped(source, f"corrupt zip member: {exc}")
    except Exception as exc:  # noqa: BLE001 -- one bad member never stops the archive
        yield Skipped(source, f"could not be read: {type(exc).__name__}: {exc}")


def read_zip(file: str | BinaryIO, source: str) -> Iterator[Article | Skipped]:
    """Yield the articles of every member of a zip archive, in archive order.

    Args:
        file: A path, or a binary stream (spooled to a temporary file if not seekable).
        source: The archive's name, prefix of every member's source (``source!member``).

    Yields:
        Articles and Skipped records of each member; a Skipped naming the archive (and member) when
        the archive is truncated or corrupt, after the members that could be read.
    """
    import zipfile

    if not isinstance(file, str) and not (hasattr(file, "seekable") and file.seekable()):
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        shutil.copyfileobj(file, spool, base.CHUNK_BYTES)
        spool.seek(0)
        file = spool
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, EOFError):
        yield from _read_local_headers(file, source)
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            where = f"{source}!{info.filename}"
            try:
                with archive.open(info) as member:
                    yield from _dispatch_member(io.BufferedReader(member, base.CHUNK_BYTES), where, info.filename)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as exc:
                yield Skipped(where, f"corrupt zip member: {exc}")


def _read_local_headers(file: str | BinaryIO, source: str) -> Iterator[Article | Skipped]:
    """Walk a damaged zip by its local file headers, yielding each complete member's articles."""
    fp = open(file, "rb") if isinstance(file, str) else file
    try:
        fp.seek(0)
        count = 0
        while True:
            header = fp.read(_LOCAL_HEADER.size)
            if len(header) < 4 or header[:4] != _LOCAL_SIG:
                reason = "no central directory (truncated?)" if count else "not a readable zip archive"
                yield Skipped(source, f"truncated or corrupt zip: {reason}; {count} member(s) read")
                return
            if len(header) < _LOCAL_HEADER.size:
                yield Skipped(source, f"truncated zip: archive ends inside a member header after {count} member(s)")
                return
            _, _, flags, method, _, _, _, csize, _, nlen, xlen = _LOCAL_HEADER.unpack(header)
            name = fp.read(nlen).decode("utf-8" if flags & 0x800 else "cp437", "replace")
            fp.read(xlen)
            where = f"{source}!{name}"
            if flags & 0x08 or method not in (_STORED, _DEFLATED):
                yield Skipped(where, "truncated zip: member cannot be read without the central directory")
                return
            data = fp.read(csize)
            if len(data) < csize:
                yield Skipped(where, f"truncated zip: archive ends inside this member ({count} member(s) read)")
                return
            if method == _DEFLATED:
                try:
                    data = zlib.decompress(data, -15)
                except zlib.error as exc:
                    yield Skipped(where, f"corrupt zip member: {exc}")
                    return
            count += 1
            if not name.endswith("/"):
                yield from _dispatch_member(io.BufferedReader(io.BytesIO(data)), where, name)
    finally:
        if isinstance(file, str):
            fp.close()


def read_gzip(stream: BinaryIO, source: str, name: str) -> Iterator[Article | Skipped]:
    """Yield the articles of a gzip-compressed single file (``.jsonl.gz``, ``.html.gz`` ...).

    Args:
        stream: The compressed bytes.
        source: The file's name; inner records keep it (``file.jsonl.gz:12``).
        name: File name used as a format hint for the inner file (``.gz`` removed).

    Yields:
        The inner file's articles; then, for a truncated or corrupt stream, a Skipped naming the file
        (the records already read are kept).
    """
    safe = _StopAtDamage(gzip.GzipFile(fileobj=stream, mode="rb"))
    inner = io.BufferedReader(safe, base.CHUNK_BYTES)
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    count = 0
    for item in _dispatch(inner, source, inner_name):
        count += 1
        yield item
    if safe.error is not None:
        yield Skipped(source, f"truncated or corrupt gzip after {count} item(s): {safe.error}")


class _StopAtDamage(io.RawIOBase):
    """Decompressed bytes up to the first damage; the error is kept and reading then ends cleanly.

    ``GzipFile.read1`` returns what it has decompressed so far, so nothing before the damage is lost
    (a buffered ``read(n)`` would drop a partly filled buffer when the error is raised).
    """

    def __init__(self, gz: gzip.GzipFile):
        self._gz = gz
        self.error: Exception | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self.error is not None:
            return 0
        try:
            data = self._gz.read1(len(buffer))
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            self.error = exc
            return 0
        buffer[: len(data)] = data
        return len(data)
