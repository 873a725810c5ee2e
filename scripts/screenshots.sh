#!/usr/bin/env bash
# Renews every screenshot the README, docs/ and the AppStream metainfo show,
# light and dark, from `keepalive-tuner --screenshot`:
#   scripts/screenshots.sh [--lang LOCALE] [BUILD_DIR]
# BUILD_DIR (or $BUILD_DIR; default build/) is a configured and built tree:
# this script builds nothing. It runs offscreen and writes docs/screenshots/
# for English, docs/screenshots/<LOCALE>/ for another language (--lang
# zh_CN, or LANG/LC_ALL=zh_CN.UTF-8 in the environment); the locale is passed
# to the program, which shows the translation it has.
#
# What it writes, each as NAME.png and NAME-dark.png:
#   every page of the window          (--screenshot DIR: system, advisor, ...)
#   timeline-live, timeline-goal      (--screenshot DIR --scene NAME)
#   path-timeout-running,             the path measurement during and after a
#   path-timeout-done,                run, and the Advisor with the timeout it
#   advisor-measured                  found (--scene NAME --path-target), in a
#                                     private network namespace
#   connections                       a few loopback connections with known
#                                     options, in a private network namespace
#   connections-20000                 the same page at 20 000 connections
# The Connections pictures are taken in a private network namespace so they
# show connections made for them, not the ones of the machine that renders
# them; they need kt_connection_holder, which a build with tests has. The
# path measurement's pictures measure a middlebox staged in a private network
# namespace (conntrack forgets an idle flow after 5 s and drops what comes
# later, the Lab's box: kt_stage_middlebox, also from a build with tests),
# with the echo listener (keepalivectl probe --listen PORT --echo) as the
# server. Run as root, the program runs as nobody, so the pictures show what
# a person sees.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

usage() {
    echo "usage: $0 [--lang LOCALE] [BUILD_DIR]" >&2
    exit 2
}
die() {
    echo "screenshots: $*" >&2
    exit 1
}

# The prefix that runs a program in the chosen language ($kt_locale,
# $kt_language), as the array locale_cmd.
set_locale_cmd() {
    locale_cmd=(env -u LANGUAGE LANG="$kt_locale" LC_ALL="$kt_locale")
    if [ -n "$kt_language" ]; then
        locale_cmd+=(LANGUAGE="$kt_language")
    fi
}

# --- inside a private network namespace (the script runs itself there) ---
# $1: connections (held by as many holder processes as the file limit needs),
# $2: where to write connections.png and connections-dark.png; the rest of
# the environment ($gui, $holder) comes from the outer run.
render_connections() {
    local total=$1 out=$2 specs=() i locale_cmd
    set_locale_cmd
    work=$(mktemp -d) # global: the EXIT trap outlives this function
    # The holders end when this shell does (their standard input closes).
    trap 'rm -rf "$work"' EXIT
    # Each connection is two sockets in the holder; raise the soft limit as
    # far as the hard one allows and split the load across processes.
    ulimit -n "$(ulimit -Hn)"
    local per=$((($(ulimit -n) - 64) / 2))
    [ "$per" -gt 5000 ] && per=5000
    [ "$per" -gt 0 ] || die "the open-file limit ($(ulimit -n)) is too low to hold connections"

    local fds=() pids=() n=0
    start_holder() { # SPEC... (the first word may be --v6)
        local fifo="$work/in$n" fd
        mkfifo "$fifo"
        "$holder" "$@" <"$fifo" >"$work/out$n" 2>"$work/err$n" &
        pids+=($!)
        # Held open until this shell ends: the holder keeps its connections
        # until its standard input closes.
        exec {fd}>"$fifo"
        fds+=("$fd")
        local tries=0
        until grep -q '^ready ' "$work/out$n" 2>/dev/null; do
            kill -0 "${pids[-1]}" 2>/dev/null ||
                die "kt_connection_holder failed: $(cat "$work/err$n")"
            tries=$((tries + 1))
            [ "$tries" -lt 1200 ] || die "kt_connection_holder was not ready within 120 s"
            sleep 0.1
        done
        n=$((n + 1))
    }

    if [ "$total" -eq 0 ]; then
        # A few connections with the options people meet: the kernel's
        # defaults, a short idle for a load balancer, a user timeout, IPv6.
        start_holder off 45:10:5:0 600:60:5:0 7200:75:9:0 30:5:3:45000
        start_holder --v6 off 300:30:4:0
    else
        # Half the clients with keep-alive on, as bench_connections does.
        local left=$total chunk
        while [ "$left" -gt 0 ]; do
            chunk=$((left < per ? left : per))
            specs=()
            for ((i = 0; i < chunk; i++)); do
                if ((i % 2)); then specs+=(600:60:5:0); else specs+=(off); fi
            done
            start_holder "${specs[@]}"
            left=$((left - chunk))
        done
    fi
    for theme in light dark; do
        local flags=() shots="$work/shots-$theme"
        [ "$theme" = dark ] && flags=(--dark)
        "${locale_cmd[@]}" "$gui" --screenshot "$shots" --page connections "${flags[@]}" \
            >/dev/null 2>"$work/gui.err" || die "keepalive-tuner failed: $(cat "$work/gui.err")"
        ! grep -q 'not ready' "$work/gui.err" ||
            die "the Connections page did not settle in time: $(cat "$work/gui.err")"
        local suffix=""
        [ "$theme" = dark ] && suffix=-dark
        mv "$shots/connections.png" "$out/connections$suffix.png"
    done
    for fd in "${fds[@]}"; do exec {fd}>&-; done
    wait "${pids[@]}" 2>/dev/null || true
}

