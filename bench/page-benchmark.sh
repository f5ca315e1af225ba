#!/usr/bin/env bash
# Page timings of the portal on a large data set (issue 3).
#
#   1. fill an empty database:  java -cp portal-server/target/portal-server.jar ems.bench.LargeDataSet 1000 1000000
#   2. run this script with the same EMS_DB_URL / EMS_DB_USER / EMS_DB_PASSWORD:  bench/page-benchmark.sh
#
# It starts the portal jar, signs in as the largest consignee (C0001) and a typical one (C0100), and runs
# wrk against the shipments list, its second page, a shipment detail and the inventory drilldown.
# Needs wrk and curl (Debian: apt-get install wrk curl). Loopback only; the server is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-server/target/portal-server.jar
port=${BENCH_PORT:-7390}
duration=${BENCH_DURATION:-15s}
connections=${BENCH_CONNECTIONS:-32}

java -Xmx1g -jar "$jar" --port "$port" > /tmp/ems-bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/health" > /dev/null; do sleep 0.2; done

sign_in() { # email -> session cookie value
  local jar_file; jar_file=$(mktemp)
  local token
  token=$(curl -s -c "$jar_file" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -X POST "http://localhost:$port/login" \
       --data-urlencode "_csrf=$token" --data-urlencode "email=$1" --data-urlencode "password=bench-portal-2026"
  awk '$6 == "ems_session" {print $7}' "$jar_file"
  rm -f "$jar_file"
}

measure() { # label cookie path
  local out
  # Warm-up round, not counted: the JIT compiles the hot paths and the database caches the pages.
  wrk -t2 -c"$connections" -d"${BENCH_WARMUP:-5s}" -H "Cookie: ems_session=$2" "http://localhost:$port$3" > /dev/null
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Cookie: ems_session=$2" "http://localhost:$port$3")
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '%-34s %-46s %10s req/s  p50 %8s  p99 %8s  %s\n' "$1" "$3" "$rps" "$p50" "$p99" "${non2xx:+non-2xx: $non2xx}"
}

echo "== baseline (no session: one 'select 1')"
measure "health" "none" "/health"

for consignee in c0001 c0100; do
  cookie=$(sign_in "ops@$consignee.bench")
  [ -n "$cookie" ] || { echo "sign-in failed for $consignee" >&2; exit 1; }
  list=$(curl -s -H "Cookie: ems_session=$cookie" "http://localhost:$port/shipments")
  next=$(echo "$list" | grep -o 'href="/shipments?after=[^"]*"' | head -1 | sed 's/href="//;s/"$//;s/&amp;/\&/g')
  detail=$(echo "$list" | grep -o 'href="/shipments/[0-9]*"' | head -1 | sed 's/href="//;s/"$//')
  echo "== $consignee"
  measure "$consignee shipments, first page" "$cookie" "/shipments"
  measure "$consignee shipments, next page" "$cookie" "$next"
  measure "$consignee shipments, phase filter" "$cookie" "/shipments?phase=IN_TRANSIT"
  measure "$consignee shipment detail" "$cookie" "$detail"
  measure "$consignee inventory" "$cookie" "/inventory"
  measure "$consignee dashboard" "$cookie" "/"
done
