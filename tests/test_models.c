/* test_models.c — every model in models/: the JIT-compiled module against the
 * reference interpreter (compiler/interp.c, double precision).
 *
 * For each model: compile it for a small batch, bind random weights (not just
 * Keras's initial values: biases, BN statistics and gammas too), feed a random
 * batch, and compare
 *   train_step  (nb < batch, then a full batch): loss, metric, every weight
 *               gradient, the updated weights, optimizer moments and BN
 *               moving statistics;
 *   eval_step   loss and metric;  predict: the outputs.
 * The error of a tensor is max|kiln - ref| / max(max|ref|, 1e-3): float32
 * against double, so 1e-3 is generous for a correct kernel and far below
 * what any indexing or formula mistake produces.  Weight updates are compared
 * as steps (new - old), scaled by the learning rate.
 *
 * Every model is compiled for every ISA of isa.h (AVX-512, AVX2, generic):
 * each ISA this CPU runs is run and compared; one it lacks is compiled to
 * machine code, reported as NOT RUN and not counted as a pass.
 */
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "interp.h"
#include "isa.h"
#include "jit.h"
#include "kiln.h"
#include "module.h"
#include "testutil.h"

#define TOL 1e-3

static uint64_t rng = 0x1234567;
static double urand(void)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (double)(rng >> 11) * 0x1p-53;
}

typedef struct {
    double max_abs, max_ref;
} err;

static err compare(const float *a, const double *ref, int64_t n)
{
    err e = {0, 0};
    for (int64_t i = 0; i < n; i++) {
        double d = fabs((double)a[i] - ref[i]);
        if (!(d <= e.max_abs)) e.max_abs = d;  /* NaN sticks */
        if (fabs(ref[i]) > e.max_ref) e.max_ref = fabs(ref[i]);
    }
    return e;
}

static double rel(err e) { return e.max_abs / (e.max_ref > 1e-3 ? e.max_ref : 1e-3); }

static double worst_rel;               /* over every model */
static double model_abs, model_rel;     /* over the current model */
static void check_tensor(const char *model, const char *what, const char *name, const float *a, const double *ref,
                         int64_t n)
{
    err e = compare(a, ref, n);
    double r = rel(e);
    if (r > worst_rel || r != r) worst_rel = r;
    if (r > model_rel || r != r) model_rel = r;
    if (e.max_abs > model_abs || e.max_abs != e.max_abs) model_abs = e.max_abs;
    CHECK(r <= TOL, "%s: %s %s: max abs err %.3g, rel %.3g (max |ref| %.3g)", model, what, name, e.max_abs, r,
          e.max_ref);
}

static float *slab_ptr(kiln_module *m, const kiln_tensor *t)
{
    switch (t->role) {
    case KILN_ROLE_PARAM: return m->params + t->offset;
    case KILN_ROLE_GRAD: return m->grads + t->offset;
    case KILN_ROLE_OPT_M: return m->opt_m + t->offset;
    case KILN_ROLE_OPT_V: return m->opt_v + t->offset;
    case KILN_ROLE_STATE: return m->state + t->offset;
    default: return NULL;
    }
}

static int not_run;  /* (model, ISA) pairs compiled but not run: the CPU lacks the ISA */

/* Held weights (kiln_abi.h): under a hold, predict's first call equals an
 * unheld one bit for bit; the copies it leaves at the arena's top survive a
 * train_step (whose plan must not reach them), so after the weights are put
 * back the same hold still gives the same output; and a new hold after the
 * weights change follows them (equal to an unheld call again).  `s` is set up
 * for predict on nb samples and `ref` holds its unheld output. */
