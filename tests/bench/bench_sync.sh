#!/usr/bin/env bash
# Benchmark: setting up a field laptop — the manager's starter package for an officer
# (`scaleready sync export --to OFFICER`) and the laptop's database made from it
# (`scaleready sync import --db NEW.db`) — on generated programmes where the officer has many
# sites, against the sqlite3 tool on the same file in the same run: copying the officer's rows
# of every synchronised table into a new file (export), and loading them into a file with the
# schema's tables and indexes (import). Peak memory of each.
#
#   tests/bench/bench_sync.sh [BUILD_DIR] [SITES...]
#
# Defaults: build/, 40 and 200 sites × 60 months, the officer assigned every site. Prints
# Markdown table rows for docs/performance.md ("Synchronisation"). Times are medians of 3 runs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
shift $(( $# > 1 ? 1 : $# ))
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(40 200)
app="$build/app/scaleready"
[ -x "$app" ] || { echo "bench_sync: build first ($app is missing)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench_sync: the sqlite3 tool is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { date +%s%3N; }
export SCALEREADY_PASSWORD=demo SCALEREADY_NEW_PASSWORD=bench-password

tables="programme site category_option indicator checklist_item validation_rule readiness_criterion app_user
        site_target report data_value visit visit_action cost user_site indicator_option category_option_tag visit_score"

for sites in "${sizes[@]}"; do
    db="$work/m$sites.db"
    "$app" generate --out "$db" --sites "$sites" --months 60 --seed 7 >/dev/null
    codes=$(sqlite3 "$db" "SELECT group_concat(code, ',') FROM site")
    "$app" user-add --db "$db" --user admin --name bulk --role officer --sites "$codes" >/dev/null
    values=$(sqlite3 "$db" 'SELECT count(*) FROM data_value')
    # The reference export: every synchronised table's rows copied into a new SQLite file.
    : > "$work/export.sql"
    echo "ATTACH '$work/ref.db' AS r;" >> "$work/export.sql"
    for t in $tables; do echo "CREATE TABLE r.$t AS SELECT * FROM main.$t;" >> "$work/export.sql"; done
    # The reference import: the schema made empty, then those rows loaded into it.
    sqlite3 "$db" .schema | grep -v '^CREATE TABLE sqlite_' > "$work/schema.sql"
    : > "$work/import.sql"
    echo "PRAGMA foreign_keys = OFF; ATTACH '$work/ref.db' AS r; BEGIN;" >> "$work/import.sql"
    for t in $tables; do echo "INSERT INTO main.$t SELECT * FROM r.$t;" >> "$work/import.sql"; done
    echo "COMMIT;" >> "$work/import.sql"
    for run in 1 2 3; do
        rm -f "$work/starter.srpk" "$work/laptop.db"
        start=$(ms)
        /usr/bin/time -f '%M' -o "$work/ex.rss.$run" "$app" sync export --db "$db" --user manager --to bulk --starter \
            --out "$work/starter.srpk" >/dev/null
        echo $(( $(ms) - start )) >> "$work/ex.times.$sites"
        start=$(ms)
        /usr/bin/time -f '%M' -o "$work/im.rss.$run" "$app" sync import --db "$work/laptop.db" "$work/starter.srpk" >/dev/null
        echo $(( $(ms) - start )) >> "$work/im.times.$sites"
        rm -f "$work/ref.db" "$work/ref2.db"
        start=$(ms)
        sqlite3 "$db" < "$work/export.sql"
        echo $(( $(ms) - start )) >> "$work/rex.times.$sites"
        sqlite3 "$work/ref2.db" < "$work/schema.sql"
        start=$(ms)
        sqlite3 "$work/ref2.db" < "$work/import.sql"
        echo $(( $(ms) - start )) >> "$work/rim.times.$sites"
    done
    rows=$(sqlite3 "$work/starter.srpk" 'SELECT count(*) FROM version')
    pkg_mib=$(( $(stat -c %s "$work/starter.srpk") / 1048576 ))
    ex=$(median < "$work/ex.times.$sites"); im=$(median < "$work/im.times.$sites")
    rex=$(median < "$work/rex.times.$sites"); rim=$(median < "$work/rim.times.$sites")
    ex_kb=$(sort -n "$work"/ex.rss.* | tail -1); im_kb=$(sort -n "$work"/im.rss.* | tail -1)
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
    printf '| %s | %s × 60 | %s | %s rows, %s MiB | export %s ms vs %s ms (%s ×), %s MiB | import %s ms vs %s ms (%s ×), %s MiB |\n' \
        "$(date -u +%Y-%m-%d)" "$sites" "$values" "$rows" "$pkg_mib" "$ex" "$rex" "$(ratio "$ex" "$rex")" "$((ex_kb / 1024))" \
        "$im" "$rim" "$(ratio "$im" "$rim")" "$((im_kb / 1024))"
    rm -f "$db" "$db-wal" "$db-shm" "$work/laptop.db" "$work/starter.srpk"
done
