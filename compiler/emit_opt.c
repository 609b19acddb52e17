/* emit_opt.c — the optimizer update (emit.h): one loop over the whole
 * params / grads / opt_m / opt_v slabs (Keras's Adam and SGD, ops.h), or,
 * with the regularizers' gradients fused into it (fuse.c), one loop per
 * slice of the slabs: a regularized weight's slice adds its penalty's
 * gradient to g, stores it, and updates with it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

/* The update of element i from its gradient `gi` (a C expression). */
static void update(emitter *E, const kiln_node *n, const char *gi, const char *ind)
{
    sbuf *b = E->b;
    const kiln_attrs *a = &n->a;
    if (n->op == OP_ADAM_UPDATE) {
        P(b, "%sconst float mi = %s * m[i] + %s * %s;\n", ind, flt(E->a, a->beta_1), flt(E->a, 1.0 - a->beta_1), gi);
        P(b, "%sconst float vi = %s * v[i] + %s * %s * %s;\n", ind, flt(E->a, a->beta_2), flt(E->a, 1.0 - a->beta_2),
          gi, gi);
        P(b, "%sm[i] = mi;\n%sv[i] = vi;\n", ind, ind);
        /* sqrtf may set errno, which keeps clang from vectorising the loop
         * (a scalar square root and a branch per element: seed003_denoising_ae's
         * 226 416 parameters took 0.17 ms); the vector ISAs take the
         * errno-free builtin, the same correctly rounded root */
        P(b, "%sp[i] -= lr_t * mi / (%s(vi) + %s);\n", ind,
          E->g->isa->lanes > 1 ? "__builtin_elementwise_sqrt" : "sqrtf", flt(E->a, a->opt_epsilon));
    } else if (a->sgd_momentum == 0) {
        P(b, "%sp[i] -= lr * %s;\n", ind, gi);
    } else {
        P(b, "%sconst float vi = %s * m[i] - lr * %s;\n", ind, flt(E->a, a->sgd_momentum), gi);
        P(b, "%sm[i] = vi;\n", ind);
        if (a->nesterov) P(b, "%sp[i] += %s * vi - lr * %s;\n", ind, flt(E->a, a->sgd_momentum), gi);
        else P(b, "%sp[i] += vi;\n", ind);
    }
}

/* A slice [lo, hi) of the slabs and the regularizer gradient node whose
 * weight it is (-1: none). */
typedef struct {
    long long lo, hi;
    int reg;
} slice;

static int by_lo(const void *x, const void *y)
{
    long long a = ((const slice *)x)->lo, b = ((const slice *)y)->lo;
    return (a > b) - (a < b);
}

void kiln_emit_opt(emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    const kiln_node *n = &g->n[k->anchor];
    long long np = (long long)g->n_params;
    if (n->op == OP_ADAM_UPDATE) {
        P(b, I1 "/* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */\n");
        P(b, I1 "const float lr_t = (float)(lr * sqrt(1.0 - pow(%s, (double)t)) / (1.0 - pow(%s, (double)t)));\n",
          flt(E->a, n->a.beta_2), flt(E->a, n->a.beta_1));
    } else {
        P(b, I1 "(void)v; (void)t;\n");
        if (n->a.sgd_momentum == 0) P(b, I1 "(void)m;\n");
    }
    /* the regularized weights' slices, in slab order, and the slices between */
    slice *regs = calloc((size_t)k->n_nodes + 1, sizeof *regs), *all = calloc(2 * (size_t)k->n_nodes + 2, sizeof *all);
    int nr = 0, na = 0;
    for (int q = 0; q < k->n_nodes; q++) {
        const kiln_node *r = &g->n[k->nodes[q]];
        if (r->op != OP_REG_BWD) continue;
        const kiln_tensor *w = &g->t[kiln_tensor_storage(g, r->in[0])], *dw = &g->t[kiln_tensor_storage(g, r->out[0])];
        KILN_ASSERT(w->role == KILN_ROLE_PARAM && dw->role == KILN_ROLE_GRAD && w->offset == dw->offset);
        regs[nr++] = (slice){w->offset, w->offset + w->size, k->nodes[q]};
    }
    qsort(regs, (size_t)nr, sizeof *regs, by_lo);
    long long at = 0;
    for (int r = 0; r < nr; r++) {
        KILN_ASSERT(regs[r].lo >= at);
        if (regs[r].lo > at) all[na++] = (slice){at, regs[r].lo, -1};
        all[na++] = regs[r];
        at = regs[r].hi;
    }
    if (at < np || !na) all[na++] = (slice){at, np, -1};
    if (nr)
        P(b, I1 "/* slice by slice; a regularized weight's gradient takes its penalty's term (Keras's\n"
             I1 " * L1L2: l1 * sign(w) + 2 * l2 * w) and is stored with it; the slices share no\n"
             I1 " * element, so only the last waits for the threads */\n");
    for (int s = 0; s < na; s++) {
        const slice *c = &all[s];
        if (c->reg >= 0) P(b, I1 "/* %s */\n", g->t[g->n[c->reg].in[0]].name);
        P(b, I1 "#pragma omp for schedule(static)%s\n", s < na - 1 ? " nowait" : "");
        P(b, I1 "for (long i = %lld; i < %lld; i++) {\n", c->lo, c->hi);
        if (c->reg >= 0) {
            P(b, I2 "const float gi = g[i] + (%s);\n", kiln_reg_grad_term(E, &g->n[c->reg], "p[i]"));
            P(b, I2 "g[i] = gi;\n");
        } else if (n->op == OP_ADAM_UPDATE) {
            P(b, I2 "const float gi = g[i];\n");
        }
        update(E, n, c->reg >= 0 || n->op == OP_ADAM_UPDATE ? "gi" : "g[i]", I2);
        P(b, I1 "}\n");
    }
    free(regs);
    free(all);
}
