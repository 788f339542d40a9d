#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# One entry point from a fresh clone:
#   ./build.sh demo    install what is missing, build, and open the workstation on the demo mission
#   ./build.sh test    install what is missing, build (Qt 5 full + Qt 6 core + sanitizer core), run every test
#   ./build.sh build   install what is missing and build
#   ./build.sh bench   build the benchmarks (tests/bench) and run them
# JOBS (default 2) sets the build parallelism; BUILD_DIR (default build) the build folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
cmd=${1:-build}
JOBS=${JOBS:-2}
# Paths below the clone are hashed relative to it, so a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
# Debug info would otherwise put the build folder into the hash: let worktrees and clones share entries.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
BUILD_DIR=${BUILD_DIR:-build}

ensure_deps() {
  local missing
  missing=$(grep -v '^\s*#' packaging/debian-deps.txt | sed 's/\s*#.*//' | grep -v '^\s*$' |
    while read -r p; do
      dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done)
  if [ -n "$missing" ]; then
    echo "== installing Debian packages: $(echo $missing)"
    bash packaging/install-deps.sh
  fi
}

build() { # build <dir> [cmake args...]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$dir" -j"$JOBS"
}

case "$cmd" in
  build)
    ensure_deps
    build "$BUILD_DIR"
    ;;
  demo)
    ensure_deps
    build "$BUILD_DIR"
    shift || true
    exec "$BUILD_DIR/app/vigie" --demo "$@"
    ;;
  test)
    ensure_deps
    build "$BUILD_DIR"
    # core/ must stay Qt 6-clean: build it and run its tests against Qt 6 as well.
    build "$BUILD_DIR-qt6" -DVIGIE_QT_MAJOR=6
    # Core and its tests once more under AddressSanitizer + UndefinedBehaviorSanitizer (clang,
    # any UB fatal); -O1 with line tables keeps the build short and the reports readable.
    build "$BUILD_DIR-asan" -DVIGIE_CORE_ONLY=ON -DVIGIE_SANITIZE=ON \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
      "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG"
    status=0
    (cd "$BUILD_DIR" && ctest --output-on-failure -j"$JOBS") || status=$?
    (cd "$BUILD_DIR-qt6" && ctest --output-on-failure -j"$JOBS") || status=$?
    (cd "$BUILD_DIR-asan" && ctest --output-on-failure -j"$JOBS") || status=$?
    exit $status
    ;;
  bench)
    ensure_deps
    build "$BUILD_DIR" -DVIGIE_BENCH=ON
    # Every bench program (not the bench_*_autogen folders beside them); one failing does not
    # stop the others, and the exit status says whether any failed.
    status=0
    for b in "$BUILD_DIR"/tests/bench/bench_*; do
      [ -f "$b" ] && [ -x "$b" ] || continue
      echo "== $(basename "$b")"
      "$b" || { echo "== $(basename "$b") failed"; status=1; }
    done
    exit $status
    ;;
  *)
    sed -n '3,9p' "$0"
    exit 2
    ;;
esac
