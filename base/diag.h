/* diag.h — one place for user errors and internal bugs.
 *
 * User errors (bad model, bad data, bad flag) go through kiln_error(): they
 * are printed to stderr as "FILE:LINE:COL: PATH: message" (parts omitted when
 * unknown) and counted; the caller returns an error and the CLI exits 2.
 * Internal invariant violations use KILN_BUG(), which aborts with file:line.
 */
#ifndef KILN_DIAG_H
#define KILN_DIAG_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Prints one error. file may be NULL; line/col 0 means unknown; jpath may be
 * NULL. The message is printf-formatted. */
void kiln_error_at(const char *file, int line, int col, const char *jpath,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Prints "kiln: error: message". */
void kiln_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Number of errors reported since the last kiln_diag_reset(). */
int kiln_error_count(void);
void kiln_diag_reset(void);
/* Redirect diagnostics (tests capture them); NULL restores stderr. */
void kiln_diag_set_stream(FILE *f);

void kiln_bug(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
#define KILN_BUG(...) kiln_bug(__FILE__, __LINE__, __VA_ARGS__)
#define KILN_ASSERT(c) \
    do { if (!(c)) kiln_bug(__FILE__, __LINE__, "assertion failed: %s", #c); } while (0)

#ifdef __cplusplus
}
#endif

#endif
