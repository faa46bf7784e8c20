"""The pipeline's process-level behaviour: its heap is settled once, after its first article."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_pipeline_freezes_the_loaded_models_once_after_its_first_article_and_collects_less_often():
    # a fresh interpreter: the test process has already run pipelines
    code = textwrap.dedent("""
        import gc
        from rasd.analyze.pipeline import Pipeline
        from rasd.article import Article
        run = Pipeline(only=["genre", "entities", "places", "claims", "events"])
        before, young_before = gc.get_freeze_count(), gc.get_threshold()[0]
        text = "أعلن الناطق باسم وزارة الدفاع الروسية أن طائرات التحالف قصفت مواقع في دير الزور أمس."
        first = run(Article(text=text, published="2017-10-11"))
        after_first = gc.get_freeze_count()
        second = run(Article(text=text, published="2017-10-11"))
        print(before, after_first, gc.get_freeze_count(), first.events == second.events, len(first.events),
              young_before, gc.get_threshold()[0])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    before, after_first, after_second = map(int, out[:3])
    assert before == 0 and after_first > 10_000  # the lexicons and models the components loaded
    assert after_second == after_first  # once per process
    assert out[3] == "True" and int(out[4]) >= 1  # the same events either side of it
    assert (int(out[5]), int(out[6])) == (700, 10_000)  # young collections: Python's default, then YOUNG_COLLECTION
