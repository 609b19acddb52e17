/* bench.c — kiln bench: the whole training step and batch-1 inference, kiln
 * beside PyTorch on the same batch, with the machine's measured peak
 * (bench.h, docs/architecture.md §9).
 *
 * One invocation, in this order: the FMA peak of every ISA with a probe at
 * 1, 2, T and all threads; kiln: compile the model cold (JIT cache off) and
 * cached (a cache hit), train W warm-up and N timed steps on one batch, then
 * compile a batch-1 specialisation and time predict; PyTorch
 * (bench/torch_baseline.py --bench, Debian's python3-torch) on the very same
 * batch (a temporary .npy), with 1, 2 and T threads, the fastest kept for
 * each figure.  Ratios are PyTorch time / kiln time: above 1, kiln is faster.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "bench.h"
#include "data.h"
#include "diag.h"
#include "formats.h"
#include "peak.h"
#include "report.h"
#include "subprocess.h"
#include "train.h"

#ifndef KILN_BENCH_DIR
#define KILN_BENCH_DIR "bench"
#endif

enum { WARMUP_STEPS = 3 };

/* ---- the peak table ------------------------------------------------------ */

typedef struct {
    const kiln_isa *isa;
    int threads;
    double gflops;            /* 0: not measured */
} peak_row;

typedef struct {
    peak_row r[32];
    int n;
} peak_table;

static void add_count(int *v, int *n, int t, int cpus)
{
    if (t < 1 || t > cpus) return;
    for (int i = 0; i < *n; i++)
        if (v[i] == t) return;
    v[(*n)++] = t;
    for (int i = *n - 1; i > 0 && v[i] < v[i - 1]; i--) {
        int s = v[i];
        v[i] = v[i - 1];
        v[i - 1] = s;
    }
}

/* Measures every ISA with a probe at each thread count of `counts`. */
static void measure_peaks(const int *counts, int nc, double seconds, peak_table *pt)
{
    pt->n = 0;
    for (const kiln_isa *isa = kiln_isas; isa->name; isa++) {
        if (!kiln_peak_has_probe(isa)) continue;
        for (int i = 0; i < nc && pt->n < 32; i++) {
            peak_row *r = &pt->r[pt->n++];
            r->isa = isa;
            r->threads = counts[i];
            r->gflops = kiln_peak_measure(isa, counts[i], seconds, 5);
        }
    }
}

/* The measured peak of isa at `threads` (0 if none). For generic modules,
 * the widest ISA's: plain C has no peak of its own, the machine's is what it
 * forgoes. */
static double peak_of(const peak_table *pt, const kiln_isa *isa, int threads, const char **which)
{
    if (!kiln_peak_has_probe(isa)) isa = kiln_isa_host();
    *which = isa->name;
    for (int i = 0; i < pt->n; i++)
        if (pt->r[i].isa == isa && pt->r[i].threads == threads) return pt->r[i].gflops;
    return 0;
}

static void print_peaks(const peak_table *pt, double seconds)
{
    printf("machine: %s, %d logical CPUs\n", kiln_cpu_model(), kiln_cpu_count());
    printf("FMA peak, FP32, measured (best of 5 runs of %.0f ms; an FMA = 2 FLOPs per lane):\n",
           seconds * 1e3);
    const kiln_isa *last = NULL;
    for (int i = 0; i < pt->n; i++) {
        const peak_row *r = &pt->r[i];
        if (r->isa != last) {
            if (last) putchar('\n');
            printf("  %-7s", r->isa->name);
            last = r->isa;
            if (!r->gflops) {
                printf(" not measured: this CPU or OS does not run %s", r->isa->what);
                while (i + 1 < pt->n && pt->r[i + 1].isa == r->isa) i++;
                continue;
            }
        }
        printf("  %d thread%s %8.1f GFLOP/s", r->threads, r->threads == 1 ? ": " : "s:",
               r->gflops);
    }
    if (last) putchar('\n');
}

