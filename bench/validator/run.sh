#!/usr/bin/env bash
# Validator benchmark: generates large SIA 2.0 responses with cloud_access (TABLEDATA escaped,
# TABLEDATA CDATA, BINARY2) and measures, one after the other on the same files, this validator,
# `stilts votlint`, STIL's bare streaming parse, `xmllint --stream` (TABLEDATA only) and
# astropy + jsonschema. Each run is timed with GNU time (wall seconds, peak RSS); the
# side-by-side table goes to standard output and to WORK/results.md. See README.md.
#
# Usage: bench/validator/run.sh [--rows N] [--repeat N] [--work DIR] [--encodings LIST]
#                               [--tools LIST] [--no-install] [--regenerate]
#   --rows N        rows per generated file (default 1000000)
#   --repeat N      runs per tool and file; min and median are reported (default 1)
#   --work DIR      where files, logs and results.md go (default bench-out/ at the repo root)
#   --encodings L   comma list of escaped,cdata,binary2 (default all three)
#   --tools L       comma list of validator,votlint,stil-parse,xmllint,astropy (default all)
#   --no-install    do not apt-get install missing tools (they are then reported missing)
#   --regenerate    regenerate the data files even when they exist
# Environment: VALIDATOR_ARGS (default "--profile strict --require-cloud"), VALIDATOR_JAR (default
# validator/target/validator.jar, built when missing), JAVA (default java).
#
# Exit status: 0 when the table was produced (whatever the tools' verdicts), 2 on usage errors.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

rows=1000000
repeat=1
work="$root/bench-out"
encodings="escaped,cdata,binary2"
tools="validator,votlint,stil-parse,xmllint,astropy"
install=1
regenerate=0
JAVA="${JAVA:-java}"
VALIDATOR_ARGS="${VALIDATOR_ARGS:---profile strict --require-cloud}"
jar="${VALIDATOR_JAR:-$root/validator/target/validator.jar}"

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="${2:?}"; shift 2 ;;
    --repeat) repeat="${2:?}"; shift 2 ;;
    --work) work="${2:?}"; shift 2 ;;
    --encodings) encodings="${2:?}"; shift 2 ;;
    --tools) tools="${2:?}"; shift 2 ;;
    --no-install) install=0; shift ;;
    --regenerate) regenerate=1; shift ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ "$rows" =~ ^[0-9]+$ && "$repeat" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --rows/--repeat must be numbers" >&2; exit 2; }
mkdir -p "$work/logs" || exit 2
work="$(cd "$work" && pwd)"
log() { echo "run.sh: $*" >&2; }
has_tool() { [[ ",$tools," == *",$1,"* ]]; }

# ---- 1. Tools: install the Debian packages that are missing (never reinstall). ----
missing_packages() {
  local p=()
  command -v stilts >/dev/null 2>&1 || p+=(stilts)
  command -v xmllint >/dev/null 2>&1 || p+=(libxml2-utils)
  [ -x /usr/bin/time ] || p+=(time)
  /usr/bin/python3 -c 'import astropy' >/dev/null 2>&1 || p+=(python3-astropy)
  /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 || p+=(python3-jsonschema)
  echo "${p[*]:-}"
}
need="$(missing_packages)"
if [ -n "$need" ] && [ "$install" = 1 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  log "installing Debian packages: $need"
  # shellcheck disable=SC2086  # word splitting of the package list is intended
  { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q \
      --no-install-recommends $need; } > "$work/logs/apt.log" 2>&1 \
    || log "apt-get failed (see $work/logs/apt.log); missing tools are reported as not available"
  need="$(missing_packages)"
fi
[ -n "$need" ] && log "still missing: $need"
if [ ! -x /usr/bin/time ]; then
  log "GNU time (/usr/bin/time) is required"; exit 2
fi

# ---- 2. The validator jar: build it when missing; a failed build is reported, not fatal. ----
validator_state="ok"
if has_tool validator && [ ! -f "$jar" ]; then
  log "building the validator jar (mvn package, tests skipped)"
  if ! (cd "$root" && mvn -B -ntp -q -pl validator -am package -DskipTests) \
      > "$work/logs/mvn.log" 2>&1; then
    log "validator build failed (see $work/logs/mvn.log)"
  fi
fi
[ -f "$jar" ] || validator_state="not available (no $jar; see logs/mvn.log)"

# ---- 3. Data: generate each file once (deterministic), via a temporary name. ----
files=()
IFS=',' read -r -a encs <<< "$encodings"
for enc in "${encs[@]}"; do
  case "$enc" in escaped|cdata|binary2) ;; *) log "unknown encoding $enc"; exit 2 ;; esac
  f="$work/sia2-$rows-$enc.vot"
  if [ "$regenerate" = 1 ] || [ ! -s "$f" ]; then
    log "generating $f"
    if ! /usr/bin/time -f '%e %M' -o "$work/logs/generate-$enc.time" \
        "$JAVA" "$here/GenerateSia2.java" --rows "$rows" --encoding "$enc" --out "$f.part" \
        2> "$work/logs/generate-$enc.err"; then
      cat "$work/logs/generate-$enc.err" >&2; exit 2
    fi
    mv "$f.part" "$f"
    log "$(tail -n 1 "$work/logs/generate-$enc.err")"
  fi
  files+=("$f")