static void held_weights(const char *name, kiln_module *m, const kiln_step *s, const float *ref)
{
    const kiln_module_desc *d = m->desc;
    size_t no = (size_t)s->nb * (size_t)d->out_size, np = (size_t)d->n_params, ns = (size_t)d->n_state;
    float *o = calloc(no, sizeof *o), *o2 = calloc(no, sizeof *o2);
    float *save = malloc(sizeof(float) * (3 * np + ns + 1));
    memcpy(save, m->params, np * sizeof(float));
    memcpy(save + np, m->opt_m, np * sizeof(float));
    memcpy(save + 2 * np, m->opt_v, np * sizeof(float));
    memcpy(save + 3 * np, m->state, ns * sizeof(float));
    kiln_step h = *s;
    kiln_module_hold_weights(m, &h);
    h.out = o;
    m->predict(&h);
    CHECK(!memcmp(o, ref, no * sizeof *o), "%s: predict under a new hold differs from an unheld predict", name);
    kiln_step t = *s;
    t.weights_version = 0;
    t.training = 1;
    t.step = m->step + 1;
    t.learning_rate = 0.5f;  /* a large step: the weights visibly change */
    m->train_step(&t);
    memcpy(m->params, save, np * sizeof(float));
    memcpy(m->opt_m, save + np, np * sizeof(float));
    memcpy(m->opt_v, save + 2 * np, np * sizeof(float));
    memcpy(m->state, save + 3 * np, ns * sizeof(float));
    memset(o, 0, no * sizeof *o);
    m->predict(&h);
    CHECK(!memcmp(o, ref, no * sizeof *o), "%s: held weight copies did not survive a train_step", name);
    /* change the weights: a new hold must copy them again */
    for (size_t i = 0; i < np; i++) m->params[i] *= 0.75f;
    kiln_module_hold_weights(m, &h);
    m->predict(&h);
    kiln_step u = *s;
    u.weights_version = 0;
    u.out = o2;
    m->predict(&u);
    CHECK(!memcmp(o, o2, no * sizeof *o), "%s: predict under a hold taken after the weights changed differs "
          "from an unheld predict", name);
    memcpy(m->params, save, np * sizeof(float));
    free(save);
    free(o);
    free(o2);
}

/* Random weights, the same in the module and the interpreter: not just
 * Keras's initial values (biases, BN statistics and gammas too). */
static void random_weights(const kiln_graph *g, kiln_module *m, kiln_interp *ip)
{
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        if (x->role != KILN_ROLE_PARAM && x->role != KILN_ROLE_STATE) continue;
        float *p = slab_ptr(m, x);
        double *r = kiln_interp_tensor(ip, t);
        int positive = strstr(x->name, "moving_variance") || strstr(x->name, "gamma");
        double scale = x->rank >= 2 ? sqrt(6.0 / (x->fan_in + x->fan_out)) : 0.2;
        for (int64_t i = 0; i < x->size; i++) {
            double u = urand();
            float v = positive ? (float)(0.5 + u) : (float)((2 * u - 1) * scale);
            p[i] = v;
            r[i] = v;
        }
    }
}

/* The batch-1 specialisation (what `kiln bench` times as latency, and what a
 * server runs) has tiles and work sharing of its own (a single row's
 * products in partial sums, channel groups shared out with the tile rows):
 * predict compiled for a batch of one is compared with the interpreter too,
 * held weights included. */
