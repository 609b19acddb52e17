/* lower.c — model layers to graph nodes.
 *
 * The forward pass is lowered twice from the same layers: once in training
 * mode (entry train_step: BatchNormalization on batch statistics, Dropout
 * masks) and once in inference mode (entries eval_step and predict: moving
 * statistics, no dropout).  Weights are created once and shared.  A final
 * softmax (sigmoid) feeding categorical (binary) cross-entropy is folded into
 * the loss, which takes the logits — the numerically stable form Keras uses
 * too; predict still applies the activation.
 *
 * Node order: training forward, inference forward, losses, regularizers,
 * predict outputs.  autodiff.c and add_optimizer.c append the rest.
 */
#include <string.h>

#include "diag.h"
#include "ir.h"
#include "kiln_limits.h"

typedef struct {
    int kernel, bias, gamma, beta, moving_mean, moving_var;
} layer_weights;

typedef struct {
    kiln_graph *g;
    const kiln_model *m;
    layer_weights *w;  /* per layer */
    int train;         /* lowering the training forward */
    int entries;       /* ENTRY_* of the nodes being added */
    int failed;
} lowering;

static const char *mode_suffix(const lowering *L) { return L->train ? "" : "_infer"; }

/* A weight tensor in the params (trainable) or state slab, 64-byte aligned. */
static int add_weight(lowering *L, const kiln_layer *ly, const char *what, int role, int rank,
                      const int *dims, int init, int fan_in, int fan_out)
{
    kiln_graph *g = L->g;
    char name[256];
    snprintf(name, sizeof name, "%s/%s", ly->name, what);
    int t = kiln_graph_add_tensor(g, name, ly->path, role, DT_F32, rank, dims, 0);
    kiln_tensor *x = &g->t[t];
    x->init = init;
    x->fan_in = fan_in;
    x->fan_out = fan_out;
    int64_t *slab = role == KILN_ROLE_PARAM ? &g->n_params : &g->n_state;
    x->offset = *slab;
    *slab += (x->size + 15) & ~(int64_t)15;
    return t;
}

/* 1 when a weight of a*b*c*d elements fits kiln's limit on parameters
 * (kiln_limits.h), counting those already made; else reports at the layer. */
static int weight_fits(lowering *L, const kiln_layer *ly, const char *what, int64_t a, int64_t b,
                       int64_t c, int64_t d)
{
    int64_t n = a;
    int over = __builtin_mul_overflow(n, b, &n) || __builtin_mul_overflow(n, c, &n) ||
               __builtin_mul_overflow(n, d, &n);
    int64_t total = L->g->n_params + L->g->n_state;
    if (!over && n <= KILN_MAX_PARAMS && total + n <= KILN_MAX_PARAMS) return 1;
    const kiln_model *m = L->m;
    if (over || n > KILN_MAX_PARAMS)
        kiln_error_at(m->file, ly->line, ly->col, ly->path,
                      "%s/%s would have %s%lld elements (%lld x %lld x %lld x %lld), more "
                      "than kiln's limit of %lld parameters", ly->name, what,
                      over ? "more than " : "", over ? (long long)INT64_MAX : (long long)n,
                      (long long)a, (long long)b, (long long)c, (long long)d,
                      (long long)KILN_MAX_PARAMS);
    else
        kiln_error_at(m->file, ly->line, ly->col, ly->path,
                      "with %s/%s (%lld elements) the model would have %lld parameters, more "
                      "than kiln's limit of %lld", ly->name, what, (long long)n,
                      (long long)(total + n), (long long)KILN_MAX_PARAMS);
    L->failed = 1;
    return 0;
}

/* 1 when a convolution's kernel, channels padded to the widest block (16)
 * for the blocked kernels, fits C int once per thread (the per-thread partial
 * sums of its backward-weights pass); else reports at the layer.  A kernel
 * with few channels and a huge window is what this catches. */
