#!/bin/sh
# The provider matrix: the same store scenario against whichever Secret
# Service provider the session runs. CTest runs it as provider_gnome_keyring
# (inside tests/with-keyring.sh) and provider_keepassxc (inside
# tests/with-keepassxc.sh); tests/providers/kwallet-manual.sh runs it by hand
# against KWallet.
#
#   matrix.sh LATCHKEY_CLI
#
# Covers set, get, update, delete, trash, restore, history, purge, list,
# check, run, a locked keychain, a stopped provider and the python `keyring` round trip (both ways). Each step
# prints "ok - ..." or "not ok - ..." with the reason; the exit status is the
# number of failed steps (capped at 100). No value ever reaches argv of
# latchkey-cli, the output or a file: values travel through pipes and are
# compared inside the child's environment.
set -u

cli=$(realpath "${1:?usage: matrix.sh LATCHKEY_CLI}")
provider=${LATCHKEY_TEST_PROVIDER:-gnome-keyring}
case "$provider" in
    gnome-keyring) display_name=gnome-keyring ;;
    keepassxc) display_name=KeePassXC ;;
    kwallet) display_name=KWallet ;;
    *) display_name=$provider ;;
esac
work=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-matrix.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
failed=0
# A per-run canary: if it ever shows up in anything we print, a value leaked.
canary="matrix-canary-$$-$(date +%s)"

ok() { echo "ok - $provider: $*"; }
bad() {
    echo "not ok - $provider: $*"
    failed=$((failed + 1))
}
# Runs latchkey-cli with stdin from $1 (a string, through a pipe); stdout and
# stderr go to $work/out and $work/err; sets $rc.
lk_in() {
    input=$1
    shift
    printf '%s\n' "$input" | "$cli" --timeout 20 "$@" >"$work/out" 2>"$work/err"
    rc=$?
    leaked
}
lk() {
    "$cli" --timeout 20 "$@" </dev/null >"$work/out" 2>"$work/err"
    rc=$?
    leaked
}
leaked() {
    if grep -q "$canary" "$work/out" "$work/err" 2>/dev/null; then
        bad "a value appeared in latchkey-cli's output"
    fi
}
expect_rc() { # WANT STEP
    if [ "$rc" -eq "$1" ]; then ok "$2"; else bad "$2: exit $rc, wanted $1: $(cat "$work/err")"; fi
}
# Whether the stored value of KEY equals $2, compared inside `run`-like
# isolation: get --reveal into a pipe, compared by the shell, never printed.
value_is() {
    got=$("$cli" --timeout 20 get --reveal "$1" </dev/null 2>"$work/err")
    [ "$got" = "$2" ]
}

# --- provider control ---------------------------------------------------------
collection_path() {
    gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
        --method org.freedesktop.Secret.Service.ReadAlias default 2>/dev/null |
        sed -n "s/^(objectpath '\([^']*\)',)$/\1/p"
}
provider_lock() {
    case "$provider" in
        gnome-keyring) "$LATCHKEY_KEYRINGCTL" lock >/dev/null ;;
        # Service.Lock answers with a prompt in KeePassXC; its own interface
        # locks at once.
        keepassxc)
            gdbus call --session --dest org.keepassxc.KeePassXC.MainWindow \
                --object-path /keepassxc \
                --method org.keepassxc.KeePassXC.MainWindow.lockAllDatabases >/dev/null
            ;;
        kwallet)
            gdbus call --session --dest org.kde.kwalletd5 --object-path /modules/kwalletd5 \
                --method org.kde.KWallet.closeAllWallets >/dev/null
            ;;
        *) return 1 ;;
    esac
    for _ in $(seq 50); do
        case $(gdbus call --session --dest org.freedesktop.secrets \
            --object-path "$(collection_path)" --method org.freedesktop.DBus.Properties.Get \
            org.freedesktop.Secret.Collection Locked 2>/dev/null) in
            *true*) return 0 ;;
        esac
        sleep 0.1
    done
    return 1
}
provider_pid() {
    case "$provider" in
        keepassxc) cat "$LATCHKEY_TEST_PROVIDER_DIR/keepassxc.pid" ;;
        gnome-keyring) "$LATCHKEY_KEYRINGCTL" pid ;;
        *)
            gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
                --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets |
                sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
            ;;
    esac
}
provider_stop() {
    pid=$(provider_pid) || return 1
    kill "$pid" || return 1
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}
# Starts the provider again, unlocked (also the way out of "locked": neither
# KeePassXC nor KWallet unlocks over D-Bus without a dialog).
provider_start() {
    case "$provider" in
        gnome-keyring)
            printf '%s' "$LATCHKEY_TEST_KEYRING_PASSWORD" |
                gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
            for _ in $(seq 50); do
                [ "$("$LATCHKEY_KEYRINGCTL" locked 2>/dev/null)" = false ] && return 0
                sleep 0.1
            done
            return 1
            ;;
        keepassxc) sh "$LATCHKEY_TEST_PROVIDER_CTL" start "$LATCHKEY_TEST_PROVIDER_DIR" ;;
        kwallet)
            # KWallet opens its wallet only with its password dialog: the
            # person running tests/providers/kwallet-manual.sh answers it.
            kwalletd5 >/dev/null 2>&1 &
            echo "# KWallet: open the wallet in its dialog (2 minutes)" >&2
            gdbus call --session --dest org.kde.kwalletd5 --object-path /modules/kwalletd5 \
                --method org.kde.KWallet.open kdewallet 0 latchkey-matrix >/dev/null 2>&1
            for _ in $(seq 1200); do
                case $(gdbus call --session --dest org.freedesktop.secrets \
                    --object-path "$(collection_path)" --method org.freedesktop.DBus.Properties.Get \
                    org.freedesktop.Secret.Collection Locked 2>/dev/null) in
                    *false*) return 0 ;;
                esac
                sleep 0.1
            done
            return 1
            ;;
        *) return 1 ;;
    esac
}
provider_unlock() {
    case "$provider" in
        gnome-keyring) "$LATCHKEY_KEYRINGCTL" unlock >/dev/null ;;
        *) provider_stop && provider_start ;;
    esac
}

