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

# skip, fail, run_isolated, install_policy, the bus and polkitd: shared with
# the other polkit test.
. "$(dirname "$0")/polkit-e2e-lib.sh"

[ $# -eq 3 ] || fail "usage: $0 HOLDER HELPER POLICY"
holder=$1
helper=$(realpath -e "$2")
policy=$3
user=nobody
polkitd=/usr/lib/polkit-1/polkitd
action=io.github.keepalive_tuner.inspect-connections

[ -n "${KT_E2E_INSIDE:-}" ] || run_isolated "$helper" "$@"

# ---- inside the namespaces (this shell is PID 1 of its PID namespace) ----
install_policy io.github.keepalive_tuner.inspect.policy
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
