"""read_paths / detect_format: dispatch, archives, stdin, bad and huge input, bounded memory."""

import gzip
import io
import json
import os
import random
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.article import Article
from rasd.ingest import FORMATS, detect_format, read_paths
from rasd.ingest.base import Skipped

from ingest_helpers import DATA, articles, skipped

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "head, name, expected",
    [
        (b"PK\x03\x04\x14\x00", "x.bin", "zip"),
        (gzip.compress(b'{"text": "x"}\n'), "x.jsonl.gz", "gzip"),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"), "x.gz", "warc"),
        (b"WARC/1.1\r\nWARC-Type: response\r\n", "crawl", "warc"),
        ('<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel>'.encode(), "x.html", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "", "feed"),
        (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", "", "feed"),
        (b"<!DOCTYPE html>\n<html lang='ar'><head>", "x.txt", "html"),
        (b"\xef\xbb\xbf  <html>", "", "html"),
        ("<html dir='rtl'>".encode("utf-16"), "", "html"),
        (b'  [\n {"text": "x"}', "x.txt", "json"),
        (b'{"text": "x"}\n{"text": "y"}\n', "data", "jsonl"),
        (b'{\n  "text": "x"\n}', "one.json", "json"),
        (b'{"text": "x" "broken"}\n', "x.jsonl", "jsonl"),
        ("id,title,content\n1,عنوان,نص".encode(), "x", "csv"),
        (b"title\tbody\nx\ty\n", "x", "csv"),
        ("التحالف الأميركي, يُغطّي\nمعن حمية".encode(), "x", "text"),
        ("\u200fنص عادي".encode(), "x.json", "text"),
    ],
)
def test_detect_format_sniffs_content_not_names(head, name, expected):
    assert detect_format(head, name) == expected in FORMATS


def test_directory_is_read_recursively_in_sorted_order(tmp_path, seed_bytes):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_bytes(seed_bytes)
    (tmp_path / "a.txt").write_bytes(seed_bytes)
    (tmp_path / ".hidden.txt").write_bytes(seed_bytes)
    (tmp_path / "c.txt").write_bytes(b"")
    items = list(read_paths([str(tmp_path)]))
    assert [i.source for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt"),
                                         str(tmp_path / "c.txt")]
    assert isinstance(items[2], Skipped) and items[2].reason == "empty file"


def test_missing_path_and_binary_file_are_skipped_not_raised(tmp_path):
    rng = random.Random(1256)
    (tmp_path / "img.jpg").write_bytes(b"\xff\xd8\xff\xe0" + rng.randbytes(2000))
    (tmp_path / "blob.txt").write_bytes(rng.randbytes(3000).replace(b"\x00", b"\x01") + b"\x00" * 10)
    items = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "img.jpg"), str(tmp_path / "blob.txt")]))
    assert [(i.source, i.reason.split(" (")[0]) for i in items] == [
        (str(tmp_path / "nope.txt"), "no such file or directory"),
        (str(tmp_path / "img.jpg"), "binary file"),
        (str(tmp_path / "blob.txt"), "binary file"),
    ]


class _Pipe(io.RawIOBase):
    """A non-seekable stream, like stdin from a pipe, returning short reads."""

    def __init__(self, data: bytes):
        self._data = io.BytesIO(data)

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self._data.read(min(len(b), 7000))
        b[: len(chunk)] = chunk
        return len(chunk)


def test_stdin_is_read_as_a_stream_in_any_format(seed_bytes):
    jsonl = (DATA / "saudinewsnet-sample.jsonl").read_bytes()
    assert len(articles(read_paths(["-"], stdin=io.BufferedReader(_Pipe(jsonl))))) == 30
    (a,) = articles(read_paths(["-"], stdin=io.BufferedReader(_Pipe(seed_bytes))))
    assert a.source == "<stdin>" and a.published == "2017-10-11"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("seed.txt", seed_bytes)
    (a,) = articles(read_paths(["-"], stdin=io.BufferedReader(_Pipe(buf.getvalue()))))
    assert a.source == "<stdin>!seed.txt"


@pytest.fixture
def mixed_zip(tmp_path, seed_bytes, html_dir) -> Path:
    p = tmp_path / "batch.zip"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a/seed.txt", seed_bytes)
        z.writestr("b/news.json", (DATA / "saudinewsnet-sample.json").read_bytes())
        z.writestr("c/page.html", (html_dir / "arabic_article.html").read_bytes())
        z.writestr("d/lines.jsonl", b'{"text": "\xd9\x86\xd8\xb5"}\n{bad}\n')
        z.writestr("e/zeros.bin", b"\x00" * 5000)
    return p


def test_zip_members_are_dispatched_by_content_and_named(mixed_zip):
    items = list(read_paths([str(mixed_zip)]))
    got = articles(items)
    assert len(got) == 1 + 30 + 1 + 1
    assert got[0].source == f"{mixed_zip}!a/seed.txt"
    assert got[4].source == f"{mixed_zip}!b/news.json#3"
    assert got[31].title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert [str(s).split(": ")[0] for s in skipped(items)] == [f"{mixed_zip}!d/lines.jsonl:2", f"{mixed_zip}!e/zeros.bin"]


