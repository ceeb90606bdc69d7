#!/usr/bin/env bash
# Reachability benchmark: N public objects in an in-process s3proxy on loopback, the checker over
# N references with one HEAD per object and with listing (objects/s, request counts, latency).
# Usage: bench/reachability/run.sh [objects=10000] [concurrency=16] [perHost=16] [rounds=2]
# Extra JVM options through JAVA_OPTS (e.g. JAVA_OPTS=-Dhttp.maxConnections=32).
# The test classpath is read from a surefire report, so no extra Maven plugin is needed offline;
# the module's build output is copied first, because other builds may rewrite target/ meanwhile.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -o -q -pl validator -am verify -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='io.github.cloudaccess.validator.reach.PiecesTest'
report=validator/target/surefire-reports/TEST-io.github.cloudaccess.validator.reach.PiecesTest.xml
cp=$(sed -n 's/.*name="surefire.test.class.path" value="\([^"]*\)".*/\1/p' "$report")
snap=$(mktemp -d /tmp/reach-bench.XXXXXX)
trap 'rm -rf "$snap"' EXIT
snapped=""
IFS=':' read -ra entries <<< "$cp"
for i in "${!entries[@]}"; do
  e=${entries[$i]}
  case "$e" in
    "$PWD"/*) cp -r "$e" "$snap/$i-$(basename "$e")"; e="$snap/$i-$(basename "$e")" ;;
  esac
  snapped="$snapped${snapped:+:}$e"
done
out=bench/reachability/last-run.txt
{
  echo "date: $(date -u +%FT%TZ); machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx1g -Dsun.net.httpserver.nodelay=true ${JAVA_OPTS:-} -cp "$snapped" io.github.cloudaccess.validator.reach.ReachabilityBench "$@"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | grep --line-buffered -v DEBUG | tee "$out"
