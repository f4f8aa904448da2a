#!/usr/bin/env bash
# Measures bulk import on H2: starts the packaged service on an empty data directory, imports N generated
# articles through POST /api/v1/import and reports wall time, quotes/s and the service's CPU time for the import.
#
#   ./mvnw -q -DskipTests package && src/test/bench/import-rate.sh 5000
#   PRELOAD=3000 src/test/bench/import-rate.sh 600   # the same 600 measured after 3,000 others are stored
#   INPUT=export.ndjson src/test/bench/import-rate.sh  # a given file instead, e.g. an export (quotes carried)
set -euo pipefail
N=${1:-5000}
PRELOAD=${PRELOAD:-0}  # articles imported first and not measured: how the cost grows with the corpus
PORT=${PORT:-18093}
APP=${APP:-target/quarkus-app}  # another build to compare with, e.g. a copy of an earlier target/quarkus-app
DIR=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DIR"' EXIT
INPUT=${INPUT:-}  # an NDJSON file to import instead of generated articles (PRELOAD and N are then unused)
if [ -n "$INPUT" ]; then
  PRELOAD=0
  cp "$INPUT" "$DIR/articles.ndjson"
else
  python3 "$(dirname "$0")/gen-articles.py" "$((PRELOAD + N))" > "$DIR/all.ndjson"
  head -n "$PRELOAD" "$DIR/all.ndjson" > "$DIR/preload.ndjson"
  tail -n "+$((PRELOAD + 1))" "$DIR/all.ndjson" > "$DIR/articles.ndjson"
fi
VERBATIM_DATA_DIR="$DIR/data" VERBATIM_API_KEYS=bench VERBATIM_FIXTURES_LOAD=false QUARKUS_HTTP_PORT=$PORT \
  VERBATIM_RATE_LIMIT_ENABLED=false java -Xmx1g -jar "$APP/quarkus-run.jar" > "$DIR/service.log" 2>&1 &
PID=$!
until curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null; do sleep 0.5; done
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
if [ "$PRELOAD" -gt 0 ]; then
  curl -sS -X POST "http://localhost:$PORT/api/v1/import" -H 'X-API-Key: bench' \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$DIR/preload.ndjson" -o /dev/null
fi
HZ=$(getconf CLK_TCK)
before=$(ticks)
start=$(date +%s.%N)
curl -sS -X POST "http://localhost:$PORT/api/v1/import" -H 'X-API-Key: bench' \
  -H 'Content-Type: application/x-ndjson' --data-binary @"$DIR/articles.ndjson" -o "$DIR/summary.json"
end=$(date +%s.%N)
after=$(ticks)
python3 - "$DIR/summary.json" "$start" "$end" "$before" "$after" "$HZ" "$(nproc)" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
wall = float(sys.argv[3]) - float(sys.argv[2])
cpu = (int(sys.argv[5]) - int(sys.argv[4])) / int(sys.argv[6])
print(f"imported {s['imported']} articles, {s['quotes']} quotes, {s['duplicates']} duplicates, "
      f"{s['rejectedCount']} rejected in {wall:.1f} s wall on {sys.argv[7]} cores")
print(f"{s['quotes'] / wall:.0f} quotes/s, {s['imported'] / wall:.0f} articles/s; "
      f"service CPU {cpu:.1f} s = {1000 * cpu / max(1, s['quotes']):.2f} ms per quote")
PY
