"""`make models`: rebuild every shipped artefact from ../shared/data, in dependency order.

Each step is its own module (run it alone with ``python -m rasd.models.scripts.<step>``); all are
seeded and reproducible. Steps whose module is absent on this checkout are reported and skipped.
"""

from __future__ import annotations

import importlib
import sys
import time

#: (module, what it builds). The gazetteer comes before NER, whose features read place names; the
#: actor table comes after NER, whose tagger tells names from common words in its build.
STEPS = (
    ("build_samples", "bundled sample for `make run`"),
    ("build_gazetteer", "places gazetteer"),
    ("train_genre", "news/opinion model"),
    ("build_event_lexicon", "event and reporting lexicons"),
    ("train_event_filter", "event report filter (OEDA tune half; ASSAULT report judgements)"),
    ("train_ner", "NER model (the slow step: word clusters + CRF)"),
    ("build_actors", "actor table seeded from Universal-PETRARCH (reads the NER model)"),
)


def main(argv: list[str] | None = None) -> int:
    only = set(argv if argv is not None else sys.argv[1:])
    failed = []
    for name, what in STEPS:
        if only and name not in only:
            continue
        try:
            module = importlib.import_module(f"rasd.models.scripts.{name}")
        except ModuleNotFoundError:
            print(f"== {name}: not in this checkout, skipped")
            continue
        print(f"== {name}: {what}", flush=True)
        started = time.perf_counter()
        code = module.main([]) if "argv" in module.main.__code__.co_varnames else module.main()
        print(f"== {name}: exit {code} in {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