static cJSON *peaks_json(const peak_table *pt, double seconds)
{
    cJSON *m = cJSON_CreateObject(), *a = cJSON_CreateArray();
    cJSON_AddStringToObject(m, "cpu", kiln_cpu_model());
    cJSON_AddNumberToObject(m, "logical_cpus", kiln_cpu_count());
    cJSON_AddItemToObject(m, "peak_run_seconds", kiln_json_double(seconds));
    for (int i = 0; i < pt->n; i++) {
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "isa", pt->r[i].isa->name);
        cJSON_AddNumberToObject(r, "threads", pt->r[i].threads);
        cJSON_AddBoolToObject(r, "runs_here", pt->r[i].gflops > 0);
        if (pt->r[i].gflops > 0) cJSON_AddItemToObject(r, "gflops", kiln_json_double(pt->r[i].gflops));
        else cJSON_AddNullToObject(r, "gflops");
        cJSON_AddItemToArray(a, r);
    }
    cJSON_AddItemToObject(m, "peak", a);
    return m;
}

static int print_json(cJSON *root)
{
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text) {
        kiln_error("out of memory formatting JSON");
        return 1;
    }
    puts(text);
    free(text);
    return 0;
}

/* ---- kiln's side ----------------------------------------------------------- */

typedef struct {
    kiln_arena arena;
    kiln_model model;
    kiln_compiled comp;
    kiln_module *mod;
    char display[1024];
} built;

/* Parses and compiles o->model_path for `batch`; 0, 2 (model errors). */
static int compile_model(const kiln_bench_options *o, int batch, built *b, double *seconds)
{
    memset(b, 0, sizeof *b);
    double t0 = kiln_now();
    kiln_loaded_model lm;
    if (kiln_load_model(o->model_path, &o->load, &b->arena, &lm) != 0) return 2;
    kiln_loaded_model_free(&lm);
    b->model = lm.model;
    kiln_compile_options co = {.batch = batch, .isa = o->isa};
    if (kiln_compile(&b->model, &co, &b->arena, &b->comp) != 0) return 2;
    *seconds = kiln_now() - t0;
    snprintf(b->display, sizeof b->display, "generated/%s/%s.c", b->model.name, b->model.name);
    const kiln_isa *isa = b->comp.graph->isa;
    if (!kiln_isa_runs_here(isa)) {
        kiln_error("this CPU cannot run %s kernels (%s); the widest ISA it runs is %s: pick "
                   "--isa %s", isa->name, isa->what, kiln_isa_host()->name, kiln_isa_host()->name);
        return 2;
    }
    return 0;
}

/* JIT-compiles b (cache on or off); seconds taken, or -1 on failure. */
static double jit(built *b, int use_cache, int verbose, kiln_module **out)
{
    kiln_jit_options jo = {.mode = KILN_JIT_ORC, .opt_level = "-O3",
                           .march = b->comp.graph->isa->march, .use_cache = use_cache,
                           .verbose = verbose};
    double t0 = kiln_now();
    *out = kiln_module_jit(&b->comp, b->display, &jo);
    return *out ? kiln_now() - t0 : -1;
}

typedef struct {
    int steps;
    double step_med, step_min;      /* seconds */
    double loss_first, loss_last;
    double train_flops;             /* per step, train_step kernels */
    double infer1_med;              /* seconds */
    int infer1_calls;
    double codegen, jit_cold, jit_cached, codegen1, jit1;  /* seconds */
} kiln_result;

static double entry_flops(const kiln_module_desc *d, int entry)
{
    double f = 0;
    for (int i = 0; i < d->n_kernels; i++)
        if (d->kernels[i].entries & entry) f += d->kernels[i].flops;
    return f;
}