static void run_predict_batch1(const char *path, const kiln_isa *isa)
{
    if (!kiln_isa_runs_here(isa)) return;  /* run_model reported it */
    uint64_t saved = rng;  /* its own draws: run_model's stay as they were */
    rng ^= 0x9e3779b97f4a7c15ull;
    kiln_arena a = {0};
    kiln_model model;
    kiln_compiled c;
    kiln_compile_options o = {.batch = 1, .isa = isa->name};
    if (kiln_parse_model_file(path, &a, &model) || kiln_compile(&model, &o, &a, &c)) {
        CHECK(0, "%s does not compile for %s at batch 1", path, isa->name);
        kiln_arena_free(&a);
        rng = saved;
        return;
    }
    kiln_jit_options jo = {.mode = KILN_JIT_ORC, .opt_level = "-O2", .march = isa->march, .use_cache = 1};
    kiln_module *m = kiln_module_jit(&c, path, &jo);
    CHECK(m != NULL, "%s: JIT failed at batch 1", path);
    if (!m) {
        kiln_arena_free(&a);
        rng = saved;
        return;
    }
    const kiln_graph *g = c.graph;
    kiln_interp *ip = kiln_interp_new(g);
    char name[160];
    snprintf(name, sizeof name, "%s@%s batch 1", model.name, isa->name);
    random_weights(g, m, ip);
    int64_t in_per = kiln_tensor_per_sample(g, g->x);
    float *x = calloc((size_t)in_per, sizeof *x), *out = calloc((size_t)m->desc->out_size, sizeof *out);
    double *rx = kiln_interp_tensor(ip, g->x);
    for (int64_t i = 0; i < in_per; i++) rx[i] = x[i] = (float)floor(urand() * 256);
    /* labels for held_weights' train_step: class 0 */
    float *y = calloc((size_t)kiln_tensor_per_sample(g, g->label), sizeof *y);
    int32_t yi = 0;
    y[0] = 1.0f;
    kiln_step s = kiln_module_step(m);
    s.x = x;
    s.y = y;
    s.y_index = &yi;
    s.nb = 1;
    s.out = out;
    m->predict(&s);
    kiln_interp_run(ip, ENTRY_PREDICT, 1, 1, model.optimizer.learning_rate, 42);
    check_tensor(name, "predict", "output", out, kiln_interp_output(ip), m->desc->out_size);
    held_weights(name, m, &s, out);
    printf("  %-24s predict: output as the reference's\n", name);
    free(x);
    free(y);
    free(out);
    kiln_interp_free(ip);
    kiln_module_free(m);
    kiln_arena_free(&a);
    rng = saved;
}

/* The model at `path` compiled for a batch of `batch` (a partial batch of
 * batch - 1 first), against the interpreter. */
