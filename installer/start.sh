#!/usr/bin/env bash
# Builds Latchkey and starts it: the desktop app when there is a display, the
# command line's help otherwise. If this session has no Secret Service (no
# gnome-keyring, KWallet or KeePassXC), it says so and starts Latchkey inside a
# private, clearly announced demo keyring whose secrets vanish on exit. It
# never falls back to storing secrets in a plaintext file.
#
#   installer/start.sh [inf.yml | app folder]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LATCHKEY_BUILD_DIR:-$root/build}

in_demo=""
if [ "${1:-}" = "--in-demo" ]; then
    in_demo=1
    shift
else
    bash "$root/installer/deps.sh" --app
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build"
fi

cli="$build/app/cli/latchkey-cli"
gui="$build/app/gui/latchkey"

have_display=""
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$gui" ]; then
    have_display=1
fi

launch() {
    if [ -n "$have_display" ]; then
        exec "$gui" "$@"
    fi
    echo
    echo "No display found: here is the command line (the desktop app needs X11 or Wayland)."
    echo
    "$cli" --help
    echo
    echo "Try:  echo \"sk-...\" | $cli set OPENAI_API_KEY -d \"For GPT-4 calls\""
    echo "      $cli check path/to/app      $cli run --manifest path/to/app -- python app.py"
    if [ -n "${LATCHKEY_DEMO_KEYRING:-}" ] && [ -t 0 ]; then
        echo
        echo "You are in a shell inside the demo keyring; type 'exit' to leave (its secrets vanish)."
        exec "${SHELL:-bash}" -i
    fi
}

if [ -n "$in_demo" ]; then
    launch "$@"
    exit 0
fi

# Exit status 3 means no keychain is reachable (or it is locked).
status=0
"$cli" --timeout 5 list >/dev/null 2>&1 || status=$?
if [ "$status" != 3 ]; then
    launch "$@"
    exit 0
fi

cat <<'TXT'

  Latchkey stores secrets only in your desktop's keychain (Secret Service), and
  none is running in this session. For everyday use, start gnome-keyring,
  KWallet or KeePassXC's Secret Service integration, then run this again.

  Starting now with a PRIVATE DEMO KEYRING instead: a throw-away gnome-keyring
  in its own session. Secrets you store in it vanish when Latchkey closes.

TXT
demo=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-demo.XXXXXX")
trap 'rm -rf "$demo"' EXIT
mkdir -p "$demo"/{data,runtime}
chmod 700 "$demo/runtime"
export XDG_DATA_HOME="$demo/data" XDG_RUNTIME_DIR="$demo/runtime" LATCHKEY_DEMO_KEYRING=1
dbus-run-session -- bash -c '
    head -c 24 /dev/urandom | base64 | tr -d "\n" |
        gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    exec "$0" --in-demo "$@"
' "${BASH_SOURCE[0]}" "$@"
