/* formats.c — NumPy .npy and safetensors, read and written (formats.h).
 *
 * Formats: .npy as numpy/lib/format.py defines it (magic "\x93NUMPY", version
 * byte pair, little-endian header length, a Python dict literal padded with
 * spaces to a 64-byte boundary and ending in '\n', then the raw C-order data);
 * safetensors as huggingface/safetensors defines it (u64 LE header length,
 * JSON header, data with offsets relative to the end of the header).
 * All data is little-endian; so is every host kiln targets.
 */
#include "formats.h"

#include "diag.h"
#include "input.h"
#include "json_pos.h"
#include "output.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "formats.c assumes a little-endian host");

#define KILN_MAX_RANK 8
#define ST_MAX_HEADER (100u << 20) /* safetensors' own limit on the JSON header */
#define NPY_MAX_HEADER (1 << 20)   /* bytes of a .npy header dict kiln reads */

static const struct {
    const char *npy;  /* numpy descr */
    const char *st;   /* safetensors dtype */
    int size;         /* bytes per element */
} dtypes[] = {
    [KILN_F32] = {"<f4", "F32", 4}, [KILN_I32] = {"<i4", "I32", 4}, [KILN_I64] = {"<i8", "I64", 8},
    [KILN_U8] = {"|u1", "U8", 1},   [KILN_F64] = {"<f8", "F64", 8},
};
#define N_DTYPES ((int)(sizeof dtypes / sizeof dtypes[0]))

int64_t kiln_array_count(const kiln_array *a)
{
    int64_t n = 1;
    for (int i = 0; i < a->rank; i++) n *= a->dims[i];
    return n;
}

void kiln_array_free(kiln_array *a)
{
    if (!a) return;
    free(a->data);
    a->data = NULL;
}

/* Bytes of data for dtype and dims, or -1 when a dim is negative or the size
 * overflows. */
static int64_t shape_bytes(kiln_dtype dt, int rank, const int64_t *dims)
{
    int64_t n = dtypes[dt].size;
    for (int i = 0; i < rank; i++) {
        if (dims[i] < 0 || __builtin_mul_overflow(n, dims[i], &n)) return -1;
    }
    return n;
}

/* "(3, 4)" / "(3,)" / "()": a shape the way numpy prints it. */
static void format_shape(char *buf, size_t len, int rank, const int64_t *dims)
{
    size_t at = (size_t)snprintf(buf, len, "(");
    for (int i = 0; i < rank && at < len; i++)
        at += (size_t)snprintf(buf + at, len - at, i ? ", %lld" : "%lld", (long long)dims[i]);
    if (at < len) snprintf(buf + at, len - at, rank == 1 ? ",)" : ")");
}

/* Checks an array handed to a writer; returns its data size in bytes or -1. */
static int64_t check_array(const char *path, const char *what, const kiln_array *a)
{
    if ((int)a->dtype < 0 || (int)a->dtype >= N_DTYPES) {
        kiln_error_at(path, 0, 0, NULL, "%s: unknown dtype %d", what, (int)a->dtype);
        return -1;
    }
    if (a->rank < 0 || a->rank > KILN_MAX_RANK) {
        kiln_error_at(path, 0, 0, NULL, "%s: rank %d, expected 0..%d", what, a->rank,
                      KILN_MAX_RANK);
        return -1;
    }
    int64_t bytes = shape_bytes(a->dtype, a->rank, a->dims);
    if (bytes < 0) {
        kiln_error_at(path, 0, 0, NULL, "%s: bad shape (negative or too large)", what);
        return -1;
    }
    if (bytes > 0 && !a->data) {
        kiln_error_at(path, 0, 0, NULL, "%s: no data", what);
        return -1;
    }
    return bytes;
}

/* Arrays and checkpoints larger than this are refused before anything is
 * allocated (64 GiB: far beyond any model kiln compiles, see compiler/kiln_limits.h). */
#define KILN_MAX_ARRAY_FILE (64ll << 30)

/* Opens path (a regular file, size-capped) and returns its size in *size. */
static FILE *open_sized(const char *path, const char *what, int64_t *size)
{
    return kiln_input_open(path, what, KILN_MAX_ARRAY_FILE, size);
}

