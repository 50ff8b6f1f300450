#!/usr/bin/env bash
# Benchmark: importing a canonical CSV file of ROWS new data values (bench_import: the check
# and the apply of DataImport, as the wizard and `scaleready import` run them) into a generated
# programme, against the sqlite3 tool's `.import` of the same file into an equivalent table
# with its unique key index, in the same run. Peak memory of the import is measured too.
#
#   tests/bench/bench_import.sh [BUILD_DIR] [ROWS...]
#
# Defaults: build/, 100000 and 1000000 rows (200 sites, every monthly indicator with its
# category options, months from 2000-01 on; tests/bench/import_rows.sql).
# Prints Markdown table rows for docs/performance.md. Times are medians of 3 runs, each on a
# fresh copy of the programme.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
shift $(( $# > 1 ? 1 : $# ))
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(100000 1000000)
app="$build/app/scaleready"
bench="$build/tests/bench/bench_import"
for tool in "$app" "$bench"; do
    [ -x "$tool" ] || { echo "bench_import: build first ($tool is missing)" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "bench_import: the sqlite3 tool is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now_ms() { date +%s%3N; }

"$app" generate --out "$work/programme.db" --sites 200 --months 12 --seed 7 >/dev/null
for rows in "${sizes[@]}"; do
    sed "s/:rows/$rows/" "$root/tests/bench/import_rows.sql" | sqlite3 "$work/programme.db" > "$work/rows.csv"
    size_mib=$(( $(stat -c %s "$work/rows.csv") / 1048576 ))
    : > "$work/ours"
    : > "$work/reference"
    for run in 1 2 3; do
        cp "$work/programme.db" "$work/target.db"
        /usr/bin/time -f '%M' -o "$work/rss" "$bench" "$work/target.db" "$work/rows.csv" > "$work/result"
        read -r check_ms apply_ms inserted rejected < "$work/result"
        [ "$inserted" -eq "$rows" ] && [ "$rejected" -eq 0 ] ||
            { echo "bench_import: $inserted of $rows rows imported, $rejected rejected" >&2; exit 1; }
        echo "$check_ms $apply_ms $((check_ms + apply_ms)) $(cat "$work/rss")" >> "$work/ours"
        rm -f "$work/target.db" "$work/target.db-wal" "$work/target.db-shm"

        rm -f "$work/reference.db"
        sqlite3 "$work/reference.db" "PRAGMA journal_mode = WAL" \
            "CREATE TABLE data_value (site TEXT NOT NULL, indicator TEXT NOT NULL, period TEXT NOT NULL,
                 option TEXT NOT NULL, value REAL, numerator REAL, denominator REAL, comment TEXT)" \
            "CREATE UNIQUE INDEX data_value_key ON data_value (site, indicator, period, option)" >/dev/null
        start=$(now_ms)
        sqlite3 "$work/reference.db" ".import --csv --skip 1 $work/rows.csv data_value"
        echo $(( $(now_ms) - start )) >> "$work/reference"
        [ "$(sqlite3 "$work/reference.db" 'SELECT count(*) FROM data_value')" -eq "$rows" ] ||
            { echo "bench_import: sqlite3 .import did not load $rows rows" >&2; exit 1; }
    done
    check_ms=$(awk '{ print $1 }' "$work/ours" | median)
    apply_ms=$(awk '{ print $2 }' "$work/ours" | median)
    total_ms=$(awk '{ print $3 }' "$work/ours" | median)
    peak_kb=$(awk '{ print $4 }' "$work/ours" | sort -g | tail -n 1)
    ref_ms=$(median < "$work/reference")
    ratio=$(awk -v a="$total_ms" -v b="$ref_ms" 'BEGIN { printf "%.2f", a / b }')
    printf '| %s | %s | %s MiB | %s ms | %s ms | %s ms | %s ms | %s | %s MiB |\n' \
        "$(date -u +%Y-%m-%d)" "$rows" "$size_mib" "$check_ms" "$apply_ms" "$total_ms" "$ref_ms" "$ratio" "$((peak_kb / 1024))"
done
