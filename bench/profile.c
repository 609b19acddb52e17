/* profile.c — kiln profile: every kernel of an entry point timed on its own,
 * beside the oneDNN primitive of the same shape (bench.h,
 * docs/architecture.md §9).
 *
 * The module runs one real training step first (weights after an update,
 * real activations in the arena); with --entry eval or predict that entry
 * runs once too.  Then the entry point is replayed kernel by kernel in plan
 * order (descriptor order, the kernels with the entry's bit), each called
 * through libffi (runtime/kcall.h) from every thread of one OpenMP parallel
 * region as the entry calls it: one untimed call — the one the entry would
 * make, so every kernel reads what its predecessors wrote — then the timed
 * repeats, each between two barriers.  A kernel's time is the median of its
 * repeats; its share is its time over the sum of every kernel's.  The entry
 * point's own time (median of a few calls) is printed beside that sum.  They
 * differ: a kernel repeated on its own finds its operands in cache (one in
 * the middle of a step finds what its predecessors left there), and each
 * timed call adds a barrier to the kernel's own — about a microsecond on an
 * idle machine, much more when another process holds one of the cores.
 */
#include <errno.h>
#include <inttypes.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "bench.h"
#include "diag.h"
#include "kcall.h"
#include "onednn_map.h"
#include "peak.h"
#include "report.h"
#include "subprocess.h"

typedef struct {
    int index;                     /* in the descriptor */
    const kiln_kernel_desc *d;
    const char *family;
    double sec;                    /* median per call */
    int calls;                     /* timed calls */
    int has_dnnl;                  /* how many oneDNN primitives do what the kernel does (prob), or 0 */
    kiln_onednn_problem prob[4];   /* in the order a library build runs them; timed one after
                                      another, compared by their sum (onednn_map.h) */
    int dnnl_ok;                   /* the helper timed it */
    double dnnl_sec;
    char dnnl_impl[64];
    char dnnl_note[160];           /* error, or "" */
    int dnnl_dims[4], dnnl_nd;     /* destination dims oneDNN reports */
} kernel_row;

/* Times c: one untimed call, then `repeats` (0: 10..1000, ~30 ms) timed ones,
 * all threads calling; writes the median into *sec and the count into *calls. */
static int time_kernel(const kiln_kcall *c, int repeats, double *sec, int *calls)
{
    enum { CAP = 1000 };
    int cap = repeats > 0 ? repeats : CAP;
    double *t = malloc((size_t)cap * sizeof *t);
    if (!t) {
        kiln_error("out of memory");
        return -1;
    }
    int n = 0, stop = 0;
    double t0 = 0, spent = 0;
#pragma omp parallel
    {
        const unsigned csr = kiln_kcall_flush_denormals();  /* as the entry points run */
        kiln_kcall_invoke(c);
        while (!stop) {
#pragma omp barrier
#pragma omp master
            t0 = kiln_now();
            kiln_kcall_invoke(c);
#pragma omp barrier
#pragma omp master
            {
                t[n] = kiln_now() - t0;
                spent += t[n++];
                stop = repeats > 0 ? n >= repeats : (n >= 10 && spent >= 0.03) || n >= cap;
            }
#pragma omp barrier
        }
        kiln_kcall_restore_mxcsr(csr);
    }
    *sec = kiln_median(t, n);
    *calls = n;
    free(t);
    return 0;
}

#ifndef KILN_ONEDNN_TIME
#define KILN_ONEDNN_TIME ""
#endif

const char *kiln_onednn_timer(void)
{
    return kiln_bench_helper("KILN_ONEDNN_TIME", KILN_ONEDNN_TIME);
}

/* Runs bench/onednn_time over every mapped kernel's problem. 0, or -1
 * (reported) when the helper is missing or fails as a whole. */