/* Reads exactly n bytes at offset off. */
static int read_at(FILE *f, int64_t off, void *buf, int64_t n)
{
    if (fseeko(f, off, SEEK_SET) != 0) return -1;
    return n == 0 || fread(buf, 1, (size_t)n, f) == (size_t)n ? 0 : -1;
}

/* ---------------------------------------------------------------- .npy */

/* Cursor over a .npy header dict, which is a Python literal:
 *   {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }      */
typedef struct {
    const char *s, *p;
    const char *path;
} pylit;

static void py_ws(pylit *c)
{
    while (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r') c->p++;
}

static int py_fail(pylit *c, const char *expected)
{
    /* The header is short (<= a few hundred bytes in practice); quote it. */
    char shown[200];
    snprintf(shown, sizeof shown, "%s", c->s);
    for (char *q = shown; *q; q++)
        if (*q == '\n') *q = ' ';
    kiln_error_at(c->path, 0, 0, NULL, "bad .npy header: expected %s at byte %d of %s",
                  expected, (int)(c->p - c->s), shown);
    return -1;
}

static int py_char(pylit *c, char ch)
{
    py_ws(c);
    if (*c->p != ch) {
        char e[8] = {'\'', ch, '\'', 0};
        return py_fail(c, e);
    }
    c->p++;
    return 0;
}

/* 'text' or "text" (no escapes: numpy never writes any in these fields). */
static int py_str(pylit *c, char *buf, size_t len)
{
    py_ws(c);
    char q = *c->p;
    if (q != '\'' && q != '"') return py_fail(c, "a string");
    const char *e = strchr(c->p + 1, q);
    if (!e || (size_t)(e - c->p - 1) >= len) return py_fail(c, "a short quoted string");
    memcpy(buf, c->p + 1, (size_t)(e - c->p - 1));
    buf[e - c->p - 1] = '\0';
    c->p = e + 1;
    return 0;
}

/* (d0, d1, ...) with an optional trailing comma; Python 2's "3L" accepted. */
static int py_shape(pylit *c, int *rank, int64_t *dims)
{
    if (py_char(c, '(') < 0) return -1;
    *rank = 0;
    for (;;) {
        py_ws(c);
        if (*c->p == ')') break;
        if (*c->p < '0' || *c->p > '9') return py_fail(c, "a non-negative integer dimension");
        if (*rank == KILN_MAX_RANK) return py_fail(c, "at most 8 dimensions");
        errno = 0;
        char *end;
        long long v = strtoll(c->p, &end, 10);
        if (errno) return py_fail(c, "a dimension that fits in 64 bits");
        dims[(*rank)++] = v;
        c->p = end;
        if (*c->p == 'L') c->p++;
        py_ws(c);
        if (*c->p == ',') {
            c->p++;
        } else if (*c->p != ')') {
            return py_fail(c, "',' or ')'");
        }
    }
    c->p++;
    return 0;
}

/* Parses the header dict into dtype and shape; rejects fortran_order True. */
static int npy_parse_header(const char *path, const char *hdr, kiln_dtype *dt, int *rank,
                            int64_t *dims)
{
    pylit c = {hdr, hdr, path};
    int have_descr = 0, have_fortran = 0, have_shape = 0;
    if (py_char(&c, '{') < 0) return -1;
    for (;;) {
        py_ws(&c);
        if (*c.p == '}') break;
        char key[32];
        if (py_str(&c, key, sizeof key) < 0 || py_char(&c, ':') < 0) return -1;
        py_ws(&c);
        if (strcmp(key, "descr") == 0) {
            char descr[32];
            if (*c.p == '[') {
                kiln_error_at(path, 0, 0, NULL,
                              "structured dtype not supported; expected one of <f4 <f8 <i4 "
                              "<i8 |u1");
                return -1;
            }
            if (py_str(&c, descr, sizeof descr) < 0) return -1;
            int found = -1;
            for (int i = 0; i < N_DTYPES; i++)
                if (strcmp(descr, dtypes[i].npy) == 0) found = i;
            if (strcmp(descr, "<u1") == 0 || strcmp(descr, "u1") == 0) found = KILN_U8;
            if (found < 0) {
                const char *hint = descr[0] == '>' ? " (big-endian: convert with "
                                                     "a.astype(a.dtype.newbyteorder('<')))"
                                                   : "";
                kiln_error_at(path, 0, 0, NULL,
                              "dtype '%s' not supported%s; expected one of <f4 <f8 <i4 <i8 |u1",
                              descr, hint);
                return -1;
            }
            *dt = (kiln_dtype)found;
            have_descr = 1;
        } else if (strcmp(key, "fortran_order") == 0) {
            if (strncmp(c.p, "False", 5) == 0) {
                c.p += 5;
            } else if (strncmp(c.p, "True", 4) == 0) {
                kiln_error_at(path, 0, 0, NULL,
                              "fortran_order is True; only C-order arrays are supported (save "
                              "with np.save(path, np.ascontiguousarray(a)))");
                return -1;
            } else {
                return py_fail(&c, "True or False");
            }
            have_fortran = 1;
        } else if (strcmp(key, "shape") == 0) {
            if (py_shape(&c, rank, dims) < 0) return -1;
            have_shape = 1;
        } else {
            return py_fail(&c, "only the keys 'descr', 'fortran_order' and 'shape'");
        }
        py_ws(&c);
        if (*c.p == ',')
            c.p++;
        else if (*c.p != '}')
            return py_fail(&c, "',' or '}'");
    }
    if (!have_descr || !have_fortran || !have_shape) {
        kiln_error_at(path, 0, 0, NULL, "bad .npy header: missing '%s'",
                      !have_descr ? "descr" : !have_fortran ? "fortran_order" : "shape");
        return -1;
    }
    return 0;
}

int kiln_npy_read(const char *path, kiln_array *out)
{
    *out = (kiln_array){0};
    int64_t size;
    FILE *f = open_sized(path, ".npy file", &size);
    if (!f) return -1;
    char *hdr = NULL;
    void *data = NULL;
    unsigned char pre[12];
    if (size < 10 || read_at(f, 0, pre, 10) < 0) {
        kiln_error_at(path, 0, 0, NULL, "truncated: %lld bytes, too short for a .npy header",
                      (long long)size);
        goto fail;
    }
    if (memcmp(pre, "\x93NUMPY", 6) != 0) {
        kiln_error_at(path, 0, 0, NULL, "not a .npy file (bad magic; expected \\x93NUMPY)");
        goto fail;
    }
    int64_t hlen, start;
    if (pre[6] == 1 && pre[7] == 0) {
        hlen = pre[8] | pre[9] << 8;
        start = 10;
    } else if (pre[6] == 2 && pre[7] == 0) {
        if (size < 12 || read_at(f, 0, pre, 12) < 0) {
            kiln_error_at(path, 0, 0, NULL, "truncated: %lld bytes, too short for a .npy header",
                          (long long)size);
            goto fail;
        }
        hlen = (int64_t)pre[8] | (int64_t)pre[9] << 8 | (int64_t)pre[10] << 16 |
               (int64_t)pre[11] << 24;
        start = 12;
    } else {
        kiln_error_at(path, 0, 0, NULL, "unsupported .npy version %u.%u, expected 1.0 or 2.0",
                      pre[6], pre[7]);
        goto fail;
    }
    if (hlen > NPY_MAX_HEADER) {
        kiln_error_at(path, 0, 0, NULL,
                      "header length %lld is more than the %d bytes kiln reads (numpy writes "
                      "a few hundred); not a .npy file kiln can read",
                      (long long)hlen, NPY_MAX_HEADER);
        goto fail;
    }
    if (start + hlen > size) {
        kiln_error_at(path, 0, 0, NULL,
                      "truncated: header length %lld but the file has only %lld bytes",
                      (long long)hlen, (long long)size);
        goto fail;
    }
    hdr = malloc((size_t)hlen + 1);
    if (!hdr) KILN_BUG("out of memory");
    if (read_at(f, start, hdr, hlen) < 0) {
        kiln_error_at(path, 0, 0, NULL, "read error");
        goto fail;
    }
    hdr[hlen] = '\0';
    if (strlen(hdr) != (size_t)hlen) {
        kiln_error_at(path, 0, 0, NULL, "bad .npy header: contains a NUL byte");
        goto fail;
    }
    kiln_array a = {0};
    if (npy_parse_header(path, hdr, &a.dtype, &a.rank, a.dims) < 0) goto fail;
    int64_t bytes = shape_bytes(a.dtype, a.rank, a.dims);
    char shape[200];
    format_shape(shape, sizeof shape, a.rank, a.dims);
    if (bytes < 0) {
        kiln_error_at(path, 0, 0, NULL, "shape %s is too large", shape);
        goto fail;
    }
    int64_t have = size - start - hlen;
    if (have != bytes) {
        kiln_error_at(path, 0, 0, NULL, "%s: shape %s of %s needs %lld bytes of data, file has %lld",
                      have < bytes ? "truncated" : "trailing data", shape, dtypes[a.dtype].npy,
                      (long long)bytes, (long long)have);
        goto fail;
    }
    data = malloc(bytes > 0 ? (size_t)bytes : 1);
    if (!data) {
        kiln_error_at(path, 0, 0, NULL, "out of memory (%lld bytes of data)", (long long)bytes);
        goto fail;
    }
    if (read_at(f, start + hlen, data, bytes) < 0) {
        kiln_error_at(path, 0, 0, NULL, "read error");
        goto fail;
    }
    fclose(f);
    free(hdr);
    a.data = data;
    *out = a;
    return 0;
fail:
    fclose(f);
    free(hdr);
    free(data);
    return -1;
}

int kiln_npy_write(const char *path, const kiln_array *a)
{
    int64_t bytes = check_array(path, "array", a);
    if (bytes < 0) return -1;
    char shape[8 * 22 + 8], hdr[512];
    format_shape(shape, sizeof shape, a->rank, a->dims);
    int n = snprintf(hdr, sizeof hdr, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }",
                     dtypes[a->dtype].npy, shape);
    /* Byte for byte what numpy >= 1.23 writes (format.py _write_array_header
     * and _wrap_header): spare spaces so the first dim can grow to 21 digits,
     * then spaces so magic + version + length + dict + '\n' ends on a 64-byte
     * boundary (ARRAY_ALIGN; numpy pads a full 64 when already aligned). */
    if (a->rank > 0) {
        char d0[24];
        int grow = 21 - snprintf(d0, sizeof d0, "%lld", (long long)a->dims[0]);
        memset(hdr + n, ' ', (size_t)grow);
        n += grow;
    }
    int pad = 64 - (10 + n + 1) % 64;
    memset(hdr + n, ' ', (size_t)pad);
    hdr[n + pad] = '\n';
    int hlen = n + pad + 1;
    unsigned char pre[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (unsigned char)(hlen & 0xff),
                             (unsigned char)(hlen >> 8)};
    kiln_output af;
    if (kiln_output_open(&af, path, NULL) < 0) return -1;
    if (kiln_output_write(&af, pre, sizeof pre) < 0 || kiln_output_write(&af, hdr, (size_t)hlen) < 0 ||
        kiln_output_write(&af, a->data, (size_t)bytes) < 0) {
        kiln_output_abort(&af);
        return -1;
    }
    return kiln_output_commit(&af);
}