static int kiln_side(const kiln_bench_options *o, kiln_bench_batch *batch, kiln_result *r,
                     char *model_name, int name_len, kiln_module_desc *shape, const kiln_isa **isa)
{
    built b;
    int rc = compile_model(o, o->batch, &b, &r->codegen);
    if (rc) {
        kiln_arena_free(&b.arena);
        return rc;
    }
    snprintf(model_name, (size_t)name_len, "%s", b.model.name);
    *isa = b.comp.graph->isa;
    kiln_module *m = NULL;
    r->jit_cold = jit(&b, 0, o->verbose, &m);
    if (r->jit_cold < 0) return 1;
    kiln_module_free(m);
    double t1 = jit(&b, 1, o->verbose, &m); /* a miss writes the entry, or already a hit */
    if (t1 < 0) return 1;
    kiln_module_free(m);
    double t2 = jit(&b, 1, o->verbose, &m);
    if (t2 < 0) return 1;
    r->jit_cached = t1 < t2 ? t1 : t2;
    shape->batch = m->desc->batch;
    shape->in_rank = m->desc->in_rank;
    memcpy(shape->in_dims, m->desc->in_dims, sizeof shape->in_dims);
    r->train_flops = entry_flops(m->desc, 1);

    if (kiln_bench_batch_make(m, o->data, batch) != 0) {
        kiln_module_free(m);
        kiln_arena_free(&b.arena);
        return 2;
    }
    const float lr = b.model.optimizer.learning_rate;
    kiln_module_init_weights(m, 0);
    double warm = 0;
    for (int i = 0; i < WARMUP_STEPS; i++) {
        kiln_step s = kiln_bench_step(m, batch, lr);
        double t0 = kiln_now();
        m->train_step(&s);
        warm += kiln_now() - t0;
        m->step = s.step;
        if (i == 0) r->loss_first = s.loss;
    }
    int steps = o->steps;
    if (steps <= 0) {
        double per = warm / WARMUP_STEPS;
        steps = per > 0 ? (int)ceil(2.0 / per) : 2000;
        if (steps < 10) steps = 10;
        if (steps > 2000) steps = 2000;
    }
    double *t = malloc((size_t)steps * sizeof *t);
    if (!t) {
        kiln_error("out of memory");
        return 1;
    }
    for (int i = 0; i < steps; i++) {
        kiln_step s = kiln_bench_step(m, batch, lr);
        double t0 = kiln_now();
        m->train_step(&s);
        t[i] = kiln_now() - t0;
        m->step = s.step;
        r->loss_last = s.loss;
    }
    r->steps = steps;
    r->step_min = t[0];
    for (int i = 1; i < steps; i++)
        if (t[i] < r->step_min) r->step_min = t[i];
    r->step_med = kiln_median(t, steps);
    free(t);

    /* batch-1 inference: a specialisation compiled for batch 1 */
    built b1;
    rc = compile_model(o, 1, &b1, &r->codegen1);
    if (rc) {
        kiln_module_free(m);
        kiln_arena_free(&b.arena);
        kiln_arena_free(&b1.arena);
        return rc;
    }
    kiln_module *m1 = NULL;
    r->jit1 = jit(&b1, 1, o->verbose, &m1);
    if (r->jit1 < 0) return 1;
    kiln_module_init_weights(m1, 0);
    float *out = calloc((size_t)m1->desc->out_size, sizeof(float));
    kiln_step s1 = kiln_module_step(m1);
    kiln_module_hold_weights(m1, &s1);  /* as a serving loop does: weights copied once */
    s1.x = batch->x;
    s1.nb = 1;
    s1.out = out;
    for (int i = 0; i < 10; i++) m1->predict(&s1);
    int cap = 100000, n = 0;
    double *ti = malloc((size_t)cap * sizeof *ti), t_end = kiln_now() + 0.5;
    while (n < cap && (n < 50 || kiln_now() < t_end)) {
        double t0 = kiln_now();
        m1->predict(&s1);
        ti[n++] = kiln_now() - t0;
    }
    r->infer1_calls = n;
    r->infer1_med = kiln_median(ti, n);
    free(ti);
    free(out);
    kiln_module_free(m1);
    kiln_arena_free(&b1.arena);
    kiln_module_free(m);
    kiln_arena_free(&b.arena);
    return 0;
}

