#!/usr/bin/env bash
# The packaging test (issue 24): the three Debian packages built from a build directory, then
# installed into a clean Debian 12 root (a chroot made with debootstrap from Debian's archive),
# and the server package taken through its life there:
#   install (user, data folder, unit enabled, menu entries, icons) -> the service's command line
#   as the frontline user -> system.ping, auth.login, ticket.create over JSON-RPC -> stop ->
#   upgrade over an older package (the conffile edit stays, the data stays, the schema
#   migrates) -> the service again -> the unit checked by systemd-analyze (verify, security)
#   -> the root booted with systemd-nspawn: systemctl enable --now, JSON-RPC, reboot, the
#   service up again by itself -> remove (the data stays) -> purge (data, user gone).
#
#   scripts/packaging-test.sh [BUILD_DIR]        (default: $FRONTLINE_BUILD_DIR or ./build)
#
# Needs root (chroot, mounts), debootstrap and network access to Debian's archive. Debian's
# packages are cached in $FRONTLINE_PACKAGING_CACHE (default /var/cache/frontline-packaging):
# the pristine debootstrap root as a tarball (FRONTLINE_PACKAGING_REFRESH=1 makes it again) and
# apt's downloads, so that a run costs about a minute once the cache is warm. Each run unpacks
# that tarball into a fresh folder and deletes it at the end: nothing is installed on the host.
#
# The "older" package is the same build repackaged as version 0.0.9-1; the older schema is
# made by undoing the newest migration in the database it wrote (see UNDO_MIGRATION below),
# so that the upgrade's server has one migration to apply.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$(realpath -m "${1:-${FRONTLINE_BUILD_DIR:-$ROOT_DIR/build}}")"
CACHE="${FRONTLINE_PACKAGING_CACHE:-/var/cache/frontline-packaging}"
MIRROR="${FRONTLINE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE=bookworm
OLD_VERSION=0.0.9-1

