"""Claims + events time of two checkouts, compared on the same articles in the same minutes.

Run ``python bench/events_ab.py --old PATH [--n 1000] [--chunk 25] [--reps 3] [--pairs 1]`` (needs
../shared/data/news/saudinewsnet), with ``PATH`` another checkout of Rasd (``git worktree add /tmp/old COMMIT``);
``--new`` defaults to this one.

On a shared machine the speed of the same code drifts by a third within minutes, so two ``bench/events.py`` runs one
after the other cannot show a difference of a few percent. Here one worker process per checkout (its ``rasd`` imported
from that checkout) computes the entities and places of the same articles, warms up as ``bench/events.py`` does, then
runs claims + events on chunks of ``--chunk`` articles in turn, the two alternating (the first to go changes every
chunk), so both see the same state of the machine. CPU time per worker; prints each repeat's running totals and the
ratio of the new time to the old. Nothing is asserted.

A pair of worker processes has a speed of its own, too: the same code against itself gave time ratios of 0.952 to
1.037 over eight pairs (2026-12-08; as widely with both workers held to one core, or given one hash seed), each pair's
ratio steady over its repeats. So one pair cannot tell apart codes a few percent apart: ``--pairs K`` starts K pairs
one after the other and prints each pair's ratio, their mean and its standard error.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def worker(n: int, chunk: int) -> None:
    """Serve chunk indices read from stdin: claims + events on that chunk, its CPU time written to stdout."""
    sys.path.insert(0, str(HERE))
    from _data import articles_with_layers  # noqa: PLC0415  (bench/ is put on the path above)

    from rasd.analyze.components.claims import claims, document
    from rasd.analyze.components.events import events
    from rasd.analyze.pipeline import settle_heap

    arts = articles_with_layers(n)
    claims(arts[0]), events(arts[0])
    settle_heap()  # as Pipeline does after its first article
    for a in arts:  # one warm pass, as bench/events.py's best passes come after one
        claims(a), events(a)
    import rasd  # noqa: PLC0415
    print(f"ready {Path(rasd.__file__).resolve().parents[1]}", flush=True)
    for line in sys.stdin:
        k = int(line)
        document.cache_clear()
        t0 = time.process_time()
        for a in arts[k * chunk:(k + 1) * chunk]:
            claims(a), events(a)
        print(time.process_time() - t0, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="the other checkout (its top folder); required")
    parser.add_argument("--new", type=Path, default=HERE.parent, help="this checkout by default")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--chunk", type=int, default=25)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=1, help="pairs of worker processes, one after the other")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.n, args.chunk)
        return
    if args.old is None:
        parser.error("--old is required")
    for name in ("old", "new"):
        if not (args.__dict__[name].resolve() / "rasd" / "__init__.py").is_file():
            parser.error(f"--{name} {args.__dict__[name].resolve()}: no rasd package there")
    if args.pairs < 1 or args.reps < 1:
        parser.error("--pairs and --reps must be at least 1")
    ratios = [_pair(args, p) for p in range(args.pairs)]
    if args.pairs > 1:
        mean = statistics.fmean(ratios)
        err = statistics.stdev(ratios) / len(ratios) ** 0.5
        print(f"{args.pairs} pairs: new time / old time {', '.join(f'{r:.3f}' for r in ratios)}; "
              f"mean {mean:.3f} (standard error {err:.3f})")


def _pair(args: argparse.Namespace, p: int) -> float:
    """Run one pair of workers (old and new) over ``args.reps`` repeats; their last new time / old time."""
    procs = {}
    for name in ("old", "new"):
        tree = args.__dict__[name].resolve()
        env = {**os.environ, "PYTHONPATH": str(tree)}
        procs[name] = subprocess.Popen(
            [sys.executable, __file__, "--worker", "--n", str(args.n), "--chunk", str(args.chunk)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    for name, proc in procs.items():
        ready = proc.stdout.readline().split()
        if not ready:
            sys.exit(f"the {name} worker failed to start")
        if p == 0:
            print(f"{name}: {ready[1]}")
    chunks = -(-args.n // args.chunk)
    total = {"old": 0.0, "new": 0.0}
    for rep in range(args.reps):
        for k in range(chunks):
            order = ("old", "new") if (k + rep) % 2 == 0 else ("new", "old")
            for name in order:
                procs[name].stdin.write(f"{k}\n")
                procs[name].stdin.flush()
                total[name] += float(procs[name].stdout.readline())
        done = (rep + 1) * args.n
        print(f"{f'pair {p + 1}, ' if args.pairs > 1 else ''}repeat {rep + 1}: old {done / total['old']:.0f} "
              f"articles/s/core, new {done / total['new']:.0f}; new time / old time {total['new'] / total['old']:.3f}",
              flush=True)
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    return total["new"] / total["old"]


if __name__ == "__main__":
    main()