done

# ---- 4. Measurements. ----
# tool_cmd TOOL FILE: prints nothing and returns 1 when the tool does not apply or is missing;
# otherwise fills the array CMD.
tool_cmd() {
  local tool="$1" f="$2"
  case "$tool" in
    validator)
      [ -f "$jar" ] || return 1
      # shellcheck disable=SC2206  # VALIDATOR_ARGS is a list of options
      CMD=("$JAVA" -jar "$jar" $VALIDATOR_ARGS "$f") ;;
    votlint)
      command -v stilts >/dev/null 2>&1 || return 1
      CMD=(stilts votlint "$f") ;;
    stil-parse)
      command -v stilts >/dev/null 2>&1 || return 1
      CMD=(stilts tpipe "in=$f" ifmt=votable istream=true "cmd=select true" omode=count) ;;
    xmllint)
      [[ "$f" == *binary2* ]] && return 1
      command -v xmllint >/dev/null 2>&1 || return 1
      CMD=(xmllint --stream --noout "$f") ;;
    astropy)
      /usr/bin/python3 -c 'import astropy, jsonschema' >/dev/null 2>&1 || return 1
      CMD=(/usr/bin/python3 "$here/astropy_jsonschema.py" --expect-rows "$rows" "$f") ;;
    *) log "unknown tool $tool"; exit 2 ;;
  esac
}

# What each tool's output says beyond its exit status (votlint exits 0 even on errors).
verdict_note() {
  local tool="$1" out="$2" err="$3" status="$4"
  case "$tool" in
    validator)
      local counts rows codes
      counts="$(grep -m1 '^Totals:' "$out" | sed -E 's/^Totals: errors: ([0-9]+); warnings: ([0-9]+).*/E \1, W \2/')"
      rows="$(grep -m1 '^Summary ' "$out" | grep -oE 'rows [0-9]+' | head -n 1)"
      codes="$(grep -oE '\b[EWF]-[A-Z0-9]{3}-[A-Z0-9]{4}\b' "$out" | sort -u | head -n 8 | paste -sd' ' -)"
      echo "exit $status = $(case "$status" in 0) echo 'no error';; 1) echo 'errors found';;
        2) echo 'usage error';; 3) echo 'could not test';; *) echo 'crashed';; esac)${counts:+; $counts}${rows:+; $rows}${codes:+; codes: $codes}" ;;
    votlint)
      local e w
      e="$(grep -c '^ERROR' "$out" "$err" | awk -F: '{s+=$NF} END {print s+0}')"
      w="$(grep -c '^WARNING' "$out" "$err" | awk -F: '{s+=$NF} END {print s+0}')"
      echo "$e ERROR, $w WARNING lines (votlint exits 0 on errors)" ;;
    stil-parse)
      grep -E 'rows:' "$out" | tr -s ' ' | head -n 1 ;;
    xmllint)
      [ "$status" = 0 ] && echo "well-formed" || echo "$(grep -c . "$err") error lines" ;;
    astropy)
      grep '^astropy+jsonschema:' "$out" | tail -n 1 | sed 's/^astropy+jsonschema: //; s/ schema=.*//' ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

