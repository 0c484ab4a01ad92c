#!/usr/bin/env bash
# Frontline's one set-up script: installs what is missing, configures and builds, then
#   scripts/setup.sh run  [server options]   the server on embedded SQLite with demo data, and the
#                                            agent client logged in as the demo agent
#   scripts/setup.sh test                    runs every test (SQLite and a throwaway PostgreSQL),
#                                            then (FRONTLINE_SANITIZERS) the tests again under
#                                            ASan+UBSan and/or TSan, then each libFuzzer target
#                                            for a bounded time
#   scripts/setup.sh build                   only installs and builds
# Environment: FRONTLINE_BUILD_DIR (default ./build), FRONTLINE_WERROR (default ON),
# FRONTLINE_UNITY_BUILD (default ON), FRONTLINE_DATA
# (run: the data folder, default ./.frontline-demo), FRONTLINE_PORT (run: default 7415),
# FRONTLINE_FUZZ_SECONDS (test: seconds per fuzz target, default 10; 0 skips the fuzz stage),
# FRONTLINE_SANITIZERS (test: the sanitizer stages to run, "address,undefined" and/or "thread";
# default both, empty skips them; see
# docs/architecture.md "Sanitizers").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRONTLINE_BUILD_DIR:-$ROOT/build}"
FUZZ_BUILD="$(realpath -m "$BUILD")-fuzz" # the clang build of tests/fuzz, beside the normal one
ASAN_BUILD="$(realpath -m "$BUILD")-asan" # the suite under sanitizers, beside the normal one
TSAN_BUILD="$(realpath -m "$BUILD")-tsan"
MODE="${1:-build}"
shift || true

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev libxkbcommon-dev
    libsodium-dev liboath-dev libqrencode-dev libhpdf-dev rapidjson-dev libgtest-dev libgmock-dev poppler-utils
    libgmime-3.0-dev libetpan-dev libsasl2-modules libxml2-dev dovecot-imapd dovecot-lmtpd postfix
    postgresql openssl xvfb xauth x11-utils trayer tzdata
    slapd ldap-utils libldap-dev
    libpq-dev
    gnome-keyring libsecret-1-0 dbus
    at-spi2-core python3-pyatspi
    clang libclang-rt-14-dev llvm
    qt6-httpserver-dev qt6-websockets-dev curl
    libsqlite3-dev postgresql-client
    python3-jsonschema
    systemd-container
)

# Each step with the time since the script started, so a slow stage shows in CI's log.
say() { printf '\033[1m==> [%d:%02d] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This is not a Debian/Ubuntu system. Please install the equivalents of:"
        printf '  %s\n' "${PACKAGES[@]}"
        echo "(Qt >= 6.4 with Network, Sql (SQLite and PostgreSQL drivers), Widgets, Charts and"
        echo " LinguistTools; QtKeychain for Qt 6; libsodium; GoogleTest; PostgreSQL 15; CMake >= 3.21)"
        return 0
    fi
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    say "Installing ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    say "Building in $BUILD"
    # Optimised, with line tables only (-g1): a crash's stack still names file:line, and the
    # build takes a quarter less time than with full debug information (-g). A unity build
    # (batches of 8 .cpp files per translation unit, as the sanitizer trees) unless
    # FRONTLINE_UNITY_BUILD=OFF: Qt's headers are parsed once per batch, which CI's time needs;
    # a developer's own cmake configures file by file, where a missing #include still shows.
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
        -DCMAKE_UNITY_BUILD="${FRONTLINE_UNITY_BUILD:-ON}" -DCMAKE_UNITY_BUILD_BATCH_SIZE=8 \
        -DFRONTLINE_WERROR="${FRONTLINE_WERROR:-ON}" >/dev/null
    cmake --build "$BUILD" --parallel "$(nproc)"
}

# Runs ctest in the build directory $1 with the rest as its arguments. The keychain tests talk to
# a real Secret Service: a private D-Bus session with gnome-keyring unlocked for it, on a throwaway
# keyring (XDG_DATA_HOME), so that the user's own keyring is neither used nor touched. Without
# them, those tests say so and skip.
run_ctest() {
    local dir="$1"
    shift
    if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
        local keyring status=0
        keyring="$(mktemp -d /tmp/frontline-keyring-XXXXXX)"
        XDG_DATA_HOME="$keyring" dbus-run-session -- bash -c '
            echo -n frontline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
            exec "$@"' ctest ctest --test-dir "$dir" "$@" || status=$?
        rm -rf "$keyring"
        return $status
    fi
    ctest --test-dir "$dir" "$@"
}

