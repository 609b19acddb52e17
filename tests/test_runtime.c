/* test_runtime.c — the runtime (module.c, train.c) against a hand-written
 * module that conforms to kiln_abi.h, bound statically with kiln_module_bind.
 *
 * The fake module is one Dense layer 4 -> 3 with softmax cross-entropy on
 * sparse labels and Keras's Adam, on inputs scaled by 1/255 (a built-in
 * Rescaling).  It also carries an unused 32x64 glorot kernel so that the
 * initializer's distribution can be checked, two state tensors, and it logs
 * what it was fed (sample ids, batch sizes) so the tests can check what fit
 * and evaluate actually did.  Every synthetic sample carries its own index in
 * x[0], so the logs name samples exactly.
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "data.h"
#include "diag.h"
#include "formats.h"
#include "kiln_abi.h"
#include "module.h"
#include "testutil.h"
#include "train.h"

/* ---- the fake module ---------------------------------------------------- */

enum { IN = 4, OUT = 3, BATCH = 32, BIG_I = 32, BIG_O = 64 };
enum { OFF_K = 0, OFF_B = 12, OFF_BIG = 15, N_PARAMS = 15 + BIG_I * BIG_O };
enum { N_STATE = 3, N_ARENA = BATCH * OUT };

static kiln_tensor_desc fake_tensors[] = {
    {"dense/kernel", KILN_ROLE_PARAM, 2, {IN, OUT}, "IO", OFF_K, IN * OUT,
     KILN_INIT_GLOROT_UNIFORM, IN, OUT},
    {"dense/bias", KILN_ROLE_PARAM, 1, {OUT}, "O", OFF_B, OUT, KILN_INIT_ZEROS, 0, 0},
    {"big/kernel", KILN_ROLE_PARAM, 2, {BIG_I, BIG_O}, "IO", OFF_BIG, BIG_I * BIG_O,
     KILN_INIT_GLOROT_UNIFORM, BIG_I, BIG_O},
    {"stats/seen", KILN_ROLE_STATE, 1, {1}, "O", 0, 1, KILN_INIT_ZEROS, 0, 0},
    {"stats/ones", KILN_ROLE_STATE, 1, {2}, "C", 1, 2, KILN_INIT_ONES, 0, 0},
    {"x", KILN_ROLE_INPUT, 2, {BATCH, IN}, "NC", 0, BATCH * IN, 0, 0, 0},
    {"labels", KILN_ROLE_LABEL, 1, {BATCH}, "N", 0, BATCH, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {IN, OUT}, "IO", OFF_K, IN * OUT, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {OUT}, "O", OFF_B, OUT, 0, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {IN, OUT}, "IO", OFF_K, IN * OUT, 0, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {IN, OUT}, "IO", OFF_K, IN * OUT, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {BATCH, OUT}, "NC", 0, BATCH * OUT, 0, 0, 0},
};

static const kiln_kernel_desc fake_kernels[] = {
    {"k00_dense_softmax_ce_n32", "void k00(kiln_step *)", 2.0 * BATCH * IN * OUT, 0, 0},
};

static kiln_module_desc fake_desc = {
    .abi_version = KILN_ABI_VERSION,
    .model = "fake_dense",
    .batch = BATCH,
    .in_rank = 1,
    .in_dims = {IN},
    .out_size = OUT,
    .label_kind = KILN_LABEL_SPARSE,
    .label_size = 1,
    .has_accuracy = 1,
    .n_params = N_PARAMS,
    .n_state = N_STATE,
    .n_arena = N_ARENA,
    .n_tensors = (int)(sizeof fake_tensors / sizeof fake_tensors[0]),
    .tensors = fake_tensors,
    .n_kernels = 1,
    .kernels = fake_kernels,
    .isa = "generic",
};

/* What the module was fed. */
#define LOG_CAP 100000
static int g_train_ids[LOG_CAP], g_n_train_ids;   /* x[0] of every training sample */
static int g_eval_ids[LOG_CAP], g_n_eval_ids;     /* x[0] of every evaluated sample */
static int g_batch_nb[LOG_CAP], g_n_batches;      /* nb of every train_step */
static int64_t g_nb_sum;                           /* sum of nb over train_step calls */
static int64_t g_raise_at = -1;                    /* raise SIGINT in this optimizer step */
static float g_step_lr[LOG_CAP];                   /* learning_rate of every train_step */
/* Scripted validation for the callback tests: with a script, the i-th
 * eval_step call returns loss g_val_script[i] and records the weights it
 * saw, which (with a validation set of at most one batch and no test set)
 * are the weights at the end of epoch i + 1. */
static const double *g_val_script;
static int g_val_calls;
static float g_epoch_params[32][N_PARAMS];
static int64_t g_nan_at = -1;                      /* this optimizer step diverges: loss and
                                                      weights become NaN */

static void log_reset(void)
{
    g_n_train_ids = g_n_eval_ids = g_n_batches = 0;
    g_nb_sum = 0;
}

/* Forward: probs (nb, 3) = softmax(x/255 W + b); returns mean CE, counts correct. */
static double forward(const kiln_step *s, float *probs, double *correct)
{
    const float *W = s->params + OFF_K, *b = s->params + OFF_B;
    double loss = 0;
    *correct = 0;
    for (int n = 0; n < s->nb; n++) {
        float z[OUT];
        for (int j = 0; j < OUT; j++) {
            float acc = b[j];
            for (int k = 0; k < IN; k++) acc += s->x[n * IN + k] * (1.0f / 255) * W[k * OUT + j];
            z[j] = acc;
        }
        float mx = fmaxf(z[0], fmaxf(z[1], z[2]));
        int am = z[0] >= z[1] ? (z[0] >= z[2] ? 0 : 2) : (z[1] >= z[2] ? 1 : 2);
        double se = 0;
        for (int j = 0; j < OUT; j++) se += exp(z[j] - mx);
        for (int j = 0; j < OUT; j++) probs[n * OUT + j] = (float)(exp(z[j] - mx) / se);
        int y = s->y_index[n];
        loss += log(se) + mx - z[y];
        *correct += am == y;
    }
    return loss / s->nb;
}

static void fake_train(kiln_step *s)
{
    float *probs = s->arena;
    double correct;
    s->loss = forward(s, probs, &correct);
    s->metric = correct;
    /* backward: dz = (p - onehot)/nb; dW = xs^T dz; db = sum dz */
    float *dW = s->grads + OFF_K, *db = s->grads + OFF_B;
    memset(s->grads, 0, N_PARAMS * sizeof(float));
    for (int n = 0; n < s->nb; n++) {
        for (int j = 0; j < OUT; j++) {
            float dz = (probs[n * OUT + j] - (s->y_index[n] == j)) / s->nb;
            db[j] += dz;
            for (int k = 0; k < IN; k++) dW[k * OUT + j] += s->x[n * IN + k] * (1.0f / 255) * dz;
        }
    }
    /* Keras Adam (ops.h ADAM_UPDATE) */
    const float b1 = 0.9f, b2 = 0.999f, eps = 1e-7f;
    float lr_t = s->learning_rate * sqrtf(1 - powf(b2, (float)s->step)) / (1 - powf(b1, (float)s->step));
    for (int i = 0; i < N_PARAMS; i++) {
        float g = s->grads[i];
        s->opt_m[i] = b1 * s->opt_m[i] + (1 - b1) * g;
        s->opt_v[i] = b2 * s->opt_v[i] + (1 - b2) * g * g;
        s->params[i] -= lr_t * s->opt_m[i] / (sqrtf(s->opt_v[i]) + eps);
    }
    s->state[0] += (float)s->nb;
    if (s->step == g_nan_at) {
        s->loss = NAN;
        for (int i = 0; i < N_PARAMS; i++) s->params[i] = NAN;
    }
    for (int n = 0; n < s->nb && g_n_train_ids < LOG_CAP; n++)
        g_train_ids[g_n_train_ids++] = (int)s->x[n * IN];
    if (g_n_batches < LOG_CAP) g_step_lr[g_n_batches] = s->learning_rate;
    if (g_n_batches < LOG_CAP) g_batch_nb[g_n_batches++] = s->nb;
    g_nb_sum += s->nb;
    if (s->step == g_raise_at) raise(SIGINT);
}

static void fake_eval(kiln_step *s)
{
    double correct;
    s->loss = forward(s, s->arena, &correct);
    s->metric = correct;
    if (g_val_script && g_val_calls < 32) {
        s->loss = g_val_script[g_val_calls];
        memcpy(g_epoch_params[g_val_calls], s->params, sizeof g_epoch_params[0]);
        g_val_calls++;
    }
    for (int n = 0; n < s->nb && g_n_eval_ids < LOG_CAP; n++)
        g_eval_ids[g_n_eval_ids++] = (int)s->x[n * IN];
}

static void fake_predict(kiln_step *s)
{
    kiln_step t = *s;
    int32_t zero[BATCH] = {0};
    t.y_index = zero;
    double correct;
    forward(&t, s->out, &correct);
}

/* ---- synthetic data ------------------------------------------------------ */

static uint64_t g_rng = 12345;
static double urand(void)
{
    g_rng = g_rng * 6364136223846793005ull + 1442695040888963407ull;
    return ((g_rng >> 11) + 0.5) * 0x1p-53;
}
static double nrand(void) { return sqrt(-2 * log(urand())) * cos(6.283185307179586 * urand()); }

/* n samples of 3 Gaussian blobs (sigma 18) in features 1..3, class i % 3;
 * x[0] = the sample's index (mod 256), images shaped 1x1x4. */
