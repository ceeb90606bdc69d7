#!/usr/bin/env bash
# Load benchmark of the reference server on loopback.
#
# Starts reference-server/target/reference-server.jar on a free port, runs bench/LoadDriver.java
# (N closed-loop clients, each on its own keep-alive connection, sending SIA 2.0 queries that
# answer 100 rows) for a bounded time, prints req/s, p50/p90/p99 latency and the error count
# (which must be 0), then stops the server it started.
#
# If wrk is installed (apt-get install wrk), the same server then gets the same query from wrk
# with as many connections: a C client that leaves the two cores to the server, as a cross-check
# of the server's own capacity (wrk counts non-2xx answers, it does not read the rows).
#
# Usage: reference-server/bench/load.sh [clients=8] [seconds=10] [warmup=10]
# Build the jar first if needed: mvn -B -ntp -o -q -pl reference-server -am package -DskipTests
set -euo pipefail
clients=${1:-8}
seconds=${2:-10}
warmup=${3:-10}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/reference-server/target/reference-server.jar"
[ -f "$jar" ] || { echo "missing $jar: build it first (see the header of this script)" >&2; exit 2; }

log="$(mktemp)"
(cd "$root" && exec java -jar "$jar" --port 0 --threads "${THREADS:-8}") >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  grep -q 'listening on' "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
base="$(grep -o 'listening on http://[0-9.:]*' "$log" | head -1 | cut -d' ' -f3)"
[ -n "$base" ] || { echo "server did not start:" >&2; cat "$log" >&2; exit 1; }
head -1 "$log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
status=0
java "$here/LoadDriver.java" "$base" "$clients" "$seconds" "$warmup" || status=$?
if command -v wrk >/dev/null; then
  echo "wrk, $clients connections, $seconds s, /sia2/query?MAXREC=100:"
  wrk -t2 -c"$clients" -d"${seconds}s" --latency "$base/sia2/query?MAXREC=100" \
    | grep -E 'Requests/sec|50%|90%|99%|Non-2xx|Socket errors' | sed 's/^ */  /'
fi
exit "$status"
