#!/usr/bin/env bash
# Runs the reference client's download benchmark on loopback (s3proxy + JDK HTTP server).
# Usage: reference-client/bench/run.sh [bigMB] [smallCount] [smallKB] [concurrency] [rounds] [linkMiBps]
# The test classpath is taken from a surefire report (no extra Maven plugin needed offline).
# BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=x.jfr for a profile).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -o -q -pl reference-client -am verify -Dtest=RetryPolicyTest -Dsurefire.failIfNoSpecifiedTests=false
report=reference-client/target/surefire-reports/TEST-io.github.cloudaccess.client.transfer.RetryPolicyTest.xml
cp=$(sed -n 's/.*name="surefire.test.class.path" value="\([^"]*\)".*/\1/p' "$report")
# Sibling modules' jars live in a shared working tree that other builds rewrite: run on copies.
lib=reference-client/target/bench-lib
rm -rf "$lib" && mkdir -p "$lib"
private=""
IFS=':' read -ra parts <<< "$cp"
for e in "${parts[@]}"; do
  case "$e" in
    "$PWD"/reference-client/*|"$HOME"/.m2/*) private="$private:$e" ;;
    *.jar) cp "$e" "$lib/" && private="$private:$lib/$(basename "$e")" ;;
    *) private="$private:$e" ;;
  esac
done
cp="${private#:}"
mkdir -p reference-client/target/bench-classes
javac -nowarn -d reference-client/target/bench-classes -cp "$cp" reference-client/bench/*.java
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dsun.net.httpserver.nodelay=true -cp "reference-client/target/bench-classes:$cp" DownloadBench "$@" \
  | tee reference-client/target/bench-last-run.txt
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