# What migration N added, undone, for the upgrade test: the database then looks as the release
# before it left it. A migration without an entry here: the upgrade runs without a schema change
# and says so (add the entry when adding a migration).
declare -A UNDO_MIGRATION=(
    [13]="DROP TABLE mail_quarantine; DROP TABLE mail_sent; DROP TABLE mail_messages;
          DROP TABLE mailboxes; DELETE FROM schema_migrations WHERE version = 13;"
    [15]="DROP TABLE mail_outbox; DROP TABLE mail_outgoing; DROP TABLE mail_templates;
          DROP TABLE mail_opt_outs; ALTER TABLE users DROP COLUMN language;
          DELETE FROM schema_migrations WHERE version = 15;"
    [21]="DROP INDEX mail_messages_ticket; DROP INDEX mail_outbox_ticket;
          DELETE FROM schema_migrations WHERE version = 21;"
    [26]="DROP TABLE approval_delegations; DROP TABLE approvals; DROP TABLE approval_chains;
          ALTER TABLE users DROP COLUMN manager_id;
          DELETE FROM schema_migrations WHERE version = 26;"
    [27]="ALTER TABLE mailboxes DROP COLUMN from_address; ALTER TABLE mailboxes DROP COLUMN from_name;
          DELETE FROM schema_migrations WHERE version = 27;"
    [29]="DROP INDEX tickets_type_created; DROP TABLE problem_incidents; DROP TABLE problems;
          DELETE FROM schema_migrations WHERE version = 29;"
    [30]="DROP INDEX change_incidents_change; DROP INDEX changes_schedule;
          DROP TABLE change_incidents; DROP TABLE change_windows; DROP TABLE change_templates;
          DROP TABLE changes; DELETE FROM schema_migrations WHERE version = 30;"
    [31]="DROP INDEX announcement_recipients_user; DROP TABLE announcement_recipients;
          DROP TABLE announcement_cis; DELETE FROM schema_migrations WHERE version = 31;"
    [28]="DROP TABLE ticket_cis; DROP TABLE ci_relations; DROP TABLE cis; DROP TABLE ci_classes;
          DELETE FROM schema_migrations WHERE version = 28;"
    [23]="DROP TABLE ticket_field_values; DROP TABLE ticket_fields;
          DELETE FROM schema_migrations WHERE version = 23;"
    [24]="DROP TABLE kpi_rollups; DROP TABLE kpi_durations;
          CREATE TABLE kpi_rollups (span INTEGER NOT NULL, day INTEGER NOT NULL,
              group_id BIGINT NOT NULL, category_id BIGINT NOT NULL, type TEXT NOT NULL,
              agent_id BIGINT NOT NULL, created BIGINT NOT NULL DEFAULT 0,
              resolved BIGINT NOT NULL DEFAULT 0, closed BIGINT NOT NULL DEFAULT 0,
              reopened BIGINT NOT NULL DEFAULT 0, merged BIGINT NOT NULL DEFAULT 0,
              escalations BIGINT NOT NULL DEFAULT 0, escalated_created BIGINT NOT NULL DEFAULT 0,
              assigned BIGINT NOT NULL DEFAULT 0, fcr BIGINT NOT NULL DEFAULT 0,
              open_delta BIGINT NOT NULL DEFAULT 0, open_by_created BIGINT NOT NULL DEFAULT 0,
              responses BIGINT NOT NULL DEFAULT 0, response_wall BIGINT NOT NULL DEFAULT 0,
              response_business BIGINT NOT NULL DEFAULT 0, response_sla BIGINT NOT NULL DEFAULT 0,
              response_met BIGINT NOT NULL DEFAULT 0, resolution_wall BIGINT NOT NULL DEFAULT 0,
              resolution_business BIGINT NOT NULL DEFAULT 0,
              resolution_sla BIGINT NOT NULL DEFAULT 0, resolution_met BIGINT NOT NULL DEFAULT 0,
              paused_wall BIGINT NOT NULL DEFAULT 0, rated_resolutions BIGINT NOT NULL DEFAULT 0,
              csat_count BIGINT NOT NULL DEFAULT 0, csat_sum BIGINT NOT NULL DEFAULT 0,
              PRIMARY KEY (span, group_id, category_id, type, agent_id, day)) WITHOUT ROWID;
          CREATE TABLE kpi_durations (span INTEGER NOT NULL, day INTEGER NOT NULL,
              group_id BIGINT NOT NULL, category_id BIGINT NOT NULL, type TEXT NOT NULL,
              agent_id BIGINT NOT NULL, durations BLOB NOT NULL,
              PRIMARY KEY (span, group_id, category_id, type, agent_id, day)) WITHOUT ROWID;
          DELETE FROM kpi_tickets; UPDATE kpi_state SET events_to = 0;
          DELETE FROM schema_migrations WHERE version = 24;"
    [22]="DROP TABLE webhook_deliveries; DROP TABLE webhooks;
          DELETE FROM schema_migrations WHERE version = 22;"
    [33]="CREATE TABLE mail_outbox_old (id INTEGER PRIMARY KEY, event_id BIGINT,
              recipient_id BIGINT NOT NULL REFERENCES users(id), ticket_id BIGINT REFERENCES tickets(id),
              kind TEXT NOT NULL, address TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
              message_id TEXT NOT NULL UNIQUE, in_reply_to TEXT NOT NULL DEFAULT '',
              state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
              attempts INTEGER NOT NULL DEFAULT 0, attempt_id TEXT NOT NULL DEFAULT '',
              next_attempt_at BIGINT NOT NULL, last_error TEXT NOT NULL DEFAULT '',
              created_at BIGINT NOT NULL, sent_at BIGINT, UNIQUE (event_id, recipient_id));
          INSERT INTO mail_outbox_old SELECT id, event_id, recipient_id, ticket_id, kind, address,
              subject, body, message_id, in_reply_to, state, attempts, attempt_id, next_attempt_at,
              last_error, created_at, sent_at FROM mail_outbox;
          DROP TABLE mail_outbox; ALTER TABLE mail_outbox_old RENAME TO mail_outbox;
          CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at, id);
          CREATE INDEX mail_outbox_ticket ON mail_outbox (ticket_id, id);
          DELETE FROM schema_migrations WHERE version = 33;"
    [34]="PRAGMA writable_schema = ON;
          UPDATE sqlite_master SET sql = replace(sql,
              'CHECK (kind = ''created'' OR kind = ''change'' OR kind = ''comment'')',
              'CHECK (kind IN (''created'', ''change'', ''comment''))') WHERE name = 'ticket_events';
          UPDATE sqlite_master SET sql = replace(sql,
              'CHECK (state = ''queued'' OR state = ''sending'' OR state = ''sent'' OR state = ''failed'')',
              'CHECK (state IN (''queued'', ''sending'', ''sent'', ''failed''))') WHERE name = 'mail_outbox';
          UPDATE sqlite_master SET sql = replace(sql,
              'CHECK (state = ''queued'' OR state = ''sending'' OR state = ''delivered'' OR state = ''failed'')',
              'CHECK (state IN (''queued'', ''sending'', ''delivered'', ''failed''))')
              WHERE name = 'webhook_deliveries';
          UPDATE sqlite_master SET sql = replace(sql,
              'CHECK (outcome = ''ticket'' OR outcome = ''comment'' OR outcome = ''ignored'')',
              'CHECK (outcome IN (''ticket'', ''comment'', ''ignored''))') WHERE name = 'mail_messages';
          PRAGMA writable_schema = OFF;
          DELETE FROM schema_migrations WHERE version = 34;"
    [25]="DROP TABLE catalog_request_tasks; DROP TABLE catalog_requests; DROP TABLE catalog_items;
          DROP INDEX tickets_parent; ALTER TABLE tickets DROP COLUMN parent_id;
          DELETE FROM schema_migrations WHERE version = 25;"
)

