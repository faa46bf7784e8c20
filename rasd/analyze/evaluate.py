"""Score the places, events and claims layers against gold files, so anyone can measure Rasd on their own sets.

* Toponyms (:func:`read_place_gold`, :func:`score_places`): JSONL records ``{text, outlet?, gold: [{start,
  end, lat, lon, ...}]}`` (the layout of ``tests/data/places/*.jsonl``). A gold mention is found when a
  resolved mention overlaps it and lies within :data:`TOLERANCE_KM` of its point; a resolved mention is
  right when it is so for some gold mention (recall and precision, micro-averaged over mentions).
* Event sentences (:func:`read_event_gold`, :func:`score_event_detection`): the CSV of the Open Event Data
  Alliance Arabic gold (``arabic_event_gsr``: ``id, event_type, label, accept, reject, total, text``). A
  sentence is predicted positive when it has a *plain* event of the type (not negated, hypothetical or
  historical) that is ``strict`` (it passes the OEDA operating point of the report filter, see
  :func:`rasd.analyze.components.events.find_events`); gold is ``label == "yes"`` (every annotator
  accepted), ``ambiguous`` rows are left out.
  Two reference figures come with it, computed from the votes alone: the F1 against the majority vote
  (``accept > reject``), and the expected F1 of one annotator of the pool scored like the system (a
  "difficult no" row counts as that annotator's false positive with probability accept/total), an upper
  reference for any system scored against the unanimous label. A third, the F1 on the rows judged by exactly
  three annotators (most rows): in the OEDA dev files a row judged by four or more is rarely "yes" (on the half
  Rasd is tuned on, 8 of 188 such rows against 93 of 1,049 three-annotator rows; for ASSAULT most of them are
  "difficult no" with two votes of four), so the plain attack reports among them weigh on precision whatever the
  system.
* Events in whole articles (:func:`read_article_event_gold`, :func:`score_article_events`): JSONL records
  ``{text, date?, url?, title?, events: [{event, sentence, actor?, recipient?, location?, negated, hypothetical,
  historical}]}`` with spans ``{start, end, text}`` (the layout of ``tests/data/events/*.jsonl``; the URL and title
  help the genre layer tell an opinion piece, whose stances are no events). The
  layer gives one event per sentence, category and flags, so both sides are compared as (type, sentence)
  units: a unit is found when the layer has an event of the type in an overlapping sentence. Over the
  found units, the share whose gold actor / recipient / location span is overlapped by one of the layer's,
  and whose flags agree.
* Claims (:func:`read_claims_gold`, :func:`score_claims`): JSONL records ``{text, claims: [{cue, speaker,
  content, direct, speaker_named}]}`` with spans ``{start, end, text}`` and ``speaker`` possibly null (the layout
  of ``tests/data/claims/*.jsonl``). A gold claim is found when a claim of ours (each used once) has an
  overlapping cue and an overlapping speaker, or both speakers are null (cue + speaker F1, the issue's measure).

Either side of the events and claims scores may be another annotation of the same texts instead of the layers
(:func:`annotation_lookup`): two annotators' agreement, scored as the system is.
"""

from __future__ import annotations

import csv
import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.analyze.components.places import great_circle_km
from rasd.errors import RasdError

#: A mention is placed right within 161 km (100 miles), the usual toponym-resolution tolerance
#: (Leidner 2007; Gritta et al. 2018), as in Mordecai's published "accuracy within 161 km".
TOLERANCE_KM = 161.0
#: The OEDA sentences are 2006-2008 newswire: the article date their events are dated against (it decides
#: which years count as historical).
OEDA_DATE = "2007-01-01"


def place_hit(pred: dict[str, Any], gold: dict[str, Any], tolerance_km: float = TOLERANCE_KM) -> bool:
    """Whether a resolved mention overlaps a gold mention and lies within ``tolerance_km`` of its point."""
    return (pred["start"] < gold["end"] and gold["start"] < pred["end"]
            and great_circle_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= tolerance_km)


