#compdef latchkey-cli
# zsh completion for latchkey-cli: verbs, options, vault names, manifest paths
# and secret names, as installer/latchkey-cli.bash does for bash. Names come
# from `latchkey-cli list --json`, which never prints values.

# Team vaults, from the registry (README.md, "Team vaults").
_latchkey_cli_team_vaults() {
    local registry=${XDG_DATA_HOME:-$HOME/.local/share}/latchkey/team-vaults.json
    local -a teams
    [[ -r $registry ]] &&
        teams=(${(f)"$(sed -n 's/^ *"name": *"\([A-Za-z0-9._-]*\)".*/\1/p' $registry)"})
    compadd -a teams
}

_latchkey_cli_vaults() {
    local dir=${XDG_DATA_HOME:-$HOME/.local/share}/latchkey/vaults
    local -a vaults
    vaults=(${dir}/*.json(N:t:r))
    compadd -a vaults
    _latchkey_cli_team_vaults
}

# Uses $latchkey_cmd and $latchkey_vault of _latchkey-cli (the inner
# _arguments shifts $words and resets $opt_args).
_latchkey_cli_keys() {
    local -a args keys
    [[ -n $latchkey_vault ]] && args=(--vault $latchkey_vault)
    # A short deadline: a locked or absent keychain must not hang the shell.
    keys=(${(f)"$($latchkey_cmd $args --timeout 2 list --json 2>/dev/null |
        sed -n 's/^ *"key": *"\([A-Za-z0-9_]*\)".*/\1/p')"})
    compadd -a keys
}

_latchkey-cli() {
    local curcontext=$curcontext state line ret=1
    local latchkey_cmd=$words[1] latchkey_vault
    typeset -A opt_args
    _arguments -C \
        '--vault[the vault to use]:vault:_latchkey_cli_vaults' \
        '--timeout[seconds to wait for the keychain]:seconds:' \
        '(- *)--help[show help]' \
        '(- *)--version[show the version]' \
        '1:command:((list\:"list the keys" set\:"store a secret" get\:"show a secret"
            delete\:"delete a secret" history\:"list earlier values"
            restore\:"bring back a deleted or earlier value" trash\:"list deleted secrets"
            config\:"show or change the vault settings" status\:"show the keychain state"
            check\:"check a manifest" run\:"run an app with its secrets"
            import\:"import a .env file" export\:"export secrets to a file"
            inject\:"fill a template with secrets" env\:"print shell exports"
            scan\:"look for leaked values" sync\:"sync team vaults" vault\:"manage vaults"
            help\:"show help"))' \
        '*::argument:->argument' && ret=0
    [[ $state == argument ]] || return ret
    latchkey_vault=${opt_args[--vault]}
    case $words[1] in
        list)
            _arguments '--json[print JSON]' '--stale[only keys due for rotation]' \
                '--help[show help]' && ret=0 ;;
        status) _arguments '--json[print JSON]' '--help[show help]' && ret=0 ;;
        trash) _arguments '--json[print JSON]' '--empty[purge everything in the trash]' \
                '--help[show help]' && ret=0 ;;
        config)
            _arguments '--help[show help]' '1:setting:(history trash-days rotate-every)' \
                '2:value:' && ret=0 ;;
        set)
            _arguments '(-d --description)'{-d,--description}'[a description]:description:' \
                '--expires[an expiry date]:date:' \
                '--rotate-every[a rotation period]:period:(30d 90d 180d 365d never default)' \
                '--generate[generate a random value]' '--length[the generated length]:length:' \
                '--charset[the generated characters]:charset:(alnum hex base64url ascii)' \
                '--reveal[print the generated value]' '--keep-value[change only the metadata]' \
                '--help[show help]' '1:key:_latchkey_cli_keys' && ret=0 ;;
        get)
            _arguments '--reveal[print the value]' '--help[show help]' \
                '1:key:_latchkey_cli_keys' && ret=0 ;;
        delete)
            _arguments '--purge[delete without keeping it in the trash]' '--help[show help]' \
                '1:key:_latchkey_cli_keys' && ret=0 ;;
        history)
            _arguments '--json[print JSON]' '--help[show help]' '1:key:_latchkey_cli_keys' &&
                ret=0 ;;
        restore)
            _arguments '--version[the earlier value to restore]:version:' '--help[show help]' \
                '1:key:_latchkey_cli_keys' && ret=0 ;;
        check)
            _arguments '--json[print JSON]' '--max-age[flag values older than this]:age:' \
                '--help[show help]' '1:manifest:_files -g "*.(yml|yaml)(-.)"' && ret=0 ;;
        run)
            _arguments '--manifest[the manifest]:manifest:_files -g "*.(yml|yaml)(-.)"' \
                '--env-file[a file with latchkey:// references]:file:_files' \
                '--dry-run[show what would be injected]' \
                '--allow-env-override[let the environment override secrets]' \
                '--help[show help]' '*::command:_normal' && ret=0 ;;
        import)
            _arguments '--dry-run[show what would be imported]' \
                '--overwrite[replace existing values]' \
                '--manifest[the manifest]:manifest:_files -g "*.(yml|yaml)(-.)"' \
                '--help[show help]' '1:file:_files' && ret=0 ;;
        export)
            _arguments '--output[the file to write]:file:_files' '--format[the format]:format:(dotenv json)' \
                '--manifest[the manifest]:manifest:_files -g "*.(yml|yaml)(-.)"' \
                '--force[overwrite the file]' '--help[show help]' && ret=0 ;;
        inject)
            _arguments '--in-file[the template]:file:_files' '--out-file[the file to write]:file:_files' \
                '--force[overwrite the file]' '--help[show help]' && ret=0 ;;
        env)
            _arguments '--manifest[the manifest]:manifest:_files -g "*.(yml|yaml)(-.)"' \
                '--shell[the shell]:shell:(bash zsh fish)' \
                '--allow-env-override[let the environment override secrets]' \
                '--help[show help]' && ret=0 ;;
        scan)
            _arguments '--staged[scan the staged changes]' '--all-vaults[look for every vault'"'"'s values]' \
                '--json[print JSON]' '--install-hook[install a git pre-commit hook]' \
                '--force[replace an existing hook]' '--help[show help]' '*:path:_files' && ret=0 ;;
        sync)
            _arguments '--mine[keep my values]' '--theirs[keep theirs]' \
                '--all-mine[keep all mine]' '--all-theirs[keep all theirs]' '--help[show help]' &&
                ret=0 ;;
        vault)
            if (( CURRENT == 2 )); then
                compadd list init add members && ret=0
            else
                case $words[2] in
                    list) _arguments '--json[print JSON]' && ret=0 ;;
                    init) _arguments '--git[the git remote]:url:' '*--recipient[a member key]:key:' &&
                        ret=0 ;;
                    add) _arguments '--git[the git remote]:url:' '--store[a pass store]:store:_files -/' &&
                        ret=0 ;;
                    members)
                        if (( CURRENT == 3 )); then
                            _latchkey_cli_team_vaults && ret=0
                        elif (( CURRENT == 4 )); then
                            compadd add remove && ret=0
                        else
                            _files && ret=0
                        fi ;;
                esac
            fi ;;
    esac
    return ret
}

_latchkey-cli "$@"
