#!/usr/bin/env bash
# Builds ScaleReady (installing missing Debian 12 packages first) and runs every test.
#   ./test.sh              build/ and all tests, including the .deb packaging test
#   ./test.sh --sanitize   build-asan/ (Debug, AddressSanitizer + UBSan), all tests but packaging
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=packaging/deps.sh
source "$root/packaging/deps.sh"

sanitize=0
for argument in "$@"; do
    case "$argument" in
        --sanitize) sanitize=1 ;;
        -h|--help)
            sed -n '2,4s/^# \{0,1\}//p' "$0"
            exit 0 ;;
        *)
            echo "test.sh: unknown argument \"$argument\" (use --sanitize or nothing)" >&2
            exit 1 ;;
    esac
done

scaleready_install_packages "${SCALEREADY_PACKAGES[@]}"

# Widget tests need no display.
export QT_QPA_PLATFORM=offscreen

if [ "$sanitize" -eq 1 ]; then
    scaleready_build "$root" "$root/build-asan" -DSCALEREADY_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    ctest --test-dir "$root/build-asan" --output-on-failure -j2 -LE packaging
else
    scaleready_build "$root" "$root/build"
    ctest --test-dir "$root/build" --output-on-failure -j2
fi
