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

# skip, fail, run_isolated, install_policy, the bus and polkitd: shared with
# the other polkit test.
. "$(dirname "$0")/polkit-e2e-lib.sh"

[ $# -eq 3 ] || fail "usage: $0 KEEPALIVECTL HELPER POLICY"
ctl=$1
helper=$(realpath -e "$2")
policy=$3
user=nobody
polkitd=/usr/lib/polkit-1/polkitd
action=io.github.keepalive_tuner.change-keepalive

[ -n "${KT_E2E_INSIDE:-}" ] || run_isolated "$ctl" "$@"

# ---- inside the namespaces (this shell is PID 1 of its PID namespace) ----
install_policy io.github.keepalive_tuner.policy
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
