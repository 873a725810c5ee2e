#!/bin/sh
# Stands in for "pkexec keepalive-tuner-helper ARGS" in the writer and GUI
# tests, so they exercise every outcome without root or polkit. $1 is the
# helper path (ignored); the rest are the helper's arguments. Driven by the
# environment the test sets:
#   KT_FAKE_PROC_SYS     fixture /proc/sys tree the "helper" writes
#   KT_FAKE_SYSCTL_D     fixture /etc/sysctl.d for --persist
#   KT_FAKE_EXIT         exit with this status and change nothing (126: dialog
#                        dismissed, 127: not authorized, 8: write failed, ...)
#   KT_FAKE_LIE          exit 0 but change nothing (the writer must notice)
#   KT_FAKE_DELAY        seconds to wait first (a slow password prompt)
set -eu
shift
[ -n "${KT_FAKE_DELAY:-}" ] && sleep "$KT_FAKE_DELAY"
if [ "${KT_FAKE_EXIT:-0}" -ne 0 ]; then
    echo "keepalive-tuner-helper: fake refusal with status $KT_FAKE_EXIT" >&2
    exit "$KT_FAKE_EXIT"
fi
[ -n "${KT_FAKE_LIE:-}" ] && exit 0
verb=$1
shift
persist=
write() { printf '%s\n' "$2" > "$KT_FAKE_PROC_SYS/$(echo "$1" | tr . /)"; }
case "$verb" in
set)
    for arg in "$@"; do
        case "$arg" in
        --persist) persist=1 ;;
        *) write "${arg%%=*}" "${arg#*=}" ;;
        esac
    done
    if [ -n "$persist" ]; then
        d=$KT_FAKE_PROC_SYS/net/ipv4
        {
            echo "# fake drop-in"
            echo "net.ipv4.tcp_keepalive_time = $(cat "$d/tcp_keepalive_time")"
            echo "net.ipv4.tcp_keepalive_intvl = $(cat "$d/tcp_keepalive_intvl")"
            echo "net.ipv4.tcp_keepalive_probes = $(cat "$d/tcp_keepalive_probes")"
        } > "$KT_FAKE_SYSCTL_D/90-keepalive-tuner.conf"
    fi
    ;;
reset)
    write net.ipv4.tcp_keepalive_time 7200
    write net.ipv4.tcp_keepalive_intvl 75
    write net.ipv4.tcp_keepalive_probes 9
    [ "${1:-}" = --persist ] && rm -f "$KT_FAKE_SYSCTL_D/90-keepalive-tuner.conf"
    ;;
esac
exit 0
