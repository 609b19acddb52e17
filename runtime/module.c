/* module.c — binding, weight initialization and checkpoints of a module (module.h). */
#include "module.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "diag.h"
#include "formats.h"

/* ---- slabs ------------------------------------------------------------- */

/* n floats, 64-byte aligned, zeroed; at least one cache line so the pointer
 * is never NULL for an empty slab.  A slab of 2 MB or more is aligned to 2 MB
 * and asked for transparent huge pages (madvise; the kernel may refuse): a
 * step walks the whole arena once, and with 4 KB pages every kernel begins by
 * missing the TLB on each page of its operands. */
static float *slab_alloc(int64_t n)
{
    enum { HUGE_PAGE = 2 << 20 };
    size_t bytes = (size_t)(n > 0 ? n : 1) * sizeof(float);
    size_t align = bytes >= HUGE_PAGE ? HUGE_PAGE : 64;
    bytes = (bytes + align - 1) & ~(align - 1);
    float *p = aligned_alloc(align, bytes);
    if (!p) return NULL;
#ifdef MADV_HUGEPAGE
    if (align == HUGE_PAGE) (void)madvise(p, bytes, MADV_HUGEPAGE);
#endif
    memset(p, 0, bytes);
    return p;
}

static int64_t slab_size(const kiln_module_desc *d, int role)
{
    switch (role) {
    case KILN_ROLE_PARAM: case KILN_ROLE_GRAD: case KILN_ROLE_OPT_M: case KILN_ROLE_OPT_V:
        return d->n_params;
    case KILN_ROLE_STATE: return d->n_state;
    case KILN_ROLE_ACT: return d->n_arena;
    default: return -1;
    }
}

static const char *role_name(int role)
{
    static const char *names[] = {"input", "label", "param", "grad", "state",
                                  "opt_m", "opt_v", "act", "output"};
    return role >= 0 && role <= KILN_ROLE_OUTPUT ? names[role] : "?";
}

kiln_module *kiln_module_bind(const kiln_module_desc *desc, kiln_entry_fn train,
                              kiln_entry_fn eval, kiln_entry_fn predict)
{
    if (!desc) {
        kiln_error("module has no descriptor");
        return NULL;
    }
    if (desc->abi_version != KILN_ABI_VERSION) {
        kiln_error("module '%s' was built for kiln ABI %d, this runtime speaks %d; recompile it",
                   desc->model ? desc->model : "?", desc->abi_version, KILN_ABI_VERSION);
        return NULL;
    }
    if (desc->batch < 1 || desc->n_params < 0 || desc->n_state < 0 || desc->n_arena < 0 ||
        desc->n_tensors < 0 || (desc->n_tensors > 0 && !desc->tensors)) {
        kiln_error("module '%s': malformed descriptor (batch %d, n_params %" PRId64 ")",
                   desc->model ? desc->model : "?", desc->batch, desc->n_params);
        return NULL;
    }
    int bad = 0;
    for (int i = 0; i < desc->n_tensors; i++) {
        const kiln_tensor_desc *t = &desc->tensors[i];
        int64_t cap = slab_size(desc, t->role);
        if (cap < 0) continue;
        if (t->offset < 0 || t->size < 0 || t->offset + t->size > cap) {
            kiln_error("module '%s': tensor '%s' (%s) at [%" PRId64 ", %" PRId64
                       ") lies outside its slab of %" PRId64 " elements",
                       desc->model, t->name, role_name(t->role), t->offset,
                       t->offset + t->size, cap);
            bad = 1;
        }
    }
    if (bad) return NULL;

    kiln_module *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->desc = desc;
    m->train_step = train;
    m->eval_step = eval;
    m->predict = predict;
    m->params = slab_alloc(desc->n_params);
    m->grads = slab_alloc(desc->n_params);
    m->opt_m = slab_alloc(desc->n_params);
    m->opt_v = slab_alloc(desc->n_params);
    m->state = slab_alloc(desc->n_state);
    m->arena = slab_alloc(desc->n_arena);
    if (!m->params || !m->grads || !m->opt_m || !m->opt_v || !m->state || !m->arena) {
        kiln_error("out of memory allocating the slabs of module '%s' (%" PRId64
                   " params, %" PRId64 " arena elements)",
                   desc->model, desc->n_params, desc->n_arena);
        kiln_module_free(m);
        return NULL;
    }
    return m;
}

