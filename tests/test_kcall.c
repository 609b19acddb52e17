/* test_kcall.c — one kernel called on its own through libffi (runtime/kcall.h).
 *
 *   the signature parser: hand-written prototypes parse to the right names,
 *     types, pointers and constness; unknown types, other return types,
 *     pointers to pointers, missing names and trailing text are refused with
 *     a message naming the parameter;
 *   binding: tensor names resolve to slab + descriptor offset, Flatten's
 *     view to the storage of the tensor it views, scalars to kiln_step fields;
 *     an unknown name and a scalar of the wrong type are refused;
 *   replay: for models covering every kernel family (convolution, pooling,
 *     dense, batch normalization, dropout, sparse / one-hot / autoencoder
 *     labels, Adam and SGD, regularizers), each entry point (train_step with
 *     a partial and a full batch, eval_step, predict) is run once through the
 *     module and once kernel by kernel through libffi from the same starting
 *     slabs; every slab, loss, metric and output must agree bit for bit.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "kcall.h"
#include "kiln.h"
#include "module.h"
#include "testutil.h"
#include "train.h"

/* ---- the parser ---------------------------------------------------------- */

static void test_parse_ok(void)
{
    kiln_ksig s;
    int rc = kiln_ksig_parse(
        "void k07_conv2d_fwd_n128_h26w26c32(const float *restrict x, const float *restrict "
        "conv2d_kernel, float *restrict conv2d_pre, int nb, double *restrict loss, int64_t t, "
        "uint64_t seed, float lr, const int32_t *restrict y, uint8_t *argmax)",
        &s);
    CHECK(rc == 0, "a kernel prototype does not parse");
    CHECK(!strcmp(s.name, "k07_conv2d_fwd_n128_h26w26c32"), "name: %s", s.name);
    CHECK(s.n == 10, "%d parameters, expected 10", s.n);
    struct { const char *name; kiln_ktype t; int ptr, cnst; } want[] = {
        {"x", KILN_KT_FLOAT, 1, 1},     {"conv2d_kernel", KILN_KT_FLOAT, 1, 1},
        {"conv2d_pre", KILN_KT_FLOAT, 1, 0}, {"nb", KILN_KT_INT, 0, 0},
        {"loss", KILN_KT_DOUBLE, 1, 0}, {"t", KILN_KT_INT64, 0, 0},
        {"seed", KILN_KT_UINT64, 0, 0}, {"lr", KILN_KT_FLOAT, 0, 0},
        {"y", KILN_KT_INT32, 1, 1},     {"argmax", KILN_KT_UINT8, 1, 0},
    };
    for (int i = 0; i < 10 && i < s.n; i++) {
        CHECK(!strcmp(s.p[i].name, want[i].name), "parameter %d: name %s, expected %s", i,
              s.p[i].name, want[i].name);
        CHECK(s.p[i].type == want[i].t && s.p[i].pointer == want[i].ptr &&
                  s.p[i].is_const == want[i].cnst,
              "parameter %d (%s): type %d pointer %d const %d", i, s.p[i].name, (int)s.p[i].type,
              s.p[i].pointer, s.p[i].is_const);
    }
    char buf[32];
    CHECK(!strcmp(kiln_kparam_type_str(&s.p[0], buf, sizeof buf), "const float *"), "type str %s",
          buf);
    CHECK(!strcmp(kiln_kparam_type_str(&s.p[5], buf, sizeof buf), "int64_t"), "type str %s", buf);

    CHECK(kiln_ksig_parse("void k(void)", &s) == 0 && s.n == 0, "(void) takes no parameters");
    CHECK(kiln_ksig_parse("void k()", &s) == 0 && s.n == 0, "() takes no parameters");
    CHECK(kiln_ksig_parse("  void  k ( float * __restrict__ a ,int b ) ;", &s) == 0 && s.n == 2 &&
              s.p[0].pointer && !s.p[0].is_const && s.p[1].type == KILN_KT_INT,
          "spacing, __restrict__ and a trailing ';'");
    /* const after the '*' qualifies the pointer, not the pointee */
    CHECK(kiln_ksig_parse("void k(float *const a)", &s) == 0 && !s.p[0].is_const,
          "'* const' is a const pointer to mutable floats");
    char ident[64];
    CHECK(!strcmp(kiln_c_ident("conv2d_1/kernel.transposed", ident, sizeof ident),
                  "conv2d_1_kernel_transposed"), "C identifier: %s", ident);
}