/* Reports what is wrong with the model file or --data before anything is
 * measured: 0, or 2. */
static int precheck(const kiln_bench_options *o)
{
    built b;
    double t;
    int rc = compile_model(o, o->batch, &b, &t);
    if (!rc && o->data) {
        kiln_dataset ds;
        if (kiln_load_dataset(o->data, "train", &ds) != 0) {
            rc = 2;
        } else {
            const kiln_graph *g = b.comp.graph;
            int64_t per = (int64_t)ds.h * ds.w * ds.c, want = kiln_tensor_per_sample(g, g->x);
            if (per != want) {
                kiln_error("%s: samples are %dx%dx%d (%" PRId64 " elements) but model '%s' takes %"
                           PRId64 " per sample; pick the dataset the model was written for",
                           o->data, ds.h, ds.w, ds.c, per, b.model.name, want);
                rc = 2;
            } else if (ds.n < g->batch) {
                kiln_error("%s: %" PRId64 " training samples, fewer than one batch of %d", o->data,
                           ds.n, g->batch);
                rc = 2;
            }
            kiln_dataset_free(&ds);
        }
    }
    kiln_arena_free(&b.arena);
    return rc;
}

/* ---- PyTorch's side ---------------------------------------------------------- */

typedef struct {
    int threads;
    double step_med, step_min, infer1_med;   /* seconds */
    int steps;
    char version[64];
} torch_run;

/* Writes the batch as X.npy (the model's float32 input, NHWC or (n, F)) and
 * Y.npy (int32 class ids) under dir. */
static int write_batch(const char *dir, const kiln_bench_batch *b, const kiln_module_desc *d,
                       char *xp, char *yp, int len)
{
    snprintf(xp, (size_t)len, "%s/x.npy", dir);
    snprintf(yp, (size_t)len, "%s/y.npy", dir);
    kiln_array x = {KILN_F32, d->in_rank + 1, {b->n}, b->x};
    for (int i = 0; i < d->in_rank; i++) x.dims[i + 1] = d->in_dims[i];
    kiln_array y = {KILN_I32, 1, {b->n}, b->classes};
    return kiln_npy_write(xp, &x) || kiln_npy_write(yp, &y) ? -1 : 0;
}

