#!/bin/sh
# End to end with the real components: an unprivileged user runs the
# read-only helper keepalive-tuner-inspect through the real pkexec, polkitd and
# a system D-Bus, with the project's inspect policy, as the Connections page's
# Administrator mode does. Allowed by a polkit rule: it lists root's
# connections with their options. Denied: nothing is printed and pkexec says
# not authorized (127). An unexpected argument is refused (2) even when
# allowed. Structure and isolation as in pkexec-e2e.sh.
#
# Everything happens in private mount, network and PID namespaces: a tmpfs over
# /run/dbus (our own system bus), /usr/share/polkit-1/actions (the existing
# actions plus ours), /etc/polkit-1/rules.d (the test's rule) and
# /etc/sysctl.d; the sysctls are the namespace's own. When the script ends the
# PID namespace ends, taking the bus and polkitd with it, and the mounts
# vanish. The outer half checks afterwards that the host's values and files
# are as they were. Skipped (77) with the reason when not root or when a
# component is missing.
#
# usage: pkexec-inspect-e2e.sh HOLDER HELPER POLICY
#   HOLDER is kt_connection_holder; POLICY is the generated
#   io.github.keepalive_tuner.inspect.policy; its exec.path is replaced with
#   the canonical build-tree helper, which pkexec needs.
set -eu

skip() {
    echo "SKIP: $*" >&2
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[ $# -eq 3 ] || fail "usage: $0 HOLDER HELPER POLICY"
holder=$1
helper=$(realpath -e "$2")
policy=$3
user=nobody
polkitd=/usr/lib/polkit-1/polkitd
action=io.github.keepalive_tuner.inspect-connections

# The host state the test must leave untouched.
host_state() {
    cat /proc/sys/net/ipv4/tcp_keepalive_time /proc/sys/net/ipv4/tcp_keepalive_intvl \
        /proc/sys/net/ipv4/tcp_keepalive_probes
    # Names and contents, not times: another program may touch a directory.
    ls -A /etc/sysctl.d /etc/polkit-1/rules.d /usr/share/polkit-1/actions /run/dbus 2>&1 || true
    find /etc/sysctl.d /etc/polkit-1/rules.d -type f -exec md5sum {} + 2>&1 | sort || true
}

if [ -z "${KT_E2E_INSIDE:-}" ]; then
    [ "$(id -u)" -eq 0 ] ||
        skip "the end-to-end pkexec test needs root (to create namespaces, start a system" \
             "bus and polkitd, and install the policy there); run the suite as root to include it."
    for tool in unshare setpriv dbus-daemon dbus-send pkexec "$polkitd"; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (see scripts/debian-packages-test.txt)."
    done
    pkexec_path=$(command -v pkexec)
    [ -u "$pkexec_path" ] || skip "$pkexec_path is not setuid root, so it cannot elevate."
    id -u "$user" >/dev/null 2>&1 || skip "there is no user \"$user\" to run as."
    # The overlays need their mount points; creating one would change the host.
    for dir in /etc/polkit-1/rules.d /etc/sysctl.d /usr/share/polkit-1/actions; do
        [ -d "$dir" ] || skip "$dir does not exist (is polkitd installed?)."
    done
    id -u polkitd >/dev/null 2>&1 || skip "there is no user \"polkitd\" for polkitd to run as."
    # pkexec runs only a root-owned program, matched by its canonical path.
    [ "$(stat -c %u "$helper")" -eq 0 ] ||
        skip "the build-tree helper $helper is not owned by root (build as root), and pkexec" \
             "refuses programs that are not."
    setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups test -x "$helper" ||
        skip "user $user cannot reach $helper (a directory above it is not world-searchable)."
    reason=$(unshare --mount --net --pid --fork --mount-proc --propagation private true 2>&1) ||
        skip "cannot create private mount, network and PID namespaces here ($reason)."

    before=$(host_state)
    status=0
    KT_E2E_INSIDE=1 unshare --mount --net --pid --fork --mount-proc --propagation private \
        "$0" "$holder" "$helper" "$policy" || status=$?
    after=$(host_state)
    if [ "$before" != "$after" ]; then
        echo "host state before:" >&2
        echo "$before" >&2
        echo "host state after:" >&2
        echo "$after" >&2
        fail "the test changed the host's values or files"
    fi
    exit "$status"
fi

# ---- inside the namespaces (this shell is PID 1 of its PID namespace) ----
ip link set lo up

# Overlays, each a tmpfs that only this mount namespace sees.
actions=$(mktemp -d)
cp -a /usr/share/polkit-1/actions/. "$actions/"
mount -t tmpfs -o mode=0755 kt-e2e-actions /usr/share/polkit-1/actions
cp -a "$actions/." /usr/share/polkit-1/actions/
rm -rf "$actions"
sed "s|<annotate key=\"org.freedesktop.policykit.exec.path\">[^<]*<|<annotate key=\"org.freedesktop.policykit.exec.path\">$helper<|" \
    "$policy" > /usr/share/polkit-1/actions/io.github.keepalive_tuner.inspect.policy
grep -q ">$helper<" /usr/share/polkit-1/actions/io.github.keepalive_tuner.inspect.policy ||
    fail "could not point the policy's exec.path at $helper"
# The bus, polkitd and the user: shared with the other polkit test.
. "$(dirname "$0")/polkit-e2e-lib.sh"
start_system_bus

# Root holds a connection with known options; the user may not read it
# without the helper.
fifo=$(mktemp -u)
mkfifo "$fifo"
"$holder" 61:6:6:0 < "$fifo" > "$fifo.out" &
exec 9> "$fifo"
i=0
until grep -q ready "$fifo.out" 2>/dev/null; do
    i=$((i + 1))
    [ $i -lt 100 ] || fail "the connection holder did not start"
    sleep 0.1
done

# ---- allowed ----
start_polkitd YES
out=$(as_user pkexec "$helper" dump) || fail "allowed: pkexec $helper dump failed"
echo "$out" | head -1 | grep -qx "keepalive-tuner-inspect 1" || fail "allowed: no header: $out"
echo "$out" | grep -q " 1 1 61 6 6 0 " || fail "allowed: root's connection (61/6/6) is not listed: $out"
echo "$out" | tail -1 | grep -q "^end " || fail "allowed: no trailer"
status=0
err=$(as_user pkexec "$helper" dump --pid 1 2>&1 >/dev/null) || status=$?
[ "$status" -eq 2 ] || fail "allowed: an extra argument was not refused with 2 (got $status: $err)"
echo "allowed: $(echo "$out" | wc -l) lines, root's options read"
stop_polkitd

# ---- denied ----
start_polkitd NO
status=0
out=$(as_user pkexec "$helper" dump 2>/dev/null) || status=$?
[ "$status" -eq 127 ] || fail "denied: pkexec returned $status, not 127"
[ -z "$out" ] || fail "denied: the helper printed something: $out"
stop_polkitd
exec 9>&-

echo "PASS: allowed through pkexec read root's options; denied printed nothing"
