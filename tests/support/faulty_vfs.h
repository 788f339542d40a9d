// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A SQLite VFS for tests that plays a full disk or a failing drive: it wraps the default VFS
// (every call is delegated) and makes xWrite fail with SQLITE_FULL (or an I/O error) once a
// budget of bytes has been written. It also records, per file kind, the bytes written and the
// syncs, so a test can tell that a commit reached the disk (an fsync of the WAL) before the
// store's write() returned.
//
//   FaultyVfs::install();          // registers "vigie-faulty" as the default VFS of the process
//   FaultyVfs::failAfter(100000);  // the next 100 kB of writes succeed, then SQLITE_FULL
//   ... MissionStore / importer calls ...
//   FaultyVfs::uninstall();        // back to the normal VFS for new connections
//
// Connections opened while it is installed keep it until they close. Not thread-safe: one
// connection writing at a time, as in the mission store.

#include <sqlite3.h>

#include <cstring>
#include <limits>

namespace vigie::test {

class FaultyVfs
{
  public:
    enum Kind { MainDb = 0, Wal = 1, Journal = 2, Other = 3, KindCount = 4 };

    struct Counters
    {
        long long bytes[KindCount] = {};
        long long syncs[KindCount] = {};
        long long writes = 0;     // xWrite calls that succeeded
        long long failures = 0;   // xWrite calls made to fail
        bool syncedSinceWrite[KindCount] = {}; // last event on that kind of file was a sync
    };

    static const char *name() { return "vigie-faulty"; }

    // Registers the shim as the process's default VFS (idempotent) and clears the counters.
    static void install()
    {
        State &s = state();
        if (!s.registered) {
            s.real = sqlite3_vfs_find(nullptr);
            s.vfs = *s.real;
            s.vfs.zName = name();
            s.vfs.pNext = nullptr;
            s.vfs.szOsFile = int(sizeof(File)) + s.real->szOsFile;
            s.vfs.xOpen = &xOpen;
            s.registered = true;
        }
        sqlite3_vfs_register(&s.vfs, 1);
        reset();
    }

    // The normal VFS becomes the default again (the shim stays findable by name).
    static void uninstall()
    {
        State &s = state();
        if (s.registered)
            sqlite3_vfs_register(s.real, 1);
        reset();
    }

    // From now on, writes succeed until `bytes` more bytes (of any file) were written; then every
    // write fails with `code` (SQLITE_FULL, SQLITE_IOERR_WRITE, …). Negative: never fail.
    static void failAfter(long long bytes, int code = SQLITE_FULL)
    {
        State &s = state();
        s.budget = bytes < 0 ? std::numeric_limits<long long>::max() : bytes;
        s.code = code;
    }

    // The write of a WAL commit frame (the last frame of a transaction, whose header carries the
    // database size) fails with `code`: a disk that fills up exactly while committing.
    static void failCommitFrame(int code = SQLITE_FULL)
    {
        state().failCommit = true;
        state().code = code;
    }

    static void reset()
    {
        State &s = state();
        s.budget = std::numeric_limits<long long>::max();
        s.code = SQLITE_FULL;
        s.failCommit = false;
        s.counters = Counters();
    }

    static const Counters &counters() { return state().counters; }
    static long long totalBytes()
    {
        long long n = 0;
        for (long long b : state().counters.bytes)
            n += b;
        return n;
    }

  private:
    struct File
    {
        sqlite3_file base;
        int kind;
        sqlite3_file *real; // lives right after this struct, in the same allocation
    };

    struct State
    {
        bool registered = false;
        sqlite3_vfs *real = nullptr;
        sqlite3_vfs vfs{};
        sqlite3_io_methods methods{};
        long long budget = std::numeric_limits<long long>::max();
        int code = SQLITE_FULL;
        bool failCommit = false;
        Counters counters;
    };

    static State &state()
    {
        static State s;
        return s;
    }

    static File *self(sqlite3_file *f) { return reinterpret_cast<File *>(f); }
    static sqlite3_file *real(sqlite3_file *f) { return self(f)->real; }

    static int xOpen(sqlite3_vfs *, const char *zName, sqlite3_file *f, int flags, int *outFlags)
    {
        State &s = state();
        File *file = self(f);
        std::memset(file, 0, sizeof(File));
        file->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(File));
        file->kind = (flags & SQLITE_OPEN_MAIN_DB) ? MainDb
                     : (flags & SQLITE_OPEN_WAL)   ? Wal
                     : (flags & SQLITE_OPEN_MAIN_JOURNAL) ? Journal
                                                          : Other;
        const int rc = s.real->xOpen(s.real, zName, file->real, flags, outFlags);
        if (rc != SQLITE_OK || !file->real->pMethods) {
            file->base.pMethods = nullptr;
            return rc;
        }
        // One method table for every file, built from the real one's (the unix VFS uses one).
        const sqlite3_io_methods *m = file->real->pMethods;
        sqlite3_io_methods &w = s.methods;
        w = *m;
        w.xClose = [](sqlite3_file *f) {
            const int rc = real(f)->pMethods->xClose(real(f));
            self(f)->base.pMethods = nullptr;
            return rc;
        };
        w.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); };
        w.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
            State &s = state();
            const int kind = self(f)->kind;
            // A WAL frame header is 24 bytes written on its own; bytes 4..7 are non-zero only in
            // a commit frame.
            const auto *p = static_cast<const unsigned char *>(b);
            const bool commitFrame = kind == Wal && n == 24 && o >= 32 && (p[4] | p[5] | p[6] | p[7]) != 0;
            if (n > s.budget || (s.failCommit && commitFrame)) {
                ++s.counters.failures;
                return s.code;
            }
            const int rc = real(f)->pMethods->xWrite(real(f), b, n, o);
            if (rc == SQLITE_OK) {
                if (s.budget != std::numeric_limits<long long>::max())
                    s.budget -= n;
                s.counters.bytes[kind] += n;
                ++s.counters.writes;
                s.counters.syncedSinceWrite[kind] = false;
            }
            return rc;
        };
        w.xTruncate = [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); };
        w.xSync = [](sqlite3_file *f, int flags) {
            const int rc = real(f)->pMethods->xSync(real(f), flags);
            if (rc == SQLITE_OK) {
                ++state().counters.syncs[self(f)->kind];
                state().counters.syncedSinceWrite[self(f)->kind] = true;
            }
            return rc;
        };
        w.xFileSize = [](sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); };
        w.xLock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); };
        w.xUnlock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); };
        w.xCheckReservedLock = [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); };
        w.xFileControl = [](sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); };
        w.xSectorSize = [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); };
        w.xDeviceCharacteristics = [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); };
        if (m->iVersion >= 2) {
            w.xShmMap = [](sqlite3_file *f, int pg, int sz, int ext, void volatile **pp) {
                return real(f)->pMethods->xShmMap(real(f), pg, sz, ext, pp);
            };
            w.xShmLock = [](sqlite3_file *f, int off, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), off, n, flags); };
            w.xShmBarrier = [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); };
            w.xShmUnmap = [](sqlite3_file *f, int del) { return real(f)->pMethods->xShmUnmap(real(f), del); };
        }
        if (m->iVersion >= 3) {
            w.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **pp) { return real(f)->pMethods->xFetch(real(f), o, n, pp); };
            w.xUnfetch = [](sqlite3_file *f, sqlite3_int64 o, void *p) { return real(f)->pMethods->xUnfetch(real(f), o, p); };
        }
        file->base.pMethods = &w;
        return SQLITE_OK;
    }
};

} // namespace vigie::test