static kiln_dataset blobs(int n)
{
    static const double centers[3][3] = {{60, 70, 190}, {190, 60, 80}, {80, 190, 70}};
    kiln_dataset d = {0};
    d.n = n;
    d.h = 1, d.w = 1, d.c = IN;
    d.classes = 3;
    d.images = malloc((size_t)n * IN);
    d.labels = malloc((size_t)n * sizeof(int32_t));
    for (int i = 0; i < n; i++) {
        int c = i % 3;
        d.labels[i] = c;
        d.images[i * IN] = (uint8_t)(i & 255);
        for (int k = 0; k < 3; k++) {
            double v = centers[c][k] + 18 * nrand();
            d.images[i * IN + 1 + k] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : lrint(v));
        }
    }
    return d;
}

static kiln_module *fake_module(void)
{
    return kiln_module_bind(&fake_desc, fake_train, fake_eval, fake_predict);
}

static char *path_in(const char *dir, const char *name)
{
    static char buf[8][4096];
    static int k;
    char *p = buf[k++ & 7];
    snprintf(p, 4096, "%s/%s", dir, name);
    return p;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t r = fread(s, 1, (size_t)n, f);
    s[r] = 0;
    fclose(f);
    return s;
}

static kiln_fit_options quiet_options(int epochs)
{
    kiln_fit_options o;
    kiln_fit_defaults(&o);
    o.epochs = epochs;
    o.learning_rate = 0.05f;
    o.seed = 7;
    o.verbose = 0;
    return o;
}

/* ---- tests --------------------------------------------------------------- */

static void test_bind(void)
{
    kiln_module *m = fake_module();
    CHECK(m != NULL, "bind a conforming descriptor");
    if (!m) return;
    CHECK(((uintptr_t)m->params & 63) == 0 && ((uintptr_t)m->grads & 63) == 0 &&
          ((uintptr_t)m->opt_m & 63) == 0 && ((uintptr_t)m->opt_v & 63) == 0 &&
          ((uintptr_t)m->state & 63) == 0 && ((uintptr_t)m->arena & 63) == 0,
          "slabs are 64-byte aligned");
    int zero = 1;
    for (int i = 0; i < N_PARAMS; i++) zero &= m->params[i] == 0 && m->opt_v[i] == 0;
    CHECK(zero && m->step == 0, "slabs start zeroed");
    CHECK(kiln_module_find_tensor(m, "dense/bias") == &fake_tensors[1], "find_tensor by name");
    CHECK(kiln_module_tensor_data(m, &fake_tensors[8]) == m->grads + OFF_B,
          "a GRAD tensor lives in the grads slab at its offset");
    kiln_module_free(m);

    FILE *sink = tmpfile();
    kiln_diag_set_stream(sink);
    kiln_module_desc bad = fake_desc;
    bad.abi_version = KILN_ABI_VERSION + 1;
    CHECK(kiln_module_bind(&bad, fake_train, fake_eval, fake_predict) == NULL,
          "an ABI version mismatch is refused");
    bad = fake_desc;
    bad.n_params = 10; /* dense/bias and big/kernel would overflow the slab */
    CHECK(kiln_module_bind(&bad, fake_train, fake_eval, fake_predict) == NULL,
          "a tensor outside its slab is refused");
    kiln_diag_set_stream(NULL);
    fclose(sink);
}

static void test_init(void)
{
    kiln_module *a = fake_module(), *b = fake_module();
    kiln_module_init_weights(a, 42);
    kiln_module_init_weights(b, 42);
    CHECK(memcmp(a->params, b->params, N_PARAMS * sizeof(float)) == 0 &&
          memcmp(a->state, b->state, N_STATE * sizeof(float)) == 0,
          "the same seed gives bit-identical weights");
    kiln_module_init_weights(b, 43);
    CHECK(memcmp(a->params, b->params, N_PARAMS * sizeof(float)) != 0,
          "another seed gives other weights");

    double lk = sqrt(6.0 / (IN + OUT)), lb = sqrt(6.0 / (BIG_I + BIG_O));
    int inside = 1;
    for (int i = 0; i < IN * OUT; i++) inside &= fabs(a->params[OFF_K + i]) <= lk;
    double mn = 1e9, mx = -1e9, sum = 0, sq = 0;
    for (int i = 0; i < BIG_I * BIG_O; i++) {
        double w = a->params[OFF_BIG + i];
        inside &= fabs(w) <= lb;
        mn = fmin(mn, w), mx = fmax(mx, w), sum += w, sq += w * w;
    }
    int nbig = BIG_I * BIG_O;
    double mean = sum / nbig, var = sq / nbig - mean * mean;
    CHECK(inside, "glorot_uniform stays within +-sqrt(6/(fan_in+fan_out))");
    CHECK(mn < -0.98 * lb && mx > 0.98 * lb, "glorot_uniform spans the interval: [%g, %g] of +-%g",
          mn, mx, lb);
    CHECK(fabs(mean) < 0.03 * lb, "glorot_uniform mean %g ~ 0", mean);
    CHECK(fabs(var / (lb * lb / 3) - 1) < 0.1, "glorot_uniform variance %g ~ l^2/3 = %g", var,
          lb * lb / 3);
    CHECK(a->params[OFF_B] == 0 && a->params[OFF_B + 1] == 0 && a->params[OFF_B + 2] == 0,
          "zeros initializer");
    CHECK(a->state[0] == 0 && a->state[1] == 1 && a->state[2] == 1, "state: zeros and ones");
    kiln_module_free(a);
    kiln_module_free(b);
}

static int slabs_equal(const kiln_module *a, const kiln_module *b)
{
    size_t pb = N_PARAMS * sizeof(float);
    return memcmp(a->params, b->params, pb) == 0 && memcmp(a->opt_m, b->opt_m, pb) == 0 &&
           memcmp(a->opt_v, b->opt_v, pb) == 0 &&
           memcmp(a->state, b->state, N_STATE * sizeof(float)) == 0 && a->step == b->step;
}

static void copy_module(kiln_module *dst, const kiln_module *src)
{
    size_t pb = N_PARAMS * sizeof(float);
    memcpy(dst->params, src->params, pb);
    memcpy(dst->opt_m, src->opt_m, pb);
    memcpy(dst->opt_v, src->opt_v, pb);
    memcpy(dst->state, src->state, N_STATE * sizeof(float));
    dst->step = src->step;
}

static void test_checkpoints(const char *dir)
{
    kiln_dataset d = blobs(100);
    kiln_module *m = fake_module(), *r = fake_module();
    kiln_module_init_weights(m, 1);
    kiln_fit_options o = quiet_options(2);
    CHECK(kiln_fit(m, &d, &o, NULL) == KILN_FIT_OK, "a short fit");
    CHECK(m->step == 8 && m->opt_v[OFF_K] != 0 && m->state[0] == 200,
          "after 2 epochs of 4 steps: step %lld, moments and state set", (long long)m->step);

    const char *ck = path_in(dir, "w.safetensors");
    CHECK(kiln_module_save(m, ck) == 0, "save");
    kiln_module_init_weights(r, 99);
    CHECK(kiln_module_load_weights(r, ck, 1) == 0, "load with optimizer");
    CHECK(slabs_equal(m, r), "save -> load round-trips params, state, m, v and step bit-exactly");

    kiln_safetensors s;
    CHECK(kiln_safetensors_read(ck, &s) == 0, "the checkpoint is a safetensors file");
    const kiln_named_array *k = kiln_safetensors_find(&s, "dense/kernel");
    CHECK(k && k->array.dtype == KILN_F32 && k->array.rank == 2 && k->array.dims[0] == IN &&
          k->array.dims[1] == OUT, "dense/kernel is F32 (4, 3), Keras's (in, out)");
    CHECK(kiln_safetensors_find(&s, "stats/ones") != NULL &&
          kiln_safetensors_find(&s, "optimizer/m/dense/kernel") != NULL &&
          kiln_safetensors_find(&s, "optimizer/v/big/kernel") != NULL &&
          kiln_safetensors_find(&s, "ddense/kernel") == NULL &&
          kiln_safetensors_find(&s, "dense_out") == NULL,
          "weights, state and optimizer moments saved; grads and activations not");
    const char *f = kiln_safetensors_meta(&s, "format"), *st = kiln_safetensors_meta(&s, "step"),
               *mo = kiln_safetensors_meta(&s, "model");
    CHECK(f && strcmp(f, "kiln") == 0 && st && strcmp(st, "8") == 0 && mo &&
          strcmp(mo, "fake_dense") == 0, "metadata format/model/step");
    CHECK(s.n == 5 + 2 * 3, "%d tensors: 3 params + 2 state + 2x3 moments", s.n);

    /* with_optimizer 0 leaves moments and step alone */
    kiln_module_init_weights(r, 5);
    r->opt_m[0] = 123.0f;
    r->step = 77;
    CHECK(kiln_module_load_weights(r, ck, 0) == 0 && r->opt_m[0] == 123.0f && r->step == 77 &&
          memcmp(r->params, m->params, N_PARAMS * sizeof(float)) == 0,
          "weights-only load leaves the optimizer alone");

    /* a file without optimizer state: fresh optimizer */
    kiln_named_array only[5];
    int n = 0;
    for (int i = 0; i < s.n; i++)
        if (strncmp(s.t[i].name, "optimizer/", 10) != 0) only[n++] = s.t[i];
    const char *plain = path_in(dir, "plain.safetensors");
    CHECK(n == 5 && kiln_safetensors_write(plain, only, n, NULL, 0) == 0, "write weights only");
    CHECK(kiln_module_load_weights(r, plain, 1) == 0 && r->step == 0 && r->opt_m[0] == 0,
          "loading weights without optimizer state zeroes the moments and step");

    /* wrong shape: dense/kernel (3, 4) */
    kiln_named_array bad[5];
    memcpy(bad, only, sizeof bad);
    float buf[12] = {0};
    for (int i = 0; i < 5; i++)
        if (strcmp(bad[i].name, "dense/kernel") == 0) {
            bad[i].array.dims[0] = 3;
            bad[i].array.dims[1] = 4;
            bad[i].array.data = buf;
        }
    const char *wrong = path_in(dir, "wrong.safetensors");
    CHECK(kiln_safetensors_write(wrong, bad, 5, NULL, 0) == 0, "write a wrong-shape file");
    copy_module(r, m);
    r->step = 3;
    kiln_module *before = fake_module();
    copy_module(before, r);
    FILE *cap = tmpfile();
    kiln_diag_set_stream(cap);
    int rc = kiln_module_load_weights(r, wrong, 1);
    kiln_diag_set_stream(NULL);
    fflush(cap);
    rewind(cap);
    char msg[2048] = {0};
    size_t got = fread(msg, 1, sizeof msg - 1, cap);
    msg[got] = 0;
    fclose(cap);
    CHECK(rc == -1, "a wrong-shape checkpoint is refused");
    CHECK(strstr(msg, "dense/kernel") && strstr(msg, "(4, 3)") && strstr(msg, "(3, 4)") &&
          strstr(msg, "wrong.safetensors"),
          "the error names the file, the tensor and both shapes: %s", msg);
    CHECK(slabs_equal(r, before), "a refused load leaves the module unchanged");

    /* missing tensor */
    const char *miss = path_in(dir, "missing.safetensors");
    CHECK(kiln_safetensors_write(miss, only, 4, NULL, 0) == 0, "write a file missing one tensor");
    const char *last = only[4].name;
    cap = tmpfile();
    kiln_diag_set_stream(cap);
    rc = kiln_module_load_weights(r, miss, 0);
    kiln_diag_set_stream(NULL);
    rewind(cap);
    got = fread(msg, 1, sizeof msg - 1, cap);
    msg[got] = 0;
    fclose(cap);
    CHECK(rc == -1 && strstr(msg, last) && strstr(msg, "missing"),
          "a missing tensor is named: %s", msg);
    CHECK(slabs_equal(r, before), "unchanged after a missing tensor");

    kiln_safetensors_free(&s);
    kiln_module_free(before);
    kiln_module_free(m);
    kiln_module_free(r);
    kiln_dataset_free(&d);
}

