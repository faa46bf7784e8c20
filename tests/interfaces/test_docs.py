"""Docs stay true to the code: the output contract's example is what Rasd produces."""

import json
import re

from rasd.analyze.pipeline import check_spans
from rasd.article import RECORD_KEYS, Article
from rasd.ingest import read_paths
from tests.conftest import REPO, SAMPLES


def test_output_doc_example_is_the_seed_record_rasd_produces():
    doc = (REPO / "docs" / "output.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)\n```", doc, re.S).group(1))
    assert tuple(example) == RECORD_KEYS
    (seed,) = [a for a in read_paths([str(SAMPLES / "seed-article.txt")])]
    seed.ensure_id()
    produced = seed.to_record()
    for key in ("id", "url", "outlet", "author", "title", "published", "language", "text"):
        assert example[key] == produced[key], key
    assert check_spans(Article.from_record(example)) == []


def test_output_doc_example_layers_are_what_the_pipeline_produces():
    import runpy

    doc = (REPO / "docs" / "output.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)\n```", doc, re.S).group(1))
    produced = runpy.run_path(str(REPO / "docs" / "make_output_example.py"))["seed_record"]()
    for key in RECORD_KEYS:
        assert example[key] == produced[key], f"docs/output.md: `{key}` is stale; run docs/make_output_example.py"


def test_output_doc_lists_every_record_key():
    doc = (REPO / "docs" / "output.md").read_text(encoding="utf-8")
    for key in RECORD_KEYS:
        assert f"| `{key}` |" in doc


def test_quality_doc_agreement_figures_are_what_the_committed_annotations_give():
    # the annotators' agreement of docs/quality.md, recomputed from the two annotations of the forty-fourth sets
    from rasd.analyze import evaluate as ev

    doc = (REPO / "docs" / "quality.md").read_text(encoding="utf-8")
    claims = REPO / "tests" / "data" / "claims"
    first, second = ev.read_claims_gold(claims / "claims-blind44.jsonl"), ev.read_claims_gold(
        claims / "second44" / "claims-second44.jsonl")
    agree = ev.score_claims(first, ev.annotation_lookup(claims, first, second, claims, "claims"))
    assert f"F1 **{agree.f1:.3f}** ({agree.matched} of {agree.gold} / {agree.predicted})" in doc
    events = REPO / "tests" / "data" / "events"
    first, second = ev.read_article_event_gold(events / "events-blind44.jsonl"), ev.read_article_event_gold(
        events / "second44" / "events-second44.jsonl")
    scores = {s.event_type: s for s in ev.score_article_events(
        first, ev.annotation_lookup(events, first, second, events, "events"))}
    assert (f"F1 **{scores['ALL'].f1:.3f}** (ASSAULT {scores['ASSAULT'].f1:.3f}, COERCE {scores['COERCE'].f1:.3f}, "
            f"ACCUSE {scores['ACCUSE'].f1:.3f}, AGREE {scores['AGREE'].f1:.3f}); actor {scores['ALL'].actor:.2f}") in doc
