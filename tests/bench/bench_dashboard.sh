#!/usr/bin/env bash
# Benchmark: a full dashboard refresh (bench_dashboard: AnalyticsService::compute for one
# indicator, everything the Dashboard page shows) on generated programmes of about 100k, 1M and
# 5M data values, against the sqlite3 tool running the equivalent aggregate SQL
# (dashboard_reference.sql) on the same file in the same run, with peak memory.
#
#   tests/bench/bench_dashboard.sh [BUILD_DIR] [INDICATOR] [SITES...]
#
# Defaults: build/, FULLIMM (monthly, a percentage disaggregated by sex × ethnicity: the
# heaviest kind), and 63, 630 and 3130 sites × 60 months (≈100k, 1M and 5M values).
# Prints Markdown table rows for docs/performance.md. Times are medians of 5 warm runs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
indicator=${2:-FULLIMM}
shift $(( $# > 2 ? 2 : $# ))
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(63 630 3130)
app="$build/app/scaleready"
bench="$build/tests/bench/bench_dashboard"
for tool in "$app" "$bench"; do
    [ -x "$tool" ] || { echo "bench_dashboard: build first ($tool is missing)" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "bench_dashboard: the sqlite3 tool is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s/:indicator/$indicator/" "$root/tests/bench/dashboard_reference.sql" > "$work/reference.sql"

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for sites in "${sizes[@]}"; do
    db="$work/p$sites.db"
    "$app" generate --out "$db" --sites "$sites" --months 60 --seed 7 >/dev/null
    values=$(sqlite3 "$db" 'SELECT count(*) FROM data_value')
    /usr/bin/time -f '%M' -o "$work/rss" "$bench" "$db" "$indicator" 5 > "$work/engine"
    read -r engine_ms fastest_ms reports < "$work/engine"
    peak_kb=$(cat "$work/rss")
    # The reference: the same aggregates in SQL, five warm runs after one to fill the cache.
    sqlite3 "$db" < "$work/reference.sql" >/dev/null
    for run in 1 2 3 4 5; do
        { echo ".timer on"; cat "$work/reference.sql"; } | sqlite3 "$db" 2>&1 >/dev/null |
            awk '/^Run Time/ { s += $4 } END { printf "%.1f\n", s * 1000 }' ||
            true
    done > "$work/ref.times"
    # .timer prints to stdout in some versions: count both streams.
    if ! grep -q '[1-9]' "$work/ref.times"; then
        for run in 1 2 3 4 5; do
            { echo ".timer on"; cat "$work/reference.sql"; } | sqlite3 "$db" 2>&1 |
                awk '/^Run Time/ { s += $4 } END { printf "%.1f\n", s * 1000 }'
        done > "$work/ref.times"
    fi
    ref_ms=$(median < "$work/ref.times")
    ratio=$(awk -v a="$engine_ms" -v b="$ref_ms" 'BEGIN { printf "%.2f", a / b }')
    printf '| %s | %s × 60 | %s | %s | %s ms (fastest %s) | %s ms | %s MiB | %s |\n' \
        "$(date -u +%Y-%m-%d)" "$sites" "$values" "$reports" "$engine_ms" "$fastest_ms" "$ref_ms" "$((peak_kb / 1024))" "$ratio"
    rm -f "$db" "$db-wal" "$db-shm"
done
