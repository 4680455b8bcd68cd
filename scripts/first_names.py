#!/usr/bin/env python3
"""Writes src/lexicon/data/first-names.txt: first names that are nearly always one
gender, for telling whom "he" and "she" can refer to. From the US Census Bureau's 1990
name frequency files (a US Government work, public domain), as shipped in the `names`
package on PyPI:

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python3 scripts/first_names.py names-0.3.0/names

A name is kept when at least 0.005% of one gender's population has it and it is at
least ten times as frequent for that gender as for the other: names both genders
use, such as "Kelly", "Lindsey" or "Chris", are left out. Format: one `name<TAB>m|f`
line per name, lower case, sorted.
"""
import sys
from pathlib import Path

MIN_PERCENT, RATIO = 0.005, 10.0
OUT = Path(__file__).resolve().parent.parent / "src" / "lexicon" / "data" / "first-names.txt"


def load(path):
    freq = {}
    for line in open(path):
        name, percent = line.split()[:2]
        freq[name.lower()] = float(percent)
    return freq


folder = Path(sys.argv[1])
male, female = load(folder / "dist.male.first"), load(folder / "dist.female.first")
rows = []
for name in sorted(set(male) | set(female)):
    m, f = male.get(name, 0.0), female.get(name, 0.0)
    if m >= MIN_PERCENT and m >= RATIO * f:
        rows.append(f"{name}\tm")
    elif f >= MIN_PERCENT and f >= RATIO * m:
        rows.append(f"{name}\tf")
OUT.write_text("\n".join(rows) + "\n")
