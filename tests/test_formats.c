/* test_formats.c — .npy and safetensors (runtime/formats.c): round trips for
 * every dtype, files written byte by byte here (so the reader is checked
 * against the format, not only against our writer), and the errors for
 * malformed files.  Also CRC-32C and TFRecord framing (runtime/tfevents.c)
 * against published check values; tests/test_tensorboard.py decodes whole
 * event files with an independent reader. */
#include "diag.h"
#include "formats.h"
#include "testutil.h"
#include "tfevents.h"

#include <dirent.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *tmp;

/* ------------------------------------------------------------ helpers */


static char *tpath(const char *name)
{
    static char bufs[4][PATH_MAX];
    static int next;
    char *b = bufs[next++ % 4];
    snprintf(b, PATH_MAX, "%s/%s", tmp, name);
    return b;
}

static void write_bytes(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    CHECK(f && fwrite(p, 1, n, f) == n, "write %s", path);
    if (f) fclose(f);
}

/* Whole file into a malloc'd buffer (NUL-terminated); *n its size. */
static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    *n = 0;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long s = ftell(f);
    rewind(f);
    unsigned char *b = malloc((size_t)s + 1);
    *n = fread(b, 1, (size_t)s, f);
    b[*n] = 0;
    fclose(f);
    return b;
}

/* Files in tmp whose name contains ".tmp." (leftovers of atomic writes). */
static int temp_leftovers(void)
{
    int n = 0;
    DIR *d = opendir(tmp);
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (strstr(e->d_name, ".tmp.")) n++;
    if (d) closedir(d);
    return n;
}

static const int esize[] = {[KILN_F32] = 4, [KILN_I32] = 4, [KILN_I64] = 8, [KILN_U8] = 1,
                            [KILN_F64] = 8};

/* An array of dtype and shape filled with distinct, dtype-exercising values
 * (negatives, fractions, > 2^32). */
static kiln_array make_array(kiln_dtype dt, int rank, const int64_t *dims)
{
    kiln_array a = {.dtype = dt, .rank = rank};
    memcpy(a.dims, dims, sizeof(int64_t) * (size_t)rank);
    int64_t n = kiln_array_count(&a);
    a.data = malloc((size_t)(n > 0 ? n : 1) * (size_t)esize[dt]);
    for (int64_t i = 0; i < n; i++) {
        switch (dt) {
        case KILN_F32: ((float *)a.data)[i] = (float)i * 0.25f - 3.5f; break;
        case KILN_I32: ((int32_t *)a.data)[i] = (int32_t)(i * 1000003 - 77); break;
        case KILN_I64: ((int64_t *)a.data)[i] = i * 5000000011LL - 9; break;
        case KILN_U8: ((uint8_t *)a.data)[i] = (uint8_t)(i * 29 + 1); break;
        case KILN_F64: ((double *)a.data)[i] = (double)i / 3.0 - 1e10; break;
        }
    }
    return a;
}

static int same_array(const kiln_array *a, const kiln_array *b)
{
    if (a->dtype != b->dtype || a->rank != b->rank) return 0;
    for (int i = 0; i < a->rank; i++)
        if (a->dims[i] != b->dims[i]) return 0;
    int64_t bytes = kiln_array_count(a) * esize[a->dtype];
    return bytes == 0 || (b->data && memcmp(a->data, b->data, (size_t)bytes) == 0);
}

/* ---------------------------------------------------------------- .npy */

