/* fuzz_report.c — the report reader of kiln plot confusion (runtime/report.c):
 * what it accepts is 1 to 1000 labels, a square matrix of whole counts >= 0
 * and a NUL-terminated name per label. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("report", ".json", data, size);
    int n;
    double *v;
    char(*names)[64];
    if (kiln_report_read_confusion(path, &n, &v, &names) == 0) {
        FUZZ_ASSERT(n >= 1 && n <= 1000);
        for (long i = 0; i < (long)n * n; i++) FUZZ_ASSERT(v[i] >= 0 && v[i] == floor(v[i]));
        for (int i = 0; i < n; i++) FUZZ_ASSERT(memchr(names[i], 0, sizeof names[i]) != NULL);
        free(v);
        free(names);
    }
    kiln_diag_reset();
    return 0;
}