# $1: where to write the path measurement's pictures, light and dark; the
# rest of the environment ($gui, $keepalivectl, $stager) comes from the outer
# run. The box and the listener go with the namespace's last process.
render_path() {
    local out=$1 locale_cmd
    set_locale_cmd
    # Global, as $work: the EXIT trap outlives this function.
    echo_pid=""
    work=$(mktemp -d)
    trap '[ -z "$echo_pid" ] || kill "$echo_pid" 2>/dev/null; rm -rf "$work"' EXIT
    # Refuses, and so does this script, unless the namespace is a fresh one.
    "$stager" 5 drop || die "could not stage the middlebox"
    local port=4242 tries=0
    "$keepalivectl" probe --listen "$port" --echo >"$work/echo.out" 2>"$work/echo.err" &
    echo_pid=$!
    until grep -q "^Echoing on port $port" "$work/echo.out" 2>/dev/null; do
        kill -0 "$echo_pid" 2>/dev/null ||
            die "the echo listener failed: $(cat "$work/echo.err")"
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || die "the echo listener did not listen within 10 s"
        sleep 0.1
    done
    for theme in light dark; do
        local flags=() suffix=""
        if [ "$theme" = dark ]; then
            flags=(--dark)
            suffix=-dark
        fi
        for scene in path-timeout-running path-timeout-done advisor-measured; do
            echo "screenshots: scene $scene, $theme"
            local shots="$work/$theme-$scene"
            "${locale_cmd[@]}" "$gui" --screenshot "$shots" --scene "$scene" \
                --path-target "127.0.0.1:$port" "${flags[@]}" >/dev/null 2>"$work/gui.err" ||
                die "keepalive-tuner --scene $scene failed: $(cat "$work/gui.err")"
            ! grep -q 'not ready' "$work/gui.err" ||
                die "the scene $scene did not settle in time: $(cat "$work/gui.err")"
            mv "$shots/$scene.png" "$out/$scene$suffix.png"
        done
    done
}

if [ "${1:-}" = --inside-netns ]; then
    shift
    render_connections "$@"
    exit 0
fi
if [ "${1:-}" = --inside-netns-path ]; then
    shift
    render_path "$@"
    exit 0
fi

# --- outside: options, checks, the pictures ---
lang=""
build_dir=${BUILD_DIR:-$root/build}
while [ $# -gt 0 ]; do
    case "$1" in
    --lang)
        [ $# -ge 2 ] || usage
        lang=$2
        shift 2
        ;;
    --lang=*)
        lang=${1#--lang=}
        shift
        ;;
    -h | --help) usage ;;
    -*) usage ;;
    *)
        build_dir=$1
        shift
        ;;
    esac
done
# Without --lang, the environment's language (LC_ALL wins over LANG, as for
# the program); C, POSIX and English render the English pictures.
if [ -z "$lang" ]; then
    lang=${LC_ALL:-${LANG:-C}}
fi
lang=${lang%%.*}
lang=${lang%%@*}
case "$lang" in
C | POSIX | en | en_*)
    lang=""
    locale=C.UTF-8
    out=$root/docs/screenshots
    ;;
*)
    [[ $lang =~ ^[a-z]{2,3}(_[A-Z]{2})?$ ]] || die "'$lang' is not a locale name such as zh_CN"
    locale=$lang.UTF-8
    out=$root/docs/screenshots/$lang
    if ! compgen -G "$root/resources/translations/*_$lang.ts" >/dev/null; then
        echo "screenshots: note: this tree has no $lang translation yet" \
             "(resources/translations); the pictures show the text the program has." >&2
    fi
    ;;
esac

