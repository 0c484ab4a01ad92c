#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time on a copy of its seed corpus, so that what a run
# finds never grows the repository's corpus. Fails if any target crashes, leaks, times out or
# breaks an invariant; the input that did it is kept in the printed folder.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# FRONTLINE_FUZZ_SEED and FRONTLINE_FUZZ_RUNS make a run repeatable: the same seed explores the
# same inputs in the same order, so a run bounded by both count and time covers a prefix of what
# a longer run with that seed covered (the test command uses seed 1 and 200,000 runs, so that
# main stays green unless the code changes; longer runs with other seeds explore further).
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$1"
SECONDS_EACH="${2:-20}"
shift 2 || shift $#
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=()
    for dir in "$HERE"/corpus/*/; do
        TARGETS+=("$(basename "$dir")")
    done
fi

WORK="$(mktemp -d /tmp/frontline-fuzz-XXXXXX)"

# One target: its verdict goes to $WORK/<target>/verdict ("ok <runs> <cpu>" or "FAILED").
fuzz_one() {
    local target="$1" binary="$BUILD/tests/fuzz/fuzz_$1"
    mkdir -p "$WORK/$target/corpus" "$WORK/$target/artifacts"
    if [ ! -x "$binary" ]; then
        echo "missing $binary" >"$WORK/$target/log"
        echo FAILED >"$WORK/$target/verdict"
        return
    fi
    cp "$HERE/corpus/$target/"* "$WORK/$target/corpus/"
    # The targets that read JSON share one dictionary of its syntax and Frontline's names.
    local dict=()
    case "$target" in
    jsonrpc | jsonrpcprocessor | params | rule | businesscalendar | slapolicy)
        dict=("-dict=$HERE/json.dict")
        ;;
    mailparser)
        dict=("-dict=$HERE/mail.dict")
        ;;
    esac
    local bounds=()
    # Repeatable also needs Qt's hashes unseeded and no corpus reloads on a timer.
    [ -n "${FRONTLINE_FUZZ_SEED:-}" ] && bounds+=("-seed=$FRONTLINE_FUZZ_SEED" -reload=0)
    [ -n "${FRONTLINE_FUZZ_RUNS:-}" ] && bounds+=("-runs=$FRONTLINE_FUZZ_RUNS")
    TIMEFORMAT='%U %S'
    if { time env QT_HASH_SEED="${FRONTLINE_FUZZ_SEED:+0}" "$binary" -max_total_time="$SECONDS_EACH" "${bounds[@]}" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 "${dict[@]}" -artifact_prefix="$WORK/$target/artifacts/" \
        "$WORK/$target/corpus" >"$WORK/$target/log" 2>&1; } 2>"$WORK/$target/time"; then
        local runs cpu
        runs="$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/$target/log" | grep -o '[0-9]*$')"
        cpu="$(awk '{ printf "%.0f", $1 + $2 }' "$WORK/$target/time")"
        echo "ok ${runs:-?} $cpu" >"$WORK/$target/verdict"
    else
        echo FAILED >"$WORK/$target/verdict"
    fi
}

# Each target is single-threaded, so as many run at once as there are cores
# (FRONTLINE_FUZZ_JOBS): the stage's wall time divides, each target's bounds stay the same.
jobs_max="${FRONTLINE_FUZZ_JOBS:-$(nproc)}"
running=0
for target in "${TARGETS[@]}"; do
    if [ "$running" -ge "$jobs_max" ]; then
        wait -n
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
wait

failed=()
for target in "${TARGETS[@]}"; do
    read -r verdict runs cpu <"$WORK/$target/verdict"
    if [ "$verdict" = ok ]; then
        printf 'fuzz: %-18s ok, %s runs, %s s CPU\n' "$target" "$runs" "$cpu"
    else
        echo "fuzz: $target FAILED; input and log in $WORK/$target" >&2
        grep -E 'ERROR|invariant failed|runtime error|SUMMARY|missing' "$WORK/$target/log" | head -5 >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
rm -rf "$WORK"