kiln_module *kiln_module_jit(const kiln_compiled *c, const char *display_path,
                             const kiln_jit_options *o)
{
    kiln_jit_options def = {KILN_JIT_ORC, "-O3", "native", 1, 0};
    if (!o) o = &def;
    kiln_jit *j = kiln_jit_compile(display_path, c->source, c->source_len, o);
    if (!j) {
        kiln_error("%s: the generated module did not compile (messages above)", display_path);
        return NULL;
    }
    const kiln_module_desc *d = kiln_jit_lookup(j, KILN_SYM_DESC);
    kiln_entry_fn tr = (kiln_entry_fn)kiln_jit_lookup(j, KILN_SYM_TRAIN);
    kiln_entry_fn ev = (kiln_entry_fn)kiln_jit_lookup(j, KILN_SYM_EVAL);
    kiln_entry_fn pr = (kiln_entry_fn)kiln_jit_lookup(j, KILN_SYM_PREDICT);
    const char *missing = !d ? KILN_SYM_DESC : !tr ? KILN_SYM_TRAIN
                        : !ev ? KILN_SYM_EVAL : !pr ? KILN_SYM_PREDICT : NULL;
    if (missing) {
        kiln_error("%s: the module does not export '%s'", display_path, missing);
        kiln_jit_free(j);
        return NULL;
    }
    kiln_module *m = kiln_module_bind(d, tr, ev, pr);
    if (!m) {
        kiln_jit_free(j);
        return NULL;
    }
    m->jit = j;
    return m;
}

void kiln_module_free(kiln_module *m)
{
    if (!m) return;
    free(m->params);
    free(m->grads);
    free(m->opt_m);
    free(m->opt_v);
    free(m->state);
    free(m->arena);
    if (m->jit) kiln_jit_free(m->jit);
    free(m);
}

const kiln_tensor_desc *kiln_module_find_tensor(const kiln_module *m, const char *name)
{
    for (int i = 0; i < m->desc->n_tensors; i++)
        if (m->desc->tensors[i].name && strcmp(m->desc->tensors[i].name, name) == 0)
            return &m->desc->tensors[i];
    return NULL;
}

float *kiln_module_tensor_data(const kiln_module *m, const kiln_tensor_desc *t)
{
    switch (t->role) {
    case KILN_ROLE_PARAM: return m->params + t->offset;
    case KILN_ROLE_GRAD: return m->grads + t->offset;
    case KILN_ROLE_OPT_M: return m->opt_m + t->offset;
    case KILN_ROLE_OPT_V: return m->opt_v + t->offset;
    case KILN_ROLE_STATE: return m->state + t->offset;
    case KILN_ROLE_ACT: return m->arena + t->offset;
    default: return NULL;
    }
}

/* ---- initializers ------------------------------------------------------ */