/* ---------------------------------------------------------- safetensors */

/* A JSON number written as a plain non-negative integer ("12", not "12.0",
 * "1e3" or "-0") whose value is at most 2^53 (the reference implementation
 * reads shapes and offsets as usize; cJSON keeps no text, ix has it). */
static int json_uint(const kiln_json_pos *ix, const cJSON *v, int64_t *x)
{
    if (!cJSON_IsNumber(v)) return -1;
    const kiln_json_span *sp = kiln_json_pos_span(ix, v);
    if (!sp || sp->end <= sp->start || sp->end - sp->start > 16) return -1;
    for (long i = sp->start; i < sp->end; i++)
        if (ix->text[i] < '0' || ix->text[i] > '9') return -1;
    double d = v->valuedouble;
    if (!(d >= 0 && d <= 9007199254740992.0) || d != (double)(int64_t)d) return -1;
    *x = (int64_t)d;
    return 0;
}

void kiln_safetensors_free(kiln_safetensors *s)
{
    if (!s) return;
    for (int i = 0; i < s->n; i++) {
        free((char *)s->t[i].name);
        kiln_array_free(&s->t[i].array);
    }
    for (int i = 0; i < 2 * s->n_meta; i++) free(s->meta[i]);
    free(s->t);
    free(s->meta);
    *s = (kiln_safetensors){0};
}