say() { printf '\033[1m==> packaging [%3d s]: %s\033[0m\n' "$(($(date +%s) - ${START:-$(date +%s)}))" "$*"; }
fail() {
    printf '\033[1;31mpackaging test FAILED: %s\033[0m\n' "$*" >&2
    exit 1
}

if [ "$(id -u)" -ne 0 ]; then
    say "skipped: the chroot needs root"
    exit 0
fi
START=$(date +%s)
# The tools of this test (scripts/setup.sh installs the build's own).
missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin) # the icons' PNG sizes
command -v lintian >/dev/null || missing+=(lintian)
command -v systemd-nspawn >/dev/null || missing+=(systemd-container) # boots the root
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null || fail "apt-get install ${missing[*]}"
fi
for tool in dpkg-deb python3 cpack; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
done

# ---- 1. The packages ------------------------------------------------------------------------
say "building the packages in $BUILD/packages"
cmake "$BUILD" >/dev/null # finds rsvg-convert if it was just installed
cmake --build "$BUILD" --target frontline-server frontline-admin frontline frontline-tray frontline_icons \
    frontline_package_docs >/dev/null
rm -rf "$BUILD/packages"
(cd "$BUILD" && cpack -G DEB >/dev/null 2>&1) || fail "cpack"
mapfile -t DEBS < <(ls "$BUILD"/packages/*.deb)
[ ${#DEBS[@]} -eq 3 ] || fail "expected three packages, got: ${DEBS[*]}"
SERVER_DEB="$(ls "$BUILD"/packages/frontline-server_*.deb)"
CLIENT_DEB="$(ls "$BUILD"/packages/frontline_*.deb)"
TRAY_DEB="$(ls "$BUILD"/packages/frontline-tray_*.deb)"
NEW_VERSION="$(dpkg-deb -f "$SERVER_DEB" Version)"

WORK="$(mktemp -d /var/tmp/frontline-packaging-XXXXXX)"
CHROOT="$WORK/root"
SERVER_PID=""
NSPAWN_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "$NSPAWN_PID" ]; then
        kill "$NSPAWN_PID" 2>/dev/null || true # nspawn powers the container off
        wait "$NSPAWN_PID" 2>/dev/null || true
    fi
    for mount in var/cache/apt/archives proc; do
        mountpoint -q "$CHROOT/$mount" 2>/dev/null && umount -l "$CHROOT/$mount"
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

say "lintian (no error or warning allowed; the exceptions are in docs/packaging.md)"
if ! lintian --fail-on error,warning "${DEBS[@]}" >"$WORK/lintian.log" 2>&1; then
    grep -v "running with root privileges" "$WORK/lintian.log"
    fail "lintian"
fi

# The older package: the same files, a lower version.
say "repackaging the server as $OLD_VERSION (the older package)"
dpkg-deb -R "$SERVER_DEB" "$WORK/old"
sed -i "s/^Version: .*/Version: $OLD_VERSION/" "$WORK/old/DEBIAN/control"
OLD_DEB="$WORK/frontline-server_${OLD_VERSION}_amd64.deb"
# gzip -1: a test artefact; xz took a minute on a busy machine.
dpkg-deb --root-owner-group -Zgzip -z1 -b "$WORK/old" "$OLD_DEB" >/dev/null

# ---- 2. A clean Debian 12 root ---------------------------------------------------------------
mkdir -p "$CACHE/debootstrap" "$CACHE/apt-archives/partial"
BASE="$CACHE/$SUITE-minbase.tar"
if [ ! -f "$BASE" ] || [ -n "${FRONTLINE_PACKAGING_REFRESH:-}" ]; then
    say "debootstrap $SUITE (minbase) from $MIRROR, cached as $BASE"
    debootstrap --variant=minbase --cache-dir="$CACHE/debootstrap" "$SUITE" "$WORK/base" "$MIRROR" \
        >"$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap"; }
    cp /etc/resolv.conf "$WORK/base/etc/resolv.conf"
    chroot "$WORK/base" apt-get update -qq
    tar -C "$WORK/base" -cf "$BASE.tmp" . && mv "$BASE.tmp" "$BASE"
    rm -rf "$WORK/base"
