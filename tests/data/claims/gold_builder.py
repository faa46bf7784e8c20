"""The builder of the blind claims sets (1 to 6): each ``blindN/make_blind.py`` holds its annotations (one list per
article of the frozen draw: ``(cue, speaker, content start, content end, direct, speaker_named)``, each a string or
``'before|target|after'``; a content start ``<...`` lies before the cue, ``^...`` between the cue and a speaker
that follows it) and calls :func:`main`, which locates every span, checks ``text[start:end]`` and writes the set.
Standard library only.
"""
from __future__ import annotations

import hashlib, json, re, sys


def _pattern(spec: str):
    """(regex, group index of the span) for 'pre|target|post' or a plain string."""
    parts = spec.split("|") if "|" in spec else ["", spec, ""]
    assert len(parts) == 3, spec
    esc = [r"\s+".join(re.escape(w) for w in p.split(" ")) if p else "" for p in parts]
    return re.compile(f"({esc[0]})({esc[1]})({esc[2]})"), "|" in spec


def _occurrences(text: str, spec: str):
    """(start, end, word_start) of the target part for every occurrence (overlaps allowed)."""
    rx, ctx = _pattern(spec)
    out, pos = [], 0
    while True:
        m = rx.search(text, pos)
        if not m:
            return out
        s, e = m.start(2), m.end(2)
        ws = ctx or s == 0 or not text[s - 1].isalnum()
        out.append((s, e, ws))
        pos = m.start() + 1


def locate(text, cue, speaker, first, last, cursor):
    occ = [o for o in _occurrences(text, cue) if o[0] >= cursor and o[2]]
    if not occ:
        raise ValueError(f"cue {cue!r} not found after {cursor}")
    c0, c1, _ = occ[0]
    sp = None
    after = c1
    if speaker:
        so = _occurrences(text, speaker)
        if not so:
            raise ValueError(f"speaker {speaker!r} not found")
        so.sort(key=lambda o: (not o[2], min(abs(o[0] - c1), abs(o[1] - c0))))
        s0, s1, _ = so[0]
        sp = (s0, s1)
        if s0 >= c1:
            after = s1
    if first.startswith("<"):  # content before the cue
        fo = [o for o in _occurrences(text, first[1:]) if o[1] <= c0 and o[2]]
        if not fo:
            raise ValueError(f"content start {first!r} not found before {c0}")
        k0, k0e, _ = fo[-1]
    elif first.startswith("^"):  # content between the cue and a following speaker
        fo = [o for o in _occurrences(text, first[1:]) if o[0] >= c1 and o[2]]
        if not fo:
            raise ValueError(f"content start {first!r} not found after {c1}")
        k0, k0e, _ = fo[0]
    else:
        fo = [o for o in _occurrences(text, first) if o[0] >= after]
        if not fo:
            raise ValueError(f"content start {first!r} not found after {after}")
        k0, k0e, _ = fo[0]
    lo = [o for o in _occurrences(text, last) if o[1] >= k0e and o[0] >= k0]
    if not lo:
        raise ValueError(f"content end {last!r} not found")
    k1 = lo[0][1]
    if first.startswith("<"):
        assert k1 <= c0, (cue, first, last)
    return (c0, c1), sp, (k0, k1)


def span(text, a, b):
    return {"start": a, "end": b, "text": text[a:b]}


def build(records, annotations):
    """The rows of the set: every annotation of ``annotations`` (one list per record) located in its record."""
    rows = []
    for idx, rec in enumerate(records):
        text = rec["content"]
        claims, cursor = [], 0
        for cue, speaker, first, last, direct, named in annotations[idx]:
            (c0, c1), sp, (k0, k1) = locate(text, cue, speaker, first, last, cursor)
            cursor = c1
            claims.append({"speaker": span(text, *sp) if sp else None, "speaker_named": named,
                           "cue": span(text, c0, c1), "content": span(text, k0, k1), "direct": direct})
        for c in claims:
            for key in ("speaker", "cue", "content"):
                if c[key]:
                    assert text[c[key]["start"]:c[key]["end"]] == c[key]["text"]
        # the annotated strings themselves (whitespace-normalised) are what the spans hold
        for (cue, speaker, first, last, _, _), c in zip(annotations[idx], claims):
            norm = lambda s: " ".join(s.split())
            mid = lambda s: s.split("|")[1] if "|" in s else s
            assert norm(c["cue"]["text"]) == norm(mid(cue))
            assert speaker is None or norm(c["speaker"]["text"]) == norm(mid(speaker))
            assert norm(c["content"]["text"]).startswith(norm(mid(first.lstrip("<^"))))
            assert norm(c["content"]["text"]).endswith(norm(mid(last)))
        url = rec["url"]
        rows.append({"id": "snn-" + hashlib.sha1(url.encode()).hexdigest()[:12], "outlet": rec["source"],
                     "url": url, "date": rec["date_extracted"][:10], "text": text, "claims": claims})
    return rows


def main(annotations, records, out):
    """Build the set from the frozen draw ``records`` and write it to ``out`` (``-v``: print every claim)."""
    assert len(records) == len(annotations) == 20
    rows = build(records, annotations)
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "articles,", sum(len(r["claims"]) for r in rows), "claims,",
          sum(1 for r in rows if not r["claims"]), "with none;", out.name, hashlib.md5(out.read_bytes()).hexdigest())
    if "-v" in sys.argv:
        for i, r in enumerate(rows):
            print(f"===== {i} {r['id']} {r['outlet']}")
            for c in r["claims"]:
                print(f"  [{c['cue']['start']}] CUE={c['cue']['text']} | SPK={c['speaker']['text'] if c['speaker'] else None}"
                      f" (named={c['speaker_named']}) | direct={c['direct']}\n      CONTENT={c['content']['text']}")