static int conv_copies_fit(lowering *L, const kiln_layer *ly, int64_t kh, int64_t kw, int64_t c,
                           int64_t f)
{
    int64_t t = L->g->threads > 0 ? L->g->threads : 1;
    /* kh * kw * c * f <= 2^28 (weight_fits, checked first): this is < 2^48 */
    int64_t n = kh * kw * ((c + 15) / 16 * 16) * ((f + 15) / 16 * 16) * t;
    if (n <= INT32_MAX && kh * kw <= KILN_MAX_SAMPLE_ELEMENTS) return 1;
    kiln_error_at(L->m->file, ly->line, ly->col, ly->path,
                  "%s/kernel (%lld x %lld x %lld x %lld), its channels blocked by 16, would need "
                  "%lld elements of per-thread partial sums for %lld threads, more than kiln's "
                  "limit of %d; use a smaller kernel_size", ly->name, (long long)kh, (long long)kw,
                  (long long)c, (long long)f, (long long)n, (long long)t, INT32_MAX);
    L->failed = 1;
    return 0;
}

/* An activation tensor whose dims the node's shape rule fills in. */
static int act(lowering *L, const kiln_layer *ly, const char *what)
{
    char name[256];
    snprintf(name, sizeof name, "%s_%s%s", ly->name, what, mode_suffix(L));
    int dims[1] = {0};
    return kiln_graph_add_tensor(L->g, name, ly->path, KILN_ROLE_ACT, DT_F32, 0, dims, 1);
}

static int node(lowering *L, kiln_op op, const kiln_layer *ly, const char *suffix,
                const int *in, const int *out, const kiln_attrs *a)
{
    char name[256];
    snprintf(name, sizeof name, "%s%s%s", ly->name, suffix, mode_suffix(L));
    int id = kiln_graph_add_node(L->g, op, name, ly->path, L->entries, in, kiln_ops[op].nin, out,
                                 kiln_ops[op].nout, a);
    if (kiln_infer_node(L->g, id)) L->failed = 1;
    return id;
}

static int is_final_act_folded(const kiln_model *m, kiln_activation a)
{
    switch (m->loss) {
    case LOSS_SPARSE_CATEGORICAL_CROSSENTROPY:
    case LOSS_CATEGORICAL_CROSSENTROPY: return a == ACT_SOFTMAX;
    case LOSS_BINARY_CROSSENTROPY: return a == ACT_SIGMOID;
    default: return 0;
    }
}

/* Applies an activation; returns the output tensor. */
static int activation(lowering *L, const kiln_layer *ly, kiln_activation a, float alpha, int x,
                      const char *what)
{
    kiln_op op;
    kiln_attrs at = {0};
    switch (a) {
    case ACT_LINEAR: return x;
    case ACT_RELU: op = OP_RELU; break;
    case ACT_SIGMOID: op = OP_SIGMOID; break;
    case ACT_TANH: op = OP_TANH; break;
    case ACT_SOFTMAX: op = OP_SOFTMAX; break;
    case ACT_LEAKY_RELU: op = OP_LEAKY_RELU; at.alpha = alpha; break;
    default: KILN_BUG("activation %d", a);
    }
    int y = act(L, ly, what);
    char suffix[64];
    snprintf(suffix, sizeof suffix, ".%s", kiln_ops[op].name);
    node(L, op, ly, suffix, (int[]){x}, (int[]){y}, &at);
    return y;
}

static kiln_activation layer_activation(const kiln_layer *ly, float *alpha)
{
    *alpha = ly->alpha;
    switch (ly->type) {
    case LAYER_CONV2D:
    case LAYER_DENSE:
    case LAYER_ACTIVATION: return ly->activation;
    case LAYER_RELU: return ACT_RELU;
    case LAYER_LEAKYRELU: return ACT_LEAKY_RELU;
    default: return ACT_LINEAR;
    }
}

/* Is layer i a Conv2D with no activation whose output only the
 * BatchNormalization after it reads, lowered for inference?  Its moving
 * statistics then fold into the convolution (ops.h BN_FOLD): the
 * normalized output is made in the convolution's epilogue, never the raw
 * one (seed001_cnn_bn's eval and predict lose a kernel and a pass over the
 * activation per BatchNormalization).  Not for the model's last two layers,
 * whose outputs the loss or the folded final activation takes. */