/* splitmix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): state += golden gamma, then the finalizer. */
static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void kiln_module_init_weights(kiln_module *m, uint64_t seed)
{
    const kiln_module_desc *d = m->desc;
    uint64_t rng = seed;
    memset(m->params, 0, (size_t)d->n_params * sizeof(float));
    memset(m->state, 0, (size_t)d->n_state * sizeof(float));
    memset(m->grads, 0, (size_t)d->n_params * sizeof(float));
    memset(m->opt_m, 0, (size_t)d->n_params * sizeof(float));
    memset(m->opt_v, 0, (size_t)d->n_params * sizeof(float));
    m->step = 0;
    for (int i = 0; i < d->n_tensors; i++) {
        const kiln_tensor_desc *t = &d->tensors[i];
        if (t->role != KILN_ROLE_PARAM && t->role != KILN_ROLE_STATE) continue;
        float *w = kiln_module_tensor_data(m, t);
        switch (t->init) {
        case KILN_INIT_ONES:
            for (int64_t e = 0; e < t->size; e++) w[e] = 1.0f;
            break;
        case KILN_INIT_GLOROT_UNIFORM: {
            int fans = t->fan_in + t->fan_out;
            double limit = fans > 0 ? sqrt(6.0 / fans) : 0.0;
            for (int64_t e = 0; e < t->size; e++) {
                double u = (double)(splitmix64(&rng) >> 40) * 0x1p-24;
                w[e] = (float)((2.0 * u - 1.0) * limit);
            }
            break;
        }
        default: /* zeros, none */
            break;
        }
    }
}

/* ---- checkpoints ------------------------------------------------------- */

char *kiln_shape_str(char *buf, int n, int rank, const int64_t *dims)
{
    int k = snprintf(buf, (size_t)n, "(");
    for (int i = 0; i < rank && k < n; i++)
        k += snprintf(buf + k, (size_t)(n - k), "%s%" PRId64, i ? ", " : "", dims[i]);
    if (rank == 1 && k < n) k += snprintf(buf + k, (size_t)(n - k), ",");
    if (k < n) snprintf(buf + k, (size_t)(n - k), ")");
    return buf;
}

static void desc_dims(const kiln_tensor_desc *t, int64_t *dims)
{
    for (int i = 0; i < t->rank && i < 4; i++) dims[i] = t->dims[i];
}

static int is_weight(const kiln_tensor_desc *t)
{
    return t->role == KILN_ROLE_PARAM || t->role == KILN_ROLE_STATE;
}

/* The checkpoint of kiln_module_save, with or without the optimizer. */
static int save(const kiln_module *m, const char *path, int with_optimizer)
{
    const kiln_module_desc *d = m->desc;
    int nw = 0, np = 0;
    for (int i = 0; i < d->n_tensors; i++) {
        nw += is_weight(&d->tensors[i]);
        np += d->tensors[i].role == KILN_ROLE_PARAM;
    }
    if (!with_optimizer) np = 0;
    int n = nw + 2 * np;
    kiln_named_array *t = calloc((size_t)(n > 0 ? n : 1), sizeof *t);
    char **names = calloc((size_t)(2 * np + 1), sizeof *names);
    if (!t || !names) {
        free(t);
        free(names);
        kiln_error("%s: out of memory writing the checkpoint", path);
        return -1;
    }
    int k = 0, kn = 0;
    /* weights first, in descriptor order, then m for every param, then v */
    for (int pass = 0; pass < (with_optimizer ? 3 : 1); pass++) {
        for (int i = 0; i < d->n_tensors; i++) {
            const kiln_tensor_desc *td = &d->tensors[i];
            if (pass == 0 ? !is_weight(td) : td->role != KILN_ROLE_PARAM) continue;
            kiln_named_array *a = &t[k++];
            a->array.dtype = KILN_F32;
            a->array.rank = td->rank;
            desc_dims(td, a->array.dims);
            if (pass == 0) {
                a->name = td->name;
                a->array.data = kiln_module_tensor_data(m, td);
            } else {
                size_t len = strlen(td->name) + sizeof "optimizer/m/";
                char *s = malloc(len);
                if (!s) KILN_BUG("out of memory");
                snprintf(s, len, "optimizer/%c/%s", pass == 1 ? 'm' : 'v', td->name);
                names[kn++] = s;
                a->name = s;
                a->array.data = (pass == 1 ? m->opt_m : m->opt_v) + td->offset;
            }
        }
    }
    char step[32], ep[32], es[32], ls[40], ms[40], seen[32], lr[32], seed[32];
    snprintf(step, sizeof step, "%" PRId64, m->step);
    const kiln_train_pos *p = &m->pos;
    snprintf(ep, sizeof ep, "%" PRId64, p->epochs_done);
    snprintf(es, sizeof es, "%" PRId64, p->epoch_step);
    snprintf(ls, sizeof ls, "%.17g", p->loss_sum);
    snprintf(ms, sizeof ms, "%.17g", p->metric_sum);
    snprintf(seen, sizeof seen, "%" PRId64, p->seen);
    snprintf(lr, sizeof lr, "%.9g", (double)p->learning_rate);
    snprintf(seed, sizeof seed, "%" PRIu64, p->seed);
    const char *meta[] = {"format", "kiln", "model", d->model ? d->model : "", "step", step,
                          "epoch", ep, "epoch_step", es, "epoch_loss_sum", ls,
                          "epoch_metric_sum", ms, "epoch_seen", seen, "learning_rate", lr,
                          "seed", seed, "callbacks", p->callbacks};
    int n_meta = !with_optimizer ? 2 : p->valid ? 11 : 3;
    int rc = kiln_safetensors_write(path, t, k, meta, n_meta);
    for (int i = 0; i < kn; i++) free(names[i]);
    free(names);
    free(t);
    return rc == 0 ? 0 : -1;
}

