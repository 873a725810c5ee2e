# Sourced by the end-to-end polkit tests (pkexec-e2e.sh, pkexec-inspect-e2e.sh)
# inside their private mount, network and PID namespaces, after the policy is
# in place. Gives a system bus of their own and polkitd with one rule.
# Needs: $user (who runs pkexec), $action (the polkit action the rule is
# for), $polkitd (its path) and a fail() function.

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
