#!/bin/sh
# Runs "$@" as root in private mount and network namespaces, with loopback up
# and an empty tmpfs over /etc/sysctl.d, so a test can run the privileged
# helper for real (write /proc/sys, write and remove the drop-in) while the
# host's values and files stay untouched: the namespaces' sysctls and the
# tmpfs vanish when the test ends. Exits 77 (CTest: skipped) with the reason
# when not root or when the namespaces cannot be created.
set -u
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: this test runs the privileged helper for real and needs root (to create" \
         "mount and network namespaces); run the test suite as root to include it." >&2
    exit 77
fi
if [ ! -d /etc/sysctl.d ]; then
    # Creating it here would change the host; the tmpfs needs a mount point.
    echo "SKIP: /etc/sysctl.d does not exist on this host, and this test does not create" \
         "it outside its own namespaces." >&2
    exit 77
fi
if ! reason=$(unshare --mount --net --propagation private true 2>&1); then
    echo "SKIP: cannot create private mount and network namespaces here ($reason)." >&2
    exit 77
fi
# The test compares its own network namespace with this one, to refuse to run
# anywhere but inside the new namespaces.
KT_OUTER_NETNS=$(readlink /proc/self/ns/net)
export KT_OUTER_NETNS
exec unshare --mount --net --propagation private sh -c '
    ip link set lo up || exit 1
    mount -t tmpfs -o mode=0755 kt-test-sysctl.d /etc/sysctl.d || exit 1
    exec "$@"' in-root-mountns "$@"
