"""Plain-text articles: the seed layout, bare bodies, invisible marks, encodings."""

from rasd.article import Article
from rasd.ingest import read_paths
from rasd.ingest.base import Skipped
from rasd.ingest.text import parse_text

from ingest_helpers import articles, skipped


def test_seed_article_layout_gives_metadata_and_exact_body(seed_bytes, seed_text):
    a = parse_text(seed_bytes, "seed-article.txt")
    assert isinstance(a, Article)
    assert a.title == "التحالف الأميركي يُغطّي تعزيزات «داعش» في دير الزور"
    assert a.author == "معن حمية"
    assert a.outlet == "جريدة البناء"
    assert a.published == "2017-10-11"
    assert a.language == "ar"
    assert a.genre is None
    lines = seed_text.split("\n")
    assert a.text == "\n".join(lines[2:-2])  # the body paragraphs, newlines kept
    start = seed_text.index(a.text)
    assert seed_text[start:start + len(a.text)] == a.text  # a contiguous slice of the file
    assert a.source == "seed-article.txt"


def test_plain_body_without_header_is_the_whole_file_stripped(seed_text):
    body = "\n".join(seed_text.split("\n")[2:-2])
    a = parse_text(("\n\n  " + body + "\n \n").encode("utf-8"), "body.txt")
    assert a.text == body and a.title is None and a.author is None and a.published is None
    assert a.language == "ar"


def test_invisible_marks_do_not_break_metadata_and_stay_in_text(seed_text):
    lines = seed_text.split("\n")
    lines[2] = "\u200f" + lines[2] + "\u200d"  # RLM + ZWJ in the body
    lines[3] = lines[3].replace("الروسي", "الروســي")  # tatweel in the body
    lines[-1] = "\u200f\u200e" + lines[-1]  # RLM/LRM before the date line
    lines[1] = "\u200f" + lines[1]  # RLM before the author
    a = parse_text("\n".join(lines).encode("utf-8"), "marks.txt")
    assert a.published == "2017-10-11"
    assert a.author == "معن حمية"
    assert a.text == "\n".join(lines[2:-2])  # marks kept exactly
    assert "\u200f" in a.text and "ـ" in a.text


def test_crlf_seed_still_parsed(seed_text):
    a = parse_text(seed_text.replace("\n", "\r\n").encode("utf-8"), "crlf.txt")
    assert a.published == "2017-10-11" and a.outlet == "جريدة البناء"
    assert a.text == "\r\n".join(seed_text.split("\n")[2:-2])


def test_seed_in_utf16_and_windows_1256_reads_the_same(tmp_path, seed_text):
    paths = []
    for name, data in [("le.txt", seed_text.encode("utf-16")), ("be.txt", seed_text.encode("utf-16-be")),
                       ("win.txt", seed_text.encode("cp1256")), ("bom.txt", b"\xef\xbb\xbf" + seed_text.encode())]:
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    got = articles(read_paths(paths))
    assert len(got) == 4
    for a in got:
        assert a.title.startswith("التحالف الأميركي") and a.published == "2017-10-11"
        assert a.text == "\n".join(seed_text.split("\n")[2:-2])


def test_invalid_utf8_text_file_is_skipped_with_reason(tmp_path, seed_text):
    p = tmp_path / "broken.txt"
    p.write_bytes(seed_text.encode("utf-8")[:500] + b"\xff\xff" + seed_text.encode("utf-8")[500:])
    items = list(read_paths([str(p)]))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].source == str(p) and "UTF-8" in items[0].reason


def test_empty_and_whitespace_files_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b" \n\t\n")
    items = list(read_paths([str(tmp_path)]))
    assert [i.source for i in skipped(items)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert all("empty file" in i.reason for i in items)
