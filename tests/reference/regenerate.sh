#!/usr/bin/env bash
# Regenerates tests/reference/fixtures/ from cases.json with the reference script.
#   tests/reference/regenerate.sh [path/to/scaleready]
# Needs: a built scaleready (for `generate`), the sqlite3 tool, /usr/bin/python3 with numpy and scipy.
# A variant whose SQL fails on the database (e.g. a column that does not exist yet) is skipped,
# and so are its cases.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:-$here/../../build/app/scaleready}"
cases="$here/cases.json"
out="$here/fixtures"
python=/usr/bin/python3

[[ -x "$bin" ]] || { echo "no scaleready binary at $bin" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 tool is missing" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

read -r sites months seed < <("$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))["demo"]
print(d["sites"], d["months"], d["seed"])' "$cases")

"$bin" generate --out "$work/demo.db" --sites "$sites" --months "$months" --seed "$seed"

mkdir -p "$work/variants"
# One line per variant: its name, then a file with its SQL.
"$python" - "$cases" "$work/variants" <<'EOF'
import json, os, sys
spec = json.load(open(sys.argv[1]))
for name, statements in spec["variants"].items():
    with open(os.path.join(sys.argv[2], name + ".sql"), "w") as f:
        f.write(".bail on\nBEGIN;\n")
        for s in statements:
            f.write(s.rstrip().rstrip(";") + ";\n")
        f.write("COMMIT;\n")
EOF

mkdir -p "$work/db"
for sql in "$work"/variants/*.sql; do
    name="$(basename "$sql" .sql)"
    cp "$work/demo.db" "$work/db/$name.db"
    if ! err="$(sqlite3 "$work/db/$name.db" < "$sql" 2>&1)"; then
        echo "skipping variant $name: $err" >&2
        rm -f "$work/db/$name.db"
    fi
done

mkdir -p "$out"
"$python" "$here/analytics_reference.py" --cases "$cases" --db-dir "$work/db" --out-dir "$out"
