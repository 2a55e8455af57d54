#!/bin/sh
# Holds a private mount namespace for tests/faults/tst_faults_disk.cpp.
#
#   unshare --mount --propagation private -- sh private-tmpfs.sh DIR KIB    (root)
#   unshare --user --map-root-user --mount -- sh private-tmpfs.sh DIR KIB   (otherwise)
#
# Mounts a tmpfs of KIB KiB over DIR inside the namespace that unshare just
# created, prints "ready", then waits until its standard input is closed (the
# test ends, or dies): the namespace, and the tmpfs with it, lives exactly as
# long as this process. The test runs latchkey-cli inside it with nsenter and
# reads the files through /proc/PID/root. Nothing outside the namespace ever
# sees the mount.
set -eu
mount -t tmpfs -o "size=${2}k,mode=0700" latchkey-faults "$1"
echo ready
exec cat >/dev/null
