/* pyformat.c — Python's str.format() over named numbers and repr(float)
 * (pyformat.h).  The rules are the Python 3 reference's "Format String
 * Syntax" and "Format Specification Mini-Language"; where C's printf already
 * does what Python does (%e, %f, %g with the same default precision 6 and the
 * same two-digit minimum exponent) it is used for the digits, and the sign,
 * fill, alignment and width are applied here as Python applies them. */
#include "pyformat.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- repr -------------------------------------------------------------- */

/* Shortest round-trip digits of |v| (finite): D = digits[0..nd), value =
 * D[0].D[1..] x 10^exp10.  f32: round-trip through float, else double. */
static int shortest_digits(double v, int f32, char *digits, int *exp10)
{
    char e[48];
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(e, sizeof e, "%.*e", p - 1, fabs(v));
        double back = strtod(e, NULL);
        if (f32 ? (float)back == (float)fabs(v) : back == fabs(v)) break;
    }
    /* e is "d[.ddd]e[+-]xx" */
    int nd = 0;
    const char *c = e;
    for (; *c && *c != 'e'; c++)
        if (isdigit((unsigned char)*c)) digits[nd++] = *c;
    *exp10 = atoi(c + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    return nd;
}

static char *repr(double v, int f32, char *buf, size_t n)
{
    if (isnan(v)) return snprintf(buf, n, "nan"), buf;
    if (isinf(v)) return snprintf(buf, n, v < 0 ? "-inf" : "inf"), buf;
    char d[24];
    int x, nd = shortest_digits(v, f32, d, &x);
    char out[64];
    int k = 0;
    if (signbit(v)) out[k++] = '-';
    if (x >= -4 && x < 16) {
        if (x >= 0) {
            for (int i = 0; i <= x; i++) out[k++] = i < nd ? d[i] : '0';
            out[k++] = '.';
            if (nd > x + 1)
                for (int i = x + 1; i < nd; i++) out[k++] = d[i];
            else
                out[k++] = '0';
        } else {
            out[k++] = '0';
            out[k++] = '.';
            for (int i = 0; i < -x - 1; i++) out[k++] = '0';
            for (int i = 0; i < nd; i++) out[k++] = d[i];
        }
        out[k] = 0;
    } else {
        out[k++] = d[0];
        if (nd > 1) {
            out[k++] = '.';
            for (int i = 1; i < nd; i++) out[k++] = d[i];
        }
        snprintf(out + k, sizeof out - (size_t)k, "e%c%02d", x < 0 ? '-' : '+', abs(x));
    }
    snprintf(buf, n, "%s", out);
    return buf;
}

char *kiln_py_repr(double v, char *buf, size_t n) { return repr(v, 0, buf, n); }

char *kiln_py_repr_f32(float v, char *buf, size_t n) { return repr(v, 1, buf, n); }

/* ---- format specs ------------------------------------------------------ */

typedef struct {
    char fill, align;   /* 0 when not given */
    char sign;          /* '+', '-', ' ' or 0 */
    int zero;           /* the '0' flag */
    int width;          /* -1: none */
    int prec;           /* -1: none */
    char type;          /* 0: none */
} spec;

static int fail(char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t cap, const char *fmt, ...)
{
    if (err && cap) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, cap, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* [[fill]align][sign][0][width][.precision][type] of s[0, len). */
static int parse_spec(const char *s, size_t len, spec *sp, char *err, size_t cap)
{
    *sp = (spec){0, 0, 0, 0, -1, -1, 0};
    size_t i = 0;
    if (len >= 2 && is_align(s[1])) sp->fill = s[0], sp->align = s[1], i = 2;
    else if (len >= 1 && is_align(s[0])) sp->align = s[0], i = 1;
    if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp->sign = s[i++];
    if (i < len && (s[i] == '#' || s[i] == 'z'))
        return fail(err, cap, "the '%c' option of a format spec is not supported", s[i]);
    if (i < len && s[i] == '0') sp->zero = 1, i++;
    if (i < len && isdigit((unsigned char)s[i])) {
        sp->width = 0;
        while (i < len && isdigit((unsigned char)s[i]) && sp->width < 1000)
            sp->width = sp->width * 10 + (s[i++] - '0');
    }
    if (i < len && (s[i] == ',' || s[i] == '_'))
        return fail(err, cap, "digit grouping ('%c') is not supported", s[i]);
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || !isdigit((unsigned char)s[i]))
            return fail(err, cap, "format spec '%.*s' lacks the precision after '.'", (int)len, s);
        sp->prec = 0;
        while (i < len && isdigit((unsigned char)s[i]) && sp->prec < 100)
            sp->prec = sp->prec * 10 + (s[i++] - '0');
    }
    if (i < len) sp->type = s[i++];
    if (i != len || (sp->width >= 1000 || sp->prec >= 100))
        return fail(err, cap, "invalid format spec '%.*s'", (int)len, s);
    if (sp->type && !strchr("deEfFgG%", sp->type))
        return fail(err, cap, "format code '%c' is not supported (use d, e, f, g or %%)", sp->type);
    return 0;
}