static int torch_once(const kiln_bench_options *o, const char *xp, const char *yp, int steps,
                      int threads, torch_run *r)
{
    const char *py = kiln_bench_helper("KILN_PYTHON", "/usr/bin/python3");
    const char *script = kiln_bench_helper("KILN_TORCH_BASELINE", KILN_BENCH_DIR "/torch_baseline.py");
    char st[32], th[32];
    snprintf(st, sizeof st, "%d", steps);
    snprintf(th, sizeof th, "%d", threads);
    /* the baseline reads the description kiln compiled: after --set, or
     * converted from a Keras file */
    char mp[4096];
    snprintf(mp, sizeof mp, "%s", o->model_path);
    {
        kiln_arena a = {0};
        kiln_loaded_model lm;
        if (kiln_load_model(o->model_path, &o->load, &a, &lm) == 0) {
            if (lm.format != KILN_FILE_KILN || o->load.n_sets || o->load.loss || o->load.optimizer) {
                snprintf(mp, sizeof mp, "%s", xp);
                char *slash = strrchr(mp, '/');
                snprintf(slash ? slash + 1 : mp, sizeof mp - (size_t)(slash ? slash + 1 - mp : 0),
                         "model.json");
                if (kiln_write_file_atomic(mp, lm.json, strlen(lm.json)) != 0)
                    snprintf(mp, sizeof mp, "%s", o->model_path);
            }
            kiln_loaded_model_free(&lm);
        }
        kiln_arena_free(&a);
    }
    const char *argv[] = {py, script, mp, "--bench", xp, yp, "--steps", st,
                          "--threads", th, "--max-seconds", "5", NULL};
    char env_omp[32];
    snprintf(env_omp, sizeof env_omp, "OMP_NUM_THREADS=%d", threads);
    const char *env[] = {env_omp, "OPENBLAS_NUM_THREADS=1", NULL};
    if (o->verbose)
        fprintf(stderr, "kiln bench: %s OPENBLAS_NUM_THREADS=1 %s %s %s --bench %s %s --steps %s "
                "--threads %s --max-seconds 5\n", env_omp, py, script, mp, xp, yp, st, th);
    char *out = NULL;
    int status = kiln_subprocess(argv, env, NULL, &out);
    if (status != 0) {
        kiln_error("PyTorch baseline (%s %s, %d thread%s) failed%s%s", py, script, threads,
                   threads == 1 ? "" : "s", status < 0 ? ": cannot run it" : "",
                   status > 0 ? " (its messages are above)" : "");
        free(out);
        return -1;
    }
    /* the last line is the JSON object */
    char *line = out, *p;
    while ((p = strchr(line, '\n')) && p[1]) line = p + 1;
    cJSON *j = cJSON_Parse(line);
    free(out);
    cJSON *med = cJSON_GetObjectItem(j, "step_ms_median"), *mn = cJSON_GetObjectItem(j, "step_ms_min"),
          *inf = cJSON_GetObjectItem(j, "infer1_ms_median"), *ver = cJSON_GetObjectItem(j, "torch"),
          *ns = cJSON_GetObjectItem(j, "steps");
    if (!cJSON_IsNumber(med) || !cJSON_IsNumber(mn) || !cJSON_IsNumber(inf)) {
        kiln_error("PyTorch baseline (%d threads): no timing in its output", threads);
        cJSON_Delete(j);
        return -1;
    }
    r->threads = threads;
    r->step_med = med->valuedouble * 1e-3;
    r->step_min = mn->valuedouble * 1e-3;
    r->infer1_med = inf->valuedouble * 1e-3;
    r->steps = cJSON_IsNumber(ns) ? ns->valueint : 0;
    snprintf(r->version, sizeof r->version, "%s", cJSON_IsString(ver) ? ver->valuestring : "?");
    cJSON_Delete(j);
    return 0;
}

/* ---- the report ---------------------------------------------------------------- */

static void fmt(char *buf, size_t n, double v, int digits)
{
    if (!(v > 0) || !isfinite(v)) snprintf(buf, n, "—");
    else snprintf(buf, n, "%.*f", digits, v);
}

/* One line of the table; "—" (3 bytes, 1 column) where a figure is absent. */
static void row(const char *what, const char *unit, double kv, double tv, int digits,
                const char *tnote, double ratio)
{
    char k[32], t[48], r[32] = "";
    fmt(k, sizeof k, kv, digits);
    fmt(t, sizeof t, tv, digits);
    if (tnote && tv > 0) snprintf(t + strlen(t), sizeof t - strlen(t), " %s", tnote);
    if (ratio > 0) snprintf(r, sizeof r, "%.2fx", ratio);
    printf("  %-30s %-7s %*s   %*s   %s\n", what, unit, strstr(k, "—") ? 12 : 10, k,
           strstr(t, "—") ? 20 : 18, t, r);
}