# The test suite again, built with a sanitizer in its own directory beside the normal build
# (cmake/FrontlineSanitizers.cmake): "address,undefined" runs every test, "thread" the tests
# labelled "threaded" (the server's threads: writer, reader pool, rollup worker, scheduler,
# search indexing, hashing pool). Every process writes its reports into one folder
# (log_path): that catches the servers the tests start, whose exit codes nobody checks, too.
# Any report, or any failing test, fails the run. Suppressions (tests/sanitizers/) are for Qt and
# the other uninstrumented system libraries only.
#
# Each tree is built in the background while the stage before it runs its tests
# (start_background_build), at the scheduler's idle priority: the tests, which spend most of
# their time waiting on servers, sockets and timers, leave a core free much of the time, and an
# idle-priority compiler takes only that (a runnable test process always goes first), so the
# tests' wall-clock bounds are kept. It is not free: on the 2-core VM the normal suite took
# 18:36 beside the ASan+UBSan build instead of about 9 minutes alone (the builds still slow the
# tests through the shared caches and memory), but the whole fresh run went from 53-54 minutes
# to 48, and to 44:30 with the widgets' tests left to the normal suite (docs/architecture.md,
# "Sanitizers").

# The sanitizer environment of `kind`: ASan: leaks are checked at every exit (LSan), globals'
# initialisation order too; UBSan aborts on its first finding (the build makes every check
# non-recoverable); TSan stops at its first race. Set for the build too: it runs each test
# program to list its tests. verify_asan_link_order=0: the fault-injection tests start the
# server with a test-only SQLite VFS in LD_PRELOAD (tests/integration/test_faults.cpp), which
# ASan would otherwise refuse because its runtime is not the first library; the shim does not
# touch malloc.
sanitizer_env() {
    local reports="$1" supp="$2"
    export ASAN_OPTIONS="log_path=$reports/asan:log_exe_name=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:verify_asan_link_order=0"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="log_path=$reports/ubsan:log_exe_name=1:print_stacktrace=1:halt_on_error=1"
    export TSAN_OPTIONS="log_path=$reports/tsan:log_exe_name=1:halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp:print_suppressions=0"
}

# Background builds: one at a time, its output in a file shown when it is waited for.
BG_PID=""
BG_LOG=""
BG_WHAT=""
# start_background_build WHAT COMMAND...: runs the command at idle priority (SCHED_IDLE, idle
# I/O class) in the background, in a process group of its own (setsid) so that
# stop_background_build can end the compilers too.
start_background_build() {
    BG_WHAT="$1"
    shift
    BG_LOG="$(mktemp /tmp/frontline-build-XXXXXX)"
    local idle=(setsid)
    command -v chrt >/dev/null 2>&1 && idle+=(chrt --idle 0)
    command -v ionice >/dev/null 2>&1 && idle+=(ionice -c 3)
    say "Building $BG_WHAT in the background, at idle priority"
    "${idle[@]}" "$@" >"$BG_LOG" 2>&1 &
    BG_PID=$!
}
# On an early exit: the background build ended with its compilers.
stop_background_build() {
    [ -n "$BG_PID" ] || return 0
    kill -- -"$BG_PID" 2>/dev/null || kill "$BG_PID" 2>/dev/null || true
    wait "$BG_PID" 2>/dev/null || true
    BG_PID=""
    rm -f "$BG_LOG"
}
# Waits for the background build, shows its output, fails as it failed.
finish_background_build() {
    [ -n "$BG_PID" ] || return 0
    local status=0
    wait "$BG_PID" || status=$?
    BG_PID=""
    cat "$BG_LOG"
    rm -f "$BG_LOG"
    if [ $status -ne 0 ]; then
        echo "building $BG_WHAT failed (exit $status)" >&2
    else
        say "Built $BG_WHAT"
    fi
    return $status
}

