/* emit_conv.c — convolution kernels (emit.h): forward, backward-data,
 * backward-weights.  Generic family: direct loops in Keras's layouts (NHWC,
 * HWIO), the innermost loop over output channels. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

static void k_conv2d(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *w = T(E, n->in[1]), *y = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = y->dims[1], OW = y->dims[2], F = y->dims[3];
    int KH = w->dims[0], KW = w->dims[1];
    const kiln_attrs *a = &n->a;
    int padded = a->pad_top || a->pad_left || (OH - 1) * a->sh + KH > H || (OW - 1) * a->sw + KW > W;
    const char *X = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "float acc[%d];\n", F);
    if (n->in[2] >= 0) P(b, I4 "for (int f = 0; f < %d; f++) acc[f] = %s[f];\n", F, E->tname[n->in[2]]);
    else P(b, I4 "for (int f = 0; f < %d; f++) acc[f] = 0.0f;\n", F);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", KH);
    P(b, I5 "const int h = i * %d + p - %d;\n", a->sh, a->pad_top);
    if (padded) P(b, I5 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", KW);
    P(b, I5 "    const int v = j * %d + q - %d;\n", a->sw, a->pad_left);
    if (padded) P(b, I5 "    if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "    const float *xp = %s + (((long)n * %d + h) * %d + v) * %d;\n", X, H, W, C);
    P(b, I5 "    const float *wp = %s + (p * %d + q) * %d;\n", Wt, KW, C * F);
    P(b, I5 "    for (int c = 0; c < %d; c++) {\n", C);
    P(b, I5 "        const float xv = xp[c];\n");
    P(b, I5 "        for (int f = 0; f < %d; f++) acc[f] += xv * wp[c * %d + f];\n", F, F);
    P(b, I5 "    }\n" I5 "}\n" I4 "}\n");
    P(b, I4 "float *yp = %s + (((long)n * %d + i) * %d + j) * %d;\n", Y, OH, OW, F);
    P(b, I4 "for (int f = 0; f < %d; f++) yp[f] = acc[f];\n", F);
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_conv2d_bwd_data(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *w = T(E, n->in[1]), *dx = T(E, n->out[0]);
    int H = dx->dims[1], W = dx->dims[2], C = dx->dims[3], OH = dy->dims[1], OW = dy->dims[2], F = dy->dims[3];
    int KH = w->dims[0], KW = w->dims[1], SH = n->a.sh, SW = n->a.sw;
    const char *DY = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    const char *WT = E->tname[E->k->scratch[0]];
    P(b, I1 "/* Transposed kernel %s[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */\n", WT);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int pq = 0; pq < %d; pq++)\n", KH * KW);
    P(b, I2 "for (int c = 0; c < %d; c++)\n", C);
    P(b, I3 "for (int f = 0; f < %d; f++) %s[(pq * %d + f) * %d + c] = %s[(pq * %d + c) * %d + f];\n", F, WT, F,
      C, Wt, C, F);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int h = 0; h < %d; h++) {\n", H);
    P(b, I3 "for (int v = 0; v < %d; v++) {\n", W);
    P(b, I4 "float acc[%d] = {0};\n", C);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", KH);
    P(b, I5 "const int ih = h + %d - p;\n", n->a.pad_top);
    if (SH == 1) P(b, I5 "if (ih < 0 || ih >= %d) continue;\n" I5 "const int i = ih;\n", OH);
    else P(b, I5 "if (ih < 0 || ih %% %d != 0 || ih / %d >= %d) continue;\n" I5 "const int i = ih / %d;\n", SH, SH, OH, SH);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", KW);
    P(b, I5 "    const int jw = v + %d - q;\n", n->a.pad_left);
    if (SW == 1) P(b, I5 "    if (jw < 0 || jw >= %d) continue;\n" I5 "    const int j = jw;\n", OW);
    else P(b, I5 "    if (jw < 0 || jw %% %d != 0 || jw / %d >= %d) continue;\n" I5 "    const int j = jw / %d;\n", SW, SW, OW, SW);
    P(b, I5 "    const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, F);
    P(b, I5 "    const float *wp = %s + (p * %d + q) * %d;\n", WT, KW, F * C);
    P(b, I5 "    for (int f = 0; f < %d; f++) {\n", F);
    P(b, I5 "        const float d = dyp[f];\n");
    P(b, I5 "        for (int c = 0; c < %d; c++) acc[c] += d * wp[f * %d + c];\n", C, C);
    P(b, I5 "    }\n" I5 "}\n" I4 "}\n");
    P(b, I4 "float *dxp = %s + (((long)n * %d + h) * %d + v) * %d;\n", DX, H, W, C);
    P(b, I4 "for (int c = 0; c < %d; c++) dxp[c] %s acc[c];\n", C, store(n));
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_conv2d_bwd_weights(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]), *dw = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = dy->dims[1], OW = dy->dims[2], F = dy->dims[3];
    int KH = dw->dims[0], KW = dw->dims[1];
    int CB = 8192 / F;            /* channels per work unit: CB x F accumulators of 32 KiB at most */
    if (CB < 1) CB = 1;
    if (CB > C) CB = C;
    int NCB = (C + CB - 1) / CB;
    int padded = n->a.pad_top || n->a.pad_left || (OH - 1) * n->a.sh + KH > H || (OW - 1) * n->a.sw + KW > W;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DW = E->tname[n->out[0]];
    P(b, I1 "/* One work unit per filter tap (p, q) and block of %d input channels; each\n"
         I1 "   owns its slice of the kernel gradient, so no reduction crosses threads. */\n", CB);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int unit = 0; unit < %d; unit++) {\n", KH * KW * NCB);
    P(b, I2 "const int p = unit / %d, q = unit / %d %% %d, c0 = unit %% %d * %d;\n", KW * NCB, NCB, KW, NCB, CB);
    P(b, I2 "const int cn = %d - c0 < %d ? %d - c0 : %d;\n", C, CB, C, CB);
    P(b, I2 "float acc[%d][%d];\n", CB, F);
    P(b, I2 "memset(acc, 0, sizeof acc);\n");
    P(b, I2 "for (int n = 0; n < nb; n++) {\n");
    P(b, I3 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I4 "const int h = i * %d + p - %d;\n", n->a.sh, n->a.pad_top);
    if (padded) P(b, I4 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I4 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I5 "const int v = j * %d + q - %d;\n", n->a.sw, n->a.pad_left);
    if (padded) P(b, I5 "if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "const float *xp = %s + (((long)n * %d + h) * %d + v) * %d + c0;\n", X, H, W, C);
    P(b, I5 "const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, F);
    P(b, I5 "for (int c = 0; c < cn; c++) {\n");
    P(b, I5 "    const float xv = xp[c];\n");
    P(b, I5 "    for (int f = 0; f < %d; f++) acc[c][f] += xv * dyp[f];\n", F);
    P(b, I5 "}\n" I4 "}\n" I3 "}\n" I2 "}\n");
    P(b, I2 "for (int c = 0; c < cn; c++)\n");
    P(b, I3 "for (int f = 0; f < %d; f++) %s[((p * %d + q) * %d + c0 + c) * %d + f] %s acc[c][f];\n", F, DW, KW, C,
      F, store(n));
    P(b, I1 "}\n");
    if (n->out[1] >= 0) {
        P(b, I1 "/* Bias gradient: sum of dy over samples and pixels, in sample order. */\n");
        P(b, I1 "#pragma omp single\n" I1 "{\n");
        P(b, I1 "float accb[%d] = {0};\n", F);
        P(b, I1 "for (long r = 0; r < (long)nb * %d; r++)\n", OH * OW);
        P(b, I2 "for (int f = 0; f < %d; f++) accb[f] += %s[r * %d + f];\n", F, DY, F);
        P(b, I1 "for (int f = 0; f < %d; f++) %s[f] %s accb[f];\n", F, E->tname[n->out[1]], store(n));
        P(b, I1 "}\n");
    }
}

void kiln_emit_conv(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    switch (n->op) {
    case OP_CONV2D: k_conv2d(E, n); break;
    case OP_CONV2D_BWD_DATA: k_conv2d_bwd_data(E, n); break;
    case OP_CONV2D_BWD_WEIGHTS: k_conv2d_bwd_weights(E, n); break;
    default: KILN_BUG("not a convolution: %s", kiln_ops[n->op].name);
    }
}
