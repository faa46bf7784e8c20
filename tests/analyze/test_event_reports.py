"""The report judgements the events filter trains on (tests/data/events/reports): complete, in key order, drawn from
SaudiNewsNet articles at the offsets they name, the OEDA rows mixed in from the tune half only, none of their
articles in an annotated events set, and the shipped filter trained on all of them."""

from __future__ import annotations

import csv
import json
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest

from rasd.models.scripts import train_event_filter as trainer
from tests.conftest import need_shared

REPORTS = Path(__file__).resolve().parents[1] / "data" / "events" / "reports"
EVENTS = REPORTS.parent
CATEGORIES = ("ASSAULT", "PROTEST")
BATCHES = sorted(p.name for p in REPORTS.glob("batch*"))


def keys(batch: str, cat: str) -> list[dict]:
    lines = (REPORTS / batch / f"key-{cat}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_two_batches_are_committed():
    assert BATCHES == ["batch1", "batch2"]


@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize("cat", CATEGORIES)
def test_three_annotators_judge_every_item_in_key_order(batch, cat):
    items = keys(batch, cat)
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids) and all(i.startswith(cat[0]) for i in ids)
    files = sorted((REPORTS / batch).glob(f"labels-{cat}-*.txt"))
    assert [f.name for f in files] == [f"labels-{cat}-{k}.txt" for k in (1, 2, 3)]
    for path in files:
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
        assert [r[0] for r in rows] == ids, path
        assert {r[1] for r in rows} <= {"yes", "no"}, path


@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize("cat", CATEGORIES)
def test_the_oeda_rows_come_from_the_tune_half_only(batch, cat):
    """The held half of the OEDA gold is the filter's unseen test: none of its sentences may be judged here."""
    oeda = [item for item in keys(batch, cat) if item["source"] == "oeda"]
    assert oeda and all(trainer.part(item["oeda_id"]) == "tune" for item in oeda)


def test_no_judged_article_is_in_an_annotated_events_set():
    """The filter learns from these sentences; the article-level event sets measure it, so they share no article."""
    judged = {item["url"] for batch in BATCHES for cat in CATEGORIES for item in keys(batch, cat)
              if item["source"] == "snn"}
    assert len(judged) > 2000
    gold = set()
    for path in EVENTS.glob("**/*.jsonl"):
        if REPORTS in path.parents:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") if line.strip() else None
            if url:
                gold.add(url)
    assert len(gold) > 1000
    assert not judged & gold


@pytest.mark.parametrize("cat", CATEGORIES)
def test_the_trainer_reads_every_news_item_with_its_vote_share(cat):
    news = [item for batch in BATCHES for item in keys(batch, cat) if item["source"] == "snn"]
    extra = trainer.read_extra(cat)
    assert [row["id"] for row in extra] == [item["id"] for item in news]
    assert {row["share"] for row in extra} <= {0.0, 1 / 3, 2 / 3, 1.0}
    # the panels say yes to a minority of the sentences the triggers give the filter, and not to none
    assert 0.03 < sum(row["share"] == 1.0 for row in extra) / len(extra) < 0.5


@pytest.mark.parametrize("cat", CATEGORIES)
def test_the_shipped_filter_names_the_judgements_it_learnt_from(cat):
    """ASSAULT learns from all its judgements (at a weight cross-validation chose), PROTEST from none (its filter fell
    on the OEDA held half when it did: train_event_filter.EXTRA_WEIGHTS)."""
    model = json.loads(trainer.OUT.read_text(encoding="utf-8"))[cat]
    if cat == "ASSAULT":
        assert model["extra_rows"] == len(trainer.read_extra(cat)) == 1700
        assert model["extra_weight"] in trainer.EXTRA_WEIGHTS[cat] and model["extra_weight"] > 0
    else:
        assert trainer.EXTRA_WEIGHTS[cat] == (0.0,) and "extra_rows" not in model