/* One tensor of the header, checked, before its data is read. */
typedef struct {
    const char *name;
    kiln_array a;      /* dtype, rank, dims; no data yet */
    int64_t begin, end;
} st_entry;

/* Checks one tensor entry of the header: exactly the keys dtype, shape and
 * data_offsets; a known dtype; a shape of integers; offsets [begin, end] of
 * integers within the data, spanning exactly the shape's bytes. */
static int st_entry_check(const char *path, const kiln_json_pos *ix, const cJSON *e,
                          int64_t data_len, st_entry *out)
{
    const char *name = e->string;
    if (!name[0]) {
        kiln_error_at(path, 0, 0, NULL, "a tensor with an empty name in the header");
        return -1;
    }
    if (!cJSON_IsObject(e)) {
        kiln_error_at(path, 0, 0, NULL, "tensor '%s': expected an object in the header", name);
        return -1;
    }
    for (const cJSON *k = e->child; k; k = k->next)
        if (strcmp(k->string, "dtype") && strcmp(k->string, "shape") &&
            strcmp(k->string, "data_offsets")) {
            kiln_error_at(path, 0, 0, NULL,
                          "tensor '%s': unknown key '%s' (a tensor has dtype, shape and "
                          "data_offsets)", name, k->string);
            return -1;
        }
    const cJSON *dt = cJSON_GetObjectItemCaseSensitive(e, "dtype");
    const cJSON *shape = cJSON_GetObjectItemCaseSensitive(e, "shape");
    const cJSON *offs = cJSON_GetObjectItemCaseSensitive(e, "data_offsets");
    if (!cJSON_IsString(dt) || !cJSON_IsArray(shape) || !cJSON_IsArray(offs)) {
        kiln_error_at(path, 0, 0, NULL,
                      "tensor '%s': expected \"dtype\" (string), \"shape\" (array) and "
                      "\"data_offsets\" (array)",
                      name);
        return -1;
    }
    kiln_array a = {0};
    int found = -1;
    for (int i = 0; i < N_DTYPES; i++)
        if (strcmp(dt->valuestring, dtypes[i].st) == 0) found = i;
    if (found < 0) {
        kiln_error_at(path, 0, 0, NULL,
                      "tensor '%s': dtype %.32s not supported, expected one of F32 F64 I32 I64 U8",
                      name, dt->valuestring);
        return -1;
    }
    a.dtype = (kiln_dtype)found;
    a.rank = cJSON_GetArraySize(shape);
    if (a.rank > KILN_MAX_RANK) {
        kiln_error_at(path, 0, 0, NULL, "tensor '%s': rank %d, at most %d supported", name,
                      a.rank, KILN_MAX_RANK);
        return -1;
    }
    int i = 0;
    const cJSON *d;
    cJSON_ArrayForEach(d, shape)
    {
        if (json_uint(ix, d, &a.dims[i++]) < 0) {
            kiln_error_at(path, 0, 0, NULL,
                          "tensor '%s': shape must hold non-negative integers (written as such)",
                          name);
            return -1;
        }
    }
    int64_t b, end;
    if (cJSON_GetArraySize(offs) != 2 || json_uint(ix, cJSON_GetArrayItem(offs, 0), &b) < 0 ||
        json_uint(ix, cJSON_GetArrayItem(offs, 1), &end) < 0 || end < b) {
        kiln_error_at(path, 0, 0, NULL,
                      "tensor '%s': data_offsets must be [begin, end], integers with 0 <= begin "
                      "<= end",
                      name);
        return -1;
    }
    if (end > data_len) {
        kiln_error_at(path, 0, 0, NULL,
                      "tensor '%s': data_offsets [%lld, %lld] exceed the %lld bytes of data "
                      "after the header (truncated file?)",
                      name, (long long)b, (long long)end, (long long)data_len);
        return -1;
    }
    int64_t bytes = shape_bytes(a.dtype, a.rank, a.dims);
    if (bytes != end - b) {
        char s[200];
        format_shape(s, sizeof s, a.rank, a.dims);
        kiln_error_at(path, 0, 0, NULL,
                      "tensor '%s': shape %s of %s needs %lld bytes but data_offsets [%lld, "
                      "%lld] span %lld",
                      name, s, dtypes[a.dtype].st, (long long)bytes, (long long)b,
                      (long long)end, (long long)(end - b));
        return -1;
    }
    *out = (st_entry){name, a, b, end};
    return 0;
}