fi
say "unpacking a fresh root in $CHROOT"
mkdir -p "$CHROOT"
tar -C "$CHROOT" -xf "$BASE"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# A throwaway root: dpkg need not fsync every file it unpacks (about half the install's time
# on a busy machine).
echo force-unsafe-io >"$CHROOT/etc/dpkg/dpkg.cfg.d/frontline-packaging-test"
mount -t proc proc "$CHROOT/proc"
mount --bind "$CACHE/apt-archives" "$CHROOT/var/cache/apt/archives"
cp "${DEBS[@]}" "$OLD_DEB" "$CHROOT/tmp/"
in_root() { chroot "$CHROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
apt_install() {
    # Stale package lists (a point release since the tarball): read them again once.
    if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
        >"$WORK/apt.log" 2>&1; then
        in_root apt-get update -qq
        in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
            >"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log"; fail "apt-get install $*"; }
    fi
}

# ---- 3. Install ---------------------------------------------------------------------------------
say "apt-get install ./frontline-server_${OLD_VERSION} ./frontline_${NEW_VERSION} ./frontline-tray_${NEW_VERSION} (and systemd)"
# systemd as on an installed Debian 12 (minbase has none); it does not run in the chroot, so
# the maintainer scripts take their no-systemd path here and the booted root (step 6) the other.
apt_install "/tmp/$(basename "$OLD_DEB")" "/tmp/$(basename "$CLIENT_DEB")" "/tmp/$(basename "$TRAY_DEB")" \
    systemd systemd-sysv dbus
in_root getent passwd frontline | grep -q ':/var/lib/frontline:' || fail "no system user frontline"
[ "$(in_root stat -c %U:%a /var/lib/frontline)" = "frontline:750" ] || fail "/var/lib/frontline"
[ -L "$CHROOT/etc/systemd/system/multi-user.target.wants/frontline-server.service" ] \
    || fail "the unit is not enabled (it would not start at boot)"
for file in usr/share/applications/frontline.desktop usr/share/applications/frontline-tray.desktop \
    etc/xdg/autostart/frontline-tray.desktop usr/share/metainfo/org.frontline.Frontline.metainfo.xml \
    usr/share/icons/hicolor/48x48/apps/frontline.png usr/share/icons/hicolor/scalable/apps/frontline-tray.svg \
    usr/bin/frontline-admin lib/systemd/system/frontline-backup.service \
    lib/systemd/system/frontline-backup.timer; do
    [ -f "$CHROOT/$file" ] || fail "/$file not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$CHROOT"/usr/share/applications/frontline*.desktop \
        "$CHROOT/etc/xdg/autostart/frontline-tray.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$CHROOT"/usr/share/metainfo/org.frontline.*.metainfo.xml \
        >"$WORK/appstream.log" 2>&1 || { cat "$WORK/appstream.log"; fail "appstreamcli validate"; }
