#!/usr/bin/env bash
# Builds ScaleReady (installing missing Debian 12 packages first) and starts it.
# Arguments go to the application: ./run.sh [FILE.db], ./run.sh generate --out demo.db, ...
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=packaging/deps.sh
source "$root/packaging/deps.sh"

scaleready_install_packages "${SCALEREADY_PACKAGES[@]}"
scaleready_build "$root" "$root/build"
# Not cd'ing: relative file names in the arguments stay relative to the caller's folder.
exec "$root/build/app/scaleready" "$@"
