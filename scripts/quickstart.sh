#!/usr/bin/env bash
# The README's commands, for a fresh Debian 12 machine:
#   scripts/quickstart.sh gui    install what is missing, build, launch the GUI
#   scripts/quickstart.sh test   install what is missing, build, run every test
#   scripts/quickstart.sh deb    install what is missing, build the Debian package
# All are safe to run again: only missing packages are installed and the build
# is incremental. BUILD_DIR overrides the build directory (default: build, and
# build-deb for the package, which installs under /usr).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=${1:-}

usage() {
    echo "usage: $0 gui|test|deb" >&2
    exit 2
}
case "$mode" in
gui | test) build_dir=${BUILD_DIR:-$root/build} ;;
deb) build_dir=${BUILD_DIR:-$root/build-deb} ;;
*) usage ;;
esac

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

# The packages to build and run; the test suite needs more
# (debian-packages-test.txt), a desktop user's first run does not.
wanted_packages() {
    grep -Ev '^\s*(#|$)' "$here/debian-packages.txt"
    case "$mode" in
    test) grep -Ev '^\s*(#|$)' "$here/debian-packages-test.txt" ;;
    deb) echo dpkg-dev ;; # dpkg-shlibdeps finds the package's dependencies
    esac
}

install_missing_packages() {
    local wanted=() missing=() pkg
    mapfile -t wanted < <(wanted_packages)
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
    # Installed under /usr, where polkit finds the policy and the policy's
    # exec.path names the installed helper; the suite packages this build.
    local options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr)
    case "$mode" in
    test) options+=(-DKT_WERROR=ON) ;;
    deb) options+=(-DKT_BUILD_TESTS=OFF) ;; # the package needs no tests
    esac
    cmake -S "$root" -B "$build_dir" -G Ninja "${options[@]}"
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
deb)
    cd "$build_dir"
    cpack -G DEB
    echo "quickstart: built $(ls -1 "$build_dir"/keepalive-tuner_*.deb)"
    ;;
esac