# --- the scenario -------------------------------------------------------------
cd "$work" || exit 1
v1="first-$canary"
v2="second-$canary"
vk="other-$canary"

lk status
expect_rc 0 "status says available"
grep -q "$display_name" "$work/out" && ok "status names $display_name" ||
    bad "status does not name $display_name: $(cat "$work/out")"

lk_in "$v1" set MATRIX_KEY -d "matrix key"
expect_rc 0 "set a new key"
value_is MATRIX_KEY "$v1" && ok "get returns the stored value" || bad "get: $(cat "$work/err")"

lk_in "$v2" set MATRIX_KEY
expect_rc 0 "update an existing key"
value_is MATRIX_KEY "$v2" && ok "get returns the updated value" ||
    bad "update kept the old value (or get failed): $(cat "$work/err")"

lk_in "$vk" set MATRIX_OTHER
expect_rc 0 "set a second key"
lk list
expect_rc 0 "list"
grep -q MATRIX_KEY "$work/out" && grep -q MATRIX_OTHER "$work/out" && ok "list shows both keys" ||
    bad "list misses a key: $(cat "$work/out")"

lk delete MATRIX_OTHER
expect_rc 0 "delete"
lk get MATRIX_OTHER
expect_rc 1 "a deleted key is not found"
if command -v secret-tool >/dev/null &&
    secret-tool search --all service latchkey/default username MATRIX_OTHER 2>/dev/null |
    grep -q .; then
    bad "the keychain still holds the deleted item"
else
    ok "the keychain no longer holds the deleted item"
fi

# The lifecycle moves items between attribute sets (history, trash): a
# provider that merges attributes instead of replacing them (KeePassXC) must
# end up the same.
lk trash
expect_rc 0 "trash"
grep -q MATRIX_OTHER "$work/out" && ok "trash lists the deleted key" ||
    bad "trash does not list the deleted key: $(cat "$work/out")"
lk restore MATRIX_OTHER
expect_rc 0 "restore from the trash"
value_is MATRIX_OTHER "$vk" && ok "the restored value is the deleted one" ||
    bad "restore did not bring the value back: $(cat "$work/err")"
lk history MATRIX_KEY
expect_rc 0 "history"
grep -q "^ *1 " "$work/out" && ok "history lists the replaced value" ||
    bad "history does not list version 1: $(cat "$work/out")"
lk restore MATRIX_KEY --version 1
expect_rc 0 "restore an earlier value"
value_is MATRIX_KEY "$v1" && ok "the earlier value is current again" ||
    bad "restore --version 1 did not bring back the first value: $(cat "$work/err")"
# The value it replaced is the newest earlier value, numbered on (2).
lk history MATRIX_KEY
grep -q "^ *2 " "$work/out" && ok "the replaced value is kept as version 2" ||
    bad "history after a restore does not list version 2: $(cat "$work/out")"