static void test_npy_roundtrip(void)
{
    static const struct {
        kiln_dtype dt;
        int rank;
        int64_t dims[4];
        const char *descr, *shape;
    } cases[] = {
        {KILN_F32, 3, {2, 3, 4}, "'<f4'", "(2, 3, 4)"},
        {KILN_I32, 1, {5}, "'<i4'", "(5,)"},
        {KILN_I64, 2, {3, 2}, "'<i8'", "(3, 2)"},
        {KILN_U8, 4, {2, 2, 2, 3}, "'|u1'", "(2, 2, 2, 3)"},
        {KILN_F64, 0, {0}, "'<f8'", "()"},
        {KILN_F32, 2, {0, 3}, "'<f4'", "(0, 3)"},
        {KILN_U8, 4, {10, 28, 28, 1}, "'|u1'", "(10, 28, 28, 1)"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        kiln_array a = make_array(cases[c].dt, cases[c].rank, cases[c].dims);
        const char *p = tpath("a.npy");
        CHECK(kiln_npy_write(p, &a) == 0, "npy write case %zu", c);
        kiln_array b;
        CHECK(kiln_npy_read(p, &b) == 0 && same_array(&a, &b),
              "npy round trip case %zu (%s %s)", c, cases[c].descr, cases[c].shape);
        kiln_array_free(&b);

        /* The bytes are numpy's format: magic, version 1.0, a dict naming the
         * dtype and shape, header padded to 64 bytes ending in '\n'. */
        size_t n;
        unsigned char *f = slurp(p, &n);
        int64_t bytes = kiln_array_count(&a) * esize[a.dtype];
        size_t hlen = f && n >= 10 ? (size_t)(f[8] | f[9] << 8) : 0;
        CHECK(f && n >= 10 && memcmp(f, "\x93NUMPY\x01\x00", 8) == 0, "npy magic+version");
        CHECK((10 + hlen) % 64 == 0 && 10 + hlen + (size_t)bytes == n && f[10 + hlen - 1] == '\n',
              "npy header %zu bytes, 64-aligned data, file %zu bytes", hlen, n);
        char want[96];
        snprintf(want, sizeof want, "'descr': %s, 'fortran_order': False, 'shape': %s",
                 cases[c].descr, cases[c].shape);
        CHECK(f && strstr((char *)f + 10, want) != NULL, "npy header holds %s", want);
        CHECK(f && bytes >= 0 && memcmp(f + 10 + hlen, a.data, (size_t)bytes) == 0,
              "npy data bytes are the array's, little-endian C order");
        free(f);
        kiln_array_free(&a);
    }
    CHECK(temp_leftovers() == 0, "npy writer leaves no temp file");
}

/* A version 1.0 or 2.0 .npy written by hand. */
static void write_npy_raw(const char *path, int major, const char *dict, const void *data,
                          size_t n)
{
    size_t dl = strlen(dict);
    unsigned char *b = malloc(12 + dl + n);
    memcpy(b, "\x93NUMPY", 6);
    b[6] = (unsigned char)major;
    b[7] = 0;
    size_t at;
    if (major == 1) {
        b[8] = (unsigned char)dl, b[9] = (unsigned char)(dl >> 8);
        at = 10;
    } else {
        for (int i = 0; i < 4; i++) b[8 + i] = (unsigned char)(dl >> (8 * i));
        at = 12;
    }
    memcpy(b + at, dict, dl);
    memcpy(b + at + dl, data, n);
    write_bytes(path, b, at + dl + n);
    free(b);
}

static void test_npy_handwritten(void)
{
    int32_t v[6] = {1, -2, 3, -4, 5, 2147483647};
    const char *p = tpath("hand.npy");
    /* Unaligned header, exactly as a minimal writer might do it. */
    write_npy_raw(p, 1, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }\n", v,
                  sizeof v);
    kiln_array a;
    CHECK(kiln_npy_read(p, &a) == 0 && a.dtype == KILN_I32 && a.rank == 2 && a.dims[0] == 2 &&
              a.dims[1] == 3 && memcmp(a.data, v, sizeof v) == 0,
          "hand-written v1.0 (2, 3) <i4 read");
    kiln_array_free(&a);

    /* Version 2.0, keys in another order, double quotes, no trailing comma,
     * Python 2's long suffix. */
    double d[4] = {0.5, -1.25, 1e300, -0.0};
    write_npy_raw(p, 2, "{\"shape\": (4L,), \"fortran_order\": False, \"descr\": \"<f8\"}   \n", d,
                  sizeof d);
    CHECK(kiln_npy_read(p, &a) == 0 && a.dtype == KILN_F64 && a.rank == 1 && a.dims[0] == 4 &&
              memcmp(a.data, d, sizeof d) == 0,
          "hand-written v2.0 (4,) <f8 read");
    kiln_array_free(&a);

    /* numpy's own bytes for np.save(f, np.arange(3, dtype=np.int64)) (numpy
     * >= 1.23): the dict, 20 spare spaces for growing the first dim, 40
     * spaces of padding, '\n' -- data at byte 128. */
    char numpy_hdr[160];
    const char *dict = "{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }";
    size_t dl = strlen(dict);
    memcpy(numpy_hdr, dict, dl);
    memset(numpy_hdr + dl, ' ', 20 + 40);
    numpy_hdr[dl + 60] = '\n';
    numpy_hdr[dl + 61] = '\0';
    CHECK(10 + strlen(numpy_hdr) == 128, "numpy reference header is 128 bytes");
    int64_t r3[3] = {0, 1, 2};
    write_npy_raw(p, 1, numpy_hdr, r3, sizeof r3);
    CHECK(kiln_npy_read(p, &a) == 0 && a.dtype == KILN_I64 && a.rank == 1 && a.dims[0] == 3 &&
              ((int64_t *)a.data)[2] == 2,
          "numpy-written arange(3) read");
    kiln_array_free(&a);
    /* numpy pads a full 64 bytes when the header is already aligned: this
     * rank-8 empty shape has a 117-byte dict (with its 20 spare spaces), so
     * 10 + 117 + 1 = 128 and numpy's header is 192 bytes, not 128. */
    kiln_array e8 = {.dtype = KILN_F32, .rank = 8,
                     .dims = {0, 1000, 1000, 1000, 1000, 1000, 1000, 100}, .data = NULL};
    const char *q8 = tpath("aligned.npy");
    size_t n8;
    CHECK(kiln_npy_write(q8, &e8) == 0, "write rank-8 empty array");
    unsigned char *b8 = slurp(q8, &n8);
    CHECK(n8 == 192 && b8 && b8[8] == 182 && b8[9] == 0, "aligned header padded as numpy does "
          "(%zu bytes)", n8);
    free(b8);
    CHECK(kiln_npy_read(q8, &a) == 0 && a.rank == 8 && a.dims[7] == 100 && kiln_array_count(&a) == 0,
          "rank-8 empty array read back");
    kiln_array_free(&a);

    /* ...and our writer produces numpy's bytes for arange(3). */
    kiln_array w = {.dtype = KILN_I64, .rank = 1, .dims = {3}, .data = r3};
    const char *q = tpath("ours.npy");
    CHECK(kiln_npy_write(q, &w) == 0, "write arange(3)");
    size_t n1, n2;
    unsigned char *ours = slurp(q, &n1), *theirs = slurp(p, &n2);
    CHECK(ours && theirs && n1 == n2 && memcmp(ours, theirs, n1) == 0,
          "npy writer output is byte-identical to numpy's");
    free(ours);
    free(theirs);
}

