#!/bin/sh
# Builds the Debian package from a configured, built tree and checks it:
# file name, contents, computed dependencies, desktop entry, AppStream data,
# man page, completion, and that the packaged latchkey-cli runs.
#
#   installer/package-test.sh BUILD_DIR [gui|nogui]
#
# With "nogui" (a tree configured with LATCHKEY_BUILD_GUI=OFF) the desktop app
# is not expected in the package. Prints one PASS/FAIL line per check and
# exits 1 if any check failed.
# pass() never fails, so "test && pass || fail" is an if/else here.
# shellcheck disable=SC2015
set -u

build=$(cd "${1:?usage: package-test.sh BUILD_DIR [gui|nogui]}" && pwd) || exit 2
gui=${2:-gui}
failures=0
pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # check NAME COMMAND... : PASS when the command succeeds
    label=$1; shift
    if out=$("$@" 2>&1); then pass "$label"; else fail "$label: $(echo "$out" | head -n 5)"; fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

# --- build ---------------------------------------------------------------------
if ! (cd "$build" && cpack -G DEB -B "$scratch/out") >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    fail "cpack -G DEB"
    exit 1
fi
pass "cpack -G DEB"
deb=$(ls "$scratch"/out/*.deb 2>/dev/null)
if [ "$(echo "$deb" | wc -w)" -ne 1 ]; then
    fail "exactly one .deb was built (got: $deb)"
    exit 1
fi

version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
name=$(basename "$deb")
[ "$name" = "latchkey_${version}_$(dpkg --print-architecture).deb" ] && [ "$arch" = "$(dpkg --print-architecture)" ] &&
    pass "file name $name" || fail "file name $name is not latchkey_${version}_$(dpkg --print-architecture).deb"

# --- contents ------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents"
desktop=/usr/share/applications/dev.latchkey.Latchkey.desktop
metainfo=/usr/share/metainfo/dev.latchkey.Latchkey.metainfo.xml
icon=/usr/share/icons/hicolor/scalable/apps/latchkey.svg
for path in /usr/bin/latchkey-cli /usr/share/man/man1/latchkey-cli.1.gz \
            /usr/share/bash-completion/completions/latchkey-cli \
            /usr/share/zsh/vendor-completions/_latchkey-cli \
            /usr/share/fish/vendor_completions.d/latchkey-cli.fish \
            /usr/share/doc/latchkey/copyright; do
    grep -qx "$path" "$scratch/contents" && pass "contains $path" || fail "contains $path"
done
# The desktop entry, AppStream data and icon describe the desktop app: they
# ship with it and only with it.
for path in /usr/bin/latchkey $desktop $metainfo $icon; do
    if [ "$gui" = gui ]; then
        grep -qx "$path" "$scratch/contents" && pass "contains $path" || fail "contains $path"
    else
        grep -qx "$path" "$scratch/contents" && fail "contains $path without the GUI" ||
            pass "no $path without the GUI"
    fi
done
# Nothing from the build (static libraries, headers, test programs) leaks in.
strays=$(grep -v -e '/$' -e '^/usr/bin/latchkey\(-cli\)\?$' -e '^/usr/share/' \
    -e '^/usr/lib/latchkey/latchkey-\(qtkeychain\|gpg\|cli-commands\)\.so$' "$scratch/contents")
[ -z "$strays" ] && pass "nothing outside usr/bin, usr/share and the three modules" ||
    fail "unexpected files: $strays"
# On Linux QtKeychain and GPGME are modules loaded on demand (core/QtKeychainJobs.h,
# core/GpgBackend.h), and latchkey-cli's commands are a module its front loads
# (app/cli/Front.cpp).
for module in /usr/lib/latchkey/latchkey-qtkeychain.so /usr/lib/latchkey/latchkey-gpg.so \
    /usr/lib/latchkey/latchkey-cli-commands.so; do
    grep -qx "$module" "$scratch/contents" && pass "contains $module" || fail "contains $module"
done

# --- control data --------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6keychain1 libyaml-cpp0.7 libstdc++6 libsecret-1-0 libgpgmepp6; do
    echo "$depends" | grep -q "\\b$lib\\b" && pass "Depends: $lib" || fail "Depends lacks $lib: $depends"
done
if [ "$gui" = gui ]; then
    for lib in libqt6widgets6 libqt6svg6; do
        echo "$depends" | grep -q "\\b$lib\\b" && pass "Depends: $lib" || fail "Depends lacks $lib: $depends"
    done
fi
# Versioned entries show dpkg-shlibdeps computed them rather than a hand list.
echo "$depends" | grep -q 'libqt6core6 (>= ' && pass "Depends computed by dpkg-shlibdeps" ||
    fail "Depends not computed (no versions): $depends"
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "$recommends" | grep -q 'gnome-keyring |' && pass "Recommends a Secret Service: $recommends" ||
    fail "Recommends lacks a Secret Service: $recommends"
echo "$recommends" | grep -q '\bgit\b' && pass "Recommends git (team vaults)" ||
    fail "Recommends lacks git: $recommends"
for field in Maintainer Section Homepage Description; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] && pass "control field $field" || fail "control field $field is empty"
done
# Every dependency can be satisfied from this system's archive.
if command -v apt-get >/dev/null; then
    check "dependencies resolvable (apt-get -s install)" apt-get -s -q install "$deb"
fi

# --- unpacked files ------------------------------------------------------------
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
# Without the GUI they are not packaged, so validate the sources instead.
if [ "$gui" = gui ]; then
    files=$root
    desktop=$root$desktop metainfo=$root$metainfo icon=$root$icon
else
    files=$(cd "$(dirname "$0")/../resources" && pwd)
    desktop=$files/${desktop##*/} metainfo=$files/${metainfo##*/} icon=$files/icons/${icon##*/}
fi
check "desktop-file-validate ${desktop##*/}" desktop-file-validate "$desktop"
check "appstreamcli validate --no-net ${metainfo##*/}" appstreamcli validate --no-net "$metainfo"
check "icon is SVG" sh -c "file -b '$icon' | grep -q SVG"
check "man page renders without warnings" sh -c \
    "test -z \"\$(MANWIDTH=80 man --warnings -l '$root/usr/share/man/man1/latchkey-cli.1.gz' 2>&1 >/dev/null)\""
check "bash completion parses" bash -n "$root/usr/share/bash-completion/completions/latchkey-cli"
check "zsh completion parses" zsh -n "$root/usr/share/zsh/vendor-completions/_latchkey-cli"
check "fish completion parses" fish --no-execute "$root/usr/share/fish/vendor_completions.d/latchkey-cli.fish"
# The licence: MIT, in Debian's machine-readable copyright format.
check "copyright file names the MIT (Expat) licence" grep -q '^License: Expat' \
    "$root/usr/share/doc/latchkey/copyright"
check "AppStream data names the project licence" grep -q '<project_license>MIT</project_license>' \
    "$metainfo"

for bin in latchkey-cli latchkey ../lib/latchkey/latchkey-qtkeychain.so ../lib/latchkey/latchkey-gpg.so \
    ../lib/latchkey/latchkey-cli-commands.so; do
    exe="$root/usr/bin/$bin"
    [ -e "$exe" ] || continue
    # A build-tree RUNPATH would work here and break on the user's machine.
    runpath=$(readelf -d "$exe" | grep -E 'RPATH|RUNPATH')
    [ -z "$runpath" ] && pass "$bin has no RPATH" || fail "$bin has an RPATH: $runpath"
    missing=$(ldd "$exe" | grep 'not found')
    [ -z "$missing" ] && pass "$bin libraries resolve" || fail "$bin libraries missing: $missing"
done
# The packaged programs run in throw-away XDG directories, never the user's.
mkdir -p "$scratch/xdg/data" "$scratch/xdg/config" "$scratch/xdg/runtime"
chmod 700 "$scratch/xdg/runtime"
export XDG_DATA_HOME="$scratch/xdg/data" XDG_CONFIG_HOME="$scratch/xdg/config"
export XDG_RUNTIME_DIR="$scratch/xdg/runtime" QT_QPA_PLATFORM=offscreen
got=$(LD_DEBUG=files LD_DEBUG_OUTPUT="$scratch/ld" "$root/usr/bin/latchkey-cli" --version 2>&1)
[ "$got" = "latchkey-cli $version" ] && pass "packaged latchkey-cli --version: $got" ||
    fail "packaged latchkey-cli --version printed '$got', expected 'latchkey-cli $version'"
# ... with the commands module beside it, not one of the build tree's.
if grep -q "file=$root/usr/bin/../lib/latchkey/latchkey-cli-commands.so" "$scratch"/ld.*; then
    pass "packaged latchkey-cli loads its own commands module"
else
    fail "packaged latchkey-cli did not load $root/usr/lib/latchkey/latchkey-cli-commands.so"
fi
# The packaged CLI finds its QtKeychain module beside it (no keychain here, so
# the answer is "unavailable", but not "not installed").
got=$(LATCHKEY_KEYCHAIN=qtkeychain DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
      "$root/usr/bin/latchkey-cli" --timeout 5 status 2>&1)
case "$got" in
    *"not installed"*) fail "packaged latchkey-cli cannot load its QtKeychain module: $got" ;;
    *) pass "packaged latchkey-cli loads its QtKeychain module" ;;