results_tsv="$work/results.tsv"
: > "$results_tsv"
load_before="$(uptime)"
for f in "${files[@]}"; do
  size_mb="$(awk -v b="$(stat -c %s "$f")" 'BEGIN {printf (b < 1e7 ? "%.2f" : "%.0f"), b/1e6}')"
  IFS=',' read -r -a tl <<< "$tools"
  for tool in "${tl[@]}"; do
    base="$work/logs/$(basename "$f" .vot).$tool"
    if ! tool_cmd "$tool" "$f"; then
      [[ "$tool" == xmllint && "$f" == *binary2* ]] && continue
      state="not available"
      [ "$tool" = validator ] && state="$validator_state"
      printf '%s\t%s\t%s\t-\t-\t-\t-\t%s\t-\n' "$(basename "$f")" "$size_mb" "$tool" "$state" >> "$results_tsv"
      continue
    fi
    walls=(); rsss=(); statuses=(); loads=()
    for ((k = 1; k <= repeat; k++)); do
      loads+=("$(cut -d' ' -f1 /proc/loadavg)")
      log "$(basename "$f") $tool run $k/$repeat: ${CMD[*]}"
      /usr/bin/time -f '%e %M' -o "$base.$k.time" "${CMD[@]}" > "$base.$k.out" 2> "$base.$k.err"
      statuses+=("$?")
      read -r wall rss < <(tail -n 1 "$base.$k.time")
      walls+=("$wall"); rsss+=("$rss")
    done
    wmin="$(printf '%s\n' "${walls[@]}" | sort -n | head -n 1)"
    wmed="$(printf '%s\n' "${walls[@]}" | median)"
    rmed="$(printf '%s\n' "${rsss[@]}" | median | awk '{printf "%.0f", $1/1024}')"
    st="$(printf '%s\n' "${statuses[@]}" | sort -u | paste -sd/ -)"
    load="$(printf '%s\n' "${loads[@]}" | paste -sd/ -)"
    note="$(verdict_note "$tool" "$base.$repeat.out" "$base.$repeat.err" "${statuses[-1]}")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$f")" "$size_mb" "$tool" "$wmin" "$wmed" \
      "$rmed" "$st" "$note" "$load" >> "$results_tsv"
  done
done
load_after="$(uptime)"

# ---- 5. The table, the ratios and the context. ----
{
  echo "# Validator benchmark"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); host: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- load before: ${load_before#*load average: }; after: ${load_after#*load average: } (1/5/15 min)"
  echo "- rows per file: $rows; repeats: $repeat; validator options: $VALIDATOR_ARGS"
  echo "- java: $("$JAVA" -version 2>&1 | head -n 1); stilts: $(stilts -version 2>/dev/null | grep -m1 'STILTS version' | sed 's/^ *//' || echo n/a);" \
       "astropy: $(/usr/bin/python3 -c 'import astropy; print(astropy.__version__)' 2>/dev/null || echo n/a);" \
       "jsonschema: $(/usr/bin/python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))' 2>/dev/null || echo n/a)"
  echo
  echo "| file | size MB | tool | wall s (min) | wall s (median) | peak RSS MB (median) | exit | load at start | verdict |"
  echo "|---|---:|---|---:|---:|---:|---|---|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $9, $8}' "$results_tsv"
  echo
  echo "Ratios (median wall times; target: validator <= 1.0x STIL bare parse, astropy >= 10x validator, validator RSS < 512 MB):"
  echo
  echo "| file | validator / STIL bare parse | astropy+jsonschema / validator | validator peak RSS MB |"
  echo "|---|---:|---:|---:|"
  awk -F'\t' '
    { key = $1; files[key] = 1; if ($5 != "-") { t[key, $3] = $5; r[key, $3] = $6 } }
    !(key in order) { order[key] = ++n; names[n] = key }
    END {
      for (i = 1; i <= n; i++) {
        k = names[i]; v = t[k, "validator"]; s = t[k, "stil-parse"]; a = t[k, "astropy"]
        r1 = (v != "" && s != "" && s > 0) ? sprintf("%.2fx", v / s) : "n/a"
        r2 = (v != "" && a != "" && v > 0) ? sprintf("%.1fx", a / v) : "n/a"
        rv = (r[k, "validator"] != "") ? r[k, "validator"] : "n/a"
        printf "| %s | %s | %s | %s |\n", k, r1, r2, rv
      }
    }' "$results_tsv"
  echo
  echo "Logs of every run (stdout, stderr, GNU time) are in $work/logs/."
} > "$work/results.md"
cat "$work/results.md"
