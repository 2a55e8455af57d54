#!/usr/bin/env bash
# Drives installer/latchkey-cli.bash the way bash does on <Tab>, against a real
# latchkey-cli and keyring (run inside tests/with-keyring.sh).
#   completion.sh SOURCE_DIR LATCHKEY_CLI
set -u
src=$1
cli=$(realpath "$2")
. /usr/share/bash-completion/bash_completion
. "$src/installer/latchkey-cli.bash"
# Outside a real <Tab> bash refuses compopt; it only tunes how results are shown.
compopt() { :; }

# The completion function finds the binary through the first word.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ln -s "$cli" "$dir/latchkey-cli"
PATH="$dir:$PATH"

failures=0
# expect "COMMAND LINE BEING TYPED" "EXPECTED CANDIDATES" (the last word is completed).
expect()
{
    local line=$1 want=$2
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _latchkey_cli
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort -u | xargs)
    if [[ $got == "$want" ]]; then
        echo "PASS: '$line' -> $got"
    else
        echo "FAIL: '$line' -> '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}

printf 'sk-completion-test-value-0042' | latchkey-cli set OPENAI_API_KEY -d "For GPT" >/dev/null
printf 'x' | latchkey-cli set OTHER_TOKEN >/dev/null
printf 'y' | latchkey-cli --vault staging set STAGING_ONLY >/dev/null

printf 'z' | latchkey-cli set GONE_TOKEN >/dev/null
latchkey-cli delete GONE_TOKEN >/dev/null

# The verbs latchkey-cli --help lists, so that a new command cannot be
# forgotten in the completion.
verbs=$( (latchkey-cli --help | sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p'; echo help) |
    sort -u | xargs)
case " $verbs " in *" get "*" set "*" vault "*) ;;
    *) echo "FAIL: could not read the commands from latchkey-cli --help: '$verbs'"; failures=$((failures + 1)) ;;
esac
expect "latchkey-cli " "$verbs"
expect "latchkey-cli --v" "--vault --version"
expect "latchkey-cli --vault " "default staging"
expect "latchkey-cli get " "OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli get OP" "OPENAI_API_KEY"
expect "latchkey-cli get OPENAI_API_KEY --" "--help --reveal"
expect "latchkey-cli --vault staging delete " "STAGING_ONLY"
expect "latchkey-cli list --" "--help --json --stale"
expect "latchkey-cli delete OTHER_TOKEN --" "--help --purge"
expect "latchkey-cli history " "OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli restore " "GONE_TOKEN OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli restore GONE_TOKEN --" "--help --version"
expect "latchkey-cli trash --" "--empty --help --json"
expect "latchkey-cli config " "history rotate-every trash-days"
expect "latchkey-cli set K --generate --charset " "alnum ascii base64url hex"
expect "latchkey-cli set K --ge" "--generate"
expect "latchkey-cli check --" "--help --json --max-age"
expect "latchkey-cli status --" "--help --json"
expect "latchkey-cli run --d" "--dry-run"
expect "latchkey-cli run --a" "--allow-env-override"
expect "latchkey-cli run -- ech" "echo"
expect "latchkey-cli run --e" "--env-file"
expect "latchkey-cli import --" "--dry-run --help --manifest --overwrite"
expect "latchkey-cli export --format " "dotenv json"
expect "latchkey-cli export --f" "--force --format"
expect "latchkey-cli env --shell " "bash fish zsh"
expect "latchkey-cli scan --s" "--staged"
expect "latchkey-cli scan --i" "--install-hook"
expect "latchkey-cli inject --" "--force --help --in-file --out-file"
expect "latchkey-cli vault " "add init list members"
expect "latchkey-cli vault add team --" "--git --store"
expect "latchkey-cli sync --a" "--all-mine --all-theirs"

# Completing names must never bring a value along.
all=$(for w in "latchkey-cli get " "latchkey-cli set "; do expect "$w" x; done)
if grep -q "completion-test-value" <<<"$all"; then
    echo "FAIL: a value appeared in the completions"
    failures=$((failures + 1))
else
    echo "PASS: no value in the completions"
fi
exit $((failures > 0))