static void test_fit_learns(void)
{
    kiln_dataset d = blobs(250), t = blobs(150);
    kiln_module *m = fake_module();
    kiln_module_init_weights(m, 3);
    kiln_fit_options o = quiet_options(25);
    o.test = &t;
    kiln_history h;
    log_reset();
    int rc = kiln_fit(m, &d, &o, &h);
    CHECK(rc == KILN_FIT_OK && h.n == 25, "fit 25 epochs");
    CHECK(h.epochs[h.n - 1].accuracy > 0.95, "training accuracy %.4f > 0.95",
          h.epochs[h.n - 1].accuracy);
    CHECK(h.has_test && h.test_accuracy > 0.95, "test accuracy %.4f > 0.95", h.test_accuracy);
    CHECK(h.epochs[h.n - 1].loss < h.epochs[0].loss, "loss falls: %.4f -> %.4f",
          h.epochs[0].loss, h.epochs[h.n - 1].loss);
    double l, a;
    CHECK(kiln_evaluate(m, &t, NULL, &l, &a) == 0 && l == h.test_loss && a == h.test_accuracy,
          "kiln_evaluate agrees with fit's final evaluation");
    /* 250 = 7 * 32 + 26: eight steps, the last with nb = 26 */
    CHECK(g_nb_sum == 25 * 250, "the module saw %lld samples, 25 x 250", (long long)g_nb_sum);
    CHECK(g_n_batches == 25 * 8 && g_batch_nb[7] == 26 && g_batch_nb[6] == 32,
          "8 steps per epoch, the last one partial (nb %d)", g_batch_nb[7]);
    CHECK(m->step == 25 * 8 && m->state[0] == 25 * 250, "optimizer step count %lld",
          (long long)m->step);
    kiln_history_free(&h);
    kiln_module_free(m);
    kiln_dataset_free(&d);
    kiln_dataset_free(&t);
}

/* Each epoch's ids are a permutation of [lo, hi). */
static int epochs_are_permutations(const int *ids, int epochs, int lo, int hi)
{
    int n = hi - lo;
    for (int e = 0; e < epochs; e++) {
        char seen[256] = {0};
        for (int i = 0; i < n; i++) {
            int id = ids[e * n + i];
            if (id < lo || id >= hi || seen[id]) return 0;
            seen[id] = 1;
        }
    }
    return 1;
}

static void test_shuffle_and_split(void)
{
    kiln_dataset d = blobs(250);
    kiln_module *m = fake_module();
    kiln_module_init_weights(m, 3);
    kiln_fit_options o = quiet_options(3);
    log_reset();
    CHECK(kiln_fit(m, &d, &o, NULL) == KILN_FIT_OK, "fit");
    CHECK(g_n_train_ids == 750 && epochs_are_permutations(g_train_ids, 3, 0, 250),
          "every sample exactly once per epoch");
    CHECK(memcmp(g_train_ids, g_train_ids + 250, 250 * sizeof(int)) != 0,
          "epochs are shuffled differently");
    int in_order = 1;
    for (int i = 0; i < 250; i++) in_order &= g_train_ids[i] == i;
    CHECK(!in_order, "the first epoch is shuffled");
    int first[750];
    memcpy(first, g_train_ids, sizeof first);
    kiln_module *m2 = fake_module();
    kiln_module_init_weights(m2, 3);
    log_reset();
    kiln_fit(m2, &d, &o, NULL);
    CHECK(memcmp(first, g_train_ids, sizeof first) == 0 &&
          memcmp(m->params, m2->params, N_PARAMS * sizeof(float)) == 0,
          "the same seed gives the same order and bit-identical weights");
    o.seed = 8;
    kiln_module_init_weights(m2, 3);
    log_reset();
    kiln_fit(m2, &d, &o, NULL);
    CHECK(memcmp(first, g_train_ids, sizeof first) != 0, "another seed, another order");

    o.seed = 7;
    o.shuffle = 0;
    log_reset();
    kiln_fit(m2, &d, &o, NULL);
    in_order = 1;
    for (int i = 0; i < 250; i++) in_order &= g_train_ids[i] == i;
    CHECK(in_order, "shuffle 0 keeps the order");

    /* validation_split 0.2 of 250: train [0, 200), validate [200, 250) */
    o.shuffle = 1;
    o.validation_split = 0.2;
    kiln_history h;
    kiln_module_init_weights(m2, 3);
    log_reset();
    CHECK(kiln_fit(m2, &d, &o, &h) == KILN_FIT_OK, "fit with validation_split");
    CHECK(h.samples_per_epoch == 200 && g_nb_sum == 600 &&
          epochs_are_permutations(g_train_ids, 3, 0, 200),
          "training sees exactly the first 200 samples each epoch");
    int val_ok = g_n_eval_ids == 150;
    for (int i = 0; val_ok && i < 150; i++) val_ok = g_eval_ids[i] == 200 + i % 50;
    CHECK(val_ok, "validation runs on the last 50 samples, in order, every epoch");
    CHECK(h.has_val && h.n == 3 && !isnan(h.epochs[0].val_loss) && h.epochs[2].val_accuracy > 0.5,
          "history carries val_loss and val_accuracy");
    CHECK(g_batch_nb[6] == 8, "200 = 6 * 32 + 8: the last batch has nb %d", g_batch_nb[6]);
    kiln_history_free(&h);

    /* validation on a given set */
    kiln_dataset v = blobs(40);
    o.validation_split = 0;
    o.val = &v;
    log_reset();
    CHECK(kiln_fit(m2, &d, &o, &h) == KILN_FIT_OK && g_n_eval_ids == 3 * 40 && h.has_val,
          "validation data: 40 samples per epoch evaluated");
    kiln_history_free(&h);

    FILE *sink = tmpfile();
    kiln_diag_set_stream(sink);
    o.val = NULL;
    o.validation_split = 0.999;
    CHECK(kiln_fit(m2, &d, &o, NULL) == KILN_FIT_ERROR, "a split with no training samples is an error");
    kiln_diag_set_stream(NULL);
    fclose(sink);

    kiln_dataset_free(&v);
    kiln_module_free(m);
    kiln_module_free(m2);
    kiln_dataset_free(&d);
}