def _json_records(path: Path, field: str, need: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` of a JSONL gold file whose records have ``text`` (a string) and ``field``
    (a list); blank lines skipped.

    Raises:
        RasdError: naming the file and line of a line that is not JSON or a record without them (``need``
            says what a record needs), or naming the file when it is missing or not UTF-8.
    """
    for n, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RasdError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get(field), list):
            raise RasdError(f"{path}:{n}: {need}")
        yield n, rec


def read_place_gold(path: Path) -> list[dict[str, Any]]:
    """Toponym gold records from a JSONL file, checked: every gold span indexes its text exactly.

    Raises:
        RasdError: naming the file and line of a record that is not JSON, lacks ``text``/``gold``, or has
            a gold mention whose span or coordinates are off.
    """
    records = []
    for n, rec in _json_records(path, "gold", "a record needs `text` (string) and `gold` (list of mentions)"):
        for g in rec["gold"]:
            try:
                ok = (0 <= g["start"] < g["end"] <= len(rec["text"])
                      and rec["text"][g["start"]:g["end"]] == g.get("text", rec["text"][g["start"]:g["end"]])
                      and -90 <= float(g["lat"]) <= 90 and -180 <= float(g["lon"]) <= 180)
            except (KeyError, TypeError, ValueError):
                ok = False
            if not ok:
                raise RasdError(f"{path}:{n}: gold mention {g!r} needs start, end, lat, lon, and text == text[start:end]")
        records.append(rec)
    if not records:
        raise RasdError(f"{path}: no gold records")
    return records


@dataclass(frozen=True)
class PlaceScore:
    """Toponym recall and precision (see :func:`score_places`)."""

    recall: float
    precision: float
    gold: int
    found: int
    predicted: int
    right: int


def score_places(records: Iterable[dict[str, Any]], *, with_entities: bool = True,
                 tolerance_km: float = TOLERANCE_KM) -> PlaceScore:
    """Recall and precision of the places layer on gold records, end to end from the raw text.

    Args:
        records: Gold records (:func:`read_place_gold`); ``outlet``, when given, is the outlet prior.
        with_entities: Run the entities layer first, as ``rasd analyze`` does (else the gazetteer and
            rules alone, as the quality gates of ``tests/analyze/test_places*.py`` measure).
        tolerance_km: Distance within which a resolved point counts as right.
    """
    from rasd.analyze.components.entities import entities
    from rasd.analyze.components.places import resolve_text
    from rasd.article import Article

    n_gold = found = n_pred = right = 0
    for rec in records:
        ents = entities(Article(text=rec["text"])).entities if with_entities else None
        pred = [p for p in resolve_text(rec["text"], ents, rec.get("outlet")) if not p.get("unresolved")]
        gold = rec["gold"]
        n_gold += len(gold)
        found += sum(any(place_hit(p, g, tolerance_km) for p in pred) for g in gold)
        n_pred += len(pred)
        right += sum(any(place_hit(p, g, tolerance_km) for g in gold) for p in pred)
    return PlaceScore(recall=found / n_gold if n_gold else 0.0, precision=right / n_pred if n_pred else 0.0,
                      gold=n_gold, found=found, predicted=n_pred, right=right)


def read_event_gold(path: Path) -> list[dict[str, Any]]:
    """Rows of an OEDA event-detection CSV (``id, event_type, label, accept, reject, total, text``).

    Raises:
        RasdError: naming the file (and row) when a column is missing or a vote count is not a number.
    """
    need = {"id", "event_type", "label", "accept", "reject", "total", "text"}
    rows = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, strict=True)  # a truncated quoted field is an error, not a short text
            missing = need - set(reader.fieldnames or ())
            if missing:
                raise RasdError(f"{path}: missing column(s) {', '.join(sorted(missing))} (need {', '.join(sorted(need))})")
            for n, row in enumerate(reader, 1):
                try:
                    votes = int(row["accept"]), int(row["reject"]), int(row["total"])
                except (TypeError, ValueError):
                    raise RasdError(f"{path}#{n}: accept/reject/total must be whole numbers") from None
                rows.append({"id": row["id"], "type": row["event_type"], "label": row["label"],
                             "accept": votes[0], "reject": votes[1], "total": votes[2], "text": row["text"] or ""})
    except FileNotFoundError:
        raise RasdError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise RasdError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise RasdError(f"{path}: not CSV ({exc})") from None
    if not rows:
        raise RasdError(f"{path}: no rows")
    return rows


@dataclass(frozen=True)
class DetectionScore:
    """Sentence-detection scores of one event type (see :func:`score_event_detection`)."""

    event_type: str
    sentences: int
    gold: int
    predicted: int
    true_positives: int
    precision: float
    recall: float
    f1: float
    majority_f1: float
    annotator_f1: float
    #: the rows judged by exactly three annotators, and the F1 on them alone (see the module docstring)
    panel3_sentences: int = 0
    panel3_f1: float = 0.0


def _f1(tp: float, n_pred: float, n_gold: float) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0


def score_event_detection(rows: Iterable[dict[str, Any]], event_type: str,
                          published: str = OEDA_DATE) -> DetectionScore:
    """Sentence detection of ``event_type`` on OEDA rows (:func:`read_event_gold`), end to end.

    Each sentence runs through the entities, places and events layers; see the module docstring for the
    gold, the prediction and the two reference figures.
    """
    from rasd.analyze.components.entities import entities
    from rasd.analyze.components.events import find_events
    from rasd.analyze.components.places import places
    from rasd.article import Article

    n = tp = n_pred = n_gold = 0
    maj_tp = maj_pred = maj_gold = 0
    p3_n = p3_tp = p3_pred = p3_gold = 0
    ann_fp = 0.0
    for row in rows:
        if row["type"] != event_type or row["label"] == "ambiguous":
            continue
        art = places(entities(Article(text=row["text"])))
        pred = any(e["event"] == event_type and not (e["negated"] or e["hypothetical"] or e["historical"])
                   for e in find_events(row["text"], art.entities, art.places, published, strict_only=True))
        gold = row["label"] == "yes"
        majority = row["accept"] > row["reject"]
        n += 1
        tp += pred and gold
        n_pred += pred
        n_gold += gold
        maj_tp += pred and majority
        maj_pred += pred
        maj_gold += majority
        if not gold and row["total"]:
            ann_fp += row["accept"] / row["total"]
        if row["total"] == 3:
            p3_n += 1
            p3_tp += pred and gold
            p3_pred += pred
            p3_gold += gold
    return DetectionScore(
        event_type=event_type, sentences=n, gold=n_gold, predicted=n_pred, true_positives=tp,
        precision=tp / n_pred if n_pred else 0.0, recall=tp / n_gold if n_gold else 0.0,
        f1=_f1(tp, n_pred, n_gold), majority_f1=_f1(maj_tp, maj_pred, maj_gold),
        annotator_f1=_f1(n_gold, n_gold + ann_fp, n_gold), panel3_sentences=p3_n,
        panel3_f1=_f1(p3_tp, p3_pred, p3_gold))


def _lines(path: Path) -> Iterator[str]:
    try:
        with open(path, encoding="utf-8") as fh:
            yield from fh
    except FileNotFoundError:
        raise RasdError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise RasdError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_article_event_gold(path: Path) -> list[dict[str, Any]]:
    """Records of an article-level event gold JSONL file (see the module docstring).

    Raises:
        RasdError: naming the file and line when a line is not JSON, lacks ``text`` or ``events``, or a
            span does not index the text (``text[start:end]``).
    """
    records = []
    for n, rec in _json_records(path, "events", "a record needs text (a string) and events (a list)"):
        text = rec["text"]
        for k, ev in enumerate(rec["events"]):
            if not isinstance(ev, dict) or not isinstance(ev.get("event"), str) or not isinstance(ev.get("sentence"), dict):
                raise RasdError(f"{path}:{n}: event {k} needs event (a PLOVER type) and sentence (a span)")
            _check_spans(path, n, f"event {k}", text, ev, ("sentence", "trigger", "actor", "recipient", "location"))
        records.append(rec)
    if not records:
        raise RasdError(f"{path}: no records")
    return records


def _check_spans(path: Path, n: int, item: str, text: str, annotation: dict[str, Any], keys: tuple[str, ...]) -> None:
    """Raise a :class:`RasdError` naming the file, line and ``item`` when a span of ``annotation`` under one of
    ``keys`` (absent or null allowed) does not index ``text`` (``text[start:end] == span["text"]``)."""
    for key in keys:
        span = annotation.get(key)
        if span is None:
            continue
        try:
            ok = text[span["start"]:span["end"]] == span["text"]
        except (KeyError, TypeError):
            ok = False
        if not ok:
            raise RasdError(f"{path}:{n}: {item}: its {key} span does not index the text")


@dataclass(frozen=True)
class ArticleEventScore:
    """Article-level event scores of one event type, or of all (``event_type`` "ALL")."""

    event_type: str
    gold: int
    predicted: int
    found: int
    right: int
    precision: float
    recall: float
    f1: float
    actor: float
    recipient: float
    location: float
    flags: float
    with_actor: int
    with_recipient: int
    with_location: int
    actor_precision: float = 0.0
    recipient_precision: float = 0.0
    our_actors: int = 0
    our_recipients: int = 0


def _overlaps(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b) and a["start"] < b["end"] and b["start"] < a["end"]


def _flags(ev: dict[str, Any]) -> tuple[bool, bool, bool]:
    return bool(ev.get("negated")), bool(ev.get("hypothetical")), bool(ev.get("historical"))


class _SpanIndex:
    """Spans grouped by a key, for the positions (in input order) of those of a key that overlap a span."""

    def __init__(self, items: Iterable[tuple[str, dict[str, Any]]]):
        self._by: dict[str, tuple[list[int], list[tuple[int, int, int]], int]] = {}
        groups: dict[str, list[tuple[int, int, int]]] = {}
        for k, (key, span) in enumerate(items):
            groups.setdefault(key, []).append((span["start"], span["end"], k))
        for key, spans in groups.items():
            spans.sort()
            self._by[key] = ([st for st, _, _ in spans], spans, max(en - st for st, en, _ in spans))

    def overlapping(self, key: str, span: dict[str, Any]) -> list[int]:
        if key not in self._by:
            return []
        starts, spans, longest = self._by[key]
        lo, hi = bisect_left(starts, span["start"] - longest), bisect_left(starts, span["end"])
        return sorted(k for st, en, k in spans[lo:hi] if st < span["end"] and span["start"] < en)


def _context(text: str, span: dict[str, Any], width: int = 40) -> str:
    """The words around ``span`` on one line, for a person reading a list of differences."""
    return " ".join(text[max(0, span["start"] - width):span["end"] + width].split())


def _event_difference(n: int, rec: dict[str, Any], kind: str, ev: dict[str, Any]) -> dict[str, Any]:
    anchor = ev.get("trigger") or ev["sentence"]
    return {"record": n, "id": rec.get("id"), "kind": kind, "event": ev["event"], "trigger": ev.get("trigger"),
            "sentence": ev["sentence"], "context": _context(rec["text"], anchor)}


def score_article_events(records: Iterable[dict[str, Any]],
                         events_of: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None,
                         differences: list[dict[str, Any]] | None = None,
                         ) -> list[ArticleEventScore]:
    """Scores per event type (and over all types first) of the events layer on article-level gold, end to
    end from the raw text through the genre, entities, places and events layers (see the module docstring).

    ``events_of`` (a record -> its predicted events) replaces the pipeline run: the report filter's
    training script scores many thresholds on layers it computed once.
    ``differences``, when given, receives one dict per (type, sentence) unit the two sides do not share, in
    record order: ``{record, id, kind, event, trigger, sentence, context}`` with ``kind`` "missed" (a gold unit
    none of our events finds; its first event's trigger) or "extra" (an event of ours in no gold unit).
    """
    if events_of is None:
        from rasd.analyze.pipeline import Pipeline
        from rasd.article import Article

        run = Pipeline(only=["genre", "entities", "places", "events"])

        def events_of(rec: dict[str, Any]) -> list[dict[str, Any]]:
            # (the genre layer reads the URL and the title when the record has them: an opinion piece's stances are
            # no events)
            return run(Article(text=rec["text"], published=rec.get("date"), url=rec.get("url"),
                               title=rec.get("title"), outlet=rec.get("outlet"))).events

    keys = ("gold", "pred", "found", "right", "actor", "recipient", "location", "flags", "with_actor", "with_recipient",
            "with_location", "our_actor", "our_recipient", "right_actor", "right_recipient")
    tally: dict[str, dict[str, int]] = {"ALL": dict.fromkeys(keys, 0)}  # (articles with no event on either side: zeros)

    def bump(kind: str, key: str, by: int = 1) -> None:
        for t in (kind, "ALL"):
            tally.setdefault(t, dict.fromkeys(keys, 0))[key] += by

    for n, rec in enumerate(records, 1):
        pred = events_of(rec)
        units: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
        for ev in rec["events"]:
            units.setdefault((ev["event"], ev["sentence"]["start"], ev["sentence"]["end"]), []).append(ev)
        # only spans that overlap can match: each side looked up by type and start (a long article stays linear)
        pred_at = _SpanIndex((p["event"], p["sentence"]) for p in pred)
        unit_at = _SpanIndex((kind, {"start": s, "end": e}) for kind, s, e in units)
        for (kind, s, e), golds in units.items():
            sent = {"start": s, "end": e}
            bump(kind, "gold")
            mine = [pred[k] for k in pred_at.overlapping(kind, sent)]
            if not mine:
                if differences is not None:
                    differences.append(_event_difference(n, rec, "missed", golds[0]))
                continue
            bump(kind, "found")
            gold_flags = {_flags(g) for g in golds}
            bump(kind, "flags", int(any(_flags(p) in gold_flags for p in mine)))
            for side, field in (("actor", "actor"), ("recipient", "recipient")):
                spans = [g[side] for g in golds if g.get(side)]
                ours = [x["span"] for p in mine for x in p[field]]
                # precision: each of our participants of a found unit is right when it overlaps a gold one
                bump(kind, f"our_{side}", len(ours))
                bump(kind, f"right_{side}", sum(any(_overlaps(o, g) for g in spans) for o in ours))
                if spans:
                    bump(kind, f"with_{side}")
                    bump(kind, side, int(any(_overlaps(o, g) for o in ours for g in spans)))
            spans = [g["location"] for g in golds if g.get("location")]
            if spans:
                bump(kind, "with_location")
                bump(kind, "location", int(any(_overlaps(p.get("location"), g) for p in mine for g in spans)))
        for p in pred:
            bump(p["event"], "pred")
            right = bool(unit_at.overlapping(p["event"], p["sentence"]))
            bump(p["event"], "right", int(right))
            if differences is not None and not right:
                differences.append(_event_difference(n, rec, "extra", p))
    out = []
    for kind in ["ALL"] + sorted(t for t in tally if t != "ALL"):
        c = tally[kind]
        share = lambda key: c[key] / c[f"with_{key}"] if c[f"with_{key}"] else 0.0  # noqa: E731
        out.append(ArticleEventScore(
            event_type=kind, gold=c["gold"], predicted=c["pred"], found=c["found"], right=c["right"],
            precision=c["right"] / c["pred"] if c["pred"] else 0.0, recall=c["found"] / c["gold"] if c["gold"] else 0.0,
            f1=2 * c["right"] * c["found"] / (c["right"] * c["gold"] + c["found"] * c["pred"])
            if c["right"] and c["found"] else 0.0,
            actor=share("actor"), recipient=share("recipient"), location=share("location"),
            flags=c["flags"] / c["found"] if c["found"] else 0.0,
            with_actor=c["with_actor"], with_recipient=c["with_recipient"], with_location=c["with_location"],
            actor_precision=c["right_actor"] / c["our_actor"] if c["our_actor"] else 0.0,
            recipient_precision=c["right_recipient"] / c["our_recipient"] if c["our_recipient"] else 0.0,
            our_actors=c["our_actor"], our_recipients=c["our_recipient"]))
    return out


def read_claims_gold(path: Path) -> list[dict[str, Any]]:
    """Records of a claims gold JSONL file (see the module docstring).

    Raises:
        RasdError: naming the file and line when a line is not JSON, lacks ``text`` or ``claims``, a claim lacks
            its cue or a span does not index the text (``text[start:end]``).
    """
    records = []
    for n, rec in _json_records(path, "claims", "a record needs text (a string) and claims (a list)"):
        text = rec["text"]
        for k, claim in enumerate(rec["claims"]):
            if not isinstance(claim, dict) or not isinstance(claim.get("cue"), dict) or "speaker" not in claim:
                raise RasdError(f"{path}:{n}: claim {k} needs a cue (a span) and a speaker (a span or null)")
            _check_spans(path, n, f"claim {k}", text, claim, ("cue", "speaker", "content"))
        records.append(rec)
    if not records:
        raise RasdError(f"{path}: no records")
    return records


def claim_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The match rule of claims: the cues overlap, and the speakers overlap or both are null."""
    if not _overlaps(gold["cue"], pred["cue"]):
        return False
    if gold["speaker"] is None or pred["speaker"] is None:
        return gold["speaker"] is None and pred["speaker"] is None
    return _overlaps(gold["speaker"], pred["speaker"])


@dataclass(frozen=True)
class ClaimScore:
    """Cue + speaker scores of claims, with the agreement of the matched claims' other fields."""

    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    #: over the matched claims: the share whose ``direct`` / ``speaker_named`` agree, and whose contents overlap
    direct: float
    named: float
    content: float


def score_claims(records: Iterable[dict[str, Any]],
                 claims_of: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None,
                 differences: list[dict[str, Any]] | None = None) -> ClaimScore:
    """Cue + speaker precision, recall and F1 of the claims layer on gold records (micro-averaged over claims), end
    to end from the raw text through the entities and claims layers; ``claims_of`` (a record -> its claims)
    replaces the layers, e.g. by another annotation of the same texts (:func:`annotation_lookup`).

    ``differences``, when given, receives one dict per claim left unmatched, in record order: ``{record, id,
    kind, cue, speaker, context}`` with ``kind`` "missed" (a gold claim no claim of ours matches) or "extra" (a
    claim of ours that matches none), ``record`` the record's 1-based position."""
    if claims_of is None:
        from rasd.analyze.components.claims import find_claims
        from rasd.analyze.components.entities import entities
        from rasd.article import Article

        def claims_of(rec: dict[str, Any]) -> list[dict[str, Any]]:
            return find_claims(rec["text"], entities(Article(text=rec["text"])).entities)

    n_gold = n_pred = 0
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for n, rec in enumerate(records, 1):
        pred = claims_of(rec)
        used: set[int] = set()
        missed = []
        cue_at = _SpanIndex(("cue", p["cue"]) for p in pred)  # only claims whose cue overlaps can match
        for g in rec["claims"]:
            k = next((k for k in cue_at.overlapping("cue", g["cue"]) if k not in used and claim_matches(g, pred[k])),
                     None)
            if k is not None:
                used.add(k)
                pairs.append((g, pred[k]))
            else:
                missed.append(g)
        n_gold += len(rec["claims"])
        n_pred += len(pred)
        if differences is not None:
            extra = [p for k, p in enumerate(pred) if k not in used]
            for kind, claim in [("missed", c) for c in missed] + [("extra", c) for c in extra]:
                differences.append({"record": n, "id": rec.get("id"), "kind": kind, "cue": claim["cue"],
                                    "speaker": claim["speaker"], "context": _context(rec["text"], claim["cue"])})
    tp = len(pairs)
    share = (lambda test: sum(map(test, pairs)) / tp) if tp else (lambda test: 0.0)
    return ClaimScore(
        gold=n_gold, predicted=n_pred, matched=tp,
        precision=tp / n_pred if n_pred else 0.0, recall=tp / n_gold if n_gold else 0.0,
        f1=2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0,
        direct=share(lambda gp: bool(gp[0].get("direct")) == bool(gp[1].get("direct"))),
        named=share(lambda gp: gp[0].get("speaker_named") == gp[1].get("speaker_named")),
        content=share(lambda gp: _overlaps(gp[0].get("content"), gp[1].get("content"))))


def annotation_lookup(gold_path: Path, records: list[dict[str, Any]], other: list[dict[str, Any]], other_path: Path,
                      field: str) -> Callable[[dict[str, Any]], list[dict[str, Any]]]:
    """A ``claims_of`` / ``events_of`` that answers, for each record of ``records`` (read from ``gold_path``), the
    ``field`` list of the record of ``other`` (read from ``other_path``) with the same text: a second annotation
    of the same articles scored as the layers are. Annotated events become the layer's: one event per type,
    sentence and flags (as the layer gives them), with the participant lists of the events merged
    (``actor: [{span}, ...]``) and the first location.

    Raises:
        RasdError: naming the record (file and position) of ``records`` whose text ``other`` lacks.
    """
    by_text = {rec["text"]: rec[field] for rec in other}
    for n, rec in enumerate(records, 1):
        if rec["text"] not in by_text:
            raise RasdError(f"{gold_path}: record {n}: {other_path} has no record with the same text")

    def lookup(rec: dict[str, Any]) -> list[dict[str, Any]]:
        items = by_text[rec["text"]]
        if field != "events":
            return items
        merged: dict[tuple, dict[str, Any]] = {}
        for ev in items:
            key = (ev["event"], ev["sentence"]["start"], ev["sentence"]["end"], _flags(ev))
            one = merged.setdefault(key, dict(ev, actor=[], recipient=[], location=None))
            for side in ("actor", "recipient"):
                if ev.get(side):
                    one[side].append({"span": ev[side]})
            one["location"] = one["location"] or ev.get("location")
        return list(merged.values())

    return lookup
