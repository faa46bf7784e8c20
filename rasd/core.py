"""Library functions behind the CLI: ingest into a store, analyze without one, export.

The library never prints or exits: it returns reports and raises :mod:`rasd.errors` exceptions.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rasd.analyze.pipeline import Pipeline
from rasd.article import LAYERS, RECORD_KEYS, Article
from rasd.errors import StoreError
from rasd.ingest import read_paths
from rasd.ingest.base import Skipped
from rasd.store.db import Store

#: Articles written per transaction. Each transaction holds whole articles only, so a crash loses
#: at most the last batch, which a re-run stores again; 200 keeps ingest near its peak rate
#: (measured with bench/ingest.py: larger batches gained < 3%).
BATCH_SIZE = int(os.environ.get("RASD_BATCH_SIZE", "200"))
#: A batch is also committed after this many seconds, so a slow analysis loses little on a crash.
BATCH_SECONDS = 2.0


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    ingested: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.skipped

    def to_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "duplicates": self.duplicates, "skipped": len(self.skipped),
                "skipped_reasons": [str(s) for s in self.skipped], "component_failures": self.failures,
                "seconds": round(self.seconds, 3)}


def ingest(paths: Iterable[str], store: Store, *, pipeline: Pipeline | None = None,
           on_progress: Callable[[str, Article | Skipped], None] | None = None,
           stdin: IO[bytes] | None = None) -> IngestReport:
    """Read articles from ``paths``, analyze them and store them; resumable and idempotent.

    Args:
        paths: Files, directories, or ``-`` for standard input (any supported format).
        store: The open store to write to.
        pipeline: Analysis to run on each new article (``None``: store without analysis).
        on_progress: Called with ``("added"|"duplicate"|"skipped", item)`` for every input item.
        stdin: The stream ``-`` reads (defaults to the process's standard input).

    Returns:
        Counts of ingested and duplicate articles and every skipped input with its reason.
    """
    report = IngestReport()
    started = time.perf_counter()
    batch: list[Article] = []
    batch_started = time.monotonic()
    seen_in_batch: set[str] = set()

    def flush() -> None:
        nonlocal batch, batch_started
        if batch:
            with store.transaction():
                for art in batch:
                    result = store.add(art)
                    if result.status == "conflict":
                        report.skipped.append(Skipped(art.source or art.id or "?", result.reason or "conflict"))
                        report.ingested -= 1
            batch = []
        seen_in_batch.clear()
        batch_started = time.monotonic()

    def notify(kind: str, item) -> None:
        if on_progress:
            on_progress(kind, item)

    try:
        for item in read_paths(paths, stdin=stdin):
            if isinstance(item, Skipped):
                report.skipped.append(item)
                notify("skipped", item)
                continue
            digest = item.content_hash()
            if digest in seen_in_batch or store.conn.execute(
                "SELECT 1 FROM articles WHERE hash = ?", (digest,)
            ).fetchone():
                report.duplicates += 1
                notify("duplicate", item)
                continue
            if pipeline is not None:
                item = pipeline(item)
            item.ensure_id()
            batch.append(item)
            seen_in_batch.add(digest)
            report.ingested += 1
            notify("added", item)
            if len(batch) >= BATCH_SIZE or time.monotonic() - batch_started > BATCH_SECONDS:
                flush()
        flush()
    except sqlite3.Error as exc:  # disk full, lock held too long...: what is committed stays
        raise StoreError(f"{store.path}: writing failed after {report.ingested} new articles ({exc});"
                         " re-run the same command to resume") from exc
    finally:
        report.seconds = time.perf_counter() - started
        if pipeline is not None:
            report.failures = [f"{f.article}: {f.component}: {f.error}" for f in pipeline.failures]
    return report


def analyze(paths: Iterable[str], *, pipeline: Pipeline, stdin: IO[bytes] | None = None,
            on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Article]:
    """Read and analyze articles without storing them, in input order.

    Args:
        paths: Files, directories, or ``-``.
        pipeline: The analysis to run.
        stdin: The stream ``-`` reads.
        on_skip: Called for every input that could not be read.
    """
    for item in read_paths(paths, stdin=stdin):
        if isinstance(item, Skipped):
            if on_skip:
                on_skip(item)
            continue
        item = pipeline(item)
        item.ensure_id()
        yield item


EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson", "plover")


def export(store: Store, out: str | Path | IO[str], *, fmt: str = "jsonl", outlet: str | None = None,
           date_from: str | None = None, date_to: str | None = None, limit: int | None = None,
           per: str = "mention", strict: bool = False) -> int:
    """Write stored articles as JSONL, CSV (layers as JSON strings), Parquet; their places as GeoJSON;
    or their events as PLOVER JSONL records.

    Args:
        store: The open store.
        out: A path, or a text stream for jsonl/csv (``parquet`` needs a path).
        fmt: One of :data:`EXPORT_FORMATS`.
        per: For geojson: one Feature per place ``mention`` or per distinct ``place`` (with article ids).
        strict: For plover: only the events that pass the stricter OEDA operating point of the report filter.

    Returns:
        The number of articles (jsonl, csv, parquet), features (geojson) or events (plover) written.

    Raises:
        StoreError: Unknown format, parquet without a path or without pyarrow, or ``strict`` with a format
            other than plover.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose from: {', '.join(EXPORT_FORMATS)}")
    if strict and fmt != "plover":
        raise StoreError(f"--strict selects PLOVER events; it does not apply to --format {fmt}")
    articles = store.iter_articles(outlet=outlet, date_from=date_from, date_to=date_to, limit=limit)
    if fmt == "parquet":
        return _export_parquet(articles, out)
    stream, close = (open(out, "w", encoding="utf-8", newline=""), True) if isinstance(out, (str, Path)) else (out, False)
    n = 0
    try:
        if fmt == "geojson":
            n = _export_geojson(articles, stream, per)
        elif fmt == "plover":
            from rasd.analyze.components.events import to_plover_records

            for art in articles:
                for rec in to_plover_records(art.to_record(), strict=strict):
                    stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
        elif fmt == "jsonl":
            for art in articles:
                stream.write(json.dumps(art.to_record(), ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = csv.writer(stream)
            writer.writerow(RECORD_KEYS)
            for art in articles:
                rec = art.to_record()
                writer.writerow([json.dumps(rec[k], ensure_ascii=False) if k in LAYERS else rec[k] for k in RECORD_KEYS])
                n += 1
    finally:
        if close:
            stream.close()
    return n


def _export_geojson(articles: Iterable[Article], stream: IO[str], per: str) -> int:
    from rasd.analyze.components.places import to_geojson_features

    if per not in ("mention", "place"):
        raise StoreError(f"unknown --per {per!r}; choose from: mention, place")
    features: list[dict] = []
    by_place: dict[tuple, dict] = {}
    for art in articles:
        record = art.to_record()
        for feature in to_geojson_features(record):
            props = feature["properties"]
            props.update({"outlet": art.outlet, "url": art.url, "published": art.published})
            if per == "mention":
                features.append(feature)
                continue
            key = (props["name"], props["country"], *feature["geometry"]["coordinates"])
            place = by_place.setdefault(key, {
                "type": "Feature", "geometry": feature["geometry"],
                "properties": {"name": props["name"], "country": props["country"], "kind": props["kind"],
                               "mentions": 0, "articles": []},
            })
            place["properties"]["mentions"] += 1
            if art.id not in place["properties"]["articles"]:
                place["properties"]["articles"].append(art.id)
    if per == "place":
        features = sorted(by_place.values(), key=lambda f: -f["properties"]["mentions"])
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)


def _export_parquet(articles: Iterable[Article], out) -> int:
    if not isinstance(out, (str, Path)):
        raise StoreError("parquet export needs an output file: use --output FILE.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("parquet export needs pyarrow: pip install 'rasd[parquet]'") from None
    schema = pa.schema([(k, pa.string()) for k in RECORD_KEYS])
    n = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        chunk: list[dict] = []
        for art in articles:
            rec = art.to_record()
            chunk.append({k: json.dumps(rec[k], ensure_ascii=False) if k in LAYERS else rec[k] for k in RECORD_KEYS})
            n += 1
            if len(chunk) >= 1000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return n


def records_to_jsonl(articles: Iterable[Article]) -> str:
    """Articles as JSONL text (one contract record a line)."""
    buf = io.StringIO()
    for art in articles:
        buf.write(json.dumps(art.to_record(), ensure_ascii=False) + "\n")
    return buf.getvalue()
