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
            case --vault --timeout -d --description --manifest --env-file -i --in-file -o \
                --out-file --output --format --shell --expires --rotate-every --length --charset \
                --version --max-age
                set skip 1
            case '-*'
            case '*'
                set seen (math $seen + 1)
        end
    end
    test $seen -eq 1
end

set -l verbs list set get delete history restore trash config status check run import export inject env scan sync vault help
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
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "history" -d "list earlier values"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "restore" -d "bring back a deleted or earlier value"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "trash" -d "list deleted secrets"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "config" -d "show or change the vault settings"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "import" -d "import a .env file"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "export" -d "export secrets to a file"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "inject" -d "fill a template with secrets"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "env" -d "print shell exports"
complete -c latchkey-cli -n "not __fish_seen_subcommand_from $verbs" -a "scan" -d "look for leaked values"

complete -c latchkey-cli -n "__fish_seen_subcommand_from set get delete history restore; and __latchkey_cli_first_arg" -a "(__latchkey_cli_keys)"
complete -c latchkey-cli -n "__fish_seen_subcommand_from get" -l reveal -d "print the value"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -s d -l description -x -d "a description"
complete -c latchkey-cli -n "__fish_seen_subcommand_from list status check history trash scan" -l json -d "print JSON"
complete -c latchkey-cli -n "__fish_seen_subcommand_from list" -l stale -d "only keys due for rotation"
complete -c latchkey-cli -n "__fish_seen_subcommand_from trash" -l empty -d "purge everything in the trash"
complete -c latchkey-cli -n "__fish_seen_subcommand_from delete" -l purge -d "delete without keeping it in the trash"
complete -c latchkey-cli -n "__fish_seen_subcommand_from restore" -l version -x -d "the earlier value to restore"
complete -c latchkey-cli -n "__fish_seen_subcommand_from config; and __latchkey_cli_first_arg" -x -a "history trash-days rotate-every"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l expires -x -d "an expiry date"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l rotate-every -x -a "30d 90d 180d 365d never default" -d "a rotation period"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l generate -d "generate a random value"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l length -x -d "the generated length"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l charset -x -a "alnum hex base64url ascii" -d "the generated characters"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l reveal -d "print the generated value"
complete -c latchkey-cli -n "__fish_seen_subcommand_from set" -l keep-value -d "change only the metadata"
complete -c latchkey-cli -n "__fish_seen_subcommand_from check" -l max-age -x -d "flag values older than this"
complete -c latchkey-cli -n "__fish_seen_subcommand_from run export env import" -l manifest -r -F -d "the manifest"
complete -c latchkey-cli -n "__fish_seen_subcommand_from run" -l env-file -r -F -d "a file with latchkey:// references"
complete -c latchkey-cli -n "__fish_seen_subcommand_from import" -l dry-run -d "show what would be imported"
complete -c latchkey-cli -n "__fish_seen_subcommand_from import" -l overwrite -d "replace existing values"
complete -c latchkey-cli -n "__fish_seen_subcommand_from export" -l output -r -F -d "the file to write"
complete -c latchkey-cli -n "__fish_seen_subcommand_from export" -l format -x -a "dotenv json" -d "the format"
complete -c latchkey-cli -n "__fish_seen_subcommand_from export inject scan" -l force -d "overwrite"
complete -c latchkey-cli -n "__fish_seen_subcommand_from inject" -l in-file -r -F -d "the template"
complete -c latchkey-cli -n "__fish_seen_subcommand_from inject" -l out-file -r -F -d "the file to write"
complete -c latchkey-cli -n "__fish_seen_subcommand_from env" -l shell -x -a "bash zsh fish" -d "the shell"
complete -c latchkey-cli -n "__fish_seen_subcommand_from env" -l allow-env-override -d "let the environment override secrets"
complete -c latchkey-cli -n "__fish_seen_subcommand_from scan" -l staged -d "scan the staged changes"
complete -c latchkey-cli -n "__fish_seen_subcommand_from scan" -l all-vaults -d "look for every vault's values"
complete -c latchkey-cli -n "__fish_seen_subcommand_from scan" -l install-hook -d "install a git pre-commit hook"
complete -c latchkey-cli -n "__fish_seen_subcommand_from check; and __latchkey_cli_first_arg" -F -a "(__fish_complete_suffix .yml .yaml)"
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
