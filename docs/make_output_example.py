"""Rewrite the seed article's record in docs/output.md with what Rasd produces now.

Run from the repository root after a change to any analysis layer: ``.venv/bin/python docs/make_output_example.py``
(``tests/interfaces/test_docs.py`` fails until the example is what the code produces).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.analyze.pipeline import Pipeline  # noqa: E402
from rasd.ingest import read_paths  # noqa: E402

DOC = REPO / "docs" / "output.md"
SEED = REPO / "rasd" / "data" / "samples" / "seed-article.txt"


def seed_record() -> dict:
    """The seed article's full record, every component run."""
    article = Pipeline()(next(iter(read_paths([str(SEED)]))))
    article.ensure_id()
    return article.to_record()


def main() -> None:
    doc = DOC.read_text(encoding="utf-8")
    m = re.search(r"```json\n(.*?)\n```", doc, re.S)
    DOC.write_text(doc[:m.start(1)] + json.dumps(seed_record(), ensure_ascii=False, indent=2) + doc[m.end(1):],
                   encoding="utf-8")
    print(f"rewrote the example of {DOC.relative_to(REPO)}")


if __name__ == "__main__":
    main()