static int time_onednn(const kiln_profile_options *o, const kiln_isa *isa, int threads,
                       kernel_row *rows, int n, char *dnnl_isa, int isa_len)
{
    const char *helper = kiln_onednn_timer();
    if (!helper[0]) {
        kiln_error("--against onednn: kiln was built without oneDNN (bench/onednn_time): install "
                   "libdnnl-dev (bash scripts/setup.sh) and rebuild");
        return -1;
    }
    if (access(helper, X_OK) != 0) {
        kiln_error("--against onednn: the oneDNN timer %s: %s%s", helper, strerror(errno),
                   getenv("KILN_ONEDNN_TIME") ? " (from $KILN_ONEDNN_TIME)" : "; rebuild kiln");
        return -1;
    }
    char path[] = "/tmp/kiln-profile-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        kiln_error("cannot make a temporary file: %s", strerror(errno));
        return -1;
    }
    FILE *f = fdopen(fd, "w");
    for (int i = 0; i < n; i++) {
        if (!rows[i].has_dnnl) continue;
        char line[512];
        for (int q = 0; q < rows[i].has_dnnl; q++)
            fprintf(f, "%s\n", kiln_onednn_problem_line(&rows[i].prob[q], line, sizeof line));
    }
    fclose(f);
    char rep[32], omp[32];
    snprintf(rep, sizeof rep, "%d", o->repeats);
    snprintf(omp, sizeof omp, "OMP_NUM_THREADS=%d", threads);
    /* oneDNN on the module's ISA: AVX2 kernels beside oneDNN's AVX2 code */
    const char *max_isa = !strcmp(isa->name, "avx2") ? "DNNL_MAX_CPU_ISA=AVX2" : NULL;
    const char *env[] = {omp, max_isa, NULL};
    const char *argv[] = {helper, "--repeats", rep, NULL};
    if (o->verbose)
        fprintf(stderr, "kiln profile: %s %s %s --repeats %s < %s\n", omp, max_isa ? max_isa : "",
                helper, rep, path);
    /* libomp's idle threads spin for KMP_BLOCKTIME (200 ms) after kiln's
     * last parallel region: let them go to sleep before oneDNN's run */
    usleep(300000);
    char *out = NULL;
    int status = kiln_subprocess(argv, env, path, &out);
    unlink(path);
    if (status != 0) {
        kiln_error("--against onednn: %s failed (status %d)", helper, status);
        free(out);
        return -1;
    }
    char *save = NULL, *line = strtok_r(out, "\n", &save);
    if (line && !strncmp(line, "isa ", 4)) {
        snprintf(dnnl_isa, (size_t)isa_len, "%s", line + 4);
        line = strtok_r(NULL, "\n", &save);
    }
    for (int i = 0; i < n; i++) {
        if (!rows[i].has_dnnl) continue;
        kernel_row *r = &rows[i];
        for (int part = 0; part < r->has_dnnl; part++) {  /* the primitives one after another */
            if (!line) {
                snprintf(r->dnnl_note, sizeof r->dnnl_note, "no answer from the oneDNN timer");
                r->dnnl_ok = 0;
            } else if (!strncmp(line, "ok ", 3)) {
                const char *ms = strstr(line, "ms="), *im = strstr(line, "impl="), *ds = strstr(line, "dst=");
                r->dnnl_ok = (part ? r->dnnl_ok : 1) && ms != NULL;
                r->dnnl_sec += ms ? strtod(ms + 3, NULL) * 1e-3 : 0;
                size_t have = strlen(r->dnnl_impl);
                if (im && have + 2 < sizeof r->dnnl_impl)
                    snprintf(r->dnnl_impl + have, sizeof r->dnnl_impl - have, "%s%.*s", part ? ", " : "",
                             (int)strcspn(im + 5, " "), im + 5);
                for (const char *c = ds && !part ? ds + 4 : NULL; c && *c && r->dnnl_nd < 4;) {
                    r->dnnl_dims[r->dnnl_nd++] = (int)strtol(c, (char **)&c, 10);
                    if (*c != 'x') break;
                    c++;
                }
            } else {
                snprintf(r->dnnl_note, sizeof r->dnnl_note, "%s", line);
                r->dnnl_ok = 0;
            }
            line = line ? strtok_r(NULL, "\n", &save) : NULL;
        }
    }
    free(out);
    return 0;
}

