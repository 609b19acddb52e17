/* train.c — fit, evaluate, predict, progress bar and history (train.h). */
#include "train.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "pyformat.h"

/* ---- small helpers ----------------------------------------------------- */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* splitmix64 (Steele, Lea & Flood 2014); see module.c. */
static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform integer in [0, n) without modulo bias (Lemire, "Fast random integer
 * generation in an interval", 2019). */
static uint64_t rand_below(uint64_t *s, uint64_t n)
{
    __uint128_t m = (__uint128_t)splitmix64(s) * n;
    uint64_t l = (uint64_t)m;
    if (l < n) {
        uint64_t t = -n % n;
        while (l < t) {
            m = (__uint128_t)splitmix64(s) * n;
            l = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}

/* Fisher–Yates (Durstenfeld) shuffle of idx[0..n) from the splitmix64 stream
 * seeded with seed ^ epoch * golden gamma. */
static void shuffle_indices(int64_t *idx, int64_t n, uint64_t seed, int64_t epoch)
{
    uint64_t s = seed ^ ((uint64_t)epoch * 0xD1B54A32D192ED03ull);
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = (int64_t)rand_below(&s, (uint64_t)i + 1);
        int64_t t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
    }
}

static int64_t in_elems(const kiln_module_desc *d)
{
    int64_t p = 1;
    for (int i = 0; i < d->in_rank && i < 3; i++) p *= d->in_dims[i];
    return p;
}

static void in_shape_str(const kiln_module_desc *d, char *buf, int n)
{
    int64_t dims[3];
    for (int i = 0; i < d->in_rank && i < 3; i++) dims[i] = d->in_dims[i];
    kiln_shape_str(buf, n, d->in_rank, dims);
}

/* How labels are produced for this module (see train.h). */
enum { LM_SPARSE, LM_ONEHOT, LM_IMAGE, LM_BAD };

static int label_mode(const kiln_module_desc *d)
{
    switch (d->label_kind) {
    case KILN_LABEL_SPARSE: return LM_SPARSE;
    case KILN_LABEL_ONEHOT: return LM_ONEHOT;
    case KILN_LABEL_INPUT: return d->label_size == in_elems(d) ? LM_IMAGE : LM_BAD;
    case KILN_LABEL_DENSE:
        if (d->label_size == in_elems(d)) return LM_IMAGE;
        if (d->label_size == d->out_size) return LM_ONEHOT;
        return LM_BAD;
    }
    return LM_BAD;
}

/* Number of classes a label id must stay below. */
static int n_classes(const kiln_module_desc *d)
{
    return label_mode(d) == LM_SPARSE ? d->out_size : d->label_size;
}

int kiln_check_dataset(const kiln_module *m, const kiln_dataset *d, const char *what)
{
    const kiln_module_desc *md = m->desc;
    int64_t per = (int64_t)d->h * d->w * d->c, want = in_elems(md);
    if (d->n <= 0) {
        kiln_error("%s: no samples", what);
        return -1;
    }
    if (per != want) {
        char s[64];
        in_shape_str(md, s, sizeof s);
        kiln_error("%s: samples are %dx%dx%d (%" PRId64 " elements) but model '%s' takes "
                   "input %s (%" PRId64 " elements); pick the dataset the model was written for",
                   what, d->h, d->w, d->c, per, md->model, s, want);
        return -1;
    }
    int lm = label_mode(md);
    if (lm == LM_BAD) {
        kiln_error("model '%s': label kind %d with %d elements per sample matches neither the "
                   "%d outputs nor the %" PRId64 "-element input",
                   md->model, md->label_kind, md->label_size, md->out_size, want);
        return -1;
    }
    if (lm == LM_IMAGE) return 0;
    if (!d->labels) {
        kiln_error("%s: no labels, but model '%s' needs class labels", what, md->model);
        return -1;
    }
    int k = n_classes(md);
    for (int64_t i = 0; i < d->n; i++) {
        if (d->labels[i] < 0 || d->labels[i] >= k) {
            kiln_error("%s: label %d of sample %" PRId64 " is outside 0..%d, the classes of "
                       "model '%s'", what, (int)d->labels[i], i, k - 1, md->model);
            return -1;
        }
    }
    return 0;
}

int kiln_fill_batch(const kiln_module *m, const kiln_dataset *d, const int64_t *idx, int nb,
                    const kiln_input_noise *noise, int64_t stream, float *x, int32_t *y_index,
                    float *y)
{
    const kiln_module_desc *md = m->desc;
    int64_t per = (int64_t)d->h * d->w * d->c;
    int lm = label_mode(md);
    int k = n_classes(md);
    int noisy = noise && noise->salt_and_pepper && noise->level > 0;
    float half = noisy ? 0.5f * noise->level : 0;
    const float scale = md->in_scale > 0 ? md->in_scale : 1.0f;
    for (int b = 0; b < nb; b++) {
        int64_t i = idx[b];
        const uint8_t *src = d->images + i * per;
        float *dst = x + (int64_t)b * per;
        for (int64_t e = 0; e < per; e++) dst[e] = (float)src[e] * scale;
        if (noisy) {
            for (int64_t e = 0; e < per; e++) {
                float u = kiln_uniform(noise->seed, stream, 0xA5A5u, i * per + e);
                if (u < half) dst[e] = 0.0f;
                else if (u < noise->level) dst[e] = 255.0f * scale;
            }
        }
        if (lm == LM_IMAGE) {
            float *t = y + (int64_t)b * per;
            for (int64_t e = 0; e < per; e++) t[e] = (float)src[e] * scale;
            continue;
        }
        int32_t c = d->labels[i];
        if (c < 0 || c >= k) {
            kiln_error("label %d of sample %" PRId64 " is outside 0..%d", (int)c, i, k - 1);
            return -1;
        }
        if (lm == LM_SPARSE) {
            y_index[b] = c;
        } else {
            float *t = y + (int64_t)b * md->label_size;
            memset(t, 0, (size_t)md->label_size * sizeof(float));
            t[c] = 1.0f;
        }
    }
    return 0;
}

/* Batch buffers sized for the compiled batch. */
typedef struct {
    float *x, *y;
    int32_t *y_index;
} batch_bufs;

static int bufs_alloc(const kiln_module *m, batch_bufs *b)
{
    const kiln_module_desc *d = m->desc;
    size_t B = (size_t)d->batch;
    size_t ly = (size_t)(d->label_size > 0 ? d->label_size : 1);
    b->x = calloc(B * (size_t)in_elems(d), sizeof(float));
    b->y = calloc(B * ly, sizeof(float));
    b->y_index = calloc(B, sizeof(int32_t));
    if (!b->x || !b->y || !b->y_index) {
        free(b->x);
        free(b->y);
        free(b->y_index);
        kiln_error("out of memory allocating batch buffers (batch %d)", d->batch);
        return -1;
    }
    return 0;
}

static void bufs_free(batch_bufs *b)
{
    free(b->x);
    free(b->y);
    free(b->y_index);
}

static void step_init(kiln_module *m, kiln_step *s, const batch_bufs *b)
{
    *s = kiln_module_step(m);
    s->x = b->x;
    if (label_mode(m->desc) == LM_SPARSE) s->y_index = b->y_index;
    else s->y = b->y;
}

/* ---- SIGINT ------------------------------------------------------------ */

static volatile sig_atomic_t g_interrupted;  /* the signal that stopped training, or 0 */

/* SIGINT (Ctrl-C) and SIGTERM (what job schedulers send before a kill):
 * finish the step, save, stop.  A second one ends the process. */
static void on_sigint(int sig)
{
    g_interrupted = sig;
    signal(sig, SIG_DFL);
}

/* ---- progress bar (Keras's Progbar, verbose=1) ------------------------- */

typedef struct {
    FILE *f;
    int on, tty;
    int target;       /* steps per epoch */
    double t0, last;  /* epoch start, last redraw (s) */
    int last_len;     /* length of the last in-place line */
    int has_acc;
} progbar;

static int fmt_value(char *buf, int n, const char *name, double v)
{
    if (isnan(v)) return snprintf(buf, (size_t)n, " - %s: nan", name);  /* not C's "-nan" */
    if (fabs(v) > 1e-3) return snprintf(buf, (size_t)n, " - %s: %.4f", name, v);
    return snprintf(buf, (size_t)n, " - %s: %.4e", name, v);
}

/* "  12/469 [==>...........................]" (width 30, Keras's drawing). */
static int fmt_bar(char *buf, int n, int cur, int target)
{
    int digits = 1;
    for (int t = target; t >= 10; t /= 10) digits++;
    int k = snprintf(buf, (size_t)n, "%*d/%d [", digits, cur, target);
    int width = 30, prog = (int)((double)width * cur / target);
    for (int i = 0; i < prog - 1 && k < n - 1; i++) buf[k++] = '=';
    if (prog > 0 && k < n - 1) buf[k++] = cur < target ? '>' : '=';
    for (int i = prog; i < width && k < n - 1; i++) buf[k++] = '.';
    if (k < n - 1) buf[k++] = ']';
    buf[k] = 0;
    return k;
}

/* Keras: time per step in s, ms or us. */
static int fmt_per_step(char *buf, int n, double t)
{
    if (t >= 1 || t == 0) return snprintf(buf, (size_t)n, " %.0fs/step", t);
    if (t >= 1e-3) return snprintf(buf, (size_t)n, " %.0fms/step", t * 1e3);
    return snprintf(buf, (size_t)n, " %.0fus/step", t * 1e6);
}

static void bar_start(progbar *p, int epoch, int epochs)
{
    p->t0 = p->last = now_s();
    p->last_len = 0;
    if (p->on) {
        fprintf(p->f, "Epoch %d/%d\n", epoch, epochs);
        fflush(p->f);
    }
}

/* In-place update during the epoch (TTY only, at most every 50 ms). */
static void bar_update(progbar *p, int cur, double loss, double acc)
{
    if (!p->on || !p->tty) return;
    double t = now_s();
    if (cur < p->target && t - p->last < 0.05) return;
    p->last = t;
    char line[512];
    int k = fmt_bar(line, sizeof line, cur, p->target);
    double per = (t - p->t0) / cur, eta = per * (p->target - cur);
    if (cur < p->target) {
        int e = (int)eta;
        if (e > 3600) k += snprintf(line + k, sizeof line - k, " - ETA: %d:%02d:%02d", e / 3600, (e % 3600) / 60, e % 60);
        else if (e > 60) k += snprintf(line + k, sizeof line - k, " - ETA: %d:%02d", e / 60, e % 60);
        else k += snprintf(line + k, sizeof line - k, " - ETA: %ds", e);
    } else {
        k += snprintf(line + k, sizeof line - k, " - %.0fs", t - p->t0);
        k += fmt_per_step(line + k, sizeof line - k, per);
    }
    k += fmt_value(line + k, sizeof line - k, "loss", loss);
    if (p->has_acc) k += fmt_value(line + k, sizeof line - k, "accuracy", acc);
    int pad = p->last_len > k ? p->last_len - k : 0;
    fprintf(p->f, "\r%s%*s", line, pad, "");
    fflush(p->f);
    p->last_len = k;
}

/* The finished line of an epoch of `done` steps (fewer than the target when
 * a callback stopped it), with validation figures when has_val. */
static void bar_finish(progbar *p, int done, double seconds, const kiln_epoch_record *r,
                       int has_val)
{
    if (!p->on) return;
    char line[512];
    int k = fmt_bar(line, sizeof line, done, p->target);
    k += snprintf(line + k, sizeof line - k, " - %.0fs", seconds);
    k += fmt_per_step(line + k, sizeof line - k, seconds / done);
    k += fmt_value(line + k, sizeof line - k, "loss", r->loss);
    if (p->has_acc) k += fmt_value(line + k, sizeof line - k, "accuracy", r->accuracy);
    if (has_val) {
        k += fmt_value(line + k, sizeof line - k, "val_loss", r->val_loss);
        if (p->has_acc) k += fmt_value(line + k, sizeof line - k, "val_accuracy", r->val_accuracy);
    }
    int pad = p->tty && p->last_len > k ? p->last_len - k : 0;
    fprintf(p->f, "%s%s%*s\n", p->tty ? "\r" : "", line, pad, "");
    fflush(p->f);
    p->last_len = 0;
}

/* Ends a half-drawn bar line (interrupt). */
static void bar_abandon(progbar *p)
{
    if (p->on && p->tty && p->last_len) {
        fputc('\n', p->f);
        fflush(p->f);
    }
    p->last_len = 0;
}

/* kiln_callback_run.end_line: a callback prints in the middle of an epoch. */
static void bar_end_line(void *ctx)
{
    bar_abandon(ctx);
}

/* ---- evaluation -------------------------------------------------------- */

/* Evaluates d in order; returns 0, -1 on error, 1 if interrupted (when
 * `interruptible`). */
static int eval_run(kiln_module *m, const kiln_dataset *d, const kiln_input_noise *noise,
                    int interruptible, double *loss, double *acc)
{
    const kiln_module_desc *md = m->desc;
    if (!m->eval_step) {
        kiln_error("module '%s' has no eval_step", md->model);
        return -1;
    }
    batch_bufs b;
    if (bufs_alloc(m, &b)) return -1;
    int64_t *idx = malloc((size_t)md->batch * sizeof *idx);
    if (!idx) {
        bufs_free(&b);
        kiln_error("out of memory");
        return -1;
    }
    double sl = 0, sm = 0;
    int rc = 0;
    kiln_step s, held = kiln_module_step(m);
    kiln_module_hold_weights(m, &held);  /* one weight copy for the whole pass */
    for (int64_t start = 0; start < d->n; start += md->batch) {
        int nb = (int)(d->n - start < md->batch ? d->n - start : md->batch);
        for (int i = 0; i < nb; i++) idx[i] = start + i;
        if (kiln_fill_batch(m, d, idx, nb, noise, 0, b.x, b.y_index, b.y)) {
            rc = -1;
            break;
        }
        step_init(m, &s, &b);
        s.nb = nb;
        s.training = 0;
        s.step = m->step;
        s.weights_version = held.weights_version;
        s.weights_cached = held.weights_cached;
        m->eval_step(&s);
        sl += s.loss * nb;
        sm += s.metric;
        if (interruptible && g_interrupted) {
            rc = 1;
            break;
        }
    }
    free(idx);
    bufs_free(&b);
    if (rc) return rc;
    *loss = sl / (double)d->n;
    *acc = md->has_accuracy ? sm / (double)d->n : NAN;
    return 0;
}

int kiln_evaluate(kiln_module *m, const kiln_dataset *d, const kiln_input_noise *noise,
                  double *loss, double *accuracy)
{
    if (kiln_check_dataset(m, d, "evaluation data")) return -1;
    return eval_run(m, d, noise, 0, loss, accuracy);
}

void kiln_input_rows(const kiln_module_desc *d, const kiln_array *x, int64_t first, int64_t n,
                     float *dst)
{
    int64_t per = in_elems(d), cnt = n * per;
    if (x->dtype == KILN_F32) {
        memcpy(dst, (const float *)x->data + first * per, (size_t)cnt * sizeof(float));
        return;
    }
    const float scale = d->in_scale > 0 ? d->in_scale : 1.0f;
    const uint8_t *u = (const uint8_t *)x->data + first * per;
    for (int64_t e = 0; e < cnt; e++) dst[e] = (float)u[e] * scale;
}

int kiln_predict(kiln_module *m, const kiln_array *x, float *out)
{
    const kiln_module_desc *md = m->desc;
    if (!m->predict) {
        kiln_error("module '%s' has no predict", md->model);
        return -1;
    }
    if (x->dtype != KILN_F32 && x->dtype != KILN_U8) {
        kiln_error("inputs must be float32 or uint8");
        return -1;
    }
    if (x->rank < 1 || x->dims[0] < 1) {
        kiln_error("inputs must be an array (n, ...) with n >= 1");
        return -1;
    }
    int64_t n = x->dims[0], per = kiln_array_count(x) / n, want = in_elems(md);
    if (per != want || (x->rank == 1 && want != 1)) {
        char s[64], f[160];
        in_shape_str(md, s, sizeof s);
        kiln_shape_str(f, sizeof f, x->rank, x->dims);
        kiln_error("inputs of shape %s have %" PRId64 " elements per sample, but model '%s' "
                   "takes input %s (%" PRId64 " elements)", f, per, md->model, s, want);
        return -1;
    }
    float *xb = malloc((size_t)md->batch * (size_t)want * sizeof(float));
    if (!xb) {
        kiln_error("out of memory");
        return -1;
    }
    kiln_step s = kiln_module_step(m);
    kiln_module_hold_weights(m, &s);
    for (int64_t start = 0; start < n; start += md->batch) {
        int nb = (int)(n - start < md->batch ? n - start : md->batch);
        kiln_input_rows(md, x, start, nb, xb);
        s.x = xb;
        s.out = out + start * md->out_size;
        s.nb = nb;
        s.training = 0;
        s.step = m->step;
        m->predict(&s);
    }
    free(xb);
    return 0;
}

/* ---- fit --------------------------------------------------------------- */

void kiln_fit_defaults(kiln_fit_options *o)
{
    memset(o, 0, sizeof *o);
    o->epochs = 1;
    o->learning_rate = 1e-3f;
    o->shuffle = 1;
    o->verbose = 1;
    o->tty = -1;
}

static int history_push(kiln_history *h, const kiln_epoch_record *r)
{
    if (h->n == h->cap) {
        int cap = h->cap ? 2 * h->cap : 16;
        kiln_epoch_record *e = realloc(h->epochs, (size_t)cap * sizeof *e);
        if (!e) return -1;
        h->epochs = e;
        h->cap = cap;
    }
    h->epochs[h->n++] = *r;
    return 0;
}

/* The float32 rate as the double of its shortest decimal (0.001f -> 0.001). */
static double decimal_of(float lr)
{
    char b[32];
    return strtod(kiln_py_repr_f32(lr, b, sizeof b), NULL);
}

/* Writes fit's checkpoint, unless TerminateOnNaN stopped training or the
 * weights are not finite (then a note on stderr says why not).  0 written,
 * 1 not written, -1 after reporting a write error. */
static int save_checked(const kiln_module *m, const char *path, const kiln_history *h)
{
    if (h->terminated_on_nan) {
        fprintf(stderr, "kiln: not writing %s: training was terminated on an invalid loss "
                "(TerminateOnNaN)\n", path);
        return 1;
    }
    if (!kiln_module_weights_finite(m)) {
        fprintf(stderr, "kiln: not writing %s: the weights are not finite (training "
                "diverged)\n", path);
        return 1;
    }
    return kiln_module_save(m, path);
}

/* A view of samples [lo, hi) of d (not owning). */
static kiln_dataset view(const kiln_dataset *d, int64_t lo, int64_t hi)
{
    kiln_dataset v = *d;
    int64_t per = (int64_t)d->h * d->w * d->c;
    v.n = hi - lo;
    v.images = d->images + lo * per;
    v.labels = d->labels ? d->labels + lo : NULL;
    return v;
}

int kiln_fit(kiln_module *m, const kiln_dataset *train, const kiln_fit_options *o,
             kiln_history *hist)
{
    const kiln_module_desc *md = m->desc;
    kiln_history local;
    kiln_history *h = hist ? hist : &local;
    memset(h, 0, sizeof *h);
    h->model = md->model;
    h->has_accuracy = md->has_accuracy != 0;

    if (!m->train_step || !m->eval_step) {
        kiln_error("module '%s' lacks train_step or eval_step", md->model);
        return KILN_FIT_ERROR;
    }
    if (o->epochs < 1) {
        kiln_error("epochs must be at least 1 (got %d)", o->epochs);
        return KILN_FIT_ERROR;
    }
    if (o->resume && (!m->pos.valid || m->pos.epochs_done >= o->epochs)) {
        if (!m->pos.valid)
            kiln_error("the checkpoint holds no training position to resume from");
        else
            kiln_error("the checkpoint has trained %" PRId64 " epoch%s already: ask for more "
                       "(--epochs %" PRId64 " or more; --epochs counts from the start of the run, "
                       "as Keras's epochs with initial_epoch)", m->pos.epochs_done,
                       m->pos.epochs_done == 1 ? "" : "s", m->pos.epochs_done + 1);
        return KILN_FIT_ERROR;
    }
    if (!(o->learning_rate > 0) || !isfinite(o->learning_rate)) {
        kiln_error("learning rate must be a positive number (got %g)", o->learning_rate);
        return KILN_FIT_ERROR;
    }
    if (!(o->validation_split >= 0 && o->validation_split < 1)) {
        kiln_error("validation_split must be in [0, 1) (got %g)", o->validation_split);
        return KILN_FIT_ERROR;
    }
    if (kiln_check_dataset(m, train, "training data")) return KILN_FIT_ERROR;

    kiln_dataset tr = *train, va;
    const kiln_dataset *val = NULL;
    if (o->validation_split > 0) {
        /* Keras: split_at = int(floor(n * (1 - validation_split))), before shuffling. */
        int64_t split_at = (int64_t)floor((double)train->n * (1.0 - o->validation_split));
        if (split_at < 1 || split_at >= train->n) {
            kiln_error("validation_split %g of %" PRId64 " samples leaves %s",
                       o->validation_split, train->n,
                       split_at < 1 ? "no training samples" : "no validation samples");
            return KILN_FIT_ERROR;
        }
        tr = view(train, 0, split_at);
        va = view(train, split_at, train->n);
        val = &va;
    } else if (o->val) {
        if (kiln_check_dataset(m, o->val, "validation data")) return KILN_FIT_ERROR;
        val = o->val;
    }
    if (o->test && kiln_check_dataset(m, o->test, "test data")) return KILN_FIT_ERROR;
    h->has_val = val != NULL;
    h->samples_per_epoch = tr.n;

    progbar p = {0};
    p.f = o->progress ? o->progress : stdout;
    p.on = o->verbose > 0;
    p.tty = o->tty >= 0 ? o->tty : isatty(fileno(p.f));
    p.has_acc = h->has_accuracy;
    const int B = md->batch;
    const int steps = (int)((tr.n + B - 1) / B);
    p.target = steps;

    kiln_callback_run run = {m, h->has_accuracy, h->has_val, p.f, bar_end_line, &p};
    kiln_callbacks *cbs = kiln_callbacks_new(o->callbacks, o->n_callbacks, &run);
    if (!cbs) return KILN_FIT_ERROR;
    h->has_learning_rate = kiln_callbacks_log_learning_rate(cbs);

    batch_bufs b;
    if (bufs_alloc(m, &b)) {
        kiln_callbacks_free(cbs);
        return KILN_FIT_ERROR;
    }
    int64_t *perm = malloc((size_t)tr.n * sizeof *perm);
    int64_t *chunk = malloc((size_t)(tr.n / md->batch + 1) * sizeof *chunk);
    if (!perm || !chunk) {
        free(perm);
        free(chunk);
        bufs_free(&b);
        kiln_callbacks_free(cbs);
        kiln_error("out of memory (%" PRId64 " sample indices)", tr.n);
        return KILN_FIT_ERROR;
    }
    if (kiln_callbacks_train_begin(cbs)) {
        free(perm);
        free(chunk);
        bufs_free(&b);
        kiln_callbacks_free(cbs);
        return KILN_FIT_ERROR;
    }

    struct sigaction sa, old_sa, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    g_interrupted = 0;
    sigaction(SIGINT, &sa, &old_sa);
    sigaction(SIGTERM, &sa, &old_term);

    int rc = KILN_FIT_OK, stopped_step = 0, stopped_epoch = 0, stop = 0;
    float lr = o->learning_rate;   /* the optimizer's rate; ReduceLROnPlateau lowers it */
    int64_t global_step = 0;       /* train steps of this fit (Keras's global train batch) */
    int first_epoch = 1, first_step = 0;
    double first_sl = 0, first_sm = 0;
    int64_t first_seen = 0;
    kiln_train_pos *pos = &m->pos;
    if (o->resume) {
        /* continue where the checkpoint's run was: the same epoch and step,
         * the same running sums, rate and callback state; the shuffling,
         * dropout and noise streams are counter-based on (seed, epoch, step) */
        first_epoch = (int)pos->epochs_done + 1;
        first_step = (int)pos->epoch_step;
        first_sl = pos->loss_sum;
        first_sm = pos->metric_sum;
        first_seen = pos->seen;
        lr = pos->learning_rate;
        global_step = m->step;
        if (pos->callbacks[0] && kiln_callbacks_restore(cbs, pos->callbacks))
            fprintf(stderr, "kiln: note: the callbacks differ from those of the run the "
                    "checkpoint comes from; their state starts afresh\n");
    } else {
        memset(pos, 0, sizeof *pos);
        pos->valid = 1;
        pos->learning_rate = lr;
        pos->seed = o->seed;
    }
    kiln_callbacks_state(cbs, pos->callbacks, sizeof pos->callbacks);
    kiln_step s;
    for (int epoch = first_epoch; epoch <= o->epochs && rc == KILN_FIT_OK && !stop; epoch++) {
        if (o->shuffle == 2) {
            /* Keras shuffle="batch" (training_utils.batch_shuffle): the full
             * batch-sized chunks in a shuffled order, the partial one last. */
            int64_t full = tr.n / B, k = 0;
            for (int64_t c = 0; c < full; c++) chunk[c] = c;
            shuffle_indices(chunk, full, o->seed, epoch);
            for (int64_t c = 0; c < full; c++)
                for (int64_t i = chunk[c] * B; i < (chunk[c] + 1) * B; i++) perm[k++] = i;
            for (int64_t i = full * B; i < tr.n; i++) perm[k++] = i;
        } else {
            for (int64_t i = 0; i < tr.n; i++) perm[i] = i;
            if (o->shuffle) shuffle_indices(perm, tr.n, o->seed, epoch);
        }
        bar_start(&p, epoch, o->epochs);
        double sl = 0, sm = 0;
        int64_t seen = 0;
        int done = 0, st0 = 0;
        if (epoch == first_epoch && first_step > 0) {  /* resumed in the middle of an epoch */
            st0 = done = first_step;
            sl = first_sl;
            sm = first_sm;
            seen = first_seen;
        }
        for (int st = st0; st < steps; st++) {
            int64_t start = (int64_t)st * B;
            int nb = (int)(tr.n - start < B ? tr.n - start : B);
            if (kiln_fill_batch(m, &tr, perm + start, nb, &o->noise,
                                o->noise.every_epoch ? epoch : 1, b.x, b.y_index, b.y)) {
                rc = KILN_FIT_ERROR;
                break;
            }
            step_init(m, &s, &b);
            s.nb = nb;
            s.training = 1;
            if (m->step < INT64_MAX) m->step++;  /* saturates: Adam's 1 - beta^t is 1 long before */
            s.step = m->step;
            s.learning_rate = lr;
            s.seed = o->seed;
            m->train_step(&s);
            sl += s.loss * nb;
            sm += s.metric;
            seen += nb;
            done = st + 1;
            pos->epoch_step = done;
            pos->loss_sum = sl;
            pos->metric_sum = sm;
            pos->seen = seen;
            bar_update(&p, done, sl / seen, sm / seen);
            int cs = kiln_callbacks_batch_end(cbs, epoch - 1, st, ++global_step, sl / seen,
                                              h->has_accuracy ? sm / seen : NAN);
            if (cs == KILN_CB_ERROR) {
                rc = KILN_FIT_ERROR;
                break;
            }
            if (g_interrupted) {
                rc = KILN_FIT_INTERRUPTED;
                stopped_step = done;
                stopped_epoch = epoch;
                break;
            }
            if (cs == KILN_CB_STOP) {
                stop = 1;
                break;
            }
        }
        if (rc != KILN_FIT_OK) break;

        kiln_epoch_record r = {epoch, 0, sl / seen, h->has_accuracy ? sm / seen : NAN, NAN, NAN,
                               decimal_of(lr)};
        if (val) {
            int e = eval_run(m, val, &o->noise, 1, &r.val_loss, &r.val_accuracy);
            if (e < 0) rc = KILN_FIT_ERROR;
            if (e > 0) {
                rc = KILN_FIT_INTERRUPTED;
                stopped_step = done;
                stopped_epoch = epoch;
            }
            if (e) break;
        }
        r.seconds = now_s() - p.t0;
        bar_finish(&p, done, r.seconds, &r, val != NULL);
        if (history_push(h, &r)) {
            kiln_error("out of memory recording the history");
            rc = KILN_FIT_ERROR;
            break;
        }
        pos->epochs_done = epoch;
        pos->epoch_step = 0;
        pos->loss_sum = pos->metric_sum = 0;
        pos->seen = 0;
        int cs = kiln_callbacks_epoch_end(cbs, &r, &lr);
        pos->learning_rate = lr;
        kiln_callbacks_state(cbs, pos->callbacks, sizeof pos->callbacks);
        if (cs == KILN_CB_ERROR) rc = KILN_FIT_ERROR;
        if (cs == KILN_CB_STOP) stop = 1;
    }
    sigaction(SIGINT, &old_sa, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    if (rc == KILN_FIT_INTERRUPTED) bar_abandon(&p);
    if (rc == KILN_FIT_OK && kiln_callbacks_train_end(cbs)) rc = KILN_FIT_ERROR;
    h->stopped_epoch = kiln_callbacks_stopped_epoch(cbs);
    h->terminated_on_nan = kiln_callbacks_terminated_on_nan(cbs);
    kiln_callbacks_free(cbs);
    free(perm);
    free(chunk);
    bufs_free(&b);

    if (rc == KILN_FIT_ERROR) return rc;
    int saved = o->save_path ? save_checked(m, o->save_path, h) : 1;
    if (saved < 0) return KILN_FIT_ERROR;
    if (rc == KILN_FIT_INTERRUPTED) {
        h->interrupted = 1;
        h->signal = g_interrupted;
        fprintf(stderr, "kiln: %s in epoch %d/%d after step %d/%d (%" PRId64
                " optimizer steps in all)%s%s\n",
                g_interrupted == SIGTERM ? "terminated (SIGTERM)" : "interrupted",
                stopped_epoch, o->epochs, stopped_step, steps, m->step,
                saved == 0 ? "; checkpoint saved to " : o->save_path ? "" : "; no checkpoint asked for",
                saved == 0 ? o->save_path : "");
        if (!hist) kiln_history_free(h);
        return rc;
    }
    if (o->test) {
        if (eval_run(m, o->test, &o->noise, 0, &h->test_loss, &h->test_accuracy))
            return KILN_FIT_ERROR;
        h->has_test = 1;
    }
    if (!hist) kiln_history_free(h);
    return KILN_FIT_OK;
}

/* ---- history ----------------------------------------------------------- */


static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

static char *history_json(const kiln_history *h)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "model", h->model ? h->model : "");
    cJSON_AddNumberToObject(root, "samples_per_epoch", (double)h->samples_per_epoch);
    cJSON_AddBoolToObject(root, "interrupted", h->interrupted);
    cJSON *arr = cJSON_AddArrayToObject(root, "epochs");
    for (int i = 0; i < h->n; i++) {
        const kiln_epoch_record *r = &h->epochs[i];
        cJSON *e = cJSON_CreateObject();
        cJSON_AddNumberToObject(e, "epoch", r->epoch);
        cJSON_AddNumberToObject(e, "seconds", r->seconds);
        cJSON_AddNumberToObject(e, "loss", r->loss);
        if (h->has_accuracy) cJSON_AddNumberToObject(e, "accuracy", r->accuracy);
        if (h->has_val) {
            cJSON_AddNumberToObject(e, "val_loss", r->val_loss);
            if (h->has_accuracy) cJSON_AddNumberToObject(e, "val_accuracy", r->val_accuracy);
        }
        if (h->has_learning_rate) cJSON_AddNumberToObject(e, "learning_rate", r->learning_rate);
        cJSON_AddItemToArray(arr, e);
    }
    if (h->stopped_epoch) cJSON_AddNumberToObject(root, "stopped_epoch", h->stopped_epoch);
    if (h->terminated_on_nan) cJSON_AddBoolToObject(root, "terminated_on_nan", 1);
    if (h->has_test) {
        cJSON_AddNumberToObject(root, "test_loss", h->test_loss);
        if (h->has_accuracy) cJSON_AddNumberToObject(root, "test_accuracy", h->test_accuracy);
    }
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    return s;
}

static char *history_csv(const kiln_history *h)
{
    size_t cap = 256 + (size_t)h->n * 160, k = 0;
    char *s = malloc(cap);
    if (!s) return NULL;
    k += snprintf(s + k, cap - k, "epoch,seconds,loss%s%s%s%s\n",
                  h->has_accuracy ? ",accuracy" : "", h->has_val ? ",val_loss" : "",
                  h->has_val && h->has_accuracy ? ",val_accuracy" : "",
                  h->has_learning_rate ? ",learning_rate" : "");
    for (int i = 0; i < h->n; i++) {
        const kiln_epoch_record *r = &h->epochs[i];
        k += snprintf(s + k, cap - k, "%d,%.3f,%.9g", r->epoch, r->seconds, r->loss);
        if (h->has_accuracy) k += snprintf(s + k, cap - k, ",%.9g", r->accuracy);
        if (h->has_val) {
            k += snprintf(s + k, cap - k, ",%.9g", r->val_loss);
            if (h->has_accuracy) k += snprintf(s + k, cap - k, ",%.9g", r->val_accuracy);
        }
        if (h->has_learning_rate) k += snprintf(s + k, cap - k, ",%.9g", r->learning_rate);
        k += snprintf(s + k, cap - k, "\n");
    }
    if (h->has_test) {
        k += snprintf(s + k, cap - k, "test,,%.9g", h->test_loss);
        if (h->has_accuracy) k += snprintf(s + k, cap - k, ",%.9g", h->test_accuracy);
        if (h->has_val) k += snprintf(s + k, cap - k, ",%s", h->has_accuracy ? "," : "");
        if (h->has_learning_rate) k += snprintf(s + k, cap - k, ",");
        k += snprintf(s + k, cap - k, "\n");
    }
    return s;
}

int kiln_history_write(const kiln_history *h, const char *path)
{
    char *text;
    if (ends_with(path, ".json")) {
        text = history_json(h);
    } else if (ends_with(path, ".csv")) {
        text = history_csv(h);
    } else {
        kiln_error("%s: history files end in .json or .csv", path);
        return -1;
    }
    if (!text) {
        kiln_error("%s: out of memory formatting the history", path);
        return -1;
    }
    int rc = kiln_write_file_atomic(path, text, strlen(text));
    free(text);
    return rc;
}
