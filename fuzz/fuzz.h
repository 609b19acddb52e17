/* fuzz.h — what every libFuzzer target of kiln shares (fuzz/README.md).
 *
 * Each target feeds one reader the fuzzer's bytes through the same path a
 * user's file takes: the bytes are written to a file of this process in
 * /dev/shm (or $TMPDIR) and the reader opens it by name, so the bounded
 * opening (base/input.c) is fuzzed too.  Diagnostics go to /dev/null.  A
 * reader must return 0 or -1 on any input — never crash, leak, or trip a
 * sanitizer — and hold its own invariants on success (checked here).
 */
#ifndef KILN_FUZZ_H
#define KILN_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

/* The path the current input is written to ("NAME" names the target). */
static const char *fuzz_path(const char *name, const char *suffix)
{
    static char path[256];
    if (!path[0]) {
        const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/kiln-fuzz-%s-%ld%s", dir ? dir : "/tmp", name,
                 (long)getpid(), suffix);
        static FILE *null;
        if (!null) null = fopen("/dev/null", "w");
        kiln_diag_set_stream(null);
    }
    return path;
}

/* Writes data to the target's file; returns its path. */
static const char *fuzz_file(const char *name, const char *suffix, const uint8_t *data,
                             size_t size)
{
    const char *p = fuzz_path(name, suffix);
    FILE *f = fopen(p, "wb");
    if (!f) abort();
    if (size && fwrite(data, 1, size, f) != size) abort();
    if (fclose(f) != 0) abort();
    return p;
}

#define FUZZ_ASSERT(c) \
    do { if (!(c)) { fprintf(stderr, "fuzz invariant failed: %s\n", #c); abort(); } } while (0)

#endif
