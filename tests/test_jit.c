/* test_jit.c — the JIT (runtime/jit.h): C source in, working functions out.
 *
 * Runs with XDG_CACHE_HOME pointing at a fresh temporary directory, so the
 * cache starts cold and the user's ~/.cache is never touched. Checks:
 *   - ORC mode: an OpenMP parallel reduction returns the exact sum of a
 *     series, omp_get_max_threads() called from JIT'd code agrees with the
 *     process's, a parallel region really has that many threads,
 *     sqrtf/expf give exact values, and sqrtf(-1) is a NaN (no fast-math);
 *   - the cache: the first compile is a miss that leaves exactly one <key>.o,
 *     the second is a hit that leaves that file untouched (inode, mtime);
 *     a flipped byte or a truncation is detected (note when verbose), the
 *     code still works and the entry is rewritten byte-identical;
 *     use_cache=0 neither reads nor writes it;
 *   - errors: a syntax error gives NULL and "PATH:LINE:COL: error" on
 *     stderr (both modes); an undefined function gives NULL at compile time
 *     naming it; -Ofast is refused; a missing symbol looks up as NULL;
 *   - driver mode: the same functions from a dlopened .so, cached too.
 */
#include "jit.h"
#include "testutil.h"

#include <fcntl.h>
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>
#include <ftw.h>
#include <unistd.h>

static const char good_src[] =
    "#include <math.h>\n"
    "#include <omp.h>\n"
    "#include <stdint.h>\n"
    "\n"
    "/* sum of i for i in [0, n) */\n"
    "int64_t series_sum(int64_t n)\n"
    "{\n"
    "    int64_t s = 0;\n"
    "#pragma omp parallel for reduction(+ : s)\n"
    "    for (int64_t i = 0; i < n; i++) s += i;\n"
    "    return s;\n"
    "}\n"
    "\n"
    "int max_threads(void) { return omp_get_max_threads(); }\n"
    "\n"
    "int team_size(void)\n"
    "{\n"
    "    int t = 0;\n"
    "#pragma omp parallel\n"
    "    {\n"
    "#pragma omp single\n"
    "        t = omp_get_num_threads();\n"
    "    }\n"
    "    return t;\n"
    "}\n"
    "\n"
    "float root_exp(float x, float y) { return sqrtf(x) * expf(y); }\n";

/* Line 2, column 13 is the ';' where an expression is expected. */
static const char bad_src[] =
    "int f(void) {\n"
    "  return 1 +;\n"
    "}\n";

static const char undefined_src[] =
    "void kiln_test_not_defined_anywhere(void);\n"
    "void g(void) { kiln_test_not_defined_anywhere(); }\n";

/* ---- stderr capture: fd 2 goes to a file between begin and end ---- */

static char cap_path[4096];
static int cap_saved = -1;

static void capture_begin(void)
{
    fflush(stderr);
    cap_saved = dup(2);
    int fd = open(cap_path, O_CREAT | O_TRUNC | O_WRONLY, 0600);
    dup2(fd, 2);
    close(fd);
}

/* The captured text (malloc'd), echoed to the real stderr for the log. */
static char *capture_end(void)
{
    fflush(stderr);
    dup2(cap_saved, 2);
    close(cap_saved);
    FILE *f = fopen(cap_path, "rb");
    char *buf = calloc(1, 1 << 16);
    size_t n = f ? fread(buf, 1, (1 << 16) - 1, f) : 0;
    buf[n] = 0;
    if (f) fclose(f);
    fputs(buf, stderr);
    return buf;
}

/* ---- cache directory inspection ---- */

/* Number of files in `dir` whose names end with `ext`; the last one's
 * full path goes to `last` (may be NULL). */
static int count_ext(const char *dir, const char *ext, char *last, size_t cap)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    size_t el = strlen(ext);
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > el && strcmp(e->d_name + l - el, ext) == 0) {
            n++;
            if (last) snprintf(last, cap, "%s/%s", dir, e->d_name);
        }
    }
    if (d) closedir(d);
    return n;
}

static int count_all(const char *dir)
{
    return count_ext(dir, "", NULL, 0);
}

static char *read_all(const char *path, long *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(*len + 1);
    if (fread(buf, 1, *len, f) != (size_t)*len) *len = -1;
    fclose(f);
    return buf;
}

static void write_all(const char *path, const char *buf, long len)
{
    FILE *f = fopen(path, "wb");
    fwrite(buf, 1, len, f);
    fclose(f);
}

/* ---- the checks ---- */

typedef int64_t (*sum_fn)(int64_t);
typedef int (*int_fn)(void);
typedef float (*rexp_fn)(float, float);

