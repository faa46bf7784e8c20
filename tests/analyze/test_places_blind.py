"""The places layer on the blind set: articles annotated without running or reading the system.

tests/data/places/blind.jsonl (SOURCE-blind.txt): 14 SaudiNewsNet articles not in the dev set, 114 gold
mentions, same conventions and metric as the dev set (overlap + within 161 km, tests/analyze/test_places.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.analyze.test_places import evaluate

BLIND = [json.loads(line) for line in
         (Path(__file__).resolve().parents[1] / "data" / "places" / "blind.jsonl").read_text(encoding="utf-8").splitlines()]

#: Quality floors on the blind set. First measurement (2026-11-25, before any change made after
#: seeing its errors): 0.816 recall (93 of 114), 0.930 precision (93 of 100). Its error classes
#: (gazetteer gaps, country points, "north of X" regions, formal state names, clitic/common-word false
#: matches, places inside organisation/event names) were then fixed as classes, by someone who did not
#: open this file but was told the classes with examples: 0.904 recall, 0.990 precision. So the set is
#: no longer strictly blind; floors about 0.02 below the second measurement. Never tune on it further.
BLIND_MIN_RECALL = 0.88
BLIND_MIN_PRECISION = 0.96


def test_blind_set_is_well_formed_and_apart_from_the_dev_set():
    dev = Path(__file__).resolve().parents[1] / "data" / "places" / "dev.jsonl"
    dev_ids = {json.loads(line)["id"] for line in dev.read_text(encoding="utf-8").splitlines()}
    assert len(BLIND) >= 14 and not dev_ids & {r["id"] for r in BLIND}
    for r in BLIND:
        assert r["split"] == "blind"
        for g in r["gold"]:
            assert r["text"][g["start"]:g["end"]] == g["text"]


def test_places_quality_gate_on_blind_set():
    recall, precision = evaluate(BLIND)
    assert recall >= BLIND_MIN_RECALL, f"blind recall {recall:.3f}"
    assert precision >= BLIND_MIN_PRECISION, f"blind precision {precision:.3f}"
