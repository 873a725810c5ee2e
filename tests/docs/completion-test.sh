#!/usr/bin/env bash
# Drives the bash completion of keepalivectl as bash would, and checks what
# it offers. Usage: completion-test.sh COMPLETION_FILE KEEPALIVECTL
set -uo pipefail

completion=$1
program_dir=$(cd "$(dirname "$2")" && pwd)
framework=/usr/share/bash-completion/bash_completion
if [ ! -r "$framework" ]; then
    echo "SKIP: bash-completion is not installed (Debian package bash-completion)"
    exit 77
fi
# shellcheck disable=SC1090
source "$framework"
# shellcheck disable=SC1090
source "$completion"
PATH=$program_dir:$PATH
# compopt works only inside a completion bash started; here it is a no-op.
compopt() { :; }

failures=0

# offers "WORDS OF THE LINE" -- EXPECTED...: the completion of the last word
# must contain every EXPECTED (and nothing when EXPECTED is "nothing").
offers() {
    local line=$1
    shift
    [ "$1" = -- ] && shift
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _keepalivectl
    local got=" ${COMPREPLY[*]} " want
    for want in "$@"; do
        if [ "$want" = nothing ]; then
            [ ${#COMPREPLY[@]} -eq 0 ] && continue
        elif [[ $got == *" $want "* ]]; then
            continue
        fi
        echo "FAIL: '$line' offers [${COMPREPLY[*]}], expected $want"
        failures=$((failures + 1))
        return
    done
    echo "ok: '$line' -> ${COMPREPLY[*]}"
}

offers "keepalivectl " -- show schedule probe set reset
offers "keepalivectl sch" -- schedule
offers "keepalivectl --" -- --help --version
offers "keepalivectl schedule --" -- --idle --interval --count --user-timeout --peer --json
offers "keepalivectl schedule --peer " -- alive dead data
offers "keepalivectl probe --idle " -- nothing
offers "keepalivectl show --applier " -- systemd procps
offers "keepalivectl show --format " -- text json prometheus
offers "keepalivectl set net.ipv4.tcp_keepalive_t" -- net.ipv4.tcp_keepalive_time=
offers "keepalivectl set " -- net.ipv4.tcp_keepalive_time= net.ipv4.tcp_keepalive_intvl= \
    net.ipv4.tcp_keepalive_probes=
offers "keepalivectl set --p" -- --persist
offers "keepalivectl advise --middlebox aws-n" -- aws-nlb aws-nat-gateway
offers "keepalivectl advise --middlebox " -- aws-nlb azure-lb gcp-cloud-nat linux-conntrack ipvs \
    rfc5382-nat
offers "keepalivectl code py" -- python
offers "keepalivectl code " -- sysctl sysctl-d c python node redis openssh
offers "keepalivectl code c --os " -- linux macos windows
offers "keepalivectl code c --idle " -- nothing
offers "keepalivectl lab d" -- dead-peer data-in-flight
offers "keepalivectl lab " -- alive dead-peer peer-restarted middlebox data-in-flight
offers "keepalivectl pa" -- path-timeout
offers "keepalivectl path-timeout --" -- --max --min --resolution --parallel --send --hz --json
offers "keepalivectl path-timeout --send " -- nothing
offers "keepalivectl path-timeout example.org:22 --ma" -- --max
offers "keepalivectl probe --listen 4242 --e" -- --echo

# Every command keepalivectl lists is offered, with every option its --help lists.
for command in $(_keepalivectl_commands keepalivectl); do
    offers "keepalivectl ${command:0:3}" -- "$command"
    mapfile -t options < <(_keepalivectl_options keepalivectl "$command")
    [ ${#options[@]} -gt 0 ] || { echo "FAIL: no options for $command"; failures=$((failures + 1)); }
    offers "keepalivectl $command --" -- "${options[@]}"
done

if [ $failures -gt 0 ]; then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "all completion checks passed"
