/* autodiff.c — reverse-mode differentiation of the training forward.
 *
 * Walks the train_step nodes backwards from the loss; each forward op's
 * gradient rule (named in ops.h, written below next to nothing else) appends
 * the backward nodes that turn d<output> into d<inputs>.  Only tensors that
 * depend on a trainable weight get gradients.  A gradient's first producer
 * writes it and later ones accumulate into it (attrs.accumulate), so nothing
 * has to be zeroed.  Gradients are named d<tensor>: dconv2d/kernel,
 * dconv2d_out.  Weight gradients live in the grads slab at their weight's
 * offset; the rest are activations.
 */
#include <string.h>

#include "diag.h"
#include "ir.h"

typedef struct {
    kiln_graph *g;
    char *needs;    /* per tensor: depends on a trainable weight */
    char *written;  /* per storage tensor: a gradient has been written into it */
} ad;

static int needs(const ad *A, int t) { return t >= 0 && A->needs[kiln_tensor_storage(A->g, t)]; }

/* The gradient tensor of t, created on first use. */
static int grad_of(ad *A, int t)
{
    kiln_graph *g = A->g;
    if (g->t[t].grad >= 0) return g->t[t].grad;
    char name[300];
    snprintf(name, sizeof name, "d%s", g->t[t].name);
    int d;
    if (g->t[t].alias >= 0) {
        int target = grad_of(A, g->t[t].alias);
        const kiln_tensor *x = &g->t[t];
        d = kiln_graph_add_tensor(g, name, x->origin, KILN_ROLE_ACT, DT_F32, x->rank, x->dims,
                                  x->batched);
        g->t[d].alias = target;
    } else {
        const kiln_tensor *x = &g->t[t];
        int role = x->role == KILN_ROLE_PARAM ? KILN_ROLE_GRAD : KILN_ROLE_ACT;
        d = kiln_graph_add_tensor(g, name, x->origin, role, DT_F32, x->rank, x->dims, x->batched);
        if (role == KILN_ROLE_GRAD) {
            g->t[d].param = t;
            g->t[d].offset = g->t[t].offset;
        }
    }
    g->t[t].grad = d;
    return d;
}

/* The gradient of t if something has been written into it, else -1. */
static int grad_if_written(const ad *A, int t)
{
    const kiln_graph *g = A->g;
    if (t < 0 || g->t[t].grad < 0) return -1;
    int d = g->t[t].grad;
    return A->written[kiln_tensor_storage(g, d)] ? d : -1;
}

/* Appends one backward node. Outputs are gradient tensors (or -1); the node
 * accumulates when its first output already holds a contribution. */
static void bwd(ad *A, kiln_op op, int fwd, const char *suffix, const int *in, const int *out,
                const kiln_attrs *a)
{
    kiln_graph *g = A->g;
    kiln_attrs at = a ? *a : g->n[fwd].a;
    int nout = kiln_ops[op].nout;
    at.accumulate = 0;
    for (int i = 0; i < nout; i++)
        if (out[i] >= 0 && A->written[kiln_tensor_storage(g, out[i])]) at.accumulate = 1;
    if (op == OP_REG_BWD) at.accumulate = 1;
    char name[300];
    snprintf(name, sizeof name, "d%s%s", g->n[fwd].name, suffix);
    /* The origin must be copied before add_node may move the node array. */
    const char *origin = g->n[fwd].origin;
    int id = kiln_graph_add_node(g, op, name, origin, ENTRY_TRAIN, in, kiln_ops[op].nin, out, nout, &at);
    for (int i = 0; i < nout; i++)
        if (out[i] >= 0) A->written[kiln_tensor_storage(g, out[i])] = 1;
    kiln_infer_node(g, id);
}