/* "conv fwd_training + relu", and ", then pool fwd_training" for a pooling
 * fused into the kernel (oneDNN runs it as a second primitive). */
static const char *what_of(const kernel_row *r, char *buf, int n)
{
    kiln_onednn_problem_what(&r->prob[0], buf, n);
    for (int q = 1; q < r->has_dnnl; q++) {
        size_t k = strlen(buf);
        if (k + 8 >= (size_t)n) break;
        snprintf(buf + k, (size_t)n - k, ", then ");
        kiln_onednn_problem_what(&r->prob[q], buf + k + 7, n - (int)k - 7);
    }
    return buf;
}

/* Median seconds of calls of entry point fn (about 0.3 s, 3 to 64 calls;
 * *calls their count) on fresh steps of the bench batch.  With `held`, each
 * call carries its weights_version (kiln_abi.h) and an untimed first call
 * makes the weight copies. */
static double time_entry(kiln_module *m, kiln_entry_fn fn, int entry, const kiln_bench_batch *batch, float lr,
                         float *out, const kiln_step *held, int *calls)
{
    double et[64];
    int n = 0;
    double t_end = kiln_now() + 0.3;
    for (int i = held ? -1 : 0; n < 64 && (n < 3 || kiln_now() < t_end); i++) {
        kiln_step s = kiln_bench_step(m, batch, lr);
        s.out = out;
        s.training = entry == ENTRY_TRAIN;
        if (held) {
            s.weights_version = held->weights_version;
            s.weights_cached = held->weights_cached;
        }
        double t0 = kiln_now();
        fn(&s);
        if (i >= 0) et[n++] = kiln_now() - t0;
        if (entry == ENTRY_TRAIN) m->step = s.step;
    }
    *calls = n;
    return kiln_median(et, n);
}

static const char *entry_sym(int e)
{
    return e == ENTRY_TRAIN ? "train_step" : e == ENTRY_EVAL ? "eval_step" : "predict";
}

static const char *family_of(const kiln_graph *g, const char *name, const kiln_kernel **kk)
{
    for (int i = 0; i < g->nk; i++)
        if (g->k[i].name && !strcmp(g->k[i].name, name)) {
            *kk = &g->k[i];
            return kiln_family_name(g->k[i].family);
        }
    *kk = NULL;
    return "?";
}

