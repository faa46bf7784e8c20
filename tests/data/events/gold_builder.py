"""The builder of the PLOVER events blind sets (1 to 6): each ``blindN/make_gold.py`` holds its annotations (GOLD:
article id -> ``(event, mode, sentence index, trigger, actor, recipient, location, flags)``, each span a string or
``(string, occurrence)``; flags N negated, F hypothetical, H historical) and calls :func:`main`, which locates
every span in its sentence, checks ``text[start:end]``, and writes the set's JSONL. Standard library only.
"""
import collections, json, re


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?؟\n]", text):
        end = m.end() if m.group() != "\n" else m.start()
        out.append((start, end))
        start = m.end()
    out.append((start, len(text)))
    res = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e))
    return res



EVENTS = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def locate(text, sent, spec, what, rid, idx):
    if spec is None:
        return None
    s, e = sent
    sub = text[s:e]
    if isinstance(spec, tuple):
        string, n = spec
    else:
        string, n = spec, None
    starts = [m.start() for m in re.finditer(re.escape(string), sub)]
    if not starts:
        raise AssertionError(f"{rid} #{idx} {what} {string!r} not in sentence {sub!r}")
    if n is None:
        if len(starts) > 1:
            raise AssertionError(f"{rid} #{idx} {what} {string!r} occurs {len(starts)}x; give n")
        n = 1
    if n > len(starts):
        raise AssertionError(f"{rid} #{idx} {what} {string!r} has only {len(starts)} occurrences")
    st = s + starts[n - 1]
    en = st + len(string)
    assert text[st:en] == string
    assert s <= st and en <= e
    return {"start": st, "end": en, "text": string}


def main(gold, sample, out_path):
    """Locate every annotated span of ``gold`` (article id -> records) in the articles of ``sample`` and write
    the set to ``out_path``, printing the counts."""
    arts = [json.loads(l) for l in open(sample, encoding="utf-8")]
    assert set(gold) == {a["id"] for a in arts}, set(gold) ^ {a["id"] for a in arts}
    counts = collections.Counter()
    flags = collections.Counter()
    seen_keys = set()
    with open(out_path, "w", encoding="utf-8") as out:
        for a in arts:
            text = a["text"]
            sents = sentences(text)
            evs = []
            for idx, (ev, mode, si, trig, actor, rec, loc, fl) in enumerate(gold[a["id"]]):
                assert ev in EVENTS, ev
                assert set(fl) <= set("NFH"), fl
                s, e = sents[si]
                rec_ = {
                    "event": ev,
                    "mode": mode,
                    "sentence": {"start": s, "end": e, "text": text[s:e]},
                    "trigger": locate(text, (s, e), trig, "trigger", a["id"], idx),
                    "actor": locate(text, (s, e), actor, "actor", a["id"], idx),
                    "recipient": locate(text, (s, e), rec, "recipient", a["id"], idx),
                    "location": locate(text, (s, e), loc, "location", a["id"], idx),
                    "negated": "N" in fl,
                    "hypothetical": "F" in fl,
                    "historical": "H" in fl,
                }
                assert rec_["trigger"] is not None
                key = (a["id"], si, ev,
                       rec_["actor"] and rec_["actor"]["text"], rec_["recipient"] and rec_["recipient"]["text"],
                       rec_["location"] and rec_["location"]["text"], fl)
                assert key not in seen_keys, key
                seen_keys.add(key)
                evs.append(rec_)
                counts[ev] += 1
                for f, name in (("N", "negated"), ("F", "hypothetical"), ("H", "historical")):
                    if f in fl:
                        flags[name] += 1
            row = {"id": a["id"], "outlet": a["outlet"], "url": a["url"], "date": a["date"],
                   "title": a["title"], "text": text, "events": evs}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{a['id']} {len(evs):3d} events  {a['title']}")
    print("total", sum(counts.values()))
    for ev in EVENTS:
        print(f"  {ev:10s} {counts[ev]}")
    print("flags", dict(flags))

