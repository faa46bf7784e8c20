"""RSS, Atom and WARC inputs, built in tmp_path from the real committed articles."""

import gzip
import io
from xml.sax.saxutils import escape

import pytest

from rasd.ingest import detect_format, read_paths
from rasd.ingest.base import Skipped

from ingest_helpers import articles, skipped


def _rss(records) -> str:
    items = "".join(
        f"<item><title>{escape(r['title'])}</title><link>{escape(r['url'])}</link>"
        f"<author>{escape(r['author'] or 'x')}</author><pubDate>Thu, 06 Aug 2015 09:00:00 +0300</pubDate>"
        f"<description>{escape('<p>' + r['content'] + '</p>')}</description></item>"
        for r in records
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>صحيفة الرياض</title>'
            f"<link>http://www.alriyadh.com</link>{items}"
            "<item><title>بلا نص</title><link>http://x/empty</link></item></channel></rss>")


def _atom(records) -> str:
    entries = "".join(
        f"<entry><title>{escape(r['title'])}</title><link href=\"{escape(r['url'])}\"/><id>{escape(r['url'])}</id>"
        f"<updated>2015-08-06T10:00:00Z</updated><published>2015-08-05T23:30:00+03:00</published>"
        f"<author><name>{escape(r['author'] or 'x')}</name></author>"
        f"<summary>ملخص قصير</summary>"
        f"<content type=\"html\">{escape('<p>' + r['content'].replace(chr(10), '</p><p>') + '</p>')}</content></entry>"
        for r in records
    )
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>عكاظ</title><id>urn:x</id><updated>2015-08-06T10:00:00Z</updated>{entries}</feed>")


def test_rss_entries_become_articles_and_textless_entry_is_skipped(tmp_path, saudi_records):
    p = tmp_path / "feed.xml"
    p.write_text(_rss(saudi_records[:3]), encoding="utf-8")
    assert detect_format(p.read_bytes()[:4096], "feed.xml") == "feed"
    items = list(read_paths([str(p)]))
    got = articles(items)
    assert len(got) == 3
    for a, r in zip(got, saudi_records):
        assert a.title == r["title"] and a.url == r["url"] and a.outlet == "صحيفة الرياض"
        assert " ".join(a.text.split()) == " ".join(r["content"].split())
        assert a.published == "2015-08-06" and a.language == "ar"
    assert [str(s) for s in skipped(items)] == [f"{p}#3: feed entry has no text (no content or summary)"]
    assert [a.source for a in got] == [f"{p}#{i}" for i in range(3)]


def test_atom_prefers_full_content_and_the_local_published_day(tmp_path, saudi_records):
    p = tmp_path / "atom"
    p.write_text(_atom(saudi_records[3:5]), encoding="utf-8")
    got = articles(read_paths([str(p)]))
    assert len(got) == 2
    assert got[0].outlet == "عكاظ" and got[0].author == (saudi_records[3]["author"] or "x")
    assert got[0].published == "2015-08-05"  # the feed's own day, not shifted to UTC
    assert "ملخص" not in got[0].text and saudi_records[3]["content"].split()[0] in got[0].text


def test_malformed_feed_is_skipped(tmp_path):
    p = tmp_path / "bad.rss"
    p.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><chan&&')
    items = list(read_paths([str(p)]))
    assert len(items) == 1 and isinstance(items[0], Skipped) and items[0].source == str(p)
    assert items[0].reason.startswith(("malformed feed", "feed has no entries"))


def _warc(html_pages: list[bytes], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "rasd tests"}))
    for i, page in enumerate(html_pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"http://example.org/{i}", "response", payload=io.BytesIO(page), http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"http://example.org/{i}.png", "response", payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
    return buf.getvalue()


@pytest.fixture(scope="module")
def pages(html_dir) -> list[bytes]:
    return [(html_dir / "arabic_article.html").read_bytes(), (html_dir / "assabah.com.tn.article.html").read_bytes()]


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_become_articles(tmp_path, pages, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    p.write_bytes(_warc(pages, gz))
    assert detect_format(p.read_bytes()[:65536], p.name) == "warc"
    items = list(read_paths([str(p)]))
    assert skipped(items) == []
    got = articles(items)
    assert [a.source for a in got] == [f"{p}#1", f"{p}#3"]  # record 0 is warcinfo, 2 is an image
    assert got[0].title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert got[0].url == "http://example.org/0"  # WARC-Target-URI
    assert got[0].published is None  # WARC-Date (crawl time) is deliberately not used
    assert got[1].published == "2019-02-08"


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_keeps_earlier_records_and_names_the_record_reached(tmp_path, pages, gz):
    data = _warc(pages, gz)
    p = tmp_path / "cut.warc"
    p.write_bytes(data[: int(len(data) * 0.75)])  # ends inside the second page
    items = list(read_paths([str(p)]))
    assert len(articles(items)) == 1
    (bad,) = skipped(items)
    assert bad.source == f"{p}#3" and "truncated" in bad.reason


def test_gzip_wrapped_plain_file_is_not_mistaken_for_warc(seed_bytes):
    assert detect_format(gzip.compress(seed_bytes)[:100], "x.gz") == "gzip"
