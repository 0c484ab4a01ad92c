#!/usr/bin/env bash
# Takes the change management screenshots (issue 22) under Xvfb: the demo desk, a database
# server with the services and users that depend on it, a weekly maintenance window, a freeze
# and a handful of changes (two of them colliding on the server), made over JSON-RPC as a
# script would; then, in the agent client as the demo manager, the change's pane and the change
# calendar's week and month:
#   docs/screenshots/change-pane.png, change-calendar-week.png, change-calendar-month.png
#   scripts/screenshot-changes.sh     (after a build; needs xvfb, imagemagick, xdotool, python3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRONTLINE_BUILD_DIR:-$ROOT/build}"
OUT="$ROOT/docs/screenshots"
WORK="$(mktemp -d)"
PORT=7594
DISPLAY_NUMBER=:94
PASSWORD="screenshot-demo-2026"
mkdir -p "$OUT"

cleanup() { kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

Xvfb "$DISPLAY_NUMBER" -screen 0 1480x900x24 >/dev/null 2>&1 &
export DISPLAY="$DISPLAY_NUMBER"
FRONTLINE_DEMO_PASSWORD="$PASSWORD" FRONTLINE_ADMIN_PASSWORD="$PASSWORD" \
    "$BUILD/server/frontline-server" --db "$WORK/demo.db" --listen "127.0.0.1:$PORT" --demo >"$WORK/server.log" 2>&1 &
until grep -q "listening on" "$WORK/server.log"; do sleep 0.2; done

CHANGE="$(python3 - "$PORT" "$PASSWORD" <<'PY'
import datetime, json, socket, sys
port, password = int(sys.argv[1]), sys.argv[2]

class Client:
    def __init__(self, user):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.file = self.sock.makefile("rw", encoding="utf-8", newline="\n")
        self.next = 0
        self.user = self.call("auth.login", {"username": user, "password": password})["user"]
    def call(self, method, params=None):
        self.next += 1
        message = {"jsonrpc": "2.0", "method": method, "id": self.next}
        if params is not None:
            message["params"] = params
        self.file.write(json.dumps(message) + "\n")
        self.file.flush()
        while True:
            answer = json.loads(self.file.readline())
            if answer.get("id") == self.next:
                if "error" in answer:
                    raise SystemExit(f"{method}: {answer['error']}")
                return answer["result"]

admin, manager = Client("admin"), Client("manager")
local = datetime.datetime.now().astimezone().tzinfo
today = datetime.date.today()
monday = today - datetime.timedelta(days=today.weekday())
def at(day, hour, minute=0):
    moment = datetime.datetime.combine(monday + datetime.timedelta(days=day),
                                       datetime.time(hour, minute), tzinfo=local)
    return moment.astimezone(datetime.timezone.utc).isoformat().replace("+00:00", "Z")

def ci(name, ci_class):
    return admin.call("ci.create", {"name": name, "class": ci_class})["id"]
def relate(source, kind, key, target):
    admin.call("ci.relate", {"from": source, "type": kind, key: target})

db = ci("db-prod-01", "server")
payroll, hr = ci("Payroll", "service"), ci("HR portal", "service")
app = ci("payroll-app", "application")
mail = ci("mail-gw-02", "server")
relate(app, "runs_on", "to", db)
relate(payroll, "depends_on", "to", app)
relate(hr, "depends_on", "to", db)
users = [u for u in admin.call("user.list", {"limit": 200}).get("items", []) if u.get("role") == "requester"]
for user in users[:40]:
    relate(payroll, "used_by", "user", user["id"])
orgs = admin.call("org.list", {}).get("items", [])
if orgs:
    relate(hr, "used_by", "organisation", orgs[0]["id"])

manager.call("change.window.create", {"name": "Saturday night maintenance", "kind": "maintenance",
                                      "start": at(-2, 21), "end": at(-1, 2), "repeat": "weekly",
                                      "cis": [db, mail]})
manager.call("change.window.create", {"name": "Payroll run freeze", "kind": "freeze",
                                      "start": at(3, 0), "end": at(4, 0), "cis": [db]})
manager.call("change.window.create", {"name": "Month-end freeze", "kind": "freeze",
                                      "start": at(24, 0), "end": at(27, 0)})

questions = manager.call("change.questionnaire")["questions"]
def risk(pick):
    return {q["id"]: min(pick, len(q["options"]) - 1) for q in questions}

def change(title, cis, start, end, pick, submit=True, **more):
    made = manager.call("change.create", dict({
        "title": title, "description": title + ".", "kind": "normal", "cis": cis,
        "implementation_plan": "1. Announce. 2. Apply. 3. Verify.",
        "backout_plan": "Restore the snapshot taken before.",
        "test_plan": "Smoke tests of the affected services.",
        "risk": risk(pick), "planned_start": start, "planned_end": end}, **more))
    if submit:
        manager.call("change.submit", {"id": made["id"]})
    return made["id"]

main = change("Upgrade PostgreSQL on db-prod-01 to 16", [db], at(5, 22), at(6, 1), 2)
change("Patch the storage firmware of db-prod-01", [db], at(5, 23), at(6, 2), 1)
change("Renew the mail gateway certificate", [mail], at(1, 9), at(1, 10), 0)
change("Rotate the payroll-app secrets", [app], at(2, 14), at(2, 16), 1, False)
change("Replace the core switch", [mail], at(10, 20), at(10, 23), 3)
change("Add memory to db-prod-01", [db], at(3, 10), at(3, 11), 1, True, kind="emergency")
print(main)
PY
)"

FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user manager \
    --no-keychain --settings "$WORK/manager.ini" >/dev/null 2>&1 &
CLIENT_PID=$!
sleep 5
by_pid() { xdotool search --sync --all --onlyvisible --pid "$CLIENT_PID" --name "$1" | head -n 1; }
MAIN="$(by_pid 'Frontline')"
xdotool windowmove "$MAIN" 0 0 windowsize "$MAIN" 1480 900
xdotool windowfocus --sync "$MAIN"
sleep 1
xdotool key ctrl+f
xdotool type --delay 40 "$CHANGE"
xdotool key Return
sleep 3
xdotool key Escape
sleep 2
import -window root "$OUT/change-pane.png"
echo "wrote docs/screenshots/change-pane.png"

xdotool windowfocus --sync "$MAIN"
xdotool key ctrl+shift+c               # Go → Change calendar…
sleep 3
CALENDAR="$(xdotool search --sync --onlyvisible --name '^Change calendar' | head -n 1)"
xdotool windowmove "$CALENDAR" 0 0 windowsize "$CALENDAR" 1480 900
xdotool windowfocus --sync "$CALENDAR"
sleep 2
import -window root "$OUT/change-calendar-week.png"
echo "wrote docs/screenshots/change-calendar-week.png"
xdotool key alt+m                      # Month
sleep 3
import -window root "$OUT/change-calendar-month.png"
echo "wrote docs/screenshots/change-calendar-month.png"
kill $CLIENT_PID