gui=$build_dir/app/gui/keepalive-tuner
keepalivectl=$build_dir/app/cli/keepalivectl
holder=$build_dir/tests/kt_connection_holder
stager=$build_dir/tests/kt_stage_middlebox
[ -x "$gui" ] || die "$gui is missing: build the tree first (cmake --build $build_dir)"
[ -x "$keepalivectl" ] || die "$keepalivectl is missing: build the tree first (cmake --build $build_dir)"
[ -x "$holder" ] ||
    die "$holder is missing: the Connections pictures need it (a build with tests," \
        "or cmake --build $build_dir --target kt_connection_holder)"
[ -x "$stager" ] ||
    die "$stager is missing: the path measurement's pictures need it (a build with tests," \
        "or cmake --build $build_dir --target kt_stage_middlebox)"
export gui keepalivectl holder stager

# The same pictures on every machine: offscreen, no scaling, the chosen
# language only. The locale goes to the program alone (kt_locale, read by
# run_gui): Qt needs only the name, while bash warns about a locale that
# this machine has not generated.
export QT_QPA_PLATFORM=offscreen
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS QT_AUTO_SCREEN_SCALE_FACTOR
export kt_locale=$locale kt_language=$lang
set_locale_cmd

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Pictures written from now on are this run's.
started=$work/started
touch "$started"
render=$work/render
mkdir "$render"

# As root, the program runs as nobody: the pictures show what a person sees
# (the System page offering a password prompt, not "running as root").
as_renderer() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups \
            env HOME="$render" XDG_RUNTIME_DIR="$render/runtime" "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$work"
    mkdir -m 700 "$render/runtime"
    chown nobody:nogroup "$render" "$render/runtime"
    as_renderer test -x "$gui" ||
        die "running as root, the pictures are rendered as nobody, who cannot run $gui;" \
            "run this script as a normal user"
fi

put() { # SRC DEST: copied, so the picture belongs to whoever runs the script
    cp "$1" "$2"
    rm -f "$1"
}

shoot() { # DIR ARGS...: keepalive-tuner --screenshot DIR ARGS, failing on any warning
    local dir=$1
    shift
    as_renderer "${locale_cmd[@]}" "$gui" --screenshot "$dir" "$@" >/dev/null 2>"$work/gui.err" ||
        die "keepalive-tuner --screenshot $* failed: $(cat "$work/gui.err")"
    ! grep -q 'not ready' "$work/gui.err" ||
        die "a page did not settle in time (a busy machine?): $(cat "$work/gui.err")"
}

for theme in light dark; do
    flags=()
    suffix=""
    if [ "$theme" = dark ]; then
        flags=(--dark)
        suffix=-dark
    fi
    echo "screenshots: every page, $theme"
    shoot "$render/$theme" "${flags[@]}"
    for png in "$render/$theme"/*.png; do
        name=$(basename "$png" .png)
        # The host's own connections are not documentation; see below.
        [ "$name" = connections ] && continue
        put "$png" "$out/$name$suffix.png"
    done
    for scene in timeline-live timeline-goal; do
        echo "screenshots: scene $scene, $theme"
        shoot "$render/$theme-$scene" --scene "$scene" "${flags[@]}"
        put "$render/$theme-$scene/$scene.png" "$out/$scene$suffix.png"
    done
done

echo "screenshots: the path measurement, in a private network namespace"
as_renderer mkdir "$render/path"
as_renderer "$root/tests/support/in-netns.sh" "$here/screenshots.sh" --inside-netns-path \
    "$render/path" ||
    die "could not render the path measurement in a private network namespace"
for scene in path-timeout-running path-timeout-done advisor-measured; do
    put "$render/path/$scene.png" "$out/$scene.png"
    put "$render/path/$scene-dark.png" "$out/$scene-dark.png"
done

for count in 0 20000; do
    if [ "$count" -eq 0 ]; then
        echo "screenshots: Connections, in a private network namespace"
        name=connections
    else
        echo "screenshots: Connections at $count connections"
        name=connections-$count
    fi
    as_renderer mkdir "$render/$name"
    as_renderer "$root/tests/support/in-netns.sh" "$here/screenshots.sh" --inside-netns \
        "$count" "$render/$name" ||
        die "could not render the Connections page in a private network namespace"
    put "$render/$name/connections.png" "$out/$name.png"
    put "$render/$name/connections-dark.png" "$out/$name-dark.png"
done

# Pictures this run did not write are left from an older version: say so.
written=$(find "$out" -maxdepth 1 -name '*.png' -newer "$started" | wc -l)
stale=$(find "$out" -maxdepth 1 -name '*.png' ! -newer "$started" -printf '%f\n' | sort)
echo "screenshots: wrote $written pictures to ${out#"$root"/}"
[ -z "$stale" ] || echo "screenshots: not renewed (delete them if nothing uses them):" "${stale//$'\n'/ }"