int kiln_module_save(const kiln_module *m, const char *path)
{
    return save(m, path, 1);
}

int kiln_module_save_weights(const kiln_module *m, const char *path)
{
    return save(m, path, 0);
}

int kiln_module_weights_finite(const kiln_module *m)
{
    const kiln_module_desc *d = m->desc;
    for (int64_t i = 0; i < d->n_params; i++)
        if (!isfinite(m->params[i])) return 0;
    for (int64_t i = 0; i < d->n_state; i++)
        if (!isfinite(m->state[i])) return 0;
    return 1;
}

static const char *dtype_name(kiln_dtype dt)
{
    switch (dt) {
    case KILN_F32: return "F32";
    case KILN_I32: return "I32";
    case KILN_I64: return "I64";
    case KILN_U8: return "U8";
    case KILN_F64: return "F64";
    }
    return "?";
}

/* Checks that `name` is in the file as F32 with the shape of `td`; reports
 * and returns NULL otherwise. */
static const kiln_named_array *expect_tensor(const kiln_safetensors *s, const char *path,
                                             const char *name, const kiln_tensor_desc *td)
{
    int64_t want[4] = {0};
    desc_dims(td, want);
    char ws[96], fs[160];
    kiln_shape_str(ws, sizeof ws, td->rank, want);
    const kiln_named_array *a = kiln_safetensors_find(s, name);
    if (!a) {
        kiln_error("%s: missing tensor '%s' (expected F32 %s)", path, name, ws);
        return NULL;
    }
    int ok = a->array.dtype == KILN_F32 && a->array.rank == td->rank;
    for (int i = 0; ok && i < td->rank; i++) ok = a->array.dims[i] == want[i];
    if (!ok) {
        kiln_shape_str(fs, sizeof fs, a->array.rank, a->array.dims);
        kiln_error("%s: tensor '%s': expected F32 %s, found %s %s", path, name, ws,
                   dtype_name(a->array.dtype), fs);
        return NULL;
    }
    return a;
}

