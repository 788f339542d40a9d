// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer entry point of one target (fuzz_<format>); the format is set at compile time.
// A crash file replays with `fuzz_<format> crash-file` (libFuzzer runs the files it is given).
#include "fuzz_targets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const vigie::fuzz::TargetFn fn = [] {
        const vigie::fuzz::TargetFn f = vigie::fuzz::target(QStringLiteral(VIGIE_FUZZ_FORMAT));
        if (!f) {
            std::fprintf(stderr, "no fuzz target for %s\n", VIGIE_FUZZ_FORMAT);
            std::abort();
        }
        return f;
    }();
    return vigie::fuzz::runOne(fn, data, size);
}