int kiln_profile(const kiln_profile_options *o)
{
    const int cpus = kiln_cpu_count();
    const int T = o->threads > 0 ? o->threads : cpus;
    const double ps = o->peak_seconds > 0 ? o->peak_seconds : 0.06;
    omp_set_num_threads(T);

    kiln_arena arena = {0};
    kiln_model model;
    kiln_compiled comp;
    kiln_loaded_model lm;
    if (kiln_load_model(o->model_path, &o->load, &arena, &lm) != 0) return 2;
    kiln_loaded_model_free(&lm);
    model = lm.model;
    kiln_compile_options co = {.batch = o->batch, .isa = o->isa};
    if (kiln_compile(&model, &co, &arena, &comp) != 0) return 2;
    const kiln_graph *g = comp.graph;
    const kiln_isa *isa = g->isa;
    if (!kiln_isa_runs_here(isa)) {
        kiln_error("this CPU cannot run %s kernels (%s); the widest ISA it runs is %s: pick "
                   "--isa %s", isa->name, isa->what, kiln_isa_host()->name, kiln_isa_host()->name);
        return 2;
    }
    char display[1024];
    snprintf(display, sizeof display, "generated/%s/%s.c", model.name, model.name);
    kiln_jit_options jo = {.mode = KILN_JIT_ORC, .opt_level = "-O3", .march = isa->march,
                           .use_cache = 1, .verbose = o->verbose};
    kiln_module *m = kiln_module_jit(&comp, display, &jo);
    if (!m) return 1;
    const kiln_module_desc *d = m->desc;

    const kiln_isa *pisa = kiln_peak_has_probe(isa) ? isa : kiln_isa_host();
    double peak = kiln_peak_measure(pisa, T, ps, 5);

    kiln_bench_batch batch;
    if (kiln_bench_batch_make(m, NULL, &batch) != 0) return 2;
    const float lr = model.optimizer.learning_rate;
    kiln_module_init_weights(m, 0);
    float *out = calloc((size_t)d->batch * (size_t)(d->out_size > 0 ? d->out_size : 1), sizeof(float));
    kiln_step s = kiln_bench_step(m, &batch, lr);
    m->train_step(&s);
    m->step = s.step;

    /* the entry point itself, as a whole; eval and predict again with the
     * weights held, as a validation pass, a serving loop and kiln bench's
     * batch-1 latency call them: the weight copies run once, not at every
     * call (kiln_abi.h) */
    kiln_entry_fn fn = o->entry == ENTRY_TRAIN ? m->train_step
                     : o->entry == ENTRY_EVAL ? m->eval_step : m->predict;
    int ne, nh = 0;
    double entry_sec = time_entry(m, fn, o->entry, &batch, lr, out, NULL, &ne), held_sec = 0;
    if (o->entry != ENTRY_TRAIN) {
        kiln_step h = kiln_bench_step(m, &batch, lr);
        kiln_module_hold_weights(m, &h);
        held_sec = time_entry(m, fn, o->entry, &batch, lr, out, &h, &nh);
    }

    /* the replay */
    int n = 0;
    kernel_row *rows = calloc((size_t)(d->n_kernels > 0 ? d->n_kernels : 1), sizeof *rows);
    s = kiln_bench_step(m, &batch, lr);
    s.out = out;
    s.training = o->entry == ENTRY_TRAIN;
    if (o->entry != ENTRY_PREDICT) s.loss = s.metric = 0;
    int rc = 0;
    double sum = 0;
    for (int i = 0; i < d->n_kernels && !rc; i++) {
        const kiln_kernel_desc *kd = &d->kernels[i];
        if (!(kd->entries & o->entry)) continue;
        kernel_row *r = &rows[n++];
        r->index = i;
        r->d = kd;
        const kiln_kernel *kk;
        r->family = family_of(g, kd->name, &kk);
        if (o->onednn && kk) r->has_dnnl = kiln_onednn_kernel_problems(g, kk, o->entry, r->prob, 4);
        kiln_kcall *c = kiln_kcall_bind(d, g, kd, kiln_jit_lookup(m->jit, kd->name), &s);
        if (!c || time_kernel(c, o->repeats, &r->sec, &r->calls) != 0) rc = 1;
        kiln_kcall_free(c);
        sum += r->sec;
    }
    if (o->entry == ENTRY_TRAIN) m->step = s.step;
    char dnnl_isa[64] = "";
    int dnnl_failed = 0;
    if (!rc && o->onednn && time_onednn(o, isa, T, rows, n, dnnl_isa, sizeof dnnl_isa) != 0)
        dnnl_failed = 1;

    if (rc) {
        /* reported */
    } else if (o->json) {
        cJSON *root = cJSON_CreateObject();
        cJSON_AddStringToObject(root, "model", d->model);
        cJSON_AddStringToObject(root, "entry", entry_sym(o->entry));
        cJSON_AddNumberToObject(root, "batch", d->batch);
        cJSON_AddNumberToObject(root, "threads", T);
        cJSON_AddStringToObject(root, "isa", isa->name);
        cJSON_AddStringToObject(root, "cpu", kiln_cpu_model());
        cJSON_AddStringToObject(root, "peak_isa", pisa->name);
        cJSON_AddItemToObject(root, "peak_gflops", kiln_json_double(peak));
        if (o->onednn && !dnnl_failed) cJSON_AddStringToObject(root, "onednn_isa", dnnl_isa);
        cJSON *ks = cJSON_AddArrayToObject(root, "kernels");
        for (int i = 0; i < n; i++) {
            const kernel_row *r = &rows[i];
            cJSON *k = cJSON_CreateObject();
            cJSON_AddNumberToObject(k, "index", r->index);
            cJSON_AddStringToObject(k, "name", r->d->name);
            cJSON_AddStringToObject(k, "family", r->family);
            cJSON_AddNumberToObject(k, "calls", r->calls);
            cJSON_AddItemToObject(k, "ms", kiln_json_double(r->sec * 1e3));
            cJSON_AddItemToObject(k, "flops", kiln_json_double(r->d->flops));
            cJSON_AddItemToObject(k, "bytes", kiln_json_double(r->d->bytes));
            cJSON_AddItemToObject(k, "gflops", kiln_json_double(r->d->flops / r->sec * 1e-9));
            cJSON_AddItemToObject(k, "gb_per_s", kiln_json_double(r->d->bytes / r->sec * 1e-9));
            if (peak > 0)
                cJSON_AddItemToObject(k, "percent_of_peak",
                                      kiln_json_double(100 * r->d->flops / r->sec * 1e-9 / peak));
            else cJSON_AddNullToObject(k, "percent_of_peak");
            cJSON_AddItemToObject(k, "share_percent", kiln_json_double(100 * r->sec / sum));
            if (o->onednn && r->has_dnnl) {
                cJSON *dn = cJSON_AddObjectToObject(k, "onednn");
                char what[128], line[512];
                cJSON_AddStringToObject(dn, "primitive", what_of(r, what, sizeof what));
                cJSON_AddStringToObject(dn, "problem", kiln_onednn_problem_line(&r->prob[0], line, sizeof line));
                if (r->has_dnnl > 1) {  /* timed after it, in order; ms is the sum */
                    cJSON *then = cJSON_AddArrayToObject(dn, "then");
                    for (int q = 1; q < r->has_dnnl; q++)
                        cJSON_AddItemToArray(then, cJSON_CreateString(kiln_onednn_problem_line(&r->prob[q], line, sizeof line)));
                }
                if (r->dnnl_ok) {
                    cJSON_AddItemToObject(dn, "ms", kiln_json_double(r->dnnl_sec * 1e3));
                    cJSON_AddItemToObject(dn, "ratio", kiln_json_double(r->sec / r->dnnl_sec));
                    cJSON_AddStringToObject(dn, "impl", r->dnnl_impl);
                    cJSON *dims = cJSON_AddArrayToObject(dn, "dst_dims");
                    for (int j = 0; j < r->dnnl_nd; j++) cJSON_AddItemToArray(dims, cJSON_CreateNumber(r->dnnl_dims[j]));
                } else {
                    cJSON_AddNullToObject(dn, "ms");
                    cJSON_AddStringToObject(dn, "error", r->dnnl_note[0] ? r->dnnl_note : "not run");
                }
            } else {
                cJSON_AddNullToObject(k, "onednn");
            }
            cJSON_AddItemToArray(ks, k);
        }
        cJSON_AddItemToObject(root, "sum_ms", kiln_json_double(sum * 1e3));
        cJSON_AddItemToObject(root, "entry_ms", kiln_json_double(entry_sec * 1e3));
        if (nh) cJSON_AddItemToObject(root, "entry_weights_held_ms", kiln_json_double(held_sec * 1e3));
        char *text = cJSON_Print(root);
        cJSON_Delete(root);
        if (text) puts(text);
        else rc = 1;
        free(text);
    } else {
        int w = 6;
        for (int i = 0; i < n; i++)
            if ((int)strlen(rows[i].d->name) > w) w = (int)strlen(rows[i].d->name);
        printf("kiln profile %s: %s, batch %d, %d thread%s, isa %s\n", d->model, entry_sym(o->entry),
               d->batch, T, T == 1 ? "" : "s", isa->name);
        printf("machine: %s; measured FMA peak %s at %d thread%s: %.1f GFLOP/s\n", kiln_cpu_model(),
               pisa->name, T, T == 1 ? "" : "s", peak);
        if (o->onednn && !dnnl_failed)
            printf("oneDNN: Debian's libdnnl (%s), %d thread%s, in bench/onednn_time (its own "
                   "process: libdnnl runs on GNU OpenMP, kiln on LLVM's)\n",
                   dnnl_isa, T, T == 1 ? "" : "s");
        printf("\n%-*s  %-16s %9s %9s %8s %8s %7s %6s %6s", w, "kernel", "family", "ms/call", "MFLOP",
               "MB", "GFLOP/s", "GB/s", "%peak", "%sum");
        if (o->onednn) printf("  %9s %8s  %s", "oneDNN ms", "kiln/dnn", "oneDNN primitive");
        printf("\n");
        for (int i = 0; i < n; i++) {
            const kernel_row *r = &rows[i];
            double gf = r->d->flops / r->sec * 1e-9;
            printf("%-*s  %-16s %9.4f %9.3f %8.3f %8.2f %8.2f %7.1f %6.1f", w, r->d->name, r->family,
                   r->sec * 1e3, r->d->flops * 1e-6, r->d->bytes * 1e-6, gf,
                   r->d->bytes / r->sec * 1e-9, peak > 0 ? 100 * gf / peak : 0, 100 * r->sec / sum);
            if (o->onednn) {
                char what[128];
                if (!r->has_dnnl) printf("  %11s %10s", "—", "—");
                else if (r->dnnl_ok)
                    printf("  %9.4f %7.2fx  %s (%s)", r->dnnl_sec * 1e3, r->sec / r->dnnl_sec,
                           what_of(r, what, sizeof what), r->dnnl_impl);
                else printf("  %11s %10s  %s: %s", "—", "—", what_of(r, what, sizeof what),
                            r->dnnl_note[0] ? r->dnnl_note : "not run");
            }
            printf("\n");
        }
        printf("%-*s  %-16s %9.4f\n", w, "sum of the kernels", "", sum * 1e3);
        printf("%-*s  %-16s %9.4f   (one call of the entry point, median of %d)\n", w,
               entry_sym(o->entry), "", entry_sec * 1e3, ne);
        if (nh) {
            char held[64];
            snprintf(held, sizeof held, "%s, weights held", entry_sym(o->entry));
            printf("%-*s  %-16s %9.4f   (their copies made once, as a serving loop calls it; median of %d)\n", w,
                   held, "", held_sec * 1e3, nh);
        }
        printf("\nms/call: median of the timed calls (%s per kernel) from all %d thread%s; MFLOP and MB: "
               "the descriptor's counts for the full batch; %%peak: of %s at %d thread%s; %%sum: share "
               "of the sum of the kernels.\n", o->repeats ? "--repeats" : "10 to 1000, ~30 ms", T,
               T == 1 ? "" : "s", pisa->name, T, T == 1 ? "" : "s");
        printf("A Winograd convolution (its kernel comment says so) is credited the direct "
               "convolution's FLOPs: its GFLOP/s and %%peak are effective rates and can pass 100.\n");
        printf("The sum differs from the entry point's time: a kernel repeated on its own finds "
               "its operands in cache, and each timed call adds a barrier (a microsecond on an idle "
               "machine, far more when another process holds a core).\n");
        if (o->onednn) printf("kiln/dnn: kiln's time over oneDNN's (above 1, oneDNN is faster).\n");
    }
    free(rows);
    free(out);
    kiln_bench_batch_free(&batch);
    kiln_module_free(m);
    kiln_arena_free(&arena);
    if (rc) return rc;
    return dnnl_failed ? 1 : 0;
}
