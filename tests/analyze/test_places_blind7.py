"""The places layer on the seventh blind set: articles annotated without running or reading the system.

tests/data/places/blind7.jsonl (SOURCE-blind7.txt): 20 SaudiNewsNet articles in none of the earlier sets and
no retelling of their stories, 182 gold mentions, same conventions and metric as the dev set (overlap + within 161 km,
tests/analyze/test_places.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.analyze.test_places import evaluate

DATA = Path(__file__).resolve().parents[1] / "data" / "places"
BLIND7 = [json.loads(line) for line in (DATA / "blind7.jsonl").read_text(encoding="utf-8").splitlines()]

#: Quality floors on the seventh blind set. First measurement (2026-12-06, once, the system after the
#: session's blind6 class work, built without looking at this set): recall 0.901 (164 of 182), precision
#: 0.906; with the NER layer, as `rasd analyze` runs it, 0.901 / 0.916. Its error classes were then fixed as
#: classes (a name followed by its country: عمان في الأردن; ل + place inside an organisation's name: الهيئة
#: الملكية للجبيل وينبع; أرامكو السعودية; القائم/المجمعة as adjectives; the first town of a list named like a
#: common word: مخمور والرمادي وبيجي; landmarks and places of the 2015 news): 0.956 / 0.978. No longer blind.
BLIND7_MIN_RECALL = 0.93
BLIND7_MIN_PRECISION = 0.95


def _records(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def test_blind7_set_is_well_formed_and_apart_from_the_other_sets():
    others = (_records("dev.jsonl") + _records("blind.jsonl") + _records("blind2.jsonl") + _records("blind3.jsonl")
              + _records("blind4.jsonl") + _records("blind5.jsonl") + _records("blind6.jsonl"))
    assert len(BLIND7) >= 20
    for key in ("id", "url", "text"):
        assert not {r[key] for r in others} & {r[key] for r in BLIND7}, key
    for r in BLIND7:
        assert r["split"] == "blind7"
        for g in r["gold"]:
            assert r["text"][g["start"]:g["end"]] == g["text"]


def test_places_quality_gate_on_blind7_set():
    recall, precision = evaluate(BLIND7)
    assert recall >= BLIND7_MIN_RECALL, f"blind7 recall {recall:.3f}"
    assert precision >= BLIND7_MIN_PRECISION, f"blind7 precision {precision:.3f}"
