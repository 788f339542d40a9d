#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Fuzzes each FORMAT until it has had CPU_SECONDS of CPU time (user + sys; FORMAT:SECONDS gives
# one target its own budget, e.g. to top up what earlier campaigns gave it), in slices of at most
# SLICE wall seconds (default 600), so a loaded machine still gives every target its full CPU
# budget.  Each slice resumes from build-fuzz/corpus/FORMAT.  Stops at the first crash, leak or
# UB report (exit 1; the input is in build-fuzz/crashes/FORMAT/).
#   tests/fuzz/campaign.sh CPU_SECONDS FORMAT[:SECONDS] [FORMAT[:SECONDS]...]
# Appends one line per slice to build-fuzz/campaign.log:
#   date format wall_s cpu_s execs outcome
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
default=${1:?usage: campaign.sh CPU_SECONDS FORMAT[:SECONDS]...}
shift
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
slice=${SLICE:-600}
mkdir -p "$build"
log="$build/campaign.log"
# The first run configures build-fuzz (run.sh does it when needed).
[ -f "$build/build.ninja" ] || "$root/tests/fuzz/run.sh" "${1%%:*}" 1 >/dev/null 2>&1 || true
for item in "$@"; do
  format=${item%%:*}
  budget=$default
  [ "$item" != "$format" ] && budget=${item#*:}
  spent=0
  while [ "$spent" -lt "$budget" ]; do
    left=$((budget - spent))
    # A slice's wall time bounds its CPU time on one core; ask for what is left (at least 30 s).
    want=$(( left < 30 ? 30 : left ))
    [ "$want" -gt "$slice" ] && want=$slice
    out="$build/campaign-$format.out"
    # Build first (sources may have changed since the last slice): not counted as fuzzing time.
    nice -n 10 cmake --build "$build" -j"${JOBS:-2}" --target "fuzz_$format" >"$out" 2>&1 \
      || { echo "$format: the build failed (see $out)" | tee -a "$log"; exit 1; }
    start=$(date +%s)
    FUZZ_SKIP_BUILD=1 /usr/bin/time -f "%U %S" -o "$build/campaign-$format.time" \
      "$root/tests/fuzz/run.sh" "$format" "$want" >"$out" 2>&1
    rc=$?
    wall=$(( $(date +%s) - start ))
    # The last line: GNU time writes "Command exited with non-zero status N" before it on failure.
    read -r user sys < <(tail -n 1 "$build/campaign-$format.time") || { user=0; sys=0; }
    cpu=$(python3 -c "print(int(float('$user') + float('$sys')))" 2>/dev/null || echo 0)
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out" | grep -o '[0-9]*$' | tail -1)
    if [ "$rc" -eq 0 ]; then outcome=clean; else outcome="FAILED rc=$rc (see $out)"; fi
    echo "$(date -u +%FT%TZ) $format wall=$wall cpu=$cpu execs=${execs:-0} $outcome" | tee -a "$log"
    [ "$rc" -eq 0 ] || exit 1
    spent=$((spent + cpu))
    # A slice that got no CPU at all (build failure without an error code) must not loop forever.
    [ "$cpu" -gt 0 ] || { echo "$format: no CPU time in a slice; stopping" | tee -a "$log"; exit 1; }
  done
  echo "$(date -u +%FT%TZ) $format total_cpu=$spent (budget $budget) done" | tee -a "$log"
done
