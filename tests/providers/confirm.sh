#!/bin/sh
# KeePassXC with its default confirmations on (tests/with-keepassxc.sh with
# LATCHKEY_TEST_KEEPASSXC_CONFIRM=1): a command that needs the user's answer
# in KeePassXC's own dialog must say so, naming KeePassXC and the dialog, and
# exit 3 -- not a bare timeout -- and change nothing.
#
#   confirm.sh LATCHKEY_CLI
set -u
cli=$(realpath "${1:?usage: confirm.sh LATCHKEY_CLI}")
work=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-confirm.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
failed=0
ok() { echo "ok - keepassxc (confirmations on): $*"; }
bad() {
    echo "not ok - keepassxc (confirmations on): $*"
    failed=$((failed + 1))
}
canary="confirm-canary-$$"

# The creating process may use its own item; every later process is a new
# client for KeePassXC and must be allowed in the dialog.
printf '%s\n' "$canary" | "$cli" --timeout 20 set CONFIRM_KEY >/dev/null 2>"$work/err" &&
    ok "set a new key (no dialog for a new item)" || bad "set: $(cat "$work/err")"

"$cli" --timeout 3 get --reveal CONFIRM_KEY </dev/null >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 3 ] && ok "get waiting for the access dialog exits 3" || bad "get: exit $rc: $(cat "$work/err")"
grep -q "KeePassXC" "$work/err" && grep -qi "allow" "$work/err" && grep -qi "dialog" "$work/err" &&
    ok "the message names KeePassXC and its access dialog" ||
    bad "the message does not say what KeePassXC waits for: $(cat "$work/err")"
grep -q "$canary" "$work/out" "$work/err" && bad "a value appeared in the output"

"$cli" --timeout 3 delete CONFIRM_KEY </dev/null >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" -eq 3 ] && ok "delete waiting for KeePassXC exits 3" || bad "delete: exit $rc: $(cat "$work/err")"
grep -q "KeePassXC" "$work/err" && grep -qi "dialog" "$work/err" &&
    ok "the message names KeePassXC and its dialog" ||
    bad "the message does not say what KeePassXC waits for: $(cat "$work/err")"
grep -q "Deleted" "$work/out" && bad "delete said Deleted while KeePassXC still waited"

echo "# keepassxc (confirmations on): $failed failed"
exit "$failed"
