#!/bin/sh
# KeePassXC as a test's Secret Service provider (tests/with-keepassxc.sh).
#
#   keepassxc-provider.sh setup DIR [confirm]
#       creates DIR/latchkey.kdbx (password $LATCHKEY_TEST_KEYRING_PASSWORD),
#       a throw-away database whose group "Latchkey" is exposed over the
#       Secret Service, and DIR/keepassxc.ini with the integration enabled.
#       Access and deletion confirmations are off, unless "confirm" is given
#       (KeePassXC's own defaults: a dialog for each new client and deletion).
#   keepassxc-provider.sh start DIR
#       starts KeePassXC on $DISPLAY with that database open and waits until
#       it owns org.freedesktop.secrets with the collection unlocked. Its PID
#       is written to DIR/keepassxc.pid, its output to DIR/keepassxc.log.
#
# Needs the session bus of the test (DBUS_SESSION_BUS_ADDRESS) and an X
# display: KeePassXC is a GUI program and shows its dialogs there. Fails with
# the reason (exit 1) when it cannot do its job; never pretends.
set -eu

die() {
    echo "keepassxc-provider: $*" >&2
    exit 1
}

[ $# -ge 2 ] || die "usage: keepassxc-provider.sh setup|start DIR [confirm]"
verb=$1
dir=$2
password=${LATCHKEY_TEST_KEYRING_PASSWORD:?LATCHKEY_TEST_KEYRING_PASSWORD is not set}
for tool in keepassxc keepassxc-cli gdbus base64 od; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "$tool is missing; install keepassxc (installer/deps.sh lists it)"
done

setup() {
    confirm=false
    [ "${1:-}" = "confirm" ] && confirm=true
    mkdir -p "$dir/tmp"
    seed="$dir/seed.kdbx"
    rm -f "$seed" "$dir/latchkey.kdbx"
    # keepassxc-cli reads the password (twice when it sets one) from stdin.
    # A 100 ms key derivation keeps every start and unlock quick.
    printf '%s\n%s\n' "$password" "$password" |
        keepassxc-cli db-create -q -p -t 100 "$seed" >/dev/null 2>&1 || die "db-create failed"
    printf '%s\n' "$password" | keepassxc-cli mkdir -q "$seed" Latchkey >/dev/null 2>&1 ||
        die "mkdir Latchkey failed"
    printf '%s\n' "$password" | keepassxc-cli export -q -f xml "$seed" >"$dir/seed.xml" 2>/dev/null ||
        die "export failed"
    # The group to expose is named by its UUID in the database's custom data
    # (FDO_SECRETS_EXPOSED_GROUP, written as QUuid::toString() does: {8-4-4-4-12}).
    # The XML export has the UUID in base64.
    hex=$(awk '/<UUID>/ { u = $0 } /<Name>Latchkey<\/Name>/ { print u; exit }' "$dir/seed.xml" |
        sed 's/.*<UUID>\(.*\)<\/UUID>.*/\1/' | base64 -d | od -An -tx1 | tr -d ' \n')
    [ ${#hex} -eq 32 ] || die "no UUID for the group Latchkey in the export"
    uuid=$(printf '%s' "$hex" |
        sed 's/^\(.\{8\}\)\(.\{4\}\)\(.\{4\}\)\(.\{4\}\)\(.\{12\}\)$/{\1-\2-\3-\4-\5}/')
    custom="<CustomData><Item><Key>FDO_SECRETS_EXPOSED_GROUP</Key><Value>$uuid</Value></Item></CustomData>"
    sed "s|</Meta>|$custom</Meta>|" "$dir/seed.xml" >"$dir/exposed.xml"
    grep -q FDO_SECRETS_EXPOSED_GROUP "$dir/exposed.xml" || die "could not add the exposed group"
    printf '%s\n%s\n' "$password" "$password" |
        keepassxc-cli import -q -p -t 100 "$dir/exposed.xml" "$dir/latchkey.kdbx" >/dev/null 2>&1 ||
        die "import failed"
    rm -f "$seed" "$dir/seed.xml" "$dir/exposed.xml"
    # Everything that would reach outside the test (update checks, the tray,
    # the browser integration, remembered databases) is off.
    cat >"$dir/keepassxc.ini" <<EOF
[General]
ConfigVersion=2
SingleInstance=false
RememberLastDatabases=false
RememberLastKeyFiles=false
OpenPreviousDatabasesOnStartup=false
AutoSaveAfterEveryChange=true
UpdateCheckMessageShown=true

[GUI]
CheckForUpdates=false
ShowTrayIcon=false
MinimizeOnStartup=true

[Security]
LockDatabaseIdle=false
LockDatabaseScreenLock=false

[Browser]
Enabled=false

[SSHAgent]
Enabled=false

[FdoSecrets]
Enabled=true
ShowNotification=false
ConfirmDeleteItem=$confirm
ConfirmAccessItem=$confirm
UnlockBeforeSearch=false
EOF
}

collection_locked() {
    gdbus call --session --dest org.freedesktop.secrets \
        --object-path /org/freedesktop/secrets/aliases/default \
        --method org.freedesktop.DBus.Properties.Get org.freedesktop.Secret.Collection Locked \
        2>/dev/null || true
}

start() {
    [ -f "$dir/latchkey.kdbx" ] || die "no database in $dir (run setup first)"
    [ -n "${DISPLAY:-}" ] ||
        die "no X display: KeePassXC needs one (tests/run.sh starts Xvfb; or set DISPLAY)"
    # TMPDIR: KeePassXC keeps its single-instance lock there; a test's
    # instance must never meet another test's.
    printf '%s\n' "$password" |
        TMPDIR="$dir/tmp" QT_QPA_PLATFORM=xcb keepassxc --config "$dir/keepassxc.ini" \
            --localconfig "$dir/keepassxc-local.ini" --pw-stdin "$dir/latchkey.kdbx" \
            >>"$dir/keepassxc.log" 2>&1 &
    echo $! >"$dir/keepassxc.pid"
    state=""
    for _ in $(seq 100); do
        state=$(collection_locked)
        case "$state" in *false*) return 0 ;; esac
        kill -0 "$(cat "$dir/keepassxc.pid")" 2>/dev/null ||
            die "KeePassXC exited at start: $(tail -n 5 "$dir/keepassxc.log")"
        sleep 0.1
    done
    die "KeePassXC did not serve an unlocked collection within 10 s ($state): $(tail -n 5 "$dir/keepassxc.log")"
}

case "$verb" in
    setup) setup "${3:-}" ;;
    start) start ;;
    *) die "unknown command $verb" ;;
esac