int kiln_module_load_weights(kiln_module *m, const char *path, int with_optimizer)
{
    const kiln_module_desc *d = m->desc;
    kiln_safetensors s;
    if (kiln_safetensors_read(path, &s) != 0) return -1;

    /* A file that says whose it is must be this model's kiln checkpoint: a
     * gradient file (kiln-grad) or another model's weights are refused even
     * when their names and shapes happen to fit. */
    const char *fmt = kiln_safetensors_meta(&s, "format");
    const char *owner = kiln_safetensors_meta(&s, "model");
    if (fmt && strcmp(fmt, "kiln") != 0) {
        kiln_error("%s: its __metadata__ format is \"%.64s\", not a kiln checkpoint (\"kiln\")%s",
                   path, fmt, strcmp(fmt, "kiln-grad") == 0 ? "; it holds gradients (kiln grad)" : "");
        kiln_safetensors_free(&s);
        return -1;
    }
    if (owner && d->model && strcmp(owner, d->model) != 0) {
        kiln_error("%s: a checkpoint of model '%.64s', not of '%s' (its __metadata__ model)", path,
                   owner, d->model);
        kiln_safetensors_free(&s);
        return -1;
    }

    int has_opt = 0;
    if (with_optimizer)
        for (int i = 0; i < s.n; i++)
            if (strncmp(s.t[i].name, "optimizer/", 10) == 0) has_opt = 1;

    /* Pass 1: validate everything; nothing is written unless all is well. */
    int bad = 0;
    char name[512];
    for (int i = 0; i < d->n_tensors; i++) {
        const kiln_tensor_desc *td = &d->tensors[i];
        if (!is_weight(td)) continue;
        if (!expect_tensor(&s, path, td->name, td)) bad = 1;
        if (has_opt && td->role == KILN_ROLE_PARAM) {
            snprintf(name, sizeof name, "optimizer/m/%s", td->name);
            if (!expect_tensor(&s, path, name, td)) bad = 1;
            snprintf(name, sizeof name, "optimizer/v/%s", td->name);
            if (!expect_tensor(&s, path, name, td)) bad = 1;
        }
    }
    int64_t step = 0;
    if (has_opt) {
        const char *st = kiln_safetensors_meta(&s, "step");
        char *end = NULL;
        errno = 0;
        if (st) step = strtoll(st, &end, 10);
        if (!st || !*st || *end || errno || step < 0 || st[0] == '+' || st[0] == ' ') {
            kiln_error("%s: optimizer state without a valid \"step\" in __metadata__ (found %s%s%s)",
                       path, st ? "\"" : "", st ? st : "none", st ? "\"" : "");
            bad = 1;
        }
    }
    kiln_train_pos pos = {0};
    if (with_optimizer && has_opt && kiln_safetensors_meta(&s, "epoch")) {
        static const char *const ints[] = {"epoch", "epoch_step", "epoch_seen", "seed"};
        int64_t iv[4];
        for (int i = 0; i < 4; i++) {
            const char *v = kiln_safetensors_meta(&s, ints[i]);
            char *end = NULL;
            errno = 0;
            unsigned long long u = v ? strtoull(v, &end, 10) : 0;
            if (!v || !*v || *end || errno || v[0] == '-' || v[0] == '+' || v[0] == ' ' ||
                (i < 3 && u > (unsigned long long)INT64_MAX)) {
                kiln_error("%s: training position \"%s\" in __metadata__ is not a "
                           "non-negative integer (found %.40s)", path, ints[i], v ? v : "none");
                bad = 1;
            }
            iv[i] = (int64_t)u;
            if (i == 3) pos.seed = (uint64_t)u;
        }
        static const char *const reals[] = {"epoch_loss_sum", "epoch_metric_sum", "learning_rate"};
        double rv[3] = {0};
        for (int i = 0; i < 3; i++) {
            const char *v = kiln_safetensors_meta(&s, reals[i]);
            char *end = NULL;
            rv[i] = v ? strtod(v, &end) : NAN;
            if (!v || !*v || *end || !isfinite(rv[i]) || (i == 2 && !(rv[i] > 0))) {
                kiln_error("%s: training position \"%s\" in __metadata__ is not a %s number "
                           "(found %.40s)", path, reals[i], i == 2 ? "positive" : "finite",
                           v ? v : "none");
                bad = 1;
            }
        }
        const char *cb = kiln_safetensors_meta(&s, "callbacks");
        if (!cb || strlen(cb) >= sizeof pos.callbacks) {
            kiln_error("%s: training position \"callbacks\" in __metadata__ is %s", path,
                       cb ? "too long" : "missing");
            bad = 1;
        }
        if (!bad) {
            pos.valid = 1;
            pos.epochs_done = iv[0];
            pos.epoch_step = iv[1];
            pos.seen = iv[2];
            pos.loss_sum = rv[0];
            pos.metric_sum = rv[1];
            pos.learning_rate = (float)rv[2];
            snprintf(pos.callbacks, sizeof pos.callbacks, "%s", cb);
        }
    }
    if (bad) {
        kiln_safetensors_free(&s);
        return -1;
    }

    /* Pass 2: copy. */
    for (int i = 0; i < d->n_tensors; i++) {
        const kiln_tensor_desc *td = &d->tensors[i];
        if (!is_weight(td)) continue;
        size_t bytes = (size_t)td->size * sizeof(float);
        memcpy(kiln_module_tensor_data(m, td), kiln_safetensors_find(&s, td->name)->array.data,
               bytes);
        if (has_opt && td->role == KILN_ROLE_PARAM) {
            snprintf(name, sizeof name, "optimizer/m/%s", td->name);
            memcpy(m->opt_m + td->offset, kiln_safetensors_find(&s, name)->array.data, bytes);
            snprintf(name, sizeof name, "optimizer/v/%s", td->name);
            memcpy(m->opt_v + td->offset, kiln_safetensors_find(&s, name)->array.data, bytes);
        }
    }
    if (with_optimizer) {
        m->pos = pos;
        if (has_opt) {
            m->step = step;
        } else {
            memset(m->opt_m, 0, (size_t)d->n_params * sizeof(float));
            memset(m->opt_v, 0, (size_t)d->n_params * sizeof(float));
            m->step = 0;
        }
    }
    kiln_safetensors_free(&s);
    return 0;
}