/* One field's text per its spec into out (cap bytes); returns its length or -1. */
static int format_value(const spec *sp, const kiln_pyformat_field *f, char *out, size_t cap,
                        char *err, size_t ecap)
{
    char body[400];
    double v = f->value;
    int neg = signbit(v) && !isnan(v);
    double a = fabs(v);
    char t = sp->type;
    if (f->is_int && (t == 0 || t == 'd')) {
        if (sp->prec >= 0)
            return fail(err, ecap, "a precision is not allowed for the int '%s'", f->name);
        snprintf(body, sizeof body, "%.0f", a);
    } else if (t == 'd') {
        return fail(err, ecap, "format code 'd' needs an int, but '%s' is a float", f->name);
    } else if (!isfinite(a)) {
        int upper = t == 'E' || t == 'F' || t == 'G';
        snprintf(body, sizeof body, "%s%s", isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"),
                 t == '%' ? "%" : "");
    } else {
        int p = sp->prec;
        switch (t) {
        case 'f': case 'F': snprintf(body, sizeof body, "%.*f", p < 0 ? 6 : p, a); break;
        case 'e': case 'E': snprintf(body, sizeof body, "%.*e", p < 0 ? 6 : p, a); break;
        case 'g': case 'G': snprintf(body, sizeof body, "%.*g", p < 0 ? 6 : p ? p : 1, a); break;
        case '%': snprintf(body, sizeof body, "%.*f%%", p < 0 ? 6 : p, a * 100); break;
        default:
            if (p < 0) {
                kiln_py_repr(a, body, sizeof body);
            } else {
                snprintf(body, sizeof body, "%.*g", p ? p : 1, a);
                if (!strpbrk(body, ".e")) strcat(body, ".0");
            }
        }
        if (t == 'E' || t == 'G')
            for (char *c = body; *c; c++) *c = (char)toupper((unsigned char)*c);
    }
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    int ls = (int)strlen(sign), lb = (int)strlen(body), pad = sp->width - ls - lb;
    char align = sp->align ? sp->align : sp->zero ? '=' : '>';
    char fill = sp->fill ? sp->fill : sp->zero ? '0' : ' ';
    if (pad < 0) pad = 0;
    int left = align == '<' ? 0 : align == '^' ? pad / 2 : pad, right = pad - left;
    if ((size_t)(ls + lb + pad) >= cap) return fail(err, ecap, "the formatted text is too long");
    int k = 0;
    if (align == '=') {
        k += snprintf(out + k, cap - k, "%s", sign);
        for (int i = 0; i < left; i++) out[k++] = fill;
    } else {
        for (int i = 0; i < left; i++) out[k++] = fill;
        k += snprintf(out + k, cap - k, "%s", sign);
    }
    k += snprintf(out + k, cap - k, "%s", body);
    for (int i = 0; i < right; i++) out[k++] = fill;
    out[k] = 0;
    return k;
}

/* "epoch, loss, val_loss" */
static void field_list(const kiln_pyformat_field *fields, int n, char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = 0;
    for (int i = 0; i < n && k < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", i ? ", " : "", fields[i].name);
}

int kiln_pyformat(const char *tmpl, const kiln_pyformat_field *fields, int n_fields, char *out,
                  size_t cap, char *err, size_t err_cap)
{
    char scratch[4096];
    if (!out) out = scratch, cap = sizeof scratch;
    size_t k = 0;
    for (const char *c = tmpl; *c;) {
        if (*c == '}') {
            if (c[1] != '}') return fail(err, err_cap, "a single '}' (write '}}' for a brace)");
            c += 2;
            if (k + 1 >= cap) return fail(err, err_cap, "the formatted text is too long");
            out[k++] = '}';
            continue;
        }
        if (*c != '{') {
            if (k + 1 >= cap) return fail(err, err_cap, "the formatted text is too long");
            out[k++] = *c++;
            continue;
        }
        if (c[1] == '{') {
            c += 2;
            if (k + 1 >= cap) return fail(err, err_cap, "the formatted text is too long");
            out[k++] = '{';
            continue;
        }
        const char *name = ++c;
        while (*c && (isalnum((unsigned char)*c) || *c == '_')) c++;
        size_t nlen = (size_t)(c - name);
        if (*c == '.' || *c == '[')
            return fail(err, err_cap, "attribute and index lookups ('%c') are not supported", *c);
        if (*c == '!') return fail(err, err_cap, "conversions ('!r', '!s') are not supported");
        if (*c != ':' && *c != '}') return fail(err, err_cap, "an unterminated '{' (write '{{' for a brace)");
        if (nlen == 0)
            return fail(err, err_cap, "a field without a name ('{}'): name it, as in {epoch}");
        const char *sp_text = *c == ':' ? ++c : c;
        while (*c && *c != '}' && *c != '{') c++;
        if (*c == '{') return fail(err, err_cap, "nested fields in a format spec are not supported");
        if (*c != '}') return fail(err, err_cap, "an unterminated '{' (write '{{' for a brace)");
        const kiln_pyformat_field *f = NULL;
        for (int i = 0; i < n_fields && !f; i++)
            if (strlen(fields[i].name) == nlen && !strncmp(fields[i].name, name, nlen)) f = &fields[i];
        if (!f) {
            char list[256];
            field_list(fields, n_fields, list, sizeof list);
            return fail(err, err_cap, "unknown field '%.*s' (the fields are %s)", (int)nlen, name,
                        list);
        }
        spec sp;
        if (parse_spec(sp_text, (size_t)(c - sp_text), &sp, err, err_cap)) return -1;
        int n = format_value(&sp, f, out + k, cap - k, err, err_cap);
        if (n < 0) return -1;
        k += (size_t)n;
        c++;
    }
    out[k] = 0;
    return 0;
}
