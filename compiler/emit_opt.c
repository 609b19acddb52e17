/* emit_opt.c — the optimizer update (emit.h): one loop over the whole
 * params / grads / opt_m / opt_v slabs (Keras's Adam and SGD, ops.h). */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

static void k_optimizer(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_attrs *a = &n->a;
    long long np = (long long)E->g->n_params;
    if (n->op == OP_ADAM_UPDATE) {
        P(b, I1 "/* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */\n");
        P(b, I1 "const float lr_t = (float)(lr * sqrt(1.0 - pow(%s, (double)t)) / (1.0 - pow(%s, (double)t)));\n",
          flt(E->a, a->beta_2), flt(E->a, a->beta_1));
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (long i = 0; i < %lld; i++) {\n", np);
        P(b, I2 "const float gi = g[i];\n");
        P(b, I2 "const float mi = %s * m[i] + %s * gi;\n", flt(E->a, a->beta_1), flt(E->a, 1.0 - a->beta_1));
        P(b, I2 "const float vi = %s * v[i] + %s * gi * gi;\n", flt(E->a, a->beta_2), flt(E->a, 1.0 - a->beta_2));
        P(b, I2 "m[i] = mi;\n" I2 "v[i] = vi;\n");
        /* sqrtf may set errno, which keeps clang from vectorising the loop
         * (a scalar square root and a branch per element: seed003_denoising_ae's
         * 226 416 parameters took 0.17 ms); the vector ISAs take the
         * errno-free builtin, the same correctly rounded root */
        P(b, I2 "p[i] -= lr_t * mi / (%s(vi) + %s);\n", E->g->isa->lanes > 1 ? "__builtin_elementwise_sqrt" : "sqrtf",
          flt(E->a, a->opt_epsilon));
        P(b, I1 "}\n");
    } else {
        P(b, I1 "(void)v; (void)t;\n");
        if (a->sgd_momentum == 0) P(b, I1 "(void)m;\n");
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (long i = 0; i < %lld; i++) {\n", np);
        if (a->sgd_momentum == 0) {
            P(b, I2 "p[i] -= lr * g[i];\n");
        } else {
            P(b, I2 "const float vi = %s * m[i] - lr * g[i];\n", flt(E->a, a->sgd_momentum));
            P(b, I2 "m[i] = vi;\n");
            if (a->nesterov) P(b, I2 "p[i] += %s * vi - lr * g[i];\n", flt(E->a, a->sgd_momentum));
            else P(b, I2 "p[i] += vi;\n");
        }
        P(b, I1 "}\n");
    }
}

void kiln_emit_opt(emitter *E, const kiln_kernel *k)
{
    k_optimizer(E, &E->g->n[k->anchor]);
}