static void refused(const char *sig, const char *needle)
{
    kiln_ksig s;
    diag_begin();
    int rc = kiln_ksig_parse(sig, &s);
    const char *msg = diag_end();
    CHECK(rc == -1, "\"%s\" parsed", sig);
    CHECK(strstr(msg, needle) != NULL, "\"%s\": message lacks '%s': %s", sig, needle, msg);
}

static void test_parse_errors(void)
{
    refused("void k(const char *x)", "unknown type 'char'");
    refused("void k(float *x, size_t n)", "parameter 2: unknown type 'size_t'");
    refused("int k(float *x)", "expected the return type void");
    refused("void k(float **x)", "pointer to a pointer");
    refused("void k(float *)", "parameter 1 has no name");
    refused("void k(float *x, float *x)", "'x' appears twice");
    refused("void k(float *x) extra", "unexpected 'extra'");
    refused("void k(float *x", "missing ')'");
    refused("void k(int *x)", "a pointer to int");
    refused("void k(float x[4])", "unexpected '['");
    refused("void k(uint8_t b)", "a value of uint8_t");
}

/* ---- models -------------------------------------------------------------- */

typedef struct {
    kiln_arena a;
    kiln_model model;
    kiln_compiled c;
    kiln_module *m;
} built;

/* Builds models/NAME.json for `batch` and ISA `isa` (NULL: this CPU's). */
static int build_isa(const char *name, int batch, const char *isa, built *b)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/models/%s.json", test_src(), name);
    memset(b, 0, sizeof *b);
    if (kiln_parse_model_file(path, &b->a, &b->model)) return -1;
    kiln_compile_options o = {.batch = batch, .isa = isa};
    if (kiln_compile(&b->model, &o, &b->a, &b->c)) return -1;
    /* test_models' options: its cache entries serve this test too */
    kiln_jit_options jo = {.mode = KILN_JIT_ORC, .opt_level = "-O2", .march = b->c.graph->isa->march,
                           .use_cache = 1};
    b->m = kiln_module_jit(&b->c, path, &jo);
    return b->m ? 0 : -1;
}

static int build(const char *name, int batch, built *b) { return build_isa(name, batch, NULL, b); }

static void unbuild(built *b)
{
    kiln_module_free(b->m);
    kiln_arena_free(&b->a);
}

static const kiln_kernel_desc *kernel_named(const kiln_module_desc *d, const char *prefix_after_k)
{
    for (int i = 0; i < d->n_kernels; i++)
        if (strstr(d->kernels[i].name, prefix_after_k)) return &d->kernels[i];
    return NULL;
}

