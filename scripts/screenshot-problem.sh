#!/usr/bin/env bash
# Takes docs/screenshots/problem-pane.png (issue 22) under Xvfb: the demo desk, three VPN
# incidents of the demo requester made into a problem with its root cause and known error (over
# JSON-RPC, as a script would), the problem opened in the agent client as the demo admin.
#   scripts/screenshot-problem.sh     (after a build; needs xvfb, imagemagick, xdotool, python3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRONTLINE_BUILD_DIR:-$ROOT/build}"
OUT="$ROOT/docs/screenshots"
WORK="$(mktemp -d)"
PORT=7593
DISPLAY_NUMBER=:95
PASSWORD="screenshot-demo-2026"
mkdir -p "$OUT"

cleanup() { kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

Xvfb "$DISPLAY_NUMBER" -screen 0 1480x900x24 >/dev/null 2>&1 &
export DISPLAY="$DISPLAY_NUMBER"
FRONTLINE_DEMO_PASSWORD="$PASSWORD" FRONTLINE_ADMIN_PASSWORD="$PASSWORD" \
    "$BUILD/server/frontline-server" --db "$WORK/demo.db" --listen "127.0.0.1:$PORT" --demo >"$WORK/server.log" 2>&1 &
until grep -q "listening on" "$WORK/server.log"; do sleep 0.2; done

PROBLEM="$(python3 - "$PORT" "$PASSWORD" <<'PY'
import json, socket, sys
port, password = int(sys.argv[1]), sys.argv[2]

class Client:
    def __init__(self, user):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.file = self.sock.makefile("rw", encoding="utf-8", newline="\n")
        self.next = 0
        self.call("auth.login", {"username": user, "password": password})
    def call(self, method, params):
        self.next += 1
        self.file.write(json.dumps({"jsonrpc": "2.0", "method": method, "params": params, "id": self.next}) + "\n")
        self.file.flush()
        while True:
            answer = json.loads(self.file.readline())
            if answer.get("id") == self.next:
                if "error" in answer:
                    raise SystemExit(f"{method}: {answer['error']}")
                return answer["result"]

requester, admin = Client("requester"), Client("admin")
titles = ["VPN disconnects every hour", "VPN drops at noon, have to reconnect", "VPN client disconnects during calls"]
incidents = [requester.call("ticket.create", {"title": t, "description": t + ".", "category": "Network"})["id"] for t in titles]
problem = admin.call("problem.create", {"title": "VPN sessions end after one hour", "category": "Network",
                                        "description": "Several requesters lose the VPN every hour since the gateway update.",
                                        "incidents": incidents})
admin.call("problem.update", {"id": problem["id"], "root_cause": "The new gateway hands out one-hour DHCP leases and does not renew them.",
                              "workaround": "Connect to the backup gateway vpn2.example.com until the lease is fixed.",
                              "known_error": True})
print(problem["id"])
PY
)"

FRONTLINE_PASSWORD="$PASSWORD" "$BUILD/client/app/frontline" --server "127.0.0.1:$PORT" --user admin \
    --no-keychain --settings "$WORK/admin.ini" >/dev/null 2>&1 &
CLIENT_PID=$!
sleep 5
MAIN="$(xdotool search --sync --all --onlyvisible --pid "$CLIENT_PID" --name 'Frontline' | head -n 1)"
xdotool windowmove "$MAIN" 0 0 windowsize "$MAIN" 1480 900
xdotool windowfocus --sync "$MAIN"
sleep 1
xdotool mousemove 70 140 click 1   # the navigation's "Open problems"
sleep 2
xdotool key ctrl+f
xdotool type --delay 40 "$PROBLEM"
xdotool key Return
sleep 3
xdotool key ctrl+f ctrl+a BackSpace   # the search cleared: the queue shows its rows again
xdotool key Escape
sleep 2
import -window "$MAIN" "$OUT/problem-pane.png"
echo "wrote docs/screenshots/problem-pane.png"
kill $CLIENT_PID
