"""Runs named analysis components over Articles, in order.

A component is a small callable ``Article -> Article`` registered with :func:`component`, declaring
which layers it needs and which it fills (after spaCy's ``@Language.component``). The pipeline is the
only place that catches component errors: a failing component is reported for that article and the
article goes on with the layers it has.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rasd.article import LAYERS, Article
from rasd.errors import PipelineError

log = logging.getLogger(__name__)

ComponentFn = Callable[[Article], Article]


@dataclass(frozen=True, slots=True)
class Component:
    """A registered analysis step."""

    name: str
    fn: ComponentFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_REGISTRY: dict[str, Component] = {}

#: Default order of components; modules are imported lazily by name from ``rasd.analyze.components``.
DEFAULT_ORDER: tuple[str, ...] = ("genre", "entities", "places", "claims", "events", "techniques")


def component(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Register ``fn`` as the analysis component called ``name``.

    Args:
        name: The name users pass to ``rasd analyze --only``.
        requires: Layers that must be filled by earlier components.
        assigns: Layers (or metadata fields) this component fills.
    """

    def register(fn: ComponentFn) -> ComponentFn:
        _REGISTRY[name] = Component(name, fn, tuple(requires), tuple(assigns))
        return fn

    return register


def available() -> dict[str, Component]:
    """All components whose modules import on this installation, by name."""
    for name in DEFAULT_ORDER:
        _load(name)
    return dict(_REGISTRY)


def _load(name: str) -> Component | None:
    if name not in _REGISTRY:
        try:
            importlib.import_module(f"rasd.analyze.components.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"rasd.analyze.components.{name}":
                raise
            return None
    return _REGISTRY.get(name)


_SETTLED = False


def settle_heap() -> None:
    """Put the objects alive now out of the cyclic garbage collector's reach (:func:`gc.freeze`), once per process.

    Called by :class:`Pipeline` after its first article, when the components have loaded their lexicons and models
    (hundreds of thousands of long-lived objects): without it every full collection walks them all again, about a
    tenth of the claims + events time on a stream of articles (``bench/events.py``). A first :func:`gc.collect`
    frees the garbage of loading, so nothing collectable is frozen; objects freed later by reference counting are
    freed as before.

    The youngest generation is then collected every :data:`YOUNG_COLLECTION` new container objects instead of every 700
    (Python's default; the older generations keep their default ratios): an article makes and drops tens of thousands
    of tokens, spans and records. Claims + events on 1,000 SaudiNewsNet articles: the collections of all generations took
    0.3-0.37 s of a 6-second pass, 0.04 s after; in chunks alternating the two thresholds in one process, 3.5% less time.
    """
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(YOUNG_COLLECTION, older, oldest)


#: New container objects between two collections of the youngest generation, once the heap is settled.
YOUNG_COLLECTION = 10_000


@dataclass(slots=True)
class ComponentFailure:
    """One component that failed on one article."""

    article: str
    component: str
    error: str


@dataclass(slots=True)
class Pipeline:
    """An ordered list of components.

    Args:
        only: Names of the components to run (default: every available one, in default order).
        disable: Names to leave out.
    """

    only: Iterable[str] | None = None
    disable: Iterable[str] = ()
    components: list[Component] = field(default_factory=list)
    failures: list[ComponentFailure] = field(default_factory=list)

    def __post_init__(self) -> None:
        known = available()
        wanted = list(self.only) if self.only is not None else [n for n in DEFAULT_ORDER if n in known]
        unknown = [n for n in [*wanted, *self.disable] if n not in known]
        if unknown:
            raise PipelineError(
                f"unknown component(s) {', '.join(unknown)}; choose from: {', '.join(sorted(known)) or 'none'}"
            )
        self.components = [known[n] for n in wanted if n not in set(self.disable)]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, article: Article) -> Article:
        """Run every component on ``article``; a failure is recorded and the article goes on."""
        for comp in self.components:
            try:
                result = comp.fn(article)
            except Exception as exc:  # the one place component errors are caught
                where = article.source or article.id or "?"
                self.failures.append(ComponentFailure(where, comp.name, f"{type(exc).__name__}: {exc}"))
                log.debug("%s: component %s failed: %s", where, comp.name, exc)
                continue
            if not isinstance(result, Article):
                raise PipelineError(f"component {comp.name!r} returned {type(result).__name__}, not Article")
            article = result
        if not _SETTLED:  # the components have loaded what they need
            settle_heap()
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Run the pipeline over a stream of articles."""
        for article in articles:
            yield self(article)


def check_spans(article: Article) -> list[str]:
    """Offsets are sacred: list every span in every layer that does not index ``article.text``."""
    problems = []

    def walk(value, path):
        if isinstance(value, dict):
            if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
                if article.text[value["start"]:value["end"]] != value["text"]:
                    problems.append(f"{path}: text[{value['start']}:{value['end']}] != {value['text']!r}")
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]")

    for layer in LAYERS:
        walk(getattr(article, layer), layer)
    return problems
