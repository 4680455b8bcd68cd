#!/usr/bin/env python3
"""Writes src/lexicon/data/wordfreq-en.txt: the most frequent English words with their
Zipf frequency, from the `wordfreq` package (code Apache-2.0, data CC BY-SA 4.0,
https://github.com/rspeer/wordfreq). Used as a general IDF table so that claim
similarity does not depend on which articles are compared.

    pip install wordfreq==3.1.1 && python3 scripts/wordfreq_table.py
    cargo test -- --ignored write_stem_column   # then adds the stem column

Format: one `word<TAB>zipf*100` line per word, most frequent first, lower case,
letters and inner apostrophes or hyphens only.
"""
import re
from pathlib import Path

import wordfreq

N = 60000
OUT = Path(__file__).resolve().parent.parent / "src" / "lexicon" / "data" / "wordfreq-en.txt"
WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")

rows, seen = [], set()
for w in wordfreq.iter_wordlist("en", wordlist="large"):
    if not WORD.match(w) or w in seen:
        continue
    seen.add(w)
    rows.append(f"{w}\t{round(wordfreq.zipf_frequency(w, 'en', wordlist='large') * 100)}")
    if len(rows) == N:
        break
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text("\n".join(rows) + "\n")
print(f"wrote {len(rows)} words to {OUT}")