static void test_npy_errors(void)
{
    kiln_array a;
    const char *p = tpath("bad.npy");
    const char *m;
    int rc;
    float f6[6] = {0};

    write_npy_raw(p, 1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }\n", f6,
                  sizeof f6);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1 && a.data == NULL, "fortran_order True rejected");
    CHECK_MSG(m, "fortran", p, "fortran_order", "C-order");

    /* Data cut short: (2, 3) float32 needs 24 bytes; give 20. */
    write_npy_raw(p, 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }\n", f6, 20);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1 && a.data == NULL, "truncated data rejected");
    CHECK_MSG(m, "truncated npy", p, "truncated", "(2, 3)", "24 bytes", "has 20");

    /* A file written by us and then cut. */
    int64_t dims[2] = {4, 4};
    kiln_array full = make_array(KILN_F64, 2, dims);
    CHECK(kiln_npy_write(p, &full) == 0, "write 4x4 f64");
    kiln_array_free(&full);
    struct stat st;
    stat(p, &st);
    CHECK(truncate(p, st.st_size - 1) == 0, "cut file");
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "npy cut by one byte rejected");
    CHECK_MSG(m, "cut npy", "truncated", "128 bytes", "has 127");

    /* Header length beyond the file. */
    unsigned char hb[16] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 0xff, 0x7f, '{'};
    write_bytes(p, hb, sizeof hb);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "header length beyond the file rejected");
    CHECK_MSG(m, "npy hlen", "truncated", "32767");

    write_bytes(p, "PK\3\4 this is a zip", 19);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "bad magic rejected");
    CHECK_MSG(m, "npy magic", "not a .npy file");

    write_npy_raw(p, 3, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }\n", f6, 4);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "version 3.0 rejected");
    CHECK_MSG(m, "npy version", "version 3.0", "1.0 or 2.0");

    write_npy_raw(p, 1, "{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }\n", f6, 4);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "big-endian rejected");
    CHECK_MSG(m, "npy big-endian", "'>f4'", "big-endian", "<f4");

    write_npy_raw(p, 1, "{'descr': '<f2', 'fortran_order': False, 'shape': (2,), }\n", f6, 4);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "float16 rejected");
    CHECK_MSG(m, "npy f2", "'<f2' not supported");

    write_npy_raw(p, 1, "{'descr': '<f4', 'fortran_order': False}\n", f6, 4);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "missing shape rejected");
    CHECK_MSG(m, "npy no shape", "missing 'shape'");

    write_npy_raw(p, 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2; 3), }\n", f6, 24);
    diag_begin();
    rc = kiln_npy_read(p, &a);
    m = diag_end();
    CHECK(rc == -1, "malformed shape rejected");
    CHECK_MSG(m, "npy syntax", "bad .npy header", "',' or ')'");

    /* Writer: bad arrays and unwritable paths fail cleanly, no temp files. */
    kiln_array bad = {.dtype = KILN_F32, .rank = 9};
    diag_begin();
    rc = kiln_npy_write(tpath("r9.npy"), &bad);
    m = diag_end();
    CHECK(rc == -1, "rank 9 write rejected");
    CHECK_MSG(m, "rank 9", "rank 9");
    diag_begin();
    rc = kiln_npy_write(tpath("no/such/dir.npy"), &(kiln_array){.dtype = KILN_U8, .rank = 0,
                                                              .data = "x"});
    m = diag_end();
    CHECK(rc == -1, "write into a missing directory fails");
    CHECK_MSG(m, "no dir", "cannot be written");
    CHECK(temp_leftovers() == 0, "failed writes leave no temp file");
}

