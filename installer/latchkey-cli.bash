# bash completion for latchkey-cli                          -*- shell-script -*-
# Completes verbs, options, vault names, manifest paths and secret names. Names
# come from `latchkey-cli list --json`, which never prints values.

_latchkey_cli_vaults()
{
    local data=${XDG_DATA_HOME:-$HOME/.local/share}/latchkey f
    for f in "$data"/vaults/*.json; do
        [[ -e $f ]] && f=${f##*/} && printf '%s\n' "${f%.json}"
    done
    _latchkey_cli_team_vaults
}

# Team vaults, from the registry (see README, "Team vaults").
_latchkey_cli_team_vaults()
{
    local registry=${XDG_DATA_HOME:-$HOME/.local/share}/latchkey/team-vaults.json
    [[ -r $registry ]] && sed -n 's/^ *"name": *"\([A-Za-z0-9._-]*\)".*/\1/p' "$registry"
}

# $1: the --vault NAME given on the line, if any.
_latchkey_cli_keys()
{
    local -a args=()
    [[ -n $1 ]] && args=(--vault "$1")
    # A short deadline: a locked or absent keychain must not hang the shell.
    "${COMP_WORDS[0]}" "${args[@]}" --timeout 2 list --json 2>/dev/null |
        sed -n 's/^ *"key": *"\([A-Za-z0-9_]*\)".*/\1/p'
}

# The names in the vault's trash, for `restore`.
_latchkey_cli_trash()
{
    local -a args=()
    [[ -n $1 ]] && args=(--vault "$1")
    "${COMP_WORDS[0]}" "${args[@]}" --timeout 2 trash --json 2>/dev/null |
        sed -n 's/^ *"key": *"\([A-Za-z0-9_]*\)".*/\1/p'
}

# Offers the words of $1 that start with the word being completed.
_latchkey_cli_reply()
{
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

_latchkey_cli()
{
    local cur prev words cword
    _init_completion || return

    local verbs="list set get delete history restore trash config status check run import export inject env scan sync vault help"
    local i verb="" vault="" verb_at=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --vault) vault=${words[i + 1]}; ((i++)) ;;
            --timeout) ((i++)) ;;
            -*) ;;
            *) verb=${words[i]}; verb_at=$i; break ;;
        esac
    done

    # After `run ... --` the rest is a command line of its own.
    if [[ $verb == run ]]; then
        for ((i = verb_at + 1; i < cword; i++)); do
            if [[ ${words[i]} == -- ]]; then
                _command_offset $((i + 1))
                return
            fi
        done
    fi

    case $prev in
        --vault) _latchkey_cli_reply "$(_latchkey_cli_vaults)"; return ;;
        --timeout | -d | --description | --git | --recipient | --expires | --length | --version | \
            --max-age) return ;;
        --store) _filedir -d; return ;;
        --mine | --theirs) _latchkey_cli_reply "$(_latchkey_cli_keys "$vault")"; return ;;
        --rotate-every) _latchkey_cli_reply "30d 90d 180d 365d never default"; return ;;
        --charset) _latchkey_cli_reply "alnum hex base64url ascii"; return ;;
        --manifest) _filedir '@(yml|yaml)'; return ;;
        --env-file | -i | --in-file | -o | --out-file | --output) _filedir; return ;;
        --format) _latchkey_cli_reply "dotenv json"; return ;;
        --shell) _latchkey_cli_reply "bash zsh fish"; return ;;
    esac

    if [[ -z $verb ]]; then
        if [[ $cur == -* ]]; then
            _latchkey_cli_reply "--vault --timeout --help --version"
        else
            _latchkey_cli_reply "$verbs"
        fi
        return
    fi

    # Positional arguments already given after the verb.
    local npos=0
    for ((i = verb_at + 1; i < cword; i++)); do
        case ${words[i]} in
            -d | --description | --manifest | --env-file | -i | --in-file | -o | --out-file | \
                --output | --format | --shell | --git | --store | --recipient | --mine | --theirs | \
                --expires | --rotate-every | --length | --charset | --version | --max-age) ((i++)) ;;
            -*) ;;
            *) ((npos++)) ;;
        esac
    done

    case $verb in
        list) _latchkey_cli_reply "--json --stale --help" ;;
        status) _latchkey_cli_reply "--json --help" ;;
        trash) _latchkey_cli_reply "--json --empty --help" ;;
        config)
            if ((npos == 0)); then
                _latchkey_cli_reply "history trash-days rotate-every"
            fi
            ;;
        set)
            if [[ $cur == -* ]]; then
                _latchkey_cli_reply "--description --expires --rotate-every --generate --length \
                    --charset --reveal --keep-value --help"
            elif ((npos == 0)); then
                _latchkey_cli_reply "$(_latchkey_cli_keys "$vault")"
            fi
            ;;
        get | delete | history)
            if [[ $cur == -* ]]; then
                local opts="--help"
                [[ $verb == get ]] && opts+=" --reveal"
                [[ $verb == delete ]] && opts+=" --purge"
                [[ $verb == history ]] && opts+=" --json"
                _latchkey_cli_reply "$opts"
            elif ((npos == 0)); then
                _latchkey_cli_reply "$(_latchkey_cli_keys "$vault")"
            fi
            ;;
        restore)
            if [[ $cur == -* ]]; then
                _latchkey_cli_reply "--version --help"
            elif ((npos == 0)); then
                _latchkey_cli_reply "$(_latchkey_cli_keys "$vault") $(_latchkey_cli_trash "$vault")"
            fi
            ;;
        check)
            if [[ $cur == -* ]]; then
                _latchkey_cli_reply "--json --max-age --help"
            elif ((npos == 0)); then
                _filedir '@(yml|yaml)'
            fi
            ;;
        run) _latchkey_cli_reply "--manifest --env-file --dry-run --allow-env-override --help --" ;;
        import)
            if [[ $cur == -* ]]; then
                _latchkey_cli_reply "--dry-run --overwrite --manifest --help"
            elif ((npos == 0)); then
                _filedir
            fi
            ;;
        export) _latchkey_cli_reply "--output --format --manifest --force --help" ;;
        inject) _latchkey_cli_reply "--in-file --out-file --force --help" ;;
        env) _latchkey_cli_reply "--manifest --shell --allow-env-override --help" ;;
        scan)
            if [[ $cur == -* ]]; then
                _latchkey_cli_reply "--staged --all-vaults --json --install-hook --force --help"
            else
                _filedir
            fi
            ;;
        sync) _latchkey_cli_reply "--mine --theirs --all-mine --all-theirs --help" ;;
        vault)
            local sub=${words[verb_at + 1]}
            if ((npos == 0)); then
                _latchkey_cli_reply "list init add members"
            elif [[ $cur == -* ]]; then
                case $sub in
                    list) _latchkey_cli_reply "--json" ;;
                    init) _latchkey_cli_reply "--git --recipient" ;;
                    add) _latchkey_cli_reply "--git --store" ;;
                esac
            elif [[ $sub == members ]] && ((npos == 1)); then
                _latchkey_cli_reply "$(_latchkey_cli_team_vaults)"
            elif [[ $sub == members ]] && ((npos == 2)); then
                _latchkey_cli_reply "add remove"
            elif [[ $sub == members && ${words[cword - 1]} == add ]]; then
                _filedir
            fi
            ;;
    esac
} &&
    complete -F _latchkey_cli latchkey-cli

# ex: filetype=sh
