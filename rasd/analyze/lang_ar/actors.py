"""Actor alias table: how Arabic news names recurring Middle-East actors, as data.

Each :class:`Actor` has one canonical Arabic name, its aliases (surface forms as written in news, before
normalization), an NER label, a Wikidata QID when we are sure of it (``None`` otherwise), an ISO 3166-1
alpha-3 country code (``None`` for international or non-state actors without one home) and a PLOVER /
CAMEO actor sector: GOV (government), MIL (armed forces), REB (rebels, insurgents, armed non-state
groups), PTY (political party), IGO (intergovernmental organisation), COP (police), SPY (intelligence),
MED (media), BUS (business), NGO, ELI (individual elite). For a state named as a place the sector is GOV.
Seeded rows (below) keep the CAMEO agent code they were given, which may also be CVL (civilians), OPP
(opposition), JUD, LEG, EDU, HLH (health), REF, LAB, AGR, CRM, RAD, DEV, UAF or REL.

Choices: the Islamic State is canonically ``داعش`` -- the name Arabic news uses most (SaudiNewsNet 2015
has 1,779 articles with it; the seed article uses it) -- with the long forms as aliases.

Sources: aliases written for Rasd from common newswire usage and checked against SaudiNewsNet text;
sectors follow the PLOVER manual v0.8 actor types and the CAMEO agent codes seen in the Universal-PETRARCH
Arabic dictionaries (``../shared/data/events/universalpetrarch_arabic/dictionaries``, MIT, Open Event Data
Alliance). QIDs are Wikidata item ids, only for items whose id we know for certain.

The rows written here (:data:`ACTORS`, ``source="curated"``) are joined by a few hundred rows seeded
from the Universal-PETRARCH Arabic actor dictionary (``actor_dict_ar_v4.txt``, MIT, Open Event Data
Alliance), kept only when they occur in SaudiNewsNet, named as the news writes them (``source="up:CODE"``,
no QID): ``rasd/models/actors/actors.tsv``, built by ``python -m rasd.models.scripts.build_actors`` (its
docstring says what is kept and why) and read lazily, once, by :func:`all_actors`. Curated rows win a
name shared with a seeded row.

The NER trainer adds every name of :data:`ACTORS` to its gazetteer; :mod:`rasd.analyze.components.entities`
maps entity spans to canonical names through :func:`index_by`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: The seeded table (see the module docstring); absent on a checkout that never built it.
SEEDED_PATH = Path(__file__).resolve().parents[2] / "models" / "actors" / "actors.tsv"
#: Its columns, in order (aliases are ``|``-separated).
COLUMNS = ("canonical", "aliases", "label", "qid", "country", "sector", "source")


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor: canonical name, aliases and identifiers."""

    canonical: str
    aliases: tuple[str, ...]
    label: str  # PER, ORG, LOC
    qid: str | None
    country: str | None
    sector: str
    #: ``curated`` (this module) or ``up:CODE``: seeded from Universal-PETRARCH, with the CAMEO code read.
    source: str = "curated"