fi
for program in frontline-server frontline-admin frontline frontline-tray; do
    if in_root ldd "/usr/bin/$program" | grep 'not found'; then
        fail "$program misses libraries: the package's Depends are incomplete"
    fi
done

# ---- 4. The service's command line as the frontline user ------------------------------------
UNIT="$CHROOT/lib/systemd/system/frontline-server.service"
EXEC_START="$(sed -n 's/^ExecStart=//p' "$UNIT")"
SERVICE_USER="$(sed -n 's/^User=//p' "$UNIT")"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# An administrator's edit of the conffile: it must survive the upgrade.
sed -i "s/^listen = .*/listen = 127.0.0.1:$PORT/" "$CHROOT/etc/frontline/server.conf"

start_service() {
    local log="$WORK/server-$1.log"
    # setpriv, as systemd's User=/Group= do: no PAM session, and $! is the server itself.
    # shellcheck disable=SC2086 # ExecStart is split into words as systemd does
    chroot "$CHROOT" env -i PATH=/usr/sbin:/usr/bin LC_ALL=C.UTF-8 \
        setpriv --reuid="$SERVICE_USER" --regid="$SERVICE_USER" --init-groups $EXEC_START \
        >"$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 600); do
        grep -q "listening on" "$log" && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log"; fail "the server exited"; }
        sleep 0.1
    done
    cat "$log"
    fail "the server did not start"
}
stop_service() {
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" || fail "the server did not stop cleanly"
    SERVER_PID=""
}
rpc() { python3 - "$PORT" "$@"; }
# The ticket made in step 4 is there, read over JSON-RPC as the administrator.
ticket_there() {
    rpc "$PASSWORD" "$TICKET" <<'EOF'
import json, socket, sys
port, password, ticket = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = socket.create_connection(("127.0.0.1", port), timeout=30)
reader = conn.makefile("r", encoding="utf-8")
def call(id, method, params):
    conn.sendall((json.dumps({"jsonrpc": "2.0", "id": id, "method": method, "params": params}) + "\n").encode())
    answer = json.loads(reader.readline())
    if "error" in answer:
        sys.exit(f"{method}: {answer['error']}")
    return answer["result"]
call(1, "auth.login", {"username": "admin", "password": password})
assert call(2, "ticket.get", {"id": ticket})["title"] == "Printer on floor 3 jams"
EOF
}

say "starting the service's command line as $SERVICE_USER: $EXEC_START"
start_service first
PASSWORD="$(sed -n 's/.*with the password \([^ ]*\) .*/\1/p' "$WORK/server-first.log")"
[ -n "$PASSWORD" ] || fail "no generated administrator password in the server's output"
TICKET="$(
    rpc "$PASSWORD" <<'EOF'
import json, socket, sys
port, password = int(sys.argv[1]), sys.argv[2]
conn = socket.create_connection(("127.0.0.1", port), timeout=30)
reader = conn.makefile("r", encoding="utf-8")
def call(id, method, params=None):
    message = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        message["params"] = params
    conn.sendall((json.dumps(message) + "\n").encode())
    while True:
        answer = json.loads(reader.readline())
        if answer.get("id") == id:
            if "error" in answer:
                sys.exit(f"{method}: {answer['error']}")
            return answer["result"]
assert call(1, "system.ping")["version"]
call(2, "auth.login", {"username": "admin", "password": password})
ticket = call(3, "ticket.create", {"title": "Printer on floor 3 jams",
                                   "description": "Installed from the package, kept on upgrade."})
print(ticket["id"])
EOF
)" || fail "JSON-RPC against the installed server"
say "system.ping, auth.login and ticket.create answered (ticket $TICKET)"
stop_service

