"""`rasd ingest` killed with SIGKILL at random points, then re-run, gives exactly the store of one clean run."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

RASD = str(Path(sys.executable).with_name("rasd"))
INPUTS = [str(SAMPLES / "saudinewsnet-sample.jsonl"), str(SAMPLES / "seed-article.txt")]


def dump(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            "articles": conn.execute("SELECT * FROM articles ORDER BY pk").fetchall(),
            "layers": conn.execute("SELECT * FROM layers ORDER BY article_pk, name").fetchall(),
            # the full-text index itself: every (term, row, column, position) it holds
            "search": _index_instances(conn),
            "version": conn.execute("PRAGMA user_version").fetchone(),
        }
    finally:
        conn.close()


def _index_instances(conn) -> list:
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, 'search', 'instance')")
    return conn.execute("SELECT term, doc, col, offset FROM temp.search_terms ORDER BY doc, col, offset").fetchall()


def same(got: dict, expected: dict) -> None:
    for table in expected:
        rows, want = got[table], expected[table]
        assert len(rows) == len(want), f"{table}: {len(rows)} rows, expected {len(want)}"
        for a, b in zip(rows, want):
            assert a == b, f"{table}: first differing row {a[:3]!r}"


def count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=0.1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def run(db: Path, env) -> subprocess.CompletedProcess:
    return subprocess.run([RASD, "ingest", *INPUTS, "--db", str(db), "--quiet"], env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun_gives_the_same_store(tmp_path):
    env = {**os.environ, "RASD_BATCH_SIZE": "10"}  # small batches: many commit points to land between
    reference = tmp_path / "reference.db"
    done = run(reference, env)
    assert done.returncode == 0, done.stderr
    expected = dump(reference)
    total = len(expected["articles"])
    assert total == 329 and len(expected["search"]) > 50_000  # the index holds every word of every article

    rng = random.Random(1011)
    db = tmp_path / "killed.db"
    mid_run_kills = 0
    for _ in range(6):
        proc = subprocess.Popen([RASD, "ingest", *INPUTS, "--db", str(db), "--quiet"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = count(db)
        deadline = time.monotonic() + 120
        while proc.poll() is None and count(db) <= before and time.monotonic() < deadline:
            time.sleep(0.01)  # wait for this run's first commit, then kill at a random moment after it
        time.sleep(rng.uniform(0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored = count(db)
        mid_run_kills += 0 < stored < total
        if stored == total:
            break
    assert mid_run_kills >= 1, "no kill landed in the middle of a run"
    final = run(db, env)
    assert final.returncode == 0, final.stderr
    same(dump(db), expected)
    # and a further re-run changes nothing
    again = run(db, env)
    assert "ingested 0, duplicates 329" in again.stderr
    same(dump(db), expected)
