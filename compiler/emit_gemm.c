/* emit_gemm.c — Dense kernels (emit.h): forward y = x w + b, backward-data
 * dx = dy w^T, backward-weights dw = x^T dy, db = sum dy.  Generic family:
 * loops in Keras's layouts, the innermost over output features. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

static void k_dense(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    int K = x->dims[1], M = y->dims[1];
    const char *X = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float acc[%d];\n", M);
    if (n->in[2] >= 0) P(b, I2 "for (int m = 0; m < %d; m++) acc[m] = %s[m];\n", M, E->tname[n->in[2]]);
    else P(b, I2 "for (int m = 0; m < %d; m++) acc[m] = 0.0f;\n", M);
    P(b, I2 "for (int k = 0; k < %d; k++) {\n", K);
    P(b, I3 "const float xv = %s[(long)n * %d + k];\n", X, K);
    P(b, I3 "for (int m = 0; m < %d; m++) acc[m] += xv * %s[k * %d + m];\n", M, Wt, M);
    P(b, I2 "}\n");
    P(b, I2 "for (int m = 0; m < %d; m++) %s[(long)n * %d + m] = acc[m];\n", M, Y, M);
    P(b, I1 "}\n");
}

static void k_dense_bwd_data(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *dx = T(E, n->out[0]);
    int K = dx->dims[1], M = dy->dims[1];
    const char *DY = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    const char *WT = E->tname[E->k->scratch[0]];
    P(b, I1 "/* Transposed kernel %s[m][k] = w[k][m]: the innermost loop runs over k. */\n", WT);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int k = 0; k < %d; k++)\n", K);
    P(b, I2 "for (int m = 0; m < %d; m++) %s[m * %d + k] = %s[k * %d + m];\n", M, WT, K, Wt, M);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float acc[%d] = {0};\n", K);
    P(b, I2 "for (int m = 0; m < %d; m++) {\n", M);
    P(b, I3 "const float d = %s[(long)n * %d + m];\n", DY, M);
    P(b, I3 "for (int k = 0; k < %d; k++) acc[k] += d * %s[m * %d + k];\n", K, WT, K);
    P(b, I2 "}\n");
    P(b, I2 "for (int k = 0; k < %d; k++) %s[(long)n * %d + k] %s acc[k];\n", K, DX, K, store(n));
    P(b, I1 "}\n");
}

static void k_dense_bwd_weights(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]);
    int K = x->dims[1], M = dy->dims[1];
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DW = E->tname[n->out[0]];
    P(b, I1 "/* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int k = 0; k < %d; k++) {\n", K);
    P(b, I2 "float acc[%d] = {0};\n", M);
    P(b, I2 "for (int n = 0; n < nb; n++) {\n");
    P(b, I3 "const float xv = %s[(long)n * %d + k];\n", X, K);
    P(b, I3 "for (int m = 0; m < %d; m++) acc[m] += xv * %s[(long)n * %d + m];\n", M, DY, M);
    P(b, I2 "}\n");
    P(b, I2 "for (int m = 0; m < %d; m++) %s[k * %d + m] %s acc[m];\n", M, DW, M, store(n));
    P(b, I1 "}\n");
    if (n->out[1] >= 0) {
        P(b, I1 "#pragma omp single\n" I1 "{\n");
        P(b, I1 "float accb[%d] = {0};\n", M);
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int m = 0; m < %d; m++) accb[m] += %s[(long)n * %d + m];\n", M, DY, M);
        P(b, I1 "for (int m = 0; m < %d; m++) %s[m] %s accb[m];\n", M, E->tname[n->out[1]], store(n));
        P(b, I1 "}\n");
    }
}

void kiln_emit_gemm(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    switch (n->op) {
    case OP_DENSE: k_dense(E, n); break;
    case OP_DENSE_BWD_DATA: k_dense_bwd_data(E, n); break;
    case OP_DENSE_BWD_WEIGHTS: k_dense_bwd_weights(E, n); break;
    default: KILN_BUG("not a Dense op: %s", kiln_ops[n->op].name);
    }
}