kiln_step kiln_module_step(const kiln_module *m)
{
    kiln_step s;
    memset(&s, 0, sizeof s);
    s.params = m->params;
    s.grads = m->grads;
    s.opt_m = m->opt_m;
    s.opt_v = m->opt_v;
    s.state = m->state;
    s.arena = m->arena;
    s.step = m->step;
    return s;
}

void kiln_module_hold_weights(kiln_module *m, kiln_step *s)
{
    s->weights_version = ++m->holds;
    s->weights_cached = &m->weights_cached;
}

/* ---- gradients without an update --------------------------------------- */

int kiln_module_gradients(kiln_module *m, kiln_step *s)
{
    const kiln_module_desc *d = m->desc;
    if (!m->train_step) {
        kiln_error("module '%s' has no train_step", d->model);
        return -1;
    }
    size_t pb = (size_t)d->n_params * sizeof(float), sb = (size_t)d->n_state * sizeof(float);
    float *save = malloc(3 * pb + sb + 64);
    if (!save) {
        kiln_error("out of memory saving the weights of module '%s'", d->model);
        return -1;
    }
    char *p = (char *)save;
    memcpy(p, m->params, pb);
    memcpy(p + pb, m->opt_m, pb);
    memcpy(p + 2 * pb, m->opt_v, pb);
    memcpy(p + 3 * pb, m->state, sb);
    int64_t step = m->step;

    /* The caller's batch, labels, nb, learning rate and seed; our slabs. */
    kiln_step run = kiln_module_step(m);
    run.x = s->x;
    run.y_index = s->y_index;
    run.y = s->y;
    run.nb = s->nb;
    run.learning_rate = s->learning_rate;
    run.seed = s->seed;
    run.training = 1;
    run.step = step < INT64_MAX ? step + 1 : INT64_MAX;  /* saturates, never wraps */
    *s = run;
    m->train_step(s);

    memcpy(m->params, p, pb);
    memcpy(m->opt_m, p + pb, pb);
    memcpy(m->opt_v, p + 2 * pb, pb);
    memcpy(m->state, p + 3 * pb, sb);
    m->step = step;
    free(save);
    return 0;
}