static void test_history_and_progress(const char *dir)
{
    kiln_dataset d = blobs(250), t = blobs(60);
    kiln_module *m = fake_module();
    kiln_module_init_weights(m, 3);
    kiln_fit_options o = quiet_options(3);
    o.val = &t;
    o.test = &t;
    o.verbose = 1;
    o.tty = 0;
    const char *prog = path_in(dir, "progress.txt");
    o.progress = fopen(prog, "w");
    kiln_history h;
    CHECK(kiln_fit(m, &d, &o, &h) == KILN_FIT_OK, "fit with progress");
    fclose(o.progress);
    char *p = slurp(prog);
    CHECK(p && strstr(p, "Epoch 1/3\n8/8 [==============================] - ") &&
          strstr(p, "Epoch 3/3\n") && strstr(p, "/step - loss: ") &&
          strstr(p, " - accuracy: ") && strstr(p, " - val_loss: ") &&
          strstr(p, " - val_accuracy: ") && !strchr(p, '\r'),
          "Keras-style lines without \\r when not a TTY:\n%s", p ? p : "");
    int lines = 0;
    for (const char *c = p; c && *c; c++) lines += *c == '\n';
    CHECK(lines == 6, "two lines per epoch, got %d", lines);
    free(p);

    const char *js = path_in(dir, "h.json");
    CHECK(kiln_history_write(&h, js) == 0, "write history JSON");
    char *text = slurp(js);
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    cJSON *ep = cJSON_GetObjectItem(root, "epochs");
    CHECK(cJSON_GetArraySize(ep) == 3, "one record per epoch");
    int fields = 1;
    for (int i = 0; i < cJSON_GetArraySize(ep); i++) {
        cJSON *e = cJSON_GetArrayItem(ep, i);
        static const char *names[] = {"epoch", "seconds", "loss", "accuracy", "val_loss",
                                      "val_accuracy"};
        for (int k = 0; k < 6; k++) fields &= cJSON_IsNumber(cJSON_GetObjectItem(e, names[k]));
        fields &= cJSON_GetObjectItem(e, "epoch")->valueint == i + 1;
        fields &= cJSON_GetObjectItem(e, "loss")->valuedouble == h.epochs[i].loss;
    }
    CHECK(fields, "records carry epoch, seconds, loss, accuracy, val_loss, val_accuracy");
    CHECK(cJSON_IsNumber(cJSON_GetObjectItem(root, "test_loss")) &&
          cJSON_IsNumber(cJSON_GetObjectItem(root, "test_accuracy")),
          "history JSON carries the final test loss and accuracy");
    cJSON_Delete(root);
    free(text);

    const char *csv = path_in(dir, "h.csv");
    CHECK(kiln_history_write(&h, csv) == 0, "write history CSV");
    text = slurp(csv);
    lines = 0;
    for (const char *c = text; c && *c; c++) lines += *c == '\n';
    CHECK(text && strncmp(text, "epoch,seconds,loss,accuracy,val_loss,val_accuracy\n1,", 52) == 0 &&
          lines == 5 && strstr(text, "\ntest,,"),
          "CSV: header, 3 rows, test row:\n%s", text ? text : "");
    free(text);
    FILE *sink = tmpfile();
    kiln_diag_set_stream(sink);
    CHECK(kiln_history_write(&h, path_in(dir, "h.txt")) == -1, "unknown extension refused");
    kiln_diag_set_stream(NULL);
    fclose(sink);
    CHECK(access(path_in(dir, "h.json.tmp"), F_OK) != 0, "no temporary left behind");
    kiln_history_free(&h);
    kiln_module_free(m);
    kiln_dataset_free(&d);
    kiln_dataset_free(&t);
}

static void test_sigint(const char *dir)
{
    kiln_dataset d = blobs(250);
    kiln_module *m = fake_module();
    kiln_module_init_weights(m, 3);
    kiln_fit_options o = quiet_options(3);
    o.save_path = path_in(dir, "int.safetensors");
    kiln_history h;
    g_raise_at = 11; /* epoch 2, step 3 */
    log_reset();
    struct sigaction before, after;
    sigaction(SIGINT, NULL, &before);
    int rc = kiln_fit(m, &d, &o, &h);
    g_raise_at = -1;
    sigaction(SIGINT, NULL, &after);
    CHECK(rc == KILN_FIT_INTERRUPTED, "SIGINT stops fit with KILN_FIT_INTERRUPTED (%d)", rc);
    CHECK(m->step == 11 && g_n_batches == 11, "the current step finishes, no further step runs");
    CHECK(h.n == 1 && h.interrupted, "only the completed epoch is recorded");
    CHECK(after.sa_handler == before.sa_handler, "the SIGINT handler is restored");
    kiln_module *r = fake_module();
    CHECK(kiln_module_load_weights(r, o.save_path, 1) == 0 && slabs_equal(r, m),
          "the checkpoint saved on SIGINT holds the state after step 11");
    kiln_history_free(&h);
    kiln_module_free(r);
    kiln_module_free(m);
    kiln_dataset_free(&d);
}

static void test_gradients_and_predict(void)
{
    kiln_dataset d = blobs(20);
    kiln_module *m = fake_module();
    kiln_module_init_weights(m, 3);
    m->step = 5;
    m->opt_m[1] = 0.5f;
    kiln_module *before = fake_module();
    copy_module(before, m);

    float x[BATCH * IN], y[BATCH];
    int32_t yi[BATCH];
    int64_t idx[20];
    for (int i = 0; i < 20; i++) idx[i] = i;
    CHECK(kiln_fill_batch(m, &d, idx, 20, NULL, 0, x, yi, y) == 0, "fill a batch");
    CHECK(x[IN * 3] == 3 && x[IN * 3 + 1] == d.images[IN * 3 + 1] && yi[4] == 1,
          "raw 0..255 values and sparse labels");
    kiln_step s = {0};
    s.x = x;
    s.y_index = yi;
    s.nb = 20;
    s.learning_rate = 0.1f;
    CHECK(kiln_module_gradients(m, &s) == 0, "gradients");
    CHECK(slabs_equal(m, before), "gradients leave params, moments, state and step unchanged");
    /* central differences of the eval loss, in double, against the grads slab */
    double maxerr = 0;
    for (int i = 0; i < IN * OUT + OUT; i++) {
        float w = m->params[i], h = 1e-2f;
        kiln_step e = s;
        m->params[i] = w + h;
        fake_eval(&e);
        double lp = e.loss;
        m->params[i] = w - h;
        fake_eval(&e);
        double lm = e.loss;
        m->params[i] = w;
        maxerr = fmax(maxerr, fabs((lp - lm) / (2 * h) - m->grads[i]));
    }
    CHECK(maxerr < 2e-3, "grads match central differences (max abs error %.2e)", maxerr);

    kiln_array a = {KILN_U8, 2, {20, IN}, d.images};
    float out[20 * OUT], out2[20 * OUT];
    CHECK(kiln_predict(m, &a, out) == 0, "predict on uint8");
    float *xf = malloc(20 * IN * sizeof(float));
    for (int i = 0; i < 20 * IN; i++) xf[i] = d.images[i];
    kiln_array b = {KILN_F32, 4, {20, 1, 1, IN}, xf};
    CHECK(kiln_predict(m, &b, out2) == 0 && memcmp(out, out2, sizeof out) == 0,
          "predict on float32 NHWC gives the same outputs");
    double sum = out[0] + out[1] + out[2];
    CHECK(fabs(sum - 1) < 1e-5, "softmax rows sum to 1 (%g)", sum);
    kiln_array c = {KILN_F32, 2, {10, 8}, xf};
    FILE *sink = tmpfile();
    kiln_diag_set_stream(sink);
    CHECK(kiln_predict(m, &c, out2) == -1, "8 elements per sample refused for a 4-input model");
    kiln_diag_set_stream(NULL);
    fclose(sink);
    free(xf);
    kiln_module_free(before);
    kiln_module_free(m);
    kiln_dataset_free(&d);
}

static void test_labels_and_noise(void)
{
    kiln_dataset d = blobs(64);
    FILE *cap = tmpfile();
    kiln_diag_set_stream(cap);

    kiln_module_desc oh = fake_desc;
    oh.label_kind = KILN_LABEL_ONEHOT;
    oh.label_size = OUT;
    kiln_module *m = kiln_module_bind(&oh, NULL, NULL, NULL);
    float x[BATCH * IN], y[BATCH * 16];
    int32_t yi[BATCH];
    int64_t idx[BATCH];
    for (int i = 0; i < BATCH; i++) idx[i] = i;
    CHECK(kiln_fill_batch(m, &d, idx, 5, NULL, 0, x, yi, y) == 0 && y[0] == 1 && y[1] == 0 &&
          y[2] == 0 && y[3 + 1] == 1 && y[6 + 2] == 1 && y[9] == 1,
          "ONEHOT labels are one-hot rows of label_size");
    kiln_module_free(m);

    kiln_module_desc ae = fake_desc;
    ae.label_kind = KILN_LABEL_INPUT;
    ae.label_size = IN;
    m = kiln_module_bind(&ae, NULL, NULL, NULL);
    kiln_input_noise nz = {1, 0.4f, 9, 0};
    kiln_dataset big = d;
    big.labels = NULL;
    CHECK(kiln_check_dataset(m, &big, "autoencoder data") == 0, "INPUT targets need no labels");
    CHECK(kiln_fill_batch(m, &big, idx, BATCH, &nz, 1, x, yi, y) == 0, "fill with noise");
    int clean = 1, changed = 0, salt = 0, pepper = 0;
    for (int i = 0; i < BATCH * IN; i++) {
        clean &= y[i] == d.images[i];
        if (x[i] != d.images[i]) {
            changed++;
            salt += x[i] == 255;
            pepper += x[i] == 0;
        }
    }
    CHECK(clean, "INPUT targets are the clean image");
    CHECK(changed > 20 && changed < 80 && salt + pepper == changed && salt > 5 && pepper > 5,
          "salt and pepper: %d of 128 changed (expected ~51), %d to 255, %d to 0", changed, salt,
          pepper);
    float x2[BATCH * IN];
    kiln_fill_batch(m, &big, idx, BATCH, &nz, 1, x2, yi, y);
    CHECK(memcmp(x, x2, sizeof x) == 0, "noise is deterministic for (seed, epoch, sample)");
    kiln_fill_batch(m, &big, idx, BATCH, &nz, 2, x2, yi, y);
    CHECK(memcmp(x, x2, sizeof x) != 0, "a new epoch, a new corruption");
    kiln_module_free(m);

    m = fake_module();
    kiln_dataset wrong = d;
    wrong.c = 5;
    wrong.n = 50;
    CHECK(kiln_check_dataset(m, &wrong, "training data") == -1,
          "a 1x1x5 sample does not fit a 4-input model");
    d.labels[3] = 7;
    CHECK(kiln_check_dataset(m, &d, "training data") == -1, "label 7 of 3 classes refused");
    kiln_module_free(m);
    kiln_diag_set_stream(NULL);
    rewind(cap);
    char msg[4096] = {0};
    size_t got = fread(msg, 1, sizeof msg - 1, cap);
    msg[got] = 0;
    fclose(cap);
    CHECK(strstr(msg, "(4,)") && strstr(msg, "1x1x5") && strstr(msg, "label 7 of sample 3"),
          "errors say what did not fit:\n%s", msg);
    kiln_dataset_free(&d);
}


