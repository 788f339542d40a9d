// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

// One harness for every reader (GDAL's model): a target takes the bytes of one input, hands them
// to the reader the way Vigie does (a file on disk, a /vsimem/ file for GDAL, a datagram or a
// stream for the live-feed codecs), and checks the outcome. The only acceptable outcomes are
// records, rejected records with a reason, or the reader's own error type with a message naming
// the file; anything else (another exception, an empty reason) aborts, so libFuzzer and the
// replay driver report it like a crash.
namespace vigie::fuzz {

// Work per input is bounded: inputs above this are skipped (libFuzzer's -max_len is set lower by
// run.sh; the cap protects a replay of an arbitrary file too).
constexpr size_t kMaxInputBytes = 1024 * 1024;

using TargetFn = void (*)(const uint8_t *data, size_t size);

// The target for a format ("acled", "gpx", …); nullptr if there is none.
TargetFn target(const QString &format);
QStringList formats();

// Runs one input through a target: creates the QCoreApplication and scratch folder on first use,
// skips oversized inputs. Returns 0 (libFuzzer's convention).
int runOne(TargetFn fn, const uint8_t *data, size_t size);

// Fails the run: prints the reason and aborts (a fuzzer "crash").
[[noreturn]] void fail(const QString &what);

} // namespace vigie::fuzz
