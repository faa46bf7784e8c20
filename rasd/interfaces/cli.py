"""The ``rasd`` command line: a thin layer over :mod:`rasd.core` and :mod:`rasd.store`.

Each command parses and validates its options, calls one library function, and turns
:class:`rasd.errors.RasdError` into a one-line message and exit code 2. Exit code 1 means the
command ran but skipped some input.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from rasd import config
from rasd.errors import RasdError

app = typer.Typer(
    help="Rasd (رصد): Arabic news articles into structured, searchable, source-attributed data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


class ListFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"
    plover = "plover"


DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLite store file (default: config `db` or $RASD_DB, else rasd.db).")]
FormatOption = Annotated[ListFormat, typer.Option("--format", help="table (for people) or jsonl (one JSON object a line).")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, help="Most rows to list.")]
ErrorsOption = Annotated[bool, typer.Option(
    "--errors", help="Also list every difference: what the gold file has and the other side lacks, and the reverse.")]
AgainstOption = Annotated[Optional[Path], typer.Option(
    "--against", help="Another annotation of the same articles (JSONL) to score instead of Rasd: two annotators' agreement.")]


def _fail(exc: Exception) -> None:
    err.print(f"[red]error:[/red] {exc}", highlight=False, markup=True)
    raise typer.Exit(2)


def _db(db: str | None) -> str:
    return db or config.default_db()


def _open(db: str | None, *, readonly: bool = True):
    from rasd.store.db import Store

    return Store(_db(db), readonly=readonly)


def _pipeline(only: str | None, disable: str | None, analyze: bool = True):
    if not analyze:
        return None
    from rasd.analyze.pipeline import Pipeline

    names = [n.strip() for n in only.split(",") if n.strip()] if only else None
    off = [n.strip() for n in disable.split(",") if n.strip()] if disable else []
    return Pipeline(only=names, disable=off)


def _print_jsonl(rows) -> None:
    for row in rows:
        out.out(json.dumps(row, ensure_ascii=False), highlight=False)


def _ingest_with_progress(paths: list[str], store, pipeline, *, quiet: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from rasd.core import ingest

    counts = {"added": 0, "duplicate": 0, "skipped": 0}
    if quiet:  # no progress bar, but every skipped input is still named, one line each
        def on_skipped(kind, item):
            if kind == "skipped":
                err.print(f"[yellow]skipped[/yellow] {_esc(str(item))}", highlight=False)

        return ingest(paths, store, pipeline=pipeline, on_progress=on_skipped)
    with Progress(SpinnerColumn(), TextColumn("[bold]ingesting[/bold]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[detail]}"), TimeElapsedColumn(), console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=None, detail="")

        def on_progress(kind, item):
            counts[kind] += 1
            if kind == "skipped":
                progress.console.print(f"[yellow]skipped[/yellow] {_esc(str(item))}", highlight=False)
            progress.update(task, advance=1, detail=f"new {counts['added']} · dup {counts['duplicate']} · skipped {counts['skipped']}")

        report = ingest(paths, store, pipeline=pipeline, on_progress=on_progress)
        progress.update(task, total=sum(counts.values()))
    return report


def _print_report(report) -> None:
    err.print(
        f"ingested {report.ingested}, duplicates {report.duplicates}, skipped {len(report.skipped)}"
        f" in {report.seconds:.1f}s", highlight=False,
    )
    if report.skipped:
        reasons: dict[str, int] = {}
        for s in report.skipped:
            reasons[s.reason.split(":")[0]] = reasons.get(s.reason.split(":")[0], 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            err.print(f"  skipped {n} × {reason}", highlight=False)
    if report.failures:
        grouped: dict[str, list[str]] = {}
        for failure in report.failures:
            where, _, what = failure.partition(": ")
            grouped.setdefault(what, []).append(where)
        for what, wheres in grouped.items():
            err.print(f"[yellow]component failed on {len(wheres)} article(s)[/yellow] (first: {wheres[0]}): {what}",
                      highlight=False)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (text, HTML, RSS/Atom, WARC, JSON/JSONL, CSV, zip, gz), or - for stdin.")],
    db: DbOption = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Run the analysis pipeline on new articles.")] = True,
    only: Annotated[Optional[str], typer.Option("--only", help="Comma-separated components to run (e.g. entities,places).")] = None,
    disable: Annotated[Optional[str], typer.Option("--disable", help="Comma-separated components to leave out.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles into the store. Resumable: re-running skips what is stored already.

    Exit code 0 when everything was read, 1 when some input was skipped (each one is named), 2 on error.
    """
    try:
        pipeline = _pipeline(only, disable, analyze)
        with _open(db, readonly=False) as store:
            report = _ingest_with_progress(paths, store, pipeline, quiet=quiet)
    except RasdError as exc:
        _fail(exc)
    _print_report(report)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files or folders in any supported format, or - for stdin.")],
    fmt: Annotated[ListFormat, typer.Option("--format", help="jsonl: one contract record a line; table: a summary row each.")] = ListFormat.jsonl,
    only: Annotated[Optional[str], typer.Option("--only", help="Comma-separated components to run.")] = None,
    disable: Annotated[Optional[str], typer.Option("--disable", help="Comma-separated components to leave out.")] = None,
) -> None:
    """Analyze articles and print their records (nothing is stored). See docs/output.md."""
    from rasd.core import analyze as run

    skipped = []

    def on_skip(s):
        skipped.append(s)
        err.print(f"[yellow]skipped[/yellow] {s}", highlight=False)

    try:
        pipeline = _pipeline(only, disable)
        records = (a.to_record() for a in run(paths, pipeline=pipeline, on_skip=on_skip))
        if fmt == ListFormat.jsonl:
            _print_jsonl(records)
        else:
            table = Table("id", "outlet", "published", "title", "entities", "places", "claims", "events")
            for r in records:
                table.add_row(r["id"], r["outlet"] or "", r["published"] or "", (r["title"] or "")[:60],
                              *(str(len(r[k])) for k in ("entities", "places", "claims", "events")))
            out.print(table)
    except RasdError as exc:
        _fail(exc)
    if skipped:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words (all must match), "a phrase", OR, -excluded. Arabic-aware: العراق finds والعراق.')],
    db: DbOption = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Only this outlet.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Published on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Published on or before YYYY-MM-DD.")] = None,
    limit: LimitOption = 20,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Full-text search over titles and bodies, ranked, with highlighted snippets."""
    from rasd.store.search import search as run

    try:
        with _open(db) as store:
            hits = run(store, query, outlet=outlet, date_from=date_from, date_to=date_to, limit=limit)
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl(h.to_dict() for h in hits)
        return
    table = Table("score", "id", "published", "outlet", "title / snippet", show_lines=True)
    for h in hits:
        snippet = h.snippet.replace("[", "\\[").replace("<mark>", "[bold yellow]").replace("</mark>", "[/bold yellow]")
        table.add_row(f"{h.score:.2f}", h.id, h.published or "", h.outlet or "", f"[bold]{_esc(h.title)}[/bold]\n{snippet}")
    out.print(table)
    err.print(f"{len(hits)} hit(s)")


def _esc(value: str | None) -> str:
    return (value or "").replace("[", "\\[")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix of 6+ characters).")],
    db: DbOption = None,
) -> None:
    """Print one stored article's full record as JSON."""
    try:
        with _open(db) as store:
            article = store.get(article_id)
    except RasdError as exc:
        _fail(exc)
    if article is None:
        _fail(RasdError(f"no article with id {article_id!r} (find ids with `rasd search` or `rasd export`)"))
    out.out(json.dumps(article.to_record(), ensure_ascii=False, indent=2), highlight=False)


