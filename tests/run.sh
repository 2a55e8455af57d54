#!/usr/bin/env bash
# Runs the whole Latchkey test suite on a fresh Debian 12 machine:
#   1. installs the missing Debian packages (apt-get; sudo when not root),
#   2. configures and builds (CMake + Ninja) into build/ (or $LATCHKEY_BUILD_DIR),
#   3. starts a private D-Bus session with an unlocked, throw-away gnome-keyring
#      and an Xvfb X server with a tray host,
#   4. fuzzes the manifest parser for a bounded time (when clang is present),
#      takes the screenshots, and runs every CTest suite.
# It never touches your own keyring, session bus or data: every XDG directory
# points into a temporary folder that is removed at the end.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LATCHKEY_BUILD_DIR:-$root/build}

if [ "${1:-}" != "--in-session" ]; then
    bash "$root/installer/deps.sh"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DLATCHKEY_BUILD_TESTS=ON -DLATCHKEY_X11_TESTS=ON >/dev/null
    cmake --build "$build"

    scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-tests.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch"/{data,config,cache,runtime}
    chmod 700 "$scratch/runtime"
    export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
    export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
    export LATCHKEY_SCRATCH="$scratch"
    unset SECRET_BACKEND SECRET_SERVICE_BUS_NAME GNOME_KEYRING_CONTROL WAYLAND_DISPLAY
    exec dbus-run-session -- bash "${BASH_SOURCE[0]}" --in-session
fi

# --- inside the private session ----------------------------------------------
printf '%s' "throwaway-$$" |
    gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
locked=$(gdbus call --session --dest org.freedesktop.secrets \
    --object-path /org/freedesktop/secrets/aliases/default \
    --method org.freedesktop.DBus.Properties.Get org.freedesktop.Secret.Collection Locked)
case "$locked" in
    *false*) echo "run.sh: private keyring is up and unlocked" ;;
    *) echo "run.sh: the private keyring is not unlocked: $locked" >&2; exit 1 ;;
esac

# A real X server for the tray, clipboard and screenshot tests.
exec 3>"$LATCHKEY_SCRATCH/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$LATCHKEY_SCRATCH/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$LATCHKEY_SCRATCH/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$LATCHKEY_SCRATCH/display")"
tray=""
if command -v trayer >/dev/null; then
    trayer --edge top --align right --widthtype pixel --width 200 --height 24 \
        >"$LATCHKEY_SCRATCH/trayer.log" 2>&1 &
    tray=$!
fi
cleanup() {
    [ -n "$tray" ] && kill "$tray" 2>/dev/null
    kill "$xvfb" 2>/dev/null
    true
}
trap cleanup EXIT
echo "run.sh: Xvfb on $DISPLAY${tray:+ with trayer}"

if [ -x "$root/tests/fuzz/run-fuzz.sh" ] && command -v clang++ >/dev/null; then
    seconds=${LATCHKEY_FUZZ_SECONDS:-60}
    echo "run.sh: fuzzing the manifest parser for ${seconds}s (log: $build-fuzz.log)"
    if ! "$root/tests/fuzz/run-fuzz.sh" "$build-fuzz" "$seconds" >"$build-fuzz.log" 2>&1; then
        tail -n 60 "$build-fuzz.log"
        echo "run.sh: the fuzzer found a crash or could not run" >&2
        exit 1
    fi
    # The run count and the fuzzer's peak memory (libFuzzer's final stats;
    # run-fuzz.sh fails the run above its -rss_limit_mb).
    grep -E '^(Done [0-9]+ runs|stat::peak_rss_mb)' "$build-fuzz.log" | sed 's/^/run.sh: fuzz: /' || true
else
    echo "run.sh: clang++ not found; the parser fuzzer was not run"
fi

if [ -f "$root/tests/ui/screenshots.sh" ] && [ -x "$build/app/gui/latchkey" ]; then
    bash "$root/tests/ui/screenshots.sh" "$build" "$build/screenshots"
fi

cd "$build"
ctest --output-on-failure -j2