/* ---- callbacks (runtime/callbacks.c) on scripted val_loss sequences -------
 *
 * Each test scripts the val_loss of every epoch (g_val_script), runs kiln_fit
 * on the fake module and checks what Keras's rules say must happen; the
 * expected epochs are worked out by hand in the comments from the rules
 * quoted in callbacks.h.  250 training samples with batch 32 make 8 steps
 * per epoch; 20 validation samples make one eval_step call per epoch. */

/* A run of `epochs` epochs validating on `val`, progress (verbose 1, no TTY)
 * into a fresh file `prog` under dir. */
static kiln_fit_options cb_options(int epochs, const kiln_dataset *val, const kiln_callback *cbs,
                                   int n, FILE *prog)
{
    kiln_fit_options o = quiet_options(epochs);
    o.val = val;
    o.callbacks = cbs;
    o.n_callbacks = n;
    o.verbose = 1;
    o.tty = 0;
    o.progress = prog;
    return o;
}

/* Runs kiln_fit with val_loss scripted; returns the progress text (malloc'd). */
static char *scripted_fit(const char *dir, const double *script, int epochs, const kiln_callback *cbs,
                          int n, kiln_module *m, kiln_history *h, int *rc)
{
    kiln_dataset d = blobs(250), v = blobs(20);
    const char *prog = path_in(dir, "cb-progress.txt");
    FILE *f = fopen(prog, "w");
    kiln_fit_options o = cb_options(epochs, &v, cbs, n, f);
    kiln_module_init_weights(m, 3);
    g_val_script = script;
    g_val_calls = 0;
    log_reset();
    *rc = kiln_fit(m, &d, &o, h);
    g_val_script = NULL;
    fclose(f);
    kiln_dataset_free(&d);
    kiln_dataset_free(&v);
    return slurp(prog);
}

static int params_are(const kiln_module *m, const float *want)
{
    return memcmp(m->params, want, N_PARAMS * sizeof(float)) == 0;
}

static kiln_callback early_stopping(int patience, int restore)
{
    kiln_callback c;
    kiln_callback_defaults(&c, CB_EARLY_STOPPING);
    c.patience = patience;
    c.restore_best_weights = restore;
    c.verbose = 1;
    c.path = "test";
    return c;
}