@app.command()
def stats(db: DbOption = None, limit: LimitOption = 20, fmt: FormatOption = ListFormat.table) -> None:
    """Counts per outlet, per publication date, per genre and per analysis layer."""
    try:
        with _open(db) as store:
            s = store.stats()
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl([{"articles": s["articles"], "layers": s["layers"], "genres": {r["genre"]: r["articles"] for r in s["genres"]}}]
                     + [{"outlet": r["outlet"], "articles": r["articles"], "first": r["first"], "last": r["last"]} for r in s["outlets"][:limit]]
                     + [{"published": r["published"], "articles": r["articles"]} for r in s["dates"][:limit]])
        return
    print_stats(s, limit)


def print_stats(s: dict, limit: int) -> None:
    """Render store statistics as tables."""
    out.print(f"[bold]{s['articles']}[/bold] articles; layers filled: "
              + (", ".join(f"{k} {v}" for k, v in s["layers"].items()) or "none"))
    out.print("genre: " + ", ".join(f"{r['genre']} {r['articles']}" for r in s["genres"]))
    t = Table("outlet", "articles", "first", "last", title="per outlet")
    for r in s["outlets"][:limit]:
        t.add_row(r["outlet"], str(r["articles"]), r["first"] or "", r["last"] or "")
    out.print(t)
    t = Table("published", "articles", title="per date")
    for r in s["dates"][:limit]:
        t.add_row(r["published"], str(r["articles"]))
    out.print(t)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv, parquet; geojson (places layer); plover (events as PLOVER JSONL).")] = ExportFormat.jsonl,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Output file (default: stdout; parquet needs a file).")] = None,
    db: DbOption = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Only this outlet.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Published on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Published on or before YYYY-MM-DD.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Most articles to write.")] = None,
    per: Annotated[str, typer.Option("--per", help="geojson: one feature per place `mention`, or per `place` with article ids.")] = "mention",
    strict: Annotated[bool, typer.Option("--strict", help="plover: only events that pass the stricter OEDA operating point of the report filter (ASSAULT, PROTEST).")] = False,
) -> None:
    """Write stored articles (full records) as JSONL, CSV or Parquet, their places as GeoJSON, or their events as PLOVER JSONL."""
    from rasd.core import export as run

    try:
        with _open(db) as store:
            n = run(store, output or sys.stdout, fmt=fmt.value, outlet=outlet, date_from=date_from, date_to=date_to,
                    limit=limit, per=per, strict=strict)
    except RasdError as exc:
        _fail(exc)
    what = {ExportFormat.geojson: "feature(s)", ExportFormat.plover: "event(s)"}.get(fmt, "article(s)")
    err.print(f"exported {n} {what}" + (f" to {output}" if output else ""))