static void test_binding(void)
{
    /* the generic kernels read the Keras-layout slabs themselves */
    built b;
    if (build_isa("seed002_cnn", 4, "generic", &b)) {
        CHECK(0, "seed002_cnn does not build");
        return;
    }
    kiln_module *m = b.m;
    const kiln_module_desc *d = m->desc;
    kiln_step s = kiln_module_step(m);
    float x[4 * 784];
    s.x = x;
    const kiln_kernel_desc *k = kernel_named(d, "_conv2d_fwd_n4_h26w26c32");
    CHECK(k != NULL, "no first convolution kernel");
    if (k) {
        kiln_kcall *c = kiln_kcall_bind(d, b.c.graph, k, kiln_jit_lookup(m->jit, k->name), &s);
        CHECK(c != NULL, "%s does not bind", k->name);
        if (c) {
            const kiln_ksig *sg = kiln_kcall_sig(c);
            for (int i = 0; i < sg->n; i++) {
                const void *at = kiln_kcall_arg(c, i);
                const char *nm = sg->p[i].name;
                if (!strcmp(nm, "x")) CHECK(at == x, "x is not kiln_step.x");
                else if (!strcmp(nm, "nb")) CHECK(at == &s.nb, "nb is not &kiln_step.nb");
                else if (!strcmp(nm, "conv2d_kernel"))
                    CHECK(at == m->params + kiln_module_find_tensor(m, "conv2d/kernel")->offset,
                          "conv2d_kernel is not params + its offset");
                else if (!strcmp(nm, "conv2d_pre"))
                    CHECK(at == m->arena + kiln_module_find_tensor(m, "conv2d_pre")->offset,
                          "conv2d_pre is not arena + its offset");
            }
            kiln_kcall_free(c);
        }
    }
    /* Flatten's output is a view the descriptor does not list */
    k = kernel_named(d, "_dense_fwd_n4_k64");
    if (k && strstr(k->signature, "flatten_out")) {
        CHECK(kiln_module_find_tensor(m, "flatten_out") == NULL,
              "the descriptor lists flatten_out now: this check can go");
        kiln_kcall *c = kiln_kcall_bind(d, b.c.graph, k, kiln_jit_lookup(m->jit, k->name), &s);
        CHECK(c != NULL, "%s does not bind", k->name);
        if (c) {
            CHECK(kiln_kcall_arg(c, 0) ==
                      m->arena + kiln_module_find_tensor(m, "conv2d_2_out")->offset,
                  "flatten_out is not conv2d_2_out's storage");
            kiln_kcall_free(c);
        }
        diag_begin();
        c = kiln_kcall_bind(d, NULL, k, kiln_jit_lookup(m->jit, k->name), &s);
        const char *msg = diag_end();
        CHECK(c == NULL && strstr(msg, "'flatten_out' names no tensor"),
              "without the graph a view cannot bind: %s", msg);
        kiln_kcall_free(c);
    }
    /* a kernel described with names or types kiln does not pass */
    kiln_kernel_desc bad = {"k99_bogus", "void k99_bogus(float *restrict no_such_tensor, int nb)",
                            0, 0, 1};
    diag_begin();
    kiln_kcall *c = kiln_kcall_bind(d, b.c.graph, &bad, (void *)x, &s);
    const char *msg = diag_end();
    CHECK(c == NULL && strstr(msg, "'no_such_tensor' names no tensor"), "unknown name: %s", msg);
    kiln_kcall_free(c);
    bad.signature = "void k99_bogus(float *restrict p, int t)";
    diag_begin();
    c = kiln_kcall_bind(d, b.c.graph, &bad, (void *)x, &s);
    msg = diag_end();
    CHECK(c == NULL && strstr(msg, "'t' is int, but what it names (kiln_step.step) is int64_t"),
          "wrong scalar type: %s", msg);
    kiln_kcall_free(c);
    bad.signature = "void k98_other(float *restrict p)";
    diag_begin();
    c = kiln_kcall_bind(d, b.c.graph, &bad, (void *)x, &s);
    msg = diag_end();
    CHECK(c == NULL && strstr(msg, "declares 'k98_other'"), "name mismatch: %s", msg);
    kiln_kcall_free(c);
    unbuild(&b);
}

/* ---- replay -------------------------------------------------------------- */

typedef struct {
    float *s[6];
    int64_t n[6];
} slabs;

static void slabs_of(const kiln_module *m, float **p)
{
    p[0] = m->params, p[1] = m->grads, p[2] = m->opt_m, p[3] = m->opt_v, p[4] = m->state,
    p[5] = m->arena;
}

static void snapshot(const kiln_module *m, slabs *out)
{
    const kiln_module_desc *d = m->desc;
    int64_t n[6] = {d->n_params, d->n_params, d->n_params, d->n_params, d->n_state, d->n_arena};
    float *p[6];
    slabs_of(m, p);
    for (int i = 0; i < 6; i++) {
        out->n[i] = n[i];
        out->s[i] = malloc((size_t)(n[i] > 0 ? n[i] : 1) * sizeof(float));
        memcpy(out->s[i], p[i], (size_t)n[i] * sizeof(float));
    }
}

static void restore(kiln_module *m, const slabs *from)
{
    float *p[6];
    slabs_of(m, p);
    for (int i = 0; i < 6; i++) memcpy(p[i], from->s[i], (size_t)from->n[i] * sizeof(float));
}

static void slabs_free(slabs *s)
{
    for (int i = 0; i < 6; i++) free(s->s[i]);
}

static const char *const SLAB_NAMES[6] = {"params", "grads", "opt_m", "opt_v", "state", "arena"};

