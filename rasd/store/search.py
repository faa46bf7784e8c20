"""Arabic-aware full-text search over the store.

The index holds search keys (:func:`rasd.analyze.arabic.index_text`); a user query goes through the
same normalization, and each word is widened to the proclitic forms a reader means by it
(:func:`rasd.analyze.arabic.query_variants`). The user's text never reaches FTS5 as syntax: the
query is parsed here and rebuilt from quoted keys, so no input can raise a raw SQLite error or
inject SQL.

Query syntax: words (all must match), ``"a phrase"``, ``OR`` between two terms, ``-word`` to exclude.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date

from rasd.analyze.arabic import TRAILING_MARKS, WORD_RE, normalize, normalize_with_map, query_variants, search_key
from rasd.analyze.lang_ar.clitics import ARTICLE_PREFIX_RE
from rasd.errors import QueryError
from rasd.store.db import Store, _filters

#: Weights of the title and body columns in BM25 (a title hit counts three body hits).
TITLE_WEIGHT, BODY_WEIGHT = 3.0, 1.0
#: Characters of context on each side of the first hit in a snippet.
SNIPPET_CONTEXT = 80
#: Most terms a query may have (each widens to ~12 forms); beyond this the query is refused.
MAX_TERMS = 16


@dataclass(slots=True)
class Term:
    """One query term: a word or a phrase (list of words), possibly negated."""

    words: list[str]
    negated: bool = False


@dataclass(slots=True)
class Hit:
    """One search result."""

    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str
    matches: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "url": self.url, "title": self.title, "outlet": self.outlet,
                "published": self.published, "score": self.score, "snippet": self.snippet,
                "matches": self.matches}


_TOKEN_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(query: str) -> list[list[Term]]:
    """Parse a user query into a conjunction of disjunctions of terms.

    Raises:
        QueryError: The query has no word to search for, or too many terms.
    """
    groups: list[list[Term]] = []
    pending_or = False
    for m in _TOKEN_RE.finditer(query):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            pending_or = bool(groups)
            continue
        if phrase is not None:
            term = Term(WORD_RE.findall(normalize(phrase)), negated=bool(neg))
        else:
            negated = bare.startswith("-") and len(bare) > 1
            term = Term(WORD_RE.findall(normalize(bare[1:] if negated else bare)), negated=negated)
        if not term.words:
            continue
        if pending_or and not term.negated and not any(t.negated for t in groups[-1]):
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not any(not t.negated for g in groups for t in g):
        raise QueryError(f"nothing to search for in {query!r}: give at least one word (not only -excluded words)")
    if sum(len(g) for g in groups) > MAX_TERMS:
        raise QueryError(f"too many terms in the query (at most {MAX_TERMS})")
    return groups


def _quote(key: str) -> str:
    return '"' + key.replace('"', '""') + '"'


def _term_fts(term: Term) -> str:
    keys = [search_key(w) for w in term.words]
    first_variants = query_variants(term.words[0])
    if len(keys) == 1:
        return "(" + " OR ".join(_quote(v) for v in first_variants) + ")"
    rest = " ".join(keys[1:])
    return "(" + " OR ".join(_quote(f"{v} {rest}") for v in first_variants) + ")"


def to_fts(groups: list[list[Term]]) -> str:
    """The FTS5 MATCH expression for parsed query groups."""
    positive = [g for g in groups if not g[0].negated]
    negative = [g[0] for g in groups if g[0].negated]
    expr = " AND ".join("(" + " OR ".join(_term_fts(t) for t in g) + ")" for g in positive)
    for term in negative:
        expr = f"({expr}) NOT {_term_fts(term)}"
    return expr


def _check_date(value: str | None, name: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise QueryError(f"{name} must be a date like 2015-07-31, not {value!r}") from None


def search(store: Store, query: str, *, outlet: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = 20) -> list[Hit]:
    """Search titles and bodies the way an Arabic reader searches.

    Args:
        store: An open store.
        query: Words, "phrases", OR, -excluded (see the module docstring).
        outlet: Only this outlet (case-insensitive).
        date_from, date_to: Inclusive publication-date bounds, ``YYYY-MM-DD``.
        limit: Most hits to return.

    Returns:
        Hits ranked by BM25 (best first), each with a highlighted snippet of the original text.

    Raises:
        QueryError: The query or a filter is invalid.
    """
    _check_date(date_from, "--from")
    _check_date(date_to, "--to")
    if limit < 1:
        raise QueryError(f"--limit must be at least 1, not {limit}")
    groups = parse_query(query)
    expr = to_fts(groups)
    where, params = _filters(outlet, date_from, date_to, alias="a")
    columns = "a.id, a.url, a.title, a.outlet, a.published, a.text"
    if where:
        sql = (f"SELECT {columns}, bm25(search, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score"
               f" FROM search JOIN articles a ON a.rowid = search.rowid"
               f" WHERE search MATCH ? {where.replace('WHERE', 'AND', 1)} ORDER BY score LIMIT ?")
    else:  # FTS5 sorts by its rank column itself, about twice as fast as ranking a join
        sql = (f"SELECT {columns}, s.rank AS score FROM (SELECT rowid, rank FROM search WHERE search MATCH ?"
               f" AND rank MATCH 'bm25({TITLE_WEIGHT}, {BODY_WEIGHT})' ORDER BY rank LIMIT ?) s"
               f" JOIN articles a ON a.rowid = s.rowid ORDER BY s.rank")
    try:
        rows = store.conn.execute(sql, [expr, *params, limit]).fetchall()
    except sqlite3.OperationalError as exc:  # should not happen: the expression is built here
        raise QueryError(f"could not run the search for {query!r}: {exc}") from exc
    wanted = {v for g in groups for t in g if not t.negated for v in _highlight_keys(t)}
    hits = []
    for row in rows:
        snippet, matches = highlight(row["text"], wanted)
        if not matches and row["title"]:
            snippet = row["text"][: 2 * SNIPPET_CONTEXT]
        hits.append(Hit(row["id"], row["url"], row["title"], row["outlet"], row["published"],
                        round(-row["score"], 4), snippet, matches))
    return hits


def _highlight_keys(term: Term) -> set[str]:
    keys = set(query_variants(term.words[0]))
    for w in term.words[1:]:
        keys.update(query_variants(w))
    return keys


@lru_cache(maxsize=1024)
def _keys_regex(keys: frozenset[str]) -> re.Pattern:
    """A regex finding, in normalized text, the words whose search key is one of ``keys``."""
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    article = ARTICLE_PREFIX_RE.pattern.lstrip("^").replace("(?=\\w\\w)", "")
    return re.compile(rf"(?<!\w)(?:{article})?(?:{alternatives})(?!\w)")


def highlight(text: str, keys: set[str], *, context: int = SNIPPET_CONTEXT,
              open_mark: str = "<mark>", close_mark: str = "</mark>") -> tuple[str, list[dict]]:
    """Find the words of ``text`` whose search key is in ``keys``.

    Returns:
        ``(snippet, matches)``: a window of the original text around the first match with every
        match in it wrapped in ``open_mark``/``close_mark``, and all matches as
        ``{"start", "end", "text"}`` spans of ``text``.
    """
    norm, offsets = normalize_with_map(text)
    matches = []
    n = len(text)
    for m in _keys_regex(frozenset(keys)).finditer(norm):
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        while end < n and text[end] in TRAILING_MARKS:
            end += 1
        matches.append({"start": start, "end": end, "text": text[start:end]})
    if not matches:
        return text[: 2 * context], []
    first = matches[0]["start"]
    a = max(0, first - context)
    b = min(len(text), first + 2 * context)
    # widen to word boundaries
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    parts, pos = [], a
    for mt in matches:
        if mt["start"] < a or mt["end"] > b:
            continue
        parts.append(text[pos:mt["start"]])
        parts.append(open_mark + mt["text"] + close_mark)
        pos = mt["end"]
    parts.append(text[pos:b])
    snippet = ("…" if a > 0 else "") + "".join(parts).replace("\n", " ") + ("…" if b < len(text) else "")
    return snippet, matches