lk restore MATRIX_KEY --version 2
expect_rc 0 "restore the value it replaced"
value_is MATRIX_KEY "$v2" && ok "the second value is current again" ||
    bad "restoring back did not give the second value: $(cat "$work/err")"
lk delete MATRIX_OTHER --purge
expect_rc 0 "delete --purge"
if command -v secret-tool >/dev/null &&
    secret-tool search --all server latchkey/default 2>/dev/null | grep -q MATRIX_OTHER; then
    bad "an item of the purged key is still in the keychain"
else
    ok "a purge leaves no item of the key"
fi

cat >inf.yml <<'EOF'
name: matrix-app
secrets:
  - key: MATRIX_KEY
    description: the key the matrix stored
EOF
lk check
expect_rc 0 "check: ready"
# run: the child compares the injected value with the one it expects, which
# it gets through its own environment (never argv).
EXPECTED="$v2" "$cli" --timeout 20 run -- sh -c '[ "$MATRIX_KEY" = "$EXPECTED" ]' \
    </dev/null >"$work/out" 2>"$work/err"
rc=$?
leaked
expect_rc 0 "run injects the stored value"
cat >inf.yml <<'EOF'
name: matrix-app
secrets:
  - key: MATRIX_KEY
    description: the key the matrix stored
  - key: MATRIX_MISSING
    description: never stored
EOF
lk check
expect_rc 1 "check: not ready with a missing key"

# python keyring (SecretService backend, python3-keyring): it stores under the
# attributes service/username, which Latchkey writes and reads too.
py=/usr/bin/python3
if "$py" -c 'import keyring.backends.SecretService' 2>/dev/null; then
    export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
    if EXPECTED="$v2" "$py" -c '
import os, sys, keyring
sys.exit(0 if keyring.get_password("latchkey/default", "MATRIX_KEY") == os.environ["EXPECTED"] else 1)
' 2>"$work/err"; then
        ok "python keyring reads what latchkey-cli set"
    else
        bad "python keyring did not read what latchkey-cli set: $(tail -n 1 "$work/err")"
    fi
    if printf '%s' "py-$canary" | "$py" -c '
import sys, keyring
keyring.set_password("latchkey/default", "MATRIX_PY", sys.stdin.read())
' 2>"$work/err"; then
        value_is MATRIX_PY "py-$canary" && ok "latchkey-cli reads what python keyring set" ||
            bad "latchkey-cli did not read what python keyring set: $(cat "$work/err")"
    else
        bad "python keyring could not store: $(tail -n 1 "$work/err")"
    fi
    unset PYTHON_KEYRING_BACKEND
else
    bad "python3-keyring is missing (installer/deps.sh installs it)"
fi

# Locked: exit 3, nothing changed, the lock named.
if provider_lock; then
    lk get MATRIX_KEY
    expect_rc 3 "get with the keychain locked"
    grep -qi locked "$work/err" && ok "the error names the lock" ||
        bad "the error does not name the lock: $(cat "$work/err")"
    lk_in "$v1" set MATRIX_KEY
    expect_rc 3 "set with the keychain locked"
    provider_unlock || bad "could not unlock $display_name again"
    value_is MATRIX_KEY "$v2" && ok "a locked set changed nothing" ||
        bad "the value changed behind the lock"
else
    bad "could not lock $display_name"
fi

# Stopped: unavailable (exit 3) naming the provider, never a lock or exit 4.
if provider_stop; then
    lk get MATRIX_KEY
    expect_rc 3 "get with $display_name stopped"
    # The generic "no Secret Service" sentence lists every provider; the
    # name must be the one that stopped.
    grep -q -e "($display_name)" -e "$display_name, which served" "$work/err" &&
        ok "the error names $display_name as the one that stopped" ||
        bad "the error does not name $display_name: $(cat "$work/err")"
    grep -qi locked "$work/err" && bad "a stopped provider is blamed as a lock: $(cat "$work/err")"
    lk_in "$v1" set MATRIX_KEY
    expect_rc 3 "set with $display_name stopped"
    lk status
    expect_rc 3 "status with $display_name stopped"
    grep -qi unavailable "$work/out" && grep -q "$display_name" "$work/out" &&
        ok "status says unavailable, naming $display_name" ||
        bad "status does not say unavailable naming $display_name: $(cat "$work/out")"
    provider_start || bad "could not start $display_name again"
    value_is MATRIX_KEY "$v2" && ok "the value survived the stop" ||
        bad "the value did not survive the stop: $(cat "$work/err")"
else
    bad "could not stop $display_name"
fi

echo "# $provider: $failed failed"
[ "$failed" -gt 100 ] && failed=100
exit "$failed"