/* --------------------------------------------------------- safetensors */

static void test_st_roundtrip(void)
{
    int64_t d0[4] = {3, 3, 1, 8}, d1[1] = {8}, d2[2] = {4, 5}, d3[1] = {7}, d4[1] = {0};
    kiln_array arrs[5] = {make_array(KILN_F32, 4, d0), make_array(KILN_F32, 1, d1),
                          make_array(KILN_I64, 2, d2), make_array(KILN_U8, 1, d3),
                          make_array(KILN_F64, 0, d4)};
    /* Names not in sorted order: the writer must keep this order. */
    const char *names[5] = {"conv2d/kernel", "conv2d/bias", "optimizer/step", "mask", "loss"};
    kiln_named_array t[5];
    for (int i = 0; i < 5; i++) t[i] = (kiln_named_array){names[i], arrs[i]};
    const char *meta[4] = {"format", "kiln", "model", "seed002_cnn \"quoted\" \xc3\xa9"};
    const char *p = tpath("w.safetensors");
    CHECK(kiln_safetensors_write(p, t, 5, meta, 2) == 0, "safetensors write");
    CHECK(temp_leftovers() == 0, "safetensors writer leaves no temp file");

    kiln_safetensors s;
    CHECK(kiln_safetensors_read(p, &s) == 0, "safetensors read");
    CHECK(s.n == 5 && s.n_meta == 2, "5 tensors and 2 metadata pairs (got %d, %d)", s.n, s.n_meta);
    for (int i = 0; i < 5 && i < s.n; i++) {
        CHECK(strcmp(s.t[i].name, names[i]) == 0, "tensor %d is %s (got %s)", i, names[i],
              s.t[i].name);
        CHECK(same_array(&arrs[i], &s.t[i].array), "tensor %s round trips", names[i]);
    }
    const kiln_named_array *f = kiln_safetensors_find(&s, "optimizer/step");
    CHECK(f && f->array.dtype == KILN_I64 && ((int64_t *)f->array.data)[19] == arrs[2].dims[0] * 0 +
                                                                                    19 * 5000000011LL - 9,
          "find optimizer/step, I64 values beyond 2^32 exact");
    CHECK(kiln_safetensors_find(&s, "dense/kernel") == NULL, "find of an absent name is NULL");
    CHECK(s.n_meta == 2 && kiln_safetensors_meta(&s, "format") &&
              strcmp(kiln_safetensors_meta(&s, "format"), "kiln") == 0 &&
              kiln_safetensors_meta(&s, "model") &&
              strcmp(kiln_safetensors_meta(&s, "model"), meta[3]) == 0,
          "metadata values round trip");
    CHECK(kiln_safetensors_meta(&s, "absent") == NULL, "absent metadata is NULL");
    kiln_safetensors_free(&s);

    /* The file itself: LE header length, 8-aligned, names in the given order,
     * offsets contiguous from 0, data after the header. */
    size_t n;
    unsigned char *b = slurp(p, &n);
    uint64_t hl = 0;
    for (int i = 7; i >= 0; i--) hl = hl << 8 | b[i];
    CHECK(hl % 8 == 0 && 8 + hl <= n, "header length %llu is 8-aligned", (unsigned long long)hl);
    char *h = malloc(hl + 1);
    memcpy(h, b + 8, hl);
    h[hl] = 0;
    const char *prev = h;
    for (int i = 0; i < 5; i++) {
        char q[64];
        snprintf(q, sizeof q, "\"%s\"", names[i]);
        const char *at = strstr(h, q);
        CHECK(at && at > prev, "%s appears in order in the header", names[i]);
        if (at) prev = at;
    }
    CHECK(strstr(h, "\"conv2d/kernel\":{\"dtype\":\"F32\",\"shape\":[3,3,1,8],\"data_offsets\":[0,288]}"),
          "first tensor entry: %s", h);
    CHECK(strstr(h, "\"conv2d/bias\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[288,320]}"),
          "second tensor follows contiguously");
    CHECK(memcmp(b + 8 + hl, arrs[0].data, 288) == 0 && memcmp(b + 8 + hl + 288, arrs[1].data, 32) == 0,
          "data bytes in tensor order after the header");
    free(h);
    free(b);

    /* Writing onto an existing file replaces it. */
    CHECK(kiln_safetensors_write(p, t + 1, 1, NULL, 0) == 0, "overwrite");
    CHECK(kiln_safetensors_read(p, &s) == 0 && s.n == 1 && s.n_meta == 0 &&
              strcmp(s.t[0].name, "conv2d/bias") == 0,
          "overwritten file holds only the new tensor");
    kiln_safetensors_free(&s);

    /* Duplicate names are refused and nothing is written. */
    kiln_named_array dup[2] = {t[0], t[0]};
    const char *q = tpath("dup.safetensors");
    diag_begin();
    int rc = kiln_safetensors_write(q, dup, 2, NULL, 0);
    const char *m = diag_end();
    CHECK(rc == -1 && access(q, F_OK) != 0, "duplicate tensor names refused, nothing written");
    CHECK_MSG(m, "dup write", "duplicate", "conv2d/kernel");
    CHECK(temp_leftovers() == 0, "no temp file after a refused write");
    for (int i = 0; i < 5; i++) kiln_array_free(&arrs[i]);
}

