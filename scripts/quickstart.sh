#!/usr/bin/env bash
# The README's two commands, for a fresh Debian 12 machine:
#   scripts/quickstart.sh gui    install what is missing, build, launch the GUI
#   scripts/quickstart.sh test   install what is missing, build, run every test
# Both are safe to run again: only missing packages are installed and the
# build is incremental. BUILD_DIR overrides the build directory (default: build).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
mode=${1:-}

usage() {
    echo "usage: $0 gui|test" >&2
    exit 2
}
[ "$mode" = gui ] || [ "$mode" = test ] || usage

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "quickstart: need root to install packages and sudo is not available;" \
             "install them as root: $*" >&2
        exit 1
    fi
}

install_missing_packages() {
    local wanted=() missing=() pkg
    mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/debian-packages.txt")
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "quickstart: all ${#wanted[@]} Debian packages are present"
        return
    fi
    echo "quickstart: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

configure_and_build() {
    local werror=OFF
    [ "$mode" = test ] && werror=ON
    cmake -S "$root" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKT_WERROR=$werror
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_missing_packages
configure_and_build

case "$mode" in
gui)
    exec "$build_dir/app/gui/keepalive-tuner"
    ;;
test)
    cd "$build_dir"
    # Benchmarks first, verbosely, so their figures are in the log; they
    # assert nothing about speed. Then every test, in parallel.
    ctest --label-regex benchmark --verbose --timeout 600
    exec ctest --label-exclude benchmark --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
esac