/* The functions of good_src behave exactly as they must. */
static void check_good(kiln_jit *j, const char *what)
{
    CHECK(j != NULL, "%s: compile failed", what);
    if (!j) return;
    sum_fn sum = (sum_fn)kiln_jit_lookup(j, "series_sum");
    int_fn maxt = (int_fn)kiln_jit_lookup(j, "max_threads");
    int_fn team = (int_fn)kiln_jit_lookup(j, "team_size");
    rexp_fn rexp = (rexp_fn)kiln_jit_lookup(j, "root_exp");
    CHECK(sum && maxt && team && rexp, "%s: a symbol is missing", what);
    if (!(sum && maxt && team && rexp)) return;

    int64_t n = 10 * 1000 * 1000;
    CHECK(sum(n) == n * (n - 1) / 2, "%s: series_sum(%lld) = %lld, want %lld", what,
          (long long)n, (long long)sum(n), (long long)(n * (n - 1) / 2));
    CHECK(sum(0) == 0, "%s: empty sum", what);
    CHECK(maxt() == omp_get_max_threads(), "%s: omp_get_max_threads %d in JIT, %d here", what,
          maxt(), omp_get_max_threads());
    CHECK(team() == omp_get_max_threads(), "%s: parallel team of %d, want %d", what, team(),
          omp_get_max_threads());
    CHECK(rexp(16.0f, 0.0f) == 4.0f, "%s: sqrtf(16)*expf(0) = %g", what, rexp(16.0f, 0.0f));
    CHECK(rexp(2.25f, 0.0f) == 1.5f, "%s: sqrtf(2.25)*expf(0) = %g", what, rexp(2.25f, 0.0f));
    volatile float one = 1.0f;
    CHECK(rexp(1.0f, 1.0f) == expf(one), "%s: expf(1) = %.9g, libm %.9g", what,
          rexp(1.0f, 1.0f), expf(one));
    CHECK(isnan(rexp(-1.0f, 0.0f)), "%s: sqrtf(-1) is not NaN (fast-math?)", what);
    CHECK(kiln_jit_lookup(j, "no_such_kernel") == NULL, "%s: missing symbol found", what);
}

static void test_orc_and_cache(const char *cache)
{
    kiln_jit_options opt = {KILN_JIT_ORC, "-O3", "native", 1, 1};
    const char *path = "generated/test_jit_good.c";
    char obj[4096] = "";

    capture_begin();
    kiln_jit *j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &opt);
    char *err = capture_end();
    check_good(j, "orc cold");
    CHECK(strstr(err, "kiln: jit: compiled generated/test_jit_good.c in ") &&
              strstr(err, "(cache miss)"),
          "verbose line of a cold compile: %s", err);
    free(err);
    kiln_jit_free(j);
    CHECK(count_ext(cache, ".o", obj, sizeof obj) == 1, "one .o in the cache after a miss");
    struct stat st1, st2;
    CHECK(stat(obj, &st1) == 0, "stat %s", obj);
    long good_len = 0;
    char *good_bytes = read_all(obj, &good_len);

    /* Hit: the same entry, not rewritten. */
    capture_begin();
    j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &opt);
    err = capture_end();
    check_good(j, "orc cached");
    CHECK(strstr(err, "(cache hit)") != NULL, "second compile is a hit: %s", err);
    free(err);
    kiln_jit_free(j);
    CHECK(count_ext(cache, ".o", NULL, 0) == 1, "still one .o after a hit");
    CHECK(stat(obj, &st2) == 0 && st2.st_ino == st1.st_ino &&
              st2.st_mtim.tv_sec == st1.st_mtim.tv_sec &&
              st2.st_mtim.tv_nsec == st1.st_mtim.tv_nsec,
          "a hit leaves the entry untouched");

    /* Corruptions: a flipped byte mid-file, half the file, a stub. */
    long cuts[] = {good_len, good_len / 2, 10};
    for (int k = 0; k < 3; k++) {
        char *bad = malloc(good_len);
        memcpy(bad, good_bytes, good_len);
        if (k == 0) bad[good_len / 3] ^= 0x5a;
        write_all(obj, bad, cuts[k]);
        free(bad);
        capture_begin();
        j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &opt);
        err = capture_end();
        check_good(j, "orc after corruption");
        CHECK(strstr(err, "is corrupt") && strstr(err, "(cache miss)"),
              "corruption %d noted and rebuilt: %s", k, err);
        free(err);
        kiln_jit_free(j);
        long len = 0;
        char *now = read_all(obj, &len);
        CHECK(now && len == good_len && memcmp(now, good_bytes, len) == 0,
              "corruption %d: entry rewritten as before (%ld bytes, want %ld)", k, len, good_len);
        free(now);
        CHECK(count_ext(cache, ".o", NULL, 0) == 1 && count_ext(cache, ".tmp", NULL, 0) == 0,
              "corruption %d: one .o, no temporaries left", k);
    }
    free(good_bytes);

    /* use_cache = 0: works, and the cache directory does not change. */
    int before = count_all(cache);
    kiln_jit_options nocache = {KILN_JIT_ORC, "-O2", "native", 0, 0};
    j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &nocache);
    check_good(j, "orc without cache");
    kiln_jit_free(j);
    CHECK(count_all(cache) == before, "use_cache=0 wrote to the cache");

    /* A named CPU (x86-64 baseline runs everywhere x86-64 does). */