static void run_model(const char *path, const kiln_isa *isa, int batch)
{
    kiln_arena a = {0};
    kiln_model model;
    if (kiln_parse_model_file(path, &a, &model)) {
        CHECK(0, "%s does not parse", path);
        return;
    }
    kiln_compile_options o = {.batch = batch, .isa = isa->name};
    kiln_compiled c;
    if (kiln_compile(&model, &o, &a, &c)) {
        CHECK(0, "%s does not compile for %s", path, isa->name);
        kiln_arena_free(&a);
        return;
    }
    kiln_jit_options jo = {.mode = KILN_JIT_ORC, .opt_level = "-O2", .march = isa->march, .use_cache = 1};
    if (!kiln_isa_runs_here(isa)) {
        /* Compiled to machine code, never run: not a pass. */
        kiln_jit *j = kiln_jit_compile(path, c.source, c.source_len, &jo);
        CHECK(j != NULL, "%s: the %s module does not compile", path, isa->name);
        printf("  %-24s %s: compiled, NOT RUN (this CPU lacks %s)\n", model.name, isa->name, isa->what);
        not_run++;
        if (j) kiln_jit_free(j);
        kiln_arena_free(&a);
        return;
    }
    kiln_module *m = kiln_module_jit(&c, path, &jo);
    CHECK(m != NULL, "%s: JIT failed", path);
    if (!m) {
        kiln_arena_free(&a);
        return;
    }
    const kiln_graph *g = c.graph;
    kiln_interp *ip = kiln_interp_new(g);
    char name[160];
    snprintf(name, sizeof name, "%s@%s", model.name, isa->name);
    model_abs = model_rel = 0;

    random_weights(g, m, ip);
    /* A random batch: pixels 0..255 like a dataset's, labels in range. */
    int64_t in_per = kiln_tensor_per_sample(g, g->x), lab_per = kiln_tensor_per_sample(g, g->label);
    float *x = calloc((size_t)(batch * in_per), sizeof *x);
    float *y = calloc((size_t)(batch * lab_per), sizeof *y);
    int32_t *yi = calloc((size_t)batch, sizeof *yi);
    double *rx = kiln_interp_tensor(ip, g->x), *ry = kiln_interp_tensor(ip, g->label);
    int classes = (int)m->desc->out_size;
    for (int64_t i = 0; i < batch * in_per; i++) rx[i] = x[i] = (float)floor(urand() * 256);
    for (int n = 0; n < batch; n++) {
        if (g->label_kind == KILN_LABEL_SPARSE) {
            yi[n] = (int32_t)(urand() * classes);
            ry[n] = yi[n];
        } else if (g->label_kind == KILN_LABEL_ONEHOT) {
            int k = (int)(urand() * classes);
            for (int j = 0; j < lab_per; j++) ry[n * lab_per + j] = y[n * lab_per + j] = (float)(j == k);
        } else if (g->label_kind == KILN_LABEL_INPUT) {
            for (int j = 0; j < lab_per; j++) ry[n * lab_per + j] = y[n * lab_per + j] = x[n * in_per + j];
        } else {
            for (int j = 0; j < lab_per; j++) ry[n * lab_per + j] = y[n * lab_per + j] = (float)urand();
        }
    }

    float lr = model.optimizer.learning_rate;
    kiln_step s = {0};
    float *out = calloc((size_t)(batch * m->desc->out_size), sizeof *out);
    for (int round = 0; round < 2; round++) {
        int nb = round == 0 ? batch - 1 : batch;  /* a partial batch first */
        char what[64];
        snprintf(what, sizeof what, "train_step nb=%d", nb);
        /* weights before the step, to compare updates as steps */
        float *before = malloc(sizeof(float) * (size_t)(m->desc->n_params + 1));
        memcpy(before, m->params, sizeof(float) * (size_t)m->desc->n_params);
        s = kiln_module_step(m);
        s.x = x;
        s.y_index = yi;
        s.y = y;
        s.nb = nb;
        s.training = 1;
        s.step = round + 1;
        s.learning_rate = lr;
        s.seed = 42;
        m->train_step(&s);
        kiln_interp_run(ip, ENTRY_TRAIN, nb, round + 1, lr, 42);
        double rl = kiln_interp_loss(ip);
        CHECK(fabs(s.loss - rl) <= TOL * fmax(fabs(rl), 1e-3), "%s: %s loss %.9g, reference %.9g", name, what,
              s.loss, rl);
        CHECK(fabs(s.metric - kiln_interp_metric(ip)) <= 1e-6 * nb + 1e-9, "%s: %s metric %g, reference %g", name,
              what, s.metric, kiln_interp_metric(ip));
        printf("  %-24s %s: loss %.6f (ref %.6f)\n", name, what, s.loss, rl);
        for (int t = 0; t < g->nt; t++) {
            const kiln_tensor *tt = &g->t[t];
            if (tt->role == KILN_ROLE_GRAD || tt->role == KILN_ROLE_STATE || tt->role == KILN_ROLE_OPT_M ||
                tt->role == KILN_ROLE_OPT_V) {
                check_tensor(name, what, tt->name, slab_ptr(m, tt), kiln_interp_tensor(ip, t), tt->size);
            } else if (tt->role == KILN_ROLE_PARAM) {
                /* The update, in units of the learning rate.  SGD's is
                 * well-conditioned: compare it with the reference.  Adam's
                 * is m/(sqrt(v)+eps), whose derivative in g reaches 1/eps at
                 * g = 0, so float rounding of a near-zero gradient moves it
                 * visibly; there the moments are compared with the
                 * reference above and the update with Keras's formula on the
                 * module's own moments. */
                const double *r = kiln_interp_tensor(ip, t);
                float *d = malloc(sizeof(float) * (size_t)tt->size);
                double *rd = malloc(sizeof(double) * (size_t)tt->size);
                const kiln_optimizer *op = &model.optimizer;
                double t1 = round + 1;
                double lr_t = sqrt(1 - pow(op->beta_2, t1)) / (1 - pow(op->beta_1, t1));
                for (int64_t i = 0; i < tt->size; i++) {
                    int64_t k = tt->offset + i;
                    d[i] = (m->params[k] - before[k]) / lr;
                    rd[i] = op->type == OPT_ADAM
                                ? -lr_t * m->opt_m[k] / (sqrt((double)m->opt_v[k]) + op->epsilon)
                                : (r[i] - before[k]) / lr;
                }
                check_tensor(name, what, tt->name, d, rd, tt->size);
                /* continue both from the same weights */
                for (int64_t i = 0; i < tt->size; i++) kiln_interp_tensor(ip, t)[i] = m->params[tt->offset + i];
                free(d);
                free(rd);
            }
        }
        /* share state and moments exactly, so round 2 tests one step, not drift */
        for (int t = 0; t < g->nt; t++) {
            const kiln_tensor *tt = &g->t[t];
            if (tt->role == KILN_ROLE_STATE || tt->role == KILN_ROLE_OPT_M || tt->role == KILN_ROLE_OPT_V)
                for (int64_t i = 0; i < tt->size; i++) kiln_interp_tensor(ip, t)[i] = slab_ptr(m, tt)[i];
        }
        free(before);
    }
    /* eval and predict */
    s.nb = batch - 1;
    m->eval_step(&s);
    kiln_interp_run(ip, ENTRY_EVAL, batch - 1, 3, lr, 42);
    double rl = kiln_interp_loss(ip);
    CHECK(fabs(s.loss - rl) <= TOL * fmax(fabs(rl), 1e-3), "%s: eval loss %.9g, reference %.9g", name, s.loss, rl);
    CHECK(fabs(s.metric - kiln_interp_metric(ip)) <= 1e-6, "%s: eval metric %g, reference %g", name, s.metric,
          kiln_interp_metric(ip));
    s.out = out;
    m->predict(&s);
    kiln_interp_run(ip, ENTRY_PREDICT, batch - 1, 3, lr, 42);
    check_tensor(name, "predict", "output", out, kiln_interp_output(ip), (batch - 1) * m->desc->out_size);
    held_weights(name, m, &s, out);
    printf("  %-24s every gradient, weight update, moment, BN statistic and output: max abs err %.3g, "
           "max rel err %.3g\n", name, model_abs, model_rel);

    free(x);
    free(y);
    free(yi);
    free(out);
    kiln_interp_free(ip);
    kiln_module_free(m);
    kiln_arena_free(&a);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* ---- the kernel harness: models of random shapes ----------------------------
 * `test_models --shapes N` writes N small models drawn from a fixed seed —
 * input sizes and channel counts that are not multiples of 8 or 16, odd
 * widths, kernels 1 to 5, strides 1 and 2 (and 3), 'same' and 'valid',
 * max-pooling, batch normalization, dropout, several Dense layers — and
 * checks each like a seed model, at every ISA: every kernel family's
 * forward, backward and update against the reference interpreter, on a
 * partial batch and a full one; then fixed models for what random shapes
 * seldom meet: two for the Winograd kernels, two for strided convolutions
 * (phases with different numbers of tile rows; half-vector blocks). */

static int pick(const int *v, int n) { return v[(int)(urand() * n)]; }

static void write_random_model(const char *path, int idx)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "cannot write %s", path);
        return;
    }
    static const int cs[] = {1, 2, 3, 5, 9, 17}, fs[] = {3, 5, 8, 12, 16, 20, 24, 33}, ks[] = {1, 2, 3, 3, 5};
    static const int ss[] = {1, 1, 2, 3}, units[] = {5, 7, 12, 16, 19, 40};
    int h = 5 + (int)(urand() * 10), w = 5 + (int)(urand() * 10), c = pick(cs, 6);
    fprintf(f, "{\"name\": \"shapes%02d\", \"input\": {\"shape\": [%d, %d, %d]}, \"layers\": [\n", idx, h, w, c);
    int convs = 1 + (int)(urand() * 3);
    for (int l = 0; l < convs; l++) {
        int k = pick(ks, 5), s = pick(ss, 4), same = urand() < 0.5;
        if (!same && (h < k || w < k)) same = 1;
        int oh = same ? (h + s - 1) / s : (h - k) / s + 1, ow = same ? (w + s - 1) / s : (w - k) / s + 1;
        const char *act = urand() < 0.6 ? "relu" : urand() < 0.5 ? "linear" : "tanh";
        int filters = pick(fs, 8);
        fprintf(f, "  {\"type\": \"Conv2D\", \"filters\": %d, \"kernel_size\": %d, \"strides\": %d, "
                   "\"padding\": \"%s\", \"activation\": \"%s\"},\n",
                filters, k, s, same ? "same" : "valid", act);
        h = oh;
        w = ow;
        int cin = c;
        c = filters;
        /* BatchNormalization, except after a 1x1 convolution of one channel: its
         * output would not depend on the kernel at all, a zero gradient that
         * float32 only approximates */
        if (urand() < 0.3 && (cin > 1 || k > 1))
            fprintf(f, "  {\"type\": \"BatchNormalization\"}, {\"type\": \"ReLU\"},\n");
        if (urand() < 0.4 && h >= 2 && w >= 2) {
            fprintf(f, "  {\"type\": \"MaxPooling2D\", \"pool_size\": 2},\n");
            h /= 2;
            w /= 2;
        }
    }
    if (urand() < 0.4) fprintf(f, "  {\"type\": \"Dropout\", \"rate\": 0.3},\n");
    fprintf(f, "  {\"type\": \"Flatten\"},\n");
    if (urand() < 0.7) fprintf(f, "  {\"type\": \"Dense\", \"units\": %d, \"activation\": \"relu\"},\n", pick(units, 6));
    fprintf(f, "  {\"type\": \"Dense\", \"units\": 7, \"activation\": \"softmax\"}],\n");
    /* SGD with momentum: Adam's update is ill-conditioned at a zero gradient
     * (a bias before BatchNormalization), see run_model */
    fprintf(f, " \"loss\": \"sparse_categorical_crossentropy\", \"optimizer\": {\"type\": \"SGD\", "
               "\"learning_rate\": 0.05, \"momentum\": 0.9}}\n");
    fclose(f);
}

