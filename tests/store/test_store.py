import sqlite3

import pytest

from rasd.article import Article
from rasd.errors import StoreError
from rasd.store.db import SCHEMA_VERSION, Store
from tests.conftest import sample_articles


def test_new_store_is_wal_with_current_schema(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        assert s.version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as s:  # reopening migrates nothing and keeps the version
        assert s.version == SCHEMA_VERSION


def test_storing_the_same_article_twice_is_a_noop(store):
    art = sample_articles()[0]
    with store.transaction():
        first = store.add(art)
    again = Article(text=art.text, url=art.url, outlet=art.outlet, title=art.title)
    with store.transaction():
        second = store.add(again)
    assert (first.status, second.status) == ("added", "duplicate")
    assert second.id == first.id
    assert store.count() == 1


def test_same_id_with_other_content_is_a_conflict_and_keeps_the_stored_one(store):
    with store.transaction():
        store.add(Article(text="نص أول", id="x1"))
        result = store.add(Article(text="نص آخر", id="x1"))
    assert result.status == "conflict" and "x1" in result.reason
    assert store.get("x1").text == "نص أول"


def test_article_layers_and_index_roll_back_together(store):
    art = sample_articles()[1]
    art.entities = [{"start": 0, "end": 3, "text": art.text[:3], "label": "ORG"}]
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add(art)
            raise RuntimeError("crash in the middle of a batch")
    for table in ("articles", "layers", "search"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_get_returns_the_full_record_with_layers(store):
    art = sample_articles()[2]
    art.entities = [{"start": 0, "end": 2, "text": art.text[:2], "label": "LOC"}]
    with store.transaction():
        store.add(art)
    got = store.get(art.id)
    assert got.to_record() == art.to_record()
    assert store.get(art.id[:8]).id == art.id  # unique prefix


def test_opening_a_file_that_is_not_sqlite_raises_store_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a Rasd database"):
        Store(bad)


def test_opening_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Rasd store"):
        Store(path)


def test_a_store_from_a_newer_rasd_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_readonly_open_of_a_missing_file_says_how_to_create_it(tmp_path):
    with pytest.raises(StoreError, match="rasd ingest"):
        Store(tmp_path / "missing.db", readonly=True)


def test_stats_count_outlets_and_dates(filled_store):
    s = filled_store.stats()
    assert s["articles"] == len(sample_articles())
    assert sum(r["articles"] for r in s["outlets"]) == s["articles"]
    assert sum(r["articles"] for r in s["dates"]) == s["articles"]
    assert {r["outlet"] for r in s["outlets"]} >= {"aawsat", "alriyadh", "okaz"}
