/* onednn_map.c — a kiln kernel's oneDNN problem (onednn_map.h). */
#include "onednn_map.h"

#include <stdio.h>
#include <string.h>

/* The bottom (right) pad that makes oneDNN's O = (I + pt + pb - k) / s + 1
 * give kiln's O: the rest of Keras's 'same' total, 0 for 'valid'. */
static int far_pad(int in, int out, int k, int s, int near)
{
    int p = (out - 1) * s + k - in - near;
    return p > 0 ? p : 0;
}

static void spatial(kiln_onednn_problem *p, const kiln_tensor *src, const kiln_tensor *dst,
                    const kiln_attrs *a, int kh, int kw)
{
    p->mb = src->dims[0];
    p->ih = src->dims[1], p->iw = src->dims[2], p->ic = src->dims[3];
    p->oh = dst->dims[1], p->ow = dst->dims[2], p->oc = dst->dims[3];
    p->kh = kh, p->kw = kw;
    p->sh = a->sh > 0 ? a->sh : 1, p->sw = a->sw > 0 ? a->sw : 1;
    p->pt = a->pad_top, p->pl = a->pad_left;
    p->pb = far_pad(p->ih, p->oh, kh, p->sh, p->pt);
    p->pr = far_pad(p->iw, p->ow, kw, p->sw, p->pl);
}

/* The fused activation of a forward kernel, as oneDNN's eltwise name. */
static void post_op(const kiln_graph *g, const kiln_kernel *k, kiln_onednn_problem *p)
{
    for (int i = 0; i < k->n_nodes; i++) {
        kiln_op op = g->n[k->nodes[i]].op;
        const char *e = op == OP_RELU ? "relu" : op == OP_LEAKY_RELU ? "leaky_relu"
                      : op == OP_SIGMOID ? "logistic" : op == OP_TANH ? "tanh" : NULL;
        if (e && k->nodes[i] != k->anchor) {
            snprintf(p->post, sizeof p->post, "%s", e);
            return;
        }
    }
}

int kiln_onednn_problem_of(const kiln_graph *g, const kiln_kernel *k, int entry,
                           kiln_onednn_problem *p)
{
    memset(p, 0, sizeof *p);
    if (k->anchor < 0 || k->anchor >= g->nn) return 0;
    const kiln_node *n = &g->n[k->anchor];
    const char *fwd = entry == ENTRY_TRAIN ? "fwd_training" : "fwd_inference";
    const kiln_tensor *t0 = n->nin > 0 && n->in[0] >= 0 ? &g->t[n->in[0]] : NULL;
    const kiln_tensor *t1 = n->nin > 1 && n->in[1] >= 0 ? &g->t[n->in[1]] : NULL;
    const kiln_tensor *o0 = n->nout > 0 && n->out[0] >= 0 ? &g->t[n->out[0]] : NULL;
    if (!t0 || !o0) return 0;
    switch (n->op) {
    case OP_CONV2D: {
        /* x, w, b[opt] -> y */
        int kh = n->a.kh > 0 ? n->a.kh : t1->dims[0], kw = n->a.kw > 0 ? n->a.kw : t1->dims[1];
        snprintf(p->prim, sizeof p->prim, "conv");
        snprintf(p->pass, sizeof p->pass, "%s", fwd);
        spatial(p, t0, o0, &n->a, kh, kw);
        p->bias = n->nin > 2 && n->in[2] >= 0;
        post_op(g, k, p);
        return 1;
    }
    case OP_CONV2D_BWD_DATA:
        /* dy, w -> dx */
        snprintf(p->prim, sizeof p->prim, "conv");
        snprintf(p->pass, sizeof p->pass, "bwd_data");
        spatial(p, o0, t0, &n->a, n->a.kh, n->a.kw);
        return 1;
    case OP_CONV2D_BWD_WEIGHTS:
        /* dy, x -> dw, db[opt] */
        if (!t1) return 0;
        snprintf(p->prim, sizeof p->prim, "conv");
        snprintf(p->pass, sizeof p->pass, "bwd_weights");
        spatial(p, t1, t0, &n->a, n->a.kh, n->a.kw);
        p->bias = n->nout > 1 && n->out[1] >= 0;
        return 1;
    case OP_DENSE:
    case OP_DENSE_BWD_DATA:
    case OP_DENSE_BWD_WEIGHTS: {
        /* x (N, K) -> y (N, M); dy, w -> dx; dy, x -> dw, db */
        const kiln_tensor *src = n->op == OP_DENSE ? t0 : n->op == OP_DENSE_BWD_DATA ? o0 : t1;
        const kiln_tensor *dst = n->op == OP_DENSE ? o0 : t0;
        if (!src || src->rank != 2 || dst->rank != 2) return 0;
        snprintf(p->prim, sizeof p->prim, "ip");
        snprintf(p->pass, sizeof p->pass, "%s", n->op == OP_DENSE ? fwd
                 : n->op == OP_DENSE_BWD_DATA ? "bwd_data" : "bwd_weights");
        p->mb = src->dims[0];
        p->ic = src->dims[1], p->oc = dst->dims[1];
        p->ih = p->iw = p->oh = p->ow = p->kh = p->kw = p->sh = p->sw = 1;
        if (n->op == OP_DENSE) {
            p->bias = n->nin > 2 && n->in[2] >= 0;
            post_op(g, k, p);
        } else if (n->op == OP_DENSE_BWD_WEIGHTS) {
            p->bias = n->nout > 1 && n->out[1] >= 0;
        }
        return 1;
    }
    case OP_MAXPOOL:
        /* x -> y */
        snprintf(p->prim, sizeof p->prim, "pool");
        snprintf(p->pass, sizeof p->pass, "%s", fwd);
        spatial(p, t0, o0, &n->a, n->a.kh, n->a.kw);
        return 1;
    case OP_MAXPOOL_BWD:
        /* dy, x -> dx */
        if (!t1) return 0;
        snprintf(p->prim, sizeof p->prim, "pool");
        snprintf(p->pass, sizeof p->pass, "bwd");
        spatial(p, t1, t0, &n->a, n->a.kh, n->a.kw);
        return 1;
    default:
        return 0;
    }
}

