#!/usr/bin/env bash
# Takes the README's screenshots of the agent client with the demo data, under Xvfb:
#   scripts/screenshots.sh            (after scripts/setup.sh build; needs xvfb, imagemagick, xdotool)
#   scripts/screenshots.sh theme      (only the dark theme and the 200 % ones)
#   scripts/screenshots.sh cmdb       (only the CI browser's two)
# Writes docs/screenshots/*.png.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRONTLINE_BUILD_DIR:-$ROOT/build}"
OUT="$ROOT/docs/screenshots"
WORK="$(mktemp -d)"
PORT=7591
DISPLAY_NUMBER=:97
PASSWORD="screenshot-demo-2026"
mkdir -p "$OUT"

cleanup() { kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

Xvfb "$DISPLAY_NUMBER" -screen 0 1480x900x24 >/dev/null 2>&1 &
export DISPLAY="$DISPLAY_NUMBER"
FRONTLINE_DEMO_PASSWORD="$PASSWORD" FRONTLINE_ADMIN_PASSWORD="$PASSWORD" \
    "$BUILD/server/frontline-server" --db "$WORK/demo.db" --listen "127.0.0.1:$PORT" --demo >"$WORK/server.log" 2>&1 &
until grep -q "listening on" "$WORK/server.log"; do sleep 0.2; done

window() { xdotool search --sync --onlyvisible --name "$1" | head -n 1; }
shot() { import -window "$1" "$OUT/$2"; echo "wrote docs/screenshots/$2"; }

# The CI browser (Go → Configuration items) as the demo agent: the database server found by
# search with its relationship graph, then what its failure affects (the impact tab).
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user agent \
    --no-keychain --settings "$WORK/cmdb.ini" >/dev/null 2>&1 &
CMDB_PID=$!
sleep 4
xdotool windowfocus --sync "$(xdotool search --sync --all --onlyvisible --pid "$CMDB_PID" --name 'Frontline' | head -n 1)"
xdotool key ctrl+shift+i
sleep 2
CIS="$(xdotool search --sync --all --onlyvisible --pid "$CMDB_PID" --name 'Configuration items' | head -n 1)"
xdotool windowmove "$CIS" 0 0 windowsize "$CIS" 1480 900
xdotool windowfocus --sync "$CIS"
xdotool type --delay 40 "srv-db01"
sleep 3
shot "$CIS" ci-browser.png
xdotool key alt+p                      # the Impact tab
sleep 1.5
shot "$CIS" ci-impact.png
kill $CMDB_PID
[[ "${1:-}" == cmdb ]] && exit 0

# The dark theme (Settings → Appearance → Dark): the main window as below, and the ticket pane
# with an internal note being written (the amber of notes, in the dark).
printf '[ui]\nappearance=dark\n' >"$WORK/dark.ini"
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user agent \
    --no-keychain --settings "$WORK/dark.ini" >/dev/null 2>&1 &
DARK_PID=$!
sleep 4
DARK="$(xdotool search --sync --all --onlyvisible --pid "$DARK_PID" --name 'Frontline' | head -n 1)"
xdotool windowmove "$DARK" 0 0 windowsize "$DARK" 1480 900
sleep 1
xdotool mousemove 420 118 click 1   # the second row of "My open tickets"
sleep 2
shot "$DARK" main-dark.png
xdotool key ctrl+i
xdotool type --delay 20 "Checked the account: locked after 5 attempts. Unlocking now."
sleep 1.5
import -window "$DARK" -crop 569x835+911+40 "$OUT/ticket-dark.png"
echo "wrote docs/screenshots/ticket-dark.png"
kill $DARK_PID

# The main window at 200 % (QT_SCALE_FACTOR=2) on a screen twice as large: the same 1480x900
# logical window, every icon and line drawn at twice the pixels.
Xvfb :96 -screen 0 2960x1800x24 >/dev/null 2>&1 &
sleep 1
DISPLAY=:96 QT_SCALE_FACTOR=2 FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" \
    --server "127.0.0.1:$PORT" --user agent --no-keychain --settings "$WORK/scaled.ini" \
    >/dev/null 2>&1 &
SCALED_PID=$!
sleep 5
export DISPLAY=:96
SCALED="$(xdotool search --sync --all --onlyvisible --pid "$SCALED_PID" --name 'Frontline' | head -n 1)"
xdotool windowmove "$SCALED" 0 0 windowsize "$SCALED" 2960 1800
sleep 1
xdotool mousemove 840 236 click 1   # the second row, at twice the coordinates
sleep 2
shot "$SCALED" main-200.png
kill $SCALED_PID
export DISPLAY="$DISPLAY_NUMBER"
[[ "${1:-}" == theme ]] && exit 0

# The login dialog, as a first start shows it.
"$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user agent --no-keychain \
    --settings "$WORK/login.ini" >/dev/null 2>&1 &
LOGIN_PID=$!
sleep 3
shot "$(window 'Log in to Frontline')" login.png
kill $LOGIN_PID

# The main window, logged in as the demo agent, a ticket with a conversation open.
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user agent \
    --no-keychain --settings "$WORK/agent.ini" >/dev/null 2>&1 &
AGENT_PID=$!
sleep 4
MAIN="$(window 'Frontline')"
xdotool windowmove "$MAIN" 0 0 windowsize "$MAIN" 1480 900
sleep 1
xdotool mousemove 420 118 click 1   # the second row of "My open tickets"
sleep 2
shot "$MAIN" main-window.png
# The ticket detail: the pane on the right, with the composer in internal-note mode.
xdotool key ctrl+i
xdotool type --delay 20 "Checked the account: locked after 5 attempts. Unlocking now."
sleep 1.5
import -window "$MAIN" -crop 569x835+911+40 "$OUT/ticket-detail.png"
echo "wrote docs/screenshots/ticket-detail.png"
# The global search: words typed into the box, tickets and articles found as they are typed.
xdotool key Escape
xdotool key ctrl+f
xdotool type --delay 60 "outlook passw"
sleep 2
import -window "$MAIN" -crop 900x560+0+0 "$OUT/search.png"
echo "wrote docs/screenshots/search.png"
xdotool key Escape
# The knowledge base, the first article chosen.
xdotool key ctrl+shift+k
sleep 2
KB="$(window 'Knowledge base')"
xdotool windowmove "$KB" 0 0 windowsize "$KB" 1100 680
sleep 1
xdotool mousemove --window "$KB" 140 165 click 1   # "VPN disconnects every few minutes"
sleep 1.5
shot "$KB" knowledge-base.png

# The automation rules, as the demo manager sees them: the stale-pending rule opened.
kill $AGENT_PID
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user manager \
    --no-keychain --settings "$WORK/manager.ini" >/dev/null 2>&1 &
sleep 4
MANAGER="$(window 'Frontline')"
xdotool windowfocus --sync "$MANAGER"
xdotool key alt+a
sleep 0.7
xdotool key r
sleep 2
ADMIN="$(window 'Administration')"
xdotool windowmove "$ADMIN" 0 0
sleep 0.5
xdotool mousemove 100 75 click 1    # the first rule in the list
sleep 1.5
shot "$ADMIN" automation-rules.png
# The managers' dashboard: the last 30 days of the demo desk.
xdotool key Escape   # closes the administration window (it has the focus)
xdotool windowfocus --sync "$MANAGER"
xdotool key ctrl+shift+d
sleep 3
DASHBOARD="$(window 'Dashboard')"
xdotool windowmove "$DASHBOARD" 0 0 windowsize "$DASHBOARD" 1480 900
sleep 2
shot "$DASHBOARD" dashboard.png

# The dashboard while the server counts a history it has not counted yet (after an upgrade;
# here a second demo desk, counted slowly on purpose): the progress instead of partial figures.
FRONTLINE_DEMO_PASSWORD="$PASSWORD" FRONTLINE_ADMIN_PASSWORD="$PASSWORD" \
    "$BUILD/server/frontline-server" --db "$WORK/rebuild.db" --listen "127.0.0.1:$((PORT + 1))" \
    --demo --demo-tickets 3000 --rebuild-batch 100 --rebuild-pause 400 >"$WORK/rebuild.log" 2>&1 &
until grep -q "listening on" "$WORK/rebuild.log"; do sleep 0.2; done
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$((PORT + 1))" \
    --user manager --no-keychain --settings "$WORK/rebuild.ini" >/dev/null 2>&1 &
REBUILD_PID=$!
sleep 4
xdotool windowfocus --sync "$(window 'Frontline')"
xdotool key ctrl+shift+d
sleep 6
REBUILDING="$(window 'Dashboard')"
xdotool windowmove "$REBUILDING" 0 0 windowsize "$REBUILDING" 1100 560
sleep 2.5
shot "$REBUILDING" dashboard-rebuilding.png
kill $REBUILD_PID

# The tray applet, as the demo requester, docked in a real tray host (trayer): a click on the
# icon opens "Report a problem"; an answer is suggested while the title is typed, and a
# screenshot is taken. Then "My tickets" with a conversation.
trayer --edge top --align right --widthtype pixel --width 140 --height 28 --transparent false \
    --tint 0x444444 >/dev/null 2>&1 &
sleep 1
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/tray/frontline-tray" --server "127.0.0.1:$PORT" \
    --user requester --no-keychain --settings "$WORK/tray.ini" --instance "frontline-shots-$$" \
    >/dev/null 2>&1 &
sleep 4
xdotool mousemove 1467 13 click 1   # the applet's icon, at the right end of the tray
sleep 2
NEW="$(window 'Report a problem')"
xdotool windowmove "$NEW" 40 40
xdotool windowfocus --sync "$NEW"
xdotool type --delay 40 "Outlook keeps asking for my password"
sleep 2
xdotool key alt+t                     # take a screenshot (the window hides meanwhile)
sleep 2
shot "$NEW" tray-new-ticket.png
xdotool key Escape
"$BUILD/client/tray/frontline-tray" --instance "frontline-shots-$$" --show my-tickets >/dev/null 2>&1
sleep 2
MINE="$(window 'My tickets')"
xdotool windowmove "$MINE" 40 40
sleep 1.5
shot "$MINE" tray-my-tickets.png


# The lifecycle of a ticket type as the admin edits it (Administration → Lifecycles): the
# windows are found by the client's process, so the applet's windows cannot be taken instead.
FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user admin \
    --no-keychain --settings "$WORK/admin.ini" >/dev/null 2>&1 &
ADMIN_PID=$!
sleep 4
by_pid() { xdotool search --sync --all --onlyvisible --pid "$ADMIN_PID" --name "$1" | head -n 1; }
xdotool windowfocus --sync "$(by_pid 'Frontline')"
xdotool key alt+a
sleep 0.7
xdotool key u                          # Users and roles…: the administration window
sleep 2
LIFECYCLES="$(by_pid 'Administration')"
xdotool windowmove "$LIFECYCLES" 0 0 windowsize "$LIFECYCLES" 1240 720
xdotool windowfocus --sync "$LIFECYCLES"
xdotool key alt+l                      # the Lifecycles tab
sleep 2
shot "$LIFECYCLES" lifecycles.png

# Custom fields (issue 21): the Fields tab with its live preview, and the agent's new-ticket
# form with a required number refused inline, taken on this Xvfb display by the GUI test that
# drives them (tests/gui/test_fieldsui.cpp): fields-admin.png, fields-new-ticket.png.
QT_QPA_PLATFORM=xcb FRONTLINE_SCREENSHOT_DIR="$OUT" "$BUILD/tests/frontline_gui_tests" \
    --gtest_filter='*FieldsUiTest*' >/dev/null
echo "wrote docs/screenshots/fields-admin.png docs/screenshots/fields-new-ticket.png"

# The applet's "Request something" (issue 21): the catalog, and a request's progress (its
# manager's approval, then the fulfilment tasks in stages), taken by the GUI test that drives
# the whole request (tests/gui/test_requestsomething.cpp).
QT_QPA_PLATFORM=xcb FRONTLINE_SCREENSHOT_DIR="$OUT" "$BUILD/tests/frontline_gui_tests" \
    --gtest_filter='*RequestSomethingTest*Sqlite*' >/dev/null
echo "wrote docs/screenshots/applet-request-catalog.png docs/screenshots/applet-request-progress.png"
echo "wrote docs/screenshots/agent-request-for-caller.png (an agent filing for a caller, same test)"
# The service catalog (issue 21): the Catalog tab with "New laptop", its form designer and the
# requester's form previewed beside it, taken by the GUI test that designs it
# (tests/gui/test_catalogui.cpp): admin-catalog.png.
QT_QPA_PLATFORM=xcb FRONTLINE_SCREENSHOT_DIR="$OUT" "$BUILD/tests/frontline_gui_tests" \
    --gtest_filter='*CatalogUiTest*Designer*' >/dev/null
echo "wrote docs/screenshots/admin-catalog.png"
# CI classes (issue 22): the CI classes tab with "Phone" and its two attributes, taken by the
# GUI test that makes the class (tests/gui/test_ciclassesui.cpp): ci-classes.png.
QT_QPA_PLATFORM=xcb FRONTLINE_SCREENSHOT_DIR="$OUT" "$BUILD/tests/frontline_gui_tests" \
    --gtest_filter='*CiClassesUiTest*Sqlite*' >/dev/null
echo "wrote docs/screenshots/ci-classes.png"

# Change management (issue 22): the change pane, the change calendar's week and month, with
# CIs, windows and changes of their own (scripts/screenshot-changes.sh).
"$ROOT/scripts/screenshot-changes.sh"
