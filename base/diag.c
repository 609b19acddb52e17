/* diag.c — user errors and internal bugs (diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>

static int g_errors;
static FILE *g_stream;

static FILE *out(void) { return g_stream ? g_stream : stderr; }

void kiln_error_at(const char *file, int line, int col, const char *jpath,
                   const char *fmt, ...)
{
    FILE *f = out();
    if (file) {
        fputs(file, f);
        if (line > 0) fprintf(f, ":%d:%d", line, col);
        fputs(": ", f);
    }
    if (jpath) fprintf(f, "%s: ", jpath);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    g_errors++;
}

void kiln_error(const char *fmt, ...)
{
    FILE *f = out();
    fputs("kiln: error: ", f);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    g_errors++;
}

int kiln_error_count(void) { return g_errors; }
void kiln_diag_reset(void) { g_errors = 0; }
void kiln_diag_set_stream(FILE *f) { g_stream = f; }

void kiln_bug(const char *file, int line, const char *fmt, ...)
{
    fprintf(stderr, "kiln: internal error at %s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}
