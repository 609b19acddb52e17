/* emit_bn.c — batch-normalization kernels (emit.h): training forward with
 * batch statistics and the moving averages, inference forward, backward. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

/* Batch statistics per channel over nb * HW values, in blocks of 16
 * channels (one 64-byte line per pixel) shared out among threads. */
static void k_bn_train(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int C = x->dims[x->rank - 1];
    int64_t HW = kiln_tensor_per_sample(E->g, n->in[0]) / C;
    const char *X = E->tname[n->in[0]], *G = E->tname[n->in[1]], *Bt = E->tname[n->in[2]];
    const char *MM = E->tname[n->in[3]], *MV = E->tname[n->in[4]];
    const char *Y = E->tname[n->out[0]], *MEAN = E->tname[n->out[1]], *IS = E->tname[n->out[2]];
    P(b, I1 "const long rows = (long)nb * %lld;  /* M: values per channel */\n", (long long)HW);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int c0 = 0; c0 < %d; c0 += 16) {\n", C);
    P(b, I2 "const int cn = %d - c0 < 16 ? %d - c0 : 16;\n", C, C);
    P(b, I2 "double s[16] = {0}, ss[16] = {0};\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) s[c] += %s[r * %d + c0 + c];\n", X, C);
    P(b, I2 "for (int c = 0; c < cn; c++) s[c] /= (double)rows;\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) {\n");
    P(b, I4 "const double d = %s[r * %d + c0 + c] - s[c];\n", X, C);
    P(b, I4 "ss[c] += d * d;\n");
    P(b, I3 "}\n");
    P(b, I2 "float scale[16], shift[16];\n");
    P(b, I2 "for (int c = 0; c < cn; c++) {\n");
    P(b, I3 "const double var = ss[c] / (double)rows;  /* biased, as Keras */\n");
    P(b, I3 "const float invstd = (float)(1.0 / sqrt(var + %s));\n", flt(E->a, n->a.epsilon));
    P(b, I3 "%s[c0 + c] = (float)s[c];\n", MEAN);
    P(b, I3 "%s[c0 + c] = invstd;\n", IS);
    P(b, I3 "%s[c0 + c] = %s[c0 + c] * %s + (float)s[c] * %s;\n", MM, MM, flt(E->a, n->a.momentum),
      flt(E->a, 1.0 - n->a.momentum));
    P(b, I3 "%s[c0 + c] = %s[c0 + c] * %s + (float)var * %s;\n", MV, MV, flt(E->a, n->a.momentum),
      flt(E->a, 1.0 - n->a.momentum));
    P(b, I3 "scale[c] = invstd * %s[c0 + c];\n", G);
    P(b, I3 "shift[c] = %s[c0 + c] - (float)s[c] * scale[c];\n", Bt);
    P(b, I2 "}\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) %s[r * %d + c0 + c] = %s[r * %d + c0 + c] * scale[c] + shift[c];\n", Y, C,
      X, C);
    P(b, I1 "}\n");
}

static void k_bn_infer(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int C = x->dims[x->rank - 1];
    int64_t HW = kiln_tensor_per_sample(E->g, n->in[0]) / C;
    const char *X = E->tname[n->in[0]], *G = E->tname[n->in[1]], *Bt = E->tname[n->in[2]];
    const char *MM = E->tname[n->in[3]], *MV = E->tname[n->in[4]], *Y = E->tname[n->out[0]];
    P(b, I1 "float scale[%d], shift[%d];\n", C, C);
    P(b, I1 "for (int c = 0; c < %d; c++) {\n", C);
    P(b, I2 "scale[c] = %s[c] / sqrtf(%s[c] + %s);\n", G, MV, flt(E->a, n->a.epsilon));
    P(b, I2 "shift[c] = %s[c] - %s[c] * scale[c];\n", Bt, MM);
    P(b, I1 "}\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (long r = (long)n * %lld; r < (long)(n + 1) * %lld; r++)\n", (long long)HW, (long long)HW);
    P(b, I3 "for (int c = 0; c < %d; c++) %s[r * %d + c] = %s[r * %d + c] * scale[c] + shift[c];\n", C, Y, C, X, C);
}

static void k_bn_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[1]);
    int C = x->dims[x->rank - 1];
    int64_t HW = kiln_tensor_per_sample(E->g, n->in[1]) / C;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *G = E->tname[n->in[2]];
    const char *MEAN = E->tname[n->in[3]], *IS = E->tname[n->in[4]];
    P(b, I1 "const long rows = (long)nb * %lld;\n", (long long)HW);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int c0 = 0; c0 < %d; c0 += 16) {\n", C);
    P(b, I2 "const int cn = %d - c0 < 16 ? %d - c0 : 16;\n", C, C);
    P(b, I2 "double sdy[16] = {0}, sdyx[16] = {0};\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) {\n");
    P(b, I4 "const float xhat = (%s[r * %d + c0 + c] - %s[c0 + c]) * %s[c0 + c];\n", X, C, MEAN, IS);
    P(b, I4 "sdy[c] += %s[r * %d + c0 + c];\n", DY, C);
    P(b, I4 "sdyx[c] += %s[r * %d + c0 + c] * xhat;\n", DY, C);
    P(b, I3 "}\n");
    P(b, I2 "for (int c = 0; c < cn; c++) {\n");
    P(b, I3 "%s[c0 + c] %s (float)sdyx[c];\n", E->tname[n->out[1]], store(n));
    P(b, I3 "%s[c0 + c] %s (float)sdy[c];\n", E->tname[n->out[2]], store(n));
    P(b, I2 "}\n");
    if (n->out[0] >= 0) {
        P(b, I2 "/* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */\n");
        P(b, I2 "float k[16], mdy[16], mdyx[16];\n");
        P(b, I2 "for (int c = 0; c < cn; c++) {\n");
        P(b, I3 "k[c] = %s[c0 + c] * %s[c0 + c];\n", G, IS);
        P(b, I3 "mdy[c] = (float)(sdy[c] / (double)rows);\n");
        P(b, I3 "mdyx[c] = (float)(sdyx[c] / (double)rows);\n");
        P(b, I2 "}\n");
        P(b, I2 "for (long r = 0; r < rows; r++)\n");
        P(b, I3 "for (int c = 0; c < cn; c++) {\n");
        P(b, I4 "const float xhat = (%s[r * %d + c0 + c] - %s[c0 + c]) * %s[c0 + c];\n", X, C, MEAN, IS);
        P(b, I4 "%s[r * %d + c0 + c] %s k[c] * (%s[r * %d + c0 + c] - mdy[c] - xhat * mdyx[c]);\n",
          E->tname[n->out[0]], C, store(n), DY, C);
        P(b, I3 "}\n");
    }
    P(b, I1 "}\n");
}

void kiln_emit_bn(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    switch (n->op) {
    case OP_BN_TRAIN: k_bn_train(E, n); break;
    case OP_BN_INFER: k_bn_infer(E, n); break;
    case OP_BN_BWD: k_bn_bwd(E, n); break;
    default: KILN_BUG("not a batch-normalization op: %s", kiln_ops[n->op].name);
    }
}