static void replay_model(const char *name)
{
    const int batch = 4;
    built b;
    if (build(name, batch, &b)) {
        CHECK(0, "%s does not build", name);
        return;
    }
    kiln_module *m = b.m;
    const kiln_module_desc *d = m->desc;
    kiln_module_init_weights(m, 3);
    /* A random batch of dataset-like samples: uint8 pixels, labels in range,
     * filled as kiln_fit fills batches. */
    int64_t per = 1;
    for (int i = 0; i < d->in_rank; i++) per *= d->in_dims[i];
    kiln_dataset ds = {.n = batch, .h = (int)per, .w = 1, .c = 1, .classes = 10};
    ds.images = malloc((size_t)(batch * per));
    ds.labels = malloc((size_t)batch * sizeof(int32_t));
    uint64_t r = 77;
    for (int64_t i = 0; i < batch * per; i++) {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        ds.images[i] = (uint8_t)(r >> 56);
    }
    for (int i = 0; i < batch; i++) ds.labels[i] = (i * 7 + 3) % (d->out_size < 10 ? d->out_size : 10);
    float *x = calloc((size_t)(batch * per), sizeof *x);
    float *y = calloc((size_t)batch * (size_t)(d->label_size > 0 ? d->label_size : 1), sizeof *y);
    int32_t *yi = calloc((size_t)batch, sizeof *yi);
    float *out_a = calloc((size_t)batch * (size_t)d->out_size, sizeof(float));
    float *out_b = calloc((size_t)batch * (size_t)d->out_size, sizeof(float));
    int64_t idx[4] = {0, 1, 2, 3};
    CHECK(kiln_fill_batch(m, &ds, idx, batch, NULL, 0, x, yi, y) == 0, "%s: batch", name);

    struct { int entry; kiln_entry_fn fn; const char *what; int nb; } runs[] = {
        {1, m->train_step, "train_step (partial batch)", batch - 1},
        {1, m->train_step, "train_step", batch},
        {2, m->eval_step, "eval_step", batch},
        {4, m->predict, "predict", batch - 1},
    };
    for (size_t ri = 0; ri < sizeof runs / sizeof runs[0]; ri++) {
        slabs s0, sa;
        snapshot(m, &s0);
        kiln_step st = kiln_module_step(m);
        st.x = x, st.y = y, st.y_index = yi, st.nb = runs[ri].nb, st.training = runs[ri].entry == 1;
        st.step = m->step + 1, st.learning_rate = 0.01f, st.seed = 5;
        st.out = out_a;
        runs[ri].fn(&st);
        double loss_a = st.loss, metric_a = st.metric;
        snapshot(m, &sa);

        restore(m, &s0);
        st.out = out_b;
        /* what an entry does before its parallel region */
        if (runs[ri].entry != 4) st.loss = st.metric = 0;
        int calls = 0, ok = 1;
        for (int k = 0; k < d->n_kernels && ok; k++) {
            const kiln_kernel_desc *kd = &d->kernels[k];
            if (!(kd->entries & runs[ri].entry)) continue;
            kiln_kcall *c = kiln_kcall_bind(d, b.c.graph, kd, kiln_jit_lookup(m->jit, kd->name), &st);
            CHECK(c != NULL, "%s: %s does not bind", name, kd->name);
            if (!c) {
                ok = 0;
                break;
            }
            kiln_kcall_run(c);
            kiln_kcall_free(c);
            calls++;
        }
        CHECK(calls > 0, "%s %s: no kernels", name, runs[ri].what);
        float *p[6];
        slabs_of(m, p);
        for (int i = 0; i < 6 && ok; i++) {
            int64_t first = -1;
            for (int64_t e = 0; e < sa.n[i] && first < 0; e++)
                if (memcmp(&p[i][e], &sa.s[i][e], sizeof(float))) first = e;
            CHECK(first < 0, "%s %s: slab %s differs from the entry's at element %" PRId64
                  " (%.9g vs %.9g)", name, runs[ri].what, SLAB_NAMES[i], first,
                  first >= 0 ? p[i][first] : 0.0, first >= 0 ? sa.s[i][first] : 0.0);
        }
        if (runs[ri].entry != 4) {
            CHECK(!memcmp(&st.loss, &loss_a, sizeof loss_a) &&
                      !memcmp(&st.metric, &metric_a, sizeof metric_a),
                  "%s %s: loss %.17g metric %.17g vs the entry's %.17g %.17g", name, runs[ri].what,
                  st.loss, st.metric, loss_a, metric_a);
        } else {
            CHECK(!memcmp(out_a, out_b, (size_t)runs[ri].nb * (size_t)d->out_size * sizeof(float)),
                  "%s predict: outputs differ from the entry's", name);
        }
        /* continue from the entry's state (train steps build up moments) */
        restore(m, &sa);
        if (runs[ri].entry == 1) m->step++;
        slabs_free(&s0);
        slabs_free(&sa);
        printf("%s %s: %d kernels replayed through libffi, bit for bit the entry's\n", name,
               runs[ri].what, calls);
    }
    free(x), free(y), free(yi), free(out_a), free(out_b), free(ds.images), free(ds.labels);
    unbuild(&b);
}

int main(void)
{
    test_parse_ok();
    test_parse_errors();
    test_binding();
    const char *models[] = {"seed002_cnn", "seed001_cnn_bn", "seed003_denoising_ae",
                            "seed003_mlp_l2", "seed004_cifar_strided"};
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++) replay_model(models[i]);
    return test_finish();
}