# The build directory of each sanitizer set.
sanitizer_dir() {
    case "$1" in
    address,undefined) echo "$ASAN_BUILD" ;;
    thread) echo "$TSAN_BUILD" ;;
    *)
        echo "unknown sanitizer set: $1" >&2
        return 2
        ;;
    esac
}

declare -A SANITIZER_REPORTS=()
# Configures and builds the tree of `kind` (a sanitizer set) with its environment, in the
# background; its reports folder is made now, since the build runs the test programs.
start_sanitizer_build() {
    local kind="$1" dir targets=() reports
    dir="$(sanitizer_dir "$kind")" || return 2
    case "$kind" in
    address,undefined)
        # Every test program but the widgets' (gui, a11y: see sanitized_tests), with what they
        # start (the server, the admin tool, the fault-injection VFS are their dependencies).
        targets=(--target frontline-server frontline-admin frontline_unit_tests frontline_storage_tests
            frontline_integration_tests frontline_cluster_tests frontline_reliability_tests
            frontline_client_core_tests frontline_mail_tests frontline_mailintake_tests
            frontline_mailout_tests frontline_webhook_tests frontline_ldap_tests frontline_admin_tests)
        ;;
    thread)
        # Only what the threaded tests run: the server and the server-side test programs.
        targets=(--target frontline-server frontline_storage_tests frontline_integration_tests)
        ;;
    esac
    reports="$(mktemp -d /tmp/frontline-sanitizer-XXXXXX)"
    SANITIZER_REPORTS[$kind]="$reports"
    export -f sanitizer_env
    # -Werror stays with the normal build: gcc warns differently once instrumented.
    start_background_build "the tests with -fsanitize=$kind in $dir" bash -c '
        sanitizer_env "$1" "$2/tests/sanitizers"
        cmake -S "$2" -B "$3" -G Ninja -DCMAKE_BUILD_TYPE= -DFRONTLINE_WERROR=OFF \
            -DFRONTLINE_SANITIZE="$4" >/dev/null && cmake --build "$3" --parallel "$(nproc)" "${@:5}"
    ' build "$reports" "$ROOT" "$dir" "$kind" "${targets[@]}"
}