# ---- 5. Upgrade over the older package ---------------------------------------------------------
DB="$CHROOT/var/lib/frontline/frontline.db"
LATEST="$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT max(version) FROM schema_migrations").fetchone()[0])' "$DB")"
if [ -n "${UNDO_MIGRATION[$LATEST]:-}" ]; then
    say "undoing migration $LATEST: the database of the release before it"
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' \
        "$DB" "${UNDO_MIGRATION[$LATEST]}"
    in_root chown frontline:frontline /var/lib/frontline/frontline.db
    EXPECTED_MIGRATION=$LATEST
else
    say "NOTE: no undo recipe for migration $LATEST in $0: the upgrade runs without a schema change"
    EXPECTED_MIGRATION=""
fi
say "apt-get install ./frontline-server_${NEW_VERSION} over $OLD_VERSION"
apt_install "/tmp/$(basename "$SERVER_DEB")"
[ "$(in_root dpkg-query -W -f='${Version}' frontline-server)" = "$NEW_VERSION" ] || fail "not upgraded"
grep -q "^listen = 127.0.0.1:$PORT" "$CHROOT/etc/frontline/server.conf" || fail "the conffile edit was lost"
[ -L "$CHROOT/etc/systemd/system/multi-user.target.wants/frontline-server.service" ] \
    || fail "the unit is no longer enabled after the upgrade"
start_service upgraded
if [ -n "$EXPECTED_MIGRATION" ]; then
    APPLIED="$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM schema_migrations WHERE version = ?", (int(sys.argv[2]),)).fetchone()[0])' "$DB" "$EXPECTED_MIGRATION")"
    [ "$APPLIED" = "1" ] || fail "the upgraded server did not apply migration $EXPECTED_MIGRATION"
    grep -q "applying migration $EXPECTED_MIGRATION " "$WORK/server-upgraded.log" \
        || fail "the upgraded server's output does not say it applied migration $EXPECTED_MIGRATION"
fi
ticket_there || fail "the data did not survive the upgrade"
say "upgraded to $NEW_VERSION: ticket $TICKET is still there${EXPECTED_MIGRATION:+, migration $EXPECTED_MIGRATION applied}"
stop_service

# ---- 6. systemd: the unit checked, then the root booted ----------------------------------------
UNIT_PATH=/lib/systemd/system/frontline-server.service
say "systemd-analyze verify $UNIT_PATH (in the root: the unit, its user, its paths)"
# --man=no: man-db is not in the root; the page Documentation= names is checked by its file.
in_root systemd-analyze verify --man=no "$UNIT_PATH" >"$WORK/verify.log" 2>&1 \
    || { cat "$WORK/verify.log"; fail "systemd-analyze verify"; }
[ ! -s "$WORK/verify.log" ] || { cat "$WORK/verify.log"; fail "systemd-analyze verify is not clean"; }
[ -f "$CHROOT/usr/share/man/man1/frontline-server.1.gz" ] || fail "no man page frontline-server(1)"
in_root systemd-analyze security --offline=yes --no-pager "$UNIT_PATH" >"$WORK/security.log" 2>&1 \
    || { cat "$WORK/security.log"; fail "systemd-analyze security"; }
EXPOSURE="$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\) .*/\1/p' "$WORK/security.log")"
[ -n "$EXPOSURE" ] || { cat "$WORK/security.log"; fail "no exposure level from systemd-analyze security"; }
# 1.2 when written (docs/packaging.md): a sandbox option lost on the way makes it higher.
python3 -c 'import sys; sys.exit(float(sys.argv[1]) > 1.5)' "$EXPOSURE" \
    || { grep '✗' "$WORK/security.log"; fail "exposure level $EXPOSURE, more than 1.5"; }
say "systemd-analyze security: exposure level $EXPOSURE"