/* Models whose 3x3 stride-1 convolutions take the Winograd kernels
 * (schedule.c winograd_tile) at every vector ISA: F(4x4, 3x3) where the
 * outputs are multiples of 4 (variant 0: 12x12, then 4x4 after a 'valid'
 * one) and F(2x2, 3x3) where they are only even (variant 1: 10x10, 6x6 in
 * variant 0's backward-data); channel counts that leave partial blocks
 * (18 -> 34 -> 40 -> 12 -> 14: F(4x4) with one output-channel vector too,
 * on AVX-512), 'same' and 'valid', bias and ReLU, a fused
 * 2x2 max-pooling, none before a batch normalization; backward-data with
 * and without the ReLU backward; backward-weights with the bias gradient
 * and without. */
static void write_winograd_model(const char *path, int variant)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "cannot write %s", path);
        return;
    }
    fprintf(f, "{\"name\": \"winograd%d\", \"input\": {\"shape\": [%d, %d, 18]}, \"layers\": [\n"
               "  {\"type\": \"Conv2D\", \"filters\": 34, \"kernel_size\": 3, \"padding\": \"same\", \"activation\": \"relu\"},\n"
               "  {\"type\": \"Conv2D\", \"filters\": 40, \"kernel_size\": 3, \"padding\": \"same\", \"activation\": \"relu\"},\n"
               "  {\"type\": \"MaxPooling2D\", \"pool_size\": 2},\n",
            variant, variant ? 10 : 12, variant ? 10 : 12);
    if (!variant)
        fprintf(f, "  {\"type\": \"Conv2D\", \"filters\": 12, \"kernel_size\": 3, \"padding\": \"valid\", \"activation\": \"linear\"},\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 14, \"kernel_size\": 3, \"padding\": \"same\", \"use_bias\": false},\n"
                   "  {\"type\": \"BatchNormalization\"}, {\"type\": \"ReLU\"},\n");
    fprintf(f, "  {\"type\": \"Flatten\"},\n"
               "  {\"type\": \"Dense\", \"units\": 7, \"activation\": \"softmax\"}],\n"
               " \"loss\": \"sparse_categorical_crossentropy\", \"optimizer\": {\"type\": \"SGD\", "
               "\"learning_rate\": 0.05, \"momentum\": 0.9}}\n");
    fclose(f);
}

