"""The embedded SQLite store: one file, WAL, a versioned schema, one transaction per batch of whole articles.

Articles are keyed by their content hash, so storing the same article twice is a no-op. An article
is written together with all its layers and its search-index row in the same transaction: a crash
(even SIGKILL) leaves either the whole article or nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.analyze.arabic import index_text
from rasd.article import LAYERS, Article
from rasd.errors import StoreError

#: Ordered schema migrations: (version, SQL). Never edit a released step; add a new one.
MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE articles (
            pk        INTEGER PRIMARY KEY,  -- the rowid, shared with the search table
            id        TEXT NOT NULL UNIQUE,
            hash      TEXT NOT NULL UNIQUE,
            url       TEXT,
            outlet    TEXT,
            author    TEXT,
            title     TEXT,
            published TEXT,
            language  TEXT,
            genre     TEXT,
            text      TEXT NOT NULL,
            source    TEXT
        );
        CREATE INDEX articles_outlet_published ON articles(outlet, published);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE layers (
            article_pk    INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            name          TEXT NOT NULL,
            data          TEXT NOT NULL,
            PRIMARY KEY (article_pk, name)
        ) WITHOUT ROWID;
        -- search keys (rasd.analyze.arabic.index_text) of title and body; rowid = articles.pk.
        -- Contentless: the keys are indexed, not stored again (snippets are cut from articles.text).
        CREATE VIRTUAL TABLE search USING fts5(title, body, content = '', tokenize = 'unicode61 remove_diacritics 0');
        """,
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
#: How long a writer waits for another process's write lock before giving up (a second `rasd ingest`
#: on the same file waits for the first one's current batch, which commits every few seconds).
BUSY_SECONDS = 30.0

_ARTICLE_COLUMNS = ("id", "hash", "url", "outlet", "author", "title", "published", "language", "genre", "text", "source")


@dataclass(slots=True)
class AddResult:
    """What :meth:`Store.add` did with one article."""

    status: str  # "added" | "duplicate" | "conflict"
    id: str
    reason: str | None = None


