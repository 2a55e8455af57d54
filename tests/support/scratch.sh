# Sourced by tests/with-keyring.sh and tests/with-keepassxc.sh: a private
# session bus without activation, and removing a test's scratch folder once
# the providers that write into it have stopped.
#
# A provider stopped with SIGTERM (KeePassXC saving its settings, a
# gnome-keyring that outlives its bus by a moment) can still create files
# while `rm -rf` walks the folder, which then fails with "Directory not
# empty". The removal must not decide the test's exit status either: it runs
# in an EXIT trap under `set -e`, where a failing command replaces the status
# of the command under test.

# scratch_wait_gone PID: waits up to five seconds for PID to end, then kills it.
scratch_wait_gone() {
    for _ in $(seq 50); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$1" 2>/dev/null || true
}

# scratch_remove DIR: removes DIR, trying again while something still writes
# into it; warns (never fails) if it cannot.
scratch_remove() {
    for _ in $(seq 20); do
        rm -rf "$1" 2>/dev/null || true
        [ -e "$1" ] || return 0
        sleep 0.1
    done
    echo "warning: could not remove the scratch folder $1" >&2
    return 0
}

# scratch_bus_config DIR: writes DIR/session.conf, a session bus like the
# standard one listening in DIR/runtime, whose only service directory
# (DIR/services, created empty) offers nothing: no D-Bus activation, so a
# provider runs only when the test starts it.
scratch_bus_config() {
    mkdir -p "$1/services"
    cat >"$1/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$1/runtime</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$1/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
}
