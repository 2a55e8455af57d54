#!/bin/sh
# The provider matrix (tests/providers/matrix.sh) against KWallet, by hand.
# KWallet cannot run headless: it creates and opens its wallet only through
# its own password dialog, so CI cannot answer it. Run this on a desktop
# (X11) with kwalletd5 installed (Debian: libkf5wallet-bin) and answer its
# dialogs: create the wallet "kdewallet" with any throw-away password (classic
# Blowfish), and type that password each time the wallet is opened again
# (after the "locked" and "provider stopped" steps).
#
#   tests/providers/kwallet-manual.sh [LATCHKEY_CLI]    (default build/app/cli/latchkey-cli)
#
# Everything runs in a private D-Bus session with throw-away XDG directories:
# your own wallet, keyring and Latchkey data are never touched. The results go
# to standard output ("ok - ..." / "not ok - ..."); put them in README.md's
# provider table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=$(realpath "${1:-$here/../../build/app/cli/latchkey-cli}")
for tool in kwalletd5 dbus-run-session gdbus; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "kwallet-manual: $tool is missing (Debian: libkf5wallet-bin, dbus, libglib2.0-bin)" >&2
        exit 1
    }
done
[ -n "${DISPLAY:-}" ] || {
    echo "kwallet-manual: needs a display for KWallet's dialogs" >&2
    exit 1
}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-kwallet.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime" "$scratch/services"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
export LATCHKEY_TEST_PROVIDER=kwallet
# No D-Bus activation: a stopped kwalletd5 stays stopped.
cat >"$scratch/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch/runtime</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$scratch/services</servicedir>
  <policy context="default"><allow send_destination="*"/><allow own="*"/></policy>
</busconfig>
CONF
# The Secret Service API of KWallet (KDE Frameworks 5.97+) is on by default.
dbus-run-session --config-file="$scratch/session.conf" -- sh -c '
    kwalletd5 >/dev/null 2>&1 &
    echo "# KWallet: create the wallet \"kdewallet\" with a throw-away password in its dialog"
    gdbus call --session --dest org.kde.kwalletd5 --object-path /modules/kwalletd5 \
        --method org.kde.KWallet.open kdewallet 0 latchkey-matrix >/dev/null || exit 1
    exec sh "$0" "$1"
' "$here/matrix.sh" "$cli"
