#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree and checks it the way a user
# would meet it: its file list, its control fields, the desktop entry and metainfo validators,
# and the packaged executable run from an extracted copy.
#
#   check_deb.sh BUILD_DIR SOURCE_DIR
#
# The package is written into a temporary folder (cpack -B), so the build tree stays clean.
# Environment: CPACK (the cpack of the CMake that configured the build; default "cpack").
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
cpack=${CPACK:-cpack}
app_id=org.scaleready.ScaleReady
expected_version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake" 2>/dev/null | head -n 1)

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok:   $*"
}
# Stops at once: later checks cannot run without this one.
die() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in "$cpack" dpkg-deb dpkg desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "'$tool' is not installed (Debian packages: cmake, dpkg-dev, desktop-file-utils, appstream)"
done
[ -f "$build_dir/CPackConfig.cmake" ] || die "$build_dir/CPackConfig.cmake is missing: configure the build first"
[ -x "$build_dir/app/scaleready" ] || die "$build_dir/app/scaleready is missing: build the project first"
[ -n "$expected_version" ] || die "cannot read CPACK_PACKAGE_VERSION from $build_dir/CPackConfig.cmake"

work=$(mktemp -d "${TMPDIR:-/tmp}/scaleready-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Build the package ---------------------------------------------------------------------
if ! "$cpack" -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack -G DEB failed (log above)"
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
shopt -u nullglob
[ "${#debs[@]}" -eq 1 ] || die "expected exactly one .deb from cpack, found ${#debs[@]}: ${debs[*]:-none}"
deb=${debs[0]}
pass "built $(basename "$deb")"
case "$(basename "$deb")" in
    scaleready_"$expected_version"_*.deb) pass "file name follows Debian convention" ;;
    *) fail "package file name $(basename "$deb") is not scaleready_${expected_version}_ARCH.deb" ;;
esac

# --- Control fields --------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
# check DESCRIPTION FAILURE_MESSAGE TEST_ARGS...: runs `test TEST_ARGS` and reports.
check() {
    local description=$1 message=$2
    shift 2
    if test "$@"; then pass "$description"; else fail "$message"; fi
}
check "Package: scaleready" "Package is '$(field Package)', expected 'scaleready'" "$(field Package)" = scaleready
check "Version: $expected_version" "Version is '$(field Version)', expected '$expected_version'" \
    "$(field Version)" = "$expected_version"
check "Maintainer: $(field Maintainer)" "Maintainer is empty" -n "$(field Maintainer)"
check "Description present" "Description is empty" -n "$(field Description)"
depends=$(field Depends)
echo "      Depends: $depends"
# Explicit ones (loaded at run time, invisible to dpkg-shlibdeps) and ones dpkg-shlibdeps
# must have found in the executable's ELF dependencies.
for package in libqt6sql6-sqlite qt6-translations-l10n libqt6core6 libqt6widgets6 libsodium23 libsqlite3-0; do
    if tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//' | grep -x "$package" >/dev/null; then
        pass "Depends includes $package"
    else
        fail "Depends does not include $package (Depends: $depends)"
    fi
done

# --- File list -------------------------------------------------------------------------------
dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|/$||' >"$work/contents.txt"
has() {
    if grep -qxF "$1" "$work/contents.txt"; then
        pass "contains $1"
    else
        fail "package does not contain $1"
    fi
}
has ./usr/bin/scaleready
has ./usr/share/applications/$app_id.desktop
has ./usr/share/metainfo/$app_id.metainfo.xml
has ./usr/share/icons/hicolor/scalable/apps/$app_id.svg
for size in 16 32 48 64 128 256; do
    has ./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
done
has ./usr/share/doc/scaleready/copyright
# One .qm for every .ts in translations/.
qm_files=()
for ts in "$source_dir"/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm=./usr/share/scaleready/translations/$(basename "${ts%.ts}").qm
    qm_files+=("$qm")
    has "$qm"
done
[ "${#qm_files[@]}" -gt 0 ] || fail "no .ts file found in $source_dir/translations"
outside=$(grep -v -e '^\./usr/' -e '^\./usr$' -e '^\.$' "$work/contents.txt" || true)
check "every file is under /usr" "files outside /usr: $outside" -z "$outside"
if grep -q '^\./usr/local' "$work/contents.txt"; then fail "package installs under /usr/local"; fi

# --- Extract and validate --------------------------------------------------------------------
root=$work/root
dpkg -x "$deb" "$root" || die "dpkg -x could not extract $deb"

