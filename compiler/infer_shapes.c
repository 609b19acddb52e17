/* infer_shapes.c — shape rules, one per row of ops.h.
 *
 * Forward rules compute the dims of a node's outputs from its inputs (and
 * set the 'same' padding offsets); backward rules check that each gradient
 * has its primal's shape.  lower.c applies kiln_infer_node() to every node it
 * adds; kiln_infer_shapes() re-derives every node of the finished graph and
 * fails on any disagreement.
 */
#include <stdarg.h>
#include <string.h>

#include "diag.h"
#include "ir.h"
#include "kiln_limits.h"

/* Reports a user error at the model layer a node came from. */
static int node_error(kiln_graph *g, int node, const char *fmt, ...)
{
    const kiln_node *n = &g->n[node];
    const kiln_model *m = g->model;
    int line = 0, col = 0;
    for (int i = 0; m && i < m->n_layers; i++)
        if (m->layers[i].path && strcmp(m->layers[i].path, n->origin) == 0) {
            line = m->layers[i].line;
            col = m->layers[i].col;
        }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    kiln_error_at(m ? m->file : NULL, line, col, n->origin[0] ? n->origin : NULL, "%s", msg);
    return -1;
}

static void set_dims(kiln_graph *g, int t, int rank, const int *dims)
{
    kiln_tensor *x = &g->t[t];
    x->rank = rank;
    x->size = 1;
    for (int i = 0; i < rank; i++) {
        x->dims[i] = dims[i];
        /* saturates; kiln_check_limits reports it */
        if (dims[i] < 0 || __builtin_mul_overflow(x->size, (int64_t)dims[i], &x->size))
            x->size = INT64_MAX;
    }
}

/* "(32, 26, 26, 64)" */
static void dims_str(const kiln_tensor *x, char *buf, size_t n)
{
    size_t k = (size_t)snprintf(buf, n, "(");
    for (int i = 0; i < x->rank && k < n; i++)
        k += (size_t)snprintf(buf + k, n - k, i ? ", %d" : "%d", x->dims[i]);
    if (k < n) snprintf(buf + k, n - k, ")");
}

int kiln_check_limits(kiln_graph *g, int node, int t)
{
    const kiln_tensor *x = &g->t[t];
    int64_t per = x->batched && x->rank > 0 && x->dims[0] > 0 ? x->size / x->dims[0] : x->size;
    char d[128], msg[512];
    dims_str(x, d, sizeof d);
    if (x->batched && x->dims[0] > KILN_MAX_BATCH)
        snprintf(msg, sizeof msg, "%s %s: a batch of %d, more than kiln's limit of %d",
                 x->name, d, x->dims[0], KILN_MAX_BATCH);
    else if (x->size > KILN_MAX_TENSOR_ELEMENTS)
        snprintf(msg, sizeof msg, "%s %s: %s%lld elements, more than kiln's limit of %lld for one "
                 "tensor (a smaller batch, fewer filters or a smaller input would fit)", x->name, d,
                 x->size == INT64_MAX ? "more than " : "", (long long)x->size,
                 (long long)KILN_MAX_TENSOR_ELEMENTS);
    else if (per > KILN_MAX_SAMPLE_ELEMENTS)
        snprintf(msg, sizeof msg, "%s %s: %lld elements per sample, more than kiln's limit of %lld",
                 x->name, d, (long long)per, (long long)KILN_MAX_SAMPLE_ELEMENTS);
    else
        return 0;
    if (node >= 0) return node_error(g, node, "%s", msg);
    const kiln_model *m = g->model;
    kiln_error_at(m ? m->file : NULL, 0, 0, x->origin[0] ? x->origin : NULL, "%s", msg);
    return -1;
}

static int same_dims(const kiln_tensor *a, const kiln_tensor *b)
{
    if (a->rank != b->rank) return 0;
    for (int i = 0; i < a->rank; i++)
        if (a->dims[i] != b->dims[i]) return 0;
    return 1;
}

/* Output size and leading pad of one spatial axis (Keras conv_output_length). */
static int window(int in, int k, int s, int same, int *pad)
{
    if (same) {
        int out = (in + s - 1) / s;
        int total = (out - 1) * s + k - in;
        *pad = total > 0 ? total / 2 : 0;
        return out;
    }
    *pad = 0;
    return in >= k ? (in - k) / s + 1 : 0;
}

static int shape_none(kiln_graph *g, int node) { return 0; }

static int shape_same(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *x = &g->t[n->in[0]];
    set_dims(g, n->out[0], x->rank, x->dims);
    return 0;
}

static int shape_dropout(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *x = &g->t[n->in[0]];
    set_dims(g, n->out[0], x->rank, x->dims);
    set_dims(g, n->out[1], x->rank, x->dims);
    return 0;
}

static int shape_conv2d(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *x = &g->t[n->in[0]], *w = &g->t[n->in[1]];
    if (x->rank != 4)
        return node_error(g, node, "expected a 4-D (batch, height, width, channels) input for Conv2D, got rank %d",
                          x->rank);
    if (w->rank != 4 || w->dims[2] != x->dims[3]) KILN_BUG("conv2d kernel does not match its input");
    int oh = window(x->dims[1], w->dims[0], n->a.sh, n->a.same, &n->a.pad_top);
    int ow = window(x->dims[2], w->dims[1], n->a.sw, n->a.same, &n->a.pad_left);
    if (oh <= 0 || ow <= 0)
        return node_error(g, node, "expected an input of at least %dx%d for this kernel, got %dx%d",
                          w->dims[0], w->dims[1], x->dims[1], x->dims[2]);
    int d[4] = {x->dims[0], oh, ow, w->dims[3]};
    set_dims(g, n->out[0], 4, d);
    return 0;
}

