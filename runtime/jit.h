/* jit.h — C source in, callable functions out (docs/architecture.md §5).
 *
 * The one C++ file (jit.cpp) compiles C with Clang's frontend (libclang-cpp)
 * to an object and loads it into LLVM ORC LLJIT; symbols the code needs
 * (libomp, libm, libc) resolve from this process. Objects are cached under
 * $XDG_CACHE_HOME/kiln (default ~/.cache/kiln) keyed by SHA-256 of source +
 * flags + compiler version + host CPU, written atomically; a corrupt entry is
 * rebuilt. The driver mode builds a shared object with the clang-19 driver
 * and dlopens it instead.
 */
#ifndef KILN_JIT_H
#define KILN_JIT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { KILN_JIT_ORC = 0, KILN_JIT_DRIVER = 1 } kiln_jit_mode;

typedef struct kiln_jit kiln_jit;

typedef struct {
    kiln_jit_mode mode;
    const char *opt_level;   /* "-O3" */
    const char *march;       /* "native" (default) or e.g. "x86-64-v3" */
    int use_cache;           /* 1: read and write the object cache */
    int verbose;             /* print cache hits/misses and timings */
} kiln_jit_options;

/* Compiles `source` (a whole C17 translation unit, `len` bytes) whose
 * diagnostics should name `path` (the generated file's path; it need not
 * exist). Flags: opt_level -march=<march> -ffp-contract=fast -fopenmp.
 * On a compile error Clang's messages are printed to stderr against `path`
 * and NULL is returned. */
kiln_jit *kiln_jit_compile(const char *path, const char *source, long len,
                           const kiln_jit_options *opt);

/* Address of an exported symbol, or NULL. */
void *kiln_jit_lookup(kiln_jit *j, const char *name);

void kiln_jit_free(kiln_jit *j);

/* Cache directory in use ($XDG_CACHE_HOME/kiln or ~/.cache/kiln). */
const char *kiln_cache_dir(void);

#ifdef __cplusplus
}
#endif
#endif
