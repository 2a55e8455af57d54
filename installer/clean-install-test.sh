#!/bin/sh
# Installs a built .deb into a freshly bootstrapped, minimal Debian 12 and uses
# it there: apt resolves the dependencies, then latchkey-cli stores, lists,
# reveals and checks a secret in a throw-away gnome-keyring, and the desktop
# app starts far enough to print its version. Slow (a few minutes, ~500 MB of
# downloads into a temporary directory), so not part of ctest.
#
#   sudo installer/clean-install-test.sh build/latchkey_0.1.0_amd64.deb
#
# Needs root and mmdebstrap (apt-get install mmdebstrap).
set -eu
deb=$(realpath "${1:?usage: clean-install-test.sh PACKAGE.deb}")
command -v mmdebstrap >/dev/null || { echo "clean-install-test: install mmdebstrap" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-clean.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

cat >"$work/inside.sh" <<'SH'
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q /tmp/latchkey.deb >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
echo "PASS: apt-get install $(dpkg-query -W -f='${Package}_${Version}_${Architecture}' latchkey).deb on a minimal Debian 12"
export XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
latchkey --version
dbus-run-session -- sh -euc '
    printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    printf %s sk-clean-system-value-0042 | latchkey-cli set OPENAI_API_KEY -d "clean system check"
    latchkey-cli list
    test "$(latchkey-cli get OPENAI_API_KEY --reveal)" = sk-clean-system-value-0042
    printf "secrets:\n  - key: OPENAI_API_KEY\n" >/tmp/inf.yml
    latchkey-cli check /tmp/inf.yml
' >/tmp/session.log 2>&1 || { cat /tmp/session.log; exit 1; }
grep -v "fd limit" /tmp/session.log
echo "PASS: the installed latchkey-cli stores, reveals and checks a secret"
SH

# The Secret Service is only recommended by the package; the test brings one.
# "$1" in the hooks is the new root, expanded by mmdebstrap's hook shell.
# shellcheck disable=SC2016
mmdebstrap --variant=apt --mode=root --include=gnome-keyring,dbus-daemon \
    --customize-hook="cp '$deb' \"\$1/tmp/latchkey.deb\"; cp '$work/inside.sh' \"\$1/tmp/inside.sh\"" \
    --customize-hook='chroot "$1" sh /tmp/inside.sh' \
    bookworm "$work/root" >"$work/mmdebstrap.log" 2>&1 || {
    cat "$work/mmdebstrap.log"
    echo "FAIL: clean install (log above)"
    exit 1
}
sed -n '/^PASS\|^latchkey\|^KEY\|^OPENAI\|Ready/p' "$work/mmdebstrap.log"
