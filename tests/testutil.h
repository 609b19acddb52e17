/* testutil.h — tiny self-checking test harness.
 * CHECK(cond, fmt, ...) records a pass or a failure with a message;
 * test_finish() prints "N passed, N failed" and returns the exit status. */
#ifndef KILN_TESTUTIL_H
#define KILN_TESTUTIL_H

#include <stdio.h>

extern int test_passed, test_failed;

#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        if (cond) {                                                        \
            test_passed++;                                                 \
        } else {                                                           \
            test_failed++;                                                 \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);           \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
        }                                                                  \
    } while (0)

/* Captures what diag.h prints between diag_begin() and diag_end(); the
 * returned text lives in a static buffer until the next diag_end(). */
void diag_begin(void);
const char *diag_end(void);
/* CHECKs that every given string occurs in msg. */
void check_msg(const char *msg, const char *what, const char *const *needles);
#define CHECK_MSG(msg, what, ...) check_msg((msg), (what), (const char *const[]){__VA_ARGS__, NULL})

/* Prints the closing line and returns 0 when nothing failed and something passed. */
int test_finish(void);
/* A fresh temporary directory (mkdtemp under $TMPDIR or /tmp), removed with
 * its contents when the test exits; at most 16 per test. */
const char *test_tmpdir(void);
/* Root of the source tree ($KILN_SRC or "."). */
const char *test_src(void);

#endif
