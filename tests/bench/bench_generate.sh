#!/usr/bin/env bash
# Benchmark: the demonstration generator at national scale (2,000 sites × 60 months, about
# 3.2 million data values), compared with the sqlite3 tool loading the same content (an SQL
# dump of the generated file, schema and indexes included) into a new file in the same run.
# The ratio, not the seconds, is what to compare across machines.
#
#   tests/bench/bench_generate.sh [BUILD_DIR] [SITES] [MONTHS]
#
# Prints a Markdown table row for docs/performance.md, then a second row for `scaleready check`
# on the generated file (integrity, schema, and the audit chain with every audited row compared
# with its last entry) against the sqlite3 tool's own `PRAGMA integrity_check` on the same file.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
sites=${2:-2000}
months=${3:-60}
app="$build/app/scaleready"
[ -x "$app" ] || { echo "bench_generate: build first ($app is missing)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench_generate: the sqlite3 tool is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # measure OUTFILE COMMAND... → wall seconds and peak RSS (KiB) in OUTFILE
    local out=$1
    shift
    /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null
}

measure "$work/generate.time" "$app" generate --out "$work/demo.db" --sites "$sites" --months "$months" --seed 1
values=$(sqlite3 "$work/demo.db" 'SELECT count(*) FROM data_value')
size=$(stat -c %s "$work/demo.db")
sqlite3 "$work/demo.db" .dump > "$work/demo.sql"
measure "$work/reference.time" bash -c "sqlite3 '$work/reference.db' < '$work/demo.sql'"

read -r gen_s gen_kb < "$work/generate.time"
read -r ref_s ref_kb < "$work/reference.time"
ratio=$(awk -v a="$gen_s" -v b="$ref_s" 'BEGIN { printf "%.2f", a / b }')
printf '| %s | %s × %s | %s | %s MiB | %s s | %s MiB | %s s | %s |\n' \
    "$(date -u +%Y-%m-%d)" "$sites" "$months" "$values" "$((size / 1048576))" \
    "$gen_s" "$((gen_kb / 1024))" "$ref_s" "$ratio"

measure "$work/check.time" "$app" check "$work/demo.db"
measure "$work/integrity.time" sqlite3 "$work/demo.db" 'PRAGMA integrity_check'
audits=$(sqlite3 "$work/demo.db" 'SELECT count(*) FROM audit')
read -r chk_s chk_kb < "$work/check.time"
read -r int_s int_kb < "$work/integrity.time"
chk_ratio=$(awk -v a="$chk_s" -v b="$int_s" 'BEGIN { printf "%.2f", a / b }')
printf '| %s | check | %s audit entries | %s s | %s MiB | %s s | %s |\n' \
    "$(date -u +%Y-%m-%d)" "$audits" "$chk_s" "$((chk_kb / 1024))" "$int_s" "$chk_ratio"
