#!/bin/bash
# Runs contrib/ansible/keepalive-fleet.yml with ansible-core against localhost
# (local connection) and fixture reports: a matching fleet passes, a drifting
# host or baseline fails and is named. Offline; everything Ansible writes goes
# to a temporary directory. Exits 77 (skip) when ansible-playbook is absent.
#   ansible-test.sh SOURCE_DIR KEEPALIVECTL
set -u
src=$1
keepalivectl=$2
if ! command -v ansible-playbook >/dev/null; then
    echo "SKIP: ansible-playbook is not installed (Debian package ansible-core)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Ansible's own state and temporary files stay in $tmp: never ~/.ansible.
export HOME="$tmp/home" ANSIBLE_HOME="$tmp/ansible-home" ANSIBLE_LOCAL_TEMP="$tmp/local-tmp" \
    ANSIBLE_REMOTE_TEMP="$tmp/remote-tmp" ANSIBLE_RETRY_FILES_ENABLED=0 ANSIBLE_NOCOLOR=1 \
    ANSIBLE_FORCE_COLOR=0 ANSIBLE_CONFIG="$tmp/none.cfg" ANSIBLE_STDOUT_CALLBACK=default \
    ANSIBLE_LOAD_CALLBACK_PLUGINS=0 ANSIBLE_DEPRECATION_WARNINGS=0 \
    ANSIBLE_LOCALHOST_WARNING=0 ANSIBLE_INVENTORY_UNPARSED_WARNING=0 ANSIBLE_PIPELINING=1 \
    ANSIBLE_COLLECTIONS_PATH="$tmp/collections" ANSIBLE_GATHERING=explicit
mkdir -p "$HOME"
fixtures="$src/tests/fixtures"
reports="$fixtures/reports"
playbook="$src/contrib/ansible/keepalive-fleet.yml"
python=$(command -v python3)
failures=0

# inventory NAME [HOST=REPORT]...: localhost, whose keepalivectl reads the
# host-a fixture tree (900/45/7 s), then hosts read from fixture reports.
inventory() {
    local file="$tmp/$1.yml" entry
    shift
    {
        echo "all:"
        echo "  vars: {ansible_connection: local, ansible_python_interpreter: $python}"
        echo "  hosts:"
        echo "    localhost: {}"
        for entry in "$@"; do
            echo "    ${entry%%=*}: {keepalive_report_file: ${entry#*=}}"
        done
    } >"$file"
    echo "$file"
}

# run NAME EXPECT(pass|fail) GREP INVENTORY [extra ansible-playbook args]:
# one playbook run in the background (the runs are independent: each has its
# own inventory, reports directory and log); check NAME afterwards.
run() {
    local name=$1 expect=$2 pattern=$3 inv=$4
    shift 4
    (
        ansible-playbook -i "$inv" "$playbook" \
            -e "{\"keepalivectl\": \"$keepalivectl\", \"reports_dir\": \"$tmp/reports-$name\"}" \
            -e "{\"keepalivectl_args\": [\"--proc-sys\", \"$fixtures/host-a/proc/sys\", \"--config-root\", \"$fixtures/host-a\"]}" \
            "$@" >"$tmp/$name.log" 2>&1
        echo $? >"$tmp/$name.rc"
    ) &
    echo "$name $expect $pattern" >>"$tmp/runs"
}

check_runs() {
    local name expect pattern rc
    while read -r name expect pattern; do
        rc=$(cat "$tmp/$name.rc")
        if { [ "$expect" = pass ] && [ "$rc" -ne 0 ]; } ||
            { [ "$expect" = fail ] && [ "$rc" -eq 0 ]; } ||
            ! grep -q -- "$pattern" "$tmp/$name.log"; then
            echo "FAIL: $name: expected to $expect with \"$pattern\", exit status $rc"
            cat "$tmp/$name.log"
            failures=$((failures + 1))
        else
            echo "PASS: $name (exit status $rc)"
        fi
    done <"$tmp/runs"
}

# A baseline file that localhost and both fixture hosts match.
run matching pass "web-2 matches the baseline" \
    "$(inventory a "web-1=$reports/matching/web-1.json" "web-2=$reports/matching/web-2.json")" \
    -e "baseline_file=$reports/baseline-matching.yml"
# A baseline file localhost drifts from.
run drifting-baseline fail "DRIFT localhost: net.ipv4.tcp_keepalive_time is 900, baseline 7200" \
    "$(inventory b)" -e "baseline_file=$reports/baseline-drifting.yml"
# No baseline file: the first host (localhost) is the baseline; web-3 drifts
# and is named, web-1 matches.
run drifting-host fail "DRIFT web-3: net.ipv4.tcp_keepalive_time is 7200, baseline 900" \
    "$(inventory c "web-1=$reports/matching/web-1.json" "web-3=$reports/drifting/web-3.json")"
wait
check_runs
if ! grep -q "localhost matches the baseline" "$tmp/matching.log" ||
    ! cmp -s <(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["settings"][0]["value"])' \
        "$tmp/reports-matching/localhost.json") <(echo 900) ||
    [ ! -s "$tmp/reports-matching/web-2.json" ]; then
    echo "FAIL: matching: localhost not compared, or the reports were not gathered"
    failures=$((failures + 1))
fi
if ! grep -q "web-1 matches the baseline" "$tmp/drifting-host.log"; then
    echo "FAIL: drifting-host: web-1 was not found to match"
    failures=$((failures + 1))
fi
if [ -e "$tmp/home/.ansible" ] && [ -n "$(ls -A "$tmp/home/.ansible")" ]; then
    echo "note: ansible wrote below its (temporary) HOME: $(ls -A "$tmp/home/.ansible")"
fi
[ $failures -eq 0 ] && echo "all playbook runs behaved" || exit 1
