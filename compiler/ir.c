/* ir.c — op property table and graph constructors (ir.h). */
#include "ir.h"

#include <string.h>

#include "diag.h"

const kiln_op_info kiln_ops[OP__COUNT] = {
#define OP(id, nm, ni, no, shape, grad, fl) [OP_##id] = {.name = nm, .nin = ni, .nout = no, .flags = fl},
#include "ops.h"
#undef OP
};

int kiln_graph_add_tensor(kiln_graph *g, const char *name, const char *origin,
                          int role, kiln_dt dt, int rank, const int *dims, int batched)
{
    if (g->nt == g->cap_t) {
        int cap = g->cap_t ? g->cap_t * 2 : 64;
        kiln_tensor *t = KILN_NEW(g->arena, kiln_tensor, cap);
        if (g->nt) memcpy(t, g->t, sizeof *t * (size_t)g->nt);
        g->t = t;
        g->cap_t = cap;
    }
    KILN_ASSERT(rank >= 0 && rank <= 4);
    kiln_tensor *t = &g->t[g->nt];
    memset(t, 0, sizeof *t);
    t->name = kiln_arena_strdup(g->arena, name);
    t->origin = kiln_arena_strdup(g->arena, origin ? origin : "");
    t->role = role;
    t->dtype = dt;
    t->rank = rank;
    t->size = 1;
    for (int i = 0; i < rank; i++) {
        t->dims[i] = dims[i];
        /* saturates: infer_shapes.c reports a tensor past kiln_limits.h */
        if (dims[i] < 0 || __builtin_mul_overflow(t->size, (int64_t)dims[i], &t->size))
            t->size = INT64_MAX;
    }
    t->batched = batched;
    t->alias = -1;
    t->grad = -1;
    t->param = -1;
    t->offset = -1;
    t->argmax = -1;
    return g->nt++;
}

int kiln_graph_add_node(kiln_graph *g, kiln_op op, const char *name, const char *origin,
                        int entries, const int *in, int nin, const int *out, int nout,
                        const kiln_attrs *a)
{
    KILN_ASSERT(nin == kiln_ops[op].nin && nout == kiln_ops[op].nout);
    if (g->nn == g->cap_n) {
        int cap = g->cap_n ? g->cap_n * 2 : 64;
        kiln_node *n = KILN_NEW(g->arena, kiln_node, cap);
        if (g->nn) memcpy(n, g->n, sizeof *n * (size_t)g->nn);
        g->n = n;
        g->cap_n = cap;
    }
    kiln_node *n = &g->n[g->nn];
    memset(n, 0, sizeof *n);
    n->op = op;
    n->name = kiln_arena_strdup(g->arena, name);
    n->origin = kiln_arena_strdup(g->arena, origin ? origin : "");
    n->entries = entries;
    n->nin = nin;
    n->nout = nout;
    for (int i = 0; i < KILN_MAX_IN; i++) n->in[i] = i < nin ? in[i] : -1;
    for (int i = 0; i < KILN_MAX_OUT; i++) n->out[i] = i < nout ? out[i] : -1;
    if (a) n->a = *a;
    n->group = -1;
    return g->nn++;
}

int kiln_tensor_storage(const kiln_graph *g, int id)
{
    while (id >= 0 && g->t[id].alias >= 0) id = g->t[id].alias;
    return id;
}

int64_t kiln_tensor_per_sample(const kiln_graph *g, int id)
{
    const kiln_tensor *t = &g->t[id];
    return t->batched ? t->size / t->dims[0] : t->size;
}

/* FLOPs of one node for the full compiled batch: 2 per multiply-add of the
 * convolutions and matrix products, a few per element elsewhere. */
double kiln_node_flops(const kiln_graph *g, const kiln_node *n)
{
    const kiln_tensor *t0 = n->nin ? &g->t[n->in[0]] : NULL;
    switch (n->op) {
    case OP_CONV2D: {
        const kiln_tensor *w = &g->t[n->in[1]], *y = &g->t[n->out[0]];
        return 2.0 * (double)y->size * w->dims[0] * w->dims[1] * w->dims[2];
    }
    case OP_CONV2D_BWD_DATA:
    case OP_CONV2D_BWD_WEIGHTS: {
        const kiln_tensor *dy = &g->t[n->in[0]];
        const kiln_tensor *w = n->op == OP_CONV2D_BWD_DATA ? &g->t[n->in[1]] : &g->t[n->out[0]];
        return 2.0 * (double)dy->size * w->dims[0] * w->dims[1] * w->dims[2];
    }
    case OP_DENSE: return 2.0 * (double)g->t[n->out[0]].size * g->t[n->in[0]].dims[1];
    case OP_DENSE_BWD_DATA: return 2.0 * (double)g->t[n->out[0]].size * g->t[n->in[0]].dims[1];
    case OP_DENSE_BWD_WEIGHTS: return 2.0 * (double)g->t[n->out[0]].size * g->t[n->in[0]].dims[0];
    case OP_MAXPOOL: return (double)g->t[n->out[0]].size * n->a.kh * n->a.kw;
    case OP_MAXPOOL_BWD: return (double)g->t[n->in[0]].size * n->a.kh * n->a.kw;
    case OP_ADAM_UPDATE: return 10.0 * (double)g->n_params;
    case OP_SGD_UPDATE: return 3.0 * (double)g->n_params;
    case OP_BN_TRAIN: case OP_BN_BWD: return 8.0 * (double)t0->size;
    default: return t0 ? 2.0 * (double)t0->size : 0;
    }
}

void kiln_kernel_cost(const kiln_graph *g, const kiln_kernel *k, double *flops, double *bytes)
{
    const kiln_node *pool = NULL;
    for (int j = 1; j < k->n_nodes; j++)
        if (g->n[k->nodes[j]].op == OP_MAXPOOL) pool = &g->n[k->nodes[j]];
    double f = 0, b = 0;
    for (int j = 0; j < k->n_nodes; j++) {
        const kiln_node *n = &g->n[k->nodes[j]];
        double x = kiln_node_flops(g, n);
        if (pool && n->op == OP_CONV2D) {
            const kiln_tensor *y = &g->t[n->out[0]], *p = &g->t[pool->out[0]];
            x *= (double)(p->dims[1] * pool->a.kh) * (p->dims[2] * pool->a.kw) / ((double)y->dims[1] * y->dims[2]);
        }
        f += x;
    }
    if (kiln_ops[g->n[k->anchor].op].flags & OPF_OPTIMIZER) {
        b = 4.0 * 7.0 * (double)g->n_params;
        for (int j = 0; j < k->n_nodes; j++)  /* a fused regularizer gradient stores its slice of g */
            if (g->n[k->nodes[j]].op == OP_REG_BWD) b += 4.0 * (double)g->t[g->n[k->nodes[j]].in[0]].size;
    } else {
        for (int j = 0; j < k->n_in + k->n_out; j++) {
            const kiln_tensor *t = &g->t[j < k->n_in ? k->in[j] : k->out[j - k->n_in]];
            b += (t->dtype == DT_U8 ? 1.0 : 4.0) * (double)t->size;
        }
    }
    *flops = f;
    *bytes = b;
}

