#!/bin/sh
# Runs a command inside its own private D-Bus session with a freshly created,
# unlocked gnome-keyring in throw-away XDG directories. The user's own session
# and keyring are never touched: every variable that could lead to them is
# replaced before the command starts.
#
#   tests/with-keyring.sh COMMAND [ARGS...]
#
# The keyring password is exported as LATCHKEY_TEST_KEYRING_PASSWORD so a test
# that locks the collection can unlock it again.
set -eu

for tool in dbus-run-session gnome-keyring-daemon gdbus; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "with-keyring: $tool is missing; run tests/run.sh, which installs it" >&2
        exit 1
    }
done

. "$(cd "$(dirname "$0")" && pwd)/support/scratch.sh"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-keyring.XXXXXX")
trap 'scratch_remove "$scratch"' EXIT INT TERM
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
export LATCHKEY_TEST_KEYRING_PASSWORD="throwaway-$$-$(date +%s)"
unset SECRET_BACKEND SECRET_SERVICE_BUS_NAME GNOME_KEYRING_CONTROL

# The bus daemon and the keyring start without a display, so that a locked
# collection never pops up gcr-prompter on the test X server (it would grab
# the keyboard from other tests and make reads wait for a prompt). The
# command itself gets the display back.
export LATCHKEY_TEST_DISPLAY="${DISPLAY:-}"
unset DISPLAY WAYLAND_DISPLAY

# LATCHKEY_TEST_NO_ACTIVATION=1: a session bus without D-Bus activation, so
# that a stopped gnome-keyring stays stopped (the provider matrix,
# tests/providers/matrix.sh, checks what a command says then). By default the
# bus activates gnome-keyring again, as a desktop session does.
bus_config=""
if [ "${LATCHKEY_TEST_NO_ACTIVATION:-}" = 1 ]; then
    scratch_bus_config "$scratch"
    bus_config="--config-file=$scratch/session.conf"
fi

# The inner shell runs inside the new bus; its exit status is the command's.
dbus-run-session $bus_config -- sh -c '
    printf "%s" "$LATCHKEY_TEST_KEYRING_PASSWORD" |
        gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
    locked=""
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        locked=$(gdbus call --session --dest org.freedesktop.secrets \
            --object-path /org/freedesktop/secrets/aliases/default \
            --method org.freedesktop.DBus.Properties.Get \
            org.freedesktop.Secret.Collection Locked 2>/dev/null || true)
        [ -n "$locked" ] && break
        sleep 0.1
    done
    case "$locked" in
        *false*) ;;
        *) echo "with-keyring: the private keyring did not come up unlocked ($locked)" >&2; exit 1 ;;
    esac
    if [ -n "$LATCHKEY_TEST_DISPLAY" ]; then export DISPLAY="$LATCHKEY_TEST_DISPLAY"; fi
    exec "$@"
' with-keyring "$@"
