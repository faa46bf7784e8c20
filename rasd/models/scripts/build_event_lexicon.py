"""Build ``rasd/models/events/lexicon.json`` from the Universal-PETRARCH Arabic dictionaries and PLOVER tables.

Run from the repository root with ``../shared`` present::

    python -m rasd.models.scripts.build_event_lexicon

What it keeps (all from ``../shared/data/events``; MIT, Open Event Data Alliance, and CC BY-SA 4.0 PLOVER):

* ``agents``: Arabic agent nouns of ``universalpetrarch_arabic/dictionaries/agents.all.ar.txt`` -> CAMEO agent
  code (``[~REB] انفصالي``), normalized; one- and two-word entries only (longer ones are glosses, not
  names), agent codes in :data:`SECTORS` only, and the first code wins for a phrase listed twice.
* ``verbs``: verb lemmas of ``CAMEO.ar.0.5.txt`` that carry a CAMEO code, mapped to a PLOVER category and
  mode with ``plover/CAMEO2PLOVER-2021.txt``. They are *candidates*: the machine-made glosses are noisy
  (``قوة # confirm``), so the events component uses only those listed in
  :data:`rasd.analyze.lang_ar.events_triggers.UP_VERBS_KEPT` (the others stay here for review).
* ``iso3``: ISO 3166 alpha-2 -> alpha-3 from GeoNames ``countryInfo.tsv`` (CC BY 4.0), for PLOVER
  ``country_code`` of event locations (the places layer has alpha-2).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rasd.analyze.arabic import normalize

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "rasd" / "models" / "events" / "lexicon.json"

#: CAMEO agent codes kept, with the PLOVER sector they become (PLOVER manual v0.8, actor sectors).
SECTORS = {"REB": "REB", "MIL": "MIL", "COP": "COP", "GOV": "GOV", "SPY": "SPY", "JUD": "JUD",
           "OPP": "OPP", "CVL": "CVL", "MED": "MED", "IGO": "IGO", "NGO": "NGO", "BUS": "BUS",
           "LAB": "LAB", "EDU": "EDU", "REF": "REF", "HLH": "HLH", "LEG": "LEG", "ELI": "ELI",
           "PTY": "PTY", "IMG": "REB", "UAF": "REB", "RAD": "RAD", "CRM": "CRM", "AGR": "AGR"}


def read_cameo2plover(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER category, mode) from the conversion table."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            table[m[1]] = (m[2], m[3].strip())
    return table


def read_agents(path: Path) -> dict[str, str]:
    agents: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\S+\s*\[~([A-Z]{3})\]\s*(.+)$", line)
        if not m or m[1] not in SECTORS:
            continue
        phrase = " ".join(normalize(m[2]).replace("_", " ").split())
        if 1 <= len(phrase.split()) <= 2 and len(phrase) >= 3:
            agents.setdefault(phrase, SECTORS[m[1]])
    return agents


def read_verbs(path: Path, cameo2plover: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    verbs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([^\s\-#&+][^\[#]*?)\s+\[(\d{2,4})\]", line)
        if not m:
            continue
        code = m[2]
        plover = cameo2plover.get(code) or cameo2plover.get(code[:3]) or cameo2plover.get(code[:2])
        if not plover:
            continue
        lemma = normalize(m[1].strip()).replace("_", " ")
        verbs.setdefault(lemma, [plover[0], plover[1], code])
    return verbs


def read_iso3(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) > 1 and len(cols[0]) == 2 and len(cols[1]) == 3:
            out[cols[0]] = cols[1]
    return out


def main() -> None:
    events = SHARED / "events"
    c2p = read_cameo2plover(events / "plover" / "CAMEO2PLOVER-2021.txt")
    dicts = events / "universalpetrarch_arabic" / "dictionaries"
    lexicon = {
        "source": "Universal-PETRARCH Arabic dictionaries (MIT, Open Event Data Alliance, commit a0af422b); "
                  "PLOVER CAMEO2PLOVER-2021 (CC BY-SA 4.0); GeoNames countryInfo (CC BY 4.0)",
        "agents": read_agents(dicts / "agents.all.ar.txt"),
        "verbs": read_verbs(dicts / "CAMEO.ar.0.5.txt", c2p),
        "iso3": read_iso3(SHARED / "geo" / "geonames_cities15000_2025" / "countryInfo.tsv"),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(lexicon, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(lexicon['agents'])} agents, {len(lexicon['verbs'])} verbs, {len(lexicon['iso3'])} countries")


if __name__ == "__main__":
    main()
