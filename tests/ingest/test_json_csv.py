"""JSON arrays, JSON Lines and CSV: SaudiNewsNet layout, our contract, and bad lines/records."""

import csv
import json

import pytest

from rasd.article import Article
from rasd.ingest import read_paths

from ingest_helpers import DATA, articles, skipped


@pytest.mark.parametrize("name", ["saudinewsnet-sample.json", "saudinewsnet-sample.jsonl"])
def test_saudinewsnet_layout_maps_to_article_fields(name, saudi_records):
    items = list(read_paths([str(DATA / name)]))
    got = articles(items)
    assert skipped(items) == [] and len(got) == len(saudi_records) == 30
    for a, r in zip(got, saudi_records):
        assert a.text == r["content"]  # text exactly as given
        assert a.title == r["title"].strip() and a.url == r["url"]  # metadata edges trimmed
        assert a.outlet == r["source"]
        assert a.published == r["date_extracted"][:10]  # 'YYYY-MM-DD HH:MM:SS' -> date
        assert a.author == (r["author"].strip() or None)
        assert a.language == "ar"
    sep = "#" if name.endswith(".json") else ":"
    first = 0 if sep == "#" else 1
    assert [a.source for a in got] == [f"{DATA / name}{sep}{i + first}" for i in range(30)]


def _contract(records):
    out = []
    for i, r in enumerate(records):
        a = Article(text=" \u200f" + r["content"] + "\n", id=f"id-{i:03d}", url=r["url"], outlet=r["source"],
                    title=r["title"], published="2015-08-06", language="ar", genre="news")
        a.entities = [{"start": 2, "end": 5, "text": a.text[2:5], "label": "X"}]
        out.append(a.to_record())
    return out


def test_contract_json_round_trips_text_and_id_exactly(tmp_path, saudi_records):
    records = _contract(saudi_records[:10])
    (tmp_path / "c.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for name in ("c.json", "c.jsonl"):
        got = articles(read_paths([str(tmp_path / name)]))
        assert [a.to_record() for a in got] == records  # text byte-exact, ids and order kept, layers kept


def test_malformed_jsonl_lines_are_named_and_good_lines_around_them_kept(tmp_path, saudi_records):
    lines = [json.dumps(r, ensure_ascii=False) for r in saudi_records[:4]]
    lines.insert(1, '{"title": "x" "content": "y"}')  # line 2: missing comma
    lines.insert(3, "")  # blank line 4 is ignored
    lines.insert(4, '{"title": "بلا نص", "content": ""}')  # line 5: no text
    lines.insert(5, "[1, 2]")  # line 6: not an object
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(("\n".join(lines) + "\n").encode() + b'{"content": "\xff\xfe"}\n')  # line 9: bad UTF-8
    items = list(read_paths([str(p)]))
    assert [a.title for a in articles(items)] == [r["title"].strip() for r in saudi_records[:4]]
    bad = skipped(items)
    assert [s.source for s in bad] == [f"{p}:2", f"{p}:5", f"{p}:6", f"{p}:9"]
    assert str(bad[0]) == f"{p}:2: malformed JSON: Expecting ',' delimiter (column 15)"
    assert "UTF-8" in bad[3].reason


def test_malformed_json_array_keeps_records_before_the_error(tmp_path, saudi_records):
    text = json.dumps(saudi_records[:3], ensure_ascii=False)
    p = tmp_path / "cut.json"
    p.write_text(text[: text.rindex('"content"') + 20], encoding="utf-8")  # cut inside record 2
    items = list(read_paths([str(p)]))
    assert len(articles(items)) == 2
    (bad,) = skipped(items)
    assert bad.source == f"{p}#2" and bad.reason.startswith("malformed JSON")


def test_json_records_without_text_are_skipped(tmp_path):
    p = tmp_path / "a.json"
    p.write_text('[{"title": "t"}, {"text": "   "}, "just a string", {"text": "نص المقال"}]', encoding="utf-8")
    items = list(read_paths([str(p)]))
    assert [s.source for s in skipped(items)] == [f"{p}#0", f"{p}#1", f"{p}#2"]
    assert articles(items)[0].text == "نص المقال" and articles(items)[0].source == f"{p}#3"


def test_jsonl_in_utf16_is_transcoded(tmp_path, saudi_records):
    p = tmp_path / "u16.jsonl"
    p.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in saudi_records[:3]).encode("utf-16"))
    assert [a.text for a in articles(read_paths([str(p)]))] == [r["content"] for r in saudi_records[:3]]


def test_csv_with_saudinewsnet_columns(tmp_path, saudi_records):
    p = tmp_path / "s.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(saudi_records[0]))
        w.writeheader()
        w.writerows(saudi_records[:5])
    items = list(read_paths([str(p)]))
    got = articles(items)
    assert [a.text for a in got] == [r["content"] for r in saudi_records[:5]]
    assert got[0].outlet == saudi_records[0]["source"] and got[0].published == "2015-08-06"
    # rows with embedded newlines: each source names the line where its row starts
    starts, line = [], 2
    for r in saudi_records[:5]:
        starts.append(line)
        line += sum(str(v).count("\n") for v in r.values()) + 1
    assert [a.source for a in got] == [f"{p}:{n}" for n in starts]


def test_csv_body_column_tsv_cp1256_and_bad_rows(tmp_path, seed_text):
    body = seed_text.split("\n")[2]
    p = tmp_path / "win.tsv"
    p.write_bytes(f"title\tbody\nعنوان\t{body}\nفارغ\t\nزائد\t{body}\textra\n".encode("cp1256"))
    items = list(read_paths([str(p)]))
    assert [a.text for a in articles(items)] == [body]
    assert [s.source for s in skipped(items)] == [f"{p}:3", f"{p}:4"]


def test_csv_field_larger_than_python_default_limit_is_read(tmp_path, seed_text):
    big = (seed_text + "\n") * 100  # ~400 KB, over csv's 128 KB default
    p = tmp_path / "big.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "text"], ["a1", big]])
    (a,) = articles(read_paths([str(p)]))
    assert a.text == big and a.id == "a1"