/* A safetensors file from a header string and `data` bytes; hl_override
 * replaces the length field when nonzero. */
static void write_st_raw(const char *path, const char *hdr, uint64_t hl_override, size_t data)
{
    size_t hl = strlen(hdr);
    uint64_t field = hl_override ? hl_override : hl;
    unsigned char *b = calloc(1, 8 + hl + data);
    for (int i = 0; i < 8; i++) b[i] = (unsigned char)(field >> (8 * i));
    memcpy(b + 8, hdr, hl);
    write_bytes(path, b, 8 + hl + data);
    free(b);
}

static void test_st_errors(void)
{
    const char *p = tpath("bad.safetensors");
    kiln_safetensors s;
    const char *m;
    int rc;

    /* A hand-written valid file first, so the cases below differ from a good
     * one only in the broken part. */
    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 0, 8);
    CHECK(kiln_safetensors_read(p, &s) == 0 && s.n == 1 && s.t[0].array.dims[0] == 2,
          "hand-written safetensors read");
    kiln_safetensors_free(&s);

    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}",
                 0x4000000000000000ull, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1 && s.t == NULL && s.n == 0, "huge header length rejected");
    CHECK_MSG(m, "huge hlen", p, "corrupt header length 4611686018427387904");

    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 1000, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "header length past the end rejected");
    CHECK_MSG(m, "hlen past end", "corrupt header length 1000", "file is 70 bytes");

    write_bytes(p, "\x05\0\0", 3);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "3-byte file rejected");
    CHECK_MSG(m, "tiny", "truncated", "8-byte header length");

    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,400]}}", 0, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1 && s.n == 0, "data_offsets past the data rejected");
    CHECK_MSG(m, "offsets range", "'w'", "data_offsets [0, 400]", "8 bytes of data");

    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,4]}}", 0, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "reversed data_offsets rejected");
    CHECK_MSG(m, "offsets reversed", "begin <= end");

    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 0, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "shape/offsets size mismatch rejected");
    CHECK_MSG(m, "shape mismatch", "(3,)", "needs 12 bytes", "span 8");

    /* A good first tensor and a broken second: nothing returned. */
    write_st_raw(p,
                 "{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]},"
                 "\"b\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[4,8]}}",
                 0, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1 && s.t == NULL && s.n == 0, "unsupported dtype rejected, nothing half-filled");
    CHECK_MSG(m, "bf16", "'b'", "BF16 not supported");

    write_st_raw(p, "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_off", 0, 8);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "broken JSON rejected");
    CHECK_MSG(m, "json", "not a JSON object", "syntax error");

    write_st_raw(p, "{\"__metadata__\":{\"k\":3}}", 0, 0);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "non-string metadata rejected");
    CHECK_MSG(m, "meta", "__metadata__", "'k'", "not a string");

    write_st_raw(p,
                 "{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},"
                 "\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}",
                 0, 1);
    diag_begin();
    rc = kiln_safetensors_read(p, &s);
    m = diag_end();
    CHECK(rc == -1, "duplicate names rejected");
    CHECK_MSG(m, "dup read", "duplicate entry 'w'");
}

