#!/usr/bin/env bash
# The tray applet under a private Xvfb: first without a system-tray host (the applet must show
# its window), then with trayer, a real XEmbed tray host (the icon must dock).
#   trayhost.sh <frontline_trayhost_tests>
set -euo pipefail
BIN="$1"
if ! command -v Xvfb >/dev/null || ! command -v trayer >/dev/null; then
    echo "Xvfb and trayer are needed (scripts/setup.sh installs them)" >&2
    exit 1
fi
WORK="$(mktemp -d)"
# Waits for Xvfb to be gone: a test started right after this one (ctest) may start its own X
# server, and one still shutting down here must not overlap it (see tests/a11y/a11y.sh).
cleanup() {
    for pid in ${TRAYER:-} ${XVFB:-}; do kill "$pid" 2>/dev/null || true; done
    for pid in ${TRAYER:-} ${XVFB:-}; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
# A free display, chosen by the server itself.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n 1 "$WORK/display")"
export QT_QPA_PLATFORM=xcb
FRONTLINE_TRAY_HOST=absent "$BIN" --gtest_filter='*WithoutTrayHost*'
trayer --edge top --align right --widthtype pixel --width 120 --height 24 >"$WORK/trayer.log" 2>&1 &
TRAYER=$!
sleep 1
FRONTLINE_TRAY_HOST=present "$BIN" --gtest_filter='*WithTrayHost*'
