"""The places layer on the blind sets: SaudiNewsNet articles annotated without running or reading the system.

Each ``tests/data/places/blindN.jsonl`` has a ``SOURCE-blindN.txt`` (sampling, conventions, first score). A set is
measured once when its gold is final -- the honest unseen-article figure of the system of that day -- and only
then are its error classes fixed, as classes; it is then a regression gate like the dev set. The metric is the
dev set's (a gold mention is found when a resolved mention overlaps it within 161 km: ``test_places.evaluate``),
gazetteer and rules without the NER layer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.analyze.test_places import evaluate

DATA = Path(__file__).resolve().parents[1] / "data" / "places"

#: Per set, in the order they were made: (recall floor, precision floor), and their history. Floors sit about
#: 0.02 below the latest figure, rounded down, so one more miss is allowed and a class of them is not.
BLIND_SETS: dict[str, tuple[float, float]] = {
    # 14 articles, 114 mentions. First (2026-11-25): 0.816 / 0.930; classes fixed by someone told the classes
    # with examples: 0.904 / 0.990; 2026-12-06: 0.921 / 0.981.
    "blind": (0.90, 0.96),
    # 14 articles, 129 mentions. First (2026-11-26): 0.876 / 0.966; 2026-12-06, after class work: 0.953 / 0.976.
    "blind2": (0.93, 0.95),
    # 20 articles, 259 mentions. First (2026-11-25): 0.884 / 0.954; 2026-12-06: 0.958 / 0.988.
    "blind3": (0.93, 0.96),
    # 20 articles, 215 mentions. First (2026-12-06, system at the session's start): 0.828 / 0.937; its classes
    # fixed (direction + country regions, world regions, national teams, dual nouns, parks): 0.953 / 0.986.
    "blind4": (0.93, 0.96),
    # 20 articles, 194 mentions (a near-duplicate of a dev article swapped for a replacement). First: 0.881 /
    # 0.940; its classes fixed (و + a big city, companies, Turkish towns, landmarks): 0.938 / 0.978.
    "blind5": (0.91, 0.95),
    # 20 articles, 190 mentions (17 strictly new: 166). First, on the 17: 0.922 / 0.869 (all 20: 0.926 /
    # 0.876); its classes fixed (provinces at their seat, idioms, adjectives): 0.958 / 0.953.
    "blind6": (0.93, 0.93),
    # 20 articles, 182 mentions. First: 0.901 / 0.906 (NER layer: 0.901 / 0.916); its classes fixed (a name
    # followed by its country, organisation names, القائم/المجمعة, list heads): 0.956 / 0.978.
    "blind7": (0.93, 0.95),
    # 20 articles, 241 mentions. First: 0.859 / 0.904 (NER layer: 0.867 / 0.901); its classes fixed (nisba,
    # capitals in city lists, person names, أحياء lists, "X east of Y"): 0.917 / 0.929.
    "blind8": (0.89, 0.90),
    # 20 articles, 235 mentions. First and only measurement, on the final places code of 2026-12-06 (commit
    # 7cbf297): 0.945 / 0.945 (NER layer: 0.945 / 0.941). Nothing fixed from it: still unseen by the rules.
    "blind9": (0.92, 0.92),
}


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", list(BLIND_SETS))
def test_blind_set_is_well_formed_and_apart_from_the_earlier_sets(name):
    records = _records(name)
    earlier = _records("dev") + [r for n in list(BLIND_SETS)[:list(BLIND_SETS).index(name)] for r in _records(n)]
    assert len(records) >= 14
    for key in ("id", "url", "text"):
        assert not {r[key] for r in earlier} & {r[key] for r in records}, key
    for r in records:
        assert r["split"] == name
        for g in r["gold"]:
            assert r["text"][g["start"]:g["end"]] == g["text"]


@pytest.mark.parametrize("name", list(BLIND_SETS))
def test_places_quality_gate_on_blind_set(name):
    recall, precision = evaluate(_records(name))
    min_recall, min_precision = BLIND_SETS[name]
    assert recall >= min_recall, f"{name} recall {recall:.3f}"
    assert precision >= min_precision, f"{name} precision {precision:.3f}"
