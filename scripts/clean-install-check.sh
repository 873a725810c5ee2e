#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 the way a new user would,
# and checks that it works there:
#   scripts/clean-install-check.sh [DEB]    (default: build-deb/keepalive-tuner_*.deb,
#                                            from scripts/quickstart.sh deb)
# mmdebstrap makes a minimal bookworm system (essential packages and apt)
# from Debian's mirrors (MIRROR overrides http://deb.debian.org/debian).
# Inside it: apt-get install ./keepalive-tuner_*.deb, then a system bus and
# polkitd, pkaction --verbose for the package's two actions (their exec.path
# must be the installed helpers), the programs' --version, keepalivectl show
# and the GUI rendering a page offscreen. lintian's report on the package
# follows when lintian is installed. Nothing is kept: the system goes to
# /dev/null.
#
# It downloads a few hundred megabytes, so it is not part of the test suite;
# run it before a release. Needs mmdebstrap (Debian package mmdebstrap) and
# root, or a user with subordinate ids for mmdebstrap's unshare mode.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
actions=(io.github.keepalive_tuner.change-keepalive io.github.keepalive_tuner.inspect-connections)

die() {
    echo "clean-install-check: $*" >&2
    exit 1
}

# --- inside the clean system (mmdebstrap's hook runs this script there) ---
# $1: the package's file name in /tmp.
inside() {
    local deb=$1 log=/tmp/apt-install.log
    export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
    cd /tmp
    echo "== apt-get install ./$deb"
    apt-get install -y "./$deb" >"$log" 2>&1 || {
        cat "$log"
        die "apt-get install ./$deb failed"
    }
    # What a person sees of it: the summary and the package's own lines.
    grep -E '^(The following NEW packages|[0-9]+ upgraded|Need to get|After this operation)' "$log"
    grep -E '^(Unpacking|Setting up) keepalive-tuner ' "$log"
    dpkg-query -W -f='${Package} ${Version} ${Status}\n' keepalive-tuner

    echo "== the programs"
    keepalivectl --version
    keepalive-tuner --version
    keepalivectl show | grep -F 'noticed after'
    QT_QPA_PLATFORM=offscreen keepalive-tuner --screenshot /tmp/shots --page system \
        >/dev/null 2>/tmp/gui.err || {
        cat /tmp/gui.err
        die "keepalive-tuner --screenshot failed"
    }
    [ -s /tmp/shots/system.png ] || die "keepalive-tuner rendered no page"
    echo "keepalive-tuner --screenshot rendered the System page offscreen"

    echo "== polkit"
    # A system bus and polkitd of this system's own, as on a booted machine.
    mkdir -p /run/dbus
    local bus polkitd
    bus=$(dbus-daemon --system --fork --print-pid)
    /usr/lib/polkit-1/polkitd --no-debug >/tmp/polkitd.log 2>&1 &
    polkitd=$!
    # shellcheck disable=SC2064 # the ids are known now
    trap "kill $polkitd $bus 2>/dev/null || true" EXIT
    local tries=0
    until dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.PolicyKit1 2>/dev/null |
        grep -q 'boolean true'; do
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || {
            cat /tmp/polkitd.log
            die "polkitd did not appear on the system bus within 30 s"
        }
        sleep 0.1
    done
    echo "\$ pkaction | grep keepalive_tuner"
    pkaction | grep keepalive_tuner
    local action helper path
    for action in "${actions[@]}"; do
        echo "\$ pkaction --verbose --action-id $action"
        pkaction --verbose --action-id "$action" | tee /tmp/pkaction.out
        # pkexec runs the helper only when exec.path names it, as installed.
        path=$(sed -n 's/.*org\.freedesktop\.policykit\.exec\.path -> //p' /tmp/pkaction.out)
        [ -n "$path" ] || die "$action has no exec.path"
        helper=$(readlink -f "$path")
        if [ "$helper" != "$path" ] || [ ! -x "$helper" ] || [ "$(stat -c %u "$helper")" -ne 0 ]; then
            die "$action's exec.path $path is not an installed, root-owned program"
        fi
    done
    echo "both actions are known to polkit; their exec.path names the installed helpers"
}

if [ "${1:-}" = --inside ]; then
    shift
    inside "$@"
    exit 0
fi

# --- outside ---
command -v mmdebstrap >/dev/null 2>&1 ||
    die "mmdebstrap is not installed (Debian package mmdebstrap)"
if [ $# -ge 1 ]; then
    deb=$1
else
    # The newest one, when several versions were built.
    deb=$(find "$root/build-deb" -maxdepth 1 -name 'keepalive-tuner_*.deb' -printf '%T@ %p\n' \
        2>/dev/null | sort -n | tail -1 | cut -d' ' -f2-)
    [ -n "$deb" ] || die "no build-deb/keepalive-tuner_*.deb: build it with scripts/quickstart.sh deb," \
        "or name the package"
fi
[ -f "$deb" ] || die "$deb does not exist"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
name=$(basename "$deb")
mirror=${MIRROR:-http://deb.debian.org/debian}
security=${SECURITY_MIRROR:-http://deb.debian.org/debian-security}

echo "clean-install-check: $name on a fresh Debian 12 (bookworm) from $mirror"
# The hooks run with the new system's root as $1.
mmdebstrap --variant=apt --quiet \
    --customize-hook="copy-in '$deb' '$here/clean-install-check.sh' /tmp" \
    --customize-hook="chroot \"\$1\" bash /tmp/clean-install-check.sh --inside '$name'" \
    bookworm /dev/null \
    "deb $mirror bookworm main" \
    "deb $mirror bookworm-updates main" \
    "deb $security bookworm-security main"

if command -v lintian >/dev/null 2>&1; then
    echo "== lintian $name"
    report=$(lintian --tag-display-limit 0 "$deb" 2>&1) || true
    [ -z "$report" ] || echo "$report"
    tags=$(grep -cE '^[EWIXPO]: ' <<<"$report" || true)
    echo "lintian: $tags tags ($(grep -cE '^E: ' <<<"$report" || true) errors," \
         "$(grep -cE '^W: ' <<<"$report" || true) warnings)"
else
    echo "lintian is not installed (Debian package lintian): its report is left out"
fi
echo "clean-install-check: passed"