/* Variant 0: a stride-2 backward-data into 17x15x12 ('same'): the phases
 * of its rows hold 9 and 8 rows of dx, so one phase runs out of tile rows
 * before the other (emit_conv.c k_conv_direct); then one into 9x8x10
 * ('valid').  Variant 1: activations of 4 and 6 channels between strided
 * convolutions, which lie in half-vector blocks (choose_layouts.c): the 4
 * at both vector ISAs, the 6 on AVX-512. */
static void write_strided_model(const char *path, int variant)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "cannot write %s", path);
        return;
    }
    if (variant)
        fprintf(f, "{\"name\": \"strided1\", \"input\": {\"shape\": [13, 11, 3]}, \"layers\": [\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 4, \"kernel_size\": 3, \"padding\": \"same\", \"activation\": \"relu\"},\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 6, \"kernel_size\": 3, \"strides\": 2, \"padding\": \"same\", \"activation\": \"relu\"},\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 9, \"kernel_size\": 3, \"strides\": 2, \"padding\": \"valid\", \"activation\": \"relu\"},\n");
    else
        fprintf(f, "{\"name\": \"strided0\", \"input\": {\"shape\": [17, 15, 5]}, \"layers\": [\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 12, \"kernel_size\": 3, \"padding\": \"same\", \"activation\": \"relu\"},\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 10, \"kernel_size\": 3, \"strides\": 2, \"padding\": \"same\", \"activation\": \"relu\"},\n"
                   "  {\"type\": \"Conv2D\", \"filters\": 20, \"kernel_size\": 3, \"strides\": 2, \"padding\": \"valid\", \"activation\": \"relu\"},\n");
    fprintf(f, "  {\"type\": \"Flatten\"},\n"
               "  {\"type\": \"Dense\", \"units\": 7, \"activation\": \"softmax\"}],\n"
               " \"loss\": \"sparse_categorical_crossentropy\", \"optimizer\": {\"type\": \"SGD\", "
               "\"learning_rate\": 0.05, \"momentum\": 0.9}}\n");
    fclose(f);
}

