#include "testutil.h"

#include <stdlib.h>
#include <string.h>

int test_passed, test_failed;

int test_finish(void)
{
    printf("%d passed, %d failed\n", test_passed, test_failed);
    return (test_failed == 0 && test_passed > 0) ? 0 : 1;
}

const char *test_tmpdir(void)
{
    static char buf[4096];
    const char *t = getenv("TMPDIR");
    snprintf(buf, sizeof buf, "%s/kiln-test-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(buf)) {
        perror("mkdtemp");
        exit(1);
    }
    return strdup(buf);
}

const char *test_src(void)
{
    const char *s = getenv("KILN_SRC");
    return s && *s ? s : ".";
}