#if defined(__x86_64__)
    kiln_jit_options base = {KILN_JIT_ORC, NULL, "x86-64", 1, 0};
    j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &base);
    check_good(j, "orc -march=x86-64");
    kiln_jit_free(j);
    CHECK(count_ext(cache, ".o", NULL, 0) == 2, "another -march is another cache entry");
#endif
}

static void test_errors(void)
{
    const char *path = "generated/test_jit_bad.c";
    kiln_jit_options modes[2] = {{KILN_JIT_ORC, "-O3", NULL, 1, 0},
                                 {KILN_JIT_DRIVER, "-O3", NULL, 1, 0}};
    for (int m = 0; m < 2; m++) {
        capture_begin();
        kiln_jit *j = kiln_jit_compile(path, bad_src, sizeof bad_src - 1, &modes[m]);
        char *err = capture_end();
        CHECK(j == NULL, "mode %d: a syntax error compiled", m);
        CHECK(strstr(err, "generated/test_jit_bad.c:2:13: error") != NULL,
              "mode %d: error names PATH:LINE:COL: %s", m, err);
        free(err);
        kiln_jit_free(j);
    }

    capture_begin();
    kiln_jit *j = kiln_jit_compile("generated/test_jit_undef.c", undefined_src,
                                   sizeof undefined_src - 1, &modes[0]);
    char *err = capture_end();
    CHECK(j == NULL, "an undefined function linked");
    CHECK(strstr(err, "kiln_test_not_defined_anywhere") != NULL,
          "the undefined symbol is named: %s", err);
    free(err);
    kiln_jit_free(j);

    kiln_jit_options fast = {KILN_JIT_ORC, "-Ofast", NULL, 1, 0};
    capture_begin();
    j = kiln_jit_compile("x.c", good_src, sizeof good_src - 1, &fast);
    err = capture_end();
    CHECK(j == NULL && strstr(err, "-Ofast"), "-Ofast refused: %s", err);
    free(err);
}

static void test_driver(const char *cache)
{
    kiln_jit_options opt = {KILN_JIT_DRIVER, "-O3", "native", 1, 1};
    const char *path = "generated/test_jit_good.c";

    capture_begin();
    kiln_jit *j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &opt);
    char *err = capture_end();
    check_good(j, "driver cold");
    CHECK(strstr(err, "(cache miss)") != NULL, "driver: first compile is a miss: %s", err);
    free(err);
    kiln_jit_free(j);
    char so[4096] = "";
    CHECK(count_ext(cache, ".so", so, sizeof so) == 1, "driver: one .so in the cache");
    struct stat st1, st2;
    stat(so, &st1);

    capture_begin();
    j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &opt);
    err = capture_end();
    check_good(j, "driver cached");
    CHECK(strstr(err, "(cache hit)") != NULL, "driver: second compile is a hit: %s", err);
    free(err);
    kiln_jit_free(j);
    CHECK(stat(so, &st2) == 0 && st2.st_ino == st1.st_ino, "driver: a hit reuses the .so");

    kiln_jit_options nocache = {KILN_JIT_DRIVER, "-O1", "native", 0, 0};
    int before = count_all(cache);
    j = kiln_jit_compile(path, good_src, sizeof good_src - 1, &nocache);
    check_good(j, "driver without cache");
    kiln_jit_free(j);
    CHECK(count_all(cache) == before, "driver: use_cache=0 leaves no files");
}

int main(void)
{
    const char *tmp = test_tmpdir();
    setenv("XDG_CACHE_HOME", tmp, 1); /* before anything reads the cache */
    snprintf(cap_path, sizeof cap_path, "%s/stderr.txt", tmp);
    char cache[4096];
    snprintf(cache, sizeof cache, "%s/kiln", tmp);

    const char *dir = kiln_cache_dir();
    CHECK(dir && strcmp(dir, cache) == 0, "cache dir %s, want %s", dir ? dir : "(null)", cache);
    struct stat st;
    CHECK(stat(cache, &st) == 0 && S_ISDIR(st.st_mode), "cache dir created");

    test_orc_and_cache(cache);
    test_errors();
    test_driver(cache);
    CHECK(kiln_jit_lookup(NULL, "series_sum") == NULL, "lookup on NULL");
    kiln_jit_free(NULL);
    return test_finish();
}