ACTORS: tuple[Actor, ...] = (
    # --- armed non-state groups
    Actor("داعش", ("تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية",
                   "الدولة الإسلامية في العراق والشام", "تنظيم الدولة الإسلامية في العراق والشام",
                   "الدولة الاسلامية", "تنظيم داعش"), "ORG", "Q2429253", None, "REB"),
    Actor("القاعدة", ("تنظيم القاعدة",), "ORG", "Q34490", None, "REB"),
    Actor("جبهة النصرة", ("النصرة", "جبهة فتح الشام", "هيئة تحرير الشام"), "ORG", None, "SYR", "REB"),
    Actor("حزب الله", ("حزب الله اللبناني",), "ORG", "Q41053", "LBN", "REB"),
    Actor("حماس", ("حركة حماس", "حركة المقاومة الإسلامية"), "ORG", "Q38799", "PSE", "REB"),
    Actor("حركة فتح", ("فتح",), "ORG", None, "PSE", "PTY"),
    Actor("طالبان", ("حركة طالبان",), "ORG", "Q42418", "AFG", "REB"),
    Actor("الحوثيون", ("الحوثي", "الحوثيين", "أنصار الله", "جماعة الحوثي", "ميليشيا الحوثي"), "ORG", None, "YEM",
          "REB"),
    Actor("الجيش السوري الحر", ("الجيش الحر",), "ORG", None, "SYR", "REB"),
    Actor("قوات سوريا الديمقراطية", ("قسد",), "ORG", None, "SYR", "REB"),
    Actor("وحدات حماية الشعب", ("الوحدات الكردية",), "ORG", None, "SYR", "REB"),
    Actor("حزب العمال الكردستاني", ("العمال الكردستاني", "بي كا كا"), "ORG", None, "TUR", "REB"),
    Actor("الحشد الشعبي", ("قوات الحشد الشعبي", "هيئة الحشد الشعبي"), "ORG", None, "IRQ", "MIL"),
    Actor("جماعة الإخوان المسلمين", ("الإخوان المسلمين", "الإخوان المسلمون", "الإخوان"), "ORG", None, None, "PTY"),
    # --- states' armed forces and ministries
    Actor("الجيش السوري", ("الجيش العربي السوري", "قوات النظام السوري", "الجيش النظامي السوري"), "ORG", None, "SYR", "MIL"),
    Actor("الجيش العراقي", ("القوات العراقية",), "ORG", None, "IRQ", "MIL"),
    Actor("الجيش اللبناني", (), "ORG", None, "LBN", "MIL"),
    Actor("الحرس الثوري الإيراني", ("الحرس الثوري",), "ORG", None, "IRN", "MIL"),
    Actor("البيشمركة", ("قوات البيشمركة",), "ORG", None, "IRQ", "MIL"),
    Actor("وزارة الدفاع الروسية", ("الدفاع الروسية",), "ORG", None, "RUS", "MIL"),
    Actor("وزارة الدفاع الأميركية", ("البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية"), "ORG", None, "USA", "MIL"),
    Actor("وزارة الخارجية الأميركية", ("الخارجية الأميركية", "الخارجية الأمريكية", "وزارة الخارجية الأمريكية"),
          "ORG", None, "USA", "GOV"),
    Actor("وزارة الخارجية الروسية", ("الخارجية الروسية",), "ORG", None, "RUS", "GOV"),
    Actor("وكالة المخابرات المركزية الأميركية", ("سي آي إيه", "المخابرات المركزية الأميركية"), "ORG", None, "USA", "SPY"),
    Actor("التحالف الدولي", ("التحالف الدولي ضد داعش", "قوات التحالف الدولي", "التحالف الأميركي"),
          "ORG", None, None, "MIL"),
    Actor("التحالف العربي", ("تحالف دعم الشرعية", "قوات التحالف العربي"), "ORG", None, None, "MIL"),
    # --- international organisations
    Actor("الأمم المتحدة", ("منظمة الأمم المتحدة", "الامم المتحدة"), "ORG", "Q1065", None, "IGO"),
    Actor("مجلس الأمن", ("مجلس الأمن الدولي",), "ORG", "Q37470", None, "IGO"),
    Actor("حلف شمال الأطلسي", ("الناتو", "حلف الناتو", "حلف الأطلسي"), "ORG", "Q7184", None, "IGO"),
    Actor("الاتحاد الأوروبي", ("الإتحاد الأوروبي",), "ORG", "Q458", None, "IGO"),
    Actor("جامعة الدول العربية", ("الجامعة العربية",), "ORG", "Q7172", None, "IGO"),
    Actor("مجلس التعاون الخليجي", ("مجلس التعاون لدول الخليج العربية", "مجلس التعاون"), "ORG", None, None, "IGO"),
    Actor("منظمة أوبك", ("أوبك",), "ORG", "Q7795", None, "IGO"),
    Actor("اللجنة الدولية للصليب الأحمر", ("الصليب الأحمر",), "ORG", "Q71", None, "NGO"),
    # --- people
    Actor("بشار الأسد", ("الأسد",), "PER", "Q44329", "SYR", "GOV"),
    Actor("فلاديمير بوتين", ("بوتين",), "PER", "Q7747", "RUS", "GOV"),
    Actor("باراك أوباما", ("أوباما",), "PER", "Q76", "USA", "GOV"),
    Actor("دونالد ترامب", ("ترامب", "ترمب", "دونالد ترمب"), "PER", "Q22686", "USA", "GOV"),
    Actor("رجب طيب أردوغان", ("أردوغان", "طيب أردوغان"), "PER", "Q39259", "TUR", "GOV"),
    Actor("علي خامنئي", ("خامنئي", "آية الله علي خامنئي"), "PER", "Q57336", "IRN", "GOV"),
    Actor("مسعود البرزاني", ("البرزاني", "مسعود بارزاني", "بارزاني"), "PER", None, "IRQ", "GOV"),
    Actor("حسن نصر الله", ("نصر الله",), "PER", None, "LBN", "REB"),
    Actor("أبو بكر البغدادي", ("البغدادي",), "PER", None, None, "REB"),
    Actor("سيرغي لافروف", ("لافروف", "سيرجي لافروف"), "PER", None, "RUS", "GOV"),
    # --- states named as places
    Actor("الولايات المتحدة", ("الولايات المتحدة الأميركية", "الولايات المتحدة الأمريكية", "أميركا", "أمريكا"), "LOC", "Q30", "USA", "GOV"),
    Actor("روسيا", ("روسيا الاتحادية",), "LOC", "Q159", "RUS", "GOV"),
    Actor("سوريا", ("سورية",), "LOC", "Q858", "SYR", "GOV"),
    Actor("العراق", (), "LOC", "Q796", "IRQ", "GOV"),
    Actor("إيران", (), "LOC", "Q794", "IRN", "GOV"),
    Actor("تركيا", (), "LOC", "Q43", "TUR", "GOV"),
    Actor("المملكة العربية السعودية", ("السعودية",), "LOC", "Q851", "SAU", "GOV"),
    Actor("لبنان", (), "LOC", "Q822", "LBN", "GOV"),
    Actor("إسرائيل", (), "LOC", "Q801", "ISR", "GOV"),
    Actor("مصر", (), "LOC", "Q79", "EGY", "GOV"),
    Actor("الأردن", (), "LOC", "Q810", "JOR", "GOV"),
)


