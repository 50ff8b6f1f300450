#!/usr/bin/env bash
# Benchmark: the evidence brief end to end (`scaleready report`: the readiness evidence for
# every indicator, the brief's dashboards and annual roll-ups, the charts and the PDF) on
# generated programmes of about 100k and 1M data values, against the sqlite3 tool running the
# dashboard's aggregate SQL (dashboard_reference.sql) once for every indicator on the same file
# in the same run, with peak memory.
#
#   tests/bench/bench_report.sh [BUILD_DIR] [SITES...]
#
# Defaults: build/, 63 and 630 sites × 60 months. Prints Markdown table rows for
# docs/performance.md ("Readiness and the evidence brief"). Times are medians of 3 warm runs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
shift $(( $# > 1 ? 1 : $# ))
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(63 630)
app="$build/app/scaleready"
[ -x "$app" ] || { echo "bench_report: build first ($app is missing)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench_report: the sqlite3 tool is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { date +%s%3N; }

for sites in "${sizes[@]}"; do
    db="$work/p$sites.db"
    "$app" generate --out "$db" --sites "$sites" --months 60 --seed 7 >/dev/null
    values=$(sqlite3 "$db" 'SELECT count(*) FROM data_value')
    : > "$work/reference.sql"
    for indicator in $(sqlite3 "$db" 'SELECT code FROM indicator WHERE deleted = 0'); do
        sed "s/:indicator/$indicator/" "$root/tests/bench/dashboard_reference.sql" >> "$work/reference.sql"
        echo "DROP TABLE ind; DROP TABLE last; DROP TABLE w;" >> "$work/reference.sql"
    done
    "$app" report --db "$db" --lang en --out "$work/warm.pdf" >/dev/null 2>&1
    for run in 1 2 3; do
        start=$(ms)
        /usr/bin/time -f '%M' -o "$work/rss.$run" "$app" report --db "$db" --lang zh --out "$work/brief.pdf" >/dev/null 2>&1
        echo $(( $(ms) - start ))
    done > "$work/report.times"
    peak_kb=$(sort -n "$work"/rss.* | tail -1)
    pages=$(pdfinfo "$work/brief.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    sqlite3 "$db" < "$work/reference.sql" >/dev/null
    for run in 1 2 3; do
        start=$(ms)
        sqlite3 "$db" < "$work/reference.sql" >/dev/null
        echo $(( $(ms) - start ))
    done > "$work/ref.times"
    report_ms=$(median < "$work/report.times")
    ref_ms=$(median < "$work/ref.times")
    ratio=$(awk -v a="$report_ms" -v b="$ref_ms" 'BEGIN { printf "%.2f", a / b }')
    printf '| %s | %s × 60 | %s | %s | %s ms | %s ms | %s MiB | %s |\n' \
        "$(date -u +%Y-%m-%d)" "$sites" "$values" "$pages" "$report_ms" "$ref_ms" "$((peak_kb / 1024))" "$ratio"
    rm -f "$db" "$db-wal" "$db-shm"
done