static int by_begin(const void *x, const void *y)
{
    const st_entry *a = *(const st_entry *const *)x, *b = *(const st_entry *const *)y;
    if (a->begin != b->begin) return a->begin < b->begin ? -1 : 1;
    return a->end < b->end ? -1 : a->end > b->end;
}

static int by_name(const void *x, const void *y)
{
    return strcmp((*(const st_entry *const *)x)->name, (*(const st_entry *const *)y)->name);
}

int kiln_safetensors_read(const char *path, kiln_safetensors *out)
{
    *out = (kiln_safetensors){0};
    int64_t size;
    FILE *f = open_sized(path, "safetensors file", &size);
    if (!f) return -1;
    kiln_safetensors s = {0};
    char *hdr = NULL;
    cJSON *root = NULL;
    st_entry *ent = NULL;
    st_entry **order = NULL;
    kiln_arena arena = {0};
    unsigned char lenb[8];
    if (size < 8 || read_at(f, 0, lenb, 8) < 0) {
        kiln_error_at(path, 0, 0, NULL,
                      "truncated: %lld bytes; a safetensors file starts with an 8-byte header "
                      "length",
                      (long long)size);
        goto fail;
    }
    uint64_t hlen = 0;
    for (int i = 7; i >= 0; i--) hlen = hlen << 8 | lenb[i];
    if (hlen < 2 || hlen > (uint64_t)(size - 8) || hlen > ST_MAX_HEADER) {
        kiln_error_at(path, 0, 0, NULL,
                      "corrupt header length %llu (file is %lld bytes; expected 2..%lld); not a "
                      "safetensors file, or truncated",
                      (unsigned long long)hlen, (long long)size,
                      (long long)(size - 8 < ST_MAX_HEADER ? size - 8 : ST_MAX_HEADER));
        goto fail;
    }
    hdr = malloc(hlen + 1);
    if (!hdr) {
        kiln_error_at(path, 0, 0, NULL, "out of memory reading a %llu-byte header",
                      (unsigned long long)hlen);
        goto fail;
    }
    if (read_at(f, 8, hdr, (int64_t)hlen) < 0) {
        kiln_error_at(path, 0, 0, NULL, "read error");
        goto fail;
    }
    hdr[hlen] = '\0';
    if (strlen(hdr) != hlen) {
        kiln_error_at(path, 0, 0, NULL, "header contains a NUL byte");
        goto fail;
    }
    const char *end_ptr = NULL;
    root = cJSON_ParseWithLengthOpts(hdr, hlen + 1, &end_ptr, 0);
    if (!root || !cJSON_IsObject(root)) {
        const char *at = cJSON_GetErrorPtr();
        long off = root || !at ? 0 : (long)(at - hdr);
        kiln_error_at(path, 0, 0, NULL,
                      "header is not a JSON object%s (near byte %ld of the %llu-byte header)",
                      root ? "" : ": JSON syntax error", off, (unsigned long long)hlen);
        goto fail;
    }
    for (const char *c = end_ptr; c && c < hdr + hlen; c++)
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') {
            kiln_error_at(path, 0, 0, NULL, "unexpected bytes after the header's JSON object "
                          "(at byte %ld)", (long)(c - hdr));
            goto fail;
        }
    kiln_json_pos ix;
    kiln_json_pos_init(&ix, hdr, (long)hlen, &arena);
    kiln_json_pos_index(&ix, root, &arena);
    int64_t data_start = 8 + (int64_t)hlen, data_len = size - data_start;

    int n_entries = cJSON_GetArraySize(root);
    s.t = calloc((size_t)n_entries + 1, sizeof *s.t);
    ent = calloc((size_t)n_entries + 1, sizeof *ent);
    order = calloc((size_t)n_entries + 1, sizeof *order);
    if (!s.t || !ent || !order) {
        kiln_error_at(path, 0, 0, NULL, "out of memory (%d header entries)", n_entries);
        goto fail;
    }
    int ne = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, root)
    {
        if (strcmp(e->string, "__metadata__") == 0) {
            if (s.meta) {
                kiln_error_at(path, 0, 0, NULL, "duplicate entry '__metadata__' in the header");
                goto fail;
            }
            if (!cJSON_IsObject(e)) {
                kiln_error_at(path, 0, 0, NULL, "__metadata__ must be an object of strings");
                goto fail;
            }
            int m = cJSON_GetArraySize(e);
            s.meta = calloc(2 * (size_t)m + 1, sizeof *s.meta);
            if (!s.meta) KILN_BUG("out of memory");
            const cJSON *kv;
            cJSON_ArrayForEach(kv, e)
            {
                if (!cJSON_IsString(kv)) {
                    kiln_error_at(path, 0, 0, NULL,
                                  "__metadata__ value of '%.64s' is not a string", kv->string);
                    goto fail;
                }
                s.meta[2 * s.n_meta] = strdup(kv->string);
                s.meta[2 * s.n_meta + 1] = strdup(kv->valuestring);
                s.n_meta++;
                if (!s.meta[2 * s.n_meta - 2] || !s.meta[2 * s.n_meta - 1])
                    KILN_BUG("out of memory");
            }
            continue;
        }
        if (st_entry_check(path, &ix, e, data_len, &ent[ne]) < 0) goto fail;
        order[ne] = &ent[ne];
        ne++;
    }
    /* names unique (sorted copy), offsets contiguous from 0 to the end of the
     * data without gaps or overlaps, as the reference implementation demands */
    qsort(order, (size_t)ne, sizeof *order, by_name);
    for (int i = 1; i < ne; i++)
        if (strcmp(order[i - 1]->name, order[i]->name) == 0) {
            kiln_error_at(path, 0, 0, NULL, "duplicate entry '%.200s' in the header",
                          order[i]->name);
            goto fail;
        }
    qsort(order, (size_t)ne, sizeof *order, by_begin);
    int64_t at = 0;
    for (int i = 0; i < ne; i++) {
        const st_entry *x = order[i];
        if (x->begin != at) {
            if (x->begin < at)
                kiln_error_at(path, 0, 0, NULL,
                              "tensor '%.200s': data_offsets [%lld, %lld] overlap the previous "
                              "tensor's, which ends at %lld",
                              x->name, (long long)x->begin, (long long)x->end, (long long)at);
            else
                kiln_error_at(path, 0, 0, NULL,
                              "tensor '%.200s': data_offsets [%lld, %lld] leave a gap after byte "
                              "%lld (offsets must be contiguous)",
                              x->name, (long long)x->begin, (long long)x->end, (long long)at);
            goto fail;
        }
        at = x->end;
    }
    if (at != data_len) {
        kiln_error_at(path, 0, 0, NULL,
                      "the tensors' data_offsets end at byte %lld of the %lld bytes of data "
                      "after the header (trailing bytes, or a tensor missing)",
                      (long long)at, (long long)data_len);
        goto fail;
    }
    for (int i = 0; i < ne; i++) {
        kiln_array a = ent[i].a;
        int64_t bytes = ent[i].end - ent[i].begin;
        a.data = malloc(bytes > 0 ? (size_t)bytes : 1);
        if (!a.data) {
            kiln_error_at(path, 0, 0, NULL, "tensor '%.200s': out of memory (%lld bytes)",
                          ent[i].name, (long long)bytes);
            goto fail;
        }
        if (read_at(f, data_start + ent[i].begin, a.data, bytes) < 0) {
            kiln_error_at(path, 0, 0, NULL, "tensor '%.200s': read error", ent[i].name);
            free(a.data);
            goto fail;
        }
        s.t[s.n].name = strdup(ent[i].name);
        if (!s.t[s.n].name) KILN_BUG("out of memory");
        s.t[s.n].array = a;
        s.n++;
    }
    free(ent);
    free(order);
    kiln_arena_free(&arena);
    cJSON_Delete(root);
    free(hdr);
    fclose(f);
    *out = s;
    return 0;