def read_table(path: Path) -> tuple[Actor, ...]:
    """Actors of a TSV file with the :data:`COLUMNS` header (empty qid/country cells are ``None``)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if tuple(header) != COLUMNS:
            raise ValueError(f"{path}: header {header} is not {list(COLUMNS)}")
        return tuple(
            Actor(canonical, tuple(a for a in aliases.split("|") if a), label, qid or None, country or None,
                  sector, source)
            for canonical, aliases, label, qid, country, sector, source in rows
        )


@lru_cache(maxsize=1)
def seeded_actors() -> tuple[Actor, ...]:
    """The rows seeded from Universal-PETRARCH (``()`` when the table was never built)."""
    try:
        return read_table(SEEDED_PATH)
    except FileNotFoundError:
        return ()


def all_actors() -> tuple[Actor, ...]:
    """Curated rows first (they win shared names), then the seeded ones."""
    return ACTORS + seeded_actors()


_INDEXES: dict = {}


def index_by(key) -> dict[str, Actor]:
    """Every actor (curated and seeded) under each of its names, keyed by ``key(name)``.

    Args:
        key: The name normalization of the caller (callers differ: NER features, search keys).

    Returns:
        ``{key(name): Actor}``, the first actor of :func:`all_actors` winning a shared name (so a curated
        row wins over a seeded one); built once per ``key``.
    """
    index = _INDEXES.get(key)
    if index is None:
        index = {}
        for actor in all_actors():
            for name in (actor.canonical, *actor.aliases):
                index.setdefault(key(name), actor)
        _INDEXES[key] = index
    return index