/* Grows the per-tensor flag arrays to the graph's current tensor count. */
static void grow(ad *A, int *cap)
{
    if (A->g->nt <= *cap) return;
    int ncap = A->g->nt * 2;
    char *n = KILN_NEW(A->g->arena, char, ncap), *w = KILN_NEW(A->g->arena, char, ncap);
    memcpy(n, A->needs, (size_t)*cap);
    memcpy(w, A->written, (size_t)*cap);
    A->needs = n;
    A->written = w;
    *cap = ncap;
}

/* ---- gradient rules (ops.h) ---- */
typedef void (*grad_fn)(ad *, int);

static void grad_none(ad *A, int node) { (void)A; (void)node; }

static void grad_conv2d(ad *A, int node)
{
    kiln_node n = A->g->n[node];
    int dy = grad_if_written(A, n.out[0]);
    if (dy < 0) return;
    /* backward-weights first, so backward-data sits next to the gradient of
     * the layer below (the ReLU backward it can take into its epilogue) */
    int db = n.in[2] >= 0 ? grad_of(A, n.in[2]) : -1;
    bwd(A, OP_CONV2D_BWD_WEIGHTS, node, ".weights", (int[]){dy, n.in[0]},
        (int[]){grad_of(A, n.in[1]), db}, NULL);
    if (needs(A, n.in[0]))
        bwd(A, OP_CONV2D_BWD_DATA, node, ".data", (int[]){dy, n.in[1]}, (int[]){grad_of(A, n.in[0])}, NULL);
}

static void grad_dense(ad *A, int node)
{
    kiln_node n = A->g->n[node];
    int dy = grad_if_written(A, n.out[0]);
    if (dy < 0) return;
    int db = n.in[2] >= 0 ? grad_of(A, n.in[2]) : -1;  /* weights first, as for Conv2D */
    bwd(A, OP_DENSE_BWD_WEIGHTS, node, ".weights", (int[]){dy, n.in[0]},
        (int[]){grad_of(A, n.in[1]), db}, NULL);
    if (needs(A, n.in[0]))
        bwd(A, OP_DENSE_BWD_DATA, node, ".data", (int[]){dy, n.in[1]}, (int[]){grad_of(A, n.in[0])}, NULL);
}

static void grad_maxpool(ad *A, int node)
{
    kiln_node n = A->g->n[node];
    int dy = grad_if_written(A, n.out[0]);
    if (dy < 0 || !needs(A, n.in[0])) return;
    bwd(A, OP_MAXPOOL_BWD, node, "", (int[]){dy, n.in[0]}, (int[]){grad_of(A, n.in[0])}, NULL);
}

static void grad_bn(ad *A, int node)
{
    kiln_node n = A->g->n[node];
    int dy = grad_if_written(A, n.out[0]);
    if (dy < 0) return;
    int dx = needs(A, n.in[0]) ? grad_of(A, n.in[0]) : -1;
    bwd(A, OP_BN_BWD, node, "", (int[]){dy, n.in[0], n.in[1], n.out[1], n.out[2]},
        (int[]){dx, grad_of(A, n.in[1]), grad_of(A, n.in[2])}, NULL);
}

static void grad_dropout(ad *A, int node)
{
    kiln_node n = A->g->n[node];
    int dy = grad_if_written(A, n.out[0]);
    if (dy < 0 || !needs(A, n.in[0])) return;
    bwd(A, OP_DROPOUT_BWD, node, "", (int[]){dy, n.out[1]}, (int[]){grad_of(A, n.in[0])}, NULL);
}

/* Elementwise activations: backward takes dy and either y or x. */
static void grad_act(ad *A, int node, kiln_op op, int use_x)
{
    kiln_node n = A->g->n[node];
    int dy = grad_if_written(A, n.out[0]);
    if (dy < 0 || !needs(A, n.in[0])) return;
    bwd(A, op, node, "", (int[]){dy, use_x ? n.in[0] : n.out[0]}, (int[]){grad_of(A, n.in[0])}, NULL);
}
static void grad_relu(ad *A, int node) { grad_act(A, node, OP_RELU_BWD, 0); }
static void grad_leaky_relu(ad *A, int node) { grad_act(A, node, OP_LEAKY_RELU_BWD, 1); }
static void grad_sigmoid(ad *A, int node) { grad_act(A, node, OP_SIGMOID_BWD, 0); }
static void grad_tanh(ad *A, int node) { grad_act(A, node, OP_TANH_BWD, 0); }
static void grad_softmax(ad *A, int node) { grad_act(A, node, OP_SOFTMAX_BWD, 0); }

