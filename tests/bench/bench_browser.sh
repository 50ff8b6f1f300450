#!/usr/bin/env bash
# Benchmark: the data browser's reads on a generated programme of about 10 million data values
# (6,300 sites × 60 months by default), against the sqlite3 tool running the plain SQL a pager
# without keysets or anchors would run (count, ORDER BY … LIMIT, ORDER BY … LIMIT … OFFSET) on
# the same file in the same run.
#
#   tests/bench/bench_browser.sh [BUILD_DIR] [SITES] [MONTHS]
#
# Prints the generation time and Markdown table rows for docs/performance.md ("Data browser").
# bench_browser runs twice; the second (warm) run is reported, as is the second sqlite3 run.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
sites=${2:-6300}
months=${3:-60}
app="$build/app/scaleready"
bench="$build/tests/bench/bench_browser"
for tool in "$app" "$bench"; do
    [ -x "$tool" ] || { echo "bench_browser: build first ($tool is missing)" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "bench_browser: the sqlite3 tool is needed" >&2; exit 1; }

work=${BENCH_WORK:-$(mktemp -d)}
[ -n "${BENCH_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
db="$work/browser$sites.db"
if [ ! -f "$db" ]; then
    /usr/bin/time -f '%e %M' -o "$work/gen.time" "$app" generate --out "$db" --sites "$sites" --months "$months" --seed 7 >/dev/null
    read -r gen_s gen_kb < "$work/gen.time"
    echo "generate: $sites sites × $months months in ${gen_s} s, peak $((gen_kb / 1024)) MiB, file $(( $(stat -c %s "$db") / 1048576 )) MiB"
fi
values=$(sqlite3 "$db" 'SELECT count(*) FROM data_value WHERE deleted = 0')

"$bench" "$db" > /dev/null
"$bench" "$db" > "$work/bench.txt"
get() { awk -v k="$1" '$1 == k { printf "%.1f", $2 }' "$work/bench.txt"; }

# The reference: what a plain pager runs for the same screens.
cols="dv.id, s.code, s.name_en, i.code, dv.period, dv.option_id, dv.value, dv.numerator, dv.denominator, dv.comment, r.status, dv.updated_at"
from="FROM data_value dv JOIN site s ON s.id = dv.site_id JOIN indicator i ON i.id = dv.indicator_id LEFT JOIN report r ON r.site_id = dv.site_id AND r.period = dv.period WHERE dv.deleted = 0"
order="dv.site_id, dv.indicator_id, dv.period, ifnull(dv.option_id, 0)"
value="coalesce(dv.value, dv.numerator / nullif(dv.denominator, 0), -1e308)"
cat > "$work/reference.sql" <<SQL
SELECT count(*) FROM data_value WHERE deleted = 0;
SELECT $cols $from ORDER BY $order LIMIT 200;
SELECT $cols $from ORDER BY $order LIMIT 200 OFFSET $((values / 4));
SELECT $cols $from ORDER BY $order LIMIT 200 OFFSET $((values / 2));
SELECT $cols $from ORDER BY $order LIMIT 200 OFFSET $((values * 3 / 4));
SELECT $cols $from ORDER BY $order LIMIT 200 OFFSET $((values - 200));
SELECT $cols $from ORDER BY dv.period DESC, dv.id DESC LIMIT 200;
SELECT $cols $from ORDER BY dv.period DESC, dv.id DESC LIMIT 200 OFFSET $((values / 2));
SELECT $cols $from ORDER BY $value, dv.id LIMIT 200;
SELECT $cols $from ORDER BY $value, dv.id LIMIT 200 OFFSET $((values / 2));
SQL
times() {
    { echo ".timer on"; cat "$work/reference.sql"; } | sqlite3 "$db" 2>&1 | awk '/^Run Time/ { printf "%.1f\n", $4 * 1000 }'
}
times > /dev/null
mapfile -t ref < <(times)

row() { # what, browser ms, sqlite3 ms
    ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "–" }')
    printf '| %s | %s | %s | %s ms | %s ms | %s |\n' "$(date -u +%Y-%m-%d)" "$values" "$1" "$2" "$3" "$ratio"
}
first_screen=$(awk -v a="$(get site_first_page)" -v b="$(get count)" 'BEGIN { printf "%.1f", a + b }')
row "first page (site order)" "$(get site_first_page)" "${ref[1]}"
row "count" "$(get count)" "${ref[0]}"
row "first screen: first page and count" "$first_screen" "$(awk -v a="${ref[0]}" -v b="${ref[1]}" 'BEGIN { printf "%.1f", a + b }')"
row "anchors for jumps (site order, on the worker after the count)" "$(get site_positions)" "${ref[0]}"
row "jump to 25 %" "$(get site_jump25)" "${ref[2]}"
row "jump to 50 %" "$(get site_jump50)" "${ref[3]}"
row "jump to 75 %" "$(get site_jump75)" "${ref[4]}"
row "jump to 100 %" "$(get site_jump100)" "${ref[5]}"
row "next page (keyset)" "$(get site_next_page)" "${ref[1]}"
row "sort change: period descending, first page" "$(get period_desc_first_page)" "${ref[6]}"
row "sort change: period descending, anchors" "$(get period_desc_positions)" "${ref[0]}"
row "period descending, jump to 50 %" "$(get period_desc_jump50)" "${ref[7]}"
row "sort change: value, first page" "$(get value_first_page)" "${ref[8]}"
row "value, jump to 50 %" "$(get value_jump50)" "${ref[9]}"
echo "sqlite3 reference times (ms): ${ref[*]}"
cat "$work/bench.txt"