# The root as a machine of its own: systemd as its PID 1 (systemd-nspawn --boot), sharing the
# host's network so the test reaches the service's port. --register=no --keep-unit: the host
# runs no systemd (no machined, no system bus) to register the container with.
for mount in var/cache/apt/archives proc; do umount "$CHROOT/$mount"; done
LEADER=""
boot() {
    systemd-nspawn --quiet --directory="$CHROOT" --machine=frontline-packaging --boot \
        --register=no --keep-unit >"$WORK/boot-$1.log" 2>&1 &
    NSPAWN_PID=$!
    LEADER=""
    for _ in $(seq 1 600); do
        LEADER="$(cat "/proc/$NSPAWN_PID/task/$NSPAWN_PID/children" 2>/dev/null | awk '{print $1}')"
        [ -n "$LEADER" ] && [ "$(cat "/proc/$LEADER/comm" 2>/dev/null)" = systemd ] && break
        kill -0 "$NSPAWN_PID" 2>/dev/null || { cat "$WORK/boot-$1.log"; fail "systemd-nspawn exited"; }
        sleep 0.1
    done
    [ -n "$LEADER" ] || { cat "$WORK/boot-$1.log"; fail "no systemd in the container"; }
    # systemctl answers once PID 1 has made its socket; --wait then waits for the boot's end.
    local state=""
    for _ in $(seq 1 300); do
        state="$(timeout 60 nsenter --target "$LEADER" --all systemctl is-system-running --wait 2>/dev/null)" || true
        [ -n "$state" ] && break
        sleep 0.2
    done
    [ "$state" = running ] || {
        in_machine systemctl --failed --no-pager || true
        fail "the booted root is \"$state\", not running"
    }
}
in_machine() { nsenter --target "$LEADER" --all env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
service_answers() {
    # Up, as the frontline user, and answering over JSON-RPC with the ticket of step 4.
    for _ in $(seq 1 600); do
        in_machine journalctl -u frontline-server --boot --no-pager -q | grep -q "listening on" && break
        sleep 0.1
    done
    [ "$(in_machine systemctl is-active frontline-server)" = active ] \
        || { in_machine journalctl -u frontline-server --no-pager | tail -20; fail "frontline-server is not active"; }
    local pid
    pid="$(in_machine systemctl show -p MainPID --value frontline-server)"
    [ "$(in_machine ps -o user= -p "$pid")" = frontline ] || fail "the service does not run as frontline"
    ticket_there || fail "no answer over JSON-RPC from the service systemd started"
}

say "systemd-nspawn --boot: the root boots with systemd"
boot first
in_machine systemctl enable --now frontline-server >"$WORK/enable.log" 2>&1 \
    || { cat "$WORK/enable.log"; fail "systemctl enable --now frontline-server"; }
service_answers
say "systemctl enable --now frontline-server: active as frontline, answers over JSON-RPC"
in_machine systemctl reboot 2>/dev/null || true # PID 1 may drop the connection as it goes
status=0
wait "$NSPAWN_PID" || status=$?
NSPAWN_PID=""
[ $status -eq 133 ] || { cat "$WORK/boot-first.log"; fail "the container did not reboot (systemd-nspawn exit $status)"; }
say "rebooted: booting the root again"
boot again
service_answers
say "after the reboot the service started by itself and answers"
in_machine systemctl poweroff 2>/dev/null || true
wait "$NSPAWN_PID" || fail "the container did not power off cleanly"
NSPAWN_PID=""
mount -t proc proc "$CHROOT/proc"
mount --bind "$CACHE/apt-archives" "$CHROOT/var/cache/apt/archives"

# ---- 7. Remove keeps the data, purge deletes it -------------------------------------------------
say "apt-get remove frontline-server"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq frontline-server >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; fail "apt-get remove"; }
[ -f "$DB" ] || fail "remove deleted the database"
[ -f "$CHROOT/etc/frontline/server.conf" ] || fail "remove deleted the configuration"
in_root getent passwd frontline >/dev/null || fail "remove deleted the user"
say "apt-get purge frontline-server"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq frontline-server >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; fail "apt-get purge"; }
[ ! -e "$CHROOT/var/lib/frontline" ] || fail "purge left /var/lib/frontline"
[ ! -e "$CHROOT/etc/frontline" ] || fail "purge left /etc/frontline"
[ ! -e "$CHROOT/etc/systemd/system/multi-user.target.wants/frontline-server.service" ] \
    || fail "purge left the unit enabled"
! in_root getent passwd frontline >/dev/null || fail "purge left the user frontline"

say "passed in $(($(date +%s) - START)) s"
