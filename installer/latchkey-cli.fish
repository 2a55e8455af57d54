# fish completion for latchkey-cli: verbs, options, vault names, manifest paths
# and secret names, as installer/latchkey-cli.bash does for bash. Names come
# from `latchkey-cli list --json`, which never prints values.

function __latchkey_cli_vaults
    set -l dir $XDG_DATA_HOME
    test -n "$dir"; or set dir $HOME/.local/share
    for f in $dir/latchkey/vaults/*.json
        basename $f .json
    end
    __latchkey_cli_team_vaults
end

# Team vaults, from the registry (README.md, "Team vaults").
function __latchkey_cli_team_vaults
    set -l dir $XDG_DATA_HOME
    test -n "$dir"; or set dir $HOME/.local/share
    set -l registry $dir/latchkey/team-vaults.json
    test -r $registry; and sed -n 's/^ *"name": *"\([A-Za-z0-9._-]*\)".*/\1/p' $registry
end

function __latchkey_cli_keys
    set -l tokens (commandline -opc)
    set -l args
    set -l i (contains -i -- --vault $tokens)
    and set args --vault $tokens[(math $i + 1)]
    # A short deadline: a locked or absent keychain must not hang the shell.
    $tokens[1] $args --timeout 2 list --json 2>/dev/null |
        sed -n 's/^ *"key": *"\([A-Za-z0-9_]*\)".*/\1/p'
end

# True when the verb has no positional argument yet.
function __latchkey_cli_first_arg
    set -l tokens (commandline -opc)
    set -l seen 0
    set -l skip 0
    for t in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $t
            case --vault --timeout -d --description --manifest
                set skip 1
            case '-*'
            case '*'
                set seen (math $seen + 1)
        end
    end
    test $seen -eq 1
end

set -l verbs list set get delete status check run sync vault help
complete -c latchkey-cli -f
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -l vault -x -a "(__latchkey_cli_vaults)" -d "the vault to use"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -l timeout -x -d "seconds to wait for the keychain"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -l help -d "show help"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -l version -d "show the version"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "list" -d "list the keys"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "set" -d "store a secret"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "get" -d "show a secret"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "delete" -d "delete a secret"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "status" -d "show the keychain state"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "check" -d "check a manifest"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "run" -d "run an app with its secrets"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "sync" -d "sync team vaults"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "vault" -d "manage vaults"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "help" -d "show help"

complete -c latchkey-cli -n "__fish_seen_subcommand_from set get delete; and __latchkey_cli_first_arg" -a "(__latchkey_cli_keys)"
complete -c latchkey-cli -n "__fish_seen_subcommand_from get" -l reveal -d "print the value"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -s d -l description -x -d "a description"
complete -c latchkey-cli -n "__fish_seen_subcommand_from list status check" -l json -d "print JSON"
complete -c latchkey-cli -n "__fish_seen_subcommand_from check; and __latchkey_cli_first_arg" -F -a "(__fish_complete_suffix .yml .yaml)"
complete -c latchkey-cli -n "__fish_seen_subcommand_from run" -l manifest -r -F -d "the manifest"
complete -c latchkey-cli -n "__fish_seen_subcommand_from run" -l dry-run -d "show what would be injected"
complete -c latchkey-cli -n "__fish_seen_subcommand_from run" -l allow-env-override -d "let the environment override secrets"
complete -c latchkey-cli -n "__fish_seen_subcommand_from $verbs" -l help -d "show help"
complete -c latchkey-cli -n "__fish_seen_subcommand_from sync" -l mine -d "keep my values"
complete -c latchkey-cli -n "__fish_seen_subcommand_from sync" -l theirs -d "keep theirs"
complete -c latchkey-cli -n "__fish_seen_subcommand_from sync" -l all-mine -d "keep all mine"
complete -c latchkey-cli -n "__fish_seen_subcommand_from sync" -l all-theirs -d "keep all theirs"
set -l vault_subs list init add members
complete -c latchkey-cli -n "__fish_seen_subcommand_from vault; and not __fish_seen_subcommand_from $vault_subs" -a "$vault_subs"
complete -c latchkey-cli -n "__fish_seen_subcommand_from vault; and __fish_seen_subcommand_from list" -l json -d "print JSON"
complete -c latchkey-cli -n "__fish_seen_subcommand_from vault; and __fish_seen_subcommand_from init add" -l git -x -d "the git remote"
complete -c latchkey-cli -n "__fish_seen_subcommand_from vault; and __fish_seen_subcommand_from init" -l recipient -x -d "a member key"
complete -c latchkey-cli -n "__fish_seen_subcommand_from vault; and __fish_seen_subcommand_from add" -l store -r -F -d "a pass store"
complete -c latchkey-cli -n "__fish_seen_subcommand_from members; and not __fish_seen_subcommand_from add remove" -a "(__latchkey_cli_team_vaults) add remove"
