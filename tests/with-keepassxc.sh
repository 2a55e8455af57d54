#!/bin/sh
# Runs a command inside its own private D-Bus session whose Secret Service is
# KeePassXC (Debian's keepassxc), with a throw-away database and throw-away
# XDG directories: the provider-matrix twin of tests/with-keyring.sh.
#
#   tests/with-keepassxc.sh COMMAND [ARGS...]
#
# KeePassXC is a GUI program: it needs an X display ($DISPLAY, which
# tests/run.sh sets, or a private Xvfb started here). Without keepassxc
# installed this fails with the reason; it never runs the command against
# another provider. The session
# bus has no activatable services, so nothing (gnome-keyring in particular)
# can take org.freedesktop.secrets when KeePassXC stops.
#
# Exported for the tests: LATCHKEY_TEST_PROVIDER=keepassxc,
# LATCHKEY_TEST_KEYRING_PASSWORD (the database's password),
# LATCHKEY_TEST_PROVIDER_DIR (database, keepassxc.ini, keepassxc.pid, log) and
# LATCHKEY_TEST_PROVIDER_CTL (tests/support/keepassxc-provider.sh, which
# starts KeePassXC again after a test stopped it).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/support/scratch.sh"
ctl="$here/support/keepassxc-provider.sh"
for tool in dbus-daemon dbus-run-session gdbus keepassxc keepassxc-cli; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "with-keepassxc: $tool is missing; run tests/run.sh, which installs it" >&2
        exit 1
    }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-keepassxc.XXXXXX")
xvfb=""
cleanup() {
    if [ -f "$scratch/provider/keepassxc.pid" ]; then
        pid=$(cat "$scratch/provider/keepassxc.pid")
        kill "$pid" 2>/dev/null || true
        scratch_wait_gone "$pid"
    fi
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null || true
        scratch_wait_gone "$xvfb"
    fi
    scratch_remove "$scratch"
}
trap cleanup EXIT INT TERM

# No display (ctest run by hand): a private Xvfb, on a free display number.
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null 2>&1 || {
        echo "with-keepassxc: no X display and no Xvfb; KeePassXC needs one" >&2
        exit 1
    }
    Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$scratch/display" \
        >"$scratch/xvfb.log" 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
    [ -s "$scratch/display" ] || {
        echo "with-keepassxc: Xvfb did not start: $(cat "$scratch/xvfb.log")" >&2
        exit 1
    }
    export DISPLAY=":$(head -n1 "$scratch/display")"
fi
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime" \
    "$scratch/provider" "$scratch/services"
chmod 700 "$scratch/runtime" "$scratch/provider"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
export LATCHKEY_TEST_KEYRING_PASSWORD="throwaway-$$-$(date +%s)"
export LATCHKEY_TEST_PROVIDER=keepassxc LATCHKEY_TEST_PROVIDER_DIR="$scratch/provider"
export LATCHKEY_TEST_PROVIDER_CTL="$ctl"
unset SECRET_BACKEND SECRET_SERVICE_BUS_NAME GNOME_KEYRING_CONTROL WAYLAND_DISPLAY

# A session bus like the standard one, but whose only service directory is
# empty: no D-Bus activation.
scratch_bus_config "$scratch"

# LATCHKEY_TEST_KEEPASSXC_CONFIRM=1 keeps KeePassXC's own default: an access
# dialog for each new client and a confirmation for each deletion.
if [ "${LATCHKEY_TEST_KEEPASSXC_CONFIRM:-}" = 1 ]; then
    sh "$ctl" setup "$scratch/provider" confirm
else
    sh "$ctl" setup "$scratch/provider"
fi

dbus-run-session --config-file="$scratch/session.conf" -- sh -c '
    sh "$LATCHKEY_TEST_PROVIDER_CTL" start "$LATCHKEY_TEST_PROVIDER_DIR" || exit 1
    exec "$@"
' with-keepassxc "$@"
