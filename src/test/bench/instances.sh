#!/usr/bin/env bash
# Verify throughput through one instance and through two, on one PostgreSQL database, in the same run.
#   src/test/bench/instances.sh            (after ./mvnw package; needs wrk and a PostgreSQL on 127.0.0.1:5432)
# Prints requests/s and CPU milliseconds per request (steadier than wall clock on a shared machine) for:
#   one instance under one load generator, then both instances each under its own, and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/quarkus-app-pg/quarkus-run.jar
DURATION=${DURATION:-20s}
DB=verbatim_bench_$$
createdb -h 127.0.0.1 -U postgres "$DB"
trap 'kill $PA $PB 2>/dev/null || true; sleep 2; dropdb -h 127.0.0.1 -U postgres --force "$DB" || true' EXIT
start() { # name port
  VERBATIM_PG_URL="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true" VERBATIM_DATA_DIR="target/bench-instances/$1" \
    QUARKUS_HTTP_PORT=$2 VERBATIM_RATE_LIMIT_ENABLED=false VERBATIM_FIXTURES_LOAD=${3:-false} \
    java -Xmx1g -jar "$JAR" > "target/bench-instances-$1.log" 2>&1 &
  echo $!
}
ready() { for _ in $(seq 1 240); do curl -sf "localhost:$1/q/health/ready" >/dev/null && return; sleep 0.5; done; echo "instance on $1 not ready" >&2; exit 1; }
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }   # jiffies (1/100 s)
rm -rf target/bench-instances; mkdir -p target/bench-instances
PA=$(start a 18181 true); ready 18181
PB=$(start b 18182); ready 18182
for p in 18181 18182; do wrk -t1 -c8 -d5s -s src/test/bench/verify-post.lua "http://127.0.0.1:$p/api/v1/verify" >/dev/null; done  # warm up
run() { # port -> "requests"
  wrk -t1 -c8 -d"$DURATION" -s src/test/bench/verify-post.lua "http://127.0.0.1:$1/api/v1/verify" | awk '/requests in/ {print $1}'
}
c0=$(cpu "$PA"); one=$(run 18181); c1=$(cpu "$PA")
echo "one instance:  $one requests in $DURATION, CPU $(( (c1 - c0) * 1000 / one ))e-2 ms/request"
a0=$(cpu "$PA"); b0=$(cpu "$PB")
run 18181 > target/bench-instances/a.out & W=$!; tb=$(run 18182); wait $W; ta=$(cat target/bench-instances/a.out)
a1=$(cpu "$PA"); b1=$(cpu "$PB")
two=$((ta + tb))
echo "two instances: $two requests in $DURATION ($ta + $tb), CPU $(( (a1 - a0 + b1 - b0) * 1000 / two ))e-2 ms/request"
echo "ratio two/one: $(awk -v a="$two" -v b="$one" 'BEGIN {printf "%.2f", a / b}') on $(nproc) cores"
