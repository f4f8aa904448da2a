#!/usr/bin/env python3
"""Writes N generated news-like articles as NDJSON for POST /api/v1/import (deterministic for a seed).

Usage: gen-articles.py N [SEED] > articles.ndjson

Each article has four to eight quotations by speakers from a pool of about a thousand people, attributed as
wire copy does ("..., Ann Roe said."); a remark is picked from a shared pool, so the same words are carried by
several outlets, now and then with a leading "But" or cut to a fragment, which statement linking groups.
"""
import json
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)

FIRST = ("Ada Ben Cara Dev Ema Finn Gita Hugo Iris Jon Kira Liam Mona Nils Omar Pia Quin Rosa Sami Tova Uma "
         "Vik Wren Yara Zeno Alba Bram Cleo Dario Edda").split()
LAST = ("Okafor Lindqvist Moreau Tanaka Brennan Castillo Novak Haddad Petrov Osei Varga Keller Duarte Nakamura "
        "Fitzroy Abara Holm Quist Reyes Strand Torres Ulrich Vance Whitlow Yilmaz Zeller Ashby Boone Carver Dunmore "
        "Ellery Farrow").split()
OUTLETS = [f"{a} {b}" for a in "North South East West Harbour Valley River Coast".split()
           for b in "Gazette Herald Courier Post Echo Ledger".split()]
WORDS = ("time people year way day thing man world life hand part child eye woman place work week case point "
         "government company number group problem fact council budget harbour school road plan vote police court "
         "river bridge housing rail hospital market price water power job family city town village board report "
         "future summer winter spring money tax law deal team match season fans players coach result evidence").split()
VERBS = "will must should cannot could would may".split()
ACTIONS = ("protect fund close open delay review support oppose rebuild improve replace cut raise "
           "finish start change defend explain accept").split()


def zipf_word():
    # A few words are very common, most are rare: rank r is picked with weight 1/r.
    return WORDS[min(int(len(WORDS) ** rng.random()) - 1, len(WORDS) - 1)]


def remark():
    n = rng.randint(2, 4)
    parts = [f"the {zipf_word()} {rng.choice(VERBS)} {rng.choice(ACTIONS)} the {zipf_word()} of the {zipf_word()}"
             for _ in range(n)]
    s = ", and ".join(parts)
    return s[0].upper() + s[1:]


SPEAKERS = list({f"{f} {l}" for f in FIRST for l in LAST})
SPEAKERS.sort()
REMARKS = [(rng.choice(SPEAKERS), remark()) for _ in range(max(50, N))]

for i in range(N):
    outlet = rng.choice(OUTLETS)
    paragraphs = [f"The {zipf_word()} of {rng.choice(LAST)}ville was in the news again on day {i}."]
    for _ in range(rng.randint(4, 8)):
        speaker, words = rng.choice(REMARKS[: max(50, i + 50)])
        variant = rng.random()
        if variant < 0.1:
            words = "But " + words[0].lower() + words[1:]
        elif variant < 0.2:
            words = " ".join(words.split()[:8])
        cue = rng.choice(["said", "told reporters", "added", "said on Tuesday"])
        paragraphs.append(f"“{words},” {speaker} {cue}.")
        paragraphs.append(f"The {zipf_word()} and the {zipf_word()} were discussed at length.")
    print(json.dumps({
        "outlet": outlet,
        "title": f"Story {i}: the {zipf_word()} and the {zipf_word()}",
        "url": f"https://{outlet.lower().replace(' ', '-')}.example/story/{i}",
        "publishedAt": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "author": rng.choice(SPEAKERS),
        "text": "\n\n".join(paragraphs),
    }, ensure_ascii=False))