/* Losses seed the backward pass: d<logits> from the saved probabilities. */
static void grad_loss(ad *A, int node, kiln_op op)
{
    kiln_node n = A->g->n[node];
    if (!needs(A, n.in[0])) return;
    int saved = n.nout ? n.out[0] : n.in[0];
    bwd(A, op, node, "", (int[]){saved, n.in[1]}, (int[]){grad_of(A, n.in[0])}, NULL);
}
static void grad_ce_sparse(ad *A, int node) { grad_loss(A, node, OP_SOFTMAX_CE_SPARSE_BWD); }
static void grad_ce(ad *A, int node) { grad_loss(A, node, OP_SOFTMAX_CE_BWD); }
static void grad_bce(ad *A, int node) { grad_loss(A, node, OP_SIGMOID_BCE_BWD); }
static void grad_mse(ad *A, int node) { grad_loss(A, node, OP_MSE_BWD); }

static void grad_reg(ad *A, int node)
{
    kiln_node n = A->g->n[node];
    bwd(A, OP_REG_BWD, node, "", (int[]){n.in[0]}, (int[]){grad_of(A, n.in[0])}, NULL);
}

static const grad_fn grad_rules[OP__COUNT] = {
#define OP(id, nm, ni, no, shape, grad, fl) [OP_##id] = grad,
#include "ops.h"
#undef OP
};

void kiln_autodiff(kiln_graph *g)
{
    int cap = g->nt * 2 + 64;
    ad A = {.g = g, .needs = KILN_NEW(g->arena, char, cap), .written = KILN_NEW(g->arena, char, cap)};

    /* Forward: which tensors depend on a trainable weight. */
    for (int t = 0; t < g->nt; t++) A.needs[t] = g->t[t].role == KILN_ROLE_PARAM;
    int n_fwd = g->nn;
    for (int i = 0; i < n_fwd; i++) {
        const kiln_node *n = &g->n[i];
        if (!(n->entries & ENTRY_TRAIN)) continue;
        int any = 0;
        for (int k = 0; k < n->nin; k++) any |= needs(&A, n->in[k]);
        for (int k = 0; k < n->nout; k++)
            if (n->out[k] >= 0 && g->t[n->out[k]].dtype == DT_F32) A.needs[n->out[k]] = (char)any;
    }
    for (int t = 0; t < g->nt; t++)
        if (g->t[t].alias >= 0) A.needs[t] = A.needs[kiln_tensor_storage(g, t)];
    for (int t = 0; t < g->nt; t++) g->t[t].trainable_grad = A.needs[t];

    /* Backward, in reverse; regularizer gradients go last because they add
     * into weight gradients that their layer's backward writes. */
    for (int i = n_fwd - 1; i >= 0; i--) {
        if (!(g->n[i].entries & ENTRY_TRAIN) || g->n[i].op == OP_REG) continue;
        grad_rules[g->n[i].op](&A, i);
        grow(&A, &cap);
    }
    for (int i = 0; i < n_fwd; i++)
        if ((g->n[i].entries & ENTRY_TRAIN) && g->n[i].op == OP_REG) {
            grad_reg(&A, i);
            grow(&A, &cap);
        }
    for (int t = 0; t < g->nt; t++)
        if (g->t[t].role == KILN_ROLE_PARAM && !A.written[kiln_tensor_storage(g, g->t[t].grad >= 0 ? g->t[t].grad : t)])
            KILN_BUG("weight %s received no gradient", g->t[t].name);
}
