# Sourced by the end-to-end polkit tests (pkexec-e2e.sh, pkexec-inspect-e2e.sh).
# They run twice: outside, run_isolated checks what the test needs (skipping
# with the reason), runs the script again inside private mount, network and
# PID namespaces, and checks afterwards that the host is as it was; inside,
# install_policy, start_system_bus and start_polkitd give the test its own
# policy, system bus and polkitd rule.
# Needs: $user (who runs pkexec), $action (the polkit action the rule is for),
# $polkitd (its path), $helper (the canonical build-tree helper), $policy (the
# generated policy).

skip() {
    echo "SKIP: $*" >&2
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The host state the test must leave untouched.
host_state() {
    cat /proc/sys/net/ipv4/tcp_keepalive_time /proc/sys/net/ipv4/tcp_keepalive_intvl \
        /proc/sys/net/ipv4/tcp_keepalive_probes
    # Names and contents, not times: another program may touch a directory.
    ls -A /etc/sysctl.d /etc/polkit-1/rules.d /usr/share/polkit-1/actions /run/dbus 2>&1 || true
    find /etc/sysctl.d /etc/polkit-1/rules.d -type f -exec md5sum {} + 2>&1 | sort || true
}

# Outside the namespaces: the checks, then this script again inside them with
# the same arguments (KT_E2E_INSIDE set), then the host compared; exits with
# the inner run's status. $1: the program the user must be able to run.
run_isolated() {
    reachable=$1
    shift
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
    setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups test -x "$reachable" ||
        skip "user $user cannot run $reachable (a directory above it is not world-searchable)."
    reason=$(unshare --mount --net --pid --fork --mount-proc --propagation private true 2>&1) ||
        skip "cannot create private mount, network and PID namespaces here ($reason)."

    before=$(host_state)
    status=0
    KT_E2E_INSIDE=1 unshare --mount --net --pid --fork --mount-proc --propagation private \
        "$0" "$@" || status=$?
    after=$(host_state)
    if [ "$before" != "$after" ]; then
        echo "host state before:" >&2
        echo "$before" >&2
        echo "host state after:" >&2
        echo "$after" >&2
        fail "the test changed the host's values or files"
    fi
    exit "$status"
}

# Inside: the existing actions plus ours, with exec.path pointing at the
# build-tree helper, on a tmpfs only this mount namespace sees.
# $1: the policy's file name in /usr/share/polkit-1/actions.
install_policy() {
    policy_file=$1
    ip link set lo up

    # Overlays, each a tmpfs that only this mount namespace sees.
    actions=$(mktemp -d)
    cp -a /usr/share/polkit-1/actions/. "$actions/"
    mount -t tmpfs -o mode=0755 kt-e2e-actions /usr/share/polkit-1/actions
    cp -a "$actions/." /usr/share/polkit-1/actions/
    rm -rf "$actions"
    sed "s|<annotate key=\"org.freedesktop.policykit.exec.path\">[^<]*<|<annotate key=\"org.freedesktop.policykit.exec.path\">$helper<|" \
        "$policy" > "/usr/share/polkit-1/actions/$policy_file"
    grep -q ">$helper<" "/usr/share/polkit-1/actions/$policy_file" ||
        fail "could not point the policy's exec.path at $helper"
}

# A system bus of the test's own: tmpfs over /run/dbus (and /run when there
# is no /run/dbus to mount over), /etc/polkit-1/rules.d and /etc/sysctl.d, in
# this mount namespace only; the bus and polkitd are stopped on exit.
start_system_bus() {
    if [ ! -d /run/dbus ]; then
        # No system bus on this host: a tmpfs over /run (in this namespace only)
        # gives the directory without creating it on the host.
        mount -t tmpfs -o mode=0755 kt-e2e-run /run
        mkdir /run/dbus
    fi
    mount -t tmpfs -o mode=0755 kt-e2e-rules /etc/polkit-1/rules.d
    mount -t tmpfs -o mode=0755 kt-e2e-sysctl.d /etc/sysctl.d
    mount -t tmpfs -o mode=0755 kt-e2e-dbus /run/dbus

    bus_pid=$(dbus-daemon --system --fork --nopidfile --print-pid)
    polkit_pid=
    cleanup() {
        [ -n "$polkit_pid" ] && kill "$polkit_pid" 2>/dev/null
        kill "$bus_pid" 2>/dev/null
        true
    }
    trap cleanup EXIT
}

name_owned() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.PolicyKit1 2>/dev/null |
        grep -q "boolean true"
}

# Starts polkitd with one rule for the test user: "YES" or "NO".
start_polkitd() {
    cat > /etc/polkit-1/rules.d/00-keepalive-tuner-e2e.rules <<RULES
polkit.addRule(function(action, subject) {
    if (action.id == "$action" && subject.user == "$user")
        return polkit.Result.$1;
});
RULES
    # Started as root: polkitd switches to its own user by itself.
    "$polkitd" --no-debug &
    polkit_pid=$!
    i=0
    until name_owned; do
        i=$((i + 1))
        [ $i -lt 300 ] || fail "polkitd did not appear on the test's system bus within 30 s"
        sleep 0.1
    done
}

stop_polkitd() {
    kill "$polkit_pid"
    wait "$polkit_pid" 2>/dev/null || true
    polkit_pid=
}

as_user() {
    setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups \
        env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