class Store:
    """A Rasd SQLite store.

    Args:
        path: The database file (created if missing), or ``":memory:"``.
        readonly: Open without creating or migrating.

    Raises:
        StoreError: The file is not a SQLite database, or was written by a newer Rasd.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        if readonly and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (create it with `rasd ingest PATH --db {self.path}`)")
        try:
            if readonly and self.path != ":memory:":
                self.conn = sqlite3.connect(f"file:{Path(self.path).resolve()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
            else:
                self.conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                # WAL + NORMAL: a killed process never loses a committed transaction
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate(readonly)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}); check the path and its permissions") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Rasd database ({exc})") from exc

    # -- schema ---------------------------------------------------------------------------

    def _migrate(self, readonly: bool) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this Rasd knows ({SCHEMA_VERSION}); upgrade Rasd"
            )
        if version == 0 and not readonly:
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if tables:
                raise StoreError(f"{self.path}: an SQLite database that is not a Rasd store; use another --db file")
        pending = [(v, sql) for v, sql in MIGRATIONS if v > version]
        if pending and readonly:
            raise StoreError(f"{self.path}: schema version {version} needs migrating; open it once without --readonly")
        for v, sql in pending:
            # one script = one transaction, the version bump included: a failed step changes nothing
            try:
                self.conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {v};\nCOMMIT;")
            except sqlite3.Error:
                self.conn.rollback()
                raise

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: everything written inside lands together or not at all."""
        try:
            self.conn.execute("BEGIN")
            yield
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def add(self, article: Article) -> AddResult:
        """Store one article with all its layers and its search row (call inside :meth:`transaction`).

        Returns:
            ``added``; ``duplicate`` when the same content is stored already; ``conflict`` when its
            id is taken by different content (the stored article is kept).
        """
        digest = article.content_hash()
        article.ensure_id()
        row = self.conn.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
        if row:
            return AddResult("duplicate", row["id"])
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            return AddResult("conflict", article.id, f"id {article.id!r} is already stored with different content")
        values = (article.id, digest, article.url, article.outlet, article.author, article.title,
                  article.published, article.language, article.genre, article.text, article.source)
        cur = self.conn.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})",
            values,
        )
        rowid = cur.lastrowid
        self.conn.executemany(
            "INSERT INTO layers (article_pk, name, data) VALUES (?, ?, ?)",
            [(rowid, name, json.dumps(getattr(article, name), ensure_ascii=False)) for name in LAYERS],
        )
        self.conn.execute(
            "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, index_text(article.title or ""), index_text(article.text)),
        )
        return AddResult("added", article.id)

    def update_layers(self, article: Article) -> None:
        """Replace the stored analysis layers (and genre) of an already stored article."""
        row = self.conn.execute("SELECT pk FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article.id!r}")
        self.conn.execute("UPDATE articles SET genre = ? WHERE pk = ?", (article.genre, row["pk"]))
        self.conn.executemany(
            "INSERT OR REPLACE INTO layers (article_pk, name, data) VALUES (?, ?, ?)",
            [(row["pk"], name, json.dumps(getattr(article, name), ensure_ascii=False)) for name in LAYERS],
        )

    # -- reading --------------------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id (or unique id prefix of at least 6 characters), or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 6:
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE id >= ? AND id < ? LIMIT 2", (article_id, article_id + "\uffff")
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return self._article(row) if row else None

    def iter_articles(self, *, outlet: str | None = None, date_from: str | None = None,
                      date_to: str | None = None, limit: int | None = None) -> Iterator[Article]:
        """Stored articles in storage order, optionally filtered."""
        where, params = _filters(outlet, date_from, date_to, alias="articles")
        sql = f"SELECT * FROM articles {where} ORDER BY pk"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self.conn.execute(sql, params):
            yield self._article(row)

    def _article(self, row: sqlite3.Row) -> Article:
        article = Article(**{k: row[k] for k in _ARTICLE_COLUMNS if k != "hash"})
        for name, data in self.conn.execute("SELECT name, data FROM layers WHERE article_pk = ?", (row["pk"],)):
            if name in LAYERS:
                setattr(article, name, json.loads(data))
        return article

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def stats(self) -> dict[str, Any]:
        """Counts: articles, per outlet, per publication date, per genre and per filled layer."""
        c = self.conn
        layer_counts = {
            name: n for name, n in c.execute(
                "SELECT name, count(*) FROM layers WHERE data != '[]' GROUP BY name ORDER BY name"
            )
        }
        return {
            "articles": self.count(),
            "outlets": [dict(r) for r in c.execute(
                "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles, min(published) AS first,"
                " max(published) AS last FROM articles GROUP BY outlet ORDER BY articles DESC, outlet")],
            "dates": [dict(r) for r in c.execute(
                "SELECT coalesce(published, '(unknown)') AS published, count(*) AS articles FROM articles"
                " GROUP BY published ORDER BY published")],
            "genres": [dict(r) for r in c.execute(
                "SELECT coalesce(genre, '(unknown)') AS genre, count(*) AS articles FROM articles"
                " GROUP BY genre ORDER BY articles DESC")],
            "layers": layer_counts,
        }

    def layer_items(self, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every item of one layer across the store, as ``(article_id, item)``."""
        if name not in LAYERS:
            raise StoreError(f"unknown layer {name!r}; choose from: {', '.join(LAYERS)}")
        sql = ("SELECT a.id, j.value FROM layers l JOIN articles a ON a.rowid = l.article_pk,"
               " json_each(l.data) j WHERE l.name = ? ORDER BY l.article_pk")
        for article_id, value in self.conn.execute(sql, (name,)):
            yield article_id, json.loads(value)


def _filters(outlet: str | None, date_from: str | None, date_to: str | None, alias: str) -> tuple[str, list]:
    clauses, params = [], []
    if outlet:
        clauses.append(f"{alias}.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if date_from:
        clauses.append(f"{alias}.published >= ?")
        params.append(date_from)
    if date_to:
        clauses.append(f"{alias}.published <= ?")
        params.append(date_to)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def top_items(store: Store, layer: str, *, key, where=lambda item: True) -> list[tuple[Any, int, int]]:
    """Group one layer's items across the store: ``[(key, mentions, articles)]``, most mentioned first."""
    mentions: dict = {}
    articles: dict = {}
    for article_id, item in store.layer_items(layer):
        if not where(item):
            continue
        k = key(item)
        mentions[k] = mentions.get(k, 0) + 1
        articles.setdefault(k, set()).add(article_id)
    return sorted(((k, m, len(articles[k])) for k, m in mentions.items()), key=lambda r: (-r[1], -r[2], str(r[0])))
