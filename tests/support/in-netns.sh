#!/bin/sh
# Runs "$@" in a private network namespace with loopback up, so a test can set
# the keep-alive sysctls, add nftables rules and capture on loopback without
# touching the host. As root: unshare --net. Otherwise: an unprivileged user
# namespace that maps the caller to root inside (unshare -Urn). Exits 77 —
# CTest's "skipped" — with the reason when the system allows neither.
set -u
if [ "$(id -u)" -eq 0 ]; then
    how="--net"
else
    how="--map-root-user --net"
fi
# shellcheck disable=SC2086 # $how is two words on purpose
if ! reason=$(unshare $how true 2>&1); then
    echo "SKIP: cannot create a private network namespace here ($reason); this test" \
         "needs one so that it never touches the host's settings." >&2
    exit 77
fi
# shellcheck disable=SC2086
exec unshare $how sh -c 'ip link set lo up || exit 1; exec "$@"' in-netns "$@"