static int shape_pool(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *x = &g->t[n->in[0]];
    if (x->rank != 4)
        return node_error(g, node, "expected a 4-D (batch, height, width, channels) input for MaxPooling2D, got rank %d",
                          x->rank);
    int oh = window(x->dims[1], n->a.kh, n->a.sh, n->a.same, &n->a.pad_top);
    int ow = window(x->dims[2], n->a.kw, n->a.sw, n->a.same, &n->a.pad_left);
    if (oh <= 0 || ow <= 0)
        return node_error(g, node, "expected an input of at least %dx%d for this pool, got %dx%d",
                          n->a.kh, n->a.kw, x->dims[1], x->dims[2]);
    int d[4] = {x->dims[0], oh, ow, x->dims[3]};
    set_dims(g, n->out[0], 4, d);
    return 0;
}

static int shape_dense(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *x = &g->t[n->in[0]], *w = &g->t[n->in[1]];
    if (x->rank != 2)
        return node_error(g, node, "expected a 2-D (batch, features) input for Dense, got rank %d "
                          "(add a Flatten layer before it)", x->rank);
    if (x->dims[1] > KILN_MAX_DENSE_INPUTS)
        return node_error(g, node, "expected at most %d input features for Dense (kiln's limit), "
                          "got %d; pool or stride more before the Flatten", KILN_MAX_DENSE_INPUTS,
                          x->dims[1]);
    if (w->dims[0] != x->dims[1]) KILN_BUG("dense kernel does not match its input");
    int d[2] = {x->dims[0], w->dims[1]};
    set_dims(g, n->out[0], 2, d);
    return 0;
}

static int shape_bn(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *x = &g->t[n->in[0]];
    set_dims(g, n->out[0], x->rank, x->dims);
    int c = x->dims[x->rank - 1];
    for (int i = 1; i < n->nout; i++)
        if (n->out[i] >= 0) set_dims(g, n->out[i], 1, &c);
    return 0;
}

static int shape_bn_fold(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *w = &g->t[n->in[0]];
    set_dims(g, n->out[0], w->rank, w->dims);
    set_dims(g, n->out[1], 1, &w->dims[w->rank - 1]);
    return 0;
}

static int shape_loss(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    const kiln_tensor *z = &g->t[n->in[0]], *y = &g->t[n->in[1]];
    if (n->op == OP_SOFTMAX_CE_SPARSE) {
        if (y->rank != 1 || y->dims[0] != z->dims[0]) KILN_BUG("sparse labels must be (N)");
    } else if (kiln_tensor_per_sample(g, n->in[0]) != kiln_tensor_per_sample(g, n->in[1])) {
        return node_error(g, node, "expected the target to have %lld values per sample like the "
                          "model output, got %lld", (long long)kiln_tensor_per_sample(g, n->in[0]),
                          (long long)kiln_tensor_per_sample(g, n->in[1]));
    }
    if (n->nout) set_dims(g, n->out[0], z->rank, z->dims);
    return 0;
}

/* Backward nodes: the gradient outputs were created with their primal's
 * dims by autodiff; check the operands agree. */
static int shape_bwd(kiln_graph *g, int node)
{
    kiln_node *n = &g->n[node];
    for (int i = 0; i < n->nout; i++) {
        int o = n->out[i];
        if (o < 0) continue;
        const kiln_tensor *d = &g->t[o];
        int p = -1;
        switch (n->op) {
        case OP_CONV2D_BWD_WEIGHTS:
        case OP_DENSE_BWD_WEIGHTS:
        case OP_BN_BWD:
            p = d->param;
            break;
        default:
            break;
        }
        if (p >= 0 && !same_dims(d, &g->t[p]))
            KILN_BUG("%s: gradient %s has the wrong shape", n->name, d->name);
        if (d->rank == 0 || d->size <= 0) KILN_BUG("%s: gradient %s has no shape", n->name, d->name);
    }
    return 0;
}

typedef int (*shape_fn)(kiln_graph *, int);
static const shape_fn shape_rules[OP__COUNT] = {
#define OP(id, nm, ni, no, shape, grad, fl) [OP_##id] = shape,
#include "ops.h"
#undef OP
};

int kiln_infer_node(kiln_graph *g, int node)
{
    if (shape_rules[g->n[node].op](g, node)) return -1;
    const kiln_node *n = &g->n[node];
    if (kiln_ops[n->op].flags & OPF_BACKWARD) return 0;
    for (int k = 0; k < n->nout; k++)
        if (n->out[k] >= 0 && kiln_check_limits(g, node, n->out[k])) return -1;
    return 0;
}

int kiln_infer_shapes(kiln_graph *g)
{
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (kiln_ops[n->op].flags & OPF_BACKWARD) {
            if (kiln_infer_node(g, i)) return -1;
            continue;
        }
        /* Re-derive forward outputs and compare with what the graph holds. */
        kiln_tensor saved[KILN_MAX_OUT];
        for (int k = 0; k < n->nout; k++)
            if (n->out[k] >= 0) saved[k] = g->t[n->out[k]];
        if (kiln_infer_node(g, i)) return -1;
        for (int k = 0; k < n->nout; k++)
            if (n->out[k] >= 0 && !same_dims(&saved[k], &g->t[n->out[k]]))
                KILN_BUG("%s: output %s changed shape on re-inference", n->name, saved[k].name);
    }
    return 0;
}
