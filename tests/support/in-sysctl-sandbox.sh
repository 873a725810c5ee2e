#!/bin/sh
# Runs "$@" as root in private mount and network namespaces in which the
# configuration directories of the boot appliers are private and empty, so a
# test can run the real systemd-sysctl and `sysctl --system` on trees it
# writes: tmpfs over /run (and with it /run/sysctl.d), an overlay over /etc
# and /usr/local whose changes live in that tmpfs, and a tmpfs over
# /usr/lib/sysctl.d (/lib/sysctl.d where it is a directory of its own). The
# appliers then write only the network namespace's keep-alive keys. Nothing of
# the host changes; all of it vanishes when the test ends. Exits 77 (CTest:
# skipped) with the reason when this cannot be done.
set -u
skip() {
    echo "SKIP: $*" >&2
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip "this test runs systemd-sysctl and sysctl --system for real and" \
    "needs root (private mount and network namespaces); run the suite as root to include it."
for program in /lib/systemd/systemd-sysctl /sbin/sysctl; do
    [ -x "$program" ] || skip "$program is not installed."
done
for dir in /etc /usr/local /usr/lib/sysctl.d; do
    [ -d "$dir" ] || skip "$dir does not exist here, and this test does not create it on the host."
done
if ! reason=$(unshare --mount --net --propagation private true 2>&1); then
    skip "cannot create private mount and network namespaces here ($reason)."
fi
KT_OUTER_NETNS=$(readlink /proc/self/ns/net)
export KT_OUTER_NETNS
exec unshare --mount --net --propagation private sh -c '
    set -e
    mount -t tmpfs -o mode=0755 kt-sysctl-run /run
    mkdir -p /run/kt-sandbox/etc /run/kt-sandbox/etc-work /run/kt-sandbox/local \
        /run/kt-sandbox/local-work /run/sysctl.d
    mount -t overlay kt-sysctl-etc -o lowerdir=/etc,upperdir=/run/kt-sandbox/etc,workdir=/run/kt-sandbox/etc-work /etc
    mount -t overlay kt-sysctl-local -o lowerdir=/usr/local,upperdir=/run/kt-sandbox/local,workdir=/run/kt-sandbox/local-work /usr/local
    mount -t tmpfs -o mode=0755 kt-sysctl-usr /usr/lib/sysctl.d
    if [ -d /lib/sysctl.d ] && [ ! /lib/sysctl.d -ef /usr/lib/sysctl.d ]; then
        mount -t tmpfs -o mode=0755 kt-sysctl-lib /lib/sysctl.d
    fi
    mkdir -p /usr/local/lib/sysctl.d
    KT_SYSCTL_SANDBOX=1 exec "$@"' in-sysctl-sandbox "$@"
