#!/bin/bash
# keepalivectl show --format prometheus, checked by Prometheus's own promtool
# (`promtool check metrics`: the exposition format and the naming lint), on a
# fixture tree, on one whose values cannot be read and on this host; and
# the example alerting rules of contrib/prometheus. Exits 77 (skip)
# when promtool is absent.
#   promtool-test.sh SOURCE_DIR KEEPALIVECTL
set -u
src=$1
keepalivectl=$2
if ! command -v promtool >/dev/null; then
    echo "SKIP: promtool is not installed (Debian package prometheus)"
    exit 77
fi
fixtures="$src/tests/fixtures"
failures=0
check() {
    local name=$1 metrics lint
    shift
    metrics=$("$keepalivectl" show --format prometheus "$@")
    if [ -z "$metrics" ]; then
        echo "FAIL: $name: no metrics"
        failures=$((failures + 1))
        return
    fi
    # check metrics reads stdin; any finding (format error or lint) is a failure.
    if ! lint=$(printf '%s\n' "$metrics" | promtool check metrics 2>&1) || [ -n "$lint" ]; then
        echo "FAIL: $name: promtool check metrics says:"
        echo "$lint"
        echo "$metrics"
        failures=$((failures + 1))
    else
        echo "PASS: $name ($(grep -vc '^#' <<<"$metrics") samples)"
    fi
}
check host-a --proc-sys "$fixtures/host-a/proc/sys" --config-root "$fixtures/host-a"
check unreadable --proc-sys /nonexistent/proc/sys --config-root "$fixtures/host-a"
check this-host
# The example alerting rules: valid, and firing on the right series only.
for step in "check rules $src/contrib/prometheus/keepalive-tuner.rules.yml" \
    "test rules $src/tests/fleet/rules-test.yml"; do
    # shellcheck disable=SC2086
    if out=$(promtool $step 2>&1); then
        echo "PASS: promtool ${step%% /*}"
    else
        echo "FAIL: promtool $step:"
        echo "$out"
        failures=$((failures + 1))
    fi
done
[ $failures -eq 0 ] || exit 1
