#!/bin/sh
# End to end with the real components: keepalivectl, run as an unprivileged
# user, changes a keep-alive sysctl through the real pkexec, polkitd and a
# system D-Bus, with the project's polkit policy. Allowed by a polkit rule: the
# kernel value changes (and the drop-in is written). Denied by a rule: nothing
# changes and keepalivectl says "not authorized".
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
# usage: pkexec-e2e.sh KEEPALIVECTL HELPER POLICY
#   POLICY is the generated io.github.keepalive_tuner.policy; its exec.path is
#   replaced with the canonical build-tree helper, which pkexec needs.
set -eu

skip() {
    echo "SKIP: $*" >&2
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[ $# -eq 3 ] || fail "usage: $0 KEEPALIVECTL HELPER POLICY"
ctl=$1
helper=$(realpath -e "$2")
policy=$3
user=nobody
polkitd=/usr/lib/polkit-1/polkitd
action=io.github.keepalive_tuner.change-keepalive

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
    setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups test -x "$ctl" ||
        skip "user $user cannot run $ctl (a directory above it is not world-searchable)."
    reason=$(unshare --mount --net --pid --fork --mount-proc --propagation private true 2>&1) ||
        skip "cannot create private mount, network and PID namespaces here ($reason)."

    before=$(host_state)
    status=0
    KT_E2E_INSIDE=1 unshare --mount --net --pid --fork --mount-proc --propagation private \
        "$0" "$ctl" "$helper" "$policy" || status=$?
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
    "$policy" > /usr/share/polkit-1/actions/io.github.keepalive_tuner.policy
grep -q ">$helper<" /usr/share/polkit-1/actions/io.github.keepalive_tuner.policy ||
    fail "could not point the policy's exec.path at $helper"
# The bus, polkitd and the user: shared with the other polkit test.
. "$(dirname "$0")/polkit-e2e-lib.sh"
start_system_bus

value() { cat /proc/sys/net/ipv4/tcp_keepalive_time; }
dropin=/etc/sysctl.d/90-keepalive-tuner.conf

# ---- allowed ----
start_polkitd YES
[ "$(value)" = 7200 ] || fail "the new network namespace does not start from the default"
out=$(as_user "$ctl" set net.ipv4.tcp_keepalive_time=1111 net.ipv4.tcp_keepalive_probes=4 \
    --persist 2>&1) || fail "allowed: keepalivectl set failed: $out"
echo "allowed: $out"
[ "$(value)" = 1111 ] || fail "allowed: the kernel holds $(value), not 1111"
[ "$(cat /proc/sys/net/ipv4/tcp_keepalive_probes)" = 4 ] || fail "allowed: probes not 4"
grep -qx "net.ipv4.tcp_keepalive_time = 1111" "$dropin" || fail "allowed: no drop-in written"
[ "$(stat -c %u "$dropin")" -eq 0 ] || fail "allowed: the drop-in is not owned by root"
stop_polkitd

# ---- denied ----
start_polkitd NO
status=0
out=$(as_user "$ctl" set net.ipv4.tcp_keepalive_time=2222 --persist 2>&1) || status=$?
echo "denied: $out (exit $status)"
[ "$status" -ne 0 ] || fail "denied: keepalivectl set succeeded"
echo "$out" | grep -q "Not authorized" || fail "denied: the message does not say not authorized"
echo "$out" | grep -q "Nothing was changed" || fail "denied: the message does not say nothing changed"
[ "$(value)" = 1111 ] || fail "denied: the kernel value changed to $(value)"
grep -qx "net.ipv4.tcp_keepalive_time = 1111" "$dropin" || fail "denied: the drop-in changed"
stop_polkitd

echo "PASS: allowed through pkexec changed the value; denied changed nothing"