/* Regularizers strong enough to see (seed003_mlp_l2's 1e-6 moves a
 * gradient by 1e-5 of itself, below the tolerance): L2 on a convolution's
 * kernel, L1 on its bias, L1 and L2 on a Dense kernel, L1 on the last; SGD
 * (variant 0) and Adam (1), whose update takes the penalties' gradients in
 * (fuse.c).  Checked are the loss with the penalties, each gradient with
 * its term, and the update made from it. */
static void write_regularized_model(const char *path, int variant)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "cannot write %s", path);
        return;
    }
    fprintf(f, "{\"name\": \"regularized%d\", \"input\": {\"shape\": [9, 9, 2]}, \"layers\": [\n"
               "  {\"type\": \"Conv2D\", \"filters\": 5, \"kernel_size\": 3, \"activation\": \"relu\",\n"
               "   \"kernel_regularizer\": {\"type\": \"l2\", \"l2\": 0.5}, \"bias_regularizer\": {\"type\": \"l1\", \"l1\": 0.2}},\n"
               "  {\"type\": \"Flatten\"},\n"
               "  {\"type\": \"Dense\", \"units\": 11, \"activation\": \"relu\",\n"
               "   \"kernel_regularizer\": {\"type\": \"l1_l2\", \"l1\": 0.1, \"l2\": 0.3}},\n"
               "  {\"type\": \"Dense\", \"units\": 7, \"activation\": \"softmax\",\n"
               "   \"kernel_regularizer\": {\"type\": \"l1\", \"l1\": 0.2}}],\n"
               " \"loss\": \"sparse_categorical_crossentropy\", \"optimizer\": %s}\n",
            variant, variant ? "{\"type\": \"Adam\", \"learning_rate\": 0.01}" : "{\"type\": \"SGD\", \"learning_rate\": 0.05}");
    fclose(f);
}