static int bn_folds(const lowering *L, int i)
{
    const kiln_model *m = L->m;
    if (L->train || i + 2 >= m->n_layers) return 0;
    const kiln_layer *ly = &m->layers[i], *bl = &m->layers[i + 1];
    return ly->type == LAYER_CONV2D && ly->activation == ACT_LINEAR && bl->type == LAYER_BATCHNORMALIZATION &&
           L->w[i + 1].gamma >= 0;
}

/* Lowers every layer once; returns the logits (last pre-activation when the
 * final activation is folded into the loss) and sets *out to the model output
 * (after the final activation; -1 when folded and training). */
static int lower_forward(lowering *L, int x, int fold_final, int *out)
{
    kiln_graph *g = L->g;
    const kiln_model *m = L->m;
    int cur = x, logits = -1, n_dropout = 0;
    for (int i = 0; i < m->n_layers; i++) {
        const kiln_layer *ly = &m->layers[i];
        layer_weights *w = &L->w[i];
        int last = i == m->n_layers - 1;
        float alpha;
        kiln_activation a = layer_activation(ly, &alpha);
        int pre = cur;
        kiln_attrs at = {0};
        switch (ly->type) {
        case LAYER_RESCALING: {
            at.scale = ly->scale;
            at.offset = ly->offset;
            pre = act(L, ly, "out");
            node(L, OP_RESCALE, ly, "", (int[]){cur}, (int[]){pre}, &at);
            break;
        }
        case LAYER_CONV2D: {
            const kiln_tensor *xt = &g->t[cur];
            if (xt->rank != 4) {
                kiln_error_at(m->file, ly->line, ly->col, ly->path,
                              "expected a 4-D (batch, height, width, channels) input for Conv2D, got shape "
                              "with %d axes", xt->rank);
                L->failed = 1;
                return -1;
            }
            int cin = xt->dims[3], kh = ly->kernel_size[0], kw = ly->kernel_size[1];
            if (L->train && !weight_fits(L, ly, "kernel", kh, kw, cin, ly->filters)) return -1;
            if (L->train && !conv_copies_fit(L, ly, kh, kw, cin, ly->filters)) return -1;
            if (L->train) {
                w->kernel = add_weight(L, ly, "kernel", KILN_ROLE_PARAM, 4,
                                       (int[]){kh, kw, cin, ly->filters}, KILN_INIT_GLOROT_UNIFORM,
                                       kh * kw * cin, kh * kw * ly->filters);
                w->bias = ly->use_bias ? add_weight(L, ly, "bias", KILN_ROLE_PARAM, 1,
                                                    (int[]){ly->filters}, KILN_INIT_ZEROS, 0, 0)
                                       : -1;
            }
            at.kh = kh;
            at.kw = kw;
            at.sh = ly->strides[0];
            at.sw = ly->strides[1];
            at.same = ly->padding_same;
            if (bn_folds(L, i)) {
                /* inference: the BatchNormalization after it folded into the
                 * kernel and bias (ops.h BN_FOLD), made once while the
                 * weights are held (plan_memory.c), and the layer skipped */
                const kiln_layer *bl = &m->layers[i + 1];
                const layer_weights *bw = &L->w[i + 1];
                char name[256];
                snprintf(name, sizeof name, "%s/kernel.bn_folded", ly->name);
                int fk = kiln_graph_add_tensor(g, name, ly->path, KILN_ROLE_ACT, DT_F32, 4,
                                               (int[]){kh, kw, cin, ly->filters}, 0);
                snprintf(name, sizeof name, "%s/bias.bn_folded", ly->name);
                int fb = kiln_graph_add_tensor(g, name, ly->path, KILN_ROLE_ACT, DT_F32, 1,
                                               (int[]){ly->filters}, 0);
                kiln_attrs fa = {0};
                fa.epsilon = bl->epsilon;
                node(L, OP_BN_FOLD, bl, "", (int[]){w->kernel, w->bias, bw->gamma, bw->beta, bw->moving_mean,
                                                    bw->moving_var},
                     (int[]){fk, fb}, &fa);
                pre = act(L, bl, "out");
                node(L, OP_CONV2D, ly, "", (int[]){cur, fk, fb}, (int[]){pre}, &at);
                g->layer_out[i] = pre;
                i++;
                break;
            }
            pre = act(L, ly, a == ACT_LINEAR ? "out" : "pre");
            node(L, OP_CONV2D, ly, "", (int[]){cur, w->kernel, w->bias}, (int[]){pre}, &at);
            break;
        }
        case LAYER_DENSE: {
            const kiln_tensor *xt = &g->t[cur];
            if (xt->rank != 2) {
                kiln_error_at(m->file, ly->line, ly->col, ly->path,
                              "expected a 2-D (batch, features) input for Dense, got shape with %d "
                              "axes (add a Flatten layer before it)", xt->rank);
                L->failed = 1;
                return -1;
            }
            int k = xt->dims[1];
            if (L->train && !weight_fits(L, ly, "kernel", k, ly->filters, 1, 1)) return -1;
            if (L->train) {
                w->kernel = add_weight(L, ly, "kernel", KILN_ROLE_PARAM, 2, (int[]){k, ly->filters},
                                       KILN_INIT_GLOROT_UNIFORM, k, ly->filters);
                w->bias = ly->use_bias ? add_weight(L, ly, "bias", KILN_ROLE_PARAM, 1,
                                                    (int[]){ly->filters}, KILN_INIT_ZEROS, 0, 0)
                                       : -1;
            }
            pre = act(L, ly, a == ACT_LINEAR ? "out" : "pre");
            node(L, OP_DENSE, ly, "", (int[]){cur, w->kernel, w->bias}, (int[]){pre}, &at);
            break;
        }
        case LAYER_MAXPOOLING2D: {
            at.kh = ly->pool_size[0];
            at.kw = ly->pool_size[1];
            at.sh = ly->strides[0];
            at.sw = ly->strides[1];
            at.same = ly->padding_same;
            pre = act(L, ly, "out");
            node(L, OP_MAXPOOL, ly, "", (int[]){cur}, (int[]){pre}, &at);
            break;
        }
        case LAYER_BATCHNORMALIZATION: {
            const kiln_tensor *xt = &g->t[cur];
            int c = xt->dims[xt->rank - 1];
            if (L->train) {
                w->gamma = add_weight(L, ly, "gamma", KILN_ROLE_PARAM, 1, &c, KILN_INIT_ONES, 0, 0);
                w->beta = add_weight(L, ly, "beta", KILN_ROLE_PARAM, 1, &c, KILN_INIT_ZEROS, 0, 0);
                w->moving_mean = add_weight(L, ly, "moving_mean", KILN_ROLE_STATE, 1, &c,
                                            KILN_INIT_ZEROS, 0, 0);
                w->moving_var = add_weight(L, ly, "moving_variance", KILN_ROLE_STATE, 1, &c,
                                           KILN_INIT_ONES, 0, 0);
            }
            at.momentum = ly->momentum;
            at.epsilon = ly->epsilon;
            int in[5] = {cur, w->gamma, w->beta, w->moving_mean, w->moving_var};
            pre = act(L, ly, "out");
            if (L->train) {
                int mean = act(L, ly, "mean"), invstd = act(L, ly, "invstd");
                g->t[mean].batched = g->t[invstd].batched = 0;
                node(L, OP_BN_TRAIN, ly, "", in, (int[]){pre, mean, invstd}, &at);
            } else {
                node(L, OP_BN_INFER, ly, "", in, (int[]){pre}, &at);
            }
            break;
        }
        case LAYER_DROPOUT: {
            int salt = n_dropout++;
            if (!L->train || ly->rate == 0) break;
            at.rate = ly->rate;
            at.salt = salt;
            pre = act(L, ly, "out");
            int mask = act(L, ly, "mask");
            node(L, OP_DROPOUT, ly, "", (int[]){cur}, (int[]){pre, mask}, &at);
            break;
        }
        case LAYER_FLATTEN: {
            const kiln_tensor *xt = &g->t[cur];
            int64_t per = kiln_tensor_per_sample(g, cur);
            char name[256];
            snprintf(name, sizeof name, "%s_out%s", ly->name, mode_suffix(L));
            pre = kiln_graph_add_tensor(g, name, ly->path, KILN_ROLE_ACT, DT_F32, 2,
                                        (int[]){xt->dims[0], (int)per}, 1);
            g->t[pre].alias = cur;
            break;
        }
        case LAYER_RELU:
        case LAYER_LEAKYRELU:
        case LAYER_ACTIVATION: break;
        }
        if (L->failed) return -1;
        if (last && fold_final && L->train) {
            logits = pre;
            cur = -1;
        } else if (last && fold_final) {
            /* eval's loss takes the logits; predict runs the folded
             * activation.  A last Dense gets a predict-only copy, so that
             * predict's softmax can go in its epilogue (fuse.c) without
             * eval's logits being stored for it */
            logits = pre;
            int src = g->nn - 1, y = pre;
            if (g->n[src].op == OP_DENSE && g->n[src].out[0] == pre) {
                int in[3] = {g->n[src].in[0], g->n[src].in[1], g->n[src].in[2]};
                kiln_attrs da = g->n[src].a;
                g->n[src].entries = ENTRY_EVAL;
                int saved = L->entries;
                L->entries = ENTRY_PREDICT;
                y = act(L, ly, "predict_pre");
                node(L, OP_DENSE, ly, "_predict", in, (int[]){y}, &da);
                L->entries = saved;
                if (L->failed) return -1;
            }
            cur = activation(L, ly, a, alpha, y, "out");
            g->n[g->nn - 1].entries = ENTRY_PREDICT;
        } else {
            cur = activation(L, ly, a, alpha, pre, "out");
        }
        if (!L->train) g->layer_out[i] = cur;
    }
    g->n_dropout = n_dropout;
    *out = cur;
    return logits >= 0 ? logits : cur;
}