# Waits for the tree of `kind` and runs its tests (the build started by start_sanitizer_build;
# `next`, if given, is started in the background once this one is built).
sanitized_tests() {
    local kind="$1" next="${2:-}" dir reports status=0 select=() also=()
    dir="$(sanitizer_dir "$kind")" || return 2
    reports="${SANITIZER_REPORTS[$kind]}"
    case "$kind" in
    address,undefined)
        # Every test on SQLite (a parameterised test's name ends in "/Postgres  # GetParam() =
        # Postgres"), then on PostgreSQL only the suites that reach the code written for it
        # (sqlsession, migrations, the writer, ticket and search SQL, the scheduler's lock; the
        # projection rebuild's SQL is the normal suite's to check on PostgreSQL: its two cases
        # took a minute instrumented):
        # the rest runs the same C++ on either database, and a PostgreSQL case costs several
        # times its SQLite twin instrumented. The TLS wall-clock bound as for "thread" below.
        # The hostile-client tests measure the server's memory, which ASan's shadow memory and
        # quarantine inflate by design: the normal suite checks those bounds. The widgets' tests
        # (labels gui, a11y) are the normal suite's only, for CI's time: their tree was a fifth
        # of this build and their run a minute and a half, and ASan had found nothing there;
        # the client's controllers and models (client/core) are checked here.
        # (Their programs are not built: gtest_discover_tests stands in a test named
        # <program>_NOT_BUILT for each.)
        select=(-E '/Postgres( |$)|^TlsTest[.]StalledHandshakes|^HostileClientsTest[.]|_NOT_BUILT$'
            -LE '^(gui|a11y)$')
        also=(-R '^Backends/(Storage|MailboxStore|Search|Ticket|Durability|WorkflowEngine)Test[.].*/Postgres( |$)')
        ;;
    thread)
        # The threads are the same on both databases; SQLite keeps the run bounded. The one
        # wall-clock bound among them (a TLS ping within 2 s behind 200 stalled handshakes) is
        # the normal suite's to check: instrumented, OpenSSL's handshakes alone take longer.
        select=(-L threaded -E '/Postgres( |$)|^TlsTest[.]StalledHandshakes')
        ;;
    esac
    finish_background_build || status=$?
    # Nothing but an idle-priority build runs beside the tests, whose timing bounds assume so.
    finish_packaging_test || status=$?
    if [ -n "$next" ]; then
        $next || status=$?
    fi
    if [ $status -eq 0 ]; then
        say "Running the tests under -fsanitize=$kind (reports: $reports)"
        sanitizer_env "$reports" "$ROOT/tests/sanitizers"
        run_ctest "$dir" --output-on-failure --parallel 2 --timeout 600 "${select[@]}" || status=$?
        if [ ${#also[@]} -gt 0 ] && [ -n "${FRONTLINE_TEST_PG_URL:-}" ]; then
            run_ctest "$dir" --output-on-failure --parallel 2 --timeout 600 "${also[@]}" || status=$?
        fi
        unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS
    fi
    if compgen -G "$reports/*" >/dev/null; then
        say "Sanitizer reports ($kind):"
        # log_exe_name: each file is named <kind>.<program>.<pid>, so a report names its program.
        for report in "$reports"/*; do
            printf -- '--- %s\n' "$(basename "$report")"
            cat "$report"
        done
        status=1
    fi
    rm -rf "$reports"
    return $status
}

# The libFuzzer targets (tests/fuzz) in their own clang build with ASan and UBSan, each run for
# a bounded time on a copy of its seed corpus; a crash or a broken invariant fails the run.
fuzz_seconds() { echo "${FRONTLINE_FUZZ_SECONDS:-10}"; }
start_fuzz_build() {
    [ "$(fuzz_seconds)" -gt 0 ] || return 0
    start_background_build "the fuzz targets in $FUZZ_BUILD (clang, ASan, UBSan)" bash -c '
        CC=clang CXX=clang++ cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DFRONTLINE_FUZZ=ON >/dev/null && cmake --build "$2" --parallel "$(nproc)"
    ' build "$ROOT" "$FUZZ_BUILD"
}
fuzz() {
    local seconds
    seconds="$(fuzz_seconds)"
    [ "$seconds" -gt 0 ] || return 0
    [ -n "$BG_PID" ] || start_fuzz_build
    finish_background_build || return $?
    say "Fuzzing each target for ${seconds}s"
    # Seed 1 and at most 200,000 runs each: the same inputs every time (see tests/fuzz/run.sh).
    FRONTLINE_FUZZ_SEED="${FRONTLINE_FUZZ_SEED:-1}" FRONTLINE_FUZZ_RUNS="${FRONTLINE_FUZZ_RUNS:-200000}" \
        bash "$ROOT/tests/fuzz/run.sh" "$FUZZ_BUILD" "$seconds"
}

# The packaging test in the background, its output in a file shown when it is waited for.
PACKAGING_PID=""
PACKAGING_LOG=""
start_packaging_test() {
    PACKAGING_LOG="$(mktemp /tmp/frontline-packaging-XXXXXX)"
    say "Packaging test started (its output follows when it has ended)"
    bash "$ROOT/scripts/packaging-test.sh" "$BUILD" >"$PACKAGING_LOG" 2>&1 &
    PACKAGING_PID=$!
}

# Waits for the packaging test if it is running and prints what it wrote; fails as it failed.
finish_packaging_test() {
    [ -n "$PACKAGING_PID" ] || return 0
    local status=0
    wait "$PACKAGING_PID" || status=$?
    PACKAGING_PID=""
    cat "$PACKAGING_LOG"
    rm -f "$PACKAGING_LOG"
    if [ $status -ne 0 ]; then
        echo "the packaging test failed (exit $status)" >&2
    else
        say "Packaging test passed"
    fi
    return $status
}

free_port() {
    local port
    for port in $(seq "${1:-54329}" 65000); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

# A throwaway PostgreSQL cluster on loopback for the tests; removed on exit.
PG_DIR=""
start_postgres() {
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "PostgreSQL server binaries not found; the PostgreSQL tests will be skipped" >&2
        return 0
    fi
    PG_DIR="$(mktemp -d /tmp/frontline-pg-XXXXXX)"
    local port run=()
    port="$(free_port 54329)"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$PG_DIR"   # initdb refuses to run as root
        run=(runuser -u postgres --)
    fi
    say "Starting a throwaway PostgreSQL cluster on 127.0.0.1:$port"
    "${run[@]}" "$bindir/initdb" -D "$PG_DIR/data" -A trust -U frontline --no-sync >/dev/null
    "${run[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
        "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
    export FRONTLINE_TEST_PG_URL="postgresql://frontline@127.0.0.1:$port/postgres"
    PG_RUN=("${run[@]}")
    PG_BIN="$bindir"
}

stop_postgres() {
    if [ -n "$PG_DIR" ]; then
        "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}

case "$MODE" in
build)
    install_packages
    build
    ;;
test)
    install_packages
    build
    # On any exit: a background build stopped, the packaging test waited for (and its log
    # shown) if it still runs, so it never goes on alone with its mounts and container; then
    # the PostgreSQL cluster removed.
    trap 'stop_background_build; finish_packaging_test || true; stop_postgres' EXIT
    start_postgres
    read -r -a KINDS <<<"${FRONTLINE_SANITIZERS-address,undefined thread}"
    # The first sanitizer tree (or the fuzz targets) builds while the normal suite runs.
    if [ ${#KINDS[@]} -gt 0 ]; then
        start_sanitizer_build "${KINDS[0]}"
    else
        start_fuzz_build
    fi
    say "Running the tests"
    run_ctest "$BUILD" --output-on-failure --parallel 2 --timeout 600
    # The .debs in a clean Debian 12 chroot (docs/packaging.md). Mostly downloads, dpkg and a
    # container booting, so it runs beside the rest of the first sanitizer build and is waited
    # for before that build's tests start. With Debian's packages cached it saved little; the
    # downloads of a fresh machine are what it hides.
    start_packaging_test
    for index in "${!KINDS[@]}"; do
        # Each stage's tests run beside the next stage's build.
        if [ $((index + 1)) -lt ${#KINDS[@]} ]; then
            sanitized_tests "${KINDS[index]}" "start_sanitizer_build ${KINDS[index + 1]}"
        else
            sanitized_tests "${KINDS[index]}" start_fuzz_build
        fi
    done
    finish_packaging_test
    fuzz
    ;;
run)
    install_packages
    build
    DATA="${FRONTLINE_DATA:-$ROOT/.frontline-demo}"
    PORT="${FRONTLINE_PORT:-7415}"
    mkdir -p "$DATA"
    # Demo accounts share one password; keep it with the demo data so it stays the same.
    if [ ! -f "$DATA/demo-password" ]; then
        head -c 12 /dev/urandom | base64 | tr -d '/+=' | head -c 16 >"$DATA/demo-password"
    fi
    export FRONTLINE_DEMO_PASSWORD="${FRONTLINE_DEMO_PASSWORD:-$(cat "$DATA/demo-password")}"
    export FRONTLINE_ADMIN_PASSWORD="${FRONTLINE_ADMIN_PASSWORD:-$FRONTLINE_DEMO_PASSWORD}"
    say "Starting frontline-server with demo data in $DATA"
    echo "    Demo logins: agent, manager, requester (and admin) with the password $FRONTLINE_DEMO_PASSWORD"
    echo "    Other JSON-RPC clients connect to 127.0.0.1:$PORT (see docs/protocol.md)."
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "    No display: only the server runs. Start the client elsewhere with"
        echo "    frontline --server <this host>:$PORT --user agent"
        exec "$BUILD/server/frontline-server" --db "$DATA/frontline.db" --listen "127.0.0.1:$PORT" --demo "$@"
    fi
    "$BUILD/server/frontline-server" --db "$DATA/frontline.db" --listen "127.0.0.1:$PORT" --demo "$@" \
        >"$DATA/server.log" 2>&1 &
    SERVER_PID=$!
    trap 'kill $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null' EXIT
    for _ in $(seq 1 600); do
        grep -q "listening on" "$DATA/server.log" 2>/dev/null && break
        kill -0 $SERVER_PID 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
        sleep 0.2
    done
    cat "$DATA/server.log"
    say "Starting the agent client, logged in as the demo agent (the server stops when it closes)"
    FRONTLINE_PASSWORD="$FRONTLINE_DEMO_PASSWORD" "$BUILD/client/app/frontline" \
        --server "127.0.0.1:$PORT" --user agent
    ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