fail:
    free(ent);
    free(order);
    kiln_arena_free(&arena);
    cJSON_Delete(root);
    free(hdr);
    fclose(f);
    kiln_safetensors_free(&s);
    return -1;
}

const kiln_named_array *kiln_safetensors_find(const kiln_safetensors *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->t[i].name, name) == 0) return &s->t[i];
    return NULL;
}

const char *kiln_safetensors_meta(const kiln_safetensors *s, const char *key)
{
    for (int i = 0; i < s->n_meta; i++)
        if (strcmp(s->meta[2 * i], key) == 0) return s->meta[2 * i + 1];
    return NULL;
}

int kiln_safetensors_write(const char *path, const kiln_named_array *t, int n,
                           const char *const *meta, int n_meta)
{
    int64_t *bytes = malloc(((size_t)n + 1) * sizeof *bytes);
    cJSON *root = cJSON_CreateObject();
    char *json = NULL;
    if (!bytes || !root) KILN_BUG("out of memory");
    int rc = -1;

    if (n_meta > 0) {
        cJSON *m = cJSON_AddObjectToObject(root, "__metadata__");
        for (int i = 0; i < n_meta; i++) {
            const char *k = meta[2 * i], *v = meta[2 * i + 1];
            if (!k || !v || cJSON_GetObjectItemCaseSensitive(m, k)) {
                kiln_error_at(path, 0, 0, NULL, "metadata pair %d: %s", i,
                              !k || !v ? "NULL key or value" : "duplicate key");
                goto out;
            }
            cJSON_AddStringToObject(m, k, v);
        }
    }
    int64_t off = 0;
    for (int i = 0; i < n; i++) {
        const char *name = t[i].name;
        if (!name || !name[0] || strcmp(name, "__metadata__") == 0 ||
            cJSON_GetObjectItemCaseSensitive(root, name)) {
            kiln_error_at(path, 0, 0, NULL, "tensor %d: %s name '%s'", i,
                          name && name[0] && strcmp(name, "__metadata__") ? "duplicate" : "bad",
                          name ? name : "(null)");
            goto out;
        }
        bytes[i] = check_array(path, name, &t[i].array);
        if (bytes[i] < 0) goto out;
        /* Shapes and offsets go in as raw JSON so 64-bit integers are exact. */
        char shape[8 * 22 + 4], offs[48];
        size_t at = (size_t)snprintf(shape, sizeof shape, "[");
        for (int d = 0; d < t[i].array.rank; d++)
            at += (size_t)snprintf(shape + at, sizeof shape - at, d ? ",%lld" : "%lld",
                                   (long long)t[i].array.dims[d]);
        snprintf(shape + at, sizeof shape - at, "]");
        snprintf(offs, sizeof offs, "[%lld,%lld]", (long long)off, (long long)(off + bytes[i]));
        off += bytes[i];
        cJSON *e = cJSON_AddObjectToObject(root, name);
        cJSON_AddStringToObject(e, "dtype", dtypes[t[i].array.dtype].st);
        cJSON_AddRawToObject(e, "shape", shape);
        cJSON_AddRawToObject(e, "data_offsets", offs);
    }
    json = cJSON_PrintUnformatted(root);
    if (!json) KILN_BUG("out of memory");
    /* The header is padded with spaces to a multiple of 8 so the data is
     * 8-byte aligned, as the reference writer does. */
    size_t jl = strlen(json), hl = (jl + 7) & ~(size_t)7;
    unsigned char lenb[8];
    for (int i = 0; i < 8; i++) lenb[i] = (unsigned char)((uint64_t)hl >> (8 * i));
    static const char spaces[8] = "        ";

    kiln_output af;
    if (kiln_output_open(&af, path, NULL) < 0) goto out;
    int bad = kiln_output_write(&af, lenb, 8) < 0 || kiln_output_write(&af, json, jl) < 0 ||
              kiln_output_write(&af, spaces, hl - jl) < 0;
    for (int i = 0; i < n && !bad; i++)
        bad = kiln_output_write(&af, t[i].array.data, (size_t)bytes[i]) < 0;
    if (bad) {
        kiln_output_abort(&af);
        goto out;
    }
    rc = kiln_output_commit(&af);
out:
    free(json);
    cJSON_Delete(root);
    free(bytes);
    return rc;
}
