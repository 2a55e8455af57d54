#!/usr/bin/env bash
# Installs the Debian 12 packages Latchkey needs to build and test, and
# nothing else. Idempotent and silent when everything is present: it asks
# apt only about missing packages, and runs `apt-get update` only then.
# Uses sudo when not run as root.
#
#   installer/deps.sh          build and test dependencies (tests/run.sh)
#   installer/deps.sh --app    only what building and starting Latchkey needs
#                              (installer/start.sh), including the demo keyring
set -euo pipefail

build=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-svg-dev
       qtkeychain-qt6-dev libyaml-cpp-dev libsecret-1-dev
       libgpgmepp-dev libgpgme-dev libassuan-dev                 # team vaults: GPGME's C++ bindings
       qt6-l10n-tools qt6-tools-dev)                             # lupdate, lrelease and their CMake
test=(
    gnome-keyring dbus-daemon dbus libglib2.0-bin libsecret-tools dbus-tests # private keyring
    xvfb xauth imagemagick xclip trayer xdotool                                # X11, tray, screenshots
    desktop-file-utils appstream dpkg-dev file bash-completion man-db          # packaging checks
    clang libclang-rt-14-dev                                                   # fuzzing
    keepassxc python3-keyring python3-secretstorage zsh fish                  # provider matrix, completions, env --shell
    gnupg git pass                                                             # team vaults; git for scan
    qt6-translations-l10n                                                      # Qt's own German (tests/i18n)
    gtk-update-icon-cache                                                      # icon theme caches (tests/ui)
)
app=(gnome-keyring dbus-daemon dbus libsecret-tools # the demo keyring of start.sh
     gnupg git                                      # team vaults run gpg (via GPGME) and git
     qt6-translations-l10n)                         # Qt's own texts in the user's language
if [ "${1:-}" = "--app" ]; then
    test=("${app[@]}")
fi

# One dpkg-query for all: a package is present when its status is "install ok installed".
# (It fails when one was never known to dpkg; that one is simply missing.)
installed=" $({ dpkg-query -W -f='${Package}=${Status}\n' "${build[@]}" "${test[@]}" 2>/dev/null || true; } |
              sed -n 's/=install ok installed$//p' | tr '\n' ' ') "
missing=()
for pkg in "${build[@]}" "${test[@]}"; do
    [[ $installed == *" $pkg "* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
        echo "deps.sh: missing ${missing[*]}; run this as root or install sudo" >&2
        exit 1
    }
    sudo=(sudo)
fi

echo "deps.sh: installing ${missing[*]}"
log=$(mktemp "${TMPDIR:-/tmp}/latchkey-deps.XXXXXX")
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -q &&
       "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "deps.sh: apt-get failed (log above)" >&2
    exit 1
fi
