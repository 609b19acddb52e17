#include "testutil.h"

#include <ftw.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

int test_passed, test_failed;

int test_finish(void)
{
    printf("%d passed, %d failed\n", test_passed, test_failed);
    return (test_failed == 0 && test_passed > 0) ? 0 : 1;
}

/* Temporary directories made by test_tmpdir, removed at exit. */
static char g_dirs[16][4096];
static int g_ndirs;

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static void remove_dirs(void)
{
    for (int i = 0; i < g_ndirs; i++) nftw(g_dirs[i], remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

const char *test_tmpdir(void)
{
    if (g_ndirs == 16) {
        fprintf(stderr, "test_tmpdir: too many temporary directories\n");
        exit(1);
    }
    char *buf = g_dirs[g_ndirs];
    const char *t = getenv("TMPDIR");
    snprintf(buf, sizeof g_dirs[0], "%s/kiln-test-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(buf)) {
        perror("mkdtemp");
        exit(1);
    }
    if (g_ndirs++ == 0) atexit(remove_dirs);
    return buf;
}

const char *test_src(void)
{
    const char *s = getenv("KILN_SRC");
    return s && *s ? s : ".";
}

static FILE *g_diag;

void diag_begin(void)
{
    g_diag = tmpfile();
    kiln_diag_set_stream(g_diag);
}

const char *diag_end(void)
{
    static char buf[8192];
    size_t n = 0;
    if (g_diag) {
        rewind(g_diag);
        n = fread(buf, 1, sizeof buf - 1, g_diag);
        fclose(g_diag);
        g_diag = NULL;
    }
    buf[n] = '\0';
    kiln_diag_set_stream(NULL);
    return buf;
}

void check_msg(const char *msg, const char *what, const char *const *needles)
{
    for (; *needles; needles++)
        CHECK(strstr(msg, *needles) != NULL, "%s: message lacks \"%s\": %s", what, *needles, msg);
}