esac
# ... and its GnuPG module: with an empty keyring the answer is "no public key",
# not "not installed".
mkdir -m 700 "$scratch/gnupg"
got=$(GNUPGHOME="$scratch/gnupg" "$root/usr/bin/latchkey-cli" vault init pkgtest \
      --git "$scratch/none.git" --recipient nobody@example.org 2>&1)
case "$got" in
    *"no public key"*) pass "packaged latchkey-cli loads its GnuPG module" ;;
    *) fail "packaged latchkey-cli cannot use its GnuPG module: $got" ;;
esac

if [ -x "$root/usr/bin/latchkey" ]; then
    got=$("$root/usr/bin/latchkey" --version 2>/dev/null)
    [ "$got" = "latchkey $version" ] && pass "packaged latchkey --version: $got" ||
        fail "packaged latchkey --version printed '$got', expected 'latchkey $version'"
    # The desktop entry's actions pass options (e.g. --check); the app must know
    # them. "--help" after them makes it print help and exit instead of starting.
    for option in $(sed -n 's/^Exec=//p' "$desktop" |
                    tr ' ' '\n' | grep '^--' | sort -u); do
        check "latchkey accepts $option from the desktop entry" "$root/usr/bin/latchkey" "$option" --help
    done
fi

[ "$failures" -eq 0 ] && echo "package: all checks passed ($name)" || echo "package: $failures check(s) failed"
[ "$failures" -eq 0 ]
