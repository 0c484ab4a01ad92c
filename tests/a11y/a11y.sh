#!/usr/bin/env bash
# The accessibility test (docs/architecture.md "Accessibility"): the real server with demo data,
# the agent client logged in as the demo agent, another as the demo admin, a third at its login
# dialog, and the
# applet as the demo requester, under Xvfb with a private D-Bus session and the AT-SPI bus;
# then tests/a11y/atspi_walk.py walks their accessible trees like a screen reader.
#   tests/a11y/a11y.sh SERVER CLIENT TRAY
# Exits 77 (ctest: skipped) when Xvfb, dbus-run-session, the AT-SPI bus or pyatspi is missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVER="$1" CLIENT="$2" TRAY="$3"
PYTHON=/usr/bin/python3 # Debian's, where python3-pyatspi is installed

skip() {
    echo "SKIPPED: $* (Debian: xvfb dbus at-spi2-core python3-pyatspi)"
    exit 77
}

if [ "${FRONTLINE_A11Y_INSIDE:-}" != 1 ]; then
    command -v Xvfb >/dev/null || skip "Xvfb is missing"
    command -v dbus-run-session >/dev/null || skip "dbus-run-session is missing"
    LAUNCHER=""
    for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
        [ -x "$candidate" ] && LAUNCHER="$candidate" && break
    done
    [ -n "$LAUNCHER" ] || skip "the AT-SPI bus launcher is missing"
    "$PYTHON" -c 'import pyatspi' 2>/dev/null || skip "pyatspi is missing"
    WORK="$(mktemp -d /tmp/frontline-a11y-XXXXXX)"
    trap 'kill $XVFB_PID 2>/dev/null || true; wait $XVFB_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    Xvfb -displayfd 3 -screen 0 1480x900x24 -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 1 100); do
        [ -s "$WORK/display" ] && break
        sleep 0.1
    done
    [ -s "$WORK/display" ] || { echo "Xvfb did not start"; cat "$WORK/xvfb.log"; exit 1; }
    export DISPLAY=":$(head -n 1 "$WORK/display")"
    # The display must answer before four programs connect to it at once (a CI run once saw
    # three of them refused by a display that had just been announced, right after another
    # test's X server had stopped; that test now waits for its server to be gone).
    if command -v xdpyinfo >/dev/null; then
        for _ in $(seq 1 50); do
            xdpyinfo >/dev/null 2>&1 && break
            sleep 0.1
        done
        xdpyinfo >/dev/null 2>&1 || {
            echo "the X server on $DISPLAY does not answer"
            cat "$WORK/xvfb.log"
            exit 1
        }
    fi
    status=0
    FRONTLINE_A11Y_INSIDE=1 FRONTLINE_A11Y_WORK="$WORK" \
        FRONTLINE_A11Y_LAUNCHER="$LAUNCHER" \
        dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@" || status=$?
    exit $status
fi

# Inside the private D-Bus session.
WORK="$FRONTLINE_A11Y_WORK"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
export NO_AT_BRIDGE=0 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export LANG=C.UTF-8 LANGUAGE=en # the names are checked in English
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the source tree
# Temporary files (the applet's single-instance socket among them, left behind when it is
# killed) go into the test's folder, which is removed at the end, not into /tmp.
export TMPDIR="$WORK/tmp"
mkdir -p "$TMPDIR"
unset QT_QPA_PLATFORM            # a real X display, not offscreen
"$FRONTLINE_A11Y_LAUNCHER" --launch-immediately >"$WORK/bus.log" 2>&1 &
PIDS+=($!)

PASSWORD="a11y-demo-2026"
FRONTLINE_DEMO_PASSWORD="$PASSWORD" FRONTLINE_ADMIN_PASSWORD="$PASSWORD" \
    "$SERVER" --db "$WORK/demo.db" --listen 127.0.0.1:0 --demo --demo-tickets 1000 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=($SERVER_PID)
for _ in $(seq 1 600); do
    grep -q "listening on" "$WORK/server.log" && break
    kill -0 $SERVER_PID 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.1
done
ENDPOINT="$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' "$WORK/server.log" | head -n 1)"
[ -n "$ENDPOINT" ] || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }

FRONTLINE_PASSWORD="$PASSWORD" "$CLIENT" --server "$ENDPOINT" --user agent --no-keychain \
    --settings "$WORK/client.ini" >"$WORK/client.log" 2>&1 &
CLIENT_PID=$!
PIDS+=($CLIENT_PID)
FRONTLINE_PASSWORD="$PASSWORD" "$CLIENT" --server "$ENDPOINT" --user admin --no-keychain \
    --settings "$WORK/admin.ini" >"$WORK/admin.log" 2>&1 &
ADMIN_PID=$!
PIDS+=($ADMIN_PID)
"$CLIENT" --server "$ENDPOINT" --user agent --no-keychain --settings "$WORK/login.ini" \
    >"$WORK/login.log" 2>&1 &
LOGIN_PID=$!
PIDS+=($LOGIN_PID)
TRAY_COMMAND=("$TRAY" --server "$ENDPOINT" --user requester --no-keychain
    --settings "$WORK/tray.ini" --instance "frontline-a11y-$$" --window)
FRONTLINE_PASSWORD="$PASSWORD" "${TRAY_COMMAND[@]}" >"$WORK/tray.log" 2>&1 &
TRAY_PID=$!
PIDS+=($TRAY_PID)

status=0
FRONTLINE_A11Y_PASSWORD="$PASSWORD" "$PYTHON" "$HERE/atspi_walk.py" --client $CLIENT_PID --admin $ADMIN_PID --login $LOGIN_PID --tray $TRAY_PID \
    --server $SERVER_PID --endpoint "$ENDPOINT" --tray-command "${TRAY_COMMAND[@]}" || status=$?
if [ $status -ne 0 ]; then
    for log in client admin login tray; do
        echo "--- $log.log"
        tail -n 20 "$WORK/$log.log"
    done
    echo "--- xvfb.log ($DISPLAY)"
    tail -n 20 "$WORK/xvfb.log"
    ls -la /tmp/.X11-unix/ /tmp/.X*-lock 2>&1 | head -n 20 || true
fi
exit $status
