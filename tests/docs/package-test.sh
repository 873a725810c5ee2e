#!/usr/bin/env bash
# Builds the Debian package from this build tree with CPack, and checks it:
# dpkg-deb --info is well formed, the contents are all there, lintian reports
# no errors or warnings, the package installs into a throwaway root (as root), and the
# policy's exec.path names the installed helper.
# Usage: package-test.sh BUILD_DIR
set -uo pipefail

build_dir=$1
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build_dir/CMakeCache.txt")
[ "$prefix" = /usr ] ||
    skip "this build installs under $prefix; a Debian package needs -DCMAKE_INSTALL_PREFIX=/usr" \
        "(scripts/quickstart.sh configures it so)"
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null 2>&1 ||
        skip "$tool is not installed (Debian packages cmake and dpkg-dev)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- build ---
(cd "$build_dir" && cpack -G DEB -B "$work/out" --config CPackConfig.cmake) >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb="$work/out/keepalive-tuner_${version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$work/out"; fail "no keepalive-tuner_${version}_${arch}.deb"; }
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- control data ---
info=$(dpkg-deb --info "$deb") || fail "dpkg-deb --info cannot read the package"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = keepalive-tuner ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
# dpkg-shlibdeps found the libraries; pkexec and polkitd are run, not linked.
for dependency in libc6 libqt6core6 libqt6widgets6 libmnl0 pkexec polkitd fonts-noto-cjk; do
    [[ $depends == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
done
echo "control: Depends: $depends"
[[ $info == *"Installed-Size:"* ]] || fail "no Installed-Size in dpkg-deb --info"
[[ $(field Recommends) == *qt6-translations-l10n* ]] ||
    fail "Recommends lacks qt6-translations-l10n: $(field Recommends)"

# The changelog's newest entry is this version.
changelog_version=$(dpkg-deb --fsys-tarfile "$deb" |
    tar -xOf - ./usr/share/doc/keepalive-tuner/changelog.gz | gzip -dc | head -1 |
    sed -n 's/^keepalive-tuner (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "the changelog's newest version is '$changelog_version', the package's $version"

# --- contents, file by file ---
tree="$work/tree"
dpkg-deb -x "$deb" "$tree" || fail "dpkg-deb -x failed"
expect_file() {
    [ -f "$tree$1" ] || fail "missing $1"
}
expect_exec() {
    [ -f "$tree$1" ] && [ -x "$tree$1" ] || fail "missing or not executable: $1"
}
expect_exec /usr/bin/keepalive-tuner
expect_exec /usr/bin/keepalivectl
expect_exec /usr/libexec/keepalive-tuner-helper
expect_exec /usr/libexec/keepalive-tuner-lab
expect_file /usr/share/polkit-1/actions/io.github.keepalive_tuner.policy
expect_exec /usr/libexec/keepalive-tuner-inspect
expect_file /usr/share/polkit-1/actions/io.github.keepalive_tuner.inspect.policy
expect_file /usr/share/applications/keepalive-tuner.desktop
expect_file /usr/share/icons/hicolor/scalable/apps/keepalive-tuner.svg
expect_file /usr/share/metainfo/io.github.keepalive_tuner.metainfo.xml
expect_file /usr/share/man/man1/keepalivectl.1.gz
expect_file /usr/share/man/man1/keepalive-tuner.1.gz
expect_file /usr/share/man/man8/keepalive-tuner-helper.8.gz
expect_file /usr/share/man/man1/keepalive-tuner-lab.1.gz
expect_file /usr/share/man/man8/keepalive-tuner-inspect.8.gz
expect_file /usr/share/bash-completion/completions/keepalivectl
expect_file /usr/share/doc/keepalive-tuner/copyright
expect_file /usr/share/doc/keepalive-tuner/changelog.gz
expect_file /usr/share/doc/keepalive-tuner/README.md
# The Chinese interface's translation, beside the one built into the programs.
qm=/usr/share/keepalive-tuner/translations/keepalive-tuner_zh_CN.qm
expect_file "$qm"
[ "$(head -c 16 "$tree$qm" | od -An -tx1 | tr -d ' \n')" = 3cb86418caef9c95cd211cbf60a1bddd ] ||
    fail "$qm is not a Qt translation (.qm)"
# Nothing outside /usr, and no file of the build machine's paths.
outside=$(cd "$tree" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || fail "files outside /usr: $outside"
echo "contents: $(cd "$tree" && find . -type f | wc -l) files, all expected ones present"

# pkexec runs the helper only when the policy's exec.path names it.
exec_path=$(sed -n 's|.*<annotate key="org.freedesktop.policykit.exec.path">\([^<]*\)<.*|\1|p' \
    "$tree/usr/share/polkit-1/actions/io.github.keepalive_tuner.policy")
[ "$exec_path" = /usr/libexec/keepalive-tuner-helper ] ||
    fail "the policy's exec.path is '$exec_path', the helper is /usr/libexec/keepalive-tuner-helper"
echo "policy: exec.path $exec_path is the installed helper"
inspect_path=$(sed -n 's|.*<annotate key="org.freedesktop.policykit.exec.path">\([^<]*\)<.*|\1|p' \
    "$tree/usr/share/polkit-1/actions/io.github.keepalive_tuner.inspect.policy")
[ "$inspect_path" = /usr/libexec/keepalive-tuner-inspect ] ||
    fail "the read-only policy's exec.path is '$inspect_path', the helper is /usr/libexec/keepalive-tuner-inspect"
echo "policy: exec.path $inspect_path is the installed read-only helper"

# The installed keepalivectl runs from the tree (its libraries are the
# system's) and its manual page renders.
"$tree/usr/bin/keepalivectl" --version >/dev/null || fail "the packaged keepalivectl does not run"

# --- lintian: no errors, no warnings ---
if command -v lintian >/dev/null 2>&1; then
    lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
    cat "$work/lintian.log"
    # No errors; and no warnings either, since the package has no overrides.
    if grep -q '^[EW]: ' "$work/lintian.log"; then
        fail "lintian reports errors or warnings"
    fi
    echo "lintian: no errors, no warnings"
else
    echo "lintian is not installed (Debian package lintian): its check is left out"
fi

# --- install into a throwaway root ---
if [ "$(id -u)" -eq 0 ]; then
    root="$work/root"
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
    dpkg --root="$root" --force-depends --force-script-chrootless --log=/dev/null \
        --install "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --root --install failed"; }
    status=$(dpkg --root="$root" -s keepalive-tuner | sed -n 's/^Status: //p')
    [ "$status" = "install ok installed" ] || fail "dpkg --root says: $status"
    owner=$(stat -c %U "$root/usr/libexec/keepalive-tuner-helper")
    [ "$owner" = root ] || fail "the helper is owned by $owner; pkexec runs only root's programs"
    listed=$(dpkg --root="$root" -L keepalive-tuner | grep -c .)
    echo "dpkg --root: installed ($listed paths), the helper is owned by root"
else
    echo "not root: dpkg --root --install is left out (the extracted tree was checked instead)"
fi
echo "package checks passed"