def test_truncated_zip_keeps_members_read_before_the_damage(mixed_zip, tmp_path):
    data = mixed_zip.read_bytes()
    cut = tmp_path / "cut.zip"
    # Cut inside the HTML member (third): the central directory is gone as well.
    html_at = data.index(b"c/page.html")
    cut.write_bytes(data[: html_at + 2000])
    items = list(read_paths([str(cut)]))
    assert len(articles(items)) == 31  # seed + 30 records
    (bad,) = skipped(items)
    assert bad.source == f"{cut}!c/page.html" and "truncated zip" in bad.reason


def test_gzip_single_file_and_truncated_gzip(tmp_path):
    data = gzip.compress((DATA / "saudinewsnet-sample.jsonl").read_bytes())
    good = tmp_path / "news.jsonl.gz"
    good.write_bytes(data)
    got = articles(read_paths([str(good)]))
    assert len(got) == 30 and got[4].source == f"{good}:5"
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = list(read_paths([str(cut)]))
    assert 5 < len(articles(items)) < 30  # records already read are kept
    last = items[-1]
    assert isinstance(last, Skipped) and last.source == str(cut) and "truncated or corrupt gzip" in last.reason


def test_jsonl_line_over_the_limit_is_skipped_between_good_lines(tmp_path, monkeypatch):
    from rasd.ingest import base

    monkeypatch.setattr(base, "MAX_LINE_BYTES", 1024 * 1024)
    p = tmp_path / "long.jsonl"
    with p.open("wb") as f:
        f.write(b'{"text": "\xd8\xa3\xd9\x88\xd9\x84"}\n')
        f.write(b'{"text": "' + b"a" * (3 * 1024 * 1024) + b'"}\n')
        f.write(b'{"text": "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab"}\n')
    items = list(read_paths([str(p)]))
    assert [a.text for a in articles(items)] == ["أول", "ثالث"]
    assert [str(s) for s in skipped(items)] == [f"{p}:2: line longer than the 1 MB limit (MAX_LINE_BYTES)"]


def _peak_memory(code: str) -> dict:
    """Run ``code`` in a fresh interpreter with tracemalloc on; return its printed JSON."""
    script = "\n".join([
        "import json, sys, tracemalloc",
        f"sys.path.insert(0, {str(REPO)!r})",
        "from rasd.ingest import read_paths, base",
        "tracemalloc.start()",
        textwrap.dedent(code).strip(),
        'print(json.dumps({"peak": tracemalloc.get_traced_memory()[1], "result": result}))',
    ])
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_one_gigabyte_sparse_file_is_rejected_in_constant_memory(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        os.truncate(f.fileno(), 1024**3)  # 1 GB of zeros, sparse on disk
    got = _peak_memory(f"result = [str(i) for i in read_paths([{str(p)!r}])]")
    assert got["result"] == [f"{p}: binary file (not text, HTML, JSON, CSV, WARC or an archive)"]
    assert got["peak"] < 8 * 1024 * 1024  # a 64 KB head plus buffers, not the gigabyte


def test_jsonl_long_line_is_skipped_in_bounded_memory(tmp_path):
    p = tmp_path / "long.jsonl"
    line = b'{"text": "' + b"x" * (24 * 1024 * 1024) + b'"}\n'  # 24 MB line
    p.write_bytes(b'{"text": "a"}\n' + line + b'{"text": "b"}\n')
    got = _peak_memory(f"""
        base.MAX_LINE_BYTES = 1024 * 1024
        result = [getattr(i, "text", None) or str(i) for i in read_paths([{str(p)!r}])]
    """)
    assert got["result"][0] == "a" and got["result"][2] == "b" and "longer than" in got["result"][1]
    assert got["peak"] < 8 * 1024 * 1024  # a third of the line, whatever its length


def test_json_array_is_streamed_in_bounded_memory(tmp_path):
    records = json.loads((DATA / "saudinewsnet-sample.json").read_text(encoding="utf-8"))
    p = tmp_path / "big.json"
    with p.open("w", encoding="utf-8") as f:  # ~4 MB array of 2,000 real records
        f.write("[")
        f.write(",".join(json.dumps(records[i % 30], ensure_ascii=False) for i in range(2000)))
        f.write("]")
    got = _peak_memory(f"result = sum(1 for i in read_paths([{str(p)!r}]) if not isinstance(i, base.Skipped))")
    assert got["result"] == 2000
    assert got["peak"] < 2 * 1024 * 1024  # one record at a time, not the 4 MB array


@settings(max_examples=150, deadline=None)
@given(st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"[", b"{", b"<rss>", b"WARC/1.0\r\n", b"PK\x03\x04", b"\x1f\x8b", b"text,a\n"])
      .flatmap(lambda prefix: st.binary(max_size=500).map(lambda rest: prefix + rest)),
))
def test_any_bytes_give_articles_or_skipped_never_an_exception(data):
    assert detect_format(data[:65536], "x") in FORMATS
    for item in read_paths(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Skipped):
            assert "could not be read" not in item.reason, item  # no unexpected exception inside