static void test_early_stopping(const char *dir)
{
    kiln_module *m = fake_module();
    kiln_history h;
    int rc;

    /* patience 2: epoch 1 improves on inf (wait 0), epoch 2 on 1.0 (wait 0,
     * best epoch 2), epoch 3 does not (wait 1), epoch 4 does not (wait 2 >=
     * patience): stop after epoch 4, though epoch 5 would have improved. */
    static const double s1[] = {1.0, 0.8, 0.9, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    kiln_callback es = early_stopping(2, 1);
    char *out = scripted_fit(dir, s1, 10, &es, 1, m, &h, &rc);
    CHECK(rc == KILN_FIT_OK && h.n == 4 && h.stopped_epoch == 4 && m->step == 4 * 8,
          "EarlyStopping(patience 2) stops after epoch 4: %d epochs, stopped %d", h.n,
          h.stopped_epoch);
    CHECK(params_are(m, g_epoch_params[1]),
          "restore_best_weights: the weights are epoch 2's, the best val_loss");
    const char *bar4 = out ? strstr(out, "Epoch 4/10\n8/8 [====") : NULL;
    const char *msg = out ? strstr(out, "Epoch 4: early stopping\n"
                                        "Restoring model weights from the end of the best "
                                        "epoch: 2.\n") : NULL;
    CHECK(bar4 && msg && msg > bar4 && !strstr(out, "Epoch 5/10"),
          "Keras's messages, after epoch 4's bar line:\n%s", out ? out : "");
    free(out);
    kiln_history_free(&h);

    es.restore_best_weights = 0;
    out = scripted_fit(dir, s1, 10, &es, 1, m, &h, &rc);
    CHECK(h.n == 4 && params_are(m, g_epoch_params[3]) && !strstr(out, "Restoring"),
          "without restore_best_weights the last epoch's weights stay");
    free(out);
    kiln_history_free(&h);

    /* Keras 2 restores only when it stopped training: patience 10 never
     * stops in 4 epochs, so the weights are the last epoch's, not epoch 2's. */
    static const double s2[] = {1.0, 0.5, 0.9, 0.9};
    es = early_stopping(10, 1);
    out = scripted_fit(dir, s2, 4, &es, 1, m, &h, &rc);
    CHECK(h.n == 4 && h.stopped_epoch == 0 && params_are(m, g_epoch_params[3]) &&
              !strstr(out, "early stopping"),
          "no early stop, no restore");
    free(out);
    kiln_history_free(&h);

    /* min_delta 0.1 (min mode: improvement is current + 0.1 < best):
     * epoch 1 improves on inf; epoch 2's 0.95 + 0.1 is not below 1.0, so
     * wait 1 >= patience 1: stop after epoch 2, although val_loss falls. */
    static const double s3[] = {1.0, 0.95, 0.9, 0.85, 0.8};
    es = early_stopping(1, 0);
    es.min_delta = 0.1;
    out = scripted_fit(dir, s3, 5, &es, 1, m, &h, &rc);
    CHECK(h.n == 2 && h.stopped_epoch == 2, "min_delta 0.1: stop after epoch 2 (ran %d)", h.n);
    free(out);
    kiln_history_free(&h);
    es.min_delta = 0;
    out = scripted_fit(dir, s3, 5, &es, 1, m, &h, &rc);
    CHECK(h.n == 5 && h.stopped_epoch == 0, "min_delta 0: every epoch improves, all 5 run");
    free(out);
    kiln_history_free(&h);

    /* start_from_epoch 3, patience 0, a rising val_loss: epochs 1-3 are not
     * monitored; epoch 4 improves on inf; epoch 5 does not (wait 1 >= 0):
     * stop after epoch 5. */
    static const double s4[] = {1, 2, 3, 4, 5, 6, 7, 8};
    es = early_stopping(0, 0);
    es.start_from_epoch = 3;
    out = scripted_fit(dir, s4, 8, &es, 1, m, &h, &rc);
    CHECK(h.n == 5 && h.stopped_epoch == 5, "start_from_epoch 3: stop after epoch 5 (ran %d)",
          h.n);
    free(out);
    kiln_history_free(&h);

    /* baseline 0.5, patience 2, val_loss 1.0, 1.1, ...: epoch 1 improves on
     * inf but not on the baseline, so wait stays 1; epoch 2 does not improve,
     * wait 2 >= 2: stop after epoch 2.  Without the baseline epoch 1 resets
     * wait to 0 and training stops after epoch 3. */
    static const double s5[] = {1.0, 1.1, 1.2, 1.3, 1.4};
    es = early_stopping(2, 0);
    es.has_baseline = 1;
    es.baseline = 0.5;
    out = scripted_fit(dir, s5, 5, &es, 1, m, &h, &rc);
    CHECK(h.n == 2, "baseline 0.5: stop after epoch 2 (ran %d)", h.n);
    free(out);
    kiln_history_free(&h);
    es.has_baseline = 0;
    out = scripted_fit(dir, s5, 5, &es, 1, m, &h, &rc);
    CHECK(h.n == 3, "no baseline: stop after epoch 3 (ran %d)", h.n);
    free(out);
    kiln_history_free(&h);

    /* mode max on val_loss, patience 1: epoch 2's 0.8 is not above 1.0 */
    es = early_stopping(1, 0);
    es.mode = CB_MODE_MAX;
    out = scripted_fit(dir, s1, 10, &es, 1, m, &h, &rc);
    CHECK(h.n == 2, "mode max: stop after epoch 2 (ran %d)", h.n);
    free(out);
    kiln_history_free(&h);
    kiln_module_free(m);
}

static kiln_callback checkpoint(const char *path, int best_only, int weights_only)
{
    kiln_callback c;
    kiln_callback_defaults(&c, CB_MODEL_CHECKPOINT);
    c.filepath = path;
    c.save_best_only = best_only;
    c.save_weights_only = weights_only;
    c.verbose = 1;
    c.path = "test";
    return c;
}

/* The checkpoint's weights equal want (loaded into a fresh module). */
static int checkpoint_holds(const char *path, const float *want)
{
    kiln_module *r = fake_module();
    int ok = kiln_module_load_weights(r, path, 0) == 0 && params_are(r, want);
    kiln_module_free(r);
    return ok;
}

static void test_model_checkpoint(const char *dir)
{
    kiln_module *m = fake_module();
    kiln_history h;
    int rc;
    /* save_best_only on val_loss: epochs 1 (inf -> 1.0), 2 (-> 0.8) and 4
     * (-> 0.7) improve; 3 and 5 do not.  The file ends with epoch 4's
     * weights.  The second checkpoint saves every epoch, weights only, into
     * a directory it creates, under names formatted from the logs. */
    static const double s[] = {1.0, 0.8, 0.9, 0.7, 0.75};
    char best[4096], every[4096];
    snprintf(best, sizeof best, "%s/best.safetensors", dir);
    snprintf(every, sizeof every, "%s/every/e{epoch:02d}-{val_loss:.2f}.safetensors", dir);
    kiln_callback cb[2] = {checkpoint(best, 1, 0), checkpoint(every, 0, 1)};
    char *out = scripted_fit(dir, s, 5, cb, 2, m, &h, &rc);
    CHECK(rc == KILN_FIT_OK && h.n == 5, "fit with two checkpoints");
    CHECK(checkpoint_holds(best, g_epoch_params[3]), "the best checkpoint holds epoch 4's weights");
    kiln_safetensors st;
    if (kiln_safetensors_read(best, &st) == 0) {
        const char *step = kiln_safetensors_meta(&st, "step");
        CHECK(kiln_safetensors_find(&st, "optimizer/m/dense/kernel") && step &&
                  !strcmp(step, "32"),
              "save_weights_only false: the full checkpoint, optimizer state and step 32 "
              "(epoch 4 x 8 steps), got step %s", step ? step : "?");
        kiln_safetensors_free(&st);
    }
    char want[4096];
    snprintf(want, sizeof want, "Epoch 1: val_loss improved from inf to 1.00000, saving model to %s\n"
             "Epoch 1: saving model to %s/every/e01-1.00.safetensors\n", best, dir);
    CHECK(out && strstr(out, want), "messages of epoch 1:\n%s", out ? out : "");
    snprintf(want, sizeof want, "Epoch 3: val_loss did not improve from 0.80000\n");
    CHECK(out && strstr(out, want), "epoch 3 does not improve");
    snprintf(want, sizeof want, "Epoch 4: val_loss improved from 0.80000 to 0.70000, saving model "
             "to %s\n", best);
    CHECK(out && strstr(out, want), "epoch 4 improves");
    const char *bar1 = out ? strstr(out, "Epoch 1/5\n8/8 [") : NULL;
    CHECK(bar1 && strstr(out, "Epoch 1: val_loss") > bar1 &&
              strstr(out, "Epoch 1: val_loss") < strstr(out, "Epoch 2/5"),
          "the message follows epoch 1's bar line");
    static const char *names[] = {"e01-1.00", "e02-0.80", "e03-0.90", "e04-0.70", "e05-0.75"};
    int all = 1;
    for (int i = 0; i < 5; i++) {
        snprintf(want, sizeof want, "%s/every/%s.safetensors", dir, names[i]);
        all &= checkpoint_holds(want, g_epoch_params[i]);
    }
    CHECK(all, "one checkpoint per epoch, named from {epoch:02d} and {val_loss:.2f}, each "
               "holding its epoch's weights");
    snprintf(want, sizeof want, "%s/every/e03-0.90.safetensors", dir);
    if (kiln_safetensors_read(want, &st) == 0) {
        CHECK(!kiln_safetensors_find(&st, "optimizer/m/dense/kernel") &&
                  kiln_safetensors_find(&st, "dense/kernel") &&
                  kiln_safetensors_find(&st, "stats/ones"),
              "save_weights_only: weights and state, no optimizer state");
        kiln_safetensors_free(&st);
    }
    free(out);
    kiln_history_free(&h);

    /* initial_value_threshold 0.85: epoch 1's 1.0 does not beat it */
    cb[0].has_baseline = 1;
    cb[0].baseline = 0.85;
    out = scripted_fit(dir, s, 2, cb, 1, m, &h, &rc);
    CHECK(out && strstr(out, "Epoch 1: val_loss did not improve from 0.85000\n") &&
              strstr(out, "Epoch 2: val_loss improved from 0.85000 to 0.80000"),
          "initial_value_threshold is the first best:\n%s", out ? out : "");
    CHECK(checkpoint_holds(best, g_epoch_params[1]), "and epoch 2 is saved");
    free(out);
    kiln_history_free(&h);
    kiln_module_free(m);
}

static void test_reduce_lr(const char *dir)
{
    kiln_module *m = fake_module();
    kiln_history h;
    int rc;
    kiln_callback c;
    kiln_callback_defaults(&c, CB_REDUCE_LR_ON_PLATEAU);
    c.factor = 0.5;
    c.patience = 2;
    c.cooldown = 2;
    c.min_delta = 0;
    c.verbose = 1;
    c.path = "test";
    /* A flat val_loss, lr 0.05, patience 2, cooldown 2:
     *   epoch 1 improves on inf; 2: wait 1; 3: wait 2 -> lr 0.025, cooldown 2;
     *   4: cooldown 2 -> 1, wait 0, in cooldown: nothing;
     *   5: cooldown 1 -> 0, wait 0, then wait 1; 6: wait 2 -> lr 0.0125;
     *   7: in cooldown; 8: wait 1; 9: wait 2 -> lr 0.00625 (for a 10th epoch).
     * So epochs 1-3 train at 0.05, 4-6 at 0.025, 7-9 at 0.0125.  Without the
     * cooldown the rate falls after epochs 3, 5, 7 and 9. */
    static const double flat[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    char *out = scripted_fit(dir, flat, 9, &c, 1, m, &h, &rc);
    static const float with_cd[9] = {0.05f, 0.05f, 0.05f, 0.025f, 0.025f, 0.025f,
                                     0.0125f, 0.0125f, 0.0125f};
    int ok = rc == KILN_FIT_OK && h.n == 9 && h.has_learning_rate;
    for (int e = 0; ok && e < 9; e++) {
        for (int st = 0; st < 8; st++) ok &= g_step_lr[e * 8 + st] == with_cd[e];
        ok &= h.epochs[e].learning_rate == (double)strtod(e < 3 ? "0.05" : e < 6 ? "0.025" : "0.0125", NULL);
    }
    CHECK(ok, "cooldown 2: the rate every step and in the history is 0.05 x3, 0.025 x3, 0.0125 x3");
    CHECK(out && strstr(out, "Epoch 3: ReduceLROnPlateau reducing learning rate to 0.025.\n") &&
              strstr(out, "Epoch 6: ReduceLROnPlateau reducing learning rate to 0.0125.\n") &&
              strstr(out, "Epoch 9: ReduceLROnPlateau reducing learning rate to 0.00625.\n") &&
              !strstr(out, "Epoch 5: ReduceLROnPlateau"),
          "Keras's messages at epochs 3, 6 and 9:\n%s", out ? out : "");
    const char *js = path_in(dir, "lr.json");
    char *text = kiln_history_write(&h, js) == 0 ? slurp(js) : NULL;
    CHECK(text && strstr(text, "\"learning_rate\":\t0.025"), "the history file logs learning_rate");
    free(text);
    free(out);
    kiln_history_free(&h);

    c.cooldown = 0;
    out = scripted_fit(dir, flat, 9, &c, 1, m, &h, &rc);
    static const float no_cd[9] = {0.05f, 0.05f, 0.05f, 0.025f, 0.025f, 0.0125f, 0.0125f,
                                   0.00625f, 0.00625f};
    ok = h.n == 9;
    for (int e = 0; ok && e < 9; e++) ok &= g_step_lr[e * 8] == no_cd[e];
    CHECK(ok && strstr(out, "Epoch 5: ReduceLROnPlateau reducing learning rate to 0.0125."),
          "no cooldown: reductions after epochs 3, 5, 7 and 9");
    free(out);
    kiln_history_free(&h);

    /* patience 1, min_lr 0.015: epoch 2 does not improve (wait 1): 0.05 ->
     * 0.025 for epoch 3; after epoch 3 -> max(0.0125, 0.015) = 0.015 for
     * epoch 4; then lr is not above min_lr: no more changes. */
    c.patience = 1;
    c.min_lr = 0.015;
    out = scripted_fit(dir, flat, 6, &c, 1, m, &h, &rc);
    CHECK(g_step_lr[1 * 8] == 0.05f && g_step_lr[2 * 8] == 0.025f && g_step_lr[3 * 8] == 0.015f &&
              g_step_lr[5 * 8] == 0.015f &&
              strstr(out, "Epoch 3: ReduceLROnPlateau reducing learning rate to 0.015.") &&
              !strstr(out, "Epoch 4: ReduceLROnPlateau"),
          "min_lr bounds the rate: %g %g %g", g_step_lr[8], g_step_lr[24], g_step_lr[40]);
    free(out);
    kiln_history_free(&h);

    /* an improvement beyond min_delta resets the wait: 1.0, 0.5 (better), 0.5, 0.5 */
    static const double dip[] = {1.0, 0.5, 0.5, 0.5, 0.5};
    c.patience = 2;
    c.min_lr = 0;
    out = scripted_fit(dir, dip, 5, &c, 1, m, &h, &rc);
    CHECK(g_step_lr[3 * 8] == 0.05f && g_step_lr[4 * 8] == 0.025f &&
              strstr(out, "Epoch 4: ReduceLROnPlateau"),
          "epoch 2 improves, so the first reduction comes after epoch 4");
    free(out);
    kiln_history_free(&h);
    kiln_module_free(m);
}

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void test_terminate_on_nan(const char *dir)
{
    kiln_dataset d = blobs(250), v = blobs(20);
    kiln_module *m = fake_module();
    kiln_history h;
    kiln_callback cb[3];
    kiln_callback_defaults(&cb[0], CB_TERMINATE_ON_NAN);
    char every[4096], old[4096];
    snprintf(every, sizeof every, "%s/nan-{epoch}.safetensors", dir);
    cb[1] = checkpoint(every, 0, 0);
    snprintf(old, sizeof old, "%s/nan-best.safetensors", dir);
    cb[2] = checkpoint(old, 1, 0);
    FILE *f = fopen(old, "w");
    fputs("an older checkpoint", f);
    fclose(f);
    const char *save = path_in(dir, "nan-save.safetensors");
    f = fopen(save, "w");
    fputs("an older --save", f);
    fclose(f);

    /* NaN in step 4 = epoch 1, batch 3 (0-based, as Keras counts): stop
     * after that batch; the cut epoch is validated and recorded, but no
     * checkpoint is written: both old files stay as they were. */
    const char *prog = path_in(dir, "nan.txt");
    FILE *pf = fopen(prog, "w");
    kiln_fit_options o = cb_options(3, &v, cb, 3, pf);
    o.save_path = save;
    kiln_module_init_weights(m, 3);
    g_nan_at = 4;
    log_reset();
    FILE *err = tmpfile();
    int fd = dup(2);
    dup2(fileno(err), 2);
    int rc = kiln_fit(m, &d, &o, &h);
    fflush(stderr);
    dup2(fd, 2);
    close(fd);
    g_nan_at = -1;
    fclose(pf);
    char *out = slurp(prog);
    rewind(err);
    char note[1024] = {0};
    size_t got = fread(note, 1, sizeof note - 1, err);
    note[got] = 0;
    fclose(err);
    CHECK(rc == KILN_FIT_OK && m->step == 4 && g_n_batches == 4 && h.n == 1 &&
              h.terminated_on_nan && isnan(h.epochs[0].loss),
          "TerminateOnNaN stops after the NaN batch: %lld steps, %d epochs", (long long)m->step,
          h.n);
    CHECK(out && strstr(out, "Epoch 1/3\nBatch 3: Invalid loss, terminating training\n4/8 [") &&
              !strstr(out, "Epoch 2/3"),
          "Keras's message, then the cut epoch's line:\n%s", out ? out : "");
    snprintf(every, sizeof every, "%s/nan-1.safetensors", dir);
    CHECK(access(every, F_OK) != 0 && file_size(old) == 19 && file_size(save) == 15,
          "no checkpoint written; the old ones untouched");
    CHECK(strstr(note, "not writing") && strstr(note, "TerminateOnNaN"),
          "a note says why --save was not written: %s", note);
    DIR *dd = opendir(dir);
    int tmps = 0;
    for (struct dirent *e; dd && (e = readdir(dd));) tmps += strstr(e->d_name, ".tmp.") != NULL;
    if (dd) closedir(dd);
    CHECK(tmps == 0, "no temporary files left");
    free(out);
    kiln_history_free(&h);

    /* NaN in step 12 = epoch 2, batch 3: epoch 1's checkpoint is written,
     * epoch 2's is not. */
    pf = fopen(prog, "w");
    o = cb_options(3, &v, cb, 2, pf);
    kiln_module_init_weights(m, 3);
    g_nan_at = 12;
    rc = kiln_fit(m, &d, &o, &h);
    g_nan_at = -1;
    fclose(pf);
    out = slurp(prog);
    char e2[4096];
    snprintf(e2, sizeof e2, "%s/nan-2.safetensors", dir);
    CHECK(rc == KILN_FIT_OK && h.n == 2 && m->step == 12 && access(every, F_OK) == 0 &&
              access(e2, F_OK) != 0 && strstr(out, "Batch 3: Invalid loss"),
          "epoch 1 saved, the cut epoch 2 not:\n%s", out ? out : "");
    free(out);
    kiln_history_free(&h);
    kiln_module_free(m);
    kiln_dataset_free(&d);
    kiln_dataset_free(&v);
}

static void test_csv_logger(const char *dir)
{
    kiln_module *m = fake_module();
    kiln_history h;
    int rc;
    kiln_callback c;
    kiln_callback_defaults(&c, CB_CSV_LOGGER);
    char csv[4096];
    snprintf(csv, sizeof csv, "%s/log.csv", dir);
    c.filepath = csv;
    c.path = "test";
    static const double s[] = {0.5, 0.25, 0.125, 0.5, 0.25, 0.125};
    char *out = scripted_fit(dir, s, 3, &c, 1, m, &h, &rc);
    free(out);
    char *text = slurp(csv);
    /* header: "epoch" and the sorted keys; rows: 0-based epoch and repr() */
    int ok = text && !strncmp(text, "epoch,accuracy,loss,val_accuracy,val_loss\n", 42);
    const char *row = text ? strchr(text, '\n') : NULL;
    for (int e = 0; ok && e < 3; e++) {
        char *end;
        row++;
        ok &= strtol(row, &end, 10) == e && *end == ',';
        double acc = strtod(end + 1, &end), loss = strtod(end + 1, &end);
        double vacc = strtod(end + 1, &end), vloss = strtod(end + 1, &end);
        ok &= *end == '\n' && acc == h.epochs[e].accuracy && loss == h.epochs[e].loss &&
              vacc == h.epochs[e].val_accuracy && vloss == s[e];
        row = end;
    }
    CHECK(ok && row[1] == 0, "CSVLogger: a header and one row per epoch, values equal to the "
                             "history's:\n%s", text ? text : "");
    CHECK(text && strstr(text, ",0.125\n"), "repr() of 0.125");
    free(text);
    kiln_history_free(&h);

    /* append with ';': no second header, three more rows numbered from 0 */
    c.append = 1;
    c.separator = ';';
    out = scripted_fit(dir, s, 3, &c, 1, m, &h, &rc);
    free(out);
    text = slurp(csv);
    int lines = 0;
    for (const char *p = text; p && *p; p++) lines += *p == '\n';
    CHECK(text && lines == 7 && strstr(text, "\n0;") && strstr(text, "\n2;") &&
              !strstr(text + 1, "epoch"),
          "append: 1 header + 3 + 3 rows:\n%s", text ? text : "");
    free(text);
    kiln_history_free(&h);
    kiln_module_free(m);
}

/* Callbacks that cannot run are refused before training, and nothing is
 * written. */
static void test_callback_checks(const char *dir)
{
    kiln_dataset d = blobs(100);
    kiln_module *m = fake_module();
    kiln_callback c[3];
    c[0] = early_stopping(3, 0);  /* monitors val_loss */
    kiln_callback_defaults(&c[1], CB_CSV_LOGGER);
    char csv[4096], file[4096], tb[4096];
    snprintf(csv, sizeof csv, "%s/never.csv", dir);
    c[1].filepath = csv;
    kiln_callback_defaults(&c[2], CB_TENSORBOARD);
    snprintf(file, sizeof file, "%s/plain-file", dir);
    FILE *f = fopen(file, "w");
    fclose(f);
    snprintf(tb, sizeof tb, "%s/plain-file/logs", dir);
    c[2].filepath = tb;
    c[2].path = "$.fit.callbacks[2]";
    kiln_fit_options o = quiet_options(2);   /* no validation */
    o.callbacks = c;
    o.n_callbacks = 3;
    kiln_module_init_weights(m, 1);
    diag_begin();
    int rc = kiln_fit(m, &d, &o, NULL);
    const char *msg = diag_end();
    CHECK(rc == KILN_FIT_ERROR && m->step == 0, "refused before any step");
    CHECK_MSG(msg, "callback checks", "test: EarlyStopping monitors val_loss, but this run has no validation data",
              "$.fit.callbacks[2]: TensorBoard: log_dir", "is not a directory");
    CHECK(access(csv, F_OK) != 0, "the CSV log was not created");

    /* the same CSVLogger with a valid run does create it */
    o.n_callbacks = 1;
    o.callbacks = c + 1;
    CHECK(kiln_fit(m, &d, &o, NULL) == KILN_FIT_OK && access(csv, F_OK) == 0, "a valid run logs");
    kiln_module_free(m);
    kiln_dataset_free(&d);
}


/* ---- the CLI, end to end (needs $KILN_BIN; the compiler and JIT) ---------- */

/* Runs a shell command, returns its exit status; stdout+stderr into *out. */
static int run_cmd(const char *cmd, char **out)
{
    char full[8192];
    snprintf(full, sizeof full, "%s 2>&1", cmd);
    FILE *p = popen(full, "r");
    if (!p) return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += r;
        if (n + 1 >= cap) buf = realloc(buf, cap *= 2);
    }
    buf[n] = 0;
    int st = pclose(p);
    if (out) *out = buf;
    else free(buf);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* An MNIST-style directory of n 28x28 images (train and t10k the same). */
static void write_idx_dir(const char *dir, int n)
{
    kiln_dataset d = blobs(n);
    for (int split = 0; split < 2; split++) {
        const char *pre = split ? "t10k" : "train";
        char path[4096];
        snprintf(path, sizeof path, "%s/%s-images-idx3-ubyte", dir, pre);
        FILE *f = fopen(path, "wb");
        unsigned char hdr[16] = {0, 0, 8, 3, 0, 0, 0, (unsigned char)n, 0, 0, 0, 28, 0, 0, 0, 28};
        fwrite(hdr, 1, 16, f);
        for (int i = 0; i < n; i++)
            for (int e = 0; e < 784; e++) fputc(d.images[i * IN + e % IN] * (e % 7 == 0), f);
        fclose(f);
        snprintf(path, sizeof path, "%s/%s-labels-idx1-ubyte", dir, pre);
        f = fopen(path, "wb");
        unsigned char lh[8] = {0, 0, 8, 1, 0, 0, 0, (unsigned char)n};
        fwrite(lh, 1, 8, f);
        for (int i = 0; i < n; i++) fputc(d.labels[i] + 2 * (i % 2), f);
        fclose(f);
    }
    kiln_dataset_free(&d);
}

static void test_cli(const char *dir)
{
    const char *kiln = getenv("KILN_BIN");
    if (!kiln || !*kiln || access(kiln, X_OK) != 0) {
        printf("note: $KILN_BIN not set: the CLI checks are skipped\n");
        return;
    }
    const char *src = test_src();
    char cmd[8192], *out = NULL;
    char mlp[4096], cnn[4096];
    snprintf(mlp, sizeof mlp, "%s/models/seed003_mlp.json", src);
    snprintf(cnn, sizeof cnn, "%s/models/seed002_cnn.json", src);

    snprintf(cmd, sizeof cmd, "%s --help", kiln);
    CHECK(run_cmd(cmd, &out) == 0 && strstr(out, "train") && strstr(out, "evaluate") &&
          strstr(out, "predict") && strstr(out, "compile") && strstr(out, "summary") &&
          strstr(out, "grad"), "kiln --help lists the verbs");
    free(out);
    snprintf(cmd, sizeof cmd, "%s train --help", kiln);
    CHECK(run_cmd(cmd, &out) == 0 && strstr(out, "--epochs") && strstr(out, "--validation-split") &&
          strstr(out, "--max-samples") && strstr(out, "--jit"), "kiln train --help explains its flags");
    free(out);
    snprintf(cmd, sizeof cmd, "%s train %s --epochs two", kiln, mlp);
    CHECK(run_cmd(cmd, &out) == 2 && strstr(out, "--epochs"), "a bad value exits 2 naming the flag");
    free(out);
    snprintf(cmd, sizeof cmd, "%s summary %s --frobnicate", kiln, mlp);
    CHECK(run_cmd(cmd, &out) == 2 && strstr(out, "--frobnicate"), "an unknown flag exits 2");
    free(out);

    /* a model error: exit 2, nothing written */
    const char *bad = path_in(dir, "bad.json");
    FILE *f = fopen(bad, "w");
    fputs("{\"name\": \"bad\", \"input\": {\"shape\": [28, 28, 1]},\n \"layers\": [{\"type\": "
          "\"Conv2D\", \"filters\": 3, \"kernel_size\": -3}],\n \"loss\": \"mse\"}\n", f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "%s compile %s -o %s/badout", kiln, bad, dir);
    CHECK(run_cmd(cmd, &out) == 2 && strstr(out, "kernel_size") &&
          access(path_in(dir, "badout"), F_OK) != 0, "a bad model exits 2 and writes nothing");
    free(out);

    snprintf(cmd, sizeof cmd, "%s summary %s", kiln, cnn);
    CHECK(run_cmd(cmd, &out) == 0 && strstr(out, "Model: \"seed002_cnn\"") &&
          strstr(out, " conv2d (Conv2D)             (None, 26, 26, 32)        320       \n") &&
          strstr(out, " dense_1 (Dense)             (None, 10)                650       \n") &&
          strstr(out, "Total params: 93,322\n") && strstr(out, "Trainable params: 93,322\n") &&
          strstr(out, "Non-trainable params: 0\n") && strstr(out, "FLOP per sample") &&
          strstr(out, "MiB"), "summary: Keras's table and totals:\n%s", out);
    free(out);

    snprintf(cmd, sizeof cmd, "%s compile %s -o %s/gen/mlp --isa generic", kiln, mlp, dir);
    CHECK(run_cmd(cmd, &out) == 0 && access(path_in(dir, "gen/mlp/seed003_mlp.c"), F_OK) == 0 &&
          access(path_in(dir, "gen/mlp/seed003_mlp.h"), F_OK) == 0 &&
          access(path_in(dir, "gen/mlp/descriptor.json"), F_OK) == 0,
          "compile writes the C, the header and the descriptor into a new directory: %s", out);
    free(out);

    /* train on 5 samples with batch 5: one SGD(lr 0.1) step per epoch, so
     * (W0 - W1) / 0.1 must equal `kiln grad` at W0 on the same batch. */
    const char *data = path_in(dir, "d5");
    mkdir(data, 0777);
    write_idx_dir(data, 5);
    const char *w0 = path_in(dir, "w0.safetensors"), *w1 = path_in(dir, "w1.safetensors");
    snprintf(cmd, sizeof cmd, "%s train %s --data %s --batch-size 5 --epochs 2 --save %s "
             "--history %s/h.csv", kiln, mlp, data, w0, dir);
    CHECK(run_cmd(cmd, &out) == 0 && strstr(out, "Epoch 2/2\n1/1 [====") &&
          strstr(out, "Test loss: "), "train on a directory:\n%s", out);
    free(out);
    char *csv = slurp(path_in(dir, "h.csv"));
    CHECK(csv && strncmp(csv, "epoch,seconds,loss,accuracy,val_loss,val_accuracy\n1,", 52) == 0,
          "--history writes CSV");
    free(csv);
    snprintf(cmd, sizeof cmd, "%s train %s --data %s --batch-size 5 --epochs 1 --weights %s "
             "--save %s", kiln, mlp, data, w0, w1);
    CHECK(run_cmd(cmd, NULL) == 0, "resume from a checkpoint");

    /* X and Y as .npy, in the order the dataset holds them */
    kiln_dataset ds = {0};
    CHECK(kiln_load_idx_split(data, "train", &ds) == 0, "read back the IDX files");
    kiln_array xa = {KILN_U8, 4, {5, 28, 28, 1}, ds.images};
    int64_t y64[5];
    for (int i = 0; i < 5; i++) y64[i] = ds.labels[i];
    kiln_array ya = {KILN_I64, 1, {5}, y64};
    const char *xp = path_in(dir, "x.npy"), *yp = path_in(dir, "y.npy");
    const char *gp = path_in(dir, "g.safetensors"), *pp = path_in(dir, "p.npy");
    CHECK(kiln_npy_write(xp, &xa) == 0 && kiln_npy_write(yp, &ya) == 0, "write X, Y");
    snprintf(cmd, sizeof cmd, "%s grad %s --weights %s --x %s --y %s -o %s", kiln, mlp, w0, xp, yp, gp);
    CHECK(run_cmd(cmd, &out) == 0, "grad: %s", out);
    free(out);
    kiln_safetensors s0, s1, sg;
    if (kiln_safetensors_read(w0, &s0) == 0 && kiln_safetensors_read(w1, &s1) == 0 &&
        kiln_safetensors_read(gp, &sg) == 0) {
        const kiln_named_array *loss = kiln_safetensors_find(&sg, "loss");
        CHECK(loss && loss->array.rank == 0 && isfinite(*(float *)loss->array.data),
              "grad writes the loss as an F32 scalar");
        const char *st0 = kiln_safetensors_meta(&s0, "step"), *st1 = kiln_safetensors_meta(&s1, "step");
        CHECK(st0 && st1 && strcmp(st0, "2") == 0 && strcmp(st1, "3") == 0,
              "the step count resumes: %s -> %s", st0 ? st0 : "?", st1 ? st1 : "?");
        double maxerr = 0, maxg = 0;
        int n_grads = 0, shapes = 1;
        for (int i = 0; i < s0.n; i++) {
            const char *name = s0.t[i].name;
            if (strncmp(name, "optimizer/", 10) == 0) continue;
            const kiln_named_array *a = &s0.t[i], *b = kiln_safetensors_find(&s1, name),
                                   *g = kiln_safetensors_find(&sg, name);
            if (!b || !g || kiln_array_count(&g->array) != kiln_array_count(&a->array)) {
                shapes = 0;
                continue;
            }
            n_grads++;
            for (int64_t e = 0; e < kiln_array_count(&a->array); e++) {
                double w0e = ((float *)a->array.data)[e], w1e = ((float *)b->array.data)[e];
                double ge = ((float *)g->array.data)[e];
                maxerr = fmax(maxerr, fabs((w0e - w1e) / 0.1 - ge));
                maxg = fmax(maxg, fabs(ge));
            }
        }
        CHECK(shapes && n_grads == 6, "a gradient for each of the 6 weights, under its name");
        CHECK(maxg > 0 && maxerr < 1e-3 * fmax(1, maxg),
              "kiln grad equals the SGD step of kiln train: max |dW/lr - grad| %.2e (max grad %.2e)",
              maxerr, maxg);
        kiln_safetensors_free(&s0);
        kiln_safetensors_free(&s1);
        kiln_safetensors_free(&sg);
    } else {
        CHECK(0, "read the checkpoints and the gradients");
    }

    snprintf(cmd, sizeof cmd, "%s predict %s --weights %s --input %s -o %s", kiln, mlp, w1, xp, pp);
    kiln_array pa = {0};
    CHECK(run_cmd(cmd, NULL) == 0 && kiln_npy_read(pp, &pa) == 0 && pa.dtype == KILN_F32 &&
          pa.rank == 2 && pa.dims[0] == 5 && pa.dims[1] == 10, "predict writes (5, 10) float32");
    if (pa.data) {
        double sum = 0;
        for (int j = 0; j < 10; j++) sum += ((float *)pa.data)[j];
        CHECK(fabs(sum - 1) < 1e-4, "softmax outputs sum to 1 (%g)", sum);
        kiln_array_free(&pa);
    }
    snprintf(cmd, sizeof cmd, "%s evaluate %s --weights %s --data %s --batch-size 2", kiln, mlp,
             w1, data);
    CHECK(run_cmd(cmd, &out) == 0 && strstr(out, "Test loss: ") && strstr(out, "test accuracy: "),
          "evaluate prints the test loss and accuracy: %s", out);
    free(out);
    snprintf(cmd, sizeof cmd, "%s evaluate %s --weights %s --data %s", kiln, cnn, w1, data);
    CHECK(run_cmd(cmd, &out) == 2 && strstr(out, "a checkpoint of model 'seed003_mlp', not of"),
          "weights of another model are refused, naming both models: %s", out);
    free(out);
    kiln_dataset_free(&ds);
}

int main(void)
{
    const char *dir = test_tmpdir();
    test_bind();
    test_init();
    test_checkpoints(dir);
    test_fit_learns();
    test_shuffle_and_split();
    test_history_and_progress(dir);
    test_gradients_and_predict();
    test_labels_and_noise();
    test_sigint(dir);
    test_early_stopping(dir);
    test_model_checkpoint(dir);
    test_reduce_lr(dir);
    test_terminate_on_nan(dir);
    test_csv_logger(dir);
    test_callback_checks(dir);
    test_cli(dir);
    return test_finish();
}