def test_the_assault_strict_model_is_shipped_because_it_cross_validates_better():
    """The OEDA operating point of ASSAULT is decided by a naive-Bayes scaled model (train_event_filter.STRICT_NB),
    shipped only when its cross-validated F1 beats the plain model's; PROTEST has none."""
    model = json.loads(trainer.OUT.read_text(encoding="utf-8"))
    strict = model["ASSAULT"]["strict_model"]
    assert strict["nb"] is True and strict["cv_f1"] > model["ASSAULT"]["cv_f1"]
    assert strict["weights"] and set(strict) >= {"bias", "threshold", "lambda", "chars"}
    assert trainer.STRICT_NB == ("ASSAULT",) and "strict_model" not in model["PROTEST"]


@lru_cache(maxsize=1)
def _snn_articles() -> dict[str, str]:
    folder = need_shared("data", "news", "saudinewsnet", "dataset")
    out = {}
    for zf in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zf) as z:
            for name in sorted(z.namelist()):
                for rec in json.loads(z.read(name)):
                    out.setdefault(rec["url"], rec.get("content") or "")
    return out


@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize("cat", CATEGORIES)
def test_every_item_is_its_source_sentence(batch, cat):
    """A news item is its article's content at its offsets; an OEDA item is the OEDA row's text."""
    articles = _snn_articles()
    oeda_dir = need_shared("data", "events", "arabic_event_gsr_dev")
    with open(oeda_dir / f"{cat.lower()}_gsr.csv", encoding="utf-8") as fh:
        oeda = {row["id"]: row for row in csv.DictReader(fh)}
    for item in keys(batch, cat):
        if item["source"] == "snn":
            assert articles[item["url"]][item["start"]:item["end"]] == item["text"], item["id"]
        else:
            row = oeda[item["oeda_id"]]
            assert row["text"] == item["text"] and row["label"] != "ambiguous", item["id"]


def _copy_batch(tmp_path: Path, cat: str = "ASSAULT") -> Path:
    """A copy of the first 20 items of batch 1 (key and the three labels files) under ``tmp_path/batch1``."""
    out = tmp_path / "batch1"
    out.mkdir()
    for name in [f"key-{cat}.jsonl"] + [f"labels-{cat}-{k}.txt" for k in (1, 2, 3)]:
        lines = (REPORTS / "batch1" / name).read_text(encoding="utf-8").splitlines(keepends=True)[:20]
        (out / name).write_text("".join(lines), encoding="utf-8")
    return out


def test_the_trainer_reads_a_copy_of_the_files_as_they_are(tmp_path):
    _copy_batch(tmp_path)
    panels = trainer.read_panels("ASSAULT", tmp_path)
    assert [item["id"] for item, _ in panels] == [item["id"] for item in keys("batch1", "ASSAULT")[:20]]
    assert all(len(votes) == 3 for _, votes in panels)


@pytest.mark.parametrize("name, content, message", [
    ("key-ASSAULT.jsonl", b'{"id": "A0001", "text": "x"}\n{"id": "A0002", "te', "key-ASSAULT.jsonl:2: not JSON"),
    ("key-ASSAULT.jsonl", b'["A0001"]\n', "key-ASSAULT.jsonl:1: an item needs an id and a text"),
    ("key-ASSAULT.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "key-ASSAULT.jsonl: not UTF-8"),
    ("labels-ASSAULT-2.txt", "A0001\tنعم\n".encode("cp1256"), "labels-ASSAULT-2.txt: not UTF-8"),
    ("labels-ASSAULT-2.txt", b"A0001 yes\n", "labels-ASSAULT-2.txt:1: expected 'ID<TAB>yes|no'"),
    ("labels-ASSAULT-2.txt", b"A9999\tyes\n", "labels-ASSAULT-2.txt:1: expected 'ID<TAB>yes|no'"),
    ("labels-ASSAULT-2.txt", b"", "answers, expected one per labels file (3)"),
])
def test_the_trainer_names_the_file_and_line_of_a_bad_judgement_file(tmp_path, name, content, message):
    from rasd.errors import RasdError

    batch = _copy_batch(tmp_path)
    (batch / name).write_bytes(content)
    with pytest.raises(RasdError, match=message.replace("(", r"\(").replace(")", r"\)")):
        trainer.read_panels("ASSAULT", tmp_path)
