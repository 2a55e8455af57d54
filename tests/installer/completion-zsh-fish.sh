#!/bin/sh
# Drives installer/latchkey-cli.zsh and installer/latchkey-cli.fish the way
# the shells do on <Tab>, against a real latchkey-cli and keyring (run inside
# tests/with-keyring.sh).
#   completion-zsh-fish.sh zsh|fish SOURCE_DIR LATCHKEY_CLI
set -u
shell=$1
src=$2
cli=$(realpath "$3")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The completions find the binary through the first word.
ln -s "$cli" "$dir/latchkey-cli"
PATH="$dir:$PATH"
export PATH

printf 'sk-completion-test-value-0042' | latchkey-cli set OPENAI_API_KEY -d "For GPT" >/dev/null
printf 'x' | latchkey-cli set OTHER_TOKEN >/dev/null
printf 'y' | latchkey-cli --vault staging set STAGING_ONLY >/dev/null

failures=0
# complete "LINE BEING TYPED": prints the candidates, sorted, on one line.
case "$shell" in
    fish)
        complete_line() {
            fish --no-config -c "source $src/installer/latchkey-cli.fish; complete -C '$1'" |
                cut -f1 | sort -u | xargs
        }
        ;;
    zsh)
        mkdir -p "$dir/fpath"
        cp "$src/installer/latchkey-cli.zsh" "$dir/fpath/_latchkey-cli"
        # zsh completes only in its line editor: an interactive zsh on a
        # pseudo-terminal (zsh/zpty), whose compadd also writes each match
        # to a file, gets TAB after the line.
        complete_line() {
            rm -f "$dir/hits"
            LINE="$1" FPATHDIR="$dir/fpath" HITS="$dir/hits" zsh -f -c '
                zmodload zsh/zpty
                zpty z zsh -f -i
                zpty -w z "PS1=; fpath=($FPATHDIR \$fpath); autoload -U compinit; compinit -u -D"
                zpty -w z "compadd() { local -a __h; builtin compadd -O __h \"\$@\"; print -rl -- \$__h >>$HITS; builtin compadd \"\$@\"; }"
                zpty -w z "zstyle \":completion:*\" list-prompt \"\""
                zpty -w -n z "$LINE"$'"'"'\t'"'"'
                for i in {1..50}; do [[ -s $HITS ]] && break; sleep 0.1; done
                sleep 0.3
                zpty -d z
            '
            [ -f "$dir/hits" ] && sort -u "$dir/hits" | xargs
        }
        ;;
    *)
        echo "usage: completion-zsh-fish.sh zsh|fish SOURCE_DIR LATCHKEY_CLI" >&2
        exit 2
        ;;
esac

expect() {
    got=$(complete_line "$1")
    if [ "$got" = "$2" ]; then
        echo "PASS: $shell '$1' -> $got"
    else
        echo "FAIL: $shell '$1' -> '$got', expected '$2'"
        failures=$((failures + 1))
    fi
    case "$got" in *completion-test-value*)
        echo "FAIL: a value appeared in the $shell completions"
        failures=$((failures + 1))
        ;;
    esac
}

expect "latchkey-cli get " "OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli get OP" "OPENAI_API_KEY"
expect "latchkey-cli delete " "OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli --vault staging get " "STAGING_ONLY"
expect "latchkey-cli --vault " "default staging"
expect "latchkey-cli sta" "status"
# The verbs latchkey-cli --help lists, so that a new command cannot be
# forgotten in the completion.
verbs=$( (latchkey-cli --help | sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p'; echo help) |
    sort -u | xargs)
case " $verbs " in *" get "*" set "*" vault "*) ;;
    *) echo "FAIL: could not read the commands from latchkey-cli --help: '$verbs'"; failures=$((failures + 1)) ;;
esac
expect "latchkey-cli " "$verbs"
expect "latchkey-cli vault " "add init list members"
expect "latchkey-cli history " "OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli restore " "OPENAI_API_KEY OTHER_TOKEN"
expect "latchkey-cli env --shell " "bash fish zsh"
expect "latchkey-cli config " "history rotate-every trash-days"
expect "latchkey-cli sync --all" "--all-mine --all-theirs"
exit $((failures > 0))
