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
failed=()
for target in "${TARGETS[@]}"; do
    binary="$BUILD/tests/fuzz/fuzz_$target"
    if [ ! -x "$binary" ]; then
        echo "fuzz: $binary is missing" >&2
        failed+=("$target")
        continue
    fi
    mkdir -p "$WORK/$target/corpus" "$WORK/$target/artifacts"
    cp "$HERE/corpus/$target/"* "$WORK/$target/corpus/"
    # The targets that read JSON share one dictionary of its syntax and Frontline's names.
    dict=()
    case "$target" in
    jsonrpc | jsonrpcprocessor | params | rule | businesscalendar | slapolicy)
        dict=("-dict=$HERE/json.dict")
        ;;
    mailparser)
        dict=("-dict=$HERE/mail.dict")
        ;;
    esac
    bounds=()
    # Repeatable also needs Qt's hashes unseeded and no corpus reloads on a timer.
    [ -n "${FRONTLINE_FUZZ_SEED:-}" ] && bounds+=("-seed=$FRONTLINE_FUZZ_SEED" -reload=0)
    [ -n "${FRONTLINE_FUZZ_RUNS:-}" ] && bounds+=("-runs=$FRONTLINE_FUZZ_RUNS")
    TIMEFORMAT='%U %S'
    if { time env QT_HASH_SEED="${FRONTLINE_FUZZ_SEED:+0}" "$binary" -max_total_time="$SECONDS_EACH" "${bounds[@]}" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 "${dict[@]}" -artifact_prefix="$WORK/$target/artifacts/" \
        "$WORK/$target/corpus" >"$WORK/$target/log" 2>&1; } 2>"$WORK/$target/time"; then
        runs="$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/$target/log" | grep -o '[0-9]*$')"
        cpu="$(awk '{ printf "%.0f", $1 + $2 }' "$WORK/$target/time")"
        printf 'fuzz: %-18s ok, %s runs, %s s CPU\n' "$target" "${runs:-?}" "$cpu"
    else
        echo "fuzz: $target FAILED; input and log in $WORK/$target" >&2
        grep -E 'ERROR|invariant failed|runtime error|SUMMARY' "$WORK/$target/log" | head -5 >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
rm -rf "$WORK"