desktop=$root/usr/share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
    if desktop-file-validate "$desktop" >"$work/desktop.log" 2>&1; then
        pass "desktop-file-validate"
    else
        cat "$work/desktop.log" >&2
        fail "desktop-file-validate rejects $app_id.desktop (messages above)"
    fi
    grep -qx "Exec=scaleready %f" "$desktop" || fail "$app_id.desktop: Exec is not 'scaleready %f'"
    grep -qx "Icon=$app_id" "$desktop" || fail "$app_id.desktop: Icon is not '$app_id'"
fi

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    # Errors and warnings fail the test; info-level hints and pedantic notes do not.
    if appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 \
        || ! grep -Eq '^[[:space:]]*[EW]:' "$work/appstream.log"; then
        pass "appstreamcli validate"
    else
        cat "$work/appstream.log" >&2
        fail "appstreamcli validate rejects $app_id.metainfo.xml (messages above)"
    fi
    grep -q "<release version=\"$expected_version\"" "$metainfo" \
        || fail "$app_id.metainfo.xml has no <release version=\"$expected_version\">"
fi

for qm in "${qm_files[@]}"; do
    check "$(basename "$qm") is non-empty" "$qm is missing or empty" -s "$root/${qm#./}"
done

# --- Run the packaged executable -------------------------------------------------------------
exe=$root/usr/bin/scaleready
[ -x "$exe" ] || die "the extracted usr/bin/scaleready is missing or not executable"
if command -v readelf >/dev/null 2>&1; then
    if readelf -d "$exe" | grep -E 'R(UN)?PATH' | grep -F "$build_dir" >/dev/null; then
        fail "usr/bin/scaleready has an RPATH into the build tree"
    else
        pass "no RPATH into the build tree"
    fi
fi

# A private home so the run touches none of the user's settings or data.
mkdir -p "$work/home/runtime"
chmod 700 "$work/home/runtime"
run_lang() { # run_lang LANGUAGE ARGUMENTS...
    local language=$1
    shift
    env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
        XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/home/runtime" \
        QT_QPA_PLATFORM=offscreen SCALEREADY_LANG="$language" LC_ALL=C.UTF-8 "$exe" "$@"
}
run() { run_lang en "$@"; }

status=0
version=$(run --version 2>"$work/version.err") || status=$?
if [ "$status" -ne 0 ]; then
    cat "$work/version.err" >&2
    fail "scaleready --version exited with $status (output above)"
elif [ "$version" = "scaleready $expected_version" ]; then
    pass "--version prints '$version'"
else
    fail "--version printed '$version', expected 'scaleready $expected_version'"
fi

# The packaged program speaks Chinese, and from the installed translations: a marked copy of
# the installed zh_CN catalogue must be the one it reads (the built-in copy would hide a wrong
# install path).
zh_help=$(run_lang zh_CN --help 2>&1 || true)
if [[ $zh_help == *'用法'* ]]; then
    pass "SCALEREADY_LANG=zh_CN --help prints Chinese"
else
    fail "SCALEREADY_LANG=zh_CN --help printed no Chinese: $(printf '%s' "$zh_help" | head -n 2)"
fi
lrelease_tool=$(command -v lrelease || echo /usr/lib/qt6/bin/lrelease)
installed_qm=$root/usr/share/scaleready/translations/scaleready_zh_CN.qm
if [ -x "$lrelease_tool" ] && [ -f "$installed_qm" ]; then
    cat > "$work/marker.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown verb "%1".</source>
        <translation>INSTALLED-CATALOGUE %1</translation>
    </message>
</context>
</TS>
TS
    cp "$installed_qm" "$work/original.qm"
    "$lrelease_tool" -silent "$work/marker.ts" -qm "$installed_qm"
    marked=$(run_lang zh_CN frobnicate 2>&1 || true)
    cp "$work/original.qm" "$installed_qm"
    if [[ $marked == *'INSTALLED-CATALOGUE frobnicate'* ]]; then
        pass "the program reads the installed translations"
    else
        fail "the program did not read usr/share/scaleready/translations: $(printf '%s' "$marked" | head -n 1)"
    fi
else
    fail "lrelease is needed to check that the installed translations are used"
fi

db=$work/demo.db
status=0
run generate --out "$db" >"$work/generate.log" 2>&1 || status=$?
if [ "$status" -eq 0 ] && [ -s "$db" ]; then
    pass "generate --out wrote $(basename "$db") ($(tail -n 1 "$work/generate.log"))"
    status=0
    run check "$db" >"$work/check.log" 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then
        pass "check reports the generated database healthy"
    else
        cat "$work/check.log" >&2
        fail "scaleready check exited with $status on the generated database (output above)"
    fi
else
    cat "$work/generate.log" >&2
    fail "scaleready generate --out exited with $status (output above)"
fi

if [ "$failures" -ne 0 ]; then
    echo "packaging_deb: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging_deb: all checks passed"
