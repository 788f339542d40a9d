#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs one fuzz target:   tests/fuzz/run.sh FORMAT SECONDS [extra libFuzzer args...]
#   FORMAT: acled hxl csv gpx nmea cot kml geojson tracks_csv sites annotations feed
# Builds build-fuzz (clang, libFuzzer, ASan + UBSan, core only) when needed, then fuzzes from the
# project's seeds (tests/fuzz/corpus/FORMAT), the regression inputs, and ../shared/corpus/FORMAT
# when that folder exists. New interesting inputs go to build-fuzz/corpus/FORMAT (not committed);
# crashes to build-fuzz/crashes/FORMAT/. Replay a crash: build-fuzz/tests/fuzz/fuzz_FORMAT FILE,
# or through the normal readers: build/tests/fuzz/vigie-fuzz-replay FORMAT FILE.
# FUZZ_SKIP_BUILD=1 skips the build step. Runs single-process at nice 10 (NICE overrides it; JOBS sets the build parallelism, default 2).
# An input that runs longer than TIMEOUT wall seconds (default 60; libFuzzer's clock is wall time,
# so a loaded machine needs the margin) is reported as a hang.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
format=${1:?usage: run.sh FORMAT SECONDS}
seconds=${2:?usage: run.sh FORMAT SECONDS}
shift 2
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DVIGIE_FUZZ=ON -DBUILD_TESTING=OFF \
    "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG"
fi
[ -n "${FUZZ_SKIP_BUILD:-}" ] || nice -n 10 cmake --build "$build" -j"${JOBS:-2}" --target "fuzz_$format"

work="$build/corpus/$format"
crashes="$build/crashes/$format"
mkdir -p "$work" "$crashes"
seeds=("$root/tests/fuzz/corpus/$format" "$root/tests/fuzz/regressions/$format")
shared="$root/../shared/corpus/$format"
[ -d "$shared" ] && seeds+=("$shared")

# Leaks inside Qt's and GDAL's one-time initialisation are not the readers'.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export QT_LOGGING_RULES='*=false'
exec nice -n "${NICE:-10}" "$build/tests/fuzz/fuzz_$format" -max_total_time="$seconds" -max_len=16384 -timeout="${TIMEOUT:-60}" \
  -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 "$@" "$work" "${seeds[@]}"