/* Dense layers at a batch of 19 (run_shapes): the GEMMs' full register
 * tiles of 6 or 8 rows and the rows after them, which the models' batch of
 * 4 never fills, with a softmax in the last one's epilogue in predict. */
static void write_dense_model(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "cannot write %s", path);
        return;
    }
    fprintf(f, "{\"name\": \"dense0\", \"input\": {\"shape\": [37]}, \"layers\": [\n"
               "  {\"type\": \"Dense\", \"units\": 70, \"activation\": \"relu\"},\n"
               "  {\"type\": \"Dense\", \"units\": 33, \"activation\": \"relu\"},\n"
               "  {\"type\": \"Dense\", \"units\": 13, \"activation\": \"softmax\"}],\n"
               " \"loss\": \"sparse_categorical_crossentropy\", \"optimizer\": {\"type\": \"SGD\", \"learning_rate\": 0.01}}\n");
    fclose(f);
}

static int run_shapes(int count)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", test_tmpdir());
    rng = 0x5eed5eedu;
    for (int i = 0; i < count + 7; i++) {
        char path[4200];
        /* the random models, then the fixed ones */
        if (i < count) {
            snprintf(path, sizeof path, "%s/shapes%02d.json", dir, i);
            write_random_model(path, i);
        } else if (i < count + 2) {
            snprintf(path, sizeof path, "%s/winograd%d.json", dir, i - count);
            write_winograd_model(path, i - count);
        } else if (i < count + 4) {
            snprintf(path, sizeof path, "%s/strided%d.json", dir, i - count - 2);
            write_strided_model(path, i - count - 2);
        } else if (i < count + 6) {
            snprintf(path, sizeof path, "%s/regularized%d.json", dir, i - count - 4);
            write_regularized_model(path, i - count - 4);
        } else {
            snprintf(path, sizeof path, "%s/dense0.json", dir);
            write_dense_model(path);
        }
        FILE *f = fopen(path, "r");
        char line[512];
        while (f && fgets(line, sizeof line, f)) printf("  | %s", line);
        if (f) fclose(f);
        for (const kiln_isa *isa = kiln_isas; isa->name; isa++) {
            printf("%s at %s\n", path, isa->name);
            fflush(stdout);
            run_model(path, isa, strncmp(path + strlen(path) - 11, "dense0.json", 11) ? 4 : 19);
            run_predict_batch1(path, isa);
        }
    }
    printf("worst relative error against the reference interpreter: %.3g (tolerance %g)\n", worst_rel, TOL);
    if (not_run)
        printf("%d model/ISA pairs were compiled but NOT RUN: this CPU lacks their ISA (not counted as passed)\n",
               not_run);
    return test_finish();
}

int main(int argc, char **argv)
{
    char cache[4096];
    snprintf(cache, sizeof cache, "%s/cache", test_tmpdir());
    setenv("XDG_CACHE_HOME", cache, 1);
    if (argc == 3 && !strcmp(argv[1], "--shapes")) return run_shapes(atoi(argv[2]));
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/models", test_src());
    DIR *d = opendir(dir);
    CHECK(d != NULL, "cannot open %s", dir);
    if (!d) return test_finish();
    char *names[256];
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) && n < 256;) {
        size_t l = strlen(e->d_name);
        if (l > 5 && strcmp(e->d_name + l - 5, ".json") == 0) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, by_name);
    CHECK(n >= 9, "expected the 9 seed models in models/, found %d", n);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "models/%s", names[i]);
        for (const kiln_isa *isa = kiln_isas; isa->name; isa++) {
            printf("%s at %s\n", path, isa->name);
            fflush(stdout);
            run_model(path, isa, 4);
            run_predict_batch1(path, isa);
        }
        free(names[i]);
    }
    printf("worst relative error against the reference interpreter: %.3g (tolerance %g)\n", worst_rel, TOL);
    if (not_run)
        printf("%d model/ISA pairs were compiled but NOT RUN: this CPU lacks their ISA (not counted as "
               "passed)\n", not_run);
    return test_finish();
}