int kiln_onednn_epilogue_pool(const kiln_graph *g, const kiln_kernel *k, int entry, kiln_onednn_problem *p)
{
    memset(p, 0, sizeof *p);
    for (int j = 1; j < k->n_nodes; j++) {
        const kiln_node *n = &g->n[k->nodes[j]];
        if (n->op != OP_MAXPOOL) continue;
        snprintf(p->prim, sizeof p->prim, "pool");
        snprintf(p->pass, sizeof p->pass, "%s", entry == ENTRY_TRAIN ? "fwd_training" : "fwd_inference");
        spatial(p, &g->t[n->in[0]], &g->t[n->out[0]], &n->a, n->a.kh, n->a.kw);
        return 1;
    }
    return 0;
}

/* The eltwise backward (relu) on the gradient ReLU backward node x writes:
 * (N, C, H, W), a Dense's (N, C) as (N, C, 1, 1).  0 for other ranks. */
static int relu_bwd_problem(const kiln_graph *g, const kiln_node *x, kiln_onednn_problem *q)
{
    const kiln_tensor *t = &g->t[x->out[0]];
    memset(q, 0, sizeof *q);
    if (t->rank != 4 && t->rank != 2) return 0;
    snprintf(q->prim, sizeof q->prim, "eltwise");
    snprintf(q->pass, sizeof q->pass, "bwd");
    snprintf(q->post, sizeof q->post, "relu");
    q->mb = t->dims[0], q->ih = q->oh = t->rank == 4 ? t->dims[1] : 1;
    q->iw = q->ow = t->rank == 4 ? t->dims[2] : 1;
    q->ic = q->oc = t->dims[t->rank - 1];
    q->kh = q->kw = q->sh = q->sw = 1;
    return 1;
}

int kiln_onednn_epilogue_relu_bwd(const kiln_graph *g, const kiln_kernel *k, kiln_onednn_problem *p)
{
    memset(p, 0, sizeof *p);
    for (int j = 0; j < k->n_nodes; j++) {
        const kiln_node *n = &g->n[k->nodes[j]];
        if (n->op == OP_RELU_BWD && k->nodes[j] != k->anchor) return relu_bwd_problem(g, n, p);
    }
    return 0;
}

int kiln_onednn_kernel_problems(const kiln_graph *g, const kiln_kernel *k, int entry, kiln_onednn_problem *p,
                                int max)
{
    if (max < 1 || k->anchor < 0) return 0;
    const kiln_node *a = &g->n[k->anchor];
    int n = 0;
    if (!kiln_onednn_problem_of(g, k, entry, &p[n++])) return 0;
    for (int j = 0; j < k->n_nodes; j++) {
        if (k->nodes[j] == k->anchor) continue;
        const kiln_node *x = &g->n[k->nodes[j]];
        if (n >= max) return 0;
        switch (x->op) {
        case OP_RELU: case OP_LEAKY_RELU: case OP_SIGMOID: case OP_TANH:
            /* the forward's activation: an eltwise post-op of its primitive */
            if (a->op != OP_CONV2D && a->op != OP_DENSE) return 0;
            continue;
        case OP_MAXPOOL:
            if (!kiln_onednn_epilogue_pool(g, k, entry, &p[n++])) return 0;
            continue;
        case OP_RELU_BWD:
            if (!relu_bwd_problem(g, x, &p[n++])) return 0;
            continue;
        case OP_CONV2D_BWD_WEIGHTS: {
            /* a backward-weights fused after a pooling backward: its own problem */
            kiln_kernel one = *k;
            one.anchor = k->nodes[j];
            one.n_nodes = 1;
            one.nodes[0] = k->nodes[j];
            if (!kiln_onednn_problem_of(g, &one, entry, &p[n++])) return 0;
            continue;
        }
        default:
            return 0;  /* a node oneDNN's mapped primitives do not cover (batch normalization) */
        }
    }
    return n;
}

char *kiln_onednn_problem_line(const kiln_onednn_problem *p, char *buf, int n)
{
    int k = snprintf(buf, (size_t)n,
                     "%s %s mb=%d ic=%d ih=%d iw=%d oc=%d oh=%d ow=%d kh=%d kw=%d sh=%d sw=%d "
                     "pt=%d pl=%d pb=%d pr=%d bias=%d", p->prim, p->pass, p->mb, p->ic, p->ih,
                     p->iw, p->oc, p->oh, p->ow, p->kh, p->kw, p->sh, p->sw, p->pt, p->pl, p->pb,
                     p->pr, p->bias);
    if (p->post[0] && k > 0 && k < n) snprintf(buf + k, (size_t)(n - k), " post=%s", p->post);
    return buf;
}

char *kiln_onednn_problem_what(const kiln_onednn_problem *p, char *buf, int n)
{
    snprintf(buf, (size_t)n, "%s %s%s%s", p->prim, p->pass, p->post[0] ? " + " : "", p->post);
    return buf;
}
