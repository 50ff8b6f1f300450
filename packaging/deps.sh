# shellcheck shell=bash
# Shared by run.sh and test.sh (sourced, not run): the Debian 12 packages ScaleReady needs to
# build, test and package, and the configure-and-build step both scripts use.

# Exactly the packages the build, the tests and the packaging test use.
SCALEREADY_PACKAGES=(
    # Qt 6: widgets, charts, SQL with the SQLite driver, linguist tools, Qt's own translations
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n libgl-dev libxkbcommon-dev
    # the other libraries
    libsqlite3-dev libsodium-dev libboost-math-dev qt6-svg-dev
    # XLSX export; XLSX import unzips with libzip
    libxlsxwriter-dev libzip-dev
    # build tools
    cmake ninja-build ccache g++ pkg-config
    # tests: sqlite3 shell, .deb building and checking, headless windows, images, fonts, PDF text
    sqlite3 dpkg-dev file desktop-file-utils appstream xvfb xauth imagemagick
    fonts-noto-cjk fonts-wqy-microhei poppler-utils
    # the ADX export test validates against the DHIS2 schema with xmllint
    libxml2-utils
    # the analytics reference script (tests/reference): numpy and scipy for Debian's python3
    python3-numpy python3-scipy
)

# Prints the packages of SCALEREADY_PACKAGES (or of the arguments) that are not installed.
scaleready_missing_packages() {
    local package status
    local packages=("$@")
    [ "${#packages[@]}" -gt 0 ] || packages=("${SCALEREADY_PACKAGES[@]}")
    for package in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        [ "$status" = "install ok installed" ] || printf '%s\n' "$package"
    done
}

# Installs whatever is missing; does nothing (and needs no network) when all is there.
scaleready_install_packages() {
    local missing
    mapfile -t missing < <(scaleready_missing_packages "$@")
    [ "${#missing[@]}" -gt 0 ] || return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "Missing Debian packages: ${missing[*]}" >&2
            echo "Install them as root: apt-get install ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# scaleready_build SOURCE_DIR BUILD_DIR [CMAKE_ARGS...]
# Configures BUILD_DIR with Ninja and ccache only the first time (later runs let Ninja re-run
# CMake when a CMakeLists.txt changed), then builds. Quick when nothing changed.
scaleready_build() {
    local source_dir=$1 build_dir=$2
    shift 2
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@"
    fi
    cmake --build "$build_dir" -j2
}
