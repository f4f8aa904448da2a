#!/usr/bin/env bash
# Measures bulk import on H2: starts the packaged service on an empty data directory, imports N generated
# articles through POST /api/v1/import and reports wall time, quotes/s and the service's CPU time for the import.
#
#   ./mvnw -q -DskipTests package && src/test/bench/import-rate.sh 5000
#   PRELOAD=3000 src/test/bench/import-rate.sh 600   # the same 600 measured after 3,000 others are stored
#   INPUT=export.ndjson src/test/bench/import-rate.sh  # a given file instead, e.g. an export (quotes carried)
#   PARALLEL=2 src/test/bench/import-rate.sh 3000      # the articles split into 2 imports sent at once
#   KEEP=/tmp/run1 src/test/bench/import-rate.sh 600   # keep the service log and the summaries there
#   JAVA_OPTS='-Dverbatim.copies.band-capacity=0' src/test/bench/import-rate.sh 600  # more options of the service JVM
set -euo pipefail
N=${1:-5000}
PRELOAD=${PRELOAD:-0}  # articles imported first and not measured: how the cost grows with the corpus
PORT=${PORT:-18093}
APP=${APP:-target/quarkus-app}  # another build to compare with, e.g. a copy of an earlier target/quarkus-app
DIR=$(mktemp -d)
KEEP=${KEEP:-}  # a directory to keep the service's log and the import summaries in
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true
  if [ -n "$KEEP" ]; then mkdir -p "$KEEP" && cp "$DIR"/service.log "$DIR"/summary-*.json "$KEEP"/ 2>/dev/null || true; fi
  rm -rf "$DIR"' EXIT
PARALLEL=${PARALLEL:-1}  # concurrent imports the articles are split into (round robin by line)
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
  VERBATIM_RATE_LIMIT_ENABLED=false java -Xmx1g ${JAVA_OPTS:-} \
  '-Dquarkus.log.category."news.verbatim.common.RetryingTransactions".level=DEBUG' -jar "$APP/quarkus-run.jar" > "$DIR/service.log" 2>&1 &
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
for ((part = 0; part < PARALLEL; part++)); do
  awk -v n="$PARALLEL" -v part="$part" '(NR - 1) % n == part' "$DIR/articles.ndjson" > "$DIR/part-$part.ndjson"
  curl -sS -X POST "http://localhost:$PORT/api/v1/import" -H 'X-API-Key: bench' \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$DIR/part-$part.ndjson" -o "$DIR/summary-$part.json" &
done
wait $(jobs -p | grep -v "^$PID$")
end=$(date +%s.%N)
after=$(ticks)
grep -c "failed to store\|lost a race" "$DIR/service.log" | sed 's/^/batches stored again line by line or retried: /' || true
python3 - "$DIR" "$PARALLEL" "$start" "$end" "$before" "$after" "$HZ" "$(nproc)" <<'PY'
import json, sys
parts = [json.load(open(f"{sys.argv[1]}/summary-{p}.json")) for p in range(int(sys.argv[2]))]
s = {k: sum(p[k] for p in parts) for k in ("imported", "quotes", "duplicates", "rejectedCount")}
sys.argv = sys.argv[:1] + ["", *sys.argv[3:]]
wall = float(sys.argv[3]) - float(sys.argv[2])
cpu = (int(sys.argv[5]) - int(sys.argv[4])) / int(sys.argv[6])
print(f"imported {s['imported']} articles, {s['quotes']} quotes, {s['duplicates']} duplicates, "
      f"{s['rejectedCount']} rejected in {wall:.1f} s wall on {sys.argv[7]} cores")
print(f"{s['quotes'] / wall:.0f} quotes/s, {s['imported'] / wall:.0f} articles/s; "
      f"service CPU {cpu:.1f} s = {1000 * cpu / max(1, s['quotes']):.2f} ms per quote")
PY
