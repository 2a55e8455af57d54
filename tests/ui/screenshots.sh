#!/usr/bin/env bash
# Takes screenshots of the desktop app in a real X server:
#   tests/ui/screenshots.sh BUILD_DIR OUT_DIR
# main-window.png (the vault), manifest-view.png (an app's inf.yml),
# manifest-view-locked.png (the same with the keychain locked under the running
# app), secret-editor.png (the Add dialog), secret-history.png (the editor of a
# secret with earlier values), trash.png (the Trash view) and tray-menu.png. It runs inside its own private keyring
# session (tests/with-keyring.sh) with a throw-away vault filled by
# latchkey-cli, and its own Xvfb, so nothing of the user's is shown or touched.
# The demo values are fake and never visible: the app only shows masks.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:?usage: screenshots.sh BUILD_DIR OUT_DIR}" && pwd)
mkdir -p "${2:?usage: screenshots.sh BUILD_DIR OUT_DIR}"
out=$(cd "$2" && pwd)

if [ "${LATCHKEY_SCREENSHOT_SESSION:-}" != 1 ]; then
    export LATCHKEY_SCREENSHOT_SESSION=1
    exec sh "$root/tests/with-keyring.sh" bash "${BASH_SOURCE[0]}" "$build" "$out"
fi

for tool in Xvfb import convert; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 1; }
done
gui="$build/app/gui/latchkey"
cli="$build/app/cli/latchkey-cli"
[ -x "$gui" ] && [ -x "$cli" ] || { echo "screenshots: build latchkey and latchkey-cli first" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-shots.XXXXXX")
xvfb=""
wm=""
cleanup() {
    [ -n "$wm" ] && kill "$wm" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

exec 3>"$scratch/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$scratch/display")"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
# A window manager, when there is one, so windows have their frames and titles
# as a person sees them.
if command -v openbox >/dev/null; then
    openbox >"$scratch/openbox.log" 2>&1 &
    wm=$!
    sleep 0.5
fi
# Locks the private keyring without a prompt (tests/support/keyringctl.cpp).
keyringctl="$build/tests/keyringctl"

# A plausible vault. Values are generated fakes, piped in (never on argv).
demo() { printf '%s' "$2" | "$cli" set "$1" - -d "$3" >/dev/null; }
demo OPENAI_API_KEY "sk-demo-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "OpenAI API key for GPT models"
demo HF_TOKEN "hf_demo$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "Hugging Face token for model downloads"
demo DATABASE_URL "postgresql://demo:$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')@db/app" \
    "PostgreSQL connection string"
demo STRIPE_SECRET_KEY "sk_test_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "Stripe test-mode key for the billing page"
demo SHORT_PIN "$(head -c 3 /dev/urandom | od -An -tx1 | tr -d ' \n')" "A short value shows no tail"
# Ages worth showing: one key expiring soon, one past its expiry date.
"$cli" set OPENAI_API_KEY --keep-value --expires "$(date -d '+9 days' +%F)" >/dev/null
"$cli" set STRIPE_SECRET_KEY --keep-value --expires "$(date -d '-2 days' +%F)" >/dev/null

app="$scratch/meeting-summarizer"
mkdir -p "$app"
cp "$root/tests/data/ui/screenshot-app/inf.yml" "$app/inf.yml"

# shoot NAME [ENV=VALUE...] -- [ARGS...]: start the app, wait, capture, stop.
# With LOCK_FIRST=1 the keyring is locked under the running app before the
# capture, and unlocked after it.
shoot() {
    local name=$1
    shift
    local envs=()
    while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    [ "${1:-}" = "--" ] && shift
    # Fresh preferences per shot, so no manifest tab leaks into the next one.
    rm -rf "$XDG_CONFIG_HOME/latchkey"
    env "${envs[@]}" "$gui" "$@" >"$scratch/$name.log" 2>&1 &
    local pid=$!
    sleep "${LATCHKEY_SCREENSHOT_WAIT:-3}"
    if [ "${LOCK_FIRST:-}" = 1 ]; then
        "$keyringctl" lock >/dev/null
        sleep 2
    fi
    import -window root "$scratch/$name-full.png"
    [ "${LOCK_FIRST:-}" = 1 ] && "$keyringctl" unlock >/dev/null
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # The window sits on a black root; trim it away.
    convert "$scratch/$name-full.png" -trim +repage "$out/$name.png"
    echo "screenshots: $out/$name.png"
}

shoot main-window LATCHKEY_SCREENSHOT_VIEW=secrets --
shoot manifest-view -- "$app"
if [ -x "$keyringctl" ]; then
    LOCK_FIRST=1 shoot manifest-view-locked -- "$app"
else
    echo "screenshots: $keyringctl is missing; no manifest-view-locked.png"
fi
shoot secret-editor LATCHKEY_SCREENSHOT_VIEW=editor --

# Earlier values for the editor's History section, and a trash: a rotated
# password, and two secrets deleted (to the trash, restorable).
fake() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
for _ in 1 2 3; do
    sleep 1 # a second apart: the versions' times differ
    demo DATABASE_URL "postgresql://demo:$(fake 6)@db/app" "PostgreSQL connection string"
done
demo SLACK_WEBHOOK_SECRET "$(fake 16)" "Signing secret of the old Slack webhook"
demo SENTRY_DSN "https://$(fake 8)@sentry.example/42" "Error reports, before the move"
"$cli" delete SLACK_WEBHOOK_SECRET >/dev/null
"$cli" delete SENTRY_DSN >/dev/null
shoot secret-history LATCHKEY_SCREENSHOT_VIEW=history --
shoot trash LATCHKEY_SCREENSHOT_VIEW=trash --

# The main window in German (resources/translations), on a vault whose
# descriptions are German too: they are the user's own text, never translated.
demo_de() { printf '%s' "$2" | "$cli" --vault beispiel set "$1" - -d "$3" >/dev/null; }
demo_de OPENAI_API_KEY "sk-demo-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "OpenAI-Schlüssel für die GPT-Modelle"
demo_de HF_TOKEN "hf_demo$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "Hugging-Face-Token zum Herunterladen der Modelle"
demo_de DATABASE_URL "postgresql://demo:$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')@db/app" \
    "Verbindungs-URL der PostgreSQL-Datenbank"
demo_de STRIPE_SECRET_KEY "sk_test_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "Stripe-Testschlüssel für die Abrechnung"
"$cli" --vault beispiel set OPENAI_API_KEY --keep-value --expires "$(date -d '+9 days' +%F)" >/dev/null
"$cli" --vault beispiel set STRIPE_SECRET_KEY --keep-value --expires "$(date -d '-2 days' +%F)" >/dev/null
shoot main-window-de LANGUAGE=de LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 -- --vault beispiel

# The tray menu, when a tray host (trayer) and xdotool are there to open it.
if command -v trayer >/dev/null && command -v xdotool >/dev/null; then
    rm -rf "$XDG_CONFIG_HOME/latchkey"
    trayer --edge top --align right --widthtype pixel --width 120 --height 24 \
        --transparent false --tint 0xdddddd >"$scratch/trayer.log" 2>&1 &
    trayer_pid=$!
    # Started in the tray (a preference), so only the tray and its menu are in
    # the picture and the menu offers to show the window.
    mkdir -p "$XDG_CONFIG_HOME/latchkey"
    printf '[ui]\nstartMinimized=true\n' >"$XDG_CONFIG_HOME/latchkey/latchkey.conf"
    "$gui" "$app" >"$scratch/tray.log" 2>&1 &
    pid=$!
    sleep "${LATCHKEY_SCREENSHOT_WAIT:-3}"
    xdotool mousemove 1270 12 click 3 # the icon, at the right end of the 1280-wide screen
    sleep 1.5
    import -window root "$scratch/tray-full.png"
    kill "$pid" "$trayer_pid" 2>/dev/null || true
    wait "$pid" "$trayer_pid" 2>/dev/null || true
    # The menu opens below the icon, at most 300 px wide and tall.
    convert "$scratch/tray-full.png" -crop 300x300+980+0 +repage "$out/tray-menu.png"
    echo "screenshots: $out/tray-menu.png"
else
    echo "screenshots: trayer or xdotool is missing; no tray-menu.png"
fi