@app.command()
def ner(
    conll: Annotated[Path, typer.Option("--conll", help="CoNLL input: `token [tag]` per line, blank line between sentences.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Tag a CoNLL file: writes `token PREDICTED_TAG` lines (IOB2, PER/ORG/LOC/MISC), same sentence breaks.

    A gold tag column in the input is allowed and ignored, so the output can be scored with conlleval.
    """
    from rasd.analyze import ner as nerlib

    try:
        sentences = _read_conll(conll)
        # the file is tagged as one text: names found in one sentence help the others (as in training)
        tags = nerlib.tag_sentences([[tok for tok, _ in sent] for sent in sentences])
        if output:
            nerlib.write_conll(sentences, tags, output)
        else:
            nerlib.write_conll(sentences, tags, sys.stdout)
    except BrokenPipeError:
        raise
    except (RasdError, OSError) as exc:
        _fail(exc)


def _read_conll(path: Path):
    from rasd.analyze import ner as nerlib

    try:
        return nerlib.read_conll(path)
    except UnicodeDecodeError as exc:
        raise RasdError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except FileNotFoundError:
        raise RasdError(f"{path}: no such file") from None


evaluate_app = typer.Typer(help="Score Rasd against gold annotations.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("ner")
def evaluate_ner(
    conll: Annotated[Path, typer.Argument(help="CoNLL file with a gold tag in the last column.")],
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Per-label and micro precision/recall/F1 (CoNLL exact match) of the shipped NER model on FILE."""
    from rasd.analyze import ner as nerlib

    try:
        sentences = _read_conll(conll)
        if not sentences or any(gold is None for sent in sentences for _, gold in sent):
            raise RasdError(f"{conll}: every token line needs a gold tag column (`token TAG`)")
        predicted = nerlib.tag_sentences([[tok for tok, _ in sent] for sent in sentences])
        scores = nerlib.evaluate([[g for _, g in sent] for sent in sentences], predicted)
    except (RasdError, ValueError) as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl({"label": label, **vals} for label, vals in scores.items())
        return
    table = Table("label", "precision", "recall", "F1", "gold entities", title=f"NER on {conll}")
    for label, v in scores.items():
        table.add_row(label, f"{v['precision']:.4f}", f"{v['recall']:.4f}", f"{v['f1']:.4f}", str(v["support"]))
    out.print(table)


@evaluate_app.command("places")
def evaluate_places(
    gold: Annotated[Path, typer.Argument(help="JSONL toponym gold: {text, outlet?, gold: [{start, end, lat, lon}]} a line.")],
    no_entities: Annotated[bool, typer.Option("--no-entities", help="Gazetteer and rules alone (as the test gates), without the NER layer.")] = False,
    tolerance: Annotated[float, typer.Option("--tolerance-km", min=0.0, help="A resolved point within this distance of the gold point is right.")] = 161.0,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Toponym recall and precision (overlap + within 161 km) of the places layer on a gold FILE."""
    from rasd.analyze import evaluate as ev

    try:
        score = ev.score_places(ev.read_place_gold(gold), with_entities=not no_entities, tolerance_km=tolerance)
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl([{"file": str(gold), **vars(score)}])
        return
    table = Table("recall", "precision", "gold mentions", "found", "resolved mentions", "right",
                  title=f"places on {gold} (within {tolerance:g} km)")
    table.add_row(f"{score.recall:.4f}", f"{score.precision:.4f}", str(score.gold), str(score.found),
                  str(score.predicted), str(score.right))
    out.print(table)


@evaluate_app.command("events")
def evaluate_events(
    gold: Annotated[Path, typer.Argument(help="OEDA event-detection CSV (id, event_type, label, accept, reject, total, text), "
                                              "or article-level event gold JSONL ({text, date, events: [...]} a line).")],
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this event type (default: every type in the file).")] = None,
    date: Annotated[str, typer.Option("--date", help="Article date the sentences are dated against (YYYY-MM-DD).")] = "2007-01-01",
    against: AgainstOption = None,
    errors: ErrorsOption = False,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Sentence-detection precision/recall/F1 of the events layer on OEDA gold FILE ("yes" vs "no"),
    with the F1 against the majority vote, the expected F1 of one annotator of the pool and the F1 on the rows
    three annotators judged; or, on a
    .jsonl FILE of annotated articles, event detection per type with actor, recipient, location and flag
    agreement (with --against, of another annotation of the same articles instead of the layer; --errors lists
    the units missed and the extra events, with their words)."""
    from rasd.analyze import evaluate as ev
    from rasd.ingest.dates import parse_date

    if (against is not None or errors) and gold.suffix != ".jsonl":
        _fail(RasdError("--against and --errors score annotated articles: FILE must be a .jsonl file"))
    if gold.suffix == ".jsonl":
        differences: list[dict] | None = [] if errors else None
        try:
            records = ev.read_article_event_gold(gold)
            events_of = None
            if against is not None:
                events_of = ev.annotation_lookup(gold, records, ev.read_article_event_gold(against), against, "events")
            scores_a = ev.score_article_events(records, events_of, differences)
        except RasdError as exc:
            _fail(exc)
        if event_type is not None:
            scores_a = [s for s in scores_a if s.event_type == event_type.upper()]
            differences = [d for d in differences or [] if d["event"] == event_type.upper()] if errors else None
        if fmt == ListFormat.jsonl:
            _print_jsonl({"file": str(gold), **vars(s)} for s in scores_a)
            _print_jsonl({"file": str(gold), **d} for d in differences or [])
            return
        table = Table("type", "gold", "pred", "P", "R", "F1", "actor", "actor P", "recipient", "recipient P",
                      "location", "flags", title=f"events on {gold}",
                      caption="units: (type, sentence); actor/recipient/location: share of found units whose gold span "
                              "one of ours overlaps (n = found units with that gold span); actor P / recipient P: "
                              "share of our actors / recipients of found units that overlap a gold one (n = ours); "
                              "flags: share agreeing")
        for s in scores_a:
            table.add_row(s.event_type, str(s.gold), str(s.predicted), f"{s.precision:.3f}", f"{s.recall:.3f}",
                          f"{s.f1:.3f}", f"{s.actor:.3f} (n={s.with_actor})", f"{s.actor_precision:.3f} (n={s.our_actors})",
                          f"{s.recipient:.3f} (n={s.with_recipient})",
                          f"{s.recipient_precision:.3f} (n={s.our_recipients})",
                          f"{s.location:.3f} (n={s.with_location})", f"{s.flags:.3f}")
        out.print(table)
        if differences is not None:
            _print_differences(differences, ("event", "trigger"), against)
        return
    try:
        if parse_date(date) != date:
            raise RasdError(f"--date {date!r}: expected YYYY-MM-DD")
        rows = ev.read_event_gold(gold)
        types = sorted({r["type"] for r in rows})
        if event_type is not None:
            if event_type.upper() not in types:
                raise RasdError(f"--type {event_type!r}: the file has {', '.join(types)}")
            types = [event_type.upper()]
        scores = [ev.score_event_detection(rows, t, date) for t in types]
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl({"file": str(gold), **vars(s)} for s in scores)
        return
    table = Table("type", "n", "yes", "pred", "P", "R", "F1", "F1 maj", "F1 1-ann", "F1 3-panel",
                  title=f"event detection on {gold}",
                  caption="F1 maj: against the majority vote; F1 1-ann: expected F1 of one annotator of the pool; "
                          "F1 3-panel: on the n rows judged by exactly three annotators")
    for s in scores:
        table.add_row(s.event_type, str(s.sentences), str(s.gold), str(s.predicted), f"{s.precision:.4f}",
                      f"{s.recall:.4f}", f"{s.f1:.4f}", f"{s.majority_f1:.4f}", f"{s.annotator_f1:.4f}",
                      f"{s.panel3_f1:.4f} (n={s.panel3_sentences})")
    out.print(table)


def _print_differences(differences: list[dict], fields: tuple[str, ...], against: Optional[Path]) -> None:
    """The --errors table of ``rasd evaluate claims|events``: one row per difference, in record order; ``fields``
    are the difference's own columns (strings, or spans shown by their text)."""
    other = "OTHER" if against else "Rasd"
    table = Table("record", "id", "kind", *fields, "context", title=f"{len(differences)} differences",
                  caption=f"missed: in FILE, not in {other}; extra: in {other}, not in FILE")
    for d in differences:
        cells = [d.get(f) if isinstance(d.get(f), str) else (d.get(f) or {}).get("text", "") for f in fields]
        table.add_row(str(d["record"]), str(d.get("id") or ""), d["kind"], *cells, d["context"])
    out.print(table)


@evaluate_app.command("claims")
def evaluate_claims(
    gold: Annotated[Path, typer.Argument(help="Claims gold JSONL ({text, claims: [{cue, speaker, content, direct, "
                                              "speaker_named}]} a line, spans {start, end, text}).")],
    against: AgainstOption = None,
    errors: ErrorsOption = False,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Cue + speaker precision/recall/F1 of the claims layer on FILE (a claim is found when our cue overlaps its
    cue and our speaker its speaker, or both are null), with the agreement of the found claims' direct, named
    and content; with --against, of another annotation of the same articles instead of the layer. --errors
    lists the claims missed and the extra ones, with their words."""
    from rasd.analyze import evaluate as ev

    differences: list[dict] | None = [] if errors else None
    try:
        records = ev.read_claims_gold(gold)
        claims_of = None
        if against is not None:
            claims_of = ev.annotation_lookup(gold, records, ev.read_claims_gold(against), against, "claims")
        score = ev.score_claims(records, claims_of, differences)
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl([{"file": str(gold), "against": str(against) if against else None, **vars(score)}])
        _print_jsonl({"file": str(gold), **d} for d in differences or [])
        return
    table = Table("gold", "pred", "matched", "P", "R", "F1", "direct", "named", "content",
                  title=f"claims on {gold}" + (f" against {against}" if against else ""),
                  caption="matched: cue and speaker overlap (or both speakers null); direct / named / content: share "
                          "of the matched claims that agree (contents: overlap)")
    table.add_row(str(score.gold), str(score.predicted), str(score.matched), f"{score.precision:.3f}",
                  f"{score.recall:.3f}", f"{score.f1:.3f}", f"{score.direct:.3f}", f"{score.named:.3f}",
                  f"{score.content:.3f}")
    out.print(table)
    if differences is not None:
        _print_differences(differences, ("cue", "speaker"), against)


@app.command()
def entities(
    db: DbOption = None,
    label: Annotated[Optional[str], typer.Option("--label", help="Only PER, ORG, LOC or MISC.")] = None,
    limit: LimitOption = 20,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Top canonical entities in the store, with mention and article counts."""
    from rasd.store.db import top_items

    try:
        with _open(db) as store:
            rows = top_items(store, "entities", key=lambda e: (e.get("canonical") or e["text"], e.get("label")),
                             where=lambda e: label is None or e.get("label") == label.upper())
    except RasdError as exc:
        _fail(exc)
    rows = rows[:limit]
    if fmt == ListFormat.jsonl:
        _print_jsonl({"canonical": k[0], "label": k[1], "mentions": m, "articles": a} for k, m, a in rows)
        return
    table = Table("canonical", "label", "mentions", "articles", title="top entities")
    for (name, lab), m, a in rows:
        table.add_row(name, lab or "", str(m), str(a))
    out.print(table)


@app.command()
def places(
    db: DbOption = None,
    country: Annotated[Optional[str], typer.Option("--country", help="Only places in this ISO country code (e.g. SY).")] = None,
    limit: LimitOption = 20,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Top resolved places in the store, with mention/article counts and coordinates."""
    from rasd.store.db import top_items

    def key(p):
        return (p.get("name"), p.get("country"), p.get("kind"), p.get("lat"), p.get("lon"), p.get("geonameid"))

    try:
        with _open(db) as store:
            rows = top_items(store, "places", key=key,
                             where=lambda p: not p.get("unresolved") and (country is None or p.get("country") == country.upper()))
    except RasdError as exc:
        _fail(exc)
    rows = rows[:limit]
    if fmt == ListFormat.jsonl:
        _print_jsonl({"name": k[0], "country": k[1], "kind": k[2], "lat": k[3], "lon": k[4], "geonameid": k[5],
                      "mentions": m, "articles": a} for k, m, a in rows)
        return
    table = Table("place", "country", "kind", "lat", "lon", "mentions", "articles", title="top places")
    for (name, cc, kind, lat, lon, _), m, a in rows:
        table.add_row(name or "", cc or "", kind or "", f"{lat:.2f}", f"{lon:.2f}", str(m), str(a))
    out.print(table)


def _matches_name(query: str | None, *names: str | None) -> bool:
    """Whether a user's name (Arabic, any clitics/diacritics, or English) matches one of ``names``."""
    if query is None:
        return True
    from rasd.analyze.arabic import index_text

    want = index_text(query)
    return any(name and (index_text(name) == want or want in index_text(name)) for name in names)


@app.command()
def claims(
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only claims whose speaker (or its entity) contains this name.")] = None,
    anonymous: Annotated[bool, typer.Option("--anonymous", help="Only claims from unnamed sources (مصادر، تقارير ...).")] = False,
    limit: LimitOption = 20,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Attributed statements found in the store: who said what, with the cue and the sentence."""
    rows = []
    try:
        with _open(db) as store:
            for article_id, c in store.layer_items("claims"):
                spk = (c.get("speaker") or {}).get("text")
                ref = (c.get("speaker_ref") or {}).get("text")
                if anonymous and c.get("speaker_named"):
                    continue
                if speaker and not _matches_name(speaker, spk, ref, c.get("speaker_entity")):
                    continue
                rows.append({"article": article_id, "speaker": spk, "speaker_ref": ref,
                             "speaker_entity": c.get("speaker_entity"),
                             "speaker_named": c.get("speaker_named"), "cue": c["cue"]["text"],
                             "content": c["content"]["text"] if c.get("content") else None, "direct": c.get("direct")})
                if len(rows) >= limit:
                    break
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl(rows)
        return
    table = Table("article", "speaker", "cue", "content", show_lines=True, title="claims")
    for r in rows:
        who = r["speaker"] or (f"({r['speaker_ref']})" if r["speaker_ref"] else "(no speaker)")
        table.add_row(r["article"], _esc(who) + ("" if r["speaker_named"] else " [dim](anonymous)[/dim]"), _esc(r["cue"]),
                      _esc(("«" + r["content"] + "»") if r["direct"] and r["content"] else r["content"]))
    out.print(table)


@app.command()
def events(
    db: DbOption = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this PLOVER event type (ASSAULT, PROTEST, MOBILIZE ...).")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Only events located at this place (Arabic or English name).")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Event date on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Event date on or before YYYY-MM-DD.")] = None,
    include_negated: Annotated[bool, typer.Option("--include-negated", help="Also list negated events.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Only events that pass the stricter OEDA operating point of the report filter (ASSAULT, PROTEST).")] = False,
    limit: LimitOption = 20,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """PLOVER events found in the store (who did what to whom, where, when), with their sentence."""
    from rasd.store.search import _check_date

    rows = []
    try:
        _check_date(date_from, "--from")
        _check_date(date_to, "--to")
        with _open(db) as store:
            for article_id, ev in store.layer_items("events"):
                loc = ev.get("location") or {}
                if event_type and ev.get("event") != event_type.upper():
                    continue
                if ev.get("negated") and not include_negated:
                    continue
                if strict and ev.get("strict") is False:
                    continue
                if place and not _matches_name(place, loc.get("text"), loc.get("name")):
                    continue
                if (date_from and (ev.get("date") or "") < date_from) or (date_to and (ev.get("date") or "9") > date_to):
                    continue
                rows.append({"article": article_id, "event": ev["event"], "mode": ev.get("mode") or [],
                             "date": ev.get("date"), "actor": [a.get("name") for a in ev.get("actor") or []],
                             "recipient": [a.get("name") for a in ev.get("recipient") or []],
                             "place": loc.get("name") or loc.get("text"),
                             "flags": [f for f in ("negated", "hypothetical", "historical") if ev.get(f)],
                             "strict": ev.get("strict", True), "sentence": ev["sentence"]["text"]})
                if len(rows) >= limit:
                    break
    except RasdError as exc:
        _fail(exc)
    if fmt == ListFormat.jsonl:
        _print_jsonl(rows)
        return
    table = Table("date", "event", "actor → recipient", "place", "sentence", show_lines=True, title="events")
    for r in rows:
        what = r["event"] + (f" ({', '.join(r['mode'])})" if r["mode"] else "") + "".join(f"\n[dim]{f}[/dim]" for f in r["flags"])
        who = ", ".join(filter(None, r["actor"])) or "?"
        whom = ", ".join(filter(None, r["recipient"])) or "?"
        table.add_row(r["date"] or "", what, _esc(f"{who} → {whom}"), _esc(r["place"]), _esc(r["sentence"]))
    out.print(table)


@app.command()
def demo(
    db: DbOption = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Run the analysis pipeline.")] = True,
) -> None:
    """The main job on the bundled sample: ingest + analyze it into the store, then summarize."""
    paths = [str(SAMPLES / "seed-article.txt"), str(SAMPLES / "saudinewsnet-sample.jsonl")]
    try:
        pipeline = _pipeline(None, None, analyze)
        with _open(db, readonly=False) as store:
            report = _ingest_with_progress(paths, store, pipeline, quiet=False)
            s = store.stats()
            seed = next(store.iter_articles(outlet="جريدة البناء", limit=1), None)
    except RasdError as exc:
        _fail(exc)
    _print_report(report)
    out.print(f"\nstore: {_db(db)}")
    print_stats(s, limit=20)
    if seed is not None:
        out.print("\n[bold]The seed article's record[/bold] (rasd show " + seed.id + "):")
        out.out(json.dumps(seed.to_record(), ensure_ascii=False, indent=2), highlight=False)
    out.print("\nTry: [bold]rasd search 'دير الزور' --db " + _db(db) + "[/bold]")
    if not report.ok:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:  # `rasd ner ... | head`: the reader left; not an error
        sys.stderr.close()
        raise SystemExit(0) from None


if __name__ == "__main__":
    main()
