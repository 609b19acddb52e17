/* output.h — the one way kiln writes an output file (docs/architecture.md §6).
 *
 * Every file kiln writes for the user (checkpoints, .npy predictions, the
 * generated C, --dot, histories, reports, JIT cache entries) goes through
 * kiln_output_open → kiln_output_write… → kiln_output_commit, which
 *   - replaces a regular file (or creates a new one) atomically: the bytes go
 *     to an unnamed O_TMPFILE inode in the target's directory, linked under a
 *     temporary name and renamed onto the target only once complete and
 *     fsync'ed, so a reader or a crash sees the old file or the new one, never
 *     a part, and a process killed while writing leaves nothing behind (where
 *     the file system has no O_TMPFILE, a named PATH.tmp.<pid> is used);
 *     temporaries PATH.tmp.<pid> of processes that no longer run — left by a
 *     killed save — are removed by the next save to PATH;
 *   - writes in place, never replacing it, anything that is not a regular
 *     file: a character device (/dev/null, /dev/full, a tty), a FIFO, a
 *     socket; and "-", which is standard output;
 *   - checks every write, the flush and the fsync, and reports a failure
 *     naming the user's path (never the temporary) through diag.h.
 * kiln_output_check says, before any long work, whether a path can be
 * written at all.  Errors are the user's environment: the CLI exits 2.
 * (CSVLogger's file and TensorBoard's event files are logs appended epoch
 * by epoch, as Keras writes them: opened with stdio, every write checked.)
 */
#ifndef KILN_OUTPUT_H
#define KILN_OUTPUT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    const char *path;  /* the user's path ("-": standard output) */
    const char *what;  /* what is written, for messages ("checkpoint"), or NULL */
    int fd;            /* -1 when closed */
    int direct;        /* 1: writing to the target itself (not a regular file, or "-") */
    int tmpfile;       /* 1: fd is an unnamed O_TMPFILE inode, linked at commit */
    int failed;        /* a write failed (reported once) */
    char tmp[4096];    /* the named temporary, "" while there is none */
} kiln_output;

/* 0 when `path` can be written: "-"; an existing file that is not a
 * directory and is writable (a regular file is then replaced, anything else
 * written in place); or a new file in an existing, writable directory.
 * Otherwise reports "WHAT PATH: cannot be written: REASON" (what may be NULL)
 * and returns -1.  Creates nothing. */
int kiln_output_check(const char *path, const char *what);

/* Starts writing `path` (see the top of the file).  Returns 0, or -1 after
 * reporting (directory missing or read-only, path is a directory, ...). */
int kiln_output_open(kiln_output *o, const char *path, const char *what);

/* Appends n bytes; the first failure is reported and every later call is a
 * no-op.  Returns 0 or -1. */
int kiln_output_write(kiln_output *o, const void *data, size_t n);

/* Finishes: flushes and fsyncs, then renames the temporary onto the target
 * (regular files) or closes the target (direct writes).  On any failure,
 * reported, the temporary is removed and the old file is left as it was.
 * Returns 0 or -1. */
int kiln_output_commit(kiln_output *o);

/* Gives up: removes the temporary; the target is untouched (a direct
 * target keeps what was written to it). */
void kiln_output_abort(kiln_output *o);

/* For a library that writes only to a file name it opens itself (libzip,
 * HDF5, PLplot, Graphviz): creates an empty private scratch file in $TMPDIR
 * (else /tmp), its name into buf (n >= 64), for the library to write.
 * Returns 0, or -1 after reporting. */
int kiln_output_scratch(char *buf, size_t n);

/* Installs the finished scratch file as `path` through kiln_output (atomic
 * replacement of a regular file, in place for a device, FIFO or "-"; every
 * error names `path`), then removes the scratch file whatever happened.
 * Returns 0 or -1 (reported). */
int kiln_output_install(const char *scratch, const char *path, const char *what);

/* open + write + commit of one buffer.  Returns 0 or -1 (reported). */
int kiln_write_file_atomic(const char *path, const void *data, size_t len);

/* Flushes standard output and reports a failed write to it ("standard
 * output: write error: No space left on device").  Returns 0 or -1. */
int kiln_stdout_close(void);

#ifdef __cplusplus
}
#endif

#endif /* KILN_OUTPUT_H */
