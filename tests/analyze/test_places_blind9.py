"""The places layer on the ninth blind set: articles annotated without running or reading the system.

tests/data/places/blind9.jsonl (SOURCE-blind9.txt): 20 SaudiNewsNet articles in none of the earlier sets and
no retelling of their stories, 235 gold mentions, same conventions and metric as the dev set (overlap + within 161 km,
tests/analyze/test_places.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.analyze.test_places import evaluate

DATA = Path(__file__).resolve().parents[1] / "data" / "places"
BLIND9 = [json.loads(line) for line in (DATA / "blind9.jsonl").read_text(encoding="utf-8").splitlines()]

#: Quality floors on the ninth blind set. First and only measurement (2026-12-06, once, the system as
#: committed in 7cbf297, after the blind8 class work, built without looking at this set): recall 0.945 (222
#: of 235), precision 0.945 (222 of 235); with the NER layer 0.945 / 0.941. No error class of this set was
#: fixed: it stays the session's untouched unseen measurement. Floors about 0.02 below, rounded down.
BLIND9_MIN_RECALL = 0.92
BLIND9_MIN_PRECISION = 0.92


def _records(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def test_blind9_set_is_well_formed_and_apart_from_the_other_sets():
    others = (_records("dev.jsonl") + _records("blind.jsonl") + _records("blind2.jsonl") + _records("blind3.jsonl")
              + _records("blind4.jsonl") + _records("blind5.jsonl") + _records("blind6.jsonl")
              + _records("blind7.jsonl") + _records("blind8.jsonl"))
    assert len(BLIND9) >= 20
    for key in ("id", "url", "text"):
        assert not {r[key] for r in others} & {r[key] for r in BLIND9}, key
    for r in BLIND9:
        assert r["split"] == "blind9"
        for g in r["gold"]:
            assert r["text"][g["start"]:g["end"]] == g["text"]


def test_places_quality_gate_on_blind9_set():
    recall, precision = evaluate(BLIND9)
    assert recall >= BLIND9_MIN_RECALL, f"blind9 recall {recall:.3f}"
    assert precision >= BLIND9_MIN_PRECISION, f"blind9 precision {precision:.3f}"