/* ---------------------------------------------------------------- main */

/* CRC-32C check values: "123456789" -> 0xE3069283 (the catalogue's check
 * value of CRC-32/ISCSI), and the three 32-byte vectors of RFC 3720 (iSCSI)
 * appendix B.4: zeros 0x8A9136AA, 0xFF bytes 0x62A8AB43, 0..31 0x46DD794E. */
static void test_crc32c(void)
{
    CHECK(kiln_crc32c("123456789", 9) == 0xE3069283u, "CRC-32C(\"123456789\") = %08x",
          kiln_crc32c("123456789", 9));
    unsigned char z[32] = {0}, ff[32], inc[32];
    for (int i = 0; i < 32; i++) ff[i] = 0xFF, inc[i] = (unsigned char)i;
    CHECK(kiln_crc32c(z, 32) == 0x8A9136AAu, "RFC 3720 zeros: %08x", kiln_crc32c(z, 32));
    CHECK(kiln_crc32c(ff, 32) == 0x62A8AB43u, "RFC 3720 ones: %08x", kiln_crc32c(ff, 32));
    CHECK(kiln_crc32c(inc, 32) == 0x46DD794Eu, "RFC 3720 incrementing: %08x",
          kiln_crc32c(inc, 32));
    CHECK(kiln_crc32c("", 0) == 0, "CRC-32C of nothing is 0");
    /* TFRecord's mask: rotate right by 15, add 0xa282ead8 */
    uint32_t c = 0xE3069283u, want = ((c >> 15) | (c << 17)) + 0xa282ead8u;
    CHECK(kiln_crc32c_masked("123456789", 9) == want, "masked CRC %08x, want %08x",
          kiln_crc32c_masked("123456789", 9), want);

    /* one record: u64 LE length, masked CRC of it, data, masked CRC of data */
    const char *path = tpath("r.tfrecord");
    FILE *f = fopen(path, "wb");
    CHECK(f && kiln_tfrecord_write(f, "abc", 3) == 0, "write a record");
    if (f) fclose(f);
    size_t n;
    unsigned char *b = slurp(path, &n);
    CHECK(b && n == 8 + 4 + 3 + 4, "a 3-byte record takes 19 bytes, got %zu", n);
    if (b && n == 19) {
        uint64_t len;
        uint32_t lc, dc;
        memcpy(&len, b, 8);
        memcpy(&lc, b + 8, 4);
        memcpy(&dc, b + 15, 4);
        CHECK(len == 3 && b[0] == 3 && b[7] == 0, "little-endian length");
        CHECK(lc == kiln_crc32c_masked(b, 8) && dc == kiln_crc32c_masked("abc", 3) &&
                  !memcmp(b + 12, "abc", 3),
              "masked CRCs of the length and of the data");
    }
    free(b);
}

int main(void)
{
    tmp = test_tmpdir();
    test_crc32c();
    test_npy_roundtrip();
    test_npy_handwritten();
    test_npy_errors();
    test_st_roundtrip();
    test_st_errors();
    return test_finish();
}
