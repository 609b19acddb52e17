/* peak.c — the FMA-peak probe (peak.h). */
#include "peak.h"

#include <immintrin.h>
#include <omp.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

double kiln_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

const char *kiln_cpu_model(void)
{
    static char model[256];
    if (model[0]) return model;
    snprintf(model, sizeof model, "unknown CPU");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f) return model;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "model name", 10) != 0) continue;
        const char *c = strchr(line, ':');
        if (!c) continue;
        c++;
        while (*c == ' ' || *c == '\t') c++;
        size_t n = strcspn(c, "\n");
        if (n >= sizeof model) n = sizeof model - 1;
        memcpy(model, c, n);
        model[n] = 0;
        break;
    }
    fclose(f);
    return model;
}

int kiln_cpu_count(void)
{
    int n = omp_get_num_procs();
    return n > 0 ? n : 1;
}

/* b and c from memory the compiler cannot see through, so the chains are
 * neither folded nor shortened: a <- a * b + c converges to c / (1 - b)
 * without overflow or denormals. */
static volatile float g_b = 0.999999f, g_c = 1e-6f;

#define CHAINS_8(X, o) X(o + 0) X(o + 1) X(o + 2) X(o + 3) X(o + 4) X(o + 5) X(o + 6) X(o + 7)

/* 24 chains of zmm FMAs: 24 * 16 * 2 = 768 FLOPs per iteration. */
__attribute__((target("avx512f"), noinline)) static float chains_avx512(long iters)
{
    const __m512 b = _mm512_set1_ps(g_b), c = _mm512_set1_ps(g_c);
    __m512 a[24];
    for (int i = 0; i < 24; i++) a[i] = _mm512_set1_ps(1.0f + (float)i * 0.01f);
    for (long it = 0; it < iters; it++) {
#define FMA(i) a[i] = _mm512_fmadd_ps(a[i], b, c);
        CHAINS_8(FMA, 0) CHAINS_8(FMA, 8) CHAINS_8(FMA, 16)
#undef FMA
    }
    __m512 s = a[0];
    for (int i = 1; i < 24; i++) s = _mm512_add_ps(s, a[i]);
    return _mm512_reduce_add_ps(s);
}

/* 12 chains of ymm FMAs: 12 * 8 * 2 = 192 FLOPs per iteration. */
__attribute__((target("avx2,fma"), noinline)) static float chains_avx2(long iters)
{
    const __m256 b = _mm256_set1_ps(g_b), c = _mm256_set1_ps(g_c);
    __m256 a[12];
    for (int i = 0; i < 12; i++) a[i] = _mm256_set1_ps(1.0f + (float)i * 0.01f);
    for (long it = 0; it < iters; it++) {
#define FMA(i) a[i] = _mm256_fmadd_ps(a[i], b, c);
        CHAINS_8(FMA, 0) FMA(8) FMA(9) FMA(10) FMA(11)
#undef FMA
    }
    __m256 s = a[0];
    for (int i = 1; i < 12; i++) s = _mm256_add_ps(s, a[i]);
    float lanes[8];
    _mm256_storeu_ps(lanes, s);
    return lanes[0] + lanes[1] + lanes[2] + lanes[3] + lanes[4] + lanes[5] + lanes[6] + lanes[7];
}

typedef float (*chains_fn)(long iters);

static chains_fn probe_of(const kiln_isa *isa, double *flops_per_iter)
{
    if (!isa) return NULL;
    if (!strcmp(isa->name, "avx512")) {
        *flops_per_iter = 24.0 * 16 * 2;
        return chains_avx512;
    }
    if (!strcmp(isa->name, "avx2")) {
        *flops_per_iter = 12.0 * 8 * 2;
        return chains_avx2;
    }
    return NULL;
}

int kiln_peak_has_probe(const kiln_isa *isa)
{
    double f;
    return probe_of(isa, &f) != NULL;
}

static volatile float g_sink;

/* Seconds for every thread of a team of `threads` to run `iters` iterations. */
static double timed_run(chains_fn fn, long iters, int threads)
{
    double t0 = 0, t1 = 0;
#pragma omp parallel num_threads(threads)
    {
#pragma omp barrier
#pragma omp master
        t0 = kiln_now();
        float r = fn(iters);
#pragma omp barrier
#pragma omp master
        t1 = kiln_now();
#pragma omp critical
        g_sink += r;
    }
    return t1 - t0;
}

double kiln_peak_measure(const kiln_isa *isa, int threads, double seconds, int runs)
{
    double fpi = 0;
    chains_fn fn = probe_of(isa, &fpi);
    if (!fn || !kiln_isa_runs_here(isa)) return 0;
    if (threads < 1) threads = 1;
    if (runs < 1) runs = 1;
    /* calibrate: grow until a run takes a tenth of the target */
    long iters = 1 << 12;
    double t = timed_run(fn, iters, threads);
    while (t < seconds / 10 && iters < (1L << 40)) {
        iters *= 4;
        t = timed_run(fn, iters, threads);
    }
    iters = (long)((double)iters * seconds / (t > 0 ? t : 1e-9));
    if (iters < 1) iters = 1;
    timed_run(fn, iters, threads); /* warm-up at the sustained clock */
    double best = 0;
    for (int r = 0; r < runs; r++) {
        double s = timed_run(fn, iters, threads);
        double g = fpi * (double)iters * threads / s * 1e-9;
        if (g > best) best = g;
    }
    return best;
}