int kiln_bench(const kiln_bench_options *o)
{
    const int cpus = kiln_cpu_count();
    const int T = o->threads > 0 ? o->threads : cpus;
    const double ps = o->peak_seconds > 0 ? o->peak_seconds : 0.06;
    omp_set_num_threads(T);
    if (!o->peak_only) {
        int rc = precheck(o);
        if (rc) return rc;
    }
    int counts[4], nc = 0;
    add_count(counts, &nc, 1, cpus);
    if (!o->peak_only) add_count(counts, &nc, 2, cpus);
    add_count(counts, &nc, T, 1 << 30);
    add_count(counts, &nc, cpus, cpus);
    peak_table pt;
    measure_peaks(counts, nc, ps, &pt);
    if (o->peak_only) {
        if (o->json) return print_json(peaks_json(&pt, ps));
        print_peaks(&pt, ps);
        return 0;
    }

    kiln_result kr = {0};
    kiln_bench_batch batch = {0};
    kiln_module_desc shape = {0};   /* batch and input shape of the module */
    char name[256] = "";
    const kiln_isa *isa = NULL;
    int rc = kiln_side(o, &batch, &kr, name, sizeof name, &shape, &isa);
    if (rc) return rc;
    const int B = shape.batch;

    /* PyTorch: 1, 2 and T threads, the fastest of each figure */
    torch_run runs[3];
    int nruns = 0, torch_failed = 0;
    char tmpl[] = "/tmp/kiln-bench-XXXXXX";
    if (o->torch) {
        char xp[256], yp[256];
        if (!mkdtemp(tmpl)) {
            kiln_error("cannot make a temporary directory: %s", strerror(errno));
            torch_failed = 1;
        } else {
            if (write_batch(tmpl, &batch, &shape, xp, yp, sizeof xp) != 0) torch_failed = 1;
            int tc[3], ntc = 0;
            add_count(tc, &ntc, 1, cpus);
            add_count(tc, &ntc, 2, cpus);
            add_count(tc, &ntc, T, cpus);
            for (int i = 0; i < ntc && !torch_failed; i++) {
                if (torch_once(o, xp, yp, kr.steps, tc[i], &runs[nruns]) == 0) nruns++;
                else torch_failed = 1;
            }
            unlink(xp);
            unlink(yp);
            char mp[4096];  /* the description torch_once may have written */
            snprintf(mp, sizeof mp, "%s/model.json", tmpl);
            unlink(mp);
            rmdir(tmpl);
        }
    }
    const torch_run *bt = NULL, *bi = NULL;
    for (int i = 0; i < nruns; i++) {
        if (!bt || runs[i].step_med < bt->step_med) bt = &runs[i];
        if (!bi || runs[i].infer1_med < bi->infer1_med) bi = &runs[i];
    }
    if (torch_failed) bt = bi = NULL;

    const char *pk_isa, *pk_host;
    double peak = peak_of(&pt, isa, T, &pk_isa);
    double tpeak = bt ? peak_of(&pt, kiln_isa_host(), bt->threads, &pk_host) : 0;
    double kg = kr.train_flops / kr.step_med * 1e-9, tg = bt ? kr.train_flops / bt->step_med * 1e-9 : 0;

    if (o->json) {
        cJSON *root = cJSON_CreateObject();
        cJSON_AddStringToObject(root, "model", name);
        cJSON_AddNumberToObject(root, "batch", B);
        cJSON_AddNumberToObject(root, "threads", T);
        cJSON_AddStringToObject(root, "isa", isa->name);
        cJSON_AddStringToObject(root, "batch_source", batch.source);
        cJSON_AddItemToObject(root, "machine", peaks_json(&pt, ps));
        cJSON *k = cJSON_AddObjectToObject(root, "kiln");
        cJSON_AddNumberToObject(k, "warmup_steps", WARMUP_STEPS);
        cJSON_AddNumberToObject(k, "steps", kr.steps);
        cJSON_AddItemToObject(k, "step_ms_median", kiln_json_double(kr.step_med * 1e3));
        cJSON_AddItemToObject(k, "step_ms_min", kiln_json_double(kr.step_min * 1e3));
        cJSON_AddItemToObject(k, "img_per_s", kiln_json_double(B / kr.step_med));
        cJSON_AddItemToObject(k, "train_step_flops", kiln_json_double(kr.train_flops));
        cJSON_AddItemToObject(k, "gflops", kiln_json_double(kg));
        cJSON_AddStringToObject(k, "peak_isa", pk_isa);
        cJSON_AddItemToObject(k, "peak_gflops", kiln_json_double(peak));
        if (peak > 0) cJSON_AddItemToObject(k, "percent_of_peak", kiln_json_double(100 * kg / peak));
        else cJSON_AddNullToObject(k, "percent_of_peak");
        cJSON_AddItemToObject(k, "infer1_ms_median", kiln_json_double(kr.infer1_med * 1e3));
        cJSON_AddNumberToObject(k, "infer1_calls", kr.infer1_calls);
        cJSON_AddItemToObject(k, "loss_first", kiln_json_double(kr.loss_first));
        cJSON_AddItemToObject(k, "loss_last", kiln_json_double(kr.loss_last));
        cJSON *c = cJSON_AddObjectToObject(k, "compile_s");
        cJSON_AddItemToObject(c, "codegen", kiln_json_double(kr.codegen));
        cJSON_AddItemToObject(c, "jit_cold", kiln_json_double(kr.jit_cold));
        cJSON_AddItemToObject(c, "jit_cached", kiln_json_double(kr.jit_cached));
        cJSON_AddItemToObject(c, "cold", kiln_json_double(kr.codegen + kr.jit_cold));
        cJSON_AddItemToObject(c, "cached", kiln_json_double(kr.codegen + kr.jit_cached));
        if (bt) {
            cJSON *t = cJSON_AddObjectToObject(root, "torch");
            cJSON_AddStringToObject(t, "version", bt->version);
            cJSON *a = cJSON_AddArrayToObject(t, "runs");
            for (int i = 0; i < nruns; i++) {
                cJSON *r = cJSON_CreateObject();
                cJSON_AddNumberToObject(r, "threads", runs[i].threads);
                cJSON_AddNumberToObject(r, "steps", runs[i].steps);
                cJSON_AddItemToObject(r, "step_ms_median", kiln_json_double(runs[i].step_med * 1e3));
                cJSON_AddItemToObject(r, "step_ms_min", kiln_json_double(runs[i].step_min * 1e3));
                cJSON_AddItemToObject(r, "infer1_ms_median", kiln_json_double(runs[i].infer1_med * 1e3));
                cJSON_AddItemToArray(a, r);
            }
            cJSON_AddNumberToObject(t, "train_threads", bt->threads);
            cJSON_AddItemToObject(t, "step_ms_median", kiln_json_double(bt->step_med * 1e3));
            cJSON_AddItemToObject(t, "step_ms_min", kiln_json_double(bt->step_min * 1e3));
            cJSON_AddItemToObject(t, "img_per_s", kiln_json_double(B / bt->step_med));
            cJSON_AddItemToObject(t, "gflops", kiln_json_double(tg));
            cJSON_AddStringToObject(t, "peak_isa", pk_host);
            cJSON_AddItemToObject(t, "peak_gflops", kiln_json_double(tpeak));
            if (tpeak > 0) cJSON_AddItemToObject(t, "percent_of_peak", kiln_json_double(100 * tg / tpeak));
            else cJSON_AddNullToObject(t, "percent_of_peak");
            cJSON_AddNumberToObject(t, "infer1_threads", bi->threads);
            cJSON_AddItemToObject(t, "infer1_ms_median", kiln_json_double(bi->infer1_med * 1e3));
            cJSON *r = cJSON_AddObjectToObject(root, "ratio");
            cJSON_AddItemToObject(r, "train_step", kiln_json_double(bt->step_med / kr.step_med));
            cJSON_AddItemToObject(r, "infer1", kiln_json_double(bi->infer1_med / kr.infer1_med));
        } else {
            cJSON_AddNullToObject(root, "torch");
            cJSON_AddNullToObject(root, "ratio");
        }
        rc = print_json(root);
    } else {
        printf("kiln bench %s: batch %d, %s, %d thread%s, isa %s\n", name, B, batch.source, T,
               T == 1 ? "" : "s", isa->name);
        print_peaks(&pt, ps);
        printf("\n  %-30s %-7s %10s   %18s   %s\n", "", "", "kiln",
               bt ? "PyTorch" : "PyTorch (not run)", bt ? "PyTorch/kiln" : "");
        char tn[32] = "", in[32] = "";
        if (bt) snprintf(tn, sizeof tn, "(%dt)", bt->threads);
        if (bi) snprintf(in, sizeof in, "(%dt)", bi->threads);
        row("training step, median", "ms", kr.step_med * 1e3, bt ? bt->step_med * 1e3 : 0, 2, tn,
            bt ? bt->step_med / kr.step_med : 0);
        row("training step, min", "ms", kr.step_min * 1e3, bt ? bt->step_min * 1e3 : 0, 2, tn,
            bt ? bt->step_min / kr.step_min : 0);
        row("throughput", "img/s", B / kr.step_med, bt ? B / bt->step_med : 0, 0, NULL, 0);
        row("arithmetic", "GFLOP/s", kg, tg, 2, NULL, 0);
        char what[64];
        snprintf(what, sizeof what, "of the %s peak", pk_isa);
        row(what, "%", peak > 0 ? 100 * kg / peak : 0, tpeak > 0 ? 100 * tg / tpeak : 0, 1, NULL, 0);
        row("batch-1 inference, median", "ms", kr.infer1_med * 1e3, bi ? bi->infer1_med * 1e3 : 0, 3,
            in, bi ? bi->infer1_med / kr.infer1_med : 0);
        row("compile, cold (cache off)", "s", kr.codegen + kr.jit_cold, 0, 2, NULL, 0);
        row("compile, cached (cache hit)", "s", kr.codegen + kr.jit_cached, 0, 3, NULL, 0);
        printf("\ntraining step: %.1f MFLOP (kiln's count over its train_step kernels, PyTorch "
               "credited the same), %d timed steps after %d warm-up\n",
               kr.train_flops * 1e-6, kr.steps, WARMUP_STEPS);
        printf("FLOPs: a convolution counts its direct arithmetic (a multiply-add, 2 FLOPs, per tap, "
               "channel and output value) also where kiln runs it by Winograd, which multiplies less: "
               "there GFLOP/s and %% of peak are effective rates and can pass 100 %%\n");
        printf("%% of peak: kiln at its %d thread%s, PyTorch at the threads of its fastest run "
               "(\"(1t)\": 1 thread)\n", T, T == 1 ? "" : "s");
        printf("compile: model -> C %.3f s, C -> object %.2f s cold, %.3f s from the cache; "
               "batch-1 inference: %d calls of predict compiled for batch 1, weights held\n",
               kr.codegen, kr.jit_cold, kr.jit_cached, kr.infer1_calls);
        if (nruns) {
            printf("PyTorch %s (bench/torch_baseline.py, OPENBLAS_NUM_THREADS=1):", runs[0].version);
            for (int i = 0; i < nruns; i++)
                printf("%s %d thread%s %.2f ms/step, %.3f ms batch-1", i ? ";" : "", runs[i].threads,
                       runs[i].threads == 1 ? "" : "s", runs[i].step_med * 1e3,
                       runs[i].infer1_med * 1e3);
            printf("\n");
        }
        if (bt) printf("Ratios are PyTorch time / kiln time: above 1, kiln is faster.\n");
        else if (o->torch) printf("PyTorch: not measured (see the error above).\n");
    }
    kiln_bench_batch_free(&batch);
    if (rc) return rc;
    return torch_failed && o->torch_required ? 1 : 0;
}