static void add_regularizers(lowering *L)
{
    const kiln_model *m = L->m;
    for (int i = 0; i < m->n_layers; i++) {
        const kiln_layer *ly = &m->layers[i];
        const kiln_regularizer *r[2] = {&ly->kernel_regularizer, &ly->bias_regularizer};
        int t[2] = {L->w[i].kernel, L->w[i].bias};
        for (int k = 0; k < 2; k++) {
            if (!r[k]->active || t[k] < 0) continue;
            kiln_attrs at = {0};
            at.l1 = r[k]->l1;
            at.l2 = r[k]->l2;
            char name[256];
            snprintf(name, sizeof name, "%s.%s_regularizer", ly->name, k ? "bias" : "kernel");
            kiln_graph_add_node(L->g, OP_REG, name, ly->path, ENTRY_TRAIN | ENTRY_EVAL, &t[k], 1,
                                NULL, 0, &at);
        }
    }
}

int kiln_lower(kiln_graph *g, const kiln_model *m, int batch)
{
    g->model = m;
    g->batch = batch;
    g->layer_out = KILN_NEW(g->arena, int, m->n_layers > 0 ? m->n_layers : 1);
    lowering L = {.g = g, .m = m, .w = KILN_NEW(g->arena, layer_weights, m->n_layers + 1)};
    for (int i = 0; i < m->n_layers; i++) {
        layer_weights *w = &L.w[i];
        w->kernel = w->bias = w->gamma = w->beta = w->moving_mean = w->moving_var = -1;
    }

    int xd[4] = {batch, m->input_shape[0], m->input_shape[1], m->input_shape[2]};
    if (m->input_rank == 1) xd[1] = m->input_shape[0];
    g->x = kiln_graph_add_tensor(g, "x", "$.input", KILN_ROLE_INPUT, DT_F32,
                                 m->input_rank == 1 ? 2 : 4, xd, 1);
    if (kiln_check_limits(g, -1, g->x)) return -1;

    /* The final activation decides the loss form. */
    const kiln_layer *lastl = m->n_layers ? &m->layers[m->n_layers - 1] : NULL;
    float alpha;
    kiln_activation final = lastl ? layer_activation(lastl, &alpha) : ACT_LINEAR;
    int fold = is_final_act_folded(m, final);
    if (m->loss != LOSS_MEAN_SQUARED_ERROR && !fold) {
        const char *need = m->loss == LOSS_BINARY_CROSSENTROPY ? "sigmoid" : "softmax";
        kiln_error_at(m->file, lastl ? lastl->line : 0, lastl ? lastl->col : 0,
                      lastl ? lastl->path : "$.layers",
                      "expected the last layer to end in a %s activation for this loss "
                      "(from_logits is not supported yet)", need);
        return -1;
    }

    L.train = 1;
    L.entries = ENTRY_TRAIN;
    int unused, logits_train = lower_forward(&L, g->x, fold, &unused);
    if (L.failed) return -1;
    L.train = 0;
    L.entries = ENTRY_EVAL | ENTRY_PREDICT;
    int out_infer, logits_infer = lower_forward(&L, g->x, fold, &out_infer);
    if (L.failed) return -1;
    g->out_infer = out_infer;

    /* Labels. */
    int per_out = (int)kiln_tensor_per_sample(g, logits_infer);
    int label;
    if (m->target_is_input) {
        g->label_kind = KILN_LABEL_INPUT;
        label = kiln_graph_add_tensor(g, "y", "$.target", KILN_ROLE_LABEL, DT_F32, g->t[g->x].rank,
                                      g->t[g->x].dims, 1);
    } else if (m->loss == LOSS_SPARSE_CATEGORICAL_CROSSENTROPY) {
        g->label_kind = KILN_LABEL_SPARSE;
        label = kiln_graph_add_tensor(g, "y", "$.loss", KILN_ROLE_LABEL, DT_I32, 1, (int[]){batch}, 1);
    } else {
        g->label_kind = m->loss == LOSS_CATEGORICAL_CROSSENTROPY ? KILN_LABEL_ONEHOT : KILN_LABEL_DENSE;
        label = kiln_graph_add_tensor(g, "y", "$.loss", KILN_ROLE_LABEL, DT_F32, 2,
                                      (int[]){batch, per_out}, 1);
    }
    g->label = label;

    /* An autoencoder's target is its clean input after the model's leading
     * Rescaling layers, so that the loss compares like with like.  Each entry
     * point gets its own copy: arena tensors belong to one entry. */
    int target[2] = {label, label};
    for (int k = 0; k < 2; k++) {
        for (int i = 0; m->target_is_input && i < m->n_layers && m->layers[i].type == LAYER_RESCALING; i++) {
            const kiln_layer *ly = &m->layers[i];
            kiln_attrs at = {.scale = ly->scale, .offset = ly->offset};
            char name[256];
            snprintf(name, sizeof name, "target_%s%s", ly->name, k ? "_eval" : "");
            int t = kiln_graph_add_tensor(g, name, ly->path, KILN_ROLE_ACT, DT_F32, 0, (int[]){0}, 1);
            int id = kiln_graph_add_node(g, OP_RESCALE, name, ly->path, k ? ENTRY_EVAL : ENTRY_TRAIN,
                                         &target[k], 1, &t, 1, &at);
            kiln_infer_node(g, id);
            target[k] = t;
        }
    }

    kiln_op lop;
    switch (m->loss) {
    case LOSS_SPARSE_CATEGORICAL_CROSSENTROPY: lop = OP_SOFTMAX_CE_SPARSE; break;
    case LOSS_CATEGORICAL_CROSSENTROPY: lop = OP_SOFTMAX_CE; break;
    case LOSS_BINARY_CROSSENTROPY: lop = OP_SIGMOID_BCE; break;
    default: lop = OP_MSE; break;
    }
    int logits[2] = {logits_train, logits_infer};
    for (int k = 0; k < 2; k++) {
        int in[2] = {logits[k], target[k]};
        int out = -1;
        if (kiln_ops[lop].nout) {
            out = kiln_graph_add_tensor(g, k ? "probs_eval" : "probs", "$.loss", KILN_ROLE_ACT,
                                        DT_F32, 0, (int[]){0}, 1);
        }
        int id = kiln_graph_add_node(g, lop, k ? "loss_eval" : "loss", "$.loss",
                                     k ? ENTRY_EVAL : ENTRY_TRAIN, in, 2, &out, kiln_ops[lop].nout, NULL);
        if (kiln_infer_node(g, id)) return -1;
        if (k == 0) g->out_train = kiln_ops[lop].nout ? out : logits_train;
    }
    add_regularizers(&L);

    /* predict: copy the model output (after the final activation, which
     * runs in predict only when the loss folds it) to kiln_step.out. */
    kiln_graph_add_node(g, OP_OUTPUT, "output", "$.layers", ENTRY_PREDICT, &out_infer, 1, NULL, 0, NULL);
    return 0;
}
